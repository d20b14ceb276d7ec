#!/usr/bin/env python3
"""Hand-written held-out gold set: disabled children and their families.

Every narrative, its gold codes (present issues only) and trap notes are
written here by hand from /work/shared/taxonomy.md.  Running this script
writes narratives.csv, gold.csv and traps.json next to it.
Standard library only.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

ROWS = []   # one dict per narrative

STAGE = {"A": "assessment", "C": "closure"}


def box(case, st, date, level, loc, text, codes, traps=()):
    """A narrative written in a level box of a triage (case, A/C stage)."""
    tid = "%s-%s" % (case, st)
    ROWS.append(dict(narrative_id="%s-%s" % (tid, level), triage_id=tid,
                     case_id=case, stage=STAGE[st], date=date, level=level,
                     locality=loc, narrative=text, codes=list(codes),
                     gold_level=level, traps=list(traps)))


def note(nid, stage, date, loc, text, gold_level, codes, traps=()):
    """An unboxed case note: level empty, one gold level from the highest cue."""
    ROWS.append(dict(narrative_id=nid, triage_id=nid, case_id=nid,
                     stage=stage, date=date, level="", locality=loc,
                     narrative=text, codes=list(codes),
                     gold_level=gold_level, traps=list(traps)))

# Trap tuples: (type, code, note). Types: negated, historical, hypothetical,
# lookalike, outside_household, convention.

# ---------------------------------------------------------------- part 1: S001-S008
# S001 - Eastmoor - SEND family support worker
box("S001", "A", "2025-03-10", "green", "Eastmoor",
    "Oscar (7) is autistic and non-verbal and attends Larkfield Special School, where his EHCP annual review was held in February; staff say he is settled and uses PECS to ask for snacks. The paediatrician is looking at his sleep as he is up most nights from 2am until 5am, and has started melatonin.",
    ["EDU-SEND", "PH"])
box("S001", "A", "2025-03-10", "yellow", "Eastmoor",
    "Leanne says she is running on empty. She has cried at every visit, describes low mood most days and the GP started her on sertraline in January. Amelia (12) gets Oscar washed and dressed most mornings so mum can get an extra hour's sleep, and she has been late to Eastmoor Academy 14 times this term. Referral made to Eastmoor Young Carers.",
    ["MH-ADULT", "CARER", "EDU-ATT"])
box("S001", "C", "2025-09-15", "blue", "Eastmoor",
    "Leanne is still taking sertraline and says her mood is much better; she goes to the parent carer forum coffee morning every month. Oscar is sleeping through most nights with the melatonin. Amelia goes to the young carers group on Thursdays and mum has taken back the morning routine.",
    ["MH-ADULT", "PH", "CARER"],
    [("lookalike", "CARER", "'parent carer forum' is about mum and is not CARER; CARER comes only from Amelia's young carers group (ongoing service)"),
     ("convention", "MH-ADULT", "blue box: still on medication, now managing -> present")])
box("S001", "C", "2025-09-15", "green", "Eastmoor",
    "Larkfield report that Oscar's EHCP targets are on track. Amelia's form tutor says she hasn't been late since the Easter holidays and will pick it up with mum should it start again.",
    ["EDU-SEND"],
    [("historical", "EDU-ATT", "Amelia's lateness described as over ('hasn't been late since Easter')"),
     ("hypothetical", "EDU-ATT", "'should it start again'")])

# S002 - Hallbrook - Portage / health visiting
box("S002", "A", "2025-02-03", "green", "Hallbrook",
    "Kacper (4) has cerebral palsy affecting both legs and is not walking yet; community physio sees him every six weeks and he has a standing frame at home. At his HV review he had about ten words and a SALT referral has been made. Attends Little Acorns nursery 15 hours a week.",
    ["PH", "EYD"])
box("S002", "A", "2025-02-03", "yellow", "Hallbrook",
    "Ola and Marek find it hard to fit in Kacper's daily stretches and positioning; Marek works nights at the distribution centre and says money is OK for now, though if his hours were cut they would struggle with the rent. Portage worker allocated to help with play and communication at home, and an EHC needs assessment request is going in before he starts school.",
    ["PH", "EYD", "EDU-SEND"],
    [("convention", "FIN", "working nights/shifts is not FIN"),
     ("hypothetical", "FIN", "'if his hours were cut they would struggle with the rent' is hypothetical (FIN/HOUS not coded)")])
box("S002", "C", "2025-08-20", "blue", "Hallbrook",
    "Ola and Marek now do Kacper's stretches every evening using the physio's videos and say it has become part of the routine. DLA was awarded at the middle rate for care in June.",
    ["PH"],
    [("convention", "FIN", "DLA named with no money or benefit problem: not FIN, and DLA alone does not give PH (PH comes from the stretches the family now manage)")])

# S003 - Sedgewick - school SENCO / EH worker
box("S003", "A", "2025-01-13", "green", "Sedgewick",
    "Jordan (15) has epilepsy with daily absence seizures and the odd tonic-clonic seizure at night. The school nurse has updated his healthcare plan and staff are trained to give buccal midazolam. SENCO is reviewing his EHCP as he is falling behind in maths.",
    ["PH", "EDU-SEND"],
    [("lookalike", "EDU-ATT", "'absence seizures' are epilepsy, not school absence"),
     ("lookalike", "SUB", "buccal midazolam is rescue medication, not substance use")])
box("S003", "A", "2025-01-13", "orange", "Sedgewick",
    "Donna is £1,400 behind with the rent after a UC sanction in October and the housing association has served a Notice of Seeking Possession. Joint visit with the housing officer arranged and a TAF meeting set for 28/1.",
    ["FIN", "HOUS"])
box("S003", "C", "2025-07-07", "yellow", "Sedgewick",
    "Reece (17), who was out of education from November, started a Level 1 construction course at Sedgewick College in April and is attending well. Donna is paying £60 a month off the rent arrears and the housing association has withdrawn the possession notice.",
    ["FIN"],
    [("historical", "EDU-NEET", "Reece's NEET period is over (started college in April)"),
     ("historical", "HOUS", "possession notice withdrawn"),
     ("convention", "FIN", "arrears still being repaid: a current money issue")])

# S004 - Tanners Green - short breaks / EH worker
box("S004", "A", "2025-05-19", "yellow", "Tanners Green",
    "Harry (13) does a lot for his sister Maisie (9), who is PEG fed and a wheelchair user: he helps with the hoisting, sets up her overnight feed when dad is on lates and has fallen behind with his homework. He told his tutor he never gets to go out with his mates. Young carers assessment requested.",
    ["CARER", "PH"],
    [("convention", "FIN", "dad working lates is not FIN")])
box("S004", "A", "2025-05-19", "orange", "Tanners Green",
    "Gemma has hurt her back twice lifting Maisie and has a prolapsed disc; she takes co-codamol and is signed off work. The family rent a two-bed terrace and Harry shares the small back bedroom with Maisie and all her equipment, so the house is overcrowded. Housing, OT and the EHW are meeting under a TAF plan.",
    ["PH", "HOUS"],
    [("lookalike", "SUB", "co-codamol is prescribed pain relief"),
     ("convention", "FIN", "signed off sick is not worklessness or a money problem as written")])
box("S004", "C", "2025-11-03", "blue", "Tanners Green",
    "Harry goes to Tanners Green Young Carers club twice a month and has a young carers card so school know his situation. Dad now sets up Maisie's overnight feed himself.",
    ["CARER", "PH"])
box("S004", "C", "2025-11-03", "orange", "Tanners Green",
    "Family are on the housing register in band B for a three-bed adapted property; no offer yet and Harry is still sharing a bedroom with Maisie.",
    ["HOUS"])

# S005 - Eastmoor - school / family support
box("S005", "A", "2025-03-24", "yellow", "Eastmoor",
    "Tyler (11) is on the ADHD pathway and is due to see the community paediatrician in June. His Year 6 teacher says he has had three suspensions this year for throwing chairs, and school are worried about how he will cope at secondary.",
    ["EDU-SEND", "EDU-EXC"])
box("S005", "A", "2025-03-24", "orange", "Eastmoor",
    "At home Tyler hits and kicks Shannon when he melts down and last week left bruises on her arm. Dean (stepdad) has rung the police twice when Tyler was smashing windows; no arrests. Shannon and Dean row about how to handle him and Dean wants him to go and live at his dad's.",
    ["REL-PAR", "CRIME", "REL-CONF"],
    [("convention", "DA", "child-to-parent violence is REL-PAR (+CRIME as police attended), not DA"),
     ("convention", "DA", "parents rowing about the child is REL-CONF, not DA")])
box("S005", "C", "2025-10-06", "yellow", "Eastmoor",
    "Tyler has started at Millbrook Academy; his ADHD diagnosis was confirmed in July and he is on medication with a SEN support plan. He has had one day in internal exclusion this term but no suspensions.",
    ["EDU-SEND", "EDU-EXC"],
    [("negated", "EDU-EXC", "'no suspensions' does not cancel the internal exclusion, which is present")])

# S006 - Hallbrook - health visitor / EH
box("S006", "A", "2025-06-02", "green", "Hallbrook",
    "HV has referred Ava (3) to the Child Development Centre: she has no words yet, doesn't respond to her name and lines up her toys for hours. Still in nappies day and night. A nursery place is available from September but Priya isn't sure about taking it up.",
    ["EYD"])
box("S006", "A", "2025-06-02", "yellow", "Hallbrook",
    "Priya had Rohan ten weeks ago and has been diagnosed with postnatal depression; she is under the perinatal mental health team and says some days she can't face getting dressed. Anil has taken two weeks' paternity leave.",
    ["MH-ADULT"],
    [("convention", "FIN", "paternity leave is not worklessness")])
box("S006", "C", "2025-12-08", "blue", "Hallbrook",
    "Priya was discharged by the perinatal team in October and says her mood is good now. She goes to the Hallbrook autism parents' coffee group on Wednesdays.",
    [],
    [("historical", "MH-ADULT", "discharged and mood good: described as over")])

# S007 - Sedgewick - school SENCO
box("S007", "A", "2025-02-17", "yellow", "Sedgewick",
    "Chloe (14) uses a powered wheelchair and has an EHCP at Sedgewick High. She says a group of girls in her year film her in the corridor and post the clips in a group chat, and she has stopped going into the canteen. Head of year has spoken to the girls' parents.",
    ["PH", "EDU-SEND", "SAFE-EXP"],
    [("outside_household", "SAFE-EXP", "the other girls are outside the household, but their bullying of Chloe is her need (SAFE-EXP)")])
box("S007", "A", "2025-02-17", "orange", "Sedgewick",
    "Chloe told her TA she has been cutting the tops of her legs. The GP has seen her and made a CAMHS referral; she is on the waiting list. Karen and Steve separated last year and argue by text about contact and about who drives Chloe to school.",
    ["MH-CHILD", "REL-CONF"])
box("S007", "C", "2025-07-21", "green", "Sedgewick",
    "Chloe is seen by CAMHS every fortnight and says she has not cut herself for six weeks. The filming stopped after the group chat was shut down in March.",
    ["MH-CHILD"],
    [("historical", "SAFE-EXP", "bullying described as over (stopped in March)")])

# S008 - Tanners Green - children's social care / community nursing
box("S008", "A", "2025-04-14", "red", "Tanners Green",
    "Strategy meeting held 10/4 after a neighbour found Ellis (6) in the road outside the flats at 7am in just a nappy while Jade was asleep. On the home visit the flat was very cold, soiled nappies were on the floor and the only food was a box of cereal. Section 47 enquiry underway.",
    ["SAFE-NEG"])
box("S008", "A", "2025-04-14", "yellow", "Tanners Green",
    "Jade's partner Callum moved in with her in February; he is on probation for a driving offence. Ellis, who has epilepsy and global developmental delay, has no set mealtimes or bath routine, and Jade has agreed to do the Stepping Stones course for parents of disabled children.",
    ["CRIME", "REL-PAR", "PH"],
    [("convention", "CRIME", "household adult on probation is CRIME")])
box("S008", "C", "2025-10-20", "red", "Tanners Green",
    "Ellis is on a child in need plan. His attendance at neurology appointments is now 100% since the community nurse started text reminders, and his seizure medication comes in blister packs. Home conditions are better but still variable on unannounced visits.",
    ["PH", "SAFE-NEG"],
    [("lookalike", "EDU-ATT", "'attendance' at neurology appointments is not school attendance")])
box("S008", "C", "2025-10-20", "yellow", "Tanners Green",
    "Callum finished his probation order in August. Jade completed Stepping Stones but still finds it hard to keep the routine going at weekends; EHW continuing fortnightly visits.",
    ["REL-PAR"],
    [("historical", "CRIME", "probation order finished")])

# ---------------------------------------------------------------- part 2: S009-S016
# S009 - Eastmoor - SEND family support / transition
box("S009", "A", "2025-01-20", "yellow", "Eastmoor",
    "Liam (16) left Kingsway School in July and hasn't been in education or work since; his college placement fell through but his EHCP is still active. He rarely comes out of his bedroom and says being around crowds makes him panic.",
    ["EDU-NEET", "EDU-SEND", "MH-CHILD"])
box("S009", "A", "2025-01-20", "orange", "Eastmoor",
    "Gary has been out of work since his hip replacement and still walks with a stick. The family are on UC and he owes £2,300 in council tax; enforcement agents have written twice. He has 'a couple of cans' some evenings and Liam has no worries about it.",
    ["PH", "FIN"],
    [("negated", "SUB", "occasional cans with no concern raised: not misuse")])
box("S009", "C", "2025-06-30", "green", "Eastmoor",
    "Liam has done two taster days on the supported internship at Eastmoor College and starts in September; the college SEND lead has his EHCP. Until then he is at home.",
    ["EDU-SEND", "EDU-NEET"],
    [("convention", "EDU-NEET", "still not in education until September: present (green box, being managed)")])

# S010 - Sedgewick - primary SENCO
box("S010", "A", "2025-03-03", "green", "Sedgewick",
    "Noah (8) is autistic and on SEN support at St Mary's Primary; the SENCO has applied for an EHC needs assessment. Noah's dad lives in Bristol and has a drink problem; he hasn't seen the children for two years.",
    ["EDU-SEND"],
    [("outside_household", "SUB", "dad lives elsewhere with no contact: his drinking is not coded")])
box("S010", "A", "2025-03-03", "yellow", "Sedgewick",
    "Noah's attendance is 41% this term. Most mornings he is too anxious to leave the house and screams when it's time to go, and he is on a part-time timetable of mornings only. Katie says she feels anxious all the time and has had panic attacks on the school run.",
    ["EDU-ATT", "MH-CHILD", "MH-ADULT"])
box("S010", "C", "2025-08-11", "green", "Sedgewick",
    "EHCP issued in July naming St Mary's with 20 hours of 1:1 support. Noah went back to full days after Easter and his attendance last half term was 97%.",
    ["EDU-SEND"],
    [("historical", "EDU-ATT", "part-time timetable ended after Easter; 97% is good news")])

# S011 - Tanners Green - health (neuromuscular) / young carers
box("S011", "A", "2025-04-28", "green", "Tanners Green",
    "Amir (17) has Duchenne muscular dystrophy, uses a powered chair and has NIV at night; the respiratory team review him every six months. He is in Year 13 at Tanners Green Sixth Form with an EHCP and has applied to university.",
    ["PH", "EDU-SEND"])
box("S011", "A", "2025-04-28", "yellow", "Tanners Green",
    "Yasmin (13) helps turn Amir, who can no longer stand, in the night when his alarm goes, and helps him on and off the toilet when mum is out; she says she has no time for homework. Farida receives Carer's Allowance for Amir and Khalid drives a taxi on nights.",
    ["CARER", "PH"],
    [("convention", "FIN", "Carer's Allowance named with no money problem: not FIN, not CARER"),
     ("convention", "FIN", "night shifts driving a taxi are not FIN")])
box("S011", "C", "2025-10-13", "blue", "Tanners Green",
    "Yasmin goes to the young carers group at school, and there is an agreed plan that she doesn't do night turns any more; mum or dad get up to Amir now.",
    ["CARER"],
    [("historical", "CARER", "night turns have stopped, but the ongoing young carers group keeps CARER present")])

# S012 - Eastmoor - school / housing
box("S012", "A", "2025-01-27", "yellow", "Eastmoor",
    "Kofi (5) has sickle cell disease and has been admitted four times since September with pain crises and chest infections. His attendance in Reception is 79%, nearly all hospital-related, and school are supportive.",
    ["PH", "EDU-ATT"])
box("S012", "A", "2025-01-27", "orange", "Eastmoor",
    "There is black mould in both bedrooms and the private landlord hasn't answered repair requests since October. Abena, Kofi and his two sisters all sleep in one room. Environmental health inspection booked; the landlord has said he will serve notice if she 'makes trouble'.",
    ["HOUS"],
    [("hypothetical", "HOUS", "threatened notice is conditional; HOUS is present anyway from mould and overcrowding")])
box("S012", "C", "2025-06-16", "green", "Eastmoor",
    "Family moved in April to a three-bed housing association house with no damp. Kofi has had one admission since the move and his attendance this half term is 94%.",
    ["PH"],
    [("historical", "HOUS", "housing problem over after the move"),
     ("negated", "EDU-ATT", "94% attendance is good news, no need stated")])

# S013 - Hallbrook - EH worker / young carers
box("S013", "A", "2025-05-12", "yellow", "Hallbrook",
    "Paul has MS and uses a wheelchair. Since his PIP was stopped at reassessment in March the household has lived on UC alone and has used Hallbrook food bank twice; Citizens Advice helped him lodge a mandatory reconsideration.",
    ["PH", "FIN"])
box("S013", "A", "2025-05-12", "green", "Hallbrook",
    "Dylan (12) is autistic and attends the resource base at Hallbrook Academy, where the SENCO says he is doing well. At home he makes his dad's lunch, helps Paul, who has MS, transfer into the shower, and does the shopping on the way home from school.",
    ["EDU-SEND", "CARER", "PH"])
box("S013", "C", "2025-11-17", "blue", "Hallbrook",
    "PIP was reinstated at the enhanced rate after the tribunal, with a backdated payment, and Paul says money is 'finally OK'.",
    [],
    [("historical", "FIN", "benefit problem resolved; PIP named alone is not FIN or PH")])
box("S013", "C", "2025-11-17", "yellow", "Hallbrook",
    "Dylan is linked in with Hallbrook Young Carers and goes to their Saturday group. Paul's MS has progressed and adult social care now send a carer each morning, so Dylan no longer helps with the shower.",
    ["CARER", "PH"],
    [("lookalike", "CARER", "'a carer' from adult social care is a paid worker; CARER comes from Dylan's young carers group")])

# S014 - Sedgewick - DA / health
box("S014", "A", "2025-02-24", "orange", "Sedgewick",
    "Lauren's ex-partner Rob was arrested in January for assaulting her on the doorstep; he is on bail with conditions and the case went to MARAC on 12/2. Lauren says he used to control her money and who she saw.",
    ["DA"],
    [("convention", "CRIME", "ex-partner's arrest for assaulting Lauren is DA only")])
box("S014", "A", "2025-02-24", "green", "Sedgewick",
    "Alfie (3) goes to Rainbow Nursery 30 hours a week; his two-year check was fine and there are no worries about his speech.",
    [],
    [("negated", "EYD", "nursery attendance and a fine check with no need stated: pure good news")])
box("S014", "C", "2025-09-01", "blue", "Sedgewick",
    "Lauren did the Freedom Programme in the spring and still meets up with two women from the group. Non-molestation order in place until June 2026.",
    ["DA"])
box("S014", "C", "2025-09-01", "green", "Sedgewick",
    "Mia (7) had her epilepsy review with the specialist nurse and her medication has been increased because of night-time seizures. The bedwetting has stopped.",
    ["PH"],
    [("historical", "PH", "bedwetting stopped (PH still present from epilepsy)")])

# S015 - Tanners Green - exploitation / specialist school
box("S015", "A", "2025-03-17", "orange", "Tanners Green",
    "Kai (14) has ADHD and an EHCP at Oakridge Special School. He has been reported missing three times since February and was twice found by police in Hallbrook with older males; once he had £300 and two phones on him. Exploitation screening shows a high risk of criminal exploitation.",
    ["EDU-SEND", "SAFE-EXP"],
    [("convention", "CRIME", "police finding a missing child is safeguarding, not CRIME")])
box("S015", "A", "2025-03-17", "red", "Tanners Green",
    "Strategy meeting 20/3: NRM referral made and a child in need plan agreed. Kai was arrested on 15/3 with cannabis wraps hidden in his sock while with the same older males.",
    ["SAFE-EXP", "CRIME"],
    [("convention", "SUB", "drugs found on an exploited child are SAFE-EXP and CRIME, not SUB")])
box("S015", "A", "2025-03-17", "yellow", "Tanners Green",
    "Nicola is signed off work with stress and anxiety and sees her GP fortnightly. Kai's older brother Jake (19) moved out last year after a burglary conviction and has no contact with the family.",
    ["MH-ADULT"],
    [("outside_household", "CRIME", "brother left the household and the conviction is past")])
box("S015", "C", "2025-09-29", "orange", "Tanners Green",
    "No missing episodes since May, but Kai is still in touch with one of the older males. YOS are working with him on a referral order for the March possession charge.",
    ["SAFE-EXP", "CRIME"],
    [("historical", "SAFE-EXP", "missing episodes over; SAFE-EXP present from continuing contact with the older male")])

# S016 - Eastmoor - health visitor / neonatal outreach
box("S016", "A", "2025-07-14", "green", "Eastmoor",
    "Isla (8 months) was born at 27 weeks and came home on oxygen, which was stopped in May. She is NG tube fed and the dietitian is guiding weaning onto purees; HV visiting monthly.",
    ["PH", "EYD"],
    [("historical", "PH", "home oxygen stopped (PH present from NG feeding)")])
box("S016", "C", "2025-12-15", "green", "Eastmoor",
    "Isla's NG tube came out in October and she now eats purees and finger foods. She isn't sitting on her own yet and the HV has referred her to the Child Development Centre. Lily (6) likes to 'help' at bath time by passing the towel, like any big sister.",
    ["EYD"],
    [("historical", "PH", "tube feeding ended in October"),
     ("lookalike", "CARER", "ordinary sibling help is not a young carer")])
box("S016", "C", "2025-12-15", "blue", "Eastmoor",
    "Becky finished her Talking Therapies sessions in November and says the constant worrying has settled; she has joined the Eastmoor prem baby group.",
    [],
    [("historical", "MH-ADULT", "therapy finished and anxiety settled")])

# ---------------------------------------------------------------- part 3: S017-S023
# S017 - Hallbrook - secondary SENCO / CAMHS
box("S017", "A", "2025-01-06", "green", "Hallbrook",
    "SENCO: Freya (13) is autistic and on the SEN register. She eats only a few beige foods and brings her own lunch; her weight has dropped below the 2nd centile and the GP has referred her to the paediatric dietitian.",
    ["EDU-SEND", "PH"])
box("S017", "A", "2025-01-06", "orange", "Hallbrook",
    "Freya is open to the CAMHS eating disorders team for an ARFID assessment and has told school she feels 'empty' and can't see the point of anything. Her parents separated two years ago and go to appointments together; no conflict between them.",
    ["MH-CHILD"],
    [("negated", "REL-CONF", "separation long past and 'no conflict between them'")])
box("S017", "C", "2025-06-09", "green", "Hallbrook",
    "Freya's weight is up to the 9th centile and she now eats 15 foods; the dietitian reviews her every three months. CAMHS discharged her in May, and the GP holds a relapse plan should her eating drop off again.",
    ["PH"],
    [("historical", "MH-CHILD", "discharged by CAMHS in May"),
     ("hypothetical", "MH-CHILD", "relapse plan 'should her eating drop off again'")])

# S018 - Sedgewick - kinship care / junior school SENCO
box("S018", "A", "2025-04-07", "green", "Sedgewick",
    "Jamie (9) has foetal alcohol spectrum disorder and lives with his nan Pat under a special guardianship order. He is on SEN support at Sedgewick Juniors and the SENCO is applying for an EHCP.",
    ["EDU-SEND"],
    [("lookalike", "SUB", "'foetal alcohol' names Jamie's condition, not drinking in the household"),
     ("lookalike", "CARER", "special guardian / kinship carer is not CARER")])
box("S018", "A", "2025-04-07", "yellow", "Sedgewick",
    "Pat has arthritis in both knees and struggles when Jamie runs off in public; he has bolted into the road twice. Jamie's mum Stacey still drinks heavily and sometimes turns up at the door asking for money, but Pat doesn't let her in. Pat would like a kinship carers' group and a parenting course that covers FASD.",
    ["PH", "REL-PAR"],
    [("outside_household", "SUB", "Stacey lives elsewhere: her drinking is not coded"),
     ("lookalike", "CARER", "'kinship carers' group' is for Pat, not a child carer")])
box("S018", "C", "2025-10-27", "blue", "Sedgewick",
    "Pat goes to the kinship carers' group every month and uses the FASD strategies at home; Jamie runs off less often now that he holds the pram handle near roads.",
    ["REL-PAR"],
    [("lookalike", "CARER", "kinship carers' group is not CARER"),
     ("convention", "REL-PAR", "blue box: behaviour being managed with strategies -> present")])

# S019 - Tanners Green - young carers / audiology
box("S019", "A", "2025-02-10", "yellow", "Tanners Green",
    "Tomas and Eva are both Deaf and use BSL. Leo (10) makes all the family's phone calls, including to the bank and the housing office, and interpreted at his baby sister's hospital appointments until audiology booked a BSL interpreter. Referred to Tanners Green Young Carers.",
    ["CARER", "PH"],
    [("lookalike", "FIN", "calls to the bank and housing office describe Leo's role; no money or housing problem"),
     ("lookalike", "HOUS", "'housing office' with no housing need")])
box("S019", "C", "2025-07-28", "blue", "Tanners Green",
    "Leo goes to the young carers club on Fridays. Mum and dad now deal with their own calls, so Leo only helps with reading the post.",
    ["CARER"])

# S020 - Eastmoor - SEND family support / tribunal
box("S020", "A", "2025-05-05", "green", "Eastmoor",
    "Twins Harvey and Jacob (8) are both autistic. Harvey attends Larkfield Special School; Jacob is at Eastmoor Primary on a part-time timetable of 10am to 1pm because the school say they can't meet his needs. Jo has appealed to the SEND tribunal over the placement named in his EHCP.",
    ["EDU-SEND", "EDU-ATT"])
box("S020", "A", "2025-05-05", "yellow", "Eastmoor",
    "School transport was refused, so Jo drives the boys to two different schools at about £70 a week in fuel, and she has put the last gas bill on a credit card. She gave up her job at the pharmacy to do the school runs.",
    ["FIN"])
box("S020", "C", "2025-11-10", "green", "Eastmoor",
    "The tribunal found in Jo's favour. Jacob moved to Larkfield Special School full time in October and both boys now go on the council minibus.",
    ["EDU-SEND"],
    [("historical", "EDU-ATT", "part-time timetable ended; now full time")])

# S021 - Hallbrook - CAMHS LD / short breaks team
box("S021", "A", "2025-06-23", "orange", "Hallbrook",
    "Reggie (13) has a severe learning disability. Since puberty he has been head-banging, biting his hands and pulling Tracy's hair. He is open to the CAMHS learning disability team and a positive behaviour support plan is being written.",
    ["PH", "MH-CHILD", "REL-PAR"],
    [("convention", "DA", "pulling mum's hair is child-to-parent violence: REL-PAR, not DA")])
box("S021", "A", "2025-06-23", "yellow", "Hallbrook",
    "Wayne has depression and told his GP last month that he had thought about ending his life; he is being followed up by the crisis team and has started medication. Tracy says they aren't falling out, they're both just worn out.",
    ["MH-ADULT"],
    [("negated", "REL-CONF", "'they aren't falling out'")])
box("S021", "C", "2025-12-01", "orange", "Hallbrook",
    "PBS plan now in place at home and school, and incidents at home have come down from daily to about weekly. Reggie, whose learning disability means he needs two staff when out, has one overnight a month at Willow House short breaks unit, and the family have six hours a week of PA support through direct payments.",
    ["REL-PAR", "PH"])

# S022 - Sedgewick - diabetes team / recovery service
box("S022", "A", "2025-03-31", "orange", "Sedgewick",
    "Ethan (15) has type 1 diabetes and has had two DKA admissions since Christmas; the diabetes team say he isn't bolusing at school and his HbA1c is very high. Claire admits to drinking a bottle of wine most nights and has been referred to Sedgewick Recovery Service.",
    ["PH", "SUB"])
box("S022", "C", "2025-09-22", "green", "Sedgewick",
    "Ethan now manages his own insulin pump and blood checks, and the school nurse sees him weekly. No DKA admissions since April.",
    ["PH"],
    [("convention", "PH", "green box: managing his own diabetes -> present; 'no DKA since April' does not end the condition")])
box("S022", "C", "2025-09-22", "yellow", "Sedgewick",
    "Claire is still seeing her worker at Sedgewick Recovery Service and says she has been alcohol-free for twelve weeks.",
    ["SUB"],
    [("convention", "SUB", "'alcohol-free' reads like a negation, but ongoing treatment codes SUB")])

# S023 - Tanners Green - child protection (assessment only)
box("S023", "A", "2025-08-04", "red", "Tanners Green",
    "ICPC held 28/7 and Poppy (2) is on a child protection plan under neglect. She has cerebral palsy and is non-mobile; her weight has fallen to the 0.4th centile, the dietitian's feeding plan isn't being followed and she has missed four physio appointments.",
    ["PH", "SAFE-NEG"])
box("S023", "A", "2025-08-04", "orange", "Tanners Green",
    "Chelsea disclosed that in June Ryan smashed her phone and grabbed her by the throat; police attended, he was arrested and bailed, and the case went to MARAC. Ryan has since moved back in.",
    ["DA"],
    [("convention", "CRIME", "partner's arrest for the assault is DA only")])
box("S023", "A", "2025-08-04", "yellow", "Tanners Green",
    "Chelsea smokes about twenty a day and Ryan vapes; both say they don't use any drugs. Ryan is out of work and their UC is being reduced to repay an advance, so they have been using the Tanners Green community pantry.",
    ["FIN"],
    [("convention", "SUB", "smoking and vaping are not SUB"),
     ("negated", "SUB", "'both say they don't use any drugs'")])

# ---------------------------------------------------------------- part 4: S024-S029
# S024 - Eastmoor - epilepsy nurse / EH
box("S024", "A", "2025-02-03", "yellow", "Eastmoor",
    "Arjun (10) has epilepsy. His seizures have increased and he now needs someone with him at night, so Meera and Raj take turns while both working full time. Raj's mother, who lives with them, has dementia and Meera also sorts out her tablets.",
    ["PH"],
    [("convention", "FIN", "both parents working full time is not FIN"),
     ("lookalike", "CARER", "an adult caring for grandmother is not CARER")])
box("S024", "C", "2025-07-14", "blue", "Eastmoor",
    "A seizure alarm mat has been fitted so Meera and Raj can sleep in their own room again. Raj's mother moved into a care home in June.",
    ["PH"],
    [("outside_household", "PH", "grandmother no longer lives in the household; PH present from Arjun's seizures, now managed with the alarm")])

# S025 - Hallbrook - young carers / youth justice
box("S025", "A", "2025-04-22", "yellow", "Hallbrook",
    "Oliver (15) was referred as a possible young carer, but the assessment found he only sometimes pushes his sister Harriet's wheelchair (she has spina bifida) on family days out; parents do all her personal care and he is not a young carer. He is, though, smoking cannabis most days with friends and mum found a grinder and bags in his room.",
    ["SUB", "PH"],
    [("negated", "CARER", "young carers assessment: 'he is not a young carer'")])
box("S025", "A", "2025-04-22", "orange", "Hallbrook",
    "Oliver got a five-day suspension in March for bringing a knife into school; police were told and he has been referred to YOS for an out-of-court disposal.",
    ["EDU-EXC", "CRIME"])
box("S025", "C", "2025-10-06", "yellow", "Hallbrook",
    "Oliver is seeing the young people's drug and alcohol service and says he only smokes weed at weekends now. His youth caution is done and YOS closed the case in August.",
    ["SUB"],
    [("historical", "CRIME", "youth caution done and YOS case closed")])

# S026 - Sedgewick - infant school / school nurse
box("S026", "A", "2025-05-27", "green", "Sedgewick",
    "Toby (6) is autistic and on SEN support at Sedgewick Infants. The school nurse has made a sleep plan as he doesn't settle until after 11pm and is up at 4am. He only eats four foods and the community paediatrician is keeping an eye on his weight.",
    ["EDU-SEND", "PH"])
box("S026", "A", "2025-05-27", "yellow", "Sedgewick",
    "Rachel says she hasn't been anywhere except the school gate in months and her anxiety score was high, so she has agreed to a Talking Therapies referral. She is £600 behind on her electricity and the supplier is moving her onto a prepayment meter.",
    ["MH-ADULT", "FIN"])
box("S026", "C", "2026-01-12", "blue", "Sedgewick",
    "Rachel goes to a weekly craft group at the family hub, and the electricity debt was cleared with a hardship grant in November. She knows to ring the supplier's hardship team if she falls behind again.",
    [],
    [("historical", "FIN", "debt cleared in November"),
     ("hypothetical", "FIN", "'if she falls behind again'")])

# S027 - Tanners Green - hospital education (assessment only)
box("S027", "A", "2025-09-15", "yellow", "Tanners Green",
    "Zara (14) has hypermobility syndrome with chronic pain and fatigue and uses a wheelchair for longer distances. She has been on a reduced timetable of three hours a day since June, and the hospital education service teaches her at home twice a week.",
    ["PH", "EDU-ATT"])
box("S027", "A", "2025-09-15", "green", "Tanners Green",
    "Zara says she is 'fine in herself' and doesn't want to talk to anyone about her mood; the school counsellor has no worries. GP is reviewing her pain relief.",
    ["PH"],
    [("negated", "MH-CHILD", "no mood concerns from Zara or the counsellor")])

# S028 - Eastmoor - special school / mediation
box("S028", "A", "2025-06-09", "yellow", "Eastmoor",
    "Amy and Craig separated in January and can't agree overnight contact: Finley can't manage stairs and needs hoisting, Craig's flat has neither a lift nor a hoist, and Amy won't let him stay there. They only talk through solicitors and there is a court hearing in August.",
    ["REL-CONF", "PH"])
box("S028", "A", "2025-06-09", "green", "Eastmoor",
    "Finley (9) has quadriplegic cerebral palsy and uses an eye-gaze device to talk. Brookside Special School say he is happy and well; he has a new standing frame and his wheelchair has been reviewed.",
    ["PH", "EDU-SEND"])
box("S028", "C", "2025-11-24", "yellow", "Eastmoor",
    "Mediation helped them agree Saturday daytime contact at Amy's home. Craig's new partner has been posting nasty comments about Amy on Facebook; Amy has blocked her.",
    ["REL-CONF"],
    [("outside_household", "DA", "Craig's new partner is outside the household; her posts are not DA or SAFE-EXP")])

# S029 - Hallbrook - EH worker / continence nurse
box("S029", "A", "2025-10-13", "yellow", "Hallbrook",
    "Steve is a single dad to Jack (7), who has global developmental delay and is still in nappies. They moved here from temporary accommodation in 2023. Steve had a drink problem in his twenties and has been sober for nine years. The bus won't take Jack's buggy, so getting to school on time is hard and Jack has been late 22 times this term.",
    ["PH", "EDU-ATT"],
    [("historical", "HOUS", "temporary accommodation ended in 2023"),
     ("historical", "SUB", "drink problem in his twenties, sober nine years")])
box("S029", "C", "2026-03-09", "green", "Hallbrook",
    "Jack now has council school transport in a wheelchair-accessible taxi and hasn't been late since January. The continence nurse is reviewing him.",
    ["PH"],
    [("historical", "EDU-ATT", "'hasn't been late since January'")])
box("S029", "C", "2026-03-09", "blue", "Hallbrook",
    "N/A",
    [])

# ---------------------------------------------------------------- part 5: unboxed notes
# Gold level = highest level cue in the text (taxonomy convention 2).
note("W001", "assessment", "2025-11-19", "Eastmoor",
     "Call from the SENCO at Larkfield Special School: Bailey (9), who has an EHCP for autism, has come in three days this week without breakfast and in the same clothes, and told his TA the electric ran out at the weekend. SENCO will ask the school nurse to see him.",
     "green", ["EDU-SEND", "SAFE-NEG", "FIN"],
     [("convention", "FIN", "hungry child -> SAFE-NEG and no electricity (fuel poverty) -> FIN, both described")])
note("W002", "assessment", "2025-09-30", "Hallbrook",
     "Short breaks team: mum has asked for overnight short breaks for Dexter (12), who has Angelman syndrome and epilepsy and sleeps about four hours a night. She says she is tired but coping and there are no concerns about her mood. Referred to the short breaks panel for an overnight allocation.",
     "yellow", ["PH"],
     [("negated", "MH-ADULT", "'no concerns about her mood'")])
note("W003", "closure", "2026-02-16", "Sedgewick",
     "Courtney (16) has cerebral palsy. Mum and Courtney's two aunts share her personal care and an uncle has adapted the car. They found the Blue Badge and wheelchair service information on the Local Offer website themselves and say they don't need anything more from us.",
     "blue", ["PH"],
     [("lookalike", "CARER", "adult aunts giving personal care are not young carers")])
note("W004", "assessment", "2025-11-04", "Tanners Green",
     "Police were called to the home at 23:40 on 3/11 after neighbours heard shouting: Mason (15), who is autistic, had smashed a door and pushed his mum into the wall when his Xbox was taken off him. No arrest; police have referred to Early Help.",
     "orange", ["REL-PAR", "CRIME"],
     [("convention", "DA", "son pushing mum is child-to-parent violence: REL-PAR + CRIME (police call-out), not DA"),
      ("convention", "EDU-SEND", "autism named at home with no education context: EDU-SEND not coded")])
note("W005", "closure", "2025-09-08", "Eastmoor",
     "Lola (10) went to the Eastmoor Young Carers summer programme; she still helps mum with her brother Jayden's gastrostomy feeds and medicines in the evenings.",
     "yellow", ["CARER", "PH"])
note("W006", "assessment", "2025-06-18", "Hallbrook",
     "Strategy meeting today re Nadia (13), who has a learning disability, after she told her teacher that a man she met online had asked her for photos and to meet up. Section 47 agreed; police are investigating the man.",
     "red", ["SAFE-EXP", "PH"],
     [("outside_household", "CRIME", "the man under police investigation is outside the household")])
note("W007", "closure", "2026-01-21", "Sedgewick",
     "GP letter: Mrs Hussain has been on antidepressants since her son Zain (8) was diagnosed with Duchenne muscular dystrophy last year; reviewed today and the dose reduced. Signposted to the Sedgewick parent carer support line.",
     "green", ["MH-ADULT", "PH"],
     [("lookalike", "CARER", "'parent carer support line' is for mum, not CARER")])

# ---------------------------------------------------------------- part 6: write files
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]
TRAP_TYPES = ["negated", "historical", "hypothetical", "lookalike",
              "outside_household", "convention"]


def main():
    ids = set()
    for r in ROWS:
        assert r["narrative_id"] not in ids, r["narrative_id"]
        ids.add(r["narrative_id"])
        assert len(set(r["codes"])) == len(r["codes"]), r["narrative_id"]
        assert all(c in CODES for c in r["codes"]), r["narrative_id"]
        assert r["gold_level"] in LEVELS, r["narrative_id"]
        assert r["level"] in LEVELS + [""]
        for t in r["traps"]:
            assert t[0] in TRAP_TYPES and t[1] in CODES, (r["narrative_id"], t)

    cols = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
            "locality", "narrative"]
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(cols)
        for r in ROWS:
            w.writerow([r[c] for c in cols])

    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for r in ROWS:
            for c in r["codes"]:
                w.writerow([r["narrative_id"], c, r["gold_level"]])

    traps = {r["narrative_id"]: [dict(type=t[0], code=t[1], note=t[2])
                                 for t in r["traps"]]
             for r in ROWS if r["traps"]}
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")

    ngold = sum(len(r["codes"]) for r in ROWS)
    print("narratives=%d gold_rows=%d with_traps=%d" %
          (len(ROWS), ngold, len(traps)))


if __name__ == "__main__":
    main()
