#!/usr/bin/env python3
"""Blind gold set Z (set z112): online harms and exploitation among 11-16-year-olds,
an invented East Midlands city, 2025-26. Written by hand from /work/shared/taxonomy.md only.

Each case lists its narratives one at a time as
    (stage, box, narrative text, [present codes], [(trap type, code, note), ...])
stage: "A" assessment / "C" closure.
box: the level box it was written in, or "note:<level>" for an unboxed note, where
<level> is the single highest level cue in the note's text (convention 2).
Only PRESENT codes are listed; negated, historical, hypothetical and outside-household
mentions are recorded as traps instead.

Writes narratives.csv, gold.csv and traps.json (UTF-8, no BOM, CRLF) and prints counts.
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = [
    # ------------------------------------------------------------------ Z001
    dict(case="Z001", loc="Brindley Cross", a="2025-10-06", c="2026-02-16", items=[
        ("A", "green",
         "Kian (13), Yr 8 at Ravensmoor Academy. Form tutor reports he is asleep on the desk most "
         "mornings; Kian told the school nurse he's on the Xbox till 3 or 4am on school nights and "
         "gets 'maybe 3 hrs' sleep. School nurse sleep hygiene session booked. Attendance 96%, no concerns.",
         ["PH"],
         [("convention", "PH", "Conv 9: sleep problem at school age (3 hrs a night, asleep in class) is PH."),
          ("negated", "EDU-ATT", "'Attendance 96%, no concerns' - attendance negated.")]),
        ("A", "yellow",
         "Mum Shelley says the gaming is out of control - when she takes the controller Kian swears at "
         "her and last wk he kicked his bedroom door off its hinges. Shelley works nights at the "
         "distribution centre so there's nobody up to enforce a bedtime. Kian is on party chat with "
         "people he has 'met on Fortnite', some sound like grown men, and Shelley has no idea who they "
         "are. EHW to do online safety and boundaries work with both of them.",
         ["REL-PAR", "SAFE-EXP"],
         [("convention", "FIN", "Conv 5: working night shifts is not FIN."),
          ("partial", "SAFE-EXP", "Current unknown adult contacts online = online safety, present.")]),
        ("C", "blue",
         "Router on a timer now (off 11.30pm school nights) and the Xbox has moved to the lounge. Kian "
         "moans but mostly sticks to it and Shelley says the rows are 'a lot less'. He has taken the "
         "adults off his friends list and knows how to block and report.",
         ["REL-PAR", "SAFE-EXP"],
         [("convention", "REL-PAR", "Conv 3: blue box, family now managing boundaries/rows = present."),
          ("convention", "SAFE-EXP", "Conv 3: blue box, now managing online safety (blocking/reporting) = present.")]),
    ]),
    # ------------------------------------------------------------------ Z002
    dict(case="Z002", loc="Eastwold", a="2025-10-15", c="2026-03-09", items=[
        ("A", "orange",
         "Maisie (14) sent nude images to someone on Snapchat she thought was a 16yr old boy; he then "
         "demanded more and threatened to send the pics to her followers from school if she didn't. "
         "Police informed, CEOP report done, her phone has been taken for evidence. Maisie very "
         "distressed, says she wants to 'disappear', not sleeping. CAMHS crisis referral made 14/10.",
         ["SAFE-EXP", "MH-CHILD", "PH"],
         [("convention", "CRIME", "Conv 7/6: police act to safeguard Maisie; offender is outside the household - no CRIME."),
          ("convention", "PH", "Conv 9: 'not sleeping' at school age is PH (coded literally).")]),
        ("A", "yellow",
         "Dad (Lee) and his partner Nic keep arguing about whose fault it is - Lee blames Nic for letting "
         "Maisie keep her phone overnight. Shouting in front of the younger two most evenings. No DA "
         "disclosed, both say it has never been physical. Maisie won't go in to school since it "
         "happened, 8 days missed so far. EHW allocated.",
         ["REL-CONF", "EDU-ATT"],
         [("negated", "DA", "'No DA disclosed, never physical' - DA negated; arguing between the couple is REL-CONF (conv 8).")]),
        ("C", "yellow",
         "Maisie back full time since January, attendance since her return 94%. Still has low days and "
         "is open to CAMHS, seen fortnightly. Lee and Nic did the Parenting Together sessions and say "
         "they talk things through now instead of rowing.",
         ["MH-CHILD"],
         [("historical", "EDU-ATT", "Back full time - attendance issue described as over."),
          ("historical", "REL-CONF", "Yellow box: rowing described as over; conv 3 'now managing' only applies to blue/green."),
          ("convention", "MH-CHILD", "Conv 4: open to CAMHS codes MH-CHILD.")]),
    ]),
    # ------------------------------------------------------------------ Z003
    dict(case="Z003", loc="Canal Quarter", a="2025-11-10", c="2026-04-20", items=[
        ("A", "red",
         "Strategy meeting 3/11 after Tyrese (15) was found by police in a flat in Westby with 14 wraps "
         "of crack and £300 cash. NRM referral made. Tyrese has been missing from home 5 times since "
         "Sept, the longest 4 days. S47 enquiries underway, SW allocated from Canal Quarter CSC.",
         ["SAFE-EXP", "CRIME"],
         [("convention", "SUB", "Conv 12: drugs found on an exploited child are SAFE-EXP and CRIME, not SUB.")]),
        ("A", "orange",
         "Permanently excluded from Larkspur Academy in Oct for bringing a knife on site. Now at Oak "
         "Lane Centre (PRU) on 2 hrs a day. YOS involved after a referral order for possession of a "
         "bladed article.",
         ["EDU-EXC", "EDU-ATT", "CRIME"],
         [("partial", "EDU-ATT", "2 hrs a day at the PRU = part-time timetable, EDU-ATT as well as EDU-EXC.")]),
        ("C", "yellow",
         "Denise (mum) still on sertraline from the GP, says her mood is 'up and down' with everything "
         "that's gone on. The electric arrears are cleared thanks to the Warm Homes fund. Tyrese now on "
         "4 hrs a day at Oak Lane, no missing episodes since Feb.",
         ["MH-ADULT", "EDU-ATT"],
         [("historical", "FIN", "Arrears 'cleared' - historical (conv 3)."),
          ("historical", "SAFE-EXP", "'No missing episodes since Feb' - historical."),
          ("partial", "EDU-ATT", "Still a reduced (4 hr) timetable - present.")]),
    ]),
    # ------------------------------------------------------------------ Z004
    dict(case="Z004", loc="Ferris Hill", a="2025-11-03", c="2026-03-23", items=[
        ("A", "green",
         "Amira (12), Yr 7 St Cuthbert's RC High. Girls in a class WhatsApp group have been posting "
         "edited pictures of her and running polls on who is 'ugliest'. HOY has spoken to the pupils and "
         "their parents. SENCo aware - Amira has an EHCP for her hearing impairment and wears hearing aids.",
         ["SAFE-EXP", "EDU-SEND", "PH"],
         [("outside", "SAFE-EXP", "The girls are outside the household but bullying of Amira is her need (SAFE-EXP)."),
          ("convention", "PH", "Hearing impairment is a disability of a family member - PH, alongside EDU-SEND for the EHCP.")]),
        ("A", "orange",
         "Amira told her tutor she has been cutting her arms 'to make it stop'. School nurse checked - "
         "superficial. Urgent CAMHS referral accepted, safety plan agreed with Yusuf and Hana (parents).",
         ["MH-CHILD"], []),
        ("C", "green",
         "Amira goes to a CAMHS anxiety group on Weds, says she stopped cutting before Christmas. The "
         "WhatsApp group was shut down and the girls involved moved to other forms.",
         ["MH-CHILD"],
         [("historical", "SAFE-EXP", "Bullying over (group shut down, girls moved)."),
          ("partial", "MH-CHILD", "Cutting stopped (historical) but CAMHS group ongoing - MH-CHILD present (conv 4).")]),
    ]),
    # ------------------------------------------------------------------ Z005
    dict(case="Z005", loc="Brindley Cross", a="2025-09-29", c="2026-07-13", items=[
        ("A", "yellow",
         "Callum (16) in Yr 11 at Brindley Cross Academy, attendence 71%, Mondays especially. No college "
         "application in, says he'll 'just get a job'. Futures careers adviser booked. Smoking weed most "
         "days with lads off the estate who are 18-19 and mum thinks he owes one of them money - concern "
         "they are drawing him in.",
         ["EDU-ATT", "EDU-NEET", "SUB", "SAFE-EXP"],
         [("partial", "EDU-NEET", "16+ with no post-16 plan = at risk of NEET, present."),
          ("partial", "SAFE-EXP", "Older peers and possible debt: stated as a current concern, not conditional.")]),
        ("A", "green",
         "Mum (Gemma) has Type 1 diabetes and has missed her last two clinic appts. Callum's sister Ellie "
         "(11) does Gemma's injections when she's unwell and does most of the food shop.",
         ["PH", "CARER"], []),
        ("C", "yellow",
         "Callum left Yr 11 with a place on a Level 1 construction course at Trentmere College but "
         "hasn't enrolled - Futures adviser chasing. Says he has cut down on weed to weekends. Ellie has "
         "started going to Step Up young carers.",
         ["EDU-NEET", "SUB", "CARER"],
         [("partial", "SUB", "'Cut down' to weekends - still using, present."),
          ("convention", "CARER", "Conv 4: young carers service ongoing codes CARER.")]),
    ]),
    # ------------------------------------------------------------------ Z006
    dict(case="Z006", loc="Eastwold", a="2025-12-01", c="2026-04-27", items=[
        ("A", "red",
         "Chloe (14) is in a 'relationship' with Dean (19), who she met through a friend's older brother. "
         "Missing overnight 3 times in Nov - police found her at his flat twice. CSE screening tool: "
         "significant risk. Strategy meeting 28/11, S47 initiated, police served Dean with a Child "
         "Abduction Warning Notice.",
         ["SAFE-EXP"],
         [("convention", "CRIME", "Conv 7: police finding a missing child / acting against an outside adult is not CRIME."),
          ("outside", "CRIME", "Dean and the friend's brother are outside the household (conv 6).")]),
        ("A", "orange",
         "Two suspensions this term (3 days then 5 days) for verbally abusing staff; now at real risk of "
         "PEX. Managed move to Eastwold Community College going to Fair Access panel.",
         ["EDU-EXC"], []),
        ("A", "yellow",
         "Mum Kerry drinking heavily most evenings (3-4 bottles of wine) and admits she's not always in "
         "a fit state to know where Chloe is or who she's with. Agreed to a referral to Pathways drug & "
         "alcohol service.",
         ["SUB", "SAFE-NEG"],
         [("convention", "SAFE-NEG", "Parent not able to know where a 14yr old is = supervision, SAFE-NEG.")]),
        ("C", "orange",
         "Chloe stepped down to a CIN plan after the S47. She ended things with Dean in Feb and there "
         "have been no missing episodes since. Managed move to Eastwold CC started 9/3, 6 wk review positive.",
         ["EDU-EXC"],
         [("historical", "SAFE-EXP", "Relationship ended, no missing since Feb - historical."),
          ("not-coded", "", "A CIN plan is a level cue, not an issue code; box level governs (conv 2)."),
          ("convention", "EDU-EXC", "Managed move still in its trial period - current, EDU-EXC.")]),
    ]),
    # ------------------------------------------------------------------ Z007
    dict(case="Z007", loc="Canal Quarter", a="2025-10-21", c="2026-03-02", items=[
        ("A", "green",
         "Ollie (11), new Yr 7 at Ravensmoor, on the ASD pathway. SENCo has done a pupil passport and he "
         "can use the quiet room at lunch. Finds the corridors and canteen noise really hard.",
         ["EDU-SEND"],
         [("convention", "EDU-SEND", "Conv 4: 'on the ASD pathway' codes EDU-SEND; ASD is not PH.")]),
        ("A", "yellow",
         "Dad (Martin) is a single parent. Ollie plays Roblox 6-7 hrs a day at weekends and has huge "
         "meltdowns when it goes off - he has hit Martin twice. Martin wants an autism-specific parenting "
         "course. No concerns about who Ollie talks to online, Martin checks his friends list and in-game "
         "chat is switched off.",
         ["REL-PAR"],
         [("convention", "DA", "Conv 8: child-to-parent violence is REL-PAR, not DA; no police so no CRIME."),
          ("negated", "SAFE-EXP", "'No concerns about who Ollie talks to online' - negated.")]),
        ("A", "note:yellow",
         "Phone call from Martin 20/10 - Ollie had a message on Roblox from an account he doesn't know "
         "asking for his Discord name. Ollie showed dad straight away. Advised Martin to report and block, "
         "which he did that evening. Martin booked onto the Cygnet course starting in Nov.",
         ["SAFE-EXP", "REL-PAR"],
         [("partial", "SAFE-EXP", "Unknown account seeking off-platform contact this week - present online-safety incident, though handled."),
          ("convention", "REL-PAR", "Conv 4 by analogy with 'awaiting a CAMHS appointment': booked parenting course codes REL-PAR."),
          ("convention", "", "Unboxed: highest cue is a parenting course (yellow); advice acted on is only blue.")]),
        ("C", "blue",
         "Martin finished Cygnet and now uses a visual timer with a 'two more rounds' warning before the "
         "tablet goes off. Meltdowns less often, no hitting since January.",
         ["REL-PAR"],
         [("convention", "REL-PAR", "Conv 3: blue box, meltdowns still happen and Martin is managing them = present."),
          ("historical", "REL-PAR", "Hitting is historical, but the code is present via the managed meltdowns.")]),
    ]),
    # ------------------------------------------------------------------ Z008
    dict(case="Z008", loc="Ferris Hill", a="2025-11-24", c="2026-03-30", items=[
        ("A", "orange",
         "Priya (15) and 2 friends forwarded a nude image of another Yr 10 girl round a Snapchat group. "
         "Police came into school and interviewed Priya - Outcome 21, no further action. School gave a "
         "5 day suspension. When the DSL went through Priya's phone with her it turns out she has also "
         "been getting unsolicited nudes from older boys she doesn't know.",
         ["CRIME", "EDU-EXC", "SAFE-EXP"],
         [("outside", "SAFE-EXP", "The girl in the image is outside the household; SAFE-EXP is coded only for Priya's own unsolicited images."),
          ("convention", "CRIME", "Conv 7: police dealing with a young person's behaviour is CRIME even with NFA.")]),
        ("A", "yellow",
         "Parents (Raj & Anita) separated over the summer, Raj living at his brother's. They can't agree "
         "contact for Priya and her brother Arjun (9) and pass messages through Priya rather than speak. "
         "Offered referral to Oakleaf mediation.",
         ["REL-CONF"], []),
        ("C", "blue",
         "Raj and Anita sticking to the written contact plan they agreed at mediation, handovers at the "
         "leisure centre. Priya completed 4 sessions with the EHW on consent and image sharing, no further "
         "incidents.",
         ["REL-CONF"],
         [("convention", "REL-CONF", "Conv 3: blue box, separated parents now managing contact = present."),
          ("historical", "SAFE-EXP", "Work completed, 'no further incidents' - historical."),
          ("historical", "CRIME", "No current offending.")]),
    ]),
    # ------------------------------------------------------------------ Z009
    dict(case="Z009", loc="Brindley Cross", a="2025-10-20", c="2026-04-13", items=[
        ("A", "red",
         "Lewis (14) on a CP plan (neglect) since Sept. Missing 6 times this half term, came back with new "
         "trainers and 2 phones he can't account for. Safer Steps doing return home interviews, Lewis not "
         "saying much. Police intel links him to a line running into Westby.",
         ["SAFE-EXP", "SAFE-NEG"],
         [("convention", "SAFE-NEG", "A current CP plan under the category of neglect states neglect as current - SAFE-NEG."),
          ("convention", "CRIME", "Police intel about his exploitation is safeguarding, not an offence by him - no CRIME.")]),
        ("A", "orange",
         "Mum Stacey has a non-mol against ex-partner Wayne (not Lewis's dad) after he strangled her in "
         "August. Heard at MARAC 12/9. He's breached it twice and been arrested both times.",
         ["DA"],
         [("convention", "CRIME", "Conv 7: ex-partner's offences and arrests for breaching are DA only.")]),
        ("C", "red",
         "Lewis stepped down from CP to CIN in March. Still going missing but less - 2 episodes in April. "
         "Allocated to the Horizon exploitation team, engaging with his worker on and off.",
         ["SAFE-EXP"],
         [("not-coded", "SAFE-NEG", "No neglect described in this box (conv 1)."),
          ("partial", "SAFE-EXP", "Missing 'but less' is still present.")]),
    ]),
    # ------------------------------------------------------------------ Z010
    dict(case="Z010", loc="Eastwold", a="2026-01-12", c="2026-05-18", items=[
        ("A", "green",
         "Sophie (13) spoke to her teacher after a PSHE lesson on grooming - an 'older friend' on Discord "
         "had asked her to keep their chats secret. DSL went through the chats with Sophie and mum: the "
         "account is a Yr 9 girl from another school, confirmed with the girl's parents. Nothing sexual, "
         "no requests for pics. No concerns.",
         [],
         [("negated", "SAFE-EXP", "Grooming concern checked and ruled out - negated.")]),
        ("A", "yellow",
         "Mum (Jo) says Sophie is on her phone till 2am and is 'a different girl' - snappy, stays in her "
         "room, down a lot. EHW to do 1:1 wellbeing sessions and a sleep plan. There's a risk Sophie could "
         "be targeted online if she starts accepting requests from people she doesn't know, but she says "
         "she only adds people from school.",
         ["PH", "MH-CHILD"],
         [("hypothetical", "SAFE-EXP", "'Risk ... could be targeted online if she starts ...' - conditional, not coded."),
          ("not-coded", "REL-PAR", "'Snappy' is given as a change in mood (MH-CHILD), no parent-child conflict or boundary problem described."),
          ("convention", "PH", "Conv 9: on phone till 2am, sleep plan = sleep problem, PH.")]),
        ("C", "blue",
         "Sophie follows the sleep plan most nights and her phone charges in the kitchen from 10. Jo says "
         "she's 'back to her old self'.",
         ["PH"],
         [("convention", "PH", "Conv 3: blue box, family managing the sleep plan = present."),
          ("historical", "MH-CHILD", "'Back to her old self' - low mood over.")]),
    ]),
    # ------------------------------------------------------------------ Z011
    dict(case="Z011", loc="Canal Quarter", a="2025-10-13", c="2026-03-16", items=[
        ("A", "orange",
         "Mason (15) arrested 2/10 with 2 older lads (17, 19) for a phone robbery by the bus station, RUI. "
         "Concerns the older lads are using him to run errands - seen getting into cars outside school at "
         "home time. Going to Horizon exploitation panel.",
         ["CRIME", "SAFE-EXP"], []),
        ("A", "yellow",
         "Mason's dad is in HMP Marston Vale, no contact since 2022. Mum (Lisa) works 2 jobs, no money "
         "worries she says. Lisa and Mason row constantly about curfew - he rolls in after midnight and "
         "she has 'given up'.",
         ["REL-PAR"],
         [("outside", "CRIME", "Conv 6: dad in prison is outside the household - no CRIME."),
          ("negated", "FIN", "'No money worries' and conv 5 (working) - no FIN.")]),
        ("C", "orange",
         "Referral order (9 months) recieved in Jan, YOS worker allocated and Mason engaging. Still on the "
         "Horizon list though no intel of contact with the older lads since Feb.",
         ["CRIME", "SAFE-EXP"],
         [("convention", "SAFE-EXP", "Conv 4: still on the exploitation team's list (ongoing service) codes SAFE-EXP despite no recent intel.")]),
    ]),
    # ------------------------------------------------------------------ Z012
    dict(case="Z012", loc="Ferris Hill", a="2025-10-27", c="2026-04-14", items=[
        ("A", "yellow",
         "Grace (12) has not been in school since the 2nd week of Sept, says her stomach hurts every "
         "morning - GP found nothing physical. Up most of the night on Minecraft servers, sleeps till 2pm. "
         "Looks like anxiety-based school avoidance. EHW allocated and a mornings-only timetable agreed "
         "from 3/11.",
         ["EDU-ATT", "PH", "MH-CHILD"],
         [("negated", "PH", "Stomach pain: 'nothing physical' - but PH is present via the night-time sleep problem (conv 9).")]),
        ("A", "green",
         "Mum (Claire) has fibromyalgia and gets PIP. Grace's brother Sam (16) is at Trentmere College "
         "doing a Level 3 and works Saturdays.",
         ["PH"],
         [("convention", "FIN", "Conv 5: PIP alone is not FIN."),
          ("not-coded", "EDU-NEET", "Sam (16) is in college - good news, not coded.")]),
        ("C", "note:green",
         "Review 14/4 at school. Grace in 4 full days a week now, Fridays still a battle. Minecraft "
         "server moved to weekends only and she's sleeping better. CAMHS not needed - her anxiety is being "
         "managed with the school ELSA weekly. Claire's fibromyalgia flaring, in bed a lot this month.",
         ["EDU-ATT", "MH-CHILD", "PH"],
         [("negated", "", "'CAMHS not needed' is a negated cue and does not raise the level to orange; highest cue is school (green)."),
          ("partial", "MH-CHILD", "Anxiety managed through ongoing ELSA - present (conv 4)."),
          ("partial", "PH", "Claire's fibromyalgia flare is present PH.")]),
        ("C", "green",
         "School: Grace sees the ELSA weekly for her anxiety; attendance this half term 81%.",
         ["MH-CHILD", "EDU-ATT"], []),
    ]),
    # ------------------------------------------------------------------ Z013
    dict(case="Z013", loc="Brindley Cross", a="2025-10-08", c="2026-06-22", items=[
        ("A", "orange",
         "Harvey (16) permanently excluded in Sept for dealing cannabis on the school field. Police "
         "involved, youth caution. At Oak Lane Centre but only turning up to about half his sessions.",
         ["EDU-EXC", "CRIME", "EDU-ATT"],
         [("not-coded", "SUB", "Dealing is not use - no SUB without use described."),
          ("not-coded", "EDU-NEET", "He is on a PRU roll - in education.")]),
        ("A", "note:yellow",
         "HV (home visit) by EHW 7/10. Nicola (mum), Harvey and the twins (4) live in a 2-bed private rent, "
         "black mould in both bedrooms, landlord ignoring her. £1,150 rent arrears and she's used the food "
         "bank twice this month. Cupboards had food in, kids clean and fed.",
         ["HOUS", "FIN"],
         [("convention", "", "Unboxed: only cue is the early help worker (yellow). 'HV' here means home visit, not health visitor."),
          ("negated", "SAFE-NEG", "Food in cupboards, children clean and fed - neglect negated; food bank is FIN only (conv 10).")]),
        ("A", "green",
         "Twins started Reception at Ferncroft Primary in Sept. Lily is toilet trained; Leo still in "
         "nappies most of the day, school nurse involved.",
         ["EYD"],
         [("convention", "EYD", "Conv 9: toileting of a 4yr old (under 5) is EYD even in Reception.")]),
        ("C", "yellow",
         "1) Harvey finished at Oak Lane in May with no post-16 place, says he 'can't be bothered' - referred "
         "to Futures NEET team. 2) Nicola was served a section 21 on 3/3, Housing Options involved. "
         "3) Twins settled in Reception, no concerns.",
         ["EDU-NEET", "HOUS"],
         [("not-coded", "EYD", "'Twins settled, no concerns' - pure good news (conv 3)."),
          ("convention", "HOUS", "A section 21 is a possession notice - HOUS.")]),
    ]),
    # ------------------------------------------------------------------ Z014
    dict(case="Z014", loc="Eastwold", a="2025-12-08", c="2026-05-04", items=[
        ("A", "green",
         "Skye (9 months) - HV visiting; weaning started late and she isn't sitting unaided yet, referred "
         "for a developmental check.",
         ["EYD"], []),
        ("A", "yellow",
         "Mum Danielle diagnosed with PND in Nov, on sertraline, HV doing listening visits. Connor (12) "
         "doing a lot for Skye - night feeds at weekends and nappies before school - and keeps falling "
         "asleep in maths.",
         ["MH-ADULT", "CARER", "PH"],
         [("convention", "PH", "Conv 9: school-age child falling asleep in class (sleep problem) is PH.")]),
        ("C", "yellow",
         "Danielle still on sertraline and going to the perinatal mental health group. Connor goes to "
         "Step Up young carers on Tuesdays.",
         ["MH-ADULT", "CARER"], []),
    ]),
    # ------------------------------------------------------------------ Z015
    dict(case="Z015", loc="Canal Quarter", a="2026-01-19", c="2026-05-11", items=[
        ("A", "yellow",
         "Kai (13) spent £640 on FIFA packs on mum's bank card without asking. Mum (Tanya) now can't pay "
         "the gas and has had to use the food bank. When she changed the password Kai smashed his TV and "
         "threatened her with a chair.",
         ["FIN", "REL-PAR"],
         [("convention", "SUB", "Conv 10: gambling-type spending is FIN, not SUB."),
          ("convention", "DA", "Conv 8: child-to-parent violence is REL-PAR, not DA.")]),
        ("A", "orange",
         "Neighbour called police 11/1 when Kai was throwing things from his bedroom window at Tanya's car. "
         "Kai arrested, released NFA as Tanya wouldn't give a statement. Referred to YOS prevention "
         "(Turnaround). Kai late to school most Mondays after gaming all weekend.",
         ["CRIME", "REL-PAR", "EDU-ATT"],
         [("convention", "CRIME", "Conv 8: child-to-parent violence with police involvement = REL-PAR plus CRIME.")]),
        ("C", "yellow",
         "Tanya completed the NVR parenting group. Kai still loses his temper but no violence since Feb. "
         "Gas arrears on a payment plan at £15/wk.",
         ["REL-PAR", "FIN"],
         [("partial", "REL-PAR", "Violence historical but temper outbursts at home still present."),
          ("partial", "FIN", "Arrears still being repaid - present.")]),
    ]),
    # ------------------------------------------------------------------ Z016
    dict(case="Z016", loc="Ferris Hill", a="2025-12-11", c="2026-04-29", items=[
        ("A", "note:red",
         "Strategy discussion 6/12 re Aaliyah (15) - found by police at 3am at a house party in Ferris "
         "Hill, very drunk, adult men present. Taken to A&E. Mum (Shanice) had reported her missing at "
         "11pm. Agreed threshold for S47 not met; step down to early help with a TAF plan.",
         ["SAFE-EXP", "SUB"],
         [("convention", "", "Unboxed: a strategy discussion took place = red cue (conv 2); the negated S47 does not lower it."),
          ("convention", "CRIME", "Conv 7: police finding a missing child is not CRIME."),
          ("partial", "SUB", "15yr old very drunk - young person's alcohol misuse, SUB."),
          ("not-coded", "PH", "A&E attendance was for the intoxication (SUB); no separate physical health need.")]),
        ("A", "orange",
         "TAF plan agreed 10/12 - school, Safer Steps, school nurse and me (YW). Aaliyah has been missing 4 "
         "times since half term, always back the next day, won't say where she's been or who with. She has "
         "been added to a group chat run by older girls (18+) who invite her to 'parties' in flats in town, "
         "and her Snap Map has shown her in Ferris Hill at 2-3am. She has a new phone that Shanice didn't "
         "buy. Plan: return home interview after every episode, trusted adult in school (Mrs Begum), YW "
         "sessions weekly, Shanice to report each missing episode to 101 straight away and keep a log.",
         ["SAFE-EXP"], []),
        ("A", "yellow",
         "First 1:1 with YW: Aaliyah says she drinks vodka 'most weekends' and has tried ket. She wants to "
         "go back to boxing at the youth club. She and Shanice are barely speaking.",
         ["SUB", "REL-PAR"], []),
        ("C", "yellow",
         "Aaliyah back at boxing twice a week. Says she's not touched ket since Jan and only drinks 'at "
         "parties, not loads'. Getting on better with Shanice but curfew is still a flashpoint.",
         ["SUB", "REL-PAR"],
         [("partial", "SUB", "Ketamine historical, but a 15yr old still drinking at parties - SUB present."),
          ("partial", "REL-PAR", "Better, but curfew conflict still present.")]),
    ]),
    # ------------------------------------------------------------------ Z017
    dict(case="Z017", loc="Brindley Cross", a="2025-11-17", c="2026-03-25", items=[
        ("A", "green",
         "Ethan (12) has cerebral palsy and uses a walker; SEN support plan, physio comes into school. Boys "
         "in Yr 8 have been filming him on the stairs and posting it on TikTok - HOY dealing.",
         ["PH", "EDU-SEND", "SAFE-EXP"], []),
        ("A", "yellow",
         "Mum Becky really low since the videos - tearful, not sleeping, GP referred her to Talking "
         "Therapies. Ethan's sister Mia (14) helps him get dressed and does his stretches every morning "
         "because Becky's back is bad.",
         ["MH-ADULT", "CARER", "PH"], []),
        ("C", "yellow",
         "Mia goes to Step Up young carers every other week. Becky finished 6 sessions of CBT and feels "
         "'loads better'. The videos were taken down.",
         ["CARER"],
         [("historical", "MH-ADULT", "Therapy finished, feels better - over."),
          ("historical", "SAFE-EXP", "Videos taken down - over.")]),
    ]),
    # ------------------------------------------------------------------ Z018
    dict(case="Z018", loc="Eastwold", a="2025-11-05", c="2026-02-09", items=[
        ("A", "yellow",
         "Jordan (15) referred after a teacher heard him talking about 'going OT'. YW has met him twice - "
         "Jordan says it's from a drill track and there's nothing to suggest he has been going out of area; "
         "mum says he's in every night. No unexplained cash, phones or clothes. Risk that he could get "
         "pulled in if he keeps hanging about outside the chicken shop on Dale Rd with the older lot, so YW "
         "will keep in touch.",
         [],
         [("negated", "SAFE-EXP", "No sign of travelling, cash or phones - negated."),
          ("hypothetical", "SAFE-EXP", "'Risk that he could get pulled in if ...' - conditional, not coded; generic youth-work contact is not an exploitation service.")]),
        ("A", "green",
         "Jordan is dyslexic - extra time and a reader in exams, SENCo reviewed his plan in Oct. Attendance 97%.",
         ["EDU-SEND"],
         [("not-coded", "EDU-ATT", "Good attendance, no need stated.")]),
        ("C", "blue",
         "N/A - Jordan playing Friday football at the youth centre, nothing further re exploitation.",
         [],
         [("negated", "SAFE-EXP", "'Nothing further re exploitation' - negated.")]),
    ]),
    # ------------------------------------------------------------------ Z019
    dict(case="Z019", loc="Canal Quarter", a="2026-01-21", c="2026-05-06", items=[
        ("A", "red",
         "ICPC 20/1: Leah (13) has been selling pictures of herself through an app to men for money and "
         "vapes, set up by a 17yr old girl she met at the skatepark. Leah and her brother Cody (10) made "
         "subject to CP plans (sexual abuse, neglect). Cody often arrives at school hungry and in dirty uniform.",
         ["SAFE-EXP", "SAFE-NEG"],
         [("convention", "SUB", "Conv 12: vapes are not SUB."),
          ("convention", "SAFE-NEG", "Conv 10: a hungry child is SAFE-NEG, no FIN without food bank/vouchers.")]),
        ("A", "orange",
         "Mum (Dawn) has used heroin since her teens and is on a methadone script with Pathways, says she's "
         "not using on top. Dad not involved.",
         ["SUB"],
         [("convention", "SUB", "Conv 4: methadone script codes SUB; 'not using on top' does not negate the script.")]),
        ("C", "red",
         "Leah and Cody still on CP plans (RCPC 14/4). Leah working with the Willow CSE project and hasnt "
         "been on the app since Feb going by phone checks. Cody's presentation in school much better.",
         ["SAFE-EXP"],
         [("convention", "SAFE-EXP", "Conv 4: ongoing CSE service codes SAFE-EXP although app use stopped."),
          ("not-coded", "SAFE-NEG", "No neglect described in this box; improvement only (conv 1).")]),
    ]),
    # ------------------------------------------------------------------ Z020
    dict(case="Z020", loc="Ferris Hill", a="2026-02-02", c="2026-06-15", items=[
        ("A", "orange",
         "Ryan (14) has ADHD and is on the SEN register. 4 suspensions this year for fighting and defiance; "
         "managed move to Kingsmead Academy being set up. Police have spoken to him twice in Jan for riding "
         "an e-scooter dangerously in the precinct with older boys, and mum got an ASB warning letter.",
         ["EDU-SEND", "EDU-EXC", "CRIME"],
         [("not-coded", "SAFE-EXP", "Older boys mentioned but no exploitation described."),
          ("convention", "EDU-SEND", "ADHD with SEN register is EDU-SEND; not PH.")]),
        ("A", "yellow",
         "Mum (Kirsty) says Ryan's up gaming till 3am and his meds have worn off by the evening so he's "
         "'bouncing off the walls'. Kirsty and stepdad Paul row about how to handle him - Paul wants the "
         "PlayStation gone for good, Kirsty won't. No DV.",
         ["PH", "REL-CONF", "REL-PAR"],
         [("negated", "DA", "'No DV' - negated; parents' rows are REL-CONF (conv 8)."),
          ("convention", "PH", "Conv 9: gaming till 3am at school age = sleep problem, PH.")]),
        ("C", "blue",
         "Kirsty and Paul using a joint plan for gaming (off at 10, console in the lounge). Still disagree "
         "sometimes but talk it through away from Ryan. Managed move to Kingsmead made permanent in April, "
         "no suspensions there.",
         ["REL-CONF", "REL-PAR"],
         [("convention", "REL-CONF", "Conv 3: blue box, still disagree but managing = present."),
          ("historical", "EDU-EXC", "Managed move completed and made permanent, no suspensions - over.")]),
    ]),
    # ------------------------------------------------------------------ Z021
    dict(case="Z021", loc="Brindley Cross", a="2025-09-24", c="2026-01-26", items=[
        ("A", "green",
         "Isla (11) has settled well into Yr 7. Mum (Rachel) worried about her having Snapchat - school "
         "gave her the parents' online safety leaflet. No concerns from school.",
         [],
         [("hypothetical", "SAFE-EXP", "A parent's general worry with no incident is not a present online-safety issue."),
          ("not-coded", "MH-ADULT", "Parental worry alone is not parental mental health.")]),
        ("A", "yellow",
         "Rachel has severe anxiety and OCD and is open to the community mental health team. She checks "
         "Isla's phone several times a night and wakes her up to do it, so Isla is exhausted in the mornings. "
         "Isla's dad lives in Spain, no contact for years.",
         ["MH-ADULT", "PH", "REL-PAR"],
         [("outside", "REL-CONF", "Dad outside the household with no current dispute - not coded."),
          ("convention", "REL-PAR", "Parent waking the child nightly is parenting/routines, REL-PAR.")]),
        ("C", "green",
         "Rachel now seeing a CMHT psychologist and has stopped the night-time phone checks. Isla sleeping through.",
         ["MH-ADULT"],
         [("historical", "REL-PAR", "Night checks 'stopped' - over."),
          ("historical", "PH", "Sleeping through - over.")]),
    ]),
    # ------------------------------------------------------------------ Z022
    dict(case="Z022", loc="Eastwold", a="2025-09-17", c="2026-04-08", items=[
        ("A", "orange",
         "Marcus (16) left Yr 11 in July with no destination and is not in EET. Previously (2024) exploited "
         "via county lines into Hensford, NRM conclusive grounds. Horizon say no exploitation concerns this "
         "year. YOS order finished Nov 2024.",
         ["EDU-NEET"],
         [("historical", "SAFE-EXP", "County lines in 2024, none this year - historical."),
          ("historical", "CRIME", "YOS order finished 2024 - historical."),
          ("convention", "FIN", "Conv 11: NEET young person is EDU-NEET only.")]),
        ("A", "yellow",
         "Dad (Steve) drinking 8-10 cans a day since losing his warehouse job in the spring; he's on UC. "
         "Marcus says they argue when Steve's had a drink. No violence.",
         ["SUB", "FIN", "REL-PAR"],
         [("convention", "FIN", "Conv 5/11: adult worklessness after job loss is FIN (not the UC name alone)."),
          ("negated", "DA", "'No violence'; parent-child arguing is REL-PAR (conv 8).")]),
        ("C", "yellow",
         "Marcus started a Level 2 motor vehicle apprenticeship at a garage in March. Steve engaging with "
         "Pathways but still drinking daily.",
         ["SUB"],
         [("historical", "EDU-NEET", "Now in an apprenticeship - no longer NEET.")]),
    ]),
    # ------------------------------------------------------------------ Z023
    dict(case="Z023", loc="Canal Quarter", a="2025-11-12", c="2026-04-01", items=[
        ("A", "orange",
         "Bethany (14) groomed over about 6 months by an adult male on a gaming platform, pretending to be "
         "16, then moved to WhatsApp - sexual chat and gifts sent to the house. Dad found the messages. "
         "Police investigating, suspect identified out of area. Bethany denies ever meeting him.",
         ["SAFE-EXP"],
         [("negated", "SAFE-EXP", "'Denies ever meeting him' negates only the meeting, not the grooming."),
          ("outside", "CRIME", "Suspect is outside the household (conv 6/7) - no CRIME.")]),
        ("A", "yellow",
         "Bethany furious with her parents for 'going to the police', won't speak to them and stays in her "
         "room. Very low in mood. School counsellor has offered weekly sessions.",
         ["REL-PAR", "MH-CHILD"], []),
        ("C", "yellow",
         "Bethany sees the school counsellor weekly and her mood is lifting. Male charged in March; she may "
         "have to give evidence if it goes to trial - an ISVA would support her then.",
         ["MH-CHILD"],
         [("hypothetical", "SAFE-EXP", "Giving evidence/ISVA only 'if it goes to trial' - hypothetical."),
          ("outside", "CRIME", "The charged male is outside the household.")]),
    ]),
    # ------------------------------------------------------------------ Z024
    dict(case="Z024", loc="Ferris Hill", a="2025-11-19", c="2026-02-23", items=[
        ("A", "yellow",
         "Tom (12) cares for his mum Helen who has MS - helps her in and out of the bath, does meals, and is "
         "up in the night when she needs him. Late to school 14 times this term.",
         ["CARER", "PH", "EDU-ATT"], []),
        ("A", "green",
         "Tom's downtime is gaming online with school mates. Helen has been through the settings with him and "
         "his friends list is people he knows from school. No concerns re online safety.",
         [],
         [("negated", "SAFE-EXP", "'No concerns re online safety' - negated.")]),
        ("C", "yellow",
         "Tom going to Step Up young carers fortnightly. Adult social care now send a carer twice a day for "
         "Helen. No late marks since Christmas.",
         ["CARER", "PH"],
         [("historical", "EDU-ATT", "'No late marks since Christmas' - historical."),
          ("convention", "CARER", "The paid carer for Helen is not CARER (conv 12); Tom's young carers group is.")]),
    ]),
    # ------------------------------------------------------------------ Z025
    dict(case="Z025", loc="Brindley Cross", a="2026-01-07", c="2026-05-20", items=[
        ("A", "note:orange",
         "Call from HOY 6/1. Kayla (15) suspended 3 times since September for fighting, is at risk of permanent "
         "exclusion. Police attended one of the fights outside the gates and she got a community resolution. "
         "HOY asking if EH can pick up alongside school.",
         ["EDU-EXC", "CRIME"],
         [("convention", "", "Unboxed: highest cue is the police attendance (orange) above EH (yellow) and school (green)."),
          ("convention", "CRIME", "Conv 7: police dealing with a young person's behaviour, community resolution = CRIME.")]),
        ("A", "red",
         "Mum's partner Craig assaulted Mum (Jade) in front of Kayla and her brother Reggie (6) on 2/1; Kayla "
         "was hit when she got in between them. Police attended, Craig arrested and bailed away from the "
         "address. Strategy meeting 5/1, S47 - children remain at home with Jade.",
         ["DA"],
         [("convention", "CRIME", "Conv 7: partner's assault and arrest in the DA incident are DA only.")]),
        ("A", "yellow",
         "Reggie (6) wetting the bed most nights since the incident on 2/1.",
         ["PH"],
         [("convention", "PH", "Conv 9: bedwetting at school age is PH.")]),
        ("C", "orange",
         "Craig convicted and a restraining order is in place, no contact. Jade doing the Freedom Programme "
         "with Brindley Women's Centre.",
         ["DA"],
         [("convention", "DA", "Conv 4: Freedom Programme ongoing codes DA.")]),
    ]),
    # ------------------------------------------------------------------ Z026
    dict(case="Z026", loc="Eastwold", a="2025-12-03", c="2026-06-03", items=[
        ("A", "green",
         "Samir (13) tired in lessons - says he shares a bedroom with his brothers and they take turns on "
         "the one console till late. School nurse has seen him re sleep.",
         ["PH"],
         [("not-coded", "HOUS", "Sharing a bedroom with brothers is not stated as overcrowding in this box (conv 1)."),
          ("convention", "PH", "Conv 9: tired from late-night gaming, school nurse re sleep = PH.")]),
        ("A", "yellow",
         "8 of them (parents + 6 kids) in a 3-bed council flat - overcrowded, on the housing register for a "
         "5-bed (Band B). Dad drives a taxi nights. Family Hub housing support worker helping mum with bidding. Money: nil concerns raised.",
         ["HOUS"],
         [("convention", "FIN", "Conv 5: night shifts are not FIN; 'Money: nil concerns' negates FIN.")]),
        ("C", "green",
         "No offer yet, still 8 in the 3-bed and still bidding every week.",
         ["HOUS"], []),
    ]),
    # ------------------------------------------------------------------ Z027
    dict(case="Z027", loc="Canal Quarter", a="2026-02-11", c="2026-06-24", items=[
        ("A", "orange",
         "Lily-Mae (15) - her ex (17) has posted intimate images of her in a Telegram group after she ended "
         "it. Police investigating, images reported via Report Remove. Lily-Mae won't leave the house and has "
         "missed most of the last 3 weeks of school. GP has referred to CAMHS.",
         ["SAFE-EXP", "EDU-ATT", "MH-CHILD"],
         [("outside", "CRIME", "The ex's offence is outside the household (conv 6) - no CRIME; its effect on Lily-Mae is SAFE-EXP."),
          ("convention", "MH-CHILD", "Conv 4: awaiting CAMHS codes MH-CHILD.")]),
        ("A", "yellow",
         "Mum (Nikki) blames Lily-Mae's dad for letting the boyfriend stay over at his; they've been "
         "separated since 2019 but now shout at each other on the phone most nights. Lily-Mae says it makes "
         "her feel worse.",
         ["REL-CONF"],
         [("partial", "REL-CONF", "Separation is old but the parental conflict is current.")]),
        ("C", "orange",
         "CAMHS seeing Lily-Mae for low mood. Police NFA on the ex (evidential difficulties), images were "
         "removed. On a mornings-only timetable while she builds back up.",
         ["MH-CHILD", "EDU-ATT"],
         [("historical", "SAFE-EXP", "Images removed, police NFA - harm described as over."),
          ("convention", "EDU-ATT", "Part-time (mornings-only) timetable is EDU-ATT.")]),
    ]),
    # ------------------------------------------------------------------ Z028
    dict(case="Z028", loc="Ferris Hill", a="2025-10-29", c="2026-02-25", items=[
        ("A", "green",
         "Dylan (14) lives with his nan Pat, his kinship carer on an SGO since 2020. Pat (71) says she "
         "doesn't understand the Xbox. She has found disposable vapes in his room. School say Dylan is "
         "polite and attendance is fine.",
         [],
         [("convention", "SUB", "Conv 12: vaping is not SUB."),
          ("convention", "CARER", "Conv 12: 'kinship carer' is not CARER."),
          ("not-coded", "EDU-ATT", "Attendance fine - good news.")]),
        ("A", "yellow",
         "Dylan has been chatting on Xbox Live to a man who says he's 24, who sends him game credit and has "
         "asked him to 'do him a favour' picking up a parcel. Dylan hasn't gone. EHW doing exploitation "
         "awareness sessions; Pat to be linked to the kinship carers' support group.",
         ["SAFE-EXP"],
         [("negated", "SAFE-EXP", "'Hasn't gone' negates only the errand; the grooming contact is present.")]),
        ("C", "yellow",
         "The man's account was reported and blocked, and Dylan says there's been no contact on any other "
         "app. Pat goes to the kinship carers' group monthly.",
         [],
         [("historical", "SAFE-EXP", "Account blocked, no further contact - over."),
          ("convention", "CARER", "Kinship carers' group is support for Pat, not a young carer (conv 12).")]),
    ]),
    # ------------------------------------------------------------------ Z029
    dict(case="Z029", loc="Brindley Cross", a="2026-02-04", c="2026-06-10", items=[
        ("A", "orange",
         "Evie (13) has lost 6kg since the summer. An older girl she met in TikTok comments has been sending "
         "her 'tips' on skipping meals and told her to hide it from her parents. GP weighed her - BMI low - "
         "and made an urgent referral to CAMHS eating disorders. Some scratching to her arms.",
         ["PH", "MH-CHILD", "SAFE-EXP"],
         [("convention", "SAFE-EXP", "An unknown older person online coaching secrecy and harm = online safety/grooming, SAFE-EXP.")]),
        ("A", "green",
         "Mum (Laura) and dad (Gareth) very involved and come to every appt. Laura says she's 'terrified'.",
         [],
         [("not-coded", "MH-ADULT", "Parental fear/worry alone is not parental mental health.")]),
        ("C", "orange",
         "CAMHS ED team seeing Evie weekly; weight stable but still under target. The older girl's account "
         "was blocked and reported.",
         ["MH-CHILD", "PH"],
         [("historical", "SAFE-EXP", "Account blocked - over.")]),
    ]),
    # ------------------------------------------------------------------ Z030
    dict(case="Z030", loc="Eastwold", a="2025-11-26", c="2026-04-22", items=[
        ("A", "orange",
         "Noah (11, Yr 7). Older brother Jamal (17) lives at home and is on a YOS order for possession with "
         "intent to supply; police have raided the flat twice looking for him. Noah says older lads 'know who "
         "he is'. Concern Noah could be groomed to run if Jamal's contacts start approaching him - no sign of "
         "that so far.",
         ["CRIME"],
         [("convention", "CRIME", "Conv 7: Jamal is a household member on a YOS order - CRIME."),
          ("hypothetical", "SAFE-EXP", "'Could be groomed ... if ... - no sign of that so far' - hypothetical and negated; Jamal is not described as exploited.")]),
        ("A", "yellow",
         "Mum Marcia works as a carer in a nursing home; her hours were cut in Oct and she's now £480 behind "
         "on rent. Noah's been very anxious since the raids and can't get off to sleep till the early hours.",
         ["FIN", "MH-CHILD", "PH"],
         [("convention", "CARER", "Conv 12: mum's job as a care worker is not CARER."),
          ("convention", "PH", "Conv 9: sleep problem at school age is PH, besides MH-CHILD for the anxiety.")]),
        ("C", "yellow",
         "Jamal moved into supported accommodation in Jan. Noah much more settled. Rent arrears cleared.",
         [],
         [("historical", "FIN", "Arrears cleared - historical."),
          ("not-coded", "CRIME", "Jamal has left the household; no offending described.")]),
    ]),
    # ------------------------------------------------------------------ Z031
    dict(case="Z031", loc="Ferris Hill", a="2026-03-02", c="2026-06-29", items=[
        ("A", "orange",
         "Harry (15) was sextorted on Instagram last weekend - sent a pic to a 'girl' who then demanded £500. "
         "He paid £80 from his savings then told his older brother. Police and CEOP informed. Harry told the "
         "DSL he had thought about ending his life; CAMHS crisis team saw him same day.",
         ["SAFE-EXP", "MH-CHILD"],
         [("not-coded", "FIN", "Loss of a child's savings to an offender is not a household money problem."),
          ("convention", "CRIME", "Police acting to safeguard a victim is not CRIME.")]),
        ("A", "yellow",
         "Harry lives with dad (Gavin); mum (Louise) lives nearby and the separation is amicable. Gavin off "
         "work with depression since the spring, on ESA. DA: nil.",
         ["MH-ADULT"],
         [("convention", "FIN", "Conv 5: ESA alone is not FIN."),
          ("negated", "DA", "'DA: nil' - negated."),
          ("negated", "REL-CONF", "Amicable separation - no conflict described.")]),
        ("C", "green",
         "GP reviewing Harry's low mood monthly. He told the DSL he has no thoughts of ending his life now.",
         ["MH-CHILD"],
         [("negated", "MH-CHILD", "Suicidal thoughts negated, but low mood under GP review is present.")]),
    ]),
]


def rows():
    narr, gold, traps = [], [], {}
    for c in CASES:
        case = c["case"]
        for stage, box, text, codes, tr in c["items"]:
            st = "assessment" if stage == "A" else "closure"
            date = c["a"] if stage == "A" else c["c"]
            tid = f"{case}-{stage}"
            if box.startswith("note:"):
                level = ""
                glevel = box.split(":", 1)[1]
                nid = f"{tid}-note"
            else:
                level = box
                glevel = box
                nid = f"{tid}-{box}"
            narr.append([nid, tid, case, st, date, level, c["loc"], text])
            seen = set()
            for code in codes:
                assert code not in seen, (nid, code)
                seen.add(code)
                gold.append([nid, code, glevel])
            if tr:
                traps[nid] = [{"type": t, "code": k, "note": n} for t, k, n in tr]
    return narr, gold, traps


def write_csv(path, header, data):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(data)


def main():
    narr, gold, traps = rows()
    ids = [n[0] for n in narr]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    write_csv(os.path.join(HERE, "narratives.csv"),
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"], narr)
    write_csv(os.path.join(HERE, "gold.csv"), ["narrative_id", "code", "level"], gold)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, indent=1, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")

    print(f"cases: {len(CASES)}")
    print(f"triages: {len({n[1] for n in narr})}")
    print(f"narratives: {len(narr)} (boxed {sum(1 for n in narr if n[5])}, notes {sum(1 for n in narr if not n[5])})")
    print(f"narratives with no gold rows: {len(set(ids) - {g[0] for g in gold})}")
    print(f"gold rows: {len(gold)}")
    print("by code: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(g[1] for g in gold).items())))
    print("by level: " + ", ".join(f"{k} {v}" for k, v in Counter(g[2] for g in gold).most_common()))
    print(f"narratives with trap notes: {len(traps)}")


if __name__ == "__main__":
    main()
