#!/usr/bin/env python3
"""Hand-written blind gold set z26: families with babies and pre-school children.

Every narrative, its gold codes (present issues only) and short trap notes are
written by hand below. Running this script writes narratives.csv, gold.csv and
traps.json next to it. Standard library only.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

NARR = []   # dicts: narrative_id, triage_id, case_id, stage, date, level, locality, narrative
GOLD = []   # (narrative_id, code, level)
TRAPS = []  # dicts: narrative_id, type, note

STAGE = {"A": "assessment", "C": "closure"}


def box(case, st, date, level, loc, text, codes, traps=()):
    """A boxed narrative: id <CASE>-<A|C>-<level>; every code takes the box level."""
    tid = f"{case}-{st}"
    nid = f"{tid}-{level}"
    NARR.append(dict(narrative_id=nid, triage_id=tid, case_id=case,
                     stage=STAGE[st], date=date, level=level, locality=loc,
                     narrative=text))
    for c in codes:
        GOLD.append((nid, c, level))
    for t, note in traps:
        TRAPS.append(dict(narrative_id=nid, type=t, note=note))


def note(nid, stage, date, loc, text, codes, gold_level, traps=()):
    """An unboxed note: level column empty; one gold level from the highest cue."""
    NARR.append(dict(narrative_id=nid, triage_id=nid, case_id=nid, stage=stage,
                     date=date, level="", locality=loc, narrative=text))
    for c in codes:
        GOLD.append((nid, c, gold_level))
    for t, n in traps:
        TRAPS.append(dict(narrative_id=nid, type=t, note=n))


# Localities (invented): Brackenmoor, Ellerswick, Fenholt, Wyndle Park
B, E, F, W = "Brackenmoor", "Ellerswick", "Fenholt", "Wyndle Park"

# ---------------------------------------------------------------- H101
box("H101", "A", "2025-01-14", "green", B,
    "HV home visit. Ava (8 months) is still on milk feeds with the odd spoonful of baby rice; "
    "Kayleigh is frightened she will choke on anything with lumps in and has not moved her on. "
    "Weaning advice given and Ava booked onto the Starting Solids session at the family hub. "
    "Weight is tracking the 50th centile and immunisations are up to date.",
    ["EYD"],
    [("negated", "weight on centile and immunisations up to date are good news, not PH")])
box("H101", "A", "2025-01-14", "yellow", B,
    "Mason (3) has had a funded place at Little Acorns since January but has only been taken four "
    "times. Kayleigh has no car and says the two drop-offs, at opposite ends of the estate, are not "
    "possible with the baby in tow. Nursery say Mason has about ten words and gets cross when he is "
    "not understood. EHW to do a joint visit to nursery and look at the walking bus for Tyler (8).",
    ["EYD"],
    [("convention", "nursery take-up and speech of a 3-year-old are EYD (conv 9), not EDU-ATT/EDU-SEND")])
box("H101", "C", "2025-07-02", "green", B,
    "Nursery keyworker: Mason has been in for every session since Easter and is now using short "
    "phrases, but he stays in the nursery's language group and will be re-checked on WellComm in "
    "September. Ava's weaning is done and she eats mashed family meals.",
    ["EYD"],
    [("historical", "Ava's weaning described as done (EYD still present for Mason's speech)")])

# ---------------------------------------------------------------- H102
box("H102", "A", "2025-03-03", "green", E,
    "Arjun (4 months) had his 8 and 12 week immunisations late after two missed appointments and the "
    "16 week ones are now due; HV has rebooked them at the surgery for next week. He is feeding well "
    "and gaining weight.",
    ["PH"],
    [("negated", "feeding and weight are good news, not PH/EYD")])
box("H102", "A", "2025-03-03", "yellow", E,
    "Priya scored 17 on the EPDS at the HV's 3 month contact; she cries most days and has not left "
    "the flat on her own since the birth. GP has started sertraline and she is on the waiting list "
    "for the perinatal talking therapy service. Rohan works long shifts at the hospital. Anaya (6) "
    "has started making her mum's breakfast and getting Arjun's bottles ready before school, and her "
    "teacher says she looks tired.",
    ["MH-ADULT", "CARER"],
    [("look-alike", "working shifts is not FIN (conv 5)")])
box("H102", "C", "2025-08-20", "blue", E,
    "Priya is still on sertraline, goes to the Tuesday baby massage group and says her mood has "
    "lifted; she has the perinatal team's number if she dips again.",
    ["MH-ADULT"],
    [("hypothetical", "'if she dips again' is hypothetical, but the ongoing medication is present (conv 3/4)")])
box("H102", "C", "2025-08-20", "green", E,
    "Arjun is fully up to date with his immunisations and is next due at one year. Anaya stopped "
    "doing the morning jobs once Rohan moved to day shifts, and school say she is brighter; they will "
    "let the family hub know if she starts looking tired again.",
    [],
    [("historical", "immunisations caught up: over"),
     ("historical", "Anaya's caring 'stopped': CARER historical"),
     ("hypothetical", "school will report back only if she looks tired again")])

# ---------------------------------------------------------------- H103
box("H103", "A", "2025-02-19", "green", F,
    "Ruby (2) had four teeth taken out under general anaesthetic in January because of decay. She "
    "still has squash in a cup at bedtime. The dental nurse and HV have both given advice, but Ruby "
    "is not yet registered with a dentist.",
    ["PH"])
box("H103", "A", "2025-02-19", "yellow", F,
    "Lee, a single dad, has been out of work since the warehouse closed in November and is waiting "
    "for his first Universal Credit payment; he has used the food bank twice this month. Ruby is "
    "eligible for a funded two-year-old place but Lee had never heard of it. EHW to help with the "
    "application and refer him to the family hub employment adviser.",
    ["FIN", "EYD"])
box("H103", "C", "2025-06-30", "blue", F,
    "Lee started part-time at the garden centre in April and tops up with UC. He has not needed the "
    "food bank since March and is paying £10 a week off the £180 he owed on the electricity meter.",
    ["FIN"],
    [("historical", "food bank 'not needed since March' is over; FIN present only through the repayment (conv 3)")])
box("H103", "C", "2025-06-30", "green", F,
    "Ruby took up her funded place at Sunny Steps in April and goes three mornings; she still cries "
    "at drop-off and her keyworker is doing a longer settling-in. Her dental treatment is finished and "
    "she has fluoride varnish every three months at the community dental clinic because of her decay.",
    ["EYD", "PH"],
    [("historical", "dental treatment 'finished', but the ongoing varnish for decay keeps PH present (conv 4)")])

# ---------------------------------------------------------------- H104
box("H104", "A", "2025-04-07", "yellow", W,
    "Leo (18 months) has missed his one year development review twice and his MMR is overdue; Stacey "
    "says appointments slip her mind since the move. HV to do a home visit.",
    ["EYD", "PH"])
box("H104", "A", "2025-04-07", "orange", W,
    "Stacey and the children went into a refuge in March after her partner, Dean, strangled her in "
    "front of Kai (10). Dean was arrested, charged and is on bail with conditions not to contact her; "
    "MARAC heard the case on 27 March. Kai has started wetting the bed again and refuses to go into "
    "his new school most mornings.",
    ["DA", "HOUS", "PH", "EDU-ATT"],
    [("convention", "partner's arrest/charge for the assault is DA only, not CRIME (conv 7)"),
     ("convention", "bedwetting at 10 is PH (conv 9)")])
box("H104", "C", "2025-11-12", "green", W,
    "Stacey has had a two-bedroom housing association flat since August and the children are "
    "settled. Leo caught up his MMR in May and his two year review found no concerns.",
    [],
    [("historical", "rehoused since August: HOUS over"),
     ("historical", "MMR caught up: PH over"),
     ("negated", "two year review 'no concerns': EYD negated")])
box("H104", "C", "2025-11-12", "yellow", W,
    "Stacey is on week 8 of the Freedom Programme. Dean was convicted in October and given a "
    "restraining order. Kai is still refusing school two or three days a week; he is on a part-time "
    "timetable and the school's mental health support team are seeing him for anxiety.",
    ["DA", "EDU-ATT", "MH-CHILD"],
    [("outside-household", "ex-partner's conviction is not CRIME (conv 6/7); DA via Freedom Programme")])

# ---------------------------------------------------------------- H105
box("H105", "A", "2025-05-12", "red", B,
    "Strategy meeting held 9 May after Harley (2) was found by a neighbour walking alone along the "
    "main road in just a nappy at 7am while his mum, Jade, was asleep. Section 47 enquiries started. "
    "Home visit found dog mess on the floors, no food in the kitchen apart from a box of cereal and no "
    "bedding in Harley's cot.",
    ["SAFE-NEG"],
    [("outside-household", "the neighbour who found him is not a family issue")])
box("H105", "A", "2025-05-12", "yellow", B,
    "Jade admits smoking cannabis most evenings 'to get to sleep' and drinking a few cans once Harley "
    "is in bed. Harley has missed both his one year and two year development reviews and has had none "
    "of his one year immunisations. Jade's own mum, who lives in Fenholt, is in recovery from alcohol "
    "and has offered to help.",
    ["SUB", "EYD", "PH"],
    [("outside-household", "grandmother's alcohol recovery: outside the household (conv 6)"),
     ("look-alike", "'to get to sleep' is Jade's reason for cannabis, not a PH sleep issue")])
box("H105", "C", "2025-12-01", "red", B,
    "Harley has been on a child protection plan for neglect since June. Jade goes to the drug and "
    "alcohol service weekly and her cannabis use has come down. Early help is closing as the social "
    "worker now leads.",
    ["SAFE-NEG", "SUB"])

# ---------------------------------------------------------------- H107
box("H107", "A", "2025-01-28", "green", F,
    "Yusuf (5, Reception at Fenholt Primary) has very little expressive language in either English or "
    "Sylheti. The SENCO has put him on SEN support and referred him to speech and language therapy. "
    "His sister Maryam (3) is in the school's nursery class and chats away in both languages, no "
    "concerns.",
    ["EDU-SEND"],
    [("convention", "speech of a school-age child (5, Reception) is EDU-SEND, not EYD (conv 9)"),
     ("negated", "Maryam's talking: no concerns")])
box("H107", "A", "2025-01-28", "yellow", F,
    "Aisha came to the UK to join her husband last year, speaks little English and rarely leaves the "
    "house while he is at work. She told the family hub worker she feels very low and cries when the "
    "children are at school. Referred to the ESOL class with creche and a Bengali-speaking "
    "befriending service.",
    ["MH-ADULT"])
box("H107", "C", "2025-07-15", "green", F,
    "The SALT assessment found Yusuf has a developmental language disorder; the class TA delivers his "
    "SALT targets three times a week. Maryam starts Reception in September.",
    ["EDU-SEND"],
    [("look-alike", "Maryam starting Reception is no school-readiness need: not EYD")])

# ---------------------------------------------------------------- H108
box("H108", "A", "2025-02-03", "green", W,
    "Noah (5 months) has had three chest infections since December and the GP has started a trial of "
    "an inhaler. HV has advised that he should not sleep in the back bedroom, where the mould is worst.",
    ["PH", "HOUS"],
    [("look-alike", "'should not sleep in the back bedroom' is about damp, not a PH sleep problem")])
box("H108", "A", "2025-02-03", "orange", W,
    "Parents and four children, Noah and three at primary school, live in a two-bedroom privately "
    "rented flat with black mould in both bedrooms. The landlord served a section 21 notice on 20 "
    "January, a week after the family complained to environmental health. Dad lost his job in "
    "December and the rent is £1,100 in arrears.",
    ["HOUS", "FIN"])
box("H108", "C", "2025-10-22", "yellow", W,
    "The family moved into a four-bedroom council house in July and the children have their own beds. "
    "They are paying £25 a month off the old rent arrears through a debt plan set up with Citizens "
    "Advice, and Dad is still job-hunting with a work coach.",
    ["FIN"],
    [("historical", "moved to a council house in July: HOUS over")])

# ---------------------------------------------------------------- H109
box("H109", "A", "2025-03-17", "yellow", B,
    "Frankie (3) has tantrums of up to an hour, hits his baby sister and throws food at mealtimes. Sam "
    "and Nicole say they have 'tried everything'; they disagree about how to handle him and it ends "
    "in shouting matches between them most evenings. Both have accepted places on the Incredible "
    "Years course at the family hub.",
    ["REL-PAR", "REL-CONF"],
    [("convention", "toddler behaviour at home is REL-PAR; parents' arguments REL-CONF (conv 8), not DA")])
box("H109", "A", "2025-03-17", "orange", B,
    "Frankie's brother Callum (13) has a five-day suspension from Ellerswick Academy for bringing a "
    "knife into school. Police were informed and he has been referred to the youth offending service "
    "for an out-of-court disposal. School are talking about a managed move.",
    ["EDU-EXC", "CRIME"])
box("H109", "C", "2025-09-25", "blue", B,
    "Sam and Nicole finished the course in June and both now use the calm-down corner with Frankie; "
    "his tantrums are down to one or two short ones a week and they back each other up.",
    ["REL-PAR"],
    [("historical", "course finished, but managing the tantrums is present in a blue box (conv 3)"),
     ("negated", "'they back each other up': no parental conflict stated")])
box("H109", "C", "2025-09-25", "orange", B,
    "Callum completed his youth conditional caution in August. He started at Fenholt High on a managed "
    "move in July with no incidents so far; the move is due to be made permanent at the October review.",
    ["EDU-EXC"],
    [("historical", "youth caution completed in August: CRIME over")])

# ---------------------------------------------------------------- H110
box("H110", "A", "2025-04-22", "yellow", E,
    "Chloe (19) is 30 weeks pregnant with her first baby and has been sofa-surfing since her mum "
    "asked her to leave in March. She has missed two midwife appointments. Her Universal Credit "
    "stopped when she had no fixed address and she has no money for things for the baby.",
    ["HOUS", "PH", "FIN"])
box("H110", "A", "2025-04-22", "blue", E,
    "Chloe's aunt has offered her the box room until the council finds her somewhere, and her cousin "
    "is helping her fill in the housing register form.",
    ["HOUS"],
    [("convention", "housing need being managed through her own network: present in a blue box (conv 3)")])
box("H110", "C", "2025-11-04", "yellow", E,
    "Chloe and baby Lily (5 months) live in a flat at the Ellerswick young parents' project, a "
    "supported tenancy for 12 months with a key worker. Her UC was restored and backdated in June.",
    ["HOUS"],
    [("historical", "UC restored and backdated: FIN over")])

# ---------------------------------------------------------------- H111
box("H111", "A", "2025-05-06", "green", F,
    "Oliver (4) has cerebral palsy and uses a walking frame; he sees the community paediatrician and "
    "has physio every fortnight. Nursery have applied for an EHCP for when he starts Reception in "
    "September.",
    ["PH", "EDU-SEND"])
box("H111", "A", "2025-05-06", "yellow", F,
    "Becky is Oliver's full-time parent carer and gets Carer's Allowance and his DLA. His sister "
    "Poppy (11) helps lift him in and out of the bath and sits up with him when he has seizures at "
    "night; she has been late for school nine times this term. Referral to the Fenholt young carers "
    "service.",
    ["CARER", "EDU-ATT", "PH"],
    [("look-alike", "'parent carer' and Carer's Allowance are not CARER; benefits alone not FIN (conv 5/12)")])
box("H111", "C", "2026-01-20", "blue", F,
    "Poppy goes to young carers club on Wednesdays and has a young carer card for school. A personal "
    "assistant now does Oliver's bath time, so Poppy no longer helps with lifting.",
    ["CARER"],
    [("historical", "lifting 'no longer' done; CARER present via the ongoing young carers club (conv 4)")])
box("H111", "C", "2026-01-20", "green", F,
    "Oliver started Reception in September with an EHCP and one-to-one support. The paediatrician is "
    "reviewing his seizure medication in March.",
    ["EDU-SEND", "PH"])

# ---------------------------------------------------------------- H112
box("H112", "A", "2025-06-16", "green", W,
    "Mia (10 months) has dropped from the 25th centile to below the 2nd since her 6 month weigh. She "
    "refuses finger foods and lumpy textures and still gets most of her calories from bottles of "
    "formula. HV has referred her to the GP and the infant feeding team.",
    ["PH", "EYD"],
    [("convention", "weight is PH; stalled weaning is EYD: both")])
box("H112", "A", "2025-06-16", "yellow", W,
    "Craig had an alcohol problem until 2021 and worked with the drug and alcohol service then; he "
    "has been sober for four years. Laura is very anxious about Mia's weight, says she is constantly "
    "on edge and has asked her GP about her anxiety. EHW to do weekly mealtime visits.",
    ["MH-ADULT"],
    [("historical", "Craig's alcohol problem ended 2021: SUB historical")])
box("H112", "C", "2025-12-03", "green", W,
    "Mia's weight is back up to the 9th centile and she remains under the paediatric dietitian with a "
    "review in February. Weaning is complete and she eats three meals a day.",
    ["PH"],
    [("historical", "weaning complete: EYD over")])

# ---------------------------------------------------------------- H113
box("H113", "A", "2025-09-08", "green", B,
    "Amelia (3½) is still in nappies day and night and screams when she is put on the potty. Nursery "
    "and HV are doing a joint toileting plan with her parents; if she is still not using the potty by "
    "the spring, HV will ask the GP to check for constipation. She is due to start school next "
    "September.",
    ["EYD"],
    [("hypothetical", "GP check for constipation only if not trained by spring: PH hypothetical")])
box("H113", "A", "2025-09-08", "yellow", B,
    "Jacob (9) has been anxious and tearful every school morning since his grandad died in July and "
    "has missed 11 days this term. School have referred him to the Brackenmoor children's bereavement "
    "service.",
    ["MH-CHILD", "EDU-ATT"])
box("H113", "C", "2026-02-24", "green", B,
    "Amelia has been fully toilet trained, day and night, since November and nursery have closed her "
    "toileting plan. Jacob still sees the bereavement worker monthly and his attendance is 97% this "
    "half-term.",
    ["MH-CHILD"],
    [("historical", "toilet trained since November, plan closed: EYD over"),
     ("negated", "97% attendance is good news: not EDU-ATT")])

# ---------------------------------------------------------------- H114
box("H114", "A", "2025-07-21", "green", E,
    "Hannah has declined the MMR for Rosie (13 months) after reading about it online; HV went through "
    "the evidence, left the leaflet and Hannah says she will think about it. Rosie is walking and has "
    "a few words, no developmental concerns.",
    ["PH"],
    [("negated", "no developmental concerns: EYD negated")])
box("H114", "A", "2025-07-21", "yellow", E,
    "Hannah left Rosie's father in 2023 after he was violent towards her; he moved to Scotland and "
    "there has been no contact since. She is £640 behind on her council tax, has had a letter from "
    "the enforcement agents and her prepayment meter keeps running out. Citizens Advice appointment "
    "booked.",
    ["FIN"],
    [("historical", "violence by ex-partner ended 2023, no contact since: DA historical")])
box("H114", "C", "2025-12-15", "blue", E,
    "Hannah pays £30 a month off her council tax arrears under an arrangement and has moved to a "
    "cheaper tariff. Rosie had her MMR in November.",
    ["FIN"],
    [("historical", "MMR given in November: PH over")])

# ---------------------------------------------------------------- H115
box("H115", "A", "2025-03-25", "yellow", F,
    "Theo (20 months) was treated at A&E on 12 March for a scald to his arm after pulling a mug of tea "
    "off the coffee table. The HV visit found no stair gate, medicines on a low kitchen shelf and a "
    "broken window restrictor upstairs. Ellie's partner Ryan works away on building sites in the week. "
    "Ellie has accepted a referral to the home safety equipment scheme and EH support.",
    ["SAFE-NEG", "PH"],
    [("look-alike", "partner working away is not FIN or REL-CONF")])
box("H115", "C", "2025-08-11", "blue", F,
    "Stair gates and cupboard locks went in during April, medicines now live in a locked box on top of "
    "the fridge and Ellie keeps hot drinks out of Theo's reach. Theo's arm has healed.",
    ["SAFE-NEG"],
    [("historical", "scald healed: PH over"),
     ("convention", "keeping the home safe is the family now managing (present in blue, conv 3)")])
box("H115", "C", "2025-08-11", "green", F,
    "Theo's two year review in May found his speech a little behind, about 30 words; HV will review "
    "at 2½ and gave Ellie ideas for talking and sharing books.",
    ["EYD"])

# ---------------------------------------------------------------- H116
box("H116", "A", "2025-10-06", "yellow", W,
    "Tia (17) left sixth form in the summer and has not been in work or training since; she spends "
    "most of the day in her room and tells her mum she doesn't know what she wants to do. Her brother "
    "Reece (15) has started vaping, otherwise school have no concerns about him. Mum, Donna, works "
    "nights as a care assistant at a nursing home and says she will look for debt advice if her hours "
    "are cut over the winter.",
    ["EDU-NEET"],
    [("convention", "vaping is not SUB (conv 12)"),
     ("look-alike", "mum's job as a care assistant is not CARER (conv 12)"),
     ("convention", "NEET 17-year-old is EDU-NEET only, no FIN (conv 11)"),
     ("hypothetical", "debt advice only 'if her hours are cut': FIN hypothetical")])
box("H116", "C", "2026-03-02", "yellow", W,
    "Tia is on a 12-week traineeship at Fenholt Training with a weekly mentor call; it finishes in "
    "April and there is no job or apprenticeship lined up after it.",
    ["EDU-NEET"],
    [("convention", "in training now but 'at risk of' NEET when it ends: EDU-NEET present")])

# ---------------------------------------------------------------- H117
box("H117", "A", "2025-08-04", "orange", B,
    "Natalie has severe postnatal depression and told the HV the family would be better off without "
    "her. The crisis team assessed her on 1 August and she is now under the perinatal mental health "
    "team. Her partner Gary drinks most days and the two of them argue loudly in front of baby Harper "
    "(3 months); both say there has been no violence or threats.",
    ["MH-ADULT", "SUB", "REL-CONF"],
    [("negated", "'no violence or threats': DA negated; arguments are REL-CONF (conv 8)")])
box("H117", "C", "2025-12-08", "red", B,
    "Stepped up to children's social care in September and Harper is on a child in need plan. Gary is "
    "seeing the Wyndle Park recovery service and has been alcohol-free for six weeks. Natalie is still "
    "under the perinatal team and her mood is slowly lifting; her sister, who has bipolar disorder "
    "herself, comes in every day to help.",
    ["SUB", "MH-ADULT"],
    [("outside-household", "the visiting sister's bipolar disorder is not coded (conv 6)"),
     ("historical", "'alcohol-free for six weeks' reads as over, but the ongoing recovery service keeps SUB present (conv 4)")])

# ---------------------------------------------------------------- H118
box("H118", "A", "2025-05-19", "green", E,
    "Zara (4) starts Reception in September, but nursery say she cannot yet put on her coat or shoes, "
    "finds it hard to sit for a story and has toileting accidents most days. Nursery are working "
    "through the school readiness checklist with her dad, Marcus.",
    ["EYD"])
box("H118", "A", "2025-05-19", "yellow", E,
    "Marcus has had sole care of both girls since their mum went into residential rehab in February; "
    "he has cut his hours to do the school run and cannot cover the bills. Amira (8) wets the bed most "
    "nights and does not want to go on the Year 3 residential trip because of it. EHW to help with a "
    "budget and a referral to the school nurse enuresis clinic.",
    ["FIN", "PH"],
    [("outside-household", "mum in residential rehab is out of the household: SUB not coded (conv 6)"),
     ("convention", "bedwetting at 8 is PH, not EYD (conv 9)")])
box("H118", "C", "2025-10-14", "green", E,
    "Zara has settled well into Reception at Ellerswick Primary and her teacher has no concerns. Amira "
    "still sees the school nurse about bedwetting and uses an alarm; she is now dry four nights out of "
    "seven.",
    ["PH"],
    [("negated", "Zara: teacher has no concerns (no EYD/EDU code)")])

# ---------------------------------------------------------------- H119
box("H119", "A", "2025-09-15", "orange", F,
    "Kian (15) has been reported missing three times since August; police found him last week in a "
    "flat in another town with older men and £400 in cash. An NRM referral has been made for "
    "suspected county lines. He also has a five-day exclusion from Fenholt High for threatening a "
    "teacher.",
    ["SAFE-EXP", "EDU-EXC"],
    [("convention", "police finding a missing child is safeguarding, not CRIME (conv 7)")])
box("H119", "A", "2025-09-15", "yellow", F,
    "Kerry says she is at the end of her tether: Kian goes out at night and ignores her, they row "
    "constantly, and he punched a hole in her bedroom door and pushed her when she took his phone.",
    ["REL-PAR"],
    [("convention", "child-to-parent violence is REL-PAR, not DA; no police so no CRIME (conv 8)")])
box("H119", "C", "2026-02-16", "orange", F,
    "Kian is open to the youth offending service on a referral order after he was arrested in "
    "December with cocaine wraps in his sock. The exploitation team still rate him as high risk.",
    ["CRIME", "SAFE-EXP"],
    [("convention", "drugs found on an exploited child: SAFE-EXP and CRIME, not SUB (conv 12)")])
box("H119", "C", "2026-02-16", "green", F,
    "Layla (2½) took up her funded two-year-old place at Fenholt Children's Centre nursery in January. "
    "Her HV review had found only about 15 words; she now puts two words together but stays in the "
    "nursery's language support group.",
    ["EYD"])

# ---------------------------------------------------------------- H120
box("H120", "A", "2025-11-03", "green", W,
    "Twins Ivy and Isaac were born at 31 weeks in July and came home from the neonatal unit in "
    "September. Isaac is still on home oxygen and both see the neonatal outreach nurse weekly. "
    "Immunisations are up to date.",
    ["PH"])
box("H120", "A", "2025-11-03", "yellow", W,
    "Sophie has flashbacks to the emergency birth and the perinatal team have diagnosed PTSD; she "
    "struggles to leave the house with the twins on her own. Ben is on shared parental leave until "
    "January and then goes back to driving for a parcel firm.",
    ["MH-ADULT"],
    [("look-alike", "parental leave / return to work is not FIN")])
box("H120", "C", "2026-04-20", "blue", W,
    "Isaac came off oxygen in January. Sophie is having EMDR with the perinatal team and now takes the "
    "twins to the baby group at the family hub on her own.",
    ["MH-ADULT"],
    [("historical", "off oxygen since January: PH over")])

# ---------------------------------------------------------------- H121
box("H121", "A", "2025-02-24", "green", B,
    "Archie (6 weeks) is breastfed and back above his birth weight; HV will only refer to the infant "
    "feeding team if he drops at the 8 week check. Jess smokes roll-ups in the garden and never "
    "indoors.",
    [],
    [("hypothetical", "infant feeding referral only if weight drops: PH hypothetical"),
     ("convention", "smoking tobacco is not SUB (conv 12)")])
box("H121", "A", "2025-02-24", "yellow", B,
    "Jess's Universal Credit was sanctioned in January for a missed appointment at the job centre and "
    "she is £200 overdrawn. Archie's dad was in prison until last year for drug supply; he lives in "
    "another town and has not asked to see the baby. EHW is helping Jess with the mandatory "
    "reconsideration.",
    ["FIN"],
    [("outside-household", "baby's father lives elsewhere; his past offending is not CRIME/SUB (conv 6)"),
     ("historical", "prison sentence ended last year")])
box("H121", "C", "2025-06-09", "blue", B,
    "Jess's sanction was overturned on reconsideration and the money has been paid back to her. She "
    "goes to the breastfeeding peer support group and Archie is feeding well.",
    [],
    [("historical", "sanction overturned and repaid: FIN over"),
     ("negated", "feeding well: pure good news")])

# ---------------------------------------------------------------- H122
box("H122", "A", "2025-06-23", "yellow", E,
    "Wayne has MS and uses a wheelchair; since a relapse in April he cannot manage the stairs. Kirsty "
    "works full time in the lettings team at the housing association. Their son Ollie (7) fetches "
    "Wayne's tablets and helps him to the toilet after school; he says he likes helping his dad. "
    "Their youngest, Bella (3), goes to Hilltop Day Nursery on her funded hours. Referral made to "
    "Ellerswick young carers.",
    ["PH", "CARER"],
    [("look-alike", "mum works for the housing association: not HOUS"),
     ("negated", "Bella attending funded nursery is good news: not EYD"),
     ("look-alike", "'helps him to the toilet' is not toileting (EYD)")])
box("H122", "C", "2025-12-01", "blue", E,
    "Ollie goes to the young carers group on Thursdays and loves it. Wayne's MS relapse has settled and "
    "the occupational therapist has fitted a stairlift.",
    ["CARER", "PH"],
    [("historical", "relapse settled, but MS and the stairlift are ongoing: PH present (conv 3)")])

# ---------------------------------------------------------------- H123
box("H123", "A", "2025-08-18", "orange", F,
    "Police were called on 10 August after Connor pushed Shannon down the stairs while she was holding "
    "Evie (5 months); he was arrested and released under investigation. DASH scored high risk and she "
    "has been referred to MARAC. Shannon says he checks her phone and keeps her bank card.",
    ["DA"],
    [("convention", "partner's arrest for the assault is DA only, not CRIME (conv 7)"),
     ("look-alike", "keeping her bank card is economic abuse (DA), not FIN")])
box("H123", "A", "2025-08-18", "yellow", F,
    "Shannon is worried that, if Connor comes back, the landlord will end her tenancy over the noise "
    "complaints. Evie has not been to HV clinic since her 8 week check and is overdue her 16 week "
    "immunisations.",
    ["PH"],
    [("hypothetical", "tenancy loss only 'if Connor comes back': HOUS hypothetical")])
box("H123", "C", "2026-01-26", "yellow", F,
    "Connor is under a non-molestation order and has not been to the house since October. Shannon "
    "attends the IDVA's recovery group. Evie has caught up on all her immunisations.",
    ["DA"],
    [("historical", "immunisations caught up: PH over")])

# ---------------------------------------------------------------- H124
box("H124", "A", "2025-04-14", "green", W,
    "Nana Pat (79), who lives with the family, has dementia and wanders at night; the GP has referred "
    "her to the memory clinic. Liam (12) sits with her most evenings while both parents work late, and "
    "gets her to bed.",
    ["PH", "CARER"],
    [("convention", "grandmother lives in the household, so her health is PH")])
box("H124", "A", "2025-04-14", "yellow", W,
    "Marek was signed off work with depression in March and is waiting for talking therapy. "
    "Agnieszka is working extra shifts to cover the lost pay and they are £380 behind on the water "
    "bill.",
    ["MH-ADULT", "FIN"],
    [("look-alike", "extra shifts alone are not FIN; the water arrears are (conv 5)")])
box("H124", "C", "2025-10-20", "green", W,
    "Marek went back to work on a phased return in September, still sees the GP monthly and takes his "
    "antidepressants; he says his mood is much better.",
    ["MH-ADULT"])
box("H124", "C", "2025-10-20", "yellow", W,
    "Pat moved into a care home in August and Liam no longer has caring duties. The water arrears were "
    "cleared with a grant from the water company's trust fund.",
    [],
    [("outside-household", "Pat now lives in a care home: not coded"),
     ("historical", "caring 'no longer': CARER over"),
     ("historical", "arrears 'cleared': FIN over")])

# ---------------------------------------------------------------- H125
box("H125", "A", "2025-01-20", "green", B,
    "Reggie (3) has no words, lines up his toys and does not respond to his name. HV has referred him "
    "to the community paediatrician for an autism assessment. He goes to Little Acorns nursery 15 "
    "hours a week with an individual support plan.",
    ["EYD", "EDU-SEND"],
    [("convention", "under-5 speech is EYD (conv 9); ASD assessment is EDU-SEND")])
box("H125", "A", "2025-01-20", "yellow", B,
    "Reggie sleeps only four or five hours a night and Lauren is up with him from 2am most nights; she "
    "says she is exhausted. Referral to the family hub sleep practitioner.",
    ["PH"],
    [("convention", "sleep is PH at any age; EYD does not list sleep")])
box("H125", "C", "2025-08-04", "green", B,
    "Reggie was diagnosed with autism in June and the nursery SENCO has applied for an EHCP ahead of "
    "Reception. His speech is still very delayed: he now uses a few signs and about five words.",
    ["EDU-SEND", "EYD"])

# ---------------------------------------------------------------- H126
box("H126", "A", "2025-03-10", "green", E,
    "Maisie (2) lives with her grandmother Carol under a special guardianship order; Carol is her "
    "kinship carer. Maisie's mum uses heroin and lives in a hostel in another town. Maisie's two year "
    "review found her development on track.",
    [],
    [("look-alike", "kinship carer is not CARER (conv 12)"),
     ("outside-household", "birth mother's heroin use: outside the household (conv 6)"),
     ("negated", "development on track: EYD not coded")])
box("H126", "A", "2025-03-10", "yellow", E,
    "Carol (64) has arthritis in both knees and struggles to lift Maisie into the car seat or walk her "
    "to nursery. She says she feels low and lonely since giving up her job to care for Maisie. "
    "Referral to the family hub's kinship carers group.",
    ["PH", "MH-ADULT"],
    [("look-alike", "giving up work with no money problem described is not FIN; 'to nursery' is not EYD")])
box("H126", "C", "2025-09-29", "blue", E,
    "Carol goes to the kinship group every month, has made friends there and says she no longer feels "
    "low. Her knee replacement is booked for January.",
    ["PH"],
    [("historical", "'no longer feels low': MH-ADULT over")])

# ---------------------------------------------------------------- H127
box("H127", "A", "2025-10-13", "blue", F, "N/A", [],
    [("negated", "N/A box")])
box("H127", "A", "2025-10-13", "green", F,
    "Finley (9 months) has had none of his immunisations; Gemma says she hasn't had time and the "
    "surgery is two buses away. HV will arrange a catch-up at home. Finley is not yet sitting "
    "unsupported and feels floppy when held; HV has referred him to physiotherapy.",
    ["PH", "EYD"],
    [("convention", "motor delay at 9 months is early-years development (EYD); tone/physio and immunisations PH")])
box("H127", "A", "2025-10-13", "yellow", F,
    "Gemma has no money for bus fares until her UC comes in on the 28th and has borrowed £300 from a "
    "man on the estate who is now charging her £50 a week.",
    ["FIN"])
box("H127", "C", "2026-03-16", "green", F,
    "Finley is now fully vaccinated. The physio sees him monthly for low muscle tone; he sat unaided at "
    "11 months and is now pulling to stand.",
    ["PH"],
    [("historical", "vaccinations caught up: over; PH present via ongoing physio"),
     ("historical", "sat unaided at 11 months: no current development concern stated")])

# ---------------------------------------------------------------- H128
box("H128", "A", "2025-07-07", "yellow", W,
    "Dionne has been having panic attacks since a neighbour's teenage sons started kicking footballs "
    "at her windows and shouting abuse; police have been out twice about the neighbours. She has "
    "stopped taking Kai-Leigh (3) to nursery because she is frightened to go out.",
    ["MH-ADULT", "EYD"],
    [("outside-household", "neighbours' ASB and the police call-outs about them are not CRIME (conv 6)")])
box("H128", "C", "2025-12-10", "green", W,
    "The neighbours were moved by the housing officer in October. Kai-Leigh has been at nursery for "
    "every session since then and nursery have no concerns. Marley's (6) eczema is under control with "
    "his new creams.",
    ["PH"],
    [("negated", "nursery 'no concerns': EYD not coded"),
     ("outside-household", "housing officer moved the neighbours: not HOUS for this family")])

# ---------------------------------------------------------------- H129
box("H129", "A", "2025-09-22", "red", B,
    "HV saw bruising to the ear of Oscar (4 months) on 18 September; a strategy meeting was held and "
    "section 47 enquiries started. Parents say Alfie (3) hit him with a toy while they were both out "
    "in the garden and the boys were alone in the lounge. Oscar's skeletal survey showed no fractures.",
    ["SAFE-NEG", "PH"],
    [("negated", "skeletal survey: no fractures")])
box("H129", "A", "2025-09-22", "yellow", B,
    "Alfie (3) does not go to nursery. His parents say he 'runs rings round them', climbs on the "
    "kitchen worktops and bites when he is told no. Josh has been unemployed since the spring and "
    "Keeley is studying nursing part-time.",
    ["EYD", "REL-PAR", "FIN"],
    [("convention", "adult worklessness is FIN (conv 11)")])
box("H129", "C", "2026-01-12", "yellow", B,
    "The s47 ended in October with no further action and the case stepped down to early help. Alfie "
    "now goes to Ladybird Nursery. Josh and Keeley have finished Triple P and use time out "
    "consistently, but they still struggle when Alfie bites Oscar.",
    ["REL-PAR"],
    [("historical", "s47 ended with NFA: SAFE-NEG over"),
     ("negated", "nursery attendance without a stated need, yellow box: not EYD (conv 3)")])

# ---------------------------------------------------------------- H130
box("H130", "A", "2025-05-27", "orange", E,
    "The Haddad family, two parents and four children, have been in one hotel room in Ellerswick since "
    "they were granted refugee status in April; the council has accepted a homelessness duty. They are "
    "waiting for UC to start and use the family hub food bank every week. Karim has shrapnel injuries "
    "to his leg and is not yet registered with a GP.",
    ["HOUS", "FIN", "PH"])
box("H130", "A", "2025-05-27", "yellow", E,
    "Rania has nightmares and flashbacks from the journey and is constantly on edge; she has agreed to "
    "a referral to the refugee trauma service. Omar (3) has no nursery place yet and the family didn't "
    "know he was entitled to one.",
    ["MH-ADULT", "EYD"])
box("H130", "C", "2026-02-09", "yellow", E,
    "The family moved into a three-bedroom council house in Fenholt in December. UC is being paid but "
    "they are repaying a £900 advance at £60 a month and still go to the food bank now and then. Rania "
    "sees the refugee trauma service fortnightly.",
    ["FIN", "MH-ADULT"],
    [("historical", "rehoused in December: HOUS over")])
box("H130", "C", "2026-02-09", "green", E,
    "Omar started at Fenholt Children's Centre nursery in January. The older two's school attendance "
    "is 96% since the move and Lina (1) has caught up her immunisations.",
    [],
    [("negated", "pure good news with no need stated: no EYD/EDU-ATT (conv 3)"),
     ("historical", "immunisations caught up: PH over")])

# ---------------------------------------------------------------- unboxed notes
note("W001", "assessment", "2025-03-12", B,
     "HV contact. Ruby-Mae (9 months) has a flattened patch at the back of her head and the GP is "
     "keeping an eye on it; otherwise thriving. Mum asked about funded two-year-old childcare for next "
     "year and was given the leaflet.",
     ["PH"], "green",
     [("look-alike", "asking about future funded childcare is information, not an EYD need")])
note("W002", "assessment", "2025-06-30", E,
     "Call from Little Stars nursery: Harrison (3), who has been dry for a year, has wet himself twice "
     "at nursery this week. Mum told staff that Harrison's dad was arrested at the weekend after "
     "hitting her and is on bail not to come to the house; police have referred to MARAC.",
     ["DA", "EYD"], "orange",
     [("convention", "father's arrest for DV is DA only, not CRIME (conv 7); toileting at 3 is EYD")])
note("W003", "assessment", "2025-11-17", W,
     "Strategy discussion re Skye (4 months) after mum told the HV she uses cocaine at weekends while "
     "Skye is with her partner, who also uses. Section 47 enquiry agreed. Skye's weight has dropped to "
     "the 0.4th centile.",
     ["SUB", "PH"], "red")
note("W004", "assessment", "2026-01-08", B,
     "Aleksandra rang the family hub for advice because Kacper (4) still wakes every night and climbs "
     "into her bed. Sent the sleep factsheet and the link to the hub's online sleep workshop; she will "
     "try the bedtime routine and get back in touch if it doesn't help.",
     ["PH"], "blue",
     [("hypothetical", "'get back in touch if it doesn't help' is hypothetical; sleep need is present"),
      ("convention", "under-5 sleep is PH, not EYD")])
note("W005", "assessment", "2025-04-29", F,
     "School nurse drop-in: Chloe (11) said her mum drinks every night and she gets her brothers (2 and "
     "4) bathed and into bed and takes the 4-year-old to nursery in the morning. Referred to the young "
     "carers service, and mum has agreed to a referral to the drug and alcohol service.",
     ["SUB", "CARER"], "yellow",
     [("look-alike", "taking a brother to nursery is not an EYD need")])
note("W006", "closure", "2025-12-02", B,
     "TAF review. Eviction was avoided after a discretionary housing payment cleared the rent arrears "
     "in October. Kerrie is still going to Citizens Advice budgeting sessions and has a debt relief "
     "order application in. Megan (2) had her two year review with no concerns.",
     ["FIN"], "orange",
     [("historical", "eviction avoided, arrears cleared: HOUS over"),
      ("negated", "two year review no concerns: EYD negated")])


# ---------------------------------------------------------------- writers
def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    cols = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
            "locality", "narrative"]
    write_csv("narratives.csv", cols, [[n[c] for c in cols] for n in NARR])
    write_csv("gold.csv", ["narrative_id", "code", "level"], GOLD)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(TRAPS, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(NARR)} narratives, {len(GOLD)} gold rows, {len(TRAPS)} trap notes "
          f"in {len({t['narrative_id'] for t in TRAPS})} narratives")


if __name__ == "__main__":
    main()
