#!/usr/bin/env python3
"""Blind gold set z93: families where a parent, partner or older teenager uses
alcohol or drugs (2025-26).

Every narrative, its gold codes and its trap notes are written here by hand.
Running this script writes narratives.csv, gold.csv and traps.json (UTF-8, no
BOM, CRLF line endings) next to it.

Trap tuples are (kind, code, note).  kind is one of:
  negated, historical, hypothetical, lookalike, outside-household, convention
A trap's code is the code a keyword coder might wrongly add (or wrongly pick
instead of the right one); it is NOT in the gold for that narrative.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Boxed cases.  Each box: (stage, level, text, gold codes, traps)
# ---------------------------------------------------------------------------
CASES = [
    dict(case="Z901", loc="Ashbrook", A="2025-04-08", C="2025-10-14", boxes=[
        ("A", "green",
         "Maisie (6) at St Aldric's Primary: attendance 88% this year and she is regularly in after "
         "registration on a Monday. Class teacher says she often comes in wearing yesterday's uniform "
         "and asks staff if there is any toast going.",
         ["EDU-ATT", "SAFE-NEG"], []),
        ("A", "yellow",
         "Leanne was open with the EHW about her drinking - most nights she gets through a bottle of "
         "wine before the kids are in bed and 'a lot more' at weekends. She wants to cut down and has "
         "agreed to a Compass Recovery referral. Tyler (10) has been doing the tea and putting Maisie "
         "to bed on the nights Leanne falls asleep on the settee, so in practice the children are "
         "unsupervised most evenings. Leanne's dad is a heavy drinker too but he lives in Spain and "
         "they rarely speak.",
         ["SUB", "CARER", "SAFE-NEG"],
         [("outside-household", "SUB", "maternal grandfather's drinking: lives abroad, not in household; SUB is present for Leanne only")]),
        ("C", "blue",
         "Leanne now only drinks on a Saturday and keeps a drink diary that she goes through with her "
         "Compass worker every other week. Her sister has the children on Saturday nights.",
         ["SUB"],
         [("convention", "SUB", "cut down and still with Compass: managing in a blue box = present, not historical")]),
        ("C", "green",
         "Maisie's attendance has come up to 95% this half term and the attendance officer still checks in "
         "with Leanne every Monday. School have given both children a "
         "breakfast club place as there is not always food in the house by the end of the week.",
         ["EDU-ATT", "SAFE-NEG"],
         [("convention", "EDU-ATT", "improved attendance in a green box is 'now managing' = present")]),
    ]),
    dict(case="Z902", loc="Kilnworth", A="2025-05-20", C="2025-11-03", boxes=[
        ("A", "green",
         "HV visit for Ollie (14 months): not pulling to stand yet and makes very few sounds, so HV "
         "will repeat the ASQ in 8 weeks. Immunisations all up to date and he is feeding well.",
         ["EYD"],
         [("negated", "PH", "immunisations up to date: no PH need")]),
        ("A", "yellow",
         "Craig has been prescribed methadone through Compass for three years and collects it daily "
         "from the chemist. He says he has not touched heroin since 2022 and his last two drug screens "
         "were clear. Naloxone kit kept on top of the kitchen cupboard. Jade does not use any "
         "substances. Money is tight - about £600 owed to the electricity company and they keep "
         "going onto emergency credit.",
         ["SUB", "FIN"],
         [("historical", "SUB", "heroin use stopped in 2022 - SUB is still present through the ongoing methadone prescription"),
          ("negated", "SUB", "Jade does not use (SUB present for Craig)")]),
        ("C", "blue",
         "Craig has moved to weekly pick-ups of his methadone because he has been stable. The family "
         "are on a £20 a month repayment plan with the energy supplier and got the Warm Home Discount "
         "this winter.",
         ["SUB", "FIN"], []),
        ("C", "green",
         "Ollie is cruising round the furniture but still has only two or three words; HV has booked "
         "him into the Chatterbox group at Kilnworth Family Hub.",
         ["EYD"], []),
    ]),
    dict(case="Z903", loc="Marshgate", A="2025-02-11", C="2025-08-19", boxes=[
        ("A", "yellow",
         "Kayden (15) says he smokes weed 'most days' after school with older lads off the estate. He "
         "had a 3-day suspension in January for turning up to science stoned. Donna says there are no "
         "rules he will stick to and he laughs at her when she tries.",
         ["SUB", "EDU-EXC", "REL-PAR"], []),
        ("A", "orange",
         "On 2 Feb police returned Kayden home at 2am as a welfare concern after finding him in a "
         "stairwell with a group of older males; he had £340 in cash and two phones and would not say "
         "where they came from. He was reported missing overnight once in January. Referred to the "
         "exploitation panel.",
         ["SAFE-EXP"],
         [("convention", "CRIME", "police returning a child home as a welfare concern is safeguarding, not CRIME")]),
        ("C", "yellow",
         "Kayden meets his Waypoint worker (young people's substance service) weekly and says he only "
         "smokes at weekends now. He remains on a part-time timetable at Marshgate Academy, three "
         "mornings a week.",
         ["SUB", "EDU-ATT"], []),
        ("C", "orange",
         "Still open to the exploitation panel. No missing episodes since May, but in July he was seen "
         "getting into a car with the same adult males.",
         ["SAFE-EXP"],
         [("historical", "SAFE-EXP", "missing episodes ended in May - SAFE-EXP stays present through the current exploitation concern")]),
    ]),
    dict(case="Z904", loc="Ashbrook", A="2025-06-02", C="2026-01-20", boxes=[
        ("A", "red",
         "Pre-birth strategy meeting 28 May. Chantelle is 24 weeks pregnant and her booking bloods "
         "were positive for cocaine; s47 enquiry under way. Her partner Dean lives with her and police "
         "were called to the flat twice in April after neighbours reported screaming; Chantelle had a "
         "split lip the second time.",
         ["SUB", "DA"], []),
        ("A", "orange",
         "Chantelle referred to the specialist substance misuse midwife and to Compass. The landlord "
         "served a section 21 in May after complaints about people coming and going from the flat at "
         "all hours.",
         ["SUB", "HOUS"], []),
        ("A", "yellow",
         "Chantelle says she feels overwhelmed and cries most days. She was on antidepressants as a "
         "teenager, and stopped the ones her GP restarted in March when she found out she was pregnant.",
         ["MH-ADULT"],
         [("lookalike", "SUB", "antidepressants are prescribed medication, not substance misuse")]),
        ("C", "red",
         "Baby Nevaeh was born on 3 December and is on a child protection plan under the category of "
         "neglect; the ward raised concerns before discharge about night feeds being missed. "
         "Chantelle's November hair strand test was negative for cocaine and she still goes to "
         "Compass every week. Dean has moved out and there is a non-molestation order in place.",
         ["SAFE-NEG", "SUB", "DA"],
         [("negated", "SUB", "negative hair strand test - but weekly Compass attendance keeps SUB present")]),
        ("C", "orange",
         "The section 21 was withdrawn after the tenancy sustainment officer spoke to the landlord. "
         "Chantelle still owes £450 in rent and is paying £15 a week off it.",
         ["FIN"],
         [("historical", "HOUS", "section 21 withdrawn: the housing risk is over; only the rent debt (FIN) remains")]),
    ]),
    dict(case="Z905", loc="Kilnworth", A="2025-09-09", C="2026-02-10", boxes=[
        ("A", "yellow",
         "Mark had 11 months sober behind him but relapsed in August after he was made redundant from "
         "the depot. He admits drinking cans in the morning before the school run and has agreed to go "
         "back to Compass. Ellie (12) has started ringing her aunt to come over when her dad 'isn't "
         "well'.",
         ["SUB", "FIN"], []),
        ("A", "orange",
         "Police stopped Mark on 1 September on his way back from the school drop-off; he was over the "
         "drink-drive limit and has been charged, court date in October. The children were not in the "
         "car.",
         ["SUB", "CRIME"],
         [("negated", "SAFE-NEG", "children were not in the car")]),
        ("C", "yellow",
         "Mark got a 14-month driving ban and a community order with an alcohol treatment requirement. "
         "He is at Compass twice a week and has not had a drink since October.",
         ["SUB", "CRIME"],
         [("convention", "SUB", "sober since October but in ongoing treatment: present, not historical")]),
        ("C", "blue",
         "Mark meets his work coach at the jobcentre every fortnight and is applying for warehouse "
         "jobs. Ellie and Josh go to their aunt's on Wednesday nights so he can get to his group.",
         ["FIN"],
         [("lookalike", "SUB", "'his group' does not say what kind of group; nothing in this box names substances")]),
    ]),
    dict(case="Z906", loc="Marshgate", A="2025-01-27", C="2025-06-16", boxes=[
        ("A", "green",
         "Anaya (4) has been at Marshgate Nursery since September and is still not toilet trained - she "
         "will use the potty at home but not at nursery. Keyworker has started a toileting plan with "
         "Priya. Dev (9) attends well and is doing fine in class.",
         ["EYD"],
         [("lookalike", "SUB", "'potty' is toileting, not cannabis"),
          ("negated", "EDU-ATT", "Dev attends well: good news, no need stated")]),
        ("A", "yellow",
         "Dev has become anxious and tearful and asked his teacher whether grandad can be stopped from "
         "collecting him. Paternal grandad lives round the corner and drinks heavily in the day; Priya "
         "and Arjun have now told him he can't do pick-ups. Neither parent drinks.",
         ["MH-CHILD"],
         [("outside-household", "SUB", "grandfather lives elsewhere"),
          ("negated", "SUB", "neither parent drinks")]),
        ("C", "blue",
         "Priya and Arjun have sorted pick-ups with a neighbour. Grandad has started seeing his GP "
         "about his drinking and things between the adults are calmer.",
         [],
         [("outside-household", "SUB", "grandfather's drinking and GP treatment: not a household member")]),
        ("C", "green",
         "Dev goes to the school's nurture group on Thursdays for his worries and his teacher says he "
         "is much calmer. Anaya is now dry in the day but still wears pull-ups at night.",
         ["MH-CHILD", "EYD"], []),
    ]),
    dict(case="Z907", loc="Fenholme", A="2025-03-17", C="2025-09-30", boxes=[
        ("A", "orange",
         "Kerry's partner Liam lives at the address, smokes cannabis every day and has been selling "
         "small amounts from the flat. Police executed a drugs warrant on 6 March and Liam was "
         "arrested. Kerry says he goes through her phone, decides who she can see and keeps hold of her "
         "bank card.",
         ["SUB", "CRIME", "DA"],
         [("convention", "CRIME", "Liam's arrest is for dealing, not for an offence against Kerry, so CRIME as well as DA")]),
        ("A", "yellow",
         "Most of the money goes on Liam's weed. Kerry went to the food bank twice in February and "
         "says the cupboards are usually bare by Thursday. On the 2pm visit Poppy (3) was eating dry "
         "cereal out of the box and said she was hungry.",
         ["SUB", "FIN", "SAFE-NEG"], []),
        ("C", "orange",
         "Liam was remanded and then sentenced to 20 months; Kerry has ended the relationship and he "
         "will not be coming back to the family home. Kerry goes to a domestic abuse recovery group at "
         "the Phoenix Centre on Monday mornings.",
         ["DA"],
         [("outside-household", "CRIME", "Liam's sentence: he is no longer in the household"),
          ("outside-household", "SUB", "Liam's cannabis use: no longer in the household")]),
        ("C", "yellow",
         "Kerry has a budget plan through Citizens Advice and has not needed the food bank since June. "
         "Poppy's immunisations are now up to date.",
         ["FIN"],
         [("historical", "PH", "immunisations caught up: over"),
          ("convention", "FIN", "food bank use ended in June but the Citizens Advice plan is ongoing, so FIN present")]),
    ]),
    dict(case="Z908", loc="Ashbrook", A="2025-10-06", C="2026-03-02", boxes=[
        ("A", "yellow",
         "Connor (17) dropped out of college in June and has not found work or training. He is out "
         "drinking with mates most nights and comes home drunk; last week he put his fist through the "
         "hall door when Tracy wouldn't give him money.",
         ["EDU-NEET", "SUB", "REL-PAR"],
         [("convention", "DA", "violence by a teenager towards his parent is REL-PAR, not DA")]),
        ("A", "green",
         "Amelia (13) told her form tutor she can't get to sleep for the noise when Connor comes in "
         "late. Tracy works nights at a care home three times a week.",
         ["PH"],
         [("convention", "FIN", "working night shifts is not FIN")]),
        ("C", "blue",
         "Connor still sees Waypoint every fortnight about his drinking. He has been on a Level 1 "
         "construction course at Ashbrook College since January and his tutor says he hasn't missed a "
         "day.",
         ["SUB"],
         [("historical", "EDU-NEET", "on a college course since January: no longer NEET")]),
    ]),
    dict(case="Z909", loc="Kilnworth", A="2025-04-23", C="2025-12-09", boxes=[
        ("A", "green",
         "Nicola has fibromyalgia and takes co-codamol and pregabalin on prescription. Her GP reviews "
         "the medication every month and has no concerns about misuse.",
         ["PH"],
         [("lookalike", "SUB", "prescribed painkillers"),
          ("negated", "SUB", "GP has no concerns about misuse")]),
        ("A", "yellow",
         "Harvey (11) does the food shop and helps Nicola in and out of the bath when her pain is bad. "
         "He has missed 14 sessions this term, mostly on her bad days. Referred to Kilnworth Young "
         "Carers.",
         ["CARER", "EDU-ATT", "PH"], []),
        ("C", "blue",
         "Harvey goes to the young carers' club on Friday evenings and has a young carer card he can "
         "show at school.",
         ["CARER"], []),
    ]),
    dict(case="Z910", loc="Fenholme", A="2025-11-17", C="2026-04-21", boxes=[
        ("A", "orange",
         "Skye (16) was taken to A&E on 9 November after taking ketamine at a house party. Staff also "
         "found fresh cuts on her forearms, which she says she did herself. Seen by the CAMHS crisis "
         "team and now allocated a CAMHS clinician.",
         ["SUB", "MH-CHILD"], []),
        ("A", "yellow",
         "Skye stopped going to sixth form in October and says she won't go back. Dawn has been signed "
         "off work with stress since the hospital admission.",
         ["EDU-NEET", "MH-ADULT"],
         [("convention", "EDU-ATT", "16+ and out of sixth form is EDU-NEET only"),
          ("convention", "FIN", "being signed off sick is not itself a money problem")]),
        ("C", "orange",
         "Skye still has her CAMHS clinician and sees her Waypoint worker fortnightly about her drug "
         "use. No further A&E attendances since November.",
         ["MH-CHILD", "SUB"], []),
        ("C", "yellow",
         "Skye has a place on a hair and beauty study programme starting in September; until then she "
         "is at home and the Fenholme Youth Hub keeps in touch with her weekly.",
         ["EDU-NEET"], []),
    ]),
    dict(case="Z911", loc="Kilnworth", A="2025-02-24", C="2025-08-11", boxes=[
        ("A", "yellow",
         "Pat is kinship carer for Kacey (9) and Logan (6) under a special guardianship order. Their "
         "mum Jodie uses crack and lives in a hostel in the city; she phones the children when she is "
         "high and promises visits that never happen. Kacey gets very upset after the calls and has "
         "started pulling her hair out.",
         ["MH-CHILD"],
         [("outside-household", "SUB", "birth mother's crack use: she does not live in the household"),
          ("lookalike", "CARER", "kinship carer is an adult carer, not a young carer")]),
        ("A", "green",
         "Pat (68) has arthritis in both knees and finds the school run hard, so school lets Logan come "
         "in by the side gate. She gets pension credit and a guardianship allowance and says money is "
         "not a problem.",
         ["PH"],
         [("negated", "FIN", "money is not a problem; benefit names alone are not FIN")]),
        ("C", "green",
         "Kacey sees the school counsellor every week and the hair pulling has eased. Jodie's calls now "
         "happen on Sunday evenings with Pat sitting in.",
         ["MH-CHILD"], []),
        ("C", "blue",
         "Pat has joined the kinship carers' coffee morning at the family hub and says it helps to talk "
         "to people in the same boat.",
         [],
         [("lookalike", "CARER", "kinship carers' group is for adults")]),
    ]),
    dict(case="Z912", loc="Marshgate", A="2025-08-04", C="2026-01-12", boxes=[
        ("A", "orange",
         "Karl drinks heavily most evenings and has been controlling and verbally abusive towards "
         "Aisha; in July he locked her out of the house overnight. Police have been called three times "
         "since May. Risk assessment came out high and Aisha has been referred to MARAC (meeting 12 "
         "August).",
         ["SUB", "DA"],
         [("convention", "CRIME", "police call-outs for the partner's abuse of Aisha are DA only")]),
        ("A", "red",
         "Strategy meeting held 6 August after Mia (10) told her teacher that she and Noah (7) hide "
         "upstairs when dad is drunk and shouting at mum, and that she is scared he will hurt her mum.",
         ["SUB", "DA"], []),
        ("C", "red",
         "Mia and Noah have been on child protection plans since September (category emotional abuse). "
         "Karl has moved out and is on bail with conditions not to contact Aisha; he says he is going "
         "to Compass for his drinking.",
         ["DA"],
         [("outside-household", "SUB", "Karl has moved out: his drinking and treatment are not coded"),
          ("convention", "CRIME", "bail for offences against Aisha is DA only")]),
        ("C", "yellow",
         "Aisha goes to the Phoenix Centre's domestic abuse recovery group and still sees her IDVA. Mia "
         "has had no more send-homes from school since October and her teacher says she is settled.",
         ["DA"],
         [("historical", "EDU-EXC", "no send-homes since October: over")]),
    ]),
    dict(case="Z913", loc="Ashbrook", A="2025-09-22", C="2026-03-16", boxes=[
        ("A", "orange",
         "Jason was released on licence in August having served half of a four-year sentence for "
         "supplying cocaine, and has moved back in with Michelle and the children. Probation report "
         "all his drug tests have been negative and he says he has never used himself.",
         ["CRIME"],
         [("lookalike", "SUB", "supplying drugs is offending, not use"),
          ("negated", "SUB", "tests negative, never used")]),
        ("A", "yellow",
         "Tia (14) has refused school since her dad came home and her attendance at Ashbrook High is "
         "down to 61%. She says she gets panicky every morning and feels she can't breathe.",
         ["EDU-ATT", "MH-CHILD"], []),
        ("C", "yellow",
         "Tia is on a part-time timetable, mornings only, and building up. She sees the school's mental "
         "health support team every week. A managed move has been talked about but would only be "
         "looked at if the timetable doesn't work.",
         ["EDU-ATT", "MH-CHILD"],
         [("hypothetical", "EDU-EXC", "managed move only if the timetable fails")]),
        ("C", "green",
         "Jason's licence runs until May; he has kept every probation appointment and is working at a "
         "builders' merchant.",
         ["CRIME"],
         [("convention", "CRIME", "an adult still on licence codes CRIME even when compliant")]),
    ]),
    dict(case="Z914", loc="Kilnworth", A="2025-01-13", C="2025-07-07", boxes=[
        ("A", "orange",
         "Home visit: dog mess on the kitchen floor, no sheets on the children's beds and empty vodka "
         "bottles left out in the living room. Gary admits he has been drinking about a litre of vodka "
         "a day since his mum died in October. Family brought into a multi-agency TAF plan.",
         ["SAFE-NEG", "SUB"], []),
        ("A", "yellow",
         "Lacey (6) has 9 unauthorised absences this term and staff say she is often hungry at "
         "lunchtime. Kian (3) has a funded nursery place but has not been taken since November.",
         ["EDU-ATT", "SAFE-NEG", "EYD"], []),
        ("C", "yellow",
         "Gary completed a community detox in March and goes to the Compass aftercare group every "
         "week. Home conditions have been good on each of the last three visits, and the social worker "
         "would only need to come back in should things slip.",
         ["SUB"],
         [("historical", "SAFE-NEG", "home conditions now good"),
          ("hypothetical", "SAFE-NEG", "'should things slip'")]),
        ("C", "green",
         "Kian now goes to Kilnworth Nursery for 15 hours and his keyworker is working on his talking, as "
         "he has very few words for his age. Lacey's attendance is back up to 96% and school ring Gary on "
         "the first morning of any absence.",
         ["EYD", "EDU-ATT"], []),
    ]),
    dict(case="Z915", loc="Marshgate", A="2025-03-31", C="2025-10-20", boxes=[
        ("A", "orange",
         "Rachel was detained under the Mental Health Act for two weeks in February after taking an "
         "overdose of her tablets while drunk. She has bipolar disorder and is under the community "
         "mental health team. She says she drinks every day to 'quieten her head'. Ben (14) was the one "
         "who found her.",
         ["MH-ADULT", "SUB"],
         [("lookalike", "SUB", "the overdose of her own tablets is self-harm (MH-ADULT); SUB is present only because of the daily drinking")]),
        ("A", "yellow",
         "Ben does most of the cooking and reminds Rachel to take her medication. He stays off school on "
         "days he thinks she is not safe to be left. Referred to Marshgate Young Carers.",
         ["CARER", "EDU-ATT"], []),
        ("C", "yellow",
         "Rachel now sees the dual diagnosis worker at Compass, who works alongside her CMHT care "
         "coordinator, and she has cut her drinking down to two or three days a week. Ben is still "
         "supported by young carers.",
         ["SUB", "MH-ADULT", "CARER"], []),
        ("C", "blue",
         "Ben goes to the young carers' Saturday club and has joined the school football team.",
         ["CARER"], []),
    ]),
    dict(case="Z916", loc="Fenholme", A="2025-10-13", C="2026-03-09", boxes=[
        ("A", "green",
         "School made the referral after Oscar (6) told his teacher that mummy and daddy 'drink beer "
         "every night'. Hannah and Tom say they have a beer or a glass of wine with tea. The home was "
         "clean with plenty of food in, and there are no concerns about alcohol. Oscar is waiting for "
         "an autism assessment and the SENCO has put in a visual timetable.",
         ["EDU-SEND"],
         [("negated", "SUB", "social drinking, no concerns about alcohol"),
          ("negated", "SAFE-NEG", "clean home, plenty of food")]),
        ("A", "yellow",
         "Oscar has meltdowns most evenings and bites and kicks Hannah when screen time ends. Parents "
         "have booked onto the Bridges parenting course.",
         ["REL-PAR"],
         [("convention", "DA", "child-to-parent violence is REL-PAR, not DA")]),
        ("C", "green",
         "Oscar's autism diagnosis came through in February. He has an SEN support plan and the SENCO "
         "is looking at an EHCP request.",
         ["EDU-SEND"], []),
    ]),
    dict(case="Z917", loc="Ashbrook", A="2025-06-09", C="2025-12-08", boxes=[
        ("A", "orange",
         "Police found Chloe (13) drunk in Ashbrook Park on 31 May and brought her home. It is the third "
         "time this year she has been reported missing overnight. She spends time with a 19-year-old "
         "man who buys her alcohol.",
         ["SUB", "SAFE-EXP"],
         [("convention", "CRIME", "police finding and returning a child is safeguarding, not CRIME")]),
        ("A", "yellow",
         "Lisa and Adam argue constantly about how to handle Chloe and Adam has talked about moving "
         "out. Chloe says she hates being at home and slams out whenever she is told no.",
         ["REL-CONF", "REL-PAR"], []),
        ("C", "orange",
         "Chloe is on the exploitation pathway and police have served the 19-year-old with a child "
         "abduction warning notice. No missing episodes since August.",
         ["SAFE-EXP"],
         [("outside-household", "CRIME", "the warning notice is against an adult outside the family")]),
        ("C", "yellow",
         "Chloe meets her Waypoint worker in school every two weeks to talk about alcohol; she says she "
         "has had a drink once since the summer holidays. Lisa knows to ring the police straight away "
         "should Chloe go missing again.",
         ["SUB"],
         [("hypothetical", "SAFE-EXP", "'should Chloe go missing again'")]),
    ]),
    dict(case="Z918", loc="Kilnworth", A="2025-04-14", C="2025-09-15", boxes=[
        ("A", "yellow",
         "Zoe works evenings behind the bar at the Red Lion and her mum has the children. Her Universal "
         "Credit was stopped in March after she missed a journal appointment and she is now two months "
         "behind with the rent; the letting agent has sent a letter warning of possession proceedings.",
         ["FIN", "HOUS"],
         [("lookalike", "SUB", "working behind a bar is a job, not drinking"),
          ("convention", "FIN", "shift work alone is not FIN (FIN here is from the stopped UC and arrears)")]),
        ("A", "green",
         "Ivy (11) has a repeat script for her brown and blue inhalers and sees the asthma nurse every "
         "six months; she has had two bad attacks this winter. Archie's attendance is high at 98%.",
         ["PH"],
         [("lookalike", "SUB", "'script' is an inhaler prescription"),
          ("lookalike", "SUB", "'high' attendance"),
          ("negated", "EDU-ATT", "98% attendance: good news")]),
        ("C", "blue",
         "Zoe's UC is back in payment and she has added £50 a month to her rent to clear what she owes. "
         "She says her spirits have lifted now the money is under control, and she knows to go to the "
         "council's housing options team if the landlord changes his mind.",
         ["FIN"],
         [("lookalike", "SUB", "'spirits' means mood"),
          ("hypothetical", "HOUS", "'if the landlord changes his mind'")]),
        ("C", "green",
         "Ivy's asthma was reviewed at the GP surgery and she has a new spacer; no attacks since April.",
         ["PH"], []),
    ]),
    dict(case="Z919", loc="Marshgate", A="2025-02-03", C="2025-08-26", boxes=[
        ("A", "blue",
         "Claire has been sober for two years and goes to AA twice a week; her sponsor is her main "
         "support. There was domestic abuse from Evie's dad but that ended in 2021 when he moved to "
         "Scotland, and there has been no contact since.",
         ["SUB"],
         [("historical", "DA", "DA ended 2021, no contact since"),
          ("convention", "SUB", "sober but in ongoing AA support: managing in a blue box = present")]),
        ("A", "green",
         "Evie (4) at Marshgate Nursery is seeing speech and language therapy for a stammer. Harry (9) "
         "is behind with reading and the SENCO is doing a dyslexia screen.",
         ["EYD", "EDU-SEND"], []),
        ("C", "yellow",
         "Claire relapsed in June after her sister died and drank every day for about three weeks. She "
         "referred herself back to Compass, sees her worker weekly and has been dry since mid-July. Harry told school that while "
         "mum was 'poorly' he had been getting Evie's breakfast.",
         ["SUB"],
         [("historical", "CARER", "Harry's caring was during the relapse, now past"),
          ("historical", "SAFE-NEG", "breakfast during the relapse, now past")]),
        ("C", "green",
         "Evie starts Reception in September and SALT have discharged her as the stammer has gone. "
         "Harry's dyslexia screen was positive and he now has 1:1 reading with a TA three times a week.",
         ["EDU-SEND"],
         [("historical", "EYD", "stammer resolved, discharged")]),
    ]),
    dict(case="Z920", loc="Fenholme", A="2025-11-24", C="2026-04-13", boxes=[
        ("A", "yellow",
         "Darren and Kirsty both say they have 'a few cans' every day; the worker counted over 40 "
         "empties in the recycling. Neither of them is working and they borrowed from a loan shark to "
         "pay the electric. Rosie (10) told school there is no money for the trip because 'it all goes "
         "on beer'.",
         ["SUB", "FIN"], []),
        ("A", "orange",
         "Kirsty and Darren turned down the Compass referral. Neighbours called the police at 1am on 15 "
         "November about shouting in the garden; both parents were drunk, nobody was hurt and both say "
         "there is no violence between them.",
         ["SUB", "REL-CONF"],
         [("negated", "DA", "no violence between them; arguments are REL-CONF"),
          ("convention", "CRIME", "police attending an adults' argument is not offending by a household member")]),
        ("A", "green",
         "Jack (7) wets the bed most nights; the school nurse has given the family an enuresis plan.",
         ["PH"], []),
        ("C", "yellow",
         "Kirsty now sees Compass every fortnight and has cut down; Darren still drinks daily and says "
         "he doesn't need help. The loan shark debt has been reported to the illegal money lending team "
         "and Citizens Advice are helping with a debt relief order.",
         ["SUB", "FIN"], []),
    ]),
    dict(case="Z921", loc="Ashbrook", A="2025-05-05", C="2025-10-27", boxes=[
        ("A", "yellow",
         "Summer (15) sent nude pictures of herself to a man she met on Snapchat, who then pushed her to "
         "meet up. Police have been told and the school DSL is aware. Summer vapes, which Natalie knows "
         "about.",
         ["SAFE-EXP"],
         [("convention", "SUB", "vaping is not SUB")]),
        ("A", "green",
         "Natalie had a drink problem when the children were little but hasn't drunk for eight years "
         "and is not in any treatment; she says she would go straight back to her old counsellor if she "
         "ever felt the pull again. She went to the school's online safety evening for parents and now "
         "checks Summer's phone each night.",
         ["SAFE-EXP"],
         [("historical", "SUB", "stopped eight years ago, no treatment"),
          ("hypothetical", "SUB", "'if she ever felt the pull again'")]),
        ("C", "blue",
         "Summer still gets the odd message from accounts she doesn't know, but she blocks and reports "
         "them and tells Natalie.",
         ["SAFE-EXP"], []),
        ("C", "green",
         "Leo (12) is being picked on on the school bus; Ashbrook High have moved his seat and his head "
         "of year checks in with him weekly.",
         ["SAFE-EXP"], []),
    ]),
    dict(case="Z922", loc="Kilnworth", A="2026-01-19", C=None, boxes=[
        ("A", "yellow",
         "Lee is ex-army with PTSD and uses cocaine at weekends 'to cope'. He has gone through most of "
         "their savings and they are now putting the food shop on credit cards. Amy says he has never "
         "been violent but he is very low after a weekend, and she worries that if it carries on they "
         "could lose the house.",
         ["MH-ADULT", "SUB", "FIN"],
         [("negated", "DA", "never violent"),
          ("hypothetical", "HOUS", "'if it carries on they could lose the house'")]),
        ("A", "green",
         "Isaac (2) has had three chest infections since October and the GP has referred him to "
         "paediatrics. HV has no worries about his development.",
         ["PH"],
         [("negated", "EYD", "no developmental worries")]),
        ("A", "orange",
         "N/A - nothing at this level.",
         [], []),
    ]),
    dict(case="Z923", loc="Marshgate", A="2025-09-01", C="2026-02-23", boxes=[
        ("A", "red",
         "Children have been on child in need plans since July because of Tanya's drinking and the state "
         "of the home; the social worker visits every fortnight. At the last visit there was no food in "
         "the fridge, and the housing association still hasn't fixed the broken window in Leah's "
         "bedroom.",
         ["SUB", "SAFE-NEG", "HOUS"], []),
        ("A", "orange",
         "Jaxon (13) was permanently excluded from Marshgate Academy in June for bringing a knife in and "
         "is now at the PRU. He is working with the Youth Offending Service on a referral order.",
         ["EDU-EXC", "CRIME"], []),
        ("C", "orange",
         "Jaxon is still at the PRU and seeing YOS; a managed move back into mainstream is planned for "
         "March.",
         ["EDU-EXC", "CRIME"], []),
        ("C", "yellow",
         "The CIN plan closed in January and the case stepped down to early help. Tanya goes to Compass "
         "every week and takes acamprosate to help her stay off drink. The window was replaced in "
         "October.",
         ["SUB"],
         [("historical", "HOUS", "window replaced: disrepair over")]),
    ]),
    dict(case="Z924", loc="Fenholme", A="2025-07-14", C="2025-12-01", boxes=[
        ("A", "yellow",
         "Nursery staff say Maya (3) often smells strongly of cannabis when she arrives. Ryan admits "
         "smoking in the flat most evenings once she is in bed. Becca doesn't use and says she has given "
         "up asking him to stop.",
         ["SUB"],
         [("negated", "SUB", "Becca doesn't use (SUB present for Ryan)")]),
        ("A", "green",
         "Maya goes to Fenholme Nursery for 30 hours; her speech is clear and she is dry day and night. "
         "Becca's cousin, who used to stay over at weekends, was arrested for dealing in June and is no "
         "longer allowed at the flat.",
         [],
         [("negated", "EYD", "speech clear, toilet trained: good news only"),
          ("outside-household", "CRIME", "cousin does not live there and no longer visits")]),
        ("C", "blue",
         "Ryan only smokes out on the balcony now, and only at weekends; he is working through the "
         "Compass online self-help programme.",
         ["SUB"], []),
    ]),
]

# ---------------------------------------------------------------------------
# Unboxed case notes: (id, stage, date, locality, text, codes, level, traps)
# level = highest cue in the text (convention 2).
# ---------------------------------------------------------------------------
UNBOXED = [
    ("ZV01", "assessment", "2025-11-05", "Ashbrook",
     "Phone call with Joanne. She stopped drinking in 2023 and didn't feel she needed a service at "
     "the time; she says she would ask her GP for help if she ever felt herself slipping. Her husband "
     "Paul has run up about £2,000 on credit cards through online betting - he doesn't drink. Main "
     "worry is Aaron (8), who has started wetting the bed again; GP has seen him and the school nurse "
     "is going to do a home visit.",
     ["FIN", "PH"], "green",
     [("historical", "SUB", "stopped drinking in 2023"),
      ("hypothetical", "SUB", "'if she ever felt herself slipping'"),
      ("convention", "SUB", "gambling debts are FIN, not SUB; Paul doesn't drink")]),
    ("ZV02", "assessment", "2025-10-23", "Marshgate",
     "Police called to the house by mum on 22/10 after Jordan (15) came in high and smashed the TV "
     "when she wouldn't give him money. He was arrested for criminal damage and released under "
     "investigation. Mum says he smokes cannabis every day and she is frightened of him.",
     ["SUB", "REL-PAR", "CRIME"], "orange",
     [("convention", "DA", "child-to-parent violence is REL-PAR (+CRIME with police), not DA")]),
    ("ZV03", "assessment", "2026-01-28", "Kilnworth",
     "Joint visit with the Compass worker. Neil is on day 4 of a home alcohol detox on Librium - shaky "
     "but managing. His partner Sam is doing the school runs this week. Sam's own father drinks heavily but lives "
     "in Wales and is not part of the children's lives.",
     ["SUB"], "yellow",
     [("outside-household", "SUB", "Sam's father lives in Wales; SUB is present for Neil only")]),
    ("ZV04", "closure", "2025-07-02", "Fenholme",
     "Fatima rang with an update. She has started going to an Al-Anon family group about her "
     "brother's drinking (he lives with their parents, not with her). She is using the budgeting app "
     "we signposted and is keeping up the £30 a month towards her water arrears.",
     ["FIN"], "blue",
     [("outside-household", "SUB", "brother lives with his parents, not in this household")]),
    ("ZV05", "assessment", "2026-03-05", "Ashbrook",
     "ICPC held 3 March 2026: Megan's (19) unborn baby to be made subject to a child protection plan "
     "under neglect. Megan uses heroin and crack and is not on a script at present, though she has an "
     "assessment booked at Compass next week and has been given a naloxone kit. She has been "
     "sofa-surfing at a friend's since her tenancy ended in January.",
     ["SUB", "SAFE-NEG", "HOUS"], "red",
     [("lookalike", "SUB", "'not on a script' negates the prescription, not the drug use: SUB present")]),
    ("ZV06", "assessment", "2025-12-04", "Kilnworth",
     "IDVA update: Shannon's case was heard at MARAC this week. Her ex, who drinks and uses cocaine, "
     "came to the house drunk on Saturday and kicked the front door in; he was arrested and is on "
     "bail. Shannon says she has never taken drugs. Mason (6) has been off school since Monday because "
     "Shannon is too scared to do the school run.",
     ["DA", "EDU-ATT"], "orange",
     [("outside-household", "SUB", "the ex-partner's drinking and cocaine use"),
      ("negated", "SUB", "Shannon has never taken drugs"),
      ("convention", "CRIME", "ex-partner's arrest for the attack on Shannon is DA only")]),
]


def rows():
    narr, gold, traps = [], [], []
    for c in CASES:
        for stage, level, text, codes, tr in c["boxes"]:
            tid = f"{c['case']}-{stage}"
            nid = f"{tid}-{level}"
            date = c[stage]
            narr.append([nid, tid, c["case"], "assessment" if stage == "A" else "closure",
                         date, level, c["loc"], text])
            for code in codes:
                gold.append([nid, code, level])
            for kind, code, note in tr:
                traps.append({"narrative_id": nid, "kind": kind, "code": code, "note": note})
    for nid, stage, date, loc, text, codes, level, tr in UNBOXED:
        narr.append([nid, nid, nid, stage, date, "", loc, text])
        for code in codes:
            gold.append([nid, code, level])
        for kind, code, note in tr:
            traps.append({"narrative_id": nid, "kind": kind, "code": code, "note": note})
    return narr, gold, traps


def write_csv(path, header, data):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(data)


def main():
    narr, gold, traps = rows()
    write_csv(os.path.join(HERE, "narratives.csv"),
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"],
              narr)
    write_csv(os.path.join(HERE, "gold.csv"), ["narrative_id", "code", "level"], gold)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"narratives={len(narr)} gold_rows={len(gold)} traps={len(traps)}")


if __name__ == "__main__":
    main()
