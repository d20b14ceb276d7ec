#!/usr/bin/env python3
"""Blind hand-coded gold set (z9): SEND / neurodevelopmental family support voice.

Every narrative, its gold codes (present issues only) and its trap notes are
written here by hand from /work/shared/taxonomy.md.  Running this file writes
narratives.csv, gold.csv and traps.json next to it.  Standard library only.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = []  # one dict per narrative

# trap types used in the notes
NEG, HIST, HYP = "negated", "historical", "hypothetical"
OUT, LOOK, CONV, MET = "outside-household", "look-alike", "convention", "need-met"


def box(case, stage, level, date, loc, text, codes, traps=()):
    t = case + ("-A" if stage == "assessment" else "-C")
    ROWS.append(dict(narrative_id=f"{t}-{level}", triage_id=t, case_id=case,
                     stage=stage, date=date, level=level, locality=loc,
                     narrative=text, codes=list(codes), gold_level=level,
                     traps=[{"type": a, "note": b} for a, b in traps]))


def note(nid, date, loc, text, gold_level, codes, traps=()):
    ROWS.append(dict(narrative_id=nid, triage_id=nid, case_id=nid,
                     stage="assessment", date=date, level="", locality=loc,
                     narrative=text, codes=list(codes), gold_level=gold_level,
                     traps=[{"type": a, "note": b} for a, b in traps]))


A, C = "assessment", "closure"
ASH, FEN, HOL, STA = "Ashmere", "Fenwyke", "Hollin Cross", "Stavely Marsh"

# ---------------------------------------------------------------- Z901
box("Z901", A, "green", "2025-02-11", ASH,
    "Leo (7) was put on the neurodevelopmental pathway by the SENCo at Castlegate "
    "Primary last March and the family have been told the wait for an autism "
    "assessment is about two years. He is on SEN support with a quiet room at "
    "lunchtimes. GP has prescribed melatonin because Leo rarely settles before "
    "midnight and is often up again at 4am.",
    ["EDU-SEND", "PH"],
    [(LOOK, "'prescribed melatonin' is a sleep treatment, not SUB"),
     (CONV, "sleep problem at school age is PH (conv. 9)")])
box("Z901", A, "yellow", "2025-02-11", ASH,
    "Shauna says Leo has a meltdown most days after school that can go on for an "
    "hour; he has kicked and bitten her and pulled the bedroom door off its hinges. "
    "Mia (11) takes him out on the trampoline to calm him and sits with him at "
    "bedtime so Shauna can get tea on, and Mia has told school she is too tired to "
    "do homework. Shauna is worn out but says her mood is OK, and her own mum has "
    "the kids on Sunday afternoons. Her brother lives round the corner but has a "
    "drink problem so she does not ask him.",
    ["REL-PAR", "CARER"],
    [(CONV, "child-to-parent violence is REL-PAR, not DA (conv. 8)"),
     (NEG, "mood is OK: MH-ADULT negated"),
     (OUT, "uncle's drinking is outside the household: no SUB (conv. 6)")])
box("Z901", C, "blue", "2025-07-18", ASH,
    "Shauna has been using the low-demand ideas from the autism parenting workshop "
    "and the after-school meltdowns are down to two or three a week, which she now "
    "rides out calmly. Mia goes to the young carers group on Thursdays and calls it "
    "her 'time off'.",
    ["REL-PAR", "CARER"],
    [(MET, "blue box: meltdowns still happening and being managed counts as present (conv. 3)")])
box("Z901", C, "green", "2025-07-18", ASH,
    "Leo is still waiting for his assessment and the SENCo reviews his SEN support "
    "plan every term. School have said a reduced timetable would only come up if the "
    "lunchtime incidents started again. He is asleep by 9pm most nights now the GP "
    "has increased the melatonin.",
    ["EDU-SEND", "PH"],
    [(HYP, "reduced timetable only if incidents return: EDU-ATT hypothetical"),
     (MET, "sleep improved but still on melatonin: ongoing treatment, PH present")])

# ---------------------------------------------------------------- Z902
box("Z902", A, "green", "2025-03-04", FEN,
    "Amira (3) has global developmental delay. At her 3-year review the health "
    "visitor counted about ten words and she is still in nappies. She started "
    "her funded hours at Little Acorns nursery in January and her keyworker is "
    "using Makaton with her. Yusuf (9) takes his ADHD medication before school and "
    "his teacher says he is coping well with a movement-break plan.",
    ["EYD", "EDU-SEND"],
    [(CONV, "under-5 speech/toileting/development is EYD (conv. 9)"),
     (LOOK, "'ADHD medication' is not SUB")])
box("Z902", A, "yellow", "2025-03-04", FEN,
    "Referred Amira to Portage for weekly home-learning visits. Tariq works nights "
    "at the depot so Nadia does bedtimes and mornings on her own. Nadia was first "
    "treated for anxiety after Yusuf was born and has gone back on sertraline this "
    "month because she says she is not coping.",
    ["EYD", "MH-ADULT"],
    [(CONV, "night shifts are not FIN (conv. 5)")])
box("Z902", C, "green", "2025-10-21", FEN,
    "Amira has moved up to the pre-school room and now uses about 40 words plus "
    "signs; she is in pants during the day at home with a few accidents. The nursery "
    "SENCo has asked the LA for an EHC needs assessment so support is in place before "
    "she starts reception next September.",
    ["EYD", "EDU-SEND"], [])
box("Z902", C, "blue", "2025-10-21", FEN,
    "Nadia has joined the Fenwyke parent carers' forum and goes to their monthly "
    "coffee morning. DLA for Amira was awarded at the middle care rate in August; "
    "Nadia says if it had been turned down she would have gone to Citizens Advice.",
    [],
    [(LOOK, "'parent carers' forum' is not CARER (conv. 12)"),
     (CONV, "DLA award with no money problem is not FIN (conv. 5)"),
     (HYP, "Citizens Advice only if DLA had been refused")])

# ---------------------------------------------------------------- Z903
box("Z903", A, "yellow", "2025-01-20", HOL,
    "Callum (14) is autistic and has not attended Greystone Academy full time since "
    "October; he is on a reduced timetable of two hours a day and manages about half "
    "of those sessions. He says the corridors are so loud he feels sick and panicky. "
    "The LA refused to assess for an EHCP in December and Kerry has lodged an appeal "
    "with the SEND tribunal.",
    ["EDU-ATT", "EDU-SEND", "MH-CHILD"],
    [(LOOK, "SEND tribunal is not court/CRIME")])
box("Z903", A, "orange", "2025-01-20", HOL,
    "No problems with the tenancy, but Kerry's Universal Credit was stopped for five "
    "weeks after she missed a work coach appointment while Callum was in crisis; she "
    "now owes £640 council tax and has used the food bank twice. CAMHS have accepted "
    "Callum's referral and his first appointment is in March.",
    ["FIN", "MH-CHILD"],
    [(NEG, "no problems with the tenancy: HOUS negated; negation does not reach the UC clause"),
     (CONV, "food bank is FIN, not SAFE-NEG (conv. 10)")])
box("Z903", C, "green", "2025-09-12", HOL,
    "The tribunal ordered the needs assessment and Callum's EHCP was finalised in "
    "August, naming the autism base at Greystone. He is in every morning and is due "
    "to build up to full days after October half term. He was bullied by a group of "
    "boys in Year 8 but they have since left the school.",
    ["EDU-SEND", "EDU-ATT"],
    [(HIST, "bullying in Year 8, bullies gone: SAFE-EXP historical")])
box("Z903", C, "blue", "2025-09-12", HOL,
    "Kerry set up a £25 a month payment plan for the council tax arrears and is "
    "keeping to it. She has not needed the food bank since May.",
    ["FIN"],
    [(MET, "paying off arrears = managing, FIN present in blue (conv. 3)"),
     (HIST, "food bank not needed since May")])

# ---------------------------------------------------------------- Z904
box("Z904", A, "orange", "2025-04-07", STA,
    "Police have been called twice since March when Tyler (11) lashed out at Gemma "
    "during meltdowns, once punching her in the face and once picking up a kitchen "
    "knife. No further action was taken. Tyler has been waiting 14 months for an "
    "ADHD assessment with the community paediatrician.",
    ["REL-PAR", "CRIME", "EDU-SEND"],
    [(CONV, "child-to-parent violence with police call-outs: REL-PAR + CRIME, not DA (conv. 7, 8)")])
box("Z904", A, "yellow", "2025-04-07", STA,
    "Tyler has not seen his dad Lee face to face since Christmas because Gemma and "
    "Lee cannot agree arrangements, and their texts about it turn into rows over "
    "whose fault his behaviour is. Gemma's relationship with Poppy's father ended in "
    "2018 because of domestic abuse and he has had no contact since. Poppy (6) is "
    "happy and settled at school.",
    ["REL-CONF"],
    [(HIST, "DA with Poppy's father ended 2018, no contact: historical"),
     (MET, "Poppy settled at school is pure good news, not coded")])
box("Z904", C, "yellow", "2025-11-03", STA,
    "Tyler was diagnosed with ADHD in September and started medication in October. "
    "Gemma is halfway through the non-violent resistance programme with her EH "
    "worker and says the past month has been calmer with no hitting. Police have "
    "not been called since April.",
    ["EDU-SEND", "REL-PAR"],
    [(HIST, "no police since April: CRIME historical"),
     (LOOK, "'non-violent resistance' is a parenting programme, not DA")])
box("Z904", C, "blue", "2025-11-03", STA,
    "Gemma and Lee now sort out contact through a co-parenting app and keep their "
    "messages civil; they still disagree about Tyler's medication but keep it away "
    "from the children. Tyler sees his dad every other weekend.",
    ["REL-CONF"],
    [(MET, "ongoing disagreement being managed counts as present in blue (conv. 3)")])

# ---------------------------------------------------------------- Z905
box("Z905", A, "yellow", "2025-05-14", ASH,
    "Freya (16) left Brookvale School last summer with two GCSEs and has not been in "
    "college, work or training since. She says she wants to go to college but has "
    "panic attacks at the thought of going somewhere new. Her EHCP ceased when she "
    "left school. Freya helps her mum Louise, who has multiple sclerosis, to shower "
    "and dress most mornings and collects her prescriptions. Louise gets PIP.",
    ["EDU-NEET", "MH-CHILD", "CARER", "PH"],
    [(HIST, "EHCP ceased: EDU-SEND historical"),
     (CONV, "PIP named with no money problem is not FIN (conv. 5); NEET alone adds no FIN (conv. 11)")])
box("Z905", C, "green", "2026-01-22", ASH,
    "Freya has an offer for the Foundation Learning course at Ashmere College from "
    "September and has done two transition visits; until then she is at home. The GP "
    "has referred her to Talking Therapies for her panic attacks.",
    ["EDU-NEET", "MH-CHILD"],
    [(HYP, "college place starts in September; she is still NEET now")])
box("Z905", C, "yellow", "2026-01-22", ASH,
    "Louise's MS has progressed and she now uses a wheelchair indoors. Freya still "
    "does most of her personal care; the young carers service has completed a young "
    "carer's needs assessment and offered her a place on their weekend breaks.",
    ["PH", "CARER"], [])

# ---------------------------------------------------------------- Z906
box("Z906", A, "green", "2025-06-02", STA,
    "Oscar (6) sees the NHS speech and language therapist in school each half term "
    "and a TA runs his SALT programme three times a week; people outside the family "
    "struggle to understand him. Isla (2) had her 2-year review and the health "
    "visitor found she is not yet putting two words together and is still being "
    "spoon-fed purées.",
    ["EDU-SEND", "EYD"],
    [(CONV, "speech at school age is EDU-SEND, at 2 is EYD (conv. 9)")])
box("Z906", A, "yellow", "2025-06-02", STA,
    "Chloe says Dan has been drinking eight to ten cans most nights since he lost "
    "his job in April, and he has not found work since. They argue about it in front "
    "of the children. She is clear he has never been violent or controlling and she "
    "is not frightened of him. Dan has agreed to a referral to Harbour Alcohol Service.",
    ["SUB", "REL-CONF", "FIN"],
    [(NEG, "never violent or controlling: DA negated; arguments are REL-CONF (conv. 8)")])
box("Z906", C, "yellow", "2025-12-10", STA,
    "Dan has been to six sessions at Harbour and now only drinks at weekends; Chloe "
    "says the rows have eased but still flare up on Saturday nights.",
    ["SUB", "REL-CONF"], [])
box("Z906", C, "green", "2025-12-10", STA,
    "Isla is now using short phrases and eating chopped-up family meals, and the "
    "health visitor has taken her off the enhanced caseload. Oscar's speech has come "
    "on well and the school SALT has discharged him.",
    [],
    [(MET, "Isla discharged, milestones met: EYD over, historical"),
     (MET, "Oscar discharged from SALT: EDU-SEND over, historical")])

# ---------------------------------------------------------------- Z907
box("Z907", A, "red", "2025-02-25", FEN,
    "Kian (12) has a severe learning disability and autism and attends Oakfield "
    "special school with an EHCP; he also has epilepsy with seizures most nights. He "
    "was made subject to a child in need plan with the Disabled Children's Team in "
    "January after school saw bruising on Marie's arms from restraining him, and he "
    "has hit his sister Lacey (8) several times.",
    ["EDU-SEND", "PH", "REL-PAR"],
    [(CONV, "injuries to mum from a disabled child: REL-PAR, not DA (conv. 8)")])
box("Z907", A, "orange", "2025-02-25", FEN,
    "Marie, her partner and their three children live in a two-bedroom first-floor "
    "flat and Kian shares a room with Lacey; he has broken the bedroom window twice. "
    "Housing have accepted they need a larger adapted home and put them in band 1. "
    "Marie's GP has increased her antidepressants. Lacey stays up with Kian when he "
    "has a seizure so Mum can sleep, and she has been referred to the young carers "
    "service.",
    ["HOUS", "REL-PAR", "MH-ADULT", "CARER", "PH"], [])
box("Z907", C, "orange", "2025-10-30", FEN,
    "The family moved in September to a four-bedroom council house with a downstairs "
    "bedroom and wet room for Kian, which has met the housing need. Kian still hits "
    "out when his routine changes, about twice a week, and Marie is using the "
    "positive behaviour support plan from the learning disability nurse. The CIN "
    "plan was closed in October and short breaks carry on.",
    ["REL-PAR"],
    [(MET, "housing need met by the move: HOUS historical"),
     (LOOK, "CIN plan mentioned as closed in an orange box: box level stands (conv. 2)")])
box("Z907", C, "blue", "2025-10-30", FEN,
    "Marie says her mood has lifted since the move. She is still on antidepressants "
    "and has agreed with her GP to try reducing the dose in the new year.",
    ["MH-ADULT"],
    [(MET, "still on treatment: managing, MH-ADULT present in blue (conv. 3, 4)")])

# ---------------------------------------------------------------- Z908
box("Z908", A, "green", "2025-09-08", STA,
    "Ella (9) will only eat about six foods, all beige and crunchy, and her weight "
    "has dropped from the 25th to below the 9th centile over a year; the GP has "
    "referred her to paediatrics. The SENCo at Hillside Primary has put in sensory "
    "breaks and lets her eat her packed lunch in the library away from the smell of "
    "the hall.",
    ["PH", "EDU-SEND"], [])
box("Z908", A, "yellow", "2025-09-08", STA,
    "The GP also referred Ella to CAMHS but the eating disorders team turned it down "
    "as she has no worries about her body or weight, and suggested a paediatric "
    "dietitian for her restricted eating instead. Mealtimes at home have become a "
    "battle, with Ella screaming and throwing her plate if a new food is put near "
    "her, and Priya and Sam now argue about it most evenings.",
    ["PH", "REL-PAR", "REL-CONF"],
    [(NEG, "CAMHS referral declined, no emotional need stated: MH-CHILD not coded")])
box("Z908", C, "green", "2026-02-19", STA,
    "Ella is now seen by the paediatric dietitian, who has added a supplement drink; "
    "her weight is steady on the 9th centile and she has tried two new foods. Sensory "
    "breaks at school carry on.",
    ["PH", "EDU-SEND"], [])
box("Z908", C, "blue", "2026-02-19", STA,
    "Priya uses the calm-down plan from the parenting course when Ella gets upset at "
    "the table, and plates are no longer being thrown. She and Sam say they have "
    "stopped arguing about food.",
    ["REL-PAR"],
    [(HIST, "parents stopped arguing: REL-CONF historical"),
     (MET, "using the calm-down plan: REL-PAR managing, present in blue")])

# ---------------------------------------------------------------- Z909
box("Z909", A, "green", "2025-03-17", ASH,
    "Lily-Mae (3) has been referred by the health visitor to the child development "
    "centre for an autism assessment; she has no words yet, lines up her toys and "
    "does not turn when her name is called. She is not using her funded nursery place.",
    ["EDU-SEND", "EYD"],
    [(CONV, "under-5: speech and nursery take-up EYD; autism assessment EDU-SEND (conv. 4, 9)")])
box("Z909", A, "orange", "2025-03-17", ASH,
    "Tayla (19) and Lily-Mae have been in temporary accommodation at the Marlow Road "
    "hostel since February after a section 21 notice. Tayla's ex-partner has turned "
    "up at the hostel twice despite a non-molestation order and she has been referred "
    "to the IDVA.",
    ["HOUS", "DA"],
    [(CONV, "ex-partner breaching a non-mol order is DA only, not CRIME (conv. 7)")])
box("Z909", C, "yellow", "2025-10-06", ASH,
    "Tayla has been offered a two-bed housing association flat and moves in next "
    "week; until then they are still at the hostel. She goes to the Freedom Programme "
    "on Tuesday mornings.",
    ["HOUS", "DA"],
    [(CONV, "Freedom Programme codes DA (conv. 4)")])
box("Z909", C, "green", "2025-10-06", ASH,
    "Lily-Mae started at Sunflowers nursery in September with an inclusion plan and "
    "a 1:1 at lunchtimes; she is beginning to use a few single words and picture "
    "cards. Her CDC assessment is booked for January.",
    ["EYD", "EDU-SEND"], [])

# ---------------------------------------------------------------- Z910
box("Z910", A, "orange", "2025-01-09", HOL,
    "Noah (13) has had three suspensions this term for swearing at staff and walking "
    "out of lessons, and a managed move to Kingsmead Academy starts next month. He "
    "has an ADHD diagnosis but no SEN support plan. Police brought him home in "
    "December after he was with a group throwing stones at buses, and he was given a "
    "community resolution.",
    ["EDU-EXC", "EDU-SEND", "CRIME"], [])
box("Z910", A, "yellow", "2025-01-09", HOL,
    "Rob says Noah is on his console until the early hours and it turns into a "
    "physical tussle whenever Rob tries to take it off him. Rob smoked cannabis in "
    "his twenties but has not used for years, and Noah denies any drug use. Food, "
    "hygiene and the state of the home were all fine on the visit.",
    ["REL-PAR"],
    [(HIST, "dad's cannabis use years ago: SUB historical"),
     (NEG, "Noah denies drug use: SUB negated"),
     (NEG, "food/hygiene/home fine: SAFE-NEG not coded")])
box("Z910", C, "yellow", "2025-07-16", HOL,
    "Noah has settled at Kingsmead since the managed move, with one internal "
    "exclusion in June. The SENCo there has written an ADHD support plan and he sees "
    "a learning mentor weekly.",
    ["EDU-EXC", "EDU-SEND"], [])
box("Z910", C, "green", "2025-07-16", HOL, "N/A", [],
    [(NEG, "empty box")])

# ---------------------------------------------------------------- Z911
box("Z911", A, "green", "2025-04-22", STA,
    "Mason (4) starts reception in September but is still in nappies day and night "
    "and uses a handful of single words. Nursery are worried about his school "
    "readiness and their SENCo has started an SEN support plan.",
    ["EYD", "EDU-SEND"], [])
box("Z911", A, "yellow", "2025-04-22", STA,
    "Stacey has run up £1,100 of debt on the electricity prepayment meter and some "
    "evenings goes without topping up; a Citizens Advice appointment is booked. "
    "Jordan works long shifts at the distribution centre. No domestic abuse or "
    "alcohol concerns known.",
    ["FIN"],
    [(CONV, "shift work is not FIN (conv. 5)"),
     (NEG, "no DA or alcohol concerns: DA, SUB negated")])
box("Z911", C, "green", "2025-09-29", STA,
    "Mason started at Millbrook Primary in September on SEN support, and the school "
    "is applying for an EHC needs assessment.",
    ["EDU-SEND"], [])

# ---------------------------------------------------------------- Z912
box("Z912", A, "red", "2025-05-28", FEN,
    "Strategy meeting held on 20 May after police found Aisha (15) had been sending "
    "images to a 24-year-old man she met through a gaming site; a section 47 enquiry "
    "is under way and the man has been arrested.",
    ["SAFE-EXP"],
    [(OUT, "the man's arrest is his offence, outside the household: not CRIME (conv. 6)")])
box("Z912", A, "orange", "2025-05-28", FEN,
    "Aisha has been cutting her arms and went to A&E in May after taking 16 "
    "paracetamol; the CAMHS crisis team followed her up and she is on the waiting "
    "list for CAMHS treatment. She has not been into school since Easter.",
    ["MH-CHILD", "EDU-ATT"],
    [(LOOK, "paracetamol overdose is self-harm, not SUB")])
box("Z912", A, "green", "2025-05-28", FEN,
    "Aisha was diagnosed autistic through the neurodevelopmental pathway in January. "
    "The school SENCo is offering a part-time return through the learning support base.",
    ["EDU-SEND", "EDU-ATT"], [])
box("Z912", C, "yellow", "2026-01-14", FEN,
    "Aisha is going into the learning support base three mornings a week and her "
    "draft EHCP arrived in December. She sees her CAMHS therapist weekly and there "
    "has been no self-harm since November.",
    ["EDU-ATT", "EDU-SEND", "MH-CHILD"],
    [(HIST, "no self-harm since November (MH-CHILD still present via CAMHS, conv. 4)")])
box("Z912", C, "blue", "2026-01-14", FEN,
    "Rachel and Mark have set up parental controls and Aisha hands her phone in at "
    "9pm, which she agreed to after the online safety sessions. The man has been "
    "charged and the police investigation is finished.",
    ["SAFE-EXP"],
    [(MET, "online safety measures kept up: managing, SAFE-EXP present in blue"),
     (OUT, "the man being charged is not CRIME for the family")])

# ---------------------------------------------------------------- Z913
box("Z913", A, "yellow", "2025-06-16", ASH,
    "Alfie (8) and Rosie (6) have been late 31 times between them this half term and "
    "Rosie's attendance is 86%. School say both often come in wearing the same "
    "uniform all week and Alfie has had head lice for months.",
    ["EDU-ATT", "SAFE-NEG"], [])
box("Z913", A, "orange", "2025-06-16", ASH,
    "Becky was diagnosed with ADHD and autism herself last year and says she is "
    "drowning. Her mood is very low and she told the GP she sometimes thinks the "
    "children would be better off without her. The kitchen is piled with unwashed "
    "pots and there are bags of dirty washing on the stairs. TAF plan agreed with "
    "school, the GP and the EH worker.",
    ["MH-ADULT", "SAFE-NEG"],
    [(CONV, "mum's own ADHD/autism diagnosis is an adult's, not EDU-SEND; MH-ADULT comes from her low mood and thoughts")])
box("Z913", C, "yellow", "2025-12-05", ASH,
    "Becky is now on ADHD medication and sees a community mental health nurse monthly "
    "for her mood. With a visual planner for the school run she has had the children "
    "in on time every day since October, and both are on 97% attendance.",
    ["MH-ADULT"],
    [(HIST, "lateness ended since October: EDU-ATT historical"),
     (LOOK, "'ADHD medication' is not SUB")])
box("Z913", C, "green", "2025-12-05", ASH,
    "Becky keeps a wash rota on the fridge and a neighbour lets her use her tumble "
    "dryer; she still finds it hard to keep on top of, but the children come in clean "
    "most days. Alfie's head lice have cleared. He had his autism assessment in "
    "November and is waiting for the feedback appointment.",
    ["SAFE-NEG", "EDU-SEND"],
    [(MET, "hygiene still a struggle being managed: SAFE-NEG present in green (conv. 3)"),
     (HIST, "head lice cleared"),
     (OUT, "neighbour's help is not a family issue")])

# ---------------------------------------------------------------- Z914
box("Z914", A, "yellow", "2025-02-03", HOL,
    "Holly (13) helps lift her brother Dylan (10), who has cerebral palsy, in and out "
    "of his wheelchair and does his evening tube feeds when Tracey's back is bad. She "
    "has missed 14 days this term, and the school counsellor says she is anxious and "
    "often tearful about leaving Mum.",
    ["CARER", "PH", "EDU-ATT", "MH-CHILD"], [])
box("Z914", A, "orange", "2025-02-03", HOL,
    "Dylan's DLA mobility component was cut from the higher to the lower rate at "
    "review and Tracey has asked for a mandatory reconsideration. She has fallen £480 "
    "behind on the rent as a result and the landlord has served a section 8 notice.",
    ["FIN", "HOUS"],
    [(CONV, "DLA is FIN here only because a benefit problem is described (conv. 5)")])
box("Z914", C, "blue", "2025-08-27", HOL,
    "The mandatory reconsideration restored Dylan's higher-rate mobility in June, the "
    "rent arrears have been paid off and the landlord has withdrawn the notice. Tracey "
    "knows to contact Housing Options straight away if she is ever served notice again.",
    [],
    [(HIST, "arrears paid off: FIN historical"),
     (HIST, "notice withdrawn: HOUS historical"),
     (HYP, "Housing Options only if notice served again")])
box("Z914", C, "yellow", "2025-08-27", HOL,
    "Holly still helps with Dylan's care most evenings and goes to the Hollin Cross "
    "young carers club every other week. Her attendance this term is 95%.",
    ["CARER"],
    [(MET, "95% attendance is good news, EDU-ATT not coded")])

# ---------------------------------------------------------------- Z915
box("Z915", A, "orange", "2025-07-07", ASH,
    "Kai (17) is on a referral order with the YOS after being caught shoplifting in "
    "May. He smokes cannabis every day and says it is the only thing that quietens "
    "his head. His GP has referred him to the adult ADHD service.",
    ["CRIME", "SUB", "EDU-SEND"],
    [(CONV, "referral to an ADHD service codes EDU-SEND even at 17 (conv. 4)")])
box("Z915", A, "yellow", "2025-07-07", ASH,
    "Kai dropped out of his plumbing course at Hollin Cross College in March and has "
    "not been in work or training since. Donna would like him to try the Next Steps "
    "programme but he will not engage.",
    ["EDU-NEET"],
    [(CONV, "16+ NEET is EDU-NEET only, no FIN (conv. 11)")])
box("Z915", C, "yellow", "2026-01-30", ASH,
    "Kai completed his referral order in December and has started a 12-week "
    "traineeship with a building firm; Donna worries he could drift back to doing "
    "nothing if it falls through. He still uses cannabis at weekends and sees the "
    "Reach young people's drug worker fortnightly.",
    ["SUB"],
    [(HIST, "referral order completed: CRIME historical"),
     (HYP, "could be NEET again only if the traineeship falls through")])
box("Z915", C, "green", "2026-01-30", ASH,
    "Kai is still on the adult ADHD clinic waiting list; the GP says the wait is about "
    "18 months.",
    ["EDU-SEND"], [])

# ---------------------------------------------------------------- Z916
box("Z916", A, "green", "2025-03-10", FEN,
    "Twins Harry and Jack (7) are both autistic and have EHCPs at Hawthorn Primary. "
    "Jack still soils during the day and is under the continence nurse; Harry sleeps "
    "three or four hours a night despite melatonin.",
    ["EDU-SEND", "PH"],
    [(CONV, "toileting and sleep at school age are PH, not EYD (conv. 9)")])
box("Z916", A, "yellow", "2025-03-10", FEN,
    "Steve is a lone dad and has been signed off work with depression since January. "
    "The DWP say he was overpaid £2,300 of Carer's Allowance while earning above the "
    "limit and are taking it back from his Universal Credit, and he is now behind on "
    "the water bill.",
    ["MH-ADULT", "FIN"],
    [(CONV, "Carer's Allowance does not imply CARER (conv. 5, 12)")])
box("Z916", C, "yellow", "2025-09-15", FEN,
    "The twins now have one overnight short break a month at Maple Lodge, which "
    "Steve says gives him a weekend to recharge. He is still taking antidepressants "
    "and has started counselling through his GP.",
    ["MH-ADULT"], [])
box("Z916", C, "green", "2025-09-15", FEN,
    "Jack has been clean in the day since the summer holidays. Harry's sleep is still "
    "poor and the paediatrician has increased his melatonin.",
    ["PH"],
    [(HIST, "Jack's soiling over since the summer (PH still present for Harry)")])

# ---------------------------------------------------------------- Z917
box("Z917", A, "red", "2025-08-04", STA,
    "Sophie (6) was made subject to a child protection plan under neglect on 28 July "
    "after she was found alone in the flat at 10pm, with no food in the cupboards, "
    "while Kirsty was drunk at a neighbour's. Sophie has global developmental delay "
    "and an EHCP at the Elm Park resourced provision.",
    ["SAFE-NEG", "SUB", "EDU-SEND"],
    [(CONV, "no food in the home is SAFE-NEG (conv. 10)")])
box("Z917", A, "orange", "2025-08-04", STA,
    "Sophie's dad Gary is in prison until 2027 and has no contact with her. Kirsty "
    "has been referred to the Stavely Recovery Service for her alcohol use. She owes "
    "£1,250 in rent and the housing association has served a notice seeking possession.",
    ["SUB", "FIN", "HOUS"],
    [(OUT, "father in prison is outside the household: not CRIME (conv. 6)")])
box("Z917", C, "red", "2026-02-11", STA,
    "The plan was stepped down to child in need in January. Kirsty has been sober "
    "for 14 weeks, her tests at the Recovery Service are clear and she still goes to "
    "their group twice a week. Sophie is in school every day and arrives fed and clean.",
    ["SUB"],
    [(MET, "sober but still in treatment: SUB present via ongoing service (conv. 4)"),
     (MET, "fed and clean: SAFE-NEG over, not coded")])
box("Z917", C, "yellow", "2026-02-11", STA,
    "Kirsty is paying £15 a week off the rent arrears under an agreement with the "
    "housing association, and the possession claim has been adjourned on those terms.",
    ["FIN", "HOUS"], [])

# ---------------------------------------------------------------- Z918
box("Z918", A, "green", "2025-10-13", HOL,
    "Evie (10) has dyslexia and dyspraxia; the SENCo has her on SEN support with a "
    "laptop for written work and extra time in tests. A couple of girls in her class "
    "have been calling her 'thick' and she has started saying she is stupid, so her "
    "teacher has put her in a self-esteem group.",
    ["EDU-SEND", "SAFE-EXP", "MH-CHILD"],
    [(CONV, "name-calling by classmates is bullying of the child: SAFE-EXP although the girls are outside the household")])
box("Z918", A, "blue", "2025-10-13", HOL,
    "Hannah has joined an online group for parents of dyslexic children and reads "
    "with Evie every night using the coloured overlays from school. She says she "
    "would ask the GP about CAMHS if Evie's worries started to show at home. No "
    "worries about attendance or behaviour, now or ever.",
    ["EDU-SEND"],
    [(HYP, "CAMHS only if worries show at home: MH-CHILD hypothetical"),
     (NEG, "no worries about attendance or behaviour")])
box("Z918", C, "blue", "2026-03-20", HOL,
    "Evie's confidence has grown and the self-esteem group finished at Christmas; the "
    "name-calling stopped once school spoke to the other girls' parents. She still "
    "uses her laptop and extra time, and Hannah has agreed the same arrangements with "
    "Hollin Cross High for September.",
    ["EDU-SEND"],
    [(HIST, "self-esteem group finished: MH-CHILD over"),
     (HIST, "name-calling stopped: SAFE-EXP historical")])

# ---------------------------------------------------------------- Z919
box("Z919", A, "red", "2025-09-22", ASH,
    "Strategy meeting on 15 September after Tia (9) told her teacher that Craig had "
    "grabbed her mum by the throat; the s47 enquiry is complete and an ICPC is booked "
    "for 6 October. Leanne says Craig checks her phone and keeps hold of her bank card.",
    ["DA"],
    [(LOOK, "control of her bank card is economic abuse (DA), not FIN")])
box("Z919", A, "orange", "2025-09-22", ASH,
    "Tia has had two suspensions this year for hitting other children and the head "
    "has warned she is at risk of permanent exclusion. She is waiting for an ADHD "
    "assessment and has a behaviour support plan at school.",
    ["EDU-EXC", "EDU-SEND"], [])
box("Z919", C, "red", "2026-03-09", ASH,
    "Craig left the home in October and is on bail with conditions not to contact "
    "Leanne. Tia and Mikey (2) remain on child protection plans under emotional harm; "
    "the next review conference is in April.",
    ["DA"],
    [(CONV, "partner on bail for offences against mum: DA only, not CRIME (conv. 7)")])
box("Z919", C, "orange", "2026-03-09", ASH,
    "Tia was diagnosed with ADHD in February and has a 1:1 at lunchtimes. She has had "
    "no suspensions since October and the head no longer thinks she is at risk of "
    "exclusion.",
    ["EDU-SEND"],
    [(HIST, "no suspensions since October: EDU-EXC historical"),
     (NEG, "no longer at risk of exclusion")])

# ---------------------------------------------------------------- Z920
box("Z920", A, "green", "2025-11-17", FEN,
    "Toby (4) bangs his head on the floor when he is overwhelmed and chews the cuffs "
    "of his jumpers, and nursery notice he covers his ears at carpet time. The "
    "nursery SENCo has referred him to the early years inclusion team, and the health "
    "visitor's ASQ put his communication in the amber range.",
    ["EDU-SEND", "EYD"], [])
box("Z920", C, "green", "2026-04-24", FEN,
    "Toby has an SEN support plan at nursery with a weekly visit from the inclusion "
    "teacher. Zoe has made a quiet corner with a weighted blanket at home and the "
    "head-banging has stopped; she knows to go back to the GP if it starts again.",
    ["EDU-SEND"],
    [(HIST, "head-banging stopped"),
     (HYP, "GP only if it starts again")])

# ---------------------------------------------------------------- Z921
box("Z921", A, "yellow", "2025-10-01", STA,
    "Maya (12) has refused school since starting Year 7 at Westgate in September and "
    "her attendance is 41%; she says she feels sick with worry by lunchtime. She is "
    "on the waiting list for an ADHD assessment. Her dad Ben, who was diagnosed "
    "autistic in 2022, says his own anxiety is through the roof; he gave up his job "
    "to be at home with her and the family now live on Universal Credit and are "
    "struggling to pay the bills.",
    ["EDU-ATT", "MH-CHILD", "EDU-SEND", "MH-ADULT", "FIN"],
    [(CONV, "dad's own autism diagnosis is not EDU-SEND; MH-ADULT from his anxiety")])
box("Z921", C, "yellow", "2026-03-02", STA,
    "Maya goes into Westgate's inclusion hub every morning and is building up to "
    "afternoons. She is still waiting for her ADHD assessment. Ben has started CBT "
    "through Talking Therapies.",
    ["EDU-ATT", "EDU-SEND", "MH-ADULT"], [])

# ---------------------------------------------------------------- Z922
box("Z922", A, "yellow", "2025-05-06", HOL,
    "Archie (11 months) has missed his 8, 12 and 16-week immunisations and the 9–12 "
    "month health visitor review. Jodie says she cannot read the appointment letters "
    "easily and Liam usually opens the post. Archie is still only having bottles and "
    "smooth purées and gags on lumps.",
    ["PH", "EYD"], [])
box("Z922", C, "green", "2025-11-11", HOL,
    "Archie has now had all his catch-up immunisations at the GP surgery. The health "
    "visitor still visits monthly to help Jodie move him on to lumpy and finger "
    "foods, and Liam puts every appointment into his phone.",
    ["EYD"],
    [(HIST, "immunisations caught up: PH over")])

# ---------------------------------------------------------------- Z923
box("Z923", A, "orange", "2025-06-23", ASH,
    "Reggie (8) was permanently excluded from St Bede's in June after throwing a chair "
    "that hit a teaching assistant. He is now at the primary PRU on one hour a day "
    "while the LA carries out an EHC needs assessment.",
    ["EDU-EXC", "EDU-ATT", "EDU-SEND"], [])
box("Z923", A, "yellow", "2025-06-23", ASH,
    "Sarah has had to cut her hours at the care home to collect Reggie at 10am; the "
    "household has lost about £600 a month and she is two payments behind on the car "
    "finance.",
    ["FIN"],
    [(LOOK, "'care home' is mum's workplace, not CARER")])
box("Z923", C, "blue", "2026-04-15", ASH,
    "Reggie has been at Brambles special school full time since January under his "
    "EHCP. Sarah has gone back to full hours and caught up the car finance payments.",
    ["EDU-SEND"],
    [(HIST, "car finance caught up: FIN historical"),
     (HIST, "full time now: EDU-ATT over"),
     (MET, "EHCP placement is ongoing provision: EDU-SEND present in blue")])

# ---------------------------------------------------------------- Z924
box("Z924", A, "orange", "2025-09-15", STA,
    "Courtney (14) has been reported missing three times since August and each time "
    "police found her in Stavely Marsh town centre after midnight. Older males have "
    "been buying her vapes and taking her to parties, and the exploitation screening "
    "tool came out at medium risk.",
    ["SAFE-EXP"],
    [(CONV, "police finding a missing child is not CRIME (conv. 7)"),
     (CONV, "vapes are not SUB (conv. 12)")])
box("Z924", C, "yellow", "2026-02-25", STA,
    "No missing episodes since October. Courtney meets the Safe Steps exploitation "
    "worker weekly and has blocked the men on social media.",
    ["SAFE-EXP"],
    [(HIST, "missing episodes ended (SAFE-EXP still present via ongoing exploitation work)")])

# ---------------------------------------------------------------- Z925
box("Z925", A, "blue", "2025-11-24", FEN,
    "Kate looks after Ivy's type 1 diabetes and does her pump changes herself, and "
    "has shown Ivy's nan how to do them at weekends. When Kate is on night shifts, Reuben (15) checks "
    "Ivy's blood sugar at 2am and rings Nan if it is low. No money worries.",
    ["PH", "CARER"],
    [(CONV, "night shifts are not FIN (conv. 5)"),
     (NEG, "no money worries: FIN negated")])
box("Z925", A, "green", "2025-11-24", FEN,
    "Ivy (7) was referred for an ADHD assessment by school in October; the SENCo has "
    "given her movement breaks and a wobble cushion.",
    ["EDU-SEND"], [])

# ---------------------------------------------------------------- Z926
box("Z926", A, "orange", "2025-07-21", HOL,
    "The family of three are in a one-bedroom private rented flat with black mould "
    "across the bedroom wall. Kacper (10), who has an EHCP for autism, shares a bed "
    "with his mum while his sister Zofia (3) sleeps in a cot beside them, and he has "
    "not had a full night's sleep in months. Environmental health inspected in July "
    "and served an improvement notice on the landlord.",
    ["HOUS", "EDU-SEND", "PH"],
    [(OUT, "enforcement against the landlord is not the family's CRIME (conv. 6)"),
     (CONV, "sleep problem at school age is PH (conv. 9)")])
box("Z926", A, "yellow", "2025-07-21", HOL,
    "Agnieszka works 16 hours a week at a bakery. She has £900 rent arrears after a "
    "Universal Credit deduction and Citizens Advice are helping her apply for a "
    "Discretionary Housing Payment.",
    ["FIN"], [])
box("Z926", C, "green", "2026-03-16", HOL,
    "The family moved to a three-bedroom housing association house in February; "
    "Kacper has his own room now and sleeps through. Agnieszka is paying £10 a week "
    "off the old arrears.",
    ["FIN"],
    [(HIST, "moved: HOUS historical"),
     (HIST, "sleeps through: PH over"),
     (MET, "repaying arrears: FIN present in green (conv. 3)")])

# ---------------------------------------------------------------- unboxed notes
note("Z9V01", "2025-04-02", ASH,
     "Phone call from mum Danielle. Jacob (9) has been on the waiting list for an "
     "autism assessment since last spring and she has been told it could be another "
     "18 months. His school SENCo is putting SEN support in place in the meantime. "
     "Danielle has found a local autism parents' group online and plans to go to "
     "their next coffee morning.",
     "green", ["EDU-SEND"],
     [(CONV, "highest cue is SENCo/school: green; own network is only blue")])
note("Z9V02", "2025-06-11", FEN,
     "Home visit by the family support worker. Zac (6) is wetting the bed every night "
     "and waking four or five times; mum Laura is tearful and exhausted and the GP has "
     "started her on sertraline for low mood. School have raised nothing about his "
     "learning or behaviour.",
     "yellow", ["PH", "MH-ADULT"],
     [(CONV, "school-age bedwetting/sleep is PH, not EYD (conv. 9)"),
      (NEG, "no concerns about learning or behaviour: EDU-SEND/EDU-EXC negated")])
note("Z9V03", "2025-08-19", HOL,
     "Police called to the home on Sunday night after Ethan (15) smashed the TV and "
     "pushed his dad Martin down the stairs during a meltdown; Martin had bruising to "
     "his back and did not want to make a statement. Ethan is autistic and attends "
     "Brook House special school under an EHCP. Martin and his wife Jo are a united "
     "front and there is no domestic abuse between them.",
     "orange", ["REL-PAR", "CRIME", "EDU-SEND"],
     [(CONV, "child-to-parent violence with police: REL-PAR + CRIME, not DA (conv. 8)"),
      (NEG, "no domestic abuse between the adults")])
note("Z9V04", "2025-12-03", STA,
     "Child in need review for Harvey (11), who has Duchenne muscular dystrophy and "
     "now uses a powered wheelchair; the Disabled Children's Team fund a personal "
     "assistant two evenings a week. His brother Josh (14) still turns him in bed at "
     "night and has been linked with the young carers service. DLA and Carer's "
     "Allowance are in payment and mum says money is not a worry.",
     "red", ["PH", "CARER"],
     [(CONV, "DLA/Carer's Allowance with no money problem: not FIN (conv. 5)"),
      (NEG, "money is not a worry")])
note("Z9V05", "2026-01-08", ASH,
     "Signposted mum Sian to the Local Offer website and the IPSEA model letter so "
     "she can request an EHC needs assessment for Noor (7) herself; Sian is confident "
     "to do this. Noor is autistic and finds lunchtimes and changes of routine very hard.",
     "blue", ["EDU-SEND"],
     [(CONV, "signposting the family acts on itself: blue")])
note("Z9V06", "2026-02-04", FEN,
     "CAMHS letter received: Oliver (12) has been accepted onto the CAMHS caseload for "
     "low mood and scratching his arms, and was also screened for ADHD at the same "
     "appointment with the outcome to follow. Mum mentioned that Oliver's older "
     "brother used to smoke weed but moved out to his girlfriend's in 2024.",
     "orange", ["MH-CHILD", "EDU-SEND"],
     [(OUT, "brother moved out; his cannabis use is past and outside the household: no SUB")])
note("Z9V07", "2025-10-20", HOL,
     "Portage home visit. Bella (2), who was born at 27 weeks, is working on sitting "
     "without support and copying her first signs. The neonatal follow-up clinic "
     "discharged her in March and she has had no hospital admissions this year.",
     "yellow", ["EYD"],
     [(HIST, "neonatal clinic discharged: PH historical"),
      (NEG, "no hospital admissions this year")])


# ---------------------------------------------------------------- write files
def main():
    ncols = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
             "locality", "narrative"]
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(ncols)
        for r in ROWS:
            w.writerow([r[c] for c in ncols])
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for r in ROWS:
            for code in r["codes"]:
                w.writerow([r["narrative_id"], code, r["gold_level"]])
    traps = {r["narrative_id"]: {"gold": r["codes"], "level": r["gold_level"],
                                 "traps": r["traps"]}
             for r in ROWS}
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(ROWS)} narratives, "
          f"{sum(len(r['codes']) for r in ROWS)} gold rows, "
          f"{sum(1 for r in ROWS if r['traps'])} with trap notes")


if __name__ == "__main__":
    main()
