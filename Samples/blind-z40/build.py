#!/usr/bin/env python3
"""Build a blind, hand-coded gold set: children living with domestic abuse as
schools and early help see it (Operation Encompass, DSL notes, early help
follow-ups, refuge moves, contact after separation, the non-abusing parent).

Every narrative, its gold codes and its trap notes are written by hand below.
Writes narratives.csv, gold.csv and traps.json (UTF-8, no BOM, CRLF).
Python 3 standard library only.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]
LOCALITIES = ["Kettlewick", "Tollmead", "Sandmere Vale", "Orrington"]

# Each entry: dict(narrative_id, triage_id, case_id, stage, date, level,
#                  locality, narrative, codes, gold_level, traps)
# traps: list of (type, code_or_None, note). type is one of
#   negated / historical / hypothetical / outside / lookalike / convention / met
# A trap's code, when given, is a code that must NOT be gold for that narrative.
N = []


def box(case, stage, date, level, loc, text, codes, traps=()):
    """A narrative written in a level box of a case's triage."""
    tid = "%s-%s" % (case, "A" if stage == "assessment" else "C")
    N.append(dict(narrative_id="%s-%s" % (tid, level), triage_id=tid,
                  case_id=case, stage=stage, date=date, level=level,
                  locality=loc, narrative=text, codes=list(codes),
                  gold_level=level, traps=list(traps)))


def note(nid, stage, date, loc, text, codes, gold_level, traps=()):
    """An unboxed case note: one level for all codes, from the highest cue."""
    N.append(dict(narrative_id=nid, triage_id=nid, case_id=nid, stage=stage,
                  date=date, level="", locality=loc, narrative=text,
                  codes=list(codes), gold_level=gold_level,
                  traps=list(traps)))


# ---------------------------------------------------------------- part 1
# Z001 Leanne, Tyler (8), Mia (4); partner Craig
box("Z001", "assessment", "2025-02-10", "green", "Kettlewick",
    "OE notification came into Kettlewick Primary at 8.15 on 3/2 – police were at the house overnight after Craig and Leanne's row turned physical. Tyler (8) was quiet and teary at registration and told his teacher he 'heard banging and hid under the duvet'. DSL checked in with him at break and lunch and class teacher is keeping a close eye. Mia's nursery were told; she presented as her usual bubbly self.",
    ["DA", "MH-CHILD"],
    [("convention", "REL-CONF", "a row that 'turned physical' is part of the abuse: DA only, not REL-CONF"),
     ("convention", "CRIME", "police attending a DA incident is DA, not CRIME"),
     ("negated", "EYD", "Mia presented as her usual self at nursery")])
box("Z001", "assessment", "2025-02-10", "orange", "Kettlewick",
    "Leanne accepted EH on 5/2. DASH done with her – 17 ticks, high risk, referred to MARAC for 20/2. She says Craig checks her phone and banking app and hands her £20 a week out of the UC; she has had to borrow off her sister to top up the electric. Craig was arrested on 6/2 for the assault and bailed not to come to the address. Neither of them uses drugs as far as she knows.",
    ["DA", "FIN"],
    [("convention", "CRIME", "partner's arrest for assaulting the adult victim is DA only"),
     ("negated", "SUB", "neither adult uses drugs")])
box("Z001", "closure", "2025-07-14", "blue", "Kettlewick",
    "Leanne keeps her safety plan on her phone and has a code word with her sister. Tyler knows to go next door and ring 999 if he is ever frightened. She got a non-molestation order in April and says she does not want Craig back.",
    ["DA"],
    [("convention", None, "blue box: safety plan and non-mol order are DA being managed now, so present")])

# Z002 Shazia, Ayaan (13), Zara (10), Imran (2); husband Tariq
box("Z002", "assessment", "2025-03-03", "yellow", "Tollmead",
    "Shazia and the three children moved into Lanternhouse refuge on 24/2 after police got a DVPO against Tariq. Ayaan (13) and Zara (10) have been out of school for a fortnight while new places are sorted – Tollmead Academy are keeping Ayaan on roll for now. Shazia needs an Urdu interpreter for meetings.",
    ["DA", "HOUS", "EDU-ATT"],
    [("convention", None, "refuge is both the DA response and the family's housing: DA and HOUS")])
box("Z002", "assessment", "2025-03-03", "green", "Tollmead",
    "Imran (2) is due his 2-year review and the refuge HV will pick it up. Shazia is worried he only has a handful of words in Urdu or English and points for what he wants.",
    ["EYD"])
box("Z002", "closure", "2025-09-22", "blue", "Tollmead",
    "Shazia has moved into a secure two-bed tenancy with Orrington Homes and set up her own UC claim, which she says she is budgeting on fine. She still goes to the Freedom Programme at the family hub on Thursdays with some of the other mums.",
    ["DA"],
    [("met", "HOUS", "secure tenancy: housing need now met"),
     ("convention", "FIN", "UC named with no money or benefit problem is not FIN")])

# Z003 Donna, Callum (15)
box("Z003", "assessment", "2025-01-20", "orange", "Sandmere Vale",
    "Callum (15) has been pushing Donna and punching doors when she takes his Xbox controller off him, and last week he shoved her into the banister. On 12/1 a neighbour rang police when he put the kitchen window through during a row – he got a youth caution on 15/1 and YOS have been in touch. Donna says he 'sounds just like his dad'; that relationship was abusive but dad left in 2019 and hasn't been in touch since.",
    ["REL-PAR", "CRIME"],
    [("convention", "DA", "child-to-parent violence is REL-PAR (+CRIME with police/YOS), not DA"),
     ("historical", None, "abuse by the children's father ended in 2019, no contact since"),
     ("lookalike", None, "'controller' is a games controller, not coercive control")])
box("Z003", "closure", "2025-06-30", "yellow", "Sandmere Vale",
    "Callum's YOS work finished in May and there has been no police involvement since. Donna did the Non-Violent Resistance group at the family hub and says the blow-ups are fewer – one in June when he threw the TV remote at the wall. She would go back to YOS for advice if it ever got physical again.",
    ["REL-PAR"],
    [("historical", "CRIME", "YOS finished in May, no police involvement since"),
     ("hypothetical", None, "'if it ever got physical again'")])

# Z004 Gemma, Chloe (16), Jack (6); partner Lee
box("Z004", "assessment", "2025-04-07", "green", "Orrington",
    "OE notification to Orrington Primary 2/4: police attended after Lee threw a mug at Gemma and smashed her phone. Jack (6) was in bed at the time but told his TA 'Lee broke mummy's phone'. Gemma mentioned Jack has started wetting the bed again since Christmas, so the school nurse will see him.",
    ["DA", "PH"],
    [("convention", "CRIME", "damage by the partner during the incident is DA, not CRIME"),
     ("convention", "EYD", "bedwetting at school age is PH, not EYD")])
box("Z004", "assessment", "2025-04-07", "yellow", "Orrington",
    "Chloe (16) dropped out of her college course in February and isn't working; she spends most days at her boyfriend's flat. EHW to link her in with the Youth Hub careers adviser. Gemma says she would go to the food bank if she had to, but for now they are getting by.",
    ["EDU-NEET"],
    [("convention", None, "a 16+ NEET young person is EDU-NEET only, no FIN"),
     ("hypothetical", "FIN", "food bank only 'if she had to'")])
box("Z004", "closure", "2025-10-13", "yellow", "Orrington",
    "Gemma split from Lee in July; he is living at his mum's in Tollmead and she has had no contact from him since August. She has been going to the drug and alcohol service weekly and is down to a couple of glasses of wine at the weekend. Chloe started a Level 1 traineeship at a garage in September.",
    ["SUB"],
    [("historical", "DA", "relationship ended in July, no contact since August"),
     ("met", "EDU-NEET", "Chloe now on a traineeship")])

# Z005 Rachel (MS), Lily (12), younger brother; husband Steve
box("Z005", "assessment", "2025-05-12", "green", "Kettlewick",
    "Lily (12) has been late 9 times this half term, mostly on Mondays, and has nodded off in lessons. She told her form tutor she helps mum get washed and dressed because of her MS and makes her little brother's breakfast before school.",
    ["EDU-ATT", "CARER", "PH"])
box("Z005", "assessment", "2025-05-12", "orange", "Kettlewick",
    "Rachel disclosed that Steve keeps her bank card, decides who she can see and hides her phone charger when they argue. On 3/5 he locked her out of the house overnight; she rang police and he was arrested. Steve had a caution for drink-driving in 2016. Referred to MARAC and to Kettlewick Young Carers.",
    ["DA", "CARER"],
    [("convention", "CRIME", "arrest for the abuse of his partner is DA only"),
     ("historical", "SUB", "drink-driving caution in 2016 only"),
     ("convention", "REL-CONF", "arguments that are part of the abuse are DA only"),
     ("lookalike", None, "'phone charger' (not 'charged'); 'keeps her bank card' is control, not a money problem")])
box("Z005", "closure", "2025-11-03", "blue", "Kettlewick",
    "Lily goes to Young Carers club on Saturdays and calls it her 'time off'. Rachel now has carers in twice a day for her MS, so Lily just does small jobs like making her a cuppa. Steve moved to his brother's in June and has not been in touch since.",
    ["CARER", "PH"],
    [("historical", "DA", "Steve moved out in June, no contact since"),
     ("lookalike", None, "paid 'carers' are not CARER; Lily's own small caring jobs are")])

# Z006 Natalie, Kai (7), Poppy (3), Rosie (baby); ex Dean
box("Z006", "assessment", "2025-06-02", "orange", "Tollmead",
    "Natalie fled with Kai (7), Poppy (3) and baby Rosie to Harbourside refuge out of county after Dean strangled her on 28/5. He has been charged and remanded in custody. She first presented as homeless to Tollmead council; MARAC in the home area heard the case on 30/5.",
    ["DA", "HOUS"],
    [("convention", "CRIME", "charge and remand for the assault on Natalie are DA only")])
box("Z006", "assessment", "2025-06-02", "yellow", "Tollmead",
    "Kai hasn't been in school since 28/5; the refuge worker is helping with an in-year admission. He has an EHCP for autism and speech and language, so the plan needs transferring to the new LA. Poppy (3) is still in nappies and was on the waiting list for a nursery place before they left. HV has Rosie's records; Natalie says she's feeding well.",
    ["EDU-ATT", "EDU-SEND", "EYD"],
    [("convention", None, "speech and language for a school-age child is EDU-SEND, not EYD"),
     ("lookalike", None, "Rosie 'feeding well' is good news, not a need")])
box("Z006", "closure", "2025-12-08", "yellow", "Tollmead",
    "Natalie is getting flashbacks and panic attacks – GP has diagnosed PTSD and referred her to talking therapies. The family moved out of the refuge in October into temporary accommodation (one B&B room for the four of them) while they wait for an offer. Kai's new school say he has settled well.",
    ["MH-ADULT", "HOUS"],
    [("historical", "DA", "refuge stay ended in October; no current abuse described")])

# Z007 Amy and Ryan separated; Noah (9)
box("Z007", "assessment", "2025-02-17", "yellow", "Sandmere Vale",
    "Amy and Ryan separated last summer and can't agree weekends or holidays for Noah (9); handovers on the doorstep often end in a slanging match. Both say there has never been any violence or controlling behaviour and police have never been called. Referred to family mediation.",
    ["REL-CONF"],
    [("negated", "DA", "never any violence or control"),
     ("negated", "CRIME", "police never called")])
box("Z007", "assessment", "2025-02-17", "green", "Sandmere Vale",
    "Noah's teacher says he gets tearful and distracted on Fridays before going to his dad's and worries about 'who's going to be cross'. School have given him a worry monster and a weekly slot with the learning mentor.",
    ["MH-CHILD"])
box("Z007", "closure", "2025-07-07", "blue", "Sandmere Vale",
    "Amy and Ryan now use a co-parenting app for handovers and messages and say it has 'taken the heat out of it'. They would go back to mediation if it flared up again. Noah's attendance is 98% and he is happy in class.",
    ["REL-CONF"],
    [("convention", None, "blue box: co-parenting app is the conflict being managed now, so present"),
     ("lookalike", "EDU-ATT", "98% attendance is good news, no need stated")])

# Z008 Mark (victim), Harvey (10), Ruby (6); Jade (mum)
box("Z008", "assessment", "2025-03-24", "orange", "Orrington",
    "Police attended on 18/3 and Jade was arrested for assaulting Mark, who says she lashes out when she has been drinking and has threatened to tell social services he hurts the kids if he leaves her. Jade is still living at home and drinks most nights. She had a caution for shoplifting back in 2021.",
    ["DA", "SUB"],
    [("convention", "CRIME", "arrest for assaulting her partner is DA only"),
     ("historical", None, "shoplifting caution in 2021 is past")])
box("Z008", "closure", "2025-08-18", "yellow", "Orrington",
    "Jade moved out in May and is going to the alcohol service herself. Mark has a non-molestation order until next spring and the school have a copy. Harvey (10) is having weekly play therapy at school to help with what he saw at home.",
    ["DA", "MH-CHILD"],
    [("outside", "SUB", "Jade no longer lives in the household; her drinking is not coded")])
box("Z008", "closure", "2025-08-18", "green", "Orrington",
    "Ruby (6) is behind with her phonics; the SENCO has put her on SEN support and is screening for dyslexia. Mark says he would ask about a parenting course if he ever struggled on his own, but for now the routines are working.",
    ["EDU-SEND"],
    [("hypothetical", "REL-PAR", "parenting course only 'if he ever struggled'")])

# ---------------------------------------------------------------- part 2
# Z009 Tracey, Jordan (14); partner Wayne
box("Z009", "assessment", "2025-09-08", "orange", "Kettlewick",
    "Jordan (14) has been reported missing 3 times since July. Police found him last time in a flat in Tollmead with £300 in cash and two phones, so there are concerns about criminal exploitation and county lines. NRM referral done and he is open to the exploitation hub.",
    ["SAFE-EXP"],
    [("convention", "CRIME", "police finding a missing child is safeguarding, not CRIME; no drugs or offence by Jordan described")])
box("Z009", "assessment", "2025-09-08", "yellow", "Kettlewick",
    "Tracey says her partner Wayne puts her down in front of the kids and has pinned her against the wall twice since the summer; Jordan says he stays out because home is 'a war zone'. Jordan's attendance at Tollmead Academy is 71% this year. Wayne denies everything and says he doesn't drink or use anything.",
    ["DA", "EDU-ATT"],
    [("negated", "SUB", "Wayne says he doesn't drink or use"),
     ("lookalike", None, "Wayne's denial of the abuse does not negate Tracey's disclosure")])
box("Z009", "closure", "2026-01-19", "orange", "Kettlewick",
    "One more missing episode on 14/12 – police picked Jordan up in Orrington with wraps of crack cocaine on him and he has been released under investigation; still open to the exploitation hub. Wayne assaulted Tracey again on 6/1 and was arrested; a strategy discussion was held and the case is being stepped up to children's social care.",
    ["SAFE-EXP", "CRIME", "DA"],
    [("convention", "SUB", "drugs found on an exploited child are SAFE-EXP and CRIME, not SUB"),
     ("convention", None, "strategy discussion reads red but the box is orange: box level wins"),
     ("convention", None, "Wayne's arrest for assaulting Tracey is DA only; the CRIME here is Jordan's drugs arrest")])

# Z010 Chantelle, Harper (2), Mason (4); children's dad
box("Z010", "assessment", "2025-04-14", "green", "Tollmead",
    "At the HV's 2-year review Harper's speech and fine motor skills were behind and she isn't managing a spoon yet. Mason (4) starts reception in September; nursery say he isn't toilet trained and gets very upset when mum leaves him.",
    ["EYD"])
box("Z010", "assessment", "2025-04-14", "yellow", "Tollmead",
    "Chantelle has been low since the children's dad went to prison in 2023 for assaulting her; she has had no contact with him since and says she feels safe. She is £1,200 behind on council tax and has had a letter from the bailiffs. She says she would take up counselling if her GP offered it.",
    ["MH-ADULT", "FIN"],
    [("historical", "DA", "dad imprisoned in 2023, no contact since, she feels safe")])
box("Z010", "closure", "2025-09-29", "yellow", "Tollmead",
    "The children's dad was released in August and has been messaging Chantelle from different numbers, calling her names and demanding to see the kids. She has reported it to police and Clearview DA service are supporting her. She is paying £25 a month off the council tax under an arrangement.",
    ["DA", "FIN"],
    [("convention", "CRIME", "ex-partner's harassment of the adult victim is DA only")])

# Z011 Sarah, Leo (7), Freya (5); partner Dan
box("Z011", "assessment", "2025-10-06", "red", "Sandmere Vale",
    "Strategy meeting held 2/10 after Leo (7) came into school with a bruise on his cheek and said Dan was hitting mum and 'I got in the way'. S47 enquiry under way. Sarah told the social worker both she and Dan use cocaine at weekends.",
    ["DA", "SUB"])
box("Z011", "assessment", "2025-10-06", "orange", "Sandmere Vale",
    "Joint visit found dog mess on the floors, nothing in the cupboards and both children sleeping on a bare mattress. Freya (5) often comes to school unwashed and in the same uniform all week. TAF set up with school, HV and EHW.",
    ["SAFE-NEG"])
box("Z011", "closure", "2026-03-02", "red", "Sandmere Vale",
    "Leo and Freya were made subject to CP plans at ICPC on 24/10 under emotional abuse because of the DA. Dan has moved out and Sarah is attending a DA recovery group. Case has transferred to children's social care, so EH is closing.",
    ["DA"])

# Z012 Claire, Maisie (14), Ollie (8); dad (separated)
box("Z012", "assessment", "2025-11-10", "orange", "Orrington",
    "Maisie (14) told her head of year she has been cutting her arms since her dad attacked her mum in September. CAMHS accepted the referral and she is on the waiting list. Dad has moved out, has been charged, and there is a non-mol order.",
    ["MH-CHILD", "DA"],
    [("convention", "CRIME", "dad's charge for attacking mum is DA only")])
box("Z012", "assessment", "2025-11-10", "yellow", "Orrington",
    "Maisie refuses school on the days she is due to see her dad at contact and has missed 14 sessions this half term. He has applied to the family court for more time, which Claire feels is just another way of keeping control over her. EHW to do wishes and feelings work with Maisie. Her brother Ollie (8) is doing fine at school.",
    ["EDU-ATT", "DA"],
    [("convention", "REL-CONF", "the court application is described as part of the control: DA only"),
     ("negated", None, "Ollie doing fine at school")])
box("Z012", "closure", "2026-04-20", "yellow", "Orrington",
    "CAMHS started CBT with Maisie in February; she has had 6 sessions and says she hasn't self-harmed for 8 weeks. She smashed her science test last week and her attendance has been back at 97% since January.",
    ["MH-CHILD"],
    [("met", "EDU-ATT", "attendance back to 97% since January"),
     ("lookalike", None, "'smashed her science test' is praise")])

# Z013 Precious and four children incl. Tobi (9)
box("Z013", "assessment", "2025-01-13", "green", "Kettlewick",
    "Tobi (9) told his teacher the police 'came to our block' in the night. DSL checked: it was a domestic at a neighbouring flat and nothing to do with Tobi's family, and no OE notification came for them. Tobi has been jumpy and anxious in class, says the shouting through the wall scares him, and he can't get off to sleep; mum is taking him to the GP.",
    ["MH-CHILD", "PH"],
    [("outside", "DA", "the domestic was at a neighbour's flat, not this household"),
     ("outside", "CRIME", "police attended the neighbour, not this family"),
     ("convention", None, "sleep problem at school age is PH")])
box("Z013", "assessment", "2025-01-13", "yellow", "Kettlewick",
    "Precious and her four children live in a 2-bed housing association flat; the boys share a room with black mould up the walls and Tobi's asthma has got worse. Her UC was sanctioned in December and she is short on the rent. Housing transfer application made.",
    ["HOUS", "PH", "FIN"])
box("Z013", "closure", "2025-06-09", "orange", "Kettlewick",
    "Landlord served a section 21 notice in May after Precious reported the damp; housing options are involved and have told her they will help with temporary accommodation if it goes to court. She has got the sanction sorted and the rent is up to date.",
    ["HOUS"],
    [("met", "FIN", "sanction sorted, rent up to date")])

# Z014 Pauline (nan), Skye (11), Alfie (6); mum and partner Gary live elsewhere
box("Z014", "assessment", "2025-05-19", "yellow", "Tollmead",
    "Skye (11) and Alfie (6) have lived with their maternal nan Pauline since April, when mum's partner Gary hit mum in front of them. Mum is still with Gary, so the children only see her at Pauline's. Pauline is a kinship carer with no support yet and her arthritis makes the school run hard.",
    ["DA", "PH"],
    [("lookalike", "CARER", "'kinship carer' is an adult carer, not a young carer"),
     ("convention", None, "mum and Gary live elsewhere but the abuse is why the children moved and how contact is managed: its effect on the family is DA")])
box("Z014", "assessment", "2025-05-19", "green", "Tollmead",
    "Alfie has been soiling at school and the school nurse has referred him to the GP. Skye is crying in class most days and asking to ring mum at lunchtime; the school counsellor will see her.",
    ["PH", "MH-CHILD"])
box("Z014", "closure", "2025-10-27", "yellow", "Tollmead",
    "Pauline has been told her Child Benefit claim for the children can't be backdated and she is £600 behind on the gas; Citizens Advice appointment booked. She said the forms left her feeling 'beaten'. Alfie's soiling has stopped and he no longer needs to see the GP about it.",
    ["FIN"],
    [("met", "PH", "soiling has stopped"),
     ("lookalike", "DA", "'feeling beaten' by forms")])

# Z015 Kerry, Ellis (10), Reece (5)
box("Z015", "assessment", "2025-02-24", "orange", "Sandmere Vale",
    "Ellis (10) has a 3-day suspension for kicking a TA and the head has warned he is at risk of permanent exclusion. Kerry says his behaviour changed after he saw his dad hit her, but dad left in 2022 and there has been no contact since.",
    ["EDU-EXC"],
    [("historical", "DA", "dad left in 2022, no contact since")])
box("Z015", "assessment", "2025-02-24", "yellow", "Sandmere Vale",
    "Ellis is on the ADHD pathway (18-month wait) and the SENCO has applied for an EHC needs assessment. Kerry works nights at a care home so her mum has the boys overnight; she says money isn't a worry.",
    ["EDU-SEND"],
    [("convention", "FIN", "working nights is not FIN; money described as not a worry"),
     ("lookalike", "CARER", "'care home' work is not a young carer")])
box("Z015", "closure", "2025-08-04", "yellow", "Sandmere Vale",
    "Managed move to Hollybank Primary agreed in June; Ellis has a 1:1 in the afternoons and there have been no more suspensions. His EHCP was finalised in July.",
    ["EDU-EXC", "EDU-SEND"],
    [("convention", None, "no further suspensions, but the managed move is current: EDU-EXC present")])

# Z016 Joanne, Evie (7); ex Paul
box("Z016", "assessment", "2025-07-21", "yellow", "Orrington",
    "Since Joanne left Paul he has stopped paying maintenance, keeps taking her back to court over contact with Evie (7), sends 30 to 40 messages a day and waits at the school gates. Joanne says she is 'on edge all the time' and the GP has signed her off work with anxiety. She is now two months behind with the rent.",
    ["DA", "MH-ADULT", "FIN"],
    [("convention", "REL-CONF", "repeated court applications alongside harassment are post-separation abuse: DA, not REL-CONF")])
box("Z016", "assessment", "2025-07-21", "green", "Orrington",
    "School have a copy of Joanne's non-molestation order and will only release Evie to her. Evie is presenting well and her teacher has no worries about her.",
    ["DA"],
    [("negated", "MH-CHILD", "Evie presenting well, no worries")])
box("Z016", "closure", "2025-12-15", "blue", "Orrington",
    "Joanne is back at work three days a week as a court usher and is sticking to the repayment plan she agreed with her landlord for the arrears.",
    ["FIN"],
    [("lookalike", "CRIME", "'court usher' is her job")])

# ---------------------------------------------------------------- part 3
# Z017 Lisa, Kayla (17), Rhys (12)
box("Z017", "assessment", "2025-03-10", "yellow", "Kettlewick",
    "Kayla (17) is seeing a 22-year-old who tracks her location, has all her passwords and has pushed her against a car. She doesn't see it as abuse. She stopped going to her college course in January and spends most days at his flat. Mum Lisa is beside herself but says Rhys (12) seems unaffected.",
    ["DA", "EDU-NEET"],
    [("convention", None, "boyfriend lives elsewhere but Kayla (17, household) is the victim: DA"),
     ("negated", "MH-CHILD", "Rhys seems unaffected")])
box("Z017", "closure", "2025-08-11", "yellow", "Kettlewick",
    "Kayla ended it in June after he was arrested for assaulting her. She is still seeing the young people's IDVA and has a restraining order. She started a hairdressing apprenticeship in July.",
    ["DA"],
    [("convention", "CRIME", "his arrest for assaulting Kayla is DA only"),
     ("met", "EDU-NEET", "now on an apprenticeship")])
box("Z017", "closure", "2025-08-11", "blue", "Kettlewick",
    "Nothing at this level – Lisa says the family are fine and don't want anything further.",
    [],
    [("negated", None, "box says nothing at this level")])

# Z018 Stacey, Logan (11), Ava (8); ex Carl
box("Z018", "assessment", "2025-08-26", "orange", "Tollmead",
    "OE notification 22/8: Stacey's ex Carl, who doesn't live there, forced the back door, smashed up the kitchen and was arrested for breaching the non-mol. Police say Carl has a long history of heroin use and already has a probation officer. Logan (11) and Ava (8) were at home.",
    ["DA"],
    [("outside", "SUB", "Carl's heroin use: he is outside the household"),
     ("outside", "CRIME", "Carl's probation: outside the household; his breach is DA only")])
box("Z018", "assessment", "2025-08-26", "yellow", "Tollmead",
    "Stacey told the EHW she has been smoking cannabis every day 'to get through it' since the break-in and has agreed to a referral to the drug and alcohol service. Logan has become clingy and anxious and won't go to football any more in case something happens to mum. Ava's teacher says she is a bit quieter but her work is fine.",
    ["SUB", "MH-CHILD"],
    [("convention", None, "cannabis is SUB (only tobacco/vaping is excluded)"),
     ("negated", None, "Ava quieter but work fine: no need stated")])
box("Z018", "closure", "2026-02-09", "yellow", "Tollmead",
    "Stacey is four weeks clear of cannabis and still sees her drug worker every fortnight. Carl got 16 weeks in January and the non-mol runs until 2027. Logan is back at football and sees the ELSA on Mondays.",
    ["SUB", "DA", "MH-CHILD"],
    [("convention", "CRIME", "Carl's sentence is for the breach against Stacey, and he is outside the household")])

# Z019 Hannah (19), Isla (baby); partner Tom
box("Z019", "assessment", "2025-09-15", "orange", "Sandmere Vale",
    "Hannah (19) disclosed at baby Isla's 6-week check that her partner Tom punched her in the stomach while she was pregnant and still throws things at her. Midwife and HV have referred to MARAC. Tom lives with Hannah and Isla.",
    ["DA"])
box("Z019", "assessment", "2025-09-15", "yellow", "Sandmere Vale",
    "HV scored Hannah's EPDS at 17; she is low and tearful and has been referred to the perinatal mental health team. Tom takes her child benefit and she has no money of her own – the EHW has taken her to the food bank twice this month.",
    ["MH-ADULT", "FIN", "DA"],
    [("convention", None, "economic abuse is DA; the food bank is FIN")])
box("Z019", "assessment", "2025-09-15", "green", "Sandmere Vale",
    "Isla is gaining weight well and the HV has no worries about her development. HV would refer on to Portage should she start to fall behind.",
    [],
    [("lookalike", "PH", "'gaining weight well' is good news"),
     ("negated", "EYD", "no worries about development"),
     ("hypothetical", None, "Portage only 'should she start to fall behind'")])
box("Z019", "closure", "2026-02-23", "orange", "Sandmere Vale",
    "Hannah and Isla went into a refuge in Kettlewick in December after Tom threatened to kill her; he is on bail and a homeless application has gone in. The perinatal team discharged Hannah in January as her mood has lifted.",
    ["DA", "HOUS"],
    [("historical", "MH-ADULT", "discharged by perinatal team, mood lifted"),
     ("convention", "CRIME", "bail for threats to Hannah is DA only")])

# Z020 Nicola, Gavin, Brandon (13), Lacey (9)
box("Z020", "assessment", "2025-04-28", "orange", "Orrington",
    "Gavin came out of prison on licence in March after two years for burglary and is back living at home; he reports to probation weekly. Brandon (13) got a referral order in February for criminal damage at the bus station.",
    ["CRIME"],
    [("convention", "DA", "an adult on licence in the household and a youth referral order are CRIME; nothing about abuse")])
box("Z020", "assessment", "2025-04-28", "yellow", "Orrington",
    "Nicola and Gavin row about money and about his mates coming round; she says he has never been violent or controlling and she isn't scared of him. They owe £2,300 on the electric and have had a prepayment meter fitted.",
    ["REL-CONF", "FIN"],
    [("negated", "DA", "never violent or controlling, not scared of him")])
box("Z020", "closure", "2025-10-06", "yellow", "Orrington",
    "Brandon finished his referral order in August and YOS have closed. He is still hanging round with older lads the police have linked to drug dealing, and came home with a new phone and trainers nobody can explain.",
    ["SAFE-EXP"],
    [("historical", "CRIME", "referral order finished, YOS closed"),
     ("outside", "SUB", "drug dealing by other lads; nothing about Brandon using")])

# Z021 Helen, Grace (12); dad in prison
box("Z021", "assessment", "2025-10-20", "yellow", "Kettlewick",
    "Grace (12) is being picked on over Snapchat by girls in her year who shared a newspaper story about her dad being jailed for assaulting her mum Helen. Dad is still in prison and the family have had no contact with him since he was sentenced in 2024. Grace's attendance has dropped to 88%, mostly Mondays. Helen says she would ask for counselling for Grace if it starts to get her down.",
    ["SAFE-EXP", "EDU-ATT"],
    [("historical", "DA", "dad jailed, no contact since 2024"),
     ("hypothetical", "MH-CHILD", "counselling only 'if it starts to get her down'"),
     ("outside", None, "the bullies are outside the household, but being bullied is Grace's need (SAFE-EXP)")])
box("Z021", "closure", "2026-03-16", "blue", "Kettlewick",
    "Grace still gets the odd nasty message but has blocked the girls and knows how to report posts on the app; she has joined the school's anti-bullying ambassadors. Attendance is 96% now.",
    ["SAFE-EXP"],
    [("met", "EDU-ATT", "attendance back to 96%")])

# Z022 Kelly-Ann, Dylan (6), grandparents Ron and Jean
box("Z022", "assessment", "2025-06-16", "yellow", "Tollmead",
    "Kelly-Ann and Dylan (6) have lived with her parents since losing their tenancy in March, sharing the box room. Grandad Ron drinks heavily and screams at nan Jean, calling her useless and smashing plates; Jean won't leave him. Dylan has had two internal exclusions for swearing at staff. Kelly-Ann is on the housing register.",
    ["HOUS", "SUB", "DA", "EDU-EXC"],
    [("convention", None, "grandparents are household members here: Ron's abuse of Jean is DA and his drinking SUB")])
box("Z022", "closure", "2025-11-24", "yellow", "Tollmead",
    "Kelly-Ann and Dylan moved into their own one-bed flat in October. Ron's drinking and the way he treats Jean haven't changed, but Kelly-Ann now meets her mum in town rather than at the house. She is doing the Triple P course at the family hub for Dylan's tantrums at bedtime.",
    ["REL-PAR"],
    [("outside", "SUB", "Ron is no longer in the household"),
     ("outside", "DA", "the abuse is now outside the household and the family avoid the house"),
     ("met", "HOUS", "own flat since October")])
box("Z022", "closure", "2025-11-24", "green", "Tollmead",
    "Dylan is on a behaviour plan with his class teacher and has had no exclusions this term.",
    ["EDU-EXC"],
    [("negated", None, "no exclusions this term, but the behaviour plan is current: EDU-EXC present")])

# Z023 Zoe, Max (9, cerebral palsy); partner Liam
box("Z023", "assessment", "2025-01-27", "green", "Sandmere Vale",
    "Max (9) has cerebral palsy and an EHCP; the physio comes into school weekly. Zoe gets DLA and Carer's Allowance for him and says money isn't a problem.",
    ["PH", "EDU-SEND"],
    [("convention", "CARER", "Carer's Allowance is the parent's benefit, never CARER"),
     ("negated", "FIN", "money isn't a problem; benefit names alone are not FIN")])
box("Z023", "assessment", "2025-01-27", "orange", "Sandmere Vale",
    "Zoe's partner Liam was arrested on 19/1 for pushing her down the stairs and police are applying for a DVPO. He has threatened to tell social services she can't cope with Max if she reports him again.",
    ["DA"],
    [("convention", "CRIME", "arrest for assaulting Zoe is DA only")])
box("Z023", "closure", "2025-06-23", "blue", "Sandmere Vale",
    "Zoe has had the locks changed, has a video doorbell from the police and keeps a log of every message Liam sends her.",
    ["DA"])

# Z024 Becky, Shaun, Millie (5), Archie (3)
box("Z024", "assessment", "2025-05-06", "orange", "Orrington",
    "Second OE notification this year: police attended on 1/5 after Shaun grabbed Becky by the throat during an argument about money. Both say they want to stay together. Shaun has referred himself to the Change Course.",
    ["DA"],
    [("convention", "REL-CONF", "argument that is part of the abuse: DA only"),
     ("lookalike", "FIN", "'argument about money' describes no money problem")])
box("Z024", "assessment", "2025-05-06", "yellow", "Orrington",
    "Millie (5) is wetting herself at school most days and has started hitting other children at playtime. Archie (3) isn't taking up his funded nursery hours.",
    ["PH", "EDU-EXC", "EYD"],
    [("convention", None, "wetting at school age is PH; Archie's nursery take-up is EYD"),
     ("convention", "DA", "Millie hitting other children is behaviour at school, not DA")])
box("Z024", "closure", "2025-10-20", "yellow", "Orrington",
    "Shaun finished the Change Course in September and there have been no police call-outs since May. Becky says he still sulks for days if she sees her friends and goes through her texts.",
    ["DA"],
    [("historical", None, "course finished and no call-outs since May, but the coercive control is current")])

# ---------------------------------------------------------------- part 4
# Z025 Marta, Kacper (16), Zofia (9)
box("Z025", "assessment", "2025-07-07", "orange", "Kettlewick",
    "Marta arrived at Kettlewick refuge from out of area with Kacper (16) and Zofia (9) after her husband was charged with raping and assaulting her. The home-area MARAC has transferred the case to us.",
    ["DA", "HOUS"],
    [("convention", "CRIME", "husband's charges for offences against Marta are DA only")])
box("Z025", "assessment", "2025-07-07", "yellow", "Kettlewick",
    "Kacper had to leave his college course when they fled and has no place for September. He has been interpreting for Marta at every appointment and minding Zofia while she is at the police station giving statements. Zofia starts at St Bride's RC Primary next week.",
    ["EDU-NEET", "CARER"],
    [("lookalike", "CRIME", "'police station' is Marta giving statements"),
     ("convention", "FIN", "NEET 16+ is EDU-NEET only")])
box("Z025", "closure", "2025-12-01", "yellow", "Kettlewick",
    "Kacper started at Kettlewick College in September on an ESOL and motor vehicle course. The family are still in the refuge waiting for a council property and have priority banding. Marta uses the school's free breakfast club for Zofia.",
    ["HOUS", "DA"],
    [("met", "EDU-NEET", "Kacper now at college"),
     ("lookalike", "FIN", "a free breakfast club is universal, not a food or money problem"),
     ("convention", None, "still living in a refuge (an ongoing DA service and temporary housing): DA and HOUS")])

# Z026 Sophie, Rob, Ethan (10), Lola (7)
box("Z026", "assessment", "2025-11-17", "green", "Tollmead",
    "OE notification 14/11: a neighbour called police to a loud verbal argument between Sophie and Rob after a works do. No assault and no offences, officers had no concerns, and both say nothing like it has happened before. Ethan (10) told his teacher mum and dad 'had a massive row' but was his usual self in class. School will refer to early help should anything further happen.",
    ["REL-CONF"],
    [("convention", "DA", "an argument between parents with no abuse described is REL-CONF, even when it arrives as an OE notification"),
     ("negated", "CRIME", "no offences"),
     ("negated", "MH-CHILD", "Ethan his usual self"),
     ("hypothetical", None, "EH referral only 'should anything further happen'")])
box("Z026", "assessment", "2025-11-17", "yellow", "Tollmead",
    "Sophie and Rob accepted a referral to the Reducing Parental Conflict programme. They say the arguing got worse after Rob was made redundant in October, and they are two payments behind on the mortgage.",
    ["REL-CONF", "FIN"])
box("Z026", "closure", "2026-03-30", "blue", "Tollmead",
    "Sophie and Rob finished the RPC sessions and now take 'time out' when things get heated. Rob started a new job at a car dealership in February and the mortgage arrears are paid off.",
    ["REL-CONF"],
    [("historical", "FIN", "arrears paid off, back in work"),
     ("lookalike", "SUB", "'car dealership'")])

# Z027 Laura, Finn (12), Daisy (4); ex Marcus
box("Z027", "assessment", "2025-03-17", "orange", "Sandmere Vale",
    "Laura's ex Marcus has been stalking her since she ended it in January, following her car and sitting outside the house at night. Police have got a stalking protection order. His sister says Marcus has bipolar and has stopped taking his medication. Laura says she would move to a refuge if he breaches it.",
    ["DA"],
    [("outside", "MH-ADULT", "Marcus's bipolar: he is outside the household"),
     ("hypothetical", "HOUS", "refuge only 'if he breaches it'")])
box("Z027", "assessment", "2025-03-17", "yellow", "Sandmere Vale",
    "Laura is too frightened to do the school run, so Finn (12) has missed 11 days since January. Daisy (4) lost her nursery place because she wasn't going, and nursery had already flagged her speech as behind.",
    ["EDU-ATT", "EYD"])
box("Z027", "closure", "2025-09-08", "blue", "Sandmere Vale",
    "Laura has changed her car, varies her routes and keeps the SPO details on her phone; her mum stays over on the nights she works late.",
    ["DA"])

# Z028 Aisha, Zain (16), Hana (13)
box("Z028", "assessment", "2025-12-01", "red", "Orrington",
    "Strategy meeting 26/11 after it came to light that Hana (13) has been sending images to an adult man she met on a gaming site; s47 started and police have seized his devices. Hana was missing overnight once in November and police found her at a bus station.",
    ["SAFE-EXP"],
    [("outside", "CRIME", "the offender is outside the household"),
     ("convention", None, "police finding a missing child is not CRIME")])
box("Z028", "assessment", "2025-12-01", "yellow", "Orrington",
    "Zain (16) has not been in education or training since July and Aisha can't get him to stick to any house rules; he was given a community resolution by police in October for anti-social behaviour at the skate park. Aisha's last partner was violent, but that ended in 2020 when he was deported.",
    ["EDU-NEET", "REL-PAR", "CRIME"],
    [("historical", "DA", "violent ex deported in 2020"),
     ("convention", "FIN", "NEET 16+ is EDU-NEET only")])
box("Z028", "closure", "2026-05-11", "orange", "Orrington",
    "Hana's CP plan was stepped down to a CIN plan in April. She is open to CAMHS for low mood, the gaming accounts have been deleted and Aisha checks her phone every night.",
    ["SAFE-EXP", "MH-CHILD"],
    [("convention", None, "CIN plan reads red but the box is orange: box level wins")])

# Z029 Chris, Amelia (10); partner Daniel
box("Z029", "assessment", "2025-08-04", "yellow", "Kettlewick",
    "Chris disclosed that his partner Daniel controls the money, reads his messages and has threatened to tell Chris's employer about his past if he leaves. Amelia (10) says Daniel 'shouts at dad loads'. Amelia's mum lives in Tollmead and has a drink problem, so her contact is supervised by maternal nan.",
    ["DA"],
    [("outside", "SUB", "Amelia's mum's drinking: outside the household"),
     ("lookalike", "REL-CONF", "supervised contact with no dispute described"),
     ("lookalike", "FIN", "'controls the money' is control, no money problem described")])
box("Z029", "assessment", "2025-08-04", "green", "Kettlewick",
    "Amelia has been turning up at the school office with tummy aches most mornings. The GP found no physical cause and thinks it is worry, so school have started her in a 'worry time' group.",
    ["MH-CHILD"],
    [("negated", "PH", "GP found no physical cause")])
box("Z029", "closure", "2026-01-12", "blue", "Kettlewick",
    "Chris ended the relationship in November; Daniel moved out and hasn't been in touch since, and Chris has his own bank account again. He says he would go back to the DA service if Daniel ever turned up.",
    [],
    [("historical", "DA", "relationship ended, no contact since November"),
     ("hypothetical", None, "DA service only 'if Daniel ever turned up'"),
     ("met", "FIN", "own bank account again")])

# Z030 Danielle, Kobe (10 months); partner Jamie
box("Z030", "assessment", "2026-01-05", "red", "Tollmead",
    "ICPC 18/12: Kobe (10 months) made subject to a CP plan for neglect after two missed hospital appointments for his hip, mouldy bottles and a filthy house. Danielle, who has a learning disability, disclosed that Jamie hits her; police came out twice in December.",
    ["SAFE-NEG", "PH", "DA"],
    [("convention", "CRIME", "police call-outs for DA are DA only")])
box("Z030", "assessment", "2026-01-05", "yellow", "Tollmead",
    "Danielle has no gas or electric credit most weeks and has had food vouchers twice this month. She says Jamie spends most of the UC on weed.",
    ["FIN", "SUB"],
    [("convention", None, "'weed' here is cannabis: SUB for Jamie, a household member")])
box("Z030", "closure", "2026-06-15", "red", "Tollmead",
    "PLO pre-proceedings started in April because of the neglect and DA. Jamie has moved out and there is a non-molestation order; Danielle has an advocate. Kobe's hip has been treated and the hospital have discharged him.",
    ["SAFE-NEG", "DA"],
    [("historical", "PH", "hip treated, discharged")])

# ---------------------------------------------------------------- part 5
# Unboxed notes: one level for all codes, from the highest cue in the text.
note("W001", "assessment", "2025-06-10", "Kettlewick",
     "DSL log – OE call on 9/6 about a DA incident 'at 14 Birch Close'. Checked with police: Jayden's family live at 14a and the incident was in the ground-floor flat below, which has nothing to do with them. Jayden's mum confirmed nothing had happened at home and he presented as normal. No further action for school.",
     [], "",
     [("outside", "DA", "incident at a neighbour's flat"),
      ("negated", None, "mum confirmed nothing happened at home")])
note("W002", "assessment", "2025-09-30", "Orrington",
     "DSL note 29/9 – Operation Encompass: police attended the home at 1am after Kyle assaulted mum (Danni) and he was arrested. Rio (7) came in at 9.40 with no breakfast, in yesterday's clothes, and said there was 'no food in the house'. School gave him toast and a clean uniform from lost property and rang mum, who was still giving her statement.",
     ["DA", "SAFE-NEG"], "orange",
     [("convention", "CRIME", "arrest for assaulting mum is DA only"),
      ("convention", "FIN", "hungry child with no food in the house is SAFE-NEG; no food bank or money problem described")])
note("W003", "assessment", "2025-05-21", "Sandmere Vale",
     "EHW home visit at the refuge. Rebecca left her abusive partner five weeks ago; she has nightmares, panics when she hears a car door and is waiting for talking therapies. The twins Callie and Cole (8) cling to her and follow her from room to room, and Callie has started scratching her arms when she is upset.",
     ["DA", "HOUS", "MH-ADULT", "MH-CHILD"], "yellow",
     [("convention", None, "she left five weeks ago but is still in the refuge: DA and HOUS are current, not historical"),
      ("convention", None, "'talking therapies' and the refuge are no higher cue than the EHW: yellow")])
note("W004", "assessment", "2025-11-04", "Tollmead",
     "School nurse drop-in: Oscar (8) has been wetting the bed most nights since his parents split up in the summer and has had headaches; the GP checked his eyes and they are fine. Mum says she and his dad still argue on the phone about money and who has him at Christmas, but there has never been any abuse.",
     ["PH", "REL-CONF"], "green",
     [("negated", "DA", "never any abuse"),
      ("lookalike", "FIN", "arguing 'about money' describes no money problem")])
note("W005", "closure", "2025-12-12", "Kettlewick",
     "Case note: police called again on 10/12 when Reece (15) punched his mum Gail and kicked the bathroom door in. He was arrested and YOS have allocated a worker. Gail says it is nothing like what she went through with Reece's dad, which ended when he died in 2018.",
     ["REL-PAR", "CRIME"], "orange",
     [("convention", "DA", "child-to-parent violence is REL-PAR + CRIME, not DA"),
      ("historical", None, "abuse by Reece's dad ended in 2018")])
note("W006", "assessment", "2026-02-03", "Orrington",
     "Social worker update: strategy meeting on 2/2 after Summer (9) told her teacher mum's boyfriend Aaron 'hurt mummy's neck' and that she is scared to go home. S47 enquiry under way; Aaron has left the house on police bail. Summer is waking with nightmares and has started wetting the bed.",
     ["DA", "MH-CHILD", "PH"], "red",
     [("convention", "CRIME", "police bail for the assault on mum is DA only"),
      ("convention", None, "bedwetting at school age is PH")])
note("W007", "closure", "2025-08-20", "Sandmere Vale",
     "Family Hub duty call: Jess rang for advice because her ex keeps using the children's contact to send her nasty messages. Gave her the national DA helpline number, safety planning information and how to apply for a non-mol herself; she says she will ring them and doesn't want a worker. No worries raised about the children.",
     ["DA"], "blue",
     [("convention", "REL-CONF", "contact used to send abuse is DA, not a contact dispute"),
      ("negated", None, "no worries about the children")])
note("W008", "assessment", "2025-10-15", "Tollmead",
     "Housing officer note: possession notice served on Ms Okafor's flat for £2,800 rent arrears – most of it built up while her ex-partner had control of the UC claim, and the landlord is also recharging her for two doors he kicked in during incidents. Police removed him in July and she now has a non-mol order.",
     ["HOUS", "FIN", "DA"], "orange",
     [("convention", "CRIME", "ex's damage during incidents is DA, not CRIME")])
note("W009", "assessment", "2025-04-02", "Orrington",
     "Young carers assessment: Ruby-Mae (13) does most of the cooking and helps her mum Tanya with her tablets because of Tanya's fibromyalgia and depression. Tanya left an abusive marriage in 2021 and has had no contact with him since. Referred to Orrington Young Carers.",
     ["CARER", "PH", "MH-ADULT"], "yellow",
     [("historical", "DA", "left the abusive marriage in 2021, no contact since"),
      ("lookalike", "SUB", "'tablets' are prescribed medication")])

# ---------------------------------------------------------------- writer
def main():
    ids = [n["narrative_id"] for n in N]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    for n in N:
        assert n["locality"] in LOCALITIES, n["narrative_id"]
        assert len(n["codes"]) == len(set(n["codes"])), n["narrative_id"]
        for c in n["codes"]:
            assert c in CODES, (n["narrative_id"], c)
        if n["codes"]:
            assert n["gold_level"] in LEVELS, n["narrative_id"]
        for t in n["traps"]:
            if t[1] is not None:
                assert t[1] in CODES and t[1] not in n["codes"], (n["narrative_id"], t)

    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date",
                    "level", "locality", "narrative"])
        for n in N:
            w.writerow([n["narrative_id"], n["triage_id"], n["case_id"],
                        n["stage"], n["date"], n["level"], n["locality"],
                        n["narrative"]])

    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for n in N:
            for c in n["codes"]:
                w.writerow([n["narrative_id"], c, n["gold_level"]])

    traps = {}
    for n in N:
        if n["traps"]:
            traps[n["narrative_id"]] = [
                {"type": t, "code": c, "note": note_} for t, c, note_ in n["traps"]]
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8",
              newline="") as f:
        f.write(json.dumps(traps, indent=2, ensure_ascii=False).replace("\n", "\r\n"))
        f.write("\r\n")

    # summary
    from collections import Counter
    per_code = Counter(c for n in N for c in n["codes"])
    per_level = Counter(n["gold_level"] for n in N for c in n["codes"])
    trap_types = Counter(t[0] for n in N for t in n["traps"])
    print("narratives:", len(N), "boxed:", sum(1 for n in N if n["level"]),
          "unboxed:", sum(1 for n in N if not n["level"]))
    print("cases:", len({n["case_id"] for n in N if n["level"]}),
          "triages:", len({n["triage_id"] for n in N}))
    print("gold rows:", sum(per_code.values()))
    print("per code:", ", ".join("%s %d" % (c, per_code[c]) for c in CODES))
    print("per level:", ", ".join("%s %d" % (l, per_level[l]) for l in LEVELS))
    print("narratives with traps:", len(traps), "no gold codes:",
          sum(1 for n in N if not n["codes"]))
    print("trap notes by type:", dict(sorted(trap_types.items())))


if __name__ == "__main__":
    main()
