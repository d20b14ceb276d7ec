#!/usr/bin/env python3
"""Build the Q held-out gold set (kinship carers and fathers).

Writes narratives.csv, gold.csv and traps.json next to this file.
Every narrative, its gold codes and its trap notes are held here.
python3 stdlib only.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Boxed narratives. One entry per case: (case_id, locality, triages)
# triage = (stage_letter, date, boxes); box = (level, text, codes, traps)
# A boxed narrative's gold codes all take the box's level.
# ---------------------------------------------------------------------------
CASES = [
    ("Q001", "Hollinbrook", [
        ("A", "2025-03-10", [
            ("blue",
             "Pauline and Derek Hartley (maternal grandparents) have had Kai and Mia under an SGO since 2023. "
             "Their daughter Leanne, the children's mum, used heroin when the kids were small but has been clean "
             "for over two years, lives in Fenby and works at a bakery. Derek's brother picks Kai up from school "
             "on Tuesdays.",
             [],
             ["historical: birth mum Leanne's heroin use is over (clean 2+ years)",
              "experiencer: Leanne lives outside the household, so no SUB even if current",
              "no gold: SGO and a relative doing the school run are not issues"]),
            ("green",
             "Mia (4) does 30 hrs at Little Acorns nursery; her keyworker says she is only using single words and "
             "is still wet in the day. Nan (Pauline) has COPD, sees the practice nurse every three months and is "
             "on two inhalers, which she manages fine.",
             ["EYD", "PH"],
             ["experiencer: PH is the grandmother's (a household carer), still coded",
              "now-managing: Pauline's COPD managed in a green box counts as present"]),
            ("yellow",
             "Kai (8) has been wetting the bed most nights since Christmas. He gets very upset after his phone calls "
             "with Leanne and has told his class teacher he thinks it is his fault he can't live with his mum. "
             "EHW to do life-story work with Kai and his grandparents.",
             ["PH", "MH-CHILD"],
             []),
            ("orange",
             "Since the children came the grandparents' two-bed flat is overcrowded. Derek's pension credit was "
             "stopped in the autumn, they owe the housing association £1,450 in rent and a possession notice was "
             "served on 24 Feb.",
             ["HOUS", "FIN"],
             []),
        ]),
        ("C", "2025-07-14", [
            ("blue",
             "Derek has agreed a repayment plan with the housing association and £25 a week now comes off "
             "the rent debt. The housing officer says the tenancy would only be at risk if the payments stopped. "
             "Pauline now goes to a kinship carers' coffee morning at the church hall.",
             ["FIN"],
             ["now-managing: paying off arrears in a blue box is FIN present",
              "hypothetical: tenancy at risk only if payments stop, so no HOUS",
              "convention 12: 'kinship carers' is not CARER"]),
            ("green",
             "Mia now puts short sentences together and is dry during the day. Nursery are keeping her in their "
             "small language group until she starts Reception at Linthwaite Primary in September.",
             ["EYD"],
             []),
            ("yellow",
             "N/A - life-story work finished. Kai's night-time wetting stopped in May and he seems more settled. "
             "Pauline wonders whether it might start again once Leanne's visits restart.",
             [],
             ["historical: wetting stopped in May",
              "hypothetical: carer's worry that it might come back is not a current issue",
              "no gold"]),
        ]),
    ]),
    ("Q002", "Sedgeley", [
        ("A", "2025-01-20", [
            ("green",
             "Tobi (6) has seen the school nurse because his weight is over the 98th centile and Dad (Jamal) has "
             "started her healthy-eating sessions. The children's mum, Shanice, drinks heavily but lives in "
             "Hexley with her sister and sees the children every other Saturday.",
             ["PH"],
             ["experiencer: mum's drinking is outside the household, no SUB"]),
            ("yellow",
             "Jamal (38) has a prolapsed disc and cannot lift or drive. Amara (13) cooks most nights and walks "
             "Tobi to his school before going to hers, so she has been late for registration 14 times since September. "
             "Referral made to Hexley Young Carers.",
             ["PH", "CARER", "EDU-ATT"],
             []),
            ("orange",
             "Jamal gave up his warehouse job to look after the children. His Universal Credit has been sanctioned "
             "twice for missed appointments, he is £780 behind on council tax and has had a liability order. "
             "Family using the Hope Street food bank every week.",
             ["FIN"],
             []),
        ]),
        ("C", "2025-06-30", [
            ("blue",
             "Jamal and Shanice still don't see eye to eye about the summer holidays, but they now sort contact "
             "out between themselves on a co-parenting app and handovers have been calm.",
             ["REL-CONF"],
             ["now-managing: contact disagreement being handled by the parents themselves in a blue box is present"]),
            ("green",
             "Amara still runs late on Mondays, but her punctuality is much better since she got a breakfast club "
             "place. Tobi is still above a healthy weight and the school nurse weighs him each term.",
             ["EDU-ATT", "PH"],
             []),
            ("yellow",
             "Jamal's back has not improved and he is waiting for surgery. Amara carries on going to the young "
             "carers group on Thursday evenings.",
             ["PH", "CARER"],
             []),
        ]),
    ]),
    ("Q003", "Tarnside", [
        ("A", "2025-02-11", [
            ("green",
             "Donna (Reece's aunt) has her own daughter, Freya (10), who has asthma; the GP reviewed her last "
             "month and her inhalers are in date.",
             ["PH"],
             []),
            ("yellow",
             "Donna started sertraline for low mood after Reece came to live with her and says she cries most "
             "evenings; she has self-referred to Talking Therapies. Reece's mum, Gemma (Donna's sister), died of "
             "an overdose in 2022.",
             ["MH-ADULT"],
             ["historical/experiencer: birth mum's overdose was in 2022 and she was never in this household, no SUB"]),
            ("orange",
             "Reece (15) had a five-day suspension from Brackenfield Academy in January for fighting and is on a "
             "behaviour contract. He smokes cannabis every day and staff found some in his bag. Police have spoken "
             "to him about ASB at the skate park. Donna smokes roll-ups.",
             ["EDU-EXC", "SUB", "CRIME"],
             ["convention 12: cannabis is SUB, the aunt's tobacco is not",
              "convention 1/12: no exploitation in this box (it is in the red box), so the cannabis is SUB"]),
            ("red",
             "Strategy meeting held 6 Feb after Reece was found in a flat in Hexley with older men and £300 he "
             "could not account for; s47 enquiries under way for criminal exploitation. He went missing for two "
             "nights in January.",
             ["SAFE-EXP"],
             []),
        ]),
        ("C", "2025-07-16", [
            ("green",
             "Reece is going to Brackenfield full time and has not been suspended again since March. "
             "He has joined the school's mentoring scheme.",
             [],
             ["historical: not suspended again since March (convention 3)",
              "good news only: full-time attendance is not coded",
              "no gold"]),
            ("yellow",
             "Donna is still having sessions with Talking Therapies and says her mood is lifting. Five of them "
             "are still living in the two-bed flat; the family is on the housing register in band B.",
             ["MH-ADULT", "HOUS"],
             []),
            ("orange",
             "Reece is still working with the youth offending service on a referral order for criminal damage at the "
             "skate park. He says he has cut down but still smokes weed at weekends.",
             ["CRIME", "SUB"],
             []),
        ]),
    ]),
    ("Q004", "Hollinbrook", [
        ("A", "2025-04-07", [
            ("yellow",
             "Leah (14) has lived with her best friend's family, Mark and Julie Brennan, since her dad Tony took a "
             "job in Spain in February; private fostering notification made. Julie says Leah is often tearful at "
             "night and has stopped going out with her friends.",
             ["MH-CHILD"],
             ["convention 12: private foster carers are not CARER"]),
            ("orange",
             "Leah told the school counsellor she has been cutting her arms; referred to CAMHS, first appointment "
             "2 May. A man she got talking to on Snapchat has been asking her to send him photos.",
             ["MH-CHILD", "SAFE-EXP"],
             []),
            ("red",
             "None at present. Tony video-calls Leah every day and has given the Brennans written consent for "
             "medical treatment. To be reconsidered should the arrangement break down.",
             [],
             ["no gold: red box with nothing at red level",
              "hypothetical: 'should the arrangement break down'"]),
        ]),
        ("C", "2025-10-06", [
            ("blue",
             "Leah has blocked the Snapchat contact, and she and Julie went through her privacy settings "
             "together. She knows how to make a report to CEOP.",
             ["SAFE-EXP"],
             ["now-managing: online safety being handled in a blue box is present"]),
            ("green",
             "Tony moved back from Spain in September and Leah is living at home with him again. Tony says he "
             "was drinking too much while he was out there but has not touched alcohol since July. Leah is in "
             "Year 10 at Moorgate High and doing well.",
             [],
             ["historical: dad's drinking ended in July",
              "good news only: doing well at school",
              "no gold"]),
            ("yellow",
             "Leah still sees her CAMHS practitioner every fortnight for low mood. She has not cut herself since "
             "June.",
             ["MH-CHILD"],
             ["historical: past self-harm, but ongoing CAMHS keeps MH-CHILD present"]),
        ]),
    ]),
    ("Q005", "Sedgeley", [
        ("A", "2025-05-12", [
            ("blue",
             "Kirsty and Lewis (Ellie's parents) still can't be in the same room without rowing, so Lewis's "
             "parents have offered to do the midweek handovers at their house.",
             ["REL-CONF"],
             []),
            ("green",
             "Ellie (7) is on SEN support at St Aldric's Primary and the SENCO has put her on the waiting list "
             "for an ADHD assessment. Aaron, Ellie's stepdad at Kirsty's house, has epilepsy and has been "
             "seizure-free for a year on his tablets.",
             ["EDU-SEND", "PH"],
             ["experiencer: stepdad lives in one of Ellie's two households, PH coded",
              "now-managing: controlled epilepsy on medication in a green box is present"]),
            ("yellow",
             "Kirsty and Lewis are back in court over the school holidays and Lewis has applied to vary the "
             "arrangement; their daily messages to each other nearly always end in an argument. Ellie has told her teacher she "
             "gets anxious and cries before changeover days. Referred to family mediation.",
             ["REL-CONF", "MH-CHILD"],
             []),
            ("orange",
             "Police were called to Lewis's flat on 3 May after his partner, Nadia, said he had pushed her into a "
             "wall during an argument; Lewis was arrested and bailed. Ellie was at her mum's that weekend.",
             ["DA"],
             ["convention 7: arrest for assaulting his partner is DA only, not CRIME",
              "convention 8: the argument is part of the abuse, so no REL-CONF",
              "experiencer: the child was not present but it is her father's household"]),
        ]),
        ("C", "2025-11-03", [
            ("green",
             "Ellie has now been diagnosed with ADHD and the school has her on SEN support with movement breaks.",
             ["EDU-SEND"],
             []),
            ("yellow",
             "Mediation broke down after two sessions. The holiday dispute is listed for a final hearing in "
             "January 2026 and Kirsty and Lewis only communicate through their solicitors.",
             ["REL-CONF"],
             []),
            ("orange",
             "Nadia moved out of Lewis's flat in August and they have had no contact since; the police closed the "
             "investigation with no further action. To be revisited should Nadia move back in.",
             [],
             ["historical: the abusive relationship has ended",
              "hypothetical: 'should Nadia move back in'",
              "no gold"]),
        ]),
    ]),
    ("Q006", "Tarnside", [
        ("A", "2025-06-02", [
            ("green",
             "Rosie (18 months) missed her one-year jabs while she was with her mum and still hasn't had them; "
             "Grandad (Keith) has booked them with the practice nurse. Rosie is not walking yet and the HV will "
             "look at this at the two-year check.",
             ["PH", "EYD"],
             ["historical-looking: jabs missed in the past but still outstanding, PH present"]),
            ("yellow",
             "Keith was alcohol dependent in the 1990s and has been sober for 25 years. His partner Maureen "
             "(Rosie's step-nan) has arthritis in both knees and can't manage the stairs carrying Rosie, so the "
             "cot has been moved downstairs.",
             ["PH"],
             ["historical: grandad's drinking ended 25 years ago, no SUB",
              "experiencer: step-grandmother is a household carer, PH coded"]),
            ("red",
             "Rosie is looked after under s20 and placed with Keith and Maureen as connected carers. PLO started "
             "with her mum, Tasha, who is using crack cocaine and has missed contact for three weeks. Rosie is "
             "still under the dietitian as her weight is below the 2nd centile.",
             ["PH"],
             ["experiencer: birth mum's crack use is outside the household, no SUB"]),
        ]),
        ("C", "2026-01-12", [
            ("blue",
             "Keith and Maureen go to the kinship carers' support group once a month and a friend babysits so "
             "they can have a night off.",
             [],
             ["convention 12: kinship carers are not CARER",
              "no gold: own network, no need stated"]),
            ("green",
             "Rosie (2) has about ten words, which the HV says is behind for her age; she has started at "
             "Bumblebees nursery two mornings a week to help her talking. The dietitian discharged her in "
             "November and her immunisations are up to date.",
             ["EYD"],
             ["historical: weight and jabs resolved, no PH"]),
            ("yellow",
             "Maureen is on the waiting list for a knee replacement; an occupational therapist has fitted a "
             "second stair rail.",
             ["PH"],
             []),
        ]),
    ]),
    ("Q007", "Hollinbrook", [
        ("A", "2025-11-17", [
            ("green",
             "Poppy (3) has just started at Bramble Lane nursery for her funded hours. Staff say she mostly points and "
             "has only a handful of words, and they are doing a language screen.",
             ["EYD"],
             []),
            ("yellow",
             "Alfie (10) has an EHCP for autism and has only managed mornings on a part-time timetable since "
             "October half term. EHW to meet the SENCO about building his hours back up.",
             ["EDU-SEND", "EDU-ATT"],
             []),
            ("orange",
             "Dad (Gareth) has panic attacks and is signed off work with anxiety; his GP has referred him to the "
             "community mental health team. The children's mum, Zoe, is serving a sentence in HMP Eastwood until "
             "2027 and Gareth takes the children to visit her once a month.",
             ["MH-ADULT"],
             ["experiencer: mum's offending is outside the household, no CRIME",
              "convention 5: being signed off work is not FIN by itself"]),
        ]),
        ("C", "2026-03-02", [
            ("blue",
             "Gareth uses the breathing techniques from his mental health team sessions when he feels a panic "
             "coming on, and he has joined a dads' walking group.",
             ["MH-ADULT"],
             []),
            ("green",
             "Alfie is back at Hawthorn Primary full time with a quiet room at lunchtimes, and his EHCP has "
             "been amended at the annual review.",
             ["EDU-SEND"],
             []),
            ("yellow",
             "Poppy has been referred to speech and language therapy and is on the waiting list.",
             ["EYD"],
             []),
        ]),
    ]),
    ("Q008", "Sedgeley", [
        ("A", "2025-03-24", [
            ("blue",
             "Becky says the children's dad, Sean, has been sober since his rehab in 2021 and has Isla and Harvey "
             "every other weekend with no problems.",
             [],
             ["historical: dad's drinking ended in 2021",
              "experiencer: dad lives in another household",
              "no gold"]),
            ("yellow",
             "Becky's partner Ryan moved in last autumn and drinks eight to ten cans most nights. He has agreed "
             "to an appointment with the drug and alcohol service.",
             ["SUB"],
             ["experiencer: it is mum's new partner (in the household) who drinks, not dad, SUB coded"]),
            ("orange",
             "Sean and Becky are in dispute over contact since Becky stopped overnight stays at Sean's; Cafcass "
             "have been asked for a report. Isla (11) has been scratching her arms and has been referred to CAMHS.",
             ["REL-CONF", "MH-CHILD"],
             []),
        ]),
        ("C", "2025-09-08", [
            ("blue",
             "Ryan has cut down to drinking at weekends only, and he and Becky have agreed he won't drink when he "
             "is minding the children.",
             ["SUB"],
             ["now-managing: reduced drinking in a blue box is still SUB present"]),
            ("yellow",
             "Sean has the children every other weekend again under a consent order, but he and Becky still argue "
             "about who pays for school uniform.",
             ["REL-CONF"],
             ["look-alike: an argument about money between parents is REL-CONF, not FIN"]),
            ("orange",
             "Isla is still on the CAMHS waiting list. She says she has not hurt herself since May but she has been very "
             "anxious since starting secondary school.",
             ["MH-CHILD"],
             []),
        ]),
    ]),
    ("Q009", "Tarnside", [
        ("A", "2025-10-13", [
            ("green",
             "Nan (Brenda, 71) has Parkinson's and is under the neurology clinic. Her grandson Connor (17) sets "
             "alarms for her medication and gives her the tablets.",
             ["PH", "CARER"],
             []),
            ("yellow",
             "Connor left college in July after his first year and has not found work or training. He says he "
             "can't leave his nan on her own during the day because she falls. Referred to the Youth Hub "
             "employability worker.",
             ["EDU-NEET", "CARER"],
             []),
            ("orange",
             "Brenda's other son, Darren (44), moved back in with them in August on release from prison; he is on "
             "licence and sees probation weekly. Darren admits he has started using cocaine again.",
             ["CRIME", "SUB"],
             ["experiencer: uncle Darren lives in the household, so his licence (CRIME) and cocaine use (SUB) are coded"]),
        ]),
        ("C", "2026-03-16", [
            ("blue",
             "Connor goes to the young carers' drop-in every other Friday and has made a friend there who he "
             "games with online.",
             ["CARER"],
             []),
            ("green",
             "Brenda's Parkinson's nurse has changed her tablets and she has not had a fall since Christmas.",
             ["PH"],
             []),
            ("yellow",
             "Darren moved out to his own flat in January and his licence ended in February. Connor is still not "
             "in work or training but has an interview for a traineeship at Hexley College in April.",
             ["EDU-NEET"],
             ["historical: Darren moved out and his licence ended, no CRIME",
              "hypothetical: a future traineeship interview does not end current NEET status"]),
        ]),
    ]),
    ("Q010", "Hollinbrook", [
        ("A", "2025-07-07", [
            ("blue",
             "Aunt Priya says her sister Meena (the girls' mum) was in an abusive relationship with the girls' "
             "father until 2023; he has been in prison since and has no contact. Meena visits every fortnight and "
             "Priya supervises.",
             [],
             ["historical: the domestic abuse ended in 2023",
              "experiencer: both birth parents live outside the household",
              "no gold"]),
            ("green",
             "Anaya (9) struggles to get to sleep and is often still awake at midnight; the GP has referred her "
             "to the sleep clinic.",
             ["PH"],
             []),
            ("yellow",
             "Two girls in Zara's class (she is 6) call her names about living with her auntie, and one cut off a "
             "piece of her hair; school and the EHW are working on it. Priya's SGO allowance has been held up for "
             "three months and she is using the community pantry at St Luke's.",
             ["SAFE-EXP", "FIN"],
             []),
            ("orange",
             "Both girls saw their father assault their mum before they came to Priya. Anaya has weekly CAMHS "
             "sessions of trauma-focused therapy. The rented house has black mould in both girls' bedrooms and the landlord "
             "has ignored three requests to fix it.",
             ["MH-CHILD", "HOUS"],
             ["historical: the abuse the girls witnessed is over, no DA; its effect on Anaya is MH-CHILD"]),
        ]),
        ("C", "2026-01-19", [
            ("blue",
             "The SGO allowance is now being paid. Priya is paying her sister-in-law back £20 a month from the "
             "£400 she borrowed while she was waiting.",
             ["FIN"],
             []),
            ("green",
             "Anaya still takes a long time to drop off, but she uses the bedtime routine from the sleep clinic "
             "and is usually asleep by ten.",
             ["PH"],
             []),
            ("yellow",
             "The landlord treated the mould in October but it has come back in Zara's room; Priya has reported "
             "it to environmental health.",
             ["HOUS"],
             []),
        ]),
    ]),
    ("Q011", "Sedgeley", [
        ("A", "2025-12-01", [
            ("green",
             "The HV is seeing Dad (Tom) every fortnight. The twins, Noah and Ivy (2), have missed their two-year "
             "development review twice, and Ivy has a chest infection the GP is treating.",
             ["EYD", "PH"],
             []),
            ("yellow",
             "Tom has felt low for months and the GP has started him on antidepressants. He is drinking a bottle "
             "of wine most nights and has been referred to the drug and alcohol service.",
             ["MH-ADULT", "SUB"],
             []),
            ("orange",
             "Home visit 4 Nov: piles of unwashed bottles and used nappies in the kitchen, nothing in the fridge "
             "but milk, and both twins in the same dirty clothes as at the last visit. Tom lost his job at the "
             "garage in September and owes £2,100 on credit cards.",
             ["SAFE-NEG", "FIN"],
             []),
            ("red",
             "ICPC on 28 Nov: both twins on child protection plans under neglect. Their mum, Jade, has said that "
             "if Tom stops working with the plan she would think about applying for the twins to live with her; "
             "at present she and Tom have no disagreement over contact.",
             ["SAFE-NEG"],
             ["hypothetical: mum might apply 'if' dad disengages, no REL-CONF",
              "negation: no disagreement over contact"]),
        ]),
        ("C", "2026-04-20", [
            ("green",
             "Noah and Ivy have had their two-year review. Ivy's talking is a bit behind and the HV has left Tom a "
             "pack of home language activities.",
             ["EYD"],
             []),
            ("yellow",
             "Tom has not had a drink since January and has finished with his drug and alcohol worker. He is "
             "still taking the antidepressants from his GP.",
             ["MH-ADULT"],
             ["historical: alcohol-free since January, no SUB",
              "convention 4: ongoing antidepressants keep MH-ADULT present"]),
            ("red",
             "The twins were stepped down from CP to a child in need plan in March. The social worker still finds "
             "the nappy bin overflowing and the kitchen floor filthy on some visits.",
             ["SAFE-NEG"],
             []),
        ]),
    ]),
    ("Q012", "Tarnside", [
        ("A", "2025-12-01", [
            ("yellow",
             "Kyle (16) moved in with his uncle Jason and Jason's partner Amy in October when his mum moved to "
             "Scotland with her new partner. He left Moorgate High in the summer and has no college place, job or "
             "training. Jason works nights at the distribution centre.",
             ["EDU-NEET"],
             ["convention 5: uncle's night shifts are not FIN",
              "convention 11: NEET young person is EDU-NEET only"]),
            ("orange",
             "Police stopped Kyle in Hexley on 20 Nov with 14 wraps of crack cocaine and £450 in cash. He has been "
             "going missing overnight and has two phones. NRM referral made for county lines.",
             ["SAFE-EXP", "CRIME"],
             ["convention 12: drugs found on an exploited child are SAFE-EXP and CRIME, not SUB"]),
            ("red",
             "Strategy meeting held 25 Nov and Kyle is now on a child in need plan. Amy, who shares Kyle's care "
             "with Jason, has severe depression, hardly gets out of bed and has been referred to the crisis team "
             "by her GP.",
             ["MH-ADULT"],
             ["experiencer: the uncle's partner is a carer in the household, MH-ADULT coded"]),
        ]),
    ]),
]

# ---------------------------------------------------------------------------
# Unboxed case notes: (id, date, locality, text, gold level, codes, traps).
# Gold level = the highest level cue in the text (convention 2).
# ---------------------------------------------------------------------------
NOTES = [
    ("QV001", "2025-03-04", "Sedgeley",
     "ICPC on 3 March: Lacey (4) and Tyler (2) now on child protection plans under "
     "neglect. Dad, Kieran, is their sole carer. The flat had dog mess on the floors and both children were "
     "arriving at nursery hungry most mornings. Lacey is still not toilet trained.",
     "red", ["SAFE-NEG", "EYD"], []),
    ("QV002", "2025-02-14", "Hollinbrook",
     "Child in need plan agreed for Mason (9), who lives with his dad's sister, Carla, under an informal "
     "kinship arrangement. Carla has been served a section 21 notice and must leave by 30 June, and she is "
     "also behind with her council tax.",
     "red", ["HOUS", "FIN"], []),
    ("QV003", "2025-03-03", "Tarnside",
     "Poppy-Mae (15) is looked after under s20 and placed with her maternal grandmother, June, as a connected "
     "person. She has been suspended twice this term from Ashcombe Academy for swearing at staff and has been "
     "warned that the next incident could mean permanent exclusion. June has no concerns about her "
     "attendance, which is 98%.",
     "red", ["EDU-EXC"],
     ["negation: no concerns about attendance, no EDU-ATT"]),
    ("QV004", "2025-03-19", "Sedgeley",
     "PLO pre-proceedings letter sent to Mum, Kayleigh (Lola 3, Finn 1). The children's dad, Dean, was "
     "arrested last month for strangling Kayleigh and is on bail not to contact her, but neighbours have "
     "seen him at the flat late at night.",
     "red", ["DA"],
     ["convention 7: arrest of the partner for the assault is DA only, not CRIME"]),
    ("QV005", "2025-04-09", "Hollinbrook",
     "Strategy meeting re Kian (14), who lives with his dad, Paul, and Paul's partner, Stacey-Ann. Kian went "
     "missing for three days and was found by police in Birmingham with an older man he had met on Instagram. "
     "Paul says Kian's mother, whom Kian has not seen for years, used heroin.",
     "red", ["SAFE-EXP"],
     ["convention 7: police finding a missing child is not CRIME",
      "experiencer/historical: the absent mother's heroin use, no SUB"]),
    ("QV006", "2025-05-06", "Tarnside",
     "Isabelle (6) and Oscar (3) on CP plans for emotional harm from the rows between their dad, Rob, and "
     "his partner, Gemma. At the core group Gemma said Rob keeps her bank card and checks her phone, and she "
     "has started a domestic abuse recovery course. Oscar now only goes to nursery two days a week instead "
     "of five.",
     "red", ["DA", "EYD"],
     ["convention 8: rows that are part of abuse are DA only, no REL-CONF",
      "look-alike: controlling her bank card is economic abuse (DA), not FIN"]),
    ("QV007", "2025-06-11", "Sedgeley",
     "Child in need (s17) plan for Eli (11), who helps his grandad Vic, his kinship carer, to wash and dress "
     "every morning since Vic's stroke. Eli has been late to school 20 times since September.",
     "red", ["CARER", "PH", "EDU-ATT"],
     ["convention 12: 'kinship carer' (grandad) is not CARER, but Eli's own caring is"]),
    ("QV008", "2025-07-02", "Hollinbrook",
     "ICO granted and Ruby-Rose (8 months) placed with her paternal aunt, Michelle. Ruby-Rose is underweight "
     "and is still only having milk, with no solids started. Michelle's own son Jake (5) has asthma.",
     "red", ["PH", "EYD"], []),
    ("QV009", "2025-04-14", "Tarnside",
     "Police called to the home on 12 April after Tayla (15) smashed a window and pushed her dad, Lee, who "
     "is her sole carer, down the stairs; Lee's wrist is broken. Tayla is already on a referral order with "
     "the YOS for theft.",
     "orange", ["REL-PAR", "CRIME", "PH"],
     ["convention 8: child-to-parent violence is REL-PAR (+CRIME with police/YOS), not DA",
      "experiencer: PH is the father's injury"]),
    ("QV010", "2025-05-21", "Sedgeley",
     "MARAC referral for Chantelle (17), who lives with her dad, Gary, and stepmum, Debbie. Her boyfriend "
     "(22) has threatened to kill her and goes through her phone. Chantelle dropped out of college in "
     "February and is not working.",
     "orange", ["DA", "EDU-NEET"],
     ["convention 6: the boyfriend is outside the household but his abuse of Chantelle is DA"]),
    ("QV011", "2025-06-23", "Hollinbrook",
     "Grandad Frank (68) has had a possession notice from his housing association over £2,300 rent arrears. "
     "He has been kinship carer for the twins, Bailey and Brody (10), since 2020, and he has COPD.",
     "orange", ["HOUS", "FIN", "PH"],
     []),
    ("QV012", "2025-07-15", "Tarnside",
     "Lily (13) is being treated by CAMHS for an eating disorder. She spends half the week with her mum and half with "
     "her dad and stepmum, Anna. Anna had anorexia as a teenager and has been well for many years.",
     "orange", ["MH-CHILD"],
     ["historical/experiencer: stepmum's past anorexia, no MH-ADULT"]),
    ("QV013", "2025-08-04", "Sedgeley",
     "TAF plan agreed for the Morrison family. Dad, Stuart, is the children's only "
     "carer; he drinks heavily every weekend and Evie (7) and Max (5) are often late into school on Mondays.",
     "orange", ["SUB", "EDU-ATT"], []),
    ("QV014", "2025-09-09", "Hollinbrook",
     "Managed move agreed from Fairview High to Kingsmead School for Tyrone (13) after repeated fights. He "
     "has ADHD and an SEN support plan. He lives with his nan, Lorraine.",
     "orange", ["EDU-EXC", "EDU-SEND"], []),
    ("QV015", "2025-10-01", "Tarnside",
     "Jordan (16) arrested for shoplifting with friends in Tarnside. He lives with his dad, Neil; his mum "
     "lives in Leeds. Neil works long shifts and says Jordan ignores every rule and stays out until 2am.",
     "orange", ["CRIME", "REL-PAR"],
     []),
    ("QV016", "2025-10-20", "Sedgeley",
     "Eviction notice served on Dad, Ashley, and his three children because the private landlord is "
     "selling. Ashley has been sole carer since the children's mum died in 2024; the eldest, Kara (14), has "
     "been very low and school have referred her to CAMHS.",
     "orange", ["HOUS", "MH-CHILD"], []),
    ("QV017", "2025-11-12", "Hollinbrook",
     "Police called by a neighbour to a shouting match between Nan (Carol) and her partner Mick, who is the "
     "step-grandad and joint carer of Oakley (8) and Grace (6). Both of them drink most days. Carol says Mick "
     "has never hurt, threatened or controlled her and officers found no sign of abuse.",
     "orange", ["REL-CONF", "SUB"],
     ["negation: no abuse, so the carers' arguing is REL-CONF not DA",
      "convention 7: a police call-out about adults arguing is not CRIME"]),
    ("QV018", "2025-12-03", "Tarnside",
     "Riley (10) lives with his dad, Craig, Craig's partner Jade and Jade's two boys; five of them share a "
     "two-bed flat and the boys sleep on a mattress in the lounge. The council has served a notice seeking "
     "possession for £1,900 rent arrears that built up when Craig's Universal Credit stopped.",
     "orange", ["HOUS", "FIN"], []),
    ("QV019", "2026-01-08", "Sedgeley",
     "Amelia (15) has been living with her friend's family since her mum went back to Poland in the autumn. "
     "She has been self-harming and the CAMHS crisis team saw her on 5 January.",
     "orange", ["MH-CHILD"], []),
    ("QV020", "2026-01-26", "Hollinbrook",
     "TAF plan started. Dad, Mohammed, is main carer for Yusuf (8) and Aisha (4) because their mum, Samira, "
     "who lives with them, has MS and uses a wheelchair. Yusuf has been sent home twice for hitting other "
     "boys and school say he is at risk of exclusion. Aisha started nursery in January and loves it.",
     "orange", ["PH", "EDU-EXC"],
     ["risk wording: a current risk of exclusion is EDU-EXC present",
      "experiencer: mum's MS is PH although dad is the main carer",
      "good news only: Aisha's nursery start is not coded"]),
    ("QV021", "2026-02-16", "Tarnside",
     "MARAC on 9 Feb: Sophie's ex, Liam, the father of her baby Harper (5 months), broke into the flat and "
     "assaulted her; he was arrested and remanded. Sophie lives with her mum, Tracy, who is helping with "
     "Harper. Sophie has been diagnosed with postnatal depression; Tracy has never had any mental health "
     "problems herself.",
     "orange", ["DA", "MH-ADULT"],
     ["convention 7: ex-partner's arrest for the assault is DA only",
      "experiencer/negation: MH-ADULT is Sophie's; grandmother's mental health negated"]),
    ("QV022", "2025-02-03", "Sedgeley",
     "EHW allocated to support Grandma Rita (74), who has raised Kyra (6) since birth. Kyra has screaming "
     "tantrums at bedtime and kicks and bites Rita, and there is no set routine. Rita's sight is failing "
     "because of macular degeneration.",
     "yellow", ["REL-PAR", "PH"],
     ["convention 8: a child hurting her carer is REL-PAR, not DA",
      "experiencer: PH is the grandmother's"]),
    ("QV023", "2025-03-11", "Hollinbrook",
     "Referred to Citizens Advice. Uncle Dan took in his niece and nephew in October and his Child Benefit "
     "claim has been stuck for four months; he has had two final demands from the electricity company.",
     "yellow", ["FIN"], []),
    ("QV024", "2025-04-22", "Tarnside",
     "Family support worker to visit Dad, Owen, who has had the children full time since their mum was "
     "remanded in custody in February. Owen is finding the school run hard and Callum (9) has missed 12 "
     "days this term. Mum's trial is in the summer.",
     "yellow", ["EDU-ATT"],
     ["experiencer: mum's offending is outside the household, no CRIME"]),
    ("QV025", "2025-05-28", "Sedgeley",
     "Portage worker now visiting Zach (2), who lives with his grandparents. Zach has no words yet and does "
     "not point to things he wants.",
     "yellow", ["EYD"], []),
    ("QV026", "2025-06-17", "Hollinbrook",
     "Ben and Hannah separated in January and are fighting over the house and who keeps the dog; both have "
     "agreed to family mediation. Hannah says there has never been any violence or control in the "
     "relationship. Children Maisie (9) and Theo (6) live with Hannah.",
     "yellow", ["REL-CONF"],
     ["negation: never any violence or control, no DA"]),
    ("QV027", "2025-07-29", "Tarnside",
     "Young carers service assessment for Tia (12), who lives with her dad, Dom, and looks after her little "
     "brother most evenings because Dom has severe Crohn's disease.",
     "yellow", ["CARER", "PH"],
     []),
    ("QV028", "2025-08-19", "Sedgeley",
     "Jess and her husband Mark (Archie's stepdad) are booked on a parenting course in September. Archie (8) "
     "refuses to go to bed, swears at Mark and has thrown the remote at him twice.",
     "yellow", ["REL-PAR"], []),
    ("QV029", "2025-09-23", "Hollinbrook",
     "Mum, Kelsey, sees her key worker at the drug and alcohol service weekly and picks up her opiate "
     "substitute prescription from the chemist every day. She lives with her partner, Jay, and her daughter, "
     "Summer (10). Jay used speed in his twenties but has not touched anything for ten years.",
     "yellow", ["SUB"],
     ["convention 4: ongoing substitute prescribing is SUB",
      "historical: partner's drug use ended ten years ago"]),
    ("QV030", "2025-10-14", "Tarnside",
     "EHW involved with Grandma Pat and Grandad Jim, who have cared for Lucas (11) for a year. Lucas is on the "
     "waiting list for an autism assessment and the SENCO has put SEN support in place.",
     "yellow", ["EDU-SEND"], []),
    ("QV031", "2025-11-04", "Sedgeley",
     "EHW visit. Sam (16) is on a part-time timetable at Westbrook Academy in Year 11 and only goes in three "
     "mornings a week. He lives with his dad's partner, Kerry, while his dad works offshore three weeks at a "
     "time.",
     "yellow", ["EDU-ATT"],
     ["age: 16 but still on a school roll, so EDU-ATT not EDU-NEET",
      "convention 5: working offshore is not FIN"]),
    ("QV032", "2025-12-09", "Hollinbrook",
     "EHW offering parenting support to Dad, Chris. His son Leo (7) came to live with him in April when Leo's "
     "mum went into rehab for her drinking. Chris says Leo won't listen to him and he has started shouting "
     "at him a lot.",
     "yellow", ["REL-PAR"],
     ["experiencer: the drinking is the absent mum's, outside the household, no SUB"]),
    ("QV033", "2026-01-13", "Tarnside",
     "Mediation booked for Laura and Dave, Freddie's parents, who split up last year. They can't agree which "
     "secondary school Freddie (10) should go to and Dave has stopped paying maintenance, so Laura is "
     "struggling to pay the rent.",
     "yellow", ["REL-CONF", "FIN"], []),
    ("QV034", "2025-02-25", "Sedgeley",
     "HV visit. Grandma Denise looks after Blake (9 months) while his mum works away during the week. Blake "
     "has not started on solids and is not yet rolling over. Denise says his jabs are all up to date.",
     "green", ["EYD"],
     []),
    ("QV035", "2025-04-01", "Hollinbrook",
     "School nurse saw Jasmine (10), who lives with her aunt Tash and her cousin. Jasmine is overweight and "
     "gets out of breath in PE.",
     "green", ["PH"], []),
    ("QV036", "2025-05-13", "Tarnside",
     "GP review. Dad, Adam, has type 2 diabetes and checks his own blood sugars; he is the main carer for "
     "Olivia (3), who goes to nursery three days a week and is doing well.",
     "green", ["PH"],
     []),
    ("QV037", "2025-06-24", "Sedgeley",
     "SENCO meeting about Harry (7), who lives with his grandparents. Harry has dyslexia and is on SEN "
     "support with a daily reading group. Grandma says she would only ask for an EHCP if he fell further "
     "behind.",
     "green", ["EDU-SEND"],
     ["hypothetical: EHCP request only if he falls behind; SEN support itself is present"]),
    ("QV038", "2025-09-30", "Hollinbrook",
     "School attendance lead spoke to Uncle Pete: Ava (12) has missed 15% of sessions this year, mostly "
     "Fridays when she goes to her mum's in Hexley for the weekend.",
     "green", ["EDU-ATT"], []),
    ("QV039", "2025-10-28", "Tarnside",
     "HV contact. Ellis (3) has a speech delay and goes to nursery 15 hours a week. Dad, Ricky, reads to him "
     "every night.",
     "green", ["EYD"], []),
    ("QV040", "2025-11-25", "Sedgeley",
     "School report: Jayce (14), who lives with his dad and stepmum, has had three detentions and a day in "
     "internal isolation this half term for being rude to teachers. School are dealing with it under their "
     "own behaviour policy.",
     "green", ["EDU-EXC"], []),
    ("QV041", "2026-02-03", "Hollinbrook",
     "GP letter. Nan, Margaret, is bringing up Daisy (11) and Daisy's brother. Margaret has high blood "
     "pressure and has missed her last two reviews. Daisy has tonsillitis.",
     "green", ["PH"], []),
    ("QV042", "2026-03-10", "Tarnside",
     "Nursery note: Frankie (4) starts Reception in September but is still in nappies in the day. He lives "
     "with his dad and his dad's parents.",
     "green", ["EYD"], []),
    ("QV043", "2025-03-27", "Sedgeley",
     "Dad, Kevin, and his ex, Sarah, now use a shared online calendar for the boys' contact and can talk "
     "civilly most weeks, though the holidays still cause rows. Kevin found a co-parenting website with tips "
     "and has been reading it.",
     "blue", ["REL-CONF"],
     []),
    ("QV044", "2025-08-12", "Hollinbrook",
     "Aunt Rachel, who has informal care of her niece Eva (9), is using her savings and help from her "
     "brother to cover Eva's costs while she waits for the Child Benefit to be transferred to her. She looked "
     "up the benefits helpline number herself and is chasing it.",
     "blue", ["FIN"],
     []),
    ("QV045", "2025-10-07", "Tarnside",
     "Grandad Bill has a bad back and is doing the exercises from a leaflet. His sons take turns doing the "
     "heavy shopping for him and his grandson Reggie (7).",
     "blue", ["PH"],
     []),
    ("QV046", "2026-01-20", "Sedgeley",
     "Dad, Tomasz, says he and his daughter Zofia (13) argue about her phone at night and she has been "
     "slamming doors. He has downloaded a parental controls app and they have agreed phone-free times "
     "together.",
     "blue", ["REL-PAR"],
     []),
    ("QV047", "2025-09-16", "Hollinbrook",
     "Grandma Irene says she has no concerns about money, housing or her own health. Her grandson Dylan (8) "
     "has lived with her since 2021; his dad was in prison then but was released in 2023 and now lives in "
     "Spain.",
     "", [],
     ["negation: money, housing and health all negated",
      "historical/experiencer: dad's prison sentence is over and he lives abroad",
      "no gold"]),
    ("QV048", "2026-04-14", "Tarnside",
     "Kenny (16) lives with his dad, Phil, and is in Year 12 at Hexley Sixth Form doing A levels. Phil says "
     "that if Kenny ever dropped out he would help him find an apprenticeship. Kenny smoked cannabis when "
     "he was 14 but stopped after his grandad died. He vapes.",
     "", [],
     ["hypothetical: 'if Kenny ever dropped out', no EDU-NEET",
      "historical: cannabis use stopped",
      "convention 12: vaping is not SUB",
      "no gold"]),
    ("QV049", "2026-02-24", "Sedgeley",
     "Ethan (9) lives with his dad, Shane, and Shane's partner, Nina. Ethan's mum, Lisa, drinks heavily and "
     "lost her driving licence for drink-driving last April, so Ethan's maternal nan supervises her contact. "
     "Nina has been drinking in the daytime for about two months and Shane has found bottles hidden in the "
     "shed; Nina has agreed to see the drug and alcohol service.",
     "yellow", ["SUB"],
     ["experiencer: mum's drinking is outside the household (not coded); dad's partner's drinking is in it (SUB)"]),
    ("QV050", "2026-03-17", "Hollinbrook",
     "EHW visit to Grandad Ray and his grandsons Cody (10) and Jake (7). The boys said there was nothing for "
     "tea last night and the cupboards were bare. Ray has been to the food bank twice this month since his "
     "pension was cut to pay back an overpayment.",
     "yellow", ["SAFE-NEG", "FIN"],
     ["convention 10: hungry children / empty cupboards = SAFE-NEG and food bank = FIN, both coded"]),
    ("QV051", "2026-05-05", "Tarnside",
     "Kacey (17) has not been in work, education or training since last summer. She lives with her aunt, "
     "Lorna, and the two of them are looking through apprenticeships on the government website together.",
     "blue", ["EDU-NEET"],
     []),
]


def build_rows():
    narr, gold, traps = [], [], {}
    for case_id, locality, triages in CASES:
        for stage_letter, date, boxes in triages:
            stage = {"A": "assessment", "C": "closure"}[stage_letter]
            triage_id = f"{case_id}-{stage_letter}"
            for level, text, codes, trap in boxes:
                nid = f"{triage_id}-{level}"
                narr.append([nid, triage_id, case_id, stage, date, level, locality, text])
                for c in codes:
                    gold.append([nid, c, level])
                if trap:
                    traps[nid] = trap
    for nid, date, locality, text, level, codes, trap in NOTES:
        narr.append([nid, nid, nid, "assessment", date, "", locality, text])
        for c in codes:
            gold.append([nid, c, level])
        if trap:
            traps[nid] = trap
    return narr, gold, traps


def main():
    narr, gold, traps = build_rows()
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(narr)
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(narr)} narratives, {len(gold)} gold rows, {len(traps)} narratives with traps")


if __name__ == "__main__":
    main()
