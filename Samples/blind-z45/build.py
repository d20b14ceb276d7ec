#!/usr/bin/env python3
"""Blind hand-coded gold set z45: neurodivergent children and their families.
Every narrative, gold code and trap note is written by hand below."""
import csv, json, os

OUT = os.path.dirname(os.path.abspath(__file__))
INFO = {}   # case -> (locality, assessment date, closure date)
ROWS = []   # dicts: id, triage, case, stage, date, level, loc, text, codes, gold_level, traps

def K(case, loc, adate, cdate=None):
    INFO[case] = (loc, adate, cdate)

def B(case, st, level, text, codes, traps=()):
    """Boxed narrative: st 'A' or 'C'; codes take the box level."""
    loc, ad, cd = INFO[case]
    ROWS.append(dict(id=f"{case}-{st}-{level}", triage=f"{case}-{st}", case=case,
                     stage="assessment" if st == "A" else "closure",
                     date=ad if st == "A" else cd, level=level, loc=loc, text=text,
                     codes=list(codes), gold_level=level, traps=list(traps)))

def U(nid, stage, date, loc, text, codes, gold_level, traps=()):
    """Unboxed note: level column empty; gold level from the highest cue (conv. 2)."""
    ROWS.append(dict(id=nid, triage=nid, case=nid, stage=stage, date=date, level="",
                     loc=loc, text=text, codes=list(codes), gold_level=gold_level,
                     traps=list(traps)))

# ---------------- cases ----------------
K("Z01", "Ashby Fold", "2025-03-04", "2025-08-20")
B("Z01", "A", "green",
  "Ollie (7) at Hollins Lane Primary has been on SEN support since Year 1. The SENCO, Mrs Daintree, runs a sensory circuit with him first thing and he wears ear defenders in assembly. School referred him to community paeds for an autism assessment in January - current wait quoted at around 18 months.",
  ["EDU-SEND"])
B("Z01", "A", "yellow",
  "Becca says Ollie holds it together all day and then it all comes out at home: most evenings there is a meltdown after pick-up, kicking doors and lashing out at her. Becca is exhausted and tearful, her GP started her on sertraline last month. Family worker to do 6 sessions with her on routines and managing the after-school crash.",
  ["REL-PAR", "MH-ADULT"],
  ["look-alike: child lashing out at mum in meltdowns is REL-PAR, not DA (conv. 8)"])
B("Z01", "C", "blue",
  "Becca now goes to the Ashby Fold parent carer forum coffee mornings. She uses a calm box and a now-and-next board at home and says the evening meltdowns are down to roughly one a week - she can usually see them coming.",
  ["REL-PAR"],
  ["look-alike: 'parent carer' forum is not CARER (conv. 12)"])
B("Z01", "C", "green",
  "Ollie remains on SEN support and is still on the paeds waiting list. No concerns about his attendance, 97% this year.",
  ["EDU-SEND"],
  ["negated: EDU-ATT ('no concerns about his attendance')"])

K("Z02", "Kestrel Bank", "2025-01-14", "2025-07-02")
B("Z02", "A", "yellow",
  "Maisie (13, Year 8 at Fernlea Academy) is at 61% attendance since October. Most mornings she is sick with nerves and won't get in the car. School have agreed mornings only on a part-time timetable for now; EH worker to link in with the attendance officer.",
  ["EDU-ATT", "MH-CHILD"])
B("Z02", "A", "orange",
  "Waiting for a first CAMHS appointment after Maisie told mum she had been scratching her arms with a compass. Mum (Carla) feels Maisie masks all day to fit in and then falls apart at home. TAF to be set up with school and the school nurse. Maisie says her form group are kind to her and there is no bullying.",
  ["MH-CHILD"],
  ["negated: SAFE-EXP ('there is no bullying')"])
B("Z02", "C", "green",
  "Maisie back on a full timetable with a time-out card and a quiet base at lunch; attendance up to 88% this half term but still below target. School have referred her to the neurodevelopmental pathway for an autism assessment.",
  ["EDU-ATT", "EDU-SEND"])

K("Z03", "Wensford", "2025-02-10", "2025-09-15")
B("Z03", "A", "green",
  "Kai (10) was diagnosed with ADHD last year and takes methylphenidate before school. His appetite has dropped and he has lost 2kg, so the school nurse is weighing him every half term. SENCO reviewing his SEN support plan this month.",
  ["EDU-SEND", "PH"])
B("Z03", "A", "yellow",
  "Ellie (12) calms Kai down when he's dysregulated, gets him to bed most nights and misses her after-school clubs to do it, as mum works late shifts at the care home. Referred to Wensford Young Carers.",
  ["CARER"],
  ["look-alike: mum working shifts is not FIN (conv. 5)"])
B("Z03", "A", "orange",
  "Police called twice in January when Kai hit mum and smashed the TV during meltdowns. TAF plan agreed with school and the ADHD nurse.",
  ["REL-PAR", "CRIME", "EDU-SEND"],
  ["look-alike: child-to-parent violence is REL-PAR (+CRIME as police attended), never DA (conv. 8)"])
B("Z03", "C", "yellow",
  "No police call-outs since March. Kai still pushes mum occasionally in the evenings but the violence is much less; mum is halfway through a parenting course at the family hub.",
  ["REL-PAR"],
  ["historical: CRIME ('no police call-outs since March')"])

K("Z04", "Calder Marsh", "2025-04-22", "2025-11-03")
B("Z04", "A", "green",
  "Amir (8) has an autism diagnosis and is on SEN support at St Bede's. Parents asked for an EHC needs assessment in February, the LA refused and they have lodged an appeal. He has speech and language therapy in school for his expressive language.",
  ["EDU-SEND"],
  ["look-alike: speech therapy for a school-age child is EDU-SEND, not EYD (conv. 9)"])
B("Z04", "A", "yellow",
  "Dad (Yusuf) gave up his job to cover Amir's reduced school day - Amir only manages 9 till 12 at the moment. The family are now £640 behind on council tax and have used the food bank twice. Citizens Advice appointment booked for next week.",
  ["EDU-ATT", "FIN"])
B("Z04", "C", "green",
  "EHCP issued in October naming a place in the resource base from January. Amir is now in full days with a 1:1 and the reduced timetable has finished.",
  ["EDU-SEND"],
  ["historical: EDU-ATT (reduced timetable finished)"])
B("Z04", "C", "blue",
  "Yusuf set up a payment plan with the council and pays £30 a month off the council tax. Since he started part-time work they haven't needed the food bank.",
  ["FIN"],
  ["historical: food bank use is over, but the arrears being paid off are FIN present in a blue box (conv. 3)"])

K("Z05", "Ashby Fold", "2025-05-12", "2025-10-06")
B("Z05", "A", "green",
  "Freddie (3) attends Little Acorns nursery 15 hours a week. HV two-year review found very few words and limited eye contact. The nursery SENCO has written a one-page profile and Freddie is on the list for a developmental paediatric assessment.",
  ["EYD", "EDU-SEND"])
B("Z05", "A", "yellow",
  "Mum (Jade) has a four-month-old and says she cries most days and hardly leaves the house; EPDS 16 and the GP has referred her to talking therapies. Freddie wakes three or four times every night and has never slept through.",
  ["MH-ADULT", "PH"])
B("Z05", "C", "green",
  "Freddie now has about 30 words and uses some Makaton signs; he is dry in the day with nursery's help with toilet training. The paediatrician saw him in September, gave no diagnosis and will only see him again if school raise concerns.",
  ["EYD"],
  ["hypothetical: EDU-SEND (paediatrician will only see him again if school raise concerns)"])
B("Z05", "C", "blue",
  "Jade finished her talking therapy in August and says her mood is a lot better. She goes to a baby group with her sister every week.",
  [],
  ["historical: MH-ADULT (therapy finished, mood better) - no code"])

K("Z06", "Kestrel Bank", "2025-06-09", "2025-12-01")
B("Z06", "A", "yellow",
  "Tyler (16) dropped out of Moorside College in May after two months, saying he couldn't cope with the noise and the big classes, and has been doing nothing since. He vapes heavily but denies using cannabis.",
  ["EDU-NEET"],
  ["look-alike: vaping is not SUB (conv. 12)", "negated: SUB ('denies using cannabis')"])
B("Z06", "A", "orange",
  "Tyler was arrested in May for criminal damage at the bus station with a group of older lads and is now on a referral order with YOS. Mum is worried he is being drawn in by older males who pick him up in cars late at night.",
  ["CRIME", "SAFE-EXP"])
B("Z06", "C", "yellow",
  "Tyler started the Next Steps programme at the Kestrel Bank skills centre in October and goes three days a week. He is still completing his referral order with YOS.",
  ["CRIME"],
  ["need met: EDU-NEET no longer applies now he is in training"])

K("Z07", "Wensford", "2025-02-03", "2025-07-14")
B("Z07", "A", "green",
  "Isla (6) eats only six 'safe' foods, all beige. She has dropped from the 25th to the 9th centile and the GP has referred her to the dietitian. Paeds prescribed melatonin as she was taking two hours to settle at night.",
  ["PH"])
B("Z07", "A", "yellow",
  "Isla's autism diagnosis came through in December. School describe her as 'no trouble at all', but at home she screams for up to an hour after pick-up and bites her little brother. Family worker to help mum with a visual routine and a sensory diet.",
  ["EDU-SEND", "REL-PAR"],
  ["look-alike: 'no trouble' at school is not EDU-EXC"])
B("Z07", "C", "blue",
  "Mum now runs the sensory diet every afternoon, which she says keeps the after-school meltdowns short. Isla sleeps with her weighted blanket and is settling within half an hour most nights.",
  ["REL-PAR", "PH"])
B("Z07", "C", "green",
  "The dietitian discharged Isla in June with her weight back up to the 20th centile. School have added her to SEN support with a named adult at lunchtimes.",
  ["EDU-SEND"],
  ["historical: PH (weight recovered, discharged)"])

K("Z08", "Calder Marsh", "2025-03-17", "2025-09-29")
B("Z08", "A", "yellow",
  "Stacey has three children and two of them, Leo (9) and Ruby (7), are waiting for ADHD assessments after the school nurse referred them. Filling in their questionnaires made her think she has 'been like this all my life' and she has asked her GP about an adult assessment. She feels overwhelmed and anxious most days and the GP has prescribed propranolol. £410 behind on the electric, on a prepayment meter that keeps running out.",
  ["EDU-SEND", "MH-ADULT", "FIN"],
  ["judgement: mum's own possible ADHD is not coded as EDU-SEND or PH; MH-ADULT comes from her anxiety"])
B("Z08", "A", "orange",
  "Section 21 notice served in February as the landlord is selling. Five of them in a two-bed flat, the boys share with Stacey.",
  ["HOUS"])
B("Z08", "C", "yellow",
  "Moved into a three-bed housing association house in July. Still paying off the electricity arrears through a debt plan set up with Citizens Advice. Leo was diagnosed with ADHD in August; Ruby is still waiting.",
  ["FIN", "EDU-SEND"],
  ["historical: HOUS (rehoused in July)"])

K("Z09", "Ashby Fold", "2025-01-27", "2025-07-18")
B("Z09", "A", "orange",
  "Mason (12, Year 7 at Parkside High) has had three suspensions since September for walking out of lessons and swearing at staff, and school are now talking about a managed move. The SENCO thinks he has unmet sensory and communication needs and has asked for an educational psychologist.",
  ["EDU-EXC", "EDU-SEND"])
B("Z09", "A", "yellow",
  "Mason refuses to go in on days with PE or science and is at 79% attendance. Mum (Leanne) works nights at the hospital so dad does the mornings.",
  ["EDU-ATT"],
  ["look-alike: night work is not FIN (conv. 5)"])
B("Z09", "C", "green",
  "No further suspensions since March and the managed move wasn't needed in the end. The EP report recommends an EHC needs assessment and school have applied.",
  ["EDU-SEND"],
  ["historical: EDU-EXC (no suspensions since March, managed move dropped)"])
B("Z09", "C", "yellow",
  "Attendance up to 84% but Mason still misses the odd PE lesson. His sister Poppy (15) says everything at home revolves around Mason and she feels invisible; she is seeing the school counsellor for low mood.",
  ["EDU-ATT", "MH-CHILD"])

K("Z10", "Kestrel Bank", "2025-04-07", "2025-10-13")
B("Z10", "A", "orange",
  "Nicole and the children came to Kestrel Bank from a refuge in March and are in temporary accommodation. Her ex-partner is on remand and a non-molestation order is in place. Nicole has PTSD and is open to the community mental health team.",
  ["DA", "HOUS", "MH-ADULT"])
B("Z10", "A", "yellow",
  "Eli (5, Reception) was diagnosed autistic in his previous area and his EHCP needs transferring. He hides under the table when it's noisy and shouts 'stop hitting' while playing with the small-world toys; school are worried about trauma and have put him on the play therapy list.",
  ["EDU-SEND", "MH-CHILD"],
  ["look-alike: 'stop hitting' in play is not a DA disclosure in this box (conv. 1)"])
B("Z10", "C", "yellow",
  "EHCP transferred and Eli has 1:1 support in the afternoons. Play therapy ongoing, 8 of 12 sessions done.",
  ["EDU-SEND", "MH-CHILD"])
B("Z10", "C", "blue",
  "The family have a secure tenancy now. Nicole is doing the Freedom Programme online and keeps her safety plan by the door.",
  ["DA"],
  ["historical: HOUS (temporary accommodation over)", "service implies need: Freedom Programme -> DA (conv. 4)"])

K("Z11", "Wensford", "2025-05-19", "2025-11-10")
B("Z11", "A", "orange",
  "Freya (14) was found by police in Manchester at 1am in April after going to meet a man she had been messaging online for three weeks. Officers brought her home. She has gone missing twice more since.",
  ["SAFE-EXP"],
  ["look-alike: police finding a missing child is safeguarding, not CRIME (conv. 7)"])
B("Z11", "A", "green",
  "Freya was diagnosed autistic in 2023 and has an EHCP at Wensford High. The SENCO says she finds it very hard to read other people's intentions.",
  ["EDU-SEND"])
B("Z11", "C", "yellow",
  "No missing episodes since June. Freya still meets the exploitation worker weekly and has agreed to parental controls on her phone.",
  ["SAFE-EXP"],
  ["historical: missing episodes ended, but ongoing exploitation work keeps SAFE-EXP present"])

K("Z12", "Calder Marsh", "2025-02-24", "2025-08-11")
B("Z12", "A", "yellow",
  "Craig is a single dad to Harvey (9), who has an EHCP at Brookside Special School. Craig says he drinks 'a few cans' most nights to unwind, often eight or more, and has agreed to see the drug and alcohol service.",
  ["SUB", "EDU-SEND"])
B("Z12", "C", "blue",
  "Craig stopped drinking in May and goes to the forum's dads' group on Thursdays instead.",
  [],
  ["historical: SUB (stopped in May) - no code"])

K("Z13", "Ashby Fold", "2025-09-22", "2026-02-09")
B("Z13", "A", "yellow",
  "Grace (11, Year 6) gets called 'dreamy' by her teacher. Mum thinks she has ADHD and school have now sent the referral for the ADHD pathway. Grace says some girls call her weird and won't let her join in at break.",
  ["EDU-SEND", "SAFE-EXP"])
B("Z13", "A", "green",
  "Grace gets tearful at bedtime and says she hates herself. The school nurse is doing four sessions with her on self-esteem.",
  ["MH-CHILD"])
B("Z13", "C", "green",
  "Grace moved up to Ashby Fold Academy in September; the falling-out with the girls ended when she left primary and she has a good group of friends now. Still on the ADHD waiting list, 14 months so far.",
  ["EDU-SEND"],
  ["historical: SAFE-EXP (bullying ended at primary)"])

K("Z14", "Kestrel Bank", "2025-10-20")
B("Z14", "A", "orange",
  "Family of six in a two-bed flat with black mould on the children's bedroom wall. Ruben (8) can't cope with sharing a room with three siblings and barely sleeps. Housing officer and environmental health involved; TAF plan agreed.",
  ["HOUS", "PH"])
B("Z14", "A", "yellow",
  "Ruben's sister Lacey (13) does most of the cooking and minds the twins (2) after school because mum has MS and now uses a wheelchair. Referral to young carers made.",
  ["CARER", "PH"])

K("Z15", "Wensford", "2025-03-10", "2025-09-30")
B("Z15", "A", "blue",
  "Dad (Sam) asked for information after Theo (4) was diagnosed autistic last month. Gave him the Local Offer website and the parent carer forum's newly-diagnosed workshop dates; he has booked onto the April one.",
  ["EDU-SEND"],
  ["look-alike: 'parent carer' is not CARER (conv. 12)"])
B("Z15", "A", "green",
  "Theo starts Reception at Millgate Primary in September. The nursery SENCO is holding a transition meeting with the school; he is not toilet trained yet and there is a school readiness plan in place.",
  ["EYD", "EDU-SEND"])
B("Z15", "C", "blue",
  "Sam says Theo has settled into Reception better than they expected. The family use the forum's Facebook group for ideas.",
  [],
  ["good news only: nothing coded"])

K("Z16", "Calder Marsh", "2025-01-06", "2025-06-30")
B("Z16", "A", "orange",
  "Noah (14) has not been into Calder Marsh High since October half term. He says the corridors and the noise make him panic, and he stays in his room with the curtains shut. Open to CAMHS, who have asked for an autism assessment.",
  ["EDU-ATT", "MH-CHILD", "EDU-SEND"])
B("Z16", "A", "yellow",
  "Mum (Helen) cut her hours at work to be at home with Noah and they are now £1,100 behind on the rent. She says she feels she is failing him and cries most days.",
  ["FIN", "MH-ADULT"],
  ["look-alike: rent arrears with no notice is FIN, not HOUS"])
B("Z16", "C", "orange",
  "Noah gets 10 hours a week of home tuition from the medical tuition service and is not yet back in school. CAMHS continue to see him fortnightly.",
  ["EDU-ATT", "MH-CHILD"])

K("Z17", "Ashby Fold", "2025-05-06", "2025-10-27")
B("Z17", "A", "green",
  "Evie (7) has epilepsy, has regular EEGs at the children's hospital and takes prescribed drugs twice a day. Mum receives DLA for Evie and Carer's Allowance.",
  ["PH"],
  ["look-alike: 'prescribed drugs' is not SUB", "benefit names alone: DLA/Carer's Allowance are not FIN or CARER (conv. 5)"])
B("Z17", "A", "yellow",
  "Evie's brother Alfie (10) helps when she has seizures at night, timing them and fetching mum, and is often worn out at school the next day. Referred to the young carers service.",
  ["CARER"])
B("Z17", "C", "blue",
  "Alfie still helps out when Evie has a seizure but now carries a young carer card and goes to the monthly club.",
  ["CARER"])

K("Z18", "Kestrel Bank", "2025-07-07", "2025-12-15")
B("Z18", "A", "red",
  "Child in need plan agreed at the s17 meeting on 2 July. Home conditions poor - dog mess on the floors, no working fridge, and Kody (6) and Lola (4) seen in soiled clothes. Mum (Kerry) has a learning disability.",
  ["SAFE-NEG", "PH"],
  ["judgement: mum's learning disability coded PH (PH covers disability of anyone in the family)"])
B("Z18", "A", "yellow",
  "Kody's speech is hard for strangers to understand and he is on the SALT list through school. Lola is not using her funded nursery place.",
  ["EDU-SEND", "EYD"])
B("Z18", "C", "orange",
  "Stepped down from CIN to early help in November. Home conditions better with weekly family support visits, but the fridge is often empty by Thursday and the family have been referred to the food bank.",
  ["SAFE-NEG", "FIN"])
B("Z18", "C", "green",
  "Lola now goes to nursery every morning, but her keyworker says she still has very few words and has made a speech referral.",
  ["EYD"])

K("Z19", "Wensford", "2025-04-14", "2025-10-20")
B("Z19", "A", "yellow",
  "Dan and Priya separated in January and argue at every handover about whether Arjun (9) should take medication for his ADHD. Arjun was diagnosed in November and is waiting for a medication review with paeds.",
  ["REL-CONF", "EDU-SEND"],
  ["look-alike: parents arguing, no abuse described -> REL-CONF, not DA (conv. 8)"])
B("Z19", "A", "green",
  "Arjun is finding all the changes hard; his class teacher says he is withdrawn and tearful and the school ELSA sees him once a week.",
  ["MH-CHILD"])
B("Z19", "C", "blue",
  "Dan and Priya now use a co-parenting app and do handovers at the school gate so they barely cross paths; both say the arguing has calmed down a lot.",
  ["REL-CONF"])
B("Z19", "C", "green",
  "Arjun started methylphenidate in September. His ELSA sessions finished in July because he is so much happier.",
  ["EDU-SEND"],
  ["historical: MH-CHILD (ELSA ended, happier)", "judgement: ADHD medication codes EDU-SEND by analogy with conv. 4"])

K("Z20", "Calder Marsh", "2025-08-04", "2026-01-19")
B("Z20", "A", "orange",
  "Lily (15) went to A&E in July after taking an overdose of paracetamol and is now open to the CAMHS crisis team. She was diagnosed autistic last year and says she is worn out from masking all day at school.",
  ["MH-CHILD", "EDU-SEND"],
  ["look-alike: 'overdose' is self-harm, not SUB"])
B("Z20", "A", "yellow",
  "Mum (Gemma) has locked away the medicines and sharp knives. She is signed off work with stress and is on the waiting list for counselling.",
  ["MH-ADULT"],
  ["look-alike: signed off work is not FIN (conv. 5)"])
B("Z20", "C", "orange",
  "Lily is still open to CAMHS; no further overdoses since July. School have agreed a reduced timetable of three days a week.",
  ["MH-CHILD", "EDU-ATT"])

K("Z21", "Ashby Fold", "2025-06-16", "2025-12-08")
B("Z21", "A", "green",
  "Twins Harry and Jack (8) are both autistic and on SEN support at Oakfield Juniors. Jack still wets the bed most nights and the GP has referred him to the enuresis clinic.",
  ["EDU-SEND", "PH"],
  ["school-age bedwetting -> PH, not EYD (conv. 9)"])
B("Z21", "A", "blue",
  "Mum (Rachel) wonders whether she might be autistic herself and finds the school gate overwhelming, but she is clear she is not depressed and has good support from her partner. She has joined an online group for autistic parents.",
  [],
  ["judgement: mum's possible neurodivergence not coded", "negated: MH-ADULT ('not depressed')"])

K("Z22", "Kestrel Bank", "2025-11-17", "2026-04-13")
B("Z22", "A", "red",
  "ICPC held on 12 November; Ava (7) and Jacob (3) are on CP plans under emotional abuse. Stepdad (Wayne) has been arrested twice for assaulting mum (Sian), most recently in October.",
  ["DA"],
  ["look-alike: partner's arrest for assaulting mum is DA only, not CRIME (conv. 7)"])
B("Z22", "A", "orange",
  "Sian has been referred to MARAC and has an IDVA. Ava's EHC needs assessment is underway and her attendance has fallen to 74% since the October incident.",
  ["DA", "EDU-SEND", "EDU-ATT"])
B("Z22", "C", "orange",
  "CP plans ended in March. Wayne no longer lives at the house and the non-molestation order runs until 2027. Ava's EHCP has been finalised with 15 hours of support.",
  ["DA", "EDU-SEND"],
  ["judgement: a current non-molestation order keeps DA present; CP plan ended is not a code"])

K("Z23", "Wensford", "2025-02-17", "2025-08-04")
B("Z23", "A", "yellow",
  "Mum (Tanya)'s PIP was stopped after her reassessment in December and she is appealing. The household is about £300 a month short and she has been using the Wensford community pantry.",
  ["FIN"],
  ["benefit name: PIP implies FIN only because a benefit problem is described; not PH (conv. 5)"])
B("Z23", "C", "green",
  "Tanya's PIP was reinstated at mandatory reconsideration with back pay and she says there are no money worries now. Reece is still waiting for his ADHD assessment.",
  ["EDU-SEND"],
  ["historical/negated: FIN (PIP reinstated, 'no money worries now')"])

K("Z24", "Calder Marsh", "2025-03-31", "2025-10-06")
B("Z24", "A", "orange",
  "Kyle (13) was permanently excluded from Westbrook Academy in March after assaulting a teaching assistant during a meltdown; school called the police. He is now at the pupil referral unit on a part-time timetable while his EHCP is reviewed.",
  ["EDU-EXC", "CRIME", "EDU-ATT", "EDU-SEND"])
B("Z24", "A", "yellow",
  "Mum struggles to get Kyle off his Xbox at night and he swears at her when she takes it off him; they haven't found a routine that works. No concerns about who he talks to online - mum checks his friends list.",
  ["REL-PAR"],
  ["negated: SAFE-EXP ('no concerns about who he talks to online')"])
B("Z24", "C", "yellow",
  "Kyle started full-time at Ridgeway Specialist School in September and there has been no further police involvement. Mum is using what she learnt on the parenting course; evenings are calmer but bedtime is still a battle.",
  ["EDU-SEND", "REL-PAR"],
  ["historical: CRIME and EDU-ATT (part-time ended)"])

K("Z25", "Ashby Fold", "2025-09-08", "2026-01-12")
B("Z25", "A", "green",
  "Esme (18 months) will still only take purees and gags on lumps. HV has booked a weaning review and referred her to the feeding clinic.",
  ["EYD"])
B("Z25", "A", "yellow",
  "Mum (Holly) was diagnosed with ADHD as an adult and is finding the baby's routines really hard; she loses track of bedtimes and appointments and Esme missed her one-year immunisations.",
  ["REL-PAR", "PH"],
  ["judgement: mum's ADHD itself not coded (not education, not MH)"])
B("Z25", "C", "blue",
  "Holly sets phone alarms for feeds and naps and has caught Esme up on her jabs. Esme eats mashed food now but not finger foods yet, and Holly is following the feeding clinic's plan at home.",
  ["REL-PAR", "EYD"],
  ["historical: PH (immunisations caught up)"])

K("Z26", "Wensford", "2025-06-23", "2025-12-08")
B("Z26", "A", "yellow",
  "Josh (17) has not been in education or work since finishing Year 11 and games through the night. Mum (Lorraine) hasn't worked since 2022 and is on UC; she says money is very tight and they use the food bank monthly.",
  ["EDU-NEET", "FIN"],
  ["EDU-NEET plus FIN only because adult worklessness and food bank are described (conv. 11)"])
B("Z26", "A", "orange",
  "Josh told the GP he has been having thoughts of ending his life; an urgent CAMHS referral has been made.",
  ["MH-CHILD"])
B("Z26", "C", "yellow",
  "Josh started a supported internship at the garden centre two days a week in November. Lorraine starts the council's employment support programme in January.",
  ["FIN"],
  ["need met: EDU-NEET (now in a supported internship)"])

K("Z27", "Ashby Fold", "2025-04-28", "2025-09-08")
B("Z27", "A", "blue",
  "Nan lives with the family and does the school run so mum can work. Ruby (6) is waiting for an ADHD assessment and mum has read the forum's 'waiting well' pack. Mum says there are no money worries.",
  ["EDU-SEND"],
  ["negated: FIN ('no money worries')"])
B("Z27", "A", "green",
  "School say Ruby is doing well with her reading and they have no worries about her behaviour in class. Her GP is treating her eczema, which flares up at night.",
  ["PH"],
  ["negated: EDU-EXC ('no worries about her behaviour in class')"])
B("Z27", "C", "blue",
  "Ruby had her ADHD assessment in August and does not meet the criteria; the paediatrician felt her poor sleep had been behind it, and that has now settled.",
  [],
  ["negated: EDU-SEND (assessment done, not ADHD)", "historical: PH (sleep settled)"])

K("Z28", "Kestrel Bank", "2026-01-12")
B("Z28", "A", "red",
  "Section 47 enquiry after Callum (14) cut his younger sister's hand with a kitchen knife during a meltdown on 8 January; police attended. Mum says he has been hitting her for about a year and she is frightened of him.",
  ["REL-PAR", "CRIME"],
  ["look-alike: child-to-parent violence is REL-PAR (+CRIME, police attended), not DA (conv. 8)"])
B("Z28", "A", "orange",
  "Callum has not been in school since November; he is on roll at Kestrel Bank Academy and his EHCP review has been brought forward. CAMHS have been asked to assess him.",
  ["EDU-ATT", "EDU-SEND", "MH-CHILD"])
B("Z28", "A", "yellow",
  "Callum's sister Amy (11) says she does not feel safe at home and has been sleeping at her aunt's some nights. The school counsellor is seeing her for anxiety.",
  ["MH-CHILD"],
  ["people outside household: aunt's home is only a place of safety, nothing coded for her"])

# ---------------- unboxed case notes (level empty; gold level = highest cue, conv. 2) ----------------
U("ZV01", "assessment", "2025-03-20", "Ashby Fold",
  "Phone call from mum. Oscar (6) has been refusing to go into school since Easter and clings to her at the gate; his class teacher has offered a soft start at 9.30. Mum wonders whether he might be autistic but doesn't want to go down that route yet.",
  ["EDU-ATT"], "green",
  ["hypothetical: EDU-SEND (mum only wonders about autism, no assessment)", "level cue: school -> green"])
U("ZV02", "assessment", "2025-05-02", "Kestrel Bank",
  "Parent carer forum drop-in. Dad asked how to request an EHC needs assessment for his daughter (9), who is dyslexic and falling further behind with reading. Gave him the Local Offer page and a template request letter; he will send it himself.",
  ["EDU-SEND"], "blue",
  ["look-alike: 'parent carer' is not CARER (conv. 12)", "level cue: information the family acts on -> blue"])
U("ZV03", "assessment", "2025-07-21", "Wensford",
  "Family support worker home visit. Claire says Poppy (7) has a meltdown every evening over homework and bath time, throwing things and screaming at her. Agreed to drop homework for now and try a picture schedule for bath and bed.",
  ["REL-PAR"], "yellow",
  ["level cue: family support worker -> yellow"])
U("ZV04", "assessment", "2025-09-03", "Calder Marsh",
  "Strategy meeting held today after Ethan (10) told his teacher he is often left on his own overnight while mum works, and there is hardly any food in the house. Ethan has an EHCP at Greyfields Primary.",
  ["SAFE-NEG", "EDU-SEND"], "red",
  ["look-alike: mum working nights is not FIN", "level cue: strategy meeting -> red"])
U("ZV05", "assessment", "2025-10-15", "Ashby Fold",
  "Letter from the CAMHS neurodevelopmental team: Sophie (12) has been added to the waiting list for an autism assessment, estimated wait two years. The letter notes no current mental health concerns.",
  ["EDU-SEND"], "orange",
  ["negated: MH-CHILD ('no current mental health concerns'); the CAMHS ND team here is an autism assessment -> EDU-SEND", "level cue: CAMHS -> orange"])
U("ZV06", "closure", "2026-02-16", "Calder Marsh",
  "Closure note. Reggie (8) is at 96% attendance and the part-time timetable ended in January. Mum no longer needs the food bank. No outstanding concerns; closed with signposting to the parent carer forum.",
  [], "",
  ["historical: EDU-ATT and FIN over - no codes", "look-alike: 'parent carer' is not CARER"])
U("ZV07", "assessment", "2025-08-18", "Ashby Fold",
  "Police called by a neighbour who heard screaming from the house; officers found Ben (11) in a meltdown after his tablet broke, with mum trying to calm him. No offences, welfare check only. Mum says these meltdowns happen most days. Ben is on the ADHD pathway.",
  ["REL-PAR", "EDU-SEND"], "orange",
  ["look-alike: police welfare check is not CRIME (conv. 7); neighbour not coded", "level cue: police call-out -> orange"])
U("ZV08", "closure", "2025-12-03", "Kestrel Bank",
  "GP letter copied to EH: Tom (10) has been waking at 3am for months; melatonin started last week and mum to keep a sleep diary. Not a safeguarding concern.",
  ["PH"], "green",
  ["school-age sleep -> PH (conv. 9)", "level cue: GP -> green"])

# ---------------- write files ----------------
def main():
    with open(os.path.join(OUT, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        for r in ROWS:
            w.writerow([r["id"], r["triage"], r["case"], r["stage"], r["date"], r["level"], r["loc"], r["text"]])
    with open(os.path.join(OUT, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for r in ROWS:
            for c in r["codes"]:
                w.writerow([r["id"], c, r["gold_level"]])
    traps = [dict(narrative_id=r["id"], gold=r["codes"], traps=r["traps"]) for r in ROWS if r["traps"]]
    with open(os.path.join(OUT, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")
    # summary
    from collections import Counter
    cc = Counter(c for r in ROWS for c in r["codes"])
    kinds = Counter(t.split(":")[0].split("/")[0].strip() for r in ROWS for t in r["traps"])
    print("narratives", len(ROWS), "boxed", sum(1 for r in ROWS if r["level"]),
          "unboxed", sum(1 for r in ROWS if not r["level"]),
          "cases", len(INFO), "triages", len({r["triage"] for r in ROWS if r["level"]}))
    print("gold rows", sum(cc.values()), "no-code narratives", sum(1 for r in ROWS if not r["codes"]))
    print("with traps", len(traps))
    print("codes", dict(sorted(cc.items())))
    print("trap kinds", dict(kinds))

if __name__ == "__main__":
    main()
