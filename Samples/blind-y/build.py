#!/usr/bin/env python3
"""Blind gold set Y: school-based early help / DSL triage narratives.

Every narrative, its gold codes and its trap notes are written here by hand.
Running this file writes narratives.csv, gold.csv and traps.json (UTF-8, no BOM,
CRLF line endings) next to it.

Gold codes are the `present` issues only, coded by /work/shared/taxonomy.md.
A boxed narrative's codes take the box level; an unboxed note's codes all take
the one level given in `level` (the highest level cue in its text, convention 2).
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def T(kind, code, cue, note):
    """A trap: kind is negated / historical / hypothetical / outside-household /
    look-alike / need-met; code is the code a keyword coder might wrongly add
    (or the code the trap is about); cue is the wording in the narrative."""
    return {"type": kind, "code": code, "cue": cue, "note": note}


# Each box: (level, narrative text, gold codes, traps)
CASES = [
    # ------------------------------------------------------------------ Y001
    dict(case="Y001", loc="Hollinbrook", triages=[
        dict(stage="assessment", date="2025-10-20", boxes=[
            ("green",
             "Jamie (Y8). Autumn 1: 88.4%, 5 x lates (all before the register closes). "
             "Dad popped in after drop-off and said 'he's on that Xbox every minute he's home and "
             "I can't get him off it, he just laughs at me'. HoY has put Jamie on an attendance report for "
             "4 weeks and Dad's happy with that. Nothing on the behaviour system this half term - "
             "polite in lessons, no isolations.",
             ["EDU-ATT", "REL-PAR"],
             [T("negated", "EDU-EXC", "Nothing on the behaviour system ... no isolations",
                "behaviour at school explicitly clear")]),
            ("yellow",
             "Dad (Craig) has had the kids full time since Mum moved to Doncaster with her new "
             "partner 2 yrs ago. Contact every other weekend, all amicable - 'we get on better now "
             "than when we were together'. He says 'I'm doing my best but I'm on my own with it' re "
             "Jamie's screen time and the back-chat. Referred to the Family Hub dads' group (Tues "
             "eves) for some parenting support.",
             ["REL-PAR"],
             [T("negated", "REL-CONF", "all amicable",
                "long-settled separation with amicable contact; no conflict or dispute described"),
              T("outside-household", "REL-CONF", "Mum moved to Doncaster",
                "Mum lives elsewhere; her new relationship is not the family's issue")]),
        ]),
        dict(stage="closure", date="2026-02-27", boxes=[
            ("blue",
             "Dad says things are much calmer. The Xbox controller goes in Dad's room at 10pm on "
             "school nights and Jamie 'moans but hands it over'. Still goes to the dads' group when "
             "his shifts allow.",
             ["REL-PAR"],
             [T("look-alike", "FIN", "when his shifts allow",
                "working shifts is not FIN (convention 5)")]),
        ]),
    ]),
    # ------------------------------------------------------------------ Y002
    dict(case="Y002", loc="Cawley Green", triages=[
        dict(stage="assessment", date="2025-11-12", boxes=[
            ("green",
             "Ellie-May (Y6). Attendance 97.2%, no lates. Teacher noticed she's been yawning "
             "through lessons and homework isn't getting done. She told her TA 'I have to do Mum's "
             "tablets and Alfie's bottle before school cos Lee goes to work at 6'. Mum (Kayleigh) "
             "has MS and is using a wheelchair indoors now. Alfie (2) had his 2yr HV check in Sept, "
             "all fine, and starts nursery in Jan.",
             ["CARER", "PH"],
             [T("negated", "EDU-ATT", "Attendance 97.2%, no lates", "good attendance, no need"),
              T("negated", "EYD", "2yr HV check in Sept, all fine",
                "routine check with no concern; nursery start is not a stated need")]),
            ("yellow",
             "Stepdad Lee is the main carer for the kids day to day and works early shifts at the "
             "depot, so mornings are the pinch point. Lee: 'she's a little star but she shouldn't "
             "be doing all this, she's ten'. Referred Ellie-May to Compass Young Carers for an "
             "assessment and their Thursday group. Lee gets Carer's Allowance for Mum and says "
             "money is fine, no debts.",
             ["CARER"],
             [T("look-alike", "CARER", "Stepdad Lee is the main carer",
                "an adult carer is not CARER; CARER is coded here only for Ellie-May's caring"),
              T("negated", "FIN", "Carer's Allowance ... money is fine, no debts",
                "benefit name with no money problem (convention 5)"),
              T("look-alike", "FIN", "works early shifts", "shift work is not FIN")]),
        ]),
        dict(stage="closure", date="2026-04-01", boxes=[
            ("blue",
             "Ellie-May still goes to Compass on Thursdays and 'loves it'. Lee has swapped onto "
             "lates so he does Mum's tablets himself now - the MS nurse set up a dosette box. "
             "Ellie-May: 'I just do Alfie's breakfast now and that's it.'",
             ["CARER", "PH"],
             []),
        ]),
    ]),
    # ------------------------------------------------------------------ Y003
    dict(case="Y003", loc="Eastfold", triages=[
        dict(stage="assessment", date="2026-02-13", boxes=[
            ("yellow",
             "Zofia (Y10). Spring 1: 61.3%. Gets as far as the gate and turns round. Zofia: 'my "
             "chest goes tight and I feel like everyone's staring at me'. Started with the school "
             "MHST (6 sessions, CBT based) and on a reduced timetable 10-1 from 3/2, reviewed "
             "fortnightly.",
             ["EDU-ATT", "MH-CHILD"],
             [T("look-alike", "PH", "my chest goes tight",
                "anxiety symptom described by the child, not a physical illness")]),
            ("orange",
             "GP referred Zofia to CAMHS after she told Dad she'd been cutting her arms - seen for "
             "a risk assessment 10/2. Dad (Tomasz) is 'terrified' and sleeping on her bedroom "
             "floor. TAF 12/2 with school, MHST, GP and Dad. Older brother Kacper (17) dropped out "
             "of college in Nov and is at home all day; Dad: 'he's no help, he's on his phone all "
             "day'.",
             ["MH-CHILD", "EDU-NEET"],
             [T("look-alike", "MH-ADULT", "Dad is 'terrified'",
                "a parent's understandable fear, not a parental mental health need")]),
        ]),
        dict(stage="closure", date="2026-06-19", boxes=[
            ("yellow",
             "Zofia back on a full timetable since Easter, Summer 1: 89.0%. Still seeing the CAMHS "
             "practitioner fortnightly and says 'I'm using my breathing stuff'. Kacper started a "
             "roofing apprenticeship in May.",
             ["EDU-ATT", "MH-CHILD"],
             [T("need-met", "EDU-NEET", "Kacper started a roofing apprenticeship",
                "no longer NEET")]),
        ]),
    ]),
    # ------------------------------------------------------------------ Y004
    dict(case="Y004", loc="Saltmarsh", triages=[
        dict(stage="assessment", date="2025-11-05", boxes=[
            ("yellow",
             "Kai (Y2) and Lacey (Rec, 4). Both in the same uniform all week, Kai told his teacher "
             "'we didn't have no tea cos Dad was asleep on the settee'. Lacey having toileting "
             "accidents most days, still in pull-ups at home. Kai 84.9%, Lacey 82.0% - odd days "
             "here and there, Dad says 'they had a bug'. Family Hub EHW allocated end of Sept.",
             ["SAFE-NEG", "EYD", "EDU-ATT"],
             [T("look-alike", "PH", "toileting accidents ... pull-ups",
                "toileting for an under-5 is EYD, not PH (convention 9)"),
              T("look-alike", "PH", "'they had a bug'", "Dad's excuse for absence, not a health need")]),
            ("red",
             "Strategy meeting 14/10 after Kai came in with a bruise on his cheek and said 'Dad fell "
             "on me when he was drunk'. S47 followed. Dad (Darren) admits he's 'been drinking a lot "
             "more since me mam died' and agreed a referral to Pathway Recovery. DSL at ICPC 3/11 - "
             "both children now on CP plans, category neglect.",
             ["SUB", "SAFE-NEG"],
             [T("historical", "MH-ADULT", "since me mam died",
                "bereavement mentioned as background, no mental health need stated")]),
        ]),
        dict(stage="closure", date="2026-05-08", boxes=[
            ("orange",
             "Stepped down from CP to CIN in March and to early help 6/5. Dad still engaging with "
             "Pathway Recovery - 'fourteen weeks dry' - and his tests have come back clear. No "
             "neglect concerns at the last three home visits, food in the cupboards, kids clean and "
             "in clean uniform.",
             ["SUB"],
             [T("negated", "SAFE-NEG", "No neglect concerns at the last three home visits",
                "neglect explicitly not current"),
              T("historical", "SAFE-NEG", "Stepped down from CP", "CP plan has ended")]),
            ("blue",
             "Dad goes to an AA meeting at St Luke's every Wednesday with his brother. Lacey (still "
             "only 4, summer birthday) is dry in the day now, just a pull-up at night and Dad's "
             "doing the sticker chart.",
             ["SUB", "EYD"],
             [T("look-alike", "PH", "pull-up at night",
                "night-time toileting of an under-5 is EYD, not school-age bedwetting (PH)")]),
        ]),
    ]),
    # ------------------------------------------------------------------ Y005
    dict(case="Y005", loc="Eastfold", triages=[
        dict(stage="assessment", date="2025-11-18", boxes=[
            ("green",
             "Tyler (Y9). Autumn 1: 3 x internal isolation, 1 x 2-day suspension (fighting on the "
             "field), 17 behaviour points. HoY has him on report and he sees the pastoral lead "
             "weekly. Stepdad Ryan: 'he's a good lad at home, it's just school where he kicks off'. "
             "Attendance fine.",
             ["EDU-EXC"],
             [T("negated", "REL-PAR", "he's a good lad at home", "no behaviour concern at home"),
              T("negated", "EDU-ATT", "Attendance fine", "attendance not a concern")]),
            ("yellow",
             "Referred Tyler to the Hub youth worker for 1:1 on managing his temper in school and "
             "the fighting. Mum (Gemma) works nights as a carer at Oakfield care home so Ryan does "
             "most of the school stuff. Tyler's birth dad was violent to Mum when Tyler was small - "
             "no contact since 2017 and Mum says 'that's all done with'.",
             ["EDU-EXC"],
             [T("look-alike", "CARER", "works nights as a carer", "Mum's paid job, not a young carer"),
              T("historical", "DA", "birth dad was violent ... no contact since 2017",
                "past DA by an ex-partner, ended"),
              T("look-alike", "FIN", "works nights", "night work is not FIN")]),
        ]),
        dict(stage="closure", date="2026-04-17", boxes=[
            ("yellow",
             "One more suspension in Jan (1 day, swearing at a TA) but nothing since. Youth worker "
             "carrying on with him till Easter. Tyler: 'I just walk off now when someone winds me "
             "up.'",
             ["EDU-EXC"],
             [T("historical", "EDU-EXC", "One more suspension in Jan ... nothing since",
                "the suspension itself is over, but the ongoing youth-worker work on his school "
                "behaviour keeps EDU-EXC present in this yellow box")]),
        ]),
    ]),
    # ------------------------------------------------------------------ Y006
    dict(case="Y006", loc="Hollinbrook", triages=[
        dict(stage="assessment", date="2025-09-24", boxes=[
            ("green",
             "Yusuf (Rec, 4). Very limited speech - mostly single words, WellComm baseline in the "
             "red. School has referred to SALT (9/9). Little sister Hana (2) isn't using her "
             "2-year-old funded place - Dad didn't know she was eligible.",
             ["EYD"],
             [T("look-alike", "EDU-SEND", "Very limited speech ... SALT",
                "speech delay in an under-5 is EYD, not EDU-SEND (convention 9)")]),
            ("yellow",
             "Dad (Mohammed) lost his warehouse job in Aug and his UC claim still hasn't paid - "
             "'five weeks with nothing, I've had to borrow off my brother'. Food bank voucher given "
             "today and referred to Citizens Advice re the UC delay. Dad keen for the Hub's "
             "'Chatterbox' group for Yusuf's talking.",
             ["FIN", "EYD"],
             []),
        ]),
        dict(stage="closure", date="2026-02-06", boxes=[
            ("green",
             "Yusuf seeing SALT in school every half term; Dad: 'he never stops talking now!'. Hana "
             "started at Little Acorns in Jan on her 2yr funding.",
             ["EYD"],
             []),
            ("blue",
             "UC sorted in Nov, back pay recieved. Dad doing a forklift licence course through the "
             "jobcentre and has an interview at the builders' merchants next week.",
             ["FIN"],
             [T("historical", "FIN", "UC sorted in Nov, back pay recieved",
                "the benefit problem is over; FIN is present for worklessness/employment support")]),
        ]),
    ]),
    # ------------------------------------------------------------------ Y007
    dict(case="Y007", loc="Hollinbrook", triages=[
        dict(stage="assessment", date="2025-11-03", boxes=[
            ("orange",
             "Chantelle (Y10). Missing overnight twice in Oct, found by police in Hollinbrook town "
             "centre both times. Seen getting into a car with a man in his 20s after school. Dad "
             "(Gary): 'she reckons he's 17, I don't believe a word of it'. CSE screening done - "
             "medium risk. Referred to the exploitation team, police aware.",
             ["SAFE-EXP"],
             [T("look-alike", "CRIME", "found by police",
                "police finding a missing child is safeguarding, not CRIME (convention 7)")]),
            ("yellow",
             "Chantelle's attendence Autumn 1: 85.2% - 11 sessions missed, mostly afternoons, she "
             "walks out at lunch. Stepmum Jo and Chantelle are 'at each other's throats', Jo: 'I "
             "can't say anything to her without her screaming at me'. Hub EHW to do some work with "
             "the two of them.",
             ["EDU-ATT", "REL-PAR"],
             [T("look-alike", "REL-CONF", "at each other's throats",
                "arguments between a parent figure and the child are REL-PAR, not REL-CONF")]),
        ]),
        dict(stage="closure", date="2026-03-20", boxes=[
            ("orange",
             "Still open to the exploitation team. No missing episodes since 20/11 but Chantelle "
             "is still in contact with the man on Snapchat; police have served him a child "
             "abduction warning notice. Dad fitted a location app on her phone with her agreement.",
             ["SAFE-EXP"],
             [T("outside-household", "CRIME", "police have served him a child abduction warning notice",
                "action against an adult outside the household"),
              T("historical", "SAFE-EXP", "No missing episodes since 20/11",
                "missing episodes over, but ongoing contact keeps SAFE-EXP present")]),
            ("green",
             "Daily check-in with her tutor for attendance, Spring 1: 93.0%, not walked out at lunch "
             "since Christmas. Jo and Chantelle still have the odd row but Dad says they're 'finding "
             "their feet' - they've got Saturday jobs at the same nail bar(!).",
             ["EDU-ATT", "REL-PAR"],
             [T("look-alike", "FIN", "Saturday jobs", "a teenager's Saturday job is not FIN")]),
        ]),
    ]),
    # ------------------------------------------------------------------ Y008
    dict(case="Y008", loc="Saltmarsh", triages=[
        dict(stage="assessment", date="2025-12-04", boxes=[
            ("green",
             "Kayden (Y4) has missed 9 days this term with his asthma, two trips to A&E in Nov. "
             "School nurse updating his care plan and we keep a spare inhaler in the office. Dad "
             "(Jermaine): 'it's the mould, the back bedroom is black with it'.",
             ["PH", "EDU-ATT", "HOUS"],
             [T("look-alike", "CARER", "care plan", "a health care plan is not a young carer")]),
            ("orange",
             "Landlord served a Section 21 on 2/12, two weeks after Dad complained about the damp. "
             "Family of five in a 2-bed flat over the chip shop - twins (3) sleep in with Mum and "
             "Dad. Behind on the electric by about £400. Referred to Housing Options; Hub worker "
             "helping with the homeless application.",
             ["HOUS", "FIN"],
             []),
        ]),
        dict(stage="closure", date="2026-05-15", boxes=[
            ("yellow",
             "Family moved into temporary accommodation (2-bed house, Saltmarsh) in March, waiting "
             "on a council offer. Electric arrears on a £15/wk repayment plan through the meter.",
             ["HOUS", "FIN"],
             []),
            ("green",
             "Kayden still on his brown inhaler morning and night but no A&E since Jan - Dad: 'his "
             "chest is loads better since we moved'. Twins both at Little Acorns now.",
             ["PH"],
             [T("negated", "EYD", "Twins both at Little Acorns now",
                "good news with no early-years need stated in this narrative"),
              T("historical", "HOUS", "since we moved", "the move is mentioned only as past context")]),
        ]),
    ]),
    # ------------------------------------------------------------------ Y009
    dict(case="Y009", loc="Cawley Green", triages=[
        dict(stage="assessment", date="2025-10-08", boxes=[
            ("green",
             "Leo (Y5) on SEN support, IEP targets around focus and staying in his seat. SENCO has "
             "referred to the community paeds ADHD pathway - wait is about 18 months. 2 x red cards "
             "this half term under the behaviour policy (throwing chairs in the classroom).",
             ["EDU-SEND", "EDU-EXC"],
             []),
            ("yellow",
             "Dad (Paul) says Leo hits and kicks his stepmum Nicola when he's told no - last week he "
             "threw the remote at her and 'her shins are black and blue'. Nicola: 'I walk on "
             "eggshells with him'. Dad and Nicola admit they're rowing a lot about how to handle "
             "him. Referred to the Hub's Non-Violent Resistance course for both of them.",
             ["REL-PAR", "REL-CONF"],
             [T("look-alike", "DA", "hits and kicks his stepmum ... black and blue",
                "child-to-parent violence is REL-PAR, not DA (convention 8)"),
              T("look-alike", "DA", "Non-Violent Resistance course", "a parenting course, not a DA service")]),
        ]),
        dict(stage="closure", date="2026-06-26", boxes=[
            ("yellow",
             "Dad and Nicola finished NVR in May. Leo still lashes out 'maybe once a fortnight' "
             "instead of every day. Still waiting on the ADHD pathway.",
             ["REL-PAR", "EDU-SEND"],
             []),
            ("green",
             "No red cards since February. Leo has a movement break card and a wobble cushion as "
             "part of his SEN support plan and it's working.",
             ["EDU-SEND"],
             [T("historical", "EDU-EXC", "No red cards since February", "behaviour sanctions over")]),
        ]),
    ]),
    # ------------------------------------------------------------------ Y010
    dict(case="Y010", loc="Eastfold", triages=[
        dict(stage="assessment", date="2025-10-15", boxes=[
            ("yellow",
             "Callum (16) left us in July, enrolled at Saltmarsh College but stopped going after 3 "
             "weeks. Dad says he's 'in his room all day'. Our careers adviser (Mrs Day) is still "
             "seeing him through the post-16 tracking.",
             ["EDU-NEET"],
             [T("look-alike", "CARER", "careers adviser", "not a carer of any kind")]),
            ("orange",
             "Dad (Steve) told the DSL he's having 'really bad days' with his depression and twice "
             "Amber (Y8) couldn't wake him and got herself to school. GP has upped his meds and "
             "referred him to the community mental health team. Amber: 'I do the tea most nights "
             "cos Dad's too tired'.",
             ["MH-ADULT", "CARER"],
             [T("look-alike", "SUB", "upped his meds", "prescribed medication, not substance misuse")]),
            ("green",
             "Amber (Y8) Autumn 1: 97.8%, working at or above target in everything and on the G&T "
             "list for art. No behaviour points.",
             [],
             [T("negated", "EDU-ATT", "97.8%", "pure good news, no need stated"),
              T("negated", "EDU-EXC", "No behaviour points", "no behaviour concern")]),
        ]),
        dict(stage="closure", date="2026-03-13", boxes=[
            ("yellow",
             "Callum on the Hub's 12-week 'Get Set' employability course and has an interview for a "
             "bike shop apprenticeship. Amber now linked with Compass Young Carers and goes to their "
             "Monday club.",
             ["EDU-NEET", "CARER"],
             []),
            ("blue",
             "Steve says the new tablets are 'finally kicking in' and he walks the dog with his "
             "neighbour every morning.",
             ["MH-ADULT"],
             []),
        ]),
    ]),
    # ------------------------------------------------------------------ Y011
    dict(case="Y011", loc="Hollinbrook", triages=[
        dict(stage="assessment", date="2025-10-01", boxes=[
            ("green",
             "Ruby (Y3). Dad (Liam) was granted a child arrangements order in Sept and Ruby lives "
             "with him full time. Mum lives in Kingsholt and Dad says she's 'back on the heroin' - "
             "contact is supervised only. Ruby's attendance 96.3% and she's settled in class.",
             [],
             [T("outside-household", "SUB", "back on the heroin",
                "Mum lives elsewhere; her drug use is not coded (convention 6)"),
              T("historical", "REL-CONF", "granted a child arrangements order in Sept",
                "court process concluded; no current dispute described in this box"),
              T("negated", "EDU-ATT", "attendance 96.3%", "good attendance")]),
            ("yellow",
             "Ruby's started wetting the bed since the supervised contact began and told her "
             "teacher 'I worry Mummy is going to die'. ELSA weekly in school and the Hub worker is "
             "doing worry work at home. Dad and Mum row over text about contact arrangements and "
             "Ruby has seen the messages on Dad's phone.",
             ["PH", "MH-CHILD", "REL-CONF"],
             [T("look-alike", "EYD", "wetting the bed",
                "school-age bedwetting is PH, not EYD (convention 9)")]),
        ]),
        dict(stage="closure", date="2026-03-06", boxes=[
            ("green",
             "ELSA ended in Feb. Ruby: 'I still get worried sometimes but I tell my worry monster'. "
             "Dry most nights, Dad's doing a star chart with her.",
             ["MH-CHILD", "PH"],
             [T("historical", "MH-CHILD", "ELSA ended in Feb",
                "the service ended, but the child still describes worries she is managing")]),
            ("blue",
             "Contact now goes through the Cawley Green contact centre so Dad and Mum don't have to "
             "message each other. Dad says there's still 'the odd snotty text' but he doesn't rise "
             "to it.",
             ["REL-CONF"],
             []),
        ]),
    ]),
    # ------------------------------------------------------------------ Y012
    dict(case="Y012", loc="Saltmarsh", triages=[
        dict(stage="assessment", date="2026-01-09", boxes=[
            ("orange",
             "Dad (Kieran) disclosed that Mason and Isla's mum, Leanne, has been turning up at the "
             "house drunk, screaming and banging on the windows. She smashed his car windscreen on "
             "3/1, police attended and she was arrested. DASH with Dad - medium risk. Dad applying "
             "for a non-mol.",
             ["DA"],
             [T("outside-household", "SUB", "turning up at the house drunk",
                "the ex-partner's drinking is not coded; its effect is DA (convention 6)"),
              T("look-alike", "CRIME", "she was arrested",
                "an ex-partner's offence against the adult victim is DA only (convention 7)")]),
            ("yellow",
             "Mason (Y7) very anxious in class, jumps at loud noises, told his form tutor 'I hate it "
             "when Mum comes round, I hide upstairs with Isla'. Referred both children to Harbour's "
             "children's DA recovery group.",
             ["MH-CHILD", "DA"],
             []),
        ]),
        dict(stage="closure", date="2026-05-22", boxes=[
            ("orange",
             "Non-mol granted in Feb. Leanne breached it twice in March, police attended both "
             "times, and she's on bail with a condition not to come on the road. Heard at MARAC "
             "10/3.",
             ["DA"],
             [T("look-alike", "CRIME", "breached it twice ... on bail",
                "breach of a non-molestation order by the ex-partner is DA only")]),
            ("blue",
             "Dad has a video doorbell fitted through Harbour and a safety plan for the kids. Isla "
             "(Y4): 'if Mummy comes we go to Nana's next door and ring 999'.",
             ["DA"],
             []),
        ]),
    ]),
    # ------------------------------------------------------------------ Y013
    dict(case="Y013", loc="Cawley Green", triages=[
        dict(stage="assessment", date="2025-09-30", boxes=[
            ("green",
             "Poppy (Y6) diagnosed with type 1 diabetes in Aug. Diabetes nurse trained staff on her "
             "pump; she tests before lunch in the medical room. Attendance 93.5% but every absence "
             "is a hospital or clinic appt, so no attendance concern - attendance officer aware.",
             ["PH"],
             [T("negated", "EDU-ATT", "no attendance concern - attendance officer aware",
                "below-95% figure explained; attendance officer named only in passing")]),
            ("blue",
             "Stepdad Dean does the night-time checks and has joined a Facebook group for parents of "
             "T1 kids. Mum (Kerry) works in the school kitchen at St Aidan's. Dean: 'we're getting "
             "there, honestly'.",
             ["PH"],
             []),
        ]),
        dict(stage="closure", date="2026-01-23", boxes=[
            ("blue",
             "Poppy doing her own bolus at lunch now with a TA checking. Dean: 'she's better at it "
             "than me'. Transition to Brindle Heath sorted - diabetes nurse doing the handover in "
             "July.",
             ["PH"],
             []),
        ]),
    ]),
    # ------------------------------------------------------------------ Y014
    dict(case="Y014", loc="Eastfold", triages=[
        dict(stage="assessment", date="2026-01-21", boxes=[
            ("yellow",
             "Freddie (Y1) keeps asking dinner staff for seconds and took a yoghurt out of another "
             "child's lunchbox. Oscar (Y4): 'there's nothing in the fridge except ketchup'. Dad "
             "(Andy) admitted he's 'got in a hole' with online betting, around £3k on credit cards. "
             "Food bank voucher given today; referred to Citizens Advice debt team and a gambling "
             "support service.",
             ["SAFE-NEG", "FIN"],
             [T("look-alike", "SUB", "online betting", "gambling is FIN, not SUB (convention 10)")]),
            ("green",
             "Both boys eligible for FSM and Dad has now applied (office helped him with the form). "
             "Oscar 98.4%, Freddie 98.9%, no lates. If things get tight again the office can do a "
             "uniform voucher.",
             [],
             [T("look-alike", "FIN", "eligible for FSM",
                "free school meals eligibility alone, no money problem in this box"),
              T("negated", "EDU-ATT", "98.4% ... 98.9%, no lates", "good attendance"),
              T("hypothetical", "FIN", "If things get tight again", "contingency, no current need in this box")]),
        ]),
        dict(stage="closure", date="2026-06-12", boxes=[
            ("yellow",
             "Dad still seeing the CA debt adviser, debt relief order application in. He's blocked "
             "the betting apps on his phone and bank card. No more food taken at school and the boys "
             "say 'Dad does pasta bake'.",
             ["FIN"],
             [T("historical", "SAFE-NEG", "No more food taken at school", "hunger no longer described")]),
            ("blue",
             "Dad has a budget planner from the debt adviser on the fridge and 'sticks to it "
             "religiously'. Goes to Gamblers Anonymous in Kingsholt every other week.",
             ["FIN"],
             [T("look-alike", "SUB", "Gamblers Anonymous", "gambling support is not SUB")]),
        ]),
    ]),
    # ------------------------------------------------------------------ Y015
    dict(case="Y015", loc="Saltmarsh", triages=[
        dict(stage="assessment", date="2026-01-27", boxes=[
            ("orange",
             "Reece (Y10) stopped by police in Saltmarsh 20/1 with 6 wraps of cocaine, two cannabis "
             "joints and £300 cash in his bag. Reece: 'I owe them, I can't just stop'. He's been "
             "going 'OT' to Eastfold with older lads. NRM referral made; exploitation team and YOS "
             "now involved.",
             ["SAFE-EXP", "CRIME"],
             [T("look-alike", "SUB", "cocaine, two cannabis joints",
                "drugs found on an exploited child are SAFE-EXP and CRIME, not SUB (convention 12)")]),
            ("yellow",
             "Spring 1: 71.4%, 14 x lates. 2 x suspensions this year (vaping in the toilets, then "
             "threatening a Y8). Now on a part-time timetable while a managed move to Cawley "
             "Community School is explored. Stepdad Marcus: 'I'd rather he was in school than on "
             "the streets'.",
             ["EDU-ATT", "EDU-EXC"],
             [T("look-alike", "SUB", "vaping in the toilets", "vaping is not SUB (convention 12)")]),
            ("red",
             "Strategy meeting 22/1 after a brick came through Mum's front window with a note saying "
             "Reece 'owes'. S47 - Reece now on a child in need plan, SW allocated.",
             ["SAFE-EXP"],
             [T("outside-household", "CRIME", "a brick came through Mum's front window",
                "offence by people outside the household; its effect is SAFE-EXP")]),
        ]),
        dict(stage="closure", date="2026-07-10", boxes=[
            ("orange",
             "Reece completed his referral order with YOS in June, no further arrests. Police intel "
             "says he's still seen with the older lads in Saltmarsh. Started at Cawley Community "
             "School on a managed move in April - 12-week review meeting next week.",
             ["SAFE-EXP", "EDU-EXC"],
             [T("historical", "CRIME", "completed his referral order ... no further arrests",
                "youth justice involvement ended")]),
            ("green",
             "Reece at Cawley, Summer 1: 90.2%. Doing a construction taster on Fridays which he "
             "loves. Marcus drives him in every morning 'so I know he's actually there'.",
             ["EDU-ATT"],
             []),
        ]),
    ]),
    # ------------------------------------------------------------------ Y016
    dict(case="Y016", loc="Hollinbrook", triages=[
        dict(stage="assessment", date="2025-11-26", boxes=[
            ("green",
             "Ollie (Y7) has an EHCP for autism. SENCO reviewing his transition provision - he "
             "can't cope with the corridors and the canteen so leaves 5 mins early. Reasonable adjustments "
             "to the behaviour policy are written into his pupil passport. Dad (Rob) is on "
             "the parent carer forum committee and 'knows the code of practice better than we do'.",
             ["EDU-SEND"],
             [T("look-alike", "CARER", "parent carer forum", "'parent carer' is not CARER (convention 12)"),
              T("look-alike", "EDU-EXC", "adjustments to the behaviour policy",
                "routine SEND adjustment; no behaviour incident or sanction described")]),
            ("yellow",
             "Ollie has refused 6 times since Oct half term, Autumn 2: 81.0%. Dad: 'he melts down "
             "in the car park and I can't physically get him out, he's bigger than me now'. Mum "
             "works offshore 2 weeks on 2 off. Hub worker starting joint work with Dad and the "
             "SENCO. Younger sister Grace (Y3, Marsh Lane) is doing fine.",
             ["EDU-ATT", "EDU-SEND"],
             [T("look-alike", "REL-CONF", "Mum works offshore", "a work pattern, not a separation"),
              T("look-alike", "REL-PAR", "he melts down in the car park",
                "autism-related distress at the school gate, coded EDU-ATT/EDU-SEND; no parenting "
                "or home-behaviour need described"),
              T("negated", "EDU-ATT", "Grace ... is doing fine", "sibling at another school with no need")]),
        ]),
        dict(stage="closure", date="2026-04-24", boxes=[
            ("yellow",
             "Ollie on a personalised timetable, in at 9:15 through the side gate. Spring 2: 90.6%. "
             "Annual review brought forward and EHCP amended to add a named key adult.",
             ["EDU-ATT", "EDU-SEND"],
             []),
        ]),
    ]),
    # ------------------------------------------------------------------ Y017
    dict(case="Y017", loc="Saltmarsh", triages=[
        dict(stage="assessment", date="2025-10-09", boxes=[
            ("orange",
             "Bella (Y2) has had head lice for weeks and her clothes smell of smoke and wee. 4 "
             "decayed teeth, 2 missed dental appts. Archie (3, our nursery class) - 52% attendance, "
             "hardly speaks and still in nappies. Hub worker home visit: dog mess on the floor, no "
             "bedding on the kids' beds.",
             ["SAFE-NEG", "PH", "EYD"],
             [T("look-alike", "EDU-ATT", "Archie (3, our nursery class) - 52% attendance",
                "nursery take-up for a 3-year-old is EYD (convention 9)"),
              T("look-alike", "SUB", "smell of smoke", "tobacco smoke is not SUB")]),
            ("red",
             "Referred to CSC 15/9, s47, ICPC 6/10 - all three children (incl. baby Tilly) on CP "
             "plans, neglect. Stepdad Jordan: 'we're not dirty people, it's just slipped since the "
             "baby'. Mum (Chelsea) says she's 'in a really dark place' and is waiting for the "
             "perinatal mental health team.",
             ["SAFE-NEG", "MH-ADULT"],
             []),
        ]),
        dict(stage="closure", date="2026-01-30", boxes=[
            ("red",
             "Review CP conference 12/1 - plans continue. Home conditions better but not "
             "sustained, dog mess again at the unannounced visit. Mum now seen by the perinatal "
             "team fortnightly.",
             ["SAFE-NEG", "MH-ADULT"],
             []),
            ("green",
             "Bella's teeth were done under GA in Dec, routine recall in 6 months. Archie in nursery "
             "5 mornings, SALT working with him in setting, dry in the day.",
             ["EYD"],
             [T("historical", "PH", "teeth were done under GA in Dec, routine recall",
                "dental treatment completed; a routine recall is not a need")]),
        ]),
    ]),
    # ------------------------------------------------------------------ Y018
    dict(case="Y018", loc="Cawley Green", triages=[
        dict(stage="assessment", date="2025-10-22", boxes=[
            ("green",
             "Priya (Y7). Some girls in her form have been sending nasty messages on a group chat "
             "and calling her 'orphan'. Priya: 'they screenshot my pictures and laugh at them'. "
             "Pastoral dealing with it under the anti-bullying policy, other parents contacted. "
             "Priya's mum died in 2023; Dad (Sanjay) says the hospice bereavement support finished "
             "last year and 'she's been doing really well with it'.",
             ["SAFE-EXP"],
             [T("historical", "MH-CHILD", "bereavement support finished last year",
                "grief support ended, child described as coping well"),
              T("outside-household", "EDU-EXC", "Some girls in her form",
                "the bullies' behaviour is not coded; the bullying of Priya is SAFE-EXP")]),
            ("blue",
             "Dad has put parental controls on her phone and they've agreed phones downstairs at "
             "9pm. Dad: 'I'd rather she talked to me than bottled it up'. Gave him the e-safety "
             "leaflet and Childline info.",
             ["SAFE-EXP"],
             []),
        ]),
        dict(stage="closure", date="2026-01-16", boxes=[
            ("green",
             "No further incidents since the restorative meeting in Nov. Priya has joined the "
             "lunchtime coding club and sits with a new group of friends. If anything starts up "
             "again she knows to go straight to Miss Hart in pastoral.",
             [],
             [T("historical", "SAFE-EXP", "No further incidents since the restorative meeting",
                "bullying over"),
              T("hypothetical", "SAFE-EXP", "If anything starts up again", "contingency only")]),
        ]),
    ]),
    # ------------------------------------------------------------------ Y019
    dict(case="Y019", loc="Eastfold", triages=[
        dict(stage="assessment", date="2025-11-05", boxes=[
            ("green",
             "Jade (Y9) and Harvey (Y5, at Kestrel Park) live with their maternal grandparents on an "
             "SGO since 2021. Grandad Frank: 'I'm a kinship carer, not a spring chicken'. Jade's "
             "Autumn 1: 90.1% and lates creeping up (7 this half term). Harvey was assessed for "
             "dyslexia last year - no SEN identified.",
             ["EDU-ATT"],
             [T("look-alike", "CARER", "kinship carer", "an adult kinship carer is not CARER (convention 12)"),
              T("negated", "EDU-SEND", "assessed for dyslexia last year - no SEN identified",
                "assessment concluded with no need")]),
            ("yellow",
             "Nan (Pat) has COPD and is on home oxygen; Jade does a lot of the housework and helps "
             "Nan get washed. Jade: 'Grandad can't do it all, I don't mind'. Referred to Compass "
             "Young Carers. Birth mum is in rehab in Leeds - not in the household, no contact at "
             "present.",
             ["PH", "CARER"],
             [T("outside-household", "SUB", "Birth mum is in rehab",
                "birth mother lives elsewhere; her substance use is not coded")]),
        ]),
        dict(stage="closure", date="2026-04-29", boxes=[
            ("blue",
             "Jade goes to Compass every other Wenesday and has a young carer card so staff know why "
             "she's sometimes a bit late. Nan's care package now includes a carer coming in each "
             "morning to help her wash.",
             ["CARER", "PH", "EDU-ATT"],
             [T("look-alike", "CARER", "a carer coming in each morning",
                "a paid care worker; CARER is coded for Jade's own caring only")]),
        ]),
    ]),
    # ------------------------------------------------------------------ Y020
    dict(case="Y020", loc="Cawley Green", triages=[
        dict(stage="assessment", date="2025-12-10", boxes=[
            ("yellow",
             "Ava (Y1) said in circle time 'Connor's funny cigarettes make the house smell and make "
             "him sleepy'. Staff notice a strong cannabis smell on her coat most mornings. Mum "
             "(Abbie) says her partner Connor 'only smokes in the garden' and is 'trying to cut "
             "down'. Connor has agreed to a referral to Pathway Recovery.",
             ["SUB"],
             [T("look-alike", "PH", "make him sleepy", "effect of cannabis, not a sleep problem")]),
            ("green",
             "Noah (2) - HV 2yr review, only using about 5 words. HV has referred to SALT and "
             "suggested the funded 2yr nursery place. Ava attendance 96.0%, no concerns in class. "
             "Last year the family were in a B&B for six weeks after a flood, but they've been "
             "settled in their housing association house since Jan.",
             ["EYD"],
             [T("negated", "EDU-ATT", "96.0%, no concerns in class", "good attendance, no concern"),
              T("historical", "HOUS", "Last year the family were in a B&B",
                "last year's housing problem, resolved")]),
        ]),
        dict(stage="closure", date="2026-05-06", boxes=[
            ("yellow",
             "Connor went to 3 of 6 Pathway sessions then stopped; Mum says he's 'cut right down'. "
             "No smell on Ava's clothes for a few weeks now. Mum says she and Connor are arguing "
             "constantly about it and she's told him he'll have to move out if he starts again.",
             ["SUB", "REL-CONF"],
             [T("hypothetical", "HOUS", "he'll have to move out if he starts again",
                "conditional; nobody is losing a home")]),
            ("green",
             "Noah started at Little Acorns (15 hrs) in April and the SALT has given nursery a plan "
             "to follow.",
             ["EYD"],
             []),
        ]),
    ]),
    # ------------------------------------------------------------------ Y021
    dict(case="Y021", loc="Hollinbrook", triages=[
        dict(stage="assessment", date="2025-12-02", boxes=[
            ("yellow",
             "Stepdad Stuart had his UC sanctioned for missing a jobcentre appt while he was in "
             "hospital with his back - he's still on crutches. Rent arrears now £1,250. Mum "
             "(Laura): 'we've been sitting in our coats to save on the gas'. Hub worker helping "
             "with a mandatory reconsideration and a Household Support Fund application.",
             ["FIN", "PH"],
             [T("look-alike", "HOUS", "Rent arrears now £1,250",
                "rent arrears are FIN; no notice or risk of losing the home described")]),
        ]),
        dict(stage="closure", date="2026-06-05", boxes=[
            ("yellow",
             "MR successful - sanction overturned and backdated. Arrears down to £600, paying "
             "£10/wk on top of the rent. Stuart waiting for a back operation in Aug.",
             ["FIN", "PH"],
             []),
            ("blue",
             "Laura got the Warm Home Discount sorted herself and they go to the slow-cooker club "
             "at church on Fridays. Stuart: 'we're keeping our heads above water'. Maisie and Jack "
             "both doing well, no concerns from class teachers. If the boiler packs in again "
             "Laura knows to ring the housing association's repairs line straight away.",
             ["FIN"],
             [T("negated", "EDU-ATT", "no concerns from class teachers", "children at school with no need"),
              T("hypothetical", "HOUS", "If the boiler packs in again",
                "a possible future repair, no current disrepair")]),
        ]),
    ]),
    # ------------------------------------------------------------------ Y022
    dict(case="Y022", loc="Eastfold", triages=[
        dict(stage="assessment", date="2025-06-11", boxes=[
            ("orange",
             "Lily (Y11) told her form tutor she's been making herself sick after meals 'since "
             "about Easter'. School nurse saw her the same day; GP referred to the CAMHS eating "
             "disorders team, seen urgently 5/6. Dad (Neil): 'I had no idea, she eats her tea with "
             "us every night'.",
             ["MH-CHILD"],
             []),
            ("green",
             "Lily's mocks went well, predicted 6s and 7s. Attendance 95.2%. Dad asked if she "
             "should drop a GCSE - we've said no need at the moment but we'd look at a reduced "
             "timetable if her health got worse.",
             [],
             [T("hypothetical", "EDU-ATT", "we'd look at a reduced timetable if her health got worse",
                "what school would do if; not current"),
              T("negated", "EDU-SEND", "no need at the moment", "no learning need")]),
        ]),
        dict(stage="closure", date="2025-10-17", boxes=[
            ("orange",
             "Lily still under CAMHS EDT with weekly weigh-ins. Sat all her GCSEs and started A "
             "levels at Saltmarsh College in Sept.",
             ["MH-CHILD"],
             [T("negated", "EDU-NEET", "started A levels at Saltmarsh College", "in education, not NEET"),
              T("look-alike", "PH", "weekly weigh-ins", "part of the eating-disorder treatment (MH-CHILD)")]),
        ]),
    ]),
    # ------------------------------------------------------------------ Y023
    dict(case="Y023", loc="Cawley Green", triages=[
        dict(stage="assessment", date="2025-12-01", boxes=[
            ("orange",
             "Deacon (Y8) picked up by police twice in Nov for throwing stones at buses with a group "
             "on the Cawley estate; community resolution both times. Family had an ASB warning "
             "letter from the police. Stepdad Karl is on probation himself (driving offence): 'I'm "
             "not being a hypocrite but he needs to sort himself out'.",
             ["CRIME"],
             []),
            ("yellow",
             "Deacon: 3 x internal isolation and a 1-day suspension this half term. He told his "
             "mentor 'it's boring at home, Karl's always at work and Mum's in prison'. Hub youth "
             "worker to do 1:1 and get him into the boxing club.",
             ["EDU-EXC"],
             [T("outside-household", "CRIME", "Mum's in prison",
                "Mum is not in the household; her offending is not coded here")]),
        ]),
        dict(stage="closure", date="2026-05-01", boxes=[
            ("yellow",
             "Deacon goes to boxing Tues & Thurs and the youth worker says he's 'really proud of "
             "himself'. 1 x isolation since Easter. Karl has 6 weeks left on his probation and is "
             "'keeping his head down'.",
             ["EDU-EXC", "CRIME"],
             []),
            ("green",
             "No police contact for Deacon since Dec. He has a learning mentor (Mr Okafor) for his "
             "behaviour in lessons - meets him Monday mornings.",
             ["EDU-EXC"],
             [T("historical", "CRIME", "No police contact for Deacon since Dec", "offending over")]),
        ]),
    ]),
    # ------------------------------------------------------------------ Y024
    dict(case="Y024", loc="Hollinbrook", triages=[
        dict(stage="assessment", date="2025-11-10", boxes=[
            ("green",
             "Safa (Y4). Autumn 1: 91.7% - 5 days unauthorised for a family wedding in Pakistan. "
             "Attendance officer sent the standard penalty notice warning. Dad (Imran): 'I know, I "
             "know, it was a one-off'. Safa's half-brother Zain has just been permanently excluded "
             "from Eastfold High - he lives with his mum in Eastfold, not with Dad.",
             ["EDU-ATT"],
             [T("outside-household", "EDU-EXC", "half-brother Zain ... permanently excluded",
                "sibling at another school who lives in another household")]),
        ]),
        dict(stage="closure", date="2026-06-03", boxes=[
            ("green",
             "Spring 1: 98.9%, Summer 1: 100%. No more unauthorised absence. Dad knows a fixed "
             "penalty would follow if there was another term-time holiday. Closing - nothing "
             "further needed from us.",
             [],
             [T("historical", "EDU-ATT", "No more unauthorised absence", "attendance issue over"),
              T("hypothetical", "EDU-ATT", "a fixed penalty would follow if",
                "what would happen if, not a current absence")]),
        ]),
    ]),
    # ------------------------------------------------------------------ Y025
    dict(case="Y025", loc="Saltmarsh", triages=[
        dict(stage="assessment", date="2026-03-12", boxes=[
            ("red",
             "Ethan (Y5) told his teacher 'Gavin grabbed Mum by the neck and she couldn't "
             "breathe'. Police attended, stepdad Gavin arrested and bailed away from the address. "
             "Strategy meeting 3/3, s47, MARAC 11/3. Mum (Rachel): 'I thought the kids were "
             "asleep'.",
             ["DA"],
             [T("look-alike", "CRIME", "Gavin arrested and bailed",
                "partner's offence against the adult victim is DA only (convention 7)")]),
            ("yellow",
             "Mum referred to the Freedom Programme (starts April). She's signed off work with "
             "anxiety - 'I can't stop shaking'. Hub worker supporting with the non-mol application.",
             ["DA", "MH-ADULT"],
             []),
            ("green",
             "Ethan 97.0%, Sophie (Y2) 96.1%. Both starting ELSA this week. Sophie has wet herself "
             "in class three times since the incident.",
             ["MH-CHILD", "PH"],
             [T("negated", "EDU-ATT", "Ethan 97.0%, Sophie (Y2) 96.1%", "good attendance"),
              T("look-alike", "EYD", "wet herself in class",
                "school-age wetting is PH, not EYD (convention 9)")]),
        ]),
        dict(stage="closure", date="2026-07-15", boxes=[
            ("orange",
             "Gavin convicted in June, restraining order for 2 yrs. Mum finished the Freedom "
             "Programme. Ethan very angry with Mum at home - slamming doors, 'he says I should've "
             "left sooner'. Hub worker carrying on over the summer.",
             ["DA", "REL-PAR"],
             [T("look-alike", "CRIME", "Gavin convicted", "the ex-partner's DA offence is DA only"),
              T("historical", "DA", "Mum finished the Freedom Programme",
                "course over, but the current restraining order keeps DA present")]),
            ("blue",
             "Mum back at work part-time and says she 'feels like me again'. Sophie dry at school "
             "since May.",
             [],
             [T("historical", "MH-ADULT", "feels like me again", "Mum's anxiety described as over"),
              T("historical", "PH", "dry at school since May", "wetting stopped")]),
        ]),
    ]),
    # ------------------------------------------------------------------ Y026
    dict(case="Y026", loc="Eastfold", triages=[
        dict(stage="assessment", date="2025-11-20", boxes=[
            ("yellow",
             "Kyle (16, Y12). Sixth form attendance 74% and two BTEC deadlines missed - at risk of "
             "being withdrawn from the course. Stepdad Phil found vodka bottles in his wardrobe and "
             "says Kyle comes home drunk 'most Fridays and some school nights'. Referred to Switch "
             "(young people's drug & alcohol service). The vaping we're less bothered about.",
             ["EDU-NEET", "EDU-ATT", "SUB"],
             [T("look-alike", "SUB", "The vaping", "vaping is not SUB; SUB is coded for the alcohol")]),
        ]),
        dict(stage="closure", date="2026-04-10", boxes=[
            ("yellow",
             "Kyle still seeing his Switch worker fortnightly, says he's 'only drinking at weekends "
             "now'. Moved from the BTEC to a Level 2 course at Saltmarsh College in Jan and is "
             "definately enjoying it. If he did drop out, the college's NEET tracking would pick him "
             "up.",
             ["SUB"],
             [T("need-met", "EDU-NEET", "Moved ... to a Level 2 course at Saltmarsh College",
                "back in education, no longer at risk of NEET"),
              T("hypothetical", "EDU-NEET", "If he did drop out", "conditional only")]),
        ]),
    ]),
]

# Unboxed notes: one level for all codes, from the highest cue in the text.
UNBOXED = [
    dict(id="Y027", loc="Cawley Green", stage="assessment", date="2026-02-02", level="green",
         text="Quick one - Dad (Ahmed) popped in after drop-off. Zara (Y2) has been waking at 3am "
              "most nights and wetting the bed again since they moved house in Jan. Advised him to "
              "see the GP and booked her into the school nurse drop-in Thurs. Attendance fine (97%), "
              "happy in class.",
         codes=["PH"],
         traps=[T("look-alike", "HOUS", "since they moved house in Jan", "a house move, not a housing need"),
                T("negated", "EDU-ATT", "Attendance fine (97%)", "no attendance concern")],
         cue="GP / school nurse -> green"),
    dict(id="Y028", loc="Saltmarsh", stage="assessment", date="2026-03-04", level="orange",
         text="Stepdad (Dale) rang the DSL line at 8.10am. Police were called last night after "
              "Harley (Y10) smashed his bedroom door and shoved Mum into the fridge when she took "
              "his phone off him. No arrest - words of advice. Dale: 'we're at the end of our rope "
              "with him'. Harley in today, seen by pastoral, says 'it just got out of hand'.",
         codes=["REL-PAR", "CRIME"],
         traps=[T("look-alike", "DA", "shoved Mum into the fridge",
                  "child-to-parent violence with police involved is REL-PAR + CRIME (convention 8)")],
         cue="police call-out -> orange"),
    dict(id="Y029", loc="Hollinbrook", stage="closure", date="2026-03-27", level="yellow",
         text="Closure note. Dad (Pete) finished the Hub's 'Being Dad' parenting course and says "
              "bedtimes are 'miles better - in bed by 8 and it sticks'. Caitlin (Y1) still has the "
              "odd meltdown at home when she doesn't get her way but Dad's using the calm-down "
              "corner. Young carers referral not needed in the end - Mum's fully recovered from her "
              "op and back at work.",
         codes=["REL-PAR"],
         traps=[T("negated", "CARER", "Young carers referral not needed", "no caring role"),
                T("historical", "PH", "Mum's fully recovered from her op", "health need over")],
         cue="parenting course -> yellow"),
    dict(id="Y030", loc="Eastfold", stage="assessment", date="2026-02-04", level="red",
         text="DSL note 4/2. CIN (s17) plan agreed today for Tyrese (Y6) and Kacey (Y3), SW Ms "
              "Adeyemi. Dad is the main carer; his flat has had no working boiler or cooker since "
              "Dec and the landlord won't fix it. Kacey: 'we have cereal for tea every night'. Dad "
              "referred for a Household Support Fund grant.",
         codes=["HOUS", "SAFE-NEG", "FIN"],
         traps=[T("look-alike", "CARER", "Dad is the main carer", "an adult carer is not CARER")],
         cue="child in need (s17) plan -> red"),
    dict(id="Y031", loc="Cawley Green", stage="assessment", date="2026-01-14", level="orange",
         text="Mum phoned - Kian (Y9) has an appointment letter from CAMHS for 18/3, he's been on the "
              "waiting list since Sept for low mood. Stopped going to football and 'just sits in his "
              "room'. Asked if he can leave lessons when it gets too much - time-out card issued. "
              "Attendance 95.5%.",
         codes=["MH-CHILD"],
         traps=[T("look-alike", "EDU-EXC", "time-out card", "a support pass, not a behaviour sanction")],
         cue="CAMHS -> orange"),
    dict(id="Y032", loc="Hollinbrook", stage="assessment", date="2025-12-15", level="blue",
         text="Dad (Martin) phoned back. His sister is doing the school run now he's on nights, and "
              "he's using the budgeting app from the leaflet we sent to chip away at the catalogue "
              "debt - '£25 a week off it and I'm not buying anything else on tick'.",
         codes=["FIN"],
         traps=[T("look-alike", "FIN", "now he's on nights", "night work is not FIN; FIN is for the debt")],
         cue="leaflet acted on + own network only -> blue (the 'school run' is not a service)"),
]


def main():
    narr_rows, gold_rows, traps = [], [], {}
    for c in CASES:
        cid = c["case"]
        for t in c["triages"]:
            tid = cid + ("-A" if t["stage"] == "assessment" else "-C")
            for level, text, codes, trap_list in t["boxes"]:
                nid = "%s-%s" % (tid, level)
                narr_rows.append([nid, tid, cid, t["stage"], t["date"], level, c["loc"], text])
                for code in codes:
                    gold_rows.append([nid, code, level])
                traps[nid] = trap_list
    for u in UNBOXED:
        nid = u["id"]
        narr_rows.append([nid, nid, nid, u["stage"], u["date"], "", u["loc"], u["text"]])
        for code in u["codes"]:
            gold_rows.append([nid, code, u["level"]])
        traps[nid] = u["traps"] + [{"type": "level-cue", "code": "", "cue": u["cue"],
                                     "note": "unboxed note; gold level " + u["level"]}]

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
    print("narratives %d, gold rows %d" % (len(narr_rows), len(gold_rows)))


if __name__ == "__main__":
    main()
