#!/usr/bin/env python3
"""Build held-out gold set J (Signs of Safety / family-voice style).

Writes narratives.csv, gold.csv and traps.json next to this file.
Python 3 standard library only.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Boxed triages.  Each case: case id, locality, list of triages.
# Each triage: (stage letter, date, [ (level, narrative, [gold codes], [trap notes]) ])
# Every gold code takes the box's level.
# ---------------------------------------------------------------------------
CASES = [
    # J001 - Shannon, Tia (13), Leo (4)
    ("J001", "Tollbridge", [
        ("A", "2025-01-20", [
            ("green",
             "What's working well: Shannon gets Leo (4) to Little Acorns nursery every morning and says "
             "'he loves it, he runs straight in.' What we are worried about: at his health visitor review "
             "Leo was only using single words and he is still in nappies during the day. Shannon said "
             "'I didn't know he should be saying more by now.' Nursery keyworker to start a talking "
             "programme with him.",
             ["EYD"],
             []),
            ("yellow",
             "Tia (13) told me 'I hate going home, Mum's always on at me' and Moorgate High say she has "
             "missed 16 days since September, mostly Mondays. Shannon's words: 'I can't get her out of bed, "
             "she just swears and slams the door.' We are worried that Tia and Shannon are stuck in a cycle "
             "of rows and that Tia is avoiding both home and school. Early help worker to do family work on "
             "routines and rules at home.",
             ["EDU-ATT", "REL-PAR"],
             []),
            ("orange",
             "Danger statement: Tia was reported missing twice in January; on the second night police found "
             "her in a flat in Brackenby with older males she calls 'mates'. Police believe the men are "
             "giving her vapes and cash to run errands for them. We are worried that Tia is being criminally "
             "exploited and could be badly hurt. Referred to the exploitation panel and police intelligence "
             "submitted.",
             ["SAFE-EXP"],
             ["convention 7: police finding a missing child is safeguarding, not CRIME",
              "convention 12: vapes are not SUB"]),
        ]),
        ("C", "2025-06-30", [
            ("blue",
             "Shannon is still using the house rules she and Tia wrote together and pinned on the fridge. "
             "Shannon: 'It's not perfect, we still clash over her phone, but we talk now instead of "
             "screaming.' Tia scaled home life at 7/10 (it was 2/10 in January).",
             ["REL-PAR"],
             ["now-managing: blue box, ongoing clashes handled with house rules count as REL-PAR present"]),
            ("green",
             "Leo's talking has come on a lot: nursery count around 60 words and he is still in the "
             "children's centre speech group until September. He has been dry in the day since Easter, so "
             "toileting is no longer a worry.",
             ["EYD"],
             ["historical: toileting resolved since Easter, but ongoing speech group keeps EYD present"]),
            ("yellow",
             "Tia has had no missing episodes since February and the exploitation panel closed her case in "
             "May. She is still on a part-time timetable (mornings only) and her attendance is 84%; the early "
             "help worker is handing over to the school's attendance officer.",
             ["EDU-ATT"],
             ["historical: missing episodes and exploitation described as ended, so no SAFE-EXP"]),
        ]),
    ]),
    # J002 - Joanne (MS), Reece (14), Poppy (7), Craig (separated dad)
    ("J002", "Saltmere", [
        ("A", "2025-02-10", [
            ("blue",
             "Joanne has MS and on her bad days she can't walk far; her sister Lorraine lives two streets "
             "away and does the school run on those days. Joanne said 'our Lorraine is my rock.' She has the "
             "MS Society helpline number and will ring it herself. Joanne said that if her MS gets worse she "
             "might one day need a bungalow. Asked about alcohol she laughed: 'I can't, not with my tablets.'",
             ["PH"],
             ["hypothetical: a bungalow only if MS worsens, so no HOUS",
              "negation: alcohol ruled out, 'tablets' is not substance use"]),
            ("green",
             "Poppy (7) is wetting the bed most nights and Joanne says 'she's been like it since Christmas.' "
             "The school nurse is seeing Poppy and has lent a bedwetting alarm. Poppy's class teacher says "
             "she is doing well in class and is 'a little ray of sunshine'.",
             ["PH"],
             ["convention 9: bedwetting at school age is PH, not EYD"]),
            ("yellow",
             "Reece (14) does a lot at home: he helps his mum, who has MS, in and out of the bath, cooks tea "
             "most nights and sorts Poppy's uniform. Reece said 'It's just what I do, I don't mind.' We are "
             "worried that Reece is carrying more than a 14-year-old should and has no time for himself. "
             "Referral to Saltmere Young Carers.",
             ["CARER", "PH"],
             []),
            ("orange",
             "Joanne and Craig separated in November and now argue over when Craig sees the children; last "
             "week's handover at the school gate ended in a shouting match and a teacher had to step in. "
             "Joanne said 'he's never hit me or threatened me, we just can't be in the same room.' Craig has "
             "applied to court for a child arrangements order.",
             ["REL-CONF"],
             ["negation: 'never hit me or threatened me' means REL-CONF, not DA"]),
        ]),
        ("C", "2025-07-14", [
            ("blue",
             "Reece goes to the young carers' club every Thursday and Lorraine now cooks on Tuesdays and "
             "Fridays so he gets nights off. Reece: 'I still help Mum out but I get to go out with my mates "
             "now.'",
             ["CARER"],
             ["now-managing: still caring but supported, blue box, so CARER present"]),
            ("green",
             "Poppy is still wet one or two nights a week and keeps using the alarm; the school nurse will "
             "review her again in September. The court made a child arrangements order in May and handovers "
             "now happen at Lorraine's house; Joanne says 'there's been no bother since.'",
             ["PH"],
             ["historical: parental conflict described as over ('no bother since'), so no REL-CONF"]),
        ]),
    ]),
    # J003 - Kerry, partner Dean, Mason (9), Ava (2)
    ("J003", "Copperbeck", [
        ("A", "2025-03-03", [
            ("yellow",
             "Kerry told me 'the money's gone before the month's out' - she is £1,200 behind on her rent and "
             "the electric meter is on emergency credit. She has been to the food bank three times since "
             "Christmas. Citizens Advice appointment booked to set up a debt plan.",
             ["FIN"],
             []),
            ("orange",
             "The landlord has served a section 21 notice to end the tenancy in June. The flat has black mould "
             "in both bedrooms and Ava (2) has had three chest infections this winter, which the GP links to "
             "the damp. We are worried that if the family lose this tenancy they will have nowhere to go.",
             ["HOUS", "PH"],
             ["worry wording: the 'if they lose the tenancy' worry sits on a notice already served, so HOUS is present"]),
            ("red",
             "Strategy meeting held after Mason (9) told his teacher 'Dean pushed Mum into the wall last night "
             "and I hid under the bed.' Kerry has bruising on her arm and said Dean, her partner who lives "
             "with them, 'only gets like that when he's had a drink.' Dean drinks most days. Section 47 "
             "enquiry started and an initial child protection conference is booked.",
             ["DA", "SUB"],
             []),
        ]),
        ("C", "2025-11-17", [
            ("green",
             "Ava is registered with the GP and has had no chest infections since the family moved in "
             "August. Mason is in Fernhill Primary every day and his teacher says 'he's a different boy.'",
             [],
             ["historical: chest infections ended with the move",
              "strength: Mason's attendance is good news with no need stated"]),
            ("yellow",
             "Kerry is still paying £25 a week off the old rent arrears through her Citizens Advice debt "
             "plan and now uses a budgeting app. Kerry said 'I know where every penny goes now.'",
             ["FIN"],
             []),
            ("orange",
             "Dean moved out in May and there is a non-molestation order in force until May 2026. Kerry "
             "goes to the Freedom Programme every Wednesday. The family moved to a housing association house "
             "in August, so the section 21 notice no longer applies.",
             ["DA"],
             ["convention 4: Freedom Programme and a live non-mol order keep DA present",
              "historical: eviction notice no longer applies after the move, so no HOUS"]),
        ]),
    ]),
    # J004 - Lee (dad), Jordan (16), Summer (11)
    ("J004", "Tollbridge", [
        ("A", "2025-04-07", [
            ("blue",
             "Lee lost his warehouse job in March and said 'I've never been out of work in my life.' He has "
             "booked himself onto the jobs fair and his brother is helping him with his CV.",
             ["FIN"],
             []),
            ("yellow",
             "Jordan (16) left college in February and is not working or in training. Jordan: 'College was "
             "pointless, I just want a job.' He is smoking cannabis most evenings in his room; Lee said 'I can "
             "smell it on the landing.' Referral to Step Up, the young people's drug and alcohol service.",
             ["EDU-NEET", "SUB"],
             []),
            ("orange",
             "Police were called to the Co-op on Brook Street on 29 March when Jordan and two friends were "
             "throwing bottles at the shutters; Jordan was arrested for criminal damage and has been referred "
             "to the Youth Offending Service.",
             ["CRIME"],
             []),
        ]),
        ("C", "2025-10-06", [
            ("blue",
             "Lee started a new job as a delivery driver in June and says 'we're back on our feet.' Jordan "
             "now sees his friends at the boxing club rather than hanging round the shops.",
             [],
             ["historical: worklessness ended with the new job, so no FIN",
              "historical: hanging round the shops is in the past, no CRIME"]),
            ("green",
             "Summer (11) has started at Moorgate High and has some anxiety about crowds; her form tutor lets "
             "her use the quiet room at lunch and Summer says 'it really helps.'",
             ["MH-CHILD"],
             ["now-managing: anxiety handled with the quiet room in a green box, so MH-CHILD present"]),
            ("yellow",
             "Jordan still sees Step Up every fortnight and says he is 'down to a bit at weekends.' He starts "
             "a construction traineeship at Saltmere College in January; until then he is not in work or "
             "training. His YOS referral order finished in August.",
             ["SUB", "EDU-NEET"],
             ["historical: YOS order finished, so no CRIME",
              "future place does not cancel current NEET status"]),
        ]),
    ]),
    # J005 - Amira, Tariq, Zain (10 weeks), Yusuf (3)
    ("J005", "Saltmere", [
        ("A", "2025-05-12", [
            ("blue",
             "Amira's mum comes every afternoon to help with the baby and cooks for the family. Amira's "
             "husband Tariq works shifts at the hospital; Amira said 'we're fine for money, Tariq's job is "
             "steady.'",
             [],
             ["convention 5: working shifts is not FIN",
              "negation: 'fine for money'"]),
            ("green",
             "Zain (10 weeks) is gaining weight slowly and the health visitor is weighing him every week. "
             "Yusuf (3) has not taken up his funded nursery place and Amira said 'I'd like him to go but I "
             "can't manage two drop-offs right now.'",
             ["PH", "EYD"],
             []),
            ("yellow",
             "Amira scored high on the postnatal depression questionnaire and told the health visitor 'I "
             "feel like I'm watching myself from the outside, I cry every time he cries.' She said she has "
             "had no thoughts of harming herself or the baby. Referred to the perinatal mental health team "
             "and a family support worker will visit weekly.",
             ["MH-ADULT"],
             ["negation: no thoughts of harm does not cancel the present postnatal depression"]),
        ]),
        ("C", "2025-09-22", [
            ("blue",
             "Amira is still taking her antidepressants and goes to the mums' walking group on Mondays. She "
             "said 'some days are still grey but I know what to do now.' Amira scaled herself at 8/10.",
             ["MH-ADULT"],
             ["now-managing: still on medication, blue box, so MH-ADULT present"]),
            ("green",
             "Yusuf started at Little Acorns nursery in July, goes five mornings a week, and nursery report no "
             "worries about his development, so the nursery place is no longer an issue. Zain is now on the "
             "50th centile and the health visitor has stopped the weekly weighing.",
             [],
             ["historical: nursery take-up and weight concerns both resolved"]),
        ]),
    ]),
    # J006 - Nicola, Gary (stepdad), Kai (12), Lily-Mae (5)
    ("J006", "Copperbeck", [
        ("A", "2025-06-02", [
            ("blue",
             "Nicola uses a breathing app when her panic attacks come on and her friend Bev texts her every "
             "morning. Nicola: 'Bev gets me out of the house.'",
             ["MH-ADULT"],
             []),
            ("green",
             "Kai (12) is on the ADHD assessment pathway; the SENCO at Moorgate High has put him on SEN "
             "support with movement breaks. Kai said 'I just can't sit still, my brain's too fast.'",
             ["EDU-SEND"],
             []),
            ("yellow",
             "Lily-Mae (5) often comes into school in the same clothes several days running, her hair is "
             "matted and she told staff 'there wasn't any breakfast.' The family of six live in a two-bedroom "
             "flat and Kai shares a bed with his stepbrother. Family support worker to help with routines and "
             "a housing application.",
             ["SAFE-NEG", "HOUS"],
             []),
            ("orange",
             "Kai was given a five-day suspension in May for throwing a chair in class and the school says a "
             "permanent exclusion is being considered. Police came to the home on 18 May after Kai punched "
             "Nicola and smashed the TV; Nicola did not want him arrested. Gary said 'he's bigger than her "
             "now, she can't handle him.'",
             ["EDU-EXC", "REL-PAR", "CRIME"],
             ["convention 8: child-to-parent violence with police involved is REL-PAR + CRIME, not DA"]),
            ("red",
             "Child in need plan agreed on 30 May for Kai and Lily-Mae. Nicola said 'I know the house isn't "
             "right, I just can't keep on top of it' - the social worker saw dog mess on the kitchen floor "
             "and no food in the cupboards. Gary denies using drugs and his test for the social worker was "
             "clear.",
             ["SAFE-NEG"],
             ["negation: Gary denies drugs and tested clear, so no SUB"]),
        ]),
        ("C", "2026-01-12", [
            ("blue",
             "Nicola still has panic attacks now and then but says 'I ride them out now, I don't let them "
             "keep me in.' She is back at her Tuesday craft group.",
             ["MH-ADULT"],
             ["now-managing: still having panic attacks, blue box, so MH-ADULT present"]),
            ("green",
             "Kai has an ADHD diagnosis and takes his medication before school; the SENCO has applied for an "
             "EHC needs assessment. No suspensions since June. School say that if his behaviour slipped back "
             "they would think about a part-time timetable.",
             ["EDU-SEND"],
             ["historical: no suspensions since June, so no EDU-EXC",
              "hypothetical: part-time timetable only if behaviour slips, so no EDU-ATT",
              "ADHD medication is not PH"]),
            ("yellow",
             "The family moved to a four-bedroom council house in November so everyone has their own bed. "
             "The family support worker closes this month: the home has been clean with food in the fridge at "
             "every visit since October, and Lily-Mae's teacher has no worries about her care.",
             [],
             ["historical: overcrowding ended with the move",
              "negation: home clean, food in, no worries about care - no SAFE-NEG"]),
        ]),
    ]),
    # J007 - Danielle, Harvey (8), Ryan (dad, lives elsewhere)
    ("J007", "Tollbridge", [
        ("A", "2025-09-15", [
            ("green",
             "Harvey (8) has been in school only 61% of the time this term. He says 'my tummy hurts when I "
             "think about school' and cries at the gate. The GP found nothing physically wrong; the GP and "
             "school think Harvey is anxious about leaving his mum. School have given him a 10am start for "
             "now.",
             ["EDU-ATT", "MH-CHILD"],
             ["negation: nothing physically wrong, so no PH; tummy aches are anxiety (MH-CHILD)"]),
            ("yellow",
             "Danielle told me 'I've got myself in a hole' - she owes £4,000 on online casino sites and "
             "payday loans and is behind on council tax. She has self-excluded from the betting apps and wants "
             "help. Referral to Citizens Advice and a gambling support service.",
             ["FIN"],
             ["convention 10: gambling debts are FIN, not SUB",
              "look-alike: 'self-excluded' is not a school exclusion"]),
            ("orange",
             "Harvey's dad Ryan lives in Dunmere and was recently arrested for drink-driving; Harvey has not "
             "seen him since August. The GP referred Harvey to CAMHS in September after he told his teacher "
             "'I wish I wasn't here.'",
             ["MH-CHILD"],
             ["convention 6: dad lives outside the household, his drinking and arrest are not SUB or CRIME"]),
        ]),
        ("C", "2026-02-23", [
            ("blue",
             "Harvey's attendance has been 97% since Christmas and the later start ended in January. Danielle "
             "said 'he still gets wobbly on Sunday nights but we do his worry box together.'",
             ["MH-CHILD"],
             ["historical: attendance problem over, so no EDU-ATT",
              "now-managing: worry box for ongoing Sunday-night worries, blue box, MH-CHILD present"]),
            ("yellow",
             "Danielle has a debt relief order for the loans but is still £300 behind on council tax and is "
             "paying it off at £20 a month. She goes to the gambling support group every Thursday and said "
             "'I've not had a bet since October.'",
             ["FIN"],
             []),
        ]),
    ]),
    # J008 - Pauline (nan, kinship carer), Ellis (10), Ruby (6)
    ("J008", "Saltmere", [
        ("A", "2025-10-06", [
            ("green",
             "Pauline is kinship carer for her grandchildren Ellis (10) and Ruby (6) under a special "
             "guardianship order. Ruby is hard to understand when she talks and the school's speech and "
             "language therapist has put her on a programme; the SENCO has her on SEN support.",
             ["EDU-SEND"],
             ["convention 9: speech for a school-age child is EDU-SEND, not EYD",
              "convention 12: 'kinship carer' is not CARER"]),
            ("yellow",
             "Ellis (10) is autistic and has an EHCP. Pauline said 'he melts down every night at bedtime, he "
             "kicks and bites me, and I'm 68, I can't hold him.' Pauline is booked onto the autism parenting "
             "course at the family hub.",
             ["EDU-SEND", "REL-PAR"],
             ["convention 8: child-to-carer violence without police is REL-PAR only, not DA or CRIME"]),
            ("orange",
             "Pauline has a possession notice from her landlord for £2,300 rent arrears; she said 'the SGO "
             "allowance doesn't stretch and I'm frightened we'll be out on the street.' Housing Options have "
             "been contacted.",
             ["HOUS", "FIN"],
             []),
        ]),
        ("C", "2026-03-30", [
            ("blue",
             "Pauline uses the picture bedtime routine from the course every night; Ellis still lashes out "
             "now and then but 'it's once a week now, not every night.'",
             ["REL-PAR"],
             ["now-managing: still lashing out weekly, blue box, REL-PAR present"]),
            ("green",
             "Ellis's EHCP annual review is booked for April at Fernhill Primary. Ruby has finished her "
             "speech programme and the SENCO has taken her off SEN support.",
             ["EDU-SEND"],
             ["historical: Ruby off SEN support, but Ellis's EHCP keeps EDU-SEND present"]),
            ("yellow",
             "N/A",
             [],
             []),
        ]),
    ]),
    # J009 - Stacey, Liam, Freya (15), Noah (1)
    ("J009", "Copperbeck", [
        ("A", "2025-11-10", [
            ("blue",
             "Stacey said 'my mum's been brilliant' - her mum has Noah (1) two days a week so Stacey can do "
             "her college course. Noah is up to date with his jabs and is walking. We would only worry about "
             "his development if he stopped babbling, and at the moment he chatters all day.",
             [],
             ["strength: jabs and walking are good news, not PH or EYD",
              "hypothetical: development worry only if he stopped babbling"]),
            ("green",
             "Freya (15) has been seeing the school nurse about cuts on her arms; Freya told her 'it's the "
             "only thing that makes the noise stop.' The school nurse sees her weekly and her mum knows.",
             ["MH-CHILD"],
             []),
            ("yellow",
             "Stacey and her partner Liam argue most nights about his hours and the housework. Stacey said "
             "'it's shouting, that's all - he's never laid a finger on me and he doesn't control me.' Freya "
             "said 'I put my headphones on when they start.' Couples counselling with Relate offered.",
             ["REL-CONF"],
             ["negation: no violence or control described, so REL-CONF not DA",
              "experiencer: Freya hears the rows; the conflict is between the adults"]),
            ("orange",
             "Freya has been sending pictures to a man she met on a gaming app who says he is 17; police have "
             "taken her phone and CEOP have been told. Freya said 'he's the only one who gets me.' Referral to "
             "CAMHS after the school nurse's concerns about her self-harm.",
             ["SAFE-EXP", "MH-CHILD"],
             ["convention 7: police taking the phone to safeguard Freya is not CRIME"]),
        ]),
        ("C", "2026-04-20", [
            ("blue",
             "Stacey and Liam have a 'no rows in front of the kids' rule and go for a walk when things get "
             "heated; Stacey said 'we still bicker but it doesn't blow up.'",
             ["REL-CONF"],
             ["now-managing: still bickering, managed by their own rule, blue box, REL-CONF present"]),
            ("green",
             "Freya is still seen by CAMHS every two weeks and says she has not cut since January. The police "
             "investigation is closed and Freya has had no contact with the man since November.",
             ["MH-CHILD"],
             ["convention 4: ongoing CAMHS keeps MH-CHILD even though self-harm has stopped",
              "historical: online grooming contact ended, so no SAFE-EXP"]),
        ]),
    ]),
    # J010 - Chantelle, Tyler (6), Destiny (3)
    ("J010", "Tollbridge", [
        ("A", "2025-07-21", [
            ("yellow",
             "Destiny (3) is not toilet trained and says only a few words; the health visitor has referred "
             "her to the speech and language service. Chantelle said 'I keep meaning to sort her potty but "
             "there's always something.'",
             ["EYD"],
             []),
            ("orange",
             "Tyler (6) has been late to Brackenby Primary 30 times this term and his attendance is 79%. "
             "Police did a welfare check on 12 July after neighbours heard the children crying late at night "
             "and found them alone in the flat; Chantelle came back at 1am.",
             ["EDU-ATT", "SAFE-NEG"],
             ["convention 7: a police welfare check is safeguarding, not CRIME"]),
            ("red",
             "Initial child protection conference on 18 July: both children made subject to child protection "
             "plans. Chantelle is using heroin and said 'I need to get clean for them.' She has been referred "
             "to Turning Point for a methadone script. There was no food in the home on the day of the "
             "social worker's visit.",
             ["SAFE-NEG", "SUB"],
             []),
        ]),
        ("C", "2026-01-26", [
            ("yellow",
             "Chantelle is on a methadone script and picks up daily from the chemist; her tests have been "
             "clear of heroin since October. Destiny goes to nursery three days a week and has been dry in the "
             "day since the summer.",
             ["SUB"],
             ["convention 4: methadone script is SUB even though heroin use has stopped",
              "historical: toileting resolved, no EYD"]),
            ("orange",
             "The children came off child protection plans in December and are now on a child in need plan. "
             "Tyler's attendance is still only 86% and the school attendance officer comes to the TAF "
             "meetings. He had a one-day internal exclusion last week for swearing at a teacher.",
             ["EDU-ATT", "EDU-EXC"],
             ["level: a child in need plan (red cue) is mentioned, but a boxed narrative takes its box's level, orange"]),
        ]),
    ]),
    # J011 - Tom (veteran), Claire, Isla (9), Josh (16)
    ("J011", "Saltmere", [
        ("A", "2026-01-19", [
            ("blue",
             "Tom has PTSD from his army service and rings the veterans' helpline himself when nights are bad; "
             "Claire said 'he knows when to ring them now.'",
             ["MH-ADULT"],
             []),
            ("green",
             "Isla (9) told the school nurse 'I can't sleep because Dad shouts in his sleep' and her teacher "
             "says she is tired in class. The school nurse has given sleep advice.",
             ["PH"],
             []),
            ("yellow",
             "Josh (16) is at Saltmere College full-time doing motor vehicle studies and loves it. On the "
             "three nights Claire works, Josh does Isla's tea, bath and bedtime because Tom's PTSD means he "
             "can't cope with the noise. Josh said 'someone's got to do it.' Referral to Saltmere Young "
             "Carers.",
             ["CARER", "MH-ADULT"],
             ["negation: Josh is in full-time college, so no EDU-NEET"]),
            ("orange",
             "Tom's PTSD has got worse since November: he has flashbacks most nights and told the GP he has "
             "had thoughts of ending his life. The GP has referred him to Op Courage, the veterans' mental "
             "health service. Claire said 'I'm scared of losing him.'",
             ["MH-ADULT"],
             []),
        ]),
        ("C", "2026-05-11", [
            ("green",
             "Tom is still under Op Courage and sees his GP monthly. Isla has slept well since moving into "
             "the back bedroom and the school nurse has closed her. Isla now goes to after-school club on "
             "Claire's work nights and Tom's brother comes round at bedtime, so Josh no longer does her "
             "bedtimes. We are worried that if Tom's PTSD flared up again Josh might slip back into caring, "
             "but the family have a plan for that.",
             ["MH-ADULT"],
             ["historical: Isla's sleep problem and Josh's caring both ended",
              "hypothetical: caring only if PTSD flares, so no CARER"]),
        ]),
    ]),
    # J012 - Gemma, Mark (partner, Ollie's dad), Ollie (7), Sophie (17)
    ("J012", "Copperbeck", [
        ("A", "2025-08-04", [
            ("blue",
             "Gemma said 'Ollie's inhalers are always on the go' - he has asthma and she keeps a spare "
             "inhaler in his bag and the asthma nurse's number on the fridge.",
             ["PH"],
             ["now-managing: asthma handled by mum, blue box, PH present"]),
            ("green",
             "Ollie (7) has missed two asthma reviews and a dental appointment this year; Gemma said 'I "
             "forget, I work all hours.' The GP surgery will text her reminders.",
             ["PH"],
             []),
            ("yellow",
             "Sophie (17) has not been in education, work or training since she dropped out of sixth form in "
             "June. Mark, Gemma's partner and Ollie's dad, lives with the family and is on probation for a "
             "burglary in 2023; he sees his probation officer weekly. A youth employment worker will meet "
             "Sophie.",
             ["EDU-NEET", "CRIME"],
             ["historical-looking: the burglary was in 2023 but probation is current, so CRIME present (convention 7)"]),
        ]),
        ("C", "2026-02-09", [
            ("blue",
             "Sophie found herself a job at the bakery in Copperbeck in November and does a Level 2 course "
             "one day a week.",
             [],
             ["historical: NEET status ended with the job"]),
            ("green",
             "Ollie has been to his asthma review and the practice nurse changed his inhaler; Gemma has set "
             "phone reminders for his appointments.",
             ["PH"],
             []),
            ("yellow",
             "Mark's probation ended in December. Gemma and Mark have since split up and argue over whether "
             "Ollie can stay at Mark's at weekends; they have started family mediation.",
             ["REL-CONF"],
             ["historical: probation over, so no CRIME"]),
        ]),
    ]),
]

# ---------------------------------------------------------------------------
# Unboxed notes: (id, date, locality, gold level or None, narrative, [codes], [traps])
# The narratives.csv level column is empty; the gold level is judged from
# the highest level cue in the text (convention 2).
# ---------------------------------------------------------------------------
UNBOXED = [
    ("JV001", "2025-03-04", "Saltmere", "red",
     "Danger statement agreed at the strategy meeting on 3 March: we are worried that Kian (4) and Maisie "
     "(2) are left in a cold flat with no food while their mum Jade sleeps off heavy drinking, and that they "
     "will be hurt. Kian told nursery 'Mummy was asleep on the floor and we had crisps for tea.' Section 47 "
     "enquiries started.",
     ["SAFE-NEG", "SUB"],
     []),
    ("JV002", "2025-10-13", "Tollbridge", "orange",
     "Scaling at the TAF meeting: school put Connor (14) at 3/10. Connor has had three suspensions since "
     "September for fighting and swearing at staff, and Brackenby Academy are proposing a managed move to "
     "Moorgate High. Dad said 'he's no bother at home, it's just school.'",
     ["EDU-EXC"],
     ["negation: 'no bother at home', so no REL-PAR"]),
    ("JV003", "2025-05-19", "Copperbeck", "green",
     "Call from the health visitor. Amelia (9 months) has not had any of her baby immunisations and her mum "
     "Rochelle says 'I don't trust them, I've read stuff.' The health visitor will talk it through at the "
     "next visit. Rochelle is warm with Amelia, and feeding and weight are fine.",
     ["PH"],
     []),
    ("JV004", "2025-02-24", "Tollbridge", "blue",
     "Kirsty rang for advice: her son Alfie (17) has been out of work since his apprenticeship ended in "
     "January and 'just games all day.' We gave her the details of the local jobs and careers website and "
     "she said she would sit down with him and look tonight.",
     ["EDU-NEET"],
     ["convention 11: a 17-year-old out of work is EDU-NEET only, not FIN",
      "level: signposting the family acts on itself, blue"]),
    ("JV005", "2025-06-09", "Saltmere", "yellow",
     "What we are worried about: Kelsey (12) looks after her mum Sandra, who has severe rheumatoid "
     "arthritis, before and after school - she helps her dress, does the shopping and hands out her tablets. "
     "Kelsey said 'I don't get to go to Guides any more.' What's working well: Kelsey's attendance is 97%. "
     "Referral to the young carers service.",
     ["CARER", "PH"],
     []),
    ("JV006", "2025-04-28", "Copperbeck", "orange",
     "MARAC referral made today. Natalie told me her husband Phil checks who she texts, won't let her see "
     "her sister and has said 'you'll never see the kids again if you leave.' DASH score 16. The children, "
     "Ben (10) and Evie (7), live at home.",
     ["DA"],
     []),
    ("JV007", "2025-08-18", "Tollbridge", None,
     "Contact from Mrs Okafor, the children's grandmother, who had heard a rumour that her "
     "daughter-in-law was drinking. On the home visit the house was warm and tidy with plenty of food in, "
     "and Mum said 'I don't drink, I never have.' Both children are doing well at St Oswin's. No further "
     "action.",
     [],
     ["negation: drinking denied and rumour not borne out, no SUB",
      "negation: home conditions good, no SAFE-NEG"]),
    ("JV008", "2025-03-17", "Saltmere", "red",
     "Jayden (15) is subject to a child protection plan. He has not been in school since January and was "
     "reported missing four times in February; police found him each time in Dunmere with cash and two new "
     "phones and believe he is being used in county lines.",
     ["SAFE-EXP", "EDU-ATT"],
     ["convention 7: police finding a missing child is not CRIME",
      "convention 12: no drugs found, cash and phones alone give SAFE-EXP, not CRIME"]),
    ("JV009", "2025-11-03", "Copperbeck", "yellow",
     "Family support worker allocated. Tasha said 'we're drowning' - she and her three children have been "
     "sofa-surfing at her sister's since October, six people in a two-bed flat, and the younger two, Riley "
     "(8) and Mia (5), sleep on the living room floor.",
     ["HOUS"],
     []),
    ("JV010", "2025-09-29", "Tollbridge", "green",
     "Nursery keyworker's note: Oscar (3) is not yet putting two words together and still has a bottle all "
     "day. Oscar's dad said 'his big brother was exactly the same and he's fine now.' The keyworker will do "
     "a speech screen with him.",
     ["EYD"],
     []),
    ("JV011", "2025-07-07", "Saltmere", "orange",
     "Police call-out on Saturday night: Brandon (15) and his friends were throwing stones at buses on the "
     "Eastfield estate and Brandon was given a community resolution. Mum Lisa said 'he's out of control, he "
     "doesn't listen to a word I say and comes in when he wants.'",
     ["CRIME", "REL-PAR"],
     []),
    ("JV012", "2025-12-01", "Copperbeck", "blue",
     "Dad (Sean) rang for advice: Charlie (9) refuses to turn his tablet off at teatime and 'it always ends "
     "in a row.' We sent him the parenting tips leaflet and Sean said he would try the 'when-then' idea this "
     "week.",
     ["REL-PAR"],
     []),
    ("JV013", "2025-05-06", "Tollbridge", "yellow",
     "Referral to the drug and alcohol service. Wayne told me 'I'm on a bottle of vodka a day, I know it's "
     "got to stop.' Wayne works shifts at the depot. He denies ever driving the children after drinking.",
     ["SUB"],
     ["negation: denial of drink-driving does not cancel the present drinking",
      "convention 5: shift work is not FIN"]),
    ("JV014", "2025-04-22", "Saltmere", "red",
     "Nathan (8) and Ruby (5) have been looked after under section 20 since 14 April and are with foster "
     "carers after their mum Hollie was admitted to hospital under the Mental Health Act. Hollie had stopped "
     "taking her medication and told the ward nurse 'the voices said the children weren't safe at home.'",
     ["MH-ADULT"],
     ["convention 12: 'foster carers' is not CARER",
      "psychiatric admission is MH-ADULT, not PH"]),
    ("JV015", "2025-10-20", "Tollbridge", "green",
     "From the SENCO at Fernhill Primary: Declan (7) has been referred by the GP for an autism assessment "
     "and has SEN support in class with a visual timetable. Mum said 'he's always done things his own way.'",
     ["EDU-SEND"],
     []),
    ("JV016", "2025-06-02", "Copperbeck", "orange",
     "The landlord served a section 8 notice on 2 June for £3,100 rent arrears; the court date is 14 July. "
     "Dad (Martin) said 'since I lost my hours we've been choosing between food and the rent.' The family "
     "have used the Copperbeck food bank twice.",
     ["HOUS", "FIN"],
     []),
    ("JV017", "2025-09-08", "Saltmere", "yellow",
     "What's working well: Sarah and Jamie both come to every meeting. What we are worried about: since they "
     "separated in March they cannot agree where the children should live, and Leah (11) said 'I just want "
     "them to stop going on about it.' Sarah said 'it's never been violent, it's just horrible.' Referral to "
     "family mediation.",
     ["REL-CONF"],
     ["negation: 'never been violent', so no DA"]),
    ("JV018", "2026-01-05", "Tollbridge", None,
     "Anonymous call saying the children at 14 Larch Road are left alone. Visit made the same day: Katie "
     "was at home, the children were asleep, the house was clean and there was food in the fridge. Katie "
     "said her neighbour 'has had it in for me since the row about the bins.' No concerns found; no further "
     "action.",
     [],
     ["negation: alleged neglect not found, no SAFE-NEG",
      "convention 6: the neighbour dispute is outside the household"]),
    ("JV019", "2025-03-10", "Copperbeck", "orange",
     "CAMHS referral accepted. Megan (15) has been cutting her arms and told her mum 'I don't want to be here "
     "any more.' She stopped going to school after half term and has not been in since February.",
     ["MH-CHILD", "EDU-ATT"],
     []),
    ("JV020", "2025-07-28", "Saltmere", "blue",
     "Priya asked for information about managing Arjun's (6) eczema flare-ups; she has been using the NHS "
     "website and her sister, who is a nurse, is helping her. Priya said 'it's under control most weeks.' "
     "Priya's brother in Leicester has been 'in and out of rehab' but has no contact with the family.",
     ["PH"],
     ["level: the sister being a nurse is family network, not a universal service, so blue",
      "convention 6: the brother's drug treatment is outside the household, no SUB"]),
    ("JV021", "2025-11-24", "Tollbridge", "yellow",
     "Ethan (13) helps look after his brother Max (9), who has cerebral palsy, lifting him in and out of his "
     "wheelchair after school while Mum is at work. Ethan said 'my back hurts sometimes.' Referral to "
     "Tollbridge Young Carers.",
     ["CARER", "PH"],
     []),
    ("JV022", "2025-05-12", "Saltmere", "orange",
     "Police arrested Darren, Mum's partner who lives in the home, on 9 May for dealing cannabis from the "
     "flat; he is on bail. Mum (Lauren) said 'I had no idea it was going on under my roof.' Lauren does not "
     "use drugs and her hair strand test was negative.",
     ["CRIME"],
     ["dealing by a household member is CRIME; no drug use described, so no SUB",
      "negation: Lauren's negative test"]),
    ("JV023", "2025-08-11", "Copperbeck", "green",
     "Health visitor's one-year review: Alfie (13 months) is not yet sitting up on his own and the health "
     "visitor has asked the GP to do a development check. Mum (Jodie) laughed: 'he's just lazy like his "
     "dad!'",
     ["EYD"],
     []),
    ("JV024", "2025-10-27", "Tollbridge", "red",
     "PLO letter issued on 20 October. Despite the child protection plan, Tyler (9) and Skye (6) still "
     "arrive at school hungry and unwashed and there is rarely any food in the house. Mum (Donna) has been "
     "arrested twice since August for shoplifting from the Co-op.",
     ["SAFE-NEG", "CRIME"],
     []),
    ("JV025", "2025-04-14", "Copperbeck", "yellow",
     "Karen starts a Triple P parenting course on 5 May. Karen said 'Lewis (10) hits his sister and me when "
     "he doesn't get his own way, and I end up giving in.'",
     ["REL-PAR"],
     ["convention 8: child-to-parent violence with no police is REL-PAR only, not DA or CRIME"]),
    ("JV026", "2025-12-08", "Saltmere", "orange",
     "A managed move to Saltmere Academy has been agreed for Rhys (13) after he was found with a knife in "
     "his bag; police were called and he was given a youth caution. Rhys says he carried it because 'the "
     "older lads have been bullying me and taking my money on the way home.'",
     ["EDU-EXC", "CRIME", "SAFE-EXP"],
     []),
    ("JV027", "2025-02-03", "Tollbridge", "green",
     "Kacey (8) is often late to St Oswin's - 22 lates this term - because Dad (Rob) does the school run "
     "straight after his night shift. Rob said 'I'm shattered but I get her there.' Rob's job is secure and "
     "there are no money worries. Kacey's mum lives in Dunmere and Rob said 'she's back on the drink, that's "
     "why Kacey lives with me.'",
     ["EDU-ATT"],
     ["convention 5: shift work is not FIN; negation: no money worries",
      "convention 6: mum lives outside the household, her drinking is not SUB"]),
    ("JV028", "2025-06-16", "Copperbeck", "blue",
     "Becky has been paying £30 a month off her £600 gas arrears since January on a payment plan she set up "
     "with the supplier herself, after a friend gave her the number. Becky said 'it's slow but it's going "
     "down.'",
     ["FIN"],
     ["now-managing: still repaying arrears, so FIN present; level blue (family acting itself)"]),
    ("JV029", "2025-09-22", "Saltmere", None,
     "Background only: Dad (Gavin) was on probation in 2018 for assault, and Mum was seen by CAMHS as a "
     "teenager. Nothing current: Gavin has had no police contact since 2019 and Mum says her mental health "
     "'has been good for years.' Sienna (4) and Archie (2) are meeting their milestones.",
     [],
     ["historical: probation in 2018, no CRIME",
      "historical: mum's CAMHS as a teenager, no MH-ADULT or MH-CHILD",
      "strength: milestones met, no EYD"]),
    ("JV030", "2025-12-15", "Tollbridge", "yellow",
     "Early help worker's note: Jess (16) left her hairdressing course at Saltmere College in November and "
     "has not found anything else; she said 'I want to work but I don't know where to start.' Mum (Carla) "
     "has been out of work since her cleaning contract ended and the family is still waiting for its first "
     "Universal Credit payment.",
     ["EDU-NEET", "FIN"],
     []),
    ("JV031", "2025-08-25", "Copperbeck", "red",
     "Strategy meeting: Amber (15) has been missing for three days and was last seen getting into a car "
     "with a 24-year-old man she met online. Section 47 enquiry started. Mum (Tracey) said 'she told me he "
     "was her boyfriend, I thought he was a lad from school.'",
     ["SAFE-EXP"],
     []),
    ("JV032", "2025-03-24", "Saltmere", "green",
     "Letter from the GP: Mum (Helen) has type 2 diabetes and has missed her last two diabetic reviews; she "
     "says 'with three under five I can't get there.' The practice will offer her phone reviews.",
     ["PH"],
     []),
    ("JV033", "2025-09-15", "Tollbridge", "orange",
     "Caitlin moved into the refuge in Saltmere on 1 September after her ex-partner Lee broke in and "
     "assaulted her; he was arrested and charged. She will be heard at MARAC on 12 September. The family are "
     "homeless and Caitlin, Oliver (6) and Poppy (3) share one room at the refuge.",
     ["DA", "HOUS"],
     ["convention 7: ex-partner's arrest for the assault is DA only, not CRIME"]),
    ("JV034", "2025-11-17", "Copperbeck", "blue",
     "Laura is watching the free online parenting videos we sent her the link to and says teatime "
     "tantrums with Tommy (5) are 'much calmer - we're down to one a week.'",
     ["REL-PAR"],
     ["now-managing: tantrums reduced but still happening, blue, REL-PAR present"]),
    ("JV035", "2025-07-14", "Saltmere", "yellow",
     "Portage worker to start home visits. Isabella (2) has Down's syndrome, is not yet crawling and has a "
     "heart condition followed by the children's hospital. Mum (Nadia) said 'I just want her to have every "
     "chance.'",
     ["EYD", "PH"],
     []),
    ("JV036", "2026-02-02", "Tollbridge", "orange",
     "YOS referral order made on 29 January for Kyle (16) after a robbery at the skate park. Kyle has not "
     "been in education, work or training since leaving Year 11 and said 'I'm not going back to school, "
     "there's no point.'",
     ["CRIME", "EDU-NEET"],
     []),
    ("JV037", "2025-05-27", "Copperbeck", "green",
     "School report: Poppy (10) told her teacher that girls in her class have set up a group chat to call her "
     "names and have told her 'nobody likes you.' The school is dealing with it under its anti-bullying "
     "policy and Poppy's mum knows.",
     ["SAFE-EXP"],
     []),
    ("JV038", "2025-10-06", "Saltmere", "red",
     "Child in need (s17) plan reviewed. Dad (Andy) is drinking heavily again since his wife died in June and "
     "the GP has started him on antidepressants for depression. Sophie (13) gets her brother Theo (8) up, "
     "fed and to school every day. Sophie's own attendance is 98%.",
     ["SUB", "MH-ADULT", "CARER"],
     ["'again' marks a current relapse, not a historical mention",
      "strength: 98% attendance is good news, no EDU-ATT"]),
    ("JV039", "2025-04-07", "Tollbridge", "yellow",
     "Referral to Citizens Advice. Mandy's PIP was stopped after a reassessment and she says 'I'm £180 a "
     "month short and the gas is off.' Mandy has COPD and is appealing the decision.",
     ["FIN", "PH"],
     []),
    ("JV040", "2025-06-23", "Copperbeck", "green",
     "Nursery note: Finley (3) is still in nappies and screams when taken to the toilet; Mum (Stacey) said "
     "'I'll wait till he's ready.' Nursery and the health visitor are giving toileting advice.",
     ["EYD"],
     []),
    ("JV041", "2026-03-09", "Saltmere", "orange",
     "Tyler (14) is open to CAMHS. He has been reported missing five times since Christmas, comes home with "
     "new trainers and cash, and was stopped by police in Saltmere carrying wraps of cannabis. He has ADHD and "
     "an EHCP at Moorgate High.",
     ["SAFE-EXP", "CRIME", "EDU-SEND", "MH-CHILD"],
     ["convention 12: drugs on an exploited child are SAFE-EXP + CRIME, not SUB",
      "convention 4: open to CAMHS gives MH-CHILD"]),
    ("JV042", "2025-02-17", "Tollbridge", "blue",
     "Erin told me 'the damp's back in the bathroom' - she has reported it to her landlord herself on the "
     "online portal and is running a dehumidifier her brother lent her.",
     ["HOUS"],
     []),
    ("JV043", "2025-08-04", "Copperbeck", "yellow",
     "Michael has been out of work for eight months since a back injury and the family use the food bank "
     "every week. The children told the family support worker 'Dad's always in bed.' Michael said he is in a "
     "lot of pain but 'my head's fine, I'm not depressed.'",
     ["FIN", "PH"],
     ["negation: 'I'm not depressed', so no MH-ADULT",
      "experiencer: the children's quote describes dad's physical condition, not a need of theirs"]),
    ("JV044", "2025-11-10", "Saltmere", None,
     "Lydia's hours are due to be cut at the end of the month. She said 'if that happens I might not make the "
     "rent', but at the moment she is fully up to date with her rent and bills. She has the Citizens Advice "
     "number should she need it.",
     [],
     ["hypothetical: rent shortfall only if hours are cut; currently up to date, so no FIN or HOUS"]),
    ("JV045", "2025-11-10", "Tollbridge", "red",
     "Interim care order granted on 7 November for Mason (3). His mum Kayleigh was attacked by her partner "
     "Craig in front of Mason and Craig has been remanded in custody. A non-molestation order is in place.",
     ["DA"],
     ["convention 7: partner remanded for assault on mum is DA only, not CRIME"]),
    ("JV046", "2025-12-01", "Saltmere", "green",
     "SENCO: Harriet (12) has dyslexia and is on SEN support; she has extra time in tests and a reader. Mum "
     "said 'she's flying now she has the help.'",
     ["EDU-SEND"],
     []),
    ("JV047", "2026-01-19", "Copperbeck", "orange",
     "Second suspension this term for Bailey (11) for hitting a teaching assistant, and the school has said "
     "he is at risk of permanent exclusion. A multi-agency TAF plan is being drawn up. Mum (Nikki) said 'he's "
     "the same at home, he put his fist through the door last week.'",
     ["EDU-EXC", "REL-PAR"],
     []),
    ("JV048", "2025-10-20", "Tollbridge", "yellow",
     "Rachel has done the first three sessions of the Freedom Programme after leaving her abusive ex-partner "
     "in August; she has not seen him since. Rachel said 'I'm learning to trust my own judgement again.'",
     ["DA"],
     ["convention 4: ongoing Freedom Programme gives DA present even though the relationship ended"]),
    ("JV049", "2026-02-16", "Saltmere", "green",
     "Health visitor: Chloe scored 14 on the postnatal depression scale at the six-week check and said 'I'm "
     "not enjoying him like I should.' The health visitor will do listening visits and the GP has started her "
     "on sertraline.",
     ["MH-ADULT"],
     []),
    ("JV050", "2025-10-27", "Copperbeck", "orange",
     "Police were called to the home twice in October after Callum (15) smashed windows during rows with his "
     "dad. Dad (Neil) said 'I've told him, one more time and he's out.' Callum also vapes in his room.",
     ["REL-PAR", "CRIME"],
     ["convention 8: rows and damage by a child at home with police involved are REL-PAR + CRIME",
      "convention 12: vaping is not SUB"]),
]

LEVELS = ["blue", "green", "yellow", "orange", "red"]


def build():
    narr_rows, gold_rows, traps = [], [], {}
    for case_id, locality, triages in CASES:
        for stage_letter, date, boxes in triages:
            triage_id = "%s-%s" % (case_id, stage_letter)
            stage = "assessment" if stage_letter == "A" else "closure"
            for level, text, codes, tnotes in boxes:
                nid = "%s-%s" % (triage_id, level)
                narr_rows.append([nid, triage_id, case_id, stage, date, level, locality, text])
                for c in codes:
                    gold_rows.append([nid, c, level])
                if tnotes:
                    traps[nid] = tnotes
    for nid, date, locality, level, text, codes, tnotes in UNBOXED:
        narr_rows.append([nid, nid, nid, "assessment", date, "", locality, text])
        for c in codes:
            gold_rows.append([nid, c, level])
        if tnotes:
            traps[nid] = tnotes
    with open(os.path.join(HERE, "narratives.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(narr_rows)
    with open(os.path.join(HERE, "gold.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("narratives %d, gold rows %d, narratives with traps %d"
          % (len(narr_rows), len(gold_rows), len(traps)))


if __name__ == "__main__":
    build()
