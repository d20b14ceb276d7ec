#!/usr/bin/env python3
"""Build the blind held-out gold set I (complex and blended households).

Every narrative, its gold codes and its trap notes live in this file.
Running it writes narratives.csv, gold.csv and traps.json next to it.
python3 standard library only.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Cases: case id -> locality
# Triages: triage id -> date
# ---------------------------------------------------------------------------
CASE_LOCALITY = {
    "I001": "Ashcombe",
    "I002": "Brindley Vale",
    "I003": "Hollins Cross",
    "I004": "Ashcombe",
    "I005": "Brindley Vale",
    "I006": "Hollins Cross",
    "I007": "Ashcombe",
    "I008": "Hollins Cross",
    "I009": "Brindley Vale",
    "I010": "Ashcombe",
    "I011": "Hollins Cross",
    "I012": "Ashcombe",
}

TRIAGE_DATE = {
    "I001-A": "2025-01-14", "I001-C": "2025-06-20",
    "I002-A": "2025-01-22", "I002-C": "2025-07-02",
    "I003-A": "2025-02-05", "I003-C": "2025-08-11",
    "I004-A": "2025-03-10", "I004-C": "2025-09-03",
    "I005-A": "2025-02-18",
    "I006-A": "2025-03-03", "I006-C": "2025-10-15",
    "I007-A": "2025-01-29", "I007-C": "2025-07-28",
    "I008-A": "2025-03-12",
    "I009-A": "2025-04-07", "I009-C": "2025-08-29",
    "I010-A": "2025-04-23", "I010-C": "2025-09-17",
    "I011-A": "2025-02-26", "I011-C": "2025-10-01",
    "I012-A": "2025-03-19",
}

# ---------------------------------------------------------------------------
# Boxed narratives: (triage id, box colour, text, [gold codes], [trap notes])
# Gold level of every code = box colour (convention 2).
# ---------------------------------------------------------------------------
BOXED = [
    # ---- I001: Mum Kerry-Ann, partner Lee, Kyle (17, Mum's son), Maisie (8), baby Alfie
    ("I001-A", "blue",
     "Kerry-Ann and her partner Lee have been together six years and both describe the relationship as solid. "
     "Lee's mum lives two streets away and collects Maisie from school twice a week. There are no worries about "
     "the baby, Alfie, who is seven months old, feeding well and up to date with his jabs. Lee noticed before "
     "Christmas that they had fallen behind on the gas, rang the supplier himself and they are now paying an "
     "extra £20 a week on top of their usage, which he says is manageable.",
     ["FIN"],
     ["now-managing: gas arrears being repaid at £20 a week in a blue box count as FIN present (convention 3)",
      "negation: 'no worries about the baby' gives no EYD or PH for Alfie",
      "note: paternal grandmother's help is the family's own network, not a code"]),
    ("I001-A", "green",
     "Maisie is in Year 3. Her class teacher mentioned that she is still wetting the bed most nights and does not "
     "want to go on the residential trip in June because of it; Kerry-Ann has booked her in with the GP. School "
     "have also put Maisie on SEN support for her reading, and she works with the SENCO in a small group twice a week.",
     ["PH", "EDU-SEND"],
     ["convention-9: bedwetting in a school-age child (8) is PH, not EYD"]),
    ("I001-A", "yellow",
     "Kyle's dad drank heavily when Kyle was little, but that is long in the past and he has not been in touch for "
     "years. The worry now is Kyle himself. He is 17, dropped out of his college course in November and is smoking "
     "cannabis every day in his bedroom; his mum can smell it on the landing. He sleeps until mid-afternoon and there "
     "are rows whenever she asks him to do anything around the house. He has agreed to a referral to the young "
     "people's substance misuse service.",
     ["SUB", "EDU-NEET", "REL-PAR"],
     ["historical: Kyle's dad's drinking is long past and he is outside the household (convention 6); SUB comes from Kyle's own cannabis use after 'but'",
      "convention-11: Kyle (17) not in education or work is EDU-NEET only, no FIN",
      "note: rows between Mum and her son are REL-PAR (convention 8)"]),
    ("I001-A", "orange",
     "Police have been to the house twice since Christmas. On the first occasion Kyle put his fist through the "
     "kitchen door; on the second he shoved his mum against the fridge when she took his phone from him, and Lee "
     "had to pull him away. Kerry-Ann did not want him charged. We are worried that this could escalate, especially "
     "with a baby in the house.",
     ["REL-PAR", "CRIME"],
     ["convention-8: son's violence towards his mother is REL-PAR plus CRIME because police attended; not DA",
      "note: 'we are worried that this could escalate' describes a current risk, not a hypothetical"]),
    ("I001-C", "blue",
     "The gas debt was paid off in April and Kerry-Ann and Lee no longer pay anything extra. Lee has picked up more "
     "shifts at the depot over the summer.",
     [],
     ["historical: debt 'paid off in April' is over, not now-managing (convention 3)",
      "convention-5: extra shifts are not FIN"]),
    ("I001-C", "green",
     "Maisie is still wetting the bed three or four nights a week, and the GP has lent the family an alarm to try. "
     "She is still in the SENCO's reading group and her reading age has gone up by a year.",
     ["PH", "EDU-SEND"],
     []),
    ("I001-C", "yellow",
     "Kyle is still out of college and work, though his mum says he gets up before lunch most days now. He says he "
     "has cut down to a joint at weekends, and he still sees his worker from the substance misuse service every "
     "fortnight.",
     ["SUB", "EDU-NEET"],
     []),
    ("I001-C", "orange",
     "Police have not been called since February, and Kerry-Ann says Kyle has not been physical with her since.",
     [],
     ["historical: 'Police have not been called since February' - CRIME and REL-PAR are over"]),

    # ---- I002: Mum Shannon, her mum Pauline (lives in), Jordan (13), Tyler (4), baby Ellie-Mae; baby's dad Ricky lives elsewhere
    ("I002-A", "blue",
     "Shannon's mum, Pauline, moved in with the family last spring and does most of the cooking and the nursery run. "
     "Shannon says that if her mum ever moved back to her own flat she would not be able to cope with three children, "
     "but nobody is planning for that to happen.",
     [],
     ["hypothetical: 'if her mum ever moved back ... she would not be able to cope' - no code"]),
    ("I002-A", "green",
     "At the baby's eight-week check the health visitor completed the Edinburgh scale with Shannon, who scored "
     "highly. The GP has since started her on sertraline. She says she cries most days and does not feel close to "
     "the baby. Tyler, her four-year-old, says only a handful of single words and is still in nappies, so the health "
     "visitor has referred him to speech and language therapy.",
     ["MH-ADULT", "EYD"],
     []),
    ("I002-A", "yellow",
     "Jordan is 13. Since the baby came he has been missing registration and the first lesson most days, and his "
     "attendance is down to 79%. He told me he stays up to help his nan settle Tyler and the baby once Mum has gone "
     "to bed, and at weekends he does some of the night feeds. He has been put forward to the young carers service "
     "for an assessment.",
     ["EDU-ATT", "CARER"],
     []),
    ("I002-A", "orange",
     "Jordan's dad was violent to Shannon when Jordan was a toddler and went to prison for it in 2016; there has "
     "been no contact since. The current worry is the baby's father, Ricky, who does not live with them. He turns "
     "up late at night, goes through Shannon's phone and tells her who she is allowed to see, and Pauline heard him "
     "threaten to take the baby. A DASH was completed as high risk and the case is listed for MARAC next week.",
     ["DA"],
     ["mixed: the 2016 violence by Jordan's dad is historical, Ricky's coercive control is current - DA present once",
      "convention-6: Ricky lives outside the household, but his abuse of Shannon is DA for the family"]),
    ("I002-C", "blue",
     "Shannon is halfway through a course of talking therapy and is still taking her tablets. She says the low days "
     "are fewer, and her mum makes sure she gets out for a walk with the pram every afternoon.",
     ["MH-ADULT"],
     []),
    ("I002-C", "green",
     "Tyler has started at nursery for his fifteen funded hours and the speech therapist has set targets that his "
     "key person works on with him. He is out of nappies in the day now.",
     ["EYD"],
     []),
    ("I002-C", "yellow",
     "Jordan still goes to the young carers group every Wednesday evening and enjoys it, and he still helps "
     "his nan with the baby's feeds at weekends.",
     ["CARER"],
     []),
    ("I002-C", "orange",
     "Ricky was made subject to a non-molestation order in April and has kept away since then. Shannon has started a "
     "recovery course for women who have lived with abuse at the children's centre, and says it has opened her eyes.",
     ["DA"],
     ["convention-4: an ongoing domestic abuse recovery course and a live non-molestation order code DA although Ricky has kept away"]),

    # ---- I003: Dad Gareth, stepmum Nadia, Ruby (15), Callum (11), Nadia's son Zain (6), baby Layla; the older children's mum Donna lives elsewhere
    ("I003-A", "green",
     "Zain is six and his speech is still very hard to understand; his teacher has asked the SENCO to refer him to "
     "the speech and language service that works with the school. Nadia has no worries about the baby: Layla had her "
     "one-year review a little early, and she is crawling, babbling and pulling herself up on the furniture.",
     ["EDU-SEND"],
     ["convention-9: speech and language for a school-age child (Zain, 6) is EDU-SEND, not EYD",
      "negation: 'no worries about the baby' - no EYD for Layla"]),
    ("I003-A", "yellow",
     "Gareth and the older children's mum, Donna, separated three years ago and still cannot agree on contact. "
     "Handovers take place at a petrol station and regularly end in a slanging match in front of the children. "
     "Callum has started saying he does not want to go. "
     "Gareth and Donna have each agreed to mediation through the family hub.",
     ["REL-CONF"],
     []),
    ("I003-A", "orange",
     "Ruby (15) has been reported missing three times since October. On the last occasion police found her in a "
     "flat in town with two adult men. She has a second phone that her dad did not buy her and will not say who gave "
     "it to her. Nadia found cuts on the tops of her arms last week. Ruby is on the waiting list for CAMHS and the "
     "exploitation hub has been asked to screen her.",
     ["SAFE-EXP", "MH-CHILD"],
     ["convention-7: police finding a missing child is safeguarding, not CRIME",
      "convention-4: waiting list for CAMHS codes MH-CHILD"]),
    ("I003-A", "red",
     "A strategy meeting on 20 February agreed a section 47 enquiry for Ruby because of the concerns that she is "
     "being sexually exploited.",
     ["SAFE-EXP"],
     []),
    ("I003-C", "blue",
     "Gareth and Nadia say the family are eating together at the table again, and Ruby has started to chat to them "
     "about her day.",
     [],
     ["good-news: no need is stated, nothing to code (convention 3)"]),
    ("I003-C", "yellow",
     "Mediation has finished, but Gareth and Donna still cannot agree about who has the children over the summer "
     "holidays, and both have gone back to their solicitors.",
     ["REL-CONF"],
     []),
    ("I003-C", "orange",
     "Ruby has not gone missing since March. She still sees her CAMHS worker every week; the cutting has reduced "
     "but she says the urges have not gone away.",
     ["MH-CHILD"],
     ["mixed: missing episodes are over (no SAFE-EXP), while self-harm and CAMHS are current (MH-CHILD)"]),
    ("I003-C", "red",
     "N/A - the section 47 enquiry concluded with no further statutory involvement.",
     [],
     ["n/a-box: N/A with a concluded s47; nothing present"]),

    # ---- I004: Mum Leanne, partner Dean, Tia (9), Bobby (3), lodger Mick
    ("I004-A", "green",
     "Bobby is three and has not taken up his funded nursery place. Leanne says he screams whenever she leaves him, "
     "so she has kept him at home. He is still in nappies day and night. Tia is behind with her immunisations and "
     "has missed her last two dental check-ups.",
     ["EYD", "PH"],
     []),
    ("I004-A", "yellow",
     "The family rent a three-bedroom flat privately and two of the bedrooms have black mould up the walls. Tia's "
     "asthma has been worse all winter and the GP thinks the damp is a factor. Leanne's hours at the café were cut "
     "in the autumn and she is now about £600 behind with the rent; she has an appointment with Citizens Advice. To "
     "help with the bills they let the box room to a lodger, Mick, who is on probation. Leanne says he keeps himself "
     "to himself.",
     ["HOUS", "PH", "FIN", "CRIME"],
     ["judgement: the lodger lives in the home, so as a household member on probation he gives CRIME (convention 7)"]),
    ("I004-A", "orange",
     "The landlord served a section 21 notice on 3 March asking the family to leave by the start of May. Leanne has "
     "approached the council's housing options team as threatened with homelessness.",
     ["HOUS"],
     []),
    ("I004-C", "green",
     "Bobby now goes to nursery three mornings a week and is beginning to use the potty.",
     ["EYD"],
     []),
    ("I004-C", "yellow",
     "In June the family moved into a three-bedroom housing association house with no damp. Leanne cleared the rent "
     "arrears with a discretionary housing payment. Mick did not move with them.",
     [],
     ["historical: housing, arrears and the lodger's probation are all resolved or gone"]),
    ("I004-C", "orange",
     "Nothing further here - the move has happened, as recorded in the yellow box.",
     [],
     ["convention-1: refers to another box; coded on its own text only, so nothing"]),

    # ---- I005: Grandparents Sandra and Keith (SGO), Lily (10), Mason (7); mum Kirsty lives in a hostel
    ("I005-A", "blue",
     "Sandra and Keith are kinship carers for their two grandchildren under a special guardianship order. They have "
     "a lot of help from their church and from Keith's brother.",
     [],
     ["convention-12: kinship carers are not CARER"]),
    ("I005-A", "green",
     "Keith has COPD and uses oxygen at night; he gets very breathless on the stairs. He receives PIP, and Sandra "
     "gets Carer's Allowance for looking after him.",
     ["PH"],
     ["convention-5: PIP and Carer's Allowance imply neither FIN nor CARER; PH comes from the COPD itself"]),
    ("I005-A", "yellow",
     "Lily is ten and does a great deal for her grandad. She swaps over his oxygen cylinders, fetches his inhalers "
     "and sits with him when her nan goes to the shops. She is late most mornings because she checks on him before "
     "she leaves. Lily says she spends the school day worrying that something will happen to him, and her teacher "
     "describes her as withdrawn and close to tears.",
     ["CARER", "MH-CHILD", "EDU-ATT"],
     []),
    ("I005-A", "orange",
     "The children's mum has had no contact with them since the summer. Mason, who is seven, has been sent home twice this half term for kicking staff and is at risk of "
     "permanent exclusion. He is waiting for an ADHD assessment. School have brought in the behaviour support team "
     "and a TAF meeting is booked for next month.",
     ["EDU-EXC", "EDU-SEND"],
     []),

    # ---- I006: Mum Jade, partner Connor, Keeley (19), Harvey (14), twins Lacey and Mylo (2)
    ("I006-A", "green",
     "The twins, Lacey and Mylo, are two and a half. At their review the health visitor found that neither is "
     "joining words together. Jade was given information about the free two-year-old nursery places but has not "
     "applied yet.",
     ["EYD"],
     []),
    ("I006-A", "yellow",
     "Keeley is 19 and has not worked or studied since leaving sixth form last summer. She spends most of the day in "
     "her room and told me she feels flat and cannot see the point in anything. Jade thinks her daughter is just "
     "lazy. Drugs and alcohol: nil known.",
     ["EDU-NEET", "MH-CHILD"],
     ["judgement: Keeley (19) is a young person of the household, so her low mood is MH-CHILD, not MH-ADULT",
      "negation: 'Drugs and alcohol: nil known' - no SUB",
      "convention-11: NEET young person, no FIN"]),
    ("I006-A", "orange",
     "On my visit there was no food in the kitchen apart from half a loaf and a box of cereal, and Harvey (14) said "
     "he goes to a friend's for his tea most nights. Harvey has missed twelve days of school this term. The twins "
     "were in soaking nappies and there was dog mess on the living room carpet. Connor lost his warehouse job in "
     "January; the family have been using the food bank and the gas meter had run out. We are worried the "
     "children's basic needs are not being met.",
     ["SAFE-NEG", "EDU-ATT", "FIN"],
     ["convention-10: an empty kitchen is SAFE-NEG and the food bank and empty gas meter are FIN - both coded"]),
    ("I006-A", "red",
     "Stepped up to children's social care. A child and family assessment is under way and a child in need plan "
     "under section 17 is expected because of neglect.",
     ["SAFE-NEG"],
     []),
    ("I006-C", "blue",
     "Jade now does a proper shop every week and has a meal planner stuck on the fridge. The cupboards were full "
     "when I called round.",
     ["SAFE-NEG"],
     ["now-managing: food in the home now being managed by Mum in a blue box - SAFE-NEG present (judgement under convention 3)"]),
    ("I006-C", "green",
     "Lacey and Mylo started at nursery in April and are both using short phrases now.",
     ["EYD"],
     []),
    ("I006-C", "yellow",
     "Keeley is still at home and has not found any work or training. She went to the GP about her low mood in the "
     "summer and is on the waiting list for talking therapy.",
     ["EDU-NEET", "MH-CHILD"],
     []),
    ("I006-C", "orange",
     "Connor is still out of work. He and Jade are on a debt management plan with a debt charity for their catalogue "
     "and council tax debts.",
     ["FIN"],
     []),
    ("I006-C", "red",
     "Not applicable now - the child in need plan closed in September.",
     [],
     ["n/a-box: statutory plan closed; nothing present"]),

    # ---- I007: Dad Stuart, partner Marie, Ellis (12, Stuart's son), Jack (16, Marie's son)
    ("I007-A", "blue",
     "Marie has had anxiety since her teens. She keeps on top of it with a breathing app and long walks with her "
     "sister, and she says it rarely stops her doing anything now.",
     ["MH-ADULT"],
     ["now-managing: Marie managing her own anxiety in a blue box - MH-ADULT present (convention 3)"]),
    ("I007-A", "green",
     "Ellis is 12 and was diagnosed with ADHD last year. The SENCO has written a support plan for him and he takes "
     "medication every morning, which his dad gives him before school.",
     ["EDU-SEND"],
     []),
    ("I007-A", "yellow",
     "Ellis was suspended for three days in January for throwing a chair in science, his second suspension this "
     "school year.",
     ["EDU-EXC"],
     []),
    ("I007-A", "orange",
     "Marie's son Jack (16) was arrested in December for carrying a lock knife and is now on a referral order with "
     "the youth offending service. He vapes constantly, but there is no evidence of any drug use.",
     ["CRIME"],
     ["convention-12: vaping is not SUB; 'no evidence of any drug use' is a negation"]),
    ("I007-C", "blue",
     "Stuart goes to a dads' group on Saturday mornings and takes Ellis along. He and Marie disagreed about screens "
     "and bedtimes in the spring, but they are now sticking to the same rules and they say it is working.",
     ["REL-PAR"],
     ["now-managing: shared boundaries now in place in a blue box - REL-PAR present",
      "historical: the adults' disagreement in the spring is over, so no REL-CONF"]),
    ("I007-C", "yellow",
     "He has had no further suspensions since February and his head of year is pleased with him.",
     [],
     ["convention-1: 'He' points to Ellis in other boxes; on its own text this is historical ('no further ... since February')"]),
    ("I007-C", "orange",
     "Jack is halfway through his referral order and has kept every appointment with his YOS worker.",
     ["CRIME"],
     []),

    # ---- I008: Mum Claire, partner Wayne (lives in), Summer (15), Riley (8)
    ("I008-A", "blue",
     "N/A - see orange and red boxes.",
     [],
     ["convention-1: N/A box pointing at other boxes; nothing carried over"]),
    ("I008-A", "yellow",
     "Riley is eight and is on the autism pathway; he is waiting to see the community paediatrician, and school "
     "have applied for an EHC needs assessment. He rarely falls asleep before midnight and is exhausted in class.",
     ["EDU-SEND", "PH"],
     []),
    ("I008-A", "orange",
     "Wayne drinks most evenings, usually six or seven cans followed by vodka, and Claire says he turns nasty once he "
     "has had a drink. Summer (15) told her head of year that she heard him call her mum worthless and saw him push "
     "her into the banister. Summer has been anxious and tearful in school and says she is scared to go home.",
     ["SUB", "DA", "MH-CHILD"],
     []),
    ("I008-A", "red",
     "At the ICPC on 26 March, Summer and Riley were made subject to child protection plans under the category of "
     "emotional abuse, because of domestic abuse in the home and Wayne's drinking.",
     ["DA", "SUB"],
     []),

    # ---- I009: Mum Stacey, her dad Ron (lives in), Kayden (10), Poppy (3); Kayden's dad in prison
    ("I009-A", "blue",
     "Stacey works nights at a care home and her dad, Ron, who lives with them, gets the children up and does the "
     "school and nursery run.",
     [],
     ["convention-5: night shifts are not FIN; grandfather's help is own network"]),
    ("I009-A", "green",
     "Poppy (3) goes to nursery every morning and nursery have no concerns about her. Kayden, who is ten, says some "
     "boys in his class have been calling him names about his dad being in prison and pushing him in the lunch "
     "queue. School have put a plan in place and his teacher is keeping an eye on it.",
     ["SAFE-EXP"],
     ["negation: 'no concerns about her' covers Poppy only and stops at the sentence end",
      "convention-6: Dad in prison is outside the household - no CRIME; the bullying of Kayden is SAFE-EXP"]),
    ("I009-A", "yellow",
     "Stacey told me she has run up around £4,000 of debt on online slot sites and took out a doorstep loan to cover "
     "last month's rent. She does not drink or use drugs. She has been referred to a gambling support service and "
     "will see Citizens Advice about the debts.",
     ["FIN"],
     ["convention-10: gambling debts are FIN, not SUB",
      "negation: 'does not drink or use drugs'"]),
    ("I009-C", "blue",
     "Stacey has signed up to GAMSTOP to block herself from gambling sites and is paying the doorstep lender £50 a month "
     "under an agreed plan.",
     ["FIN"],
     ["now-managing: paying off the loan in a blue box - FIN present (convention 3)"]),
    ("I009-C", "green",
     "Kayden says a couple of the boys are still calling him names at lunchtime, so his teacher has moved him to a "
     "different table and lets him eat in the library on Fridays.",
     ["SAFE-EXP"],
     []),

    # ---- I010: Mum Natalie, partner Craig, Ava (13), Ollie (11), Esme (5), Craig's son Tyler-James (17)
    ("I010-A", "blue",
     "Natalie's sister lives next door and has Esme (5) after school when Natalie is on a late. Natalie put a reward "
     "chart up for Ollie a month ago because his behaviour at home was getting on top of her, and she says he is "
     "already answering back much less. Neither adult drinks to excess or uses drugs.",
     ["REL-PAR"],
     ["now-managing: reward chart for behaviour at home in a blue box - REL-PAR present (convention 3)",
      "negation: 'Neither adult drinks to excess or uses drugs' - no SUB"]),
    ("I010-A", "yellow",
     "Ava (13) has not been in school since the Easter holidays. She says she feels panicky every morning and cannot "
     "face walking through the gate; her mum thinks it began after she fell out with her friendship group. School "
     "have offered a reduced timetable. Her brother Ollie (11) is on report for disrupting lessons and his head of "
     "year has warned that a suspension is close.",
     ["EDU-ATT", "MH-CHILD", "EDU-EXC"],
     []),
    ("I010-A", "orange",
     "Craig's son Tyler-James (17) moved in with them in January after his mum asked him to leave. He is not in "
     "college or working and was picked up by police last month riding a stolen moped round the estate. There are "
     "now six people in a three-bedroom house, with the two boys sharing a room. Natalie and Craig are arguing a lot "
     "about how to handle him, and Natalie is not sure their relationship will last.",
     ["EDU-NEET", "CRIME", "HOUS", "REL-CONF"],
     []),
    ("I010-C", "green",
     "Ava is going in every day on a part-time timetable that is being built up week by week, and she sees the "
     "school counsellor on Mondays.",
     ["EDU-ATT", "MH-CHILD"],
     []),
    ("I010-C", "yellow",
     "Ollie is still on report and had a one-day suspension in June for fighting in the corridor.",
     ["EDU-EXC"],
     []),
    ("I010-C", "orange",
     "Natalie and Craig have separated and Craig has moved out with Tyler-James. The children still see Craig at "
     "weekends, and the adults are civil with each other.",
     ["REL-CONF"],
     []),

    # ---- I011: Becky (22), baby Frankie (9 months), her brother Liam (16)
    ("I011-A", "blue",
     "Becky's boyfriend's mum has Frankie every Friday so that Becky can go to her college course. Becky is paying "
     "back a Universal Credit advance at £30 a month and has budgeted for it. Frankie's dad was controlling when they "
     "were together, but they split before Frankie was born and he has had no contact since he moved away in 2023.",
     ["FIN"],
     ["now-managing: repaying a UC advance in a blue box is FIN present (judgement: a repayment is a money matter, convention 5)",
      "historical: DA from Frankie's dad ended in 2023 - no DA"]),
    ("I011-A", "green",
     "Frankie is nine months old. The health visitor has been weighing him every fortnight because he has dropped "
     "from the 50th to the 9th centile. Becky has started weaning him but he gags on anything with lumps in it.",
     ["EYD", "PH"],
     []),
    ("I011-A", "yellow",
     "Liam is 16 and moved in with his sister after their mum died last year. He is grieving and has told Becky that "
     "some days he wishes he had died too. The GP has referred him to CAMHS. He is doing A-levels at the sixth form "
     "but has been late most mornings this term.",
     ["MH-CHILD", "EDU-ATT"],
     ["convention-2: CAMHS appears in a yellow box; the codes still take yellow"]),
    ("I011-C", "green",
     "Frankie is back on the 25th centile and happily eating finger foods. The health visitor would only refer him "
     "to the dietitian if his weight dropped again.",
     [],
     ["hypothetical: dietitian referral 'only ... if his weight dropped again'",
      "historical: weight and weaning have recovered"]),
    ("I011-C", "yellow",
     "Liam goes to a bereavement group for teenagers at the hospice every other Tuesday and says it helps to talk to "
     "people his own age who have lost a parent.",
     ["MH-CHILD"],
     []),

    # ---- I012: Mum Michelle (MS), Paul, Jess (18, Paul's daughter), Charlie (12), Daisy (6)
    ("I012-A", "green",
     "Michelle has multiple sclerosis and uses a wheelchair when she is out of the house. Her neurologist changed "
     "her medication last month and she is still getting used to the side effects.",
     ["PH"],
     []),
    ("I012-A", "yellow",
     "Paul's daughter Jess (18) gave up her college place in October so that she could be at home with Michelle "
     "during the day while Paul is at work. She helps her stepmum to wash and dress and does the school run for "
     "Charlie and Daisy.",
     ["CARER", "EDU-NEET"],
     []),
    ("I012-A", "orange",
     "Paul has been signed off work by his GP with depression and told me he has had thoughts of ending his life; "
     "the crisis team saw him last week. Charlie (12) was excluded for two days this month for swearing at a "
     "teacher. At home he refuses to come off his console and shouts at both parents when they try to take the "
     "controller.",
     ["MH-ADULT", "EDU-EXC", "REL-PAR"],
     []),
]

# ---------------------------------------------------------------------------
# Unboxed notes: (number, date, locality, judged level, text, [codes], [traps])
# Judged level = highest level cue in the text (convention 2); None when no codes.
# ---------------------------------------------------------------------------
UNBOXED = [
    (1, "2025-01-09", "Ashcombe", "yellow",
     "Home visit to Gemma and her partner Steve. Steve is not the children's dad but has been around since Finley (7) "
     "was a baby. Gemma says Finley lashes out at her when he does not get his own way; last week he kicked her in "
     "the stomach when she switched off his Xbox. There is no set bedtime and the children are often still up after "
     "ten. No police involvement. Gemma has been booked onto a Triple P group starting next month.",
     ["REL-PAR"],
     ["convention-8: child-to-parent violence without police or youth justice is REL-PAR only, not DA or CRIME",
      "convention-2: a parenting course is the highest cue, so yellow; 'No police involvement' is negated"]),
    (2, "2025-01-16", "Hollins Cross", "green",
     "Call from the school nurse about Leah (14), who lives with her dad, her stepmum and two younger half-brothers. "
     "Leah has told the nurse she has been making herself sick after meals, and she has lost a noticeable amount of "
     "weight since the summer. Dad has booked a GP appointment for Friday.",
     ["MH-CHILD", "PH"],
     []),
    (3, "2025-01-28", "Brindley Vale", "red",
     "Strategy meeting held after Maddison (4) was found by a neighbour wandering along the main road in her pyjamas "
     "at seven in the morning while Mum and her partner were asleep. Police brought her home. Nursery say she often "
     "arrives hungry and in the same clothes for days. Mum's partner, Kane, moved in about two months ago and is "
     "known to use crack cocaine. The landlord has not repaired the boiler since November and the flat has no "
     "heating. Section 47 enquiries are to begin.",
     ["SAFE-NEG", "SUB", "HOUS"],
     ["convention-7: police bringing a child home is safeguarding, not CRIME",
      "judgement: Kane lives in with the children, so his drug use is a carer's SUB",
      "convention-2: police (orange) and strategy meeting/s47 (red) - highest is red"]),
    (4, "2025-02-03", "Hollins Cross", "green",
     "Health visitor update. Baby Reggie (6 weeks) is gaining weight and breastfeeding is well established. His "
     "older sister Tilly (3) has refused the potty since the baby arrived and is back in nappies. The HV has given Mum some ideas to try.",
     ["EYD"],
     []),
    (5, "2025-02-06", "Ashcombe", "yellow",
     "Kieran (16) moved in with his grandparents last year after rows with his mum and stepdad; he sees them most "
     "Sundays now and things are calmer. He left school in the summer without the grades he needed and has not found "
     "a college place or a job. His nan worries he could be drawn into trouble, but there is no police involvement "
     "and nothing at this stage to suggest exploitation. Referred to the youth employment adviser.",
     ["EDU-NEET"],
     ["historical: the rows with his mum and stepdad are over - no REL-PAR",
      "hypothetical: 'could be drawn into trouble' with 'nothing ... to suggest exploitation' - no SAFE-EXP",
      "negation: 'no police involvement' is not an orange cue; level yellow"]),
    (6, "2025-02-10", "Brindley Vale", "orange",
     "MARAC referral made for Toni. Her partner, who is the baby's father but not the dad of her older two, checks "
     "her bank account, takes her wages and stops her from seeing her own mum. Toni is on antidepressants from her "
     "GP. She is frightened to leave because the tenancy is in his name and she feels she would have nowhere to go.",
     ["DA", "MH-ADULT"],
     ["hypothetical: 'would have nowhere to go' - no HOUS",
      "convention-8: financial control that is part of the abuse is DA, not FIN"]),
    (7, "2025-02-19", "Ashcombe", "green",
     "Information from school about Tamsin (9), who lives with her mum, her mum's partner and, every other week, his "
     "two sons. She has been late 22 times this term and her attendance is 88%. Mum says Tamsin refuses to get out "
     "of bed and screams at her when she tries, so some days Mum lets her stay home rather than face another row. "
     "The attendance officer is meeting Mum next week.",
     ["EDU-ATT", "REL-PAR"],
     []),
    (8, "2025-02-24", "Brindley Vale", "red",
     "ICPC today for the three children. Mum's partner, Shaun, who lives with them, has started drinking heavily "
     "again, and on Saturday he was arrested after a fight outside the pub while the children were left at home on "
     "their own. Mum has a long history of depression, which she says is stable on medication. The eldest, Reece "
     "(15), has gone missing twice this month and is believed to be staying with an adult known to police for "
     "dealing. All three children are now on child protection plans.",
     ["SUB", "CRIME", "SAFE-NEG", "MH-ADULT", "SAFE-EXP"],
     ["convention-4: depression 'stable on medication' is ongoing treatment - MH-ADULT present despite 'long history'",
      "convention-7: Shaun's pub fight is other offending by a household member - CRIME"]),
    (9, "2025-03-04", "Hollins Cross", "blue",
     "Dad (Jason) phoned. He and the girls' mum still find it hard to be civil, so they now arrange contact through a "
     "co-parenting app instead of talking on the phone, and he says this has stopped most of the arguments. The girls "
     "stay with him every other weekend and on Wednesday nights. He did not want any further help.",
     ["REL-CONF"],
     []),
    (10, "2025-03-07", "Ashcombe", "orange",
     "Dylan (14) was permanently excluded on Friday after bringing a knife into school. He lives with his mum, her "
     "partner and his baby half-sister. School informed the police and he has been referred to the youth offending "
     "service. Mum says he has been hanging around with older lads from another estate and has come home with "
     "designer trainers she did not buy. We are worried he is being groomed to carry drugs.",
     ["EDU-EXC", "CRIME", "SAFE-EXP"],
     []),
    (11, "2025-03-11", "Brindley Vale", "green",
     "Letter from the GP. Mum's partner, Gavin, who lives with the family, has type 1 diabetes and has had two hypos "
     "at home this month. The GP has changed his insulin doses and asked the practice nurse to see "
     "him every fortnight.",
     ["PH"],
     []),
    (12, "2025-03-14", "Hollins Cross", "yellow",
     "Grace (17) lives with her dad and his partner, Lorraine. Lorraine's mum has dementia and moved in with them "
     "last autumn, and Grace has become her main helper: she sits with her in the evenings, gives her tablets and "
     "takes her to the toilet in the night. Grace dropped out of her college course at Christmas because she could "
     "not keep up. Referred to the young carers service.",
     ["CARER", "EDU-NEET", "PH"],
     []),
    (13, "2025-03-18", "Ashcombe", "orange",
     "Mum and her partner received a section 21 notice on 2 March for the flat they share with her three children "
     "and his daughter; the landlord is selling up. They are also £1,200 behind with the rent since his agency work "
     "dried up. Mum says she is not coping and has been crying every day, and her partner is worried about her.",
     ["HOUS", "FIN", "MH-ADULT"],
     []),
    (14, "2025-03-21", "Brindley Vale", "yellow",
     "Nana Pat, who lives with Mum and the four children and minds the baby while Mum works, has been drinking in the "
     "daytime since Grandad died. Last week Mum came home to find Pat asleep on the sofa with the baby unattended on "
     "the floor beside her. The MASH screened the referral and decided a strategy discussion was not needed. Pat has "
     "agreed to see the community alcohol team.",
     ["SUB", "SAFE-NEG"],
     ["judgement: the grandmother lives in and minds the baby, so she is a carer and her drinking is SUB",
      "judgement: a strategy discussion that was decided against is a negated cue, so the level is yellow, not red"]),
    (15, "2025-03-25", "Hollins Cross", "green",
     "Nursery report that Isla (3) comes to only about half of her funded sessions, and her key person has noticed "
     "she has very few words. She often arrives in a wet nappy from the night before and without a coat. Isla lives "
     "with Mum, Mum's boyfriend and two teenage half-brothers. Her key person is meeting Mum on Thursday.",
     ["EYD", "SAFE-NEG"],
     ["judgement: patchy nursery attendance for an under-5 is EYD (nursery take-up), not EDU-ATT"]),
    (16, "2025-04-01", "Ashcombe", "orange",
     "Ethan (15) has been referred to CAMHS by his GP after telling his stepmum that he had taken twenty paracetamol. "
     "He spent a night on the children's ward. Dad and his partner say he has been very low since his mum moved "
     "abroad, and they now keep all medication locked away. He has also been getting "
     "abusive messages on Snapchat from boys in his year.",
     ["MH-CHILD", "SAFE-EXP"],
     []),
    (17, "2025-04-08", "Hollins Cross", "yellow",
     "The family were placed in temporary accommodation, a two-room flat in a hostel, after losing their private "
     "tenancy in February. Callie (11) and her half-brother Mason (14) bicker from morning to night and neither will "
     "do anything Mum asks. Mason has been suspended twice this term for fighting. Mum says she has given up on bedtimes. A family support worker has been allocated to help "
     "with routines and boundaries.",
     ["HOUS", "REL-PAR", "EDU-EXC"],
     []),
    (18, "2025-04-14", "Ashcombe", "orange",
     "Police were called to the street on Saturday night after Jayden (17) and two friends smashed the windows of a "
     "parked car outside the house, and he was arrested for criminal damage. He has been using ketamine and cocaine "
     "at weekends. Mum says she has no control over him any more: he comes and goes as he pleases and swears at her "
     "when she sets a curfew. Jayden already has a youth caution from last year.",
     ["CRIME", "SUB", "REL-PAR"],
     []),
    (19, "2025-04-17", "Brindley Vale", "green",
     "The SENCO told us that Noah (8), who lives with his dad and his dad's wife, has an EHCP for global "
     "developmental delay and now spends three days a week in the school's resource base. Noah's mum does not agree "
     "with the placement and she and his dad have been arguing about it through solicitors.",
     ["EDU-SEND", "REL-CONF"],
     []),
    (20, "2025-04-22", "Hollins Cross", "red",
     "The court has granted an interim care order for baby Harper (5 weeks), who has been placed with her maternal "
     "aunt as a kinship carer. Mum's older daughter, Kayla (16), is still at home with Mum and Mum's partner. Kayla "
     "left college in September so that she could look after her mum, who has severe depression and has hardly left "
     "her bedroom for weeks. There was very little food in the house on the last visit.",
     ["MH-ADULT", "CARER", "EDU-NEET", "SAFE-NEG"],
     ["convention-12: the aunt as kinship carer is not CARER; Kayla looking after her mum is"]),
    (21, "2025-04-28", "Ashcombe", "yellow",
     "Mum and her new partner, Ryan, say things with Ryan's ex-wife are very tense: she has been posting about them "
     "on Facebook and every phone call about the children's contact ends in an argument. Both adults have agreed to mediation, which I have referred them to.",
     ["REL-CONF"],
     []),
    (22, "2025-05-02", "Brindley Vale", "orange",
     "TAF meeting held. Chelsea (13) is on a reduced timetable of two hours a day because of her behaviour in lessons "
     "and has had four suspensions this year. She lives with her grandad and her cousin (19). Grandad was diagnosed with bowel cancer in March and is having chemotherapy, and Chelsea has taken "
     "on most of the cooking and cleaning while he is unwell.",
     ["EDU-ATT", "EDU-EXC", "PH", "CARER"],
     []),
    (23, "2025-05-06", "Hollins Cross", "yellow",
     "Kelly has been referred to the drug and alcohol service after telling her GP that she is drinking a bottle of "
     "wine a night to get to sleep. Her partner, Lewis, does not drink and is supportive. Kelly's son Jake (10) has "
     "been in trouble at school for swearing and throwing things, and school have warned that a suspension is likely "
     "if it carries on. Jake does not have any caring role at home.",
     ["SUB", "EDU-EXC"],
     ["negation: 'Lewis does not drink' does not cancel Kelly's drinking",
      "negation: no caring role - no CARER",
      "convention-2: GP (green) and drug and alcohol service (yellow) - yellow"]),
    (24, "2025-05-09", "Ashcombe", "green",
     "Alfie (4) was diagnosed with type 1 diabetes last month, and his mum and stepdad are learning to do his "
     "injections and count his carbohydrates with support from the GP practice and the hospital team. He starts reception in "
     "September and the school nurse will draw up a care plan with the family before then.",
     ["PH"],
     []),
    (25, "2025-05-13", "Brindley Vale", "orange",
     "Mum's ex-partner, the father of her two youngest, was released from prison last month. Since then he has been "
     "sending threatening messages and parking outside the house, and police have attended twice. Mum is working "
     "with an IDVA and has applied for a non-molestation order. Her current partner, Dale, who lives with the family, "
     "is on licence for a burglary committed before they met.",
     ["DA", "CRIME"],
     ["convention-7: the ex-partner's threats are DA only; Dale, a household member on licence, gives CRIME",
      "convention-6: the ex-partner's prison release is not CRIME for the family"]),
    (26, "2025-05-16", "Hollins Cross", "blue",
     "Stepmum Sarah rang for advice because her stepson, Oscar (13), will not come off his phone at night and is rude "
     "to her when she asks. I emailed her some reading on agreeing house rules as a family. She and Oscar's dad have "
     "since brought in a phone curfew at half nine, and she says it is mostly working.",
     ["REL-PAR"],
     []),
    (27, "2025-05-20", "Ashcombe", "yellow",
     "Mum's new partner, Dwayne, has moved in with his two sons, which makes nine people in a three-bedroom council "
     "house. The three youngest sleep in with Mum and Dwayne, and the teenagers have nowhere to do their homework. "
     "Mum has gone on the housing register and a family support worker is helping with the transfer application.",
     ["HOUS"],
     []),
    (28, "2025-05-23", "Brindley Vale", "green",
     "Health visitor contact. Baby Rosie (7 months) has not had her 12- or 16-week immunisations because Mum has been "
     "taken up with her son's hospital appointments. Theo (6) has cerebral palsy and uses a walking frame; he has an "
     "EHCP and a one-to-one at school. The HV has rebooked the jabs at the GP surgery.",
     ["PH", "EDU-SEND"],
     []),
    (29, "2025-05-28", "Hollins Cross", "red",
     "Child in need plan agreed under section 17 for Jasmine (12) and her half-brother Leo (7). Their mum has bipolar "
     "disorder, stopped her medication in the spring and has had two hospital admissions this year. Mum's partner "
     "helps when he can. On the days Mum cannot get up, Jasmine makes the "
     "meals and gets Leo to school. Leo has an EHCP for his autism, and his attendance is 84%.",
     ["MH-ADULT", "CARER", "EDU-SEND", "EDU-ATT"],
     []),
    (30, "2025-06-03", "Ashcombe", "yellow",
     "Tayla (16) is pregnant and lives with her mum, her mum's partner and two younger brothers. She stopped going to "
     "college at February half-term and is not working. Her mum and her mum's partner keep arguing about how much "
     "help they should give her. Referred to the Family Nurse Partnership.",
     ["EDU-NEET", "REL-CONF"],
     []),
    (31, "2025-06-06", "Brindley Vale", "orange",
     "Rhys (13) went missing overnight on Sunday and was found by police in Harrowfield, more than fifty miles away. "
     "He had £300 in cash and two phones on him, and when officers searched him they found wraps of cocaine in his "
     "sock. He lives with his mum and stepdad, who have no idea how he got there. An NRM referral has been made.",
     ["SAFE-EXP", "CRIME"],
     ["convention-12: drugs found on an exploited child are SAFE-EXP and CRIME, not SUB"]),
    (32, "2025-06-10", "Hollins Cross", "green",
     "Mia (7) has been wetting herself at school most days since her dad moved out and her mum's boyfriend moved in. "
     "The school nurse has seen her and asked Mum to take her to the GP to rule out an infection. Mum and Dad are not "
     "speaking and pass messages through Mia's nan.",
     ["PH", "REL-CONF"],
     ["convention-9: wetting in a school-age child is PH"]),
    (33, "2025-06-13", "Ashcombe", "yellow",
     "Mum's partner, Marcus, is in recovery from heroin and has been prescribed methadone for three years. He denies "
     "any use on top, his tests have been clear for over a year and his drug worker is pleased with him. Mum says "
     "they are getting on well and Skye (10) and Kai (6) are doing well at school.",
     ["SUB"],
     ["convention-4: a methadone prescription codes SUB although the note reads as good news",
      "negation: 'denies any use on top' does not cancel the ongoing treatment"]),
    (34, "2025-06-17", "Brindley Vale", None,
     "Dad got in touch to say his son Louis (16) has started an apprenticeship at a bakery and loves it. He and his "
     "wife, Louis's stepmum, wanted to pass on their thanks to the school for all the help last year.",
     [],
     ["good-news: a 16-year-old in an apprenticeship is not NEET; nothing to code"]),
    (35, "2025-06-20", "Hollins Cross", "orange",
     "Mum and her partner have a date for a possession hearing over rent arrears of £2,800. He lost his job in the spring and Mum "
     "has not worked since the baby was born. The older two, Brandon (15) and Kelsey (12), share a box room.",
     ["HOUS", "FIN"],
     []),
    (36, "2025-06-24", "Ashcombe", "green",
     "School report that Archie (10) is struggling with reading and maths and has been put on SEN support; the SENCO "
     "is drawing up a support plan with his class teacher. He is also being picked on in the playground by a group of "
     "older boys. Archie lives with his mum, her partner and his grandad.",
     ["EDU-SEND", "SAFE-EXP"],
     []),
    (37, "2025-06-27", "Brindley Vale", "yellow",
     "Hayley told the early help worker that her partner, Nathan, becomes verbally aggressive towards her after he "
     "has been betting and has smashed her phone twice. She has not reported it to the police. Nathan has run up "
     "about £6,000 on credit cards through online betting. Hayley says she feels anxious all the time.",
     ["DA", "FIN", "MH-ADULT"],
     ["convention-10: gambling debts are FIN, not SUB",
      "convention-8: aggression that is part of abuse is DA only, not REL-CONF",
      "negation: 'not reported it to the police' is not an orange cue; level yellow"]),
    (38, "2025-07-01", "Hollins Cross", "red",
     "Strategy discussion held after Kyla (14) told a teacher that a man in his twenties she met on a gaming app has "
     "been sending her sexual messages and has asked to meet her. Police are investigating him. Kyla lives with her "
     "mum, her stepdad and her older half-sister. She is very distressed and has started cutting herself.",
     ["SAFE-EXP", "MH-CHILD"],
     []),
    (39, "2025-07-04", "Ashcombe", "yellow",
     "Mum's eldest, Kaiden (18), has been at home since finishing his apprenticeship in April and has not found any "
     "work. Mum and her husband both work full-time and say money is not a problem. Kaiden's younger sister, Mollie "
     "(16), is at sixth form and doing well. A referral has been made to the jobs and skills service for Kaiden.",
     ["EDU-NEET"],
     ["convention-11: Kaiden NEET with both adults working - no FIN; 'money is not a problem' is a negation"]),
    (40, "2025-07-08", "Brindley Vale", "orange",
     "Managed move agreed for Tyrese (12) from Oakfield Academy to Brookside after repeated fighting. Tyrese lives "
     "with his aunt, who has looked after him since his mum went into rehab, and he sleeps on the sofa because her "
     "flat only has two bedrooms. He says he misses his mum and worries about her all the time. The aunt receives "
     "Carer's Allowance and PIP.",
     ["EDU-EXC", "HOUS", "MH-CHILD"],
     ["convention-6: mum in rehab is outside the household - no SUB",
      "convention-5: Carer's Allowance and PIP alone give no FIN, PH or CARER"]),
    (41, "2025-07-11", "Hollins Cross", "green",
     "Mum's partner, stepdad to her three boys, had a heart attack in June and is off work recovering; the GP has "
     "referred him to cardiac rehab. The eldest boy, Owen (15), has "
     "been doing the shopping and helping him up and down the stairs while Mum is at work.",
     ["PH", "CARER"],
     []),
    (42, "2025-07-15", "Ashcombe", "yellow",
     "Nan (Maureen) lives with her son, his girlfriend and their two children. She believes her son is using cocaine "
     "most weekends, and says the couple's rows are waking the children at night. Referred to the drug and alcohol service's family support team.",
     ["SUB", "REL-CONF"],
     []),
    (43, "2025-07-22", "Brindley Vale", "green",
     "The school nurse has raised that Logan (6) and his half-sister Ellie (9) are coming in smelling of urine and "
     "with head lice that have not been treated for months. Logan has several decayed teeth and has never seen a "
     "dentist. Both children's attendance has fallen to 86%. They live with Mum, her partner and Mum's brother (19), "
     "who has not worked or studied since leaving college two years ago.",
     ["SAFE-NEG", "PH", "EDU-ATT", "EDU-NEET"],
     []),
    (44, "2025-08-05", "Hollins Cross", "yellow",
     "Mum's sister, who lodges with the family, found messages on Brooke's (13) tablet from an older boy asking her "
     "to send pictures and to keep it a secret. Brooke insists he is just a friend. Mum has changed the privacy "
     "settings and reported the account, and a worker from the online safety project is going to do some sessions "
     "with Brooke.",
     ["SAFE-EXP"],
     []),
    (45, "2025-08-12", "Ashcombe", "green",
     "Health visitor new birth visit. Mum lives with her partner, Kieron, who is "
     "the baby's dad and stepdad to her older boy; she describes him as kind and hands-on. Her older boy, Rory (3), is not yet toilet trained "
     "and is on the waiting list for a nursery place.",
     ["EYD"],
     []),
    (46, "2025-08-19", "Brindley Vale", "orange",
     "Police call-out on Friday night. Mum's husband, Warren, who is stepdad to her son Dominic (17), hit her in the "
     "face during an argument, and Dominic was knocked down the stairs when he tried to get between them. Warren has "
     "been charged with assaulting Mum and bailed away from the address. Dominic has refused to come home since and "
     "is sofa-surfing between friends.",
     ["DA", "HOUS"],
     ["convention-7: the husband's assault and charge are DA only, not CRIME",
      "convention-8: an argument that is part of abuse is DA, not REL-CONF"]),
    (47, "2025-09-02", "Hollins Cross", "blue",
     "Mum rang to update. She is sticking to her safety plan: she has had the locks changed, her neighbour will ring "
     "999 if her ex comes to the house, and she has blocked his number on every app. She feels safer and did not "
     "want anything more from us.",
     ["DA"],
     ["now-managing: Mum managing her own safety plan - DA present at blue",
      "hypothetical: 'will ring 999 if her ex comes' is not a police call-out cue; level blue"]),
]

CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]


def main():
    narr_rows = []
    gold_rows = []
    traps = {}
    seen = set()

    for triage, colour, text, codes, notes in BOXED:
        case = triage.split("-")[0]
        stage = "assessment" if triage.endswith("-A") else "closure"
        nid = "%s-%s" % (triage, colour)
        assert nid not in seen, nid
        seen.add(nid)
        assert colour in LEVELS
        narr_rows.append([nid, triage, case, stage, TRIAGE_DATE[triage], colour,
                          CASE_LOCALITY[case], text])
        assert len(set(codes)) == len(codes), nid
        for c in codes:
            assert c in CODES, (nid, c)
            gold_rows.append([nid, c, colour])
        if notes:
            traps[nid] = notes

    for num, date, loc, level, text, codes, notes in UNBOXED:
        nid = "IV%03d" % num
        assert nid not in seen, nid
        seen.add(nid)
        narr_rows.append([nid, nid, nid, "assessment", date, "", loc, text])
        assert len(set(codes)) == len(codes), nid
        assert (level is None) == (not codes), nid
        for c in codes:
            assert c in CODES, (nid, c)
            gold_rows.append([nid, c, level])
        if notes:
            traps[nid] = notes

    for row in narr_rows:
        for f in row:
            assert "\n" not in f and "\r" not in f, row[0]

    with open(os.path.join(HERE, "narratives.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(narr_rows)
    with open(os.path.join(HERE, "gold.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as fh:
        json.dump(traps, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print("narratives: %d (boxed %d, unboxed %d), gold rows: %d, trapped narratives: %d"
          % (len(narr_rows), len(BOXED), len(UNBOXED), len(gold_rows), len(traps)))


if __name__ == "__main__":
    main()
