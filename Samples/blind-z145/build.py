#!/usr/bin/env python3
"""Blind gold set Z (voluntary-sector family support project, Tyneside, 2025-26).

Narratives are written one at a time below, each with its gold codes (present
status only) and trap notes.  Coding follows /work/shared/taxonomy.md only.
Running this script writes narratives.csv, gold.csv and traps.json (UTF-8, CRLF).
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = []


def N(stage, box, text, codes, traps=(), note_level=None):
    """One narrative. stage 'A'/'C'; box = level, or 'note' for an unboxed note
    (then note_level is the single highest cue level in its text)."""
    return dict(stage=stage, box=box, text=text, codes=list(codes),
                traps=[dict(type=t, code=c, note=n) for (t, c, n) in traps],
                note_level=note_level)


def case(cid, locality, a_date, c_date, items):
    CASES.append(dict(cid=cid, loc=locality, a=a_date, c=c_date, items=items))

# ---------------------------------------------------------------------------
# Project: Kittiwake Family Project (charity) - community pantry, "Tiddlers"
# toddler group, "Dads Den" dads' group, warm space at the Wesley Rooms.
# Localities (invented): Brackenhaugh, Coalburn Vale, Staithes End, Tyneview Park.
# ---------------------------------------------------------------------------

# ----------------------------- batch 1: Z001-Z008 ---------------------------

case("Z001", "Brackenhaugh", "2025-02-10", "2025-07-14", [
    N("A", "green",
      "Ivy (2) came to Tiddlers with her mam Shannon for the first time. Lovely little thing but "
      "hardly any words yet, mostly points and grunts to get what she wants. HV has her 2yr check "
      "booked for March and Shannon's going to mention it. Mason (7) is at Brackenhaugh Primary, no "
      "probs there that mam knows of.",
      ["EYD"],
      [("negated", "EDU-ATT", "'no probs there' for Mason at school: nothing to code for the school-age child.")]),
    N("A", "yellow",
      "Had a proper chat with Shannon over a brew after the pantry. Electric and gas are both on "
      "prepay and she's been going without the gas for 3-4 days at a time, the house was freezing "
      "when I dropped her bags home and her and the bairns were sat under blankets. She's about £600 "
      "behind on the council tax and has had a summons letter. She got tearful and said she's "
      "'knackered all the time and can't see a way out of it'. Did an EH referral with her consent "
      "and booked her in with the debt advice lass who comes in on Weds.",
      ["FIN", "MH-ADULT"],
      [("convention", "FIN", "Fuel poverty (self-rationing gas on prepay) and council tax arrears are FIN (conv 10)."),
       ("not-coded", "SAFE-NEG", "Cold house caused by fuel poverty; no failure of basic care, food or hygiene described, so FIN only, not SAFE-NEG."),
       ("partial", "MH-ADULT", "Tearful, 'can't see a way out' read as current low mood of the parent -> MH-ADULT.")]),
    N("C", "blue",
      "Shannon has set up a payment plan with the council for the arrears, £25 a month, and hasn't "
      "missed one since May. She tops the meter up little and often on payday now instead of letting "
      "it run out. Still comes to the pantry most Fridays, says it makes the money stretch. Says she "
      "feels loads brighter these days and isn't on anything from the GP.",
      ["FIN"],
      [("convention", "FIN", "Blue box: repaying arrears and using the pantry is 'now managing' -> present (conv 3)."),
       ("historical", "MH-ADULT", "'feels loads brighter', no treatment: low mood described as over; not coded.")]),
])

case("Z002", "Coalburn Vale", "2025-03-03", "2025-09-22", [
    N("A", "yellow",
      "Craig (41) has been coming to Dads Den since Jan. He's been really flat since his ex Nicola "
      "moved out in the autumn, says some days he can't face getting out of bed and he's stopped "
      "seeing his mates. No thoughts of harming himself he says. Nicola picks the kids up on a Sunday "
      "and they end up rowing on the doorstep about money and Xmas arrangements with the kids stood "
      "there. Jack (14) has been skiving, letter from Tynebank High says his attendence is 79%. EH "
      "referral done, hoping for an EHW.",
      ["MH-ADULT", "REL-CONF", "EDU-ATT"],
      [("negated", "MH-ADULT", "'No thoughts of harming himself' negates only suicidal ideation; the low mood is present, so MH-ADULT stays."),
       ("convention", "REL-CONF", "Separated parents rowing over money/arrangements: REL-CONF (conv 8). Nicola lives elsewhere but the conflict is the family's need.")]),
    N("A", "orange",
      "Craig's UC was sanctioned after he missed a journal appointment so he's had about £300 less "
      "this month. He's £1,100 behind on the rent with Northern Quay Housing and they've served a "
      "notice of seeking possession. House is damp too, black mould in Lexi's (11) room and her "
      "asthma's been worse - two trips to the GP since Xmas and her inhaler's been upped. I've rung "
      "the housing officer who says she'll hold off while he gets advice.",
      ["FIN", "HOUS", "PH"],
      [("convention", "FIN", "Benefit sanction and rent arrears: a described benefit/money problem, so UC does evidence FIN here (conv 5).")]),
    N("C", "blue",
      "Craig still comes every Thursday and says it's the one night of the week he looks forward to. "
      "He's picked up a few shifts at the hand car wash. Rent arrears are down to £350 and he's paying "
      "£15 a week on top of the rent, not missed a payment.",
      ["FIN"],
      [("convention", "FIN", "Paying off rent arrears = 'now managing' in a blue box -> FIN present (conv 3); the shifts themselves are not FIN (conv 5).")]),
])

case("Z003", "Staithes End", "2025-04-07", "2025-10-13", [
    N("A", "note",
      "Jodie (24) came in to the pantry with Ruby (8m) and asked on the quiet if we had any formula - "
      "she's been watering the bottles down to make the tin last. Said the cupboards are bare apart "
      "from some pasta. Her partner Liam (26) lost his job at the warehouse a month ago and they're in "
      "the 5 week wait for UC. Gave them a food parcel and a tin of formula and rang the HV, who's "
      "going out Thurs to weigh Ruby as she dropped below her centile at the last weigh in. Jodie "
      "agreed to an Early Help referral, done same day.",
      ["SAFE-NEG", "FIN", "PH"],
      [("convention", "SAFE-NEG", "Watered-down feeds and bare cupboards = food in the home / basic care -> SAFE-NEG; job loss, UC wait and food parcel -> FIN; both coded (conv 10)."),
       ("convention", "PH", "Infant dropped below her weight centile -> PH (weight)."),
       ("level", "LEVEL", "Unboxed: highest cue is the Early Help referral (yellow); HV is only green (conv 2).")],
      note_level="yellow"),
    N("C", "note",
      "Update - Liam started at the distribution centre in July and the UC's been sorted. Jodie says "
      "they don't need the pantry as much, maybe once a month for nappies and bits when it's tight "
      "before payday. Ruby (14m) is back on her centile and the HV has stopped the extra weighs. The "
      "EH worker, Dawn, is doing her closing visit next week.",
      ["FIN"],
      [("partial", "FIN", "Still using the pantry when money is tight before payday: a reduced but current money need -> FIN."),
       ("historical", "PH", "Back on centile, extra weighs stopped: over."),
       ("level", "LEVEL", "Unboxed: the EH worker is still involved (closing visit next week) -> yellow cue (conv 2).")],
      note_level="yellow"),
])

case("Z004", "Tyneview Park", "2025-01-20", "2025-06-30", [
    N("A", "green",
      "Poppy (6) is in Y1 at Keelman's Way Primary, school say she's doing fine. Kerry (35) has type 2 "
      "diabetes and has missed her last two diabetic reviews as she couldn't afford the bus fare to "
      "the surgery.",
      ["PH", "FIN"],
      [("partial", "FIN", "'couldn't afford the bus fare' is a described money problem -> FIN alongside PH."),
       ("not-coded", "EDU-ATT", "Poppy 'doing fine' at school: pure good news, not coded (conv 3).")]),
    N("A", "yellow",
      "Kerry came to the warm space on Tues and asked for help - the gas went off last month when she "
      "couldn't keep up and now the meter takes £10 a week off every top up for the old debt. She's "
      "buying bits at the corner shop day to day. Tyler (15) does most of the shopping and cooking and "
      "gets Poppy ready for school on the days Kerry's legs are too swollen to get downstairs.",
      ["FIN", "CARER", "PH"],
      [("convention", "CARER", "A 15-year-old doing shopping, cooking and getting his sister ready because of mum's health = young carer.")]),
    N("A", "orange",
      "Tyler was picked up by the police on Sat night with a group who'd been lobbing stones at buses "
      "on the estate, he got a community resolution. Kerry can't get him in at night, he's been out "
      "till 2am a few times and just laughs when she tells him he's grounded.",
      ["CRIME", "REL-PAR"],
      [("convention", "CRIME", "ASB by a household member dealt with by police -> CRIME (conv 7)."),
       ("convention", "REL-PAR", "Mum cannot set boundaries / curfew -> REL-PAR.")]),
    N("C", "yellow",
      "Gas back on. Citizens Advice got the meter debt written off but Kerry's still relying on the "
      "hardship fund's fuel vouchers most months. No further bother with the police since March. "
      "Tyler goes to the young carers club on a Friday and loves it. Kerry says she's still got no "
      "control over what time he comes in on a weekend and she wants to do the Talking Teens course in "
      "Sept.",
      ["FIN", "CARER", "REL-PAR"],
      [("historical", "CRIME", "'No further bother with the police since March' -> historical (conv 3)."),
       ("partial", "FIN", "Debt written off (over) but still relying on fuel vouchers -> FIN present (conv 10)."),
       ("convention", "CARER", "Attending the young carers club is an ongoing service -> CARER (conv 4).")]),
])

case("Z005", "Brackenhaugh", "2025-02-24", "2025-08-11", [
    N("A", "yellow",
      "Dean (38) stayed back after Dads Den and told me he's been drinking most nights since he was "
      "laid off from the fabrication yard in January, 8 cans or a bottle of wine. Him and Sophie have "
      "been arguing a lot about it. He's open to talking to the Riverside Recovery Service (drug and "
      "alcohol) and I've given him their number. The twins (4) start reception in Sept and nursery "
      "have said Harry still isn't dry in the day.",
      ["SUB", "FIN", "REL-CONF", "EYD"],
      [("convention", "FIN", "Dad laid off = adult worklessness -> FIN (conv 11)."),
       ("convention", "EYD", "Toileting of a 4-year-old (under 5) -> EYD (conv 9)."),
       ("convention", "REL-CONF", "Parents arguing, no abuse described -> REL-CONF (conv 8).")]),
    N("A", "orange",
      "Kayla (13, Sophie's daughter) told her tutor at Coalburn Vale Academy that she's been cutting "
      "her arms, school have reffered to CAMHS and she's on the waiting list. She's also been sending "
      "pics to a lad on Snapchat who says he's 16 and keeps asking her to meet up.",
      ["MH-CHILD", "SAFE-EXP"],
      [("convention", "MH-CHILD", "Self-harm and CAMHS waiting list -> MH-CHILD (conv 4)."),
       ("convention", "SAFE-EXP", "Online contact asking for images/meeting = online safety / grooming -> SAFE-EXP.")]),
    N("C", "blue",
      "Dean's been off the drink since April and still goes to his SMART meeting every Monday night, "
      "says it keeps him honest. He's started labouring for a building firm.",
      ["SUB"],
      [("convention", "SUB", "Hard call: sober since April but still in ongoing recovery support (SMART) -> 'now managing' in a blue box, present (conv 3, conv 4)."),
       ("historical", "FIN", "Now working: worklessness over, not coded.")]),
])

case("Z006", "Coalburn Vale", "2025-11-03", "2026-03-16", [
    N("A", "blue",
      "Leanne (31) comes to the warm space at the Wesley Rooms on Weds mornings, she says it gets her "
      "out of the house and she's got chatting to a couple of the other mams. Told me she's been dead "
      "lonely since they moved up from Hartlepool in the summer.",
      [],
      [("not-coded", "MH-ADULT", "Loneliness alone is not a listed mental-health need (no low mood, anxiety or depression described); not coded."),
       ("not-coded", "FIN", "Warm-space attendance for company only; no money or fuel problem described, so no FIN.")]),
    N("A", "green",
      "Kai (10) is on the ADHD pathway, SENCo at Coalburn Vale Primary has him on SEN support with a "
      "time out card and movement breaks. Lily-Mae (3) does her 15 hrs at nursery, 2 yr check done, "
      "no worries.",
      ["EDU-SEND"],
      [("convention", "EDU-SEND", "ADHD pathway + SEN support -> EDU-SEND (conv 4)."),
       ("negated", "EYD", "Lily-Mae: nursery taken up, check done, 'no worries' - no need stated.")]),
    N("A", "yellow",
      "Kai's behaviour at home is really hard going for Leanne - he kicks off at bedtime, has pushed "
      "her into the door frame a couple of times and called her all sorts. She says she's walking on "
      "eggshells. She asked me about the Incredible Years course so I've put her name down for the "
      "Jan group.",
      ["REL-PAR"],
      [("convention", "DA", "Child-to-parent violence is REL-PAR, not DA (conv 8); no police, so no CRIME.")]),
    N("C", "blue",
      "Leanne finished Incredible Years last week and is using the reward chart and the wind-down "
      "routine at night. Still a few bedtime battles with Kai but no more pushing since Christmas.",
      ["REL-PAR"],
      [("partial", "REL-PAR", "Pushing over since Christmas, but bedtime battles continue and routines are being managed -> REL-PAR present (conv 3).")]),
])

case("Z007", "Staithes End", "2025-05-19", "2025-12-01", [
    N("A", "green",
      "Zain (5) in reception at Staithes End First, teacher says he's settling lovely. Maryam (1) is "
      "behind with her jabs, Aisha didn't know she had to book them herself - sat with her and we rang "
      "the surgery together, booked for Tuesday.",
      ["PH"],
      [("convention", "PH", "Missed immunisations -> PH.")]),
    N("A", "yellow",
      "Aisha (28) and the kids are in a one bed flat above the chippy, all three share the double bed "
      "and there's mould up the bedroom wall. She's on the housing register, band C. She gets UC and "
      "child benefit and says she manages the money fine. She's been very low, crying a lot, family "
      "all in Birmingham and she hardly knows anyone here. GP has started her on sertraline. I've "
      "referred to EH for help with the housing side.",
      ["HOUS", "MH-ADULT"],
      [("convention", "FIN", "UC and child benefit named with 'manages the money fine': benefit names alone are not FIN (conv 5).")]),
    N("C", "blue",
      "Housing bid came through, they moved into a 2 bed with Northern Quay Housing in October, no "
      "damp. Aisha's made a couple of friends at Tiddlers and meets them at the park. Still on "
      "sertraline, says she's 'much better but not all the way there'.",
      ["MH-ADULT"],
      [("historical", "HOUS", "Moved to a suitable 2 bed with no damp: housing need over."),
       ("convention", "MH-ADULT", "Still on sertraline, 'not all the way there' -> managing, present (conv 3, 4).")]),
])

case("Z008", "Tyneview Park", "2025-06-09", "2025-12-15", [
    N("A", "yellow",
      "Stacey's been coming to the pantry every week since March. The kids are always starving when "
      "they come in - Jayden (8) ate three bananas while his mam was queuing and Harper (4) was crying "
      "for the biscuits. Stacey says there's nothing in the fridge by Thursday. Last couple of weeks "
      "she's had a bruise on her wrist, said it was the pram.",
      ["SAFE-NEG", "FIN"],
      [("convention", "SAFE-NEG", "Hungry children and an empty fridge -> SAFE-NEG; weekly pantry use -> FIN; both (conv 10)."),
       ("not-coded", "DA", "Bruise explained as the pram, no disclosure or abuse described in this box: DA not coded (conv 1).")]),
    N("A", "orange",
      "Stacey disclosed on Friday that Ryan takes her bank card and gives her £20 a week for food, "
      "goes through her phone and won't let her see her sister. Last week he grabbed her by the wrist "
      "and threw her phone at the wall. DASH - high risk. MARAC referral done, IDVA contacted, police "
      "informed.",
      ["DA"],
      [("not-coded", "FIN", "Partner controlling her money is economic abuse, part of the DA; no separate money problem -> DA only."),
       ("convention", "CRIME", "Partner's assault on the adult victim is DA only, not CRIME (conv 7).")]),
    N("A", "red",
      "Strategy meeting 12/6 after Reggie (5m) was found on his own in the flat, asleep in his cot, "
      "while Stacey was at the shop and Ryan was out. Home conditions poor on the SW's visit - dog mess "
      "on the kitchen floor, no clean bottles. s47 agreed, ICPC booked.",
      ["SAFE-NEG"],
      [("convention", "SAFE-NEG", "Baby left unsupervised and poor home conditions -> SAFE-NEG.")]),
    N("C", "red",
      "All 3 kids on CP plans under neglect. Second review conference said good progress - house clean "
      "at every unannounced visit and Reggie's supervision has been fine. Ryan has a non-mol and isn't "
      "living there. Looking at stepping down to CIN in Jan.",
      ["SAFE-NEG", "DA"],
      [("partial", "SAFE-NEG", "Good progress, but the children remain on CP plans under neglect -> SAFE-NEG present (conv 4)."),
       ("convention", "DA", "A non-molestation order currently in force against the ex-partner -> DA present.")]),
])

# ----------------------------- batch 2: Z009-Z016 ---------------------------

case("Z009", "Brackenhaugh", "2025-03-17", "2025-10-06", [
    N("A", "green",
      "Ellie (12) is in Y7 at Hollyburn Academy, no attendance worries, doing well. Tracy (47) has COPD "
      "and is on oxygen at night, the GP and the resp nurse see her every 3 months. She's on ESA and "
      "PIP and says money's fine, no debts.",
      ["PH"],
      [("negated", "EDU-ATT", "'no attendance worries' for Ellie."),
       ("convention", "FIN", "ESA and PIP named, 'money's fine, no debts': benefit names alone are not FIN and do not imply PH or CARER (conv 5).")]),
    N("A", "yellow",
      "Callum (17) packed in his college course at Christmas and is in bed till dinner time most days, "
      "not looking for work. Tracy says he's 'lost'. I told him about the youth hub drop-in at the "
      "library on Tuesdays. Ellie does loads for her mam - sorts her oxygen tubes, hoovers and does "
      "the shopping after school.",
      ["EDU-NEET", "CARER"],
      [("convention", "EDU-NEET", "17-year-old out of college and not working -> EDU-NEET only; no FIN for a young person's NEET status (conv 11)."),
       ("not-coded", "MH-CHILD", "'lost' and lying in bed is not described as low mood or anxiety; not coded.")]),
    N("C", "blue",
      "Callum started a joinery apprenticeship in September. Ellie still helps her mam with the "
      "shopping and goes to young carers club every other Tuesday, she's made a best mate there.",
      ["CARER"],
      [("historical", "EDU-NEET", "Now in an apprenticeship: NEET over."),
       ("convention", "CARER", "Still helping plus young carers club -> CARER present (conv 3, 4).")]),
])

case("Z010", "Coalburn Vale", "2025-09-08", "2026-02-02", [
    N("A", "note",
      "Gemma (39) came into the pantry in a right state - her landlord's served a section 21, they've "
      "to be out by 10 Nov as he's selling up. She's not behind on the rent at all, he just wants the "
      "house back. Private rents round here are £750+ for a 2 bed and she's no idea where they'll go. "
      "On top of that Brody (14) has been refusing to go to school since a group of lads in his year "
      "started picking on him and filming it, he's missed the first 2 weeks of term. Referred to EH "
      "and gave her the housing options number.",
      ["HOUS", "EDU-ATT", "SAFE-EXP"],
      [("negated", "FIN", "'not behind on the rent at all': no money problem described."),
       ("convention", "SAFE-EXP", "Being bullied by peers is the child's need -> SAFE-EXP (taxonomy: bullied by peers)."),
       ("level", "LEVEL", "Unboxed: a section 21 notice is an eviction/possession notice -> orange, higher than the EH referral (conv 2).")],
      note_level="orange"),
    N("C", "note",
      "Gemma and the kids got a council house on the Coalburn estate the week before Xmas, she's made "
      "up. Brody's on a part-time timetable (mornings only) and the anti-bullying lead at school is "
      "doing weekly sessions with him. Money's tight after the move and she's had two food bank "
      "vouchers off us in Jan. EH worker Carol is keeping the case open till the school plan is "
      "reviewed in March.",
      ["EDU-ATT", "SAFE-EXP", "FIN"],
      [("historical", "HOUS", "Rehoused in a council house: housing need over."),
       ("convention", "EDU-ATT", "Part-time timetable -> EDU-ATT."),
       ("convention", "SAFE-EXP", "Ongoing anti-bullying work -> SAFE-EXP (conv 4)."),
       ("level", "LEVEL", "Unboxed: the open EH case is the highest current cue (yellow); school alone is green (conv 2).")],
      note_level="yellow"),
])

case("Z011", "Staithes End", "2025-04-28", "2025-11-10", [
    N("A", "green",
      "Paul (58) is Lewis's special guardian - kinship carer since 2023. Lewis (6) is still wetting "
      "the bed most nights, GP has referred him to the enuresis clinic. The speech therapist in school "
      "says his speech is about 18 months behind and he's on SEN support at Staithes End First.",
      ["PH", "EDU-SEND"],
      [("convention", "CARER", "'kinship carer' is not CARER: that code is a child who cares (conv 12)."),
       ("convention", "EDU-SEND", "Speech and language for a school-age child -> EDU-SEND, not EYD (conv 9)."),
       ("convention", "PH", "Bedwetting at school age -> PH (conv 9).")]),
    N("A", "yellow",
      "Paul gave up his job at the bus depot to look after Lewis and is on UC now. The council cut the "
      "kinship allowance in April and he's £400 behind on the water and the electric. He's embarrassed "
      "about using the pantry but he's been twice now. EH referral done and CAB appt booked for 6/5.",
      ["FIN"],
      [("convention", "FIN", "Utility arrears, benefit cut and pantry use -> FIN.")]),
    N("C", "blue",
      "Paul got the water onto the social tariff and the electric arrears are on a £5 a week plan, "
      "he's keeping up with it. He's started helping set up for Dads Den on a Thursday.",
      ["FIN"],
      [("convention", "FIN", "Repaying arrears on a plan = now managing -> FIN (conv 3).")]),
])

case("Z012", "Tyneview Park", "2025-07-07", "2026-01-12", [
    N("A", "green",
      "Chelsea (22) lives with her mam and baby Freddie (10 wks). HV has done the new birth and the "
      "6-8 wk check, weight gain good, breastfeeding's going well.",
      [],
      [("not-coded", "EYD", "Routine checks and breastfeeding going well: pure good news with no need stated (conv 3)."),
       ("not-coded", "PH", "'weight gain good' is not a weight concern.")]),
    N("A", "yellow",
      "HV asked us to invite Chelsea to Tiddlers as she scored high on the EPDS, GP has diagnosed "
      "postnatal depression. She told me she feels like she's failing at everything and cries most "
      "afternoons when her mam's at work. She said she's never had any thoughts of harming herself or "
      "Freddie.",
      ["MH-ADULT"],
      [("negated", "MH-ADULT", "Thoughts of harm denied, but PND is diagnosed -> MH-ADULT present.")]),
    N("C", "blue",
      "Chelsea's at Tiddlers every Monday with Freddie and has joined the buggy walk. She says the PND "
      "is lifting and the GP has halved her antidepressants.",
      ["MH-ADULT"],
      [("convention", "MH-ADULT", "Still on (reduced) antidepressants, PND 'lifting' -> managing, present (conv 3, 4).")]),
])

case("Z013", "Brackenhaugh", "2025-02-03", "2025-09-15", [
    N("A", "yellow",
      "Nikki (34) has been on a methadone script with the drug and alcohol service for 2 yrs and says "
      "she's stable on it. Summer (11) does a lot at home - gets Blake (7) up and to school and makes "
      "the tea most nights.",
      ["SUB", "CARER"],
      [("convention", "SUB", "Methadone script -> SUB even when 'stable' (conv 4).")]),
    N("A", "orange",
      "Worries this week: 1) Blake's attendance at Brackenhaugh Primary is 71%, school have had him at "
      "attendance panel and mentioned a fine. 2) Summer was reported missing by Nikki last Fri, police "
      "found her in the town centre at 11pm and brought her home. 3) She's hanging round with older "
      "girls who buy her vapes.",
      ["EDU-ATT", "SAFE-EXP"],
      [("convention", "CRIME", "Police finding a missing child is safeguarding, not CRIME (conv 7)."),
       ("convention", "SUB", "Vaping is not SUB (conv 12)."),
       ("convention", "SAFE-EXP", "Missing episode -> SAFE-EXP.")]),
    N("A", "red",
      "Section 47 started after Blake told his teacher mam was 'asleep on the settee and wouldn't wake "
      "up' and he couldn't get in the house till after 7. Nikki admitted she'd been using heroin on "
      "top of the script. ICPC 3/3.",
      ["SUB", "SAFE-NEG"],
      [("convention", "SAFE-NEG", "Young child unable to get in / unsupervised while parent incapacitated -> SAFE-NEG.")]),
    N("C", "red",
      "Both kids still on CP plans under neglect. Nikki's tests have been clear of heroin since June "
      "and she's not missed a script pick up. Blake's attendance is still an issue at 88%, school "
      "monitoring it weekly.",
      ["SAFE-NEG", "SUB", "EDU-ATT"],
      [("partial", "SUB", "Heroin use over since June, but the methadone script continues -> SUB present (conv 4)."),
       ("convention", "SAFE-NEG", "CP plans under neglect continue.")]),
])

case("Z014", "Coalburn Vale", "2025-05-12", "2025-12-08", [
    N("A", "blue",
      "Mark (33) says his partner Jess's mam has Leo (3) two days a week so they're fine for childcare. "
      "He's been using the Dads Den whatsapp to swap outgrown kids' clothes and got Leo a winter coat "
      "off it.",
      [],
      [("not-coded", "FIN", "Swapping clothes through the group is ordinary network use; no money problem stated.")]),
    N("A", "yellow",
      "Mark's ex Kirsty has stopped him seeing his daughter Isla (7) since March and it's been constant "
      "back and forth on text, they can't be in the same room. He's had the solicitor's free half hour "
      "and we talked about family mediation. He said Kirsty's drinking heavily again, which worries "
      "him, but Isla lives with her and he knows to ring children's services if he's worried. Mark's on "
      "sertraline from the GP for anxiety.",
      ["REL-CONF", "MH-ADULT"],
      [("outside", "SUB", "Ex-partner's drinking is outside the household: not coded (conv 6)."),
       ("hypothetical", "SAFE-NEG", "Any worry about Isla in her mum's care is outside Mark's household, and 'if he's worried' is hypothetical: not coded."),
       ("convention", "REL-CONF", "Contact dispute after separation -> REL-CONF.")]),
    N("C", "blue",
      "After two mediation sessions Mark has Isla every other weekend, handovers at the retail park, "
      "and he says him and Kirsty are civil now. Still on sertraline but a lower dose.",
      ["REL-CONF", "MH-ADULT"],
      [("convention", "REL-CONF", "Hard call: contact arrangement now working after mediation, read as the separation being managed -> present in a blue box (conv 3)."),
       ("convention", "MH-ADULT", "Ongoing sertraline -> present (conv 4).")]),
])

case("Z015", "Staithes End", "2025-09-15", "2026-02-23", [
    N("A", "green",
      "Becky (30) brings Noah (3) and Ava (18m) to Tiddlers on her own as Josh works nights at the car "
      "plant. Noah has about 30 words, HV referred him to SaLT after his 27 month review and he's on "
      "the waiting list. Still in nappies, Becky's tried twice. Ava - no concerns.",
      ["EYD"],
      [("convention", "FIN", "Partner working nights is not FIN (conv 5)."),
       ("convention", "EYD", "Under-5 speech delay and toileting -> EYD (conv 9).")]),
    N("A", "yellow",
      "n/a - nothing at this level",
      [],
      [("not-coded", "LEVEL", "Empty box.")]),
    N("C", "green",
      "Noah's had 3 SaLT sessions at the children's centre and is putting 2-3 words together now. Dry "
      "in the day since Christmas!! Ava walking and babbling away, HV happy.",
      ["EYD"],
      [("partial", "EYD", "Toileting resolved (historical) but SaLT ongoing -> EYD present (conv 4).")]),
])

case("Z016", "Tyneview Park", "2025-10-20", "2026-04-13", [
    N("A", "yellow",
      "Kieran (16) left Tynebank High in the summer with no college place, got a couple of GCSEs but "
      "says he doesn't want to do anything. I've put him in touch with the youth hub's Step Up "
      "programme. Joanne (44) has been out of work since August when the care home she cleaned at "
      "shut, and her UC claim still isn't in payment. She used the pantry for the first time last week "
      "and was mortified.",
      ["EDU-NEET", "FIN"],
      [("convention", "FIN", "FIN comes from the parent's worklessness and UC delay, not from Kieran's NEET status (conv 11).")]),
    N("A", "orange",
      "Demi (13) has had 3 suspensions this term for swearing at staff and fighting, school are "
      "talking about a managed move. GP referred her to CAMHS after a panic attack in maths, she's "
      "waiting on an appointment.",
      ["EDU-EXC", "MH-CHILD"],
      [("convention", "MH-CHILD", "Awaiting CAMHS -> MH-CHILD (conv 4).")]),
    N("C", "green",
      "Demi's settled at Coalburn Vale Academy since the managed move in January, no suspensions "
      "since. CAMHS discharged her to the school counsellor and she sees her weekly.",
      ["MH-CHILD"],
      [("historical", "EDU-EXC", "Managed move completed in January, settled, no suspensions since -> historical (conv 3)."),
       ("convention", "MH-CHILD", "Weekly school counselling is an ongoing service for her wellbeing -> MH-CHILD (conv 4).")]),
])

# ----------------------------- batch 3: Z017-Z024 ---------------------------

case("Z017", "Brackenhaugh", "2025-08-18", "2026-01-26", [
    N("A", "note",
      "Lee (36) came to Dads Den for the first time, the SW suggested it. Both kids have been on child "
      "in need plans since the s17 assessment in July, after the house was found in a bad way - no "
      "working cooker, dog mess, Theo (2) left in a dirty nappy for hours. Lee says they've had a skip "
      "out and it's much better. Claire (35) has bipolar and has been in hospital twice this year, "
      "she's home now and the crisis team are visiting. Millie (9) misses a lot of school when her "
      "mam's poorly.",
      ["SAFE-NEG", "MH-ADULT", "EDU-ATT"],
      [("partial", "SAFE-NEG", "House 'much better' but the CIN plans for neglect are current -> SAFE-NEG present (conv 4)."),
       ("level", "LEVEL", "Unboxed: child in need (s17) plan is a red cue (conv 2).")],
      note_level="red"),
    N("C", "note",
      "Lee's still at Dads Den most weeks. CIN plan closed in Dec and the family stepped down to EH, "
      "their family worker is Carol. Claire's been well since the autumn on her new meds and sees the "
      "CPN monthly. Millie's attendance this term is 97%.",
      ["MH-ADULT"],
      [("convention", "MH-ADULT", "Well, but on medication and seen monthly by the CPN -> ongoing treatment, present (conv 4)."),
       ("not-coded", "EDU-ATT", "97% attendance: good news, not coded (conv 1, 3)."),
       ("level", "LEVEL", "Hard call: the CIN plan is named but closed; an ended plan is not treated as a cue. Current cues: EH family worker / CPN -> yellow (conv 2).")],
      note_level="yellow"),
])

case("Z018", "Coalburn Vale", "2025-03-24", "2025-09-01", [
    N("A", "blue",
      "Lisa (38) found out Steve had run up about £4,000 on credit cards on online betting. He's "
      "self-excluded from all the betting sites and handed her his bank cards. They're ringing a free "
      "debt charity themselves about a debt management plan.",
      ["FIN"],
      [("convention", "SUB", "Gambling debts are FIN, not SUB (conv 10)."),
       ("not-coded", "EDU-EXC", "'self-excluded' from betting sites has nothing to do with school exclusion.")]),
    N("A", "yellow",
      "Lisa says her and Steve are rowing all the time since the debt came out. Ethan (12) told his "
      "teacher he puts his headphones on at night so he can't hear them. I've given Lisa the dates for "
      "the council's Reducing Parental Conflict course and she's definately keen, Steve says he'll think about it.",
      ["REL-CONF"],
      [("not-coded", "MH-CHILD", "Ethan blocking out the rows is the effect of parental conflict; no emotional-wellbeing need described for him.")]),
    N("C", "blue",
      "DMP set up at £120 a month, Steve's kept to it since May and says he's not had a bet. They still "
      "row now and again but Lisa says it's 'nowt like before'.",
      ["FIN", "REL-CONF"],
      [("convention", "FIN", "Repaying debt through a DMP = managing -> present (conv 3)."),
       ("partial", "REL-CONF", "Rows reduced but still happening -> present.")]),
])

case("Z019", "Staithes End", "2025-12-01", "2026-05-18", [
    N("A", "green",
      "Alfie (4) does 30 hrs at Ridgeside Nursery. Nursery have noticed he's in the same clothes most "
      "days and his coat's too small, Kayleigh told them she can't get him a new one till payday. He's "
      "been to the GP 3 times this winter with chest infections.",
      ["SAFE-NEG", "FIN", "PH"],
      [("partial", "SAFE-NEG", "Hard call: same clothes most days and an outgrown coat = basic care/hygiene -> SAFE-NEG, even though poverty-driven."),
       ("partial", "FIN", "'can't get him a new one till payday' is a stated money problem -> FIN."),
       ("not-coded", "EYD", "Nursery take-up is fine (30 hrs); no developmental need.")]),
    N("A", "yellow",
      "Kayleigh's (26) private let flat has black mould in the bedroom and rotten window frames, the "
      "landlord won't answer her calls. She's self-disconnecting the electric most weeks as she can't "
      "afford to top up the prepay, and spends most afternoons at the warm space in the library so "
      "Alfie's warm. Referred to EH and the council's Warm Homes team.",
      ["HOUS", "FIN"],
      [("convention", "FIN", "Self-disconnection on prepay / using a warm space to keep the child warm = fuel poverty -> FIN (conv 10).")]),
    N("C", "blue",
      "Kayleigh got the Warm Home Discount and some fuel vouchers off us and is budgeting for the meter "
      "weekly. Alfie got a new coat from our coat bank. Landlord replaced the windows and treated the "
      "mould after environmental health got involved in March.",
      ["FIN"],
      [("convention", "FIN", "Fuel vouchers and weekly meter budgeting = managing fuel poverty -> FIN (conv 3, 10)."),
       ("historical", "HOUS", "Windows replaced and mould treated: over."),
       ("historical", "SAFE-NEG", "New coat provided; no current basic-care problem.")]),
])

case("Z020", "Tyneview Park", "2025-04-14", "2025-11-03", [
    N("A", "yellow",
      "Jordan (19) came to Dads Den, his probation officer's all for it. He's on licence till October "
      "after a spell in a YOI for robbery. He smokes weed most days to 'keep himself calm' and says it's "
      "not a problem. Abbie (19) is worried sick about money, they're on UC and £300 behind on the rent.",
      ["CRIME", "SUB", "FIN"],
      [("convention", "CRIME", "Adult household member on licence -> CRIME (conv 7)."),
       ("partial", "SUB", "Daily cannabis use by a parent; 'says it's not a problem' minimises but does not deny use -> SUB present."),
       ("not-coded", "HOUS", "£300 rent arrears with no notice or risk of losing the home -> FIN only.")]),
    N("A", "green",
      "Lola (7m) hasn't had her 12 or 16 week jabs, Abbie's terrified of needles and keeps cancelling. "
      "HV doing a home visit next week to talk it through.",
      ["PH"],
      [("not-coded", "MH-ADULT", "A fear of needles is not described as a mental-health need.")]),
    N("C", "yellow",
      "Jordan's licence ended in October and he's kept out of bother. He's cut the weed down to "
      "weekends. Rent arrears were cleared with a DHP in the summer.",
      ["SUB"],
      [("historical", "CRIME", "Licence ended, no further offending -> historical."),
       ("historical", "FIN", "Arrears cleared -> historical (conv 3)."),
       ("partial", "SUB", "Cannabis reduced to weekends but still used -> SUB present.")]),
])

case("Z021", "Brackenhaugh", "2025-10-27", "2026-03-09", [
    N("A", "note",
      "Reece (15) came into the warm space straight from school on his own and asked if we had any food "
      "he could take home, said there's nowt in and his mam's hardly been out of bed for weeks. He's "
      "doing the shopping and cooking and makes sure she takes her tablets. He's on the CAMHS waiting "
      "list himself for anxiety. With his say so I rang Donna (42) and went round - she told me she's "
      "been having thoughts of ending it. Rang the GP with her, urgent appt tomorrow am. EH referral "
      "done.",
      ["SAFE-NEG", "CARER", "MH-CHILD", "MH-ADULT"],
      [("convention", "SAFE-NEG", "No food in the house and a child asking for food -> SAFE-NEG (conv 10)."),
       ("not-coded", "FIN", "No money problem, food bank or voucher described: FIN not added (conv 10)."),
       ("level", "LEVEL", "Unboxed: CAMHS is an orange cue, above the EH referral (yellow) and GP (green) (conv 2).")],
      note_level="orange"),
    N("C", "note",
      "Donna's doing loads better, she's under the community mental health team and on new meds. She's "
      "cooking again and Reece just helps with the shopping now. CAMHS assessed Reece in Jan and "
      "discharged him, said no ongoing needs, and he comes to homework club at the warm space on "
      "Thursdays. The young carers service have him on their list for trips.",
      ["MH-ADULT", "CARER"],
      [("negated", "MH-CHILD", "CAMHS assessed and discharged with 'no ongoing needs' -> not present."),
       ("convention", "CARER", "Still helping with shopping and on the young carers service's list -> CARER (conv 4)."),
       ("level", "LEVEL", "Hard call: CAMHS is named but ended, so not an orange cue; current cues are the CMHT and the young carers service -> yellow (conv 2).")],
      note_level="yellow"),
])

case("Z022", "Coalburn Vale", "2025-01-27", "2025-07-21", [
    N("A", "yellow",
      "Finley (8) has an autism diagnosis and the EHCP needs assessment has been agreed, the SENCo at "
      "Coalburn Vale Primary is chasing the ed psych report. He's been on a reduced timetable (9-12) "
      "since half term as he can't cope with the afternoons. Rachel (36) gets DLA for him and Carer's "
      "Allowance, she says the money side's ok as long as nothing breaks.",
      ["EDU-SEND", "EDU-ATT"],
      [("convention", "EDU-ATT", "Reduced / part-time timetable -> EDU-ATT."),
       ("convention", "FIN", "DLA and Carer's Allowance alone are not FIN, PH or CARER (conv 5, 12); 'as long as nothing breaks' is hypothetical.")]),
    N("A", "orange",
      "Finley got a 3 day suspension last week for hitting a TA and throwing a chair in class. School "
      "have said a permanent exclusion is on the cards if it happens again. Rachel's exhausted and 'at "
      "the end of her tether', GP has started her on citalopram.",
      ["EDU-EXC", "MH-ADULT"],
      [("convention", "EDU-EXC", "Suspension present now; the permanent exclusion is a stated risk, which EDU-EXC covers ('risk of exclusion').")]),
    N("C", "green",
      "EHCP finalised in May with 1:1 support, Finley back on full days since June and no more "
      "suspensions. Rachel's volunteering at Tiddlers on a Monday and says it's good for her head.",
      ["EDU-SEND"],
      [("historical", "EDU-ATT", "Back on full days since June -> over."),
       ("historical", "EDU-EXC", "'no more suspensions' -> over."),
       ("not-coded", "MH-ADULT", "'good for her head' is not a described mental-health need.")]),
])

case("Z023", "Staithes End", "2025-06-23", "2026-01-05", [
    N("A", "yellow",
      "Sarah (32) and the kids are in temporary accommodation at the Grange hostel since they had to "
      "leave Sunderland in May. One room and a shared kitchen. She's bidding for a council house every "
      "week. Logan (11) has to get 2 buses to his old school and has been late nearly every day this "
      "half term.",
      ["HOUS", "EDU-ATT"],
      [("convention", "EDU-ATT", "Persistent lateness -> EDU-ATT.")]),
    N("A", "orange",
      "MARAC heard Sarah's case on 2 June, IDVA is Kim at Harbour Lights. Her ex has breached the "
      "non-mol twice by messaging her on Facebook and police arrested him last week.",
      ["DA"],
      [("convention", "CRIME", "Ex-partner's breach of the non-mol and arrest are DA only, not CRIME (conv 7)."),
       ("outside", "CRIME", "The ex is outside the household; his offending is not coded, its effect is DA (conv 6).")]),
    N("A", "green",
      "Evie (5) has a reception place at Staithes End First, school got her a uniform from their "
      "uniform bank. Registered with the GP, no health worries.",
      [],
      [("not-coded", "FIN", "A uniform from the school's uniform bank, with no money problem stated, is not FIN."),
       ("negated", "PH", "'no health worries'.")]),
    N("C", "blue",
      "Sarah has her safety plan and the non-mol is in place till next summer. IDVA has closed. She "
      "still meets two women from the Freedom Programme for coffee. They moved into a 3 bed council "
      "house in Staithes End in October and Logan's at the local school now, on time every day.",
      ["DA"],
      [("convention", "DA", "Safety plan and a current non-mol order = managing DA in a blue box -> present (conv 3)."),
       ("historical", "HOUS", "Rehoused in October -> over."),
       ("historical", "EDU-ATT", "On time every day -> no need.")]),
])

case("Z024", "Tyneview Park", "2025-08-04", "2026-01-19", [
    N("A", "blue",
      "Hannah's (34) partner Dan works 3 weeks on, 3 off on the rigs so she's on her own a lot, but her "
      "sister pops in most days and she's in the Tiddlers mams group chat.",
      [],
      [("not-coded", "FIN", "Partner's shift pattern is not FIN (conv 5); no need stated.")]),
    N("A", "green",
      "Oscar (2½) hasn't taken up his funded 2 yr old place, Hannah didn't think they'd be eligible - I "
      "checked and they are, she's applying to Ridgeside Nursery herself. HV did Rosie's new birth "
      "visit, tongue tie was snipped at 10 days and she's feeding well now.",
      ["EYD"],
      [("convention", "EYD", "Nursery take-up for an under-5 -> EYD (conv 9)."),
       ("historical", "PH", "Rosie's tongue tie already treated, feeding well -> over.")]),
    N("C", "blue",
      "Oscar started at Ridgeside in Sept, 15 hrs, and loves it.",
      [],
      [("not-coded", "EYD", "Nursery now taken up; this text states no need (conv 1, 3).")]),
])

# ----------------------------- batch 4: Z025-Z030 ---------------------------

case("Z025", "Brackenhaugh", "2025-11-17", "2026-05-04", [
    N("A", "green",
      "Laura's (41) mam has dementia and is in a care home over in Highfell, Laura visits most days "
      "after work and says she feels guilty all the time.",
      [],
      [("outside", "PH", "Grandmother's dementia: she lives in a care home, outside the household (conv 6)."),
       ("outside", "CARER", "Laura visiting her mother is an adult, not a child who cares (conv 12)."),
       ("not-coded", "MH-ADULT", "Feeling guilty is not described as a mental-health need.")]),
    N("A", "yellow",
      "Grace (13) hasn't been in school since Oct half term. She gets panicky and shaky in the car "
      "outside Tynebank High and won't get out. School are sending work home and the attendance "
      "officer has been out. GP has referred her to the MHST for anxiety.",
      ["EDU-ATT", "MH-CHILD"],
      [("convention", "EDU-ATT", "Anxiety-based school refusal -> EDU-ATT and MH-CHILD.")]),
    N("A", "orange",
      "Grace told Laura last week she wanted to die, she was seen by the CAMHS crisis team the same "
      "night. Laura has been signed off from the call centre with anxiety and depression for 6 wks and "
      "her SSP is about to run out, she's scared about paying the mortgage.",
      ["MH-CHILD", "MH-ADULT", "FIN"],
      [("partial", "FIN", "Sick pay running out is a present income problem -> FIN."),
       ("hypothetical", "HOUS", "Worry about paying the mortgage; no arrears or risk of losing the home described -> HOUS not coded.")]),
    N("C", "orange",
      "Grace is open to CAMHS and doing CBT, she's doing 3 mornings a week in the school's inclusion "
      "base. Laura's back at work on a phased return and says money's back to normal.",
      ["MH-CHILD", "EDU-ATT"],
      [("convention", "EDU-ATT", "Three mornings a week = part-time timetable -> EDU-ATT."),
       ("historical", "FIN", "'money's back to normal' -> over."),
       ("not-coded", "MH-ADULT", "Back at work on a phased return; no current mental-health need or treatment stated.")]),
])

case("Z026", "Coalburn Vale", "2025-10-06", "2026-04-20", [
    N("A", "yellow",
      "Family of 6 in a 2 bed flat, the 3 older kids share a room in bunks and Zofia's cot is in mam "
      "and dad's room. Tomasz (35) is on a zero hours contract at the meat plant and some weeks only gets "
      "8 hrs, they're £280 behind on the electric. Kuba (9) has been getting into fights at Coalburn "
      "Vale Primary and was sent home for the afternoon last week.",
      ["HOUS", "FIN", "EDU-EXC"],
      [("convention", "HOUS", "Overcrowding -> HOUS."),
       ("partial", "FIN", "Working is not FIN by itself (conv 5), but electricity arrears are."),
       ("convention", "EDU-EXC", "Fighting at school and being sent home = behaviour at school / informal exclusion -> EDU-EXC.")]),
    N("A", "green",
      "Zofia (2) isn't saying much in English or Polish, HV is doing her 2 yr review with an "
      "interpreter next week. Agnieszka's (33) on the waiting list for ESOL at the college.",
      ["EYD"],
      [("not-coded", "EDU-NEET", "An adult waiting for ESOL classes is not a code.")]),
    N("C", "green",
      "Kuba's behaviour in school is much better, his class teacher has him on a daily behaviour chart "
      "and he's not been sent home since December. Zofia started nursery in Jan and is chatting away "
      "in both languages.",
      ["EDU-EXC"],
      [("partial", "EDU-EXC", "Hard call: no longer sent home (historical), but his behaviour is still being managed on a daily chart -> 'now managing' in a green box (conv 3)."),
       ("not-coded", "EYD", "Zofia in nursery and talking: good news, no need stated (conv 1, 3).")]),
])

case("Z027", "Staithes End", "2025-07-28", "2026-01-05", [
    N("A", "yellow",
      "Aaron (29) left the army last year and has been diagnosed with PTSD, he's on the waiting list for "
      "the veterans' mental health service. Him and Chloe have been having a lot of rows, mostly about "
      "money. I asked them both on their own - no DV, he's never been violent or controlling and Chloe "
      "said the same. They've got a payday loan and catalogue debt of about £2k between them.",
      ["MH-ADULT", "REL-CONF", "FIN"],
      [("negated", "DA", "'no DV', never violent or controlling, confirmed separately -> DA negated; the rows are REL-CONF (conv 8).")]),
    N("A", "green",
      "Mia (6) has been wetting herself at school a couple of times a week, school nurse is seeing her. "
      "Harley (1) had his 1 yr review with the HV, all fine.",
      ["PH"],
      [("convention", "PH", "Wetting at school age -> PH, not EYD (conv 9)."),
       ("not-coded", "EYD", "Harley's review 'all fine'.")]),
    N("C", "blue",
      "Aaron sees the veterans' service therapist weekly and still comes to Dads Den. The catalogue's "
      "paid off, he's still paying the loan at £60 a month.",
      ["MH-ADULT", "FIN"],
      [("convention", "MH-ADULT", "Weekly therapy -> present (conv 4)."),
       ("partial", "FIN", "Catalogue cleared (historical) but still repaying the loan -> FIN present (conv 3).")]),
])

case("Z028", "Tyneview Park", "2025-09-29", "2026-03-23", [
    N("A", "orange",
      "Jake (15) was arrested in Marsden Cross, 40 miles away, with £300 and wraps of crack in his sock, "
      "he's been missing 3 times this month. YOS are involved and an NRM referral has gone in. Tina "
      "found 2 phones in his room she knew nothing about.",
      ["SAFE-EXP", "CRIME"],
      [("convention", "SUB", "Drugs found on an exploited child are SAFE-EXP and CRIME, not SUB (conv 12).")]),
    N("A", "red",
      "Strategy meeting 26/9, s47 under criminal exploitation, contextual safeguarding meeting being "
      "set up. Two older lads came to the door looking for Jake on Sunday and threatened Riley (12) "
      "when he answered.",
      ["SAFE-EXP"],
      [("outside", "CRIME", "The older lads' threats are their offending (outside the household); the effect on the family is SAFE-EXP (conv 6).")]),
    N("C", "orange",
      "Jake's on a 9 month referral order with YOS and hasn't been missing since November. He's still in "
      "touch with some of the older lads, police are aware and it's on the CIN plan.",
      ["CRIME", "SAFE-EXP"],
      [("convention", "CRIME", "Referral order / YOS -> CRIME (conv 7)."),
       ("partial", "SAFE-EXP", "Missing episodes over since November, but continuing contact with the exploiting group -> SAFE-EXP present.")]),
    N("C", "yellow",
      "Riley's ADHD assessment came back - he doesn't have ADHD, the paed thinks his behaviour was more "
      "about everything going on with Jake. Tina's booked on the Talking Teens course in April as she "
      "still finds Jake's attitude at home hard going.",
      ["REL-PAR"],
      [("negated", "EDU-SEND", "Assessment complete, ADHD ruled out -> not present."),
       ("convention", "REL-PAR", "Parenting course booked for ongoing difficulty with Jake at home -> REL-PAR.")]),
])

case("Z029", "Brackenhaugh", "2025-05-06", "2025-11-24", [
    N("A", "green",
      "Dave's wife Michelle died of cancer in January. Sam (10) has gone really quiet at school and gets "
      "tearful in class, the learning mentor is doing a memory box with him. Lucy (14) says she's "
      "coping and has her mates, school have no worries about her.",
      ["MH-CHILD"],
      [("historical", "PH", "Michelle's cancer: she has died; no current physical-health need in the household."),
       ("negated", "MH-CHILD", "Lucy: 'no worries about her' - the code comes from Sam only.")]),
    N("A", "yellow",
      "Dave (48) is drinking more than he'd like since the funeral, 'a few cans every night to knock "
      "myself out'. He broke down at Dads Den on Thurs and said he feels like he's going under. He's "
      "dropped to part time at work to do the school runs and the money's not stretching, he's applied "
      "for Bereavement Support Payment and I've given him pantry vouchers.",
      ["SUB", "MH-ADULT", "FIN"],
      [("partial", "SUB", "Nightly drinking to 'knock myself out' read as alcohol misuse -> SUB."),
       ("partial", "FIN", "Part-time work alone is not FIN (conv 5); 'money's not stretching' plus pantry vouchers is.")]),
    N("C", "blue",
      "Dave says he's not drinking in the week any more, just a pint at the match on a Saturday. He "
      "still has bad days and sees the hospice bereavement counsellor every fortnight.",
      ["MH-ADULT"],
      [("historical", "SUB", "Hard call: nightly drinking has stopped; a pint at the match is not described as misuse -> not present."),
       ("partial", "MH-ADULT", "Continuing 'bad days' with fortnightly counselling -> MH-ADULT present (conv 3, 4).")]),
])

case("Z030", "Coalburn Vale", "2025-12-08", "2026-06-15", [
    N("A", "yellow",
      "Kacey (17) is 24 weeks pregnant and left sixth form in October, not working or at college. Her "
      "mam Julie works part time in the school kitchens. Kacey wants to go back to college after the "
      "baby so I've told her about the college's childcare bursary.",
      ["EDU-NEET"],
      [("convention", "FIN", "Young person NEET is EDU-NEET only; mum works, so no household worklessness -> no FIN (conv 11).")]),
    N("A", "green",
      "Kacey's been admitted twice with hyperemesis and is on anti-sickness tablets from the GP. Midwife "
      "seeing her fortnightly. She vapes but says she's cut right down.",
      ["PH"],
      [("convention", "SUB", "Vaping is not SUB (conv 12).")]),
    N("C", "blue",
      "Baby Nova was born in March, 7lb 2oz. Kacey and Nova are still living with Julie. Kacey's been "
      "accepted on a level 2 childcare course starting in September and the bursary's sorted.",
      ["EDU-NEET"],
      [("partial", "EDU-NEET", "Hard call: still not in education or work until September, with a plan in place -> 'now managing' in a blue box (conv 3).")]),
])

# ----------------------------- writer ---------------------------------------

LEVELS = ["blue", "green", "yellow", "orange", "red"]
STAGE = {"A": "assessment", "C": "closure"}


def main():
    nar_rows, gold_rows, traps = [], [], {}
    for c in CASES:
        for it in c["items"]:
            st = it["stage"]
            tid = "%s-%s" % (c["cid"], st)
            if it["box"] == "note":
                nid, level, glevel = tid + "-note", "", it["note_level"]
            else:
                nid, level, glevel = "%s-%s" % (tid, it["box"]), it["box"], it["box"]
            assert glevel in LEVELS, nid
            date = c["a"] if st == "A" else c["c"]
            nar_rows.append([nid, tid, c["cid"], STAGE[st], date, level, c["loc"], it["text"]])
            assert len(set(it["codes"])) == len(it["codes"]), nid
            for code in it["codes"]:
                gold_rows.append([nid, code, glevel])
            if it["traps"]:
                traps[nid] = it["traps"]

    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(header)
            w.writerows(rows)

    write("narratives.csv",
          ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"],
          nar_rows)
    write("gold.csv", ["narrative_id", "code", "level"], gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, indent=1, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")

    coded = {r[0] for r in gold_rows}
    print("cases:", len(CASES))
    print("triages:", len({r[1] for r in nar_rows}))
    print("narratives:", len(nar_rows), "(boxed %d, unboxed %d)" % (
        sum(1 for r in nar_rows if r[5]), sum(1 for r in nar_rows if not r[5])))
    print("narratives with no gold rows:", len(nar_rows) - len(coded))
    print("gold rows:", len(gold_rows))
    print("codes:", dict(sorted(Counter(r[1] for r in gold_rows).items())))
    print("gold levels:", {l: n for l, n in Counter(r[2] for r in gold_rows).items()})
    print("trap notes:", sum(len(v) for v in traps.values()), "on", len(traps), "narratives")


if __name__ == "__main__":
    main()
