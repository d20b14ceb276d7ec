#!/usr/bin/env python3
"""Blind gold set Z155: children missing education / elective home education
in an invented Lincolnshire district (2025-26).

Written from /work/shared/taxonomy.md only. Each narrative is added one at a
time with its gold codes (present status only) and trap notes. Running this
script writes narratives.csv, gold.csv and traps.json and prints counts.
Standard library only.
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]

NARRATIVES = []   # dicts in csv column order
GOLD = []         # (narrative_id, code, level)
TRAPS = {}        # narrative_id -> list of {type, code, note}


class Case:
    def __init__(self, case_id, locality, a_date, c_date):
        self.case_id = case_id
        self.locality = locality
        self.dates = {"A": a_date, "C": c_date}

    def _add(self, stage, level, text, codes, traps, date, note_level):
        triage_id = f"{self.case_id}-{stage}"
        if level:
            nid = f"{triage_id}-{level}"
            gold_level = level
        else:
            nid = f"{triage_id}-note"
            gold_level = note_level
            if codes and note_level not in LEVELS:
                raise ValueError(f"{nid}: unboxed note with codes needs a note_level")
        if any(n["narrative_id"] == nid for n in NARRATIVES):
            raise ValueError(f"duplicate narrative id {nid}")
        if len(set(codes)) != len(codes):
            raise ValueError(f"{nid}: duplicate code")
        for c in codes:
            if c not in CODES:
                raise ValueError(f"{nid}: unknown code {c}")
        NARRATIVES.append({
            "narrative_id": nid,
            "triage_id": triage_id,
            "case_id": self.case_id,
            "stage": "assessment" if stage == "A" else "closure",
            "date": date or self.dates[stage],
            "level": level or "",
            "locality": self.locality,
            "narrative": text.strip(),
        })
        for c in codes:
            GOLD.append((nid, c, gold_level))
        if traps:
            out = []
            for t in traps:
                ttype, code, note = t
                if code is not None and code not in CODES:
                    raise ValueError(f"{nid}: trap code {code}")
                out.append({"type": ttype, "code": code, "note": note})
            TRAPS[nid] = out

    def a(self, level, text, codes=(), traps=(), date=None):
        self._add("A", level, text, list(codes), traps, date, None)

    def c(self, level, text, codes=(), traps=(), date=None):
        self._add("C", level, text, list(codes), traps, date, None)

    def note(self, stage, text, codes=(), note_level=None, traps=(), date=None):
        self._add(stage, "", text, list(codes), traps, date, note_level)


# ---------------------------------------------------------------- batch 1: Z001-Z010

# Z001 - moved into the district, both children off roll, waiting for places
z = Case("Z001", "Ashwold", "2025-01-20", "2025-06-12")
z.a("green",
    "Family moved to Ashwold from out of county in Nov. Tayla (7) and Reece (10) not on any school roll – "
    "old school took them off when mum gave notice of the move. In-year admissions form went in 6/1, "
    "Eastgate Primary can take Tayla from next week, no Y6 space yet for Reece so he is at home. "
    "Mum has registered both kids at Ashwold Surgery, no health concerns.",
    ["EDU-ATT"],
    [("convention", "EDU-ATT", "Children off roll / waiting for a place and not in education: coded EDU-ATT (README judgement 1)."),
     ("negated", "PH", "'no health concerns' – GP registration alone is not a need.")])
z.a("yellow",
    "Shannon (mum) lost hours at the packing plant after the move, now 16hrs. Behind on council tax (£310) "
    "and a month behind with rent to the private landlord. EHW to help with UC change of circs and refer to "
    "Ashwold Money Advice.",
    ["FIN"],
    [("not-coded", "HOUS", "Rent arrears with no notice, eviction or disrepair described are FIN, not HOUS.")])
z.c("blue",
    "Reece got a Y6 place at Eastgate after a leaver in Feb, both kids on roll now. Shannon set up an "
    "arrangement with the council, paying £25 a month off the council tax; rent is back up to date.",
    ["FIN"],
    [("convention", "FIN", "Blue box, now managing: paying off council tax arrears is FIN present (conv 3)."),
     ("historical", "EDU-ATT", "Both children now on roll – the missing-education issue is over."),
     ("historical", "FIN", "Rent arrears cleared; FIN still present through the council tax plan.")])

# Z002 - dad deregistered after penalty notices
z = Case("Z002", "Fenmarsh", "2025-02-03", "2025-07-09")
z.a("green",
    "Kian (13) deregistered from Wolds View Academy in Jan by dad after 2 penalty notices for unauthorised absence "
    "in the autumn term. Lee says he 'wont pay another fine' and will home educate. No EHE plan or resources yet, "
    "EHE officer visit booked 18/2. Kian at home most days on his xbox.",
    ["EDU-ATT"],
    [("convention", "EDU-ATT", "Deregistered with no education in place: child missing education, EDU-ATT (judgement 1)."),
     ("not-coded", "FIN", "Penalty notices / refusing to pay a fine are not described as a money problem: no FIN (judgement 4).")])
z.a("yellow",
    "Lee is a lone parent, Kian's mum died in 2021. Lee admits drinking 6–8 cans most nights since Christmas, says "
    "the fines 'did his head in'. Agreed referral to Horizon drug & alcohol service. No bedtime routine for Kian, "
    "Lee cant get him off the console before 2am and has stopped trying.",
    ["SUB", "REL-PAR"],
    [("historical", None, "Mum's death in 2021 is background; no grief/MH need is described for Kian, so no MH-CHILD."),
     ("convention", "REL-PAR", "Routines/boundaries at home = REL-PAR; not described as a sleep problem, so no PH.")])
z.c("green",
    "Kian back on a school roll – started Fenmarsh Academy 2/6 on a reduced timetable (mornings only), plan to build "
    "to full days by the end of term. EHE ended. Head of Year is his key adult.",
    ["EDU-ATT"],
    [("partial", "EDU-ATT", "EHE ended (historical) but the current reduced timetable is a present EDU-ATT need.")])

# Z003 - deregistered after bullying, anxious, CAMHS wait
z = Case("Z003", "Carrowdyke", "2025-03-10", "2025-09-22")
z.a("green",
    "Maisie (11) EHE since Oct half term. Mum (Gemma) took her out of Carrowdyke Community School after months of "
    "bullying on the school bus, and the snapchat messages from the same girls have carried on since she left. "
    "Gemma doing maths & English from workbooks, Maisie goes to a forest school group on Tuesdays. "
    "EHE officer visited 3/3 – provision 'developing', next visit in 6 months.",
    ["SAFE-EXP"],
    [("convention", "EDU-ATT", "EHE with provision in place and accepted by the EHE officer is a lawful choice, not a need: not coded (judgement 2)."),
     ("partial", "SAFE-EXP", "Bus bullying is past, but the online bullying continues: SAFE-EXP present.")])
z.a("yellow",
    "Maisie v anxious, won't go out without mum apart from forest school, picking the skin on her arms till it bleeds. "
    "GP referred to CAMHS in Jan, on the waiting list. EHW to do weekly worry work with her using the workbook.",
    ["MH-CHILD"])
z.c("yellow",
    "Maisie had her CAMHS initial assessment in July and has been offered a CBT group for anxiety starting Oct. "
    "Snapchat deleted, no messages from the girls since May.",
    ["MH-CHILD"],
    [("historical", "SAFE-EXP", "Bullying messages stopped since May: historical.")])

# Z004 - autistic child, EHCP names specialist setting, no place, tuition stopped
z = Case("Z004", "Saltmere", "2025-10-06", "2026-04-20")
z.a("orange",
    "Oliver (9) – ASD, EHCP finalised July naming a specialist setting but no place available. Still on roll at "
    "Haven Gate Primary but has not attended since Sept, school say they can't meet need. LA offered 5 hrs/wk home "
    "tuition, stopped after 3 wks when the tutor left and hasn't been replaced. TAF 29/9 with SEND caseworker, "
    "school & EHW.",
    ["EDU-SEND", "EDU-ATT"],
    [("convention", "EDU-ATT", "Tutoring that has stopped and no school attendance: EDU-ATT present alongside EDU-SEND.")])
z.a("yellow",
    "Priya (mum) gave up her job at the care home to be at home with Oliver. One income now, new UC claim – first "
    "payment not till Nov so family using the Haven Road food bank. Priya says she is 'exhausted' but 'not "
    "depressed', sleeping badly.",
    ["FIN", "PH"],
    [("negated", "MH-ADULT", "'not depressed' – no parental MH need stated."),
     ("convention", "PH", "Mum 'sleeping badly' is a present sleep problem; PH covers sleep of anyone in the family (judgement 9)."),
     ("convention", "FIN", "Food bank use plus wait for first UC payment = FIN (conv 10).")])
z.c("orange",
    "Oliver started at Brindle Park (specialist ASD school) 3 days a week in Jan, taxi in place, building to full "
    "time after Easter. Other 2 days at home with 2hrs tuition.",
    ["EDU-SEND", "EDU-ATT"],
    [("convention", "EDU-ATT", "Three days a week is a part-time arrangement: EDU-ATT present.")])
z.c("yellow",
    "UC in payment now. Carers Hub helped Priya claim Carer's Allowance for looking after Oliver. Family no longer "
    "using the food bank.",
    [],
    [("convention", "FIN", "Benefit name alone (Carer's Allowance, UC) without a money problem is not FIN (conv 5); food bank use ended."),
     ("convention", "CARER", "Priya is a parent carer; CARER is only for a child who cares (conv 12).")])

# Z005 - 16 yr old drifting NEET, ASB
z = Case("Z005", "Ashwold", "2025-09-15", "2026-02-16")
z.a("yellow",
    "Connor (16) left Wolds View in June with 3 GCSEs. Enrolled at Ashwold College on motor vehicle L1 but stopped "
    "going after the first week in Sept. Not working, spends most days in his room gaming. Next Step Pathways "
    "adviser allocated.",
    ["EDU-NEET"],
    [("convention", "FIN", "A 16+ NEET young person is EDU-NEET only; no FIN without adult worklessness (conv 11).")])
z.a("orange",
    "Police brought Connor home x2 in Sept after reports of lads damaging cars on the Marsh Lane estate – community "
    "resolution for the 2nd one. Mum (Dawn) worried about older males who pick him up in a car late at night; no "
    "evidence of drugs or cash on him at this point.",
    ["CRIME", "SAFE-EXP"],
    [("partial", "SAFE-EXP", "'no evidence of drugs or cash' does not negate the stated current worry about older males collecting him: exploitation risk present (judgement 7)."),
     ("convention", "CRIME", "Criminal damage by a household member with a police outcome: CRIME."),
     ("negated", "SUB", "'no evidence of drugs' – and drugs would in any case be SAFE-EXP/CRIME for an exploited child (conv 12).")])
z.c("yellow",
    "Connor on a traineeship with Fenland Builders 2 days a wk plus maths at the college, but maths attendence 60% "
    "and tutor says he's at risk of dropping out. No police contact since Oct.",
    ["EDU-NEET"],
    [("convention", "EDU-NEET", "In training but explicitly 'at risk of dropping out' = at risk of NEET, present."),
     ("historical", "CRIME", "No police contact since Oct: historical.")])

# Z006 - eviction, B&B, kids not attending, baby missed jabs
z = Case("Z006", "Fenmarsh", "2025-11-03", "2026-05-11")
z.a("orange",
    "Kirsty and her 3 children placed in B&B at the Seaview Hotel by the district council after a s21 eviction from "
    "their private let in Carrowdyke. All 4 in one room. Lily (8) and Harvey (6) not going to school – 40 min bus "
    "back to their old school and Kirsty has no money for the fares. In-year applications for Fenmarsh schools "
    "submitted 2 wks ago.",
    ["HOUS", "EDU-ATT", "FIN"])
z.a("yellow",
    "Ellis (14 months) hasn't had his 12 month jabs or his 1 year review, not registered with a GP since the move. "
    "HV to follow up and help register.",
    ["PH", "EYD"],
    [("convention", "EYD", "Missed 1-year development review for an under-5 = EYD; missed immunisations = PH.")])
z.c("yellow",
    "Family moved into a 3 bed HA house on Ings Road in Feb. Lily and Harvey at Fen Lane Primary since 10/2, "
    "attendance 88% – Harvey has a lot of late marks, Kirsty still getting used to the walk with the pram.",
    ["EDU-ATT"],
    [("historical", "HOUS", "Now in a settled HA tenancy: housing issue over.")])

# Z007 - EHE child not seen, neglect, s47
z = Case("Z007", "Carrowdyke", "2025-05-13", "2025-11-24")
z.a("red",
    "Strategy meeting 12/5: EHE officer unable to see Jamie (10) on 3 visits since mum deregistered him in Jan; "
    "no evidence any education is being provided. Neighbour rang in – Jamie out on his bike after 11pm and knocking "
    "asking for food. Police intel that mum (Leanne) is using cocaine. S47 agreed, SW allocated.",
    ["EDU-ATT", "SAFE-NEG", "SUB"],
    [("outside", "SAFE-NEG", "The neighbour is only the referrer; the hungry, unsupervised child is the family's need (conv 10: hungry child = SAFE-NEG).")])
z.note("A",
    "Joint HV with SW & EHE officer 14/5. Jamie seen – thin, clothes grubby, no bedding on his bed. No books or "
    "learning stuff anywhere in the house, Leanne says he 'does stuff on YouTube'. Leanne slurring and admitted "
    "using 'a bit at weekends'. S47 enquiries continue, ICPC likely.",
    ["SAFE-NEG", "EDU-ATT", "SUB"], note_level="red", date="2025-05-14",
    traps=[("convention", None, "Unboxed note: highest cue is s47 (red), so all codes red (conv 2). 'HV' here means home visit, not health visitor."),
           ("convention", "EDU-ATT", "Nominal EHE with no education seen = child missing education (judgement 2).")])
z.c("red",
    "Jamie on a CP plan (neglect) since ICPC in June. On roll at Carrowdyke Primary since Sept, attendance 79%. "
    "Leanne engaging with Horizon and on a testing programme, last 2 tests negative.",
    ["SAFE-NEG", "EDU-ATT", "SUB"],
    [("convention", "SUB", "Ongoing drug service / testing codes SUB even with negative tests (conv 4).")])
z.c("yellow",
    "Jamie's brother Kai (19) has moved back in, works at the warehouse and helps Leanne with the shopping.",
    [],
    [("not-coded", "CARER", "Kai is an adult helping his mother; CARER is for a child/young person carer, and no caring need is described.")])

# Z008 - young carer, mum with MS
z = Case("Z008", "Saltmere", "2025-01-27", "2025-07-14")
z.a("yellow",
    "Ruby (12) off school on days when mum's MS flares – 14 days this term, attendence 81%. Ruby helps mum in the "
    "shower and does the tea for her brother (6). Referral made to Saltmere Young Carers.",
    ["CARER", "EDU-ATT", "PH"])
z.a("green",
    "Helen (mum) has an OT assessment booked for home adaptations, MS nurse visits monthly. PIP in payment.",
    ["PH"],
    [("convention", "FIN", "PIP named with no money problem: not FIN (conv 5).")])
z.c("green",
    "Care package started in May – carers come am and pm for Helen so Ruby no longer helps with personal care. "
    "Ruby's attendance 95% this half term.",
    ["PH"],
    [("convention", "PH", "An ongoing care package for mum's disability codes PH (conv 4)."),
     ("historical", "CARER", "'no longer helps with personal care' – caring described as ended."),
     ("not-coded", "EDU-ATT", "95% attendance is good news with no need stated in this box (conv 3).")])

# Z009 - excluded SEND teen, AP tuition stopped, YOS
z = Case("Z009", "Ashwold", "2025-03-03", "2025-07-21")
z.a("orange",
    "Ellie-Mae (14) ADHD, has an EHCP. Permanently excluded from Haven Gate Academy in Nov after assaulting a TA. "
    "LA tuition 6 hrs/wk after that but the tutor withdrew in Feb when E-M threw a chair – no education at all since. "
    "Police charged her re the TA assault, referral to YOS.",
    ["EDU-SEND", "EDU-EXC", "EDU-ATT", "CRIME"],
    [("convention", "EDU-EXC", "Recent permanent exclusion still shaping her education: EDU-EXC present."),
     ("convention", "EDU-ATT", "Tutoring stopped, no education since Feb: EDU-ATT.")])
z.a("yellow",
    "Tracey (mum) says E-M is 'a different girl' at home but screams and slams doors if asked to do anything, and "
    "pushed Tracey into the kitchen door last wk. Tracey booked onto the Calmer Homes parenting course.",
    ["REL-PAR"],
    [("convention", "DA", "Child-to-parent violence without police involvement is REL-PAR only, not DA (conv 8).")])
z.c("orange",
    "E-M at Kestrel House AP 4 days a week since April, engaging well. Referral order completed in June. EHCP "
    "annual review agreed a move to a specialist SEMH placement from Sept.",
    ["EDU-SEND", "EDU-ATT"],
    [("historical", "CRIME", "Referral order completed: youth justice involvement over."),
     ("convention", "EDU-ATT", "4 days a week in AP is less than full-time provision: EDU-ATT present (judgement 3)."),
     ("historical", "EDU-EXC", "The exclusion is not mentioned as current; AP placement is coded as attendance, not exclusion.")])
z.c("blue",
    "Tracey using the 'pause and plan' from the course, says shouting has calmed down a lot and no physical incidents since.",
    ["REL-PAR"],
    [("convention", "REL-PAR", "Blue box: family now managing the behaviour with course strategies = present (conv 3); the physical incidents alone are historical.")])

# Z010 - arrived from overseas, Y8 no place, mum low mood, DV historical
z = Case("Z010", "Fenmarsh", "2025-09-29", "2026-03-09")
z.a("yellow",
    "Family arrived in the UK in August. Zofia (9) started at Fen Lane Primary 22/9. Adam (12) still has no school – "
    "no Y8 place within 3 miles, case going to Fair Access panel 14/10. Adam at home doing an English app on his phone. "
    "No SEN known for either child.",
    ["EDU-ATT"],
    [("negated", "EDU-SEND", "'No SEN known'.")])
z.a("orange",
    "Mum (Agata) disclosed the children's father was violent to her before she left him in 2023; no contact since and "
    "he does not know where they are. Current partner Marek is supportive. Agata has low mood, GP started sertraline "
    "and referred her to the Steps wellbeing service.",
    ["MH-ADULT"],
    [("historical", "DA", "DV ended in 2023 with no contact since: historical, not coded.")])
z.c("green",
    "Adam started Fenmarsh Academy in Nov through Fair Access, gets EAL support 3x wk. Agata still on sertraline and "
    "says she feels 'much more like herself'.",
    ["MH-ADULT"],
    [("convention", "MH-ADULT", "Ongoing antidepressant treatment = present, now managing (conv 3/4)."),
     ("not-coded", "EDU-SEND", "EAL support is not special educational need."),
     ("historical", "EDU-ATT", "Adam now on roll.")])

# ---------------------------------------------------------------- batch 2: Z011-Z020

# Z011 - long-standing suitable EHE, redundancy and mortgage arrears
z = Case("Z011", "Carrowdyke", "2025-01-29", "2025-07-02")
z.a("yellow",
    "Tom & Rachel have home educated all 3 children from the start; EHE officer annual visit Jan – suitable, lots of "
    "evidence of work, no concerns. Tom made redundant from the seed warehouse in Dec, now on UC, mortgage 2 months "
    "behind (£1,400). Rachel says she is anxious all the time about losing the house and has seen her GP. "
    "EHW to refer to Carrowdyke Money Advice debt team.",
    ["FIN", "MH-ADULT"],
    [("negated", "EDU-ATT", "Suitable EHE with 'no concerns': not coded (judgement 2)."),
     ("not-coded", "HOUS", "Worry about losing the house with no possession action described: mortgage arrears coded FIN only (judgement 6).")])
z.c("blue",
    "Tom started a new job in June. Lender agreed a payment plan, clearing the arrears over 12 months.",
    ["FIN"],
    [("convention", "FIN", "Blue box, arrears still being repaid under a plan = now managing, present (conv 3).")])
z.c("green", "None.", [],
    [("not-coded", None, "Empty box: no codes.")])

# Z012 - EBSA, part-time timetable, self-harm
z = Case("Z012", "Saltmere", "2025-03-05", "2025-10-13")
z.a("yellow",
    "Freya (14) on a part time timetable (3 lessons a day) since Jan because of EBSA, attendance 46%. Says her chest "
    "goes tight at the school gate. Pastoral lead doing weekly check ins; EHW to work with mum on a return plan.",
    ["EDU-ATT", "MH-CHILD"],
    [("convention", "MH-CHILD", "Emotionally based school avoidance with physical anxiety symptoms = MH-CHILD as well as EDU-ATT.")])
z.a("orange",
    "CAMHS SPA declined the first referral in Feb (didn't meet threshold). On 3/3 Freya told the school nurse she has "
    "been cutting her thighs – urgent re-referral to CAMHS made.",
    ["MH-CHILD"],
    [("partial", "MH-CHILD", "The declined referral does not negate the later self-harm disclosure and re-referral.")])
z.c("yellow",
    "Freya now on 4 days, attendance 71% for the half term. Seen by CAMHS, waiting for a DBT skills group. No self "
    "harm disclosed since April.",
    ["EDU-ATT", "MH-CHILD"],
    [("convention", "MH-CHILD", "Waiting for a CAMHS group = ongoing service (conv 4); the self-harm itself is historical.")])

# Z013 - Y10 deregistered after prosecution, EHE in name only, CSE
z = Case("Z013", "Ashwold", "2025-06-23", "2025-11-10")
z.a("yellow",
    "Kacey (15) deregistered from Wolds View in Y10 after mum was taken to court over her attendance (fined £440). "
    "EHE in name only – EHE officer saw no work at the visit on 17/6, Kacey says she 'does a bit on Duolingo'. "
    "No GCSE entries, no plan for Sept, RONI score high.",
    ["EDU-ATT", "EDU-NEET"],
    [("convention", "EDU-NEET", "Aged 15 but explicitly flagged as at risk of NEET (RONI) at the point of leaving Y11 age: coded (judgement 5)."),
     ("not-coded", "CRIME", "A parent's attendance prosecution is education enforcement, in the past; not CRIME (judgement 4)."),
     ("not-coded", "FIN", "Court fine mentioned with no money difficulty described.")])
z.a("orange",
    "Kacey is in a 'relationship' with a 22 yr old male and stays at his flat 2-3 nights a week, mum doesn't have the "
    "address. Missing overnight 9/6 – police found her at an address in Carrowdyke. CSE screening: medium risk.",
    ["SAFE-EXP"],
    [("convention", "CRIME", "Police locating a missing child is safeguarding, not CRIME (conv 7).")])
z.c("orange",
    "Kacey says the relationship ended in August, but she still has contact with his friends on snapchat. Stays on the "
    "exploitation panel list for monitoring.",
    ["SAFE-EXP"],
    [("partial", "SAFE-EXP", "Relationship ended but ongoing contact with his associates and panel monitoring: present.")])
z.c("yellow",
    "Kacey enrolled on the Step Up course at Ashwold College in Sept, 3 days a week. Going 2 days out of 3 most weeks; "
    "tutor flagged her as at risk of dropping out.",
    ["EDU-NEET"],
    [("convention", "EDU-NEET", "16+, enrolled but flagged at risk of dropping out = at risk of NEET."),
     ("convention", "EDU-ATT", "Post-16 course attendance is framed as NEET risk, not school attendance; EDU-ATT not added (judgement 5).")])

# Z014 - refuge after DV, children off roll
z = Case("Z014", "Fenmarsh", "2025-04-14", "2025-09-08")
z.a("orange",
    "Nicola and the children (Tyler 8, Skye 5) went into Fenmarsh refuge on 2/4 after DV from partner Craig – he "
    "strangled her. Craig arrested, on bail not to contact. MARAC 10/4. Kids taken off roll at their old school, "
    "refuge worker helping with confidential school applications.",
    ["DA", "HOUS", "EDU-ATT"],
    [("convention", "CRIME", "Partner's arrest for the assault on Nicola is DA only (conv 7)."),
     ("convention", "HOUS", "Living in a refuge after fleeing = homeless/temporary accommodation: HOUS.")])
z.a("yellow",
    "Tyler wetting the bed most nights since the move and has bad dreams about 'the shouting'. Skye very clingy and "
    "won't let Nicola out of sight. Nicola says she cries every day and isn't eating. EHW to offer direct work with "
    "the kids.",
    ["PH", "MH-CHILD", "MH-ADULT"],
    [("convention", "PH", "Bedwetting at school age = PH (conv 9)."),
     ("convention", "MH-CHILD", "Trauma-related bad dreams and clinginess = child emotional wellbeing.")])
z.c("orange",
    "Nicola and kids moved to a HA flat in June, both children at Fen Lane Primary since May half term. Craig has been "
    "charged; non-mol order in place till 2026. Nicola doing the Safer Futures group for women who have experienced DA.",
    ["DA"],
    [("convention", "DA", "Non-molestation order in force and a DA recovery group = ongoing DA (conv 4)."),
     ("historical", "HOUS", "Rehoused: over."),
     ("historical", "EDU-ATT", "Back on roll: over.")])

# Z015 - reduced day for dysregulation, EHC needs assessment, mum threatens EHE
z = Case("Z015", "Carrowdyke", "2025-11-17", "2026-04-27")
z.a("green",
    "Noah (6) on a reduced day (9–12) at Carrowdyke Primary since Oct due to dysregulation. SENCO has applied for an "
    "EHC needs assessment; Noah is on the ASD pathway with community paeds.",
    ["EDU-ATT", "EDU-SEND"])
z.a("yellow",
    "Jess (mum) says if school keep him on half days she will deregister and home educate. Noah hits his sister when he "
    "gets home and bedtimes are a battle most nights. Jess works part time, says her hours are flexible and money is ok.",
    ["REL-PAR"],
    [("hypothetical", "EDU-ATT", "Deregistration is conditional ('if school keep him on half days'): hypothetical."),
     ("negated", "FIN", "'money is ok'.")])
z.c("green",
    "EHCP issued in March naming Carrowdyke Primary with 1:1 support, Noah now doing full days. Jess uses the visual "
    "timetable at home and bedtimes are calmer.",
    ["EDU-SEND", "REL-PAR"],
    [("convention", "REL-PAR", "Green box: routine now being managed with a visual timetable = present (conv 3)."),
     ("historical", "EDU-ATT", "Reduced day ended; full days now.")])

# Z016 - NEET 17 yr old, young carer, mum's drinking, ASB
z = Case("Z016", "Saltmere", "2025-02-10", "2025-10-06")
z.a("orange",
    "Jordan (17) NEET since he left college in Dec. Mum (Sharon) drinking heavily every day – 2 police call outs in Jan "
    "for Sharon being drunk and abusive to the neighbours, ASB warning issued. Jordan does the shopping and gets his "
    "sister Mia (10) to school each day.",
    ["EDU-NEET", "SUB", "CRIME", "CARER"],
    [("convention", "CRIME", "ASB by a household member with police call-outs = CRIME (conv 7)."),
     ("convention", "FIN", "Jordan NEET: EDU-NEET only (conv 11).")])
z.a("yellow",
    "Jordan says he's 'given up' on college, up all night on his phone. Has talked about getting work at the fish "
    "factory but not applied. Next Step referral done.",
    ["EDU-NEET"],
    [("not-coded", "PH", "Being up all night on his phone is described as disengagement, not a sleep problem; PH not added (judgement 9).")])
z.c("yellow",
    "Sharon engaging with Horizon – 4 of 6 appts attended, says she's cut down. Jordan started a construction skills "
    "course in Sept and is attending well; still takes Mia to school every morning.",
    ["SUB", "CARER"],
    [("historical", "EDU-NEET", "Now on a course and attending well."),
     ("convention", "SUB", "Engaging with alcohol service = SUB present (conv 4).")])

# Z017 - toddler speech delay, older siblings suitable EHE
z = Case("Z017", "Ashwold", "2025-10-20", "2026-03-23")
z.a("green",
    "Arlo (2y 6m) – HV 2yr review: speech delay, about 10 words. On waiting list for the SALT drop in. Esme (8) and "
    "Otis (6) are home educated by parents' choice, EHE officer visit in Oct found provision suitable.",
    ["EYD"],
    [("convention", "EDU-ATT", "Suitable EHE by choice: not coded (judgement 2).")])
z.a("blue",
    "Parents doing the early talk tips from the Family Hub website with Arlo at bathtime, reading with him every night.",
    ["EYD"],
    [("convention", "EYD", "Blue box: family managing the toddler's language at home = present (conv 3).")])
z.c("blue",
    "Arlo now using 2–3 word phrases, discharged from SALT drop in. Parents carry on reading with him daily.",
    [],
    [("historical", "EYD", "Discharged, speech caught up: over.")])

# Z018 - removed from roll after extended holiday
z = Case("Z018", "Fenmarsh", "2025-11-10", "2026-02-02")
z.a("yellow",
    "Aaliyah (10) and Zain (7) taken off Fen Lane roll 4/11 after 20 school days unexplained absence – family abroad "
    "for a wedding and came back late. CME officer found family back home 6/11. Readmission requested, waiting for "
    "the decision. Dad (Imran) says he didnt know the rules.",
    ["EDU-ATT"])
z.a("green",
    "Zain's eczema flares badly, GP prescribed creams; he missed 2 dermatology appts in the summer. Imran and Nadia "
    "arguing a lot since the trip over money sent to family, both say it has never been physical.",
    ["PH", "REL-CONF"],
    [("negated", "DA", "'never been physical' and nothing else suggesting abuse: arguments are REL-CONF (conv 8).")])
z.c("green",
    "Both children back at Fen Lane since 24/11, attendance since 98%. Zain seen by dermatology in Jan, eczema under "
    "control with the new creams. Parents say home is calmer and they would look at couples counselling if the "
    "arguing came back.",
    ["PH"],
    [("convention", "PH", "Green box: eczema managed with ongoing treatment = present (conv 3)."),
     ("historical", "EDU-ATT", "Back on roll with good attendance."),
     ("hypothetical", "REL-CONF", "Arguing described as past, counselling only 'if the arguing came back': not coded.")])

# Z019 - off-rolled to EHE, dyslexia, overcrowding, cannabis
z = Case("Z019", "Carrowdyke", "2025-10-13", "2026-03-16")
z.a("orange",
    "School told mum to home educate Liam (15) 'to avoid a perm exclusion' and she deregistered him in Sept. EHE officer "
    "has flagged it as possible off-rolling. Liam has dyslexia, was on SEN support. No education happening – Liam out "
    "on the estate most days, admits smoking cannabis most days, and police gave him a community resolution for "
    "criminal damage at the skate park in Sept.",
    ["EDU-ATT", "EDU-SEND", "SUB", "CRIME"],
    [("historical", "EDU-EXC", "The exclusion threat belonged to the old school and he is no longer on roll: not a current exclusion risk."),
     ("convention", "EDU-SEND", "Dyslexia is a present SEN even though the SEN support plan was at the old school.")])
z.a("yellow",
    "7 of them in a 3 bed council house, Liam shares a room with 2 brothers. On the housing register for a 4 bed, "
    "band B. Liam's dad left in 2019, mum gets help from her sister.",
    ["HOUS"],
    [("historical", "REL-CONF", "Separation in 2019 with nothing current: historical.")])
z.c("orange",
    "Liam back on a roll at Carrowdyke Community School since Jan via Fair Access – part time timetable, plus 2 days at "
    "the Skills Farm AP. Still smoking weed at weekends. YOS prevention worker allocated.",
    ["EDU-ATT", "SUB", "CRIME"],
    [("convention", "CRIME", "YOS involvement = youth justice, CRIME (conv 7).")])

# Z020 - CIN, neglect, unsuitable EHE, school attendance order
z = Case("Z020", "Saltmere", "2025-09-01", "2026-02-23")
z.a("red",
    "Child in Need plan since Aug. Home conditions v poor – dog mess on floors, no working cooker, mattresses on the "
    "floor. Poppy (9) and Alfie (7) EHE since 2024; EHE officer found provision unsuitable in July and has started the "
    "School Attendance Order process.",
    ["SAFE-NEG", "EDU-ATT"],
    [("convention", "EDU-ATT", "EHE judged unsuitable = child not receiving suitable education (judgement 2).")])
z.a("orange",
    "Dad (Gary) on a methadone script through Horizon. Mum (Kerry) has depression, rarely up before midday. Electric on "
    "emergency credit most weeks.",
    ["SUB", "MH-ADULT", "FIN"],
    [("convention", "SUB", "Methadone script = SUB (conv 4)."),
     ("convention", "FIN", "Meter on emergency credit = fuel poverty, FIN (conv 10).")])
z.a("yellow",
    "Poppy does most of the cooking (toast, super noodles) and gets Alfie up and dressed.",
    ["CARER"],
    [("not-coded", "SAFE-NEG", "The box describes the child's caring role; neglect is not described in this text (conv 1: coded on its own text).")])
z.c("red",
    "CIN continues. Poppy & Alfie started Saltmere Primary in Nov under the SAO, attendance 85%. House better after a "
    "deep clean but SW says it's slipping again, checking weekly.",
    ["EDU-ATT", "SAFE-NEG"],
    [("convention", "EDU-ATT", "85% is persistent absence territory: present.")])

# ---------------------------------------------------------------- batch 3: Z021-Z030

# Z021 - not attending since Easter, bullied re weight, mum considering EHE
z = Case("Z021", "Ashwold", "2025-05-27", "2025-10-20")
z.a("yellow",
    "Mason (13) on roll at Wolds View but hasn't been in since Easter – says boys in PE pick on him about his weight. "
    "Kelly (mum) has had 2 warning letters from the attendance team. EHW to do a return to school plan with school.",
    ["EDU-ATT", "SAFE-EXP"],
    [("not-coded", "PH", "Weight is only the content of the bullying here; no health need stated in this box."),
     ("outside", "SAFE-EXP", "The bullies are outside the household; Mason being bullied is his need (SAFE-EXP).")])
z.note("A",
    "Tel call from Kelly 2/6 – wants to deregister Mason and home educate because she 'can't face a fine'. Advised "
    "her to read the council's home education guide first. Spoke to school nurse who will see Mason about his weight "
    "and his low mood.",
    ["PH", "MH-CHILD"], note_level="green", date="2025-06-02",
    traps=[("hypothetical", "EDU-ATT", "Mum only 'wants to' deregister; no attendance fact in this note's own text (conv 1)."),
           ("convention", None, "Unboxed note: highest cue is the school nurse (green) above signposting to a guide (blue) -> green (conv 2).")])
z.c("yellow",
    "Mason back at Wolds View since Sept, attendance 89%. School moved him to another PE group and the boys involved "
    "were sanctioned; he says it has stopped. EHW closing.",
    ["EDU-ATT"],
    [("convention", "EDU-ATT", "89% is below the 90% persistent-absence line: still a present attendance need (judgement 3)."),
     ("historical", "SAFE-EXP", "Bullying has stopped."),
     ("outside", "EDU-EXC", "Sanctions were for the other boys, not a household member.")])

# Z022 - Crohn's, medical needs tuition lapsed
z = Case("Z022", "Fenmarsh", "2026-01-12", "2026-06-15")
z.a("orange",
    "Isla (12) – Crohn's, 3 hospital admissions since Sept. On roll at Fenmarsh Academy, attendance 38%. Medical needs "
    "tuition was 5 hrs/wk at home till Dec then stopped when the consultant letter ran out. TAF meeting to get a new "
    "letter and restart tuition. Isla low and tearful, GP has referred to CAMHS.",
    ["PH", "EDU-ATT", "MH-CHILD"])
z.c("green",
    "Crohn's more settled on infusions, Isla back in school 4 mornings a wk, home tuition ended Feb. Mum says she is "
    "much happier, CAMHS discharged her after 3 sessions.",
    ["PH", "EDU-ATT"],
    [("historical", "MH-CHILD", "Discharged from CAMHS and happier: over."),
     ("convention", "EDU-ATT", "Mornings only = part-time timetable, present.")])

# Z023 - coercive control, father deregistered children, CP
z = Case("Z023", "Carrowdyke", "2026-02-05", "2026-07-20")
z.a("red",
    "ICPC 3/2: Amira (11) and Yusuf (9) on CP plans, emotional harm. Dad (Karim) deregistered both in Nov against mum's "
    "wishes and won't let the EHE officer in. Mum disclosed coercive control – he keeps her bank card and checks her "
    "phone. IDVA allocated.",
    ["DA", "EDU-ATT"],
    [("convention", "FIN", "Control of the bank card is economic abuse within DA; no debt or benefit problem described, so no FIN (judgement 8)."),
     ("convention", "EDU-ATT", "EHE with no access and no evidence of provision = child missing education.")])
z.a("orange",
    "Sana (mum) having panic attacks, seen by the crisis team in Jan after telling GP she 'can't go on'.",
    ["MH-ADULT"])
z.c("orange",
    "Karim moved out in April, non-mol granted. Children back at Carrowdyke Primary since Easter, attendance 95%. "
    "Sana attending the Safer Futures group and GP has upped her meds.",
    ["DA", "MH-ADULT"],
    [("historical", "EDU-ATT", "Back on roll with good attendance.")])
z.note("C",
    "HV 20/7 – Sana says Yusuf has tantrums at bedtime and kicks her when she says no. EHW to do routines and "
    "boundaries work with Sana over the summer.",
    ["REL-PAR"], note_level="yellow", date="2026-07-20",
    traps=[("convention", "DA", "Child-to-parent violence = REL-PAR, not DA (conv 8)."),
           ("convention", None, "Unboxed note: EHW is the highest cue -> yellow (conv 2).")])

# Z024 - caravan park, notice to leave, Y9 without place
z = Case("Z024", "Saltmere", "2026-01-19", "2026-06-29")
z.a("orange",
    "Jade, Callum (14) and Evie (4) in a static caravan on a holiday park since Oct – site closes to residents 1 March "
    "and they've been served notice to leave. District homelessness team involved. Callum has no school place: "
    "Saltmere Academy full, Haven Gate refused, appeal lodged. Out of school 9 wks.",
    ["HOUS", "EDU-ATT"])
z.a("green",
    "Evie (4) not using her funded nursery hours, no nursery near the park with space. HV says her speech is fine for "
    "her age.",
    ["EYD"],
    [("convention", "EYD", "Nursery take-up for an under-5 = EYD (conv 9)."),
     ("negated", "EYD", "Speech negated; EYD still present through nursery take-up.")])
z.c("yellow",
    "Moved into a private rented house in Saltmere in March, council bond scheme paid the deposit. Callum won his appeal "
    "and has been at Haven Gate since Feb. Rent is £750 and Jade is struggling to cover it with UC – already £200 behind.",
    ["FIN"],
    [("historical", "HOUS", "Rehoused in March."),
     ("historical", "EDU-ATT", "School place secured."),
     ("not-coded", "HOUS", "£200 rent arrears with no notice: FIN only.")])

# Z025 - cerebral palsy, EHCP, suitable EHE, sibling young carer missing school
z = Case("Z025", "Ashwold", "2025-10-27", "2026-03-30")
z.a("green",
    "Harry (10) has cerebral palsy and an EHCP. Parents deregistered him from Ashwold Primary in Sept as the building "
    "couldn't be adapted; now EHE with a private tutor 3 mornings plus physio. EHE officer visit 15/10 – suitable. "
    "Physio and wheelchair reviews all up to date.",
    ["PH", "EDU-SEND"],
    [("convention", "EDU-ATT", "Suitable EHE after deregistration: not coded (judgement 2)."),
     ("convention", "PH", "A child's disability is PH even when appointments are up to date (now managing, green box).")])
z.a("yellow",
    "Lauren (mum) gave up work to care for Harry. Grace (14) helps lift him into the bath and stays off school when mum "
    "takes Harry to hospital appts (6 days this term). Referral to Ashwold Young Carers.",
    ["CARER", "EDU-ATT"],
    [("convention", "CARER", "'care for Harry' by Lauren is a parent carer (not coded); Grace's lifting and absences are a young carer.")])
z.c("blue",
    "Grace goes to the young carers group once a month. Gran now takes Harry to appointments so Grace doesn't miss school.",
    ["CARER"],
    [("historical", "EDU-ATT", "Absences for appointments have stopped."),
     ("convention", "CARER", "Still a young carer, now supported by the group: present in blue (conv 3).")])

# Z026 - 17 yr old NEET after overdose, mum's gambling debt
z = Case("Z026", "Fenmarsh", "2026-02-16", "2026-07-13")
z.a("orange",
    "Demi (17) NEET since dropping out of sixth form in Nov. Open to CAMHS for depression, took an overdose in Jan (A&E). "
    "Lisa (mum) says Demi stays in her room all day.",
    ["EDU-NEET", "MH-CHILD"])
z.a("yellow",
    "Lisa has about £4k of debt from online slots on credit cards. She has self excluded from the betting apps. "
    "Referral to Fenmarsh Money Advice.",
    ["FIN"],
    [("convention", "SUB", "Gambling debts are FIN, not SUB (conv 10); 'self excluded' is not school exclusion.")])
z.c("yellow",
    "Demi still with CAMHS, mood a bit better. Has applied for the Routes employability course but not heard back – "
    "still not in any education, training or work.",
    ["MH-CHILD", "EDU-NEET"])
z.c("blue",
    "Lisa sticking to her debt management plan at £60 a month, hasn't gambled since Feb.",
    ["FIN"],
    [("convention", "FIN", "Blue box: repaying debt under a plan = now managing, present (conv 3).")])

# Z027 - contact dispute, Monday refusals
z = Case("Z027", "Carrowdyke", "2025-09-08", "2026-01-26")
z.a("yellow",
    "Parents split in Aug and row at every Sunday handover, both have been to solicitors about contact. Bella (8) "
    "refuses school most Mondays – 12 Mondays missed so far. Referral to family mediation.",
    ["REL-CONF", "EDU-ATT"])
z.c("green",
    "Mediation agreed handovers at the leisure centre, no arguments reported since Nov. Bella's Monday absences have "
    "stopped, attendence 97%. Mum says if the rows start up again she'll go back to the mediator.",
    [],
    [("historical", "REL-CONF", "No arguments since Nov: described as over."),
     ("hypothetical", "REL-CONF", "'if the rows start up again' is conditional: not coded."),
     ("historical", "EDU-ATT", "Absences stopped.")])

# Z028 - suspension, behaviour report, dad threatening EHE, dyslexia screener
z = Case("Z028", "Saltmere", "2026-02-09", "2026-06-22")
z.a("yellow",
    "Ava (15) reluctant to go into Saltmere Academy, on behaviour report since a 3 day suspension for fighting in Jan. "
    "Attendance 78%. Says teachers 'have it in for her'. Dad (Paul) says he'll home educate her rather than keep "
    "getting letters.",
    ["EDU-ATT", "EDU-EXC"],
    [("hypothetical", "EDU-ATT", "Dad's EHE threat is hypothetical; EDU-ATT is coded for the 78% attendance."),
     ("convention", "EDU-EXC", "Currently on behaviour report after a suspension: present.")])
z.note("A",
    "Call with Saltmere Academy SENCO 12/2: SENCO started a dyslexia screener with Ava, thinks it may explain the "
    "behaviour in English lessons. Paul agreed to wait for the result before deciding anything about EHE.",
    ["EDU-SEND", "EDU-EXC"], note_level="green", date="2026-02-12",
    traps=[("convention", "EDU-SEND", "SEN screening under way by the SENCO = SEND assessment, present."),
           ("convention", None, "Unboxed note: SENCO is a universal cue -> green (conv 2).")])
z.c("green",
    "Screener showed dyslexic tendencies – on SEN support with a reader in exams. Off report. Attendance 91%.",
    ["EDU-SEND"],
    [("historical", "EDU-EXC", "Off report."),
     ("not-coded", "EDU-ATT", "91% with no need described.")])

# Z029 - postnatal depression, EHE lapsed after baby
z = Case("Z029", "Ashwold", "2025-11-24", "2026-04-13")
z.a("yellow",
    "Chloe (mum) has PND since baby Nell (3 months) – on meds from GP, waiting for the perinatal mental health team. "
    "Jacob's dad (Chloe's ex) drinks heavily but has no contact with them.",
    ["MH-ADULT"],
    [("outside", "SUB", "The ex-partner's drinking is outside the household and has no stated effect (conv 6).")])
z.a("green",
    "Jacob (7) EHE since Reception (Chloe's choice). EHE officer visit 4/11 found very little learning since Nell was "
    "born in Sept, provision 'not currently suitable', informal enquiry opened. HV visiting Nell, weight gain fine.",
    ["EDU-ATT"],
    [("convention", "EDU-ATT", "EHE lapsed and judged not currently suitable = EDU-ATT (judgement 2)."),
     ("negated", "PH", "Baby's weight gain fine.")])
z.c("green",
    "Chloe's mood much better, still on antidepressants. Jacob at a home ed co-op 2 days a week and EHE officer happy "
    "at the Feb visit.",
    ["MH-ADULT"],
    [("historical", "EDU-ATT", "EHE now suitable."),
     ("convention", "MH-ADULT", "Ongoing antidepressants = present, managing (conv 3/4).")])

# Z030 - EHE after racist bullying, online grooming, s21
z = Case("Z030", "Fenmarsh", "2026-02-23", "2026-07-06")
z.a("orange",
    "Lexi (13) EHE since Jan after racist bullying at Fenmarsh Academy; mum using an online school 3 hrs a day. Lexi "
    "online for hours – mum found messages from an adult male asking for pics. Police involved, devices seized. Lexi "
    "very withdrawn since.",
    ["SAFE-EXP", "MH-CHILD"],
    [("convention", "EDU-ATT", "EHE with an online school in place and no concern raised: not coded (judgement 2)."),
     ("historical", "SAFE-EXP", "The school bullying ended when she left; SAFE-EXP is coded for the current online grooming."),
     ("convention", "CRIME", "The offender is outside the household; police acting to safeguard is not CRIME (conv 6/7).")])
z.note("A",
    "EHW visit 3/3. Lexi agreed to a CAMHS referral for her low mood. Mum has put parental controls on the router "
    "since the messages. Mum also said the landlord has served a section 21 as he is selling up.",
    ["MH-CHILD", "SAFE-EXP", "HOUS"], note_level="orange", date="2026-03-03",
    traps=[("convention", None, "Unboxed note: CAMHS and a possession (s21) notice are orange cues, above EHW (yellow) -> orange (conv 2)."),
           ("partial", "SAFE-EXP", "Online-safety measures taken in response to recent grooming: still a present online-safety need.")])
z.c("yellow",
    "Lexi started at Marshgate Academy in June with a transition plan. Police investigation closed after the male was "
    "charged, no contact since March. Family moved to a council flat in May. Lexi still low, on the CAMHS waiting list.",
    ["MH-CHILD"],
    [("historical", "SAFE-EXP", "No contact since March and investigation closed."),
     ("historical", "HOUS", "Rehoused.")])


# ---------------------------------------------------------------- write files

def main():
    cols = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(cols)
        for n in NARRATIVES:
            w.writerow([n[c] for c in cols])
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for row in GOLD:
            w.writerow(row)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        json.dump(TRAPS, f, ensure_ascii=False, indent=2)
        f.write("\n")

    cases = sorted({n["case_id"] for n in NARRATIVES})
    triages = sorted({n["triage_id"] for n in NARRATIVES})
    notes = [n for n in NARRATIVES if not n["level"]]
    coded = {g[0] for g in GOLD}
    print(f"cases {len(cases)}, triages {len(triages)}, narratives {len(NARRATIVES)} "
          f"({len(notes)} unboxed notes), gold rows {len(GOLD)}, "
          f"narratives without gold {len(NARRATIVES) - len(coded)}, trap narratives {len(TRAPS)}, "
          f"trap entries {sum(len(v) for v in TRAPS.values())}")
    print("by stage:", dict(Counter(n["stage"] for n in NARRATIVES)))
    print("by box level:", dict(Counter(n["level"] or "note" for n in NARRATIVES)))
    print("by locality:", dict(Counter(n["locality"] for n in NARRATIVES)))
    cc = Counter(g[1] for g in GOLD)
    print("gold by code:", ", ".join(f"{c} {cc.get(c, 0)}" for c in
          ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
           "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]))
    print("gold by level:", dict(Counter(g[2] for g in GOLD)))
    print("trap types:", dict(Counter(t["type"] for v in TRAPS.values() for t in v)))


if __name__ == "__main__":
    main()
