#!/usr/bin/env python3
"""Hand-written blind gold set for early-help triage coding (set z28).

Voice: an ordinary month of a county's early-help triage boxes, written by the
early-help family workers themselves at assessment and closure, in plain full
sentences.  Every narrative, its gold codes and its trap notes are written by
hand below.  Codes follow /work/shared/taxonomy.md (present issues only).

Run: python3 build.py  ->  narratives.csv, gold.csv, traps.json
Standard library only.
"""
import csv
import io
import json
import os

OUT = os.path.dirname(os.path.abspath(__file__))

# case -> (locality, assessment date, closure date or None)
CASES = {
    "K001": ("Hollinsbrook", "2025-09-15", "2026-02-09"),
    "K002": ("Marsh End", "2025-10-06", "2026-02-11"),
    "K003": ("Kettleby Vale", "2025-10-20", "2026-02-16"),
    "K004": ("Wrenfield Cross", "2025-09-01", "2026-02-05"),
    "K005": ("Hollinsbrook", "2025-10-13", "2026-02-18"),
    "K006": ("Marsh End", "2025-11-03", "2026-02-20"),
    "K007": ("Kettleby Vale", "2025-09-22", "2026-02-12"),
    "K008": ("Wrenfield Cross", "2025-06-16", "2026-02-03"),
    "K009": ("Hollinsbrook", "2025-11-10", "2026-02-24"),
    "K010": ("Marsh End", "2025-10-27", "2026-02-26"),
    "K011": ("Kettleby Vale", "2025-06-23", "2026-02-10"),
    "K012": ("Wrenfield Cross", "2025-11-17", "2026-02-25"),
    "K013": ("Hollinsbrook", "2025-07-14", "2026-02-17"),
    "K014": ("Marsh End", "2025-08-11", "2026-02-19"),
    "K015": ("Kettleby Vale", "2025-09-29", "2026-02-13"),
    "K016": ("Wrenfield Cross", "2025-10-01", "2026-02-04"),
    "K017": ("Hollinsbrook", "2025-08-18", "2026-02-23"),
    "K018": ("Marsh End", "2025-09-08", "2026-02-06"),
    "K019": ("Kettleby Vale", "2025-10-15", "2026-02-27"),
    "K020": ("Wrenfield Cross", "2025-11-24", "2026-02-18"),
    "K021": ("Hollinsbrook", "2025-09-03", "2026-02-12"),
    "K022": ("Marsh End", "2025-12-01", "2026-02-26"),
    "K023": ("Kettleby Vale", "2026-02-09", None),
    "K024": ("Wrenfield Cross", "2025-12-08", "2026-02-23"),
    "K025": ("Hollinsbrook", "2025-10-08", "2026-02-16"),
    "K026": ("Marsh End", "2025-09-15", "2026-02-09"),
    "K027": ("Kettleby Vale", "2025-11-19", "2026-02-20"),
    "K028": ("Wrenfield Cross", "2026-02-02", None),
    "K029": ("Hollinsbrook", "2026-02-13", None),
    "K030": ("Marsh End", "2025-10-22", "2026-02-25"),
}

ROWS = []  # dicts: nid, triage, case, stage, date, level, locality, text, codes, gold_level, traps


def box(nid, text, codes, traps=()):
    """A boxed narrative: id '<CASE>-<A|C>-<level>'; codes take the box level."""
    case, st, level = nid.split("-")
    loc, adate, cdate = CASES[case]
    stage = {"A": "assessment", "C": "closure"}[st]
    date = adate if st == "A" else cdate
    assert date, nid
    ROWS.append(dict(nid=nid, triage=f"{case}-{st}", case=case, stage=stage,
                     date=date, level=level, locality=loc, text=text,
                     codes=list(codes), gold_level=level, traps=list(traps)))


def note(nid, stage, date, loc, text, codes, gold_level, traps=()):
    """An unboxed case note: level empty; one gold level from the highest cue."""
    ROWS.append(dict(nid=nid, triage=nid, case=nid, stage=stage, date=date,
                     level="", locality=loc, text=text, codes=list(codes),
                     gold_level=gold_level, traps=list(traps)))


# ---------------------------------------------------------------- K001-K006
box("K001-A-green",
    "Poppy (2) had her review with the health visitor last week, who found she has only a handful of words and is not yet putting two together. Leanne has been offered a funded place at Tannery Lane Nursery but has not taken it up yet.",
    ["EYD"])
box("K001-A-yellow",
    "Tyler's attendance at Saltmoor Primary is 84% this term and he has been late on most Mondays. Leanne struggles to get him to bed at a sensible time and he shouts at her when she takes his tablet away. Leanne says she is not in any debt and keeps on top of the rent herself.",
    ["EDU-ATT", "REL-PAR"],
    [("negated", "FIN: 'not in any debt', keeps on top of the rent")])
box("K001-C-blue",
    "Leanne now uses a picture chart for bedtime and Tyler is in bed by half past eight on school nights. She says she can handle the odd argument over the tablet on her own now.",
    ["REL-PAR"],
    [("convention", "blue box, routine/boundaries now being managed by Leanne = REL-PAR present (conv. 3)")])
box("K001-C-green",
    "Poppy started at Tannery Lane Nursery in January and her keyworker runs a small talking group with her twice a week. Tyler's lateness has stopped altogether and school have closed his attendance plan.",
    ["EYD"],
    [("historical", "EDU-ATT: lateness 'has stopped', attendance plan closed - over, not coded")])

box("K002-A-green",
    "Craig has multiple sclerosis and his walking has got much worse since the summer. He has missed his last two GP reviews because he could not get to the surgery.",
    ["PH"])
box("K002-A-yellow",
    "Jade (14) does most of the cooking, helps her dad in and out of the bath and gets Mason ready for school each morning. Her attendance is good and school have no worries about her, but she told me she has no time left for friends or homework. I have referred her to the Marsh End Young Carers service.",
    ["CARER"],
    [("negated", "EDU-ATT: 'attendance is good', school have no worries")])
box("K002-C-blue",
    "Jade goes to the young carers group every other Thursday and has made friends there. Adult social care now visit each morning to help Craig with personal care because of his MS, so Jade no longer helps him bathe.",
    ["CARER", "PH"],
    [("convention", "CARER still present: ongoing young carers group (conv. 4); only the bathing task has stopped"),
     ("convention", "PH: Craig's MS managed with daily care visits, blue box now managing")])

box("K003-A-orange",
    "Police came to the house twice in October after neighbours heard Dean shouting and glass breaking. Sharon has told me that Dean checks her phone, takes her bank card and will not let her visit her mum. The risk assessment came out high and she is being discussed at MARAC next week.",
    ["DA"],
    [("look-alike", "FIN: partner taking her bank card is coercive control, DA only"),
     ("outside-household", "neighbours who rang are not coded"),
     ("convention", "police call-out for DA is DA, not CRIME (conv. 7)")])
box("K003-A-red",
    "Kai (6) told his teacher that Dean pushed Mummy into the door and that he hid under his bed. A strategy meeting was held the same day and a section 47 enquiry has started.",
    ["DA"])
box("K003-C-orange",
    "Dean was arrested and is on bail with conditions not to contact Sharon or come to the street. Sharon has started the Freedom Programme at the Kettleby Vale women's centre.",
    ["DA"],
    [("convention", "partner's arrest and bail for the abuse is DA only, not CRIME (conv. 7)")])
box("K003-C-yellow",
    "Sharon is taking antidepressants for postnatal depression and says they are helping, although some days she still cannot face going out. She has put her own name down for Talking Therapies.",
    ["MH-ADULT"])

box("K004-A-yellow",
    "Yusuf lost his warehouse job in August and the family's Universal Credit was stopped for six weeks because of a mix-up over his last pay. They have used the Wrenfield Cross food bank three times and owe £600 on the gas and electric.",
    ["FIN"])
box("K004-A-orange",
    "The family of six live in a two-bedroom flat with black mould in both bedrooms, and the two youngest sleep in their parents' bed. The landlord served a section 21 notice two weeks after Yusuf complained about the damp.",
    ["HOUS"],
    [("outside-household", "landlord's retaliatory notice: coded only as its effect on the family (HOUS), conv. 6")])
box("K004-C-orange",
    "The family are now in temporary accommodation in Kettleby Vale while the council looks for a four-bedroom house. Because of the two-bus journey, the older two have been late to school on most days this half term.",
    ["HOUS", "EDU-ATT"])

box("K005-A-yellow",
    "Reece (15) has had three suspensions from Brackenwood High since September for swearing at staff and walking out of lessons, and the head has warned that a permanent exclusion is close. His mum, Donna, has searched his room and says he does not smoke cannabis, though he does vape.",
    ["EDU-EXC"],
    [("negated", "SUB: mum says he does not smoke cannabis"),
     ("look-alike", "vaping is not SUB (conv. 12)")])
box("K005-A-orange",
    "Reece has been reported missing four times this term and each time police found him in another town with older boys. He was stopped carrying £300 and two phones, and the exploitation team believe he is being used to run drugs. He was also arrested for criminal damage at the bus station and has been referred to the Youth Justice Service.",
    ["SAFE-EXP", "CRIME"],
    [("convention", "police finding a missing child is safeguarding, not CRIME; CRIME comes from the criminal damage arrest and YJS"),
     ("look-alike", "'run drugs' is exploitation, not SUB (conv. 12)")])
box("K005-C-orange",
    "Reece is on a referral order and has met his Youth Justice worker every week. There have been no missing episodes since November and the exploitation team have closed his case.",
    ["CRIME"],
    [("historical", "SAFE-EXP: no missing episodes since November, exploitation team closed - over")])
box("K005-C-yellow",
    "Reece moved to Gorse Hill Academy on a managed move in January and has not been suspended there so far. He is on a part-time timetable of three hours a day while he settles in.",
    ["EDU-EXC", "EDU-ATT"],
    [("negated", "'has not been suspended' - but the managed move itself is EDU-EXC present")])

box("K006-A-green",
    "Noah (7 months) is still only taking milk and gags on anything with lumps in it, so the health visitor is visiting fortnightly to help Chloe with weaning.",
    ["EYD"])
box("K006-A-yellow",
    "Chloe moved to Marsh End in the summer and feels very alone; she told me she worries all day that something bad will happen to Noah and sometimes has panic attacks. Her own mum drinks heavily, so Chloe does not feel she can lean on her. I have linked her with the Little Steps baby group and a family support worker.",
    ["MH-ADULT"],
    [("outside-household", "SUB: grandmother's heavy drinking, she does not live with them (conv. 6)")])
box("K006-C-blue",
    "Chloe goes to Little Steps every Tuesday and has two friends she now messages when she feels anxious.",
    ["MH-ADULT"],
    [("convention", "blue box: anxiety now managed through her own network = present (conv. 3)")])

# ---------------------------------------------------------------- K007-K013
box("K007-A-yellow",
    "Gary has told me he drinks most evenings, usually eight or nine cans, and Tina says the rows between them always start after he has had a drink. There has been no violence and Tina says she is not afraid of him.",
    ["SUB", "REL-CONF"],
    [("negated", "DA: no violence, Tina not afraid - parental arguments are REL-CONF (conv. 8)")])
box("K007-A-orange",
    "School found cuts on Ellie's arms and she has been referred to CAMHS. She told the school nurse that she does it when her parents are shouting at each other. Her brother Sam (9) seems unaffected and school have no worries about him.",
    ["MH-CHILD", "REL-CONF"],
    [("negated", "MH-CHILD for Sam: unaffected, no worries (code present anyway from Ellie)")])
box("K007-C-yellow",
    "Gary sees a recovery worker at the Kettleby Vale drug and alcohol service and says he now only drinks at weekends. He and Tina still argue, but they have agreed to take a break and talk later rather than shout in front of the children.",
    ["SUB", "REL-CONF"])

box("K008-A-green",
    "Oliver (7) is on SEN support at St Aldric's and the SENCO has asked the community paediatrician to assess him for autism.",
    ["EDU-SEND"])
box("K008-A-yellow",
    "Kerry and Paul separated in the spring and cannot agree when Paul has the children, so handovers often end in a shouting match on the doorstep. Neither of them has ever been violent towards the other, and both say they want to try mediation.",
    ["REL-CONF"],
    [("negated", "DA: neither has ever been violent")])
box("K008-C-yellow",
    "Kerry and Paul went to four mediation sessions and now have a written contact arrangement, although Paul is still often late for handovers and Kerry says this causes rows.",
    ["REL-CONF"])

box("K009-A-orange",
    "When I visited, there was dog mess on the kitchen floor and no food in the fridge apart from half a bottle of milk. Bailey (5) comes to school in the same clothes all week and the school have sent him home with head lice three times.",
    ["SAFE-NEG"],
    [("convention", "empty fridge = SAFE-NEG, not FIN (conv. 10); head lice read as hygiene (SAFE-NEG), not PH")])
box("K009-A-green",
    "Maisie (3) has several decayed teeth and was referred to the hospital for extractions, but Stacey missed the appointment. Archie has not had his one-year immunisations. Stacey says money for the bus was not the problem; she simply forgot.",
    ["PH"],
    [("negated", "FIN: money for the bus 'was not the problem'")])
box("K009-C-red",
    "The case was stepped up to children's social care in December and all three children are now on child protection plans for neglect. The social worker visits weekly and checks the home for food and cleanliness each time.",
    ["SAFE-NEG"])

box("K010-A-yellow",
    "Callum (17) dropped out of his mechanics course at Marsh End College in October and now spends most of the day gaming in his room. He says he is not depressed, just bored. His mum, Julie, works full time at the hospital.",
    ["EDU-NEET"],
    [("negated", "MH-CHILD: 'not depressed, just bored'"),
     ("convention", "NEET young person is EDU-NEET only; mum works full time so no FIN (conv. 11)")])
box("K010-C-yellow",
    "Callum started a traineeship at the Youth Hub in January, but he has missed four sessions this month and his mentor is worried he will drop out. I have set up a meeting with him and the Youth Hub next week.",
    ["EDU-NEET"],
    [("convention", "in training but at risk of dropping out = EDU-NEET present (at risk)")])

box("K011-A-green",
    "Harry (4) is due to start reception in September but is still in nappies during the day and uses very few words. His nursery has referred him to speech and language therapy.",
    ["EYD"])
box("K011-A-yellow",
    "Natalie has used a wheelchair since a spinal injury in 2022 and has pressure sores that the district nurse dresses three times a week. She receives PIP and says the family have no money worries.",
    ["PH"],
    [("look-alike", "PIP alone is not FIN (conv. 5)"),
     ("negated", "FIN: 'no money worries'"),
     ("convention", "'since ... 2022' is an ongoing condition, not historical")])
box("K011-C-green",
    "Harry turned five in October and is settling into reception at Saltmoor Primary. He is now dry during the day, and the speech and language therapist still sees him in school every half term.",
    ["EDU-SEND"],
    [("historical", "EYD toileting: now dry - need met"),
     ("convention", "speech therapy for a school-age child is EDU-SEND, not EYD (conv. 9)")])

box("K012-A-yellow",
    "Amelia (13) is being bullied by a group of girls in her year who post nasty comments about her in a group chat. She has missed eleven days this half term and says she gets panicky every morning before school.",
    ["SAFE-EXP", "EDU-ATT", "MH-CHILD"],
    [("outside-household", "the girls are outside the household; the bullying is coded as Amelia's need (SAFE-EXP)")])
box("K012-C-green",
    "Amelia has been back in school full time since Christmas and her attendance this term is 98%. The girls were moved to other tutor groups and Amelia says the bullying has stopped.",
    [],
    [("historical", "EDU-ATT: back full time - need met, over"),
     ("historical", "SAFE-EXP: bullying 'has stopped'")])
box("K012-C-yellow",
    "Amelia still gets anxious on Sunday nights and has started six sessions with the Open Door youth counselling service. She has never self-harmed.",
    ["MH-CHILD"],
    [("negated", "self-harm: 'never self-harmed' (MH-CHILD is present from the anxiety anyway)")])

box("K013-A-yellow",
    "Pat has been kinship carer for Liam (10) and Ruby (8) since their mum went to prison last year. Liam gets very angry after phone calls with his mum and has kicked holes in his bedroom door, and Pat says she does not know how to handle him. Her pension does not stretch to school uniform for two growing children and she is behind on her council tax.",
    ["REL-PAR", "FIN"],
    [("look-alike", "'kinship carer' is not CARER (conv. 12)"),
     ("outside-household", "CRIME: mum in prison lives outside the household (conv. 6)")])
box("K013-A-green",
    "Ruby (8) wets the bed most nights and Pat has taken her to the GP, who has referred her to the enuresis clinic.",
    ["PH"],
    [("convention", "bedwetting at school age is PH (conv. 9)")])
box("K013-C-yellow",
    "Pat finished the twelve-week Calmer Families parenting course and says Liam's outbursts are less frequent, though he still slams doors after prison visits.",
    ["REL-PAR"])

# ---------------------------------------------------------------- K014-K021
box("K014-A-red",
    "Alfie was born in July and withdrew from opiates in the special care unit, and a pre-birth conference had already made him subject to a child protection plan. Kayleigh is on a methadone script with the Marsh End recovery service.",
    ["SUB"])
box("K014-A-orange",
    "Kayleigh's partner, Jordan, lives with her and is on probation after a burglary conviction last year.",
    ["CRIME"],
    [("convention", "household adult on probation = CRIME (conv. 7)")])
box("K014-C-red",
    "Alfie remains on a child protection plan. Kayleigh is still on her methadone script and her last three tests showed no street drugs.",
    ["SUB"],
    [("convention", "negative tests, but the ongoing methadone script codes SUB (conv. 4)")])
box("K014-C-orange",
    "Jordan completed his probation order in January and has started work as a labourer.",
    [],
    [("historical", "CRIME: probation order completed - over"),
     ("look-alike", "starting work is not FIN")])

box("K015-A-green",
    "Ben (11) has severe asthma and has been admitted to hospital twice since September. His attendance at Kettleby Vale Primary is 79%, mostly because of illness.",
    ["PH", "EDU-ATT"])
box("K015-A-yellow",
    "Lisa works shifts at a care home and says she sometimes forgets to reorder Ben's preventer inhaler, so he has run out twice. I have asked the asthma nurse to go through his care plan with both of them.",
    ["PH"],
    [("look-alike", "working shifts is not FIN (conv. 5)"),
     ("look-alike", "'care home', 'care plan' are not CARER")])
box("K015-C-green",
    "Ben's inhalers now come on a repeat delivery and he has had no hospital admissions since November. He uses his spacer properly and knows what to do if he feels wheezy.",
    ["PH"],
    [("convention", "green box: asthma now managed = PH present (conv. 3)")])

box("K016-A-yellow",
    "Jack (9) is on the waiting list for an ADHD assessment and has been sent home early from school twice this month for hitting other children. His older cousin was permanently excluded from the same school last year, and Sophie is frightened Jack will go the same way.",
    ["EDU-SEND", "EDU-EXC"],
    [("outside-household", "cousin's permanent exclusion is outside the household; Jack's own EDU-EXC comes from being sent home")])
box("K016-A-orange",
    "Mark has been signed off work with depression since the summer and told his GP he has had thoughts of ending his life. The crisis team have seen him and he now has a care coordinator from the community mental health team.",
    ["MH-ADULT"],
    [("look-alike", "signed off work is not FIN: no money problem described"),
     ("look-alike", "'care coordinator' is not CARER")])
box("K016-C-yellow",
    "Jack was diagnosed with ADHD in December and started medication in January. His teacher says he is calmer in class and he has not been sent home since the diagnosis.",
    ["EDU-SEND"],
    [("historical", "EDU-EXC: not sent home since December - over"),
     ("look-alike", "ADHD medication is not SUB")])

box("K017-A-orange",
    "Michelle's private landlord has served a section 21 notice because he is selling the house, and the family have to leave by the end of March. She has been to the council's housing options team but has not found anything she can afford.",
    ["HOUS"])
box("K017-A-yellow",
    "Michelle has been out of work since the factory closed last year and the family's Universal Credit does not cover the rent. Kieran (16) left school in July without a college place or an apprenticeship. Megan (12) is doing well at Brackenwood High and has 99% attendance.",
    ["FIN", "EDU-NEET"],
    [("convention", "pure good news about Megan's attendance, no need stated - not coded (conv. 3)"),
     ("convention", "household worklessness gives FIN; Kieran's NEET is EDU-NEET (conv. 11)")])
box("K017-C-yellow",
    "Kieran started a level 1 construction course at Hollinsbrook College in September and has kept going. Michelle still has no work, but she now has a job coach at the Jobcentre and an interview at a supermarket next week.",
    ["FIN"],
    [("historical", "EDU-NEET: Kieran now on a college course - need met")])

box("K018-A-yellow",
    "Jo left her ex-partner in 2019 after years of domestic abuse and has had no contact with him since. Ethan (13) has started swearing at her and pushing past her when she says no, and last week he threw a mug at her.",
    ["REL-PAR"],
    [("historical", "DA: ended 2019, no contact since"),
     ("convention", "child-to-parent violence is REL-PAR, not DA (conv. 8)")])
box("K018-A-green",
    "Isla (6) is on SEN support at Saltmoor Primary for her speech and sees a speech therapist in school.",
    ["EDU-SEND"],
    [("convention", "speech at school age is EDU-SEND, not EYD (conv. 9)")])
box("K018-C-yellow",
    "Ethan is having weekly sessions with the school's mental health support team about his anger and low mood. There have been no more incidents of violence at home since December.",
    ["MH-CHILD"],
    [("historical", "REL-PAR: no more violence at home since December - over")])

box("K019-A-yellow",
    "Claire has bipolar disorder and has spent most of the last month in bed. Daisy (11) has been making the meals, giving Toby his medicines and walking him to school.",
    ["MH-ADULT", "CARER"])
box("K019-A-green",
    "Toby (7) has an EHCP because of his cerebral palsy and has one-to-one support in class at St Aldric's.",
    ["EDU-SEND", "PH"],
    [("convention", "EHCP -> EDU-SEND; the physical disability itself -> PH (decision: both)")])
box("K019-C-yellow",
    "Daisy goes to the Kettleby Vale Young Carers club on Wednesdays and has a young carers card so her teachers understand her situation. Her grandad now takes Toby to school on Mondays.",
    ["CARER"])

box("K020-A-yellow",
    "Steve has run up around £8,000 of gambling debt on credit cards, and Gemma only found out when a letter from the bailiffs arrived. They are arguing most nights and Gemma has asked him to move out.",
    ["FIN", "REL-CONF"],
    [("convention", "gambling debts are FIN, not SUB (conv. 10)")])
box("K020-A-blue",
    "Steve has self-excluded from all the betting apps, and the couple have opened a joint account that Gemma controls so she can see where the money goes.",
    ["FIN"],
    [("look-alike", "'self-excluded' is not EDU-EXC"),
     ("look-alike", "'Gemma controls' the account by agreement - not coercive control/DA"),
     ("convention", "blue box: gambling debt being managed by the couple = FIN present")])
box("K020-C-yellow",
    "Steve and Gemma are still together and have finished six sessions with the county's relationship support service. They say they still argue sometimes, but no longer in front of the children.",
    ["REL-CONF"])

box("K021-A-green",
    "Ilyas (2) has not had his two-year check because the family only registered with the GP last month. Amina says he understands Arabic well but says very few words in either language. He has no health problems and his jabs are up to date from before they came here.",
    ["EYD"],
    [("negated", "PH: no health problems, immunisations up to date")])
box("K021-A-yellow",
    "The family of five share one room in a shared house and cook on a camping stove because the kitchen is out of use. Tariq is not allowed to work while his asylum claim is decided, and the family rely on vouchers from the Hollinsbrook food bank.",
    ["HOUS", "FIN"])
box("K021-C-blue",
    "Tariq now has leave to remain and started work at a bakery in January, so the family no longer needs the food bank.",
    [],
    [("historical", "FIN: 'no longer needs the food bank' - over")])

# ---------------------------------------------------------------- K022-K030
box("K022-A-orange",
    "Connor (15) was brought home by police twice in November after being found drunk in the park, and he has been given a youth caution for stealing vodka from a shop.",
    ["SUB", "CRIME"],
    [("convention", "being brought home drunk is a welfare act, not CRIME; the youth caution is CRIME (conv. 7)")])
box("K022-A-yellow",
    "Tracey and Neil say Connor ignores his curfew and they have stopped setting rules because every attempt ends in a row. School have warned he is at risk of exclusion for fighting. Connor has agreed to see the young people's drug and alcohol service.",
    ["REL-PAR", "EDU-EXC", "SUB"],
    [("convention", "parent-child rows are REL-PAR (conv. 8); 'at risk of exclusion' is EDU-EXC present by definition")])
box("K022-C-yellow",
    "Connor sees his worker at the young people's drug and alcohol service every fortnight and says he now only drinks at parties.",
    ["SUB"])
box("K022-C-blue",
    "Tracey and Neil have a written home agreement with Connor and he has kept to his ten o'clock curfew most nights.",
    ["REL-PAR"],
    [("convention", "blue box: boundaries now managed by the parents = REL-PAR present (conv. 3)")])

box("K023-A-green",
    "The health visitor picked up Hannah's low mood at the six-week check and her GP has started her on sertraline. Hannah says she feels safe at home and there has never been any domestic abuse.",
    ["MH-ADULT"],
    [("negated", "DA: 'never been any domestic abuse'")])
box("K023-A-yellow",
    "Luke's hours at the factory have been cut and the couple are two months behind with the rent. The landlord has said that if the arrears reach three months he will start eviction proceedings.",
    ["FIN"],
    [("hypothetical", "HOUS: eviction only if the arrears reach three months")])

box("K024-A-red",
    "Freya (14) has been sending images to a man she met online who told her he was sixteen, and police have taken her phone. She has also gone missing overnight twice in the last month. A strategy meeting was held on Friday.",
    ["SAFE-EXP"],
    [("convention", "police seizing the phone / finding her is safeguarding, not CRIME (conv. 7)"),
     ("outside-household", "the man is outside the household; coded as Freya's exploitation")])
box("K024-A-yellow",
    "Sarah, Freya's mum, says she cries every day and feels she has failed her daughter. She has her GP's number but does not want counselling at the moment.",
    ["MH-ADULT"],
    [("convention", "declining counselling does not negate the low mood")])
box("K024-C-orange",
    "Freya is still open to the child exploitation team and has had no missing episodes in the last six weeks. Sarah has put parental controls on her new phone.",
    ["SAFE-EXP"],
    [("historical", "missing episodes have stopped, but the open exploitation team keeps SAFE-EXP present (conv. 4)")])

box("K025-A-green",
    "Imran's wife died eighteen months ago and he is bringing up the twins (6) on his own. Both twins still wake in the night and end up in his bed, and the school nurse has given him a sleep diary to fill in.",
    ["PH"],
    [("convention", "sleep problems at school age are PH (conv. 9); bereavement alone is not a code")])
box("K025-A-yellow",
    "Aliya has become very clingy since her mum died and cries at the school gate every morning. School have referred her to the Little Lanterns bereavement service.",
    ["MH-CHILD"])
box("K025-C-green",
    "Aliya still sees a Little Lanterns worker in school each week and now goes into class happily most days. The twins sleep in their own beds through the night and Imran has stopped using the sleep diary.",
    ["MH-CHILD"],
    [("historical", "PH: twins now sleep through, diary stopped - over"),
     ("convention", "green box: ongoing bereavement support = MH-CHILD present")])

box("K026-A-green",
    "Grace (15) has an EHCP for dyslexia and dyspraxia, and the SENCO reviews her support every term. Her older brother, who lives at home, spent a year out of education and work but is now on an apprenticeship.",
    ["EDU-SEND"],
    [("historical", "EDU-NEET: brother's year out is over, now an apprentice")])
box("K026-A-yellow",
    "Grace has been diagnosed with chronic fatigue syndrome and is on a part-time timetable of mornings only. Her mum worries that if she cannot sit her GCSEs she will have nothing to go on to after Year 11.",
    ["PH", "EDU-ATT"],
    [("hypothetical", "EDU-NEET: only if she cannot sit her GCSEs; she is 15 and in school")])
box("K026-C-yellow",
    "Because of her fatigue Grace is still only in school in the mornings, and the hospital education service sends work home for the afternoons.",
    ["PH", "EDU-ATT"])
box("K026-C-blue",
    "Grace has joined an online group for teenagers with chronic fatigue and uses a weekly planner to pace her energy.",
    ["PH"],
    [("convention", "blue box: chronic fatigue now self-managed = PH present (conv. 3)")])

box("K027-A-orange",
    "Leah has a non-molestation order against her ex-partner, Ryan, who was released from prison in October and has twice turned up outside the house. Both breaches were reported and he was arrested the second time.",
    ["DA"],
    [("convention", "ex-partner's breaches and arrest are DA only, not CRIME (conv. 7)")])
box("K027-A-yellow",
    "Dylan (16) smokes cannabis every day and is not in college or work. Leah smokes and vapes herself but does not drink and has never used drugs.",
    ["SUB", "EDU-NEET"],
    [("look-alike", "Leah's tobacco and vaping are not SUB (conv. 12)"),
     ("negated", "SUB for Leah: does not drink, never used drugs")])
box("K027-C-orange",
    "Ryan was recalled to prison because of the breaches, and Leah now has an IDVA and a safety plan.",
    ["DA"],
    [("outside-household", "Ryan's recall is not CRIME for the household; the IDVA support is DA")])
box("K027-C-yellow",
    "Dylan has started a twelve-week Get Ready for Work course, but he is still smoking cannabis most days and has not gone to his appointment with the drug service.",
    ["SUB"],
    [("historical", "EDU-NEET: now on a training course - need met")])

box("K028-A-green",
    "Jacob (18 months) has had four chest infections this winter and the GP has written to the landlord about the damp in the flat.",
    ["PH", "HOUS"])
box("K028-A-yellow",
    "The housing association has been told about the mould three times but has not sent anyone, so I have referred Katie to the Citizens Advice housing adviser. Katie has no debts and the rent is paid up to date.",
    ["HOUS"],
    [("negated", "FIN: no debts, rent up to date")])

box("K029-A-green",
    "Evie (3) can have funded nursery hours but has not started anywhere yet, and the health visitor is concerned that she is not toilet trained. Her hearing test was normal.",
    ["EYD"],
    [("negated", "PH: hearing test normal")])
box("K029-A-yellow",
    "Emma has anxiety and panic attacks that stop her taking Evie to groups, and she has been referred to Talking Therapies. Her partner, Rob, stopped drinking in 2023 and has not had a drink since.",
    ["MH-ADULT"],
    [("historical", "SUB: Rob stopped drinking in 2023")])

box("K030-A-yellow",
    "Becky has epilepsy and has had three seizures at home this month. Josh (12) is the one who puts her in the recovery position and rings for an ambulance, and he now refuses to go on school trips in case she has a fit while he is away.",
    ["PH", "CARER"])
box("K030-A-blue",
    "Becky and Josh's dad split up amicably years ago and Josh stays with him every other weekend without any problems.",
    [],
    [("negated", "REL-CONF: amicable separation years ago, contact without problems")])
box("K030-C-yellow",
    "Josh still goes to the young carers group on Mondays, though he says he worries less now that his mum's new anti-seizure drugs are working.",
    ["CARER", "PH"],
    [("look-alike", "'anti-seizure drugs' is prescribed medication, PH not SUB")])

# ---------------------------------------------------------------- unboxed case notes
# Gold level = highest level cue in the text (taxonomy convention 2).
note("U001", "assessment", "2026-02-03", "Wrenfield Cross",
     "Phone call from Kerry-Ann about her son Louis (8), who has refused to go into school on most days since half term because he is scared something will happen to her while he is there. She has spoken to his class teacher and the GP, and I sent her some information on helping children with worries.",
     ["EDU-ATT", "MH-CHILD"], "green",
     [("convention", "level: GP and school (green) outrank information sent (blue)")])
note("U002", "assessment", "2026-02-10", "Hollinsbrook",
     "Joint home visit with the family support worker. Pete is three months behind with his rent and the housing association has served a notice seeking possession. The children's attendance is good and there are no concerns about school.",
     ["FIN", "HOUS"], "orange",
     [("negated", "EDU-ATT: attendance good, no concerns about school"),
      ("convention", "level: possession notice (orange) outranks family support worker (yellow)")])
note("U003", "assessment", "2026-02-12", "Kettleby Vale",
     "The Baxter children (7 and 9) are now on child in need plans under section 17. Their mum, Nicola, is drinking heavily during the day, and both children have been arriving at school hungry and unwashed.",
     ["SUB", "SAFE-NEG"], "red",
     [("convention", "hungry child = SAFE-NEG, not FIN (conv. 10); s17 plan = red")])
note("U004", "assessment", "2026-02-17", "Marsh End",
     "Shelley rang to say she has set up a payment plan with the water company for her £300 arrears. She asked for the address of the food pantry in case things get tight later in the year, and I sent it to her.",
     ["FIN"], "blue",
     [("hypothetical", "food pantry only 'in case things get tight' - FIN comes from the arrears being paid off"),
      ("convention", "level: only information the family acts on itself = blue")])
note("U005", "closure", "2026-02-19", "Hollinsbrook",
     "Update from the Youth Justice Service: Kyle (16) has completed four of the twelve reparation sessions on his referral order. His mum says he is still not going to college or looking for work and stays in bed until the afternoon.",
     ["CRIME", "EDU-NEET"], "orange",
     [("convention", "NEET 16+ is EDU-NEET only, no FIN (conv. 11); YOS/YJS = orange"),
      ("look-alike", "staying in bed late is not a sleep problem (PH)")])
note("U006", "assessment", "2026-02-24", "Wrenfield Cross",
     "Portage visit today. Rosie (3) has global developmental delay and is not yet walking on her own, and the Portage worker has set new goals with her mum for standing and moving along the furniture.",
     ["EYD"], "yellow",
     [("convention", "under-5 developmental delay read as EYD (not PH); Portage = yellow")])
note("U007", "assessment", "2026-02-27", "Kettleby Vale",
     "Phone call with Bryony, whose partner hit her in front of the children on Saturday. Police arrested him and he has been bailed not to return to the house, and I have given Bryony the number for the Harbour domestic abuse helpline.",
     ["DA"], "orange",
     [("convention", "partner's arrest for the assault is DA only, not CRIME (conv. 7); police arrest = orange")])


# ---------------------------------------------------------------- writer
NARR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
               "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]


def write_csv(path, header, rows):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def main():
    ids = [r["nid"] for r in ROWS]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    narr, gold, traps = [], [], []
    for r in ROWS:
        narr.append([r["nid"], r["triage"], r["case"], r["stage"], r["date"],
                     r["level"], r["locality"], r["text"]])
        assert len(r["codes"]) == len(set(r["codes"])), r["nid"]
        for c in r["codes"]:
            gold.append([r["nid"], c, r["gold_level"]])
        if r["traps"]:
            traps.append({"narrative_id": r["nid"],
                          "gold_codes": r["codes"],
                          "traps": [{"type": t, "note": n} for t, n in r["traps"]]})
    write_csv(os.path.join(OUT, "narratives.csv"), NARR_HEADER, narr)
    write_csv(os.path.join(OUT, "gold.csv"), GOLD_HEADER, gold)
    with open(os.path.join(OUT, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(traps, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"narratives: {len(narr)}  gold rows: {len(gold)}  narratives with trap notes: {len(traps)}")


if __name__ == "__main__":
    main()
