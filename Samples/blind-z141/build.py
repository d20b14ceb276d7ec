#!/usr/bin/env python3
"""Blind gold set Z: young people (14-18) in controlling or abusive relationships
of their own, their families' other needs. Written from /work/shared/taxonomy.md only.

Each case: case(id, locality, assessment_date, closure_date, [assessment boxes], [closure boxes]).
Each box: B(level, text, codes, traps) -- level '' marks an unboxed note, whose codes
take note_level (the single highest level cue in its text, convention 2).
Gold = PRESENT codes only. Running this writes narratives.csv, gold.csv, traps.json.
"""
import csv
import io
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]
CASES = []


def B(level, text, codes=(), traps=(), note_level=None):
    return {
        "level": level,
        "text": " ".join(text.split()),
        "codes": list(codes),
        "traps": [{"type": t, "code": c, "note": n} for (t, c, n) in traps],
        "note_level": note_level,
    }


def case(cid, loc, adate, cdate, A, C):
    CASES.append({"cid": cid, "loc": loc, "dates": {"A": adate, "C": cdate},
                  "boxes": {"A": A, "C": C}})


# ---------------------------------------------------------------- batch 1: Z001-Z008
case("Z001", "Hollinbrook", "2025-04-07", "2025-07-21", [
    B("green", """Call from DSL (Mrs Oduya) at Hollinbrook School. Chloe (15) was found crying in
      the girls toilets on Tues and told her tutor that her bf Reece (17, left school, lives over in
      Castlegate) goes through her phone whenever they meet up and 'goes mad' if she doesnt answer
      within a few mins. Attendance fine at 96%, no behaviour points.""",
      ["DA"],
      [("outside", "DA", "Reece lives elsewhere, but his control of Chloe is its effect on the family (conv 6): DA."),
       ("not-coded", "EDU-ATT", "96% attendance is pure good news, no need stated (conv 3)."),
       ("not-coded", "MH-CHILD", "One episode of crying is described, not an emotional-wellbeing need; the crying is evidence for DA only.")]),
    B("yellow", """Mum Donna and Chloe rowing most nights about Reece. Donna has seen messages where he
      tells Chloe who she can and can't see and Chloe has stopped going round her mates houses.
      Twice Chloe has slammed out and not come back till gone 11. Donna now takes her phone at 9pm,
      Chloe says that is Mum being 'controlling' and it's made things worse. EHW (Sam) to do 1:1
      healthy relationships work with Chloe and support Donna with boundaries and how to raise it
      without it turning into a row.""",
      ["DA", "REL-PAR"],
      [("convention", "REL-PAR", "Rows between parent and child are REL-PAR (conv 8); Chloe calling Mum 'controlling' is not DA."),
       ("not-coded", "SAFE-EXP", "Coming home late is not described as a missing episode.")]),
], [
    B("blue", """Chloe finished with Reece at the start of June. She has blocked him on Snap, turned her
      location off and still sticks to the safety plan she made with the EHW (walks home with
      friends, tells Donna straight away if he gets in touch). Donna and Chloe agreed phones go on
      the landing at 10 and both say it's mostly sticking.""",
      ["DA", "REL-PAR"],
      [("convention", "DA", "Relationship over, but the safety plan is still in use: now managing in a blue box (conv 3), present."),
       ("convention", "REL-PAR", "Phone rule agreed and mostly sticking = family now managing (conv 3).")]),
])

case("Z002", "Castlegate", "2025-05-02", "2025-09-15", [
    B("yellow", """Jordan (16) is the main help for his sister Amira (9), who has cerebral palsy, when
      Dad (Marcus) is on nights at the distribution depot - gets her into bed, does her evening meds
      and is up with her if she wakes. Referred to Castlegate Young Carers. Marcus works full time,
      no money worries raised.""",
      ["CARER", "PH"],
      [("not-coded", "FIN", "Night shifts are not FIN (conv 5) and money worries are negated.")]),
    B("orange", """Head of Y11 at Castlegate Academy noticed scratches on Jordan's neck and a bruise on his
      forearm. He said his gf Kayla (16) did it when he said he was going to football instead of
      round hers, and that she goes through his phone and messages his friends pretending to be him.
      On 24/4 Kayla came to the house at 11pm screaming and kicking the front door, police attended.
      Jordan has missed 6 days since Easter saying he's ill, GCSEs start in 2 wks. TAF with school,
      referral to Juno young people's DA service.""",
      ["DA", "EDU-ATT"],
      [("convention", "CRIME", "Police attended Kayla's attack on the household; a partner's offences against the victim are DA only (conv 7), and Kayla is outside the household (conv 6)."),
       ("not-coded", "PH", "'saying he's ill' is the stated reason for absence, not a described health need.")]),
], [
    B("blue", """Jordan passed his GCSEs and has started L2 plumbing at Castlegate College. He ended it with
      Kayla in July and there's been no contact since. Nan has moved 2 streets away and does Amira's
      bedtimes when Marcus is on nights; Jordan still helps at weekends.""",
      ["CARER"],
      [("historical", "DA", "Relationship ended in July, no contact since, nothing ongoing (conv 3)."),
       ("convention", "CARER", "Jordan still helps with Amira at weekends: now managing in a blue box (conv 3).")]),
])

case("Z003", "Wyndmoor", "2025-06-10", "2025-11-20", [
    B("red", """Strategy mtg 5/6/25 after police found Sophie (14) in Tyler's (19) flat at 2am, her 3rd
      missing episode in a month. Tyler, who Sophie calls her boyfriend, buys her vapes and
      takeaways and has sent her money for 'pics'. s47 joint with police; CSE screening tool scored
      significant. Tyler's phone seized and he has been interviewed.""",
      ["SAFE-EXP"],
      [("not-coded", "SUB", "Vapes are not SUB (conv 12)."),
       ("convention", "CRIME", "Police finding a missing child is safeguarding, not CRIME (conv 7); Tyler's offending is outside the household (conv 6)."),
       ("not-coded", "DA", "An adult grooming a 14-year-old is coded as exploitation; no controlling or violent relationship behaviour is described here.")]),
    B("orange", """Mum Gemma has had depression for years (sertraline via GP), says she's at the end of her
      rope with Sophie going missing. School counsellor says Sophie is cutting her arms, CAMHS
      referral made but Sophie refused the first appt. Rows every day at home and last week Sophie
      pushed Gemma into the hall wall.""",
      ["MH-ADULT", "MH-CHILD", "REL-PAR", "SAFE-EXP"],
      [("convention", "REL-PAR", "Child-to-parent violence is REL-PAR, not DA (conv 8); no police involvement so no CRIME."),
       ("convention", "SAFE-EXP", "Current missing episodes are mentioned in this box's own text (conv 1).")]),
], [
    B("orange", """s47 concluded, stepped down via CIN to EH in Oct. No missing episodes since Aug. Sophie still
      open to CAMHS (fortnightly) and says she hasn't cut since Sept. Tyler charged and on bail not
      to contact her, but he messaged her from a new number in Oct, which Gemma reported to police.""",
      ["MH-CHILD", "SAFE-EXP"],
      [("historical", "SAFE-EXP", "Missing episodes are over ('none since Aug') but the groomer's renewed contact in Oct keeps SAFE-EXP present."),
       ("outside", "CRIME", "Tyler's charge and bail breach are his offences, outside the household (conv 6).")]),
])

case("Z004", "Ashby Vale", "2025-03-18", "2025-08-04", [
    B("orange", """Aaron (19), Priya's bf, has lived with the family since Jan after his mum put him out. He's
      on probation for theft from vehicles. Mum Sunita says he reads all Priya's messages, tells her
      what she can wear and made her give up her Saturday job 'because of the lads there'. Priya (17)
      says that's just how he is. 3 bed house with 6 people in it - Priya's brothers (8 and 11)
      share a room with Aaron, who sleeps on a mattress on the floor.""",
      ["DA", "CRIME", "HOUS"],
      [("convention", "CRIME", "Aaron lives in the household and is on probation: CRIME (conv 7, an adult on probation)."),
       ("convention", "DA", "Priya minimising ('just how he is') does not negate the control Mum describes."),
       ("not-coded", "FIN", "Giving up the Saturday job is part of the control; no money problem is described.")]),
    B("yellow", """Priya's attendence at Ashby Vale College is 71% this term, tutor says she often goes at
      lunchtime when Aaron is waiting at the gate. At risk of being withdrawn from her L3 Childcare
      course if it doesn't pick up.""",
      ["EDU-ATT", "EDU-NEET"],
      [("partial", "DA", "Aaron waiting at the gate is not described as abuse in this box; DA not inferred from other boxes (conv 1)."),
       ("convention", "EDU-NEET", "16+ at risk of becoming NEET is EDU-NEET.")]),
], [
    B("orange", """Aaron moved out to YMCA supported housing in June, still on probation. Priya still with him;
      she says he's 'calmer' but he still insists her location is on all the time and rings if she's
      late home. Juno YP-IDVA seeing Priya weekly, TAF continuing into Sept.""",
      ["DA"],
      [("outside", "CRIME", "Aaron no longer lives in the household, so his probation is not coded (conv 6).")]),
])

case("Z005", "Hollinbrook", "2025-09-22", "2026-01-26", [
    B("orange", """Ellie (15) and her girlfriend Jess (16) were together 7 months; Jess checked Ellie's phone
      every day and told her which friends she was allowed to keep. When Ellie tried to end it in
      Aug, Jess sent a nude image of Ellie to two group chats. DSL reported it to police and Jess
      has been interviewed. Ellie is now getting comments in the corridors and on TikTok. She told
      the DSL she has been cutting; CAMHS referral sent.""",
      ["DA", "SAFE-EXP", "MH-CHILD"],
      [("convention", "SAFE-EXP", "Sharing an intimate image and the peer comments that followed are online safety and bullying: SAFE-EXP, alongside DA for the control."),
       ("outside", "CRIME", "Jess's offence is outside the household and against Ellie (conv 6, 7).")]),
    B("yellow", """Stepdad Gary (with Mum Claire 6 yrs) drinks 6-8 cans most nights. Claire says he gets loud
      but has never been violent or threatening to her or the kids. Ellie keeps to her room when
      he's been drinking. Gary has agreed to a referral to Hollinbrook Recovery Hub.""",
      ["SUB"],
      [("negated", "DA", "'never been violent or threatening' negates DA.")]),
], [
    B("orange", """Ellie 6 sessions into CBT with CAMHS, no cutting reported since Nov. Jess got a youth
      caution in Dec. Still some comments at school but fewer, and Ellie has kept her accounts on
      private since Oct.""",
      ["MH-CHILD", "SAFE-EXP"],
      [("outside", "CRIME", "Jess's youth caution is someone outside the household (conv 6)."),
       ("convention", "SAFE-EXP", "Peer comments still happening: bullying present.")]),
])

case("Z006", "Castlegate", "2025-04-28", "2025-10-30", [
    B("yellow", """Tracey finding Nathan's temper hard at home - he punched through his bedroom door when she
      took his phone off him and calls her names. Younger brother Kai (12) has ADHD, on meds, and the
      SENCo at Castlegate Academy has requested an EHCP needs assessment.""",
      ["REL-PAR", "EDU-SEND"],
      [("convention", "REL-PAR", "A son's aggression to his mother is REL-PAR, not DA (conv 8).")]),
    B("orange", """Nathan (17) got a 6 mth referral order in March for assaulting his ex-gf Lily (16) at a bus
      stop; YOS worker Kieran sees him weekly. Lily's mum has told police that Nathan keeps
      messaging Lily from new accounts. Mum Tracey has taken his second phone. Nathan is on the
      waiting list for a young people's Respect programme.""",
      ["DA", "CRIME"],
      [("convention", "DA", "Nathan lives in the household and is the perpetrator of abuse against a partner: DA ('perpetrator')."),
       ("convention", "CRIME", "Youth justice (referral order, YOS) for a household member is CRIME (conv 7); the DA-only rule covers a partner's offences against a victim, not youth justice disposals of a household young person.")]),
], [
    B("", """Closure note. Nathan's order finished in Sept. Tracey says she hasn't seen any of the old
      behaviour with his new gf and Lily's family report no contact since June. He has started a
      roofing apprenticeship. Kai's EHCP is finalised and the SENCo has arranged a place in the
      Academy's resource base after half term.""",
      ["EDU-SEND"],
      [("historical", "DA", "Old behaviour not seen, no contact since June."),
       ("historical", "CRIME", "Order finished in Sept."),
       ("convention", "EDU-SEND", "Unboxed: highest cue is the SENCo (green, conv 2).")],
      note_level="green"),
])

case("Z007", "Wyndmoor", "2025-02-12", "2025-07-09", [
    B("", """Home visit with Amber (16) and mum Nicola. Amber disclosed that Callum (18, lives with his dad in
      Wyndmoor) pushed her down the stairs at his house on Saturday, and that in Dec he put his hands
      round her neck during an argument. He has all her passwords and tracks her on Find My iPhone.
      DASH 17 - referred to MARAC and the young persons IDVA. Amber left Wyndmoor College before
      Christmas and isn't working. Nicola tearful, says she feels 'on edge all the time'; GP has
      started her on mirtazapine.""",
      ["DA", "EDU-NEET", "MH-ADULT"],
      [("convention", "DA", "Unboxed: MARAC is the highest cue, orange (conv 2)."),
       ("convention", "EDU-NEET", "16+ not in education or work: EDU-NEET only, no FIN (conv 11).")],
      note_level="orange"),
], [
    B("yellow", """Callum bailed in April with conditions not to contact Amber. IDVA still seeing her
      fortnightly, she has a new number and a safety plan. Amber started the Wyndmoor Works
      traineeship in June and is enjoying it. Nicola still on meds from the GP, says she's coping
      better.""",
      ["DA", "MH-ADULT"],
      [("not-coded", "EDU-NEET", "Amber is now on a traineeship."),
       ("convention", "MH-ADULT", "Ongoing treatment codes its area (conv 4).")]),
])

case("Z008", "Ashby Vale", "2025-01-20", "2025-09-01", [
    B("red", """ICPC 14/1/25 - Kiera (14) and Bobby (6) subject to CP plans, category neglect. House very
      cluttered, no working cooker, Bobby arriving at school hungry and in the same uniform all week.
      Mum Leanne's partner Wayne (lives here) heard by neighbours threatening to 'finish' her; 3
      police call-outs since Nov.""",
      ["SAFE-NEG", "DA"],
      [("convention", "CRIME", "Police call-outs to a partner's abuse of Mum are DA only (conv 7).")]),
    B("orange", """Kiera's bf Marley (16) is round most evenings. Kiera has shown a teacher messages where he
      calls her a slag and demands photos of wherever she is. She was reported missing overnight
      twice in Dec, found at Marley's both times. Attendance 64%.""",
      ["DA", "SAFE-EXP", "EDU-ATT"],
      [("convention", "SAFE-EXP", "Missing episodes are SAFE-EXP; the control by the boyfriend is DA.")]),
], [
    B("orange", """Kiera finished with Marley in July after he slapped her at the park. He was arrested and is
      on bail not to contact her, but she's still scared to walk past his estate. Working with
      Harbour (exploitation team) weekly. Attendance improved to 81% but she's still on the persistent
      absence list.""",
      ["DA", "SAFE-EXP", "EDU-ATT"],
      [("convention", "DA", "Relationship over but bail conditions are in force and Kiera is still afraid: current, not historical."),
       ("convention", "CRIME", "Marley's arrest is a partner's offence against the victim and he is outside the household (conv 6, 7)."),
       ("convention", "EDU-ATT", "81% is improved but still low attendance: present.")]),
])

# ---------------------------------------------------------------- batch 2: Z009-Z016
case("Z009", "Castlegate", "2025-10-06", "2026-02-09", [
    B("blue", """Jo and Steve have sat down with Mia (15) together about Louis (15) reading her messages and
      sulking whenever she goes out with her friends. They found the Disrespect NoBody pages and Mia
      agreed to switch off location sharing with him. Mia says she'll tell them if it gets worse.""",
      ["DA"],
      [("convention", "DA", "Family now managing a controlling relationship with information only: present in blue (conv 3)."),
       ("hypothetical", "DA", "'if it gets worse' is hypothetical but does not cancel the current behaviour described.")]),
    B("yellow", """Steve was made redundant in Aug. UC claim in but in the 5 week wait they got behind on the
      gas and electric (£310) and the car finance. Referred to Castlegate Citizens Advice for debt
      advice.""",
      ["FIN"]),
], [
    B("green", """Mia and Louis split at Oct half term, Mia's choice, no issues since. Steve started at the
      Amazon site in Dec; energy arrears on a £20/mth plan with the supplier.""",
      ["FIN"],
      [("historical", "DA", "Split in Oct, 'no issues since' (conv 3)."),
       ("convention", "FIN", "Paying off arrears = now managing in a green box (conv 3).")]),
])

case("Z010", "Hollinbrook", "2025-07-14", "2025-12-08", [
    B("red", """Strategy meeting 10/7 after BTP stopped Tia (16) at Hollinbrook station with 14 wraps of crack
      hidden in her bra. Tia says her 'boyfriend' Jamal (22) asked her to carry them and that she
      owes him for a phone he bought her. NRM referral submitted. Tia has been missing 4 times since
      May, once for 3 days.""",
      ["SAFE-EXP", "CRIME"],
      [("convention", "SUB", "Drugs found on an exploited child are SAFE-EXP and CRIME, not SUB (conv 12)."),
       ("not-coded", "DA", "Jamal's hold over her is criminal exploitation; no controlling or violent relationship behaviour is described.")]),
    B("orange", """Mum Shelley drinks daily (a bottle of wine plus), open to Hollinbrook Recovery Hub but not
      engaging with her keyworker. Tia left Hollinbrook College in April and isn't in any EET. Tia's
      sister Roxy (11) makes her own tea most nights and gets herself to school.""",
      ["SUB", "EDU-NEET", "SAFE-NEG"],
      [("not-coded", "CARER", "Roxy looks after herself, not someone else: basic care/supervision is SAFE-NEG, not CARER (conv 12)."),
       ("convention", "EDU-NEET", "16+ NEET is EDU-NEET only (conv 11).")]),
], [
    B("orange", """Tia still seeing her Harbour worker weekly, no missing episodes since Sept. Court in Jan for
      the possession charge, YOS doing the pre-sentence report. Shelley 8 weeks sober and going to
      AA.""",
      ["SAFE-EXP", "CRIME", "SUB"],
      [("historical", "SAFE-EXP", "Missing episodes over, but the ongoing exploitation worker keeps SAFE-EXP present (conv 4)."),
       ("convention", "SUB", "Ongoing recovery support (AA) codes its area (conv 4).")]),
])

case("Z011", "Wyndmoor", "2025-11-03", "2026-03-16", [
    B("green", """Pastoral lead at St Aldhelm's RC High: Leo (14, Y9) has dropped out of rugby and stopped
      going to the park with his mates. He eventually said his gf Isabelle (14, same year) tells him
      she'll hurt herself if he goes out without her or replies to other girls. Leo presenting as
      anxious, picking at the skin on his hands in lessons.""",
      ["DA", "MH-CHILD"],
      [("outside", "MH-CHILD", "Isabelle's threatened self-harm is hers (outside the household, conv 6); used to control Leo it is DA. MH-CHILD is for Leo's own anxiety.")]),
    B("yellow", """Hannah and Rob separated in 2024; Leo lives with Hannah and sees Rob alternate weekends. Rob
      blames Hannah for 'letting this happen' and there have been shouting matches at handovers that
      Leo hears. Both agreed to a referral to Wyndmoor Family Mediation.""",
      ["REL-CONF"],
      [("convention", "DA", "Arguments between separated parents, not described as abuse: REL-CONF (conv 8).")]),
], [
    B("blue", """Leo back at rugby and with his old friendship group, not with Isabelle since Jan. Hannah and
      Rob now do handovers at Leo's nan's and keep to messages on a co-parenting app, which they say
      is working.""",
      ["REL-CONF"],
      [("historical", "DA", "Relationship over since Jan."),
       ("convention", "REL-CONF", "Separated parents now managing handovers themselves: present in blue (conv 3).")]),
])

case("Z012", "Ashby Vale", "2025-02-24", "2025-07-28", [
    B("yellow", """Ruby helps Mum Debbie (MS, uses a wheelchair) with showering and meds before college and at
      night. Referred to Ashby Young Carers. Debbie's PIP review is due in April, no problems with it
      so far.""",
      ["CARER", "PH"],
      [("not-coded", "FIN", "PIP named with no money or benefit problem (conv 5).")]),
    B("orange", """Ruby (17) has ASD and an EHCP at Ashby Vale College. Her bf Connor (20) keeps her bank card and
      takes her bursary every week; she told her LSA she has to ask him for money for lunch, and he
      checks where she's been on Find My. DASH medium. TAF set up with college safeguarding lead, EHW
      and Juno YP-IDVA.""",
      ["DA", "EDU-SEND"],
      [("not-coded", "FIN", "Economic abuse by a partner is DA; no household debt, arrears or benefit problem is described.")]),
], [
    B("yellow", """Ruby has her bank card back and has opened an account Connor doesn't know about. Still
      seeing him but less often; IDVA support carries on to end of Aug. Debbie's PIP was cut at the
      review, mandatory reconsideration lodged with help from the EHW.""",
      ["DA", "FIN"],
      [("not-coded", "PH", "A benefit name (PIP) never implies PH by itself (conv 5)."),
       ("convention", "FIN", "A benefit cut and reconsideration is a benefit problem (conv 5).")]),
])

case("Z013", "Hollinbrook", "2025-05-19", "2025-10-13", [
    B("", """EHW home visit to Karen's. Maddie (16) has been living here since Feb after falling out with her
      own mum, and shares Josh's (17) room. Karen is worried Josh has started checking Maddie's phone
      and told her she can't go to her friend's 16th. Maddie is 14 wks pregnant and missed her
      booking appt and dating scan. House is 3 bed with Karen's 2 younger girls and Karen wants to
      know Maddie's housing options as there just isn't room.""",
      ["DA", "PH", "HOUS"],
      [("outside", "REL-PAR", "Maddie's falling out with her own mother, who is not in this household, is not coded (conv 6)."),
       ("convention", "PH", "Missed antenatal appointments are missed medical appointments: PH."),
       ("convention", "DA", "Unboxed: EHW is the highest cue, yellow (conv 2).")],
      note_level="yellow"),
], [
    B("orange", """Housing and CSC joint assessment done under the 16/17 yr old protocol; Maddie on the housing
      register with priority and waiting for a supported lodgings place before the baby is due in
      Nov. In July Josh smashed Maddie's phone in a row and Karen called police; Josh is now on the
      waiting list for the Respect young people's programme. Maddie still going to antenatal, midwife
      monitoring her for anaemia.""",
      ["HOUS", "DA", "PH"],
      [("convention", "CRIME", "Police called to one household partner's abuse of another with no youth-justice outcome: DA only (conv 7).")]),
])

case("Z014", "Castlegate", "2025-06-02", "2025-11-17", [
    B("orange", """Ollie (16) met 'Zac' on a dating app; Zac says he's 19 but police think he's in his 30s. Zac
      sends Ubers to collect Ollie late at night, has bought him trainers and a phone and told him
      to keep it all secret. Ollie was missing 3 nights in May. Police CSE referral made, TAF with
      the Harbour team.""",
      ["SAFE-EXP"],
      [("not-coded", "DA", "Grooming by an adult met online is exploitation; no controlling or violent relationship behaviour described.")]),
    B("yellow", """Dad (Paul, single parent) and Ollie rowing constantly since Ollie came out in March; Paul
      admits he has said things he regrets. Ollie spends his time in his room or out. Paul booked on
      the Who's in Charge? parenting course in Sept. Family in a 2 bed temp flat from Castlegate
      Council since a s21 in March - Ollie sleeps on the sofa.""",
      ["REL-PAR", "HOUS"]),
], [
    B("orange", """'Zac' identified and charged; Ollie will give evidence by video link next yr. Still seeing
      the Harbour worker. Ollie started L2 Media at Castlegate College in Sept, attendance patchy at
      78%.""",
      ["SAFE-EXP", "EDU-ATT"],
      [("outside", "CRIME", "Zac's charge is an offence by someone outside the household (conv 6).")]),
])

case("Z015", "Wyndmoor", "2025-03-03", "2025-07-07", [
    B("green", """Jade (14) told her form tutor her bf Harvey (15) keeps asking her for nudes and says she would
      if she really loved him. She says she hasn't sent any. DSL has spoken to both sets of parents
      and the school PCSO is doing an online safety session with Y9.""",
      ["SAFE-EXP"],
      [("partial", "SAFE-EXP", "'hasn't sent any' negates sending, not the current pressure for images."),
       ("not-coded", "DA", "Pressure for images is coded as online safety; no control, tracking, isolation or violence described.")]),
    B("yellow", """Mum Kirsty has panic attacks and is on the Wyndmoor Talking Therapies waiting list. Jade's
      brother Alfie (10) is autistic, EHCP needs assessment requested, and he has meltdowns most
      evenings where he hits out at Kirsty.""",
      ["MH-ADULT", "EDU-SEND", "REL-PAR"],
      [("convention", "REL-PAR", "A child hitting out at a parent is REL-PAR, not DA (conv 8).")]),
], [
    B("yellow", """Kirsty started CBT, 3 of 6 sessions done. Alfie's EHCP assessment agreed. Evenings still hard -
      meltdowns at bedtime 2-3 times a week, EHW carrying on with the visual timetable and a
      calm-down plan.""",
      ["MH-ADULT", "EDU-SEND", "REL-PAR"]),
])

case("Z016", "Ashby Vale", "2025-09-08", "2026-01-19", [
    B("yellow", """Hana (17), Y13 at Ashby Vale Sixth Form. Liam (17) got her to put Life360 on her phone and
      rings straight away if she's somewhere he doesn't know about; she's given up netball because he
      doesn't like her staying late. Hana says she's fine but Mum (Rasha) has seen her crying after
      his calls. EHW to offer Hana sessions on healthy relationships.""",
      ["DA"],
      [("convention", "DA", "Hana saying she is fine does not negate the tracking and control described."),
       ("not-coded", "MH-CHILD", "Crying after his calls is described as a sign of the abuse, not as low mood or anxiety.")]),
    B("orange", """Dad (Tariq) has gambling debts of around £12k (credit cards, payday loans) which he hid from
      Rasha until bailiffs came in Aug. Private landlord served a s21 notice in July ending in Oct.
      Flat has black mould in the girls' bedroom and Noor (7) has asthma - 2 GP visits for chest
      infections since Sept.""",
      ["FIN", "HOUS", "PH"],
      [("convention", "SUB", "Gambling debts are FIN, not SUB (conv 10).")]),
], [
    B("", """Closure summary. Family moved in Dec to a 3 bed housing association house, no mould. Tariq
      working with StepChange on a debt relief order and has Gamban on his phone. Hana finished with
      Liam in Nov and deleted Life360, she's applying to uni. Noor's asthma under control, GP review
      every 6 months.""",
      ["FIN", "PH"],
      [("historical", "HOUS", "Rehoused, mould gone."),
       ("historical", "DA", "Relationship ended in Nov, app deleted."),
       ("convention", "PH", "Long-term condition with ongoing GP review: an ongoing service codes its area (conv 4)."),
       ("convention", "FIN", "Unboxed: StepChange debt advice is one extra service, the highest cue -> yellow (conv 2).")],
      note_level="yellow"),
])

# ---------------------------------------------------------------- batch 3: Z017-Z024
case("Z017", "Castlegate", "2025-10-20", "2026-03-02", [
    B("red", """CIN plan agreed at the meeting on 15/10. Destiny (15) told the DSL that Kyle (17) punched her in
      the stomach and took her phone so she couldn't ring anyone; the black eye she had in Sept,
      which she said was from netball, was him as well. Dad (Lee) had no idea. Kyle is known to
      police for robbery.""",
      ["DA"],
      [("outside", "CRIME", "Kyle's robbery is offending by someone outside the household (conv 6).")]),
    B("orange", """Destiny got a 5 day suspension for fighting a girl who'd been posting nasty comments about her
      on Insta for weeks; it's her 3rd suspension this yr and a managed move is being talked about.
      Referred to CAMHS for low mood.""",
      ["EDU-EXC", "SAFE-EXP", "MH-CHILD"],
      [("convention", "SAFE-EXP", "Weeks of online abuse from a peer is bullying of the child: SAFE-EXP."),
       ("not-coded", "CRIME", "A fight dealt with by school suspension, no police: EDU-EXC, not CRIME.")]),
    B("yellow", """Lee says he has 'a few beers' on a Friday, nothing more, and neither school nor family have any
      concerns about drink. He's been low since Destiny's mum died in 2022, GP aware. Nan (78, lives
      with them) has dementia and Destiny sits with her most days after school till Lee gets in.""",
      ["MH-ADULT", "PH", "CARER"],
      [("negated", "SUB", "'no concerns about drink'."),
       ("historical", "MH-ADULT", "The death in 2022 is past, but Lee's low mood is current and present.")]),
], [
    B("orange", """Managed move to Castlegate Academy went ahead in Jan and she's settling. Still waiting for a
      CAMHS assessment. Kyle charged with ABH and on bail not to contact her; Destiny says she hasn't
      seen him.""",
      ["EDU-EXC", "MH-CHILD", "DA"],
      [("convention", "EDU-EXC", "A managed move in progress is EDU-EXC."),
       ("convention", "DA", "Bail conditions protecting Destiny are still in force: current (as with a live non-molestation order); Kyle's charge is DA only (conv 7).")]),
])

case("Z018", "Wyndmoor", "2025-05-27", "2025-10-06", [
    B("yellow", """Grace's mum rang Lisa to say Ethan (16) has been demanding Grace's (16) passwords and turning
      up at her work at the garden centre. Lisa has seen Ethan go through Grace's phone when she's
      round. Ethan says he's 'just looking out for her'. EHW to do respectful relationships work with
      Ethan. Ethan has ADHD (meds via paediatrician) and gets SEN support at Wyndmoor Community
      College where he does L2 engineering.""",
      ["DA", "EDU-SEND"],
      [("convention", "DA", "The young person in the household is the one controlling a partner who lives elsewhere: DA covers the perpetrator."),
       ("not-coded", "PH", "ADHD medication sits with EDU-SEND (ADHD is in its definition), not PH.")]),
], [
    B("blue", """Ethan and Grace split up in Aug. Lisa says Ethan has thought about how he treated her, and she'll
      keep an eye on how he is with anyone new.""",
      [],
      [("historical", "DA", "Relationship ended in Aug."),
       ("hypothetical", "DA", "Keeping an eye on future relationships is monitoring, not a current issue.")]),
])

case("Z019", "Hollinbrook", "2025-08-11", "2026-01-12", [
    B("red", """ICPC 6/8/25, CP plan under sexual abuse. Bethany (14) is in a 'relationship' with Lewis (18),
      who has been sleeping at the family home 4-5 nights a week with Mum's say-so. Lewis decides who
      Bethany can see, has hit her twice, and Bethany says it's 'her own fault for winding him up'.
      Police investigation open.""",
      ["SAFE-EXP", "DA"],
      [("convention", "SAFE-EXP", "An adult in a sexual 'relationship' with a 14-year-old is CSE: SAFE-EXP; his control and violence are also DA."),
       ("convention", "CRIME", "Lewis's offences are against Bethany: DA/SAFE-EXP, not CRIME (conv 7).")]),
    B("orange", """Mum Stacey on a methadone script through Hollinbrook Recovery Hub, keyworker says she's using
      heroin on top. Bethany's attendance is 58% and she's late most days she does go.""",
      ["SUB", "EDU-ATT"]),
], [
    B("red", """CP plan continues. Written agreement that Lewis doesn't come to the house; he was arrested in
      Oct. Bethany has met up with him twice since and both times police brought her home. Stacey's
      script is being reduced, testing negative for heroin since Nov.""",
      ["SAFE-EXP", "SUB"],
      [("convention", "CRIME", "Police bringing a child home is safeguarding, not CRIME (conv 7); Lewis's arrest is outside the household."),
       ("convention", "SUB", "A methadone script codes SUB (conv 4) though heroin use has stopped."),
       ("not-coded", "DA", "No control or violence described in this box (conv 1); continued contact with the abuser is coded as exploitation.")]),
])

case("Z020", "Castlegate", "2025-11-24", "2026-03-23", [
    B("", """Phone call from Mrs Begum (Head of Y10, Castlegate Academy). Staff have twice seen Kacey (15)
      being grabbed by the arm by her bf Tom (16, Y11) in the corridor, and he waits outside her
      lessons. Kacey told the school nurse she isn't 'allowed' to talk to boys. Mum Sam has asked
      school for help - says Kacey has gone very secretive and they're clashing about it at home.""",
      ["DA", "REL-PAR"],
      [("convention", "DA", "Unboxed: only school and school nurse are named, so green (conv 2)."),
       ("convention", "REL-PAR", "Mother-daughter clashes are REL-PAR (conv 8).")],
      note_level="green"),
], [
    B("green", """School changed Tom's route between lessons so they're not in the same corridor, and after a
      restorative meeting the grabbing has stopped. Kacey still with Tom and told the school nurse he
      still looks through her phone most days.""",
      ["DA"],
      [("partial", "DA", "The grabbing has stopped, but phone checking continues: DA present.")]),
])

case("Z021", "Ashby Vale", "2025-04-14", "2025-09-29", [
    B("orange", """Poppy (16) ended a year-long relationship with Jack (18) in Feb. Since then he has set up 20+
      fake Insta accounts to message her, turned up at her shifts at the bakery and left a dead rose
      on the doorstep. Police have an interim stalking protection order. Heard at MARAC 9/4. Poppy too
      scared to go out on her own.""",
      ["DA"],
      [("historical", "DA", "The relationship ended in Feb but the ex-partner's stalking is current."),
       ("convention", "SAFE-EXP", "Stalking by an ex-partner, online and offline, is DA; SAFE-EXP is kept for exploitation, image abuse, peer bullying and unsafe online contacts."),
       ("convention", "CRIME", "Police action against an ex-partner is DA only (conv 7).")]),
    B("yellow", """Poppy dropped out of Ashby Vale College in March, says she can't face the bus. Mum Jane is having
      chemo for breast cancer; Poppy does the shopping and cooking and takes her to hospital
      appts.""",
      ["EDU-NEET", "PH", "CARER"]),
], [
    B("green", """Poppy started a traineeship with the council on 15 Sept. Jane finished chemo and is under
      oncology follow-up; Poppy still helps out but Jane's sister now comes in 3 days a week. Jack
      moved away to Leeds in May and there's been no contact since.""",
      ["PH", "CARER"],
      [("not-coded", "EDU-NEET", "Now in a traineeship."),
       ("historical", "DA", "Ex moved away, no contact since May (conv 3).")]),
])

case("Z022", "Hollinbrook", "2025-01-13", "2025-05-19", [
    B("green", """Zara's attendance 88%, Mondays mostly. School attendance officer has met Rachel and put a
      support plan in place.""",
      ["EDU-ATT"]),
    B("yellow", """Mum Rachel and Zara (15) rowing about Zara's bf Ben (15) and her coming in after 10 on school
      nights; last week Zara swore at Rachel and smashed a mug on the floor. Zara has talked openly
      with the EHW about Ben - no sign of control or pressure, he's polite and has met the family. EHW
      to do boundaries work with Rachel.""",
      ["REL-PAR"],
      [("negated", "DA", "'no sign of control or pressure' negates DA; the row is parent-child, REL-PAR (conv 8).")]),
], [
    B("blue", """Zara and her parents agreed a 9.30 curfew on school nights and Dad (Neil) picks her up from
      Ben's at weekends. Rachel says things are a lot calmer, just the odd flare up.""",
      ["REL-PAR"],
      [("convention", "REL-PAR", "Curfew agreed and kept, odd flare-ups: now managing in a blue box (conv 3).")]),
])

case("Z023", "Wyndmoor", "2025-03-10", "2025-08-18", [
    B("red", """s47 following strategy mtg on 4/3. Layla's (16) boyfriend Dean (24) and his associates are using
      Mum's flat to bag up drugs; Mum Tina, who has learning difficulties and epilepsy, says she's too
      scared to tell them to go. Dean takes Layla's phone, decides when she can leave the flat and has
      threatened to 'cut' her if she speaks to police.""",
      ["SAFE-EXP", "DA", "PH"],
      [("outside", "CRIME", "Dean's dealing is offending by someone outside the household (conv 6); its effect (cuckooing) is SAFE-EXP."),
       ("not-coded", "SUB", "No household member's own drug use is described."),
       ("convention", "PH", "Mum's epilepsy: physical health of a family member.")]),
    B("orange", """Police are applying for a closure order on the flat and the housing officer says the tenancy
      is at risk. Layla hasn't been to Wyndmoor College since Jan and has now been taken off roll.""",
      ["HOUS", "EDU-NEET"],
      [("convention", "EDU-NEET", "Off roll at 16: EDU-NEET (conv 11), not EDU-ATT.")]),
], [
    B("red", """Dean remanded in May. Layla and Tina moved by management transfer to a flat across town in June.
      Layla on a CIN plan and working with the Harbour team; she is still messaging one of Dean's
      friends, who has been sending her money.""",
      ["SAFE-EXP"],
      [("historical", "HOUS", "Moved in June; tenancy risk over."),
       ("not-coded", "DA", "Dean is remanded; no current control or violence is described (conv 1).")]),
])

case("Z024", "Ashby Vale", "2025-06-16", "2025-11-03", [
    B("green", """Megan (18) told the college wellbeing team that her ex Aiden (19) still texts her late at night
      wanting to know who she's with and saying he'll 'find out anyway'. She has blocked him on
      everything except one number. Wellbeing mentor helping her report it to the college
      safeguarding lead.""",
      ["DA"]),
    B("yellow", """Parents Kerry and Gareth separated in April but Gareth is still in the spare room till the house
      sells, and they argue in front of the kids. Megan's brother Theo (2) - HV says his speech is
      delayed, referred to SALT. Not at nursery yet, Kerry says she'll apply for the 2 yr funding.""",
      ["REL-CONF", "EYD"],
      [("convention", "EYD", "Speech delay and nursery take-up in an under-5 are EYD (conv 9).")]),
], [
    B("yellow", """House sold and Gareth moved to a flat in Wyndmoor. Mediation agreed alternate weekends but
      Kerry says he's always late bringing Theo back and they still row on the phone. Theo at nursery
      15 hrs since Sept, SALT groups carrying on. Megan blocked Aiden's last number in Aug and has
      heard nothing since.""",
      ["REL-CONF", "EYD"],
      [("historical", "DA", "Last number blocked in Aug, nothing since (conv 3)."),
       ("convention", "REL-CONF", "Gareth has left, but the contact dispute with him is the family's current need.")]),
])

# ---------------------------------------------------------------- batch 4: Z025-Z032
case("Z025", "Ashby Vale", "2025-12-01", "2026-04-13", [
    B("yellow", """Abena is a single parent of 3, rent arrears £1,150 with Ashby Vale Homes and now behind on
      council tax; referred to Citizens Advice. Ama (4) goes to nursery every day and her HV 2 yr
      check was fine.""",
      ["FIN"],
      [("not-coded", "HOUS", "Rent arrears with no notice or eviction risk described are FIN only."),
       ("negated", "EYD", "Nursery attended and development check fine: good news, no need (conv 3).")]),
    B("orange", """Tyrese (15) believed he was in an online relationship with a girl called 'Nia' he'd met on
      Snapchat. After he sent her intimate pics she demanded £500 or she'd post them to his
      followers; he paid £80 from Mum's card. He told Mum after saying he wanted to die. Police cyber
      team involved, CAMHS crisis team saw him the same night.""",
      ["SAFE-EXP", "MH-CHILD"],
      [("not-coded", "DA", "Sextortion by an unknown online account is exploitation/online safety, not an intimate-partner relationship."),
       ("not-coded", "CRIME", "Tyrese is the victim; police involvement is about the offence against him."),
       ("not-coded", "FIN", "The £80 taken is part of the extortion, not a household money problem.")]),
], [
    B("orange", """CAMHS discharged Tyrese to the school counsellor in March, he still gets anxious, especially
      at night, and sees the counsellor weekly. Police closed the case as they couldn't trace the
      account.""",
      ["MH-CHILD"],
      [("historical", "SAFE-EXP", "Police case closed; no current exploitation or online risk is described."),
       ("not-coded", "PH", "Anxiety 'at night' is emotional wellbeing, not a sleep problem.")]),
])

case("Z026", "Hollinbrook", "2025-02-03", "2025-07-21", [
    B("green", """HV: Harley's weight has dropped from the 50th to the 25th centile. Lacey stopped breastfeeding at
      5 months and is struggling to get him onto solids. Weekly weighs at clinic.""",
      ["PH", "EYD"],
      [("convention", "EYD", "Weaning is EYD; a falling weight is PH (taxonomy code definitions).")]),
    B("orange", """Lacey (17) lives with her mum Diane and her son Harley (8m). Harley's dad Kane (19) doesn't live
      here but turns up drunk; last month he grabbed Lacey's phone and threw it at the wall while she
      was holding Harley. Diane called police, Kane was given a DVPN and a DVPO was granted 2 wks
      later.""",
      ["DA"],
      [("outside", "SUB", "Kane's drinking: he is not in the household (conv 6)."),
       ("convention", "CRIME", "A partner's offences against the victim are DA only (conv 7).")]),
], [
    B("blue", """Lacey has a place on the Sept childcare course with Care to Learn funding. The DVPO has run out
      but Lacey keeps to her safety plan and rings police if Kane turns up; he now sees Harley at the
      contact centre.""",
      ["DA", "EDU-NEET"],
      [("convention", "DA", "DVPO expired, but the safety plan is in use: now managing (conv 3)."),
       ("convention", "EDU-NEET", "A place starting in Sept does not end her current NEET status at closure in July."),
       ("not-coded", "REL-CONF", "Contact with an abusive ex-partner is part of the DA picture, not a separate REL-CONF dispute (conv 8).")]),
])

case("Z027", "Wyndmoor", "2025-09-29", "2026-02-23", [
    B("green", """Chris (dad) diagnosed with anxiety and depression by GP, on sertraline and signed off work for 3
      months. Sienna's attendance at St Aldhelm's has dropped to 85% and the attendance officer has
      written to Chris.""",
      ["MH-ADULT", "EDU-ATT"],
      [("not-coded", "FIN", "Being signed off work with no money problem described is not FIN.")]),
    B("yellow", """Sienna (15) and Finn (16) together 8 months. Finn insists they share locations on Snap Map all the
      time and Sienna gets 30+ messages if she's at a friend's without him; she's drifted away from
      her friendship group. Chris and Sienna have had screaming rows about Finn, and Chris grabbed her
      phone and snapped it. EHW allocated.""",
      ["DA", "REL-PAR"],
      [("convention", "REL-PAR", "Dad snapping the phone in a row with his daughter is parent-child conflict: REL-PAR, not DA (conv 8).")]),
], [
    B("", """Closing summary. Sienna still with Finn; he sulks if she doesn't reply straight away but she's kept
      her location off since Nov and sees her friends at weekends. Chris back at work and looks after
      his mental health with a walking group and the Calm app. Sienna's attendance 93% this term.""",
      ["DA", "MH-ADULT"],
      [("convention", "DA", "Unboxed: no service is named; family managing with its own network and an app -> blue (conv 2)."),
       ("not-coded", "EDU-ATT", "93% stated as good news, no need stated in this note (conv 1, 3).")],
      note_level="blue"),
])

case("Z028", "Ashby Vale", "2025-04-22", "2025-10-06", [
    B("red", """Strategy meeting 17/4 after Lexi (14) came into school with bruising round her neck; she said
      Jayden (16) held her down when she tried to leave his house. He also has intimate images of her
      and has said he'll post them if she finishes with him. Joint s47 with police, Jayden arrested.""",
      ["DA", "SAFE-EXP"],
      [("convention", "SAFE-EXP", "Threat to share intimate images is image-based abuse/online safety: SAFE-EXP, with DA for the violence and control."),
       ("convention", "CRIME", "Jayden's arrest: partner's offence against the victim, outside the household (conv 6, 7).")]),
    B("orange", """Lexi open to CAMHS since Jan (self-harm, paracetamol overdose Dec 24). Mum Michelle had DA from
      Lexi's dad up to 2018; he's in prison and there has been no contact since. Michelle's partner
      Sean lives with them and is a good support to Lexi.""",
      ["MH-CHILD"],
      [("historical", "DA", "Mum's DA ended in 2018, no contact since."),
       ("outside", "CRIME", "Lexi's dad in prison is outside the household (conv 6).")]),
], [
    B("orange", """Lexi still seeing CAMHS fortnightly. s47 closed with step-down to EH. Jayden given a referral
      order with a condition not to contact Lexi.""",
      ["MH-CHILD", "DA"],
      [("convention", "DA", "A live no-contact condition protecting Lexi keeps DA current."),
       ("outside", "CRIME", "Jayden's referral order is youth justice for someone outside the household (conv 6).")]),
])

case("Z029", "Castlegate", "2025-11-10", "2026-03-09", [
    B("blue", """Sara and Tom have set up Google Family Link on Noah's phone and he's agreed it stays
      downstairs overnight.""",
      ["SAFE-EXP"],
      [("convention", "SAFE-EXP", "Family managing online safety itself: present in blue (conv 3).")]),
    B("green", """DSL told parents Noah (14, Y9) asked his gf Esme (14) for nudes and forwarded one she sent to a
      friend. School followed the sharing nudes guidance, images deleted from both phones, no police
      involvement. DSL did an online safety session with Noah.""",
      ["SAFE-EXP"],
      [("negated", "CRIME", "'no police involvement'."),
       ("not-coded", "DA", "No control, tracking, isolation or violence described; image sharing is SAFE-EXP.")]),
    B("yellow", """Noah's sister Millie (9) has Down syndrome and needs heart surgery in the spring. Sara gets
      Carer's Allowance and DLA for Millie. Noah does Millie's bedtime most nights when Dad (Tom) works
      lates.""",
      ["PH", "CARER"],
      [("not-coded", "FIN", "Carer's Allowance and DLA with no money problem (conv 5)."),
       ("convention", "CARER", "CARER comes from Noah's own caring, not from Carer's Allowance (conv 5, 12).")]),
], [
    B("green", """Millie had her heart op in Feb and is recovering well, cardiology follow up in May. Noah goes to
      the Castlegate Young Carers youth club on Tuesdays.""",
      ["PH", "CARER"]),
])

case("Z030", "Wyndmoor", "2025-07-07", "2025-12-15", [
    B("green", """Bailey's brother Reggie (3) hasn't taken up his 15 hrs; HV hasn't seen him since his 1 yr
      check.""",
      ["EYD"],
      [("convention", "EYD", "Nursery take-up and missed development checks for an under-5 are EYD (conv 9).")]),
    B("yellow", """Bailey hasn't been in EET since leaving school in 2024. Shannon is on a hairdressing
      apprenticeship. Mum Tracy on UC and owes £400 to a loan shark.""",
      ["EDU-NEET", "FIN"],
      [("not-coded", "EDU-NEET", "Shannon is in an apprenticeship; EDU-NEET is for Bailey (conv 11)."),
       ("convention", "FIN", "FIN from the illegal-lender debt, not from UC alone (conv 5).")]),
    B("orange", """Shannon (17), Bailey's gf, has lived here since her stepdad threw her out in March. Police called
      3 times in June to fights between Bailey (17) and Shannon - last time Bailey shoved her into a
      door and she split his lip with her ring. Both say it's 'just arguments'. Bailey smokes cannabis
      every day.""",
      ["DA", "SUB"],
      [("convention", "CRIME", "Police call-outs to violence between partners in the household are DA only (conv 7)."),
       ("outside", "REL-PAR", "Shannon being thrown out by her stepdad concerns another household (conv 6)."),
       ("convention", "SUB", "Daily cannabis use by a young person in the household is SUB; only tobacco and vaping are excluded (conv 12).")]),
], [
    B("yellow", """Shannon got a room at the YMCA in Oct; she and Bailey still together, no police call-outs since
      Sept. Bailey going to the young people's drug and alcohol service, down to weekends. Still not
      working, registered with the Youth Hub.""",
      ["SUB", "EDU-NEET"],
      [("historical", "DA", "No call-outs since Sept and Shannon has moved out; no current abuse described."),
       ("convention", "SUB", "Reduced use with an ongoing service (conv 4).")]),
])

case("Z031", "Hollinbrook", "2025-03-24", "2025-09-08", [
    B("green", """Hollinbrook School say Amy (16, Y11) is falling asleep in lessons and her mock grades have
      dropped. Amy told her tutor she's up till 2 or 3 on FaceTime with her bf Rhys (17) because he
      accuses her of cheating if she hangs up first and goes through who she follows. Mum Dawn has
      put info from the Juno website on the fridge.""",
      ["DA", "PH"],
      [("convention", "PH", "Sleep problems in a school-age child are PH (conv 9)."),
       ("not-coded", "EDU-EXC", "Falling grades are not behaviour or exclusion.")]),
], [
    B("orange", """Dawn signed off work with stress, GP has referred her to talking therapies. Amy's brother Connor
      has taken unpaid leave to be with Amy and they're now short for Sept rent.""",
      ["MH-ADULT", "FIN"],
      [("not-coded", "HOUS", "Being short of rent is FIN; no notice or eviction risk described.")]),
    B("red", """Stepped up to CSC at closure. Amy told her brother Connor (20, lives at home) that Rhys raped her
      in August. s47 and ABE interview done, Rhys on bail. Amy not going to college and won't leave
      her room; urgent CAMHS referral.""",
      ["DA", "MH-CHILD", "EDU-ATT"],
      [("convention", "DA", "Sexual violence by a boyfriend is DA; not SAFE-EXP, as no exploitation is described."),
       ("convention", "CRIME", "Rhys's offence is against Amy and he is outside the household (conv 6, 7).")]),
])

case("Z032", "Castlegate", "2025-08-26", "2026-01-05", [
    B("yellow", """Stepdad Andy (lives here) off work since the spring with long Covid; household behind on water and
      council tax.""",
      ["PH", "FIN"]),
    B("orange", """Lucy (16) went missing 3 times in Aug, each time found by police at her girlfriend Mo's (17).
      Lucy says she goes because of the rows with Mum (Angela) about the relationship; Angela has
      called it 'a phase' and taken Lucy's phone. Return home interviews: no concerns about Mo, Lucy
      says she feels safe there.""",
      ["SAFE-EXP", "REL-PAR"],
      [("negated", "DA", "'no concerns about Mo'; Mum taking the phone is parent-child conflict (conv 8)."),
       ("convention", "CRIME", "Police finding a missing child is safeguarding, not CRIME (conv 7).")]),
], [
    B("yellow", """Family did 4 sessions with Castlegate Family Mediation and Angela now lets Mo come round. No
      missing episodes since Oct. Rows with Angela less often but still flare up over curfew.""",
      ["REL-PAR"],
      [("historical", "SAFE-EXP", "No missing episodes since Oct (conv 3).")]),
])


# ---------------------------------------------------------------- output
def build():
    nar_rows, gold_rows, traps = [], [], {}
    for c in CASES:
        for st, stage in (("A", "assessment"), ("C", "closure")):
            boxes = sorted(c["boxes"][st],
                           key=lambda b: LEVELS.index(b["level"]) if b["level"] else -1)
            for b in boxes:
                tid = f"{c['cid']}-{st}"
                nid = f"{tid}-{b['level'] or 'note'}"
                nar_rows.append([nid, tid, c["cid"], stage, c["dates"][st], b["level"],
                                 c["loc"], b["text"]])
                glevel = b["level"] or b["note_level"]
                if b["codes"] and glevel not in LEVELS:
                    raise SystemExit(f"{nid}: no gold level")
                if len(set(b["codes"])) != len(b["codes"]):
                    raise SystemExit(f"{nid}: duplicate code")
                for code in b["codes"]:
                    gold_rows.append([nid, code, glevel])
                if b["traps"]:
                    traps[nid] = b["traps"]
    return nar_rows, gold_rows, traps


def write_csv(path, header, rows):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def main():
    nar, gold, traps = build()
    write_csv(os.path.join(HERE, "narratives.csv"),
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality",
               "narrative"], nar)
    write_csv(os.path.join(HERE, "gold.csv"), ["narrative_id", "code", "level"], gold)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        json.dump(traps, f, ensure_ascii=False, indent=1)
        f.write("\n")
    from collections import Counter
    print(f"cases {len(CASES)}  triages {len({r[1] for r in nar})}  narratives {len(nar)}"
          f"  (notes {sum(1 for r in nar if not r[5])}, no-gold {sum(1 for r in nar if r[0] not in {g[0] for g in gold})})"
          f"  gold rows {len(gold)}  trap narratives {len(traps)}"
          f"  trap entries {sum(len(v) for v in traps.values())}")
    print("stage:", dict(Counter(r[3] for r in nar)))
    print("box level:", dict(Counter(r[5] or 'note' for r in nar)))
    print("locality:", dict(Counter(r[6] for r in nar)))
    print("codes:", dict(sorted(Counter(g[1] for g in gold).items())))
    print("gold level:", dict(Counter(g[2] for g in gold)))


if __name__ == "__main__":
    main()
