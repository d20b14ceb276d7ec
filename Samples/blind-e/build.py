#!/usr/bin/env python3
"""Build held-out gold set E (TAF reviews, step-down and closure summaries).

Every narrative sits next to its gold codes and its trap notes. Running this
script writes narratives.csv, gold.csv and traps.json in this directory.

Trap-note prefixes (used by the README tallies):
  NEG       negation (and negation that must not reach a later clause)
  HIST      historical-only mention (issue over / ended)
  MIXED     past and current in one narrative
  HYPO      hypothetical / contingency plan only
  MANAGING  "now managing" in a blue or green box (convention 3) -> present
  GOODNEWS  pure good news, no need stated -> not coded
  NA        N/A, None, Nil box
  C5..C12   the coding conventions of taxonomy.md
Items starting "note:" are coding rationale for an ordinary narrative, not a
deliberate trap; they stay here and are left out of traps.json.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# Boxed cases.  Each box: (colour, narrative, [codes], [trap notes])
# --------------------------------------------------------------------------
CASES = [
    # M101 grandparent (kinship) carer, Copperfield
    dict(case="M101", locality="Copperfield", triages=[
        dict(stage="assessment", date="2025-04-08", boxes=[
            ("green",
             "Amara (4) isn't dry in the daytime yet and nursery say she needs an adult with her to settle at drop-off. HV has offered her an appointment at the toileting clinic.",
             ["EYD"],
             ["note: C9: under-5 toileting -> EYD"]),
            ("yellow",
             "Leon (10) has been wetting the bed three or four nights a week since he came to live with Pauline and worries constantly that she will 'go away too'. He told me some boys in his class call him 'orphan boy'. I'm seeing him in school once a week to do some work on his worries.",
             ["PH", "MH-CHILD", "SAFE-EXP"],
             ["C9: bedwetting at school age -> PH, not EYD",
              "note: name-calling by classmates is bullying of the child -> SAFE-EXP"]),
            ("orange",
             "Pauline's landlord served a section 21 notice in March as he is selling the house, and she has until the end of June to leave. She is also £400 behind on the rent since the children moved in. Housing options and school are invited to a TAF next week.",
             ["HOUS", "FIN"],
             []),
        ]),
        dict(stage="closure", date="2025-10-14", boxes=[
            ("blue",
             "Pauline scores things at 8/10 now compared with 3/10 in April. Leon is still wet about one night a fortnight; Pauline uses the washable bed mats and deals with it without any fuss.",
             ["PH"],
             ["MANAGING: still wet occasionally, managed by carer in a blue box -> PH present",
              "GOODNEWS: the scaling score on its own codes nothing"]),
            ("green",
             "Amara has been fully dry for months and has settled into Reception at Copperfield Primary; her teacher has raised no concerns.",
             [],
             ["HIST: toileting described as over ('fully dry for months') - no EYD",
              "GOODNEWS: settled in Reception"]),
            ("yellow",
             "Pauline and the children moved into a two-bed housing association flat in August, so the housing issue is resolved. Leon still finds changes hard and continues to see the school's ELSA weekly for worry work; my last 1:1 session with him was in September.",
             ["MH-CHILD"],
             ["MIXED: housing resolved (HIST, no HOUS); ELSA worry work continues -> MH-CHILD"]),
        ]),
    ]),

    # M102 dad on his own, Northgate
    dict(case="M102", locality="Northgate", triages=[
        dict(stage="assessment", date="2025-04-22", boxes=[
            ("green",
             "Ollie (8) is on the SEN support register for reading and his speech is hard for staff to understand. The SENCO has requested a speech and language therapy assessment.",
             ["EDU-SEND"],
             ["C9: speech for a school-age child -> EDU-SEND, not EYD"]),
            ("yellow",
             "Craig has raised the children on his own for several years and works shifts at the distribution centre. On his early shifts Tia (14) gets Ollie up, dressed and to school, and she cooks the tea most nights. Tia told me she feels like she has to be 'the mum' now.",
             ["CARER"],
             ["note: C5: working shifts is not FIN"]),
            ("orange",
             "Tia was reported missing twice in March and both times police found her at an older lad's flat in Longmead. She has a second phone Craig didn't know about. School have suspended her twice this term for walking out of lessons and swearing at staff. Exploitation screening done; TAF with police and school agreed.",
             ["SAFE-EXP", "EDU-EXC"],
             ["C7: police finding a missing child is safeguarding, not CRIME"]),
        ]),
        dict(stage="closure", date="2025-11-05", boxes=[
            ("blue",
             "Tia has had no missing episodes since the end of April and has cut contact with the group from the Longmead flat.",
             [],
             ["HIST: missing episodes over ('no ... since April') - no SAFE-EXP"]),
            ("green",
             "Ollie has finished his block of speech therapy and school continue his language programme three times a week; he remains on SEN support. Tia is still on a daily behaviour report after more detentions for walking out of lessons.",
             ["EDU-SEND", "EDU-EXC"],
             ["note: MANAGING: 'remains on SEN support' despite finished therapy block",
              "note: behaviour at school still monitored -> EDU-EXC"]),
            ("yellow",
             "Tia still does a lot at home, especially on Craig's early shifts. She now goes to the young carers group at Northgate fortnightly and says it is 'the only time that's mine'.",
             ["CARER"],
             ["note: C5: shifts not FIN"]),
        ]),
    ]),

    # M103 family seeking asylum, Longmead
    dict(case="M103", locality="Longmead", triages=[
        dict(stage="assessment", date="2025-05-06", boxes=[
            ("green",
             "Hana (3) has never been to a nursery or had her two-year review, and is behind with her MMR and pre-school boosters. HV visited last week and the practice nurse has booked her jabs.",
             ["EYD", "PH"],
             ["note: nursery take-up and missed 2-year review -> EYD; missed immunisations -> PH"]),
            ("yellow",
             "The family get asylum support of just under £50 per person a week and Selam says it is gone by Thursday; I've referred them to the food bank and the uniform exchange. Yonas gets flashbacks and panic attacks about the journey here and the GP has referred him to the refugee mental health team.",
             ["FIN", "MH-ADULT"],
             ["note: C10: food bank -> FIN (no empty cupboards described, so no SAFE-NEG)"]),
            ("orange",
             "All four are living in one room of a Home Office contingency hotel on the ring road, sharing two beds, and have been told they could be moved on at a few days' notice. Daniel (7) has missed 12 days since he started at Longmead Primary in January because of appointments and moves.",
             ["HOUS", "EDU-ATT"],
             []),
        ]),
        dict(stage="closure", date="2025-12-02", boxes=[
            ("blue",
             "Selam is budgeting with the envelope system we set up together and shops at the community pantry every Friday for £5. Yonas still gets flashbacks but uses his grounding exercises and walks with the men's group on Sundays.",
             ["FIN", "MH-ADULT"],
             ["MANAGING: budgeting + pantry (food poverty) in a blue box -> FIN",
              "MANAGING: 'still gets flashbacks' -> MH-ADULT"]),
            ("green",
             "Hana has taken up her funded place at the Longmead Children's Centre nursery and her key person is pleased with her. She has now had all her catch-up vaccinations.",
             [],
             ["GOODNEWS: attends nursery, no need stated - no EYD",
              "HIST: vaccinations completed - no PH"]),
            ("yellow",
             "The family were granted refugee status in November and have to leave the asylum accommodation within 28 days. A homelessness application has gone in to the council. Universal Credit is set up and Selam has had her first payment without any problems.",
             ["HOUS"],
             ["C5: Universal Credit named with no problem - no FIN"]),
        ]),
    ]),

    # M104 Irish Traveller family on a council site, Copperfield
    dict(case="M104", locality="Copperfield", triages=[
        dict(stage="assessment", date="2025-05-20", boxes=[
            ("blue",
             "Bridget and Martin have been rowing a lot since the spring and Martin has been sleeping at his brother's trailer some nights. Bridget says they are 'working through it' and her sister has been a good support.",
             ["REL-CONF"],
             []),
            ("yellow",
             "Paddy (13) is on 61% attendance at Copperfield Academy and says he doesn't see the point of school and would rather go out working with his dad. Michael (16) finished Year 11 last summer and hasn't been in any training or work since; he wants to do a groundworks course. The Traveller education adviser is meeting the family and school next week.",
             ["EDU-ATT", "EDU-NEET"],
             ["note: C11: 16-year-old with no education/work -> EDU-NEET only, no FIN"]),
            ("orange",
             "The pitch floods whenever it rains heavily and the amenity block has had no hot water since February. Two adults and four children are sharing one trailer and a small tourer. Site manager and environmental health are invited to the TAF.",
             ["HOUS"],
             []),
        ]),
        dict(stage="closure", date="2026-01-13", boxes=[
            ("blue",
             "Bridget rates life on the site at 6 out of 10 now. If the flooding comes back she has the site manager's mobile number and will ring him straight away.",
             [],
             ["HYPO: flooding only in an 'if' contingency - no HOUS"]),
            ("green",
             "Paddy's attendance is 84% this term. The school's attendance mentor meets him every Monday and he is on a reduced Friday timetable so he can attend a construction taster course.",
             ["EDU-ATT"],
             ["note: MANAGING: attendance still monitored, part-time timetable"]),
            ("yellow",
             "Michael (17) has a place on a groundworks traineeship starting in April, but until then he isn't studying or working.",
             ["EDU-NEET"],
             ["note: C11: NEET now despite a future place; no FIN"]),
            ("orange",
             "The drainage works were finished in November and in December the family moved to a double pitch, so they are no longer overcrowded. However, the council has now served a notice to quit because of £640 of unpaid pitch fees.",
             ["HOUS", "FIN"],
             ["MIXED: flooding/overcrowding over, but a new notice to quit -> HOUS present; arrears of pitch fees -> FIN"]),
        ]),
    ]),

    # M105 blended family, Northgate
    dict(case="M105", locality="Northgate", triages=[
        dict(stage="assessment", date="2025-06-03", boxes=[
            ("green",
             "Alfie (6) is above the 98th centile for his weight and the school nurse is seeing him and Gemma termly. Dean's niece Lacey (14), who lives with Dean's sister in Longmead, has just been permanently excluded from her school.",
             ["PH"],
             ["C6: niece outside the household - no EDU-EXC"]),
            ("yellow",
             "Brooke (15) refuses to follow any of Dean's rules and the two of them clash most evenings. Last week she shoved Gemma into the door frame during a row about her curfew. Gemma and Dean are arguing between themselves about how to handle her and Dean has talked about moving out. We discussed a united approach and both have agreed to start the Who's in Charge? course.",
             ["REL-PAR", "REL-CONF"],
             ["C8: child-to-parent violence -> REL-PAR, not DA (no police, no CRIME)",
              "C8: arguments between the adults -> REL-CONF"]),
            ("orange",
             "Brooke was arrested in May for shoplifting with friends in the town centre and has been given a youth caution; the youth justice service are doing a prevention assessment. She is vaping heavily. Gemma found messages on her phone from a 19-year-old man she met online who keeps asking her to meet up and send photos; reported to the police and discussed at the TAF.",
             ["CRIME", "SAFE-EXP"],
             ["C12: vaping is not SUB"]),
        ]),
        dict(stage="closure", date="2025-12-09", boxes=[
            ("blue",
             "Gemma and Dean use the 'pause and plan' script from the course when Brooke starts to escalate, and say the blow-ups are now about once a fortnight instead of every night.",
             ["REL-PAR"],
             ["MANAGING: blow-ups reduced but continuing, strategy in use (blue) -> REL-PAR"]),
            ("yellow",
             "Brooke finished her youth justice prevention programme in October and there has been no further offending. She still vapes but says she is trying to cut down.",
             [],
             ["HIST: programme finished, 'no further offending' - no CRIME",
              "C12: vaping is not SUB"]),
        ]),
    ]),

    # M106 parents with a learning disability, Longmead
    dict(case="M106", locality="Longmead", triages=[
        dict(stage="assessment", date="2025-06-17", boxes=[
            ("green",
             "Bella (14 months) is not yet pulling herself up to stand and has very little babble. HV completed an ASQ and will re-check her development at 18 months.",
             ["EYD"],
             []),
            ("yellow",
             "Kerry and Stuart both have a learning disability and find letters and forms hard to follow. They missed Josh's audiology appointment because they couldn't read the letter. Their Universal Credit was stopped in May after they missed a letter asking for ID, and they now owe £300 in rent. We made an easy-read picture calendar together for the kitchen wall.",
             ["PH", "FIN"],
             ["note: judgement: parental learning disability + missed hospital appointment -> PH (disability), not MH-ADULT"]),
            ("orange",
             "I observed unwashed bottles in the sink, dog mess on the kitchen floor and no clean bedding on Bella's cot. Josh (5) has come to school in the same stained clothes all week and school have had to wash him. A TAF with school and the HV has been set up.",
             ["SAFE-NEG"],
             []),
            ("red",
             "No - MASH advice was that the threshold for social care is not met at present. Review at the six-week TAF.",
             [],
             ["NA: red box answered 'No'"]),
        ]),
        dict(stage="closure", date="2026-02-10", boxes=[
            ("green",
             "Bella now cruises round the furniture and the HV says she is using a few single words; she stays on the HV's enhanced caseload for her development.",
             ["EYD"],
             ["note: MANAGING: progress but still on enhanced HV caseload"]),
            ("yellow",
             "Josh's tantrums when he is told no have got worse and Kerry and Stuart struggle to follow through with consequences. They have started an adapted one-to-one parenting programme at home.",
             ["REL-PAR"],
             []),
            ("red",
             "Stepped up to social care: in January Josh was found on his own by the main road at 7pm, and after a strategy meeting and s47 enquiry both children are on child in need plans. The home is still very dirty despite our support.",
             ["SAFE-NEG"],
             []),
        ]),
    ]),

    # M107 mum with depression, Copperfield
    dict(case="M107", locality="Copperfield", triages=[
        dict(stage="assessment", date="2025-07-01", boxes=[
            ("blue",
             "Aisha's mum comes round every day and helps with Maryam. Imran works away on contracts Monday to Friday; they told me money is not a worry.",
             [],
             ["NEG: 'money is not a worry' - no FIN", "C5: working away is not FIN"]),
            ("green",
             "Maryam (2) has only a handful of words and mostly points to what she wants. HV has referred her to the Early Talk drop-in at the children's centre.",
             ["EYD"],
             ["note: C9: under-5 speech -> EYD, not EDU-SEND"]),
            ("yellow",
             "Aisha told me she has felt flat and tearful since Maryam was born and some days cannot face getting out of bed. She has restarted sertraline through her GP and I have referred her to Talking Therapies. Zain told me he 'looks after Mummy' - he takes her tea and tablets in bed and keeps Maryam busy - and school have asked about a young carers assessment.",
             ["MH-ADULT", "CARER"],
             []),
            ("orange",
             "Zain (9) has been out of school for six weeks with anxiety; he cries and freezes at the gate. CAMHS have accepted the referral and school have offered a phased return on a part-time timetable.",
             ["MH-CHILD", "EDU-ATT"],
             []),
        ]),
        dict(stage="closure", date="2026-01-20", boxes=[
            ("blue",
             "Aisha rates her mood as 7/10 most days, up from 3/10 in July. She is still on sertraline and has finished Talking Therapies; if her mood dips again she will self-refer. Zain no longer looks after her in the mornings and is 'back to being a kid'.",
             ["MH-ADULT"],
             ["MANAGING: still on sertraline (blue) -> MH-ADULT",
              "HYPO: 'if her mood dips again' adds nothing",
              "HIST: caring described as over ('no longer') - no CARER"]),
            ("green",
             "Zain returned to full-time school in October and has not missed a day since. He still uses his time-out card and sees the school counsellor once a week.",
             ["MH-CHILD"],
             ["MIXED: attendance problem over (HIST, no EDU-ATT); counselling continues -> MH-CHILD"]),
        ]),
    ]),

    # M108 dad's drinking, Longmead
    dict(case="M108", locality="Longmead", triages=[
        dict(stage="assessment", date="2025-07-15", boxes=[
            ("blue",
             "Shannon's eldest, Jade (17), lives with them and has not been in college or work since finishing Year 11 last summer. Jade is looking at hairdressing courses for September herself.",
             ["EDU-NEET"],
             ["note: C11: NEET 17-year-old -> EDU-NEET only, no FIN"]),
            ("yellow",
             "Lee drinks most nights, usually six to eight cans, and he and Shannon row most weekends; Shannon is clear he has never been violent or threatening towards her. Lee has agreed to a referral to the Longmead Recovery Service.",
             ["SUB", "REL-CONF"],
             ["NEG: violence/threats denied - no DA; the negation does not reach the drinking or the rows"]),
            ("orange",
             "Kai (11) has been brought home by police twice this month after being with a group throwing stones at buses on the estate. He ignores Shannon's curfew and comes in after 10pm most nights. School suspended him for a day last week for fighting.",
             ["CRIME", "REL-PAR", "EDU-EXC"],
             ["note: C7: police call-outs about a young person's behaviour -> CRIME"]),
        ]),
        dict(stage="closure", date="2025-12-16", boxes=[
            ("blue",
             "Lee has been alcohol-free since September. He still goes to his Saturday SMART Recovery meeting and calls himself 'in recovery'. He and Shannon still bicker but now use the time-out agreement from the parental conflict sessions.",
             ["SUB", "REL-CONF"],
             ["MANAGING: ongoing recovery support (convention 4) in a blue box -> SUB, not historical",
              "MANAGING: still bicker, using agreement -> REL-CONF"]),
            ("yellow",
             "Kai is still breaking his curfew two or three nights a week and Shannon has started the parenting course for parents of teenagers at the hub.",
             ["REL-PAR"],
             []),
        ]),
    ]),

    # M109 domestic abuse from ex-partner, Northgate
    dict(case="M109", locality="Northgate", triages=[
        dict(stage="assessment", date="2025-08-05", boxes=[
            ("yellow",
             "Harvey (8) has started wetting the bed most nights and gets upset and clingy at bedtime. I've begun worry work with him using the 'worry monster' activities.",
             ["PH", "MH-CHILD"],
             ["note: C9: school-age bedwetting -> PH"]),
            ("orange",
             "Natalie's ex-partner Ryan assaulted her outside the school gates in July and was arrested. Since then he has breached the non-molestation order twice by messaging her. She has a named IDVA and was heard at MARAC on 30 July.",
             ["DA"],
             ["C7: ex-partner's assault, arrest and breaches against the victim -> DA only, not CRIME"]),
        ]),
        dict(stage="closure", date="2026-02-03", boxes=[
            ("blue",
             "Natalie finished the Own My Life course in November. The non-molestation order ran out in January and Ryan has not contacted her since the summer. If he tries to get in touch she will ring 101 and tell the school.",
             [],
             ["HIST: programme finished, order expired, no contact since summer",
              "HYPO: contingency plan only - no DA"]),
            ("yellow",
             "Harvey has had two wet nights in the past month and still has weekly worry time with his class TA.",
             ["PH", "MH-CHILD"],
             ["note: C9: school-age bedwetting -> PH"]),
            ("orange",
             "Ryan is now in prison for an unrelated burglary.",
             [],
             ["C6: ex-partner's offence outside the household - no CRIME, no DA"]),
        ]),
    ]),

    # M112 ADHD, suspensions and child-to-parent violence, Longmead
    dict(case="M112", locality="Longmead", triages=[
        dict(stage="assessment", date="2025-09-16", boxes=[
            ("green",
             "Logan (9) is waiting for an ADHD assessment with the community paediatrician and the SENCO is putting together a request for an EHC needs assessment.",
             ["EDU-SEND"],
             []),
            ("yellow",
             "Logan has had two fixed-term suspensions this term for throwing chairs in class and is on a reduced timetable of mornings only.",
             ["EDU-EXC", "EDU-ATT"],
             ["note: reduced timetable -> EDU-ATT as well as suspensions -> EDU-EXC"]),
            ("orange",
             "At home Logan hits and kicks Claire when he is told no and he has broken the bathroom door. Claire and Winston are arguing constantly about how to handle him and Winston has gone to stay at his brother's for a few nights.",
             ["REL-PAR", "REL-CONF"],
             ["C8: child-to-parent violence -> REL-PAR, not DA; no police so no CRIME"]),
        ]),
        dict(stage="closure", date="2026-03-10", boxes=[
            ("blue",
             "Claire and Winston use the calm-down plan and 'when... then' language; Logan's meltdowns at home are shorter and Claire says he hasn't hit her since Christmas. Winston moved back home in October and they say they are 'on the same page' now.",
             ["REL-PAR"],
             ["MANAGING: meltdowns continue, strategies in use -> REL-PAR",
              "HIST: parental conflict resolved - no REL-CONF"]),
            ("green",
             "Logan's EHCP was finalised in February and he has a full-time 1:1. He is back on a full timetable and has had no suspensions since November.",
             ["EDU-SEND"],
             ["MIXED: EHCP current -> EDU-SEND; timetable and suspensions over - no EDU-ATT/EDU-EXC"]),
            ("yellow",
             "Nil.",
             [],
             ["NA"]),
        ]),
    ]),

    # M116 grandparents, mum in prison then on licence, Copperfield
    dict(case="M116", locality="Copperfield", triages=[
        dict(stage="assessment", date="2025-11-18", boxes=[
            ("blue",
             "The children's mum, Stacey, is serving a prison sentence for supplying drugs and is due for release next year. The children speak to her on the phone every Sunday.",
             [],
             ["C6: mother in prison is outside the household - no CRIME, no SUB"]),
            ("green",
             "Dennis and Margaret are the children's kinship carers under a child arrangements order. Dennis (72) has COPD and uses oxygen at night; the respiratory nurse visits him monthly.",
             ["PH"],
             ["C12: 'kinship carers' are adults - no CARER"]),
            ("yellow",
             "Jayla (11) has become withdrawn since her mum was sentenced, spends hours in her room and cries at night. She also fetches Dennis's inhalers and helps him up the stairs most evenings. I have referred her to the hub's group for children with a parent in prison.",
             ["MH-CHILD", "CARER", "PH"],
             ["note: Dennis's need for inhalers and help on the stairs is a stated physical-health need -> PH"]),
            ("orange",
             "Noah (6) has been sent home from school three times for biting and kicking staff and the head has warned that permanent exclusion is possible. An educational psychologist is assessing him for special educational needs.",
             ["EDU-EXC", "EDU-SEND"],
             []),
        ]),
        dict(stage="closure", date="2026-03-24", boxes=[
            ("blue",
             "Stacey was released on licence in February and lives back with her parents and the children. She sees her probation officer weekly and is keen to take over the school runs.",
             ["CRIME"],
             ["C7: household adult on licence/probation -> CRIME (now inside the household, contrast the assessment blue box)"]),
            ("green",
             "Dennis still uses oxygen at night and his COPD is stable.",
             ["PH"],
             []),
            ("yellow",
             "Noah moved to Copperfield Primary on a managed move in January and it is going well; he has an individual support plan and is on SEN support.",
             ["EDU-EXC", "EDU-SEND"],
             ["note: managed move still in place -> EDU-EXC even though 'going well'"]),
        ]),
    ]),

    # M119 neglect, parental cannabis use, Northgate
    dict(case="M119", locality="Northgate", triages=[
        dict(stage="assessment", date="2025-09-09", boxes=[
            ("yellow",
             "Freya (6) has 78% attendance and is late most days. She often arrives hungry and school are giving her toast at breakfast club.",
             ["EDU-ATT", "SAFE-NEG"],
             ["C10: hungry child -> SAFE-NEG, not FIN"]),
            ("orange",
             "Jamie is on probation for a driving offence and has 100 hours of unpaid work. Leanne disclosed that Jamie pushed her against the wall during an argument in August; she does not want police involved. Risk assessment came out as medium and she has agreed to speak to an IDVA.",
             ["CRIME", "DA"],
             ["C7: household adult on probation -> CRIME; his assault on his partner -> DA only"]),
            ("red",
             "Freya and Riley have been on child in need plans since a s47 enquiry in August. On the police visit there was no food in the cupboards and a bag of cannabis was left within Riley's reach. Leanne and Jamie both say they smoke cannabis every day.",
             ["SAFE-NEG", "SUB"],
             ["note: C10: empty cupboards -> SAFE-NEG"]),
        ]),
        dict(stage="closure", date="2026-01-27", boxes=[
            ("green",
             "Freya still goes to breakfast club every day, where staff make sure she has had something to eat.",
             ["SAFE-NEG"],
             ["note: C10 / MANAGING: school still making sure she eats -> SAFE-NEG"]),
            ("yellow",
             "Leanne and Jamie are both engaging with the drug service; Leanne has cut down to weekends only and Jamie says he has stopped completely.",
             ["SUB"],
             []),
            ("red",
             "The child in need plans continue. The social worker says the house is cleaner but there is still very little food in by the end of the month.",
             ["SAFE-NEG"],
             ["note: C10: little food in the house -> SAFE-NEG, not FIN"]),
        ]),
    ]),

    # M120 mum fleeing domestic abuse, Copperfield
    dict(case="M120", locality="Copperfield", triages=[
        dict(stage="assessment", date="2025-10-28", boxes=[
            ("green",
             "Kieran (16) left sixth form a month into Year 12 and has not found work or a course since. He says he'll start looking for work after Christmas.",
             ["EDU-NEET"],
             ["note: C11 - no FIN for the young person's NEET"]),
            ("yellow",
             "Roxanne and the children are in a temporary flat arranged by the council's homelessness team. She has no money of her own yet; we applied together for a crisis payment and a Universal Credit advance.",
             ["HOUS", "FIN"],
             []),
            ("orange",
             "Roxanne left Carl in September after years of him controlling her money, checking her phone and cutting her off from friends. He followed her to work last week. Risk scored high on the DASH, she is on the MARAC list for Thursday and police have applied for a DVPO.",
             ["DA"],
             ["note: C7: police action about the ex-partner's abuse -> DA only"]),
        ]),
        dict(stage="closure", date="2026-03-20", boxes=[
            ("blue",
             "Roxanne has completed the Freedom Programme and still goes to the monthly survivors' drop-in. The non-molestation order is in place until 2027.",
             ["DA"],
             ["MIXED/MANAGING: programme finished but drop-in and order current -> DA"]),
            ("green",
             "Roxanne has £45 a month taken from her UC to repay the advance and sticks to the budget plan we made; she says money is 'tight but OK'.",
             ["FIN"],
             ["MANAGING: repaying advance (blue/green) -> FIN"]),
            ("yellow",
             "The family moved into a three-bed council house in February and Kieran started a construction traineeship in January. Lottie (6) is still wetting the bed most nights.",
             ["PH"],
             ["HIST: housing and NEET resolved", "C9: school-age bedwetting -> PH"]),
        ]),
    ]),
]

# --------------------------------------------------------------------------
# Unboxed TAF review / closure notes:
# (id, stage, date, locality, gold level, narrative, [codes], [trap notes])
# The gold level is the highest level cue in the text (convention 2).
# --------------------------------------------------------------------------
NOTES = [
    ("X202", "closure", "2025-05-08", "Copperfield", "green",
     "Closure note. Ayaan (7) and Rehan (5) Begum are both settled at Copperfield Infants. Rehan still has some unclear sounds and goes to a small speech group run by his class teacher and the SENCO twice a week. Mrs Begum is happy with this and agreed to close.",
     ["EDU-SEND"],
     ["C9: speech at school age (Reception) -> EDU-SEND, not EYD"]),
    ("X203", "assessment", "2025-05-13", "Longmead", "yellow",
     "Review visit to Grandad Frank, who has had Mia (10) and Jack (7) living with him since the start of the year. The three of them are in his one-bed flat with the children sharing his bedroom. Frank says his pension won't stretch to three and he has had a final reminder for the electric. Referred to Citizens Advice for a benefits check and help claiming a kinship allowance.",
     ["HOUS", "FIN"],
     []),
    ("X204", "closure", "2025-06-03", "Northgate", "blue",
     "Closing phone call with Keisha. She is still using the meal planner and the money-saving app I sent her, and her overdraft is down to £150 from £870. She knows she can get back in touch if she needs to.",
     ["FIN"],
     ["note: MANAGING: overdraft reducing but still there -> FIN"]),
    ("X205", "assessment", "2025-06-10", "Copperfield", "red",
     "Strategy meeting held after Tommy (4) was found wandering on his own outside a corner shop at 9pm by a member of the public. Mum (Jade) admitted she drinks most days and had fallen asleep after drinking all afternoon. At the home visit the kitchen floor was covered in dirty nappies and rotting food and rubbish bags were piled up in the hallway. Section 47 enquiry under way.",
     ["SAFE-NEG", "SUB"],
     []),
    ("X206", "closure", "2025-06-24", "Longmead", "yellow",
     "Closure summary. Mr and Mrs Kaur have finished the 'Calmer Families' parenting course. Arjun (6) still throws food and refuses to sit at the table at most meals, and they are sticking with the consequences they planned on the course. Arjun has not wet the bed since March. Mrs Kaur remains on the Talking Therapies waiting list for her anxiety.",
     ["REL-PAR", "MH-ADULT"],
     ["HIST: bedwetting over ('not ... since March') - no PH",
      "note: waiting list for a service codes its area (convention 4)"]),
    ("X207", "assessment", "2025-07-01", "Northgate", "orange",
     "TAF review. Tunde and his daughters Grace (12) and Esther (9) have been in a hostel for homeless families since June, after the council accepted a homelessness duty. Grace has been absent nine days this half term as the hostel is two buses away from her school. Tunde works nights as a security guard.",
     ["HOUS", "EDU-ATT"],
     ["note: C5: working nights is not FIN"]),
    ("X208", "closure", "2025-07-08", "Copperfield", "green",
     "Stepped down to universal services. Ellie-May (3) now goes to nursery five mornings a week. The nursery SENCO is monitoring her language as she is still mainly using single words, and the HV will review her at three and a half.",
     ["EYD"],
     ["C9: under-5 language -> EYD, not EDU-SEND, even though a SENCO is named"]),
    ("X209", "assessment", "2025-07-15", "Longmead", "yellow",
     "Home visit with Marek and Ola. Ola has been very low since her dad died in May; she cries most days and has stopped going out. We talked about bereavement support and she agreed to a referral to the Longmead bereavement counselling service. Marek's hours at the warehouse have been cut since the spring and they are two months behind on the water bill.",
     ["MH-ADULT", "FIN"],
     []),
    ("X210", "closure", "2025-08-05", "Northgate", "orange",
     "Closure TAF. Devon (16) finished Year 11 in July without a college place; the careers adviser will meet him weekly over the summer. He was arrested in June with a group who smashed car windows and now has a referral order with the youth justice service. Mum (Sandra) has been out of work since the factory closed in the spring and is using the food bank.",
     ["EDU-NEET", "CRIME", "FIN"],
     ["C11: FIN comes from the mother's worklessness and food bank, not from Devon's NEET",
      "C10: food bank -> FIN"]),
    ("X211", "assessment", "2025-08-12", "Copperfield", "blue",
     "Phone call from Aunty Lorna, who has her nephew Tyrese (9) living with her. She asked for ideas on screen time because he is on his tablet for hours every evening and argues and slams doors when she takes it off him. Sent her a screen-time agreement template and a tip sheet on calm consequences; she is going to try the agreement this weekend.",
     ["REL-PAR"],
     ["note: level: signposting acted on by the family -> blue"]),
    ("X212", "assessment", "2025-08-26", "Longmead", "red",
     "Child in need (s17) plan review. Mum (Kirsty) is prescribed methadone and tested positive for cocaine last month. She has missed two GP appointments for baby Oscar's reflux. Oscar's dad was arrested last week for assaulting Kirsty at the flat and is on bail conditions not to contact her.",
     ["SUB", "PH", "DA"],
     ["C7: arrest for assaulting his partner -> DA only, not CRIME"]),
    ("X213", "closure", "2025-09-02", "Northgate", "yellow",
     "Closure summary. Holly (12) remains registered with the young carers service and goes to their Saturday club. She still sorts out her dad Gareth's weekly pill box and does the food shop with him since his stroke, which left him unable to drive or walk far. Her attendance has slipped to 88% this year, mostly late starts.",
     ["CARER", "PH", "EDU-ATT"],
     []),
    ("X216", "assessment", "2025-09-23", "Longmead", "yellow",
     "Second home visit. Rosie (22) has a learning disability and lives with her mum, who helps a lot with Leo (18 months). Rosie wants to do more for him herself. Leo isn't walking yet and still has mostly milk with very little solid food. Portage have agreed to visit weekly.",
     ["PH", "EYD"],
     ["note: judgement: parental learning disability -> PH", "note: under-5 weaning and walking -> EYD"]),
    ("X217", "closure", "2025-10-07", "Copperfield", "orange",
     "Closing TAF. Renata's ex-husband still sends her threatening messages through his sister. She and the children have stayed in the family home with extra locks fitted under the sanctuary scheme, and MARAC is keeping the case under review. Her daughter Ksenia (10) still has panic attacks when she sees a car like her dad's and sees the school counsellor weekly.",
     ["DA", "MH-CHILD"],
     ["note: sanctuary scheme is a DA measure, not HOUS"]),
    ("X219", "closure", "2025-10-21", "Northgate", "red",
     "Stepped up to children's social care. Charlie (14) and Jess (11) have been left on their own overnight several times while Mum (Nikki) stays at her boyfriend's, and there is often no food in the house. Charlie has also been reported missing twice and was found in a flat in Copperfield with older men. ICPC held on 17 October and both children are now on child protection plans.",
     ["SAFE-NEG", "SAFE-EXP"],
     ["note: C10: no food in the house -> SAFE-NEG, not FIN"]),
    ("X220", "assessment", "2025-10-28", "Copperfield", "yellow",
     "Review visit. Sam is a single dad to Finn (7) and Ivy (5). He says there are no problems with the children's routines, but he is drinking more than he'd like - most of a bottle of wine every night - and has agreed I can refer him to the Copperfield alcohol service. Finn told his teacher he gets scared when Dad 'has his wine' and he has been tearful in class.",
     ["SUB", "MH-CHILD"],
     ["NEG: routines negated (no REL-PAR); negation must not reach the drinking after 'but'"]),
    ("X221", "closure", "2025-11-04", "Longmead", "orange",
     "Final TAF. Kacper (15) moved to Longmead Academy on a managed move in September after repeated fights at his last school. The move is going well and there have been no further incidents; the managed move will be reviewed at Christmas. The new school's SENCO is assessing him for dyslexia.",
     ["EDU-EXC", "EDU-SEND"],
     ["note: MIXED: fights over, but the managed move is current -> EDU-EXC"]),
    ("X223", "closure", "2025-11-18", "Copperfield", "yellow",
     "Closure visit. Nomsa and her son Themba (13) were granted leave to remain in September and are settled in their council flat. Nomsa still has PTSD symptoms and continues weekly sessions with the refugee trauma counselling service. Themba says he feels safe and happy at home.",
     ["MH-ADULT"],
     ["note: GOODNEWS: settled flat, child feels safe - no HOUS / MH-CHILD"]),
    ("X224", "assessment", "2025-11-25", "Longmead", "orange",
     "TAF review. Police have been called three times since September after Liam (16) punched holes in the walls and pushed his mum Angela over during arguments. Angela says she is frightened of him. Since leaving school in the summer Liam has had no college place or job and spends his days gaming.",
     ["REL-PAR", "CRIME", "EDU-NEET"],
     ["C8: child-to-parent violence -> REL-PAR + CRIME (police), not DA",
      "C11: NEET 16-year-old, no FIN"]),
    ("X225", "closure", "2025-12-02", "Northgate", "green",
     "Case closed. Scarlett (10) was being picked on about her hair by a group of girls in her class. School have done restorative work with the group and her teacher keeps an eye on her at break times; Scarlett says it still happens now and then.",
     ["SAFE-EXP"],
     ["note: bullying still happening -> SAFE-EXP (the other girls are not coded)"]),
    ("X226", "assessment", "2025-12-09", "Copperfield", "red",
     "Kayden (13) has been looked after under section 20 since late November, placed in a foster placement at Dad's (Rob's) request because Rob says he can't cope with his behaviour at home. Kayden's attendance this term is 41%. Rob says he doesn't want Kayden back.",
     ["REL-PAR", "EDU-ATT"],
     []),
    ("X227", "closure", "2025-12-16", "Longmead", "blue",
     "Closed after a final phone review. Gran (Pat) is keeping on top of Daisy's (4) toilet training with the timer and sticker idea we talked about; Daisy is dry most days but still has the odd accident. Pat has joined a Facebook group for grandparent carers.",
     ["EYD"],
     ["MANAGING: toileting still in progress -> EYD", "C12: grandparent carers - no CARER"]),
    ("X228", "assessment", "2025-12-18", "Northgate", "yellow",
     "Review with the family at home. Nadia and Karim separated in October but are still living under the same roof, and they row in front of the children most evenings. Neither of them raised any concerns about violence or control. Both have agreed to start mediation in January.",
     ["REL-CONF"],
     ["NEG: violence/control negated - no DA"]),
    ("X229", "closure", "2026-01-06", "Copperfield", "orange",
     "Closure at TAF. Seren (15) has not been missing since November. She is still messaging the 24-year-old man police identified in the autumn, so the exploitation panel are keeping her case open. Her attendance at Copperfield High is still only 62%.",
     ["SAFE-EXP", "EDU-ATT"],
     ["MIXED: missing episodes over but grooming contact current -> SAFE-EXP"]),
    ("X230", "assessment", "2026-01-13", "Longmead", "green",
     "From the school attendance meeting: Jakub (9) has been late 22 times this term. Mum (Ewa) works early shifts at the supermarket and says mornings are a rush. School have offered him a breakfast club place to help with the mornings.",
     ["EDU-ATT"],
     ["C5: early shifts are not FIN", "C10: breakfast club offered for lateness, no hunger - no SAFE-NEG"]),
    ("X231", "closure", "2026-01-20", "Northgate", "yellow",
     "Closure summary. Kerry-Ann finished a women's domestic abuse recovery group in the autumn and has heard nothing from her ex-partner since March, when he moved away. If he gets back in touch she will tell her sister and keep a record. Jaxon (6) still has weekly play therapy to help with the trauma.",
     ["MH-CHILD"],
     ["HIST + HYPO: DA over and only a contingency plan - no DA"]),
    ("X232", "assessment", "2026-01-27", "Copperfield", "orange",
     "TAF review. Sadia, Farid and their four children live in a two-bed flat, with the boys sleeping in the living room. Their housing register banding has been raised and they are bidding. Farid has a back injury and gets PIP; Sadia says they are up to date with all their bills.",
     ["HOUS", "PH"],
     ["C5: PIP named - PH comes from the stated back injury, not from PIP; no FIN (bills up to date)"]),
    ("X233", "closure", "2026-02-03", "Longmead", "green",
     "Closure - stepped down to school. Oliver (10) has an ADHD diagnosis and the SENCO has put SEN support in place, including movement breaks; his teacher says he is calmer in class.",
     ["EDU-SEND"],
     []),
    ("X234", "assessment", "2026-02-10", "Northgate", "yellow",
     "Review. Dylan (17) and Cole (14) live with their dad Wayne, who works full time as a scaffolder. Dylan dropped out of college in October and has not worked or studied since; he has now agreed to meet the Northgate youth employment project. Dylan told me he smokes cannabis every day, usually on his own in his room. Cole is doing fine at school.",
     ["EDU-NEET", "SUB"],
     ["note: C11: NEET 17-year-old, household in work - no FIN", "note: GOODNEWS: Cole"]),
    ("X235", "closure", "2026-02-17", "Copperfield", "red",
     "Case transferred to children's social care. Toni is using heroin again and baby Archie (6 months) has been left overnight with different friends on several occasions and has missed his eight-week immunisations. A PLO meeting was held on 10 February.",
     ["SUB", "SAFE-NEG", "PH"],
     []),
    ("X237", "closure", "2026-03-03", "Northgate", "orange",
     "Closure at TAF. Andy was released from prison in November and is on licence until August; he is living back at home with Laura and the three children and reports to probation weekly. Andy's cousin, who he used to work with, is in prison for dealing, and Andy has cut contact with him. Laura has about £2,000 of catalogue and payday loan debt and is on a repayment plan that is hard to keep up.",
     ["CRIME", "FIN"],
     ["C7: household adult on licence -> CRIME", "C6: cousin outside the household - not coded"]),
    ("X239", "closure", "2026-03-17", "Longmead", "yellow",
     "Closure summary. Rose (68) is special guardian for her granddaughter Kyra (9) and gets Carer's Allowance for looking after her husband Ken, who has Parkinson's. Kyra helps with Ken most evenings, sitting with him, making his tea and helping him to bed. She now goes to the young carers club on Wednesdays.",
     ["CARER", "PH"],
     ["C5: Carer's Allowance alone is not FIN", "note: CARER comes from Kyra's caring, not from the allowance"]),
    ("X240", "closure", "2026-03-24", "Copperfield", "blue",
     "Final phone call. Jodie says things at home are 'a solid 8 out of 10', the children are happy and she has no worries at the moment. She has the family information service number if anything changes.",
     [],
     ["GOODNEWS: scaling score and no worries - no code"]),
    ("X241", "assessment", "2025-06-24", "Northgate", "orange",
     "TAF review. Ashley (15) told school that Mum's partner Darren, who lives with them, hits her mum and smashed the TV last month. Mum (Michelle) has since disclosed coercive control and is working with an IDVA. Ashley was reported missing on 2 June after staying at a friend's without telling anyone.",
     ["DA", "SAFE-EXP"],
     []),
    ("X242", "closure", "2025-09-30", "Longmead", "yellow",
     "Closure summary. Corey (14) was targeted by a group of boys who posted a video mocking him online; it was taken down, but he still gets nasty messages now and then. Corey also does a lot of the lifting and feeding for his brother Alfie (11), who has cerebral palsy, and the young carers service has assessed him and offered a monthly activity group.",
     ["SAFE-EXP", "CARER", "PH"],
     ["note: MIXED: video removed but messages continue -> SAFE-EXP"]),
    ("X243", "assessment", "2025-10-21", "Copperfield", "orange",
     "TAF meeting. Gina and Neil separated in the summer and can no longer speak to each other; handovers of the children end in shouting in the street. Their son Max (12) has been suspended for three days for fighting and school say he is at risk of permanent exclusion.",
     ["REL-CONF", "EDU-EXC"],
     []),
    ("X244", "closure", "2025-12-09", "Northgate", "green",
     "Case closed and stepped down to the GP and school. Sunil is still on medication for his anxiety from the GP and says he feels 'much steadier'. Sunil's wife Meera is waiting for a hip replacement and can't manage the stairs.",
     ["MH-ADULT", "PH"],
     []),
    ("X245", "assessment", "2026-02-26", "Longmead", "yellow",
     "Home visit to Dawn and her daughter Kacey (17). Kacey left her apprenticeship in January and hasn't found anything else; she stays in her room most days. Dawn gave up her cleaning job to look after her own mum, who lives with them, and they are behind on the council tax. Referred Kacey to the youth employment project and Dawn to Citizens Advice.",
     ["EDU-NEET", "FIN"],
     ["C11: FIN from the adult's worklessness and arrears, EDU-NEET for Kacey",
      "C12: an adult caring for her mother is not CARER"]),
    ("X246", "closure", "2026-03-12", "Longmead", "red",
     "Closure: stepped up. Ellis (2) and Mila (4) became subject to child protection plans at the ICPC on 9 March. Their dad Jason was arrested on 28 February for strangling Mum (Aleesha) in front of the children, and Aleesha has let him back into the home despite his bail conditions. Ellis has no words yet and has missed his two-year review.",
     ["DA", "EYD"],
     ["C7: arrest for strangling his partner -> DA only, not CRIME"]),
    ("X247", "assessment", "2025-05-27", "Copperfield", "green",
     "School asked for advice. Lucy and Harley's (8) dad separated in 2022, but they now argue at the school gate most weeks about which weekends Harley spends with him. Harley gets upset afterwards and the school learning mentor is seeing him weekly.",
     ["REL-CONF", "MH-CHILD"],
     ["note: MIXED: separation in 2022 but current contact arguments -> REL-CONF"]),
    ("X248", "closure", "2025-08-19", "Copperfield", "orange",
     "Closure TAF. Tayla (15) remains open to the exploitation team after police found her in Birmingham in January, and she is still in contact with the older males. Her brother Connor (17), who lives at home, was given a referral order in December after police found drugs on him; he is believed to be exploited by the same line.",
     ["SAFE-EXP", "CRIME"],
     ["C12: drugs found on an exploited young person -> SAFE-EXP + CRIME, not SUB"]),
    ("X249", "closure", "2025-07-29", "Northgate", "blue",
     "Phone review. Rebecca says Brandon (13) still does some caring for his dad, who has epilepsy, but now shares it with his older sister and has some evenings to himself. Rebecca has found a local WhatsApp group for young people who help look after family and Brandon has joined it.",
     ["CARER", "PH"],
     ["note: MANAGING: caring reduced but continuing -> CARER"]),
    ("X250", "assessment", "2025-11-03", "Longmead", "orange",
     "TAF review. Kaden (14) was found by police in a flat in Northgate with cannabis and £400 in his bag after being missing for two days. He was interviewed and released under investigation and the exploitation team have made an NRM referral. Mum (Shelley) says Kaden has never used cannabis himself.",
     ["SAFE-EXP", "CRIME"],
     ["C12: drugs found on an exploited child -> SAFE-EXP + CRIME, not SUB",
      "NEG: own cannabis use negated"]),
]


def build():
    narr_rows, gold_rows, traps = [], [], {}
    for case in CASES:
        cid = case["case"]
        for tri in case["triages"]:
            tid = "%s-%s" % (cid, "A" if tri["stage"] == "assessment" else "C")
            for colour, text, codes, notes in tri["boxes"]:
                nid = "%s-%s" % (tid, colour)
                narr_rows.append([nid, tid, cid, tri["stage"], tri["date"], colour,
                                  case["locality"], text])
                for c in codes:
                    gold_rows.append([nid, c, colour])
                real = [n for n in notes if not n.startswith("note:")]
                if real:
                    traps[nid] = real
    for nid, stage, date, loc, level, text, codes, notes in NOTES:
        narr_rows.append([nid, nid, nid, stage, date, "", loc, text])
        for c in codes:
            gold_rows.append([nid, c, level])
        real = [n for n in notes if not n.startswith("note:")]
        if real:
            traps[nid] = real

    with open(os.path.join(HERE, "narratives.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level",
                    "locality", "narrative"])
        w.writerows(narr_rows)
    with open(os.path.join(HERE, "gold.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("wrote %d narratives, %d gold rows, %d trap entries"
          % (len(narr_rows), len(gold_rows), len(traps)))
    print(trap_tally(traps))


TRAP_TYPES = ["NEG", "HIST", "MIXED", "HYPO", "MANAGING", "GOODNEWS", "NA",
              "C5", "C6", "C7", "C8", "C9", "C10", "C11", "C12"]


def trap_tally(traps):
    """Narratives per trap type, from the prefix (before the first colon)."""
    import re
    ids = {t: set() for t in TRAP_TYPES}
    for nid, notes in traps.items():
        for n in notes:
            for tag in re.findall(r"\b(NEG|HIST|MIXED|HYPO|MANAGING|GOODNEWS|NA|C\d+)\b",
                                  n.split(":")[0]):
                ids[tag].add(nid)
    return "\n".join("%-9s %2d  %s" % (t, len(ids[t]), " ".join(sorted(ids[t])))
                     for t in TRAP_TYPES)


if __name__ == "__main__":
    build()
