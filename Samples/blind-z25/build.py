#!/usr/bin/env python3
"""Build a blind, hand-coded gold set of early-help triage narratives.

Everything below was written and coded by hand from /work/shared/taxonomy.md.
Writes narratives.csv, gold.csv and traps.json next to this file.
Standard library only.
"""
import csv
import json
import os

OUT = os.path.dirname(os.path.abspath(__file__))

# Four invented localities.
TH = "Thornhay"
AM = "Ashby Marsh"
KG = "Kestrel Green"
WF = "Wrenfield"

ROWS = []  # dicts: nid, tid, case, stage, date, box, loc, text, codes, gold_level, traps


def box(case, stage, date, level, loc, text, codes, traps=()):
    """A narrative written in a level box: every code takes the box level."""
    tid = "%s-%s" % (case, "A" if stage == "assessment" else "C")
    ROWS.append(dict(nid="%s-%s" % (tid, level), tid=tid, case=case, stage=stage,
                     date=date, box=level, loc=loc, text=text, codes=list(codes),
                     gold_level=level, traps=list(traps)))


def note(nid, stage, date, loc, text, codes, gold_level, traps=()):
    """An unboxed case note: one level for all codes, from the highest cue."""
    ROWS.append(dict(nid=nid, tid=nid, case=nid, stage=stage, date=date, box="",
                     loc=loc, text=text, codes=list(codes),
                     gold_level=gold_level if codes else "", traps=list(traps)))


A, C = "assessment", "closure"

# ---------------------------------------------------------------- W001
box("W001", A, "2025-02-03", "green", TH,
    "Mia is in Year 2 at Thornhay Primary. The school nurse has been seeing her because she is "
    "still wetting the bed most nights and is often tired in class, and the GP has now referred her "
    "to the enuresis clinic. She is doing well with her reading and her teacher has no worries about "
    "her learning or her behaviour.",
    ["PH"],
    [("negated", "no worries about learning or behaviour: not EDU-SEND / EDU-EXC"),
     ("rule", "bedwetting at school age is PH (conv. 9), not EYD")])
box("W001", A, "2025-02-03", "yellow", TH,
    "Danielle told me she has fallen behind on the electricity since her hours at the care home were "
    "cut after Christmas, and she has had to use the food bank twice this month. She would like help "
    "to check whether she can top up her wages with Universal Credit. I have booked her in with the "
    "Citizens Advice outreach session at the family hub.",
    ["FIN"],
    [("lookalike", "'care home' is Mum's workplace, not a young carer")])
box("W001", A, "2025-02-03", "orange", TH,
    "Mia's brother Kai (14) was arrested in January with a group of lads who had been damaging cars "
    "on the Hollins estate, and the police have passed him to the youth offending service. School say "
    "he had a fixed-term suspension in the autumn for fighting and has since been put on a behaviour "
    "report after more trouble in lessons. At home he is coming in after midnight and Danielle says she "
    "has given up trying to set a time.",
    ["CRIME", "EDU-EXC", "REL-PAR"])
box("W001", C, "2025-07-14", "blue", TH,
    "Danielle has agreed a payment plan with the energy company and is paying £12 a week off what she "
    "owes. She has not needed the food bank since March. Kai's referral order finished at the end of "
    "June and there has been nothing further from the police.",
    ["FIN"],
    [("historical", "food bank use ended in March; FIN still present via the payment plan"),
     ("historical", "referral order finished, no further police: CRIME not coded")])

# ---------------------------------------------------------------- W002
box("W002", A, "2025-03-10", "green", AM,
    "Health visitor home visit to Leah and baby Ollie, who is four months old. Ollie is feeding well, "
    "following his centile line and is up to date with his immunisations. Leah scored highly on the "
    "mood questionnaire and told me she cries most days and feels like she is failing him. She has "
    "seen her GP, who has diagnosed postnatal depression and started her on medication.",
    ["MH-ADULT"],
    [("negated", "baby's growth and immunisations fine: not PH / EYD")])
box("W002", A, "2025-03-10", "yellow", AM,
    "Leah and Ollie live with Leah's mum and her 12-year-old sister in a two-bedroom flat, so Leah, "
    "the baby and her sister all sleep in one small room. There are no rent arrears and her mum pays "
    "the bills, but the flat is badly overcrowded. Leah is on the housing register in a low band. The "
    "early help worker will go with her to a housing options appointment.",
    ["HOUS"],
    [("negated", "no rent arrears, bills paid: not FIN")])
box("W002", C, "2025-09-22", "blue", AM,
    "Leah says her mood is much better and she is still taking her tablets. She goes to a baby group "
    "at the library every Thursday and has made a couple of friends there. She knows she can go back "
    "to her GP if she starts to feel low again.",
    ["MH-ADULT"],
    [("hypothetical", "'if she starts to feel low again'; MH-ADULT present anyway (still on medication)")])

# ---------------------------------------------------------------- W003
box("W003", A, "2025-01-20", "green", KG,
    "Noah (12) is in Year 7 at Kestrel Green Academy. He finds the noise in corridors and any change to "
    "his timetable very hard. The SENCO has put him on SEN support and has asked the community "
    "paediatrician to assess him for autism.",
    ["EDU-SEND"])
box("W003", A, "2025-01-20", "orange", KG,
    "Noah's attendance has fallen to 71% since Christmas. Most mornings he says he feels sick and will "
    "not get into the car. He has told the school counsellor that he scratches his arms when he gets "
    "worried, and she has referred him to CAMHS. His dad, who lives in Leeds and has him every other "
    "weekend, has been treated for depression for some years, but Noah lives full time with his mum, "
    "Claire.",
    ["EDU-ATT", "MH-CHILD"],
    [("outside", "father's depression: he lives in Leeds, not in the household, so not MH-ADULT"),
     ("lookalike", "'feels sick' is part of the school refusal, not a physical illness (no PH)")])

# ---------------------------------------------------------------- W004
box("W004", A, "2025-04-07", "orange", WF,
    "Police were called to the family home on 29 March after Gemma's partner, Ryan, pushed her into a "
    "door in front of the children. He was arrested and has been bailed on condition that he does not "
    "contact her. The DASH risk assessment came out as high risk and the case will be heard at MARAC "
    "next week.",
    ["DA"],
    [("rule", "partner's arrest for an assault on Mum is DA only, not CRIME (conv. 7)")])
box("W004", A, "2025-04-07", "red", WF,
    "A strategy meeting was held on 2 April and a section 47 enquiry has begun. Lily (7) had a bruise "
    "on her upper arm, which she said happened when she tried to get between her mum and Ryan during "
    "the argument.",
    ["DA"],
    [("lookalike", "'argument' here is part of the abuse: DA only, not REL-CONF (conv. 8)")])
box("W004", A, "2025-04-07", "yellow", WF,
    "Since the incident Lily has become very clingy, has wet herself twice at school and has been "
    "waking up screaming. Her class teacher says she jumps at loud noises. School have arranged for "
    "her to see the play therapist who comes in on Tuesdays.",
    ["MH-CHILD", "PH"],
    [("rule", "daytime wetting / night waking at school age coded PH (conv. 9) alongside the trauma")])
box("W004", C, "2025-10-13", "blue", WF,
    "Gemma has finished the Freedom Programme. A non-molestation order is in place against Ryan until "
    "next April and Gemma keeps a copy of it and her safety plan in her bag. He has not tried to "
    "contact her since June.",
    ["DA"],
    [("historical", "programme finished and no contact since June, but the order and safety plan are current protection")])

# ---------------------------------------------------------------- W005
box("W005", A, "2025-02-17", "green", TH,
    "Sarah has multiple sclerosis and uses a wheelchair when she goes out. She gets PIP and says all "
    "her benefits are sorted and she has no money worries. Her MS nurse sees her every few months.",
    ["PH"],
    [("negated", "PIP named but no money problem: not FIN (conv. 5)")])
box("W005", A, "2025-02-17", "yellow", TH,
    "Ethan (13) does most of the cooking and shopping, helps his mum with her tablets and helps her in "
    "and out of the bath. He told his form tutor he is worn out and cannot get his homework done. I "
    "have referred him to the Thornhay young carers service.",
    ["CARER"])
box("W005", C, "2025-07-21", "blue", TH,
    "Ethan goes to the young carers group every other Tuesday and has made friends there. Sarah's MS "
    "flared up in May and a care agency now comes in twice a day for her personal care, though Ethan "
    "still makes breakfast and sorts her morning tablets.",
    ["CARER", "PH"],
    [("lookalike", "'care agency' is a paid service, not the child's caring (CARER is from Ethan's own tasks)")])

# ---------------------------------------------------------------- W006
box("W006", A, "2025-05-12", "yellow", AM,
    "Jordan is 17. He left Ashby Marsh College in February after missing most of the autumn term and "
    "has not found a job or an apprenticeship since. Mum says he spends most of the day in his room. "
    "A youth worker from the careers hub is going to meet him at the café on Mill Street next week. "
    "Mum's fear is that he will end up in trouble with the police if he carries on drifting.",
    ["EDU-NEET"],
    [("rule", "16+ NEET is EDU-NEET only; no FIN (conv. 11)"),
     ("hypothetical", "police trouble only feared 'if he carries on drifting': no CRIME in this box")])
box("W006", A, "2025-05-12", "orange", AM,
    "Jordan admits he smokes cannabis every day and Mum says money keeps going missing from her purse. "
    "Last month police stopped him in the park with a small amount of cannabis on him and he was given "
    "a community resolution. Mum does not drink or use drugs herself. She says he has never gone "
    "missing and always comes home at night.",
    ["SUB", "CRIME"],
    [("negated", "Mum does not drink or use drugs (SUB present for Jordan anyway)"),
     ("negated", "never gone missing: not SAFE-EXP")])
box("W006", C, "2025-11-03", "orange", AM,
    "Jordan started a traineeship at a garage on Marsh Lane in September and has kept it up three days "
    "a week. He is still smoking cannabis most evenings and sees a worker from the young people's drug "
    "and alcohol service every week. There has been no police contact since May.",
    ["SUB"],
    [("historical", "now on a traineeship: EDU-NEET need met"),
     ("historical", "no police contact since May: CRIME not coded")])

# ---------------------------------------------------------------- W007
box("W007", A, "2025-06-02", "orange", KG,
    "The family have been given a section 21 notice by their private landlord, who wants to sell the "
    "house, and have to leave by the end of August. They owe £1,450 in rent because their Universal "
    "Credit was stopped for six weeks after a missed appointment at the jobcentre.",
    ["HOUS", "FIN"])
box("W007", A, "2025-06-02", "yellow", KG,
    "Dad, Marcus, told me he has been betting online late at night to try and win the rent money back "
    "and now has around £3,000 on credit cards. He does not drink. He says he feels very low and "
    "cannot see a way out, and has agreed to ring the GP tomorrow.",
    ["FIN", "MH-ADULT"],
    [("rule", "gambling debt is FIN, not SUB (conv. 10)"),
     ("negated", "does not drink: not SUB")])
box("W007", C, "2026-01-12", "blue", KG,
    "Marcus has signed up to the self-exclusion scheme for gambling websites and has a blocking app on "
    "his phone. He is paying £25 a month towards the credit card debt under a plan set up by a debt "
    "charity.",
    ["FIN"],
    [("lookalike", "'self-exclusion' from gambling sites is not school exclusion (EDU-EXC)")])
box("W007", C, "2026-01-12", "yellow", KG,
    "The council accepted a prevention duty and the family moved into a three-bedroom housing "
    "association house in December, so they are no longer at risk of homelessness. Marcus is still on "
    "antidepressants and is having weekly sessions with the talking therapies service.",
    ["MH-ADULT"],
    [("historical", "rehoused in December: HOUS need met")])

# ---------------------------------------------------------------- W008
box("W008", A, "2025-03-24", "green", WF,
    "Harley is two and a half and uses about ten single words. He had all his jabs on time and is a "
    "healthy weight. The health visitor has referred him to speech and language therapy and has "
    "encouraged Chantelle to take up his funded two-year-old nursery place.",
    ["EYD"],
    [("negated", "jabs on time, healthy weight: not PH")])
box("W008", A, "2025-03-24", "yellow", WF,
    "At my visit the kitchen sides were covered in dirty plates and takeaway boxes and there was dog "
    "mess on the living room carpet. Harley's nappy was heavy and looked as if it had not been changed "
    "for hours, and he had a sore bottom. Chantelle said she has been struggling to keep on top of the "
    "house since she went onto night shifts at the supermarket.",
    ["SAFE-NEG"],
    [("rule", "night shifts are not FIN (conv. 5)")])
box("W008", C, "2025-09-15", "green", WF,
    "Harley now goes to Little Acorns nursery three mornings a week. His speech therapist says he is "
    "starting to put two words together and the nursery are using her activities with him.",
    ["EYD"])

# ---------------------------------------------------------------- W009
box("W009", A, "2025-01-13", "orange", TH,
    "Tyler (14) has had four suspensions this school year for swearing at staff and walking out of "
    "lessons, and the head has said the next serious incident is likely to mean permanent exclusion. A "
    "managed move to Wrenfield High is going to the Fair Access panel. Staff have no information to "
    "suggest he is mixing with older young people or being drawn into anything.",
    ["EDU-EXC"],
    [("negated", "no sign of older peers / being drawn in: not SAFE-EXP")])
box("W009", A, "2025-01-13", "yellow", TH,
    "Tyler is on the waiting list for an ADHD assessment. At home he will not come off his Xbox when "
    "asked, and last week he punched a hole in his bedroom door when his mum, Kerry, unplugged it. Kerry "
    "says she has tried everything and wants to go on a parenting course.",
    ["EDU-SEND", "REL-PAR"],
    [("lookalike", "hole in the door is damage by the child, not housing disrepair (no HOUS)")])
box("W009", C, "2025-07-07", "orange", TH,
    "Tyler moved to Wrenfield High on a managed move in March and it has now been made permanent. He "
    "has had one day in internal isolation since then for refusing to hand his phone in, but no "
    "suspensions.",
    ["EDU-EXC"],
    [("negated", "no suspensions since the move; EDU-EXC still present via isolation / managed move")])
box("W009", C, "2025-07-07", "yellow", TH,
    "Tyler was diagnosed with ADHD in June and has started on medication. Kerry has finished the Triple "
    "P group and is keeping up the reward chart, but she says there are still rows most evenings about "
    "screen time and bedtime.",
    ["EDU-SEND", "REL-PAR"])

# ---------------------------------------------------------------- W010
box("W010", A, "2025-10-06", "green", AM,
    "Poppy (6) has asthma and has seen the GP four times since September with chest infections. She "
    "has missed her last two asthma reviews at the surgery.",
    ["PH"])
box("W010", A, "2025-10-06", "yellow", AM,
    "There is black mould on the walls of the children's bedroom, a long crack across the ceiling and "
    "the window frames are rotten. The landlord has not answered Aleksandra's messages since August. "
    "Aleksandra works full time at the bakery and the rent has always been paid on time; she says she "
    "would only struggle if her hours were cut. Environmental health have been asked to inspect.",
    ["HOUS"],
    [("lookalike", "'crack' in the ceiling is disrepair, not a drug (no SUB)"),
     ("negated", "rent always paid, works full time: not FIN"),
     ("hypothetical", "'would only struggle if her hours were cut': no FIN")])
box("W010", C, "2026-03-02", "blue", AM,
    "Aleksandra now has a written asthma plan for Poppy and keeps a spare inhaler at her mum's house. "
    "Poppy has not needed to see the GP since December. The landlord replaced the windows and treated "
    "the mould after environmental health served a notice.",
    ["PH"],
    [("historical", "mould and windows fixed: HOUS need met")])

# ---------------------------------------------------------------- W011
box("W011", A, "2025-05-19", "red", KG,
    "Chloe (15) has been reported missing four times in the past month, once overnight, and police "
    "found her in a car with two adult men in another town. A strategy meeting was held on Friday and "
    "a section 47 enquiry has started because of concerns that she is being sexually exploited.",
    ["SAFE-EXP"],
    [("rule", "police finding a missing child is safeguarding, not CRIME (conv. 7)")])
box("W011", A, "2025-05-19", "orange", KG,
    "Chloe has not been in school since Easter and Kestrel Green Academy have involved the attendance "
    "officer. She has told her CAMHS worker that she feels worthless and has been cutting the tops of "
    "her legs.",
    ["EDU-ATT", "MH-CHILD"])
box("W011", A, "2025-05-19", "yellow", KG,
    "Tanya is finding it very hard to set any limits. When she tells Chloe she cannot go out, Chloe "
    "swears at her and walks out anyway. Chloe's older brother, who lives with his girlfriend in "
    "Wrenfield, is on a tag for a robbery, and Tanya worries about the friends he brings round. Tanya "
    "has asked for help with parenting a teenager.",
    ["REL-PAR"],
    [("outside", "brother's tag and robbery: he lives elsewhere, so not CRIME")])
box("W011", C, "2025-12-08", "orange", KG,
    "Chloe has not gone missing since August and the exploitation panel closed her case in October. "
    "She still sees her CAMHS worker every week. She is on a part-time timetable of three mornings a "
    "week at the Wrenfield learning centre.",
    ["MH-CHILD", "EDU-ATT"],
    [("historical", "no missing episodes since August, exploitation case closed: SAFE-EXP not coded")])

# ---------------------------------------------------------------- W012
box("W012", A, "2025-02-24", "yellow", WF,
    "Nicola and Darren separated in November and cannot agree when Darren should have the children. "
    "Handovers in the supermarket car park have turned into shouting matches and the children come "
    "back upset. Nicola is clear that Darren has never been violent or controlling towards her, and he "
    "says the same of her. Both have agreed to try family mediation.",
    ["REL-CONF"],
    [("negated", "never violent or controlling: not DA")])
box("W012", A, "2025-02-24", "orange", WF,
    "Darren has told the school he is worried that Nicola drinks heavily when the children are with "
    "her. When I asked her, Nicola said she gets through a bottle of wine most nights and sometimes "
    "more at weekends. She has agreed to a referral to the Lantern Recovery service.",
    ["SUB"])
box("W012", C, "2025-08-11", "yellow", WF,
    "Nicola has not had a drink for eleven weeks and still goes to the Lantern Recovery group on "
    "Wednesday evenings. She says the group is what keeps her going.",
    ["SUB"],
    [("rule", "abstinent but still in treatment: SUB present (conv. 4), not historical")])

# ---------------------------------------------------------------- W013
box("W013", A, "2025-09-08", "green", TH,
    "Amira (4) started in Reception at St Bede's this month. She speaks Arabic at home and is picking "
    "up English quickly. She is not yet toilet trained and still wears nappies, and her teacher has "
    "asked the school nurse to help the family with this.",
    ["EYD"],
    [("lookalike", "learning English as an additional language is not a need (no EDU-SEND)")])
box("W013", A, "2025-09-08", "yellow", TH,
    "The family were granted refugee status in July and their asylum support stopped, and they have "
    "been told to leave their Home Office accommodation within 28 days. Their Universal Credit claim "
    "has not been paid yet, so they have had no money for five weeks. The family support worker has "
    "given food bank vouchers and is helping Youssef chase the claim and apply to the council as "
    "homeless.",
    ["FIN", "HOUS"])
box("W013", A, "2025-09-08", "orange", TH,
    "Youssef has flashbacks and nightmares about what happened to the family in Syria. His GP has referred him to the refugee trauma service and a psychologist from the "
    "team has been to see him.",
    ["MH-ADULT"],
    [("lookalike", "events are in the past but the trauma is current: MH-ADULT present")])

# ---------------------------------------------------------------- W014
box("W014", A, "2025-04-14", "green", AM,
    "Oscar (10) was diagnosed with type 1 diabetes last year. He now does his own insulin at school "
    "and the school nurse checks in with him at lunchtime.",
    ["PH"],
    [("lookalike", "diagnosis was last year but the condition is current: PH present")])
box("W014", A, "2025-04-14", "yellow", AM,
    "Oscar has several decayed teeth and has missed three appointments at the dental hospital because "
    "nobody took him. Dad, Lee, says he cannot get time off from his shifts at the warehouse.",
    ["PH"],
    [("rule", "working shifts is not FIN (conv. 5)")])
box("W014", C, "2025-09-29", "blue", AM,
    "Oscar's dental treatment was finished in July. He now uses an insulin pump and manages his "
    "diabetes well, and Lee has put all his clinic dates into his phone.",
    ["PH"],
    [("historical", "dental treatment finished; PH present for managed diabetes")])

# ---------------------------------------------------------------- W015
box("W015", A, "2025-11-10", "yellow", KG,
    "Ruby (11) has been sent nasty messages on a class group chat and two girls in her year keep "
    "calling her names in the playground. She has started saying she doesn't want to go to school, "
    "but so far she has not missed a day. The school's pastoral lead will meet her weekly.",
    ["SAFE-EXP"],
    [("negated", "has not missed a day: no EDU-ATT"),
     ("outside", "the girls doing the bullying are outside the household; coded as Ruby's need")])
box("W015", A, "2025-11-10", "green", KG,
    "Mum, Jess, has anxiety and sees her GP every couple of months. She says her tablets help and she "
    "is coping day to day. She did say that if her anxiety got worse she might have to give up work, "
    "and then money would be a real worry.",
    ["MH-ADULT"],
    [("hypothetical", "'if her anxiety got worse ... money would be a worry': no FIN")])
box("W015", C, "2026-04-20", "green", KG,
    "The head of year says the name-calling stopped after school spoke to the other girls' parents "
    "before Christmas. Ruby left the group chat and says she is happy at school.",
    [],
    [("historical", "bullying stopped before Christmas: SAFE-EXP not coded")])

# ---------------------------------------------------------------- W016
box("W016", A, "2025-07-28", "orange", WF,
    "Police have been called to the house three times since May because Callum (15) has been smashing "
    "things, and on one occasion he pushed his mum, Angela, up against the fridge. He was arrested after "
    "the last incident and given a youth conditional caution. Wrenfield High have also suspended him "
    "twice this year for fighting.",
    ["REL-PAR", "CRIME", "EDU-EXC"],
    [("rule", "child-to-parent violence is REL-PAR (+ CRIME with police), not DA (conv. 8)")])
box("W016", A, "2025-07-28", "yellow", WF,
    "Callum's stepdad, Paul, is a prison officer and works away from Monday to Friday, so Angela feels "
    "she is dealing with everything on her own. When Paul is home the two of them row about how strict "
    "to be with Callum, and Angela says they are barely speaking at the moment.",
    ["REL-CONF"],
    [("lookalike", "'prison officer' is Paul's job, not offending (no CRIME)"),
     ("rule", "working away is not FIN (conv. 5)")])
box("W016", C, "2026-01-19", "orange", WF,
    "Angela and Callum have finished a ten-week programme for families where a young person is violent "
    "at home, and there have been no incidents since October. Callum still ignores the curfew they "
    "agreed and Angela often does not know where he is until gone eleven. He is still seeing his youth "
    "justice worker until the caution ends in March.",
    ["REL-PAR", "CRIME"],
    [("historical", "no violent incidents since October; REL-PAR present for the curfew")])

# ---------------------------------------------------------------- W017
box("W017", A, "2025-08-18", "orange", TH,
    "The family were evicted from their rented house in July after the landlord got a possession order. "
    "Stacey and her three children are now in one room at a bed and breakfast on Hull Road, sharing two "
    "beds, with no cooking facilities.",
    ["HOUS"])
box("W017", A, "2025-08-18", "yellow", TH,
    "Since the move the children have had to catch two buses to Thornhay Juniors. They have been late "
    "most days, and Reece's attendance has dropped to 84%. Stacey works at a call centre, says she is "
    "coping with money and has no debts, and is paying for the bus passes herself.",
    ["EDU-ATT"],
    [("negated", "coping with money, no debts: not FIN")])
box("W017", C, "2026-02-09", "blue", TH,
    "The family moved into a three-bedroom council house in Thornhay in November and have settled well. "
    "The children can walk to school again and Stacey says they are all much happier.",
    [],
    [("historical", "rehoused in November: HOUS need met; no other need stated")])

# ---------------------------------------------------------------- W018
box("W018", A, "2025-06-16", "green", AM,
    "Freya (3) is entitled to 30 hours of funded childcare but Kayleigh only sends her to nursery one "
    "morning a week. The health visitor has suggested she builds it up so Freya is ready for school "
    "next year, and the nursery has offered extra sessions.",
    ["EYD"])
box("W018", A, "2025-06-16", "yellow", AM,
    "Kayleigh moved here from Leeds in 2022 to get away from an abusive ex-partner and has had no "
    "contact with him since. She is now in a new relationship and says things are good. Since her "
    "miscarriage in April she has been feeling low and tearful most days, and she has been referred to "
    "the wellbeing service.",
    ["MH-ADULT"],
    [("historical", "abuse by ex-partner ended in 2022, no contact since: DA not coded")])
box("W018", C, "2025-12-01", "green", AM,
    "Freya now goes to nursery four days a week and loves it. She still has wetting accidents most "
    "days, so Kayleigh is using the nursery's toilet training chart at home.",
    ["EYD"],
    [("rule", "under-5 toileting is EYD, not PH (conv. 9)")])

# ---------------------------------------------------------------- W019
box("W019", A, "2025-03-03", "red", KG,
    "Bella (2) and her brothers were made subject to child protection plans for neglect at the initial "
    "conference on 27 February. On two unannounced visits there was no food in the house, and Bella had "
    "a severe nappy rash and was in clothes that were soaked through.",
    ["SAFE-NEG"])
box("W019", A, "2025-03-03", "orange", KG,
    "Dad, Gary, is on a methadone script and his last two tests also showed heroin. Mum, Donna, says she "
    "smokes cannabis at weekends and does not see it as a problem.",
    ["SUB"])
box("W019", A, "2025-03-03", "yellow", KG,
    "The health visitor has not been able to see Bella since October. She has missed her one-year "
    "immunisations and her two-year development review.",
    ["PH", "EYD"])
box("W019", C, "2025-10-20", "orange", KG,
    "The children were stepped down to a child in need plan in August. There has been food in the "
    "cupboards at every visit since July, but Donna still needs reminding to bath the children and "
    "change Bella, and the boys often arrive at school in dirty uniforms.",
    ["SAFE-NEG"],
    [("historical", "food now in the house; SAFE-NEG present for hygiene and basic care")])

# ---------------------------------------------------------------- W020
box("W020", A, "2025-09-15", "yellow", WF,
    "Aaliyah (16) finished Year 11 in July but did not take up her place at Wrenfield College. She looks "
    "after her two younger brothers after school while her mum, Grace, works evenings, and she helps "
    "Grace with her medication and gets her to bed when her sickle cell pain is bad.",
    ["EDU-NEET", "CARER", "PH"],
    [("rule", "Mum working evenings is not FIN; NEET gets no FIN (conv. 5, 11)")])
box("W020", A, "2025-09-15", "green", WF,
    "The boys are 8 and 10 and both attend Wrenfield Primary. The younger one has a stammer and sees a "
    "speech and language therapist in school every fortnight.",
    ["EDU-SEND"],
    [("rule", "speech and language at school age is EDU-SEND, not EYD (conv. 9)")])
box("W020", C, "2026-03-16", "blue", WF,
    "Aaliyah started a level 2 health and social care course at Wrenfield College in January and is "
    "going every day. Grace's sister now picks the boys up twice a week so Aaliyah can get to college, "
    "but Aaliyah still does the other days and helps her mum with her tablets.",
    ["CARER"],
    [("historical", "now at college: EDU-NEET need met"),
     ("lookalike", "'health and social care course' is her studies, not caring")])

# ---------------------------------------------------------------- W021
box("W021", A, "2025-05-06", "yellow", TH,
    "Holly says Archie (4) has tantrums that can go on for an hour. He bites his little sister and "
    "throws whatever is near him when he is told no. She is worried that if it carries on the nursery "
    "will exclude him. She has been booked onto the Positive Steps parenting course at the family hub.",
    ["REL-PAR"],
    [("hypothetical", "'if it carries on the nursery will exclude him': no EDU-EXC")])
box("W021", C, "2025-10-27", "blue", TH,
    "Holly finished Positive Steps in July. She says Archie's tantrums are shorter now and she feels "
    "more confident using the calm-down corner and sticking to what she has said.",
    ["REL-PAR"])

# ---------------------------------------------------------------- W022
box("W022", A, "2025-10-13", "orange", AM,
    "Mason (16) was found by police in a flat in Birmingham with £600 in cash and wraps of crack "
    "cocaine, and has been referred to the National Referral Mechanism as a possible victim of criminal "
    "exploitation. The youth justice service are involved and he is due in the youth court next month.",
    ["SAFE-EXP", "CRIME"],
    [("rule", "drugs found on an exploited child are SAFE-EXP + CRIME, not SUB (conv. 12)")])
box("W022", A, "2025-10-13", "green", AM,
    "Mum, Tracy, has COPD and uses oxygen at night, and she sees the respiratory nurse at the surgery. "
    "She is certain Mason has never used drugs himself, and his youth worker agrees.",
    ["PH"],
    [("negated", "Mason has never used drugs: not SUB")])
box("W022", C, "2026-04-13", "yellow", AM,
    "There have been no missing episodes since January. Mason has signed up for a construction skills "
    "course that starts in June but at the moment he is not in education, work or training.",
    ["EDU-NEET"],
    [("historical", "no missing episodes since January: SAFE-EXP not coded")])

# ---------------------------------------------------------------- W023
box("W023", A, "2025-01-27", "green", KG,
    "Alfie (7) has cerebral palsy and an EHCP. He attends Kestrel Green Primary with a full-time "
    "one-to-one teaching assistant and has physiotherapy in school.",
    ["EDU-SEND", "PH"])
box("W023", A, "2025-01-27", "yellow", KG,
    "Natalie is Alfie's parent carer and gets Carer's Allowance and DLA for him; she says the money is "
    "fine. His sister Evie (11) helps to get him dressed and fed every morning before school and has "
    "started saying she is too tired to go to Guides. I have asked the young carers service to do an "
    "assessment.",
    ["CARER"],
    [("lookalike", "'parent carer' and Carer's Allowance are not CARER (conv. 12)"),
     ("negated", "benefits named, 'money is fine': not FIN")])
box("W023", C, "2025-06-30", "blue", KG,
    "Evie goes to the young carers club once a month and has gone back to Guides. She still helps with "
    "Alfie in the mornings but says she doesn't mind now that she has some time for herself.",
    ["CARER"])

# ---------------------------------------------------------------- W024
box("W024", A, "2025-11-24", "orange", WF,
    "Steven has been under the home treatment team since he told his GP that he had been thinking about "
    "ending his life. He has looked after Kian (9) on his own since Kian's mum died in 2023.",
    ["MH-ADULT"],
    [("lookalike", "Steven looking after his son is not CARER (that code is a child who cares)"),
     ("historical", "mother's death in 2023 is background; no child need stated in this box")])
box("W024", A, "2025-11-24", "yellow", WF,
    "Kian has been late 23 times this term and has missed 14 days. He told the learning mentor that he "
    "stays at home on the bad days to keep an eye on his dad and make sure he eats something, and that "
    "he worries all the time that he will lose his dad as well. A young carers referral has gone in.",
    ["EDU-ATT", "CARER", "MH-CHILD"])
box("W024", C, "2026-05-11", "green", WF,
    "Kian's attendance is 92% this term, up from 78% in the autumn, and he is rarely late now. The "
    "learning mentor is still seeing him once a week to keep it going.",
    ["EDU-ATT"],
    [("lookalike", "improving but still below target and still supported: managed need, coded in a green box (conv. 3)")])

# ---------------------------------------------------------------- W025
box("W025", A, "2025-04-28", "blue", TH,
    "Kirsty rang to ask whether there is any help with the cost of school uniform. I sent her the link "
    "to the council's uniform grant and she has applied. She is on Universal Credit and says the rise in "
    "bills has left her short most months.",
    ["FIN"])
box("W025", A, "2025-04-28", "green", TH,
    "At the Year 6 height and weight check the school nurse found that Jack (10) is well above a "
    "healthy weight for his age. She has sent a letter inviting the family to the Fit Families sessions "
    "at the leisure centre.",
    ["PH"])

# ---------------------------------------------------------------- W026
box("W026", A, "2025-12-15", "orange", AM,
    "Shannon fled to a refuge in Ashby Marsh with her two children on 5 December after her husband held "
    "a knife to her throat. He has been charged with assault and threats to kill and is on bail to an "
    "address in Derby. The case was heard at MARAC on 11 December. The family have no home to go back "
    "to and the refuge is helping them apply to the council as homeless.",
    ["DA", "HOUS"],
    [("rule", "husband's charge and bail for the assault on Shannon are DA only, not CRIME (conv. 7)")])
box("W026", A, "2025-12-15", "yellow", AM,
    "Logan (6) has had no school place since the move and has now missed two weeks of Year 2. Darcey (3) "
    "was at nursery three mornings a week before they left and has no place here yet. The refuge family "
    "worker is applying for both.",
    ["EDU-ATT", "EYD"])
box("W026", C, "2026-05-25", "blue", AM,
    "Shannon and the children moved into their own housing association flat in April. She keeps the "
    "refuge helpline number in her phone and still follows the safety plan she made with her IDVA.",
    ["DA"],
    [("historical", "now has her own tenancy: HOUS need met")])

# ---------------------------------------------------------------- W027
box("W027", A, "2025-07-14", "green", KG,
    "Sophie (12) has epilepsy and takes medication morning and evening. She had two seizures at school "
    "in June, and the school nurse has written a care plan and trained her form tutor in what to do. "
    "The SENCO would only look at extra support if the seizures started to affect her learning.",
    ["PH"],
    [("lookalike", "'care plan' is a health plan, not CARER"),
     ("hypothetical", "SENCO support only 'if the seizures started to affect her learning': no EDU-SEND")])
box("W027", A, "2025-07-14", "yellow", KG,
    "Rob lost his job at the distribution centre in May. The family are now three months behind with "
    "their council tax and their water bill, and he is looking for work with help from a work coach at "
    "the jobcentre.",
    ["FIN"])
box("W027", C, "2025-12-22", "blue", KG,
    "Rob started a new job in October and has cleared the council tax arrears. He is still paying the "
    "water company £15 a fortnight until that bill is cleared as well.",
    ["FIN"],
    [("historical", "council tax arrears cleared; FIN present for the water bill still being repaid")])

# ---------------------------------------------------------------- W028
box("W028", A, "2026-01-05", "green", WF,
    "Ava is eight weeks old, bottle-fed and gaining weight well. She had her first immunisations on time "
    "and the health visitor has no concerns about her development.",
    [],
    [("negated", "good growth, immunisations and development: no PH / EYD")])
box("W028", A, "2026-01-05", "yellow", WF,
    "Kayla (19) and Jamie (20) argue a lot about housework and about Jamie going out with his friends, "
    "and twice Kayla has taken Ava to her mum's for the night after a row. Kayla says Jamie has never "
    "hurt her or tried to control what she does, and she is not frightened of him.",
    ["REL-CONF"],
    [("negated", "never hurt or controlled her: not DA")])
box("W028", A, "2026-01-05", "orange", WF,
    "Jamie is on probation until June for a burglary he committed before Ava was born, and he sees his "
    "probation officer every week. His older brother is in prison, but the two of them are not in "
    "touch.",
    ["CRIME"],
    [("outside", "brother in prison is outside the household"),
     ("lookalike", "the burglary is past but the probation order is current (conv. 7): CRIME present")])

# ---------------------------------------------------------------- W029
box("W029", A, "2025-10-20", "orange", TH,
    "Erin (14) has lost a lot of weight since the summer and her GP has referred her urgently to the "
    "CAMHS eating disorders team. Her assessment is booked for the middle of next month.",
    ["MH-CHILD", "PH"])
box("W029", A, "2025-10-20", "yellow", TH,
    "Laura says she and Erin clash all the time, and Erin locks herself in her room and will not speak "
    "to her for days at a time. Erin's dad lives in Spain and drinks heavily, and Erin has not heard "
    "from him since her birthday.",
    ["REL-PAR"],
    [("outside", "father's drinking: he lives in Spain, not in the household, so not SUB")])

# ---------------------------------------------------------------- W030
box("W030", A, "2025-11-17", "yellow", AM,
    "Pauline (68) has had her grandchildren, Riley (8) and Maisie (6), living with her as their kinship "
    "carer since last spring. Her pension does not cover heating the house and she has been skipping "
    "meals herself so that the children can eat properly. I have referred her to the Ashby Marsh warm "
    "homes scheme.",
    ["FIN"],
    [("lookalike", "'kinship carer' is not CARER (conv. 12)"),
     ("negated", "the children are eating properly: no SAFE-NEG")])
box("W030", A, "2025-11-17", "orange", AM,
    "The children's mum, Kerry-Ann, is using crack cocaine and has no fixed address. She has missed the "
    "last three contact sessions at the family centre, and after each one Riley has hit Maisie and "
    "sworn at his nan.",
    ["REL-PAR"],
    [("outside", "Mum's drug use and homelessness: she is outside the household, so not SUB / HOUS")])

# ---------------------------------------------------------------- unboxed case notes
note("U001", A, "2025-06-09", TH,
     "Phone call from Mrs Okafor about her son Daniel (15), who has been refusing to go to school since "
     "March. The school have told her he will go onto a part-time timetable from next week. She asked "
     "for some advice on getting a teenager back into school and I emailed her the link to the council's "
     "advice pages.",
     ["EDU-ATT"], "green",
     [("rule", "highest cue is school (green); the signposting is only blue")])
note("U002", C, "2025-08-04", WF,
     "Police went to Oak Street on Saturday night after reports of a fight in the flat above the family. "
     "Nobody in the family was involved and officers did not need to speak to them. Mum says they are "
     "all fine and she does not want anything from us.",
     [], "",
     [("outside", "fight and police call-out concern the neighbours: no CRIME / DA"),
      ("negated", "family fine, no need stated")])
note("U003", A, "2025-03-17", KG,
     "Team around the family meeting at Kestrel Green Academy with Mum, the designated safeguarding "
     "lead, the school nurse and the family support worker. Lacey (13) has gone missing from home twice "
     "this month and came back the next morning both times, and staff have seen older boys picking her "
     "up from the school gates in cars. Her attendance is down to 80%. The TAF plan will be reviewed "
     "in six weeks.",
     ["SAFE-EXP", "EDU-ATT"], "orange")
note("U004", A, "2025-09-01", AM,
     "Home visit by the family support worker. Mr and Mrs Haddad are three months behind with the rent "
     "and have used the food bank twice. Mr Haddad is waiting for a knee replacement and cannot work "
     "at the moment. I have referred them to Citizens Advice for a benefits check.",
     ["FIN", "PH"], "yellow")
note("U005", A, "2025-11-03", TH,
     "Strategy discussion today after Kyle (4) came into nursery unwashed, in the same clothes for the "
     "fourth day running, and asking staff for more food because he was hungry. Kyle's speech and play are good for his age. A "
     "section 47 enquiry will start tomorrow.",
     ["SAFE-NEG"], "red",
     [("negated", "speech and play good for age: no EYD"),
      ("rule", "a hungry child is SAFE-NEG; no food bank or money problem, so no FIN (conv. 10)")])
note("U006", A, "2026-02-02", KG,
     "Two-year review at home by the health visitor. Noor (2) has only a few words and is not yet "
     "putting them together. I have given Mum ideas for talking and playing with her and suggested the "
     "stay-and-play at the library, and I will see Noor again in three months. Mum had postnatal "
     "depression after her first baby but says she has felt well this time.",
     ["EYD"], "green",
     [("historical", "postnatal depression after the first baby, well now: no MH-ADULT")])


# ---------------------------------------------------------------- writers
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH",
         "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN",
         "CARER"]


def main():
    for r in ROWS:
        for c in r["codes"]:
            assert c in CODES, (r["nid"], c)
        assert len(set(r["codes"])) == len(r["codes"]), r["nid"]

    with open(os.path.join(OUT, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level",
                    "locality", "narrative"])
        for r in ROWS:
            w.writerow([r["nid"], r["tid"], r["case"], r["stage"], r["date"], r["box"],
                        r["loc"], r["text"]])

    with open(os.path.join(OUT, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for r in ROWS:
            for c in r["codes"]:
                w.writerow([r["nid"], c, r["gold_level"]])

    traps = {r["nid"]: [{"kind": k, "note": n} for k, n in r["traps"]]
             for r in ROWS if r["traps"]}
    with open(os.path.join(OUT, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")

    # summary for the README
    per_code = {c: 0 for c in CODES}
    for r in ROWS:
        for c in r["codes"]:
            per_code[c] += 1
    kinds = {}
    for r in ROWS:
        for k, _ in r["traps"]:
            kinds[k] = kinds.get(k, 0) + 1
    boxed = [r for r in ROWS if r["box"]]
    print("narratives", len(ROWS), "boxed", len(boxed), "unboxed", len(ROWS) - len(boxed))
    print("cases", len({r["case"] for r in boxed}),
          "triages A", len({r["tid"] for r in boxed if r["stage"] == "assessment"}),
          "C", len({r["tid"] for r in boxed if r["stage"] == "closure"}))
    print("gold rows", sum(per_code.values()))
    print("no-code narratives", sum(1 for r in ROWS if not r["codes"]))
    print("narratives with a trap", len(traps))
    print("trap notes by kind", dict(sorted(kinds.items())))
    print("per code", per_code)
    lv = {}
    for r in boxed:
        lv[r["box"]] = lv.get(r["box"], 0) + 1
    print("boxes by level", lv)


if __name__ == "__main__":
    main()
