#!/usr/bin/env python3
"""Blind hand-coded gold set z20: physical health in families.

Every narrative, its gold codes (present issues only) and short trap notes are
written out by hand below. Running this file writes narratives.csv, gold.csv and
traps.json next to it (UTF-8 without BOM, CRLF line endings).

Trap kinds: negated, historical, hypothetical, outside-household, look-alike,
rule (a taxonomy convention that stops a tempting code, e.g. benefits alone,
smoking, a parent carer, a partner's arrest being DA only).
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]
ROWS = []   # dicts: one per narrative


def box(case, stage, date, level, loc, text, codes, traps=()):
    """A narrative written in a level box of a case's assessment (A) or closure (C) triage."""
    st = {"A": "assessment", "C": "closure"}[stage]
    tid = f"{case}-{stage}"
    ROWS.append(dict(narrative_id=f"{tid}-{level}", triage_id=tid, case_id=case,
                     stage=st, date=date, level=level, locality=loc, narrative=text,
                     codes=list(codes), gold_level=level, traps=list(traps)))


def note(nid, stage, date, loc, text, codes, gold_level, cue, traps=()):
    """An unboxed case note: level empty; gold level from the highest level cue (convention 2)."""
    ROWS.append(dict(narrative_id=nid, triage_id=nid, case_id=nid, stage=stage, date=date,
                     level="", locality=loc, narrative=text, codes=list(codes),
                     gold_level=gold_level, cue=cue, traps=list(traps)))


HB, SM, KM, PV = "Hollinsbrook", "Saltmere", "Kestrel Moor", "Pennock Vale"

# ---------------------------------------------------------------- K001-K007
# K001: asthma and damp
box("K001", "A", "2025-02-03", "green", HB,
    "Tyler (8) has asthma and uses a brown preventer and a blue reliever. He had two attacks at school in January and the school nurse has redone his asthma plan with Mum (Shannon). Amelia (4) had her pre-school boosters last month and is fully immunised, no health worries for her.",
    ["PH"],
    [("negated", "PH", "Amelia fully immunised, no worries: good news about the sibling (PH is present for Tyler anyway)")])
box("K001", "A", "2025-02-03", "yellow", HB,
    "Black mould across the ceiling of the children's bedroom. Shannon has reported it to Brookside Homes three times since October and nothing has been done; the GP has written a letter saying the damp is making Tyler's chest worse. Shannon keeps the heating off most of the day as she is £310 behind on gas and electric. EHW to help with a disrepair complaint and a fuel voucher.",
    ["HOUS", "PH", "FIN"])
box("K001", "C", "2025-06-20", "blue", HB,
    "Brookside treated the mould and replastered the bedroom in May. Shannon runs the dehumidifier every day and knows she can go to the Housing Ombudsman if the damp comes back. Tyler takes his preventer morning and night through his spacer and Shannon has put a spare reliever in his school bag. Attendance 96% this year.",
    ["PH"],
    [("historical", "HOUS", "mould treated and room replastered in May: repair done"),
     ("hypothetical", "HOUS", "Ombudsman only if the damp comes back"),
     ("negated", "EDU-ATT", "attendance 96%: good news, no need stated")])

# K002: type 1 diabetes, missed clinics, insulin omission
box("K002", "A", "2025-01-14", "green", SM,
    "Kai (13) was diagnosed with type 1 diabetes in November and has an individual healthcare plan at Saltmere Academy. The SENCO has confirmed it is a medical plan only and he does not need SEN support. He has been sitting out of PE on days when his levels run high.",
    ["PH"],
    [("negated", "EDU-SEND", "SENCO: medical plan only, no SEN support needed"),
     ("look-alike", "EDU-SEND", "individual healthcare plan is a medical plan, not an EHCP")])
box("K002", "A", "2025-01-14", "orange", SM,
    "Kai has missed two of his last three diabetes clinic appointments; Dad (Rob) works nights delivering parcels and hasn't been able to get him there. HbA1c 86. Attendance 88% this term, mostly days off after hypos or high readings. Kai told the diabetes nurse he sometimes doesn't bother with his injections and 'wouldn't care' if he ended up in hospital. Referred to CAMHS paediatric liaison, first appointment not through yet.",
    ["PH", "EDU-ATT", "MH-CHILD"],
    [("rule", "FIN", "Dad working nights is not FIN (convention 5)"),
     ("look-alike", "EDU-ATT", "clinic appointments missed is PH; EDU-ATT is coded from the 88% school attendance")])
box("K002", "C", "2025-07-08", "blue", SM,
    "Kai now does his own insulin doses using the sensor and phone app, and Rob gets an alert on his phone if Kai's levels drop overnight. CAMHS paediatric liaison finished six sessions with Kai and closed his case in June. School say his attendance is no longer a concern.",
    ["PH"],
    [("historical", "MH-CHILD", "CAMHS finished and closed in June"),
     ("historical", "EDU-ATT", "attendance no longer a concern")])

# K003: long COVID, young carer, arrears and section 8
box("K003", "A", "2025-03-10", "yellow", KM,
    "Lorna has had long COVID since early 2023 and spends most afternoons in bed. Skye (12) does most of the cooking and walks Reece (7) to school; Lorna says she couldn't manage without her. Skye told her form tutor she is tired and behind with homework. Referred to Kestrel Young Carers.",
    ["PH", "CARER"])
box("K003", "A", "2025-03-10", "orange", KM,
    "Lorna lost her call-centre job in October and her UC claim is still in the five-week wait. Rent arrears are £640 and the private landlord served a section 8 notice on 24 February.",
    ["FIN", "HOUS"])
box("K003", "C", "2025-08-29", "blue", KM,
    "Skye goes to the young carers group on Thursday evenings and has a young carer card to show staff at school. A friend of Lorna's now does the school run two days a week.",
    ["CARER"])
box("K003", "C", "2025-08-29", "green", KM,
    "Lorna has been seen at the long COVID clinic through the GP and a pacing plan is helping, but she is still not well enough to work. Her own mum has dementia and lives in a care home in Cardiff; Lorna can rarely visit.",
    ["PH", "FIN"],
    [("outside-household", "PH", "grandmother's dementia, lives in a care home in Cardiff")])

# K004: faltering growth and weaning in a baby, mother's low mood
box("K004", "A", "2025-04-22", "green", PV,
    "HV weighed Ava (7 months): she has dropped from the 50th centile at birth to the 9th. Weaning started at six months but she gags on anything lumpy and still takes mostly milk. HV has referred her to the paediatric dietitian.",
    ["PH", "EYD"])
box("K004", "A", "2025-04-22", "yellow", PV,
    "Jodie (19) is anxious around feeds and says she dreads every mealtime; a PHQ-9 with the HV scored 16 and the GP has started her on sertraline. Jodie's partner Callum had a hernia repair in March and is fully recovered and back at work. EHW to do joint visits with the HV.",
    ["MH-ADULT"],
    [("historical", "PH", "Callum's hernia repair, fully recovered")])
box("K004", "C", "2025-10-15", "green", PV,
    "Ava is now on the 25th centile and eating mashed food and finger foods; the dietitian discharged her in August. Jodie is still taking sertraline from the GP and says her mood is a lot better since she started going to the baby group at the family hub. HV will re-refer to the dietitian should Ava's weight drop off again.",
    ["MH-ADULT"],
    [("hypothetical", "PH", "re-referral only should the weight drop again"),
     ("historical", "PH", "weight back to 25th centile, dietitian discharged"),
     ("historical", "EYD", "weaning now established")])

# K005: epilepsy resolved (hypothetical return), sleep and bedwetting at school age
box("K005", "A", "2025-05-06", "green", HB,
    "Maisie (10) was diagnosed with epilepsy in 2022 but has had no seizures for over two years; she came off her tablets last autumn and neurology discharged her in March. School keeps a seizure plan on file in case her seizures return.",
    [],
    [("historical", "PH", "epilepsy: off medication, discharged by neurology"),
     ("hypothetical", "PH", "seizure plan kept in case seizures return")])
box("K005", "A", "2025-05-06", "yellow", HB,
    "Maisie lies awake until after midnight most nights and is up at 5am; her teacher says she is falling asleep in lessons. She has also been wetting the bed most nights since Christmas. Mum (Gemma) is worn out. EHW to do sleep work with Gemma and Maisie and ask the school nurse to refer to the enuresis clinic.",
    ["PH"],
    [("rule", "EYD", "bedwetting and sleep at school age are PH, not EYD (convention 9)")])
box("K005", "C", "2025-09-30", "blue", HB,
    "Maisie has a wind-down routine with no screens after 8pm and is asleep by half nine most nights. She still wets the bed once or twice a week and Gemma is using the alarm the enuresis clinic gave them.",
    ["PH"],
    [("look-alike", "REL-PAR", "bedtime routine here serves the sleep problem; no parenting concern described")])

# K006: father's back injury, food bank, teenage son helping with care
box("K006", "A", "2025-02-18", "green", SM,
    "Darren hurt his back falling from a ladder at work in November and is waiting for physio through the GP. He takes co-codamol and naproxen as prescribed; no concerns about misuse and he says he doesn't drink.",
    ["PH"],
    [("look-alike", "SUB", "co-codamol taken as prescribed"),
     ("negated", "SUB", "no concerns about misuse, doesn't drink")])
box("K006", "A", "2025-02-18", "yellow", SM,
    "Darren is on SSP, which runs out in May. The family have used the Saltmere food bank twice this month and owe £420 in council tax. Liam (15) helps his dad in and out of the bath and with his socks and shoes before school and often misses first lesson; attendance 79%. Liam had a youth caution in 2023 for criminal damage and there has been no offending since. Referred to Citizens Advice.",
    ["FIN", "CARER", "EDU-ATT"],
    [("historical", "CRIME", "youth caution in 2023, no offending since")])
box("K006", "C", "2025-07-25", "blue", SM,
    "Darren is back at work on light duties and has set up £35 a month to pay off the council tax. Now he is moving more freely Liam no longer helps with his personal care. Darren still does his physio exercises every evening.",
    ["FIN", "PH"],
    [("historical", "CARER", "Liam no longer helps with personal care")])

# K007: cerebral palsy, EHCP, inaccessible flat
box("K007", "A", "2025-03-25", "green", KM,
    "Noah (6) has cerebral palsy and uses a walker in class and a wheelchair for longer distances. He has an EHCP at Kestrel Moor Primary with a 1:1 in the mornings, and the community physio sees him at school every fortnight.",
    ["PH", "EDU-SEND"])
box("K007", "A", "2025-03-25", "yellow", KM,
    "The family live in a second-floor flat with no lift and Mum (Priya) carries Noah and his chair up the stairs; she now has back pain herself. OT says the flat can't be adapted and the family are on the housing register for a ground-floor home. Since Noah's three weeks in hospital for hip surgery in February, Anika (9) has been wetting the bed.",
    ["HOUS", "PH"])
box("K007", "C", "2026-01-20", "green", KM,
    "Noah's EHCP was reviewed in November and he is back in school full time; his physio continues in school.",
    ["EDU-SEND", "PH"])
box("K007", "C", "2026-01-20", "yellow", KM,
    "The family moved into an adapted ground-floor bungalow in December with a ramp and a wet room. Anika stopped wetting the bed in the autumn and Priya's back has settled.",
    [],
    [("historical", "HOUS", "moved to an adapted bungalow: housing need met"),
     ("historical", "PH", "Anika's bedwetting stopped; Priya's back settled")])

# ---------------------------------------------------------------- K008-K014
# K008: dental decay, neglect, father's drinking; s47
box("K008", "A", "2025-06-02", "green", PV,
    "School nurse: Jacob (5) and Lily (7) both have visible tooth decay and Jacob had six teeth taken out under general anaesthetic in April. Neither child is registered with a dentist.",
    ["PH"])
box("K008", "A", "2025-06-02", "orange", PV,
    "On the home visit there was dog mess on the kitchen floor and nothing in the fridge but milk; school say both children arrive hungry. Dad (Wayne) has been drinking every day since he lost his job in the spring. Referred to Pennock Drug and Alcohol Service.",
    ["SAFE-NEG", "SUB", "FIN"])
box("K008", "A", "2025-06-02", "red", PV,
    "Strategy meeting 28 May after Lily told her teacher that she and Jacob are left on their own overnight when Wayne goes out. Section 47 enquiry under way.",
    ["SAFE-NEG"],
    [("rule", "CARER", "children left alone overnight is supervision (neglect), not a caring role")])
box("K008", "C", "2025-12-10", "orange", PV,
    "Both children are now registered at Pennock Dental Practice; Jacob has fluoride varnish every three months and Lily has two fillings booked for January. Wayne goes to the alcohol service weekly and says he has been sober for six weeks. Home conditions have stayed good on four unannounced visits and there have been no further concerns about food since September.",
    ["PH", "SUB"],
    [("historical", "SAFE-NEG", "home conditions good on four visits, no further concerns about food since September")])

# K009: childhood obesity, name-calling, sibling's eczema
box("K009", "A", "2025-09-15", "green", HB,
    "The Year 6 NCMP measurement put Harvey (10) above the 99.6th centile for BMI and the school nurse has offered the Fit Families programme. His sister Esme (3) has severe eczema with steroid cream and emollients from the GP, and Mum (Claire) is finding it hard to keep up with the creams.",
    ["PH"],
    [("rule", "EYD", "Esme is under 5 but eczema is physical health, not development")])
box("K009", "A", "2025-09-15", "yellow", HB,
    "Harvey says boys in his class call him names about his weight, and he has refused to go in on PE days, missing three days this half term. EHW to work with Harvey and Claire and link in with the school's pastoral lead.",
    ["SAFE-EXP", "PH", "EDU-ATT"])
box("K009", "C", "2026-02-05", "green", HB,
    "Harvey finished the ten-week Fit Families course and his BMI centile has come down a little; the school nurse will re-measure him in the summer. The name-calling stopped after school dealt with it in October. Esme's eczema is kept under control with the emollient routine Claire now does at bath time.",
    ["PH"],
    [("historical", "SAFE-EXP", "name-calling stopped in October")])

# K010: mother's breast cancer, daughter's worry, young carers assessment
box("K010", "A", "2025-10-06", "green", SM,
    "Mum (Helen) was diagnosed with breast cancer in August and is having chemotherapy every three weeks at Saltmere General. Dad (Martin) has cut his hours to take her to treatment. Helen's father had bowel cancer in 2019, is in remission and lives in Devon.",
    ["PH"],
    [("outside-household", "PH", "grandfather in Devon"),
     ("historical", "PH", "grandfather's cancer 2019, in remission"),
     ("rule", "FIN", "reduced hours without a money problem is not FIN")])
box("K010", "A", "2025-10-06", "yellow", SM,
    "Ruby (14) has been tearful in lessons and told the school counsellor she is scared her mum will die. On chemo weeks Ruby cooks tea and gets her brother to Cubs. Referred to Saltmere Young Carers for an assessment.",
    ["MH-CHILD", "CARER"])
box("K010", "C", "2026-03-12", "green", SM,
    "Helen finished chemo in January and radiotherapy in February and is now on tamoxifen. The young carers assessment found Ruby's jobs at home are age-appropriate now Martin is home more, so no young carer support is needed. Ruby still sees the school counsellor every fortnight and says she is coping better.",
    ["PH", "MH-CHILD"],
    [("negated", "CARER", "assessment: no young carer support needed"),
     ("historical", "PH", "chemo and radiotherapy finished (PH still present: on tamoxifen)")])

# K011: toddler constipation, toileting, speech, tantrums
box("K011", "A", "2025-05-19", "green", KM,
    "Finley (3y 2m) has chronic constipation and is on Movicol from the GP; he holds on and soils his pants. He isn't toilet trained and at his two-and-a-half year review was only using two-word phrases, so the HV has referred him to SALT. He started at Little Acorns nursery two days a week.",
    ["PH", "EYD"],
    [("negated", "EYD", "nursery place taken up (EYD present anyway from toileting and speech)")])
box("K011", "A", "2025-05-19", "yellow", KM,
    "Mum (Chloe) says mealtimes and bedtimes are a battle and Finley has several tantrums a day, hitting and throwing toys when he is told no. Chloe has asked for help and is booked on the Incredible Years course starting in June.",
    ["REL-PAR"],
    [("rule", "PH", "bedtime 'battle' of an under-5 is a routine/boundaries issue, no sleep problem described")])
box("K011", "C", "2025-11-03", "green", KM,
    "Finley is now clean and dry in the day and uses the toilet at nursery. He is still on a small dose of Movicol and the GP will review in January. SALT discharged him in October as he is using short sentences. Chloe finished the parenting course, uses a picture routine at bedtime and says the tantrums are far fewer.",
    ["PH", "REL-PAR"],
    [("historical", "EYD", "toilet trained now"),
     ("historical", "EYD", "discharged from SALT")])

# K012: anaphylaxis, mother's anxiety keeping child off school
box("K012", "A", "2025-01-27", "green", PV,
    "Zara (7) has a severe peanut and tree nut allergy and carries two adrenaline pens. She had an anaphylactic reaction at a party in December and was kept in hospital overnight. School has an allergy action plan and staff have been trained.",
    ["PH"])
box("K012", "A", "2025-01-27", "yellow", PV,
    "Since the reaction Mum (Farah) keeps Zara off school on days with cooking or food activities and won't let her go to clubs or parties; attendance 86%. Farah says her anxiety is 'through the roof' and the GP has referred her to talking therapies.",
    ["EDU-ATT", "MH-ADULT"])
box("K012", "C", "2025-06-16", "green", PV,
    "Zara now goes on school trips and joins in food tech with her allergy plan in place; attendance 97% this term. Farah completed eight CBT sessions and was discharged by talking therapies in May.",
    ["PH"],
    [("historical", "EDU-ATT", "attendance back to 97%, no longer kept off"),
     ("historical", "MH-ADULT", "CBT completed, discharged in May")])

# K013: Crohn's disease, young person not in education, mortgage arrears
box("K013", "A", "2025-09-08", "yellow", HB,
    "Ethan (16) has Crohn's disease: two admissions to Hollinsbrook Royal this year, a bowel resection in July, and infliximab infusions every eight weeks, none of which he has missed. He didn't sit most of his GCSEs and hasn't started college or work while he recovers. Careers adviser from the 16-19 team allocated.",
    ["PH", "EDU-NEET"],
    [("negated", "PH", "no infusions missed (PH present anyway for Crohn's)"),
     ("rule", "FIN", "young person NEET is EDU-NEET only (convention 11)")])
box("K013", "A", "2025-09-08", "orange", HB,
    "Mum (Sarah) has been signed off work with stress since Ethan's surgery. The mortgage is two months behind and the lender has written warning of possession proceedings.",
    ["MH-ADULT", "FIN", "HOUS"])
box("K013", "C", "2026-02-23", "green", HB,
    "Ethan started a part-time Level 2 IT course at Hollinsbrook College in January with a healthcare plan for his Crohn's that allows toilet breaks. College learning support say he has no learning needs, so no SEN support is in place.",
    ["PH"],
    [("historical", "EDU-NEET", "now on a college course"),
     ("negated", "EDU-SEND", "no learning needs, no SEN support")])

# K014: not brought to cardiology, immunisations, nursery take-up
box("K014", "A", "2025-04-14", "orange", SM,
    "Grace (4) had a VSD repaired as a baby and needs yearly cardiology follow-up. Her clinic attendance has been poor: she was not brought to three cardiology and two audiology appointments in the last year and the hospital safeguarding nurse has raised it. TAF meeting held 10 April with HV, nursery and cardiology.",
    ["PH"],
    [("look-alike", "EDU-ATT", "'clinic attendance' is missed medical appointments (PH), not school")])
box("K014", "A", "2025-04-14", "green", SM,
    "Grace hasn't taken up her funded nursery place and the HV couldn't do her review as nobody was in. Baby Ollie (5 months) has not had his 8 and 12 week jabs; Mum (Kerry) says she isn't against them and will book with the practice nurse. Kerry has no car and finds getting out with both children hard.",
    ["EYD", "PH"])
box("K014", "C", "2025-10-01", "blue", SM,
    "Kerry still finds mornings hard but now gets Grace to three of her five nursery sessions, with a neighbour giving them a lift on wet days. Grace saw cardiology in July for her repaired heart and stays on yearly checks. Audiology tested her hearing as normal and discharged her. Ollie is now up to date with his immunisations.",
    ["EYD", "PH"],
    [("historical", "PH", "audiology discharged, hearing normal"),
     ("historical", "PH", "Ollie's immunisations now up to date")])

# ---------------------------------------------------------------- K015-K021
# K015: father's MS, young carer, benefits with no money problem
box("K015", "A", "2025-07-07", "green", KM,
    "Dad (Marek) has relapsing MS and uses a wheelchair outside the house; a stairlift was fitted last year. Mum (Ania) is his carer and gets Carer's Allowance, Marek gets PIP, and they say money is fine.",
    ["PH"],
    [("rule", "CARER", "Mum as 'carer' is an adult carer, not a young carer (convention 12)"),
     ("rule", "FIN", "Carer's Allowance and PIP named with no money problem (convention 5)"),
     ("negated", "FIN", "they say money is fine")])
box("K015", "A", "2025-07-07", "yellow", KM,
    "On Ania's late shifts Oskar (10) helps Marek move from his wheelchair to bed and gets up in the night if his dad calls for him. Oskar has been late to school 14 times this half term. Referred to Kestrel Young Carers.",
    ["CARER", "EDU-ATT", "PH"],
    [("rule", "FIN", "working late shifts is not FIN")])
box("K015", "C", "2025-12-15", "blue", KM,
    "OT fitted a ceiling hoist in October so Marek can transfer with one adult, and Ania has moved onto day shifts. Oskar no longer helps with transfers but still goes to the young carers club after school on Wednesdays and enjoys it. His lateness is no longer an issue.",
    ["PH", "CARER"],
    [("historical", "EDU-ATT", "lateness no longer an issue")])

# K016: domestic abuse in pregnancy, gestational diabetes
box("K016", "A", "2025-08-11", "orange", PV,
    "Jade (24, 30 weeks pregnant) told her midwife that her partner Connor pushed her into a door and has been checking her phone and keeping her bank card. DASH high risk, MARAC on 20 August. Connor was arrested and is on bail not to contact her.",
    ["DA"],
    [("rule", "CRIME", "partner's arrest for the abuse is DA only (convention 7)"),
     ("rule", "FIN", "bank card kept is part of the coercive control, no money problem of its own")])
box("K016", "A", "2025-08-11", "green", PV,
    "Jade has gestational diabetes and is on metformin, seen weekly at the antenatal diabetes clinic. Mia (2) had her two-year review in July with no developmental concerns and her jabs are up to date.",
    ["PH"],
    [("negated", "EYD", "two-year review: no developmental concerns"),
     ("negated", "PH", "Mia's jabs up to date (PH present anyway for Jade)")])
box("K016", "C", "2025-12-19", "blue", PV,
    "Baby Leo was born at 36 weeks in October and had five days on SCBU for jaundice; he is home and gaining weight well. Jade's GDM follow-up ended after the birth. A non-molestation order was made in September, Connor hasn't been in touch since, and Jade keeps to the safety plan she made with her IDVA; her mum stays over twice a week.",
    ["DA"],
    [("historical", "PH", "Leo's SCBU stay over, gaining weight"),
     ("historical", "PH", "gestational diabetes follow-up ended")])

# K017: ME/CFS, reduced timetable, self-harm
box("K017", "A", "2025-11-17", "yellow", HB,
    "Olivia (14) was diagnosed with ME/CFS by the paediatrician in September and is on a mornings-only timetable at Hollinsbrook High, with four hours a week of home tuition from the medical needs service. Dad (Andy) had a DVT last year but has finished his blood thinners and is well.",
    ["PH", "EDU-ATT"],
    [("historical", "PH", "Dad's DVT last year, treatment finished (PH present anyway for Olivia)")])
box("K017", "A", "2025-11-17", "orange", HB,
    "Olivia told the school nurse she has been cutting her arms since the summer because she 'misses her old life'. CAMHS accepted the referral and her first appointment is on 2 December.",
    ["MH-CHILD"])
box("K017", "C", "2026-04-20", "green", HB,
    "Olivia is now in school three full days a week on a reduced timetable, still with rest breaks, and the paediatric fatigue team continue to review her. CAMHS discharged her in March after ten sessions and she has not self-harmed since January.",
    ["PH", "EDU-ATT"],
    [("historical", "MH-CHILD", "CAMHS discharged, no self-harm since January")])

# K018: Down's syndrome, chest infections, Portage
box("K018", "A", "2025-03-03", "green", SM,
    "Teddy (18 months) has Down's syndrome; his heart defect was repaired in 2024 and cardiology now see him once a year. He has had four chest infections this winter, each needing antibiotics from the GP.",
    ["PH"])
box("K018", "A", "2025-03-03", "yellow", SM,
    "Teddy isn't sitting on his own or babbling yet. Portage started visiting in February and the HV is doing his developmental reviews. Mum (Leanne) is asking about a nursery place for when he turns two.",
    ["EYD"])
box("K018", "C", "2025-09-22", "green", SM,
    "Teddy has had no chest infections since April and the GP has stopped his standby antibiotics. The GP will restart them if the infections come back over the winter. His one-year jabs were given late but he is now fully up to date. Leanne's mum, who lives in Ireland, has just had a hip replacement.",
    [],
    [("historical", "PH", "no chest infections since April, antibiotics stopped"),
     ("hypothetical", "PH", "antibiotics restarted only if the infections come back"),
     ("historical", "PH", "immunisations caught up"),
     ("outside-household", "PH", "grandmother in Ireland, hip replacement")])

# K019: grandmother with COPD in the household, overcrowding, teenager and police
box("K019", "A", "2025-06-23", "yellow", KM,
    "Nan (Pat, 72) moved in with the family in March after a fall; she has COPD and is on home oxygen, and Mum (Donna) does her personal care. That makes five people in a three-bed semi and Kayden (11) now sleeps on the sofa. Jordan (15) grew out of his asthma and hasn't needed an inhaler since he was ten.",
    ["PH", "HOUS"],
    [("historical", "PH", "Jordan's asthma outgrown, no inhaler since age ten"),
     ("rule", "CARER", "Mum doing Nan's personal care is an adult carer")])
box("K019", "A", "2025-06-23", "orange", KM,
    "Neighbours have called the police three times about a group of older lads causing trouble in the park, and Jordan has been given an ASB warning letter. Police have flagged a worry that Jordan and others in the group are being used to carry drugs. Donna says Jordan stays out until midnight and won't say where he has been. He also had a two-day suspension from school in May for fighting.",
    ["CRIME", "SAFE-EXP", "REL-PAR", "EDU-EXC"],
    [("rule", "SUB", "being used to carry drugs is exploitation risk (SAFE-EXP), not substance use (convention 12)")])
box("K019", "C", "2025-12-01", "green", KM,
    "Pat's COPD is stable and the community respiratory nurse visits monthly. The council accepted the family as overcrowded and they are in band B on the housing register. Jordan has had no police contact since July and the youth engagement team closed his case in October.",
    ["PH", "HOUS"],
    [("historical", "CRIME", "no police contact since July, case closed")])

# K020: sickle cell disease, attendance, travel costs
box("K020", "A", "2025-10-20", "yellow", PV,
    "Amara (9) has sickle cell disease and has been admitted three times with pain crises since September; attendance 81%. Haematology clinic is every three months at the city hospital, two buses each way, and Mum (Blessing) can't afford the fares on UC. Referred to the hospital travel costs scheme and Pennock Citizens Advice. Her brother Daniel (12) has sickle cell trait only and needs no treatment.",
    ["PH", "EDU-ATT", "FIN"],
    [("negated", "PH", "Daniel carries the trait only, no treatment (PH present anyway for Amara)")])
box("K020", "C", "2026-03-09", "green", PV,
    "Haematology started Amara on hydroxyurea in December and she has had one admission since. Attendance is up to 92% but still under the school's target, and the school nurse has updated her healthcare plan.",
    ["PH", "EDU-ATT"])
box("K020", "C", "2026-03-09", "blue", PV,
    "Blessing now claims her bus fares back through the hospital scheme; she says money is still tight but she is keeping on top of the bills.",
    ["FIN"])

# K021: active epilepsy, mother's migraines, older brother caring
box("K021", "A", "2025-02-24", "green", SM,
    "Jayden (12) has epilepsy and still has one or two tonic-clonic seizures a month despite his anti-seizure drugs. Rescue medication is kept at school and the epilepsy nurse is adjusting his dose.",
    ["PH"],
    [("look-alike", "SUB", "'anti-seizure drugs' are prescribed medication")])
box("K021", "A", "2025-02-24", "yellow", SM,
    "Mum (Tina) has chronic migraines two or three days a week and stays in bed on those days. Kyle (15) then gets Jayden ready and walks him to school, and has been staying home himself to keep an eye on Jayden after a seizure; Kyle's attendance is 74%. Referral to Saltmere Young Carers.",
    ["PH", "CARER", "EDU-ATT"])
box("K021", "C", "2025-08-04", "blue", SM,
    "After a dose change Jayden has had one seizure in three months and now has a bed alarm at night. Tina saw the headache clinic and a new preventer is helping. Kyle goes to the young carers group on Fridays; he no longer stays off school to look after Jayden and his attendance is back up to 94%.",
    ["PH", "CARER"],
    [("historical", "EDU-ATT", "no longer stays off, attendance back to 94%")])

# ---------------------------------------------------------------- K022-K028
# K022: neglect and faltering growth under CP plans, cannabis, fuel and food
box("K022", "A", "2025-09-29", "red", KM,
    "Rosie (2) and Alfie (4) were made subject to child protection plans for neglect at the ICPC on 18 September. The paediatrician says Rosie, below the 0.4th centile for weight, has faltering growth with no medical cause found.",
    ["SAFE-NEG", "PH"],
    [("look-alike", "PH", "'no medical cause found' does not negate the faltering growth, which is PH")])
box("K022", "A", "2025-09-29", "orange", KM,
    "Mum (Stacey) smokes cannabis every day and admits she often isn't up before midday. Referred to Kestrel Drug and Alcohol Service. The gas meter often runs out and the family had three food bank parcels in August.",
    ["SUB", "FIN"])
box("K022", "A", "2025-09-29", "yellow", KM,
    "Alfie isn't toilet trained, strangers can't understand his speech and he hasn't started his funded nursery place. Neither child is up to date with immunisations.",
    ["EYD", "PH"])
box("K022", "C", "2026-03-16", "red", KM,
    "The CP plans ended at the review conference in February and the children are now on child in need plans. The social worker still visits fortnightly to check the home and that the children are getting regular meals.",
    ["SAFE-NEG"])
box("K022", "C", "2026-03-16", "yellow", KM,
    "Rosie is on the 2nd centile and gaining steadily; the dietitian reviews her monthly. Alfie now goes to nursery 15 hours a week and is out of nappies in the day. Stacey goes to the drug service weekly and her tests show less use. Both children have caught up on their jabs.",
    ["PH", "SUB"],
    [("historical", "EYD", "Alfie now at nursery and out of nappies"),
     ("historical", "PH", "immunisations caught up (PH present anyway for Rosie's growth)")])

# K023: father's terminal cancer, child's grief and violence to mother
box("K023", "A", "2025-05-12", "yellow", PV,
    "Dad (Steve) has terminal bowel cancer and is on palliative chemo; the district nurses and the Pennock Hospice community team visit. Mum (Kim) gave up work to look after him and they are behind on the mortgage; the hospice welfare adviser is helping with fast-track benefit claims.",
    ["PH", "FIN"],
    [("rule", "CARER", "Mum looking after Dad is an adult carer")])
box("K023", "A", "2025-05-12", "orange", PV,
    "Ellie (11) has nightmares about her dad dying and is hardly sleeping, and she has hit Kim twice during arguments at home. Referred to CAMHS and to the hospice's children's bereavement service.",
    ["MH-CHILD", "PH", "REL-PAR"],
    [("rule", "DA", "child-to-parent violence is REL-PAR, not DA (convention 8)")])
box("K023", "C", "2025-11-24", "yellow", PV,
    "Steve died at the hospice on 2 October. Ellie has bereavement support from the hospice and CAMHS are still seeing her. Kim used the life insurance to clear the mortgage arrears and says money is no longer a worry.",
    ["MH-CHILD"],
    [("historical", "PH", "Steve's illness ended with his death"),
     ("historical", "FIN", "mortgage arrears cleared, money no longer a worry")])

# K024: mother's fibromyalgia and low mood, son's anxiety-based absence
box("K024", "A", "2025-10-13", "yellow", SM,
    "Mum (Nicola) has fibromyalgia and chronic back pain and takes pregabalin. She has been on antidepressants on and off since 2021 and says her mood is low again. Early help worker allocated.",
    ["PH", "MH-ADULT"],
    [("look-alike", "SUB", "pregabalin is prescribed, no misuse described")])
box("K024", "A", "2025-10-13", "blue", SM,
    "None identified at this stage.",
    [])
box("K024", "A", "2025-10-13", "orange", SM,
    "Lucas (13) hasn't been into school since half term and complains of stomach ache every morning; the GP found no physical cause. Attendance 54%. Referred to CAMHS for anxiety and a TAF set up with school and the school nurse.",
    ["EDU-ATT", "MH-CHILD"],
    [("negated", "PH", "GP found no physical cause for the stomach aches")])
box("K024", "C", "2026-03-02", "green", SM,
    "Lucas is on a phased return and now attends mornings four days a week; CAMHS see him monthly. Nicola goes to a chronic pain support group, swims twice a week and says her mood is 'up and down but better'.",
    ["EDU-ATT", "MH-CHILD", "PH", "MH-ADULT"])

# K025: autism, restricted eating, constipation, sleep; parental conflict
box("K025", "A", "2025-11-10", "green", KM,
    "Reuben (8) is autistic and on SEN support at school with the SENCO; an EHCP request went in in October. He eats only six foods, gluten has been excluded from his diet on the dietitian's advice, he has chronic constipation treated with Movicol and he sleeps four to five hours a night, so the paediatrician has prescribed melatonin.",
    ["EDU-SEND", "PH"],
    [("look-alike", "EDU-EXC", "gluten 'excluded' from his diet")])
box("K025", "A", "2025-11-10", "yellow", KM,
    "Tom and Kayleigh argue every day about how to manage Reuben and Tom has moved into the spare room. Both say they want help and neither describes feeling afraid of or controlled by the other. Referred to the Reducing Parental Conflict practitioner.",
    ["REL-CONF"],
    [("negated", "DA", "neither parent afraid or controlled")])
box("K025", "C", "2026-04-27", "green", KM,
    "The EHCP was issued in March and Reuben moves to the resourced provision at Kestrel Moor Primary after Easter. The melatonin is working and he sleeps about eight hours most nights. Tom has moved back into their bedroom and both say the arguing has stopped.",
    ["EDU-SEND", "PH"],
    [("historical", "REL-CONF", "arguing has stopped")])

# K026: deaf child with cochlear implants; separated parents in court
box("K026", "A", "2025-06-09", "green", PV,
    "Nia (5) is profoundly deaf and had cochlear implants in 2023. She has an EHCP and a Teacher of the Deaf visits school weekly; audiology sees her every six weeks for mapping.",
    ["PH", "EDU-SEND"])
box("K026", "A", "2025-06-09", "yellow", PV,
    "Parents separated in January. Dad (Rhys) wants Nia to stay overnight and Mum (Cerys) won't agree; handovers end in shouting in front of Nia. The final hearing at the family court is in July. Neither parent reports any abuse, and Cerys has turned down mediation.",
    ["REL-CONF"],
    [("look-alike", "PH", "court 'hearing', not Nia's hearing"),
     ("negated", "DA", "neither parent reports any abuse")])
box("K026", "C", "2025-11-17", "blue", PV,
    "A child arrangements order was agreed in July. Handovers now happen at Nia's nan's house and Cerys and Rhys keep in touch through a co-parenting app rather than face to face. Nia's implant checks are now every six months.",
    ["REL-CONF", "PH"])

# K027: father's stroke, adaptations, worklessness
box("K027", "A", "2025-07-21", "yellow", HB,
    "Dad (Kevin, 52) had a stroke in May and has weakness down his left side; he walks with a quad stick and the community stroke team visit twice a week. He is waiting for OT to fit grab rails and a bath lift. Kevin can't drive so can't go back to his HGV job; the family have moved onto UC and are behind with the water bill.",
    ["PH", "FIN"])
box("K027", "A", "2025-07-21", "green", HB,
    "Mum (Sonia) is running the house and supporting Kevin. Hollinsbrook Young Carers met Mia (13) in June and found she only does the usual chores, so she doesn't need young carer support; they would see her again if Kevin's needs increase.",
    [],
    [("hypothetical", "CARER", "re-assessment only if Kevin's needs increase"),
     ("negated", "CARER", "young carers assessment: only usual chores, no support needed"),
     ("rule", "CARER", "Mum supporting Dad is an adult carer")])
box("K027", "C", "2025-12-08", "blue", HB,
    "Grab rails and a bath lift were fitted in September. Kevin now walks to the corner shop with his stick and keeps up the exercises the stroke team gave him. The water arrears were cleared in October through a hardship grant.",
    ["PH"],
    [("historical", "FIN", "water arrears cleared in October")])

# K028: extremely premature baby on NICU far from home
box("K028", "A", "2026-01-19", "yellow", PV,
    "Baby Ivy was born at 27 weeks on 29 December and is still on NICU at Northgate Children's Hospital, 40 miles away; Mum (Aisha) is staying in the parent accommodation there. Dad (Omar) is looking after Zain (7) and Layla (4) and has taken unpaid leave; money is running out and the rent is due. Referred to Citizens Advice and to the hospital social worker for help with travel and parking.",
    ["PH", "FIN"])
box("K028", "A", "2026-01-19", "green", PV,
    "Zain is late to school most days because Omar drops Layla at nursery first; school know and are being flexible. Layla has settled well at nursery and there are no concerns about her development.",
    ["EDU-ATT"],
    [("negated", "EYD", "Layla settled, no developmental concerns")])
box("K028", "C", "2026-05-11", "green", PV,
    "Ivy came home in April on home oxygen and the community neonatal nurses visit weekly. Omar is back at work and Zain's lateness stopped once Aisha was home. Aisha gets Carer's Allowance for Ivy and her DLA was awarded without any problems.",
    ["PH"],
    [("historical", "EDU-ATT", "lateness stopped"),
     ("rule", "FIN", "Carer's Allowance and DLA with no problem described (convention 5)"),
     ("rule", "CARER", "Carer's Allowance is for Mum, not a young carer")])

# ---------------------------------------------------------------- unboxed notes U001-U007
note("U001", "assessment", "2026-01-12", HB,
     "Home visit. Gary (48) had a heart attack in November and had two stents fitted; he is doing cardiac rehab at the leisure centre. Both parents smoke and Gary has switched to vaping to cut down. Brandon (17) left sixth form in October and isn't working or training, and spends most days gaming in his room. Referred Brandon to the youth employment hub.",
     ["PH", "EDU-NEET"], "yellow", "one extra service (youth employment hub)",
     [("rule", "SUB", "smoking and vaping are not SUB (convention 12)"),
      ("rule", "FIN", "Brandon NEET is EDU-NEET only (convention 11)")])
note("U002", "assessment", "2025-03-17", SM,
     "HV visit. Twins Isla and Jack (14 months) have had no jabs since their 8-week ones; Mum (Bethany) is worried about side effects after reading posts online. HV went through the facts with her and offered a joint appointment with the practice nurse. Jack has had three ear infections since Christmas and the GP is keeping an eye on him. Poppy (6) is fully immunised. Bethany's mum and sister live on the same street and help with the twins.",
     ["PH"], "green", "universal services only (HV, practice nurse, GP)",
     [("negated", "PH", "Poppy fully immunised (PH present anyway for the twins)"),
      ("look-alike", "MH-ADULT", "'worried about side effects' is vaccine hesitancy, not a mental health need")])
note("U003", "assessment", "2025-05-30", KM,
     "School nurse drop-in. Tia (14) has very heavy periods and a blood test showed she is anaemic; the GP has started her on iron tablets. She misses a day or two of school most months because of it and her attendance is 91%. Tia says her friendships are fine and nobody is picking on her.",
     ["PH", "EDU-ATT"], "green", "universal services only (school nurse, GP)",
     [("negated", "SAFE-EXP", "nobody picking on her")])
note("U004", "assessment", "2025-09-09", PV,
     "Police were called out by the ambulance service to do a welfare check on Ben (10) after he rang 999 when Mum (Shelley) collapsed with a hypo. Shelley has type 1 diabetes and has had three hypos at home this summer. Ben checks her blood sugar and makes her meals when she is unwell. No offence; officers attended only to make sure Ben was safe.",
     ["PH", "CARER"], "orange", "police call-out",
     [("rule", "CRIME", "police attending to safeguard a child is not CRIME (convention 7)")])
note("U005", "assessment", "2025-11-04", HB,
     "Child in need (s17) plan review. Lacey (8) has severe cerebral palsy and epilepsy, is fed through a gastrostomy and attends Brookfield Special School with an EHCP. She lost weight over the winter after two chest infections and the dietitian has increased her feeds. Respite through the disabled children's team is to continue. Mum (Rachel) is clear that she doesn't want Lacey's brother Kian (12) doing any of Lacey's care, and he doesn't. The home is clean and well adapted.",
     ["PH", "EDU-SEND"], "red", "child in need (s17) plan",
     [("negated", "CARER", "Kian does none of Lacey's care"),
      ("negated", "SAFE-NEG", "home clean and well adapted")])
note("U006", "closure", "2025-06-18", SM,
     "Closure phone call. Mum (Leah) bought a bed alarm after reading the information we sent her from ERIC, and Kira (9) is now dry four nights out of seven. Kira's older brother wet the bed too and grew out of it by ten. Leah is happy to carry on by herself.",
     ["PH"], "blue", "information the family acts on itself",
     [("historical", "PH", "brother's bedwetting outgrown (PH present anyway for Kira)")])
note("U007", "assessment", "2025-12-03", KM,
     "A possession notice from the housing association arrived on 25 November for £1,480 of rent arrears. Dad (Paul) has had chronic pain since a car crash in 2022 and uses a wheelchair; the front steps of the flat mean he relies on neighbours to get out. His PIP was stopped at review in August and a mandatory reconsideration has gone in. If the court grants possession the council has said it will assess the family as homeless.",
     ["HOUS", "FIN", "PH"], "orange", "possession notice",
     [("hypothetical", "HOUS", "homelessness assessment only if possession is granted (HOUS present anyway: possession notice)"),
      ("historical", "PH", "car crash 2022 is past; the chronic pain and wheelchair are current")])

# ---------------------------------------------------------------- write files
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH",
         "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]


def main():
    ids = [r["narrative_id"] for r in ROWS]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    for r in ROWS:
        assert r["gold_level"] in LEVELS, r["narrative_id"]
        assert len(r["codes"]) == len(set(r["codes"])), r["narrative_id"]
        for c in r["codes"]:
            assert c in CODES, (r["narrative_id"], c)
        for t in r["traps"]:
            assert t[0] in ("negated", "historical", "hypothetical", "outside-household",
                            "look-alike", "rule"), (r["narrative_id"], t)
    cols = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(cols)
        for r in ROWS:
            w.writerow([r[c] for c in cols])
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for r in ROWS:
            for c in r["codes"]:
                w.writerow([r["narrative_id"], c, r["gold_level"]])
    traps = {}
    for r in ROWS:
        entry = {"codes": r["codes"], "level": r["gold_level"],
                 "traps": [{"kind": k, "code": c, "note": n} for k, c, n in r["traps"]]}
        if r["level"] == "":
            entry["level_cue"] = r["cue"]
        traps[r["narrative_id"]] = entry
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, indent=1, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")
    # summary
    from collections import Counter
    cc = Counter(c for r in ROWS for c in r["codes"])
    tk = Counter(t[0] for r in ROWS for t in r["traps"])
    print("narratives", len(ROWS), "boxed", sum(1 for r in ROWS if r["level"]),
          "unboxed", sum(1 for r in ROWS if not r["level"]))
    print("cases", len({r["case_id"] for r in ROWS}),
          "triages", len({r["triage_id"] for r in ROWS}))
    print("gold rows", sum(cc.values()))
    print("per code", {c: cc.get(c, 0) for c in CODES})
    print("narratives with >=1 trap", sum(1 for r in ROWS if r["traps"]))
    print("narratives with no gold code", sum(1 for r in ROWS if not r["codes"]))
    print("trap kinds", dict(tk))
    print("levels", dict(Counter(r["gold_level"] for r in ROWS)))
    print("localities", dict(Counter(r["locality"] for r in ROWS)))


if __name__ == "__main__":
    main()
