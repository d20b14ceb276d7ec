#!/usr/bin/env python3
"""Blind gold set Z2: family support workers' outcome reviews (2026).

Every narrative, its gold codes and its trap notes are written here by hand.
Writes narratives.csv, gold.csv and traps.json (UTF-8, no BOM, CRLF).
Gold codes are present issues only, coded by /work/shared/taxonomy.md.
"""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))


def B(level, text, codes, *traps):
    """A boxed narrative. traps are 'type: note' strings."""
    return dict(level=level, text=text, codes=list(codes), traps=list(traps))


# Each case: id, locality, assessment (date, [boxes]), closure (date, [boxes]).
CASES = [
 # ------------------------------------------------------------------ 001
 dict(id="001", loc="Kingsmere",
  A=("2025-03-10", [
   B("green", "Ava (3) goes to the nursery class at Hollins Lane Primary three mornings a week. Nursery say she is still having wet accidents most days and adults outside the family struggle to understand her; she mostly points. The health visitor saw her for her development check in January and is referring her to speech and language therapy.",
     ["EYD"]),
   B("yellow", "Danielle describes home as 'constant battles' with Tyler (8). Bedtime takes up to two hours, he kicked his bedroom door off its hinges in February and he swears at her when the tablet is switched off. She scored her confidence as a parent 2/10. School have no concerns about his behaviour or attendance at Hollins Lane. FSW to do 8 sessions of parenting work at home.",
     ["REL-PAR"],
     "negated: 'no concerns about his behaviour or attendance' -> no EDU-EXC, no EDU-ATT"),
  ]),
  C=("2026-01-14", [
   B("blue", "Distance travelled: Danielle put her confidence at 2/10 when we started and 7/10 at our final session. She is still using the bedtime routine and the 'first this, then that' approach to screen time that we practised, and says she picks her battles now. Tyler still pushes back on some nights, but bedtime is down to about 20 minutes and she feels she can handle it herself. She has the family hub holiday timetable and the parenting app we looked at together.",
     ["REL-PAR"],
     "met/managing: Tyler still pushes back, Mum managing -> REL-PAR present in blue box (convention 3)"),
   B("green", "Ava (4) is now dry in the day and has had no accidents at nursery since the October half term. Her speech is clearer but she is still behind for her age and has a SALT appointment in February; her keyworker runs a small talk group that she joins twice a week. Ava starts Reception in September and Miss Carr, the nursery teacher, is Danielle's named contact.",
     ["EYD"],
     "met: toileting accidents stopped since October (historical) - EYD stands on speech only"),
  ])),
 # ------------------------------------------------------------------ 002
 dict(id="002", loc="Ashby Fold",
  A=("2025-04-02", [
   B("yellow", "Marcus is a lone dad with relapsing MS and uses a wheelchair outside the house. Lola (11) helps him with his tablets, cooking and getting dressed on bad days, and told her teacher she is too tired to do homework. Kian (15) stays out past his 10pm curfew most nights at a friend's two streets away and Marcus feels he can't set limits with him. Marcus gets PIP and says the money side is fine. FSW to refer Lola to Ashby Fold Young Carers.",
     ["PH", "CARER", "REL-PAR"],
     "negated: PIP named but 'money side is fine' -> no FIN (convention 5)"),
  ]),
  C=("2026-02-03", [
   B("blue", "Lola has been going to the young carers group every other Thursday since May and calls it 'the best bit of the week'. She still sorts Dad's tablets into the dosette box on a Sunday, but Marcus has set up a weekly meal delivery so she isn't cooking every night any more. Kian is home by curfew most nights now (they agreed he texts at 9.30) and Marcus says the rows about it used to be daily and are now rare.",
     ["CARER", "REL-PAR"],
     "historical wording: 'used to be daily' - but curfew still being managed -> REL-PAR present (blue, managing)"),
   B("green", "Marcus is reviewed by his MS nurse every three months and has had one relapse since April; the OT has fitted a rail by the stairs. Kian's attendance dropped to 89% in the autumn term and Head of Year Mr Osei is meeting him fortnightly, with Marcus emailing him directly. The GP has Lola recorded as a young carer and school have given her a place at homework club.",
     ["PH", "EDU-ATT", "CARER"]),
  ])),
 # ------------------------------------------------------------------ 003
 dict(id="003", loc="Calder Bridge",
  A=("2025-02-17", [
   B("green", "Baby Mia (10 weeks) is gaining weight and is up to date with her jabs. HV has picked up a tongue tie that is making feeds slow and painful, and has referred to the infant feeding clinic.",
     ["PH"]),
   B("yellow", "Shannon was diagnosed with postnatal depression by her GP in January and started sertraline. She says she cries most days and has not been out on her own since Mia was born. She and Reece argue a lot, mainly about money and him being on nights. Shannon says there has been no violence and she has never felt frightened or controlled by him. Reece's hours were cut after Christmas and they owe £600 on council tax. FSW to do a budget plan and refer to Citizens Advice.",
     ["MH-ADULT", "REL-CONF", "FIN"],
     "negated: no violence, not frightened or controlled -> no DA",
     "lookalike: 'on nights' (shift work) is not FIN by itself; FIN from the council tax debt"),
  ]),
  C=("2026-01-20", [
   B("blue", "Shannon rated her mood 2/10 when we started and 6/10 now. She still has low days, but she goes to the Calder Bridge baby group twice a week and texts her sister when she is struggling instead of keeping it in. She and Reece have a 'money chat' every Sunday and say the arguments are fewer and calmer than they used to be. The council tax arrears were cleared in October through the council's hardship fund.",
     ["MH-ADULT", "REL-CONF"],
     "historical: council tax arrears cleared in October -> no FIN"),
   B("green", "Shannon is still on sertraline and has a GP medication review in March. Mia is 13 months; her one-year review was fine and she is cruising round the furniture. The tongue tie was snipped in April and there have been no feeding problems since.",
     ["MH-ADULT"],
     "historical: tongue tie treated in April, no problems since -> no PH",
     "good news only: one-year review fine -> no EYD"),
  ])),
 # ------------------------------------------------------------------ 004
 dict(id="004", loc="Wrenfield",
  A=("2025-05-06", [
   B("yellow", "Ellis (13) has been off school for most of this term; attendance is 41%. He feels sick on school mornings and says the corridors are 'too loud'; the GP thinks it is anxiety. Moorcroft Academy have put him on a part-time timetable, mornings only. Joanne has cut her hours to be at home with him and says they are now short every month and behind on the water bill.",
     ["EDU-ATT", "MH-CHILD", "FIN"],
     "lookalike: feeling sick on school mornings is put down to anxiety by the GP -> MH-CHILD, not PH"),
   B("orange", "CAMHS referral accepted and Ellis is on the waiting list. The SENCO has started a request for an EHC needs assessment as school think he may be autistic. TAF meeting held 30/04 with school, school nurse and FSW; next TAF in June.",
     ["MH-CHILD", "EDU-SEND"]),
  ]),
  C=("2026-02-10", [
   B("green", "Ellis is on a full timetable at Moorcroft with a pass for the inclusion room at lunchtime. Attendance this half term is 88%, a long way from 41% but still below where school want it, and Mrs Hart (attendance lead) is Joanne's named contact. His EHCP was finalised in December and names a key adult he sees every morning. The school nurse checks in with him every fortnight about his worries.",
     ["EDU-ATT", "EDU-SEND", "MH-CHILD"]),
   B("yellow", "Ellis is still on the CAMHS waiting list, nine months now, and has been linked to an online counselling service for young people in the meantime. Joanne is back on full hours and the water arrears are paid off; she says money is 'tight but OK'. She worries he might slide back after the Easter holidays once FSW visits have stopped.",
     ["MH-CHILD"],
     "historical: water arrears paid off -> no FIN",
     "hypothetical: 'might slide back' after Easter -> no EDU-ATT"),
  ])),
 # ------------------------------------------------------------------ 005
 dict(id="005", loc="Kingsmere",
  A=("2025-03-24", [
   B("orange", "Priya left her partner Dean in February after he strangled her; police attended and he was arrested and bailed not to contact her. Her risk was assessed as high and the case went to MARAC on 12/03; she has an IDVA from Kingsmere Women's Aid. Priya and the children, Arjun (9) and Sana (6), are in an emergency B&B in one room. Arjun has started wetting the bed again and wakes with nightmares about the night the police came. Priya says she is exhausted and not sleeping but does not feel low.",
     ["DA", "HOUS", "PH", "MH-CHILD"],
     "DA vs CRIME: ex-partner's arrest for the assault is DA only (convention 7) -> no CRIME",
     "negated: 'does not feel low' -> no MH-ADULT (PH from sleep and bedwetting)"),
  ]),
  C=("2026-01-28", [
   B("blue", "Priya did the Freedom Programme between June and September and says she can now spot controlling behaviour 'a mile off'. The non-molestation order runs to August 2026 and her safety plan is saved on her phone. Dean has not tried to contact her since May.",
     ["DA"],
     "managing: no contact since May, but a live non-molestation order and safety plan -> DA present as now managing in a blue box"),
   B("green", "The family moved into a two-bed housing association flat in July - warm, dry and near school. Arjun's bedwetting is better but he is still wet one or two nights a week; the school nurse has lent them an enuresis alarm. Sana has settled well at St Aidan's.",
     ["PH"],
     "met: rehoused in July -> no HOUS"),
   B("yellow", "Arjun still talks about the night of the assault and gets upset at bedtime. He has a place on the Kingsmere recovery group for children who have lived with domestic abuse, starting in April.",
     ["MH-CHILD", "DA"]),
  ])),
 # ------------------------------------------------------------------ 006
 dict(id="006", loc="Ashby Fold",
  A=("2025-06-09", [
   B("yellow", "Connor (17) dropped out of college in March after two months and has not been in any education, work or training since. He spends most days in his room gaming. Lisa found cannabis in his room and he admits smoking it 'most evenings'; he also vapes. Lisa and Connor's dad split up years ago and Dad has not been involved since Connor was small.",
     ["EDU-NEET", "SUB"],
     "lookalike: vaping is not SUB (convention 12); SUB from cannabis",
     "historical: parents split years ago -> no REL-CONF",
     "convention 11: NEET young person -> EDU-NEET only, no FIN"),
   B("orange", "Connor was stopped by police in May with 14 wraps of cannabis and cash; he has been given a youth conditional caution and referred to Ashby Fold Youth Justice Service. Police believe he is holding drugs for older males from out of the area.",
     ["CRIME", "SAFE-EXP"],
     "convention 12: drugs found on an exploited child -> SAFE-EXP and CRIME, not SUB"),
  ]),
  C=("2026-02-17", [
   B("yellow", "Connor has seen his Youth Justice worker weekly and the caution programme finishes in March. He started a Level 1 construction course at Wrenfield College in January and has been in 9 out of 10 days. He still smokes cannabis at weekends and has agreed to meet the young people's drug and alcohol worker next week.",
     ["CRIME", "SUB"],
     "met: now on a college course and attending -> no EDU-NEET"),
   B("green", "Lisa says home is much calmer; Connor is up for college and eats tea with the family most nights. His college tutor, Ms Byrne, will ring Lisa if he stops going. Police told the last TAF there is no current intelligence linking Connor to the older males.",
     [],
     "hypothetical: tutor will ring 'if he stops going' -> no EDU-NEET",
     "negated: no current intelligence -> no SAFE-EXP",
     "good news only: home calmer -> no REL-PAR"),
  ])),
 # ------------------------------------------------------------------ 007
 dict(id="007", loc="Calder Bridge",
  A=("2025-01-27", [
   B("orange", "Family of six in a two-bed privately rented flat. There is black mould in both bedrooms and Zofia (2) has had three chest infections since October. The landlord has served a section 21 notice to end the tenancy in March.",
     ["HOUS", "PH"]),
   B("yellow", "Tomasz works through an agency and his hours go up and down from week to week. They are behind on the electric and on emergency credit most weeks, and Agnieszka has been to the food bank twice since Christmas. Zofia is not using her funded two-year-old nursery place as Agnieszka did not know about it. Referral to Citizens Advice for a benefits check.",
     ["FIN", "EYD"]),
  ]),
  C=("2026-01-09", [
   B("green", "Calder Homes rehoused the family in August into a four-bed house that is dry and warm, and Zofia has had no chest infections this winter. Zofia (3) now goes to Little Acorns nursery for 15 hours; her keyworker says she has few words in either English or Polish for her age and is doing a small language group with her.",
     ["EYD"],
     "met: rehoused into a dry house -> no HOUS",
     "historical: no chest infections this winter -> no PH"),
   B("blue", "Agnieszka uses a budgeting app and the family have moved off the prepayment meter onto a monthly direct debit. £15 a week goes towards the old electricity debt, which is down to £210. Tomasz got a permanent contract in November and they have not needed the food bank since the summer.",
     ["FIN"],
     "historical: food bank not needed since the summer (FIN stands on the debt being paid off)"),
   B("yellow", "N/A - no needs at extra help level at closure.", []),
  ])),
 # ------------------------------------------------------------------ 008
 dict(id="008", loc="Wrenfield",
  A=("2025-09-22", [
   B("orange", "Rhys (12) has had three suspensions since starting Year 8 at Brackenridge High, the last for throwing a chair at a TA, and school have raised a managed move. He is waiting for an ADHD assessment and saw the community paediatrician in July. Rhys told FSW he feels 'angry all the time' and can't say why. Kerry says he is no bother at home.",
     ["EDU-EXC", "EDU-SEND", "MH-CHILD"],
     "negated: 'no bother at home' -> no REL-PAR"),
  ]),
  C=("2026-03-04", [
   B("green", "Rhys was diagnosed with ADHD in January and has started medication; the SENCO has put movement breaks and a pastoral plan in place. There have been no suspensions since November and the managed move is off the table. He is still getting detentions for low-level disruption in some lessons, which his Head of Year is picking up.",
     ["EDU-SEND", "EDU-EXC"],
     "historical/negated: no suspensions since November, managed move off the table; EDU-EXC stands on current detentions for disruption"),
   B("blue", "Rhys rated his anger 9/10 at the start of our sessions and 4/10 at the end. He uses his 'stop, breathe, walk' card and a fidget toy, and Kerry says he now tells her when he has had a bad day instead of bottling it up. Rhys's dad came out of prison in February and lives in Calder Bridge; Rhys sees him on Saturdays and says he used to miss him a lot. Kerry works full time as a care worker and her mum does the school pick-up.",
     ["MH-CHILD"],
     "outside household: dad released from prison, lives elsewhere -> no CRIME (convention 6)",
     "lookalike: 'miss him' is not a missing episode -> no SAFE-EXP",
     "lookalike: Mum is a paid care worker -> no CARER (convention 12)"),
  ])),
 # ------------------------------------------------------------------ 009
 dict(id="009", loc="Kingsmere",
  A=("2025-04-14", [
   B("orange", "Stepped down from a child in need plan in March. Home conditions are better than during the CIN plan, but the kitchen still has piles of dirty pots and the children's bedding was soiled at the last two visits. School say Kayden (7) wears the same uniform all week and has had head lice since January. Stacey has depression and is on fluoxetine; she says some days she can't get out of bed. Kayden is late about twice a week and attendance is 90%.",
     ["SAFE-NEG", "MH-ADULT", "EDU-ATT"],
     "historical: CIN plan ended in March (no code in itself)",
     "lookalike: head lice here is a hygiene/neglect sign -> SAFE-NEG, not PH"),
  ]),
  C=("2026-01-19", [
   B("yellow", "Home conditions have been good at all eight unannounced visits since October: clean kitchen, clean bedding, and the washing machine has been fixed. School no longer raise Kayden's hygiene. Stacey says her mood still drops in the winter months; she has self-referred to Kingsmere Talking Minds and starts in February. Family Star at closure: home and money 3 to 7, your wellbeing 2 to 5.",
     ["MH-ADULT"],
     "met: home conditions and hygiene no longer a concern -> no SAFE-NEG"),
   B("green", "Kayden's lateness is much better, three lates this half term and attendance up to 95%, but school want to keep an eye on it and the family liaison worker Mrs Doyle sees Stacey at the gate on Mondays. Summer started Reception in September and has settled in well.",
     ["EDU-ATT"],
     "managing: lateness reduced but still occurring and followed by school -> EDU-ATT present (green)"),
  ])),
 # ------------------------------------------------------------------ 010
 dict(id="010", loc="Ashby Fold",
  A=("2025-05-19", [
   B("orange", "Karen has been drinking most of a bottle of vodka a day since her mum died last year. In February Ellie (14) found her unconscious and called 999. Karen has been referred to the Ashby Fold Recovery Hub and has a key worker. She also has anxiety and is waiting for talking therapy. Ellie does most of the shopping and cooking and has missed 14 days this term, usually staying home when Mum is unwell; she says she feels anxious all day at school wondering if Mum is OK.",
     ["SUB", "MH-ADULT", "CARER", "EDU-ATT", "MH-CHILD"],
     "lookalike: 999 call was for an ambulance, no police -> no CRIME"),
  ]),
  C=("2026-02-24", [
   B("yellow", "Karen has been alcohol-free for five months, with one lapse over Christmas, and still sees her Recovery Hub key worker fortnightly. Ellie goes to young carers on a Tuesday and still does some of the cooking, though Karen now does the big shop. Ellie asked me what would happen if Mum started drinking again after I stop visiting, so we made a plan together of who she would ring.",
     ["SUB", "CARER"],
     "hypothetical: 'if Mum started drinking again' (SUB coded on the ongoing Recovery Hub support and lapse)"),
   B("green", "Ellie's attendance is 97% this term and the attendance concern has been closed. Her form tutor Mr Pugh is her named contact and she has a time-out card for when she feels anxious, which she uses about once a week. Karen's GP is reviewing her anxiety medication.",
     ["MH-CHILD", "MH-ADULT"],
     "met: attendance concern closed -> no EDU-ATT"),
  ])),
 # ------------------------------------------------------------------ 011
 dict(id="011", loc="Calder Bridge",
  A=("2025-07-07", [
   B("red", "Tia (14) went missing three times in June and was found by police in another town with older men. Strategy meeting held 24/06 and s47 enquiries started because of CSE concerns; social worker allocated. Tia has hit Michelle twice when her phone was taken off her, and she and her stepdad Gary argue every day.",
     ["SAFE-EXP", "REL-PAR"],
     "convention 7: police finding a missing child is safeguarding -> no CRIME",
     "convention 8: child-to-parent violence -> REL-PAR, not DA"),
  ]),
  C=("2026-03-16", [
   B("orange", "Tia remains open to the exploitation team and has a trusted adult from the Calder Bridge Safe Spaces project whom she sees weekly. She has had one missing episode since October (in January, when she came home by herself after six hours). Social care closed the case in October and it has stayed under a TAF plan since.",
     ["SAFE-EXP"]),
   B("yellow", "Arguments at home still happen most days, but Tia has not hit Michelle since September and they both use the time-out agreement we wrote together. Michelle and Gary have finished an online course on parenting teenagers. Tia says she is really anxious about choosing her GCSE options and the school counsellor will see her from next week.",
     ["REL-PAR", "MH-CHILD"],
     "historical: no hitting since September (REL-PAR stands on the daily arguments)"),
  ])),
 # ------------------------------------------------------------------ 012
 dict(id="012", loc="Wrenfield",
  A=("2025-02-03", [
   B("green", "Twins Archie and Freddie (2) had their two-year review last week; both have only a handful of words and the HV has referred them to the SALT drop-in. Neither has started nursery.",
     ["EYD"]),
   B("yellow", "Chloe (19) is on UC. A sanction in December left the family with nothing for five weeks and they have been using the Wrenfield food bank. Chloe says her mood is good and she is coping well with the twins.",
     ["FIN"],
     "negated: mood good, coping -> no MH-ADULT"),
  ]),
  C=("2025-11-25", [
   B("blue", "Chloe does the talking games from the SALT drop-in every day at bath time. The twins now have around 40 words each and are starting to put two words together, and they start at Little Acorns in January on their funded hours. Chloe knows how to ask for a mandatory reconsideration if she is ever sanctioned again and has the Citizens Advice number; there have been no sanctions since February.",
     ["EYD"],
     "hypothetical: 'if she is ever sanctioned again' -> no FIN",
     "historical: no sanctions since February -> no FIN"),
  ])),
 # ------------------------------------------------------------------ 013
 dict(id="013", loc="Kingsmere",
  A=("2025-06-16", [
   B("yellow", "Rachel and Craig separated in April after 12 years. Handovers for contact often end in shouting on the doorstep in front of the children, and Craig has said he will take Rachel to court over contact. Both say there has never been any violence or controlling behaviour. Isla (10) has become withdrawn and tearful and her school learning mentor is now checking in with her. Noah (6) is wetting the bed most nights.",
     ["REL-CONF", "MH-CHILD", "PH"],
     "negated: never any violence or control -> no DA",
     "lookalike: family court over contact is not CRIME"),
  ]),
  C=("2026-01-12", [
   B("blue", "Rachel and Craig now use a co-parenting app to agree contact, and handovers happen at school so the children don't see them together. They still disagree about holidays and say they will try mediation if they get stuck.",
     ["REL-CONF"],
     "hypothetical: mediation only 'if they get stuck'"),
   B("green", "Isla scored how she feels at home 4/10 at the start and 8/10 now; she still sees the learning mentor every other week. Noah has been dry at night since October and the GP has discharged him.",
     ["MH-CHILD"],
     "historical: dry at night since October, discharged -> no PH"),
  ])),
 # ------------------------------------------------------------------ 014
 dict(id="014", loc="Ashby Fold",
  A=("2025-03-03", [
   B("yellow", "Amara (7) is on the waiting list for an autism assessment and the SENCO has her on SEN support with a visual timetable. She sleeps around five hours a night and is awake from 3am. Funmi says Amara's meltdowns at home (hitting, screaming, up to an hour at a time) leave her not knowing what to do. She is tired but says she is not depressed, and her GP agrees.",
     ["EDU-SEND", "PH", "REL-PAR"],
     "negated: 'not depressed' -> no MH-ADULT"),
  ]),
  C=("2026-02-02", [
   B("green", "Amara was diagnosed with autism in October. School have applied for an EHC needs assessment and she has a 1:1 in the afternoons. The paediatrician has prescribed melatonin and she now sleeps about eight hours most nights.",
     ["EDU-SEND", "PH"]),
   B("blue", "Funmi has done the Understanding Autism course at the family hub and uses a calm box and a countdown timer with Amara. Meltdowns still happen but are usually over in ten minutes, and she says she 'knows what to do now'. She has joined the Ashby Fold parent carer forum and goes to their coffee mornings.",
     ["REL-PAR"],
     "lookalike: 'parent carer forum' -> no CARER (convention 12)"),
  ])),
 # ------------------------------------------------------------------ 015
 dict(id="015", loc="Calder Bridge",
  A=("2025-08-11", [
   B("orange", "Paul was made redundant in May and has run up about £4,000 on credit cards, mostly on online betting. He has put a gambling block on his bank card but still buys scratch cards, and says he is 'dealing with it' by keeping busy. His GP has diagnosed depression and signed him off. Police were called by a neighbour in July after Paul and Sarah had a loud row in the street; both say it was a one-off with no violence, and the officers recorded no DA concerns. Sarah says they argue about money constantly.",
     ["FIN", "MH-ADULT", "REL-CONF"],
     "lookalike: 'dealing with it' is not drug dealing -> no CRIME/SUB",
     "convention 10: gambling debt is FIN, not SUB",
     "negated: no violence, no DA concerns -> no DA",
     "police call about parents' argument, no offence -> no CRIME"),
  ]),
  C=("2026-03-02", [
   B("yellow", "Paul is on a debt management plan through the Money Matters service, paying £120 a month. He still buys the odd scratch card but has not bet online since August. He is back at work part-time and his mood is better, though he remains on antidepressants and is on the waiting list for counselling.",
     ["FIN", "MH-ADULT"]),
   B("blue", "Sarah scored the arguing at home 8/10 at the start (10 being the worst) and 3/10 now. She and Paul say they 'talk rather than shout' and go for a walk on Sundays to go through the money together.",
     ["REL-CONF"]),
  ])),
 # ------------------------------------------------------------------ 016
 dict(id="016", loc="Wrenfield",
  A=("2025-10-06", [
   B("blue", "Leanne's sister has the two youngest after school on Tuesdays and Thursdays so she can keep her cleaning job. Leanne has already rung the housing association herself to ask about a payment plan for the arrears.",
     ["FIN"]),
   B("orange", "Leanne has been served a possession notice by her housing association for £2,300 rent arrears, with a court hearing in November. She has been on UC since her partner moved out and the housing element is paid to her rather than to the landlord. Kai (9) has missed 11 days since September, mostly Mondays, as Leanne struggles to get three children to two schools by bus.",
     ["HOUS", "FIN", "EDU-ATT"],
     "lookalike: possession court hearing is not CRIME"),
  ]),
  C=("2026-03-23", [
   B("yellow", "The possession hearing was adjourned on terms. Rent is now paid straight to the landlord and Leanne is clearing the arrears at £10 a week; they are down to £1,650. The housing officer says the tenancy is safe as long as the payments keep going.",
     ["HOUS", "FIN"],
     "conditional wording ('safe as long as...'), but the possession claim adjourned on terms is a live risk -> HOUS present"),
   B("green", "Kai's attendance is 93% this term, up from 84%. He now goes to breakfast club so Leanne can drop him off earlier, and the attendance officer Mr Lyle meets her each half term.",
     ["EDU-ATT"]),
  ])),
 # ------------------------------------------------------------------ 017
 dict(id="017", loc="Kingsmere",
  A=("2025-11-03", [
   B("orange", "Maisie (15) told the school nurse she has been cutting her arms since the summer. She was seen in A&E in October after taking an overdose and CAMHS have taken her on. She is also being picked on in a year-group chat, and her parents say they don't know how to talk to her and have stopped checking her phone.",
     ["MH-CHILD", "SAFE-EXP", "REL-PAR"],
     "lookalike: 'overdose' of medication is self-harm (MH-CHILD), not SUB"),
  ]),
  C=("2026-03-27", [
   B("orange", "Maisie is still under CAMHS and sees her therapist weekly. She says she has not self-harmed since January and her parents check in with her each evening using the safety plan, but CAMHS still consider her at risk.",
     ["MH-CHILD"]),
   B("green", "School shut the group chat down in December and spoke to the girls involved. Maisie says the bullying has stopped and she has moved tutor group. Pastoral lead Ms Adeyemi is her named contact.",
     [],
     "historical: bullying stopped in December -> no SAFE-EXP"),
   B("blue", "Mum and Dad have worked through an online guide on talking to teenagers and have a film night with Maisie every Friday. Dad put his confidence in talking to her about hard things at 4/10 at the start and 7/10 now; Mum went from 5/10 to 8/10.",
     ["REL-PAR"]),
  ])),
 # ------------------------------------------------------------------ 018
 dict(id="018", loc="Ashby Fold",
  A=("2025-04-28", [
   B("green", "Harvey (10) has type 1 diabetes and has missed his last three clinic appointments; his blood sugar control is poor. He has two decayed teeth and has not seen a dentist since 2022. Lee works nights at a warehouse and Harvey sleeps at his nan's on those nights. Lee says money is fine.",
     ["PH"],
     "negated/lookalike: night shifts and 'money is fine' -> no FIN (convention 5)"),
  ]),
  C=("2026-01-26", [
   B("blue", "Harvey now does his own injections and checks his levels on an app that also sends alerts to Lee's phone at work. They use a shared calendar for clinic and dental appointments and have not missed one since June.",
     ["PH"],
     "managing: diabetes self-care -> PH present in blue box; missed appointments historical"),
   B("green", "Harvey's teeth have been treated and he is now on three-monthly dental checks. The diabetes nurse says his last blood test was the best he has had, and the school nurse has trained two staff on his pump.",
     ["PH"]),
  ])),
 # ------------------------------------------------------------------ 019
 dict(id="019", loc="Calder Bridge",
  A=("2025-07-21", [
   B("orange", "Wayne is prescribed methadone by the Calder Bridge drug service and has been stable for two years. He is on probation until December for a shoplifting offence last year.",
     ["SUB", "CRIME"]),
   B("yellow", "Gemma says her first husband was abusive many years ago, but she has had no contact with him for over ten years and there has been nothing like that with Wayne. They are £700 behind on the rent since UC started clawing back an overpayment.",
     ["FIN"],
     "historical + outside household: abuse by first husband years ago -> no DA",
     "negated: nothing like that with Wayne"),
  ]),
  C=("2026-02-12", [
   B("yellow", "Wayne's methadone is down to 20ml and he still sees his key worker every fortnight. His probation finished in December with no further offences. Gemma rang UC herself and got the deduction reduced; they are paying the rent arrears at £8 a week and now owe £380.",
     ["SUB", "FIN"],
     "historical: probation finished in December -> no CRIME"),
  ])),
 # ------------------------------------------------------------------ 020
 dict(id="020", loc="Wrenfield",
  A=("2025-09-08", [
   B("yellow", "Hana (8) has cerebral palsy and attends Rosewood special school with an EHCP. Yusuf (12) helps lift her and does her evening tube feeds when Mum (Aisha) is at work, and says he has stopped going to football because he is needed at home. The family receive DLA and Carer's Allowance and say there are no money worries. Referral to Wrenfield Young Carers.",
     ["PH", "EDU-SEND", "CARER"],
     "negated: DLA and Carer's Allowance named, 'no money worries' -> no FIN (convention 5)"),
  ]),
  C=("2026-03-09", [
   B("blue", "Yusuf is back at football on Wednesdays. An agency carer now does two of Hana's evening feeds a week, and Yusuf still helps with her at weekends. He goes to the young carers group once a month.",
     ["CARER"],
     "lookalike: 'agency carer' is a paid adult (CARER stands on Yusuf's weekend caring)"),
   B("green", "Hana had her EHCP annual review in February and the OT has ordered a new standing frame. Yusuf's school know he is a young carer and he has a card that lets him step out of lessons to phone home.",
     ["EDU-SEND", "PH", "CARER"]),
  ])),
 # ------------------------------------------------------------------ 021
 dict(id="021", loc="Kingsmere",
  A=("2025-05-12", [
   B("yellow", "Kirsty has severe anxiety and has hardly left the house since Leo was born. Leo (3) is not in nursery and has missed his pre-school boosters. Kirsty's mum does the shopping for them, but at today's visit there was very little food in the fridge and Leo was still in yesterday's clothes.",
     ["MH-ADULT", "EYD", "PH", "SAFE-NEG"],
     "outside household: Kirsty's mum doing the shopping is her network, not a code; convention 10: little food in the fridge -> SAFE-NEG, not FIN"),
  ]),
  C=("2026-02-16", [
   B("blue", "Kirsty now walks to the shop at the end of the road on her own and has done the supermarket by herself twice. She uses the breathing app we found together when she feels panicky. She scored her anxiety 9/10 at the start and 5/10 now. Star scores at closure: your wellbeing 3 to 6, social networks 2 to 5.",
     ["MH-ADULT"]),
   B("green", "Leo has had his pre-school boosters at the GP surgery. He goes to Sunnybank nursery 15 hours a week and his keyworker says he is a bit behind with his talking, so she is doing extra language work with him.",
     ["EYD"],
     "historical: boosters now given -> no PH"),
   B("yellow", "Kirsty is still on the waiting list for CBT with Kingsmere Talking Minds. She is worried she could slip back into not going out once the FSW visits stop; we have agreed she will ring the family hub if that starts to happen.",
     ["MH-ADULT"],
     "hypothetical: 'could slip back' (MH-ADULT stands on the CBT waiting list)"),
  ])),
 # ------------------------------------------------------------------ 022
 dict(id="022", loc="Ashby Fold",
  A=("2025-10-13", [
   B("orange", "Kyle (14) has had a police warning for ASB after setting fire to bins with friends. Police were called to the house in September when he punched a hole in the door and pushed Dawn into the wall. He is at risk of permanent exclusion after a fight on the school field.",
     ["CRIME", "REL-PAR", "EDU-EXC"],
     "convention 8: child-to-parent violence -> REL-PAR (+CRIME with police), not DA"),
  ]),
  C=("2026-03-30", [
   B("orange", "Kyle is still working with the Youth Justice Service on a community resolution for the bins and has one session left. There have been no police call-outs to the house since October. He moved to Calder Bridge Academy on a managed move in January, which is due to be reviewed at Easter.",
     ["CRIME", "EDU-EXC"],
     "historical: no police call-outs since October (CRIME stands on the open youth justice work)"),
   B("yellow", "Dawn says Kyle still loses his temper and slams doors, but he now takes himself off to his room to calm down instead of lashing out at her. She has finished the Calm Homes course for parents of teenagers who are violent at home and still meets the other parents monthly.",
     ["REL-PAR"],
     "historical: no longer lashing out at Mum (REL-PAR stands on temper at home)"),
  ])),
 # ------------------------------------------------------------------ 023
 dict(id="023", loc="Calder Bridge",
  A=("2025-06-02", [
   B("green", "Tracey is having chemotherapy at Calder General every three weeks and says she is determined to fight it. Owen (9) knows Mum is poorly; school say he is coping well and they have no concerns about him in class.",
     ["PH"],
     "lookalike: 'fight it' (the illness) -> no CRIME, no EDU-EXC",
     "negated: no concerns about Owen -> no MH-CHILD"),
   B("yellow", "Tracey is on statutory sick pay and they are £400 behind on the gas. Mark is picking up extra shifts; Tracey says he is stressed but coping.",
     ["FIN"],
     "lookalike: extra shifts not FIN in itself; 'stressed but coping' -> no MH-ADULT"),
  ]),
  C=("2026-01-05", [
   B("blue", "Tracey finished chemotherapy in October, has been given the all-clear and is back at work three days a week. The gas arrears were paid off with a grant from a cancer charity. Owen still gets worried whenever Mum is ill, even with a cold, and uses the worry jar we made to talk about it.",
     ["MH-CHILD"],
     "historical: chemotherapy finished, all-clear -> no PH",
     "historical: gas arrears paid off -> no FIN"),
  ])),
 # ------------------------------------------------------------------ 024
 dict(id="024", loc="Wrenfield",
  A=("2025-03-17", [
   B("yellow", "Khalid has PTSD from his time in a detention camp and has nightmares most nights; he is under the GP and waiting for a trauma service. The family of five live in a two-bedroom flat, with all three children in one room. Rana (4) is due to start Reception in September and has not been to nursery; she speaks Arabic at home and very little English. Sami (11) is doing well at Hollins Lane.",
     ["MH-ADULT", "HOUS", "EYD"]),
  ]),
  C=("2026-01-22", [
   B("green", "Rana started Reception at Hollins Lane in September and is picking up English quickly; her teacher has no concerns. Sami is now in Year 7 and has joined the chess club.",
     [],
     "met: school readiness need met, teacher has no concerns -> no EYD"),
   B("yellow", "Khalid has started 12 sessions of trauma therapy with the Wrenfield Refugee Wellbeing Service. The family are on the housing register in Band B for a three-bed and are still overcrowded.",
     ["MH-ADULT", "HOUS"]),
  ])),
 # ------------------------------------------------------------------ 025
 dict(id="025", loc="Kingsmere",
  A=("2025-08-18", [
   B("orange", "Keira (16) is 20 weeks pregnant. Her mum told her to leave after a row and she is sofa-surfing at her boyfriend's mum's house. Housing Options have started a homelessness assessment under the 16/17-year-old protocol.",
     ["HOUS", "REL-PAR"]),
   B("yellow", "Keira left sixth form in July and is not in education, work or training; she says she wants to go back after the baby. She is booked in with the midwife.",
     ["EDU-NEET"]),
  ]),
  C=("2026-02-26", [
   B("yellow", "Keira moved back home in October after mediation with her mum. Baby Ivy was born in January. Keira and her mum still argue about Ivy's routines, but it doesn't escalate and they both say they can talk it through. Keira has a place on a part-time childcare course from September but is not in education or training until then.",
     ["REL-PAR", "EDU-NEET"],
     "met: back home since October -> no HOUS",
     "lookalike: 'childcare course' and a future place do not end the current NEET status"),
  ])),
 # ------------------------------------------------------------------ 026
 dict(id="026", loc="Ashby Fold",
  A=("2025-11-17", [
   B("yellow", "Ethan (11) plays online games until 2 or 3am and is getting about four hours' sleep; he has been late 30 times this term. Mum found messages from an adult gamer asking him to move to a private chat and send photos. It was reported to police, who gave advice. Mum says she can't get him off the console and he shouts and swears at her when she tries.",
     ["PH", "EDU-ATT", "SAFE-EXP", "REL-PAR"],
     "police giving advice about an online adult is not CRIME by the family"),
  ]),
  C=("2026-03-19", [
   B("blue", "The console now goes into Mum's room at 9pm on school nights and Ethan mostly goes along with it, though there is still the odd row about it at weekends. Parental controls are on all his devices and Ethan can explain what he would do if someone online asked him to keep a secret.",
     ["REL-PAR", "SAFE-EXP"],
     "hypothetical wording ('if someone online asked') but online safety is being managed -> SAFE-EXP present (blue, managing)"),
   B("green", "Ethan has had no lates since January and his attendance is 98%. His form tutor says he is more alert in lessons.",
     [],
     "met: no lates since January -> no EDU-ATT"),
  ])),
 # ------------------------------------------------------------------ 027
 dict(id="027", loc="Calder Bridge",
  A=("2025-09-29", [
   B("yellow", "Nicola uses a wheelchair after a spinal injury. Her PIP was stopped at review in August and she is appealing with help from Citizens Advice. The lift in her council block has been broken for three weeks, she has been stuck in the flat, and she has reported it four times. Her eldest, Brandon (19), lives in another city and is on remand awaiting trial, which Nicola finds very hard.",
     ["PH", "FIN", "HOUS"],
     "outside household: adult son on remand elsewhere -> no CRIME"),
   B("green", "Jack (8) and Poppy (6) attend St Aidan's and there are no concerns about their attendance. Jack sometimes fetches things for Mum, which Nicola and school agree is age-appropriate and not a caring role.",
     [],
     "negated: no attendance concerns -> no EDU-ATT",
     "negated: 'not a caring role' -> no CARER"),
  ]),
  C=("2026-03-12", [
   B("blue", "Nicola won her PIP appeal in January and it was backdated. The lift was fixed in November and has worked since. Because the flat is still not suitable for her chair, the council have put her on the list for a ground-floor adapted property, and she has registered with the accessible taxi scheme to get to physio.",
     ["PH", "HOUS"],
     "historical: PIP appeal won -> no FIN",
     "historical: lift repaired (HOUS stands on the unsuitable flat / adapted-housing list)"),
  ])),
 # ------------------------------------------------------------------ 028
 dict(id="028", loc="Wrenfield",
  A=("2025-12-01", [
   B("orange", "Hayley has bipolar disorder and was sectioned for three weeks in November; she is home now and under the community mental health team. Jon has taken unpaid leave to look after Lily (10) and Max (4) and they have missed two mortgage payments. Lily has been anxious since Mum went into hospital and has missed six days of school. Max is at nursery and doing well.",
     ["MH-ADULT", "FIN", "MH-CHILD", "EDU-ATT"],
     "lookalike: 'sectioned' (Mental Health Act) is not CRIME",
     "good news only: Max doing well at nursery -> no EYD"),
  ]),
  C=("2026-03-25", [
   B("green", "Hayley remains with the CMHT, has a care coordinator and a crisis plan, and Jon knows her early warning signs. Lily's attendance is back up to 96% and school say she is settled.",
     ["MH-ADULT"],
     "met: attendance back to 96% -> no EDU-ATT"),
   B("blue", "Jon is back at work and they have agreed a plan with the lender to clear the missed mortgage payments at £50 a month on top of the normal payment. Lily keeps a worry journal that she shares with Mum at weekends.",
     ["FIN", "MH-CHILD"]),
  ])),
]

# Unboxed case notes: id, stage, date, locality, text, gold level (highest cue), codes, traps
UNBOXED = [
 ("Z2-N01", "assessment", "2025-06-23", "Calder Bridge",
  "Home visit. Becky says Alfie (4) is still in nappies and only uses a few single words. The HV is aware and has referred him to SALT. He doesn't go to nursery yet; Becky wasn't sure how to apply, so I gave her the link for the funded hours and she is doing the form tonight. Her partner works away Monday to Friday.",
  "green", ["EYD"],
  ["level: HV is the highest cue -> green",
   "lookalike: partner working away is not FIN"]),
 ("Z2-N02", "closure", "2026-02-09", "Wrenfield",
  "Closing visit with Sam; FSW support ends this week. Sam has stuck to the budget plan and puts £20 a month towards his water arrears under the hardship scheme. He has not needed the food bank since November and his Citizens Advice case was closed in January. His daughter Mollie (7) is doing well at school.",
  "yellow", ["FIN"],
  ["level: FSW support (still open this week) -> yellow; Citizens Advice closed is not a live cue",
   "historical: food bank not needed since November",
   "good news only: Mollie doing well -> no education code"]),
 ("Z2-N03", "assessment", "2025-10-20", "Ashby Fold",
  "Call from the DSL at Brackenridge High: Jordan (15) was arrested on Saturday night for criminal damage at the leisure centre and police brought him home at 2am. Mum told school she cannot control him and he is out most nights. School know of no SEN needs. FSW to visit and start a TAF.",
  "orange", ["CRIME", "REL-PAR"],
  ["level: arrest and TAF -> orange",
   "negated: no SEN needs -> no EDU-SEND"]),
 ("Z2-N04", "closure", "2026-01-30", "Kingsmere",
  "Review note. Grace (9) was discharged from CAMHS last spring after a course of CBT. She still gets worried at bedtime; Mum uses the worry-time routine and the school nurse sees Grace once a month. Mum says she doesn't need anything else.",
  "green", ["MH-CHILD"],
  ["historical: CAMHS discharge last spring is not a live cue -> level from school nurse (green), not orange"]),
 ("Z2-N05", "assessment", "2025-11-24", "Calder Bridge",
  "Strategy meeting held today after Aaron (7) arrived at school hungry and told his teacher that Mum's boyfriend 'hurt Mummy' at the weekend. Aaron lives with Mum and her boyfriend. Mum told the social worker there is no money for gas and nothing in the cupboards until payday.",
  "red", ["DA", "SAFE-NEG", "FIN"],
  ["level: strategy meeting -> red",
   "convention 10: hungry child / empty cupboards -> SAFE-NEG; no money for gas -> FIN"]),
 ("Z2-N06", "closure", "2026-03-06", "Wrenfield",
  "Phone call with Mum. Ruby (6) still wakes most nights. Mum has read the sleep tips on the family hub website and has started a wind-down routine at bedtime herself. Nothing else needed.",
  "blue", ["PH"],
  ["convention 9: sleep problem at school age -> PH",
   "level: information the family acts on itself -> blue"]),
]

LEVELS = ["blue", "green", "yellow", "orange", "red"]


TYPE_MAP = {
    "met/managing": "managing", "historical wording": "managing", "DA vs CRIME": "convention",
    "convention 7": "convention", "convention 8": "convention", "convention 9": "convention",
    "convention 10": "convention", "convention 11": "convention", "convention 12": "convention",
    "historical/negated": "historical", "negated/lookalike": "negated",
    "historical + outside household": "historical", "outside household": "outside",
    "good news only": "goodnews", "conditional wording": "managing",
}
# trap types that are real traps for a keyword coder (managing / level are explanations)
TRAP_TYPES = {"negated", "historical", "met", "hypothetical", "lookalike", "outside",
              "convention", "goodnews"}


def parse_trap(t):
    if ":" in t:
        head, note = t.split(":", 1)
        head = head.strip()
        if head.startswith("conditional wording"):
            return dict(type="managing", note=t.strip())
        if head.startswith("convention"):
            note = head + ": " + note.strip()
        return dict(type=TYPE_MAP.get(head, head), note=note.strip())
    low = t.lower()
    if low.startswith(("conditional wording", "hypothetical wording")):
        return dict(type="managing", note=t)
    if low.startswith("police call about parents"):
        return dict(type="convention", note=t)
    if low.startswith("police giving advice"):
        return dict(type="outside", note=t)
    return dict(type="note", note=t)


def build():
    nrows, grows, traps = [], [], []
    for case in CASES:
        cid = "Z2-" + case["id"]
        for stage_key, stage in (("A", "assessment"), ("C", "closure")):
            date, boxes = case[stage_key]
            tid = f"{cid}-{stage_key}"
            for b in boxes:
                nid = f"{tid}-{b['level']}"
                nrows.append([nid, tid, cid, stage, date, b["level"], case["loc"], b["text"]])
                for c in b["codes"]:
                    grows.append([nid, c, b["level"]])
                traps.append(dict(narrative_id=nid, gold=b["codes"],
                                  traps=[parse_trap(t) for t in b["traps"]]))
    for (nid, stage, date, loc, text, lvl, codes, tr) in UNBOXED:
        nrows.append([nid, nid, nid, stage, date, "", loc, text])
        for c in codes:
            grows.append([nid, c, lvl])
        traps.append(dict(narrative_id=nid, gold=codes, gold_level=lvl,
                          traps=[parse_trap(t) for t in tr]))

    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(nrows)
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(grows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        json.dump(traps, f, ensure_ascii=False, indent=1)
        f.write("\n")

    # summary
    from collections import Counter
    codes = Counter(r[1] for r in grows)
    stages = Counter(r[3] for r in nrows)
    lv = Counter(r[2] for r in grows)
    ttypes = Counter(t["type"] for n in traps for t in n["traps"])
    with_trap = sum(1 for n in traps if any(t["type"] in TRAP_TYPES for t in n["traps"]))
    empty = sum(1 for n in traps if not n["gold"])
    print(f"narratives {len(nrows)} (boxed {len(nrows)-len(UNBOXED)}, unboxed {len(UNBOXED)}); "
          f"stages {dict(stages)}; triages {len({r[1] for r in nrows})}; cases {len(CASES)}+{len(UNBOXED)} notes")
    print(f"gold rows {len(grows)}; narratives with no gold code {empty}; with >=1 trap note {with_trap}")
    print("codes:", dict(sorted(codes.items())))
    print("levels:", {k: lv[k] for k in LEVELS})
    print("trap note types:", dict(ttypes))
    bad = [t for n in traps for t in n["traps"] if t["type"] not in TRAP_TYPES | {"managing", "level"}]
    assert not bad, bad
    tri_of = {r[0]: (r[1], r[3]) for r in nrows}
    for st in ("assessment", "closure"):
        tri = {r[1] for r in nrows if r[3] == st}
        per = {l: len({tri_of[g[0]][0] for g in grows if g[2] == l and tri_of[g[0]][1] == st}) for l in LEVELS}
        print(f"{st}: {len(tri)} triages; triages with present issues per level {per}")

if __name__ == "__main__":
    build()
