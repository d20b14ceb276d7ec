#!/usr/bin/env python3
"""Blind gold set Z (fathers / male carers as DA victims, same-sex couples; invented Merseyside borough).

Written from /work/shared/taxonomy.md only. Each narrative is added with N(...):
  N(narrative_id, date, locality, text, gold_codes, traps, level=None)
- boxed narratives: id CASE-STAGE-box, gold codes take the box level (convention 2);
- unboxed notes: id CASE-STAGE-note, `level` = the single highest cue in the text.
traps: list of (type, code, note).
Standard library only. Writes narratives.csv, gold.csv, traps.json (UTF-8, CRLF).
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]
STAGES = {"A": "assessment", "C": "closure"}
ROWS = []      # narratives
GOLD = []      # (narrative_id, code, level)
TRAPS = {}     # narrative_id -> list of dicts


def N(nid, date, locality, text, codes, traps=(), level=None):
    case_id, st, box = nid.split("-")
    triage_id = case_id + "-" + st
    if box == "note":
        assert level in LEVELS or not codes, nid
        boxlevel = ""
        goldlevel = level
    else:
        assert box in LEVELS and level is None, nid
        boxlevel = box
        goldlevel = box
    assert len(set(codes)) == len(codes), nid
    ROWS.append([nid, triage_id, case_id, STAGES[st], date, boxlevel, locality, text])
    for c in codes:
        GOLD.append([nid, c, goldlevel])
    if traps:
        TRAPS[nid] = [{"type": t, "code": c, "note": n} for (t, c, n) in traps]


# ---------------------------------------------------------------------------
# Batch 1: Z001-Z008
# ---------------------------------------------------------------------------

# Z001 Kestlebank - Craig (34), Lily (7), Mason (4); ex-partner Jade
N("Z001-A-green", "2025-01-14", "Kestlebank",
  "Mason (4) at Puffins Nursery 30 hrs. Keyworker says he's dry at home but still having wee accidents at nursery most weeks, worse on Mondays after weekends at his mums. Lily (7) in Y2 at St Wenna's RC Primary, attendance 97%, class teacher has no worries about her.",
  ["EYD"],
  [("convention", "EYD", "Toileting accidents in an under-5 are EYD (conv 9)."),
   ("not-coded", "EDU-ATT", "Lily's 97% attendance is pure good news with no need stated (conv 3).")])
N("Z001-A-orange", "2025-01-14", "Kestlebank",
  "Police attended 02/01 after Jade (Craig's ex-partner, moved out in Nov) forced the back door and threw a mug at him, Lily (7) saw it. Jade arrested. Craig initialy wouldnt give a statement - 'no one believes a bloke'. He describes 6 yrs of Jade controlling all the money: his wages paid into her account, £20 a week 'pocket money', phone and location checked daily. He's been left with a £1,800 catalogue debt and a loan she took out in his name. DASH 15, MARAC 23/01, referred to Anvil Men's Service.",
  ["DA", "FIN"],
  [("convention", "CRIME", "Ex-partner's arrest for an offence against the adult victim is DA only (conv 7)."),
   ("partial", "FIN", "Financial control is DA; the debt it left him with is a current money problem, so FIN as well.")])
N("Z001-C-blue", "2025-06-20", "Kestlebank",
  "Non-mol granted in March. Craig has given a copy to St Wenna's and Puffins and knows to ring 999 if Jade breaches it. Catalogue debt on a £25/month plan, he budgets with an app his sister set up for him.",
  ["DA", "FIN"],
  [("convention", "DA", "A non-molestation order in force is a DA issue the family is now managing (conv 3); only the 999 step is conditional."),
   ("convention", "FIN", "Paying a debt off monthly counts as present in a blue box (conv 3).")])

# Z002 Ollerby Sands - Aaron (29), partner Luke (31), Kai (10)
N("Z002-A-orange", "2025-02-03", "Ollerby Sands",
  "Aaron disclosed Luke (partner of 4 yrs, not Kai's parent) has strangled him twice, most recently 18/01, and smashed his phone. He hasn't reported to police - worried about being outed at work and that police 'won't take two blokes seriously'. Aaron and Kai (10) left the flat on Pennant Rd on 20/01 and are sofa surfing at Aaron's brothers; homeless application made to Housing Options. Kai late most days since, it's 2 buses, attendance down to 84%. Referrals: MARAC (non-fatal strangulation), Prism LGBT+ DA project.",
  ["DA", "HOUS", "EDU-ATT"],
  [("not-coded", "CRIME", "Partner's violence to the adult victim is DA only (conv 7); no police involvement anyway.")])
N("Z002-A-green", "2025-02-03", "Ollerby Sands",
  "Aaron seen by GP 22/01 for bruising to his neck and low mood, started on sertraline. Kai's asthma well controlled, inhaler kept in school office.",
  ["PH", "MH-ADULT"],
  [("convention", "PH", "Controlled asthma with an inhaler in school is a health need being managed (conv 3); bruising is also physical health."),
   ("not-coded", "DA", "This box does not say how the bruising happened; coded on its own text (conv 1).")])
N("Z002-C-yellow", "2025-07-11", "Ollerby Sands",
  "Aaron and Kai moved into a 2 bed housing association flat in Ollerby Sands in May. Aaron on session 6 of 10 with the Prism group. Luke has been passing messages through mutual friends, Aaron is screenshotting them and thinking about reporting. Kai's attendence back up to 95%.",
  ["DA"],
  [("historical", "HOUS", "Rehoused in May: the homelessness is over."),
   ("historical", "EDU-ATT", "Attendance recovered; no current need stated."),
   ("convention", "DA", "Ongoing DA group (conv 4) plus current indirect contact from Luke.")])

# Z003 Fennick Cross - Steven (41), Ellie (14), Jack (11), Rosie (6); ex-wife Michelle
N("Z003-A-yellow", "2025-03-10", "Fennick Cross",
  "Steven and Michelle seperated Sept 24 and the 3 children chose to stay with dad. Michelle has lodged a C100 about contact and since Dec has made 3 reports to police and 1 to the front door saying Steven hits the kids - all closed NFA, nothing found. Steven says he's anxious all the time waiting for the next knock, GP has signed him off work for 2 wks with anxiety. MIAM offered, Michelle declined. Rosie (6) has started wetting the bed again since Xmas.",
  ["REL-CONF", "MH-ADULT", "PH"],
  [("convention", "DA", "Allegations made within a contact dispute and not described as abuse or control: REL-CONF, not DA (README judgement 1)."),
   ("not-coded", "CRIME", "Reports about Steven closed NFA: no offending by a household member."),
   ("convention", "PH", "Bedwetting at school age is PH (conv 9)."),
   ("not-coded", "FIN", "Being signed off work is not a money problem (conv 5 by analogy).")])
N("Z003-A-orange", "2025-03-10", "Fennick Cross",
  "Ellie (14) disclosed to her form tutor she has been cutting since police came to the house in Feb. Urgent CAMHS referral accepted, first appt 18/03. Ellie says she's 'stuck in the middle' - mum messages her every night asking what dad is doing and who's been round. No concerns re her attendance.",
  ["MH-CHILD", "REL-CONF"],
  [("negated", "EDU-ATT", "'No concerns re her attendance'."),
   ("convention", "REL-CONF", "Child drawn into the separated parents' conflict: REL-CONF (not DA: no abuse described).")])
N("Z003-C-orange", "2025-09-02", "Fennick Cross",
  "Ellie still open to CAMHS, seen fortnightly, no self-harm disclosed since June. CAO made in July: alternate weekends with mum, handovers at Fennick Cross contact centre as they still can't be in the same room. No further police reports since April.",
  ["MH-CHILD", "REL-CONF"],
  [("convention", "MH-CHILD", "Open to CAMHS codes MH-CHILD (conv 4) though self-harm has stopped."),
   ("convention", "REL-CONF", "Conflict still current ('still can't be in the same room'), handled through a contact centre."),
   ("historical", "CRIME", "Police reports ended in April and were never offending.")])

# Z004 Marrowgate - Gemma (33), wife Nicole (36), Alfie (8), Isla (10m)
N("Z004-A-yellow", "2025-04-07", "Marrowgate",
  "Gemma says her wife Nicole 'keeps score' of everything. Nicole controls the joint account and Gemma has to ask for money for nappies, checks her receipts, and has told Gemma's mum she's an unfit parent. Gemma hasnt told anyone else, says people assume women can't do this to each other. Isla (10m) waking 4-5 times a night, HV has given sleep advice. EHW to complete DASH and talk through Prism.",
  ["DA", "PH"],
  [("not-coded", "FIN", "Financial control with no debt, arrears or shortage described is DA only (README judgement 2)."),
   ("convention", "PH", "Sleep is listed under PH; EYD's list (speech, checks, readiness, nursery, toileting, weaning) does not include sleep (README judgement 9).")])
N("Z004-A-orange", "2025-04-07", "Marrowgate",
  "Alfie (8) told his teacher on Monday that Nicole 'pushed mummy into the fridge'. School referral made, police welfare check 04/04, Nicole agreed to leave and is at her sister's. Alfie has been hitting out at other kids in class and had a 1 day suspension last week.",
  ["DA", "EDU-EXC"],
  [("not-coded", "CRIME", "A police welfare check is safeguarding, not offending (conv 7).")])
N("Z004-A-red", "2025-04-07", "Marrowgate",
  "Strategy meeting 05/04: s47 enquiries to be completed for Alfie and Isla because of DA in the household. Nicole wants to come home and is telling professionals Gemma is the aggressor.",
  ["DA"])
N("Z004-C-yellow", "2025-10-15", "Marrowgate",
  "Gemma finished the Prism recovery group in Aug and knows how to apply for a non-mol if Nicole starts again. Isla (16m) sees Nicole at a contact centre twice a month; Gemma and Nicole only communicate via a co-parenting app. Gemma still very anxious before handovers, has self-referred to Talking Therapies. Isla missed her MMR, rebooked.",
  ["REL-CONF", "MH-ADULT", "PH"],
  [("historical", "DA", "Recovery group finished in August; nothing current described."),
   ("hypothetical", "DA", "Non-mol only 'if Nicole starts again'."),
   ("convention", "REL-CONF", "Separated parents who only communicate by app with contact at a centre: current relationship breakdown; abuse not described in this box (conv 1)."),
   ("convention", "PH", "Missed immunisation is PH.")])

# Z005 Kestlebank - Paul (64) special guardian, Tyler (15), Kacey (12)
N("Z005-A-yellow", "2025-01-28", "Kestlebank",
  "Paul (64) has been special guardian for Tyler (15) and Kacey (12) since 2021. Gets the SGO allowance and pension credit, says money isnt a problem. Since his stroke last Feb Paul has weakness down his left side; Kacey sorts his tablets every morning and does most of the cooking on school nights. Kacey on SEN support at Kestlebank Academy for dyslexia.",
  ["CARER", "PH", "EDU-SEND"],
  [("not-coded", "CARER", "Paul as special guardian is an adult kinship carer, not CARER (conv 12); CARER is for Kacey's caring."),
   ("negated", "FIN", "'says money isnt a problem'; benefit names alone are not FIN (conv 5).")])
N("Z005-A-orange", "2025-01-28", "Kestlebank",
  "Tyler has punched holes in 3 doors and pushed Paul over twice this month when told to come in. Police called 19/01, Tyler given a community resolution. He's out til 2-3am, has a new phone and cash Paul can't explain; CCE concerns, NRM being considered. Paul doesn't want to ring police again - 'he's my grandson, I'm not having him locked up'.",
  ["REL-PAR", "CRIME", "SAFE-EXP"],
  [("convention", "DA", "Violence by a 15-year-old to his carer is child-to-parent violence: REL-PAR + CRIME (police), not DA (conv 8).")])
N("Z005-C-yellow", "2025-07-18", "Kestlebank",
  "Tyler engaging with his YOS worker (triage outcome) and goes to the boxing project Tues/Thurs. No violence at home since March - Paul says the house is calmer. Kacey registered with Tidewater Young Carers and goes to their Thursday club.",
  ["CRIME", "CARER"],
  [("historical", "REL-PAR", "'No violence at home since March'."),
   ("convention", "CRIME", "YOS involvement is youth justice (conv 7)."),
   ("convention", "CARER", "Young carers service codes CARER (conv 4).")])

# Z006 Ollerby Sands - Dean (38), partner Kerry-Ann (35), Amelia (5), Reggie (8m)
N("Z006-A-green", "2025-05-12", "Ollerby Sands",
  "Reggie (8m) weighed by HV - dropped from 50th to 25th centile, reweigh in 2 wks. Amelia (5) in Reception at Ollerby Sands Primary; teacher says she's often hungry when she arrives and has taken food out of other childrens lunchboxes.",
  ["PH", "SAFE-NEG"],
  [("convention", "SAFE-NEG", "A hungry child is SAFE-NEG; no food bank or poverty described so no FIN (conv 10).")])
N("Z006-A-orange", "2025-05-12", "Ollerby Sands",
  "Kerry-Ann (Dean's partner, Reggie's mum) drinking most days, 2-3 bottles of wine. Dean says when she's drunk she 'goes for him' - scratching, biting, he showed EHW marks on his forearm. He won't involve police, thinks they'd side with her and he'd lose the kids. Dean's hours at the warehouse cut after he missed shifts to mind the kids; UC claim in but 5 wk wait, £400 rent arrears and a s21 notice recieved 30/04. Referred to Housing Options and Citizens Advice; Kerry-Ann agreed to referral to Turnstone D&A service.",
  ["SUB", "DA", "FIN", "HOUS"],
  [("convention", "SUB", "Kerry-Ann lives in the household, so her drinking is SUB."),
   ("convention", "FIN", "FIN rests on the arrears and UC wait, not on shift work (conv 5).")])
N("Z006-C-blue", "2025-11-04", "Ollerby Sands",
  "Dean paying £30 a week off the arrears from his UC and the landlord has withdrawn the notice. Kerry-Ann still goes to Turnstone every fortnight and says she's only drinking at weekends. Dean's mum has Amelia after school Weds and Fri.",
  ["FIN", "SUB"],
  [("historical", "HOUS", "Notice withdrawn: the housing risk is over."),
   ("convention", "FIN", "Paying off arrears is present in a blue box (conv 3)."),
   ("convention", "SUB", "Ongoing D&A service and still drinking (conv 4).")])

# Z007 Fennick Cross - Mohammed (39), Yusuf (16), Aisha (9); ex-wife Sana
N("Z007-A-yellow", "2025-06-09", "Fennick Cross",
  "Yusuf (16) left Fennick Cross College in Feb after 3 wks and hasn't been in education/work/training since. Says he'd like to be an electrician - EHW to link him with the Careers Hub and an apprenticeship taster. Aisha (9) on the ASD pathway, SENCo has put in a now/next board and ear defenders. GP has prescribed a new cream for Aisha's eczema.",
  ["EDU-NEET", "EDU-SEND", "PH"],
  [("convention", "FIN", "A 16+ NEET young person is EDU-NEET only (conv 11)."),
   ("convention", "EDU-SEND", "ASD pathway codes EDU-SEND (conv 4).")])
N("Z007-A-orange", "2025-06-09", "Fennick Cross",
  "Mohammed and Sana separated 2024. He has since found 2 credit cards and a car finance agreement in his name that Sana took out, approx £9k, and she still has his online banking login and moves money. Sana has told family and people at the mosque that Mohammed was violent to her - he denies it and there's never been a police report either way. He says he has no one to talk to. Fraud reported to police; referral to Anvil Men's Service.",
  ["DA", "FIN"],
  [("not-coded", "CRIME", "Sana's fraud is an ex-partner's offence against the victim, outside the household: DA (conv 6, 7)."),
   ("not-coded", "MH-ADULT", "'No one to talk to' describes isolation, not a mental health need."),
   ("partial", "FIN", "The £9k debt in his name is a current money problem alongside the economic abuse.")])
N("Z007-C-yellow", "2025-12-08", "Fennick Cross",
  "Yusuf started a Level 1 electrical course at Fennick Cross College in Sept and is attending well. Mohammed on a debt relief order via Citizens Advice; banks accepted fraud claims on both cards but the car finance is still disputed. Aisha got her ASD diagnosis in Oct, SEN support continues. Eczema has cleared up.",
  ["FIN", "EDU-SEND"],
  [("historical", "EDU-NEET", "Now on a college course."),
   ("historical", "PH", "'Eczema has cleared up'."),
   ("not-coded", "DA", "This box describes only the money consequences of the fraud (conv 1).")])

# Z008 Marrowgate - Ryan (27), Josh (30), Poppy (3); Poppy's mum Chantelle
N("Z008-A-green", "2025-02-17", "Marrowgate",
  "Poppy (3) at Tadpoles nursery 15 hrs from Jan. Still in nappies day and night, HV has given Josh a toileting plan. Her 2-2.5yr check was missed in 2024 when she lived with mum - HV did it last month, speech and motor skills fine.",
  ["EYD"],
  [("historical", "EYD", "The missed 2024 check has since been done; only the toileting is current."),
   ("negated", "EYD", "'speech and motor skills fine'.")])
N("Z008-A-yellow", "2025-02-17", "Marrowgate",
  "Chantelle (Poppy's mum, lives separately, has Poppy Fri-Sun) has told nursery and the GP that Ryan is 'a danger' to Poppy and has posted about Josh and Ryan on Facebook with homophobic comments. Police spoke to Ryan 10/02 after an anonymous report - NFA, no concerns. Josh and Chantelle are back in court over the shared care arrangement. Josh isn't sleeping and has lost a stone in weight since Christmas.",
  ["REL-CONF", "PH"],
  [("convention", "DA", "False allegations and posts within a court contact dispute, not described as abuse: REL-CONF (README judgement 1)."),
   ("not-coded", "CRIME", "Police spoke to Ryan, NFA: no offending."),
   ("convention", "PH", "Adult sleep and weight loss are PH; no mental health condition is named.")])
N("Z008-C-blue", "2025-08-29", "Marrowgate",
  "Court order in place - shared care 50/50, handovers at Josh's parents' house so Josh and Chantelle don't meet. They only message about Poppy now. Facebook posts taken down after Josh reported them.",
  ["REL-CONF"],
  [("convention", "REL-CONF", "Post-dispute arrangements set up so the parents don't meet = conflict now being managed (conv 3, README judgement 4).")])

# ---------------------------------------------------------------------------
# Batch 2: Z009-Z016
# ---------------------------------------------------------------------------

# Z009 Kestlebank - Lee (40) stepdad, Tanya (mum), Brandon (13), Ruby (6)
N("Z009-A-yellow", "2025-09-15", "Kestlebank",
  "Brandon (13) on a part-time timetable at Larchmere Academy (mornings only) after being removed from lessons 14 times this half term. Head of year has said he's at risk of permanent exclusion.",
  ["EDU-ATT", "EDU-EXC"],
  [("convention", "EDU-ATT", "Part-time timetable is EDU-ATT; removals and risk of exclusion are EDU-EXC.")])
N("Z009-A-orange", "2025-09-15", "Kestlebank",
  "Lee (stepdad) disclosed Tanya has hit him with a hairdryer and a remote, school staff photographed a cut above his eye. Tanya using cocaine at weekends, Lee says she's 'a different person' after. Brandon missing overnight x2 in Aug, found by police in the city centre both times. MARAC referral made.",
  ["DA", "SUB", "SAFE-EXP"],
  [("not-coded", "CRIME", "Police finding a missing child is safeguarding, not CRIME (conv 7)."),
   ("not-coded", "PH", "The cut is the DA injury; no separate health need described.")])
N("Z009-A-red", "2025-09-15", "Kestlebank",
  "ICPC 10/09: Brandon and Ruby (6) subject to CP plans, category emotional abuse, due to domestic abuse and mum's substance misuse. SW Nadia Okafor allocated, core group 24/09.",
  ["DA", "SUB"])
N("Z009-C-orange", "2026-03-20", "Kestlebank",
  "CP plans stepped down to CIN in Feb. Tanya moved out in Dec and says she's still using; she has turned up at the house drunk twice in Jan demanding to see the kids, Lee called police both times. Brandon no missing episodes since Nov. Ruby (6) has started wetting herself at school, school nurse involved.",
  ["DA", "PH"],
  [("outside", "SUB", "Tanya no longer lives in the household; her use is not coded, its effect (turning up drunk) is DA (conv 6)."),
   ("historical", "SAFE-EXP", "'no missing episodes since Nov'."),
   ("convention", "PH", "Day wetting at school age is PH (conv 9)."),
   ("convention", "DA", "Box level orange applies although the text mentions CIN (conv 2).")])

# Z010 Fennick Cross - Marcus (42), Dan (37), Leo (9), Freddie (7), adopted 2020
N("Z010-A-yellow", "2025-03-24", "Fennick Cross",
  "Marcus and Dan adopted Leo and Freddie in 2020. Marcus says Dan has got more and more controlling since Marcus was diagnosed with depression last year - decides when he can see friends, hides his car keys, and says he'll tell the post-adoption team Marcus is 'unstable' and get the boys taken off him. Marcus on antidepressants from GP. He doesn't want police, EHW to explore Prism. Leo (9) has an EHCP (SEMH, SLCN), 1:1 TA mornings at Fennick Cross Juniors.",
  ["DA", "MH-ADULT", "EDU-SEND"],
  [("not-coded", "DA", "Threat to tell the adoption team is part of coercive control, coded once as DA.")])
N("Z010-A-orange", "2025-03-24", "Fennick Cross",
  "Both boys showing trauma related behaviour - Freddie (7) hides under the table when voices are raised, Leo hits his own head when upset. Referred to CAMHS (adoption pathway), accepted.",
  ["MH-CHILD"],
  [("not-coded", "REL-CONF", "'Voices are raised' gives no parental conflict or abuse in this box (conv 1)."),
   ("not-coded", "REL-PAR", "Trauma behaviour is coded as MH-CHILD; no parenting or boundary problem described.")])
N("Z010-C-orange", "2025-09-30", "Fennick Cross",
  "Dan moved out in July. The boys live with Marcus and see Dan Saturdays; handovers are tense and Dan says he'll go to court for the boys to live with him. Leo and Freddie both still open to CAMHS. Marcus's GP reviewing his meds monthly, he says he feels 'more like myself'.",
  ["REL-CONF", "MH-CHILD", "MH-ADULT"],
  [("convention", "REL-CONF", "Tense handovers and a threatened court application: contact dispute; no abuse described in this box (conv 1)."),
   ("convention", "MH-ADULT", "Ongoing medication review codes MH-ADULT (conv 4).")])

# Z011 Marrowgate - Kevin (47) paraplegic, wife Donna, Callum (12)
N("Z011-A-yellow", "2025-05-19", "Marrowgate",
  "Kevin (47) paraplegic since a work accident in 2019, gets PIP. Callum (12) helps him transfer in/out of bed and empties his catheter bag most mornings before school. Callum has been asking the school nurse for paracetamol for headaches, optician appt booked. Referral to Tidewater Young Carers.",
  ["PH", "CARER"],
  [("not-coded", "FIN", "PIP named with no money problem (conv 5)."),
   ("convention", "CARER", "CARER comes from Callum's described caring tasks, not from the benefit (conv 5).")])
N("Z011-A-orange", "2025-05-19", "Marrowgate",
  "Kevin disclosed Donna (wife, Callum's mum) takes his PIP and Motability money, leaves him in bed until she's ready to get him up, and has threatened to 'put him in a home'. His account is £600 overdrawn and the gas is on emergency credit. Kevin scared to tell police as Donna is his main carer. ASC and police informed with consent, MARAC referral.",
  ["DA", "FIN"],
  [("not-coded", "CARER", "Donna as 'main carer' is an adult carer, not a young carer (conv 12)."),
   ("not-coded", "PH", "No illness or disability is stated in this box itself (conv 1)."),
   ("partial", "FIN", "Overdraft and emergency gas credit are a current money problem as well as economic abuse.")])
N("Z011-C-blue", "2025-12-01", "Marrowgate",
  "Callum goes to Tidewater young carers club fortnightly and has a young carer card for school. Kevin has a care agency 3x daily now and a non-mol against Donna (Oct). Overdraft cleared with Citizens Advice help, gas back on a normal meter.",
  ["CARER", "PH", "DA"],
  [("historical", "FIN", "Overdraft 'cleared', gas back to normal (conv 3)."),
   ("convention", "PH", "An ongoing care package codes the care/disability area PH (conv 4; README judgement 10)."),
   ("convention", "DA", "Non-mol in force, now managing (conv 3).")])

# Z012 Ollerby Sands - Tomasz (35), wife Agnieszka, Kuba (8), Zofia (4)
N("Z012-A-green", "2025-06-23", "Ollerby Sands",
  "Kuba (8) falling asleep in class most afternoons and school say he snores loudly on trips; Tomasz took him to GP, referred to ENT re possible sleep apnoea. Kuba gets EAL support and is making good progress. Zofia (4) starting Reception in Sept, nursery say she's ready.",
  ["PH"],
  [("not-coded", "EDU-SEND", "EAL support is not special educational need."),
   ("not-coded", "EYD", "School readiness described only as good news (conv 3).")])
N("Z012-A-orange", "2025-06-23", "Ollerby Sands",
  "Tomasz (35) works nights at a food packing plant. Via interpreter he says Agnieszka keeps both passports and his bank card and tells him he'll be deported if he 'makes trouble'; he's had no money of his own for a year. No physical violence. On 16/06 Agnieszka told Kuba's school Tomasz had hit Kuba - school referral, police and SW visited 18/06, Kuba said dad never hits him and CSC closed it NFA. Tomasz says she's threatened to report him again if he leaves.",
  ["DA"],
  [("not-coded", "FIN", "Economic control with no debt or shortage for the household; night work is not FIN (conv 5)."),
   ("negated", "DA", "'No physical violence' negates violence only; the coercive control is present."),
   ("convention", "DA", "The false report is used as a threat to stop him leaving, so it is part of the abuse (README judgement 1)."),
   ("not-coded", "CRIME", "Report about Tomasz closed NFA.")])
N("Z012-C-yellow", "2025-11-25", "Ollerby Sands",
  "Tomasz has his own bank account now and got his passport back after a joint meeting with EHW and Anvil worker. Still living together; he says it's 'quieter' but Agnieszka checks his phone every night. He's started an ESOL class at the Family Hub.",
  ["DA"],
  [("partial", "DA", "Some control has ended (passport, account) but nightly phone checks are current.")])

# Z013 Fennick Cross - Chris (50), Harvey (17), Mia (15); ex-partner Lisa lives elsewhere
N("Z013-A-yellow", "2025-07-07", "Fennick Cross",
  "Harvey (17) dropped out of his apprenticeship in April, gaming most of the day, no plans. Chris (50) lost his job as a delivery driver in May, now on UC and behind on the water and council tax. Chris admits he's drinking 'a bit more than I should' since Lisa left - about 4-5 pints most nights. He says Lisa used to hit him when she'd been drinking but there's been no contact between them since she moved out in 2024.",
  ["EDU-NEET", "FIN", "SUB"],
  [("historical", "DA", "'used to hit him', no contact since 2024."),
   ("convention", "FIN", "FIN from the adult's worklessness and arrears, not from Harvey's NEET status (conv 11).")])
N("Z013-A-orange", "2025-07-07", "Fennick Cross",
  "Mia (15) has been talking online to a 'boyfriend' (thought to be 19/20) she's never met and has sent him images. Missing overnight 28/06, found by police at a flat in the city centre. Exploitation team involved, CE screening = significant risk. Mia's mum Lisa (lives in Marrowgate) drinking heavily and has rung Mia drunk late at night.",
  ["SAFE-EXP"],
  [("outside", "SUB", "Lisa lives elsewhere; her drinking is not coded (conv 6)."),
   ("not-coded", "CRIME", "Police finding a missing child is not CRIME (conv 7).")])
N("Z013-C-orange", "2025-12-15", "Fennick Cross",
  "Mia still allocated to the exploitation team, CE worker weekly, no missing episodes since Sept. Harvey doing the 12 wk Next Step employability course 4 days a week. Chris going to Turnstone's Tuesday group and has cut right down; still looking for work.",
  ["SAFE-EXP", "SUB", "FIN"],
  [("historical", "EDU-NEET", "Harvey is now in training."),
   ("convention", "SAFE-EXP", "Ongoing exploitation-team work codes SAFE-EXP (conv 4) although missing episodes stopped."),
   ("convention", "FIN", "Adult still out of work (worklessness).")])

N("Z013-C-blue", "2025-12-15", "Fennick Cross",
  "Chris's sister has Mia and Harvey round for Sunday dinner every week now. Chris says he's had no contact with Lisa since she moved out and doesn't want any - no DA concerns. Harvey's gaming 'not an issue now he's busy'.",
  [],
  [("negated", "DA", "'no DA concerns'; no contact with the ex-partner."),
   ("historical", "REL-PAR", "Gaming described as no longer an issue."),
   ("not-coded", "REL-CONF", "No conflict described; the separation is in the past.")])

# Z014 Marrowgate - Frank (61), grandchildren Summer (9), Jayden (6); adult son Danny (24)
N("Z014-A-green", "2025-08-11", "Marrowgate",
  "Summer (9) and Jayden (6) both at Marrowgate Primary and attending well, school nurse has no health concerns for either. Frank (61) has a CAO for the children since their mum went to prison in 2023.",
  [],
  [("negated", "PH", "'school nurse has no health concerns'."),
   ("not-coded", "CARER", "Frank is an adult kinship carer (conv 12)."),
   ("outside", "CRIME", "The children's mother in prison is outside the household (conv 6)."),
   ("not-coded", "EDU-ATT", "'attending well' is good news only.")])
N("Z014-A-orange", "2025-08-11", "Marrowgate",
  "Frank's son Danny (24) moved back in at Xmas. Smokes cannabis every day in the house and Frank found ketamine in the bathroom. Danny 'borrows' out of Frank's pension and nothing comes back - Frank now £340 behind on gas and electric. Last week Danny pushed Frank into the wall when he refused him money, Summer saw it. Frank hasn't called police, 'he's still my lad'. DASH medium; Danny agreed to a Turnstone assessment.",
  ["SUB", "FIN", "DA"],
  [("convention", "REL-PAR", "Abuse of a parent by an adult son (24) living in the household is coded DA; conv 8's child-to-parent violence is read as a child or young person (README judgement 3)."),
   ("not-coded", "CRIME", "No police or justice involvement described.")])
N("Z014-C-yellow", "2026-01-19", "Marrowgate",
  "Danny moved into a supported housing flat in Nov and still sees Turnstone; comes round for Sunday dinner. Gas/electric arrears being paid back at £5/wk through deductions from Frank's pension credit. Jayden had grommets in Oct, hearing better, ENT review in spring.",
  ["FIN", "PH"],
  [("outside", "SUB", "Danny has left the household; his treatment is not coded for this family (conv 6)."),
   ("convention", "PH", "Ongoing ENT follow-up after grommets (conv 4).")])

# Z015 Kestlebank - Nathan (33), Archie (7); Archie's mum Kayleigh
N("Z015-A-orange", "2025-10-20", "Kestlebank",
  "Kayleigh (Archie's mum) rang 999 on 12/10 saying Nathan had assaulted her. Nathan arrested and held overnight, released NFA after a neighbour's doorbell footage showed Kayleigh hitting him with a bottle. Kayleigh now charged with ABH on Nathan, bail conditions not to contact him, staying at her mums. Nathan and Archie (7) still at the family home.",
  ["DA"],
  [("convention", "CRIME", "Kayleigh's charge is a partner's offence against the adult victim, DA only; Nathan's arrest on a false report ended NFA (conv 7).")])
N("Z015-A-yellow", "2025-10-20", "Kestlebank",
  "Archie (7) on the ADHD pathway, community paeds assessment due Jan. Since mum left he's kicking doors and refusing bedtime, Nathan struggling with routines on his own and starts work at the bakery at 6. Archie's school (St Wenna's) say he often comes in without breakfast saying he's starving. Steady Steps parenting course offered.",
  ["EDU-SEND", "REL-PAR", "SAFE-NEG"],
  [("convention", "SAFE-NEG", "A hungry child is SAFE-NEG (conv 10)."),
   ("not-coded", "FIN", "Early shifts are not FIN (conv 5)."),
   ("not-coded", "PH", "Refusing bedtime is behaviour and routine (REL-PAR), not a sleep problem (conv 9).")])
N("Z015-C-yellow", "2026-04-27", "Kestlebank",
  "Nathan finished Steady Steps; bedtime is still a battle 2-3 nights a week. Archie diagnosed ADHD in Feb, SEN support plan in place, goes to breakfast club every day. Kayleigh pleaded guilty in March - 2 yr restraining order. Nathan applying for a CAO for Archie to live with him, Kayleigh not contesting.",
  ["REL-PAR", "EDU-SEND", "DA"],
  [("partial", "REL-PAR", "The course is finished but the bedtime battles are current, so REL-PAR stays."),
   ("not-coded", "SAFE-NEG", "Breakfast club: no hunger described now."),
   ("convention", "DA", "A restraining order in force is a current DA measure."),
   ("not-coded", "REL-CONF", "An uncontested CAO application describes no dispute.")])

# Z016 Ollerby Sands - Rhys (34), Tom (36), twins Ava and Noah (3)
N("Z016-A-green", "2025-01-20", "Ollerby Sands",
  "Ava and Noah (3) started 15 hrs at Little Harbour nursery. HV review: Noah not putting words together yet, Ava on track. Noah keeps getting ear infections, GP referred to audiology. DA routine enquiry done with both dads separately - nothing disclosed. Rhys mentioned an abusive relationship back in 2016, no contact with that ex since.",
  ["EYD", "PH"],
  [("negated", "DA", "Routine enquiry: nothing disclosed."),
   ("historical", "DA", "2016 relationship, no contact since."),
   ("not-coded", "EYD", "Nursery take-up described as started, not a need; EYD is from Noah's speech.")])
N("Z016-A-yellow", "2025-01-20", "Ollerby Sands",
  "Tom (36) off sick from teaching since Nov with depression and anxiety, says he hasn't felt right since the twins came home. Surrogacy costs went on credit cards - now about £14k - and they've missed 2 mortgage payments; Rhys doing extra shifts. Referrals: Citizens Advice, Talking Therapies.",
  ["MH-ADULT", "FIN"],
  [("not-coded", "HOUS", "Missed mortgage payments are arrears (FIN); no possession action or risk to the home is stated."),
   ("not-coded", "PH", "Sick leave is for mental health, coded MH-ADULT.")])
N("Z016-C-blue", "2025-06-30", "Ollerby Sands",
  "Lender agreed a mortgage payment holiday and the cards are consolidated into one loan; budget sheet on the fridge. Tom back at work 3 days a week, still on sertraline with monthly GP reviews.",
  ["FIN", "MH-ADULT"],
  [("convention", "FIN", "Debt being managed through consolidation and a budget (conv 3)."),
   ("convention", "MH-ADULT", "Ongoing medication (conv 4).")])

# ---------------------------------------------------------------------------
# Batch 3: Z017-Z024
# ---------------------------------------------------------------------------

# Z017 Marrowgate - Darren (44), partner Claire, Kian (14), Lola (10)
N("Z017-A-orange", "2025-11-03", "Marrowgate",
  "Police called 26/10 after Kian (14) punched Claire (dad's partner) during a row; Kian says she'd been hitting his dad and he 'snapped'. Kian arrested, voluntary interview, referred to YOS for an out of court disposal. Darren admits Claire has slapped and kicked him 'a few times', never reported.",
  ["CRIME", "REL-PAR", "DA"],
  [("convention", "DA", "Kian's violence to his father's live-in partner is child-to-parent violence: REL-PAR + CRIME, not DA (conv 8, README judgement 3)."),
   ("convention", "CRIME", "Claire's assaults on Darren are DA only; CRIME comes from Kian's arrest and YOS referral (conv 7).")])
N("Z017-A-yellow", "2025-11-03", "Marrowgate",
  "Lola (10) very anxious, says she can't sleep because of the shouting at night. School counsellor seeing her weekly. Kian's attendance 89% at Marrowgate High, absences mostly Mondays.",
  ["MH-CHILD", "PH", "EDU-ATT"],
  [("convention", "PH", "Sleep problem at school age is PH (conv 9), coded with the anxiety."),
   ("not-coded", "REL-CONF", "'Shouting at night' does not say who argues; nothing coded for it (conv 1).")])
N("Z017-C-yellow", "2026-04-13", "Marrowgate",
  "Kian on a youth caution with YOS intervention, 6 of 8 sessions done. Claire moved out in Jan after Darren ended it, no contact since Feb. Lola's counselling finished in March and she's sleeping better. Kian's attendance up to 97% this term.",
  ["CRIME"],
  [("historical", "DA", "Relationship ended, no contact since Feb."),
   ("historical", "MH-CHILD", "Counselling finished, sleeping better."),
   ("not-coded", "EDU-ATT", "97% is good news only.")])

# Z018 Kestlebank - Wayne (39) stepdad, Sharon (40), Tia (13), Cody (10)
N("Z018-A-yellow", "2025-02-24", "Kestlebank",
  "Sharon (mum) has run up about £6,000 on online casino sites and payday loans. Wayne now pays rent and all the bills from his wages; the gas was cut off for 3 days in Jan. Cody (10) has asthma - 2 hospital admissions since Nov, school nurse updating his care plan. Referrals to Citizens Advice and StakeLess gambling support for Sharon.",
  ["FIN", "PH"],
  [("convention", "SUB", "Gambling debts are FIN, not SUB (conv 10).")])
N("Z018-A-orange", "2025-02-24", "Kestlebank",
  "Wayne says when he asks Sharon about money she screams at him in front of the kids; she's thrown his work tools in the canal and tells him he'll 'never see the kids again' because he's 'only the stepdad'. Wayne rang police once in Jan but didn't want to make a statement. Tia (13) reported missing last Fri, police found her in the park with older lads at 1am and brought her home.",
  ["DA", "SAFE-EXP"],
  [("convention", "REL-CONF", "Arguments that are part of abuse are DA only (conv 8)."),
   ("not-coded", "CRIME", "Police returning a missing child is safeguarding (conv 7).")])
N("Z018-C-orange", "2025-08-18", "Kestlebank",
  "Sharon left in May and lives with her sister; Tia and Cody chose to stay with Wayne, who has applied for a CAO. Sharon opposing it and told CSC Wayne is 'turning the kids against her' - CSC assessment found no concerns about Wayne's care. No missing episodes for Tia since April. Wayne has a DRO application in with Citizens Advice for the loans Sharon took out in his name. Cody's asthma better controlled on a new preventer.",
  ["REL-CONF", "FIN", "PH"],
  [("convention", "DA", "Opposed CAO and an allegation to CSC not described as abuse in this box: REL-CONF (conv 1, README judgement 1)."),
   ("historical", "SAFE-EXP", "'No missing episodes for Tia since April'."),
   ("convention", "PH", "Asthma on an ongoing new preventer (conv 4).")])

# Z019 Ollerby Sands - Kyle (22) special guardian of siblings Jess (14), Ollie (11); girlfriend Shannon
N("Z019-A-yellow", "2025-09-01", "Ollerby Sands",
  "Kyle (22) has an SGO for his brother and sister since their mum died in 2023. Ollie (11) on SEN support for dyslexia at Ollerby Sands Primary. Jess (14) had a 3 day suspension in July for swearing at a teacher and is on report; she says she's angry all the time and misses her mum. Referred to Lanternfield bereavement counselling.",
  ["EDU-SEND", "EDU-EXC", "MH-CHILD"],
  [("not-coded", "CARER", "Kyle (22) is an adult kinship carer with parental responsibility, not a young carer (conv 12, README judgement 5).")])
N("Z019-A-orange", "2025-09-01", "Ollerby Sands",
  "Kyle's girlfriend Shannon moved in April. Ollie told school Shannon 'goes mad' at Kyle - she locked him out on the balcony overnight in the rain and keeps his bank card. Kyle minimises, 'she's just stressed'. Neighbours called police 22/08. Housing officer has issued a tenancy warning over damage (front door kicked in); Shannon not on the tenancy.",
  ["DA", "HOUS"],
  [("not-coded", "CRIME", "Police call-out for the partner's abuse is DA only (conv 7)."),
   ("not-coded", "FIN", "Holding his bank card is control; no money problem described."),
   ("convention", "HOUS", "A tenancy warning is a current risk to the home.")])
N("Z019-C-blue", "2026-02-09", "Ollerby Sands",
  "Kyle ended it with Shannon in Nov and changed the locks, no contact since. He's joined a kinship carers group and says he's got 'people to ring now'. Jess hasn't been on report since Xmas.",
  [],
  [("historical", "DA", "Ended in Nov, no contact since."),
   ("historical", "EDU-EXC", "Not on report since Christmas."),
   ("not-coded", "CARER", "Kinship carers group is for an adult carer (conv 12).")])

# Z020 Fennick Cross - Adrian (40), Femi (38), Grace (12)
N("Z020-A-blue", "2025-04-14", "Fennick Cross",
  "Adrian and Femi are separating and have agreed between themselves that Grace (12) stays in the house and they take turns living there week about until it's sold. Both say there's been no abuse - 'we've just fallen out of love'. Adrian's sister is helping with lifts.",
  ["REL-CONF"],
  [("negated", "DA", "'no abuse'."),
   ("convention", "REL-CONF", "Separation the family is managing itself counts as present in blue (conv 3).")])
N("Z020-A-yellow", "2025-04-14", "Fennick Cross",
  "Adrian and Femi argue over the phone about money from the house and Grace hears it all; she's started refusing to go when it's Femi's week. Grace (12) telling the school nurse she has stomach aches every morning - GP found no physical cause and thinks it's worry. Referred to Fennick Cross Family Mediation.",
  ["REL-CONF", "MH-CHILD"],
  [("negated", "PH", "'GP found no physical cause'."),
   ("not-coded", "FIN", "Arguing about the house sale proceeds is not a money problem."),
   ("not-coded", "REL-PAR", "Grace's refusal is a reaction to the parents' conflict, coded REL-CONF.")])
N("Z020-C-green", "2025-10-06", "Fennick Cross",
  "House sold. Adrian renting in Fennick Cross, Femi in Kestlebank; Grace alternates weeks using a shared calendar and the dads say things are 'civil'. Grace still sees the pastoral lead every fortnight about her worries.",
  ["REL-CONF", "MH-CHILD"],
  [("convention", "REL-CONF", "Post-separation arrangements being managed count as present in green (conv 3, README judgement 4)."),
   ("not-coded", "HOUS", "Both renting; no housing problem.")])

# Z021 Marrowgate - Billy (30, learning disability), partner Jodie (28), Kaci (13m)
N("Z021-A-red", "2025-06-02", "Marrowgate",
  "Kaci (13m) on a CIN plan since April. Billy has a learning disability; Jodie takes his UC off him on payday and won't let him have his bank card, he goes without food most of the week. Home conditions poor - dog mess on the floors, no clean bottles. Jodie's friends in and out of the flat drinking late at night.",
  ["PH", "DA", "FIN", "SAFE-NEG"],
  [("convention", "PH", "Learning disability coded under PH's 'disability of anyone in the family' (README judgement 10)."),
   ("partial", "FIN", "Benefit taken and an adult going without food: benefit problem / food poverty (FIN); economic abuse (DA)."),
   ("outside", "SUB", "Visiting friends' drinking is not coded (conv 6).")])
N("Z021-A-orange", "2025-06-02", "Marrowgate",
  "Police called 29/05: Jodie threw a plate at Billy and cut his hand, Kaci in her highchair in the room. Jodie arrested and bailed not to return; MARAC 12/06. Billy says he still loves her and wants her home. Kaci not crawling or pulling to stand yet, HV has referred to Portage.",
  ["DA", "EYD"],
  [("not-coded", "CRIME", "Partner's arrest for assault on the victim is DA only (conv 7).")])
N("Z021-C-red", "2025-12-10", "Marrowgate",
  "CIN plan continues. Jodie back living at the flat since Sept against professional advice; SW still worried about the risk of further DA. Flat has been clean and tidy on 3 unannounced visits. Portage weekly - Kaci now crawling and pulling herself up.",
  ["DA", "EYD"],
  [("convention", "DA", "A current risk from a present situation (perpetrator back in the home) is present, not hypothetical."),
   ("historical", "SAFE-NEG", "Home conditions improved."),
   ("convention", "EYD", "Ongoing Portage (conv 4).")])
N("Z021-C-blue", "2025-12-10", "Marrowgate",
  "Billy's UC now paid into an account only he can use and his sister helps him do a weekly food shop and budget.",
  ["FIN"],
  [("convention", "FIN", "Managing money with family help counts as present in blue (conv 3).")])

# Z022 Ollerby Sands - Owen (36), Hayley, Freya (8), Theo (5)
N("Z022-A-blue", "2025-07-21", "Ollerby Sands",
  "Owen found the Family Hub parenting tips online himself and has a reward chart up for Theo (5), who has been hitting his sister and throwing toys when he's told no. Says it's 'working, slowly'.",
  ["REL-PAR"])
N("Z022-A-yellow", "2025-07-21", "Ollerby Sands",
  "Owen (36) is a prison officer and says he can't report Hayley to police as it would 'finish him' at work. Hayley goes through his phone, has messaged his mates pretending to be him, and tells Freya (8) her dad is 'pathetic'. No physical violence disclosed. Freya gets 'butterflies' about going home and bites her nails till they bleed; on the school's ELSA waiting list. EHW to discuss Anvil with Owen.",
  ["DA", "MH-CHILD"],
  [("negated", "DA", "'No physical violence' does not negate the coercive control described."),
   ("not-coded", "CRIME", "Owen's job is mentioned; no offending.")])
N("Z022-C-yellow", "2026-01-12", "Ollerby Sands",
  "Owen and Hayley separated in Oct, Owen stayed in the house with the kids, Hayley has them Saturdays. Hayley complained to his employer that he's been 'aggressive' at home - investigation closed, no case to answer. Owen doing 1:1 sessions with Anvil. Freya has ELSA weekly, says the butterflies are 'only sometimes now'.",
  ["DA", "MH-CHILD"],
  [("convention", "DA", "Ongoing DA-service sessions (conv 4) and a false complaint to his employer."),
   ("convention", "REL-CONF", "Separation between victim and perpetrator shown as part of the abuse: DA only (conv 8, README judgement 1).")])

# Z023 Marrowgate - Ray (68) and Pat, grandson Connor (7); Connor's mum Kirsty lives elsewhere
N("Z023-A-green", "2025-05-27", "Marrowgate",
  "Connor (7) at Marrowgate Primary. Teacher concerned about his speech - a lot of sounds unclear, SENCo has referred to SALT. Connor still wets the bed most nights, GP aware. Ray (68) and Pat say money's 'tight but fine' and they go to a grandparent carers coffee morning.",
  ["EDU-SEND", "PH"],
  [("convention", "EDU-SEND", "Speech for a school-age child is EDU-SEND (conv 9)."),
   ("negated", "FIN", "'tight but fine'."),
   ("not-coded", "CARER", "Grandparent carers are adults (conv 12).")])
N("Z023-A-yellow", "2025-05-27", "Marrowgate",
  "Connor's mum Kirsty (lives in Ollerby Sands) keeps turning up drunk at Ray and Pat's demanding to see him. On 10/05 she pushed Ray over on the path and shouted at Connor in the street. Her Sunday contact has been suspended by the grandparents. EHW helping Ray apply for a CAO and look at a non-mol.",
  ["DA"],
  [("outside", "SUB", "Kirsty does not live in the household (conv 6)."),
   ("convention", "DA", "Abuse of the household by the child's parent living elsewhere is its effect on the family (conv 6, README judgement 6)."),
   ("convention", "REL-CONF", "The suspended contact is part of the same abusive situation: DA only (README judgement 1).")])
N("Z023-C-yellow", "2025-11-17", "Marrowgate",
  "Interim CAO granted to Ray and Pat in Sept, final hearing in Jan. Kirsty now sees Connor supervised at the contact centre and goes most weeks. Connor has SALT in school weekly and the bedwetting is down to once a week with an alarm.",
  ["REL-CONF", "EDU-SEND", "PH"],
  [("convention", "REL-CONF", "Live court proceedings over contact with supervised contact; no abuse described in this box (conv 1)."),
   ("convention", "PH", "Reduced but current bedwetting with an alarm (conv 4, 9).")])

# Z024 Ollerby Sands - Jason (32), Lauren (30), Kayden (10), Bella (3m)
N("Z024-A-red", "2025-12-01", "Ollerby Sands",
  "ICPC 25/11 - Bella (3m) and Kayden (10) on CP plans, category neglect. Bella's weight has dropped 2 centiles and she's missed two weighing appointments at clinic; Kayden comes to school in the same dirty uniform all week. At conference Jason disclosed Lauren has been hitting him for 2 yrs; Lauren denies it and says Jason is the abuser.",
  ["SAFE-NEG", "PH", "DA"],
  [("negated", "DA", "Lauren's denial does not negate Jason's disclosure; DA stays present."),
   ("convention", "PH", "Faltering weight and missed appointments are PH.")])
N("Z024-A-orange", "2025-12-01", "Ollerby Sands",
  "Kayden (10) told his teacher he stays in his room with headphones on 'when they're arguing'. Open to CAMHS since Oct for anxiety. Jason drinking 6-8 cans a night, says it 'takes the edge off'.",
  ["MH-CHILD", "SUB", "REL-CONF"],
  [("convention", "REL-CONF", "This box describes only parents arguing, which is REL-CONF (conv 8); DA is not carried over from the red box (conv 1).")])
N("Z024-A-yellow", "2025-12-01", "Ollerby Sands",
  "Private rented 2 bed; landlord served a section 8 notice over £1,150 arrears. Jason off sick from work since Oct on SSP only, Lauren not working.",
  ["HOUS", "FIN"])
N("Z024-C-orange", "2026-06-08", "Ollerby Sands",
  "CP plans ended April, CIN plan now. Lauren moved out in Feb. Jason going to Turnstone weekly, says he's down to weekends. Kayden still open to CAMHS, monthly. Possession hearing adjourned after the landlord agreed a repayment plan, arrears now £600.",
  ["SUB", "MH-CHILD", "FIN", "HOUS"],
  [("convention", "HOUS", "Possession proceedings adjourned, not ended: the risk to the home is current."),
   ("convention", "SUB", "Box level orange though the text names a CIN plan (conv 2).")])

# ---------------------------------------------------------------------------
# Batch 4: Z025-Z027 (boxed) and Z028-Z031 (unboxed case notes)
# ---------------------------------------------------------------------------

# Z025 Fennick Cross - Stuart (45), partner Gary (50), Maddie (15), Erin (13)
N("Z025-A-yellow", "2025-10-13", "Fennick Cross",
  "Stuart (45) says his partner Gary (50) 'runs everything' - Stuart's wages go to Gary who gives him a weekly allowance, he's stopped Stuart seeing his sister and reads his messages. Stuart: 'it's not like he hits me'. Erin (13) getting called names at Fennick Cross High about having a gay dad; school put in a peer mentor and spoken to the other pupils' parents. EHW to complete DASH with Stuart.",
  ["DA", "SAFE-EXP"],
  [("negated", "DA", "'not like he hits me' negates violence only; coercive and financial control are present."),
   ("not-coded", "FIN", "An allowance imposed by a partner is control; no money problem described."),
   ("convention", "SAFE-EXP", "Bullying by peers is SAFE-EXP for the child.")])
N("Z025-A-orange", "2025-10-13", "Fennick Cross",
  "Maddie (15) disclosed to her head of year she has been cutting her thighs for about 3 months. CAMHS referral accepted, safety plan done with school. Maddie says she hates how Gary talks to her dad.",
  ["MH-CHILD"],
  [("not-coded", "DA", "'how Gary talks to her dad' is Maddie's view and gives no abuse in this box (conv 1).")])
N("Z025-C-yellow", "2026-03-30", "Fennick Cross",
  "Gary moved out in Jan. Stuart's wages back in his own account and he's seeing his sister again, but says he still 'second-guesses every purchase'; started counselling with Prism. Maddie still open to CAMHS, no self-harm since Feb. Erin says the name-calling stopped before Xmas.",
  ["DA", "MH-CHILD"],
  [("convention", "DA", "Ongoing counselling with a DA service codes DA (conv 4), though the abuser has left (README judgement 7)."),
   ("historical", "SAFE-EXP", "Name-calling stopped before Christmas."),
   ("not-coded", "MH-ADULT", "Counselling is with the DA service; no mental health condition named.")])

# Z026 Marrowgate - Kerry (34), wife Louise (37), Jacob (11), Reece (8)
N("Z026-A-orange", "2025-09-08", "Marrowgate",
  "Kerry disclosed her wife Louise gets violent when she's been drinking - on 30/08 pinned her down and took her car keys so she couldn't leave. Kerry rang 999, Louise arrested and released under investigation. Louise drinking about a litre of vodka most days, GP has referred her to Turnstone. Louise still living at home.",
  ["DA", "SUB"],
  [("not-coded", "CRIME", "Partner's arrest for DV is DA only (conv 7).")])
N("Z026-A-yellow", "2025-09-08", "Marrowgate",
  "Reece (8) excluded for 2 days in Aug for hitting a TA; now on a reduced timetable 9-12. School applying for an EHCP needs assessment.",
  ["EDU-EXC", "EDU-ATT", "EDU-SEND"],
  [("convention", "EDU-ATT", "Reduced (part-time) timetable is EDU-ATT alongside the exclusion (EDU-EXC).")])
N("Z026-A-green", "2025-09-08", "Marrowgate",
  "Jacob (11) started Y7 at Marrowgate High, transition went well. Kerry leaves for work at 7 so Jacob gets Reece (8) up, dressed, gives him his tablets and walks him to school every day. He told his form tutor he doesn't mind doing it.",
  ["CARER"],
  [("convention", "CARER", "Daily care of a sibling including medication is a young carer role."),
   ("not-coded", "EDU-ATT", "Transition good news only.")])
N("Z026-C-orange", "2026-02-23", "Marrowgate",
  "Non-mol granted to Kerry in Dec; Louise now lives with her mum and is still drinking. Reece's EHCP issued in Jan, specialist place being looked at, back on a full timetable since Jan. Jacob referred to Tidewater Young Carers, first session in March.",
  ["DA", "EDU-SEND", "CARER"],
  [("outside", "SUB", "Louise has left the household (conv 6)."),
   ("historical", "EDU-ATT", "Full timetable since Jan."),
   ("convention", "CARER", "Awaiting a young carers service codes CARER (conv 4).")])

# Z027 Ollerby Sands - Kwame (38), Kofi (12), Abena (6); ex-partner Precious lives elsewhere
N("Z027-A-green", "2025-11-10", "Ollerby Sands",
  "Kofi (12) has sickle cell - 3 crises this autumn and missed 12 days of school. School nurse and the haematology nurse writing a care plan with Kwame. Abena (6) no concerns.",
  ["PH", "EDU-ATT"],
  [("convention", "EDU-ATT", "Absence due to illness is still missed school (README judgement 8)."),
   ("negated", "PH", "'Abena no concerns'.")])
N("Z027-A-yellow", "2025-11-10", "Ollerby Sands",
  "Kwame (38) single dad since ex-partner Precious moved away in 2024. Since Sept she's been messaging Kofi and Abena on Instagram telling them dad 'kidnapped' them, and has turned up at Abena's school twice - school won't release Abena to her. Kwame hasn't gone to police - 'I don't want to be the man who calls the police on their mother'. EHW view is this is a pattern of stalking/harassment, DASH done. If she comes to the school again he'll apply for a prohibited steps order.",
  ["DA"],
  [("hypothetical", "DA", "The prohibited steps order is only 'if she comes again'; DA is present from the current harassment."),
   ("not-coded", "SAFE-EXP", "Messages from a parent are part of the DA, not online exploitation."),
   ("not-coded", "REL-CONF", "Conflict with the ex-partner is part of the abuse: DA only (conv 8).")])
N("Z027-C-green", "2026-03-16", "Ollerby Sands",
  "Kofi 1 crisis since Dec, attendance 97% this term. PSO granted in Feb and Precious is blocked on the kids' accounts; no school visits since Jan. Kwame goes to the Anvil dads' group monthly.",
  ["PH", "DA"],
  [("not-coded", "EDU-ATT", "97% is good news only."),
   ("convention", "DA", "Protective order in force and ongoing DA-service group: managed DA (conv 3, 4).")])

# ----- unboxed notes: one level for all codes = highest cue (conv 2) -----

# Z028 Kestlebank - Sean (36), Oscar (11); ex-partner Leanne
N("Z028-A-note", "2025-04-02", "Kestlebank",
  "Tel call from Sean (dad). Ex-partner Leanne has told police he assaulted her at handover on Sunday - Sean says she slapped him and he walked off, and it's on his video doorbell. Police came to Sean's last night and took his account, no arrest. Oscar (11) has had panic attacks before the last 3 handovers and doesn't want to go to mum's this weekend. Gave Sean the Anvil Men's Service number, he'll think about it.",
  ["DA", "MH-CHILD"],
  [("convention", "DA", "Level orange: police attending the address is a police call-out cue (conv 2); the Anvil number is only signposting (README judgement 11)."),
   ("not-coded", "CRIME", "Sean not arrested; Leanne's counter-allegation is part of the DA (conv 7)."),
   ("not-coded", "REL-CONF", "Handover conflict here is part of the abuse: DA only (conv 8).")],
  level="orange")
N("Z028-C-note", "2025-08-14", "Kestlebank",
  "Closing call. Oscar now goes to his mum's every other Saturday daytime only, which he and Sean agreed with Leanne; no panic attacks since May. School nurse still doing monthly check-ins with Oscar for his worries. Sean says he's 'sorted' and doesn't want any more support.",
  ["MH-CHILD"],
  [("historical", "MH-CHILD", "Panic attacks stopped in May, but the school nurse still sees him for his worries: present."),
   ("convention", "MH-CHILD", "Only cue is the school nurse: level green (conv 2).")],
  level="green")

# Z029 Fennick Cross - Jamie (26), Lacey (5); girlfriend Ashleigh
N("Z029-A-note", "2025-05-06", "Fennick Cross",
  "Drop in at Fennick Cross Family Hub. Jamie (26) came in with Lacey (5). Says his girlfriend Ashleigh, who moved in last year, decides who he can see, has smashed two phones and made him sleep in the car twice. Lacey has seen her screaming at him. Jamie doesn't want police - 'they'd laugh at me'. Given Menswell helpline number; Jamie agreed to an EHW being allocated.",
  ["DA"],
  [("convention", "DA", "Level yellow: an EHW allocated is the highest cue; police are only named as refused, not a call-out (conv 2)."),
   ("not-coded", "HOUS", "Being made to sleep in the car is part of the abuse; the family has a home.")],
  level="yellow")
N("Z029-C-note", "2025-09-10", "Fennick Cross",
  "EHW closing summary. Ashleigh moved out in June, Jamie has blocked her everywhere and there's been no contact since. Jamie still goes to the Anvil men's group once a month. Lacey started Y1 and is doing well; GP is treating her eczema with a new cream.",
  ["DA", "PH"],
  [("convention", "DA", "Contact ended, but an ongoing DA-service group codes DA (conv 4, README judgement 7)."),
   ("convention", "PH", "Level yellow from the EHW and the extra service (Anvil), above the GP (conv 2).")],
  level="yellow")

# Z030 Kestlebank - Ian (55), Karen (mum), Harry (16)
N("Z030-A-note", "2025-03-03", "Kestlebank",
  "TAF review at Larchmere Academy - dad Ian, SENCo, EHW, school nurse. Harry (16) has an EHCP (ASD), in Y11, wants to go to Fennick Cross College but hasn't applied yet and is at risk of being NEET in Sept. Harry's mum Karen drinks heavily and hit Ian with a bottle in Jan; Ian hasn't told police. Harry spends most evenings looking after mum when she's drunk.",
  ["EDU-SEND", "EDU-NEET", "SUB", "DA", "CARER"],
  [("convention", "EDU-NEET", "'At risk of' NEET is within EDU-NEET's definition; a stated current risk, not conditional."),
   ("convention", "DA", "Level orange from the TAF; police only named as not told (conv 2).")],
  level="orange")
N("Z030-C-note", "2025-09-22", "Kestlebank",
  "Closure. Harry started at Fennick Cross College in Sept (Level 2 IT), EHCP transferred. Karen in residential rehab since July; Ian says the house is 'peaceful for the first time in years'. Harry goes to the Tidewater young carers group Weds.",
  ["EDU-SEND", "SUB", "CARER"],
  [("historical", "EDU-NEET", "Now at college."),
   ("historical", "DA", "Nothing current described."),
   ("convention", "SUB", "Karen is the household's parent in ongoing residential treatment (conv 4, README judgement 12)."),
   ("convention", "CARER", "Level yellow: young carers service / rehab are extra services (conv 2).")],
  level="yellow")

# Z031 Marrowgate - Phil (48), Chloe (17); ex-wife Angela
N("Z031-A-note", "2025-02-10", "Marrowgate",
  "Home visit to Phil (48) and Chloe (17). Chloe left sixth form in Dec, not working, in bed most of the day - Phil thinks she's depressed; GP appt next week. Phil's ex-wife Angela rang police in Jan saying he'd taken Chloe without permission (Chloe is 17 and chose to live with him) - police did a welfare check and left. Phil says there was never any DA between them, 'just bitterness'. He's £420 behind on council tax since his hours were cut.",
  ["EDU-NEET", "MH-CHILD", "REL-CONF", "FIN"],
  [("negated", "DA", "'never any DA between them'."),
   ("not-coded", "CRIME", "A police welfare check is not CRIME (conv 7)."),
   ("convention", "REL-CONF", "Level orange: the police welfare-check visit counts as a police call-out cue for the level though not CRIME (conv 2, README judgement 11)."),
   ("convention", "FIN", "FIN from the council tax arrears; Chloe's NEET status alone would not add FIN (conv 11).")],
  level="orange")
N("Z031-C-note", "2025-07-07", "Marrowgate",
  "Closure visit. Chloe started a hairdressing traineeship in May, 3 days a week. She sees the GP monthly for low mood and is on medication. Phil has paid off the council tax. Angela and Phil haven't had any falling out since March.",
  ["MH-CHILD"],
  [("historical", "EDU-NEET", "In a traineeship since May."),
   ("historical", "FIN", "Council tax paid off."),
   ("historical", "REL-CONF", "'haven't had any falling out since March' (conv 3)."),
   ("convention", "MH-CHILD", "Only cue is the GP: level green (conv 2).")],
  level="green")


# ---------------------------------------------------------------------------
# Write files
# ---------------------------------------------------------------------------

def write_csv(name, header, rows):
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        w.writerows(rows)


def main():
    ids = [r[0] for r in ROWS]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    write_csv("narratives.csv",
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"],
              ROWS)
    write_csv("gold.csv", ["narrative_id", "code", "level"], GOLD)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(TRAPS, indent=2, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")

    cases = sorted({r[2] for r in ROWS})
    triages = sorted({r[1] for r in ROWS})
    notes = [r for r in ROWS if r[5] == ""]
    empty = [r[0] for r in ROWS if r[0] not in {g[0] for g in GOLD}]
    print("narratives:", len(ROWS), "| cases:", len(cases), "| triages:", len(triages),
          "| unboxed notes:", len(notes), "| narratives without gold rows:", len(empty))
    print("gold rows:", len(GOLD), "| narratives with traps:", len(TRAPS),
          "| trap entries:", sum(len(v) for v in TRAPS.values()))
    counts = {}
    for _, c, _l in GOLD:
        counts[c] = counts.get(c, 0) + 1
    print("codes:", ", ".join("%s %d" % (c, counts[c]) for c in sorted(counts)))
    lv = {}
    for _, _c, l in GOLD:
        lv[l] = lv.get(l, 0) + 1
    print("gold levels:", ", ".join("%s %d" % (l, lv.get(l, 0)) for l in LEVELS))
    bl = {}
    for r in ROWS:
        bl[r[5] or "note"] = bl.get(r[5] or "note", 0) + 1
    print("boxes:", ", ".join("%s %d" % (k, bl.get(k, 0)) for k in LEVELS + ["note"]))


if __name__ == "__main__":
    main()
