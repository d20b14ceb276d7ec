#!/usr/bin/env python3
"""Blind hand-coded gold set z37: 5-19 public health nursing (school nursing) voice.

Every narrative, its gold codes and its trap notes are written by hand below,
coded from /work/shared/taxonomy.md only. Running this script writes
narratives.csv, gold.csv and traps.json next to it (standard library only).
"""
import csv
import json
import os

OUT = os.path.dirname(os.path.abspath(__file__))

CODES = ("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB "
         "REL-PAR REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER").split()
LEVELS = ("blue", "green", "yellow", "orange", "red")

NARR = []  # one dict per narrative, in file order


def box(nid, date, loc, text, codes, traps=()):
    """A narrative written in a level box: id is CASE-A|C-level."""
    case, st, level = nid.split("-")
    assert st in ("A", "C") and level in LEVELS, nid
    NARR.append({
        "narrative_id": nid, "triage_id": case + "-" + st, "case_id": case,
        "stage": "assessment" if st == "A" else "closure", "date": date,
        "level": level, "locality": loc, "narrative": text,
        "codes": list(codes), "gold_level": level, "traps": list(traps),
    })


def note(nid, stage, date, loc, gold_level, text, codes, traps=()):
    """An unboxed case note: level column empty, one gold level from the
    highest level cue in the text (taxonomy convention 2)."""
    assert gold_level in LEVELS
    NARR.append({
        "narrative_id": nid, "triage_id": nid, "case_id": nid,
        "stage": stage, "date": date, "level": "", "locality": loc,
        "narrative": text, "codes": list(codes), "gold_level": gold_level,
        "traps": list(traps),
    })

# Trap kinds used in the notes below:
#   negated, historical, hypothetical  - a code-area mention that is not present
#   outside      - someone outside the household (convention 6)
#   lookalike    - a word that resembles a code term but is not that issue
#   need_met     - a need described as over / resolved
#   good_news    - pure good news, no need ever stated (convention 3)
#   convention   - a coding convention decides the code (e.g. 7, 8, 9, 11, 12)

# ---------------------------------------------------------------------------
# Part 2: cases Z301-Z308
# ---------------------------------------------------------------------------

# Z301 - Year 3 boy, night-time wetting
box("Z301-A-green", "2025-09-17", "Brackenford",
    "Mum (Shannon) rang the SN duty line about Tyler (7), who is still wet most "
    "nights. Dry in the day, no accidents at school. Bladder diary and fluid chart "
    "posted out, continence assessment booked for 2 Oct. He mostly drinks "
    "blackcurrant squash - advised water, 6-8 drinks spread through the day.",
    ["PH"])
box("Z301-A-blue", "2025-09-17", "Brackenford",
    "Shannon has bought a waterproof mattress cover and leaves the landing light on, "
    "and she is careful not to make a fuss in the mornings. Tyler's sister Maddie (12) "
    "strips the bed with her on Saturdays but that is ordinary chores, she is not a "
    "young carer.",
    ["PH"],
    [("negated", "CARER: sister helps with chores, explicitly not a young carer"),
     ("convention", "blue box: family now managing the wetting -> PH present (conv 3)")])
box("Z301-C-green", "2026-01-20", "Brackenford",
    "Tyler started on the enuresis alarm from the Brackenford continence clinic in "
    "October and is now dry 5 or 6 nights a week. One more clinic review in February, "
    "discharge if it holds.",
    ["PH"],
    [("hypothetical", "'discharge if it holds' - conditional, PH still present via the alarm")])

# Z302 - Year 10 girl, low mood then self-harm
box("Z302-A-green", "2025-10-02", "Ellerby Marsh",
    "Keira (15) self-referred to the Thursday lunchtime drop-in at Copperfield High. "
    "Says she has felt flat and tearful since the summer and has given up dance. "
    "Asked directly, she said she has not hurt herself. Mum (Lorraine) had depression "
    "when Keira was little but has been well for years. Four sessions agreed with SN "
    "using the low mood workbook.",
    ["MH-CHILD"],
    [("negated", "self-harm denied (MH-CHILD present anyway from low mood)"),
     ("historical", "MH-ADULT: Mum's depression years ago, well since")])
box("Z302-A-orange", "2025-10-02", "Ellerby Marsh",
    "At session 3 Keira showed SN several cuts on her left forearm, two of them "
    "recent. With her agreement Mum was phoned and took her to the GP that afternoon; "
    "the GP referral to CAMHS was accepted for urgent triage. DSL informed.",
    ["MH-CHILD"])
box("Z302-C-orange", "2026-02-26", "Ellerby Marsh",
    "Keira is seen fortnightly by CAMHS and has a safety plan she shares with her "
    "form tutor. She reports no new cuts for six weeks.",
    ["MH-CHILD"],
    [("negated", "'no new cuts' - negation does not remove the ongoing CAMHS work (conv 4)")])

# Z303 - Year 6 NCMP weight result; toddler sibling with speech delay
box("Z303-A-green", "2025-11-05", "Stanholt",
    "Year 6 NCMP letters went out; Aaliyah (10) measured in the very overweight range. "
    "Dad (Imran) phoned the SN team for advice, calm and keen to help. Offered a "
    "healthy weight appointment in school, and Aaliyah wants to try the after-school "
    "netball club. Her little brother Zayn (2) was seen by the HV last month, has no "
    "words yet and has been referred to SALT.",
    ["PH", "EYD"])
box("Z303-A-blue", "2025-11-05", "Stanholt",
    "Dad has downloaded a family healthy eating app and they all walk round the park "
    "after tea most evenings; Mum has switched to smaller plates. Imran mentioned he "
    "works nights at the distribution centre but says money is not a problem.",
    ["PH"],
    [("convention", "night shifts are not FIN (conv 5)"),
     ("negated", "FIN: 'money is not a problem'")])
box("Z303-C-green", "2026-03-10", "Stanholt",
    "Aaliyah goes to netball twice a week and the family are keeping up the evening "
    "walks. Weighed in school, centile slightly down. SN will repeat the check before "
    "she moves up to secondary.",
    ["PH"])

# Z304 - Year 8 boy, poorly controlled asthma, damp bedroom
box("Z304-A-green", "2025-10-14", "Quayside West",
    "Jordan (12) has used his blue inhaler 3-4 times a day this half term and was sent "
    "home wheezy twice. No asthma review since 2023. SN wrote his school asthma plan, "
    "checked his spacer technique and asked Mum (Gemma) to book a review at Moorgate "
    "Surgery.",
    ["PH"])
box("Z304-A-yellow", "2025-10-14", "Quayside West",
    "Gemma says black mould keeps coming back on Jordan's bedroom wall and the window "
    "frames are rotten; the landlord has ignored three messages. With her consent SN "
    "referred to the council's Safer Homes team for an inspection.",
    ["HOUS"],
    [("outside", "landlord is outside the household; the disrepair's effect on the family is HOUS (conv 6)")])
box("Z304-C-yellow", "2026-02-03", "Quayside West",
    "Safer Homes inspected in November and served an improvement notice on the "
    "landlord; new windows went in and the mould was treated in January. Gemma says "
    "the bedroom is dry now and Safer Homes have closed the case.",
    [],
    [("need_met", "HOUS: disrepair fixed, case closed -> historical"),
     ("lookalike", "'notice' served on the landlord is not an eviction notice")])

# Z305 - Year 4 girl, peanut allergy; Mum's anxiety
box("Z305-A-green", "2025-09-22", "Brackenford",
    "Poppy (8) joined St Aldric's CE Primary in September with a severe peanut "
    "allergy and carries two adrenaline auto-injectors. SN trained the staff team and "
    "updated her allergy action plan. Mum mentioned Poppy neglected to take her pens "
    "on a trip at her old school last year; the teacher had spares with her.",
    ["PH"],
    [("lookalike", "'neglected to take her pens' is not SAFE-NEG"),
     ("historical", "forgotten pens on last year's trip")])
box("Z305-A-yellow", "2025-09-22", "Brackenford",
    "Mum (Jade) has had panic attacks and has barely left the house since Poppy's "
    "anaphylaxis in May; GP started her on sertraline in August. Jade asked for "
    "talking therapy and SN helped her self-refer to the Talking Minds service.",
    ["MH-ADULT"],
    [("historical", "Poppy's anaphylaxis in May is a past event; the allergy itself is not described here")])
box("Z305-C-green", "2026-01-28", "Brackenford",
    "Poppy has settled well; allergy plan reviewed with her class teacher, no "
    "reactions this term. Jade is halfway through her Talking Minds sessions and is "
    "doing the school run again.",
    ["PH", "MH-ADULT"],
    [("negated", "'no reactions this term' - allergy and its plan still current, PH present")])

# Z306 - Year 11 boy, vaping then weekend drinking
box("Z306-A-green", "2025-11-12", "Ellerby Marsh",
    "Reece (15) came to the drop-in wanting to stop vaping, says he gets through a "
    "disposable every couple of days. Gave quit tips and details of the youth stop "
    "smoking offer. He also asked 'how much is too much' with alcohol because his "
    "mates drink on Fridays; Reece says he doesn't drink himself.",
    [],
    [("convention", "vaping is not SUB (conv 12)"),
     ("negated", "SUB: Reece says he doesn't drink"),
     ("outside", "friends' drinking is outside the household")])
box("Z306-A-yellow", "2025-11-12", "Ellerby Marsh",
    "Second visit: Reece told SN he has in fact been drinking most weekends, a bottle "
    "of vodka between three of them, and passed out at a party a fortnight ago. He has "
    "had three isolations this term for swearing at staff. Referred with consent to "
    "Compass young people's substance service.",
    ["SUB", "EDU-EXC"])
box("Z306-C-yellow", "2026-03-04", "Ellerby Marsh",
    "Reece did six sessions with Compass and they closed in February. He says he has "
    "the odd drink at family do's now and hasn't been drunk since before Christmas. "
    "No isolations this term.",
    [],
    [("historical", "SUB: Compass work finished, drinking described as over"),
     ("negated", "EDU-EXC: no isolations this term")])

# Z307 - Year 9 girl, missed immunisations, period pain, Monday absences
box("Z307-A-green", "2025-10-08", "Stanholt",
    "Year 9 Td/IPV and MenACWY session: Nadia (14) was away on the geography field "
    "trip, and it turns out she never had her HPV in Year 8 either. Consent form "
    "returned signed. Booked into the community catch-up clinic.",
    ["PH"])
box("Z307-A-yellow", "2025-10-08", "Stanholt",
    "Attendance lead shared that Nadia is on 79% with a run of Mondays off. Mum "
    "(Farida) says she has heavy, painful periods and 'can't face' school on the worst "
    "days. Nadia is now on an attendance support plan with the education welfare "
    "officer, and SN will see her about her periods.",
    ["EDU-ATT", "PH"])
box("Z307-C-green", "2026-02-11", "Stanholt",
    "Nadia had all three vaccines at the November catch-up clinic. GP has prescribed "
    "mefenamic acid for her periods, which she says helps, and she knows she can use "
    "the medical room with a heat pad.",
    ["PH"],
    [("need_met", "immunisations now complete (historical); PH present only via period pain being managed")])

# Z308 - Year 2 boy, head lice, hygiene, hunger passed to DSL
box("Z308-A-green", "2025-11-20", "Quayside West",
    "Class teacher asked SN to see Kacper (6): he has had head lice most of this "
    "term, scratches constantly, and wears the same clothes all week, which smell "
    "strongly. SN rang Dad (Tomasz), who said he hadn't realised the lice were back.",
    ["SAFE-NEG"])
box("Z308-A-yellow", "2025-11-20", "Quayside West",
    "SN passed the concern to the DSL. Kacper also arrives hungry most mornings and "
    "has been taking food from other children's lunchboxes. Dad works agency shifts and "
    "Mum (Ola) is in Poland looking after her own mother until the spring. Quayside "
    "family support worker starting an early help assessment.",
    ["SAFE-NEG"],
    [("convention", "agency shifts are not FIN (conv 5)"),
     ("outside", "Mum caring for her own mother abroad: an adult carer, not CARER, grandmother outside household")])
box("Z308-C-blue", "2026-03-18", "Quayside West",
    "Ola is home again. She and Tomasz do a comb-through every Sunday, there is a "
    "wash rota on the fridge, and Kacper has breakfast at home before the walk to "
    "school.",
    ["SAFE-NEG"],
    [("convention", "blue box: parents now managing hygiene and food -> SAFE-NEG present (conv 3)")])

# ---------------------------------------------------------------------------
# Part 3: cases Z309-Z316
# ---------------------------------------------------------------------------

# Z309 - 16-year-old at college, older boyfriend, CSE screening
box("Z309-A-orange", "2025-12-03", "Brackenford",
    "Amber (16) came to the SN clinic at Hazelmere College asking for emergency "
    "contraception. She said her boyfriend is 24, collects her from college and "
    "bought her a new phone, and she has stayed out overnight twice without telling "
    "Mum. CSE screening tool scored high. College DSL referred to MASH the same day "
    "and police are aware.",
    ["SAFE-EXP", "PH"],
    [("convention", "police aware to safeguard is not CRIME (conv 7)"),
     ("outside", "boyfriend is outside the household; his offending is not CRIME for the family")])
box("Z309-A-green", "2025-12-03", "Brackenford",
    "Amber is on the Level 3 Health and Social Care course, her attendance is 98% and "
    "tutors describe her as a hard worker.",
    [],
    [("good_news", "attendance 98%, no need stated -> no EDU-ATT (conv 3)")])
box("Z309-C-orange", "2026-03-25", "Brackenford",
    "Amber has worked with the Safe Steps exploitation worker since December and has "
    "ended the relationship; the ex-boyfriend is under police investigation. No "
    "missing episodes since December. She stays under the multi-agency exploitation "
    "panel until April.",
    ["SAFE-EXP"],
    [("outside", "ex-boyfriend's police investigation: not CRIME (outside household)"),
     ("historical", "missing episodes none since December (SAFE-EXP present anyway via panel)")])

# Z310 - Year 5 boy awaiting autism assessment, poor sleep
box("Z310-A-green", "2025-09-30", "Ellerby Marsh",
    "Health review requested by the SENCO at Wrenbury Primary. Ollie (9) is on SEN "
    "support and on the waiting list for an autism assessment. Parents (Dan and Priya) "
    "say it takes him two hours to settle at night and he is up for the day at 4am.",
    ["EDU-SEND", "PH"])
box("Z310-A-blue", "2025-09-30", "Ellerby Marsh",
    "While Ollie waits for his autism assessment Priya has joined a local online group "
    "for parents in the same position, and she has made him a picture bedtime routine. "
    "Dan's mum has him overnight on Fridays so they can catch up on sleep.",
    ["EDU-SEND", "PH"],
    [("outside", "paternal grandmother is the family's own network, not a code")])
box("Z310-C-green", "2026-02-18", "Ellerby Marsh",
    "Ollie was diagnosed autistic at the Children's Development Centre in January and "
    "the SENCO is applying for an EHC needs assessment. The paediatrician started "
    "melatonin and he now sleeps roughly 9pm to 6am.",
    ["EDU-SEND", "PH"],
    [("convention", "sleep improved on melatonin = ongoing treatment, PH present (conv 4)")])

# Z311 - Year 7 girl, group-chat bullying and worry
box("Z311-A-green", "2025-10-22", "Stanholt",
    "Year 7 health questionnaire flagged Sophie (11): she ticked 'often' for worrying "
    "and 'sometimes' for being picked on. SNA saw her; girls in her form run a group "
    "chat where they post her photos and mock them. Head of year informed with "
    "Sophie's consent.",
    ["SAFE-EXP", "MH-CHILD"],
    [("outside", "the girls are outside the household but the bullying is Sophie's need -> SAFE-EXP")])
box("Z311-A-blue", "2025-10-22", "Stanholt",
    "Mum (Claire) has set up parental controls and the phone now stays downstairs "
    "overnight. Sophie's cousin in Year 8 meets her at break.",
    ["SAFE-EXP"],
    [("outside", "cousin is outside the household")])
box("Z311-C-green", "2026-01-14", "Stanholt",
    "Head of year dealt with the group chat and Sophie says there have been no unkind "
    "messages since November. She still gets butterflies on Sunday nights and sees "
    "the SNA fortnightly with the worry workbook.",
    ["MH-CHILD"],
    [("historical", "SAFE-EXP: bullying dealt with, none since November")])

# Z312 - Year 8 young carer for Mum with MS
box("Z312-A-yellow", "2025-11-03", "Quayside West",
    "At his Year 8 health review Liam (13) said he helps Mum (Dawn), who has MS, to get "
    "dressed, sorts her tablets and cooks tea most nights. He is often late because he "
    "gets his sister (6) ready first. Referred to Quayside Young Carers with Dawn's "
    "agreement.",
    ["CARER", "PH", "EDU-ATT"])
box("Z312-A-green", "2025-11-03", "Quayside West",
    "Dawn receives PIP. Liam's dad lives in Leeds and has both children every other "
    "weekend; Dawn says they get on fine.",
    [],
    [("convention", "PIP alone is not FIN, PH or CARER (conv 5)"),
     ("negated", "REL-CONF: separated parents 'get on fine'"),
     ("outside", "dad lives elsewhere")])
box("Z312-C-yellow", "2026-03-19", "Quayside West",
    "Liam goes to the young carers club on Tuesdays and went on their residential. "
    "Adult social care started a morning care package for Dawn in February, so Liam no "
    "longer does mornings, though he still cooks most evenings.",
    ["CARER", "PH"],
    [("historical", "morning caring stopped; evening caring continues so CARER present")])

# Z313 - Reception child (4), toileting and speech; sofa-surfing
box("Z313-A-green", "2025-09-25", "Brackenford",
    "Mia (4) in Reception at Millbrook Community Primary is having two or three wee "
    "accidents a day and won't use the school toilets. Her Reception baseline shows "
    "her speech is behind, mostly two- or three-word phrases. SN gave Mum (Kirsty) and "
    "the class TA a toileting plan with a timer; school referring to SALT.",
    ["EYD"],
    [("convention", "under-5 toileting and speech -> EYD, not PH/EDU-SEND (conv 9)")])
box("Z313-A-yellow", "2025-09-25", "Brackenford",
    "Kirsty left her flat in August and she and Mia have been sofa-surfing at Kirsty's "
    "sister's since. She has a Housing Options appointment next week. She said the "
    "health visitor discharged them when Mia was two and she has had no help since.",
    ["HOUS"],
    [("historical", "health visitor discharge years ago")])
box("Z313-C-green", "2026-02-05", "Brackenford",
    "Mia (4) is mostly dry at school now, the odd accident, and still on the toilet "
    "timer. SALT has seen her in class and left targets with the TA.",
    ["EYD"])

# Z314 - Year 9 boy, suspensions; Dad's drinking and DA
box("Z314-A-orange", "2025-10-06", "Ellerby Marsh",
    "SN asked to see Kai (14) after his second suspension this term for fighting; "
    "Thornbury Vale are talking about a managed move. Kai told SN that Dad (Steve) "
    "drinks every night and on Saturday pushed Mum (Rachel) into a door; a neighbour "
    "called the police. Kai said he has never been in trouble with the police himself. "
    "SN informed DSL and a MASH referral was made.",
    ["EDU-EXC", "SUB", "DA"],
    [("negated", "CRIME: Kai never in trouble with police"),
     ("convention", "police call-out for the DA incident is DA only (conv 7)")])
box("Z314-C-orange", "2026-03-02", "Ellerby Marsh",
    "Steve left the home in December and is on bail not to contact Rachel. Rachel is "
    "on the Freedom Programme and has an IDVA. Kai has had no suspensions since the "
    "start of the spring term and the managed move has been shelved.",
    ["DA"],
    [("convention", "bail for the DA is DA only, and Steve is now outside the household (conv 6, 7)"),
     ("negated", "EDU-EXC: no suspensions since spring term, managed move shelved")])
box("Z314-C-yellow", "2026-03-02", "Ellerby Marsh",
    "Kai sees the school counsellor weekly and says home is calmer.",
    ["MH-CHILD"])

# Z315 - Year 3 girl, new type 1 diabetes
box("Z315-A-green", "2025-09-11", "Stanholt",
    "Isla (7) was diagnosed with type 1 diabetes over the summer. The diabetes "
    "specialist nurse and SN trained staff at Ashdown Junior and an individual "
    "healthcare plan is agreed. Isla has a sensor and pump and her TA checks her "
    "readings before lunch. Staff reminded to use soap and water, not alcohol gel, "
    "before any finger-prick check.",
    ["PH"],
    [("lookalike", "'alcohol gel' is not SUB")])
box("Z315-A-blue", "2025-09-11", "Stanholt",
    "Hannah and Rob are in the hospital's diabetes parents' group chat and feel they "
    "are coping well with the pump. Isla's attendance and behaviour are both really "
    "good.",
    ["PH"],
    [("good_news", "attendance and behaviour good, no need -> no EDU-ATT/EDU-EXC")])
box("Z315-C-green", "2026-01-22", "Stanholt",
    "Isla responds to her own sensor alerts with TA backup and her HbA1c was in range "
    "at clinic. Hannah and Rob separated in the autumn and argue about her carb "
    "counting at handovers, in front of her; SN suggested one shared diary between "
    "the two homes.",
    ["PH", "REL-CONF"])

# Z316 - Year 11 girl, restrictive eating
box("Z316-A-orange", "2025-11-26", "Quayside West",
    "A friend told SN she was worried that Grace (16) skips lunch and exercises in the "
    "toilets. SN saw Grace: weight down 6kg since September and her periods have "
    "stopped. Same-day GP review and referral to the CAMHS community eating disorder "
    "service.",
    ["MH-CHILD", "PH"],
    [("outside", "the friend who raised it is outside the household")])
box("Z316-A-green", "2025-11-26", "Quayside West",
    "Grace is predicted 7s and above and is a prefect. Mum (Nicola) says Grace has "
    "always been a perfectionist. Both parents work full time and Nicola says money "
    "isn't an issue.",
    [],
    [("good_news", "strong grades, prefect: no education need"),
     ("negated", "FIN: money isn't an issue")])
box("Z316-C-orange", "2026-04-15", "Quayside West",
    "Grace is open to the eating disorder team for weekly family-based treatment and "
    "has put back on 4kg, still below her target weight. Her periods have come back. "
    "She is sitting her GCSEs with a quiet room for breaks.",
    ["MH-CHILD", "PH"],
    [("historical", "periods have returned")])

# ---------------------------------------------------------------------------
# Part 4: cases Z317-Z324
# ---------------------------------------------------------------------------

# Z317 - Year 6 boy, soiling/constipation, name-calling, absences
box("Z317-A-green", "2025-10-29", "Brackenford",
    "Harvey (10) is soiling at school two or three times a week. Mum (Toni) says he is "
    "constipated and holds on. GP prescribed Movicol but Toni stopped it because she "
    "thought it made things worse. SN explained the clear-out regime and wrote to the "
    "GP asking for a review.",
    ["PH"],
    [("lookalike", "'stopped' refers to the medicine, the soiling is current")])
box("Z317-A-yellow", "2025-10-29", "Brackenford",
    "Boys in Harvey's class have been calling him 'stinky' and he has refused to go "
    "in on six days since September. At home he lashes out at Toni, kicking and "
    "throwing shoes, whenever the toilet is mentioned. School have asked the early "
    "help team for a family support worker.",
    ["SAFE-EXP", "EDU-ATT", "REL-PAR"],
    [("outside", "classmates outside household, but bullying is Harvey's need -> SAFE-EXP"),
     ("convention", "child-to-parent violence is REL-PAR, not DA (conv 8)")])
box("Z317-C-yellow", "2026-02-24", "Brackenford",
    "The FSW did six weeks of work with Toni on a morning plan and closed in January; "
    "Harvey's attendance is 96% this term. The name-calling stopped after circle time "
    "work in class.",
    [],
    [("need_met", "EDU-ATT: attendance back up, FSW closed"),
     ("historical", "SAFE-EXP: name-calling stopped")])

# Z318 - Year 8 girl, period poverty; UC sanction, food bank
box("Z318-A-green", "2025-12-10", "Ellerby Marsh",
    "Chloe (13) asked SN for period products; she has been using toilet roll because "
    "Mum can't afford pads this month. Gave her a pack from the school scheme and "
    "showed her where to pick them up discreetly.",
    ["FIN"])
box("Z318-A-yellow", "2025-12-10", "Ellerby Marsh",
    "Mum (Leanne) told pastoral she has been using the Trinity food bank since her "
    "Universal Credit was sanctioned in November and is behind on the electric key "
    "meter. She says the children never go without tea. Referred to Citizens Advice "
    "Ellerby for help challenging the sanction.",
    ["FIN"],
    [("negated", "SAFE-NEG: children never go without tea (conv 10: food bank is FIN)")])
box("Z318-C-blue", "2026-03-12", "Ellerby Marsh",
    "Leanne keeps the Household Support Fund number on the fridge in case money gets "
    "tight again, and Chloe knows she can ask at the school office for products.",
    [],
    [("hypothetical", "FIN: 'in case money gets tight again' / 'knows she can ask'")])

# Z319 - Year 2 boy, eczema, missed appointments; Mum low after bereavement
box("Z319-A-green", "2025-11-17", "Stanholt",
    "Teacher worried about Zac (6)'s eczema: the skin on his hands is cracked and "
    "bleeding and he says it stings. No cream kept in school. Mum (Stacey) missed his "
    "dermatology appointment in October and the dental check letter came back as not "
    "attended.",
    ["PH"])
box("Z319-A-yellow", "2025-11-17", "Stanholt",
    "Stacey says she has been very low since her own mum died in the summer and can't "
    "face phone calls; she is also behind with her council tax. Referred to Stanholt "
    "Family Hub for a family support worker, and she agreed to see her GP about her "
    "mood.",
    ["MH-ADULT", "FIN"],
    [("outside", "grandmother's death: she was outside the household, not a PH code")])
box("Z319-C-green", "2026-03-05", "Stanholt",
    "Zac was seen by dermatology in January and has a new emollient and steroid plan; "
    "school keeps a tub in class and his hands are much better. Dental check done, "
    "two fillings booked.",
    ["PH"])

# Z320 - 17-year-old left college, low mood
box("Z320-A-yellow", "2025-11-06", "Quayside West",
    "Ethan (17) stopped going to Hazelmere College in October and has withdrawn from "
    "his A levels. He isn't working and stays in his room gaming most of the day; he "
    "and Mum (Julie) argue every morning about him getting up. He told the college "
    "nurse he feels 'pointless'. Referred to the Pathways youth employment adviser.",
    ["EDU-NEET", "MH-CHILD", "REL-PAR"],
    [("convention", "16+ NEET is EDU-NEET only, no FIN (conv 11)")])
box("Z320-C-yellow", "2026-04-01", "Quayside West",
    "Ethan started a Level 2 construction course at Quayside Skills Centre in January "
    "and goes four days a week; Pathways have closed.",
    [],
    [("need_met", "EDU-NEET: now in education")])
box("Z320-C-green", "2026-04-01", "Quayside West",
    "Ethan is still on sertraline from the GP and rates his mood 7 out of 10. "
    "Stepdad Craig now works shifts at the port. CAMHS not needed.",
    ["MH-CHILD"],
    [("convention", "working shifts is not FIN (conv 5)"),
     ("negated", "'CAMHS not needed' - MH-CHILD is present from the sertraline, not from CAMHS")])

# Z321 - Year 4 girl, late-night tablet use, tiredness
box("Z321-A-green", "2026-01-12", "Brackenford",
    "Health review at Mum's request. Lily-Mae (8) has been falling asleep in class and "
    "yawning through the mornings; she told the SNA she watches videos on her tablet "
    "in bed until late. Sleep diary sent home.",
    ["PH"])
box("Z321-A-blue", "2026-01-12", "Brackenford",
    "Mum (Becky) has agreed to charge the tablet in the kitchen overnight and has "
    "started a bath-and-story wind-down. Dad works nights so Becky does bedtime on her "
    "own, which she says is fine.",
    ["PH"],
    [("convention", "night work is not FIN (conv 5)")])
box("Z321-C-green", "2026-04-20", "Brackenford",
    "Lily-Mae is sticking to the wind-down routine, the tablet stays in the kitchen and "
    "she is asleep by 8.30 most nights.",
    ["PH"],
    [("convention", "green box: sleep routine now being managed -> PH present (conv 3)")])

# Z322 - Year 8 girl discloses DA at drop-in
box("Z322-A-orange", "2026-01-21", "Ellerby Marsh",
    "At drop-in Mollie (12) asked to talk privately and said she didn't want to go home as "
    "Mum's partner Gary 'goes mad'; last night he smashed Mum's phone and grabbed her "
    "by the throat. SN followed safeguarding procedures and the DSL made a MASH "
    "referral. Police went to the house that evening and Gary was arrested.",
    ["DA"],
    [("convention", "arrest for the DV is DA only, not CRIME (conv 7)")])
box("Z322-C-orange", "2026-04-29", "Ellerby Marsh",
    "Discussed at MARAC in February. Gary is on bail conditions not to come to the "
    "address. Mum (Kerry) is working with the IDVA, and Mollie is on the waiting list "
    "for a group for children affected by domestic abuse.",
    ["DA"])
box("Z322-C-green", "2026-04-29", "Ellerby Marsh",
    "Mollie drops in once a month to talk about her worries and says she is sleeping "
    "better now Gary has gone.",
    ["MH-CHILD"],
    [("historical", "sleep improved; Gary gone (no DA or PH in this box)")])

# Z323 - Year 5 boy with epilepsy
box("Z323-A-green", "2026-02-02", "Stanholt",
    "Noah (9) has epilepsy and takes sodium valproate. Two seizures in school this "
    "term, both under three minutes. SN updated his care plan and trained six staff in "
    "buccal midazolam. Mum says she gives him his drugs morning and night without any "
    "bother.",
    ["PH"],
    [("lookalike", "'drugs' are his prescribed epilepsy medicine, not SUB")])
box("Z323-A-blue", "2026-02-02", "Stanholt",
    "Mum (Sarah) uses a seizure diary app and an epilepsy charity forum. Noah's "
    "brother Ben (15) knows what to do if Noah fits at home, but Mum says Ben doesn't "
    "do any caring for him.",
    ["PH"],
    [("negated", "CARER: Ben does no caring"),
     ("hypothetical", "'if Noah fits at home'")])
box("Z323-C-green", "2026-05-14", "Stanholt",
    "No seizures in school since February. Care plan reviewed, medication unchanged.",
    ["PH"],
    [("negated", "'no seizures' - epilepsy and its medication still current, PH present")])

# Z324 - Year 9 boy, criminal exploitation
box("Z324-A-orange", "2025-10-20", "Quayside West",
    "SN saw Mason (14) after staff found bags of cannabis and £300 in cash in his "
    "locker. He says older lads from the estate 'look after him'. He went missing "
    "overnight twice in September and was found by police. MASH referral made, NRM "
    "being considered, and YOS informed after his police interview.",
    ["SAFE-EXP", "CRIME"],
    [("convention", "drugs found on an exploited child: SAFE-EXP + CRIME, not SUB (conv 12)"),
     ("outside", "the older lads are outside the household; their effect is SAFE-EXP")])
box("Z324-A-yellow", "2025-10-20", "Quayside West",
    "Mason says he doesn't use cannabis himself and a GP urine screen was clear. Mum "
    "(Angela) has joined a support group for parents of exploited children.",
    ["SAFE-EXP"],
    [("negated", "SUB: denies use, screen clear")])
box("Z324-C-orange", "2026-02-16", "Quayside West",
    "Mason was permanently excluded in December and now attends the pupil referral "
    "unit on a part-time timetable. He is on a referral order with YOS for possession "
    "with intent to supply, and the exploitation worker sees him weekly. One missing "
    "episode in January; he came home by himself the next morning.",
    ["EDU-EXC", "EDU-ATT", "CRIME", "SAFE-EXP"])

# ---------------------------------------------------------------------------
# Part 5: cases Z325-Z330
# ---------------------------------------------------------------------------

# Z325 - Year 10 girl, deaf with cochlear implants (assessment only)
box("Z325-A-green", "2026-01-08", "Brackenford",
    "Annual health review for Freya (14), who is profoundly deaf with cochlear "
    "implants and has an EHCP at Larkhill Academy; the Teacher of the Deaf visits each "
    "half term. Freya asked about periods and contraception and SN went through both "
    "with her using visual resources.",
    ["EDU-SEND", "PH"])
box("Z325-A-blue", "2026-01-08", "Brackenford",
    "Freya's parents are both Deaf and get support from the local Deaf club; they book "
    "and take her to her audiology appointments themselves.",
    ["PH"],
    [("convention", "blue box: family managing audiology follow-up -> PH present (conv 3)")])

# Z326 - Year 3 boy, speech sound difficulties
box("Z326-A-green", "2025-10-01", "Ellerby Marsh",
    "Rhys (7) is hard to understand and his teacher says his speech sounds like a much "
    "younger child's. He passed the school entry hearing screen in Reception. The "
    "SENCO has put him on SEN support and referred him to SALT.",
    ["EDU-SEND"],
    [("convention", "speech for a school-age child is EDU-SEND, not EYD (conv 9)"),
     ("negated", "PH: hearing screen passed")])
box("Z326-A-blue", "2025-10-01", "Ellerby Marsh",
    "Dad (Gareth) practises the SALT sound cards with Rhys at bedtime. Rhys's brother "
    "Owen (3) has just started his funded hours at Bumblebee Nursery and loves it.",
    ["EDU-SEND"],
    [("good_news", "EYD: sibling's nursery take-up, no need stated")])
box("Z326-C-green", "2026-03-16", "Ellerby Marsh",
    "The SALT block finished in February and Rhys is much clearer. The SENCO is "
    "keeping him on SEN support for another term.",
    ["EDU-SEND"],
    [("historical", "SALT block finished; SEN support continues so EDU-SEND present")])

# Z327 - Year 6 girl, parents' separation rows, transition worries
box("Z327-A-green", "2026-02-09", "Stanholt",
    "Class teacher referred Ava (11) to SN because she has been crying in lessons. Her "
    "parents separated at Christmas and Ava says they row about arrangements on the "
    "doorstep at handover. SN offered three wellbeing sessions and both parents have "
    "agreed to try Stanholt Family Mediation.",
    ["MH-CHILD", "REL-CONF"])
box("Z327-C-yellow", "2026-05-20", "Stanholt",
    "Mediation finished in April with a written child arrangements plan, and "
    "handovers now happen at Gran's house without any arguments.",
    [],
    [("need_met", "REL-CONF: mediation finished, arguments over (yellow box, conv 3 managing rule does not apply)"),
     ("outside", "Gran's house - outside the household")])
box("Z327-C-green", "2026-05-20", "Stanholt",
    "Ava is more settled and her transition visits to Copperfield High went well. SN is "
    "passing her wellbeing notes to the secondary team as she still worries a lot "
    "about change.",
    ["MH-CHILD"])

# Z328 - Year 9 girl asking about alcohol; adult brother using ketamine
box("Z328-A-green", "2025-12-15", "Quayside West",
    "Jess (14) came to drop-in before the holidays asking what to do if someone at a "
    "party drinks too much. She says she doesn't drink and her parents hardly do. SN "
    "went through the recovery position and when to ring 999.",
    [],
    [("hypothetical", "SUB: 'what to do if someone drinks too much'"),
     ("negated", "SUB: Jess doesn't drink, parents hardly do")])
box("Z328-A-yellow", "2025-12-15", "Quayside West",
    "Jess also told SN that her brother Callum (19), who lives at home and hasn't "
    "worked since his apprenticeship ended in the summer, has been using ketamine most "
    "weekends and ended up in A&E in November. Mum (Michelle) has asked the Compass "
    "adult service for advice.",
    ["SUB", "EDU-NEET"],
    [("convention", "Callum lives at home, so his use is the household's SUB; 19 and not working -> EDU-NEET")])
box("Z328-C-green", "2026-03-30", "Quayside West",
    "Jess asked about the HPV vaccine as she was off ill when her year had it; booked "
    "into the catch-up clinic in April. She mentioned Callum now goes to Compass every "
    "week.",
    ["PH", "SUB"],
    [("convention", "ongoing drug service codes SUB (conv 4)")])

# Z329 - Year 1 boy (5) soiling; widowed Dad's anxiety
box("Z329-A-green", "2026-01-26", "Brackenford",
    "Leo (5) in Year 1 at Millbrook still wears pull-ups in school because of soiling, "
    "though he is dry for wees. SN did a continence assessment and referred him to the "
    "Bladder and Bowel service at Brackenford Health Centre.",
    ["PH"],
    [("convention", "school-age continence -> PH, not EYD (conv 9)")])
box("Z329-A-yellow", "2026-01-26", "Brackenford",
    "Dad (Marcus) has been Leo's sole carer since Mum died in 2024 and says his "
    "anxiety is 'through the roof'. He is seeing a wellbeing worker at the Carers Hub.",
    ["MH-ADULT"],
    [("lookalike", "'sole carer' / Carers Hub is a parent carer, not CARER (conv 12)"),
     ("historical", "Mum's death in 2024")])
box("Z329-C-green", "2026-05-11", "Brackenford",
    "Leo is out of pull-ups and uses the toilet at school on a timed routine, with an "
    "occasional accident.",
    ["PH"])

# Z330 - family evicted to B&B, lateness, dental pain
box("Z330-A-orange", "2025-11-24", "Ellerby Marsh",
    "Mum (Aisha), Yusuf (15) and 8-year-old twins were evicted from their private let "
    "in October after a section 21 and are in one room at the Brookside B&B, four miles "
    "from school. Yusuf has toothache and they haven't been able to register with a "
    "dentist. Housing needs officer involved and a TAF meeting set up.",
    ["HOUS", "PH"])
box("Z330-A-yellow", "2025-11-24", "Ellerby Marsh",
    "Yusuf is late most days because it is two buses from the B&B; attendance 84%. "
    "Aisha can't afford bus fares for all three children until the housing element of "
    "her UC is sorted.",
    ["EDU-ATT", "FIN"])
box("Z330-C-green", "2026-03-23", "Ellerby Marsh",
    "The family moved into a three-bed council house in February and Yusuf walks to "
    "school now. Attendance is 93% this term, still under the school's target, so the "
    "attendance lead meets him fortnightly.",
    ["EDU-ATT"],
    [("need_met", "HOUS: rehoused in a council house")])

# ---------------------------------------------------------------------------
# Part 6: unboxed case notes (level column empty; gold level from the highest
# level cue in the text, taxonomy convention 2)
# ---------------------------------------------------------------------------

note("ZN01", "assessment", "2025-10-15", "Stanholt", "green",
     "Phone call with Dad about Archie (10), who has been getting headaches after "
     "school. The optician found he needs glasses, which are on order. GP said to go "
     "back if the headaches carry on once he has them. School nurse will check in with "
     "Archie in six weeks.",
     ["PH"],
     [("hypothetical", "'go back if the headaches carry on'"),
      ("convention", "cues: GP, school nurse -> green")])
note("ZN02", "assessment", "2025-12-01", "Quayside West", "yellow",
     "Joint home visit with the Quayside Young Carers worker. Maisie (12) does the "
     "shopping and most of the cooking because Mum has long COVID and spends most days "
     "in bed. Maisie says she is tired in lessons. Young carers assessment completed.",
     ["CARER", "PH"],
     [("convention", "cue: young carers service -> yellow")])
note("ZN03", "assessment", "2026-02-23", "Ellerby Marsh", "orange",
     "Police schools officer rang: Cody (15) was arrested on Saturday for criminal "
     "damage at the bus station while drunk. At the SN check-in Cody said he'd had 'a "
     "few cans' and that he drinks in the park with friends most weekends.",
     ["CRIME", "SUB"],
     [("outside", "friends drinking with him are outside the household; Cody's own drinking is SUB"),
      ("convention", "cue: arrest -> orange")])
note("ZN04", "assessment", "2026-03-09", "Brackenford", "red",
     "SN attended the initial child protection conference for the Bennett children; "
     "Skye (9) and Jayden (6) are now subject to CP plans under the category of neglect. "
     "Their dental and optician checks were missed in 2024 but have all been done since "
     "September. SN to complete health assessments for the core group.",
     ["SAFE-NEG"],
     [("historical", "PH: missed dental/optician checks in 2024, all done since"),
      ("convention", "cue: ICPC / CP plan -> red")])
note("ZN05", "closure", "2026-01-30", "Stanholt", "blue",
     "Mum rang back to say she has been using the bedwetting leaflets from the ERIC "
     "website and Grandad bought a mattress protector. Ellis (6) was wet two nights this "
     "week, down from every night. She doesn't want a clinic referral for now and will "
     "ring again if it stops improving.",
     ["PH"],
     [("hypothetical", "'will ring again if it stops improving'"),
      ("convention", "cue: information the family acts on, own network -> blue; school-age bedwetting -> PH (conv 9)")])
note("ZN06", "assessment", "2025-11-19", "Brackenford", "green",
     "Sixth form drop-in: Ruby (16) asked about hay fever, which wipes her out every "
     "summer term; SN advised a daily antihistamine and seeing her GP before exams. She "
     "also registered for the C-card and says her boyfriend is in her year and there is "
     "no pressure from him.",
     ["PH"],
     [("negated", "SAFE-EXP: peer-age boyfriend, no pressure"),
      ("convention", "cues: SN, GP -> green")])
note("ZN07", "assessment", "2026-02-12", "Quayside West", "yellow",
     "Mum has booked onto the 'Calmer Evenings' parenting course at Quayside Family "
     "Hub. Finley (7) refuses to go to bed and kicks and hits her when she tells him it "
     "is bedtime.",
     ["REL-PAR"],
     [("convention", "child-to-parent violence is REL-PAR, not DA (conv 8); cue: parenting course -> yellow")])

# ---------------------------------------------------------------------------
# Part 7: write the files
# ---------------------------------------------------------------------------

def main():
    ids = [n["narrative_id"] for n in NARR]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    for n in NARR:
        assert all(c in CODES for c in n["codes"]), n["narrative_id"]
        assert len(n["codes"]) == len(set(n["codes"])), n["narrative_id"]

    cols = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
            "locality", "narrative"]
    with open(os.path.join(OUT, "narratives.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(cols)
        for n in NARR:
            w.writerow([n[c] for c in cols])

    with open(os.path.join(OUT, "gold.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for n in NARR:
            for c in n["codes"]:
                w.writerow([n["narrative_id"], c, n["gold_level"]])

    traps = []
    for n in NARR:
        traps.append({
            "narrative_id": n["narrative_id"],
            "gold_codes": n["codes"],
            "gold_level": n["gold_level"],
            "has_trap": bool(n["traps"]),
            "traps": [{"kind": k, "note": t} for k, t in n["traps"]],
        })
    with open(os.path.join(OUT, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")

    # summary
    from collections import Counter
    per_code = Counter(c for n in NARR for c in n["codes"])
    kinds = Counter(k for n in NARR for k, _ in n["traps"])
    boxed = sum(1 for n in NARR if n["level"])
    print("narratives", len(NARR), "boxed", boxed, "unboxed", len(NARR) - boxed)
    print("cases", len({n["case_id"] for n in NARR if n["level"]}),
          "triages", len({n["triage_id"] for n in NARR if n["level"]}))
    print("gold rows", sum(per_code.values()))
    print("no-code narratives", sum(1 for n in NARR if not n["codes"]))
    print("narratives with a trap", sum(1 for n in NARR if n["traps"]))
    print("per code", dict(sorted(per_code.items())))
    print("trap kinds", dict(sorted(kinds.items())))
    print("box levels", dict(Counter(n["level"] or "(none)" for n in NARR)))


if __name__ == "__main__":
    main()
