#!/usr/bin/env python3
"""Blind gold set z94: young people at risk outside the home (2025-26).

Every narrative, its hand-assigned gold codes and short trap notes are held
here. Running this script writes narratives.csv, gold.csv and traps.json
(UTF-8 without BOM, CRLF line endings).

Coded by hand from /work/shared/taxonomy.md only. Gold codes are `present`
issues only; a boxed narrative's codes take the box level; an unboxed note's
codes all take the highest level cue in its text (convention 2).

Trap types used in traps.json:
  negated      - the text rules the issue out ("denies", "no concerns", "never")
  historical   - the issue is described as over / ended / in the past
  hypothetical - "if ...", "worries that ... might", "could", not yet real
  need_met     - a need that has been met / resolved (closure-style good news)
  outside      - an issue of someone outside the household (conv. 6)
  lookalike    - a word that resembles a code term but is not that issue
  convention   - a code that a keyword coder would add but a numbered
                 convention rules out (DA v CRIME, CPV, drugs on an exploited
                 child, parent carer, benefits, shifts, gambling ...)
  partial      - a negated/historical clause for a code that is nonetheless
                 present through another clause (the code IS gold)
  level        - a level-cue trap in an unboxed note
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Boxed cases: (case_id, locality, [ (stage_letter, date, [boxes]) ])
# box = (level, narrative, [gold codes], [(trap_type, code_or_None, note)])
# ---------------------------------------------------------------------------
CASES = [
    ("Z001", "Brackenfold", [
        ("A", "2025-04-07", [
            ("yellow",
             "Kai (14) out most evenings after school and not back till gone midnight, Donna has no idea where he goes. "
             "He's turned up with new designer trainers and a second phone she didn't buy him and she thinks older lads off the Quarry estate are drawing him in. "
             "Donna and Kai row most nights over curfew and he put his fist through his bedroom door last week. EHW to do boundaries work with Donna.",
             ["SAFE-EXP", "REL-PAR"], []),
            ("orange",
             "Reported missing x3 in March. On the last occasion police found him in Tallowmere with two males aged 18+ who are known for supply. "
             "RHI done by Lantern Team, Kai wouldn't say who he'd been with. Referred to the exploitation panel, NRM being considered.",
             ["SAFE-EXP"],
             [("convention", "CRIME", "police finding a missing child is safeguarding, not CRIME (conv. 7)"),
              ("outside", "CRIME", "the older males' supply offending is outside the household (conv. 6)")]),
        ]),
        ("C", "2025-09-15", [
            ("yellow",
             "No missing episodes since May. However Kai is still in touch with one of the older males on Snapchat, so the Lantern worker is carrying on with 1:1 sessions until Christmas.",
             ["SAFE-EXP"],
             [("partial", "SAFE-EXP", "'no missing episodes since May' is historical but the ongoing contact and Lantern sessions keep SAFE-EXP present")]),
        ]),
    ]),
    ("Z002", "Sedgecombe", [
        ("A", "2025-05-12", [
            ("orange",
             "Amira (15) sent intimate images to a male she met on a gaming app who told her he was 16; police now think he is an adult living in another force area. "
             "The pictures have since gone round her year group. Amira has been cutting her arms and is referred to CAMHS. Police investigation ongoing.",
             ["SAFE-EXP", "MH-CHILD"],
             [("outside", "CRIME", "the police investigation is into an adult outside the household; Amira is the victim")]),
        ]),
        ("C", "2025-11-03", [
            ("green",
             "Amira back in full-time lessons and sees the school counsellor every week. She says she hasn't self-harmed since July.",
             ["MH-CHILD"],
             [("partial", "MH-CHILD", "self-harm described as stopped, but weekly counselling is ongoing (conv. 4)"),
              ("need_met", "EDU-ATT", "'back in full-time lessons' is good news, no attendance need stated")]),
            ("blue",
             "Samira and Karim have put parental controls on the home wifi and went to the school's online safety evening; Amira keeps her accounts on private now. "
             "Yusuf's bedwetting, which the GP saw him about in the spring, has stopped.",
             ["SAFE-EXP"],
             [("historical", "PH", "Yusuf's bedwetting has stopped")]),
        ]),
    ]),
    ("Z003", "Tallowmere", [
        ("A", "2025-03-03", [
            ("yellow",
             "Reece (16) left Sedgecombe College in January after four weeks and hasn't been in any education, training or work since, stays in his room gaming. "
             "Mum Tracey has depression, on sertraline from her GP, and says she hasn't the energy to push him. Tracey works 16 hrs a week at a supermarket.",
             ["EDU-NEET", "MH-ADULT"],
             [("convention", "FIN", "a 16+ NEET young person is EDU-NEET only; mum is working, no money problem (conv. 11)")]),
            ("orange",
             "Stopped by police in February with a kitchen knife in his waistband, says he carries it because 'everyone does'. Given a youth conditional caution and now open to YOS, worker visiting weekly.",
             ["CRIME"], []),
        ]),
        ("C", "2025-10-20", [
            ("yellow",
             "Reece enrolled on the Level 1 construction course at Sedgecombe College in September and is going in. YOS worker still sees him fortnightly until his caution conditions end in November. "
             "Tracey still low, she has self-referred to Talking Therapies.",
             ["CRIME", "MH-ADULT"],
             [("need_met", "EDU-NEET", "Reece is now in education; the NEET need is met")]),
        ]),
    ]),
    ("Z004", "Wrensmoor", [
        ("A", "2025-06-02", [
            ("yellow",
             "Kerry says she drinks a bottle of wine most evenings 'to unwind', denies any drug use, and has agreed to a referral to Crossroads Alcohol Service. "
             "Leo (2) only has a handful of words at his HV review and isn't using the funded 2-year-old nursery place he's entitled to.",
             ["SUB", "EYD"],
             [("partial", "SUB", "drug use denied, but the alcohol use keeps SUB present")]),
            ("red",
             "Tia-Rose (13) is in a 'relationship' with a 19-year-old male and stays overnight at his flat; missing x4 since April. "
             "Strategy meeting 28/05, s47 enquiries under way, CSE risk assessment scored high.",
             ["SAFE-EXP"],
             [("outside", "CRIME", "the adult male's offending is outside the household")]),
        ]),
        ("C", "2025-12-08", [
            ("yellow",
             "No contact with the male since he was charged in September, he has a bail condition not to contact her. "
             "Tia-Rose still goes missing for a few hours at a time, mostly with friends from school, and is still seeing the Lantern worker.",
             ["SAFE-EXP"],
             [("outside", "CRIME", "charge and bail conditions relate to the adult male outside the household")]),
            ("blue",
             "Kerry has cut her drinking right down to weekends and goes to the Crossroads peer group on Thursday nights.",
             ["SUB"], []),
        ]),
    ]),
    ("Z005", "Brackenfold", [
        ("A", "2025-02-10", [
            ("orange",
             "Jordan (15) found by BTP at Castlebury station three days after he was reported missing, with £400 cash and wraps of crack cocaine hidden on him. "
             "Arrested and released under investigation. Clear CCE / county lines indicators, NRM submitted.",
             ["SAFE-EXP", "CRIME"],
             [("convention", "SUB", "drugs found on an exploited child are SAFE-EXP and CRIME, not SUB (conv. 12)")]),
            ("yellow",
             "Efua very anxious since Jordan first went missing, having panic attacks, and her GP has started her on medication.",
             ["MH-ADULT"], []),
        ]),
        ("C", "2025-07-14", [
            ("orange",
             "Jordan rearrested in June for possession with intent to supply, now on a referral order with YOS. NRM came back with a positive reasonable grounds decision. "
             "He is still in touch with the line through a second phone and police disruption work is ongoing.",
             ["CRIME", "SAFE-EXP"], []),
        ]),
    ]),
    ("Z006", "Sedgecombe", [
        ("A", "2025-09-22", [
            ("green",
             "Ellie (14) refusing school since a photo of her was passed round her year group on Snapchat, attendance 54% this term. "
             "Pastoral lead at Brackenfold Academy has put a part-time timetable in place while they deal with the girls involved.",
             ["EDU-ATT", "SAFE-EXP"], []),
            ("yellow",
             "Lisa and Paul separated in July and argue constantly over Ellie's weekends; their messages are hostile, but Lisa says there has never been any violence or threats from Paul. "
             "Ellie says she feels stuck in the middle and her mood is very low.",
             ["REL-CONF", "MH-CHILD"],
             [("negated", "DA", "'never been any violence or threats' rules out DA")]),
        ]),
        ("C", "2026-02-02", [
            ("blue",
             "Lisa and Paul went to family mediation in the autumn and now stick to a written contact schedule, with handovers at school.",
             ["REL-CONF"], []),
        ]),
    ]),
    ("Z007", "Tallowmere", [
        ("A", "2025-01-20", [
            ("yellow",
             "Mason (12) lives with his nan Pat, who is his kinship carer under an SGO. He has had three fixed-term suspensions this term at Tallowmere Community College for fighting and walking out of lessons and school are talking about a managed move.",
             ["EDU-EXC"],
             [("convention", "CARER", "'kinship carer' is an adult carer, not a young carer (conv. 12)")]),
            ("orange",
             "PCSO reports Mason was with a group of lads from his year throwing stones at buses on two evenings; police did a home visit and gave an ASB warning. "
             "Pat worries that if it carries on he'll get pulled in by the older lads on the Quarry estate.",
             ["CRIME"],
             [("hypothetical", "SAFE-EXP", "exploitation is only a worry 'if it carries on'")]),
        ]),
        ("C", "2025-07-07", [
            ("green",
             "Managed move to Wrensmoor Free School went through in April and Mason hasn't had a suspension since. He's been diagnosed with ADHD and takes medication, SENCO has him on SEN support and reviews it each term.",
             ["EDU-SEND"],
             [("historical", "EDU-EXC", "managed move completed and no suspensions since"),
              ("convention", "PH", "ADHD medication is not a physical health need")]),
        ]),
    ]),
    ("Z008", "Wrensmoor", [
        ("A", "2025-10-06", [
            ("yellow",
             "Destiny (17) dropped out of her dog-grooming apprenticeship in the summer and isn't in any education, training or work. "
             "She does the shopping and cooking and helps Angela in and out of the shower because of Angela's rheumatoid arthritis. Angela gets PIP and says money is fine.",
             ["EDU-NEET", "CARER", "PH"],
             [("lookalike", "SAFE-EXP", "'dog-grooming' is not grooming"),
              ("negated", "FIN", "PIP alone with 'money is fine' is not FIN (conv. 5)")]),
            ("orange",
             "Destiny's boyfriend (22, lives in Sedgecombe) checks her phone, tells her what to wear and turned up at the house shouting when she didn't answer. "
             "Police attended 29/09 and arrested him for criminal damage to the front door. Destiny referred to the IDVA.",
             ["DA"],
             [("convention", "CRIME", "a partner's offence and arrest in a DA context is DA only (conv. 7)")]),
        ]),
        ("C", "2026-03-09", [
            ("green",
             "Destiny started a Level 2 childcare course at Sedgecombe College in January and has a Saturday job at a salon on a 3-month probation period. "
             "She still helps Angela with personal care and goes on the monthly Anchor Young Carers trips.",
             ["CARER"],
             [("need_met", "EDU-NEET", "now at college"),
              ("lookalike", "CRIME", "'probation period' at work is not probation")]),
            ("blue",
             "Destiny ended things with the boyfriend in November. He was bailed not to contact her and she keeps to the safety plan she made with the IDVA.",
             ["DA"],
             [("convention", "CRIME", "the ex-partner's bail is DA only")]),
        ]),
    ]),
    ("Z009", "Brackenfold", [
        ("A", "2025-03-17", [
            ("orange",
             "Callum (15) permanently excluded from Brackenfold Academy on 10/03 after being caught selling cannabis on site, now at Ferncliffe AP. "
             "Police were informed and gave him a community resolution. He admits he smokes cannabis every day himself.",
             ["EDU-EXC", "CRIME", "SUB"], []),
            ("yellow",
             "Steve lost his warehouse job in January; the UC claim left them five weeks without money and they have used St Anne's food bank twice. "
             "Ryan (11) has started copying his big brother, swearing at Steve and refusing to come in at night.",
             ["FIN", "REL-PAR"], []),
        ]),
        ("C", "2025-09-29", [
            ("blue",
             "Steve has been back in work on nights at the depot since July and they cleared the gas arrears in August. "
             "He sticks to the curfew and phones-off-at-ten rule with Ryan and says it's working. The boys get on better since they stopped sharing a room.",
             ["REL-PAR"],
             [("historical", "FIN", "arrears cleared, back in work"),
              ("convention", "FIN", "night-shift work is not FIN (conv. 5)"),
              ("need_met", None, "sibling relations described as better: only the managed curfew codes REL-PAR")]),
        ]),
    ]),
    ("Z010", "Sedgecombe", [
        ("A", "2025-11-10", [
            ("orange",
             "Arjun (16) was blackmailed on Instagram after sending an intimate image to someone pretending to be a girl his age; he paid £200 out of his savings before he told his parents. "
             "Reported to police. Arjun told his GP he has had thoughts of ending his life and he is now waiting for CAMHS.",
             ["SAFE-EXP", "MH-CHILD"], []),
            ("yellow",
             "Neha found out last month that Raj has run up around £8k of gambling debt on credit cards. They argue a lot about money, both say there is no abuse. Citizens Advice appointment booked.",
             ["FIN", "REL-CONF"],
             [("convention", "SUB", "gambling debts are FIN, not SUB (conv. 10)"),
              ("negated", "DA", "'both say there is no abuse'")]),
        ]),
        ("C", "2026-03-16", [
            ("blue",
             "Debt management plan set up, paying £150 a month. Raj has self-excluded from all the betting sites and goes to Gamblers Anonymous on Wednesdays.",
             ["FIN"],
             [("lookalike", "EDU-EXC", "'self-excluded' from betting sites is not school exclusion"),
              ("convention", "SUB", "gambling is not SUB")]),
        ]),
    ]),
    ("Z011", "Tallowmere", [
        ("A", "2025-04-28", [
            ("orange",
             "Kayden (13) brought a knife into school in his bag, 5-day suspension and police informed. He says a boy from the estate told him to hold onto it for him. Referred to Lantern Team for CCE screening.",
             ["EDU-EXC", "CRIME", "SAFE-EXP"], []),
            ("yellow",
             "Family evicted from their private let in February and now in a hostel, one room for Jade and the three children; Kayden sleeps on a camp bed.",
             ["HOUS"],
             [("partial", "HOUS", "the eviction is past but temporary accommodation/overcrowding is current")]),
        ]),
        ("C", "2025-10-13", [
            ("yellow",
             "Family moved into a 3-bed housing association house in August. CCE screening closed as low risk, Kayden has had no contact with the older boy since. "
             "He received a youth caution in June and the YJS worker is seeing him for prevention sessions until November.",
             ["CRIME"],
             [("need_met", "HOUS", "rehoused in August"),
              ("historical", "SAFE-EXP", "screening closed low risk, no contact since")]),
        ]),
    ]),
    ("Z012", "Wrensmoor", [
        ("A", "2025-07-21", [
            ("red",
             "Sophie (15) missing overnight on 12/07 and found by police in a hotel with a 34-year-old man she met on Discord; he has been arrested. ICPC 18/07, Sophie now on a CP plan under sexual harm.",
             ["SAFE-EXP"],
             [("convention", "CRIME", "police finding Sophie is safeguarding; the man's arrest is outside the household")]),
            ("orange",
             "Sophie cutting her arms and thighs, seen in A&E twice this month, CAMHS crisis team involved. "
             "Stepdad Dean lives with the family and is on licence after a prison sentence for burglary; his probation officer knows about the referral.",
             ["MH-CHILD", "CRIME"],
             [("convention", "PH", "self-harm injuries seen in A&E are MH-CHILD, not PH")]),
        ]),
        ("C", "2026-01-19", [
            ("orange",
             "CP plan ended in December. Sophie now seen weekly by CAMHS and says the self-harm is 'less'. No missing episodes since August and the man was convicted in November.",
             ["MH-CHILD"],
             [("historical", "SAFE-EXP", "no missing since August; offender convicted"),
              ("outside", "CRIME", "the man's conviction is outside the household")]),
            ("green",
             "Dean's licence finished in October and he's working for his brother's building firm.",
             [],
             [("historical", "CRIME", "licence finished")]),
        ]),
    ]),
    ("Z013", "Brackenfold", [
        ("A", "2025-05-19", [
            ("orange",
             "Nathan (17) charged with robbing a phone with two other lads, a knife was shown during the robbery. On bail with a curfew and a tag; first appearance at youth court next month and YOS preparing a pre-sentence report.",
             ["CRIME"], []),
            ("yellow",
             "Not in any education or training since he left his college course in March. Smokes cannabis every day and Mark thinks he takes pills at weekends. "
             "Mark has been a single dad since Nathan's mum died in 2019, says he's out of his depth and can't set any boundaries Nathan will keep.",
             ["EDU-NEET", "SUB", "REL-PAR"], []),
        ]),
        ("C", "2025-12-01", [
            ("yellow",
             "Nathan got a 9-month referral order in July and is engaging with YOS, no further offences. "
             "He started a traineeship with Brackenfold Community Works in October and is there four days a week.",
             ["CRIME"],
             [("need_met", "EDU-NEET", "now on a traineeship"),
              ("partial", "CRIME", "'no further offences' but the referral order is ongoing")]),
        ]),
    ]),
    ("Z014", "Sedgecombe", [
        ("A", "2025-10-20", [
            ("green",
             "Lola (12) being called names in a Year 7 group chat and left out at lunchtimes. Larkspur Academy pastoral team have removed the main girl from the chat and are doing restorative work.",
             ["SAFE-EXP"], []),
            ("yellow",
             "Hannah diagnosed with postnatal depression after Noah (4 months) was born; HV visiting fortnightly and a Nest Family volunteer comes on Tuesdays. Noah feeding well and following his centile.",
             ["MH-ADULT"],
             [("need_met", "EYD", "Noah's feeding and growth are good news, no need")]),
        ]),
        ("C", "2026-02-23", [
            ("blue",
             "Hannah feels much better; she's still taking her antidepressants and walks with the mums' group from the family hub twice a week.",
             ["MH-ADULT"], []),
        ]),
    ]),
    ("Z015", "Tallowmere", [
        ("A", "2025-08-11", [
            ("orange",
             "Liam (14) has gone missing four times since June after rows with his dad, twice staying at the flat of a 20-year-old man he met at the skate park; police found cannabis there and other boys. Lantern Team doing the RHIs.",
             ["SAFE-EXP", "REL-PAR"],
             [("outside", "SUB", "cannabis at the adult's flat is not Liam's drug use"),
              ("convention", "CRIME", "police finding Liam is safeguarding")]),
            ("yellow",
             "Tomasz denies any low mood and his GP has no concerns about his mental health, but he is drinking 6-7 cans most nights and agreed to an alcohol brief intervention. "
             "Ava (9) tells school that Liam and her dad shout at each other a lot.",
             ["SUB", "REL-PAR"],
             [("negated", "MH-ADULT", "low mood denied, GP no concerns")]),
        ]),
        ("C", "2026-01-12", [
            ("blue",
             "Liam has a safety plan from his Lantern worker with a code word he texts Tomasz when he wants collecting, he's used it once. No missing episodes in the last three months.",
             ["SAFE-EXP"],
             [("partial", "SAFE-EXP", "no recent missing episodes, but the safety plan is being used: managing in a blue box")]),
        ]),
    ]),
    ("Z016", "Wrensmoor", [
        ("A", "2025-02-24", [
            ("orange",
             "Jaylen (16) was stabbed in the thigh in an unprovoked attack in November 2024 and since then has become withdrawn, won't go out after dark and gets flashbacks. CAMHS trauma assessment pending. "
             "Older brother Marcus (19) is in HMP Castlebury on a drugs sentence and Jaylen is scared he could be targeted because of him.",
             ["MH-CHILD"],
             [("historical", "PH", "the stab wound was in 2024"),
              ("outside", "CRIME", "Marcus is in prison, not in the household"),
              ("hypothetical", "SAFE-EXP", "being targeted is a fear, not a described risk event")]),
            ("yellow",
             "Jaylen's attendance at Sedgecombe College down to 62% since Christmas and his tutor warns he could be withdrawn from the course.",
             ["EDU-ATT", "EDU-NEET"],
             [("partial", "EDU-NEET", "'could be withdrawn' is the at-risk-of-NEET the code covers, so present")]),
        ]),
        ("C", "2025-07-28", [
            ("green",
             "Jaylen's attendance picked up and he passed the year. He finished trauma-focused CBT with CAMHS and was discharged in June, and now sees the college counsellor fortnightly.",
             ["MH-CHILD"],
             [("partial", "MH-CHILD", "CAMHS discharge is historical but counselling continues"),
              ("need_met", "EDU-ATT", "attendance recovered")]),
        ]),
    ]),
    ("Z017", "Sedgecombe", [
        ("A", "2025-06-16", [
            ("yellow",
             "Alfie (6) comes in wearing the same uniform all week, is often hungry at breakfast club and keeps getting head lice. Rosie (3) hasn't been brought to her nursery sessions since Christmas. "
             "Carly says the washing machine broke and she can't afford another since her UC was sanctioned in April.",
             ["SAFE-NEG", "EYD", "FIN"], []),
            ("orange",
             "Skye (13) stays out overnight at an address in town with boys aged 17-19; Carly reports her missing each time and police have brought her home twice. Skye vapes but Carly doesn't think she's using anything else.",
             ["SAFE-EXP"],
             [("convention", "SUB", "vaping is not SUB (conv. 12)"),
              ("negated", "SUB", "'doesn't think she's using anything else'"),
              ("convention", "CRIME", "police returning a missing child is not CRIME")]),
        ]),
        ("C", "2025-12-15", [
            ("yellow",
             "Skye still goes missing about once a month and was found at the same address in November. Lantern worker and school DSL sharing information through the TAF.",
             ["SAFE-EXP"], []),
        ]),
    ]),
    ("Z018", "Tallowmere", [
        ("A", "2025-09-08", [
            ("orange",
             "Prevent referral made by school after Harvey (15) shared extreme far-right memes in class; he says 'older guys' in a Telegram group tell him what to post. Channel panel has taken the case. "
             "Two suspensions this term, for the posts and for threatening another pupil, and he is at risk of permanent exclusion.",
             ["SAFE-EXP", "EDU-EXC"],
             [("partial", "EDU-EXC", "'at risk of permanent exclusion' is covered by EDU-EXC, so present")]),
            ("yellow",
             "Karen is a parent carer for Harvey, who has an EHCP for autism. She finds his meltdowns at home very hard: he has broken the TV and pushed her into the door frame twice. Booked on the Spectrum Steps parenting course.",
             ["REL-PAR", "EDU-SEND"],
             [("convention", "CARER", "'parent carer' is not a young carer (conv. 12)"),
              ("convention", "DA", "child-to-parent violence is REL-PAR, not DA (conv. 8)")]),
        ]),
        ("C", "2026-03-02", [
            ("orange",
             "Channel mentor still meets Harvey weekly, no extreme posts since November. He moved to Ferncliffe AP on a managed move in January, to be reviewed at 12 weeks.",
             ["SAFE-EXP", "EDU-EXC"],
             [("partial", "SAFE-EXP", "'no posts since November' but Channel support is ongoing")]),
        ]),
    ]),
    ("Z019", "Brackenfold", [
        ("A", "2025-11-17", [
            ("yellow",
             "Zara (14) has a 17-year-old boyfriend who keeps asking her for nude pictures. She hasn't sent any and told her form tutor; the DSL did an online safety session with her and has let her parents know.",
             ["SAFE-EXP"],
             [("partial", "SAFE-EXP", "'hasn't sent any' does not negate the pressure she is under")]),
            ("green",
             "Imran and Rukhsana say they're worried sick and have taken her phone off her. Zara says home feels like a prison and she has stopped talking to them.",
             ["REL-PAR"],
             [("lookalike", "MH-ADULT", "'worried sick' is parental worry, not a parent's mental health need")]),
        ]),
        ("C", "2026-04-13", [
            ("blue",
             "Zara and her mum have a catch-up every Sunday evening and the family stick to the going-out rules they agreed together; Zara says home feels 'normal again'. "
             "She ended it with the boyfriend in January and there has been no contact since.",
             ["REL-PAR"],
             [("historical", "SAFE-EXP", "relationship ended, no contact since")]),
        ]),
    ]),
    ("Z020", "Sedgecombe", [
        ("A", "2025-03-31", [
            ("yellow",
             "Ollie (13) does a lot of the caring for his dad Rob, who has MS and uses a wheelchair: medication, meals and helping him to the toilet in the night. Referred to Anchor Young Carers. Late to school 14 times this term.",
             ["CARER", "PH", "EDU-ATT"], []),
            ("orange",
             "Ollie told his teacher that older boys outside the Spar have offered him £50 to 'drop off a bag'. He says he said no. Info passed to police and the Lantern Team, PCSO patrols stepped up.",
             ["SAFE-EXP"],
             [("partial", "SAFE-EXP", "'he said no' does not remove the approach by older boys"),
              ("convention", "CRIME", "police acting on intelligence to protect Ollie is not CRIME")]),
        ]),
        ("C", "2025-10-06", [
            ("green",
             "Ollie goes to the Anchor Young Carers club every other week. Rob's MS has got worse but he now has carers from the council twice a day, so Ollie does less. Ollie on time for school most days.",
             ["CARER", "PH"],
             [("lookalike", "CARER", "'carers from the council' are adult carers; CARER is coded for Ollie's young carers club"),
              ("need_met", "EDU-ATT", "now on time most days")]),
        ]),
    ]),
    ("Z021", "Tallowmere", [
        ("A", "2025-05-06", [
            ("red",
             "Michelle's partner Lee assaulted her in front of the children on 01/05; police attended and he was arrested. DASH high risk, MARAC on 14/05. Strategy meeting held and s47 enquiries for Shannon (16) and Kacey (8).",
             ["DA"],
             [("convention", "CRIME", "the partner's assault and arrest are DA only (conv. 7)")]),
            ("orange",
             "Shannon has been staying at friends' houses and was reported missing twice in April; she says she won't come home while Lee is there.",
             ["SAFE-EXP"], []),
        ]),
        ("C", "2025-11-10", [
            ("yellow",
             "Lee has moved out and there is a non-molestation order in place. Michelle is doing the Freedom Programme. Shannon back living at home and no missing reports since June.",
             ["DA"],
             [("historical", "SAFE-EXP", "no missing reports since June")]),
        ]),
    ]),
    ("Z022", "Wrensmoor", [
        ("A", "2025-09-15", [
            ("orange",
             "Tyler (15) posted a Snapchat video holding a machete over drill lyrics naming a rival area. Police did a home visit and seized two knives from his bedroom; referred to the YJS prevention team. "
             "Police say they have no intelligence linking him to any group or to exploitation.",
             ["CRIME"],
             [("negated", "SAFE-EXP", "police: no intelligence of group links or exploitation")]),
            ("yellow",
             "Tyler picks on his brother Jacob (10), punching him and taking his things, and Stacey can't stop him. Stacey has agoraphobia and anxiety and rarely leaves the house, so Jacob misses school when Tyler won't walk him; Jacob's attendance 83%.",
             ["REL-PAR", "MH-ADULT", "EDU-ATT"], []),
        ]),
        ("C", "2026-02-09", [
            ("yellow",
             "YJS prevention sessions finished in January and there has been no police contact since. Stacey started online CBT and managed the school run twice last week.",
             ["MH-ADULT"],
             [("historical", "CRIME", "YJS sessions finished, no police contact since")]),
        ]),
    ]),
    ("Z023", "Sedgecombe", [
        ("A", "2025-01-13", [
            ("orange",
             "Kian (16, EHCP for learning difficulties) let a man he met online move money through his bank account for a 'cut'; the bank has frozen the account and police are treating Kian as a victim of exploitation. "
             "Bernadette has had a possession notice from the housing association for £2,300 rent arrears.",
             ["SAFE-EXP", "EDU-SEND", "HOUS", "FIN"],
             [("convention", "CRIME", "police treat Kian as a victim; the man is outside the household")]),
            ("yellow",
             "Kian is on a supported internship but isn't engaging and his job coach warns the placement could end, leaving him with nothing.",
             ["EDU-NEET"],
             [("partial", "EDU-NEET", "at risk of NEET is present per the code definition")]),
        ]),
        ("C", "2025-06-23", [
            ("yellow",
             "Hearing at the county court adjourned after Bernadette agreed to pay £25 a week on top of the rent; Citizens Advice helping her claim a Discretionary Housing Payment.",
             ["HOUS", "FIN"],
             [("lookalike", "SAFE-EXP", "'county court' is not county lines")]),
        ]),
    ]),
    ("Z024", "Brackenfold", [
        ("A", "2025-10-27", [
            ("yellow",
             "Grace (13) in two fights in the playground this half term, one 3-day suspension and now on a behaviour contract.",
             ["EDU-EXC"], []),
            ("green",
             "Grace has asthma, one A&E visit this year and keeps missing doses of her preventer inhaler; school nurse has updated her care plan. Rachel works 12-hour shifts at the hospital and nan collects Grace from school.",
             ["PH"],
             [("lookalike", "SAFE-EXP", "'missing doses' is not a missing episode"),
              ("convention", "FIN", "shift work is not FIN (conv. 5)")]),
        ]),
        ("C", "2026-03-23", [
            ("green",
             "No suspensions since November and the behaviour contract ended at Christmas. School nurse still reviews Grace's asthma plan each term.",
             ["PH"],
             [("historical", "EDU-EXC", "no suspensions since November, contract ended")]),
        ]),
    ]),
    ("Z025", "Tallowmere", [
        ("A", "2025-07-07", [
            ("orange",
             "Police called three times since May when Malik (14) smashed windows and threatened his mum Fatima with a kitchen knife during rows about his phone. Arrested on the last occasion and now with YOS on a youth caution.",
             ["REL-PAR", "CRIME"],
             [("convention", "DA", "child-to-parent violence is REL-PAR (+CRIME with police), not DA (conv. 8)")]),
            ("yellow",
             "Fatima low in mood, crying most days and says she is frightened of her own son. GP has referred her to Talking Therapies.",
             ["MH-ADULT"], []),
        ]),
        ("C", "2025-12-22", [
            ("blue",
             "Fatima and Malik finished the non-violent resistance programme together. She uses her de-escalation plan when he gets wound up and there have been no police call-outs since August.",
             ["REL-PAR"],
             [("historical", "CRIME", "no call-outs since August")]),
        ]),
    ]),
    ("Z026", "Wrensmoor", [
        ("A", "2025-04-14", [
            ("orange",
             "Chantelle (15) regularly walks out of school at lunchtime to meet her 18-year-old boyfriend, who gives her cannabis and lifts in his car. She was missing overnight at Easter. Police have submitted a CSE intelligence report.",
             ["SAFE-EXP", "EDU-ATT", "SUB"],
             [("convention", "CRIME", "the police intelligence report is safeguarding, not offending by Chantelle"),
              ("partial", "SUB", "her own cannabis use is SUB; conv. 12 covers only drugs found on an exploited child")]),
            ("green",
             "Black mould in the children's bedroom and the baby (7 months) has a chesty cough; HV has written to the landlord to back the repair request. HV also notes he hasn't started on solids yet.",
             ["HOUS", "PH", "EYD"], []),
        ]),
        ("C", "2025-10-20", [
            ("yellow",
             "Chantelle says she has stopped seeing the boyfriend and there have been no missing episodes since May, but she is still smoking cannabis most days and has been referred to Horizons young people's drug service.",
             ["SUB"],
             [("historical", "SAFE-EXP", "relationship over and no missing episodes since May")]),
        ]),
    ]),
    ("Z027", "Sedgecombe", [
        ("A", "2025-12-01", [
            ("yellow",
             "Aiden (17) was caught up in county lines in 2023 and his referral order finished last year; police have no intelligence of any involvement since. He's now NEET and at home all day. "
             "Mum Claire is waiting for a second hip replacement, in constant pain and out of work on ESA; they owe £600 on the electric.",
             ["EDU-NEET", "PH", "FIN"],
             [("historical", "SAFE-EXP", "county lines involvement was in 2023"),
              ("historical", "CRIME", "referral order finished last year")]),
            ("green",
             "GP treating Aiden for low mood with medication and has pointed him to an online counselling service.",
             ["MH-CHILD"], []),
        ]),
    ]),
    ("Z028", "Brackenfold", [
        ("A", "2025-02-03", [
            ("orange",
             "An adult man posing as a 12-year-old on Roblox got Maya (11) to move to Snapchat and sent her sexual messages. Jess found them and called police, who have taken Maya's tablet. "
             "Maya is anxious, won't sleep on her own and has started wetting the bed again.",
             ["SAFE-EXP", "MH-CHILD", "PH"],
             [("convention", "CRIME", "the offender is outside the household; police action is safeguarding")]),
            ("blue",
             "Jess has read the police online safety leaflet for parents and set up Family Link on Maya's new phone. Dan had a drink problem years ago but has been sober since 2019.",
             ["SAFE-EXP"],
             [("historical", "SUB", "dad sober since 2019")]),
        ]),
        ("C", "2025-07-21", [
            ("green",
             "Maya is sleeping in her own bed and there has been no wetting for six weeks. The school pastoral worker still checks in with her every week about her worries.",
             ["MH-CHILD"],
             [("historical", "PH", "sleep and wetting problems have stopped")]),
        ]),
    ]),
    ("Z029", "Tallowmere", [
        ("A", "2025-11-03", [
            ("orange",
             "Ethan (16) arrested on bonfire night with a group throwing fireworks at a bus, released with a community resolution. He had been stopped in October with a lock knife in his pocket; YOS assessment booked.",
             ["CRIME"], []),
            ("yellow",
             "Sienna (14) can't get to sleep and has had panic attacks at school, she says she's scared Ethan is going to get stabbed. Her attendance has dropped to 79%. "
             "Gavin and Louise disagree about how to handle Ethan and row about it constantly.",
             ["MH-CHILD", "PH", "EDU-ATT", "REL-CONF"],
             [("hypothetical", "CRIME", "Ethan getting stabbed is Sienna's fear, not an event")]),
        ]),
        ("C", "2026-04-20", [
            ("yellow",
             "Ethan on a 6-month referral order and his YOS worker says he's engaging well. Gavin and Louise did the Reducing Parental Conflict course in January and now agree on the house rules.",
             ["CRIME"],
             [("need_met", "REL-CONF", "course completed and parents now agree: resolved; 'now managing' counts only in blue/green boxes (conv. 3)")]),
        ]),
    ]),
    ("Z030", "Wrensmoor", [
        ("A", "2026-01-26", [
            ("orange",
             "Rio (14) reported missing five times since November, found twice in Castlebury by BTP, once with a train ticket someone else had bought him. At the RHI Rio said he 'does favours' for a lad called T. Exploitation panel 04/02.",
             ["SAFE-EXP"],
             [("convention", "CRIME", "BTP finding Rio is safeguarding")]),
            ("yellow",
             "On a part-time timetable at Wrensmoor Free School since an incident with a teacher in December; school now considering a managed move.",
             ["EDU-ATT", "EDU-EXC"], []),
            ("blue",
             "N/A - Sarah's mum lives next door and helps out with the younger two.",
             [],
             [("need_met", None, "family network only, no need stated")]),
        ]),
    ]),
]

# ---------------------------------------------------------------------------
# Unboxed notes: (id, stage, date, locality, narrative, judged level, codes, traps)
# ---------------------------------------------------------------------------
UNBOXED = [
    ("W001", "assessment", "2025-06-09", "Tallowmere",
     "Home visit with EHW. Mum says Brandon (16) hasn't been in education or training since he left Year 11 and she thinks he's selling cannabis for an older cousin, who doesn't live with them. "
     "Police were called to the street last week after Brandon and the cousin had a fight outside the house.",
     "orange", ["EDU-NEET", "SAFE-EXP", "CRIME"],
     [("level", None, "EHW is a yellow cue but the police call-out about the young person makes it orange"),
      ("outside", None, "the cousin's own offending is not coded")]),
    ("W002", "assessment", "2025-09-02", "Brackenfold",
     "Strategy meeting today re Kenzie (14): missing six times since July, last found in a car with two adult men. Agreed s47 enquiries and a CSE safety plan.",
     "red", ["SAFE-EXP"],
     [("outside", "CRIME", "the adult men's offending is outside the household")]),
    ("W003", "assessment", "2025-10-14", "Sedgecombe",
     "Dad rang: Aaron (15) ignoring his curfew two or three nights a week and swore at him when the Xbox was taken off him. His nan looked after his little sister so Dad could start the Steady Steps parenting course at the family hub. School report attendance is fine.",
     "yellow", ["REL-PAR"],
     [("level", None, "'looked after' (nan babysitting) is not a looked-after (s20) red cue; the parenting course gives yellow"),
      ("need_met", "EDU-ATT", "attendance fine")]),
    ("W004", "assessment", "2025-11-25", "Wrensmoor",
     "School nurse drop-in: Isla (14) says she has felt low since her grandad died in September and can't get to sleep at night. School nurse to see her weekly.",
     "green", ["MH-CHILD", "PH"], []),
    ("W005", "closure", "2026-01-29", "Tallowmere",
     "TAF review: Mum still £700 behind on council tax. Josh (15) remains on the YOS caseload following his referral order for criminal damage. Josh's older brother, who lives with their dad, was arrested last month.",
     "orange", ["FIN", "CRIME"],
     [("outside", "CRIME", "the brother's arrest is outside the household (CRIME is gold only for Josh)")]),
    ("W006", "assessment", "2026-02-16", "Sedgecombe",
     "ICPC held for the Wilson children. Tom (15) and his sisters to be subject to CP plans under neglect: no food in the house on three visits and the prepayment meter out of credit, and Tom looking after his younger sisters while mum Kerry-Ann is drinking heavily.",
     "red", ["SAFE-NEG", "FIN", "CARER", "SUB"],
     [("partial", "FIN", "empty cupboards are SAFE-NEG; the meter out of credit (fuel poverty) is FIN (conv. 10)")]),
    ("W007", "closure", "2026-03-30", "Brackenfold",
     "Closing summary: Leah (17) started an apprenticeship at a garage in March and there have been no missing episodes since last summer. Family happy for the case to close and know how to come back to us.",
     None, [],
     [("historical", "SAFE-EXP", "no missing episodes since last summer"),
      ("need_met", "EDU-NEET", "now in an apprenticeship")]),
]

CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
STAGE = {"A": "assessment", "C": "closure"}


def main():
    narr_rows, gold_rows, traps = [], [], {}
    for case_id, loc, triages in CASES:
        for st, date, boxes in triages:
            tid = "%s-%s" % (case_id, st)
            for level, text, codes, tr in boxes:
                nid = "%s-%s" % (tid, level)
                narr_rows.append([nid, tid, case_id, STAGE[st], date, level, loc, text])
                for c in codes:
                    assert c in CODES, (nid, c)
                    gold_rows.append([nid, c, level])
                if tr:
                    traps[nid] = [{"type": t, "code": c, "note": n} for t, c, n in tr]
    for nid, stage, date, loc, text, level, codes, tr in UNBOXED:
        narr_rows.append([nid, nid, nid, stage, date, "", loc, text])
        for c in codes:
            assert c in CODES, (nid, c)
            gold_rows.append([nid, c, level])
        if tr:
            traps[nid] = [{"type": t, "code": c, "note": n} for t, c, n in tr]

    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(narr_rows)
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, indent=1, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")

    # summary
    from collections import Counter
    per_code = Counter(r[1] for r in gold_rows)
    per_level = Counter(r[2] for r in gold_rows)
    ttypes = Counter(t["type"] for v in traps.values() for t in v)
    print("narratives:", len(narr_rows), "(boxed %d, unboxed %d)" % (len(narr_rows) - len(UNBOXED), len(UNBOXED)))
    print("cases:", len(CASES), "triages:", sum(len(t) for _, _, t in CASES))
    print("gold rows:", len(gold_rows))
    print("narratives with no gold code:", sum(1 for r in narr_rows if r[0] not in {g[0] for g in gold_rows}))
    print("narratives with >=1 trap:", len(traps))
    print("per code:", dict(sorted(per_code.items())))
    print("per level:", dict(per_level))
    print("trap types:", dict(ttypes))


if __name__ == "__main__":
    main()
