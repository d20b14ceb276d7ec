#!/usr/bin/env python3
"""Blind gold set Z125: home conditions, hoarding and neglect in an invented
Lincolnshire seaside town, 2025-26.

Written blind from /work/shared/taxonomy.md only. Each narrative is added one
at a time with its gold codes (present status only) and trap notes.
Writes narratives.csv, gold.csv, traps.json (UTF-8, no BOM, CRLF).
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# case -> (locality, assessment date, closure date)
CASES = {
    "Z001": ("Marram End", "2025-04-07", "2025-10-20"),
    "Z002": ("Saltings", "2025-05-12", "2025-11-03"),
    "Z003": ("Sandhaven", "2025-06-02", "2026-01-26"),
    "Z004": ("Kettle Dyke", "2025-03-17", "2025-09-22"),
    "Z005": ("Marram End", "2025-09-15", "2026-02-09"),
    "Z006": ("Saltings", "2025-02-24", "2025-07-14"),
    "Z007": ("Kettle Dyke", "2025-03-03", "2025-07-14"),
    "Z008": ("Sandhaven", "2025-07-07", "2025-12-01"),
    "Z009": ("Saltings", "2025-04-28", "2025-11-17"),
    "Z010": ("Marram End", "2025-10-06", "2026-03-02"),
    "Z011": ("Sandhaven", "2025-01-20", "2025-09-29"),
    "Z012": ("Kettle Dyke", "2025-05-19", "2025-12-15"),
    "Z013": ("Saltings", "2025-11-10", "2026-03-16"),
    "Z014": ("Marram End", "2025-06-23", "2025-12-08"),
    "Z015": ("Sandhaven", "2025-08-04", "2026-01-12"),
    "Z016": ("Saltings", "2025-02-10", "2025-07-21"),
    "Z017": ("Kettle Dyke", "2025-11-10", "2026-03-23"),
    "Z018": ("Sandhaven", "2025-12-01", "2026-03-23"),
    "Z019": ("Marram End", "2025-03-31", "2025-10-06"),
    "Z020": ("Saltings", "2025-05-05", "2025-10-13"),
    "Z021": ("Kettle Dyke", "2025-01-13", "2025-06-30"),
    "Z022": ("Sandhaven", "2025-04-14", "2025-10-27"),
    "Z023": ("Marram End", "2025-07-28", "2026-01-19"),
    "Z024": ("Saltings", "2025-10-22", "2026-03-30"),
    "Z025": ("Kettle Dyke", "2025-10-20", "2026-02-16"),
    "Z026": ("Sandhaven", "2025-05-27", "2025-11-24"),
    "Z027": ("Marram End", "2025-03-10", "2025-08-11"),
    "Z028": ("Saltings", "2025-06-09", "2025-12-01"),
    "Z029": ("Kettle Dyke", "2025-08-26", "2026-01-05"),
    "Z030": ("Sandhaven", "2025-02-03", "2025-09-15"),
    "Z031": ("Marram End", "2025-09-29", "2026-02-23"),
    "Z032": ("Saltings", "2025-01-06", "2025-07-07"),
    "Z033": ("Sandhaven", "2025-03-24", "2025-10-06"),
}

NARR = []   # dicts: id, triage, case, stage, date, level, locality, text
GOLD = []   # (id, code, level)
TRAPS = {}  # id -> [ {type, code, note} ]


def add(nid, text, codes, traps=(), note_level=None):
    """nid like 'Z001-A-yellow' or 'Z007-A-note'."""
    case, st, box = nid.split("-")
    stage = {"A": "assessment", "C": "closure"}[st]
    loc, adate, cdate = CASES[case]
    if box == "note":
        assert note_level, nid
        level, gold_level = "", note_level
    else:
        assert note_level is None, nid
        level = gold_level = box
    assert len(set(codes)) == len(codes), nid
    NARR.append(dict(id=nid, triage=f"{case}-{st}", case=case, stage=stage,
                     date=adate if st == "A" else cdate, level=level,
                     locality=loc, text=" ".join(text.split())))
    for c in codes:
        GOLD.append((nid, c, gold_level))
    if traps:
        TRAPS[nid] = [dict(type=t, code=c, note=n) for t, c, n in traps]


# ---------------------------------------------------------------- Z001
add("Z001-A-yellow",
    """Home visit 03/04. Living room and hallway stacked to waist height with
    bags of clothes, boxes and toys still in their packaging, only a narrow path
    through to the kitchen. 2 Staffies and a puppy, dog mess on the kitchen
    floor and on the landing. Kids' beds are covered in stuff so Tyler (8) is
    sleeping on the sofa and Maisie (5) and Ruby-Mae (2) are in with mum.
    Leanne says she 'can't let anything go' since her mum passed in 2023 and got
    tearful talking about it. FSW to start a room-by-room clutter plan, first
    target = kids' bedroom.""",
    ["SAFE-NEG"],
    [("not-coded", "MH-ADULT", "Grief and getting tearful are not a stated mental-health need (no depression/anxiety named, no service); look-alike for a keyword coder."),
     ("not-coded", "PH", "Tyler sleeping on the sofa is a sleeping arrangement caused by the clutter (home conditions, SAFE-NEG), not a sleep problem.")])

add("Z001-A-orange",
    """Coastal Homes served a notice seeking possession 28/03 citing the
    condition of the property, damage to the doors by the dogs and rent arrears
    of £640. TAF meeting 10/04 - env health and the housing officer invited.""",
    ["HOUS", "FIN"],
    [("convention", "SAFE-NEG", "Condition of the property is named only as the landlord's ground for possession; no home conditions are described in this box (convention 1), so SAFE-NEG is not coded here.")])

add("Z001-C-blue",
    """Leanne doing 15 mins decluttering every evening and Tyler helps fill the
    charity shop bag. Her sister comes over on Sundays to help her keep on top
    of it.""",
    ["SAFE-NEG"],
    [("convention", "SAFE-NEG", "Blue box, family now managing the clutter with its own routine and network: present (convention 3)."),
     ("not-coded", "CARER", "Tyler helping fill a bag is not a caring responsibility.")])

# ---------------------------------------------------------------- Z002
add("Z002-A-yellow",
    """Craig works on the arcades on the front Mar-Oct, out from 10am till gone
    11pm in season. Kayden (11) gets himself and Lily (9) up, does their packed
    lunches and makes tea most nights (toast, noodles) and they are on their own
    untill Craig gets in. Craig admits to 'a few cans' every night after work and
    FSW saw a recycling box full of empties on both visits. Referral to Shoreline
    Young Carers accepted; Craig declined Tidewater for now.""",
    ["CARER", "SAFE-NEG", "SUB"],
    [("convention", "FIN", "Seasonal shift work is not FIN (convention 5)."),
     ("partial", "SUB", "Nightly drinking admitted and evidenced; declining the alcohol service does not negate it.")])

add("Z002-A-orange",
    """Police welfare check 14/05 after a neighbour rang 999 - Kayden and Lily
    found on the beach by the pier at 10.20pm on their own, Craig at work.
    Taken home by officers, no offences, PVPU sent through to EH.""",
    ["SAFE-NEG"],
    [("not-coded", "CRIME", "Police acting to safeguard (welfare check) is not CRIME (convention 7)."),
     ("not-coded", "SAFE-EXP", "Children unsupervised, not reported missing: a supervision (neglect) issue, not a missing episode.")])

add("Z002-C-yellow",
    """Kayden still doing most of the cooking on school nights, YC worker seeing
    him fortnightly. Season finished 31/10 and Craig now claiming UC, first
    payment not due till early Dec so they're using Coastline Foodbank in the
    meantime.""",
    ["CARER", "FIN"],
    [("convention", "FIN", "UC is FIN here only because a benefit/money problem (wait for first payment, food bank) is described (conventions 5 and 10).")])

# ---------------------------------------------------------------- Z003
add("Z003-A-yellow",
    """Kerry diagnosed with PND by GP in March, on sertraline, says she stays in
    bed most of the day while Dean is at work. Sink full of bottles with curdled
    milk in, nappy bin overflowing onto the floor. Alfie (4) was eating dry
    cereal out of the box at 2pm, Kerry hadn't been to the shop all week.""",
    ["MH-ADULT", "SAFE-NEG"],
    [("convention", "FIN", "Hungry child / no food bought, no money problem described: SAFE-NEG only (convention 10).")])

add("Z003-A-orange",
    """Family living in a static caravan on Seaview Holiday Park - site licence
    only allows 11 months so they have to be off site 1 Jan to 14 Feb and have
    nowhere to go. Black mould round every window and on the wall by Alfie's
    bed; park owner says it's down to them not ventilating. Housing options
    referral done, TAF to be set up.""",
    ["HOUS"],
    [("not-coded", "SAFE-NEG", "Mould is disrepair (HOUS) whoever is blamed; no parental care failing is described.")])

add("Z003-C-green",
    """Freya back up to the 25th centile and eating 3 meals a day. Alfie
    started at Little Shells nursery in Sept and goes every morning.""",
    [],
    [("historical", "PH", "Weight has recovered: the issue is described as over."),
     ("not-coded", "EYD", "Good news only; no nursery or development need stated in this box (conventions 1 and 3).")])

# ---------------------------------------------------------------- Z004
add("Z004-A-green",
    """SN: Jordan (7) complaining of toothache in class again. Kacey (6) had 6
    teeth out under GA at the County in January. Leo (3) has visible decay on
    his top front teeth. None of the 3 registered with a dentist.""",
    ["PH"],
    [("not-coded", "EYD", "Dental decay in an under-5 is physical health, not early-years development."),
     ("not-coded", "SAFE-NEG", "Dental decay and no dentist are coded as PH; no home/hygiene/food neglect described in this box.")])

add("Z004-A-yellow",
    """Sharon gets panic attacks at the thought of a dentist's since a bad
    experience as a kid and says she can't make herself take them. FSW visit
    12/03: no toothbrushes or toothpaste in the bathroom, fridge had fizzy pop
    and not much else, kids had crisps and a chocolate bar for tea.""",
    ["MH-ADULT", "SAFE-NEG"],
    [("partial", "MH-ADULT", "Panic attacks = parental anxiety, coded though linked to a phobia."),
     ("convention", "FIN", "Little food with no money problem described: SAFE-NEG, not FIN (convention 10).")])

add("Z004-C-yellow",
    """Sharon self-referred to Coastal Minds for CBT for her anxiety, on the
    waiting list. Jordan and Leo part way through a course of fillings at
    Bayview Dental, her sister takes them. Food in the cupboards on the last 2
    visits.""",
    ["MH-ADULT", "PH"],
    [("convention", "MH-ADULT", "Awaiting a talking-therapy service codes its area (convention 4)."),
     ("convention", "PH", "Ongoing dental treatment codes PH (convention 4)."),
     ("not-coded", "SAFE-NEG", "Food in the cupboards is good news only.")])

# ---------------------------------------------------------------- Z005
add("Z005-A-yellow",
    """Donna, Gary and the 5 kids in a 3 bed privately rented terrace. Boiler
    broken since August so no hot water or heating, landlord not answering calls
    or texts. Donna boiling kettles to bath the little ones. Kitchen and
    bathroom clean, kids' clothes washed at the launderette twice a week - no
    concerns about Donna's care of the home. Mason (9) and Ellie (7) sent home
    with head lice letters x4 this term.""",
    ["HOUS", "SAFE-NEG"],
    [("partial", "SAFE-NEG", "Home conditions/care explicitly negated (the landlord's disrepair is HOUS), but the negation does not reach the later clause: repeated head lice is current hygiene/basic care, so SAFE-NEG is present.")])

add("Z005-C-blue",
    """Donna wet-combs all the kids with conditioner Sunday and Wednesday
    nights, no live lice found at the last 2 SN checks.""",
    ["SAFE-NEG"],
    [("convention", "SAFE-NEG", "Blue box: family now managing the lice routine counts as present (convention 3), despite 'no live lice found'.")])

add("Z005-C-yellow",
    """Env health served an improvement notice on the landlord in Nov and a new
    boiler went in early Dec. Still 7 of them in 3 bedrooms, on the housing
    register in band B, 2 boys sharing with the baby's cot.""",
    ["HOUS"],
    [("partial", "HOUS", "Disrepair (boiler) fixed - historical; HOUS is present for the ongoing overcrowding.")])

# ---------------------------------------------------------------- Z006
add("Z006-A-yellow",
    """Harvey (13) at 61% at Coastway Academy, refuses most Mondays, says he
    feels sick and 'can't face it'. Nicola has depression (sertraline from GP)
    and says she hasn't the energy to fight him every morning. School
    attendance officer has already met with her.""",
    ["EDU-ATT", "MH-ADULT"],
    [("not-coded", "MH-CHILD", "Feeling sick / 'can't face it' is not a named emotional or mental-health need; strict reading, not coded."),
     ("not-coded", "REL-PAR", "Mum lacking energy to get him in is framed as attendance plus her depression; no routine/boundary problem at home described beyond that.")])

add("Z006-A-orange",
    """Harvey and Poppy (10) spend weekends at maternal gran's flat, which is
    badly hoarded - fire service did a safe and well visit there in Jan.
    Nicola drinking a bottle of wine most nights. Police called 08/02 after she
    was found very drunk on the prom at 11pm with Poppy with her; Poppy taken
    home by officers, no arrest.""",
    ["SUB", "SAFE-NEG"],
    [("partial", "SAFE-NEG", "Gran's hoarded flat is outside the household (convention 6); SAFE-NEG is present anyway for Poppy out at 11pm with a very drunk parent."),
     ("not-coded", "CRIME", "Police welfare response, no arrest, no offending by a household member (convention 7).")])

add("Z006-C-yellow",
    """Nicola seeing her Tidewater keyworker weekly, says she's been alcohol
    free 6 weeks. GP has upped her antidepressants. Harvey's attendance 89% this
    term but still late most days.""",
    ["SUB", "MH-ADULT", "EDU-ATT"],
    [("convention", "SUB", "'Alcohol free 6 weeks' but still open to the alcohol service: ongoing service codes SUB (convention 4).")])

# ---------------------------------------------------------------- Z007
add("Z007-A-note",
    """SN drop in 27/02 - Tia-Rose (12) came asking for sanitary towels, says
    there's none at home and mum 'doesn't really get up anymore'. Hair matted at
    the back, same hoodie all week per form tutor, smells damp. Given supplies
    and a wash bag. Discussed with DSL, DSL to ring mum today.""",
    ["SAFE-NEG"],
    [("convention", "", "Unboxed: only school nurse and school (DSL) cues, so green (convention 2)."),
     ("not-coded", "MH-ADULT", "Mum 'doesn't get up' - no mental-health need named."),
     ("not-coded", "HOUS", "'Smells damp' describes unwashed/undried clothes, not a damp property.")],
    note_level="green")

add("Z007-A-yellow",
    """Gemma describes low mood since Christmas, hasn't been out of the house in
    weeks. Tia-Rose (12) doing the washing, the shopping and walking Kai (8) to
    school. FSW allocated, Gemma agreed to a Shoreline YC referral for
    Tia-Rose.""",
    ["MH-ADULT", "CARER"])

add("Z007-C-green",
    """Tia-Rose still collecting sanitary products from the SN drop in as none
    are bought at home; SN has given her a supply to last the summer hols.""",
    ["SAFE-NEG"])

# ---------------------------------------------------------------- Z008
add("Z008-A-orange",
    """Charlie (18m) taken to A&E 30/06 with a dog bite to the cheek from one of
    the family's 4 dogs, 6 stitches. Dogs live in the kitchen where his high
    chair is, floor covered in newspaper soaked in urine. Lee is on licence
    (released Apr), probation aware of the bite. Strategy discussion 02/07
    agreed EH with a TAF and unannounced visits.""",
    ["PH", "SAFE-NEG", "CRIME"],
    [("convention", "CRIME", "An adult household member on licence is CRIME (convention 7)."),
     ("convention", "", "Boxed: strategy discussion is a red cue but codes take the orange box level (convention 2).")])

add("Z008-A-yellow",
    """Stacey and Lee arguing constantly about the dogs - she wants 2 rehomed, he
    won't as he breeds them. Seen separately, both deny any pushing, threats or
    control; DASH not indicated.""",
    ["REL-CONF"],
    [("negated", "DA", "Abuse explicitly denied by both, DASH not indicated: arguments are REL-CONF only."),
     ("not-coded", "FIN", "Dog breeding is not a money problem.")])

add("Z008-C-blue",
    """2 dogs rehomed through Coastal Rescue in Sept. The other 2 are kennelled
    in the yard now and there's a stair gate on the kitchen door - Stacey checks
    it's shut before she puts Charlie down.""",
    ["SAFE-NEG"],
    [("convention", "SAFE-NEG", "Blue box: family now managing supervision/dog safety counts as present (convention 3).")])

# ---------------------------------------------------------------- Z009
add("Z009-A-orange",
    """Ryan (15) reported missing x3 since March, last time found in Fenbridge with
    2 older lads and £300 cash he couldn't explain. Police concerned re CCE, NRM
    referral discussed at the exploitation panel. Separately arrested 20/04 for
    shoplifting from Seafront Stores.""",
    ["SAFE-EXP", "CRIME"])

add("Z009-A-yellow",
    """Paul smokes cannabis every day in the front room, says it's 'no
    different to a beer'. At visit fridge had milk and a jar of mayo, nothing
    else. Jade (14) says she buys her own food with her Saturday job money as
    there's never anything in.""",
    ["SUB", "SAFE-NEG"],
    [("convention", "SUB", "Cannabis is a drug; the tobacco/vaping exclusion (convention 12) does not apply."),
     ("convention", "FIN", "Empty fridge, no money problem described: SAFE-NEG only (convention 10).")])

add("Z009-C-orange",
    """Ryan on a 6 month referral order with YOS for the shoplifting. 1 missing
    episode in Sept, found at a mate's in Marram End the next morning. NRM
    conclusive grounds decision still awaited.""",
    ["CRIME", "SAFE-EXP"])

# ---------------------------------------------------------------- Z010
add("Z010-A-orange",
    """Julie not letting anyone past the front room; bags and boxes stacked to
    the ceiling can be seen through the window. Fire service home safety visit
    refused twice. Julie has OCD and hoarding disorder (dx 2021), discharged by
    CMHT last year after not engaging. Amber (12) has an EHCP for ASD and her
    SENCo says she arrives with greasy hair and the same unwashed PE kit for
    weeks. TAF agreed, housing assoc aware.""",
    ["SAFE-NEG", "MH-ADULT", "EDU-SEND"],
    [("partial", "MH-ADULT", "Diagnosis is current; only the CMHT involvement has ended, so MH-ADULT is present."),
     ("not-coded", "HOUS", "'Housing assoc aware' states no tenancy risk, notice or disrepair.")])

add("Z010-C-yellow",
    """Connor (17) started a Tideline Works course in Jan, 3 days a week.
    Julie's ESA was stopped in Dec when she missed a WCA, mandatory
    reconsideration lodged with CA's help.""",
    ["FIN"],
    [("not-coded", "EDU-NEET", "Connor is in training; no NEET status or risk stated."),
     ("convention", "FIN", "ESA is FIN because a benefit problem (stopped, MR) is described (convention 5).")])

add("Z010-C-orange",
    """Julie let FSW and fire service into the hall and kitchen in Feb, smoke
    alarms now fitted and there's a clear path to the back door. Kitchen
    worktops still buried and the back bedroom door won't open for bags. GP has
    re-referred Julie to CMHT, awaiting assessment.""",
    ["SAFE-NEG", "MH-ADULT"],
    [("partial", "SAFE-NEG", "Part improved (hall path, alarms) but kitchen and bedroom still hoarded: present.")])

# ---------------------------------------------------------------- Z011
add("Z011-A-red",
    """Logan (9) and Isla (4) made subject to CP plans (neglect) at ICPC 12/01.
    Dog mess throughout the ground floor, no bedding on the kids' beds, Isla
    still in nappies and arrives at nursery in the one from the night before,
    both children hungry at school/nursery on Mondays. Chelsea also drinking
    heavily at weekends since the split - says 3 bottles of wine Fri-Sun.""",
    ["SAFE-NEG", "EYD", "SUB"],
    [("convention", "EYD", "Isla (4) not toilet trained: under-5 toileting is EYD (convention 9) as well as the unchanged nappy being SAFE-NEG.")])

add("Z011-A-orange",
    """Wayne (Logan's dad, not living at the address) has a non-mol against
    him, breached it on 23/12 and was arrested. Chelsea heard at MARAC 15/01,
    IDVA allocated.""",
    ["DA"],
    [("convention", "CRIME", "Ex-partner's breach and arrest are DA only (convention 7); he is also outside the household (convention 6).")])

add("Z011-C-yellow",
    """CP plans ended at RCPC 01/09, stepped down to EH. Beds, bedding and a
    wardrobe from the furniture project in both kids' rooms. Back room still had
    dog mess at 1 of 3 unannounced visits. Chelsea going to the Freedom
    Programme on Thursdays.""",
    ["SAFE-NEG", "DA"],
    [("convention", "DA", "Freedom Programme codes DA (convention 4)."),
     ("partial", "SAFE-NEG", "Bedding fixed, but dog mess still found: present.")])

# ---------------------------------------------------------------- Z012
add("Z012-A-green",
    """SN: Oliver (10) at 99.6th centile BMI on NCMP, letter sent home. Asthma
    review with practice nurse - not using his brown preventer and no spacer at
    home. Both parents smoke indoors.""",
    ["PH"],
    [("not-coded", "SUB", "Parents smoking tobacco is not SUB (convention 12).")])

add("Z012-C-yellow",
    """Landlord treated the black mould in Oliver's bedroom in Sept but it's back
    on the ceiling over his bed. Tracey has reported it 3 times; passed to the
    Private Sector Housing team.""",
    ["HOUS"])

# ---------------------------------------------------------------- Z013
add("Z013-A-yellow",
    """Daniel laid off from the chip shop when it shut for the winter. UC claim
    made 3 wks ago, hasn't recieved anything yet and won't till mid Dec.
    Electric on emergency credit. Referred to Citizens Advice and given a
    Coastline Foodbank voucher.""",
    ["FIN"])

add("Z013-A-green",
    """Breakfast club staff say Evie (7) and Noah (5) come in starving and ask
    for seconds; Noah took a sandwich out of another child's lunchbox. SN
    weighed both, Evie has dropped to the 2nd centile. SN will refer to paeds if
    no gain by Feb.""",
    ["SAFE-NEG", "PH"],
    [("convention", "SAFE-NEG", "Hungry children: SAFE-NEG (convention 10)."),
     ("not-coded", "CRIME", "A 5-year-old taking food is not offending."),
     ("partial", "PH", "Paeds referral is conditional, but PH is present anyway for the weight drop.")])

add("Z013-C-yellow",
    """Daniel started 30 hrs a week at the Sands Hotel in Feb. UC still topping
    up his wages, no arrears on the electric now.""",
    [],
    [("historical", "FIN", "Worklessness over; arrears negated."),
     ("convention", "FIN", "UC named with no money problem is not FIN (convention 5).")])

# ---------------------------------------------------------------- Z014
add("Z014-A-red",
    """On a CIN plan (s17) since May. Kirsty has a mild learning disability and
    is struggling to follow the feeding plan; Archie (3m) has dropped from the
    50th to the 9th centile. HV found feeds made up too weak on 2 visits.""",
    ["PH", "SAFE-NEG"],
    [("convention", "PH", "Mum's learning disability is not coded by itself (PH is physical health; not a mental-health need); PH is present for Archie's weight."),
     ("partial", "SAFE-NEG", "Feeds made up wrongly = basic care.")])

add("Z014-A-yellow",
    """Flat clean and tidy but no cot - Archie sleeping in the double bed between
    Kirsty, Shaun and the dog. Safe sleep advice given again by FSW and HV;
    baby bank referral for a cot.""",
    ["SAFE-NEG"],
    [("partial", "SAFE-NEG", "Home conditions are fine, but the unsafe sleeping arrangement is current basic care/supervision, so SAFE-NEG is present."),
     ("not-coded", "PH", "Unsafe sleep arrangement is safety, not a sleep problem.")])

add("Z014-C-yellow",
    """Cot from the baby bank is up, but at 1 of 3 unannounced visits Archie was
    asleep on the sofa on Shaun's chest. Mia (3) still only doing 2 of her 5
    nursery sessions most weeks.""",
    ["SAFE-NEG", "EYD"])

# ---------------------------------------------------------------- Z015
add("Z015-A-note",
    """Unannounced visit 11.15 (FSW). Jodie came to the door in her dressing
    gown, curtains still shut. Kitchen: pans of old food on the hob, flies, 4
    black bags by the back door as bins not put out for 3 wks. Rhys (6) and
    Tilly (4) watching TV in their pants, said they'd had crisps for brekky.
    Jodie says her antidepressants ran out last week and she hasn't rung the
    GP. Agreed she'll ring GP today, FSW back Thurs.""",
    ["SAFE-NEG", "MH-ADULT"],
    [("convention", "", "Unboxed: highest cue is the family support worker (yellow) above the GP (green) (convention 2).")],
    note_level="yellow")

add("Z015-C-note",
    """Closure summary (FSW). Home conditions no longer a concern - kitchen clean
    and bins out on the right day at all 4 unannounced visits since Oct. Jodie
    back on her antidepressants and seeing GP monthly. Rhys's attendence up to
    96%. Tilly (4) still wetting in the day, HV has referred her to the
    continence service.""",
    ["MH-ADULT", "EYD"],
    [("negated", "SAFE-NEG", "Home conditions 'no longer a concern'."),
     ("not-coded", "EDU-ATT", "Attendance at 96% is good news; no attendance need stated."),
     ("convention", "EYD", "Under-5 daytime wetting is toileting, EYD not PH (convention 9)."),
     ("convention", "", "Unboxed: FSW and continence service (one extra service) are yellow cues; HV/GP green. Level yellow.")],
    note_level="yellow")

add("Z015-C-blue",
    """Jodie has set phone alarms for bin night and for her antidepressants, and
    her neighbour gives her a knock on Tuesdays.""",
    ["SAFE-NEG", "MH-ADULT"],
    [("convention", "SAFE-NEG", "Blue: managing household rubbish (home conditions) with reminders and a neighbour counts as present (convention 3)."),
     ("convention", "MH-ADULT", "Ongoing antidepressant treatment, managed by the family: present.")])

# ---------------------------------------------------------------- Z016
add("Z016-A-yellow",
    """Claire has MS and uses a wheelchair downstairs; can't get up to the
    bathroom so she strip washes at the kitchen sink. Bethany (14) helps her
    wash and dress every morning before school and is late most days (32 lates
    this year). Josh (10) and Bethany both sent home with nits x2 this term.""",
    ["PH", "CARER", "EDU-ATT", "SAFE-NEG"],
    [("convention", "SAFE-NEG", "Head lice treated as hygiene/basic care (set judgement)."),
     ("convention", "EDU-ATT", "Lateness is EDU-ATT.")])

add("Z016-A-orange",
    """Housing association agreed a stairlift and ramp in 2023 but neither has
    been fitted; kitchen sink has leaked into the floor for 2 months and the
    lino is lifting. Claire says she's 'drowning' in post - PIP review form due
    28/02 not started, £2,100 council tax arrears and a summons for March. OT
    chased by FSW.""",
    ["HOUS", "FIN"],
    [("not-coded", "MH-ADULT", "'Drowning' in post is a figure of speech."),
     ("convention", "FIN", "Council tax arrears and an overdue PIP review are money/benefit problems (convention 5).")])

add("Z016-C-green",
    """Claire now has carers twice a day through Adult Social Care and has been
    using the bathroom since the stairlift went in in June; no more strip
    washing.""",
    ["PH"],
    [("convention", "CARER", "Paid adult carers are not CARER (convention 12)."),
     ("convention", "PH", "Ongoing care package for her disability, family now managing: present in green (conventions 3, 4)."),
     ("historical", "HOUS", "Stairlift fitted: adaptation need is over.")])

# ---------------------------------------------------------------- Z017
add("Z017-A-orange",
    """Tommy (12) has had 3 suspensions at Marram Academy since Sept for fighting
    and swearing at staff; managed move to Coastway agreed. Police called to the
    house 02/11 when Tommy smashed the TV and pushed Becky into the door
    frame.""",
    ["EDU-EXC", "REL-PAR", "CRIME"],
    [("convention", "DA", "Child-to-parent violence is REL-PAR (+CRIME as police involved), not DA (convention 8).")])

add("Z017-A-yellow",
    """Becky was in a DV relationship with Tommy's dad, ended in 2018; he's in
    prison now and there's no contact. She says she's at the end of her tether
    with Tommy - comes and goes as he pleases and won't do anything she asks.
    House clean and tidy, no concerns re home conditions.""",
    ["REL-PAR"],
    [("historical", "DA", "DV ended 2018, no contact."),
     ("outside", "CRIME", "Father in prison is outside the household (convention 6)."),
     ("negated", "SAFE-NEG", "Home conditions explicitly fine.")])

add("Z017-C-yellow",
    """Tommy settled at Coastway since the managed move, no suspensions since
    Dec. Becky finished the Calmer Teens parenting course in Jan and has house rules on
    the fridge that Tommy sticks to.""",
    [],
    [("historical", "EDU-EXC", "'No suspensions since Dec', settled after the move: over."),
     ("convention", "REL-PAR", "Course finished; house rules are something the family is now managing, which counts only in blue/green boxes (taxonomy, convention 3). Yellow box: not coded.")])

# ---------------------------------------------------------------- Z018
add("Z018-A-yellow",
    """Amy self-disconnecting the prepay meter most days, house was 12°C at the
    FSW visit, twins Ivy and Rose (2) in vests and nappies only and both have
    had chest infections since Oct. HSF fuel voucher applied for. If the boiler
    packs up again (landlord fixed it in Oct) Amy says she'd go to her dad's.""",
    ["FIN", "SAFE-NEG", "PH"],
    [("convention", "FIN", "Self-disconnection = fuel poverty (convention 10)."),
     ("hypothetical", "HOUS", "Boiler repaired (historical) and future breakdown only hypothetical."),
     ("partial", "SAFE-NEG", "Toddlers inadequately dressed in a cold house = basic care.")])

add("Z018-C-blue",
    """Amy puts £10 on the meter every Friday and heats just the one room with an
    oil-filled radiator her dad gave her.""",
    ["FIN"],
    [("convention", "FIN", "Blue: managing fuel costs with own network counts as present (convention 3).")])

# ---------------------------------------------------------------- Z019
add("Z019-A-yellow",
    """Skye (9) lives with nan and grandad (Pat & Ron) as kinship carers under
    an SGO since 2022. 11 cats in the bungalow, strong smell of ammonia, litter
    trays overflowing, Skye's school jumper covered in cat hair and smelling.
    Pat has COPD and is on home oxygen. Class teacher says Skye is often tired
    and has fallen asleep in class twice, Skye says the cats wake her in the
    night.""",
    ["SAFE-NEG", "PH"],
    [("convention", "CARER", "Kinship carers are not CARER (convention 12)."),
     ("partial", "PH", "PH covers both Pat's COPD and Skye's school-age sleep problem (convention 9); coded once.")])

add("Z019-A-orange",
    """Skye open to CAMHS since Jan (anxiety around contact). Birth mum Kayleigh
    turned up drunk at the school gate 24/03 demanding to see her; school called
    police and she was moved on. Animal welfare officer visited the bungalow 20/03 after a
    neighbour complaint and gave advice about the cats.""",
    ["MH-CHILD"],
    [("outside", "SUB", "Birth mum does not live in the household: her drinking is not coded (convention 6)."),
     ("outside", "CRIME", "Police dealt with a non-household adult."),
     ("not-coded", "SAFE-NEG", "Animal welfare advice about the cats describes no home conditions in this box (convention 1).")])

add("Z019-C-yellow",
    """Cats down to 4 since the rescue took 7 in May; Ron empties the trays
    daily. School say Skye's uniform still smells of cat wee some days.""",
    ["SAFE-NEG"],
    [("partial", "SAFE-NEG", "Cat numbers improved but uniform hygiene still a concern: present.")])

# ---------------------------------------------------------------- Z020
add("Z020-A-note",
    """SN: Jack (11) came to the medical room with a swollen face, says his tooth
    has been hurting 'for ages'. Mum (Lisa) rung, said she'd take him to the
    emergency dentist after school but he was back in next day with no
    treatment - second time this term. Paracetamol given with consent.
    Discussed with DSL.""",
    ["PH"],
    [("convention", "SAFE-NEG", "Untreated dental problem / dental care not sought is coded PH (missed dental care), not SAFE-NEG (set judgement)."),
     ("convention", "", "Unboxed: school nurse and DSL only - green.")],
    note_level="green")

add("Z020-A-yellow",
    """Lisa works nights at Sunnyside care home and sleeps through the day. Jack
    (11) and Macy (8) get themselves to school, usually without breakfast, and
    are on their own in the evenings until her shift finishes at 11. FSW to look
    at childcare options with Lisa.""",
    ["SAFE-NEG"],
    [("convention", "FIN", "Night shifts are not FIN (convention 5)."),
     ("not-coded", "CARER", "No caring role described; the children are simply left alone."),
     ("not-coded", "PH", "Mum sleeping in the day after night shifts is not a sleep problem.")])

add("Z020-C-blue",
    """Lisa's mum now has the kids after school till Lisa gets in, so they're
    no longer left home alone.""",
    [],
    [("historical", "SAFE-NEG", "'No longer left home alone': the supervision issue is described as over (convention 3).")])

# ---------------------------------------------------------------- Z021
add("Z021-A-yellow",
    """Steve on his own with Riley (8) and Harper (6) since their mum left in
    Nov for a new partner over in Wrangmere. Riley on the ADHD pathway at school. Steve
    and the kids' mum row down the phone about contact with the kids listening.
    House untidy, washing piled on every chair, no clean uniform on 2 visits and
    Riley's shoes are split so he had wet socks all day.""",
    ["REL-CONF", "SAFE-NEG", "EDU-SEND"],
    [("partial", "REL-CONF", "Mum has left, but the contact dispute involves Steve and the children: REL-CONF present."),
     ("convention", "EDU-SEND", "ADHD pathway codes EDU-SEND (convention 4).")])

add("Z021-C-blue",
    """Steve puts a wash on every evening and lays the uniforms out the night
    before.""",
    ["SAFE-NEG"],
    [("convention", "SAFE-NEG", "Blue: routine that manages the clean-clothes problem counts as present (convention 3).")])

# ---------------------------------------------------------------- Z022
add("Z022-A-red",
    """Strategy meeting 09/04 following Kayla (15)'s disclosure that mum (Donna)
    is drunk most days and there is rarely food in; s47 enquiries under way.
    Kayla has fresh cuts to both forearms, seen at A&E.""",
    ["SUB", "SAFE-NEG", "MH-CHILD"],
    [("convention", "PH", "Self-harm injuries coded MH-CHILD, not PH (set judgement).")])

add("Z022-A-orange",
    """Kayla referred to CAMHS crisis team. Went missing overnight 05/04 and was
    found by police at a 19 yr old man's flat on Gull Lane.""",
    ["MH-CHILD", "SAFE-EXP"],
    [("not-coded", "CRIME", "Police finding a missing child is safeguarding, not CRIME (convention 7).")])

add("Z022-C-orange",
    """Kayla still open to CAMHS, self-harm much reduced. Donna in residential
    detox through Tidewater since Sept; Kayla staying with her aunt in the
    meantime. No further missing episodes since May.""",
    ["MH-CHILD", "SUB"],
    [("historical", "SAFE-EXP", "'No further missing episodes since May' is historical (convention 3)."),
     ("convention", "SUB", "Residential detox = ongoing treatment (convention 4).")])

# ---------------------------------------------------------------- Z023
add("Z023-A-yellow",
    """Rats in the kitchen coming through holes behind the units; landlord blames
    the family's rubbish, Zoe blames the drains. On visit: black bags piled in
    the back yard going back weeks, used nappies on the stairs, Frankie (1) with
    nappy rash that has broken the skin, GP seen x3.""",
    ["HOUS", "SAFE-NEG", "PH"],
    [("partial", "HOUS", "Landlord's disrepair (holes, pests) is HOUS and the parents' rubbish/nappies are SAFE-NEG: both described, both coded.")])

add("Z023-A-orange",
    """Section 21 notice served 14/07, expires mid Sept; family have nowhere to
    go. Council housing options involved and TAF set up.""",
    ["HOUS"])

add("Z023-C-yellow",
    """Moved into a council house in Kettle Dyke 10/11, no rats. Kieran still out
    of work and had his UC sanctioned in Dec for a missed appointment. Daisy
    (7) has 3 fillings booked at Bayview in Feb.""",
    ["FIN", "PH"],
    [("historical", "HOUS", "Rehoused: housing need over."),
     ("convention", "FIN", "Adult worklessness plus a UC sanction (convention 5).")])

# ---------------------------------------------------------------- Z024
add("Z024-A-note",
    """ICPC 22/10/25 - Ashton (6) and Kenzie (3) made subject to CP plans,
    category neglect. Home: fridge not working, mouldy food on the sides, dog
    and cat faeces in the hall and the kids' bedroom. Kenzie has very few words
    and isn't taking up her nursery place. Ashton's attendance 71% at St Hild's.
    Hayley told SW she uses cocaine most weekends.""",
    ["SAFE-NEG", "EYD", "EDU-ATT", "SUB"],
    [("convention", "", "Unboxed: ICPC / CP plan is a red cue, so all codes red (convention 2).")],
    note_level="red")

add("Z024-C-red",
    """Still on CP plans; RCPC 20/01 agreed insufficient progress - dog mess back
    at 2 of 4 unannounced visits and Kenzie still not attending nursery. PLO
    being considered.""",
    ["SAFE-NEG", "EYD"])

add("Z024-C-yellow",
    """Hayley's hair strand test in Feb came back negative for cocaine; still
    seeing her Tidewater worker fortnightly.""",
    ["SUB"],
    [("convention", "SUB", "Negative test, but ongoing drug service codes SUB (convention 4).")])

# ---------------------------------------------------------------- Z025
add("Z025-A-blue",
    """Laura shown how to wet comb by SN and given a nit comb; says she'll do
    Ethan (7) and Grace (4) tonight and again on Sunday.""",
    ["SAFE-NEG"],
    [("convention", "SAFE-NEG", "Blue: current head lice the family will treat itself from information given; head lice coded SAFE-NEG (set judgement).")])

add("Z025-A-yellow",
    """Laura's hours at the supermarket cut to 16 a week in Sept; behind on water and
    council tax (£420 between them). Referred to Citizens Advice for a benefits
    check and a payment plan. Landlord aware and says there's no risk to the
    tenancy.""",
    ["FIN"],
    [("negated", "HOUS", "Tenancy risk explicitly negated.")])

add("Z025-C-green",
    """Lice cleared after 2 treatments in Oct, SN checks clear since. Grace
    started in Reception in Sept and is settling well.""",
    [],
    [("historical", "SAFE-NEG", "Lice 'cleared' is historical (convention 3)."),
     ("not-coded", "EYD", "Starting school and settling is good news only.")])

# ---------------------------------------------------------------- Z026
add("Z026-A-orange",
    """Ellis (16) arrested 18/05 for criminal damage at the bus station with a
    group of lads; he'd been drinking vodka and was sick in custody. YOS
    assessment booked. Left Marram Academy at Easter without sitting his GCSEs
    and isn't in any education, training or work. Jayden (9) coming to school
    unwashed, holes in his trousers, says he's hungry.""",
    ["CRIME", "SUB", "EDU-NEET", "SAFE-NEG"],
    [("partial", "SUB", "A 16-year-old drinking vodka to the point of being sick = young person's alcohol misuse."),
     ("convention", "FIN", "NEET young person is EDU-NEET only (convention 11).")])

add("Z026-A-blue",
    """Tanya's ex (Jayden's dad) used to hit her but that was years ago back in
    Northcote, no contact since 2019. Her sister lives two doors down and pops
    in every day.""",
    [],
    [("historical", "DA", "Past abuse, ended, no contact since 2019."),
     ("not-coded", "", "Sister's support describes no issue being managed.")])

add("Z026-C-orange",
    """Ellis on a referral order with YOS till April. Started the Tideline Works
    programme in Oct and going most days. Tanya now seeing a Talking
    Therapies worker weekly for her anxiety.""",
    ["CRIME", "MH-ADULT"],
    [("not-coded", "EDU-NEET", "Now in a programme: no longer NEET, no risk stated.")])

# ---------------------------------------------------------------- Z027
add("Z027-A-green",
    """Seb (5) has CP (cerebral palsy, diplegia) and uses a walking frame. Missed
    3 physio and 1 orthotics appts since Dec. Has an EHCP with 1:1 at Sandhaven
    Primary.""",
    ["PH", "EDU-SEND"],
    [("not-coded", "", "'CP' here is cerebral palsy, not a child protection plan."),
     ("convention", "PH", "Disability and missed appointments are PH.")])

add("Z027-C-yellow",
    """Front room cleared with a skip and help from Jason's brother so Seb can
    use his frame downstairs, but the kitchen and bedrooms are still piled up and
    the carpet Seb crawls on upstairs is sticky and stained. Sarah and Jason
    still argue about what gets thrown out; no DA concerns.""",
    ["SAFE-NEG", "REL-CONF"],
    [("negated", "DA", "'No DA concerns': parental arguments are REL-CONF only."),
     ("partial", "SAFE-NEG", "One room improved, rest still cluttered and dirty: present.")])

# ---------------------------------------------------------------- Z028
add("Z028-A-note",
    """SN 1:1 with Lacey (13) after referral from HoY - girls in her form calling
    her 'bin girl' and she's stopped doing PE. Lacey says their washing machine
    broke in Feb and mum can't afford another so they wash clothes in the bath.
    Given deodorant and a wash bag, info on the uniform swap shop. SN review in
    4 wks.""",
    ["SAFE-EXP", "SAFE-NEG", "FIN"],
    [("partial", "SAFE-EXP", "Name-calling by peers is bullying of the child: SAFE-EXP (the peers themselves are not coded)."),
     ("convention", "", "Unboxed: school nurse and Head of Year only - green.")],
    note_level="green")

add("Z028-A-yellow",
    """Michelle has fibromyalgia and is on ESA. Owes about £1,200 to a doorstep
    lender, paying £25 a week. FSW to help her apply to the HSF for a washing
    machine.""",
    ["PH", "FIN"],
    [("convention", "FIN", "ESA alone would not be FIN; the doorstep-lender debt is (convention 5).")])

add("Z028-C-blue",
    """New washing machine through the HSF in July. Lacey does her own washing
    twice a week now and takes a clean PE kit in.""",
    ["SAFE-NEG"],
    [("convention", "SAFE-NEG", "Blue: family now managing clean clothes counts as present (convention 3)."),
     ("not-coded", "CARER", "Washing her own clothes is self-care, not caring.")])

# ---------------------------------------------------------------- Z029
add("Z029-A-yellow",
    """Rob has run up about £3k on online betting and payday loans and the rent
    is 2 months behind. Landlord has said he'll serve notice if it gets to 3
    months. Kim found out in July, they've been rowing a lot since and Rob
    sleeps on the sofa.""",
    ["FIN", "REL-CONF"],
    [("convention", "SUB", "Gambling debts are FIN, not SUB (convention 10)."),
     ("hypothetical", "HOUS", "Notice only threatened if arrears reach 3 months.")])

add("Z029-A-blue",
    """Rob has self-excluded from all the betting sites through the national self-exclusion scheme and Kim
    holds the bank card now.""",
    ["FIN"],
    [("not-coded", "EDU-EXC", "'Self-excluded' is gambling self-exclusion, not school exclusion."),
     ("convention", "FIN", "Blue: managing the gambling/money problem counts as present; gambling belongs to FIN (conventions 3, 10).")])

add("Z029-C-yellow",
    """DRO approved in Nov so they're in the 12 month moratorium; rent arrears
    cleared with a DHP. Kim says she and Rob are 'back on track' and he's back
    in the bedroom.""",
    ["FIN"],
    [("partial", "FIN", "Rent arrears cleared (historical) but debts remain under a current DRO: present."),
     ("historical", "REL-CONF", "Relationship difficulty described as over.")])

# ---------------------------------------------------------------- Z030
add("Z030-A-orange",
    """Dylan (14), autistic, on a part-time timetable (mornings only) at
    Coastway since Nov; EHC needs assessment requested. Open to CAMHS for
    anxiety. Martin (dad, widowed 2023) has severe depression, care
    coordinator at CMHT.""",
    ["EDU-ATT", "EDU-SEND", "MH-CHILD", "MH-ADULT"])

add("Z030-A-yellow",
    """Bungalow hoarded - newspapers, DVDs and car parts in every room except
    Dylan's, which is the only clear one. Kitchen usable and clean, always food
    in. Martin says he can't face sorting his late wife's things. Fire service
    say the hoard would put the tenancy at risk if the housing association did
    an inspection.""",
    ["SAFE-NEG"],
    [("hypothetical", "HOUS", "Tenancy risk only conditional on an inspection."),
     ("partial", "SAFE-NEG", "Food and kitchen negated, but hoarded rooms are current home conditions: present."),
     ("not-coded", "MH-ADULT", "Grief ('can't face') is not a named mental-health need in this box (convention 1).")])

add("Z030-C-blue",
    """Martin takes one bag a week to the charity shop with his sister, front
    room now clear; says he's 'getting there'.""",
    ["SAFE-NEG"],
    [("convention", "SAFE-NEG", "Blue: now managing the hoard with his network (convention 3).")])

# ---------------------------------------------------------------- Z031
add("Z031-A-green",
    """HV: Rio (10m) has had no immunisations since his 8 wk ones, Jess says she
    keeps forgetting. Still on bottles only, no solids yet.""",
    ["PH", "EYD"],
    [("convention", "EYD", "Weaning is EYD; immunisations are PH.")])

add("Z031-A-yellow",
    """Flat above a chip shop on the front. Callum's python and 2 ferrets kept in
    the same room as Rio's travel cot, cages dirty and the smell is strong.
    Floor covered in clothes, cans and empty vape packets. Callum (20) drinks
    daily, Jess says 'he's fine with it'.""",
    ["SAFE-NEG", "SUB"],
    [("convention", "SUB", "Vape packets are not SUB (convention 12); SUB is present for Callum's daily drinking."),
     ("partial", "SUB", "Mum minimising ('he's fine with it') does not negate it.")])

add("Z031-C-yellow",
    """Callum still drinking most days and declined Tidewater. Ferrets gone but
    the python tank is still in the bedroom and still smells. Floor clear at
    both unannounced visits. Rio all caught up on his jabs in Jan.""",
    ["SUB", "SAFE-NEG"],
    [("historical", "PH", "Immunisations caught up: over."),
     ("partial", "SAFE-NEG", "Floor clear but smelly python tank still in the bedroom: present.")])

# ---------------------------------------------------------------- Z032
add("Z032-A-red",
    """Second CP plan since 2021 for neglect; PLO meeting held 18/12. Home
    repeatedly found with no food in and dirty clothes piled in every room;
    Kian (11), Paige (9), Lexi (6) and Ollie (2) share 2 mattresses on the
    floor. Debbie's partner Jamie is on probation for burglary. Ollie hasn't
    had his 2 yr check and has no words.""",
    ["SAFE-NEG", "CRIME", "EYD"],
    [("convention", "CRIME", "Adult household member on probation is CRIME (convention 7)."),
     ("not-coded", "HOUS", "Mattresses on the floor is basic care (SAFE-NEG), not overcrowding or disrepair.")])

add("Z032-A-orange",
    """Kian (11) suspended for 5 days in Dec for hitting a TA. Police welfare
    checks x2 since Nov after neighbours heard shouting between Debbie and
    Jamie; both deny any violence and no injuries seen. Lexi (6) referred to SN
    for daytime soiling.""",
    ["EDU-EXC", "REL-CONF", "PH"],
    [("negated", "DA", "Violence denied, no injuries: arguments coded REL-CONF (convention 8)."),
     ("not-coded", "CRIME", "Police welfare checks are not CRIME (convention 7)."),
     ("convention", "PH", "School-age soiling treated like school-age wetting: PH (convention 9).")])

add("Z032-C-red",
    """In PLO pre-proceedings. Beds for all 4 children now in place. Food in at 5
    of 6 unannounced visits but dirty clothes still in heaps in every room.
    Jamie recalled to prison in April for breaching his licence and not
    returning to the household.""",
    ["SAFE-NEG"],
    [("outside", "CRIME", "Jamie has left the household; his recall is not coded (convention 6)."),
     ("partial", "SAFE-NEG", "Beds and food improved, dirty clothes not: present.")])

# ---------------------------------------------------------------- Z033
add("Z033-A-orange",
    """Rachel disclosed that Dale controls the money and her phone and she isn't
    allowed out without him. DASH 14, MARAC referral made. House very dirty -
    Dale won't give her money for cleaning stuff or let her use the washing
    machine.""",
    ["DA", "SAFE-NEG"],
    [("convention", "FIN", "Financial control by a partner is part of the abuse: DA, not FIN.")])

add("Z033-A-green",
    """Sonny (4) in Reception at St Hild's, still in pull-ups in the day and not
    toilet trained; school nurse involved. Brooklyn (7) on 88% attendance,
    mostly lates.""",
    ["EYD", "EDU-ATT"],
    [("convention", "EYD", "Under-5 toileting is EYD even in school (convention 9).")])

add("Z033-C-note",
    """Closure note. Dale arrested in June for assaulting Rachel, DVPO granted
    and he's on bail not to contact her; he has moved out. Rachel doing the
    Freedom Programme and the IDVA is still involved. House clean at every
    visit since Aug. Sonny toilet trained over the summer. Stepping down to
    school.""",
    ["DA"],
    [("convention", "CRIME", "Partner's assault and arrest are DA only (convention 7)."),
     ("historical", "SAFE-NEG", "House clean at every visit since Aug; no current home-conditions need stated."),
     ("historical", "EYD", "Toilet trained: over."),
     ("convention", "", "Unboxed: an arrest is an orange cue (highest in text), above IDVA/Freedom (yellow) and school (green). The cue counts although the arrest was in June, since convention 2 takes the highest cue in the text.")],
    note_level="orange")


# ---------------------------------------------------------------- write
def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    ids = [n["id"] for n in NARR]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    write_csv("narratives.csv",
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"],
              [[n["id"], n["triage"], n["case"], n["stage"], n["date"], n["level"], n["locality"], n["text"]] for n in NARR])
    write_csv("gold.csv", ["narrative_id", "code", "level"], [list(g) for g in GOLD])
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(TRAPS, indent=2, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")

    print(f"narratives: {len(NARR)}  (boxed {sum(1 for n in NARR if n['level'])}, unboxed {sum(1 for n in NARR if not n['level'])})")
    print(f"cases: {len(set(n['case'] for n in NARR))}  triages: {len(set(n['triage'] for n in NARR))}")
    print(f"gold rows: {len(GOLD)}  narratives with no gold: {len(set(ids) - set(g[0] for g in GOLD))}")
    print(f"trap narratives: {len(TRAPS)}  trap notes: {sum(len(v) for v in TRAPS.values())}")
    print("by code:", dict(sorted(Counter(g[1] for g in GOLD).items())))
    print("by level:", dict(Counter(g[2] for g in GOLD)))
    print("box levels:", dict(Counter(n['level'] or 'note' for n in NARR)))


if __name__ == "__main__":
    main()
