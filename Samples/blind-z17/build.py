#!/usr/bin/env python3
"""Blind hand-coded gold set z17: home visits and home conditions.

Every narrative, its gold codes and short trap notes are written by hand
below.  Running this script writes narratives.csv, gold.csv and traps.json
next to it.  Python 3 standard library only.

Trap notes are "type: note"; types counted as traps are negated, historical,
hypothetical, outside, lookalike and met.  "managing" marks a blue/green box
where an issue the family is now managing is coded present (convention 3).
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
TRAP_TYPES = ("negated", "historical", "hypothetical", "outside", "lookalike", "met")

CASES = []   # boxed cases
NOTES = []   # unboxed notes


def box(level, text, codes=(), traps=()):
    return {"level": level, "text": text, "codes": list(codes), "traps": list(traps)}


def case(cid, loc, a_date, a_boxes, c_date=None, c_boxes=None):
    CASES.append({"case": cid, "loc": loc, "A": (a_date, a_boxes),
                  "C": (c_date, c_boxes) if c_date else None})


def note(nid, stage, date, loc, text, codes, level, traps=()):
    NOTES.append({"id": nid, "stage": stage, "date": date, "loc": loc, "text": text,
                  "codes": list(codes), "level": level, "traps": list(traps)})


# ---------------------------------------------------------------------------
# Batch 1: cases H101-H106
# ---------------------------------------------------------------------------

case("H101", "Brackenmoor", "2025-02-11", [
    box("green",
        "Joint visit with the health visitor. Mia (2) has missed her 2-year review twice "
        "and is only using a handful of single words. She isn't taking up her funded nursery "
        "place yet. HV has rebooked the review for March.",
        ["EYD"],
        ["lookalike: 'funded nursery place' is not a money problem, no FIN"]),
    box("yellow",
        "Dog mess on the lounge carpet and the kitchen lino from the two staffies, the bin "
        "overflowing and bags of used nappies piled by the back door. Leanne says her "
        "depression has been bad since Christmas and she can't face the housework; she has "
        "been back to her GP. FSW to visit weekly and work through the house room by room with her.",
        ["SAFE-NEG", "MH-ADULT"]),
], "2025-07-30", [
    box("blue",
        "Leanne keeps the dogs out in the yard during the day and sticks to the cleaning rota "
        "on the fridge. She says it slips when her mood dips, so her sister comes round on "
        "Sundays to help her catch up. Kitchen and lounge were clean at the last four visits.",
        ["SAFE-NEG", "MH-ADULT"],
        ["managing: home conditions and low mood still live and being managed in a blue box"]),
])

case("H102", "Saltcote", "2025-01-20", [
    box("orange",
        "Black mould over the back bedroom wall and round the window frames; the boys' mattress "
        "was damp to the touch. The private landlord has ignored three repair requests and served "
        "a section 21 two weeks after Shanice complained to the council. Environmental health and "
        "housing options are both involved.",
        ["HOUS"],
        ["outside: the landlord's conduct is not coded in itself, only its effect on the family (HOUS)"]),
    box("yellow",
        "Shanice is on a prepayment meter and has been going without electric most evenings to make "
        "the credit last; she owes £480 on the meter. EHW has referred her to Citizens Advice for "
        "fuel vouchers and a debt plan.",
        ["FIN"]),
], "2025-09-15", [
    box("blue",
        "The family moved into a dry, warm housing association flat in August. Shanice is paying "
        "£15 a week off the old electric debt through the plan Citizens Advice set up.",
        ["FIN"],
        ["historical: damp/disrepair ended with the move, no HOUS",
         "managing: debt repayment in a blue box is FIN present"]),
])

case("H103", "Hollins Vale", "2025-03-04", [
    box("yellow",
        "Hall and stairs lined with bin bags of clothes and boxes, just a narrow path through. "
        "Kitchen worktops and the cooker are buried so everything gets microwaved. Gary says he's "
        "always found it hard to let things go and it got worse after his wife left. FSW to start "
        "clearing one room at a time with him.",
        ["SAFE-NEG"],
        ["historical: the separation ('after his wife left') is past, no REL-CONF"]),
    box("blue",
        "Gary's dad lives on his own in Saltcote and his bungalow is just as full; adult social care "
        "are working with him. Ellie (9) and Jack (7) only see their grandad with Gary on Sunday "
        "afternoons.",
        [],
        ["outside: grandfather's hoarding is at his own home, outside the household"]),
], "2025-10-20", [
    box("yellow",
        "Downstairs is now clear and the cooker is back in use. The children's bedroom is only half "
        "done and Ellie is still sharing Jack's bed because hers is under boxes. FSW to keep going "
        "until upstairs is finished.",
        ["SAFE-NEG"],
        ["met: downstairs/cooker resolved, but the bedroom is still a present concern"]),
    box("green",
        "Gary sees his GP monthly for anxiety and is on sertraline. The adult mental health team "
        "assessed him and passed him back to the GP.",
        ["MH-ADULT"]),
])

case("H104", "Kettlewick", "2025-04-14", [
    box("orange",
        "Marie and the three children have been put in a single room at a B&B in Kettlewick after "
        "their private landlord got a possession order in March. No cooking facilities after 8pm and "
        "the room is very cramped. Housing options case open and a move to self-contained TA requested.",
        ["HOUS"]),
    box("yellow",
        "At the visit the cupboards and fridge were empty apart from half a box of cereal, and Tyler (8) "
        "and Ava (5) said they'd had crisps for tea. Marie's UC was sanctioned after she missed an "
        "appointment. FSW gave a food bank voucher and is helping her ask for a mandatory reconsideration.",
        ["SAFE-NEG", "FIN"],
        ["note: empty cupboards/hungry children is SAFE-NEG, the food bank and sanction FIN: both (conv. 10)"]),
], "2025-11-10", [
    box("green",
        "Family moved into a three-bed council house in Brackenmoor in October on a secure tenancy. "
        "Ava's late arrivals stopped once they moved, and the baby is registered with the health visitor.",
        [],
        ["historical: housing need met by the move, no HOUS",
         "historical: lateness has stopped, no EDU-ATT",
         "lookalike: routine HV registration is not an EYD need"]),
    box("blue",
        "UC is back in payment and the sanction was overturned. Marie is still paying back an advance "
        "at £38 a month and keeps her budget written up on the kitchen calendar.",
        ["FIN"],
        ["managing: advance repayment is FIN present in blue"]),
])

case("H105", "Saltcote", "2025-10-06", [
    box("yellow",
        "Boiler broken since the middle of September, so no heating or hot water. Donna is boiling "
        "kettles to bath Freddie (1) and Grace (4). Council repairs have been out twice and the part "
        "is on order. FSW lent two oil-filled heaters in the meantime.",
        ["HOUS"],
        ["lookalike: children bathed in kettle water is a disrepair issue, no hygiene concern stated, no SAFE-NEG"]),
    box("green",
        "Grace goes to the Saltcote Children's Centre nursery 30 hours a week. She's still in pull-ups "
        "and has wet accidents most days; her key worker and Donna are following a toileting plan.",
        ["EYD"]),
], "2026-01-19", [
    box("blue",
        "New boiler fitted on 2 December and the house was warm at the visit. Donna knows how to log "
        "repairs online and says if it packs up again she'll ring the council's out-of-hours line "
        "straight away.",
        [],
        ["historical: boiler replaced, no HOUS",
         "hypothetical: 'if it packs up again' is not a present need"]),
])

case("H106", "Brackenmoor", "2025-05-19", [
    box("orange",
        "Police brought Alfie (3) home at 7am after a neighbour found him in the street in just a nappy. "
        "Dad (Ryan) was asleep after a night shift and mum (Kirsty) had nipped to the shop leaving "
        "Lily (8) in charge. Strategy discussion held; no further action from social care and stepped "
        "down to early help with a TAF plan.",
        ["SAFE-NEG"],
        ["lookalike: police returning a child is safeguarding, not CRIME (conv. 7)",
         "lookalike: night shift is not FIN (conv. 5)"]),
    box("yellow",
        "Key left in the front door and the back gate has no latch, so Alfie can let himself out. No "
        "stair gate. Both parents smoke at the back door. FSW going through the home safety checklist "
        "and ordering a stair gate and door chain through the safety equipment scheme.",
        ["SAFE-NEG"],
        ["lookalike: smoking tobacco is not SUB (conv. 12)"]),
], "2025-10-01", [
    box("blue",
        "Door chain, stair gate and gate latch all fitted, and the key lives on a hook up high. Kirsty "
        "and Ryan have agreed Lily never minds Alfie on her own and Ryan's mum comes over if they both "
        "need to go out. Kirsty says Alfie still tries the doors so they keep checking.",
        ["SAFE-NEG"],
        ["managing: supervision risk still live and managed, SAFE-NEG present in blue"]),
])

# ---------------------------------------------------------------------------
# Batch 2: cases H107-H113
# ---------------------------------------------------------------------------

case("H107", "Hollins Vale", "2025-06-02", [
    box("orange",
        "Seven people in a two-bed flat: mum (Nadia), her partner, four children and Nadia's brother "
        "Dean (17). Callum (15) sleeps on the sofa. The housing officer has confirmed statutory "
        "overcrowding and the family is in band B on the register.",
        ["HOUS"]),
    box("yellow",
        "Callum is often awake in the lounge until 2 or 3am on his phone, as that's where he sleeps, and "
        "Nadia says she can't get him to hand it over. He is late into Hollins Vale Academy three or "
        "four mornings a week and his attendance is 84%.",
        ["EDU-ATT", "REL-PAR"]),
    box("green",
        "Dean left sixth form last summer and isn't in college, work or training. He's seeing an adviser "
        "from the local careers service for follow-up support.",
        ["EDU-NEET"],
        ["lookalike: a 17-year-old NEET is EDU-NEET only, no FIN (conv. 11)"]),
], "2026-01-12", [
    box("blue",
        "Callum and Nadia agreed his phone charges in the kitchen from 11pm and she says it holds most "
        "nights. His attendance is up to 95% with no lates since November.",
        ["REL-PAR"],
        ["managing: phone boundary still being held, REL-PAR present in blue",
         "historical: 'no lates since November', no EDU-ATT"]),
])

case("H108", "Kettlewick", "2025-09-22", [
    box("green",
        "St Bede's Primary report Jessica (7) wearing the same unwashed uniform all week and smelling of "
        "urine; she has had head lice on and off since the summer. Mum says Jessica wets the bed most "
        "nights. School nurse to see her.",
        ["SAFE-NEG", "PH"],
        ["note: bedwetting at school age is PH (conv. 9), not EYD"]),
    box("yellow",
        "Home visit: house clean and tidy, food in the fridge, beds made. Carla's own washing machine "
        "broke six weeks ago and she can't afford to replace it, so she's hand-washing in the bath. "
        "FSW applying to the household support fund for a new one.",
        ["FIN"],
        ["negated: clean and tidy home, no SAFE-NEG in this box",
         "lookalike: her own broken appliance is not landlord disrepair, no HOUS"]),
], "2026-02-02", [
    box("green",
        "School say Jessica now comes in clean and in fresh uniform every day and the lice have gone. She "
        "still wets the bed a few nights a week and has an enuresis clinic appointment with the school "
        "nurse on 10 February.",
        ["PH"],
        ["historical: hygiene/lice resolved, no SAFE-NEG"]),
])

case("H109", "Saltcote", "2025-03-17", [
    box("orange",
        "Paul is drinking most evenings and there are cans all over the lounge. He and Jade row about it "
        "most nights and the neighbours have complained about the noise. Jade says he has never hurt her "
        "or the children and she doesn't feel unsafe. Referred to Saltcote Recovery Service.",
        ["SUB", "REL-CONF"],
        ["negated: never hurt her, doesn't feel unsafe, no DA",
         "outside: neighbours' complaints are not CRIME by the family"]),
    box("yellow",
        "The fridge held beer and a pint of milk and nothing else; Harvey (10) and Millie (6) said they "
        "have chips from the chippy most nights. Jade says Paul's drinking eats the money and they're "
        "£600 behind on the rent.",
        ["SAFE-NEG", "FIN", "SUB"],
        ["lookalike: rent arrears with no notice or eviction risk is FIN, not HOUS"]),
], "2025-08-18", [
    box("blue",
        "Cupboards and fridge full at the last three visits and the children say they get a cooked tea "
        "every night. The rent arrears were cleared in July with a discretionary housing payment.",
        [],
        ["historical: food in the home now fine, no SAFE-NEG",
         "historical: arrears cleared, no FIN"]),
])

case("H110", "Brackenmoor", "2025-01-13", [
    box("yellow",
        "Bedtimes are chaotic: Noah (5) and Isla (4) stay up till 10 or 11 watching videos in Becky's bed. "
        "She says she gives in because the meltdowns aren't worth it. Booked onto the Triple P group at "
        "Brackenmoor Family Hub.",
        ["REL-PAR"]),
    box("green",
        "House warm, clean and well stocked and each child has their own bed, so no worries about home "
        "conditions. Rainbow Tots nursery say Isla hardly speaks in the setting and have referred her to "
        "speech and language therapy.",
        ["EYD"],
        ["negated: no concerns about home conditions, no SAFE-NEG"]),
], "2025-06-23", [
    box("blue",
        "Becky completed Triple P. Bath, story and bed by half seven most nights; Noah still pushes it at "
        "weekends but she holds the line.",
        ["REL-PAR"],
        ["managing: bedtime routine held against ongoing testing, REL-PAR present in blue"]),
])

case("H111", "Kettlewick", "2025-02-24", [
    box("green",
        "Sarah has MS and uses a stick indoors; she gets PIP. Maisie (12) helps her up and down the stairs "
        "and does most of the cooking on bad days. GP and MS nurse involved.",
        ["PH", "CARER"],
        ["lookalike: PIP named with no money problem, no FIN (conv. 5)"]),
    box("yellow",
        "Referred to Kettlewick Young Carers for an assessment and their Tuesday club. Maisie says she gets "
        "anxious in lessons worrying about whether mum has fallen.",
        ["CARER", "MH-CHILD"]),
], "2025-09-08", [
    box("blue",
        "Maisie goes to the young carers club every Tuesday and has started netball after school. She still "
        "makes tea a couple of nights a week and says she doesn't mind.",
        ["CARER"],
        ["managing: caring role continues, CARER present in blue"]),
])

case("H112", "Hollins Vale", "2025-07-07", [
    box("yellow",
        "Jordan's dog, a big bull breed, is kept in the kitchen behind a baby gate and Ruby (10 months) "
        "crawls right up to it. It growled at the FSW. Chloe has been given dog warden advice and agreed "
        "to keep Ruby out of the kitchen.",
        ["SAFE-NEG"]),
    box("green",
        "HV: Ruby has dropped from the 50th to the 25th centile. Weaning started late and she's still "
        "mostly on bottles; HV has set a weaning plan and is weighing her fortnightly at clinic.",
        ["PH", "EYD"]),
], "2025-12-01", [
    box("blue",
        "The dog went to a breed rescue in September. Ruby is back on her centile and eating three meals a "
        "day, and the HV signed her off the weaning plan in October.",
        [],
        ["historical: dog rehomed, no SAFE-NEG",
         "historical: weight and weaning resolved, no PH or EYD"]),
])

case("H113", "Saltcote", "2025-05-06", [
    box("orange",
        "The council has served a notice seeking possession over the state of the flat after pest control "
        "found rats in the kitchen. Bags of rubbish on the balcony and in the bath. Tenancy sustainment "
        "officer and EH worker now visiting together.",
        ["HOUS", "SAFE-NEG"]),
    box("yellow",
        "Nicola has severe depression and is under the community mental health team. Ben (13) does the "
        "shopping and cooking for himself and Sophie (11) and reminds mum to take her tablets.",
        ["MH-ADULT", "CARER"]),
], "2025-11-17", [
    box("yellow",
        "Notice withdrawn after the flat passed inspection in September. Nicola still struggles to keep the "
        "kitchen clean between visits and Ben is still doing a lot at home; Saltcote Young Carers have now "
        "taken him on.",
        ["SAFE-NEG", "CARER"],
        ["historical: possession notice withdrawn, no HOUS"]),
])

# ---------------------------------------------------------------------------
# Batch 3: cases H114-H120
# ---------------------------------------------------------------------------

case("H114", "Kettlewick", "2025-08-11", [
    box("yellow",
        "Anonymous referral saying the children are left on their own and the house is filthy. Unannounced "
        "visit: Zara (6) and Omar (4) at home with dad Imran, house clean, plenty of food in, toys suitable "
        "for their ages. Mum works evening shifts at the hospital. No evidence of neglect found.",
        [],
        ["negated: referral allegation checked and no neglect found, no SAFE-NEG",
         "lookalike: evening shifts are not FIN (conv. 5)"]),
], "2025-12-15", [
    box("blue",
        "No further referrals. Imran and his wife work round each other's shifts and his sister has the "
        "children on Wednesdays. Imran does Omar's speech exercises with him at bedtime and the HV says the "
        "stammer is milder.",
        ["EYD"],
        ["managing: stammer still present and being worked on, EYD present in blue",
         "lookalike: shifts again not FIN"]),
])

case("H115", "Brackenmoor", "2025-02-03", [
    box("red",
        "Children on child protection plans under neglect since the ICPC on 20 January. Kayden (7), Riley (5) "
        "and Mason (2) were sleeping on a bare mattress on the floor with no bedding, with rubbish and dog "
        "faeces through the house.",
        ["SAFE-NEG"]),
    box("orange",
        "Tasha disclosed that her partner Lee takes her bank card, decides what she can spend and goes "
        "through her phone. DASH high risk, MARAC on 6 February, IDVA allocated.",
        ["DA"],
        ["lookalike: economic control by a partner is DA, not FIN"]),
    box("yellow",
        "Mason has no words yet and isn't in nursery. EHW helping Tasha apply for his funded two-year-old "
        "place; the HV is doing his 2-year check at home.",
        ["EYD"]),
], "2025-09-29", [
    box("orange",
        "CP plans ended in August and the case stepped down through child in need to early help. Lee moved "
        "out in June; a non-molestation order runs until June 2026 and Tasha is halfway through the Freedom "
        "Programme.",
        ["DA"],
        ["historical: CP plans ended (no neglect described in this box)"]),
    box("blue",
        "Every child now has a bed and bedding from the furniture project. Tasha keeps to a cleaning routine "
        "and walks the dogs twice a day, but says the washing still gets on top of her some weeks and her mum "
        "comes round to help.",
        ["SAFE-NEG"],
        ["met: beds provided",
         "managing: home conditions still a struggle some weeks, SAFE-NEG present in blue"]),
])

case("H116", "Hollins Vale", "2025-11-03", [
    box("orange",
        "Part of the ceiling in the children's bedroom came down after the roof leaked and water is coming "
        "through the light fitting. The private landlord hasn't responded in three weeks; environmental "
        "health have served an improvement notice. Children sleeping in the lounge with Gemma.",
        ["HOUS"]),
    box("yellow",
        "Gemma has been anxious and tearful since the ceiling fell in and her GP has started her on "
        "medication. FSW is helping her keep a log of every contact with the landlord.",
        ["MH-ADULT"]),
], "2026-03-09", [
    box("green",
        "Roof and ceiling repaired in January. Gemma says that if it leaks again she'll go straight to "
        "environmental health rather than wait on the landlord.",
        [],
        ["historical: repairs done, no HOUS",
         "hypothetical: 'if it leaks again'"]),
])

case("H117", "Kettlewick", "2025-04-28", [
    box("orange",
        "Daisy (14) is open to CAMHS for low mood and has cut herself twice this spring. She hasn't been into "
        "Kettlewick High since February half term.",
        ["MH-CHILD", "EDU-ATT"]),
    box("yellow",
        "The rest of the house was clean and tidy with food in. Helen can't get Daisy off her phone at night; "
        "she's on it into the early hours and then won't get up, and Helen backs off rather than have a row.",
        ["REL-PAR"],
        ["negated: home clean and tidy, no SAFE-NEG"]),
], "2025-12-08", [
    box("orange",
        "Daisy is still seeing CAMHS every fortnight, with no self-harm since July. She's back at Kettlewick "
        "High on a part-time timetable, mornings only.",
        ["MH-CHILD", "EDU-ATT"],
        ["historical: self-harm stopped in July, but open to CAMHS keeps MH-CHILD present",
         "note: part-time timetable is EDU-ATT"]),
])

case("H118", "Saltcote", "2025-06-16", [
    box("orange",
        "Kelly-Ann and the children (Leo 9, Poppy 6, Finn 5 months) have been staying at her mum's two-bed "
        "flat in Saltcote since they were evicted in May, with the children sleeping on the lounge floor. "
        "Homeless application made and a housing duty accepted.",
        ["HOUS"]),
    box("yellow",
        "Leo misses most Mondays because the bus from his nan's to school takes over an hour; attendance is "
        "79%. EHW to look at a travel pass and a morning plan with Kelly-Ann.",
        ["EDU-ATT"]),
], "2025-12-01", [
    box("green",
        "The family moved into a three-bed housing association house in Hollins Vale in October. Finn's jabs "
        "are now up to date. Leo's attendance is 94% this half term and school are still keeping an eye as "
        "he's had a few Mondays off.",
        ["EDU-ATT"],
        ["historical: rehoused, no HOUS",
         "historical: immunisations now up to date, no PH",
         "managing: attendance still monitored, EDU-ATT present in green"]),
])

case("H119", "Brackenmoor", "2025-09-01", [
    box("green",
        "HV visit: Harley (6 weeks) has been to the GP twice with a wheeze. Jodie and her partner smoke but "
        "only out on the balcony, and the HV gave stop-smoking information. No sign of any drug use in the flat.",
        ["PH"],
        ["lookalike: tobacco smoking is not SUB (conv. 12)",
         "negated: no sign of drug use, no SUB"]),
    box("yellow",
        "Jodie scored high on the EPDS at the 6-week check and says she cries most days and can't enjoy "
        "Harley. Referred to the perinatal wellbeing service.",
        ["MH-ADULT"]),
], "2026-02-16", [
    box("yellow",
        "Jodie is still seeing the perinatal team every two weeks; her mood is lifting but she doesn't feel "
        "ready to stop. Harley's wheeze cleared up and the GP thinks it was viral.",
        ["MH-ADULT"],
        ["historical: wheeze cleared, no PH"]),
])

case("H120", "Hollins Vale", "2025-12-02", [
    box("green",
        "Hollins Vale Primary say Tommy (8) and Ella (6) have been coming in without coats in the frost and "
        "Tommy's trainers have holes through the soles. School gave them coats from the uniform swap.",
        ["SAFE-NEG"]),
    box("yellow",
        "Stuart lost his warehouse job in October. He's in the five-week wait for UC, has used the Hollins "
        "Vale food bank twice and the gas is on emergency credit. FSW referred him to Citizens Advice.",
        ["FIN"]),
], "2026-04-20", [
    box("blue",
        "Stuart started a new job at the depot in March. He's still paying back his UC advance and £10 a "
        "week off the gas debt.",
        ["FIN"],
        ["met: back in work, but repayments keep FIN present (managing) in blue"]),
])

# ---------------------------------------------------------------------------
# Batch 4: cases H121-H127
# ---------------------------------------------------------------------------

case("H121", "Saltcote", "2025-07-21", [
    box("orange",
        "Reece (14) was arrested in June with two friends for criminal damage at the Saltcote rec; the youth "
        "offending service is doing an out-of-court disposal. Dad (Martin) is on licence after coming out of "
        "prison in April.",
        ["CRIME"]),
    box("yellow",
        "Home visit: three-bed council house, clean and tidy, food in, and the boys have a room each. Martin "
        "and Lisa can't get Reece in at night; he swears at them and punched a hole in his bedroom door in July.",
        ["REL-PAR"],
        ["negated: home conditions good, no SAFE-NEG",
         "lookalike: punching a door at home is REL-PAR, not DA"]),
], "2026-01-26", [
    box("yellow",
        "Reece finished his YOS programme in December. He still stays out later than agreed but now texts Lisa "
        "to say where he is; EHW staying involved for another month.",
        ["REL-PAR"],
        ["historical: YOS programme finished, no CRIME"]),
])

case("H122", "Hollins Vale", "2025-10-13", [
    box("yellow",
        "Shannon (19) moved from supported lodgings into her first council flat with Ollie (3 months). No "
        "carpets, no cooker and no cot, so Ollie is sleeping in his pram, which the HV is worried about. Her UC "
        "hasn't started and she had £12 to last the week. FSW has applied to the local welfare scheme for a "
        "cot, cooker and flooring.",
        ["FIN", "SAFE-NEG"],
        ["lookalike: an unfurnished new tenancy is not a housing need, no HOUS"]),
    box("green",
        "Ollie has reflux and is on Gaviscon from the GP; HV visiting weekly and he is gaining weight.",
        ["PH"]),
], "2026-03-02", [
    box("blue",
        "Cot, cooker and flooring arrived through the welfare scheme in November. UC is in payment; Shannon "
        "pays £20 a month off a catalogue debt and a bit off her advance.",
        ["FIN"],
        ["met: cot provided, no SAFE-NEG",
         "managing: debt repayments, FIN present in blue"]),
])

case("H123", "Brackenmoor", "2025-11-24", [
    box("blue",
        "Flat warm and well kept. Rachel reported a dripping tap to the housing association and it was fixed "
        "within a week. She says if her rent goes up in April she'd struggle, but she's up to date for now.",
        [],
        ["historical: repair done, no HOUS",
         "hypothetical: rent rise 'if', no FIN"]),
    box("yellow",
        "At home Ethan (9) hits his little sister and kicked Rachel when she switched off his game; she says "
        "she's walking on eggshells. EHW to do parenting work with her around his behaviour.",
        ["REL-PAR"],
        ["lookalike: child-to-parent violence is REL-PAR, not DA (conv. 8)"]),
    box("green",
        "Brackenmoor Juniors SENCO: Ethan has ADHD and is on SEN support, and school has asked for an EHC needs "
        "assessment.",
        ["EDU-SEND"]),
], "2026-05-11", [
    box("blue",
        "Rachel uses a reward chart and a calm-down corner. Ethan still lashes out now and then but far less, "
        "and she spots the signs earlier.",
        ["REL-PAR"],
        ["managing: behaviour still present, REL-PAR present in blue"]),
])

case("H124", "Hollins Vale", "2025-01-27", [
    box("blue",
        "Some mould around the bathroom window, which Kerry sprays and wipes down weekly, keeping the window "
        "open. She has told the housing association and they are booked to fit an extractor fan.",
        ["HOUS"],
        ["managing: mould present and being handled, HOUS present in blue"]),
    box("yellow",
        "Two cats and a rabbit live indoors; the litter trays were overflowing and the smell was strong. Lola (3) "
        "and Ava (1) were crawling on a soiled carpet. Kerry says she's fallen behind since starting night shifts.",
        ["SAFE-NEG"],
        ["lookalike: night shifts are not FIN"]),
    box("green",
        "Lola's nursery say she has missed a day a week since Christmas and they want her in for all her funded "
        "sessions.",
        ["EYD"],
        ["lookalike: nursery take-up for an under-5 is EYD, not EDU-ATT (conv. 9)"]),
], "2025-07-14", [
    box("blue",
        "Extractor fan fitted in March and no mould since. Kerry has a rota for the litter trays and hoovers every "
        "day, though she admits it slips in the weeks she's on nights. The rabbit has gone to her brother's.",
        ["SAFE-NEG"],
        ["historical: mould gone since the fan, no HOUS",
         "managing: home conditions still slip, SAFE-NEG present in blue"]),
])

case("H125", "Kettlewick", "2025-06-09", [
    box("red",
        "Section 47 enquiry after a neighbour found Logan (4) on his own by the main road. Home conditions very "
        "poor: no food in the cupboards, broken glass in the back garden and the gate hanging open. Strategy "
        "meeting held and Logan and his sister are now on child in need plans.",
        ["SAFE-NEG"]),
    box("orange",
        "Kyle uses cocaine at weekends and says he is cutting down; referred to the Kettlewick drug and alcohol "
        "service. Police stopped him in May with cocaine in the car and he is due in court.",
        ["SUB", "CRIME"]),
], "2026-01-05", [
    box("orange",
        "CIN plan closed in November. Kyle still attends the drug service and has had three months of clear "
        "tests; the court gave him a community order and he reports to probation weekly.",
        ["SUB", "CRIME"],
        ["historical: CIN plan closed",
         "lookalike: clear tests but ongoing drug service keeps SUB present (conv. 4)"]),
    box("blue",
        "Back gate now has a bolt at the top and the garden has been cleared. Stacey walks Logan to nursery and "
        "says she still has to watch him like a hawk because he's a runner. Cupboards were full.",
        ["SAFE-NEG"],
        ["managing: supervision still needs watching, SAFE-NEG present in blue",
         "met: food in the home now fine"]),
])

case("H126", "Brackenmoor", "2025-04-07", [
    box("green",
        "Theo (7) is on the ASD pathway with the community paediatrician, and the Brackenmoor Juniors SENCO has "
        "him on SEN support.",
        ["EDU-SEND"]),
    box("yellow",
        "Theo sleeps three or four hours a night and smears at night, so his room has been stripped back to a "
        "mattress on the floor for his safety. Jen is worn out. FSW has referred to the sleep clinic and to the "
        "EarlyBird Plus parenting programme.",
        ["PH", "REL-PAR"],
        ["lookalike: mattress on the floor is a deliberate safety measure, not neglect, no SAFE-NEG",
         "lookalike: 'worn out' is not a stated mental health need, no MH-ADULT"]),
], "2025-10-13", [
    box("blue",
        "Melatonin from the paediatrician has Theo sleeping six or seven hours. Jen says some weeks are still "
        "broken but she's coping.",
        ["PH"],
        ["managing: sleep problem treated and ongoing, PH present in blue"]),
    box("green",
        "Theo was diagnosed with autism in August and school have applied for an EHC needs assessment.",
        ["EDU-SEND"]),
])

case("H127", "Saltcote", "2025-09-15", [
    box("yellow",
        "Josh (17) dropped out of college in June and spends most days gaming in his room with no plans. Tracey "
        "has been off work with chronic back pain since last year and is worried about money; their housing "
        "benefit was cut for the spare bedroom when Josh's brother moved out.",
        ["EDU-NEET", "FIN", "PH"],
        ["lookalike: spare-room cut is a benefit problem (FIN), not a housing need"]),
    box("green",
        "N/A – house in good repair, no damp or outstanding repairs.",
        [],
        ["negated: no housing issues"]),
], "2026-03-16", [
    box("yellow",
        "Josh sees a youth employment adviser every week and has applied for two apprenticeships, nothing yet.",
        ["EDU-NEET"]),
    box("blue",
        "Tracey got a discretionary housing payment to cover the spare-room cut until April and pays £20 a month "
        "off council tax arrears.",
        ["FIN"],
        ["managing: arrears repayments, FIN present in blue"]),
])

# ---------------------------------------------------------------------------
# Batch 5: unboxed case notes (level column empty; gold level = highest cue, conv. 2)
# ---------------------------------------------------------------------------

note("HN01", "assessment", "2025-05-14", "Brackenmoor",
     "Family support worker home visit. Front room cluttered with the kids' toys but nothing unsafe, and the "
     "children had been fed. Mark hasn't worked since his heart attack in February and is waiting on a "
     "cardiology follow-up; the family are living on UC and are £300 behind with council tax.",
     ["FIN", "PH"], "yellow",
     ["negated: clutter judged safe, children fed, no SAFE-NEG",
      "lookalike: heart attack in the past but ongoing cardiology follow-up keeps PH present",
      "level: family support worker is the highest cue, yellow"])

note("HN02", "assessment", "2025-08-19", "Hollins Vale",
     "Health visitor new birth visit. Flat spotless, baby Anaya asleep in a cot in the parents' room, plenty of "
     "formula and nappies. Priya says her mood is good and she has no worries. Partner smokes outside on the "
     "step. Universal HV offer only.",
     [], "green",
     ["negated: home conditions fine, no SAFE-NEG",
      "negated: mood good, no MH-ADULT",
      "lookalike: tobacco smoking is not SUB"])

note("HN03", "assessment", "2025-11-27", "Kettlewick",
     "School rang because Dylan (10) told his teacher there is never any food at home. Family support worker "
     "visited the same afternoon: fridge and cupboards well stocked and tea on the go. Dylan admitted he'd said "
     "it because he didn't like what was in his packed lunch. Natalie and her ex are still falling out over who "
     "has the children at Christmas, and she has agreed to try the family mediation service.",
     ["REL-CONF"], "yellow",
     ["negated: food concern checked and unfounded, no SAFE-NEG",
      "level: FSW and mediation are yellow cues, above school (green)"])

note("HN04", "assessment", "2025-03-31", "Saltcote",
     "Joint visit with the housing officer and EH worker. The family has been served a section 8 possession "
     "notice over £2,100 of rent arrears. Damp and black mould in the children's bedroom from a leaking gutter "
     "the landlord hasn't fixed. Referred to Citizens Advice for debt advice.",
     ["HOUS", "FIN"], "orange",
     ["level: possession notice is an orange cue"])

note("HN05", "assessment", "2025-06-25", "Brackenmoor",
     "Nursery key worker note: Tia (2) often arrives hungry and in yesterday's clothes, with her nappy not changed "
     "since the night before. Nursery manager has spoken to the health visitor, who is visiting mum next week.",
     ["SAFE-NEG"], "green",
     ["lookalike: nappy at age 2 is a hygiene/basic care issue here, not toileting (no EYD)",
      "level: nursery and HV only, green"])

note("HN06", "assessment", "2025-02-17", "Kettlewick",
     "Review child protection conference: all three children stay on CP plans under neglect. At the last visit "
     "the electric meter had run out and Dionne had no money to top it up; dog mess in the bedrooms and no food "
     "in. She is on a methadone script but admits using heroin on top.",
     ["SAFE-NEG", "FIN", "SUB"], "red",
     ["note: no food in is SAFE-NEG, no money for the meter is FIN (conv. 10)",
      "level: CP plan is a red cue"])

note("HN07", "assessment", "2025-10-08", "Hollins Vale",
     "Early help worker visit. The children go to their grandad's flat after school; it's cramped and he smokes "
     "indoors, but it's his home, not theirs. Their own three-bed housing association house is fine. Jordan (13) "
     "still refuses school some mornings and is on 71% attendance this term.",
     ["EDU-ATT"], "yellow",
     ["outside: grandfather's cramped flat is not the family's housing, no HOUS",
      "lookalike: smoking not SUB",
      "negated: own house fine"])

note("HN08", "closure", "2026-04-14", "Saltcote",
     "Anita phoned with an update: she has started a cleaning job and pays £25 a month off the catalogue. She uses "
     "the community larder on Fridays when money is tight. Signposted to the council's free money advice sessions, "
     "which she says she'll book herself.",
     ["FIN"], "blue",
     ["lookalike: 'cleaning job' is not home conditions",
      "level: signposting the family acts on itself, blue"])

note("HN09", "closure", "2026-01-21", "Kettlewick",
     "YOS worker home visit. Kai (16) is halfway through a referral order for shoplifting. House warm and stocked, "
     "his room tidy. He is on a plastering course at Kettlewick College three days a week and attending.",
     ["CRIME"], "orange",
     ["negated: in college, no EDU-NEET",
      "negated: home fine, no SAFE-NEG",
      "level: YOS is an orange cue"])


# ---------------------------------------------------------------------------
# Writer
# ---------------------------------------------------------------------------

def main():
    nar_rows, gold_rows, traps = [], [], {}
    for c in CASES:
        for stage_key, stage in (("A", "assessment"), ("C", "closure")):
            part = c[stage_key]
            if part is None:
                continue
            date, boxes = part
            tid = "%s-%s" % (c["case"], stage_key)
            for b in boxes:
                nid = "%s-%s" % (tid, b["level"])
                nar_rows.append([nid, tid, c["case"], stage, date, b["level"], c["loc"], b["text"]])
                for code in b["codes"]:
                    gold_rows.append([nid, code, b["level"]])
                traps[nid] = b["traps"]
    for n in NOTES:
        nar_rows.append([n["id"], n["id"], n["id"], n["stage"], n["date"], "", n["loc"], n["text"]])
        for code in n["codes"]:
            gold_rows.append([n["id"], code, n["level"]])
        traps[n["id"]] = n["traps"]

    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(nar_rows)
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")

    # summary
    from collections import Counter
    n_trap = sum(1 for v in traps.values()
                 if any(t.split(":")[0] in TRAP_TYPES for t in v))
    types = Counter(t.split(":")[0] for v in traps.values() for t in v)
    codes = Counter(r[1] for r in gold_rows)
    print("narratives", len(nar_rows), "(boxed %d, unboxed %d)" % (len(nar_rows) - len(NOTES), len(NOTES)))
    print("cases", len(CASES), "triages", sum(1 + (c["C"] is not None) for c in CASES))
    print("gold rows", len(gold_rows))
    print("narratives with no gold rows", sum(1 for r in nar_rows if not any(g[0] == r[0] for g in gold_rows)))
    print("narratives with >=1 trap", n_trap)
    print("trap notes by type", dict(sorted(types.items())))
    print("codes", dict(sorted(codes.items())))
    print("gold levels", dict(sorted(Counter(r[2] for r in gold_rows).items())))


if __name__ == "__main__":
    main()
