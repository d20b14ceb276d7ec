#!/usr/bin/env python3
"""Blind gold set Z (racism and hate incidents, Bristol-area borough, 2025-26).

Written from /work/shared/taxonomy.md only. Each narrative is added with add():
its gold codes (present status only) and trap notes. Cases are appended in
batches below; the writer at the end produces narratives.csv, gold.csv and
traps.json (UTF-8, no BOM, CRLF).
"""
import csv
import json
import os
import re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]
LOCALITIES = ["Larkmoor", "Quarrybrook", "Hensleigh", "Westmead Green"]

NARRATIVES = []   # dicts in file order
GOLD = []         # (narrative_id, code, level)
TRAPS = {}        # narrative_id -> [ {type, code, note} ]
_IDS = set()

ID_RE = re.compile(r"^(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)$")


def add(nid, date, locality, text, codes=(), traps=(), note_level=None):
    """Add one narrative.

    codes: present issue codes (gold).
    traps: iterable of (type, code, note).
    note_level: for unboxed notes, the single level of all its codes
                (highest cue in the text, convention 2).
    """
    m = ID_RE.match(nid)
    assert m, nid
    assert nid not in _IDS, nid
    _IDS.add(nid)
    case_id, st, box = m.groups()
    assert locality in LOCALITIES, locality
    stage = "assessment" if st == "A" else "closure"
    if box == "note":
        level = ""
        assert not codes or note_level in LEVELS, nid
        gold_level = note_level
    else:
        level = box
        assert note_level is None, nid
        gold_level = box
    assert len(set(codes)) == len(codes), nid
    for c in codes:
        assert c in CODES, (nid, c)
    text = " ".join(text.split())
    NARRATIVES.append(dict(narrative_id=nid, triage_id=f"{case_id}-{st}",
                           case_id=case_id, stage=stage, date=date,
                           level=level, locality=locality, narrative=text))
    for c in codes:
        GOLD.append((nid, c, gold_level))
    if traps:
        TRAPS[nid] = [dict(type=t, code=c, note=n) for (t, c, n) in traps]


# ---------------------------------------------------------------------------
# Batch 1: Z001-Z010
# ---------------------------------------------------------------------------

# Z001 Larkmoor - Grace, Malachi (10), Esme (4)
add("Z001-A-green", "2025-01-14", "Larkmoor",
    """Esme (4) started Reception at Larkmoor Primary in Sept. Still having daytime
    wetting accidents 2-3x a week, Grace sends spare clothes in; class teacher and
    school nurse aware. HV records show imms up to date.""",
    ["EYD"],
    [("convention", "EYD", "Conv 9: toileting for an under-5 is EYD even though she is in Reception; not PH."),
     ("not-coded", "PH", "Imms up to date is good news with no need stated (conv 3).")])
add("Z001-A-yellow", "2025-01-14", "Larkmoor",
    """Malachi (10) told Grace that a group of Y6 boys have been calling him the n-word
    and 'monkey' on the playground since November and keep throwing his hat onto the
    shelter roof. He now refuses to go in some mornings - attendence 86% this term.
    At home he is angry, kicks doors and swears at Grace when she asks about school.
    EHW to see Malachi weekly in school and link in with the DSL.""",
    ["SAFE-EXP", "EDU-ATT", "REL-PAR"],
    [("convention", "SAFE-EXP", "Racist name-calling by peers at school is bullying of the child: SAFE-EXP."),
     ("not-coded", "MH-CHILD", "Anger shown as behaviour at home is REL-PAR; no mood, anxiety or distress is described, so MH-CHILD is not added.")])
add("Z001-C-green", "2025-06-20", "Larkmoor",
    """Malachi's attendance up to 95% this half term; he is still on the school's
    attendance monitoring with a weekly check-in from his form tutor. No racist
    incidents logged since the Y6 boys were given a separate lunch sitting in March.
    Esme (4) dry in the daytime now, school nurse gave Grace some tips for the odd
    accident at night.""",
    ["EDU-ATT", "EYD"],
    [("convention", "EDU-ATT", "Green box, conv 3: attendance still under school monitoring = now managing, present."),
     ("historical", "SAFE-EXP", "No incidents since March: the bullying is described as over."),
     ("convention", "EYD", "Green box: under-5 toileting still being managed with school nurse tips (conv 3, conv 9).")])

# Z002 Quarrybrook - Hodan, Abdirahman, Yusuf (13), Ayan (8), Idris (2)
add("Z002-A-green", "2025-02-03", "Quarrybrook",
    """Idris (2y 4m) has no clear words yet, points and pulls Hodan to what he wants.
    HV did an ASQ at the home visit and has referred to SALT - on the waiting list.
    Ayan (8) has eczema, GP prescribed emollients and a steroid cream; still flaring
    up most weeks.""",
    ["EYD", "PH"])
add("Z002-A-orange", "2025-02-03", "Quarrybrook",
    """Since October the family in the flat upstairs have shouted 'go back to your own
    country' at Hodan, left dog mess on the doormat and scratched the car. Reported to
    police as racially aggravated harassment (crime ref on file), PCSO calls in
    weekly. Hodan is now too frightened to go out alone and has panic attacks; GP
    started her on sertraline in Jan. Yusuf (13) seems low, stays in his room after
    school, has dropped out of football and told the EHW 'nobody wants us here'.
    Housing officer has opened an ASB case and the family have asked for a management
    transfer.""",
    ["MH-ADULT", "MH-CHILD", "HOUS"],
    [("outside", "CRIME", "The offending is by the upstairs neighbours, outside the household (conv 6/7); a police hate-crime report does not make CRIME."),
     ("convention", "HOUS", "Conv 6: the neighbours' effect on the family's housing (ASB case, management transfer request to get away) is coded HOUS.")])
add("Z002-C-yellow", "2025-08-28", "Quarrybrook",
    """Hodan still on sertraline and has had her first 2 sessions with NHS Talking
    Therapies (Somali speaking practitioner). Management transfer agreed in June,
    family on the list for a 3 bed but still living under the same neighbours. Police
    closed the harassment report in July, NFA. Idris now has 15+ words and has
    finished the SALT group.""",
    ["MH-ADULT", "HOUS"],
    [("outside", "CRIME", "Police NFA on the neighbours' harassment: outside the household."),
     ("historical", "EYD", "SALT group finished and speech caught up: described as over (yellow box, so conv 3 'now managing' does not apply).")])

# Z003 Hensleigh - Laura, Tunde (separated), Kay (14), Ruby (9)
add("Z003-A-yellow", "2025-03-10", "Hensleigh",
    """Laura and Tunde seperated last summer and only communicate by text. Handovers at
    the retail park end up in shouting in front of Kay and Ruby (9) most weekends. No
    DA reported by either parent. Both agreed to a referral to Sevenbridge Family
    Mediation.""",
    ["REL-CONF"],
    [("negated", "DA", "'No DA reported': arguments between separated parents are REL-CONF (conv 8).")])
add("Z003-A-orange", "2025-03-10", "Hensleigh",
    """Kay (14) was added to a Snapchat group by boys in his year at Hensleigh Park
    where they shared racist voice notes and a photoshopped pic of him. On 18/2 he
    punched one of the boys at the bus stop, police attended and he got a community
    resolution. 2 suspensions since Jan (5 days total) for fighting and defiance. Kay
    told the school counsellor he 'can't see the point of anything' - CAMHS accepted
    the referral for low mood. TAF set up with school, CAMHS and a YOS prevention
    worker.""",
    ["SAFE-EXP", "CRIME", "EDU-EXC", "MH-CHILD"],
    [("convention", "CRIME", "Conv 7: police attending about the young person's own assault (community resolution, YOS prevention) is CRIME."),
     ("outside", "CRIME", "The other boys' racist messages are not coded as CRIME; their effect on Kay is SAFE-EXP (online bullying).")])
add("Z003-C-blue", "2025-09-15", "Hensleigh",
    """Laura and Tunde now sort arrangements through a co-parenting app and handovers
    happen at Tunde's mum's house, which has put an end to the shouting matches.""",
    ["REL-CONF"],
    [("convention", "REL-CONF", "Blue box, conv 3: the separation and contact arrangements are still being managed by the parents (app, handover venue) = present; only the shouting is over.")])
add("Z003-C-yellow", "2025-09-15", "Hensleigh",
    """Kay still seeing CAMHS every 2 wks, says his mood is better. No suspensions
    since April. Finished the YOS prevention sessions in July.""",
    ["MH-CHILD"],
    [("historical", "EDU-EXC", "No suspensions since April: over."),
     ("historical", "CRIME", "YOS prevention finished in July: over."),
     ("convention", "MH-CHILD", "Conv 4: still seeing CAMHS codes MH-CHILD even though mood is better.")])

# Z004 Westmead Green - Saima, Imran, Zara (9), Hamza (6), Dadi
add("Z004-A-yellow", "2025-01-27", "Westmead Green",
    """Dadi (paternal gran, lives with the family) has advanced Parkinson's. Zara (9)
    helps her to the toilet at night and interprets for her at hospital appts; school
    say she seems tired and is behind with her reading. Referred to Avonmere Young
    Carers.""",
    ["PH", "CARER"],
    [("not-coded", "EDU-SEND", "Behind with reading is not described as SEN; no SEN support or assessment.")])
add("Z004-A-orange", "2025-01-27", "Westmead Green",
    """On 22/11 Saima had her hijab pulled off and was spat at by two men outside the
    Co-op on Marsh Rd while she had the kids with her. Police investigating as a
    religiously aggravated assault, CCTV seized. Since then Saima has panic attacks
    and won't leave the house, so Imran has dropped hours at the warehouse to do the
    school run and they are now £600 behind on rent. Zara keeps asking if the men will
    come back and is clingy and tearful at bedtime.""",
    ["MH-ADULT", "FIN", "MH-CHILD"],
    [("outside", "CRIME", "Assault by strangers, outside the household: not CRIME."),
     ("convention", "FIN", "Rent arrears are FIN; no notice, so not HOUS.")])
add("Z004-C-yellow", "2025-07-18", "Westmead Green",
    """Zara goes to the young carers club on Tuesdays. Saima does the school run with a
    neighbour and is on the waiting list for trauma focused therapy via her GP. Rent
    arrears cleared in May with a DHP. Hamza (6) on SEN support for speech sounds,
    SALT programme in school.""",
    ["CARER", "MH-ADULT", "EDU-SEND"],
    [("historical", "FIN", "Arrears cleared in May (conv 3)."),
     ("convention", "EDU-SEND", "Conv 9: speech for a school-age child is EDU-SEND."),
     ("convention", "MH-ADULT", "Conv 4: awaiting therapy codes the area.")])

# Z005 Larkmoor - Delroy, Jaden (16), Nia (11)
add("Z005-A-yellow", "2025-04-07", "Larkmoor",
    """Jaden (16) left his course at Quarrybrook College in Feb after students kept
    making racist comments and a tutor laughed along. He hasn't been in education,
    work or training since and spends his days at his cousin's. EH personal adviser
    meeting him fortnightly. Delroy works full time as a bus driver and says money
    isn't a problem.""",
    ["EDU-NEET"],
    [("historical", "SAFE-EXP", "The racist comments were at the college he has left: past."),
     ("negated", "FIN", "'Money isn't a problem'; conv 11 NEET alone does not add FIN.")])
add("Z005-A-green", "2025-04-07", "Larkmoor",
    """Nia (11) Y6 at St Aldric's. Asthma - has missed 2 asthma reviews at the surgery
    and is using her blue inhaler a lot in PE; school nurse chasing the GP.""",
    ["PH"])
add("Z005-C-blue", "2025-11-03", "Larkmoor",
    """Jaden started a Level 2 electrical course at Hensleigh Skills Centre in Sept and
    is going every day. If it falls through Delroy will ring the personal adviser
    himself. Nia carries her own inhaler and had her asthma review in Oct.""",
    ["PH"],
    [("hypothetical", "EDU-NEET", "'If it falls through': Jaden is now in education."),
     ("convention", "PH", "Blue box, conv 3: Nia managing her own asthma = present.")])

# Z006 Quarrybrook - Amira, Osman (12), Yasir (7), Salma (9), Hiba (3)
add("Z006-A-orange", "2025-02-17", "Quarrybrook",
    """Amira and the 4 children placed in TA (one room in a B&B in Quarrybrook, shared
    kitchen) in Jan after they fled racist harassment at their last address - a brick
    came through the window in Aug 2024. Housing Options assessing for a 3 bed, no
    move date yet.""",
    ["HOUS"],
    [("historical", "", "The harassment at the old address is past; the present need is the TA (HOUS).")])
add("Z006-A-yellow", "2025-02-17", "Quarrybrook",
    """Amira's UC was stopped for 6 weeks after the change of address; family using
    Quarrybrook Food Bank every week. Hiba (3) has a funded nursery place but Amira
    hasn't taken it up as the nursery is 2 buses away. Amira says she isn't depressed,
    just tired.""",
    ["FIN", "EYD"],
    [("negated", "MH-ADULT", "'Says she isn't depressed'."),
     ("convention", "FIN", "UC stopped (a benefit problem) plus food bank = FIN (conv 5, 10).")])
add("Z006-C-yellow", "2025-10-09", "Quarrybrook",
    """Family moved into a 3 bed council house in Hensleigh in Aug. UC back in payment
    and backdated; still paying back the advance so money is tight and they use the
    food bank now and again. Hiba doing 3 mornings at Little Acorns. Amira's
    ex-husband got hold of the new address in Sept and keeps sending threatening voice
    notes; she has reported it and accepted IDVA support.""",
    ["FIN", "DA"],
    [("historical", "HOUS", "Moved into a secure council tenancy: the housing need is over."),
     ("not-coded", "EYD", "Nursery now taken up; yellow box, so resolved take-up is not 'now managing' (conv 3 applies to blue/green only)."),
     ("convention", "DA", "Conv 6: the ex-husband lives outside the household but his threats to Amira are their effect on the family: DA.")])

# Z007 Hensleigh - Chantelle, Liam, Tyrese (12), Lola (7), Mia (8m)
add("Z007-A-yellow", "2025-05-12", "Hensleigh",
    """Tyrese (12) is in Y7 at Westmead Community College. Older boys call him
    'half-caste' and 'coconut', took his phone and posted a pic of him with monkey
    emojis on a group chat. He has missed 9 days since Easter and begs to stay home.
    Lola (7) has started wetting the bed most nights since Tyrese got upset. EHW to do
    sessions with Tyrese and help Chantelle meet the head of year.""",
    ["SAFE-EXP", "EDU-ATT", "PH"],
    [("convention", "PH", "Conv 9: bedwetting at school age is PH.")])
add("Z007-A-blue", "2025-05-12", "Hensleigh",
    """Chantelle's ex (Tyrese's dad) was violent towards her in 2016; the non-mol ran
    out in 2018, he lives in Leeds and there's been no contact for years. Liam works
    nights at the depot so he's around in the day to help. Chantelle's mum has Mia
    (8m) on Wednesdays.""",
    [],
    [("historical", "DA", "DA in 2016 with no contact since: historical."),
     ("convention", "FIN", "Conv 5: working nights is not FIN.")])
add("Z007-C-green", "2025-12-01", "Hensleigh",
    """Chantelle says she's 'getting there' on the sertraline her GP started in the
    summer for low mood after Mia. Tyrese moved tutor group in Oct - no name calling
    since and his attendance is back to normal.""",
    ["MH-ADULT"],
    [("historical", "SAFE-EXP", "No name-calling since October: over."),
     ("historical", "EDU-ATT", "Attendance back to normal, no monitoring mentioned: over.")])

# Z008 Westmead Green - Rukhsana, Jamal, Maryam (15), Ayaan (10)
add("Z008-A-yellow", "2025-06-02", "Westmead Green",
    """Ayaan (10) on the ADHD pathway, seen by community paeds in May. School put a
    behaviour plan in after he threw a chair when a boy in his class called him a
    'terrorist' - the other boy's parents have been called in. EHW to attend the next
    school review.""",
    ["EDU-SEND", "EDU-EXC", "SAFE-EXP"],
    [("convention", "EDU-SEND", "Conv 4: on the ADHD pathway = EDU-SEND."),
     ("convention", "SAFE-EXP", "Racist name-calling by a classmate is bullying of Ayaan (SAFE-EXP); the other boy himself is not coded.")])
add("Z008-A-orange", "2025-06-02", "Westmead Green",
    """Racist graffiti sprayed on the family's garage and front door twice in April.
    Police recorded both as hate crimes; the 16 yr old son of a neighbour was arrested
    and bailed. Maryam (15) saw the second lot being done and has had panic attacks
    since, and scratched her arms with a compass once; CAMHS crisis team assessed, now
    on the waiting list for core CAMHS. Jamal has been off work for 3 wks with stress.""",
    ["MH-CHILD", "MH-ADULT"],
    [("outside", "CRIME", "The arrested youth is a neighbour's son, not a household member (conv 6)."),
     ("not-coded", "FIN", "Off work with stress, no money problem described.")])
add("Z008-C-yellow", "2025-11-20", "Westmead Green",
    """Maryam started with the CAMHS core team in Sept. No self-harm since June but
    she is still low and doesn't want to go out in the evenings. Ayaan's ADHD was
    diagnosed in Sept and meds started; school say no more incidents in class.""",
    ["MH-CHILD", "EDU-SEND"],
    [("partial", "MH-CHILD", "The negation covers self-harm only; low mood and CAMHS are present."),
     ("historical", "EDU-EXC", "No more incidents in class: over.")])

# Z009 Larkmoor - Selam, Daniel (7), Ruth (5), Abel (1)
add("Z009-A-yellow", "2025-03-24", "Larkmoor",
    """Selam has type 2 diabetes and has been admitted twice since Xmas with high
    sugars. When she's unwell Daniel (7) makes breakfast for Ruth (5) and walks her to
    class. Abel (1) missed his 12 month jabs twice. Family reported a man shouting
    racist abuse at them in Hensleigh Park in Feb - police gave a crime ref. EHW
    helping Selam fill in the PIP form.""",
    ["PH", "CARER"],
    [("outside", "CRIME", "A stranger's racist abuse: outside the household."),
     ("convention", "FIN", "Conv 5: a PIP form alone is not FIN; no money problem described.")])
add("Z009-C-blue", "2025-09-05", "Larkmoor",
    """Selam's sister has moved in to help so Daniel doesn't do breakfast or the school
    run any more. Abel's jabs all done. Selam checks her sugars every day and goes to
    the diabetes education group at the surgery.""",
    ["PH"],
    [("historical", "CARER", "Daniel no longer caring: over."),
     ("convention", "PH", "Blue box, conv 3: Selam managing her diabetes = present.")])

# Z010 Quarrybrook - Abena, Kofi, Kwame (13)
add("Z010-A-yellow", "2025-09-15", "Quarrybrook",
    """Kwame (13) has been withdrawn and tearful since his PE teacher joked about his
    hair in front of the class in June. Boys in his form now copy the comment and
    touch his hair. He's had 6 behaviour points and a day in isolation for refusing to
    get changed for PE. Abena works long nursing shifts and Kofi is on nights so
    evenings are rushed, but they are on top of the bills. EHW 1:1 sessions planned.""",
    ["MH-CHILD", "SAFE-EXP", "EDU-EXC"],
    [("convention", "FIN", "Conv 5: shift work is not FIN; bills negated."),
     ("convention", "EDU-EXC", "Behaviour points and isolation = behaviour at school.")])
add("Z010-C-blue", "2026-02-12", "Quarrybrook",
    """School upheld the parents' complaint and the teacher apologised. Kwame goes to
    the Black students' forum at lunch and says the hair touching stopped before
    Christmas. He says he feels more like himself; Abena and Kofi know about Kooth if
    his mood dips again.""",
    [],
    [("historical", "SAFE-EXP", "Hair touching stopped before Christmas."),
     ("hypothetical", "MH-CHILD", "'If his mood dips again'.")])

# ---------------------------------------------------------------------------
# Batch 2: Z011-Z020
# ---------------------------------------------------------------------------

# Z011 Hensleigh - Nasser, Fatima, Ali (17), three younger, Zainab (10m)
add("Z011-A-orange", "2025-04-22", "Hensleigh",
    """7 people in a 2 bed HA flat, black mould in both bedrooms. Zainab (10m) has been
    to the GP 3 times since Jan with chest infections. Anonymous letters calling the
    family 'terrorists' were pushed through the door in March - police have the
    letters and are doing house to house. Family in band B on Homechoice for
    overcrowding. Flat very cluttered at the visit and school say the younger three
    often arrive hungry and in the same unwashed uniform all week.""",
    ["HOUS", "PH", "SAFE-NEG"],
    [("outside", "CRIME", "Anonymous letter writer is outside the household; police enquiry does not make CRIME."),
     ("convention", "SAFE-NEG", "Conv 10: hungry children and hygiene = SAFE-NEG; no food bank or money problem in this box, so no FIN.")])
add("Z011-A-yellow", "2025-04-22", "Hensleigh",
    """Ali (17) left sixth form in Jan and isn't working or in training, spends most of
    the day in his room gaming. Nasser lost his job at the takeaway in Feb and they're
    now behind on the gas and electric (approx £700). Fatima would like ESOL classes,
    given details of the free course at the library.""",
    ["EDU-NEET", "FIN"],
    [("convention", "FIN", "Conv 11: FIN comes from the father's job loss and energy arrears, not from Ali being NEET."),
     ("not-coded", "", "ESOL is not an issue code.")])
add("Z011-C-orange", "2025-12-10", "Hensleigh",
    """Still 7 of them in a 2 bed. HA treated the mould in June but it's back in the
    back bedroom; HA now looking at a direct offer. Zainab's chest has been better
    since the heater was fixed.""",
    ["HOUS"],
    [("partial", "PH", "Zainab's chest described as better; orange box, no current illness stated, so PH not coded.")])

# Z012 Westmead Green - Kasia, Marcus, Reuben (8), Ivy (3)
add("Z012-A-yellow", "2025-07-01", "Westmead Green",
    """Marcus (dad) has been racially abused by a regular customer at the garage where
    he works and says his manager did nothing. He says he's on edge all the time and
    is drinking 4-5 cans most nights to unwind. He's been shouting at Reuben (8) when
    he has meltdowns and he and Kasia are arguing about it most evenings. Reuben has
    an EHCP for autism with 1:1 at Brambling Juniors.""",
    ["MH-ADULT", "SUB", "REL-PAR", "REL-CONF", "EDU-SEND"],
    [("outside", "CRIME", "The customer's racist abuse is outside the household."),
     ("convention", "REL-CONF", "Conv 8: arguments between the parents are REL-CONF; shouting at the child is REL-PAR.")])
add("Z012-C-blue", "2026-01-19", "Westmead Green",
    """Marcus finished 6 sessions with Compass Recovery in Nov and now only has a
    couple of drinks at the weekend. He's moved to a different branch. Kasia and Marcus
    use the calm-down plan from the family hub parenting course when Reuben melts
    down.""",
    ["REL-PAR"],
    [("historical", "SUB", "Alcohol service finished and drinking now moderate: over, not misuse."),
     ("convention", "REL-PAR", "Blue box, conv 3: parents managing Reuben's meltdowns with a plan = present.")])
add("Z012-C-green", "2026-01-19", "Westmead Green",
    """Reuben's EHCP annual review held in Dec, 1:1 continues. Ivy (3) at Little Acorns
    30 hrs, nursery have no concerns.""",
    ["EDU-SEND"],
    [("negated", "EYD", "Nursery have no concerns about Ivy.")])

# Z013 Quarrybrook - Parisa, Omid (14), Sahar (11)
add("Z013-A-red", "2025-05-19", "Quarrybrook",
    """Omid (14) reported missing 3 times since March; last time found in Swindon with
    £300 and two phones, and police found cannabis wraps in his bag. NRM referral
    made, strategy meeting 12/5 and s47 enquiries ongoing. Omid says he started
    hanging round with the older lads because they were the only ones who didn't call
    him 'Taliban' at school.""",
    ["SAFE-EXP", "CRIME"],
    [("convention", "SUB", "Conv 12: drugs found on an exploited child are SAFE-EXP and CRIME, not SUB.")])
add("Z013-A-orange", "2025-05-19", "Quarrybrook",
    """Parisa speaks Dari and very little English. She is extremely anxious and rings
    Omid constantly. Dad is still in Kabul and the family send him money each month,
    which leaves them short - food bank vouchers given x2. Sahar (11) attendance 89%,
    school have sent a persistent absence letter.""",
    ["MH-ADULT", "FIN", "EDU-ATT"],
    [("outside", "", "Dad lives in Kabul, outside the household; only the effect (money short) is coded.")])
add("Z013-C-orange", "2025-12-03", "Quarrybrook",
    """No missing episodes since August. Omid is on a 9 month referral order for
    possession with intent to supply (offence in April), seeing YOS weekly.
    Exploitation worker still involved as older males keep messaging him on new
    numbers.""",
    ["CRIME", "SAFE-EXP"],
    [("convention", "CRIME", "Conv 7: referral order / YOS = CRIME."),
     ("partial", "SAFE-EXP", "Missing episodes are over but exploitation contact continues: SAFE-EXP present.")])

# Z014 Hensleigh - Simone, Amari (9), Zion (6)
add("Z014-A-yellow", "2025-02-10", "Hensleigh",
    """Simone has MS and uses a wheelchair outside the house. Amari (9) helps her get
    dressed, makes simple meals and gets Zion (6) ready for school. Kids from the next
    block have been calling Amari racist names on the green and threw stones at him
    last month, so he won't play out now. Referral made to Hensleigh Young Carers.""",
    ["PH", "CARER", "SAFE-EXP"],
    [("convention", "SAFE-EXP", "Conv 6: the neighbouring children are not coded, but their racist bullying of Amari is (SAFE-EXP).")])
add("Z014-A-green", "2025-02-10", "Hensleigh",
    """Zion (6) has a cows' milk allergy, care plan in place at school and he knows
    which foods to avoid. Simone gets PIP and ESA.""",
    ["PH"],
    [("convention", "FIN", "Conv 5: PIP and ESA named without any money problem are not FIN.")])
add("Z014-C-blue", "2025-07-30", "Hensleigh",
    """Amari goes to the young carers group monthly and still helps mum in the
    mornings, though Simone's PA now does breakfast. He plays football at a club in
    Quarrybrook with his cousin instead of going on the green.""",
    ["CARER"],
    [("not-coded", "SAFE-EXP", "No bullying described in this box (conv 1).")])

# Z015 Westmead Green - Ngozi, Chidi, Tobi (15), Ada (12), Ify (4)
add("Z015-A-orange", "2025-10-06", "Westmead Green",
    """Tobi (15) was punched and racially abused by 3 older teenagers in the underpass
    on 14/9. Police are treating it as a racially aggravated assault and one suspect
    has been charged. Tobi hasn't been back to school since (attendance 41% this
    term), jumps at sudden noises and won't leave the house without his dad. GP
    referred to CAMHS, awaiting triage.""",
    ["EDU-ATT", "MH-CHILD"],
    [("outside", "CRIME", "Tobi is the victim; the charged suspect is outside the household."),
     ("convention", "MH-CHILD", "Conv 4: awaiting CAMHS triage codes MH-CHILD.")])
add("Z015-A-yellow", "2025-10-06", "Westmead Green",
    """Chidi is on a zero hours contract with an agency and has lost shifts staying
    home with Tobi; Oct rent was paid late and the landlord has written to them about
    it. Ngozi says she is exhausted and anxious all the time. Ada (12) and Ify (4)
    doing fine.""",
    ["FIN", "MH-ADULT"],
    [("convention", "FIN", "Lost income and late rent are a money problem (conv 5 excludes shift work itself, not lost pay)."),
     ("not-coded", "HOUS", "A landlord's letter about late rent is not an eviction or possession notice.")])
add("Z015-C-yellow", "2026-03-09", "Westmead Green",
    """Tobi on a part time timetable (mornings) since Jan, CAMHS doing trauma focused
    CBT. Trial for the suspect listed for April - Tobi may have to give evidence,
    which he's dreading.""",
    ["EDU-ATT", "MH-CHILD"],
    [("convention", "EDU-ATT", "Part-time timetable is EDU-ATT."),
     ("hypothetical", "", "'May have to give evidence' is hypothetical; MH-CHILD rests on CAMHS.")])

# Z016 Larkmoor - Hannah, Musa, Ibrahim (7), twins Adam and Amina (5m)
add("Z016-A-green", "2025-08-11", "Larkmoor",
    """Twins Adam and Amina (5m). HV weighing fortnightly as Amina has dropped below
    the 2nd centile; Adam gaining well. Hannah combi feeding.""",
    ["PH"],
    [("convention", "PH", "Infant weight is PH (weight); not one of the EYD items.")])
add("Z016-A-yellow", "2025-08-11", "Larkmoor",
    """Hannah's parents stopped contact when she converted and married Musa; her dad
    sends messages with racist comments about the children. Hannah feels isolated and
    low, PHQ-9 17 at the GP. Musa works 6 days a week at the restaurant. Ibrahim (7)
    has asked why grandad doesn't like him.""",
    ["MH-ADULT"],
    [("outside", "", "Maternal grandfather is outside the household; his messages are not coded as REL-CONF or DA."),
     ("convention", "FIN", "Conv 5: long working hours are not FIN."),
     ("not-coded", "MH-CHILD", "Ibrahim's question is not described as a wellbeing need.")])
add("Z016-C-green", "2026-02-02", "Larkmoor",
    """Amina up to the 9th centile, HV back to routine contacts and said to ring if her
    weight drops off again. Hannah has blocked her dad's number and sees her GP monthly
    for her antidepressants.""",
    ["MH-ADULT"],
    [("hypothetical", "PH", "'Ring if her weight drops off again'; weight now recovered and HV back to routine."),
     ("convention", "MH-ADULT", "Conv 4: ongoing antidepressants = MH-ADULT.")])

# Z017 Quarrybrook - Fadumo, Hawa (16), Mohamed (11)
add("Z017-A-yellow", "2025-01-20", "Quarrybrook",
    """Mohamed (11) on the waiting list for an ASD assessment. He gets overwhelmed in
    the dinner hall and has been sent home early twice this half term after lashing
    out.""",
    ["EDU-SEND", "EDU-EXC"],
    [("convention", "EDU-EXC", "Being sent home after lashing out is behaviour at school / informal exclusion.")])
add("Z017-A-orange", "2025-01-20", "Quarrybrook",
    """Hawa (16) had her headscarf pulled off by a man on the no. 7 bus in Dec;
    transport police investigating. She's stopped going in to college and is at risk of
    being withdrawn from her course. Gets panicky and feels sick at the thought of
    getting on a bus. Fadumo works as a home carer on split shifts so can't take her
    in.""",
    ["EDU-NEET", "MH-CHILD"],
    [("convention", "EDU-NEET", "16+ at risk of losing her college place = EDU-NEET; EDU-ATT is school attendance and is not added."),
     ("convention", "CARER", "Conv 12: mum's job as a home carer is not CARER; conv 5 split shifts not FIN."),
     ("outside", "CRIME", "The man on the bus is outside the household.")])
add("Z017-C-yellow", "2025-06-30", "Quarrybrook",
    """Hawa on the college's blended timetable and going in on the on-site days with a
    friend; college wellbeing mentor seeing her weekly about her anxiety. Mohamed's ASD
    assessment booked for Sept and SENCo has set up a quiet room for him at lunch.""",
    ["MH-CHILD", "EDU-SEND"],
    [("not-coded", "EDU-NEET", "Hawa is attending college again: no NEET risk stated.")])

# Z018 Hensleigh - Gloria (nan, SGO), Kai (13), Jasmine (10)
add("Z018-A-orange", "2025-04-14", "Hensleigh",
    """Gloria (nan, SGO kinship carer) looks after Kai (13) and Jasmine (10). The
    neighbour's teenage son has been calling Kai racist names over the fence since
    Christmas. Last week Kai threw a brick at the neighbour's car; police attended and
    he was arrested for criminal damage and released under investigation. When Gloria
    took his phone off him he pushed her into the door frame.""",
    ["SAFE-EXP", "CRIME", "REL-PAR"],
    [("convention", "CARER", "Conv 12: a kinship carer is not CARER."),
     ("convention", "REL-PAR", "Conv 8: violence by the child towards his carer is REL-PAR, not DA."),
     ("convention", "SAFE-EXP", "Racist name-calling by a peer (neighbour's son) is bullying of Kai.")])
add("Z018-A-yellow", "2025-04-14", "Hensleigh",
    """Gloria (68) has COPD and arthritis and finds it hard to keep up with Kai
    physically. Jasmine (10) is biting her nails down to the skin and her teacher says
    she's been tearful in class most weeks.""",
    ["PH", "MH-CHILD"])
add("Z018-C-yellow", "2025-10-27", "Hensleigh",
    """Kai recieved a youth caution in June; YOS Turnaround sessions finished in Sept.
    No aggression towards Gloria since the summer and the neighbours moved away in
    July. Jasmine still sees the school ELSA weekly for her worries.""",
    ["MH-CHILD"],
    [("historical", "CRIME", "Caution given in June and YOS sessions finished: over."),
     ("historical", "REL-PAR", "No aggression since summer."),
     ("historical", "SAFE-EXP", "Neighbours moved away.")])

# Z019 Westmead Green - Esperance, Grace (14), Joel (10), Benedicte (2)
add("Z019-A-yellow", "2025-03-03", "Westmead Green",
    """Esperance works 2 cleaning jobs (6-9am and 5-10pm) so Grace (14) looks after
    Joel (10) and Benedicte (2) most evenings incl bath and bedtime. Fridge almost
    empty at the home visit and Joel told school he'd had no tea the night before.
    Benedicte's 2 yr check hasn't been done and she's not in nursery.""",
    ["CARER", "SAFE-NEG", "EYD"],
    [("convention", "SAFE-NEG", "Conv 10: empty fridge / hungry child = SAFE-NEG; no food bank or money problem, so no FIN."),
     ("convention", "FIN", "Conv 5: working two jobs is not FIN.")])
add("Z019-A-orange", "2025-03-03", "Westmead Green",
    """Grace has been getting racist DMs and fake 'jungle' accounts tagging her on
    TikTok, started by girls in her year. She also sent an intimate image to an older
    boy who shared it round; school reported to police who are investigating. Grace
    told her tutor she 'wants to disappear'.""",
    ["SAFE-EXP", "MH-CHILD"],
    [("outside", "CRIME", "Grace is the victim; the boy who shared the image and the girls are outside the household.")])
add("Z019-C-orange", "2025-09-22", "Westmead Green",
    """Grace open to CAMHS since June. Accounts taken down in May, no further messages.
    Esperance now down to one job plus UC, but UC was sanctioned in Aug for a missed
    appointment and they used the food bank twice.""",
    ["MH-CHILD", "FIN"],
    [("historical", "SAFE-EXP", "Accounts taken down, no further messages."),
     ("convention", "FIN", "UC sanction (benefit problem) and food bank = FIN (conv 5, 10).")])

# Z020 Larkmoor - Jade, Ryan (stepdad, now out), Kenzie (11), Leo (4)
add("Z020-A-red", "2025-06-16", "Larkmoor",
    """Jade disclosed that Ryan controls her money and phone and calls her and the
    kids racist names when he's been drinking. He strangled her on 2/6; arrested,
    charged and bailed not to contact Jade or come to the address. MARAC 10/6. Kenzie
    (11) saw the assault and has wet the bed most nights since. ICPC booked for 25/6.""",
    ["DA", "PH"],
    [("convention", "CRIME", "Conv 7: Ryan's arrest and charge for the assault on Jade are DA only."),
     ("outside", "SUB", "Ryan is bailed away from the address, so his drinking is an outside person's (conv 6)."),
     ("convention", "PH", "Conv 9: bedwetting at 11 is PH.")])
add("Z020-A-green", "2025-06-16", "Larkmoor",
    """Leo (4) in the nursery class at Larkmoor Primary. HV concerned about his speech -
    mostly single words; nursery running small group talk sessions with him.""",
    ["EYD"])
add("Z020-C-orange", "2025-12-15", "Larkmoor",
    """Ryan convicted in Oct, 5 yr restraining order. Jade doing the Freedom Programme
    at the family hub, IDVA closed in Nov. Kenzie's bedwetting has stopped and he has
    play therapy in school every week. Leo's speech coming on, now 3-4 word
    sentences.""",
    ["DA", "MH-CHILD"],
    [("convention", "DA", "Conv 4: Freedom Programme codes DA."),
     ("historical", "PH", "Bedwetting has stopped."),
     ("convention", "MH-CHILD", "Conv 4: weekly play therapy is an ongoing emotional-wellbeing service."),
     ("partial", "EYD", "Speech improving with no current need or service stated; orange box, so not 'now managing'.")])

# ---------------------------------------------------------------------------
# Batch 3: Z021-Z030
# ---------------------------------------------------------------------------

# Z021 Quarrybrook - Tariq (single dad), Aisha (13), Bilal (9)
add("Z021-A-yellow", "2025-05-06", "Quarrybrook",
    """Tariq drives a taxi, mainly nights. In March a passenger racially abused him and
    punched him in the face; the passenger has been charged. Since then Tariq has
    flashbacks and jumps at every car door, GP diagnosed PTSD and referred him to
    Talking Therapies. He's cut his hours right down and is now behind on the car
    finance and council tax.""",
    ["MH-ADULT", "FIN"],
    [("outside", "CRIME", "Tariq is the victim of the passenger's offence: not CRIME.")])
add("Z021-A-green", "2025-05-06", "Quarrybrook",
    """Bilal (9) struggles to get off to sleep and is up at 2-3am most nights since dad
    was hurt; school nurse doing a sleep plan with Tariq. He has tantrums at home and
    hit Aisha (13) last week when she turned his game off. Mum died in 2022; the
    children had bereavement counselling in 2023 which has ended.""",
    ["PH", "REL-PAR"],
    [("convention", "PH", "Conv 9: sleep problems at school age are PH."),
     ("historical", "MH-CHILD", "Bereavement counselling ended in 2023."),
     ("convention", "REL-PAR", "Tantrums and hitting a sibling at home = child behaviour at home (REL-PAR); not DA.")])
add("Z021-C-green", "2025-11-24", "Quarrybrook",
    """Bilal sleeping through most nights now with the sleep plan, school nurse to
    review in Jan. Tariq finished his trauma therapy and is back driving days; the
    council tax is on a £50 a month plan.""",
    ["PH", "FIN"],
    [("convention", "PH", "Green box, conv 3: sleep still managed with plan and review = present."),
     ("convention", "FIN", "Green box, conv 3: paying arrears off monthly = present."),
     ("historical", "MH-ADULT", "Trauma therapy finished.")])

# Z022 Hensleigh - Tanisha, Malik (15), Kiara (12), Deja (7)
add("Z022-A-orange", "2025-09-08", "Hensleigh",
    """Malik (15) permanently excluded from Hensleigh Park in July after a fight where
    he hurt a boy who'd been calling him racist names all year. He's now at Hensleigh
    Learning Centre (PRU) on mornings only. Private landlord served a section 21 in
    Aug, family have to leave by 30 Oct.""",
    ["EDU-EXC", "EDU-ATT", "HOUS"],
    [("historical", "SAFE-EXP", "The racist name-calling was at the school he has been excluded from: past."),
     ("convention", "EDU-ATT", "Mornings-only PRU = part-time timetable."),
     ("not-coded", "CRIME", "No police or youth justice involvement is described for the fight.")])
add("Z022-A-yellow", "2025-09-08", "Hensleigh",
    """Tanisha has had depression for years (citalopram) and says it's worse since the
    notice. Kiara (12) does the shopping and cooking on Tanisha's bad days and walks
    Deja (7) to school. No DA or substance misuse concerns.""",
    ["MH-ADULT", "CARER"],
    [("negated", "DA", "'No DA ... concerns'."),
     ("negated", "SUB", "'No ... substance misuse concerns'."),
     ("not-coded", "HOUS", "'The notice' is not described in this box (conv 1).")])
add("Z022-C-orange", "2026-03-16", "Hensleigh",
    """Family in temporary accommodation in Quarrybrook since Nov, waiting on a
    permanent offer. Tanisha's GP has upped her citalopram. Kiara now has a young
    carers worker and still cooks 2-3 nights a week. Malik is smoking cannabis most
    days with lads from the PRU, Tanisha has found bags in his room.""",
    ["HOUS", "MH-ADULT", "CARER", "SUB"],
    [("convention", "SUB", "Drug use by a young person in the household is SUB; no exploitation described, so conv 12 does not apply.")])

# Z023 Westmead Green - Nasrin, Azad, Rojin (8), Dilan (5), Roj (14m)
add("Z023-A-orange", "2025-07-21", "Westmead Green",
    """Ongoing problems with next door, who call the family 'dirty immigrants' and play
    loud music through the night. On 12/7 Azad went round to complain, it ended in a
    fight and both he and the neighbour were arrested; Azad got a conditional caution
    for assault. Police have logged 4 hate incidents reported by the family since May.""",
    ["CRIME"],
    [("convention", "CRIME", "Conv 7: Azad (household member) arrested and cautioned for assault = CRIME."),
     ("outside", "", "The neighbour's racist abuse, ASB and arrest are outside the household and not coded.")])
add("Z023-A-yellow", "2025-07-21", "Westmead Green",
    """Rojin (8) won't sleep in her own room since the fight, wets the bed and told her
    teacher she's scared the neighbours will hurt her dad. Nasrin finds the screaming
    at bedtime hard to manage. Roj (14m) not pulling to stand yet, HV to review at
    18m.""",
    ["PH", "MH-CHILD", "REL-PAR", "EYD"],
    [("convention", "PH", "Conv 9: bedwetting / sleep at school age = PH."),
     ("convention", "EYD", "Under-5 motor development check = EYD.")])
add("Z023-C-yellow", "2026-01-12", "Westmead Green",
    """Council ASB team gave the neighbour a Community Protection Warning in Sept, no
    incidents since Oct. Azad completed the conditions of his caution. Rojin back in
    her own bed and dry since November; Roj walked at 16 months.""",
    [],
    [("outside", "", "CPW is against the neighbour."),
     ("historical", "CRIME", "Caution conditions completed."),
     ("historical", "PH", "Dry since November."),
     ("historical", "EYD", "Roj now walking.")])

# Z024 Larkmoor - Rutendo, Tendai, Tatenda (17), Chipo (13)
add("Z024-A-yellow", "2025-02-24", "Larkmoor",
    """Tendai raised a grievance about racist 'banter' at the distribution centre and
    was dismissed in Dec. He's out of work now and the family are relying on
    Rutendo's part time wage - £1,100 behind on rent. Citizens Advice helping with an
    employment tribunal claim and a UC claim.""",
    ["FIN"],
    [("not-coded", "HOUS", "Rent arrears without a notice are FIN only.")])
add("Z024-A-orange", "2025-02-24", "Larkmoor",
    """Tendai is drinking most of a bottle of vodka a day since losing his job.
    Rutendo says they row every night and she has asked him to leave; she is clear
    there has been no violence or threats and she isn't frightened of him. Tatenda
    (17) left his apprenticeship early in Jan and is NEET.""",
    ["SUB", "REL-CONF", "EDU-NEET"],
    [("negated", "DA", "No violence or threats, not frightened: the rows are REL-CONF (conv 8)."),
     ("convention", "EDU-NEET", "Conv 11: Tatenda NEET is EDU-NEET only.")])
add("Z024-C-yellow", "2025-08-04", "Larkmoor",
    """Tendai moved out in May and lives with his brother in Bath, where he's engaging
    with the alcohol service. He sees the kids every other weekend. Rent arrears down
    to £400 on a payment plan. Tatenda started at a builders' merchant in June.""",
    ["FIN", "REL-CONF"],
    [("outside", "SUB", "Tendai no longer lives in the household, so his alcohol treatment is not coded (conv 6)."),
     ("convention", "REL-CONF", "The parents' separation and contact arrangements are a current part of the family's situation: REL-CONF."),
     ("historical", "EDU-NEET", "Tatenda in work since June.")])

# Z025 Quarrybrook - Nazma, Shahid, Inaya (10), Rayan (6)
add("Z025-A-green", "2025-10-20", "Quarrybrook",
    """Rayan (6) has cerebral palsy; EHCP in place at Quarrybrook Primary with physio in
    school. Nazma is his main carer and gets Carer's Allowance; Rayan gets DLA.""",
    ["PH", "EDU-SEND"],
    [("convention", "CARER", "Conv 12: a parent carer is not CARER; conv 5: Carer's Allowance/DLA are not FIN or CARER."),
     ("convention", "PH", "PH from the cerebral palsy itself, not from DLA.")])
add("Z025-A-yellow", "2025-10-20", "Quarrybrook",
    """Inaya (10) helps lift Rayan into his chair and feeds him his tea most evenings
    while Shahid is at work. Two mums at the school gate have made comments about
    Nazma's niqab and 'people like her'; Nazma has stopped doing pick up and says she
    feels anxious going out now.""",
    ["CARER", "MH-ADULT"],
    [("outside", "", "The other parents at the gate are outside the household; only Nazma's anxiety is coded.")])
add("Z025-C-yellow", "2026-04-13", "Quarrybrook",
    """Inaya linked with Quarrybrook Young Carers and goes to the Saturday club. Nazma
    back doing pick up with a friend from the mosque, no more comments. Rayan's EHCP
    review added a hoist for school.""",
    ["CARER", "EDU-SEND"],
    [("historical", "MH-ADULT", "Nazma back doing pick-up; no anxiety stated."),
     ("not-coded", "PH", "Only the EHCP provision is described; no health condition named in this box.")])

# Z026 Hensleigh - Abdi, Ikran, Sagal (14), Khalid (12), Liban (3)
add("Z026-A-orange", "2025-11-10", "Hensleigh",
    """In Sept Khalid (12) and his friends were chased out of Marsh Park by a group of
    men shouting racial slurs (police hate crime ref, no suspects). Last month a
    teacher found a kitchen knife in Khalid's bag - he said it was 'for protection'.
    Police informed and he's been referred to YOS prevention. He's angry a lot and
    says he's scared to go out.""",
    ["CRIME", "MH-CHILD"],
    [("convention", "CRIME", "Conv 7: police and YOS prevention about Khalid's knife = CRIME."),
     ("outside", "SAFE-EXP", "One-off abuse by adult strangers in September: outside and past, not bullying."),
     ("not-coded", "REL-PAR", "Anger not placed at home or aimed at parents.")])
add("Z026-A-yellow", "2025-11-10", "Hensleigh",
    """Khalid suspended for 5 days over the knife, back in school now on a report card.
    Abdi and Ikran both work at a care home on opposite shifts; they've agreed Khalid
    stays in after dark for now. Liban (3) has glue ear and is waiting for an ENT
    appointment, nursery say his speech is behind.""",
    ["EDU-EXC", "PH", "EYD"],
    [("convention", "CARER", "Conv 12/5: working in a care home on shifts is neither CARER nor FIN."),
     ("convention", "EYD", "Conv 9: under-5 speech = EYD; glue ear = PH.")])
add("Z026-C-yellow", "2026-05-18", "Hensleigh",
    """Khalid finished the YOS prevention programme in March and does boxing at the
    youth centre. No further weapons concerns. He's still anxious about going to the
    park on his own; EHW has done safety planning with him. Liban had grommets in Feb
    and the SALT drop-in said no further input needed.""",
    ["MH-CHILD"],
    [("historical", "CRIME", "YOS prevention finished in March."),
     ("historical", "PH", "Grommets done."),
     ("historical", "EYD", "No further SALT input needed.")])

# Z027 Westmead Green - Folake, Temi (16), David (9)
add("Z027-A-yellow", "2025-01-13", "Westmead Green",
    """David (9) has sickle cell - 3 hospital admissions since Sept with crises,
    attendance 81%. Folake does agency shifts and loses pay every time he's in; she is
    behind on the electric, on a prepayment meter and has gone without power for a few
    days.""",
    ["PH", "EDU-ATT", "FIN"])
add("Z027-A-green", "2025-01-13", "Westmead Green",
    """Temi (16) in Y12 at Westmead sixth form, predicted As. She said some men made
    monkey noises at her at a Quarrybrook Town match; she reported it to the club
    herself and says she isn't bothered by it.""",
    [],
    [("outside", "SAFE-EXP", "Abuse by adult strangers at a match, dealt with by Temi, no need stated."),
     ("negated", "MH-CHILD", "'Isn't bothered by it'.")])
add("Z027-C-green", "2025-06-23", "Westmead Green",
    """Sickle cell nurse has done training with school and a care plan is in place;
    David's attendance is checked fortnightly by the attendance officer. Folake paying
    off the electric debt at £5 a week through the meter.""",
    ["PH", "EDU-ATT", "FIN"],
    [("convention", "EDU-ATT", "Green box, conv 3: attendance still under fortnightly monitoring = present."),
     ("convention", "FIN", "Green box, conv 3: repaying the debt = present.")])

# Z028 Larkmoor - Becky, Dean, Skye (14)
add("Z028-A-orange", "2025-08-18", "Larkmoor",
    """Skye (14, mixed heritage) lives with mum Becky and Becky's partner Dean. A racist
    video about Skye went round her year group in June and since then she's been
    cutting her thighs; CAMHS assessed on 4/8 and she is now open to them. She screams
    at Becky that she 'doesn't get it because she's white' and went missing overnight
    on 9/8 - police found her at a friend's in Hensleigh.""",
    ["SAFE-EXP", "MH-CHILD", "REL-PAR"],
    [("convention", "CRIME", "Conv 7: police finding a missing child is safeguarding, not CRIME."),
     ("convention", "SAFE-EXP", "Missing episode and peer racist video = SAFE-EXP.")])
add("Z028-A-blue", "2025-08-18", "Larkmoor",
    """Becky used to drink heavily but has been sober since 2021 and still goes to her
    AA meeting every Thursday. Dean works from home in IT.""",
    ["SUB"],
    [("convention", "SUB", "Blue box: conv 3 'now managing' plus conv 4 ongoing support (weekly AA) make SUB present, although the heavy drinking itself is past. Judgement call.")])
add("Z028-C-orange", "2026-01-26", "Larkmoor",
    """Skye still open to CAMHS, no cutting since October. No further missing episodes.
    She has moved form group and says the video has 'died down'. Becky has caught
    her vaping in her room.""",
    ["MH-CHILD"],
    [("partial", "MH-CHILD", "Self-harm negated but CAMHS open (conv 4)."),
     ("historical", "SAFE-EXP", "No missing episodes; the video has 'died down' - treated as over."),
     ("convention", "SUB", "Conv 12: vaping is not SUB.")])

# Z029 Quarrybrook - Marcia, Winston, Elijah (7), Nathan (4)
add("Z029-A-orange", "2025-05-27", "Quarrybrook",
    """Family have reported the next door neighbour to police 6 times since Jan for
    racist abuse. The neighbour has counter-complained to the housing association
    about noise from the children and the HA served a Notice of Seeking Possession in
    May citing ASB, which Marcia and Winston dispute - a housing solicitor is helping.
    Marcia has been signed off work with anxiety. Nathan (4) is waiting for a hearing
    test after nursery flagged possible hearing loss.""",
    ["HOUS", "MH-ADULT", "PH"],
    [("outside", "CRIME", "Police reports are about the neighbour's offences."),
     ("not-coded", "CRIME", "The ASB alleged against the family is disputed and only reported as the neighbour's counter-complaint; no offending or ASB by a household member is described as fact."),
     ("convention", "PH", "Hearing is physical health; not one of the EYD items.")])
add("Z029-C-orange", "2025-11-17", "Quarrybrook",
    """HA withdrew the NOSP in Sept after the doorbell camera caught the neighbour's
    abuse; neighbour now has an injunction. Marcia back at work since Aug. Nathan's
    hearing test was normal.""",
    [],
    [("historical", "HOUS", "NOSP withdrawn."),
     ("negated", "PH", "Hearing test normal.")])

# Z030 Hensleigh - Shazia, Noor (15), Zayn (13), Maryam (6)
add("Z030-A-orange", "2025-12-01", "Hensleigh",
    """Zayn (13) gets racist abuse over voice chat on Fortnite most nights and an older
    player has been asking him for photos. When Shazia turned the wifi off he smashed
    the TV and punched her arm; Noor (15) rang the police, who attended. Zayn has had
    3 suspensions since Sept.""",
    ["SAFE-EXP", "REL-PAR", "CRIME", "EDU-EXC"],
    [("convention", "REL-PAR", "Conv 8: child-to-parent violence is REL-PAR plus CRIME because police attended; not DA.")])
add("Z030-A-yellow", "2025-12-01", "Hensleigh",
    """Shazia has about £3k of catalogue and buy now pay later debt and says she's
    anxious about money all the time. Her ex-husband was abusive; she left him in 2019
    and has had no contact since. Maryam (6) doing well at school.""",
    ["FIN", "MH-ADULT"],
    [("historical", "DA", "Left in 2019, no contact since.")])
add("Z030-C-orange", "2026-06-08", "Hensleigh",
    """Zayn open to CAMHS for anger and low mood; CAMHS have started an ADHD
    assessment. Still loses his temper at home but no violence since Feb. Parental
    controls on the console since Jan and he no longer plays with strangers online.""",
    ["MH-CHILD", "EDU-SEND", "REL-PAR"],
    [("convention", "EDU-SEND", "Taxonomy: assessment for ADHD = EDU-SEND."),
     ("partial", "REL-PAR", "Violence is over but temper outbursts at home continue."),
     ("historical", "SAFE-EXP", "No longer plays with strangers online.")])

# ---------------------------------------------------------------------------
# Batch 4: unboxed case notes Z031-Z033 (level = highest cue, conv 2)
# ---------------------------------------------------------------------------

add("Z031-A-note", "2025-03-31", "Larkmoor",
    """Home visit. Khadija reports a group of men outside the bookies on Larkmoor
    Parade shouted Islamophobic abuse and threw eggs at her and Yahya (8) as they
    walked back from the mosque on 21/3. Police attended the same evening and took
    statements; PCSOs doing reassurance patrols. Yahya now won't walk past the shops
    and has asked if he can change his name 'so people don't know'. Khadija says she
    is coping and her sister is round most days. Agreed referral to the school nurse
    for Yahya's worries.""",
    ["MH-CHILD"],
    [("convention", "", "Conv 2: 'police attended' is a police call-out cue, so the note is orange even though the police came about outsiders."),
     ("outside", "CRIME", "The men are strangers."),
     ("negated", "MH-ADULT", "Khadija says she is coping.")],
    note_level="orange")
add("Z031-C-note", "2025-07-14", "Larkmoor",
    """Phone call with Khadija. Yahya is seeing the school nurse fortnightly for his
    worries and is walking to the shops with his cousin again. Police closed the case
    last month, no suspects.""",
    ["MH-CHILD"],
    [("convention", "", "Conv 2: police closing a case is not a call-out or arrest; highest cue is the school nurse, so green.")],
    note_level="green")

add("Z032-A-note", "2025-06-09", "Westmead Green",
    """TAF meeting at Westmead CC for Precious (13). She was suspended for 2 days after
    slapping a girl who pulled her braids and called her a racist name in the lunch
    queue; that girl's family have since posted threats about Precious on Facebook.
    Mum Blessing works nights as an HCA and her hours were cut in the spring - now
    using the food bank at St Mark's. Older brother Emmanuel (17) works at a
    supermarket and is happy there.""",
    ["EDU-EXC", "SAFE-EXP", "FIN"],
    [("convention", "", "Conv 2: a TAF meeting is an orange cue."),
     ("convention", "FIN", "Hours cut plus food bank = FIN; night work alone would not be (conv 5)."),
     ("not-coded", "EDU-NEET", "Emmanuel is in work.")],
    note_level="orange")
add("Z032-C-note", "2025-12-08", "Westmead Green",
    """Closure summary. No further suspensions for Precious, she has a mentor through
    the Sisters Rise scheme and says the girl leaves her alone now. Blessing's hours
    are back up and she hasn't needed the food bank since Sept. Emmanuel is thinking
    of quitting his job - if he does he'd be NEET and would want careers support.""",
    [],
    [("historical", "EDU-EXC", "No further suspensions."),
     ("historical", "SAFE-EXP", "The girl leaves her alone now."),
     ("historical", "FIN", "Food bank not needed since Sept."),
     ("hypothetical", "EDU-NEET", "'If he does he'd be NEET'.")])

add("Z033-A-note", "2025-09-29", "Quarrybrook",
    """Referral from Quarrybrook Primary DSL. Sophie (mum) says the neighbours shout
    racist names at Amir (5) and his dad Karwan over the fence and police have been
    called out 3 times. At school Amir has started wetting himself again and hides
    under the tables when there's a loud noise. Sophie and Karwan argue constantly
    about whether to move away. Family on UC. Allocated to an early help worker.""",
    ["PH", "MH-CHILD", "REL-CONF"],
    [("convention", "", "Conv 2: police called out = orange cue (higher than the EH worker's yellow)."),
     ("convention", "PH", "Conv 9: Amir is 5, not under 5, so wetting is PH rather than EYD."),
     ("outside", "SAFE-EXP", "The adult neighbours' abuse is not coded as bullying; only its effects on the family."),
     ("convention", "FIN", "Conv 5: UC alone is not FIN."),
     ("not-coded", "HOUS", "Arguing about whether to move is not a housing need.")],
    note_level="orange")
add("Z033-C-note", "2026-02-16", "Quarrybrook",
    """Closure. Family moved to an HA house in Hensleigh in Jan on a management
    transfer and have had no contact from the old neighbours. Sophie and Karwan did 4
    relationship sessions at the family hub and say they're 'a team again'. Amir dry at
    school since Christmas. Family know how to self refer back.""",
    [],
    [("historical", "REL-CONF", "Relationship sessions done, 'a team again'."),
     ("historical", "PH", "Dry since Christmas.")])

# ---------------------------------------------------------------------------
# Writer
# ---------------------------------------------------------------------------

def write():
    ncols = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
             "locality", "narrative"]
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(ncols)
        for n in NARRATIVES:
            w.writerow([n[c] for c in ncols])
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for row in GOLD:
            w.writerow(row)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8",
              newline="\r\n") as f:
        json.dump(TRAPS, f, indent=2, ensure_ascii=False)
        f.write("\n")

    cases = {n["case_id"] for n in NARRATIVES}
    triages = {n["triage_id"] for n in NARRATIVES}
    notes = sum(1 for n in NARRATIVES if not n["level"])
    with_gold = {g[0] for g in GOLD}
    print(f"narratives: {len(NARRATIVES)} ({notes} unboxed notes) "
          f"from {len(cases)} cases, {len(triages)} triages")
    print(f"narratives with no gold rows: {len(NARRATIVES) - len(with_gold)}")
    print(f"gold rows: {len(GOLD)}")
    cc = Counter(g[1] for g in GOLD)
    print("codes: " + ", ".join(f"{c} {cc[c]}" for c in CODES))
    lc = Counter(g[2] for g in GOLD)
    print("levels: " + ", ".join(f"{l} {lc[l]}" for l in LEVELS))
    print(f"narratives with trap notes: {len(TRAPS)}")


if __name__ == "__main__":
    write()
