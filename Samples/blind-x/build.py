#!/usr/bin/env python3
"""Blind hand-coded gold set X (Early Help front door: PPNs via MASH + CIN/CP step-downs).

Every narrative, its gold codes and trap notes are written here by hand.
Writes narratives.csv, gold.csv and traps.json (UTF-8, no BOM, CRLF).
Standard library only.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# Trap kinds used in notes: negated, historical, hypothetical, outside (person outside the
# household), lookalike (word that looks like a code term), met (need now met / resolved),
# rule (a coding convention decides it, e.g. DA-not-CRIME, CPV-not-DA).

# Box tuple: (level, narrative, [gold codes], [(trap kind, note), ...])
CASES = [
    # ------------------------------------------------------------------ X001
    dict(case="X001", loc="Ashbrook", triages=[
        ("assessment", "2025-02-11", [
            ("yellow",
             "PPN received 03/02: Leanne and her partner Craig had a verbal argument about money and a "
             "neighbour rang police. Officers attended, verbal only, no injuries, DASH standard, no offences "
             "disclosed. Leanne says she isn't frightened of Craig and there has never been any abuse; they "
             "have been rowing since his hours were cut at the depot. They are £640 behind on gas and "
             "electric and have had two food bank parcels since Christmas. FSW to do a benefits check and "
             "look at the arguing with them both.",
             ["REL-CONF", "FIN"],
             [("negated", "DA: 'isn't frightened', 'never been any abuse', DASH standard, no offences - parental argument is REL-CONF (conv 8)"),
              ("rule", "police attending a parental argument is not CRIME (conv 7)")]),
            ("green",
             "Mason (3) hasn't taken up his funded nursery hours - Leanne didn't know he was eligible. "
             "Tia (6) is settled at Brookfield Primary and school have no concerns.",
             ["EYD"],
             [("negated", "Tia: school have no concerns - nothing coded for her")]),
        ]),
        ("closure", "2025-06-20", [
            ("blue",
             "Leanne and Craig say the rows have calmed right down and they use the 'time out, talk later' "
             "idea from our sessions when things get heated. No police call-outs since February. Leanne set "
             "up a repayment plan with the energy company at £25 a month and hasn't missed a payment.",
             ["REL-CONF", "FIN"],
             [("historical", "no police call-outs since February"),
              ("rule", "blue box: conflict and arrears being managed count as present (conv 3)")]),
            ("green",
             "Mason loves Little Owls nursery and Tia got star of the week last Friday - lovely to see the "
             "children so settled.",
             [],
             [("met", "pure good news, no need stated in this box (conv 3): nursery attendance not EYD")]),
        ]),
    ]),
    # ------------------------------------------------------------------ X002
    dict(case="X002", loc="Kelsey Vale", triages=[
        ("assessment", "2025-03-04", [
            ("yellow",
             "Stepped down from CIN after the review on 20/02. The SW's closing summary says the original "
             "worries about hygiene and home conditions have been resolved and the house was clean and well "
             "stocked at the last three visits. What's left is Jade's (8) attendance - 84% this year, with a "
             "lot of Mondays missed. FSW to agree a morning plan with Nicole and link in with the school's "
             "attendance officer.",
             ["EDU-ATT"],
             [("historical", "SAFE-NEG: hygiene/home conditions resolved under the CIN plan"),
              ("rule", "CIN mention is context only, not a code")]),
            ("orange",
             "Nicole has bipolar disorder and is open to the community mental health team. She had a "
             "hospital admission in 2023 and has been stable on lithium since. Her care coordinator will "
             "come to the TAF meetings.",
             ["MH-ADULT"],
             [("lookalike", "lithium is prescribed medication, not SUB"),
              ("historical", "2023 admission is past, but the condition and CMHT involvement are current")]),
        ]),
        ("closure", "2025-08-29", [
            ("green",
             "Jade's attendance was 96% in the summer term and she is determined to get her 100% "
             "certificate. School will keep her on the learning mentor's weekly check-in into Year 4 to keep "
             "it going.",
             ["EDU-ATT"],
             [("rule", "green box, attendance still supported by school = now managing, present (conv 3)")]),
            ("blue",
             "Nicole says she feels much more in control. She keeps all her CMHT appointments and her sister "
             "comes round twice a week to help with tea and bath time. It's been a real pleasure to see her "
             "confidence come back.",
             ["MH-ADULT"],
             []),
        ]),
    ]),
    # ------------------------------------------------------------------ X003
    dict(case="X003", loc="Millbridge", triages=[
        ("assessment", "2025-04-15", [
            ("yellow",
             "PPN: neighbour called police about shouting at the address. Officers attended and found Sasha "
             "and her son Lewis (14) arguing because he had come in at 1am. Verbal only, no injuries. Sasha "
             "told officers Lewis has pushed her out of the way a few times when she stands in the doorway, "
             "and he has punched holes in his bedroom door. Sasha had a MARAC in 2019 relating to Lewis's "
             "dad, but he moved to Scotland and there has been no contact since. Offered a place on Who's in "
             "Charge?",
             ["REL-PAR", "CRIME"],
             [("rule", "child-to-parent violence is REL-PAR not DA; police involved so CRIME too (conv 8)"),
              ("historical", "2019 MARAC about ex-partner, no contact since - DA not coded")]),
            ("orange",
             "Lewis is out late most nights and won't say where. Twice he has come home with new trainers "
             "and a phone Sasha didn't buy. The school DSL has seen older lads in a car waiting at the gates "
             "after school. He has also had two suspensions this term for fighting and is on a report card. "
             "Referred to the exploitation panel.",
             ["SAFE-EXP", "EDU-EXC"],
             []),
        ]),
        ("closure", "2025-09-10", [
            ("yellow",
             "Lewis is home by 10pm on school nights now, but weekends are still a flashpoint when Sasha "
             "says no, and she'd like a few more sessions on calming things down. The exploitation panel "
             "closed him in August with no further indicators, and no missing episodes were reported over "
             "the summer.",
             ["REL-PAR"],
             [("negated", "SAFE-EXP: panel closed, no further indicators, no missing episodes")]),
            ("blue",
             "Sasha has joined a parents' group at school and says she'd ring her brother if things ever "
             "kicked off again. She's done brilliantly.",
             [],
             [("hypothetical", "'if things ever kicked off again' - REL-PAR not coded")]),
        ]),
    ]),
    # ------------------------------------------------------------------ X004
    dict(case="X004", loc="Stanton Heath", triages=[
        ("assessment", "2025-05-06", [
            ("red",
             "No current statutory involvement. CP plan (neglect) ended in March and CIN closed on 28/04.",
             [],
             [("historical", "CP plan and CIN ended; SAFE-NEG not coded; red box with no present issue")]),
            ("orange",
             "Paul is sole carer for Ellie (11) and Noah (7). He is on a reducing methadone script with "
             "Stanton Heath Recovery Service and his last three tests were clear. The SW's closing summary "
             "says his drug use was the main driver for the plan.",
             ["SUB"],
             [("lookalike", "'sole carer' is a parent, not CARER (conv 12)")]),
            ("yellow",
             "Ellie does a lot at home - she cooks tea most nights and gets Noah ready for school. Her "
             "teacher says she has been tearful in class and told staff she worries about her dad all the "
             "time. Referral made to Stanton Young Carers.",
             ["CARER", "MH-CHILD"],
             []),
        ]),
        ("closure", "2025-10-22", [
            ("blue",
             "Paul came off his script in August and still goes to the Thursday peer recovery group off his "
             "own bat. Ellie goes to young carers club every other week and has made some lovely friends "
             "there.",
             ["SUB", "CARER"],
             [("rule", "script ended but recovery group continues = managing, SUB present in blue box (conv 3/4)")]),
        ]),
    ]),
    # ------------------------------------------------------------------ X005
    dict(case="X005", loc="Ashbrook", triages=[
        ("assessment", "2025-06-03", [
            ("yellow",
             "PPN: ex-partner Dean rang police saying Kayleigh was drunk and had left the children home "
             "alone. Officers did a welfare check that evening - Kayleigh sober, Aria (4) and Jack (9) in bed, "
             "house clean and food in the cupboards. Allegation unsubstantiated, NFA. Kayleigh thinks Dean "
             "rang because they had fallen out over contact that afternoon; handovers often end in a row on "
             "the doorstep. She would like mediation.",
             ["REL-CONF"],
             [("negated", "SUB and SAFE-NEG allegations unsubstantiated by police"),
              ("rule", "police welfare check is not CRIME (conv 7)")]),
            ("green",
             "Aria starts school in September but nursery say she is still having wetting accidents most "
             "days; nursery and HV are drawing up a toileting plan. Jack has asthma, which Kayleigh manages "
             "well, and he keeps an inhaler in school.",
             ["EYD", "PH"],
             []),
        ]),
        ("closure", "2025-11-14", [
            ("yellow",
             "Mediation at Family Matters finished in September with a written contact arrangement. "
             "Handovers now happen at the leisure centre and there have been no rows or police calls since. "
             "Nothing further needed at this level.",
             [],
             [("met", "REL-CONF resolved: mediation finished, no rows since")]),
            ("green",
             "Aria has settled into Reception at Ashbrook Infants. The school nurse is still helping with "
             "toileting and she's dry most days now.",
             ["EYD"],
             []),
        ]),
    ]),
    # ------------------------------------------------------------------ X006
    dict(case="X006", loc="Kelsey Vale", triages=[
        ("assessment", "2025-01-20", [
            ("orange",
             "Stepped down from CIN. Josh (15) was permanently excluded from Hartside High in November after "
             "bringing a knife into school and is now at the Kelsey Vale PRU on mornings only. He has a YOS "
             "worker following a youth caution for possession of a bladed article.",
             ["EDU-EXC", "EDU-ATT", "CRIME"],
             []),
            ("yellow",
             "Tracey is worried because Josh's older cousin in Leeds has just been sentenced for dealing. "
             "Josh admits he tried cannabis last year but says he hasn't touched it since, and the YOS worker "
             "has no concerns about drug use. Tracey and Josh argue constantly about his phone and he is on "
             "it until 3am most nights.",
             ["REL-PAR"],
             [("outside", "cousin's offending is outside the household - not CRIME"),
              ("historical", "Josh tried cannabis last year, not since; YOS no concerns - SUB not coded")]),
        ]),
        ("closure", "2025-07-08", [
            ("orange",
             "Josh is still working with YOS until September. The PRU has had him on full days since Easter "
             "and he has a place on the construction course at Ridgeway College from September.",
             ["CRIME"],
             [("met", "part-time timetable ended (full days since Easter) - EDU-ATT not coded")]),
            ("blue",
             "Josh and Tracey agreed a phone contract - it goes on the landing charger at 11. Tracey says "
             "there's the odd grumble but it mostly works. Josh has been great to work with.",
             ["REL-PAR"],
             []),
        ]),
    ]),
    # ------------------------------------------------------------------ X007
    dict(case="X007", loc="Millbridge", triages=[
        ("assessment", "2025-02-25", [
            ("orange",
             "PPN 18/02: Stacey reported that her partner Ryan took her phone and bank card, wouldn't let "
             "her leave the flat and then grabbed her by the throat. Officers attended and Ryan was arrested "
             "for assault. DASH high, MARAC referral made and IDVA allocated. Ryan bailed not to contact "
             "Stacey or attend the address.",
             ["DA"],
             [("rule", "partner arrested for assault on victim is DA only, not CRIME (conv 7)")]),
            ("green",
             "Baby Ollie (7 months) is up to date with his jabs and the HV is visiting. Stacey told the HV "
             "she has felt low and tearful most days since he was born; her EPDS score was high and a GP "
             "appointment is booked.",
             ["MH-ADULT"],
             [("negated", "immunisations up to date - PH not coded")]),
        ]),
        ("closure", "2025-08-15", [
            ("blue",
             "Stacey finished the Freedom Programme in July and keeps her safety plan by the front door. "
             "Ryan has a non-molestation order against him and has stayed away. She's proud of how far "
             "she's come, and so am I.",
             ["DA"],
             [("rule", "programme finished but safety plan and order current = managing, DA present in blue box")]),
            ("green",
             "Stacey's GP started her on sertraline and she says it is helping. HV is stepping Ollie back "
             "to the universal offer.",
             ["MH-ADULT"],
             [("lookalike", "sertraline is prescribed medication, not SUB")]),
        ]),
    ]),
    # ------------------------------------------------------------------ X008
    dict(case="X008", loc="Stanton Heath", triages=[
        ("assessment", "2025-09-15", [
            ("yellow",
             "Stepped down from CIN. SW closing summary: the plan was about Gemma's drinking after her "
             "relationship ended; she has been alcohol-free since January and the alcohol service "
             "discharged her in June. The remaining need is Harvey (9), who has an EHCP for autism and has "
             "found the move into Year 5 very hard.",
             ["EDU-SEND"],
             [("historical", "Gemma's drinking ended, service discharged - SUB not coded"),
              ("historical", "relationship ended before the plan - REL-CONF not coded")]),
            ("orange",
             "Harvey's meltdowns at home have become violent - he has hit Gemma and his sister and broken "
             "the bathroom door. Afterwards he tells Gemma he hates himself. GP has referred him to CAMHS.",
             ["REL-PAR", "MH-CHILD"],
             [("rule", "child hitting parent is REL-PAR, not DA; no police so no CRIME (conv 8)")]),
        ]),
        ("closure", "2026-02-20", [
            ("green",
             "Harvey's EHCP review in January added 1:1 support at break and lunch, and the SENCO says he's "
             "much more settled. Meltdowns are down to about one a fortnight and Gemma is using the calm "
             "plan we put together.",
             ["EDU-SEND", "REL-PAR"],
             [("rule", "meltdowns reduced but still managed with a plan = present in green box")]),
            ("orange",
             "Still waiting for CAMHS - they have told Gemma it could be another nine months.",
             ["MH-CHILD"],
             [("rule", "awaiting CAMHS codes MH-CHILD (conv 4)")]),
        ]),
    ]),
    # ------------------------------------------------------------------ X009
    dict(case="X009", loc="Ashbrook", triages=[
        ("assessment", "2025-03-18", [
            ("orange",
             "PPN: Kian (13) was brought home by police at 11pm after being found with a group throwing "
             "stones at buses. This is his second police contact this month and he has been given a "
             "Community Protection Warning. The screener flags that he could be drawn into exploitation if he "
             "carries on hanging round with the older group, though nothing suggests that so far.",
             ["CRIME"],
             [("hypothetical", "exploitation only a possible future risk, 'nothing suggests that so far' - SAFE-EXP not coded")]),
            ("yellow",
             "Dad (Marcus) works nights at the distribution centre, so Megan (17) is left in charge of Kian "
             "and their little brother - she does the cooking, the school run and bedtimes. Megan left sixth "
             "form in October and isn't working or studying.",
             ["CARER", "EDU-NEET"],
             [("lookalike", "working nights is not FIN (conv 5)"),
              ("rule", "16+ NEET is EDU-NEET only, no FIN (conv 11)")]),
        ]),
        ("closure", "2025-09-30", [
            ("green",
             "Megan started a childcare apprenticeship in August and Marcus moved onto days in June, so "
             "she isn't looking after the boys in the evenings any more. Kian has had no police contact "
             "since April and goes to the youth project twice a week.",
             [],
             [("met", "Megan now in an apprenticeship and no longer caring - EDU-NEET and CARER not coded"),
              ("historical", "no police contact since April - CRIME not coded")]),
        ]),
    ]),
    # ------------------------------------------------------------------ X010
    dict(case="X010", loc="Millbridge", triages=[
        ("assessment", "2025-04-28", [
            ("orange",
             "Stepped down from CIN (CP plan ended December 2024). Amina and her three children have been in "
             "temporary accommodation at the Crown Hotel since they were evicted in February - all four in "
             "one room. Other residents fight in the corridors and police are there most weekends, so Amina "
             "keeps the children in the room. Housing Options have her in band A.",
             ["HOUS"],
             [("outside", "other hotel residents' fighting and police attendance is not CRIME (conv 6)"),
              ("historical", "CP plan ended December 2024")]),
            ("yellow",
             "Amina has PTSD from her journey to the UK and is on the waiting list for trauma therapy.",
             ["MH-ADULT"],
             []),
            ("green",
             "Yusuf (7) is at St Mary's Primary, which is two buses from the hotel. Attendance 79%.",
             ["EDU-ATT"],
             []),
        ]),
        ("closure", "2025-10-03", [
            ("green",
             "The family moved into a three-bed housing association house in July, ten minutes' walk from "
             "St Mary's. Yusuf's attendance is 97% this term and school have closed their attendance "
             "monitoring. Amina says it feels like home for the first time in years.",
             [],
             [("met", "rehoused - HOUS resolved"),
              ("met", "attendance monitoring closed - EDU-ATT resolved")]),
        ]),
    ]),
    # ------------------------------------------------------------------ X011
    dict(case="X011", loc="Kelsey Vale", triages=[
        ("assessment", "2025-05-19", [
            ("red",
             "Stepped down from CIN after the s47 in March. Lily (13) was groomed online by an adult man; "
             "the police investigation is still open and she has an ISVA.",
             ["SAFE-EXP"],
             [("historical", "s47 and CIN are past; grooming case and ISVA support are current")]),
            ("orange",
             "Lily is open to CAMHS for self-harm (cutting). Last incident three weeks ago.",
             ["MH-CHILD"],
             []),
        ]),
        ("closure", "2025-12-01", [
            ("green",
             "Lily still sees her CAMHS worker monthly and hasn't self-harmed since July.",
             ["MH-CHILD"],
             [("historical", "self-harm stopped since July, but ongoing CAMHS codes MH-CHILD (conv 4)")]),
            ("blue",
             "Claire has set up parental controls on Lily's phone and laptop using the online safety guide "
             "I left, and they check the settings together each month.",
             ["SAFE-EXP"],
             [("rule", "online safety now being managed by the family = present in blue box")]),
        ]),
    ]),
    # ------------------------------------------------------------------ X012
    dict(case="X012", loc="Stanton Heath", triages=[
        ("assessment", "2025-07-07", [
            ("yellow",
             "PPN: Shannon's mum rang police when Shannon's ex, Liam, turned up at the door asking to see the "
             "children. He left when asked. Officers attended, verbal only, no offences disclosed. Shannon "
             "says the DV in that relationship ended when Liam moved out in 2022 and the CIN plan closed the "
             "following year; she doesn't feel at risk from him now. She wants help sorting out contact as "
             "Liam wants to see the kids again after two years.",
             ["REL-CONF"],
             [("historical", "DV ended 2022, previous CIN plan closed; DA not coded"),
              ("negated", "'doesn't feel at risk', no offences disclosed")]),
            ("green",
             "Riley (5) has glue ear and wears hearing aids. He missed his audiology review in May and "
             "Shannon has rebooked it.",
             ["PH"],
             []),
        ]),
        ("closure", "2025-11-20", [
            ("blue",
             "Shannon did the Parenting Apart online course and Liam now has the children every other "
             "Saturday at his mum's. Shannon says it isn't perfect but they are sorting things out between "
             "themselves.",
             ["REL-CONF"],
             []),
        ]),
    ]),
    # ------------------------------------------------------------------ X013
    dict(case="X013", loc="Ashbrook", triages=[
        ("assessment", "2025-08-12", [
            ("yellow",
             "Stepped down from CIN. The SW's summary says the worries about Chloe (16) going missing have "
             "eased - no missing episodes since May. Chloe left school in July and hasn't applied for "
             "anything for September.",
             ["EDU-NEET"],
             [("historical", "missing episodes ended in May - SAFE-EXP not coded")]),
            ("orange",
             "Donna has been served a section 21 notice because the landlord is selling. She is £1,400 in "
             "rent arrears after losing her cleaning job in the spring.",
             ["HOUS", "FIN"],
             []),
        ]),
        ("closure", "2026-01-15", [
            ("yellow",
             "Chloe started a traineeship at Ashbrook Skills Centre in October but has been late most days, "
             "and her tutor says she is at risk of losing her place.",
             ["EDU-NEET"],
             [("rule", "'at risk of' NEET is in the EDU-NEET definition - present, not hypothetical")]),
            ("blue",
             "Donna moved into a council flat in November. She's back at work 20 hours a week and pays £15 a "
             "week off the old arrears.",
             ["FIN"],
             [("met", "rehoused - HOUS not coded")]),
        ]),
    ]),
    # ------------------------------------------------------------------ X014
    dict(case="X014", loc="Millbridge", triages=[
        ("assessment", "2025-10-06", [
            ("yellow",
             "PPN: verbal argument between Zoe and her partner Aaron after a night out; both had had a drink. "
             "Officers attended, no injuries, DASH standard, no offences disclosed and no previous incidents "
             "on record. The screener notes things could escalate if drinking became a pattern. Zoe and Aaron "
             "both say they have been arguing a lot since Aaron's mum died and have asked for relationship "
             "support.",
             ["REL-CONF"],
             [("hypothetical", "'could escalate if drinking became a pattern' - SUB not coded"),
              ("negated", "DA: DASH standard, no offences, no previous incidents")]),
            ("green",
             "HV reports that Isla (11 months) has dropped from the 50th to the 25th centile for weight and "
             "is reweighing her monthly.",
             ["PH"],
             []),
        ]),
        ("closure", "2026-03-02", [
            ("blue",
             "Zoe and Aaron finished their six sessions with Millbridge Relationship Service. Their new rule "
             "is 'walk away and talk later' and they say it's working.",
             ["REL-CONF"],
             []),
            ("green",
             "Isla is back on the 50th centile and the HV has discharged her to routine checks.",
             [],
             [("met", "weight recovered, HV discharged - PH not coded")]),
        ]),
    ]),
    # ------------------------------------------------------------------ X015
    dict(case="X015", loc="Kelsey Vale", triages=[
        ("assessment", "2025-02-03", [
            ("yellow",
             "Stepped down from CIN. Sarah has MS and uses a wheelchair. Ben (12) helps her with her tablets, "
             "the shopping and sometimes getting dressed, and he is often late for school because of it. "
             "Referral made to Kelsey Vale Young Carers.",
             ["PH", "CARER", "EDU-ATT"],
             []),
            ("blue",
             "Gary works part time and gets Carer's Allowance for looking after Sarah, and Sarah gets PIP. "
             "They budget carefully and have no debts; Gary says they would go to a debt adviser if the PIP "
             "review went badly.",
             [],
             [("hypothetical", "debt advice only if the PIP review goes badly"),
              ("lookalike", "benefit names alone are not FIN/PH/CARER (conv 5); adult carer is not CARER"),
              ("negated", "no debts")]),
        ]),
        ("closure", "2025-07-18", [
            ("green",
             "Ben goes to the young carers group on Tuesdays and has a young carer card so staff know to give "
             "him some slack. Sarah's care package went up to three calls a day, so Ben isn't doing mornings "
             "any more and his lateness has stopped.",
             ["CARER", "PH"],
             [("historical", "lateness has stopped - EDU-ATT not coded")]),
        ]),
    ]),
    # ------------------------------------------------------------------ X016
    dict(case="X016", loc="Stanton Heath", triages=[
        ("assessment", "2025-06-16", [
            ("orange",
             "Stepped down from CIN, but the SW's closing summary describes home conditions as 'variable'. "
             "At my first visit there were piles of dirty plates, the children's beds had no sheets and there "
             "was only milk and bread in the fridge. Kerry told me she has been low and not sleeping since her "
             "mum died in April and hasn't seen her GP.",
             ["SAFE-NEG", "MH-ADULT"],
             []),
            ("yellow",
             "Kerry has £2,300 council tax arrears and a letter from enforcement agents. Referral made to "
             "Citizens Advice.",
             ["FIN"],
             []),
        ]),
        ("closure", "2025-12-05", [
            ("yellow",
             "The house has been clean and tidy at my last six visits, two of them unannounced, with food in "
             "the cupboards. Kerry is on antidepressants and has started bereavement counselling.",
             ["MH-ADULT"],
             [("met", "home conditions good at six visits - SAFE-NEG not coded"),
              ("lookalike", "antidepressants are medication, not SUB")]),
            ("blue",
             "Kerry has a payment arrangement with the council at £30 a month and hasn't missed one. Really "
             "proud of how she has turned things round.",
             ["FIN"],
             []),
        ]),
    ]),
    # ------------------------------------------------------------------ X017
    dict(case="X017", loc="Ashbrook", triages=[
        ("assessment", "2025-09-08", [
            ("yellow",
             "PPN: police were called to Tanya's dad's flat after he was found drunk and confused. He lives "
             "alone across town and Adult Social Care are involved with him. Tanya goes round every day and "
             "says she is worn out; her GP has started her on medication for anxiety.",
             ["MH-ADULT"],
             [("outside", "grandfather's drinking - he lives alone, outside the household, SUB not coded (conv 6)"),
              ("rule", "police welfare attendance is not CRIME")]),
            ("green",
             "Oscar (10) has gone quiet at school and doesn't want to visit his grandad any more. School have "
             "started ELSA sessions with him.",
             ["MH-CHILD"],
             []),
        ]),
        ("closure", "2026-01-26", [
            ("blue",
             "Tanya goes to an Al-Anon group and is much better at saying no to her dad. She is still on her "
             "tablets and says she feels more like herself.",
             ["MH-ADULT"],
             [("outside", "Al-Anon is about her father's drinking - not SUB for this household")]),
            ("green",
             "Oscar finished his ELSA block before Christmas and school say he's back to his old chatty self.",
             [],
             [("met", "ELSA finished, back to himself - MH-CHILD not coded")]),
        ]),
    ]),
    # ------------------------------------------------------------------ X018
    dict(case="X018", loc="Kelsey Vale", triages=[
        ("assessment", "2025-03-24", [
            ("orange",
             "Stepped down from CIN. Tyler (15) was found in Northampton in January with cash and wraps of "
             "cannabis on him; NRM referral made and police are treating him as a victim of criminal "
             "exploitation. He is still going missing overnight - two episodes in March.",
             ["SAFE-EXP", "CRIME"],
             [("rule", "drugs found on an exploited child are SAFE-EXP and CRIME, not SUB (conv 12)")]),
            ("yellow",
             "Jo says Tyler smokes weed in his room every day and she can smell it through the house.",
             ["SUB"],
             []),
            ("green",
             "School say Tyler is at risk of permanent exclusion after repeatedly walking out of lessons and "
             "swearing at staff.",
             ["EDU-EXC"],
             [("rule", "'risk of exclusion' is in the EDU-EXC definition - present")]),
        ]),
        ("closure", "2025-09-19", [
            ("green",
             "Tyler's managed move to Ridgeway School was made permanent in July and he hasn't had any "
             "exclusions there. He says he has given up the weed and just vapes now.",
             [],
             [("historical", "managed move completed, no exclusions since - EDU-EXC not coded"),
              ("historical", "cannabis given up - SUB not coded"),
              ("lookalike", "vaping is not SUB (conv 12)")]),
        ]),
    ]),
    # ------------------------------------------------------------------ X019
    dict(case="X019", loc="Millbridge", triages=[
        ("assessment", "2025-12-08", [
            ("yellow",
             "PPN: Mia asked police to remove Jordan for the night after an argument about his gambling. No "
             "violence, no offences disclosed, DASH standard. Jordan has since self-excluded from the betting "
             "apps, and they have about £3,000 on credit cards from his gambling.",
             ["FIN", "REL-CONF"],
             [("rule", "gambling debts are FIN, not SUB (conv 10)"),
              ("lookalike", "'self-excluded' from betting apps is not EDU-EXC"),
              ("negated", "no violence, no offences - DA not coded")]),
            ("orange",
             "Screener notes the family could face eviction if the debts lead to missed rent. No rent "
             "arrears at present.",
             [],
             [("hypothetical", "eviction only if rent missed - HOUS not coded"),
              ("negated", "no rent arrears")]),
            ("green",
             "Freddie (3) has Down's syndrome and a heart condition and is under the cardiac team at the "
             "children's hospital. Portage visit weekly to help with his development and he is due to start "
             "nursery in January.",
             ["PH", "EYD"],
             []),
        ]),
        ("closure", "2026-04-17", [
            ("blue",
             "Jordan still has GamBan on his phone and is paying £120 a month through a StepChange debt "
             "management plan. Lovely family to work with.",
             ["FIN"],
             []),
        ]),
    ]),
    # ------------------------------------------------------------------ X020
    dict(case="X020", loc="Stanton Heath", triages=[
        ("assessment", "2025-01-13", [
            ("orange",
             "Stepped down from CIN. Evie (12) hasn't been in school since October half term - she says she "
             "feels sick and panicky at the gate. Open to CAMHS and waiting for CBT. School are offering a "
             "part-time timetable starting at an hour a day.",
             ["EDU-ATT", "MH-CHILD"],
             []),
            ("yellow",
             "Helen has agoraphobia and rarely leaves the house, which makes the school run really hard. Her "
             "GP has referred her to Talking Therapies.",
             ["MH-ADULT"],
             []),
        ]),
        ("closure", "2025-07-04", [
            ("yellow",
             "Evie now goes in three full days a week - 64% this half term. CAMHS finished her CBT in May.",
             ["EDU-ATT"],
             [("historical", "CAMHS CBT finished in May - MH-CHILD not coded")]),
            ("blue",
             "Helen walks Evie to the gate herself now and uses the breathing exercises from her therapy "
             "when she feels panicky. A real turnaround for them both.",
             ["MH-ADULT"],
             []),
        ]),
    ]),
    # ------------------------------------------------------------------ X021
    dict(case="X021", loc="Ashbrook", triages=[
        ("assessment", "2025-05-12", [
            ("yellow",
             "PPN: ongoing dispute with next door. The neighbours' son (17) has threatened Callum (14) twice "
             "and police have been out both times; the neighbour has been given a Community Protection "
             "Notice. Callum now gets a lift to school rather than walk past their house.",
             ["SAFE-EXP"],
             [("outside", "neighbour's son's offending is not CRIME for this family (conv 6); the intimidation of Callum is SAFE-EXP")]),
            ("green",
             "Callum has dyslexia and gets SEN support at school.",
             ["EDU-SEND"],
             []),
        ]),
        ("closure", "2025-09-26", [
            ("blue",
             "The neighbours moved out in August and Callum walks to school with his mates again.",
             [],
             [("met", "threat ended when neighbours moved - SAFE-EXP not coded")]),
            ("green",
             "The SENCO has set up a reader pen and extra time for his mocks.",
             ["EDU-SEND"],
             []),
        ]),
    ]),
    # ------------------------------------------------------------------ X022
    dict(case="X022", loc="Kelsey Vale", triages=[
        ("assessment", "2025-10-20", [
            ("orange",
             "CP plan ended this month and the case has stepped down. Twins Ava and Lola (18 months) missed "
             "their 12-month immunisations, and Ava has missed two paediatric appointments for her reflux. "
             "Chantelle says the letters go to her old address.",
             ["PH"],
             [("historical", "CP plan ended")]),
            ("yellow",
             "Chantelle (19) and Jake live in a one-bed flat with the twins, who share a cot in their "
             "bedroom. They are on the housing register for a two-bed.",
             ["HOUS"],
             []),
            ("green",
             "HV says neither twin is walking or babbling much yet and is bringing their 2-year review "
             "forward.",
             ["EYD"],
             []),
        ]),
        ("closure", "2026-03-27", [
            ("green",
             "The twins caught up on their jabs in December. Ava's reflux is being managed by the GP and is "
             "much better.",
             ["PH"],
             [("historical", "immunisations caught up - only the ongoing reflux codes PH")]),
        ]),
    ]),
    # ------------------------------------------------------------------ X023
    dict(case="X023", loc="Millbridge", triages=[
        ("assessment", "2025-06-23", [
            ("orange",
             "PPN: police attended after a neighbour reported Wayne shouting in the street. Wayne is on "
             "licence following a prison sentence for burglary; probation are aware and there is no recall.",
             ["CRIME"],
             [("rule", "adult on licence is CRIME (conv 7)")]),
            ("yellow",
             "Since Wayne came home the family (Lisa, Wayne, Kacey 8, Cody 4) have a £900 UC advance to pay "
             "back, have used the food bank twice this month and the electric meter keeps running out.",
             ["FIN"],
             [("rule", "food bank only (no hungry child / empty fridge) is FIN, not SAFE-NEG (conv 10)")]),
        ]),
        ("closure", "2025-12-12", [
            ("yellow",
             "Wayne's licence ended in October and he has started work with a scaffolding firm. The family "
             "still owe £600 on the advance, which comes out of the UC each month.",
             ["FIN"],
             [("historical", "licence ended - CRIME not coded")]),
            ("green",
             "Cody has settled into Reception and the school's speech and language check found no concerns.",
             [],
             [("negated", "speech check found no concerns")]),
        ]),
    ]),
]

# Unboxed case notes: (case id, stage, date, locality, narrative, [codes], gold level, traps)
# Gold level = highest level cue in the text (taxonomy convention 2).
UNBOXED = [
    ("X024", "assessment", "2025-11-04", "Stanton Heath",
     "MASH screening note: HV information shared - Maisie (2 years 3 months) has about ten words and "
     "isn't putting any together yet. HV will review in three months and has given Rosie ideas for "
     "talking and singing at home; Rosie says she'll start going to rhyme time at the library. GP "
     "reports no other concerns. Closed at MASH with advice to the family.",
     ["EYD"], "green",
     [("negated", "GP: no other concerns")]),
    ("X025", "closure", "2025-09-12", "Millbridge",
     "Closure note: Adam (6) still wets the bed a few nights a week. The GP has prescribed desmopressin "
     "and the school nurse gave Imran an information pack on bedwetting. Family happy to close.",
     ["PH"], "green",
     [("lookalike", "prescribed desmopressin is medication, not SUB"),
      ("rule", "bedwetting at school age is PH (conv 9)")]),
    ("X026", "assessment", "2026-03-14", "Ashbrook",
     "Update: following a second disclosure at school a strategy meeting was held and Poppy (9) is now "
     "subject to a s47 enquiry. Mum's drinking has increased again - Poppy found her asleep on the sofa "
     "with an empty bottle of vodka last week and had been making her own tea from what was left in the "
     "cupboards. Transferred back to CSC.",
     ["SUB", "SAFE-NEG"], "red",
     []),
    ("X027", "assessment", "2025-06-02", "Kelsey Vale",
     "Note: Dani's ex-partner breached the non-molestation order again on Saturday; police attended and "
     "he was arrested. Case heard at MARAC on 29/05. Dani is also £700 behind on her rent since she had "
     "to give up work.",
     ["DA", "FIN"], "orange",
     [("rule", "ex-partner arrested for breach is DA only, not CRIME (conv 7)")]),
    ("X028", "closure", "2025-10-08", "Millbridge",
     "Marie rang the FSW to say Jayden (10) is still refusing to go to his dad's at weekends. She and "
     "Jayden's dad can't agree on contact and have been referred to mediation. Marie says she has no "
     "worries about his dad's drinking now as he has been sober for two years.",
     ["REL-CONF"], "yellow",
     [("outside", "dad lives elsewhere; his drinking is outside the household and historical"),
      ("negated", "'no worries about his dad's drinking'")]),
    ("X029", "closure", "2026-01-20", "Stanton Heath",
     "Phone call with Sophie: the landlord has fixed the boiler and fitted an extractor fan, and the damp "
     "in the children's bedroom has gone. She cleared her catalogue debt in December and says she's "
     "enjoying having a bit spare at the end of the month.",
     [], "",
     [("met", "damp and disrepair fixed - HOUS not coded"),
      ("historical", "catalogue debt cleared - FIN not coded")]),
    ("X030", "assessment", "2025-07-07", "Ashbrook",
     "Note: Aleesha (15) has been referred to CAMHS by her GP after telling the school nurse she has been "
     "making herself sick after meals. Mum says Aleesha's dad, who lives in Bristol, has had an eating "
     "disorder too, but Aleesha has no contact with him.",
     ["MH-CHILD"], "orange",
     [("outside", "father's eating disorder - non-resident parent, MH-ADULT not coded")]),
    ("X031", "assessment", "2026-02-10", "Kelsey Vale",
     "Referral accepted by Kelsey Vale Young Carers for Amelia (11), who helps look after her younger "
     "brother Leo; he has cerebral palsy and his new wheelchair has just arrived.",
     ["CARER", "PH"], "yellow",
     []),
]

LEVEL_ORDER = ["blue", "green", "yellow", "orange", "red"]


def build():
    narr_rows, gold_rows, traps = [], [], {}
    for c in CASES:
        cid = c["case"]
        for stage, date, boxes in c["triages"]:
            tid = f"{cid}-{'A' if stage == 'assessment' else 'C'}"
            seen_levels = set()
            for level, text, codes, tr in boxes:
                assert level in LEVEL_ORDER and level not in seen_levels, (tid, level)
                seen_levels.add(level)
                nid = f"{tid}-{level}"
                narr_rows.append([nid, tid, cid, stage, date, level, c["loc"], text])
                for code in codes:
                    gold_rows.append([nid, code, level])
                if tr:
                    traps[nid] = [{"kind": k, "note": n} for k, n in tr]
    for cid, stage, date, loc, text, codes, glevel, tr in UNBOXED:
        narr_rows.append([cid, cid, cid, stage, date, "", loc, text])
        for code in codes:
            gold_rows.append([cid, code, glevel])
        if tr:
            traps[cid] = [{"kind": k, "note": n} for k, n in tr]

    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(header)
            w.writerows(rows)

    write("narratives.csv",
          ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"],
          narr_rows)
    write("gold.csv", ["narrative_id", "code", "level"], gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, indent=1, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")
    return narr_rows, gold_rows, traps


if __name__ == "__main__":
    n, g, t = build()
    print(f"{len(n)} narratives, {len(g)} gold rows, {len(t)} narratives with traps")
