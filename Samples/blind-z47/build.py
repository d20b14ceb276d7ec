#!/usr/bin/env python3
"""Hand-written blind gold set: young carers, parental illness and bereavement.
Every narrative, its gold codes and trap notes are typed by hand below.
Writes narratives.csv, gold.csv and traps.json (CRLF, UTF-8, no BOM)."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = []   # (narrative_id, triage_id, case_id, stage, date, level, locality, text)
GOLD = []   # (narrative_id, code, level)
TRAPS = {}  # narrative_id -> note

STAGE = {"A": "assessment", "C": "closure"}


def box(case, st, level, date, loc, text, codes, trap=""):
    """A boxed narrative: its codes take the box level."""
    tid = f"{case}-{st}"
    nid = f"{tid}-{level}"
    ROWS.append((nid, tid, case, STAGE[st], date, level, loc, text))
    for c in codes:
        GOLD.append((nid, c, level))
    if trap:
        TRAPS[nid] = trap


def note(nid, date, loc, text, level, codes, trap=""):
    """An unboxed note: level column empty; gold level from the highest cue."""
    ROWS.append((nid, nid, nid, "assessment", date, "", loc, text))
    for c in codes:
        GOLD.append((nid, c, level))
    if trap:
        TRAPS[nid] = trap

# ---------------------------------------------------------------- K01-K06
A, M, C, F = "Ashgrove", "Millbrook", "Castlegate", "Fenwick Vale"

box("K01", "A", "green", "2025-02-10", A,
    "Tyler (13) is at Hollins Park Academy, attendance 97%. School nurse knows that mum Leanne has relapsing MS and has agreed Tyler can keep his phone on in case she needs him. No concerns raised about his behaviour in class.",
    ["PH"], "good attendance not coded; 'no concerns ... behaviour' negated EDU-EXC")
box("K01", "A", "yellow", "2025-02-10", A,
    "When Leanne's MS flares Tyler does all the cooking and helps her in and out of the shower. He told me he has been low and tearful and lies awake worrying about her. Referred to Ashgrove Young Carers for a young carer's assessment.",
    ["CARER", "MH-CHILD", "PH"])
box("K01", "C", "blue", "2025-08-04", A,
    "Tyler goes to the young carers group at Fernside every other Tuesday and has a young carer card for school. Leanne now has a morning care package for her MS so Tyler has stopped helping with personal care, though he still does the tea most nights.",
    ["CARER", "PH"], "personal-care part of role ended but caring continues")

box("K02", "A", "yellow", "2025-03-03", M,
    "Paul had a stroke last November and still has weakness down his left side. He can't drive and lost his job as a delivery driver, so the household now relies on UC and is two months behind with council tax. Citizens Advice appointment booked for next week.",
    ["PH", "FIN"], "stroke happened in the past but its effects are current -> PH present")
box("K02", "A", "orange", "2025-03-03", M,
    "Ellie (15) has missed 23 sessions this half term; she says she stays home whenever dad has a fall or a hospital appointment. School have issued an attendance warning. Ellie disclosed cutting her arms and is on the waiting list for CAMHS.",
    ["EDU-ATT", "CARER", "MH-CHILD"])
box("K02", "C", "green", "2025-09-15", M,
    "Ellie's attendance is up to 92% with a pastoral support plan in place. Paul continues with physio through his GP and is walking with a stick.",
    ["EDU-ATT", "PH"], "improving attendance managed with a plan (green, now managing)")
box("K02", "C", "yellow", "2025-09-15", M,
    "Ellie remains open to Millbrook Young Carers. CAMHS discharged her in July after six sessions and she says she has not self-harmed since spring. Council tax arrears now cleared.",
    ["CARER"], "CAMHS discharged and self-harm stopped -> historical; arrears cleared -> historical")

box("K03", "A", "blue", "2025-04-22", C,
    "Paternal aunt Grace lives two streets away and takes Femi (6) to school on Mondays and Fridays. The family are part of a church that has rallied round since the funeral.",
    [], "own network only, no need stated; funeral mention is not a code")
box("K03", "A", "green", "2025-04-22", C,
    "Since her mum Funmi died of cancer in March, Zara (10) has gone very quiet and her class teacher has seen her crying in lessons. School have started weekly sessions with the learning mentor.",
    ["MH-CHILD"], "cancer is of the parent who has died -> no PH; grief affecting the child -> MH-CHILD")
box("K03", "A", "yellow", "2025-04-22", C,
    "Marcus is finding the grief hard, describes his mood as very low and has started antidepressants from his GP. He has cut his hours to do the school runs and is now short for the rent each month. Referral made to Castlegate Bereavement Service for family sessions.",
    ["MH-ADULT", "FIN"])
box("K03", "C", "blue", "2025-10-06", C,
    "Marcus says his mood is better and he is still taking his tablets. He keeps the memory boxes the family made at the bereavement sessions on the landing and the children add to them.",
    ["MH-ADULT"], "ongoing medication in a blue box = now managing")

box("K04", "A", "orange", "2025-01-20", F,
    "Darren (dad) is drinking every day, up to two bottles of wine, and police were called in January when he was found collapsed in the street with Maisie (4) in her pushchair. Kieran (14) gets Maisie up, gives her breakfast and takes her to nursery most mornings.",
    ["SUB", "SAFE-NEG", "CARER"], "police call about a collapsed adult is welfare, not CRIME")
box("K04", "A", "yellow", "2025-01-20", F,
    "Maisie is taking up only 6 of her 15 funded nursery hours and her key worker says she mostly uses single words. Kieran is late to Fenwick High most days because of the nursery run.",
    ["EYD", "EDU-ATT"])
box("K04", "C", "yellow", "2025-07-14", F,
    "Darren is engaging with Fenwick Recovery and has been alcohol free for ten weeks. He now does the nursery run himself, so Kieran is no longer looking after Maisie in the mornings.",
    ["SUB"], "Kieran's caring role has ended -> CARER historical")
box("K04", "C", "green", "2025-07-14", F,
    "Maisie now attends all 15 hours and nursery say her speech has come on, although she is still working on putting two words together.",
    ["EYD"])

box("K05", "A", "green", "2025-05-12", A,
    "Jade (11) was very close to her nan, who lived on the next road and died in August. Jade talks about her often but is eating and sleeping well and school have no worries about her.",
    [], "death of a grandparent outside the household; child coping -> nothing coded")
box("K05", "A", "yellow", "2025-05-12", A,
    "Sarah and her partner Lee argue loudly most evenings about money; both say there has been no violence and nobody feels frightened. They are £1,200 behind on the energy bill. Both agreed to a parents-together course.",
    ["REL-CONF", "FIN"], "'no violence' negates DA")
box("K05", "C", "blue", "2025-11-03", A,
    "Sarah set up a payment plan with the energy supplier and they pay £30 a week off the debt. She says the rows have stopped since the money side was sorted.",
    ["FIN"], "rows 'have stopped' -> REL-CONF historical")

box("K06", "A", "green", "2025-06-02", M,
    "Leo (9) has cerebral palsy and an EHCP at Brook Lane Special School; school transport is in place and he has physio at the children's centre.",
    ["PH", "EDU-SEND"])
box("K06", "A", "yellow", "2025-06-02", M,
    "Noah (12) lifts his brother Leo, gives him his evening medicines and sits with him while mum Kerry works night shifts at the hospital. Noah says he is too tired for football now. Referral for a young carer's assessment.",
    ["CARER"], "night shifts are not FIN (conv. 5)")
box("K06", "C", "blue", "2025-12-01", M,
    "Noah's young carer's assessment is done and he goes to the Saturday club at Millbrook Young Carers. Kerry has a paid carer on her night shifts so Noah no longer gives medicines, but he still helps with Leo at weekends.",
    ["CARER"])

# ---------------------------------------------------------------- K07-K13
box("K07", "A", "yellow", "2025-02-17", C,
    "Gemma is having chemotherapy for breast cancer and is wiped out for days after each cycle. Oscar (16) dropped out of college in October and is not working; he does the shopping and walks Ruby to school. Castlegate Futures careers adviser to meet him.",
    ["PH", "EDU-NEET", "CARER"], "16+ NEET coded EDU-NEET only, no FIN (conv. 11)")
box("K07", "A", "green", "2025-02-17", C,
    "Ruby (7) knows mum is poorly and her teacher is keeping an eye on her. She has started wetting the bed again most nights. Gemma says there are no money worries as she is on full sick pay until the summer.",
    ["PH"], "school-age bedwetting -> PH not EYD; 'no money worries' negated FIN; sick pay look-alike")
box("K07", "C", "green", "2025-08-26", C,
    "Gemma finished chemo in June and is on three-monthly monitoring with the breast clinic and her GP. Ruby has been dry at night since May.",
    ["PH"], "bedwetting over -> historical; mum's monitoring still current")
box("K07", "C", "yellow", "2025-08-26", C,
    "Oscar started a plumbing course at Castlegate College in September but his attendance there is patchy and the college have flagged him as at risk of dropping out. He no longer does the school run now Gemma is back on her feet.",
    ["EDU-NEET"], "caring role ended -> CARER historical; at risk of NEET is present")

box("K08", "A", "orange", "2025-01-13", F,
    "Dawn has bipolar disorder and was detained under the Mental Health Act for three weeks in December; she is now under the community mental health team. Keira (14) reminds her to take her medication every morning, opens the post and sorts the bills.",
    ["MH-ADULT", "CARER"])
box("K08", "A", "yellow", "2025-01-13", F,
    "The flat has black mould in both bedrooms and Keira has had a chesty cough since the autumn. A repair was reported to the housing association in November but nobody has been out.",
    ["HOUS", "PH"])
box("K08", "C", "yellow", "2025-06-23", F,
    "Dawn remains under the CMHT and is stable on lithium. Keira goes to the monthly young carers group at the Vale Hub and says it helps to meet others in the same boat.",
    ["MH-ADULT", "CARER"])
box("K08", "C", "blue", "2025-06-23", F,
    "The mould was treated and the bedroom window replaced in April, and Keira's cough has cleared up.",
    [], "both issues over -> historical HOUS and PH")

box("K09", "A", "yellow", "2025-03-24", A,
    "Steve was diagnosed with motor neurone disease in January. Claire is worried that as he gets worse Isla (9) could end up taking on caring jobs and wants advice early; at present Isla does not help with any of his care. EHW to link the family with St Cuthbert's Hospice family team.",
    ["PH"], "worry a child might become a carer -> CARER hypothetical and negated")
box("K09", "A", "green", "2025-03-24", A,
    "Finn (4) goes to Hillside nursery class for 15 hours. He is still having toileting accidents most days and his speech is hard to follow; the health visitor has referred him to speech and language therapy.",
    ["EYD"])
box("K09", "C", "blue", "2025-10-13", A,
    "Steve's MND is progressing slowly. Claire has joined an online group for MND carers and uses the hospice leaflets to explain things to the children.",
    ["PH"], "'carers' here is an adult carer -> not CARER")
box("K09", "C", "green", "2025-10-13", A,
    "Finn is mostly dry in the day now and is still seeing the speech therapist at the children's centre.",
    ["EYD"])

box("K10", "A", "orange", "2025-04-07", M,
    "Callum (15) was given a five-day suspension for fighting and was arrested last month for criminal damage at the retail park. He has been referred to Millbrook YOS and is waiting to hear about an out of court disposal.",
    ["EDU-EXC", "CRIME"])
box("K10", "A", "yellow", "2025-04-07", M,
    "Callum's dad died when he was nine. Mum Tracy thinks his anger is bound up with that; he swears at her and punched a hole in his bedroom door last week. Callum has agreed to see the school counsellor about his anger. Tracy works full time at a care home and says money is fine.",
    ["MH-CHILD", "REL-PAR"], "parent died years ago is not itself coded; 'care home' look-alike for CARER; money fine negated")
box("K10", "C", "yellow", "2025-10-20", M,
    "Callum completed his referral order in May and there have been no further arrests. He is on a reduced timetable while a managed move to Ridgeway Academy is arranged.",
    ["EDU-ATT", "EDU-EXC"], "referral order completed -> CRIME historical")
box("K10", "C", "blue", "2025-10-20", M,
    "Tracy and Callum use the calm-down plan they wrote together when things get heated at home, and he spends Sundays with his uncle.",
    ["REL-PAR"], "now managing in a blue box")

box("K11", "A", "yellow", "2025-05-19", C,
    "Sami (11) has become anxious before going to his dad's for contact because dad drinks heavily at weekends; dad does not live with the family. Nadia and dad are in a dispute about contact through solicitors.",
    ["MH-CHILD", "REL-CONF"], "drinking by a parent outside the household -> no SUB (conv. 6)")
box("K11", "A", "green", "2025-05-19", C,
    "Aisha (8) has asthma and has missed two asthma reviews at the GP surgery this year.",
    ["PH"])
box("K11", "A", "blue", "2025-05-19", C,
    "Since her hours were cut Nadia has been using the Castlegate community pantry weekly, having found out about it through the school newsletter.",
    ["FIN"])
box("K11", "C", "blue", "2025-11-24", C,
    "Nadia is back on full hours and stopped using the pantry in September. The contact dispute was settled at mediation in July and dad now sees the children on Saturday daytimes.",
    [], "FIN and REL-CONF both described as over -> historical")
box("K11", "C", "green", "2025-11-24", C,
    "Aisha has been to her asthma review and has a new inhaler plan. Sami sees the school ELSA weekly and says he worries less about contact.",
    ["PH", "MH-CHILD"])

box("K12", "A", "red", "2025-02-03", F,
    "Following a s47 enquiry both children are on child protection plans for neglect. Kayleigh is using heroin; at the visit there was no food in the house and no nappies, and Liam (12) was feeding and changing his sister Poppy (10 months).",
    ["SAFE-NEG", "SUB", "CARER"])
box("K12", "A", "orange", "2025-02-03", F,
    "Liam is missing 40% of school sessions and has been seen with older teenagers in the park late at night. Police have brought him home twice after he was reported missing.",
    ["EDU-ATT", "SAFE-EXP"], "police returning a missing child is safeguarding, not CRIME (conv. 7)")
box("K12", "A", "green", "2025-02-03", F,
    "Poppy is behind with her immunisations; the health visitor is visiting every fortnight.",
    ["PH"])
box("K12", "C", "orange", "2025-08-11", F,
    "Kayleigh is on a methadone script with Fenwick Recovery and her tests have been clear of heroin for three months. The CP plans have been stepped down to child in need.",
    ["SUB"], "red cue in an orange box: box level wins")
box("K12", "C", "yellow", "2025-08-11", F,
    "Liam's attendance is 88% and rising, and there have been no missing episodes since April. Maternal gran has moved in and does Poppy's night feeds, so Liam no longer has to look after his sister.",
    ["EDU-ATT"], "missing episodes ended; caring role ended -> SAFE-EXP and CARER historical")

box("K13", "A", "yellow", "2025-03-10", A,
    "Grandad Ron moved in with the family last year and has dementia. Ethan (13) sits with him after school until mum gets in from work and has twice found him wandering in the road.",
    ["PH", "CARER"], "grandparent lives in the household -> PH")
box("K13", "C", "blue", "2025-09-08", A,
    "Ron now goes to a day centre four days a week. Ethan still keeps him company on Fridays and uses his young carer card when he needs to ring home from school.",
    ["PH", "CARER"])

# ---------------------------------------------------------------- K14-K20
box("K14", "A", "yellow", "2025-01-27", M,
    "Helen has used a wheelchair since a spinal injury and has carers from adult social care twice a day; Ben (10) and Lily (7) do not help with her personal care. Her PIP was stopped at review in January and she is appealing with Citizens Advice. Rent arrears are now £640.",
    ["PH", "FIN"], "children explicitly not caring -> CARER negated; 'carers' are paid adults")
box("K14", "A", "orange", "2025-01-27", M,
    "The landlord served a section 21 notice in February because of the arrears, and Helen is frightened of losing the adapted ground-floor flat.",
    ["HOUS", "FIN"])
box("K14", "C", "green", "2025-07-21", M,
    "PIP was reinstated at tribunal with back pay, the arrears are cleared and the landlord has withdrawn the notice. Helen is waiting for an OT visit about a ceiling hoist.",
    ["PH"], "FIN and HOUS over -> historical")

box("K15", "A", "orange", "2025-10-06", C,
    "Grace (12) has been self-harming since her brother Jack was killed in a road accident in May and is open to CAMHS. She has not been into school since the start of September.",
    ["MH-CHILD", "EDU-ATT"], "sibling's death is the background, not a code itself")
box("K15", "A", "yellow", "2025-10-06", C,
    "Mum Rachel is very low and says some days she sees no point in anything; the GP has referred her to talking therapies. Dad Mark took unpaid leave after the accident and they have missed two mortgage payments.",
    ["MH-ADULT", "FIN"])
box("K15", "C", "yellow", "2026-03-16", C,
    "Grace is on a part-time timetable at Castlegate School, building up to full days after Easter, and CAMHS still see her every fortnight.",
    ["EDU-ATT", "MH-CHILD"])
box("K15", "C", "blue", "2026-03-16", C,
    "Rachel finished talking therapies in January and says she no longer feels low. The lender agreed a plan and they are paying an extra £50 a month to clear the missed mortgage payments.",
    ["FIN"], "MH-ADULT ended -> historical; repaying arrears = now managing FIN")

box("K16", "A", "orange", "2025-06-09", F,
    "Tanya has disclosed coercive control by her ex-partner Dean, who still lives locally and has been tracking her phone. DASH completed at high risk and a MARAC referral made.",
    ["DA"])
box("K16", "A", "yellow", "2025-06-09", F,
    "Bella (14) looked after her mum for six weeks after Tanya's hip operation last spring, but Tanya has made a full recovery and Bella has had no caring role since. Bella is being bullied online by a group of girls in her year.",
    ["SAFE-EXP"], "caring role that ended and a recovered operation -> CARER and PH historical")
box("K16", "C", "blue", "2025-12-08", F,
    "Tanya completed the Freedom Programme and keeps her safety plan by the door. Bella blocked the accounts and school dealt with the girls involved; nothing further since October.",
    ["DA"], "bullying over -> SAFE-EXP historical")

box("K17", "A", "yellow", "2025-04-14", M,
    "Family of six in a two-bedroom flat and on the housing register in band B. Rob had a drink problem years ago but has been sober since 2019.",
    ["HOUS"], "alcohol problem ended in 2019 -> SUB historical")
box("K17", "A", "green", "2025-04-14", M,
    "Twins Mason and Millie (2) had their two-year review with the health visitor; both have very few words. Nursery places start in January.",
    ["EYD"])
box("K17", "C", "green", "2025-10-27", M,
    "The twins have settled at nursery and the health visitor has signed them off the speech pathway as they are now on track.",
    [], "speech need over -> EYD historical; settled at nursery is good news only")

box("K18", "A", "yellow", "2025-02-24", C,
    "Alfie (8) is on the ASD pathway and has meltdowns at home several times a week in which he hits his mum Laura. His sister Sophie (14) calms him down, puts him to bed and walks him to school.",
    ["EDU-SEND", "REL-PAR", "CARER"], "child-to-parent violence -> REL-PAR not DA")
box("K18", "A", "green", "2025-02-24", C,
    "Laura has anxiety and her GP prescribes sertraline.",
    ["MH-ADULT"])
box("K18", "C", "yellow", "2025-09-01", C,
    "Alfie was diagnosed autistic in June and school have asked for an EHC needs assessment. Sophie now has her own worker from Castlegate Young Carers.",
    ["EDU-SEND", "CARER"])
box("K18", "C", "green", "2025-09-01", C,
    "Laura says her anxiety is well controlled on sertraline. Alfie's meltdowns are less frequent since they started using a visual timetable at home.",
    ["MH-ADULT", "REL-PAR"])

box("K19", "A", "yellow", "2025-05-05", F,
    "Reece (10) is persistently absent at 79%. Mum Kim says the mornings are chaos since she started early shifts. Kim's sister, who lives in Scotland, has cancer and Kim has been going up to see her every other weekend.",
    ["EDU-ATT", "REL-PAR"], "cancer of a relative outside the household -> no PH; shifts not FIN")
box("K19", "A", "green", "2025-05-05", F,
    "Reece has not seen a dentist for over a year; the school nurse gave Kim the details of a dentist taking NHS patients.",
    ["PH"])
box("K19", "C", "blue", "2025-11-17", F,
    "Kim's sister died in August. Kim is sad but coping with help from her partner and friends. Reece now goes to breakfast club and his attendance is up to 95%.",
    ["EDU-ATT"], "bereavement outside household, adult coping -> no MH-ADULT; attendance managed via breakfast club")

box("K20", "A", "yellow", "2025-03-31", A,
    "Imran has kidney failure and has dialysis three times a week. Yusuf (16) goes with him to interpret for the doctors and keeps leaving college early, and the college have flagged him as at risk of dropping out.",
    ["PH", "CARER", "EDU-NEET"])
box("K20", "A", "green", "2025-03-31", A,
    "Samina speaks limited English but the family are registered with a GP. Imran gets ESA and Samina says they manage fine with money.",
    [], "benefit name alone is not FIN (conv. 5)")
box("K20", "C", "green", "2025-09-29", A,
    "The renal unit now books an interpreter for every dialysis session so Yusuf no longer goes with his dad. Yusuf is on track at college and talking about university.",
    ["PH"], "caring role ended and NEET risk over -> CARER, EDU-NEET historical")

# ---------------------------------------------------------------- K21-K27
box("K21", "A", "green", "2025-06-16", M,
    "Daisy (9) lives with her dad Tom. Her mum died in 2018; Daisy talks about her openly and visits the grave with her nan. She is on SEN support at Millbrook Primary for her speech and language.",
    ["EDU-SEND"], "parent died years ago, child settled -> no MH-CHILD; school-age speech -> EDU-SEND")
box("K21", "A", "yellow", "2025-06-16", M,
    "Tom has been off work for four months with a back injury and his Statutory Sick Pay has run out. His UC claim is still not in payment and he has borrowed from his brother to pay the rent.",
    ["PH", "FIN"])
box("K21", "C", "blue", "2025-12-15", M,
    "Tom is back at work part-time and UC now tops up his wages. He keeps to a budget using the app Citizens Advice suggested.",
    ["FIN"], "budgeting = now managing FIN in blue")

box("K22", "A", "orange", "2025-07-07", C,
    "Chris has PTSD from his army service, drinks most evenings and has talked about ending his life; the crisis team are involved. Harvey (13) checks on his dad through the night and hides the car keys when he has been drinking.",
    ["MH-ADULT", "SUB", "CARER"])
box("K22", "A", "yellow", "2025-07-07", C,
    "Chris and his partner Nicola argue a lot about his drinking. Nicola says he has never been violent and she does not feel afraid of him. A family support worker has been allocated.",
    ["REL-CONF", "SUB"], "'never been violent' negates DA")
box("K22", "C", "yellow", "2026-01-12", C,
    "Chris is on a veterans' PTSD programme and sees the alcohol service fortnightly; he now drinks only at weekends. Harvey goes to the Castlegate young carers club.",
    ["MH-ADULT", "SUB", "CARER"])

box("K23", "A", "yellow", "2025-08-18", F,
    "Nana Pauline has been Kacey's kinship carer under a special guardianship order since Kacey's mum died in 2023. Kacey (7) cries at bedtime and keeps asking when her mum is coming home. Referred to Little Lanterns child bereavement service.",
    ["MH-CHILD"], "kinship carer is an adult -> not CARER")
box("K23", "A", "blue", "2025-08-18", F,
    "Money is tight on Pauline's pension. She was given the kinship carers' guide and has applied for the guardianship allowance and child benefit herself.",
    ["FIN"])
box("K23", "C", "yellow", "2026-02-09", F,
    "Kacey finished eight sessions with Little Lanterns. She still gets upset around her mum's birthday and school let her use the quiet room when she needs it.",
    ["MH-CHILD"])

box("K24", "A", "yellow", "2025-09-22", A,
    "Joanne has fibromyalgia and spends most days in bed; her GP prescribes co-codamol and pregabalin. Olivia (12) does the washing and cooking and gets herself up and off to school.",
    ["PH", "CARER"], "prescribed painkillers are not SUB")
box("K24", "A", "green", "2025-09-22", A,
    "Olivia has been late 32 times this term, though her attendance is otherwise 94%.",
    ["EDU-ATT"])
box("K24", "C", "blue", "2026-03-02", A,
    "Joanne still goes to the pain clinic. Olivia does less at home since her uncle moved in to help, and she loves the young carers' Saturday club.",
    ["PH", "CARER"])

box("K25", "A", "yellow", "2025-10-13", M,
    "Lewis has epilepsy and has had frequent seizures since his medication was changed. Max (11) has called 999 twice this year, won't leave his dad alone in the house and asks to phone home from school because he gets anxious.",
    ["PH", "CARER", "MH-CHILD"])
box("K25", "A", "orange", "2025-10-13", M,
    "Max was found messaging an adult he met on a gaming site who asked him for photos. Police informed and are investigating the adult.",
    ["SAFE-EXP"], "police investigating a stranger -> not CRIME (person outside household)")
box("K25", "C", "green", "2026-04-20", M,
    "Lewis's epilepsy is now controlled on the new medication and is reviewed by his GP and neurology.",
    ["PH"])
box("K25", "C", "yellow", "2026-04-20", M,
    "Max goes to the young carers group and completed online safety sessions with his early help worker; there has been no further contact from the adult.",
    ["CARER"], "online contact ended -> SAFE-EXP historical")

box("K26", "A", "yellow", "2025-11-03", C,
    "Lucy's brother Dylan (17) has schizophrenia. When he is unwell Lucy (12) stays in with him so that mum Sam can go to work, and Lucy says she never has time to see friends.",
    ["CARER", "MH-CHILD"], "MH of a 17-year-old sibling -> MH-CHILD")
box("K26", "A", "orange", "2025-11-03", C,
    "Dylan is open to the early intervention in psychosis team and CAMHS. He was arrested in October for threatening a neighbour and now has a YOS worker.",
    ["MH-CHILD", "CRIME"])
box("K26", "C", "yellow", "2026-05-11", C,
    "Dylan is stable on his medication and has started at college. Lucy had her young carer's assessment and goes to the Thursday group.",
    ["MH-CHILD", "CARER"])

box("K27", "A", "yellow", "2025-12-01", F,
    "Becky receives Carer's Allowance for looking after her father, who lives in his own flat across town. She has rent arrears of £1,100 and owes money on a catalogue.",
    ["FIN"], "adult caring for someone outside the household -> no CARER, no PH")
box("K27", "A", "orange", "2025-12-01", F,
    "The housing association served a possession notice in November and the court hearing is listed for February.",
    ["HOUS"])
box("K27", "C", "blue", "2026-05-25", F,
    "Becky's father died in April. She is paying £25 a week off the arrears under a plan agreed with the housing association, which withdrew the possession claim in March.",
    ["FIN"], "possession claim withdrawn -> HOUS historical; grandparent death outside household")

# ---------------------------------------------------------------- unboxed notes
note("U01", "2025-04-09", C,
    "Home visit. Natalie has been told her cancer has come back and has told the children. Jacob (10) has started refusing to go to school, and he has been helping her get dressed in the mornings. EHW to refer Jacob to Castlegate Young Carers.",
    "yellow", ["PH", "EDU-ATT", "CARER"], "unboxed: highest cue EHW / young carers service -> yellow")
note("U02", "2025-06-25", A,
    "Call from the school nurse: Ava (13) is very upset after her grandad, who lived with the family, died last week. School nurse is offering drop-in sessions. No other concerns.",
    "green", ["MH-CHILD"], "unboxed: school nurse only -> green; 'no other concerns' negation")
note("U03", "2025-09-03", F,
    "Strategy meeting held after Kai (15) was found looking after his mum on his own following her stroke, with no food in the house; mum's partner is drinking heavily and has been away for days at a time. s47 enquiries to proceed.",
    "red", ["CARER", "PH", "SAFE-NEG", "SUB"], "unboxed: strategy meeting / s47 -> red")
note("U04", "2025-03-19", M,
    "Dad Gareth rang to say the children are struggling since their mum died in January. He has found a children's grief group at the local hospice himself and will take them on Wednesdays.",
    "blue", ["MH-CHILD"], "unboxed: family acting on its own -> blue")
note("U05", "2026-01-28", A,
    "Police were called to the house last night after Harley (14) smashed a window and pushed his mum during a row over his phone. Mum has MS and Harley's sister Jess (11) helps her wash and dress on bad days.",
    "orange", ["REL-PAR", "CRIME", "PH", "CARER"], "unboxed: police call-out -> orange; child-to-parent violence REL-PAR + CRIME, not DA")
note("U06", "2026-02-16", C,
    "Mollie's aunt, who does not live with the family, is worried that Mollie (8) may end up looking after her mum if mum's Parkinson's gets worse. Mum says she manages with paid carers for now and Mollie does not help with any care. Gave mum the young carers information leaflet.",
    "blue", ["PH"], "unboxed: information only -> blue; CARER hypothetical and negated")

# ---------------------------------------------------------------- write files
def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


if __name__ == "__main__":
    write_csv("narratives.csv",
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"],
              ROWS)
    write_csv("gold.csv", ["narrative_id", "code", "level"], GOLD)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump([{"narrative_id": k, "trap": v} for k, v in TRAPS.items()], f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(ROWS)} narratives, {len(GOLD)} gold rows, {len(TRAPS)} trap notes")
