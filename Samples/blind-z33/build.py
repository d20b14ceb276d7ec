#!/usr/bin/env python3
"""Blind hand-coded gold set: adolescents 13-17 (youth work / TYS / HoY / family work voice).

Every narrative, its gold codes and its trap notes are written by hand below.
Run: python3 build.py  -> writes narratives.csv, gold.csv, traps.json (CRLF, UTF-8, no BOM).

Boxed narrative: B(case, stage, date, locality, level, text, codes, traps)
Unboxed note:    U(note_id, stage, date, locality, gold_level, text, codes, traps)
trap types: negated, historical, hypothetical, lookalike, outside, met
"note" = coding rationale only (not a trap). A trap with decisive=False is a genuine negated/historical/
hypothetical/outside mention whose code is present anyway from other text in the same narrative.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = []  # dicts


def _trap(t, n, decisive=None):
    """decisive: the mention's code is NOT in gold because of this trap (default: every type but 'note')."""
    if decisive is None:
        decisive = t != "note"
    return dict(type=t, note=n, decisive=decisive)


def B(case, stage, date, loc, level, text, codes, traps=()):
    tid = case + ("-A" if stage == "assessment" else "-C")
    ROWS.append(dict(narrative_id=tid + "-" + level, triage_id=tid, case_id=case,
                     stage=stage, date=date, level=level, locality=loc,
                     narrative=text, codes=list(codes), gold_level=level,
                     traps=[_trap(*x) for x in traps]))


def U(nid, stage, date, loc, gold_level, text, codes, traps=()):
    ROWS.append(dict(narrative_id=nid, triage_id=nid, case_id=nid,
                     stage=stage, date=date, level="", locality=loc,
                     narrative=text, codes=list(codes), gold_level=gold_level,
                     traps=[_trap(*x) for x in traps]))


A, C = "assessment", "closure"
BR, MH, EV, SM = "Brackenford", "Millhaven", "Eastcote Vale", "Stanwick Moor"

# ---------------------------------------------------------------- Y001 Kayden 14
B("Y001", A, "2025-02-03", BR, "green",
  "Kayden (14) Yr 9 Brackenford Academy. Attendance 88% autumn term, mostly Mondays. "
  "HoY put him on attendance report w/ daily check-in at form time. Mum says he's on his phone "
  "till 3am most nights and can't get up, GP appt booked re his sleep.",
  ["EDU-ATT", "PH"],
  [("note", "sleep problem at school age is PH (conv 9), late-night phone use is not an online-safety issue here")])
B("Y001", A, "2025-02-03", BR, "yellow",
  "Rows at home most nights – K swearing at Mum (Leanne), slamming doors when told to come off Xbox. "
  "Leanne says she 'can't get through to him'. No physical aggression reported. TYS worker to do 1:1 w/ K, "
  "Leanne offered place on Who's In Charge parenting grp.",
  ["REL-PAR"],
  [("negated", "no physical aggression: no CPV, but parent-child rows are still REL-PAR, not DA")])
B("Y001", A, "2025-02-03", BR, "orange",
  "Police called 14/01 – K + 2 mates throwing stones at buses on Hollins Rd. Words of advice, NFA. "
  "ASB warning letter from council. Mates are older (16-17), concern re possible CCE, exploitation "
  "screening done = medium. K denies holding or carrying anything for anyone.",
  ["CRIME", "SAFE-EXP"],
  [("negated", "denies carrying for anyone, but screening scored medium so CCE risk stays present", False),
   ("outside", "older mates' own behaviour not coded", False)])
B("Y001", C, "2025-07-10", BR, "yellow",
  "No further ASB or police contact since March. K still hangs round w/ the older group at the skate park "
  "some evenings – TYS to keep up detached work over summer and redo exploitation screening in Sept.",
  ["SAFE-EXP"],
  [("historical", "ASB/police contact ended in March: CRIME not coded")])

# ---------------------------------------------------------------- Y002 Ruby 15
B("Y002", A, "2025-03-11", MH, "orange",
  "CAMHS referral accepted, Ruby (15) on waiting list for assessment (approx 14 wks). Told DSL 06/03 "
  "she'd had thoughts of ending her life – Mum took her to A&E, seen by liaison psych, sent home w/ crisis "
  "line no. Cutting upper arms since Xmas, superficial. No previous overdose.",
  ["MH-CHILD"],
  [("negated", "no previous overdose"),
   ("lookalike", "A&E visit and wound care are part of self-harm, MH-CHILD not PH")])
B("Y002", A, "2025-03-11", MH, "yellow",
  "Mum (Sarah) works nights as a care assistant, nan sleeps over on those nights so supervision ok. "
  "Ruby on phone late; last month an adult male on Snapchat asked her for pics – she blocked him and told Mum. "
  "TYS to do online safety sessions w/ R.",
  ["SAFE-EXP"],
  [("lookalike", "'care assistant' is Mum's job, not CARER"),
   ("negated", "supervision ok: no SAFE-NEG")])
B("Y002", C, "2025-09-22", MH, "green",
  "Seen by CAMHS in May, discharged to school counsellor – weekly sessions continue. Ruby says last cut was June. "
  "Mood better, back in netball team.",
  ["MH-CHILD"],
  [("historical", "self-harm last in June, but ongoing counselling keeps MH-CHILD present in a green box", False)])
B("Y002", C, "2025-09-22", MH, "blue",
  "Ruby + Mum set up parental controls together, R knows how to block/report. Nothing further from the "
  "Snapchat contact.",
  ["SAFE-EXP"],
  [("met", "grooming contact over, but the family is now managing online safety itself (blue: present)", False)])

# ---------------------------------------------------------------- Y003 Jordan 16
B("Y003", A, "2025-04-02", EV, "yellow",
  "Jordan (16) left Eastcote Vale School summer 2024 w/ 2 GCSEs. Started L1 Construction at Kingsmead College "
  "Sept, dropped out by Nov, not in EET since. Missed 2 careers (IAG) appts. Mum (Dawn) on UC, no money "
  "worries raised.",
  ["EDU-NEET"],
  [("negated", "UC named but no money problem: no FIN (conv 5)"),
   ("lookalike", "16+ NEET is EDU-NEET only, no FIN (conv 11)")])
B("Y003", A, "2025-04-02", EV, "orange",
  "J smoking cannabis daily, says it 'chills him out', spending approx £50/wk. Referred to Compass YP drug and "
  "alcohol service. Arrested 20/03 for possession (small amount, own use), youth caution, YJS prevention worker "
  "allocated.",
  ["SUB", "CRIME"],
  [])
B("Y003", C, "2025-10-14", EV, "blue",
  "J started at a warehouse via agency in Aug, 3 days/wk, and cuts grass w/ his uncle's gardening firm on Sats. "
  "Has applied for a Kingsmead apprenticeship for Jan. Mum v proud.",
  [],
  [("met", "now working: NEET need met, no need stated in this box"),
   ("lookalike", "'cuts grass' is gardening work")])
B("Y003", C, "2025-10-14", EV, "yellow",
  "Still using cannabis at wkends, says cut down from daily. Compass keyworker sessions continue fortnightly. "
  "No further offending since caution, YJS closed June.",
  ["SUB"],
  [("historical", "offending ended, YJS closed: CRIME not coded")])

# ---------------------------------------------------------------- Y004 Tyler 13
B("Y004", A, "2025-01-20", SM, "orange",
  "Tyler (13) Yr 8 St Aidan's RC High. 3 suspensions this yr (8 days total) – defiance, fighting, threw a chair "
  "in science. School talking about a managed move to Millhaven CC if no improvement by Easter. TAF mtg 15/01, "
  "plan agreed w/ school + EHW. YJS not involved.",
  ["EDU-EXC"],
  [("hypothetical", "managed move only 'if no improvement'; EDU-EXC present anyway from the suspensions", False),
   ("negated", "YJS not involved; fighting at school is behaviour at school, not CRIME")])
B("Y004", A, "2025-01-20", SM, "yellow",
  "Mum (Kerry) says T 'explodes' at home – punched holes in his bedroom door, pushed her against the wall "
  "twice in Dec. Police not called. Kerry scared of him when he kicks off. Parenting worker to start NVR "
  "programme w/ Kerry.",
  ["REL-PAR"],
  [("lookalike", "child-to-parent violence is REL-PAR, not DA (conv 8)"),
   ("negated", "police not called: no CRIME")])
B("Y004", C, "2025-07-03", SM, "green",
  "Managed move didn't go ahead, T more settled since Easter, no suspensions summer term. Still on SEN support "
  "at St Aidan's, started ADHD meds May via community paeds.",
  ["EDU-SEND"],
  [("historical", "suspensions/managed move over: EDU-EXC not coded"),
   ("note", "ADHD medication is EDU-SEND (pathway), not PH")])

# ---------------------------------------------------------------- Y005 Leah 15
B("Y005", A, "2025-05-06", BR, "red",
  "Leah (15) 4 MFH episodes since March, longest 2 nights, found by police in Millhaven with 2 adult males. "
  "Disclosed being taken to a flat and given gifts (new phone, vapes). Strategy mtg 29/04, s47 initiated re "
  "CSE. SW allocated from Brackenford CSC.",
  ["SAFE-EXP"],
  [("lookalike", "vapes are not SUB (conv 12)"),
   ("lookalike", "police finding a missing child is not CRIME (conv 7)")])
B("Y005", A, "2025-05-06", BR, "orange",
  "Not in school since Easter, attendance 41%. GP referred to CAMHS for low mood + poor sleep, L says "
  "'nobody gets it'.",
  ["EDU-ATT", "MH-CHILD", "PH"],
  [])
B("Y005", A, "2025-05-06", BR, "yellow",
  "Mum (Gemma) and stepdad (Craig) arguing a lot since L started going missing, G says C blames her. No DA "
  "disclosed, no police call-outs to the address. Offered Reducing Parental Conflict worker.",
  ["REL-CONF"],
  [("negated", "no DA disclosed, no police call-outs")])
B("Y005", C, "2025-12-08", BR, "red",
  "Leah remains on CP plan (sexual abuse – CSE), RCPC 02/12. 1 MFH episode in Oct, came home herself next "
  "morning, RHI done. NRM referral submitted.",
  ["SAFE-EXP"],
  [])

# ---------------------------------------------------------------- Y006 Ollie 14
B("Y006", A, "2025-02-25", MH, "yellow",
  "Ollie (14) Yr 9 Millhaven CC, attendance 52%, not been in at all since half term. Panic attacks in the "
  "mornings, sick before school. EBSA – school + EHW doing graded return plan, starting w/ 1 hr in the "
  "library base.",
  ["EDU-ATT", "MH-CHILD"],
  [("note", "being sick before school is anxiety, not PH")])
B("Y006", A, "2025-02-25", MH, "blue",
  "Dad (Phil) works from home 3 days, Ollie not left on his own. Good support from grandparents. If attendance "
  "drops again school would refer to the EWO.",
  [],
  [("negated", "not left on his own: no SAFE-NEG"),
   ("hypothetical", "EWO referral only if attendance drops again")])
B("Y006", C, "2025-07-15", MH, "green",
  "Attendance summer term 81% and rising, full days except Fri PM. Still uses library base at break. EHCP "
  "(ASD) amended at annual review to add EBSA support.",
  ["EDU-ATT", "EDU-SEND"],
  [])

# ---------------------------------------------------------------- Y007 Kacey 16
B("Y007", A, "2025-06-09", EV, "yellow",
  "Kacey (16) finishing Yr 11 at Eastcote Vale School, no post-16 place confirmed. Mum (Nicola) has MS, uses a "
  "wheelchair outdoors. K does Mum's meds, helps her shower, does all the shopping – says she 'can't do college, "
  "Mum needs me'. Referred to Vale Young Carers.",
  ["EDU-NEET", "CARER", "PH"],
  [])
B("Y007", A, "2025-06-09", EV, "green",
  "MS nurse and GP involved, OT visit done, grab rails fitted. Nicola on PIP and ESA, no money worries raised, "
  "no arrears.",
  ["PH"],
  [("negated", "PIP/ESA named but no money problem: no FIN (conv 5), and benefits don't imply CARER")])
B("Y007", C, "2026-01-19", EV, "blue",
  "K started H&SC L2 at Kingsmead Sept, 3 days/wk, attending well. College know she's a young carer – has a "
  "carer's passport so she can keep her phone on in class.",
  ["CARER"],
  [("met", "now at college: EDU-NEET need met")])

# ---------------------------------------------------------------- Y008 Brandon 17
B("Y008", A, "2025-03-03", SM, "orange",
  "Brandon (17) on 9-mth referral order (YJS) for robbery – took a phone off another YP at knifepoint in Nov. "
  "Sees YJS worker weekly. County lines concerns: found by police in Blackpool in Jan w/ £400 cash + 2 phones. "
  "NRM submitted.",
  ["CRIME", "SAFE-EXP"],
  [])
B("Y008", A, "2025-03-03", SM, "green",
  "Mum (Tanya) says B smokes weed 'now and again', he denies anything else, she thinks it's more than he lets on. "
  "Registered w/ GP, no health concerns.",
  ["SUB"],
  [("negated", "denies other drugs, but the cannabis use is stated as current", False),
   ("negated", "no health concerns: no PH")])
B("Y008", C, "2025-11-24", SM, "orange",
  "Referral order completed Sept. Arrested 30/10 for PWITS – 14 wraps of cannabis found on him in a car w/ "
  "2 adults in Millhaven, RUI. Discussed at MACE, B seen as victim of CCE. Mum worried he's being threatened.",
  ["SAFE-EXP", "CRIME"],
  [("lookalike", "drugs found on an exploited child are SAFE-EXP + CRIME, not SUB (conv 12)"),
   ("historical", "referral order completed, but the new arrest keeps CRIME present", False)])

# ---------------------------------------------------------------- Y009 Amelia 13
B("Y009", A, "2025-09-15", BR, "green",
  "Amelia (13) Yr 9. Girls in her yr set up a group chat to mock her, shared an edited photo of her. HoY did a "
  "restorative mtg. A says it's carrying on via Insta.",
  ["SAFE-EXP"],
  [("note", "the other girls are outside the household; the bullying of Amelia is coded")])
B("Y009", A, "2025-09-15", BR, "yellow",
  "A tearful most evenings, skipping tea, told Mum she 'hates herself'. No SH seen or disclosed. Mum rang GP, "
  "Kooth set up, referred to Mindful Minds (MHST in school).",
  ["MH-CHILD"],
  [("negated", "no self-harm seen or disclosed"),
   ("lookalike", "skipping tea is low mood, not a hungry child (no SAFE-NEG)")])
B("Y009", C, "2026-01-12", BR, "blue",
  "Bullying stopped after Oct half term, the girls were moved to other forms. A has a new friendship group "
  "through drama club. HoY will pick it up again should anything restart.",
  [],
  [("historical", "bullying stopped in October"),
   ("hypothetical", "HoY only if anything restarts")])

# ---------------------------------------------------------------- Y010 Dylan 15
B("Y010", A, "2025-04-28", MH, "orange",
  "Mum (Claire) drinking heavily most days. Dylan (15) finds her passed out on the sofa and gets her to bed. "
  "Often no food in – D uses his dinner money on bread + Pot Noodles for him and sister Evie (12). "
  "Police welfare check 18/04 after D rang 999 as couldn't wake her. Claire referred to Turning Point.",
  ["SUB", "CARER", "SAFE-NEG"],
  [("lookalike", "'Pot Noodles' is food, not cannabis"),
   ("lookalike", "police welfare check is safeguarding, not CRIME (conv 7)")])
B("Y010", A, "2025-04-28", MH, "yellow",
  "Claire says she drinks because of her anxiety and 'the nightmares' since she left ex-partner (Lee) in 2022. "
  "Lee in prison, no contact. GP prescribed sertraline, C not taking it regularly.",
  ["MH-ADULT"],
  [("historical", "DA relationship ended 2022, no contact: no DA"),
   ("outside", "ex-partner in prison: not CRIME for the household")])
B("Y010", A, "2025-04-28", MH, "green",
  "Rent paid direct to landlord from UC housing element, no arrears. Property clean, kids have own beds. Evie "
  "attends well at Millhaven CC.",
  [],
  [("negated", "no arrears, property clean: no FIN/HOUS/SAFE-NEG"),
   ("met", "'attends well' is pure good news")])
B("Y010", C, "2025-10-06", MH, "yellow",
  "Claire engaging w/ Turning Point, 12 wks alcohol free as of 29/09, SMART group Weds. Dylan still worries "
  "about her, goes to Millhaven Young Carers fortnightly.",
  ["SUB", "CARER"],
  [("met", "alcohol free but still in treatment: SUB present via ongoing service (conv 4)", False)])

# ---------------------------------------------------------------- Y011 Harvey 15
B("Y011", A, "2025-10-13", EV, "orange",
  "Harvey (15) PEX from Eastcote Vale School 02/10 for bringing a lock knife on site. Police informed, arrested "
  "for possession of a bladed article, referred to YOS – out of court disposal pending. Now at Moorside Learning "
  "Centre 25 hrs, attending approx 60%.",
  ["EDU-EXC", "CRIME", "EDU-ATT"],
  [])
B("Y011", A, "2025-10-13", EV, "yellow",
  "Admits smoking cannabis 'a bit' most days, Mum (Michelle) keeps finding grinders in his room. Ignores his "
  "10pm curfew, in after midnight most nights, M at a loss.",
  ["SUB", "REL-PAR"],
  [])
B("Y011", C, "2026-03-16", EV, "orange",
  "Youth conditional caution completed Jan, no further offending. Attending Moorside 88% – still under the 90% "
  "PA line, Moorside key worker doing morning pick-ups.",
  ["EDU-ATT"],
  [("historical", "caution completed, no further offending: CRIME not coded")])

# ---------------------------------------------------------------- Y012 Maisie 14
B("Y012", A, "2025-05-19", SM, "green",
  "Maisie (14) lives w/ maternal Nan (Pat) under SGO since 2019, Pat is her kinship carer. Mum (Jade) uses heroin, "
  "not in the household, sporadic contact. M has eczema flare-ups, GP prescribed creams.",
  ["PH"],
  [("lookalike", "'kinship carer' is not CARER (conv 12)"),
   ("outside", "Mum's heroin use: Mum is outside the household, no SUB")])
B("Y012", A, "2025-05-19", SM, "yellow",
  "M angry after Jade missed 3 contacts – punched the wall, screamed at Pat 'you're not my mum'. Pat (72) "
  "struggling w/ her behaviour, says she feels too old for this. EHW + kinship carers support grp.",
  ["REL-PAR"],
  [])
B("Y012", C, "2025-11-10", SM, "blue",
  "Pat using tips from kinship grp, M has a 'cool off' corner in her room, outbursts now rare. Jade back in rehab, "
  "weekly phone contact.",
  ["REL-PAR"],
  [("outside", "Mum in rehab is outside the household: no SUB")])

# ---------------------------------------------------------------- Y013 Zain 15
B("Y013", A, "2025-07-07", BR, "orange",
  "Family of 6 in a 2-bed private rented flat, Zain (15) shares a room w/ 3 siblings. Black mould in both "
  "bedrooms, landlord not responding. S21 notice served 30/06. Housing Options aware, homelessness "
  "application started.",
  ["HOUS"],
  [])
B("Y013", A, "2025-07-07", BR, "yellow",
  "Dad (Tariq) works night shifts at the distribution centre. Behind on council tax £620, electric on emergency "
  "credit most wks. Referred to Citizens Advice for debt advice + Warm Home Discount.",
  ["FIN"],
  [("lookalike", "shift work is not FIN by itself (conv 5); the arrears are", False)])
B("Y013", A, "2025-07-07", BR, "green",
  "Zain has asthma, 2 A&E visits over winter, GP says the mould is making it worse. Sister Hana (7) wets the bed "
  "most nights, school nurse involved.",
  ["PH"],
  [("note", "bedwetting at 7 is PH, not EYD (conv 9)")])
B("Y013", C, "2026-02-02", BR, "orange",
  "Family moved into a 4-bed housing association house 12/01 via Housing Options. No damp, no more sharing 4 to a "
  "room.",
  [],
  [("met", "rehoused: housing need met, not coded")])

# ---------------------------------------------------------------- Y014 Ellie-Mae 14
B("Y014", A, "2025-11-03", MH, "red",
  "Ellie-Mae (14) sent indecent images to a male she met on Discord who said he was 16 – police now think he's "
  "an adult in another force area. Strategy mtg 28/10, s47 done, NFA at CP threshold but CIN (s17) plan agreed.",
  ["SAFE-EXP"],
  [("lookalike", "police investigating the adult is not CRIME for the family"),
   ("negated", "NFA at CP level, but CIN plan still makes it a red-level need")])
B("Y014", A, "2025-11-03", MH, "yellow",
  "E-M refusing school since 20/10, says 'everyone knows'. Attendance down to 70%. School offering pastoral base "
  "+ key adult. Mum (Tasha) has a hx of depression, well at the moment and off meds.",
  ["EDU-ATT"],
  [("historical", "Mum's depression in the past, currently well: no MH-ADULT")])
B("Y014", C, "2026-04-20", MH, "red",
  "CIN plan closed at review 14/04, stepped down to EH.",
  [],
  [("historical", "CIN plan closed: no present issue named in this box")])
B("Y014", C, "2026-04-20", MH, "yellow",
  "E-M still sees CAMHS monthly, no SH since Jan. Attendance back to 91%. EHW doing online safety + healthy "
  "relationships work w/ her, Tasha has set up Family Link on her phone.",
  ["MH-CHILD", "SAFE-EXP"],
  [("met", "attendance back to normal: EDU-ATT not coded"),
   ("historical", "no self-harm since Jan, but CAMHS ongoing keeps MH-CHILD", False)])

# ---------------------------------------------------------------- Y015 Callum 17
B("Y015", A, "2025-08-18", EV, "yellow",
  "Callum (17) dropped out of A-levels at Kingsmead in March, NEET since. Up all night gaming, sleeps till 3pm. "
  "Dad (Gareth) says C hardly leaves his room.",
  ["EDU-NEET", "PH"],
  [("note", "reversed sleep pattern is PH; 17-yr-old NEET is EDU-NEET only (conv 11)")])
B("Y015", A, "2025-08-18", EV, "orange",
  "Gareth off work w/ depression since Jan, on ESA, SSP ended. £1,100 rent arrears, landlord served s8 possession "
  "notice. G says he's thought about 'not being here' – GP aware, crisis team referral made.",
  ["MH-ADULT", "FIN", "HOUS"],
  [])
B("Y015", C, "2026-02-23", EV, "orange",
  "Rent arrears cleared through DHP + Gareth's back pay. Landlord withdrew possession claim 12/12.",
  [],
  [("historical", "arrears cleared, possession claim withdrawn: no FIN/HOUS")])
B("Y015", C, "2026-02-23", EV, "yellow",
  "Gareth back at work p/t, weekly Talking Therapies, says mood 'up and down'. C started Prince's Trust 12-wk "
  "programme Jan, attending most days.",
  ["MH-ADULT"],
  [("met", "Callum now on a training programme: EDU-NEET need met")])

# ---------------------------------------------------------------- Y016 Kieran 13
B("Y016", A, "2025-06-23", SM, "red",
  "ICPC 17/06 – Kieran (13) + Lily (9) on CP plans, cat emotional harm. Mum's partner (Dean) assaulted Mum "
  "(Stacey) 05/06, K stepped in and was pushed down the stairs. Dean arrested, bailed not to attend the address. "
  "MARAC 20/06.",
  ["DA"],
  [("lookalike", "partner's arrest for the assault is DA only, not CRIME (conv 7)")])
B("Y016", A, "2025-06-23", SM, "yellow",
  "Stacey on Freedom Programme at Stanwick Women's Aid, IDVA allocated. Says Dean 'isn't bad when he's off the "
  "drink' – Dean now at his mum's; Stacey rarely drinks.",
  ["DA"],
  [("outside", "Dean's drinking: he is out of the household, no SUB"),
   ("negated", "Stacey rarely drinks: no SUB")])
B("Y016", C, "2026-01-26", SM, "red",
  "CP plans ended at RCPC 08/12, now CIN (s17) plan for 3 mths. Dean got a restraining order on conviction but "
  "has been seen driving past the house twice, police aware.",
  ["DA"],
  [])
B("Y016", C, "2026-01-26", SM, "blue",
  "Stacey has her safety plan, Ring doorbell fitted, knows to ring 999 if Dean breaches the order.",
  ["DA"],
  [("hypothetical", "999 only if he breaches, but the safety plan itself is 'now managing' (blue: present)", False)])

# ---------------------------------------------------------------- Y017 Riley 15
B("Y017", A, "2025-03-24", BR, "yellow",
  "Riley (15) won't go out since the neighbours at no.14 threatened Mum over parking – loud music, shouting at "
  "the windows. Mum called police x2 about them. R says her chest goes tight and she feels panicky walking past. "
  "She vapes, Mum knows. EHW doing anxiety work w/ R.",
  ["MH-CHILD"],
  [("outside", "neighbours' ASB and police calls about them: not CRIME for this family"),
   ("lookalike", "vaping is not SUB (conv 12)")])
B("Y017", C, "2025-08-04", BR, "blue",
  "Neighbours at no.14 evicted in June. Riley out w/ friends again, uses the breathing techniques from EHW when "
  "she feels panicky.",
  ["MH-CHILD"],
  [("lookalike", "the neighbours' eviction is not HOUS for this family")])

# ---------------------------------------------------------------- Y018 Tommy 13
B("Y018", A, "2025-09-01", MH, "yellow",
  "Tommy (13) reported MFH x2 in Aug by Mum (Kirsty), both times found by police at a mate's on the Beeches estate "
  "next morning. RHIs done, T says he 'lost track of time'. Screening tool = low.",
  ["SAFE-EXP"],
  [("lookalike", "police finding a missing child is not CRIME")])
B("Y018", A, "2025-09-01", MH, "green",
  "Starting Yr 9 Millhaven CC – attendance 97% last yr, no behaviour points. T hasn't been to the dentist for 2 yrs, "
  "Kirsty has booked him in.",
  ["PH"],
  [("met", "good attendance/behaviour is pure good news, not coded")])
B("Y018", C, "2026-01-05", MH, "blue",
  "No MFH since Aug. T home by his 9pm curfew most nights, Kirsty keeps in touch w/ the other mums. 2 fillings "
  "done Nov, dental treatment finished.",
  ["REL-PAR"],
  [("historical", "no missing episodes since Aug: no SAFE-EXP"),
   ("historical", "dental treatment finished: no PH")])

# ---------------------------------------------------------------- Y019 Sophie 14
B("Y019", A, "2025-02-10", EV, "yellow",
  "Dad (Mark) having chemo for bowel cancer, Mum (Jo) works f/t. Sophie (14) stays off school on chemo days to look "
  "after Dad + brother Finn (6). Attendance 84%. Referred to Eastcote Young Carers.",
  ["PH", "CARER", "EDU-ATT"],
  [])
B("Y019", A, "2025-02-10", EV, "green",
  "Finn (6) – wetting himself at school since Dad's diagnosis, school nurse reviewed, GP ruled out infection.",
  ["PH"],
  [("lookalike", "toileting at 6 (school age) is PH, not EYD (conv 9)")])
B("Y019", C, "2025-07-21", EV, "blue",
  "Sophie no longer missing school for Dad, 95% summer term. Still goes to Young Carers youth club on Thurs for her "
  "own time. Mark's sick pay runs out in Oct – if money gets tight Jo will ring Citizens Advice.",
  ["CARER"],
  [("met", "school absence for caring has stopped: EDU-ATT not coded"),
   ("hypothetical", "money help only if it gets tight: no FIN")])

# ---------------------------------------------------------------- Y020 Mason 16
B("Y020", A, "2025-05-12", SM, "orange",
  "Mason (16) ASD, EHCP. Police called x3 since Feb by Mum (Lorraine) after M smashed the TV and hit her w/ the "
  "remote during meltdowns. No charges, L doesn't want him criminalised. Multi-agency TAF plan agreed 06/05.",
  ["REL-PAR", "CRIME", "EDU-SEND"],
  [("lookalike", "child-to-parent violence: REL-PAR + CRIME as police involved, not DA (conv 8)")])
B("Y020", A, "2025-05-12", SM, "yellow",
  "Place at Kingsmead College Sept (Foundation Learning), transition visits set up by SEND team. Lorraine "
  "exhausted, says she's 'at breaking point', GP started her on antidepressants.",
  ["EDU-SEND", "MH-ADULT"],
  [("note", "college place confirmed: no EDU-NEET")])
B("Y020", C, "2025-12-01", SM, "yellow",
  "M at Kingsmead 4 days/wk, college SENCO says he's settled w/ 1:1 at breaks. No police call-outs since June. "
  "Lorraine goes to the parent carer forum, gets Carer's Allowance for him.",
  ["EDU-SEND"],
  [("historical", "no police call-outs since June: CRIME not coded"),
   ("lookalike", "'parent carer' and Carer's Allowance are not CARER or FIN (conv 5, 12)")])

# ---------------------------------------------------------------- Y021 Kai 14
B("Y021", A, "2025-10-20", BR, "red",
  "Strategy discussion 14/10 after Kai (14) told school there was no food in the house all weekend. HV by SW: dog "
  "mess on floors, fridge not working, Kai + sister Ellie (13) on mattresses w/ no bedding. s47, ICPC set for 03/11.",
  ["SAFE-NEG"],
  [("note", "'HV' here is a home visit, not a health visitor")])
B("Y021", A, "2025-10-20", BR, "orange",
  "Kai bullied at school over body odour + dirty uniform, won't do PE, kit usually missing. Attendance 71%. "
  "School doing uniform swap + shower access before registration.",
  ["SAFE-EXP", "SAFE-NEG", "EDU-ATT"],
  [("lookalike", "'kit usually missing' is not a missing episode (SAFE-EXP present anyway from the bullying)", False)])
B("Y021", C, "2026-05-11", BR, "red",
  "Kai + Ellie on CP plans (neglect) since 03/11, RCPC 29/04 – plans continue 3 more mths. Home conditions better "
  "but still up and down, SW visiting weekly.",
  ["SAFE-NEG"],
  [])
B("Y021", C, "2026-05-11", BR, "yellow",
  "Mum (Donna) now under CMHT, on meds, bereavement counselling since her mum died in July. Budgeting support from "
  "Brackenford Money Advice ongoing, no food bank use since Feb.",
  ["MH-ADULT", "FIN"],
  [("historical", "food bank use ended Feb; FIN stays present via ongoing budgeting support", False)])

# ---------------------------------------------------------------- Y022 Priya 15
B("Y022", A, "2025-06-02", MH, "yellow",
  "Parents (Raj + Meena) separated in April after 18 yrs, Dad moved to a flat in Brackenford. Ongoing rows about "
  "money and which wkends Priya (15) and Arjun (13) go to Dad's – both parents clear there's no abuse, just 'a lot "
  "of shouting on the phone'. Family mediation booked.",
  ["REL-CONF"],
  [("negated", "no abuse: REL-CONF not DA"),
   ("lookalike", "rows 'about money' are not a money problem: no FIN")])
B("Y022", A, "2025-06-02", MH, "green",
  "Priya Yr 10, predicted 7s and 8s, but told form tutor she feels 'stuck in the middle', crying in lessons. "
  "School counsellor offered.",
  ["MH-CHILD"],
  [])
B("Y022", C, "2025-11-17", MH, "blue",
  "Child arrangements agreed at mediation – alt wkends + Weds tea at Dad's. Parents using a co-parenting app to keep "
  "messages civil.",
  ["REL-CONF"],
  [])
B("Y022", C, "2025-11-17", MH, "green",
  "Priya finished 6 sessions w/ school counsellor, says she's 'loads better', no more sessions needed.",
  [],
  [("historical", "counselling finished, no further need: no MH-CHILD")])

# ---------------------------------------------------------------- Y023 Lewis 17
B("Y023", A, "2025-04-14", EV, "orange",
  "Lewis (17) + mates drinking in Eastcote park most wkends, residents complaining, dispersal order used. Police "
  "brought L home drunk 05/04 and 12/04. CBO being looked at. Lives w/ Mum (Angela) and brother Ryan (22) who is on "
  "licence, out of HMP Oakhill in Feb.",
  ["CRIME", "SUB"],
  [("hypothetical", "CBO only being considered; CRIME present anyway from the ASB and Ryan's licence", False)])
B("Y023", A, "2025-04-14", EV, "yellow",
  "L doing L2 Motor Vehicle at Kingsmead, attendance 70%, on final warning for lateness/missed sessions – at risk of "
  "losing his place.",
  ["EDU-ATT", "EDU-NEET"],
  [])
B("Y023", C, "2025-09-29", EV, "orange",
  "Ryan recalled to prison in Aug for breaching his licence, not living at home now.",
  [],
  [("outside", "Ryan has left the household: no CRIME")])
B("Y023", C, "2025-09-29", EV, "yellow",
  "L passed L2, starting L3 Sept. Still drinking at wkends but no police contact since May. TYS youth worker seeing "
  "him fortnightly re his drinking.",
  ["SUB"],
  [("historical", "no police contact since May: CRIME not coded"),
   ("met", "college going well: no EDU-ATT/EDU-NEET")])

# ---------------------------------------------------------------- Y024 Mia 14
B("Y024", A, "2025-08-11", SM, "orange",
  "Mia (14) MFH x3 in July after rows w/ Mum (Rachel) about her new partner Shaun moving in. Found by police each "
  "time at Dad's (Paul) in Millhaven. Mia says Shaun is 'fine, I just don't want him here' – no concerns about how "
  "he treats her. TAF plan agreed.",
  ["SAFE-EXP", "REL-PAR"],
  [("negated", "no concerns about Shaun"),
   ("lookalike", "police finding her is not CRIME")])
B("Y024", A, "2025-08-11", SM, "green",
  "Rachel says Paul has a drink problem, he lives alone in Millhaven, M sees him wkends. Mia has hearing loss in her "
  "L ear, audiology review via GP.",
  ["PH"],
  [("outside", "Dad's drinking: not in the household, no SUB")])
B("Y024", C, "2026-01-14", SM, "yellow",
  "No MFH since Sept. Mia + Rachel doing 'mum and me' sessions w/ EHW – still clash over Shaun but talking more.",
  ["REL-PAR"],
  [("historical", "no missing episodes since Sept: no SAFE-EXP")])

# ---------------------------------------------------------------- Y025 Nathan 15
B("Y025", A, "2025-11-24", BR, "orange",
  "Nathan (15) Yr 11, 4 suspensions since Sept – walking out of lessons, swearing at staff. On final warning, "
  "school says next incident could be PEX. Managed move to Eastcote Vale School going to Fair Access panel.",
  ["EDU-EXC"],
  [("hypothetical", "PEX only on next incident; EDU-EXC present anyway (suspensions, risk, managed move)", False)])
B("Y025", A, "2025-11-24", BR, "yellow",
  "Nathan dyslexic (dx Yr 5), reading age 10. Mum (Hayley) has applied for EHC needs assessment, SENCO supporting. "
  "N says he messes about 'so nobody sees I can't read it'.",
  ["EDU-SEND"],
  [])
B("Y025", A, "2025-11-24", BR, "green",
  "Half-brother Archie (2y3m) – HV 2-yr check: about 10 words, not pointing. Referred to SALT, takes up 15 free hrs "
  "at Little Acorns nursery from Jan.",
  ["EYD"],
  [])
B("Y025", C, "2026-06-15", BR, "green",
  "Managed move went ahead Jan, N at Eastcote Vale School, 1 suspension since (1 day), sitting GCSEs now. EHCP "
  "issued March, reader/scribe for exams. Archie still w/ SALT, 40+ words, nursery say he's 'coming on loads'.",
  ["EDU-EXC", "EDU-SEND", "EYD"],
  [])

# ---------------------------------------------------------------- Y026 Jake 16
B("Y026", A, "2025-12-01", EV, "yellow",
  "Jake (16) Yr 12 at Kingsmead sixth form. Mum (Sharon) found £850 spent on online casino sites on her card – now "
  "overdrawn and behind on the gas bill. J has self-excluded via GamStop since. Referred to YGAM gambling support.",
  ["FIN"],
  [("lookalike", "gambling debts are FIN, not SUB (conv 10)"),
   ("lookalike", "'self-excluded' from gambling sites is not a school exclusion")])
B("Y026", A, "2025-12-01", EV, "green",
  "J getting headaches most afternoons, GP appt 04/12, eye test booked for Sat.",
  ["PH"],
  [])

# ---------------------------------------------------------------- Y027 Chantelle 17
B("Y027", A, "2025-09-08", SM, "orange",
  "Chantelle (17) asked to leave by Mum after months of rows, sofa surfing at mates' for 3 wks. Joint assessment w/ "
  "Housing (16-17 protocol), placed in supported lodgings. NEET since leaving Yr 11.",
  ["HOUS", "REL-PAR", "EDU-NEET"],
  [("lookalike", "'joint assessment' is joint working, not cannabis")])
B("Y027", C, "2026-03-02", SM, "yellow",
  "Still in supported lodgings, moving to a 16-25 supported housing flat in April. Started a traineeship at Stanwick "
  "Youth Hub. Sees Mum for Sunday dinner, they get on much better now.",
  ["HOUS"],
  [("met", "traineeship: EDU-NEET need met"),
   ("met", "relationship with Mum now good news only: no REL-PAR")])

# ================================================================= unboxed notes
U("W001", A, "2025-03-18", BR, "yellow",
  "TYS drop-in: Ethan (15) came in w/ a mate. Says he gets sent out of geography 'loads' and is on report, 2 "
  "detentions this wk. Wants to stay out of trouble. Mum works at the Co-op. Agreed 6 wks 1:1 w/ TYS worker.",
  ["EDU-EXC"],
  [("note", "'sent out' of lessons and detentions are behaviour at school: EDU-EXC")])
U("W002", A, "2025-05-27", MH, "blue",
  "Call from Mum (Lisa): Freya (13) 'moody', stays in her room a lot since Xmas. No SH, eating ok, still sees "
  "friends. Signposted to Young Minds parent helpline + Kooth, Lisa to ring back if she gets more worried.",
  ["MH-CHILD"],
  [("negated", "no self-harm, eating ok"),
   ("hypothetical", "ring back only if more worried")])
U("W003", A, "2025-07-02", EV, "orange",
  "PPN rec'd: Kyle (16) arrested 29/06 for criminal damage to a bus shelter, bailed. Lives w/ Dad (Steve). Dad says "
  "K is 'out of control', out till 2am, won't listen. K had a YOS referral order in 2023, completed.",
  ["CRIME", "REL-PAR"],
  [("historical", "2023 YOS order completed; CRIME present from the new arrest", False)])
U("W004", A, "2025-10-08", SM, "red",
  "MASH outcome: strategy mtg 07/10 re Tia (14). Told her HoY that Mum's boyfriend (lives w/ them) hits Mum and has "
  "slapped Tia. s47 agreed. Mum denies any DA.",
  ["DA"],
  [("negated", "Mum's denial does not cancel Tia's disclosure", False)])
U("W005", C, "2025-12-15", BR, "yellow",
  "Closure summary – Noah (13). School refusal resolved, 96% this term, no support needed now. Anxiety: no current "
  "concerns. Mum (Joanne) still paying off catalogue debt £15/wk on the budget plan Citizens Advice set up. Closed to EH.",
  ["FIN"],
  [("historical", "school refusal resolved: no EDU-ATT"),
   ("negated", "anxiety: no current concerns")])
U("W006", A, "2026-02-09", MH, "green",
  "School nurse drop-in: Lacey (14) – very heavy, painful periods, off 2-3 days every month. SN advised GP appt, Mum "
  "aware. Asked re alcohol/drugs – says no.",
  ["PH", "EDU-ATT"],
  [("negated", "denies alcohol/drugs: no SUB")])
U("W007", C, "2026-04-27", SM, "yellow",
  "EH closure note: Rhys (17) on L2 apprenticeship w/ Stanwick Motors since March. Mum (Carol) has stopped going to "
  "her depression support grp, says she doesn't need it now. Rhys still helps care for brother Owen (9) who has CP "
  "(cerebral palsy) – evening care 3x wk, carers' breaks via Stanwick Young Carers continue.",
  ["CARER", "PH"],
  [("lookalike", "'CP' here is cerebral palsy, not a child protection plan (no red cue)"),
   ("historical", "Mum no longer needs support: no MH-ADULT"),
   ("met", "apprenticeship: no EDU-NEET")])


# ================================================================= writer
def main():
    ids = [r["narrative_id"] for r in ROWS]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        for r in ROWS:
            w.writerow([r["narrative_id"], r["triage_id"], r["case_id"], r["stage"], r["date"],
                        r["level"], r["locality"], r["narrative"]])
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for r in ROWS:
            assert len(r["codes"]) == len(set(r["codes"])), r["narrative_id"]
            for c in r["codes"]:
                w.writerow([r["narrative_id"], c, r["gold_level"]])
    traps = [dict(narrative_id=r["narrative_id"], gold_codes=r["codes"], gold_level=r["gold_level"],
                  traps=r["traps"]) for r in ROWS if r["traps"]]
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(traps, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n_codes = sum(len(r["codes"]) for r in ROWS)
    print(f"{len(ROWS)} narratives, {n_codes} gold rows, {len(traps)} with traps")


if __name__ == "__main__":
    main()
