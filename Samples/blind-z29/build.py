#!/usr/bin/env python3
"""Blind hand-written gold set (closure voice). Writes narratives.csv, gold.csv, traps.json.

Every narrative, its gold codes and its trap notes are written by hand below.
Boxed narratives: id <CASE>-<A|C>-<level>; gold level = box level.
Unboxed notes: id U0nn, level column empty; gold level = highest cue (taxonomy convention 2).
Trap tuples: (kind, code, note); kind in negated / historical / hypothetical / outside /
lookalike / rule (a convention decides it; the 'code' may or may not be gold).
"""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LOCS = ("Ashwick Vale", "Brackenfold", "Colmere", "Dunholt Cross")
A, B, C, D = LOCS

ROWS = []   # dicts


def box(nid, date, loc, text, codes, traps=()):
    case, st, level = nid.split("-")
    ROWS.append(dict(narrative_id=nid, triage_id=f"{case}-{st}", case_id=case,
                     stage={"A": "assessment", "C": "closure"}[st], date=date,
                     level=level, locality=loc, narrative=text,
                     codes=list(codes), gold_level=level, traps=list(traps)))


def note(nid, stage, date, loc, gold_level, text, codes, traps=()):
    ROWS.append(dict(narrative_id=nid, triage_id=nid, case_id=nid, stage=stage,
                     date=date, level="", locality=loc, narrative=text,
                     codes=list(codes), gold_level=gold_level, traps=list(traps)))

# ---------------------------------------------------------------- Z001
box("Z001-A-green", "2025-01-14", A,
    "Ava (3y 2m) isn't using her funded nursery hours - Shannon says she couldn't face the walk "
    "there over the winter. At the HV review Ava had about a dozen single words and she is still "
    "in nappies day and night. Tyler (8) is doing fine at Ashwick Primary, attendance 97% and "
    "school have no worries about him.",
    ["EYD"],
    [("negated", "EDU-ATT", "Tyler's attendance is good news only, no need stated")])
box("Z001-A-yellow", "2025-01-14", A,
    "Shannon owes roughly £640 on gas and electric and some nights goes without heating rather "
    "than top up the meter. She has used the Vale food bank twice since Christmas. EHW to do a "
    "budget with her and refer to Citizens Advice for a benefits check.",
    ["FIN"],
    [("rule", "SAFE-NEG", "food bank / fuel poverty is FIN; no hungry child or empty fridge described")])
box("Z001-C-blue", "2025-06-27", A,
    "After the CA appointment Shannon agreed a repayment plan with the energy company and pays "
    "£25 a fortnight off the debt, keeping it on track herself with the budget sheet. She hasn't "
    "needed the food bank since March and knows the community pantry on Thursdays is there if "
    "money gets tight again.",
    ["FIN"],
    [("rule", "FIN", "blue box: repaying the energy debt herself = now managing, present"),
     ("historical", "FIN", "food bank not used since March"),
     ("hypothetical", "FIN", "pantry 'if money gets tight again'")])
box("Z001-C-green", "2025-06-27", A,
    "Ava started at Little Acorns in April and goes for all 15 hours. Her keyworker runs a small "
    "talking group with her and she is now putting two words together. Toilet training started "
    "at Easter, still a few accidents most days. HV will see her again at 3 and a half. Tyler "
    "still attending well.",
    ["EYD"],
    [("negated", "EDU-ATT", "Tyler attending well - good news, never a need")])
box("Z001-C-yellow", "2025-06-27", A,
    "N/A - nothing left at this level. Citizens Advice closed their file in May and EHW "
    "involvement ends with this review.",
    [],
    [("historical", "FIN", "Citizens Advice case closed - service finished, no need described")])

# ---------------------------------------------------------------- Z002
box("Z002-A-yellow", "2025-02-03", B,
    "Leah (Y9) has been in school 61% this half term. Most mornings she says she feels sick and "
    "won't get in the car, and school have put her on mornings only for now. She told EHW she "
    "panics in the corridors at change of lessons. Michelle says her own depression has come "
    "back since the autumn and the mornings are a battle for both of them.",
    ["EDU-ATT", "MH-CHILD", "MH-ADULT"],
    [("rule", "EDU-ATT", "reduced timetable is EDU-ATT, not EDU-EXC"),
     ("lookalike", "PH", "'feels sick' is a symptom of anxiety, not a physical health need")])
box("Z002-A-orange", "2025-02-03", B,
    "GP referred Leah to CAMHS in January after she showed Michelle cuts on her forearms; she is "
    "on the waiting list. School are thinking about a referral to the medical needs teaching "
    "service if things don't improve by Easter.",
    ["MH-CHILD"],
    [("hypothetical", "EDU-ATT", "medical needs referral only 'if things don't improve'")])
box("Z002-C-blue", "2025-09-12", B,
    "Leah uses the grounding and breathing techniques she learned at CAMHS when she feels a panic "
    "starting, and Michelle says she now spots the signs early and they talk it through at home. "
    "Michelle is still taking the antidepressants her GP prescribed and has gone back to her "
    "Sunday walking group, which she says keeps her steady.",
    ["MH-CHILD", "MH-ADULT"],
    [("rule", "MH-CHILD", "blue box: Leah managing her anxiety herself = present"),
     ("rule", "MH-ADULT", "ongoing medication + self-management = present")])
box("Z002-C-green", "2025-09-12", B,
    "Autumn term attendance so far is 89%. Better, but still below 90% so the pastoral lead "
    "keeps her on the attendance watch list and meets her weekly. Back on a full timetable since "
    "June. No self-harm reported since April and CAMHS discharged her in August.",
    ["EDU-ATT"],
    [("historical", "MH-CHILD", "self-harm none since April; CAMHS discharged - over in this box")])

# ---------------------------------------------------------------- Z003
box("Z003-A-orange", "2025-02-10", C,
    "Jodie disclosed that her partner Craig has put his hands round her throat twice and checks "
    "her phone and her bank app. Police came out on 2 Feb after a neighbour rang; Craig was "
    "arrested and bailed not to contact her. DASH 17, referred to MARAC, IDVA allocated. The "
    "tenancy is in Craig's name and the landlord has told Jodie she must be out when it ends in "
    "April.",
    ["DA", "HOUS"],
    [("rule", "CRIME", "partner's arrest for assaulting Jodie is DA only (convention 7)")])
box("Z003-A-yellow", "2025-02-10", C,
    "Mason (7) hits his little sister and throws toys at Jodie when he is told no. No set "
    "bedtime, he is often up past 10. Jodie is asking for help with his behaviour.",
    ["REL-PAR"],
    [("rule", "PH", "late bedtimes are a routine (REL-PAR) issue, not a sleep problem")])
box("Z003-C-blue", "2025-08-29", C,
    "Jodie keeps her safety plan by the door, her phone is always charged and there is a police "
    "marker on the new address. She has kept the bedtime routine and sticker chart going by "
    "herself and says Mason is much calmer with her.",
    ["DA", "REL-PAR"],
    [("rule", "DA", "blue box: safety plan still in use = now managing, present"),
     ("rule", "REL-PAR", "blue box: routine kept up by Jodie = now managing, present")])
box("Z003-C-green", "2025-08-29", C,
    "Since the move Mason has started wetting the bed most nights. GP has given advice and "
    "referred him to the school nurse enuresis clinic. Lily has settled well at her new nursery "
    "and the family have registered with a GP and dentist near the flat.",
    ["PH"],
    [("rule", "PH", "bedwetting at school age (7) = PH, new need (convention 9)"),
     ("negated", "EYD", "Lily settled at nursery - good news only")])
box("Z003-C-orange", "2025-08-29", C,
    "Jodie moved into a two-bed housing association flat in Colmere in May on a secure tenancy, "
    "so housing is no longer an issue. Craig was convicted in July and has a restraining order. "
    "Jodie is six weeks into the 12-week Freedom Programme and the IDVA stays involved until it "
    "finishes.",
    ["DA"],
    [("historical", "HOUS", "rehoused on secure tenancy - over"),
     ("rule", "CRIME", "ex-partner's conviction is DA, not CRIME; he is outside the household")])

# ---------------------------------------------------------------- Z004
box("Z004-A-yellow", "2025-03-04", D,
    "Kian (12) helps his dad Gareth, who has MS, get dressed and take his tablets before school, "
    "and he is usually the one who stays home when Gareth has had a fall. Mum works long shifts "
    "at the distribution centre. Gareth's PIP was stopped after his review and the family are "
    "now three months behind with council tax.",
    ["CARER", "PH", "FIN"],
    [("rule", "FIN", "shift work alone is not FIN; the PIP stop + arrears are")])
box("Z004-A-green", "2025-03-04", D,
    "School have logged Kian as late 14 times this term and his form tutor says he often "
    "seems distracted. No concerns at all about his behaviour or his learning.",
    ["EDU-ATT"],
    [("negated", "EDU-EXC", "no behaviour concerns"), ("negated", "EDU-SEND", "no learning concerns")])
box("Z004-C-blue", "2026-01-16", D,
    "PIP was reinstated at the enhanced rate after the mandatory reconsideration and the council "
    "tax arrears were cleared from the back pay. Gareth now has a dosette box and a pendant "
    "alarm, so he sorts his own tablets and can call for help himself if he falls.",
    ["PH"],
    [("historical", "FIN", "PIP reinstated, arrears cleared - over"),
     ("rule", "PH", "blue box: Gareth managing his own medication = present"),
     ("rule", "CARER", "PIP name alone never implies CARER/PH")])
box("Z004-C-yellow", "2026-01-16", D,
    "Kian still goes to the Dunholt young carers group every other Tuesday and school have given "
    "him a young carer card. He still helps his dad most evenings, but he no longer has days off "
    "school because of it, and there have been no lates since the October half term.",
    ["CARER"],
    [("historical", "EDU-ATT", "no longer misses school; lateness stopped since October")])

# ---------------------------------------------------------------- Z005
box("Z005-A-orange", "2025-03-19", B,
    "Callum (15) has been reported missing three times since January and each time police found "
    "him out of county. On the last occasion he had £300 in cash and cannabis bagged up in deals "
    "on him and was arrested. Dawn believes older lads are using him to run drugs. He has had "
    "two suspensions from Brackenfold Academy this year for fighting.",
    ["SAFE-EXP", "CRIME", "EDU-EXC"],
    [("rule", "SUB", "drugs found on an exploited child = SAFE-EXP + CRIME, not SUB (convention 12)"),
     ("rule", "CRIME", "police finding him missing is not CRIME; the arrest is")])
box("Z005-A-yellow", "2025-03-19", B,
    "Dawn is struggling to hold any boundaries - Callum comes in at 2am and swears at her when "
    "she challenges him. Dawn says she hasn't touched alcohol since she gave up in 2019.",
    ["REL-PAR"],
    [("historical", "SUB", "Dawn's drinking ended 2019")])
box("Z005-C-red", "2025-10-08", B,
    "Stepped up to children's social care. Callum was threatened at knifepoint in August and a "
    "strategy meeting was held the next day; s47 completed and he is now on a child protection "
    "plan because of the exploitation. NRM referral made. YOS are supervising a referral order "
    "for possession with intent to supply.",
    ["SAFE-EXP", "CRIME"],
    [("rule", "SUB", "possession with intent = CRIME for an exploited child, not SUB")])
box("Z005-C-orange", "2025-10-08", B,
    "Attendance has fallen to 40% since the summer and Callum is now on a part-time timetable at "
    "the Kestrel Centre while a managed move is arranged. New since the last review: he is "
    "smoking cannabis every day, which he says calms him down; referred to the young people's "
    "substance misuse team.",
    ["EDU-ATT", "EDU-EXC", "SUB"],
    [("rule", "SUB", "his own daily cannabis use is SUB (new need), unlike drugs carried for others")])
box("Z005-C-yellow", "2025-10-08", B,
    "Dawn finished the Talking Teens course and says she feels more confident, but she still "
    "can't get Callum to keep to any curfew and the rows at home carry on.",
    ["REL-PAR"],
    [("rule", "REL-PAR", "course finished but the need is still there - present")])

# ---------------------------------------------------------------- Z006
box("Z006-A-yellow", "2025-04-01", C,
    "Jade (17) left sixth form in the spring of Y12 and hasn't been in work or college since; "
    "she is at home gaming most of the day. Karen lost her job at the care home in January and "
    "the first Universal Credit payment took five weeks, so they used the food bank twice.",
    ["EDU-NEET", "FIN"],
    [("rule", "FIN", "FIN is for Karen's job loss/UC delay, not for Jade being NEET")])
box("Z006-C-blue", "2025-10-20", C,
    "Karen started a part-time admin job in July and UC now comes through on time alongside her "
    "wages. The family haven't needed the food bank since May and Karen says money is no longer "
    "a worry.",
    [],
    [("historical", "FIN", "job found, UC sorted, no food bank since May - over, not 'managing'")])
box("Z006-C-yellow", "2025-10-20", C,
    "Jade began a traineeship in September but dropped out after three weeks and is again not in "
    "education, employment or training. The Colmere Youth Hub adviser has seen her twice and she "
    "is looking at starting college in September 2026.",
    ["EDU-NEET"],
    [("rule", "FIN", "NEET alone gets EDU-NEET only (convention 11)")])

# ---------------------------------------------------------------- Z007
box("Z007-A-red", "2025-04-09", A,
    "Child in need plan since March after an s47 - Ruby (6) came to school hungry and with head "
    "lice for the third week running. Home visit found almost no food in the cupboards, dog mess "
    "on the kitchen floor and no clean bedding. Lee accepts he drinks most days and is sometimes "
    "asleep when the children get in from school.",
    ["SAFE-NEG", "SUB"],
    [("rule", "FIN", "empty cupboards / hungry child = SAFE-NEG; no money problem described")])
box("Z007-A-orange", "2025-04-09", A,
    "Both children are overdue for dental checks; Ruby has visible decay and Alfie (4) has missed "
    "his pre-school booster. Alfie has a nursery place but isn't being taken.",
    ["PH", "EYD"],
    [])
box("Z007-C-yellow", "2025-12-05", A,
    "CIN plan ended in October and the case stepped down to early help. Lee is still seeing the "
    "Ashwick drug and alcohol service and says he only drinks at weekends now; breath tests at "
    "his appointments have been clear. The house is much better but still slips when he is "
    "tired after night shifts, so the EHW keeps a weekly visit going with a cleaning rota.",
    ["SUB", "SAFE-NEG"],
    [("rule", "FIN", "night shifts are not FIN (convention 5)"),
     ("rule", "SUB", "ongoing drug and alcohol service + reduced drinking = present")])
box("Z007-C-green", "2025-12-05", A,
    "Ruby's fillings were done at the community dental service in July and both children are now "
    "up to date with checks and jabs. Alfie (4) started in the nursery class at Ashwick Primary in "
    "September and goes every session; staff say his speech is still behind and have asked the "
    "speech and language therapist to see him.",
    ["EYD"],
    [("historical", "PH", "dental treatment done, immunisations up to date - over"),
     ("rule", "EYD", "speech delay at 4 = EYD, not EDU-SEND (convention 9)")])
box("Z007-C-blue", "2025-12-05", A,
    "Lee uses the meal plan and shopping list he made with the EHW and does a big shop every "
    "payday; there has been food in the cupboards at every visit since September.",
    ["SAFE-NEG"],
    [("rule", "SAFE-NEG", "blue box: keeping food in with his own plan = now managing, present")])

# ---------------------------------------------------------------- Z008
box("Z008-A-yellow", "2025-04-22", D,
    "Sam and Ellie separated in February and can't agree on contact. Handovers at the school gate "
    "have turned into shouting matches in front of Noah. Both say there has never been any "
    "violence or controlling behaviour and neither is frightened of the other. Noah (10) has "
    "become tearful and quiet and told his teacher he thinks the split is his fault.",
    ["REL-CONF", "MH-CHILD"],
    [("negated", "DA", "no violence or control, neither frightened")])
box("Z008-C-blue", "2025-11-03", D,
    "Mediation finished in July and Sam and Ellie now have a written parenting plan that they both "
    "keep to. Handovers happen at Ellie's mum's house and they use a co-parenting app to sort out "
    "changes to the arrangements without arguing.",
    ["REL-CONF"],
    [("rule", "REL-CONF", "mediation over, but the parents are now managing the conflict with their own plan = present in blue")])
box("Z008-C-green", "2025-11-03", D,
    "Noah's class teacher says he is more settled. He sees the school ELSA once a week to talk "
    "about his feelings and this will carry on until Christmas.",
    ["MH-CHILD"],
    [("rule", "MH-CHILD", "ongoing ELSA support codes the area")])

# ---------------------------------------------------------------- Z009
box("Z009-A-orange", "2025-05-06", A,
    "Riley (9) has had three fixed-term suspensions this year for hitting staff and running out "
    "of class, and the head has warned a permanent exclusion is likely after one more incident. "
    "SENCO has referred him for an ADHD assessment and he is on SEN support. At home Kerry admits "
    "she gives in to avoid meltdowns and there is no bedtime.",
    ["EDU-EXC", "EDU-SEND", "REL-PAR"],
    [])
box("Z009-C-green", "2026-02-10", A,
    "Riley was diagnosed with ADHD in November and the SENCO has applied for an EHC needs "
    "assessment. He moved to Thornbury Primary on a managed move in September, made permanent at "
    "the six-week review, and there have been no suspensions or incidents since.",
    ["EDU-SEND"],
    [("historical", "EDU-EXC", "managed move completed and made permanent, no incidents since - over")])
box("Z009-C-blue", "2026-02-10", A,
    "Kerry uses the visual timetable and the calm-down corner from the parenting sessions and has "
    "kept a 7.30 bedtime going since October. She says the meltdowns are fewer and she knows how "
    "to handle them now.",
    ["REL-PAR"],
    [("rule", "REL-PAR", "blue box: Kerry managing routines and meltdowns = present")])

# ---------------------------------------------------------------- Z010
box("Z010-A-orange", "2025-05-13", C,
    "Family of six in a two-bed privately rented flat with black mould in both bedrooms; the "
    "landlord has ignored three repair requests and Environmental Health have inspected. Zara (6) "
    "has been to A&E twice with her asthma since Christmas. Rent is £1,150 a month and they are "
    "£1,400 behind since Arjun's hours were cut, and the landlord has now served a section 21.",
    ["HOUS", "PH", "FIN"],
    [])
box("Z010-C-green", "2025-12-15", C,
    "Zara's asthma is well controlled now: she uses a brown preventer every day, school has her "
    "asthma plan and the practice nurse reviewed her in October. No hospital visits since June.",
    ["PH"],
    [("rule", "PH", "ongoing treatment, condition controlled = present in green"),
     ("historical", "PH", "hospital visits none since June (PH still present via treatment)")])
box("Z010-C-yellow", "2025-12-15", C,
    "The council's private sector housing team made the landlord treat the mould in August, but "
    "it is still six people in two bedrooms. They are in band B on the housing register. The rent "
    "arrears were cleared with a discretionary housing payment and the section 21 was withdrawn.",
    ["HOUS"],
    [("historical", "FIN", "arrears cleared by DHP"),
     ("historical", "HOUS", "mould treated and s21 withdrawn - but overcrowding keeps HOUS present")])
box("Z010-C-blue", "2025-12-15", C,
    "Priya sticks to the budget she drew up with the EHW so the rent goes out first every payday, "
    "and she bids on the housing register herself every Thursday.",
    ["FIN", "HOUS"],
    [("rule", "FIN", "blue box: budgeting to keep rent paid = now managing"),
     ("rule", "HOUS", "blue box: bidding for a bigger home herself = now managing")])

# ---------------------------------------------------------------- Z011
box("Z011-A-yellow", "2025-06-02", B,
    "Chloe (24) was diagnosed with postnatal depression at her eight-week check and started "
    "sertraline. She cries most afternoons and hasn't left the house on her own for weeks. "
    "Freddie (5 months) is gaining weight well and HV has no worries about his feeding. Dan works "
    "nights at the bakery so Chloe is alone in the evenings; she says he is supportive and there "
    "is no abuse in the relationship.",
    ["MH-ADULT"],
    [("negated", "EYD", "Freddie's feeding and weight fine"),
     ("negated", "DA", "no abuse in the relationship"),
     ("rule", "FIN", "night work is not FIN"),
     ("lookalike", "SUB", "sertraline is prescribed medication, not substance use")])
box("Z011-C-blue", "2025-12-01", B,
    "Chloe goes to the Bumps and Babies group at the children's centre twice a week and has made "
    "friends there. She is still on sertraline; her GP plans to start reducing it in the new year.",
    ["MH-ADULT"],
    [("rule", "MH-ADULT", "still on treatment = present; future reduction does not make it over")])
box("Z011-C-green", "2025-12-01", B,
    "New since assessment: Freddie (11 months) has been slow to move on to lumpy food and will "
    "only take purees. HV has given weaning advice and will review at his one-year check.",
    ["EYD"],
    [("rule", "EYD", "new need appearing during the work")])

# ---------------------------------------------------------------- Z012
box("Z012-A-orange", "2025-06-10", D,
    "Sophie (13) sent intimate photos to a man she met on a gaming site who told her he was 16. "
    "Police have been informed and have taken her phone as evidence. She is also being picked on "
    "in a year-group chat by girls in her class. She has been scratching her wrists and the GP "
    "has made an urgent CAMHS referral.",
    ["SAFE-EXP", "MH-CHILD"],
    [("rule", "CRIME", "police acting to safeguard Sophie is not CRIME; the man is outside the household"),
     ("outside", "SAFE-EXP", "bullying by peers codes SAFE-EXP for Sophie")])
box("Z012-C-blue", "2026-01-20", D,
    "Gemma has set up parental controls and location sharing on Sophie's phone and goes through "
    "her apps with her every Sunday evening.",
    ["SAFE-EXP"],
    [("rule", "SAFE-EXP", "blue box: online safety now managed by Gemma = present")])
box("Z012-C-green", "2026-01-20", D,
    "The group chat bullying stopped after school dealt with the girls involved in July and "
    "Sophie says she has a good set of friends now. She is still on the CAMHS waiting list; no "
    "self-harm that she or Gemma know of since April, and the school counsellor sees her "
    "fortnightly in the meantime.",
    ["MH-CHILD"],
    [("historical", "SAFE-EXP", "bullying stopped in July"),
     ("rule", "MH-CHILD", "awaiting CAMHS + counsellor = present despite no self-harm since April")])
box("Z012-C-orange", "2026-01-20", D,
    "The police investigation into the man from the gaming site is still open and Sophie is due "
    "to give a video-recorded interview in February.",
    ["SAFE-EXP"],
    [("rule", "CRIME", "offender outside the household; effect on Sophie is SAFE-EXP, not CRIME")])

# ---------------------------------------------------------------- Z013
box("Z013-A-orange", "2025-06-24", A,
    "Jordan (15) punched a hole in the bedroom door and shoved Nicola into the wall when she took "
    "his controller off him. Police were called twice in May and he was given a youth caution in "
    "June. Nicola says she is scared of him. She has anxiety herself and is seeing her GP about it.",
    ["REL-PAR", "CRIME", "MH-ADULT"],
    [("rule", "DA", "child-to-parent violence is REL-PAR (+CRIME with police), not DA")])
box("Z013-C-yellow", "2026-01-12", A,
    "Nicola has done eight of the twelve NVR parenting sessions, running into February. No "
    "violence since October and no police call-outs since the summer, but Jordan still storms out "
    "and won't come home at the time they agreed.",
    ["REL-PAR"],
    [("historical", "CRIME", "no police call-outs since summer"),
     ("historical", "REL-PAR", "violence over, but the boundary problem and course continue - present")])
box("Z013-C-blue", "2026-01-12", A,
    "Nicola uses a self-help app and the breathing exercises she learned at Talking Therapies when "
    "her anxiety rises, and she feels she can manage it on her own now.",
    ["MH-ADULT"],
    [("rule", "MH-ADULT", "blue box: managing her anxiety herself = present")])
box("Z013-C-green", "2026-01-12", A,
    "Jordan's youth caution is now spent and he has had no further contact with the police. "
    "School say his behaviour in lessons is good and he is on track for his GCSEs.",
    [],
    [("historical", "CRIME", "caution spent, no further police contact"),
     ("negated", "EDU-EXC", "behaviour at school good - good news only")])

# ---------------------------------------------------------------- Z014
box("Z014-A-orange", "2025-07-01", C,
    "Tracey (41) has been drinking heavily as her depression has got worse and was admitted to "
    "hospital in June after taking an overdose of her tablets; the community mental health team "
    "are now involved. Millie (11) cooks tea most nights, gets her brother Kai (6) to school and "
    "hides the bottles when she can. Millie's dad lives in Wales and has no contact.",
    ["SUB", "MH-ADULT", "CARER"],
    [("lookalike", "SUB", "overdose of prescribed tablets is MH-ADULT; SUB is for the drinking"),
     ("outside", "REL-CONF", "absent father outside the household, no conflict described")])
box("Z014-C-blue", "2026-02-02", C,
    "Tracey has been alcohol-free for 14 weeks. She still goes to her AA meeting every Wednesday "
    "and sees her Colmere Recovery keyworker once a fortnight, and she takes Kai to school "
    "herself now.",
    ["SUB"],
    [("rule", "SUB", "abstinent but still in treatment/recovery support = now managing, present")])
box("Z014-C-yellow", "2026-02-02", C,
    "Millie is linked in with the Colmere young carers project and goes to their Saturday club. "
    "She still cooks on Tracey's bad days but has stopped doing the school run for Kai.",
    ["CARER"],
    [])
box("Z014-C-orange", "2026-02-02", C,
    "The CMHT care coordinator still sees Tracey every two weeks and her medication was changed in "
    "December after a dip in her mood. No further overdoses.",
    ["MH-ADULT"],
    [("historical", "MH-ADULT", "no further overdoses - but ongoing CMHT keeps MH-ADULT present")])

# ---------------------------------------------------------------- Z015
box("Z015-A-yellow", "2025-07-15", D,
    "Oscar (3) has global developmental delay: he isn't walking on his own yet, has no words and "
    "isn't toilet trained. Portage started visiting fortnightly in June. Marcus hurt his back in "
    "a fall at work in March and has been signed off since; he is waiting for spinal surgery and "
    "the family have dropped from two wages to one plus statutory sick pay and are behind on the "
    "car finance.",
    ["EYD", "PH", "FIN"],
    [])
box("Z015-C-green", "2026-03-09", D,
    "Oscar now goes to the Dunholt children's centre nursery with 1:1 support. He is walking and "
    "uses about ten signs but is still in nappies. The nursery SENCO has started an EHC needs "
    "assessment ahead of him starting school in September.",
    ["EYD", "EDU-SEND"],
    [])
box("Z015-C-blue", "2026-03-09", D,
    "Marcus recovered well from his operation in October and has been back at work full time "
    "since February. The car finance arrears were paid off from his back pay and Kirsty says they "
    "are comfortable again.",
    [],
    [("historical", "PH", "recovered, back at work"),
     ("historical", "FIN", "arrears paid off")])

# ---------------------------------------------------------------- Z016
box("Z016-A-yellow", "2025-08-04", B,
    "Rob told us he has run up about £9,000 on credit cards through online betting. He "
    "self-excluded from the betting apps through GAMSTOP in July. Lisa only found out last month "
    "and they have been arguing most nights; she is talking about separating. No violence, and "
    "Lisa says she has never felt controlled. The children (8 and 11) are at Brackenfold Juniors "
    "and school report no concerns with attendance or behaviour.",
    ["FIN", "REL-CONF"],
    [("rule", "SUB", "gambling debts are FIN, not SUB (convention 10)"),
     ("lookalike", "EDU-EXC", "'self-excluded' from betting apps is not school exclusion"),
     ("negated", "DA", "no violence, not controlled"),
     ("negated", "EDU-ATT", "school report no concerns")])
box("Z016-C-blue", "2026-01-26", B,
    "Rob is still in touch with GamCare and has blocking software on every device. The StepChange "
    "debt management plan is up and running: £180 a month, which he and Lisa track together on a "
    "spreadsheet. Lisa says that if he ever went back to betting she would ask him to leave.",
    ["FIN"],
    [("rule", "FIN", "blue box: repaying via DMP = now managing, present"),
     ("hypothetical", "REL-CONF", "separation only 'if he ever went back to betting'")])
box("Z016-C-yellow", "2026-01-26", B,
    "Rob and Lisa had six couple sessions through the reducing parental conflict programme. They "
    "have decided to stay together, but Lisa says trust is still at rock bottom and they still "
    "fall out whenever money comes up.",
    ["REL-CONF"],
    [("rule", "REL-CONF", "sessions finished but conflict still there - present")])

# ---------------------------------------------------------------- Z017
box("Z017-A-orange", "2025-08-18", A,
    "Amira and the children were evicted in July when the landlord sold the house and are now in "
    "one room at a B&B on Kelsey Road, two buses and 40 minutes from school. Yusuf (9) has missed "
    "11 days since the move and Hana (5) is late most days. The housing element of Amira's UC "
    "stopped when they moved and she has been borrowing off her sister to buy food.",
    ["HOUS", "EDU-ATT", "FIN"],
    [])
box("Z017-C-yellow", "2026-02-20", A,
    "The family moved into a three-bed council house in November, ten minutes' walk from school, "
    "and both children's attendance this term is above 95%. Amira is still paying back the UC "
    "advance at £45 a month and the EHW has helped her apply to the local welfare fund for beds "
    "and a cooker, which hasn't come through yet. New: school have asked the school nurse to see "
    "Hana (5) because she is wetting herself in class most days.",
    ["FIN", "PH"],
    [("historical", "HOUS", "rehoused in November - over"),
     ("historical", "EDU-ATT", "attendance now above 95% - over"),
     ("rule", "PH", "daytime wetting at school age (5, in school) = PH, not EYD")])

# ---------------------------------------------------------------- Z018
box("Z018-A-yellow", "2025-09-01", C,
    "Kayden (16) finished Y11 in July with no college place and hasn't applied for anything; he "
    "says he'll sort something out after the summer. Mum Sharon works full time and the household "
    "is managing fine for money. Neighbours have complained about lads hanging around outside "
    "the flats, but Kayden hasn't been named. Sharon knows the child benefit for him would stop if he "
    "isn't in education or training by the autumn.",
    ["EDU-NEET"],
    [("negated", "FIN", "managing fine for money"),
     ("hypothetical", "FIN", "child benefit would stop only if he stays out of education"),
     ("outside", "CRIME", "ASB by other lads, Kayden not named")])
box("Z018-C-yellow", "2026-03-02", C,
    "Kayden started a Level 1 construction course at Colmere College in January, but he hasn't "
    "handed in any work since half term and his tutor is worried he will drop out. Sharon's job "
    "is secure and there are still no money worries.",
    ["EDU-NEET"],
    [("rule", "EDU-NEET", "in college but at risk of becoming NEET = present"),
     ("negated", "FIN", "no money worries")])
box("Z018-C-orange", "2026-03-02", C,
    "New since assessment: Kayden was arrested in December with two friends for smashing bus "
    "shelters and is now working with YOS on an out-of-court disposal.",
    ["CRIME"],
    [("rule", "CRIME", "new need appearing during the work")])

# ---------------------------------------------------------------- Z019
box("Z019-A-orange", "2025-09-09", D,
    "Tia (14) has gone missing overnight four times since June after rows with Donna about her "
    "phone; each time police found her at a friend's house and brought her home. Return home "
    "interviews found nothing to suggest exploitation and Tia says she isn't meeting anyone "
    "older. Donna says she can't get Tia to stick to any rules.",
    ["SAFE-EXP", "REL-PAR"],
    [("rule", "CRIME", "police finding a missing child is safeguarding, not CRIME"),
     ("negated", "SAFE-EXP", "no exploitation found - but missing episodes keep SAFE-EXP present")])
box("Z019-C-blue", "2026-02-16", D,
    "Donna and Tia wrote an agreement about phone time and curfew in the family sessions; Tia "
    "texts Donna if she is going to be late and Donna says she mostly keeps to it. There have "
    "been no missing episodes since September.",
    ["REL-PAR"],
    [("rule", "REL-PAR", "blue box: family keeping their own agreement = now managing"),
     ("historical", "SAFE-EXP", "no missing episodes since September")])

# ---------------------------------------------------------------- Z020
box("Z020-A-yellow", "2025-09-23", A,
    "Wayne came home in July on licence after 18 months in prison for burglary and sees his "
    "probation officer weekly. Carly says the adjustment has been hard and she has started "
    "having panic attacks. Ethan (7) still can't say several sounds and his teacher often can't "
    "understand him; school have asked for a speech and language assessment.",
    ["CRIME", "MH-ADULT", "EDU-SEND"],
    [("rule", "CRIME", "adult on licence/probation = CRIME (convention 7)"),
     ("rule", "EDU-SEND", "speech at school age (7) = EDU-SEND, not EYD")])
box("Z020-C-green", "2026-03-16", A,
    "Ethan is on the SALT caseload and a TA runs his programme with him in school every week; his "
    "sounds are coming on. Wayne's licence ended in January and he is working as a delivery "
    "driver. Carly finished her CBT in February and says the panic attacks have stopped and she "
    "doesn't need anything further.",
    ["EDU-SEND"],
    [("historical", "CRIME", "licence ended in January"),
     ("historical", "MH-ADULT", "CBT finished, panic attacks stopped")])

# ---------------------------------------------------------------- Z021
box("Z021-A-yellow", "2025-10-06", B,
    "Logan (8) has lived with his nan Pauline on a special guardianship order since his mum died "
    "in 2023. Pauline is his kinship carer and works part time. Logan becomes very distressed "
    "around the anniversary of his mum's death and school say he is withdrawn and finds it hard "
    "to concentrate. Pauline was turned down for the kinship allowance because of a paperwork "
    "mistake and is paying for his uniform and trips out of her savings.",
    ["MH-CHILD", "FIN"],
    [("lookalike", "CARER", "'kinship carer' is an adult, not a young carer (convention 12)")])
box("Z021-C-green", "2026-03-30", B,
    "Logan sees the school's play therapist weekly and is due to join a bereavement group for "
    "children in April. The kinship allowance was awarded in January and backdated to the date of "
    "the first claim. Pauline has joined the Brackenfold kinship carers' group and says she has "
    "people to ring now when things get hard.",
    ["MH-CHILD"],
    [("historical", "FIN", "allowance awarded and backdated - over"),
     ("lookalike", "CARER", "kinship carers' group is not CARER")])

# ---------------------------------------------------------------- Z022
box("Z022-A-orange", "2025-10-13", C,
    "Angela's flat is piled to the ceiling in most rooms. Jack (10) sleeps on the sofa because "
    "his bed is buried, and with no working cooker they live on takeaways. Angela has a long "
    "history of OCD and hoarding and is back under the community mental health team. The "
    "housing association has served a notice of seeking possession because of the fire risk.",
    ["SAFE-NEG", "MH-ADULT", "HOUS"],
    [("rule", "PH", "sleeping on the sofa is home conditions (SAFE-NEG), not a sleep problem")])
box("Z022-C-yellow", "2026-04-13", C,
    "With the EHW and a specialist declutter service two rooms are now clear and Jack has his own "
    "bed back. The kitchen and hall are still blocked and the cooker still isn't connected. The "
    "housing association has put the possession notice on hold while the clear-out continues.",
    ["SAFE-NEG", "HOUS"],
    [("rule", "HOUS", "notice on hold, not withdrawn - risk still present")])
box("Z022-C-orange", "2026-04-13", C,
    "Angela still sees her CMHT worker every fortnight and started a new medication in February.",
    ["MH-ADULT"],
    [("lookalike", "SUB", "'medication' is prescribed treatment, not substance use")])

# ---------------------------------------------------------------- Z023
box("Z023-A-orange", "2025-11-03", D,
    "Kyle (14) was permanently excluded from Dunholt High in October after bringing a knife into "
    "school. He is now at the Ridgeway PRU on a part-time timetable of three hours a day. Police "
    "have been round twice this month about Kyle and his friends throwing stones at cars.",
    ["EDU-EXC", "EDU-ATT", "CRIME"],
    [])
box("Z023-C-orange", "2026-04-20", D,
    "Kyle is on full days at the Ridgeway now with 97% attendance, and a managed move back into "
    "mainstream at Fenwick Academy is planned for the summer term. No police contact since "
    "December. New: an assessment at the PRU found he is dyslexic and SEN support is in place.",
    ["EDU-EXC", "EDU-SEND"],
    [("historical", "EDU-ATT", "part-time timetable ended, attendance 97%"),
     ("historical", "CRIME", "no police contact since December"),
     ("rule", "EDU-EXC", "managed move still to happen = present")])

# ---------------------------------------------------------------- Z024
box("Z024-A-yellow", "2025-11-17", A,
    "Isla (14 months) has cerebral palsy and is tube fed; the paediatric team and community "
    "children's nurses are involved. Rachel calls herself a parent carer and gets Carer's "
    "Allowance - she says money is fine. Grace (10) helps with Isla's feeds before school and "
    "gets up in the night to help Rachel with the night feed. Grace's attendance has slipped to 89% this "
    "term.",
    ["PH", "CARER", "EDU-ATT"],
    [("lookalike", "CARER", "'parent carer' and Carer's Allowance are not CARER; Grace's caring is"),
     ("negated", "FIN", "money is fine; benefit name alone is not FIN")])
box("Z024-C-yellow", "2026-05-11", A,
    "Grace now has support from the Ashwick young carers service and has had a young carer's "
    "assessment. Since the family got overnight nursing twice a week she no longer does night "
    "feeds, but she still helps with Isla's morning feed before school.",
    ["CARER"],
    [])
box("Z024-C-green", "2026-05-11", A,
    "Grace's attendance is back up to 96%. Isla is still under the paediatric team, her feeds are "
    "going well and she has started physio at the child development centre. HV has noticed she "
    "isn't babbling yet and has referred her to SALT.",
    ["PH", "EYD"],
    [("historical", "EDU-ATT", "attendance back to 96%"),
     ("rule", "EYD", "new need appearing during the work")])

# ---------------------------------------------------------------- Z025
box("Z025-A-yellow", "2025-11-24", B,
    "Natalie left an abusive relationship in 2021 and has had no contact with the children's "
    "father since; he now lives abroad. She was referred because she has been very low since her "
    "mum died in September and some days can't get out of bed. Ben (12) and Evie (9) are doing "
    "well at school.",
    ["MH-ADULT"],
    [("historical", "DA", "abusive relationship ended 2021, no contact since"),
     ("outside", "DA", "father outside household"),
     ("negated", "EDU-ATT", "children doing well at school - good news only")])
box("Z025-C-orange", "2026-05-18", B,
    "Natalie says her depression has lifted since counselling, which finished in February, and "
    "she is back at work. But the landlord served a section 8 possession notice in April for "
    "£2,100 of rent arrears that built up while she was off sick, with a court date in June. "
    "Shelter are representing her.",
    ["HOUS", "FIN"],
    [("historical", "MH-ADULT", "depression lifted, counselling finished"),
     ("rule", "HOUS", "new need appearing during the work")])
box("Z025-C-blue", "2026-05-18", B,
    "Natalie has used the MoneyHelper website to draw up a repayment offer for court and has "
    "opened a separate account just for the rent.",
    ["FIN"],
    [("rule", "FIN", "blue box: planning repayment of arrears herself = now managing")])

# ---------------------------------------------------------------- Z026
box("Z026-A-green", "2025-12-01", D,
    "The family arrived from Sudan in August and got refugee status in October. Lina (2) has had "
    "none of her UK immunisations and Samir (4) isn't registered with a GP yet. Samir has a place "
    "at Dunholt Nursery School but has only been twice.",
    ["PH", "EYD"],
    [])
box("Z026-A-yellow", "2025-12-01", D,
    "They have to leave the asylum hotel by January and have no deposit or furniture. A UC claim "
    "has gone in but the first payment isn't due until mid-January, and they are relying on food "
    "parcels from the mosque.",
    ["HOUS", "FIN"],
    [])
box("Z026-C-green", "2026-06-08", D,
    "Both children are registered with Dunholt Medical Centre and Lina has caught up with all her "
    "jabs. Samir goes to nursery every morning and starts reception in September; nursery say he "
    "still isn't dry in the day and they are working on it with Farida. HV will refer Lina to the "
    "paediatrician if her weight drops below the 2nd centile at the next check.",
    ["EYD"],
    [("historical", "PH", "registered with GP, immunisations caught up"),
     ("hypothetical", "PH", "paediatric referral only if weight drops"),
     ("rule", "EYD", "toileting at 4 = EYD")])
box("Z026-C-blue", "2026-06-08", D,
    "The family moved into a council house in February with a deposit and furniture from the local "
    "welfare fund, and UC is being paid with no debts. Farida goes to ESOL at the library twice a "
    "week and Karim, who has not found work yet, has joined the jobcentre's employment support "
    "programme.",
    ["FIN"],
    [("historical", "HOUS", "rehoused in February"),
     ("negated", "FIN", "no debts - but Karim's worklessness + employment support keep FIN present")])

# ---------------------------------------------------------------- Z027
box("Z027-A-yellow", "2026-01-12", C,
    "Ollie (6) is waiting for an autism assessment with the neurodevelopmental service and the "
    "SENCO has him on SEN support with a sensory plan. He sleeps four or five hours a night and is "
    "up from 3am most nights. Hayley and her partner Ryan row about how to handle him, and Hayley "
    "says Ryan smokes cannabis in the garden most evenings to unwind. Ryan also vapes.",
    ["EDU-SEND", "PH", "REL-CONF", "SUB"],
    [("rule", "PH", "sleep problem at school age = PH (convention 9)"),
     ("lookalike", "SUB", "vaping is not SUB; the cannabis is")])
box("Z027-C-blue", "2026-07-06", C,
    "Hayley and Ryan keep the sleep diary and wind-down routine from the sleep clinic going every "
    "night and Ollie now sleeps from 8 until 5. Ryan says he stopped using cannabis in March and "
    "Hayley backs this up.",
    ["PH"],
    [("rule", "PH", "blue box: parents managing Ollie's sleep with the routine = present"),
     ("historical", "SUB", "cannabis stopped in March")])
box("Z027-C-green", "2026-07-06", C,
    "Ollie was diagnosed with autism in May and school have applied for an EHC needs assessment. "
    "Hayley and Ryan say they agree on how to handle him now and haven't had a row since April.",
    ["EDU-SEND"],
    [("historical", "REL-CONF", "no rows since April")])

# ---------------------------------------------------------------- Z028
box("Z028-A-yellow", "2025-10-27", A,
    "Megan (19) and baby Harper (7 months) live with Megan's mum. Megan says her boyfriend Kai, who "
    "doesn't live with them, tells her what she can wear, has kept hold of her bank card and goes "
    "through her messages. She hasn't told her mum. Harper is thriving and up to date with all "
    "her checks.",
    ["DA"],
    [("outside", "DA", "Kai lives elsewhere but his coercive control of Megan is coded DA (convention 6)"),
     ("negated", "EYD", "Harper thriving, checks up to date")])
box("Z028-C-blue", "2026-03-23", A,
    "Megan ended things with Kai in December and has blocked him everywhere; he has moved away and "
    "there has been no contact since. She is doing the Freedom Programme online, four sessions of "
    "eleven so far, and says she can spot the warning signs now.",
    ["DA"],
    [("historical", "DA", "relationship over, no contact - but Freedom Programme ongoing keeps DA present (convention 4)")])

# ================================================================ unboxed case notes
note("U001", "assessment", "2026-02-12", A, "red",
     "ICPC held today: Leo (7) and Daisy (5) made subject to child protection plans under neglect. "
     "Sarah is often still in bed when the children need to leave, so they miss breakfast and "
     "arrive at school in dirty uniform. Sarah admits her drinking has gone up since Christmas. "
     "Leo's attendance this year is 79%.",
     ["SAFE-NEG", "SUB", "EDU-ATT"],
     [("rule", "PH", "Sarah staying in bed is part of the neglect/drinking picture, not a sleep problem"),
      ("rule", "level", "ICPC / CP plan = red cue")])
note("U002", "assessment", "2025-11-04", B, "orange",
     "Discussed at MARAC today. Jasmine says her ex-partner has breached his non-molestation order "
     "twice by messaging her on Instagram and he was arrested on 30 Oct. The children don't know "
     "about it. No worries about school or the children's health.",
     ["DA"],
     [("rule", "CRIME", "ex-partner's arrest for breaching the order = DA only"),
      ("negated", "EDU-ATT", "no worries about school"), ("negated", "PH", "no worries about health"),
      ("rule", "level", "MARAC = orange cue")])
note("U003", "closure", "2026-04-27", C, "yellow",
     "Closing summary: Tom finished the Triple P course in March and says bedtimes are sorted now. "
     "Citizens Advice helped him claim the child element of UC that he had been missing. He still "
     "owes about £300 on the water bill and is paying it off at £10 a week.",
     ["FIN"],
     [("historical", "REL-PAR", "bedtimes sorted, course finished - over"),
      ("rule", "level", "Citizens Advice / parenting course = yellow cue (highest in text)")])
note("U004", "assessment", "2025-09-09", D, "green",
     "HV visit: Poppy (2y 6m) has about 15 words and isn't combining them. HV left a language "
     "activity pack with Kasia and will refer to SALT if there's no progress by the next visit. "
     "Kasia finished physio for her back in the summer and says it doesn't bother her any more.",
     ["EYD"],
     [("hypothetical", "EYD", "SALT referral only if no progress - EYD present anyway from the delay"),
      ("historical", "PH", "Kasia's back: physio finished, no longer troubles her"),
      ("rule", "level", "health visitor = green cue")])
note("U005", "assessment", "2025-07-21", A, "blue",
     "Imran rang the hub after being made redundant from the warehouse last month and asked about "
     "free school meals. Given the link to apply online and details of the holiday activities club, "
     "which he will sort out himself. His brother's family live round the corner and help with "
     "childcare.",
     ["FIN"],
     [("rule", "FIN", "redundancy = household worklessness, FIN"),
      ("rule", "level", "information the family acts on itself = blue cue")])
note("U006", "assessment", "2026-01-15", D, "orange",
     "Police called an ambulance on 14 Jan after Courtney (16) was found drunk and unresponsive in "
     "the park; she was checked over at A&E and sent home. She is open to CAMHS for low mood and "
     "told the nurse she drinks most weekends. She left college in November and isn't working.",
     ["SUB", "MH-CHILD", "EDU-NEET"],
     [("rule", "CRIME", "police acting for her welfare is not CRIME"),
      ("rule", "FIN", "16+ NEET gets EDU-NEET only"),
      ("rule", "level", "CAMHS = orange cue")])

# ================================================================ write files
CODES = ("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA "
         "SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER").split()


def main():
    ncols = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(ncols)
        for r in ROWS:
            w.writerow([r[c] for c in ncols])
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for r in ROWS:
            for c in r["codes"]:
                assert c in CODES, (r["narrative_id"], c)
                w.writerow([r["narrative_id"], c, r["gold_level"]])
    traps = {}
    for r in ROWS:
        if r["traps"]:
            traps[r["narrative_id"]] = [dict(kind=k, code=c, note=n, gold=(c in r["codes"]))
                                        for k, c, n in r["traps"]]
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")
    # summary
    from collections import Counter
    cc = Counter(c for r in ROWS for c in r["codes"])
    kinds = Counter(t["kind"] for v in traps.values() for t in v if not t["gold"] and t["kind"] != "rule")
    with_trap = sum(1 for r in ROWS if any(k in ("negated", "historical", "hypothetical", "outside", "lookalike")
                                          and c not in r["codes"] for k, c, _ in r["traps"]))
    print("narratives", len(ROWS), "boxed", sum(1 for r in ROWS if r["level"]),
          "unboxed", sum(1 for r in ROWS if not r["level"]),
          "cases", len({r["case_id"] for r in ROWS if r["level"]}),
          "triages", len({r["triage_id"] for r in ROWS if r["level"]}))
    print("gold rows", sum(cc.values()), "narratives with no gold", sum(1 for r in ROWS if not r["codes"]))
    print("per code", {c: cc[c] for c in CODES})
    print("per level", dict(Counter(r["gold_level"] for r in ROWS for _ in r["codes"])))
    print("non-present trap mentions", dict(kinds), "narratives with >=1 such trap", with_trap)
    print("rule notes", sum(1 for v in traps.values() for t in v if t["kind"] == "rule"))


if __name__ == "__main__":
    main()
