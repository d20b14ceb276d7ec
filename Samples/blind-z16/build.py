#!/usr/bin/env python3
"""Blind hand-coded gold set z16: separated / separating parents and child arrangements.

Every narrative, its gold codes and its trap notes are written by hand below.
Running this file writes narratives.csv, gold.csv and traps.json (UTF-8, CRLF).
Codes are assigned from /work/shared/taxonomy.md only (present issues only).
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# Case tuple: (case_id, locality, assessment_date, closure_date, boxes)
# box tuple: (stage 'A'|'C', box level, narrative text, [gold codes], [(trap_type, note), ...])
# trap types: negated, historical, hypothetical, outside_household, lookalike,
#             need_met, convention (a coding-convention decision a keyword coder may miss)
CASES = []
# Unboxed note tuple: (id, stage, date, locality, text, [codes], gold level, [(trap_type, note)])
NOTES = []

# ---------------------------------------------------------------- batch 1 (P101-P107)
CASES += [
    ("P101", "Bramleigh", "2025-02-10", "2025-07-14", [
        ("A", "green",
         "Mia (7) and Alfie (4) have split the week between mum's flat and dad's house since their "
         "parents separated in the autumn. Class teacher says Mia is tearful most Monday mornings after "
         "changeover and has told staff she hates 'the swapping' and that mummy and daddy shout at pick-up. "
         "Alfie does 30 hours at Little Wrens nursery and his development is on track.",
         ["MH-CHILD", "REL-CONF"],
         [("negated", "Alfie's nursery place and development are fine: no EYD need stated, not coded")]),
        ("A", "yellow",
         "Parents cannot agree holiday arrangements for Easter or the summer, and two handovers at the "
         "school gate in January ended in raised voices with both children there. Neither parent reports "
         "any controlling or violent behaviour and both say they feel safe. Both have agreed to a referral "
         "to Bramleigh Family Mediation.",
         ["REL-CONF"],
         [("negated", "no controlling/violent behaviour, both feel safe: DA negated")]),
        ("C", "blue",
         "Handovers now happen via school on Fridays so the parents don't have to meet. They still disagree "
         "about how to split the summer but sort it out over the co-parenting app, away from the children. "
         "If the app stops working for them they know they can go back to mediation.",
         ["REL-CONF"],
         [("hypothetical", "'if the app stops working ... go back to mediation' is hypothetical; REL-CONF is "
           "present anyway from the ongoing disagreement being managed (blue box)")]),
    ]),
    ("P102", "Westmere", "2025-09-22", "2026-01-20", [
        ("A", "yellow",
         "Kai (11) has refused to go to his dad's for the last six weekends. Dad has emailed mum accusing "
         "her of 'turning Kai against him' and says he will apply to court. Kai told the EHW he feels left "
         "out at dad's since dad's partner and her two teenage sons moved in, and that nobody there listens "
         "to him. At home with mum he is settled, and school describe him as his usual cheerful self.",
         ["REL-CONF"],
         [("outside_household", "dad's partner and her sons live in dad's household: not coded"),
          ("negated", "settled at home, cheerful at school: no REL-PAR / MH-CHILD"),
          ("convention", "contact refusal plus alienation accusation coded as REL-CONF (contact dispute)")]),
        ("C", "yellow",
         "Cafcass safeguarding letter received: checks came back clear for both households. First hearing "
         "listed for 3 March. EHW has completed wishes-and-feelings work with Kai and, with his agreement, "
         "shared it with both parents. The contact dispute is unresolved until the court decides.",
         ["REL-CONF"],
         [("negated", "safeguarding checks clear for both households")]),
        ("C", "blue",
         "Mum has booked herself onto the online Separated Parents Information Programme and dad has been "
         "sent the link as well.",
         ["REL-CONF"],
         []),
    ]),
    ("P103", "Culverton", "2025-03-17", "2025-09-08", [
        ("A", "orange",
         "Shannon reports that her ex, Dean, uses handovers to shout and swear at her, and last Saturday he "
         "grabbed her arm hard enough to bruise it in the leisure centre car park while Lily (5) watched from "
         "the car. Police attended; Dean was arrested and bailed not to contact Shannon. DASH completed, "
         "medium risk. IDVA referral made.",
         ["DA"],
         [("convention", "ex-partner's assault and arrest against the adult victim is DA only, not CRIME")]),
        ("A", "yellow",
         "Lily started reception at Culverton Infants in September. Staff say she is withdrawn, has daytime "
         "wetting accidents most days and hides under a table when voices are raised in class. School have "
         "referred her to their play therapist.",
         ["MH-CHILD", "PH"],
         [("convention", "wetting at school age is PH, not EYD toileting")]),
        ("C", "yellow",
         "Shannon is on week 8 of the Freedom Programme. A non-molestation order was granted in May and she "
         "reports no breaches since. Dean now sees Lily on Saturdays at the Culverton contact centre, "
         "arranged through his mother.",
         ["DA"],
         [("negated", "'no breaches' does not cancel DA: Freedom Programme and non-mol order are current")]),
        ("C", "green",
         "Lily has been dry in the daytime since the spring. She still sees the play therapist in school "
         "every week and looks forward to it.",
         ["MH-CHILD"],
         [("historical", "daytime wetting over since spring: PH not coded")]),
    ]),
    ("P104", "Hollinsby", "2025-01-13", "2025-06-16", [
        ("A", "yellow",
         "Dad (Marcus) stopped paying maintenance in November when he lost his job, and mum (Leanne) has "
         "fallen £640 behind on her rent and used the Hollinsby food bank three times. Leanne and Marcus row "
         "about money on the phone most evenings and she accepts Jade (9) and Kyle (12) hear it. Her landlord "
         "has not served any notice and she is keen to stay.",
         ["FIN", "REL-CONF"],
         [("negated", "no notice served: HOUS not coded (rent arrears are FIN)"),
          ("outside_household", "Marcus's job loss is in another household; only Leanne's money problem is coded")]),
        ("A", "blue",
         "Leanne's sister collects the children from school on Tuesdays and Thursdays so Leanne can work her "
         "shifts at a care home.",
         [],
         [("lookalike", "'care home' / shifts: not CARER (no child carer), shift work not FIN")]),
        ("C", "yellow",
         "The Child Maintenance Service now collects payments straight from Marcus's new employer. Citizens "
         "Advice helped Leanne agree a repayment plan with her landlord and the arrears are down to £210. If "
         "Marcus's job ends again she knows to tell the CMS.",
         ["FIN"],
         [("need_met", "maintenance dispute settled through CMS: REL-CONF not coded"),
          ("hypothetical", "'if Marcus's job ends again' is hypothetical")]),
        ("C", "blue",
         "Leanne and Marcus now only discuss money by email, and Leanne says the phone rows stopped in March.",
         [],
         [("historical", "rows stopped in March: REL-CONF historical")]),
    ]),
    ("P105", "Bramleigh", "2025-10-06", "2026-03-23", [
        ("A", "yellow",
         "Mum (Gemma) moved her new partner Ryan and his two children into her two-bedroom flat over the "
         "summer, so seven people now live there and Jack (8) sleeps in a room with three others. Jack has "
         "become defiant at home, refuses to follow Ryan's rules and last week slammed a door on Ryan's hand. "
         "Gemma and Ryan have been arguing about how to discipline him.",
         ["HOUS", "REL-PAR", "REL-CONF"],
         [("convention", "child hurting a step-parent is REL-PAR, not DA")]),
        ("C", "yellow",
         "Housing register banding raised for overcrowding and the family are bidding on three-bed "
         "properties. Gemma and Ryan finished Triple P together and say they no longer argue about discipline.",
         ["HOUS"],
         [("historical", "no longer argue: REL-CONF over"),
          ("need_met", "parenting course finished, no current parenting need stated: REL-PAR not coded")]),
        ("C", "blue",
         "Jack uses his 'calm corner' when he gets cross and Gemma is sticking with the reward chart; the "
         "door-slamming is much less frequent.",
         ["REL-PAR"],
         []),
    ]),
    ("P106", "Westmere", "2025-04-28", "2025-11-10", [
        ("A", "orange",
         "Both parents accuse the other of alienating Ruby (10). Dad has rung police three times saying mum "
         "is keeping Ruby from him in breach of the child arrangements order; officers did welfare checks and "
         "found Ruby safe and well each time. Ruby told her GP she wants to 'disappear' so she doesn't have "
         "to choose between them, and she is now on the CAMHS waiting list.",
         ["REL-CONF", "MH-CHILD"],
         [("convention", "police welfare checks are safeguarding, not CRIME"),
          ("lookalike", "'disappear' is not a missing episode (SAFE-EXP); the court order is a child "
           "arrangements order, not a non-molestation order (no DA)")]),
        ("A", "yellow",
         "The court has ordered a section 7 report from Cafcass, due in July. EHW to do direct work with "
         "Ruby and help mum liaise with school. Mum volunteered that she drank heavily in her twenties but "
         "has not touched alcohol for eight years.",
         ["REL-CONF"],
         [("historical", "mum's heavy drinking ended eight years ago: SUB historical")]),
        ("C", "orange",
         "CAMHS assessment completed and Ruby has started six sessions of CBT for anxiety. Parents are still "
         "only communicating through their solicitors.",
         ["MH-CHILD", "REL-CONF"],
         []),
    ]),
    ("P107", "Culverton", "2025-03-10", "2025-10-27", [
        ("A", "red",
         "Strategy meeting held 3 March after Tyler (6) told his teacher that mum 'falls asleep and won't "
         "wake up'. Section 47 enquiry found Kerry drinking daily and Tyler often getting himself up, dressed "
         "and fed. ICPC held: Tyler is subject to a child protection plan under the category of neglect. Dad "
         "lives in Bramleigh and has him alternate weekends.",
         ["SUB", "SAFE-NEG"],
         []),
        ("A", "orange",
         "Dad has applied for Tyler to live with him and Kerry is contesting it. Police were called by a "
         "neighbour last month to shouting at a handover; officers found no offences and no injuries and "
         "spoke to both parents. Neither parent has any history of domestic abuse with the other.",
         ["REL-CONF"],
         [("negated", "no history of DA between the parents"),
          ("convention", "police call-out to a parents' argument with no offence is not CRIME")]),
        ("C", "red",
         "Tyler remains on a CP plan, now at second review. Kerry is attending Culverton Drug and Alcohol "
         "Service and her last four tests were negative.",
         ["SUB"],
         [("convention", "negative tests do not negate SUB: the ongoing drug and alcohol service codes it")]),
    ]),
]

# ---------------------------------------------------------------- batch 2 (P108-P114)
CASES += [
    ("P108", "Hollinsby", "2025-05-12", "2025-12-01", [
        ("A", "green",
         "Oscar's parents separated two years ago and co-parent well; they came to the SENCO meeting "
         "together and say they would use mediation if they ever fell out over his schooling. Oscar (8) is "
         "on SEN Support for dyslexia and has a reading intervention three times a week. No concerns in "
         "either home.",
         ["EDU-SEND"],
         [("historical", "separation two years ago, now co-parenting well: REL-CONF not coded"),
          ("hypothetical", "'would use mediation if they ever fell out'"),
          ("negated", "no concerns in either home")]),
        ("A", "yellow",
         "The community paediatrician is assessing Oscar for ADHD after both homes and school reported that "
         "he cannot settle or follow instructions. Parents have asked for help to keep routines and "
         "consequences the same in both houses and have taken places on the Hollinsby ADHD parenting group.",
         ["EDU-SEND", "REL-PAR"],
         []),
        ("C", "green",
         "Oscar is now on the ADHD pathway, no medication yet. His reading age has gone up by 14 months and "
         "he stays on SEN Support.",
         ["EDU-SEND"],
         []),
    ]),
    ("P109", "Bramleigh", "2025-11-03", "2026-04-13", [
        ("A", "orange",
         "Connor (17) walked out of mum's three weeks ago after a row with his stepdad and has been "
         "sofa-surfing between his dad's one-bed flat and friends' houses. Dad has said he can't stay "
         "long-term. Connor dropped out of his college course in October and is not working. Referred to "
         "the youth homelessness prevention team.",
         ["HOUS", "EDU-NEET", "REL-PAR"],
         [("convention", "a 17-year-old not in education or work is EDU-NEET only, no FIN")]),
        ("A", "yellow",
         "Connor says he smokes weed most evenings with friends to 'chill out' and has agreed to a referral "
         "to Step Up, the young people's drug and alcohol service. He also vapes constantly.",
         ["SUB"],
         [("lookalike", "vaping is not SUB (cannabis is)")]),
        ("C", "yellow",
         "Connor moved back to mum's in January under a written house agreement, and family mediation "
         "sessions with mum and his stepdad are continuing. He has a place on a Prince's Trust programme "
         "starting in May and is not in education or work until then.",
         ["EDU-NEET", "REL-PAR"],
         [("need_met", "back living at mum's: HOUS no longer a need")]),
    ]),
    ("P110", "Westmere", "2025-06-02", "2025-12-15", [
        ("A", "green",
         "Priya left the girls' father in 2019 because of domestic abuse; he moved abroad and there has been "
         "no contact since. Anaya (13) has 89% attendance, mostly missed Mondays, and says period pains keep "
         "her at home. GP appointment booked for next week.",
         ["EDU-ATT", "PH"],
         [("historical", "DA ended in 2019, no contact since: DA historical")]),
        ("A", "yellow",
         "Anaya told her head of year that older boys she met on a gaming site are messaging her and asking "
         "for photos. The DSL has made a referral and the EHW is doing online safety work with Anaya and Priya.",
         ["SAFE-EXP"],
         []),
        ("C", "green",
         "The attendance officer is tracking Anaya's attendance weekly and it stands at 93%. She blocked the "
         "accounts and the messages stopped in August; school will re-refer if they start again.",
         ["EDU-ATT"],
         [("historical", "online messages stopped in August: SAFE-EXP historical"),
          ("hypothetical", "'will re-refer if they start again'")]),
    ]),
    ("P111", "Culverton", "2025-02-24", "2025-08-11", [
        ("A", "yellow",
         "Toni is worried about how much Harvey's (7) dad drinks and has begun cancelling Harvey's overnights "
         "at dad's house in Hollinsby. Dad says she is using it as an excuse to stop contact, and their "
         "argument has carried on at the school gate twice this month. Harvey keeps asking why he can't stay "
         "at daddy's.",
         ["REL-CONF"],
         [("outside_household", "dad's drinking is in his own household: SUB not coded; the contact dispute is")]),
        ("A", "green",
         "Dental check at the start of term found Harvey needs four fillings; two appointments were missed "
         "over the summer. Toni has rebooked.",
         ["PH"],
         []),
        ("C", "yellow",
         "After two mediation sessions the parents agreed daytime contact only for now. Dad is pushing for "
         "overnights to restart and Toni is not ready, so a review session is booked for September.",
         ["REL-CONF"],
         []),
        ("C", "green",
         "Harvey's dental treatment is finished and he is not due back until his six-month check.",
         [],
         [("need_met", "dental treatment completed: PH not coded")]),
    ]),
    ("P112", "Hollinsby", "2025-09-15", "2026-02-09", [
        ("A", "yellow",
         "Ellie (12) lives with mum, who has MS and uses a wheelchair. Ellie helps her wash and sorts her "
         "tablets before school and is late most days as a result. Referral made to Hollinsby Young Carers. "
         "Dad lives in Culverton and has Ellie at weekends, which gives her a break; he and mum communicate well.",
         ["CARER", "PH", "EDU-ATT"],
         [("negated", "parents communicate well: REL-CONF not coded")]),
        ("A", "green",
         "Mum gets PIP and Ellie's dad pays maintenance on time every month; mum says money is not a worry.",
         [],
         [("negated", "money not a worry: FIN negated"),
          ("convention", "PIP named alone implies neither FIN nor PH")]),
        ("C", "blue",
         "Ellie goes to the young carers' Friday club and has a young carer card to show at school. Mum's "
         "care package now includes a morning call.",
         ["CARER", "PH"],
         []),
    ]),
    ("P113", "Westmere", "2025-01-20", "2025-07-07", [
        ("A", "yellow",
         "Mum and dad have split up but are both still living in the family home until it sells. They argue "
         "most evenings, often with Noah (9) and Evie (6) in earshot. Neither describes any fear of the other "
         "or any violence, and mum calls it 'just shouting'. EHW to offer Reducing Parental Conflict sessions.",
         ["REL-CONF"],
         [("negated", "no fear, no violence: DA not coded")]),
        ("A", "green",
         "Evie has started wetting the bed again since Christmas. GP has given advice and referred her to the "
         "school nurse's enuresis clinic.",
         ["PH"],
         [("convention", "bedwetting at school age is PH")]),
        ("C", "yellow",
         "The house sale went through in June and dad now rents a flat in Westmere; the children see him on "
         "Wednesdays and alternate weekends. Parents completed four RPC sessions but still disagree over how "
         "to split the summer holidays.",
         ["REL-CONF"],
         []),
    ]),
    ("P114", "Bramleigh", "2025-04-07", "2025-09-29", [
        ("A", "yellow",
         "Jasmine (24) has looked after Leo (5 months) on her own since his dad moved out in January. The HV "
         "has identified postnatal depression and Jasmine has started talking therapy with Bramleigh "
         "Wellbeing. Dad visits twice a week and they now argue about his visiting times most weeks.",
         ["MH-ADULT", "REL-CONF"],
         []),
        ("C", "blue",
         "Jasmine says her mood is much better and she uses the Mind app every day to keep on top of it. She "
         "and Leo's dad wrote down a visiting schedule in June and there have been no arguments about visits since.",
         ["MH-ADULT"],
         [("historical", "no arguments about visits since June: REL-CONF historical")]),
        ("C", "green",
         "Leo is now on the 9th centile and weaning well. HV has discharged the family to the universal "
         "offer; his one-year review is due in January.",
         [],
         [("need_met", "weight back on track and discharged: PH not coded"),
          ("lookalike", "'weaning well' and a routine review are good news, not an EYD need")]),
    ]),
]

# ---------------------------------------------------------------- batch 3 (P115-P121)
CASES += [
    ("P115", "Culverton", "2025-07-21", "2026-01-12", [
        ("A", "yellow",
         "Since the summer Bella (14) has lived full-time with dad and refuses to see mum, who has moved in "
         "with a new partner in Hollinsby. Mum says dad has 'poisoned' Bella against her and has applied for "
         "a child arrangements order. Bella says she is angry that mum left and won't talk about it. Dad "
         "found blood on her sheets last week and Bella admitted she has been cutting her arms.",
         ["REL-CONF", "MH-CHILD"],
         [("outside_household", "mum and her new partner live elsewhere; only the contact dispute is coded")]),
        ("A", "orange",
         "School nurse saw fresh cuts and Bella has been referred to CAMHS for an urgent assessment. She has "
         "also gone missing overnight twice this month and was found by police at a friend's house in Culverton.",
         ["MH-CHILD", "SAFE-EXP"],
         [("convention", "police finding a missing child is not CRIME; missing episodes are SAFE-EXP")]),
        ("A", "green",
         "Dad drives lorries and works nights some weeks; paternal grandma stays over on those nights so "
         "Bella is never alone in the house.",
         [],
         [("lookalike", "night shifts are not FIN; supervision is arranged so no SAFE-NEG")]),
        ("C", "orange",
         "Bella is open to CAMHS and sees her worker fortnightly; she says she has not cut herself for two months.",
         ["MH-CHILD"],
         [("historical", "self-harm stopped two months ago, but MH-CHILD stays present via open CAMHS")]),
    ]),
    ("P116", "Hollinsby", "2025-03-03", "2025-09-22", [
        ("A", "green",
         "Kian (4) and Lola (2) have lived with dad, Jordan, since mum's mental health crisis in the spring. "
         "Mum is in supported accommodation in Westmere and sees them on Saturdays at the family hub. Kian has "
         "just started 15 hours at nursery and his keyworker says his speech is behind, mostly single words.",
         ["EYD"],
         [("outside_household", "mum lives elsewhere: her mental health and supported housing are not "
           "MH-ADULT/HOUS for this household")]),
        ("A", "yellow",
         "Jordan cut his hours at the warehouse to do the nursery runs and claimed Universal Credit, but the "
         "first payment was five weeks late and he has had two food bank parcels. He is finding Lola's "
         "tantrums and bedtimes hard and has asked for some help.",
         ["FIN", "REL-PAR"],
         []),
        ("C", "blue",
         "Jordan has a bedtime routine that works and says Lola's tantrums are 'just normal two-year-old "
         "stuff' now. UC is paid on time and he has not needed the food bank since July, though he knows it "
         "is there should a payment go wrong again.",
         ["REL-PAR"],
         [("historical", "no food bank since July, UC on time: FIN historical"),
          ("hypothetical", "'should a payment go wrong again'")]),
    ]),
    ("P117", "Westmere", "2025-02-03", "2025-06-30", [
        ("A", "yellow",
         "Parents separated in 2023 after one incident of domestic abuse; dad completed a perpetrator "
         "programme and mum says there has been nothing since and she does not feel at risk. A 2024 child "
         "arrangements order gives dad alternate weekends with handovers at the Westmere contact centre. Mum "
         "now wants handovers at school, dad refuses, and they have been exchanging angry texts about it for weeks.",
         ["REL-CONF"],
         [("historical", "single DA incident in 2023, perpetrator programme completed, nothing since: DA historical")]),
        ("A", "green",
         "Sophie (8) is doing well at Westmere Primary. Mum says that if contact breaks down altogether she "
         "would go back to court.",
         [],
         [("hypothetical", "'if contact breaks down ... would go back to court': REL-CONF hypothetical")]),
        ("C", "blue",
         "The handover question was settled through the solicitors in April and there have been no angry "
         "texts since; Sophie now goes to dad's straight from school on Fridays.",
         [],
         [("need_met", "dispute settled in April, no angry texts since: REL-CONF historical")]),
    ]),
    ("P118", "Bramleigh", "2025-10-13", "2026-03-16", [
        ("A", "orange",
         "Riley (13) has had two suspensions this term for fighting and swearing at staff, and Bramleigh High "
         "are talking about a managed move. Mum and his stepdad say he comes back 'a different boy' from "
         "weekends at his dad's, where they claim there are no rules. He was arrested in October for criminal "
         "damage at the bus station and is now working with the YOS on a referral order.",
         ["EDU-EXC", "CRIME"],
         [("outside_household", "the claimed lack of rules is in dad's household: not coded")]),
        ("A", "yellow",
         "Mum and dad can't agree on anything about Riley, from phone rules to bedtimes, and only talk to "
         "each other through him. Riley says he is 'sick of being the messenger'.",
         ["REL-CONF"],
         []),
        ("C", "orange",
         "Riley started a managed move to Westmere Academy in February and has had no suspensions there. His "
         "referral order ends in April.",
         ["EDU-EXC", "CRIME"],
         [("negated", "no suspensions at the new school, but the managed move itself is EDU-EXC")]),
    ]),
    ("P119", "Culverton", "2025-05-19", "2025-11-24", [
        ("A", "green",
         "Amelia (9) lives with mum and her stepdad and sees her dad once a month. Mum believes dad uses "
         "cocaine and asked for contact to be daytime only; dad agreed straight away. School report Amelia is "
         "happy and attending well.",
         [],
         [("outside_household", "dad's drug use is in his own household: SUB not coded"),
          ("negated", "dad agreed straight away: no contact dispute; school fine")]),
        ("A", "yellow",
         "Mum (Claire) has been signed off work with stress since her own mum died in November and is on the "
         "waiting list for bereavement counselling with Cruse. Stepdad's hours have been cut and they are "
         "£380 behind on council tax.",
         ["MH-ADULT", "FIN"],
         []),
        ("C", "yellow",
         "Claire started her Cruse sessions in June and has gone back to work part-time. The council tax "
         "arrears are on a payment plan.",
         ["MH-ADULT", "FIN"],
         []),
    ]),
    ("P120", "Hollinsby", "2025-08-18", "2026-02-02", [
        ("A", "yellow",
         "Blended family since January: mum (Laura), her partner Mo, Laura's sons Ty (10) and Reece (12), and "
         "Mo's daughter Zara (11), who is with them week on, week off. The three children fight constantly, "
         "Reece has had two internal exclusions at Hollinsby Academy this term, and last month he pushed "
         "Laura over when she took his console. Laura is 30 weeks pregnant.",
         ["REL-PAR", "EDU-EXC"],
         [("convention", "child pushing a parent is REL-PAR, not DA"),
          ("lookalike", "pregnancy on its own is not PH")]),
        ("A", "green",
         "Zara's mum lives in Bramleigh and has long-standing anxiety, which her GP manages. The two "
         "households get on and share a group chat to plan the children's weeks.",
         [],
         [("outside_household", "Zara's mum's anxiety is in another household: MH-ADULT not coded"),
          ("negated", "households get on: no REL-CONF")]),
        ("C", "yellow",
         "Baby born in October. The boys go to a sibling group at the family hub and Laura and Mo have "
         "finished Parenting Teens. There have been no physical incidents since March, but arguments with "
         "Reece over screen time still blow up most weekends.",
         ["REL-PAR"],
         [("historical", "no physical incidents since March")]),
    ]),
    ("P121", "Westmere", "2025-04-14", "2025-10-20", [
        ("A", "red",
         "Child in need (s17) plan opened in April after repeated police call-outs to arguments between "
         "Natalie and her ex, Craig, who still turns up at the house to see their son Finn (3). Craig has "
         "kicked the front door in and threatened to 'finish' Natalie. MARAC referral made.",
         ["DA"],
         [("convention", "ex-partner's police call-outs and damage against the victim are DA only, not "
           "CRIME or REL-CONF")]),
        ("A", "orange",
         "Finn has no nursery place and is not yet putting words together. The landlord has served a section "
         "21 notice, citing the damage to the door.",
         ["EYD", "HOUS"],
         []),
        ("C", "orange",
         "Natalie and Finn moved into a housing association flat in Culverton in August. Finn now goes to "
         "Little Acorns nursery 15 hours a week and has been referred to speech and language therapy.",
         ["EYD"],
         [("need_met", "moved into a secure tenancy: HOUS no longer a need")]),
    ]),
]

# ---------------------------------------------------------------- batch 4 (P122-P128)
CASES += [
    ("P122", "Bramleigh", "2025-06-09", "2025-12-08", [
        ("A", "yellow",
         "After the separation last spring Josh (15) chose to live with dad and Maisie (11) stayed with mum, "
         "so the siblings now only see each other at school. Mum says dad has turned Josh against her; dad "
         "says Josh simply prefers living with him. Josh ignores mum's calls.",
         ["REL-CONF"],
         [("convention", "alienation claim and refused contact with the other parent: REL-CONF")]),
        ("A", "green",
         "Josh has asthma and has missed two GP asthma reviews since moving to dad's; he ran out of his "
         "inhaler at school in November.",
         ["PH"],
         []),
        ("C", "yellow",
         "Family mediation with both parents, plus a child-inclusive session for Josh. He now has tea at "
         "mum's every other Sunday, although his parents still won't speak to each other directly.",
         ["REL-CONF"],
         []),
    ]),
    ("P123", "Culverton", "2025-03-24", "2025-08-26", [
        ("A", "yellow",
         "Sarah says the children's dad has not paid the agreed £250 a month since March and she thinks he is "
         "gambling it. She took out a doorstep loan for school uniform and is topping up the electric with "
         "emergency credit most weeks. There was no food in the cupboards when the EHW visited and Theo told "
         "his teacher he had no tea the night before. She and dad now only speak to argue about money.",
         ["FIN", "SAFE-NEG", "REL-CONF"],
         [("outside_household", "dad's gambling is his own: not coded (and gambling would be FIN, not SUB)"),
          ("convention", "no food in the home / hungry child is SAFE-NEG as well as FIN")]),
        ("A", "green",
         "Ava (6) and Theo (8) both attend Culverton Primary regularly and school have no concerns.",
         [],
         [("negated", "school have no concerns; attendance good news, not coded")]),
        ("C", "yellow",
         "Sarah applied to the Child Maintenance Service and dad now pays through Collect and Pay. Citizens "
         "Advice helped her clear the doorstep loan with a hardship grant, but she is still on emergency "
         "credit some weeks.",
         ["FIN"],
         [("need_met", "maintenance dispute resolved through CMS: REL-CONF not coded")]),
    ]),
    ("P124", "Hollinsby", "2025-11-17", "2026-05-11", [
        ("A", "green",
         "Isaac (10) has an EHCP for autism and attends Brook Lane special school. His parents separated in "
         "2024 and share his care equally; transport collects from both addresses and the SENCO says both "
         "engage well with reviews.",
         ["EDU-SEND"],
         [("historical", "separation in 2024 with good shared care: REL-CONF not coded")]),
        ("A", "yellow",
         "Isaac finds changeover days very hard: meltdowns last up to an hour at both homes and he has started "
         "hitting mum when a transition goes wrong. Referred to the Hollinsby family support team for help with transitions.",
         ["REL-PAR"],
         [("convention", "child hitting a parent is REL-PAR, not DA")]),
        ("C", "blue",
         "Both parents now use the same social story and a visual countdown before each changeover; the "
         "hitting is down to once or twice a month.",
         ["REL-PAR"],
         []),
    ]),
    ("P125", "Westmere", "2025-10-20", "2026-04-27", [
        ("A", "yellow",
         "Tayla (8) lives with her nan, who is her special guardian. Mum lives in Bramleigh and is in recovery "
         "from heroin use; dad is in prison. Nan (68) has arthritis in both knees and finds the school run "
         "hard. Tayla is angry and defiant at home for days after her monthly contact with mum, and nan is "
         "struggling to manage her.",
         ["PH", "REL-PAR"],
         [("outside_household", "mum's heroin use and dad's imprisonment are outside the household: no SUB/CRIME"),
          ("lookalike", "nan as special guardian / kinship carer is not CARER")]),
        ("A", "green",
         "Tayla attends Westmere Juniors well. The school nurse has given nan details of the kinship carers' "
         "support group.",
         [],
         [("lookalike", "'kinship carers' support group' is not CARER")]),
        ("C", "yellow",
         "Nan finished a kinship parenting course. Tayla is still unsettled and defiant after contact, but "
         "now calms within a day rather than a week. Nan had a knee replacement in March and her sister is doing the school run "
         "while she recovers.",
         ["REL-PAR", "PH"],
         []),
    ]),
    ("P126", "Culverton", "2026-01-12", "2026-06-08", [
        ("A", "green",
         "School referral: girls in Freya's (12) year have been excluding her from friendship groups and "
         "calling her names on Snapchat. Freya splits her week between mum's and dad's; both parents are "
         "supportive, talk to each other and to school, and there are no concerns in either home.",
         ["SAFE-EXP"],
         [("lookalike", "'excluding her from friendship groups' is bullying, not a school exclusion (EDU-EXC)"),
          ("negated", "no concerns in either home: no REL-CONF")]),
        ("A", "yellow",
         "Freya has started refusing school on Mondays and Tuesdays and her attendance is 81% this term. EHW "
         "to work with her on her anxiety and a return-to-school plan.",
         ["EDU-ATT", "MH-CHILD"],
         []),
        ("C", "green",
         "Freya's attendance is back up to 96%. She still sees the school counsellor weekly and says the "
         "name-calling stopped after a restorative meeting in March.",
         ["MH-CHILD"],
         [("historical", "name-calling stopped in March: SAFE-EXP historical"),
          ("need_met", "attendance back to 96%: EDU-ATT no longer a need")]),
    ]),
    ("P127", "Bramleigh", "2025-07-07", "2025-12-22", [
        ("A", "orange",
         "Mum's new partner, Lee, moved in last month. He is on licence after a prison sentence for robbery "
         "and is supervised by probation. The children's dad has found out and is threatening an urgent court "
         "application for them to live with him. Police have shared information for the risk assessment; "
         "there are no concerns about Lee's behaviour in the home so far.",
         ["CRIME", "REL-CONF"],
         [("convention", "household adult on licence/probation is CRIME"),
          ("negated", "no concerns about Lee's behaviour in the home")]),
        ("A", "yellow",
         "Mum works full-time at a day nursery. Kayden (16) left sixth form in October and spends most days "
         "in bed; he says he will look for an apprenticeship 'after Christmas'.",
         ["EDU-NEET"],
         [("lookalike", "'day nursery' is mum's workplace, not EYD")]),
        ("C", "orange",
         "Lee continues to report to probation as required. Dad withdrew his court application after meeting "
         "the social worker and the parents now agree the children's arrangements.",
         ["CRIME"],
         [("need_met", "court application withdrawn, arrangements agreed: REL-CONF not coded")]),
    ]),
    ("P128", "Hollinsby", "2025-05-27", "2025-11-03", [
        ("A", "yellow",
         "Kirsty has PTSD from an abusive relationship with an ex-partner that ended in 2021; he is not the "
         "children's father and has had no contact since. She is on the waiting list for trauma therapy. The "
         "children's dad lives in Westmere, has them every weekend, and the two of them co-parent well.",
         ["MH-ADULT"],
         [("historical", "abusive relationship ended 2021, no contact since: DA historical (PTSD is current)"),
          ("negated", "co-parent well: no REL-CONF")]),
        ("A", "green",
         "Kirsty's GP is reviewing her antidepressants. Poppy (4) starts school in September and nursery say "
         "she is ready: dry, chatty and confident.",
         ["MH-ADULT"],
         [("lookalike", "school readiness described as good news, no EYD need")]),
        ("C", "blue",
         "Kirsty has begun EMDR with the community mental health team and says she is managing day to day "
         "with her mum's help. She knows to ring her GP if her mood dips again.",
         ["MH-ADULT"],
         [("hypothetical", "'if her mood dips again' (MH-ADULT present anyway from current treatment)")]),
    ]),
]

# ---------------------------------------------------------------- batch 5: unboxed notes
# Gold level = highest level cue in the text (taxonomy convention 2).
NOTES += [
    ("PN01", "assessment", "2025-11-20", "Westmere",
     "Call from the pastoral lead at Westmere Primary: Daisy (6) has been arriving exhausted on Mondays "
     "after weekends at her dad's, where she shares a bed with her two stepsisters. Mum has raised it with "
     "dad. School nurse will see Daisy about her sleep.",
     ["PH"], "green",
     [("outside_household", "bed-sharing at dad's is his household: HOUS not coded; Daisy's sleep is PH"),
      ("convention", "cue: school / school nurse -> green")]),
    ("PN02", "assessment", "2026-02-16", "Culverton",
     "Referral from Culverton Family Mediation: the parents of Ethan (5) and Grace (3) are in dispute over "
     "which nursery Grace should go to, dad wanting one near his work and mum one near her home, and as a "
     "result Grace has still not taken up her funded place. Both have agreed to another MIAM.",
     ["REL-CONF", "EYD"], "yellow",
     [("convention", "cue: mediation -> yellow")]),
    ("PN03", "assessment", "2025-08-04", "Hollinsby",
     "Duty log: police called to a 6pm handover in a Hollinsby supermarket car park where dad was screaming "
     "at mum and threatening her; Alfie (9) was in the back of the car. Dad was arrested and later released "
     "under investigation. Mum says he has sent more than 40 messages since, some of them threatening. "
     "Referred to MARAC.",
     ["DA"], "orange",
     [("convention", "ex-partner's arrest for the DV is DA only, not CRIME; cue: police/MARAC -> orange")]),
    ("PN04", "assessment", "2025-12-03", "Bramleigh",
     "Mum rang the council's Family Information Service for advice on a child maintenance calculation: dad "
     "has cut his payments and she is worried about making ends meet. Sent the CMS calculator and "
     "MoneyHelper links, which she will follow up herself. She says she and dad get on fine and the "
     "children see him weekly.",
     ["FIN"], "blue",
     [("negated", "parents get on fine: REL-CONF not coded"),
      ("convention", "cue: signposting acted on by the family -> blue")]),
    ("PN05", "assessment", "2026-01-14", "Westmere",
     "Strategy meeting 14/01/2026: Kacey (13) told school that mum's boyfriend, who was living with them, "
     "has been sending her sexual messages and telling her to keep them secret. Section 47 enquiry started "
     "and he has moved out under police bail conditions. Mum is finding it hard to believe Kacey and the "
     "two of them are barely speaking.",
     ["SAFE-EXP", "REL-PAR"], "red",
     [("outside_household", "boyfriend has moved out: his offending is not coded as CRIME; its effect "
       "(grooming) is SAFE-EXP"),
      ("convention", "cue: strategy meeting / s47 -> red")]),
    ("PN06", "closure", "2025-06-23", "Culverton",
     "EHW home visit. Dani and her ex, Mason's (14) dad, have had a 50/50 arrangement for a year that works well for "
     "everyone. Her worry today is Mason's behaviour: he swears at her when asked to come off his Xbox, and "
     "she jokes that he is 'addicted' to it. He also vapes, which she hates. Agreed a behaviour plan.",
     ["REL-PAR"], "yellow",
     [("lookalike", "'addicted' to an Xbox and vaping are not SUB"),
      ("negated", "50/50 arrangement works well: no REL-CONF"),
      ("convention", "cue: EHW -> yellow")]),
    ("PN07", "assessment", "2025-09-08", "Hollinsby",
     "Letter from CAMHS: Ollie (15) assessed for low mood linked to his parents' bitter divorce and offered "
     "a place in a group programme. His parents are still in court over the house and finances.",
     ["MH-CHILD", "REL-CONF"], "orange",
     [("convention", "cue: CAMHS -> orange")]),
    ("PN08", "closure", "2026-03-09", "Bramleigh",
     "HV contact: Aisha and Zain's dad separated amicably two years ago and agree on arrangements. At 18 "
     "months Zain is not yet walking and the HV will review him in six weeks; if he is still not walking "
     "then she will refer to physio. Aisha says she is managing well and has family nearby.",
     ["EYD"], "green",
     [("historical", "amicable separation two years ago: REL-CONF not coded"),
      ("hypothetical", "'if he is still not walking ... refer to physio' (EYD present anyway)"),
      ("convention", "cue: health visitor -> green")]),
]

CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NON_CONVENTION_TRAPS = {"negated", "historical", "hypothetical", "outside_household", "lookalike", "need_met"}


def build():
    narr_rows, gold_rows, traps = [], [], []
    for case, loc, a_date, c_date, boxes in CASES:
        for stage, level, text, codes, tr in boxes:
            assert level in LEVELS, (case, level)
            triage = f"{case}-{stage}"
            nid = f"{triage}-{level}"
            narr_rows.append([nid, triage, case, "assessment" if stage == "A" else "closure",
                              a_date if stage == "A" else c_date, level, loc, text])
            for c in codes:
                assert c in CODES, (nid, c)
                gold_rows.append([nid, c, level])
            if tr:
                traps.append({"narrative_id": nid,
                              "traps": [{"type": t, "note": n} for t, n in tr]})
    for nid, stage, date, loc, text, codes, level, tr in NOTES:
        narr_rows.append([nid, nid, nid, stage, date, "", loc, text])
        for c in codes:
            assert c in CODES, (nid, c)
            gold_rows.append([nid, c, level])
        if tr:
            traps.append({"narrative_id": nid, "level_note": f"unboxed: gold level {level}",
                          "traps": [{"type": t, "note": n} for t, n in tr]})

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
    with_trap = sum(1 for t in traps if any(x["type"] in NON_CONVENTION_TRAPS for x in t["traps"]))
    any_trap = len(traps)
    coded = {r[0] for r in gold_rows}
    type_counts = Counter(x["type"] for t in traps for x in t["traps"])
    print(f"narratives: {len(narr_rows)} (boxed {len(narr_rows) - len(NOTES)}, unboxed {len(NOTES)}); "
          f"cases: {len(CASES)}; triages: {len({r[1] for r in narr_rows})}")
    print(f"gold rows: {len(gold_rows)}; narratives with no gold code: {len(narr_rows) - len(coded)}")
    print(f"narratives with a negated/historical/hypothetical/outside/lookalike/need-met trap: {with_trap}; "
          f"with any trap note incl. convention: {any_trap}")
    print("trap notes by type:", dict(sorted(type_counts.items())))
    print("per code:", ", ".join(f"{c} {per_code.get(c, 0)}" for c in CODES))
    print("per level:", dict(Counter(r[2] for r in gold_rows)))
    print("per locality:", dict(Counter(r[6] for r in narr_rows)))


if __name__ == "__main__":
    build()
