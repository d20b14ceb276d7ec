#!/usr/bin/env python3
"""Blind gold set z152: LGBTQ+ and gender-questioning young people (12-18)
in a university city, with their families' own stresses. 2025-26.

Written blind from /work/shared/taxonomy.md (and the devset README / file
format only). Standard library only. Cases are appended in batches below;
the writer at the bottom produces narratives.csv, gold.csv and traps.json.
"""
import csv
import json
import os
import re
from collections import Counter

OUT = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]
LOCALITIES = ["Kilnbridge", "Sallowmead", "Fenmarket", "Upper Carrow"]

NARRATIVES = []   # dicts in file order
TRAPS = {}        # narrative_id -> list of {type, code, note}


def box(stage, level, codes, text, traps=()):
    return dict(stage=stage, level=level, codes=codes, text=text,
                traps=list(traps), note=False)


def note(stage, gold_level, codes, text, traps=()):
    """Unboxed note: empty level column; codes take gold_level, the single
    highest level cue in the text (taxonomy convention 2)."""
    return dict(stage=stage, level=gold_level, codes=codes, text=text,
                traps=list(traps), note=True)


def case(cid, locality, adate, cdate, items):
    assert locality in LOCALITIES, locality
    for it in items:
        stage = {"A": "assessment", "C": "closure"}[it["stage"]]
        date = adate if it["stage"] == "A" else cdate
        triage = f"{cid}-{it['stage']}"
        if it["note"]:
            nid, box_level = f"{triage}-note", ""
        else:
            nid, box_level = f"{triage}-{it['level']}", it["level"]
        assert it["level"] in LEVELS
        assert len(set(it["codes"])) == len(it["codes"]), nid
        NARRATIVES.append(dict(
            narrative_id=nid, triage_id=triage, case_id=cid, stage=stage,
            date=date, level=box_level, locality=locality,
            narrative=" ".join(it["text"].split()),
            codes=list(it["codes"]), gold_level=it["level"]))
        if it["traps"]:
            TRAPS[nid] = [dict(type=t, code=c, note=n) for t, c, n in it["traps"]]


# ---------------------------------------------------------------- batch 1: Z001-Z008

case("Z001", "Kilnbridge", "2025-01-20", "2025-07-10", [
    box("A", "blue", [],
        """Ellis (14) has two close mates and goes to the Thurs evening Spectrum youth group
        at Kilnbridge library - says it's 'the one place nobody questions me'. Mum Dana has been
        reading the parents leaflet the group gave her.""",
        [("not-coded", None, "Attending an LGBTQ+ youth group and a parent reading a leaflet: no need is "
          "stated in this box, so nothing is coded (convention 3, pure good news).")]),
    box("A", "yellow", ["REL-PAR"],
        """Ellis came out to mum as trans in Nov and asked to be called Ellis. Since then
        frequent rows about his name/pronouns - Dana admits she keeps getting it wrong and then gets
        defensive, Ellis slams doors and has said 'you don't even want me'. He has stayed over at his
        friend Kai's 3 times after rows; Dana knew where he was each time and Kai's mum texted her.
        EHW to do joint sessions on communication and repair.""",
        [("convention", "REL-PAR", "Rows between a parent and child are REL-PAR (convention 8)."),
         ("not-coded", "SAFE-EXP", "Staying at a friend's after rows with mum knowing where he is: not a "
          "missing episode, so no SAFE-EXP."),
         ("not-coded", None, "Being trans / coming out is not itself an issue code.")]),
    box("A", "orange", ["SAFE-EXP", "MH-CHILD", "EDU-ATT"],
        """Kilnbridge Academy DSL reports Ellis is being targeted - called 'it' and 'tranny' in the
        corridors, and a Snapchat group was set up to post pics of him. HoY has the screenshots.
        School nurse noticed fresh cuts on his forearm in PE; Ellis says he has been cutting since
        Dec. CAMHS referral sent 16/01, awaiting triage. Attendence down to 79% this half term.""",
        [("convention", "SAFE-EXP", "Transphobic bullying by peers, in school and online, is SAFE-EXP for the "
          "child even though the bullies are outside the household.")]),
    box("C", "green", ["MH-CHILD"],
        """Ellis at 93% since Easter and has a time-out card so he can leave lessons 5 mins early to
        avoid the corridors. Still seeing the school counsellor every fortnight for anxiety.""",
        [("not-coded", "EDU-ATT", "93% attendance is good news and this box states no attendance need; "
          "nothing carried over from the assessment boxes (conventions 1 and 3)."),
         ("not-coded", "SAFE-EXP", "Avoiding the corridors hints at the earlier bullying but no bullying is "
          "described in this text.")]),
    box("C", "blue", ["REL-PAR"],
        """Dana and Ellis have a 'pause' rule - when a row starts they each take 20 mins before
        carrying on. Dana uses his name and he/him without slipping now and Ellis says home is
        'loads calmer'.""",
        [("convention", "REL-PAR", "Blue box: the family is now managing its parent-child rows with its own "
          "rule, which counts as present (convention 3).")]),
])

case("Z002", "Sallowmead", "2025-02-11", "2025-08-28", [
    box("A", "yellow", ["REL-CONF", "FIN"],
        """Parents Carla and Steve separating after 19 yrs, Steve moving out at end of month; lots
        of shouting between them in front of Maya (16) and Josh (11). Carla says she's struggling for
        money since Steve stopped paying into the joint account, now £640 behind on council tax.
        Maya came out to Carla as a lesbian last summer; she hasn't told Steve and thinks he would
        'go mad'.""",
        [("hypothetical", None, "Dad 'would go mad' is a feared reaction, not a described event."),
         ("not-coded", None, "Maya's sexuality is not an issue code.")]),
    box("A", "orange", ["MH-CHILD", "MH-ADULT"],
        """Maya told the DSL at St Odo's she has been thinking about taking an overdose 'to make it
        all stop'; safety plan done same day with Maya and Carla and urgent CAMHS referral made.
        Carla very tearful on the phone, says she isn't coping and has gone back on antidepressants
        via her GP."""),
    box("C", "yellow", ["MH-CHILD", "FIN"],
        """Maya had 4 sessions with the CAMHS urgent care team and has been stepped down to the
        school counsellor weekly. Carla on a payment arrangement with the council for the council tax
        (£50/mth). Steve knows about Maya now - 'quiet about it but fine'.""",
        [("convention", "FIN", "Arrears still being repaid under an arrangement: the debt is current, so FIN "
          "is present."),
         ("convention", "MH-CHILD", "Ongoing school counselling codes MH-CHILD (convention 4).")]),
])

case("Z003", "Fenmarket", "2025-03-04", "2025-09-16", [
    box("A", "yellow", ["CARER", "PH", "EDU-SEND"],
        """Jamie (13) does a lot at home for dad Rob, who has MS and uses a wheelchair indoors:
        sorts his tablets, cooks tea most nights and does the washing. Jamie is on the ASD pathway
        with community paeds and the SENCo has them on SEN support. Referral made to Fenmarket Young
        Carers.""",
        [("convention", "EDU-SEND", "'On the ASD pathway' and SEN support code EDU-SEND (convention 4).")]),
    box("A", "orange", ["MH-CHILD"],
        """Jamie told EHW they are questioning their gender and would like to try they/them at
        school but not at home yet. Says they feel 'numb' most days and has been scratching their arms
        with a compass point. CAMHS appt booked for 14/03.""",
        [("not-coded", None, "Questioning gender is not an issue code; only the self-harm/low mood is.")]),
    box("C", "blue", ["CARER"],
        """Jamie still helps dad with tea but Young Carers on Weds gives them a night off, and Rob's
        sister now comes in three mornings a week. Jamie has told Rob about using they/them and he is
        'cool with it'.""",
        [("not-coded", "PH", "Dad's MS is not named in this box; nothing is carried over from the assessment "
          "(convention 1)."),
         ("convention", "CARER", "Still helping with tea and attending Young Carers: caring is current and "
          "being managed (convention 3).")]),
])

case("Z004", "Upper Carrow", "2025-01-13", "2025-06-30", [
    box("A", "yellow", ["EDU-NEET", "SAFE-EXP"],
        """Sophie (17) left Carrow Park College in Oct and isn't in any education or work. She wants
        to do hair & beauty but says she can't face college after a group of lads filmed her on the
        bus, shouted 'that's a bloke' and put it on TikTok.""",
        [("convention", "SAFE-EXP", "Being filmed, abused and posted online by peers is bullying/online "
          "safety for the young person: SAFE-EXP.")]),
    box("A", "orange", ["HOUS", "REL-PAR"],
        """After a huge row with stepdad Lee just before Xmas Sophie was told to 'get out and don't
        come back'. Since then she has been sofa surfing between freinds' houses and some nights at her
        boyfriend's flat. Mum Nicola wants her home but Lee is refusing. Youth homelessness team
        (Upper Carrow housing options) contacted, joint housing/children's assessment booked.""",
        [("convention", "HOUS", "A 17-year-old told to leave home and sofa surfing is homelessness: HOUS."),
         ("convention", "REL-PAR", "The row with the stepparent is a parent-child relationship issue "
          "(convention 8)."),
         ("not-coded", "SAFE-EXP", "Sofa surfing is not described as a missing episode; exploitation appears "
          "only in the red box, which is coded separately (convention 1).")]),
    box("A", "red", ["SAFE-EXP"],
        """Strategy discussion 09/01 after Sophie disclosed the 'boyfriend' is 23, has asked her for
        nude pics and keeps asking her to come to parties to 'meet his mates'. S47 enquiry agreed,
        police aware and joint visit planned.""",
        [("outside", "CRIME", "The boyfriend is outside the household: his offending is not CRIME; its effect "
          "on Sophie is SAFE-EXP (convention 6).")]),
    box("C", "orange", ["HOUS", "REL-CONF"],
        """Sophie back living with mum in a 2 bed flat - Nicola and Lee split up in Feb and are still
        arguing over the joint tenancy on the old house. Flat is overcrowded, Sophie sharing a room
        with her brother (9); Nicola on the housing register for a 3 bed. Sophie started Level 1 hair
        at Carrow Park in April and is loving it.""",
        [("convention", "REL-CONF", "Separation with continuing arguments between the adults is REL-CONF."),
         ("historical", "EDU-NEET", "She has started a course: NEET is over.")]),
    box("C", "yellow", ["MH-CHILD"],
        """Sophie has no contact with the ex-boyfriend; police NFA'd due to insufficient evidence.
        She still has very low days and the GP has referred her to Mindwell (16-25 talking therapies),
        first appt next week.""",
        [("historical", "SAFE-EXP", "Contact with the exploiting adult has ended."),
         ("outside", "CRIME", "Police NFA concerns the ex-boyfriend, outside the household (conventions 6-7).")]),
])

case("Z005", "Kilnbridge", "2025-04-07", "2025-06-02", [
    note("A", "blue", ["REL-PAR"],
         """Tel call from Mrs Okafor re her son Daniel (15). Daniel told her last week he is gay. She
         says she's fine with it but his dad won't speak to him, has taken his phone off him and says he
         doesn't want 'that talk' in the house. Lots of tension, Daniel and dad not eating together.
         Mum asked for advice - gave details of the parents' group at Spectrum and the council's online
         parenting pages; mum will try these and ring back if things don't settle. No other concerns,
         Daniel going to school as normal.""",
         [("convention", None, "Unboxed note: the only level cue is signposting the family acts on itself, so "
           "blue (convention 2). A peer parents' group is signposted, not a parenting course."),
          ("convention", "REL-PAR", "Dad refusing to speak to his son and taking his phone: parent-child "
           "relationship, REL-PAR."),
          ("negated", "EDU-ATT", "'going to school as normal'.")]),
    box("C", "blue", ["REL-PAR"],
        """Dad has started speaking to Daniel again and gave him his phone back. Mum and dad have been
        to two of the Spectrum parents' evenings together. Mum says it's 'not perfect but getting
        there'.""",
        [("convention", "REL-PAR", "Relationship still being repaired ('not perfect but getting there'): "
          "now managing, present in a blue box (convention 3).")]),
])

case("Z006", "Sallowmead", "2025-02-24", "2025-07-21", [
    box("A", "green", ["MH-CHILD", "PH"],
        """Priya (12) Y8 at Sallowmead School. School nurse seeing her weekly for anxiety - gets
        panicky and feels sick before school most days. Mum Anita has had long covid since 2023, off
        sick from her job at the university library and in bed a lot of the day.""",
        [("convention", "PH", "Mum's long covid is a current physical illness: PH.")]),
    box("A", "orange", ["SAFE-EXP"],
        """Dad Raj found messages on Priya's tablet from an adult man she met on a gaming server,
        telling her to keep their chats 'our secret', asking if she'd ever kissed a girl and asking for
        photos. Police informed, tablet taken for examination. Priya had told him things she hadn't
        told her parents, incl that she thinks she's bi. EHW to do online safety work with Priya and
        parents.""",
        [("outside", "CRIME", "The groomer is outside the household and police are acting to safeguard: not "
          "CRIME (conventions 6-7)."),
         ("not-coded", None, "Priya's sexuality is not an issue code.")]),
    box("C", "blue", ["SAFE-EXP"],
        """Raj started a new job in May and the family haven't needed the food bank since. Priya and
        Anita did the online safety sessions together; Priya's accounts are private now and she tells
        mum who she games with.""",
        [("historical", "FIN", "Food bank use has ended and dad is in work: over (convention 3)."),
         ("convention", "SAFE-EXP", "Online safety now being managed by the family: present in a blue box "
          "(convention 3).")]),
])

case("Z007", "Fenmarket", "2025-06-03", "2025-11-18", [
    note("A", "red", ["REL-PAR", "DA"],
         """Strategy meeting 03/06 re Lexi (15, trans girl, legal name Alex). Lexi told her form tutor
         dad shouts that she is 'a disgrace' and throws her make-up in the bin when she wears it. Mum
         Gemma then disclosed dad controls all the money, checks her phone, and pinned her against the
         wall in front of the children last week. Outcome: s47 enquiries; Lexi and her brother to stay at
         maternal aunt's by agreement pending the joint visit.""",
         [("convention", None, "Unboxed note: strategy meeting and s47 are red cues (convention 2)."),
          ("convention", "DA", "Coercive control (money, phone) and assault of mum by dad: DA."),
          ("convention", "REL-PAR", "Dad's treatment of Lexi over her make-up is parent-child relationship, "
           "REL-PAR; the abuse of mum is DA (convention 8)."),
          ("not-coded", "FIN", "Dad controlling the money is part of the coercive control, not a money "
           "problem.")]),
    box("C", "yellow", ["DA", "MH-CHILD"],
        """Dad moved out in June under police bail conditions and has since been charged with assault.
        Gemma attending the Freedom Programme at Fenmarket family hub on Tuesdays. Lexi back home with
        mum and brother; GP has started her on sertraline for low mood.""",
        [("convention", "DA", "Bail and charge for assaulting mum are DA only, not CRIME (convention 7); "
          "Freedom Programme codes DA (convention 4).")]),
])

case("Z008", "Upper Carrow", "2025-03-10", "2025-09-08", [
    box("A", "orange", ["REL-PAR", "CRIME", "SUB"],
        """Police called 22/02 by mum Tracey after Kieran (16) punched a hole in the kitchen door and
        shoved her into the fridge during a row about him coming home drunk at 2am. No arrest, words of
        advice. Kieran drinking most weekends and smoking cannabis every day, says 'everyone at the park
        does'.""",
        [("convention", "REL-PAR", "Child-to-parent violence is REL-PAR plus CRIME as police were called "
          "about the young person, not DA (convention 8).")]),
    box("A", "yellow", ["EDU-NEET"],
        """Kieran left Y11 in July with no GCSEs above a 3, didn't take up his place at Carrow Park
        and isn't working. Spends the days in bed or at the skate park, vapes constantly. He came out
        as gay at 14 and Tracey has always been fine with it.""",
        [("not-coded", "SUB", "Vaping is not SUB (convention 12)."),
         ("not-coded", "PH", "'Spends the days in bed' describes NEET inactivity, not a stated sleep problem."),
         ("not-coded", None, "Coming out, with an accepting parent, is not an issue.")]),
    box("C", "blue", ["EDU-NEET"],
        """Kieran still not in college or work but has signed up himself for the Next Steps
        employability course starting in Jan and is looking at plumbing apprenticeships. No incidents
        at home since March and no further police call-outs.""",
        [("convention", "EDU-NEET", "Still NEET until the course starts; managing it himself, present in a "
          "blue box (convention 3)."),
         ("historical", "REL-PAR", "No incidents at home since March."),
         ("historical", "CRIME", "No further police call-outs.")]),
])

# ---------------------------------------------------------------- batch 2: Z009-Z016

case("Z009", "Kilnbridge", "2025-05-12", "2025-11-03", [
    box("A", "green", ["EYD"],
        """Household: mum Samira, dad Tariq, Noor (14), Adam (9) and twins Yusuf & Zain (2). HV 2-yr
        review - twins not saying any words yet, referred to SALT. Twins not at nursery; Samira didn't
        know they could get the funded 2-yr-old place.""",
        [("convention", "EYD", "Under-5 speech delay and nursery take-up are EYD (convention 9).")]),
    box("A", "orange", ["MH-CHILD"],
        """Noor told her form tutor she thinks she is bisexual and is terrified her parents will find
        out - says if they knew she would 'get thrown out'. Tutor saw cuts on her wrist, Noor says she
        cuts a few times a week. CAMHS referral made with Noor's consent; she doesn't want her parents
        told about her sexuality.""",
        [("hypothetical", "HOUS", "'If they knew she would get thrown out' is a feared outcome, not a current "
          "housing risk."),
         ("not-coded", "REL-PAR", "No parent-child conflict is described, only Noor's fear.")]),
    box("C", "yellow", ["MH-CHILD", "EYD"],
        """Noor still self-harming but less often, on the CAMHS waiting list for the DBT skills group.
        Housing assoc. treated the damp in the back bedroom in July, no problems since. Twins started
        nursery in Sept and are in a SALT group there.""",
        [("historical", "HOUS", "Damp treated in July, no problems since: over."),
         ("convention", "EYD", "Twins in an ongoing SALT group: EYD present (convention 4).")]),
])

case("Z010", "Sallowmead", "2025-09-22", "2026-03-09", [
    box("A", "yellow", ["EDU-ATT", "EDU-SEND"],
        """Riley (15, they/them) has barely been in since Sept, attendance 41%. Says they can't cope
        with the noise and two teachers who keep calling them 'young lady'. Riley has ADHD (dx 2023,
        medicated via paeds) and the SENCo at Sallowmead School is applying for an EHC needs
        assessment. Part-time timetable 3 mornings/wk being set up.""",
        [("not-coded", "SAFE-EXP", "Being misgendered by two teachers is not described as bullying by peers "
          "or anyone else; not SAFE-EXP."),
         ("not-coded", "PH", "ADHD medication is EDU-SEND territory here, not PH."),
         ("convention", "EDU-SEND", "A 2023 diagnosis is a current condition, not a historical mention.")]),
    box("A", "orange", ["FIN", "HOUS"],
        """Mum Kerry has about £3k on catalogues and credit cards, the gas meter is on emergency credit
        most weeks and the landlord served a section 8 notice on 02/09 for £1,450 rent arrears."""),
    box("C", "yellow", ["EDU-SEND", "EDU-ATT", "FIN"],
        """EHCP issued in Jan; Riley now on a part-time timetable at the Bridge (AP), 4 days a week,
        attending 88% of those. Kerry has a DRO through Citizens Advice and is paying the rent arrears
        off at £60/mth; landlord has agreed not to go to court as long as the payments are kept up.""",
        [("hypothetical", "HOUS", "Court action only if payments stop: 'at risk of X only if Y' is "
          "hypothetical."),
         ("convention", "EDU-ATT", "A part-time timetable codes EDU-ATT."),
         ("convention", "FIN", "Rent arrears still being repaid and a DRO in force: present.")]),
])

case("Z011", "Fenmarket", "2025-04-28", "2025-10-13", [
    box("A", "blue", [],
        """Parents Liz and Mark fully supportive of Tom (16), both in a local parents-of-trans-kids
        WhatsApp group. Tom has been on the waiting list for the regional children's gender service
        since May 2023; told the wait could be another 2 yrs. Family have decided not to go private.""",
        [("not-coded", None, "The gender service waiting list alone is not coded: gender identity is not an "
          "issue area in the taxonomy and no distress or health need is described. (Convention 4 codes a "
          "service's area; this service has no area among the codes.)")]),
    box("A", "green", ["PH"],
        """Tom binding most of the day including PE, complaining of sore ribs and getting breathless on
        the stairs. School nurse gave advice on safe binding and breaks; GP appt 06/05.""",
        [("convention", "PH", "Rib pain and breathlessness from binding: physical health, PH.")]),
    box("A", "yellow", ["SAFE-EXP", "MH-CHILD"],
        """Tom getting abusive DMs on Instagram from an anon account since party pics were shared,
        incl 'just kill yourself'. Reported to the platform and school. He's very low and won't go out
        at weekends. School's wellbeing mentor (EH funded) seeing him weekly."""),
    box("C", "blue", [],
        """Tom binds for max 8 hrs with breaks and the rib pain has gone. He blocked the account and
        the messages stopped in June. Still waiting on the gender service.""",
        [("historical", "PH", "Rib pain 'has gone'."),
         ("historical", "SAFE-EXP", "Messages 'stopped in June'."),
         ("not-coded", None, "Gender service waiting list alone is not coded (see A-blue).")]),
])

case("Z012", "Upper Carrow", "2025-10-06", "2026-03-30", [
    box("A", "yellow", ["PH", "CARER", "EDU-ATT"],
        """Mum Jo having chemo for breast cancer, dad works away Mon-Fri on the wind farms. Leah (13)
        gets her brother Alfie (6) up, dressed and to school most days and does the big shop with Jo's
        card. Leah has been late to Carrow Park School 17 times this term because of the school run.
        Leah came out to Jo as a lesbian at Xmas; Jo says she was 'just glad she told me'.""",
        [("not-coded", "FIN", "Dad working away is not a money problem (convention 5)."),
         ("not-coded", None, "Coming out with an accepting parent is not an issue.")]),
    box("C", "blue", ["CARER"],
        """Jo finished chemo in Jan and is back at work part-time. Leah goes to the young carers club
        once a month and says she does a lot less at home now that Nan takes Alfie to school.""",
        [("historical", "PH", "Chemo finished and mum back at work: no current illness described."),
         ("convention", "CARER", "'Does a lot less' still means some caring, supported by the young carers "
          "club: present (convention 3).")]),
])

case("Z013", "Kilnbridge", "2025-04-01", "2025-10-20", [
    box("A", "orange", ["DA", "EDU-ATT"],
        """Mum Shelley disclosed her partner Gary (lives with them) strangled her on 18/03; DASH high
        risk, MARAC 14/04, IDVA allocated. Ollie (17) was in the house and rang 999 for her.
        Ollie is at Kilnbridge Sixth Form College, attendance 68%; he told EHW he has been staying at
        his boyfriend's some nights to get away from it.""",
        [("convention", "DA", "The partner's assault on mum, MARAC and IDVA: DA only, not CRIME "
          "(convention 7)."),
         ("not-coded", "SAFE-EXP", "Staying at his boyfriend's to get away is not described as missing.")]),
    box("A", "red", ["DA"],
        """ICPC 30/04: Mia (4) and Ollie made subject to CP plans, category emotional abuse, due to DA
        in the home. Gary bailed with conditions not to attend the address.""",
        [("convention", "DA", "Bail for the DV offence is DA, not CRIME (convention 7).")]),
    box("C", "orange", ["DA", "MH-CHILD", "EYD"],
        """Gary convicted of the assault in Sept, restraining order granted. Shelley attending the
        Freedom Programme. Ollie on the CAMHS waiting list for anxiety since the incident. Mia at
        nursery; her speech is a bit behind so nursery are doing WellComm with her.""",
        [("convention", "DA", "Conviction for assaulting mum is DA not CRIME (convention 7); the restraining "
          "order and Freedom Programme keep DA current (convention 4)."),
         ("convention", "EYD", "Speech delay in a 4-year-old is EYD (convention 9).")]),
])

case("Z014", "Sallowmead", "2025-11-12", "2026-02-16", [
    note("A", "green", ["PH"],
         """School nurse drop-in. Fin (13) came in asking about 'being trans' and whether she could talk
         without mum being told; talked through confidentiality. Fin says things at home are fine, no
         worries about her safety, thinks mum 'would probably be ok'. She has had headaches most
         afternoons for about a month - advised to see GP and get her eyes tested. Gave her the
         Spectrum youth group leaflet.""",
         [("convention", None, "Unboxed note: school nurse and GP are green cues, above the blue signposting "
           "(convention 2)."),
          ("negated", None, "Home 'fine', no worries about safety: nothing coded for home or safety."),
          ("not-coded", None, "Asking about being trans is not an issue code.")]),
    box("C", "blue", [],
        """Fin has told mum, who was supportive. Optician found she needed glasses and the headaches
        have stopped since she started wearing them.""",
        [("historical", "PH", "Headaches stopped: over.")]),
])

case("Z015", "Fenmarket", "2025-02-03", "2025-07-14", [
    box("A", "orange", ["EDU-EXC", "SAFE-EXP", "REL-CONF"],
        """Harvey (14) suspended for 3 days in Jan for punching a boy who had been calling him
        homophobic names since Y8, and again this week for swearing at his maths teacher. School
        proposing a managed move to St Odo's. Parents separated and only communicate through
        solicitors; the contact arrangements keep collapsing and there's a court hearing in April.
        Harvey says he is sick of being 'the go-between'.""",
        [("convention", "SAFE-EXP", "Long-running homophobic name-calling by a peer: bullying, SAFE-EXP."),
         ("not-coded", "CRIME", "A punch in school dealt with by suspension, no police: EDU-EXC, not CRIME.")]),
    box("C", "yellow", ["EDU-EXC", "REL-CONF"],
        """Managed move to St Odo's started after Easter, 12-wk trial ends in July; Harvey settling
        and has made friends, no name-calling there. Parents on their 3rd of 6 sessions at Fenmarket
        Family Mediation and have agreed a contact rota for now.""",
        [("convention", "EDU-EXC", "A managed move still in its trial period is current EDU-EXC."),
         ("negated", "SAFE-EXP", "'no name-calling there'."),
         ("convention", "REL-CONF", "Mediation still ongoing codes REL-CONF (convention 4).")]),
])

case("Z016", "Upper Carrow", "2025-03-17", "2025-09-29", [
    box("A", "yellow", ["MH-ADULT", "CARER", "EDU-SEND"],
        """Mum Sarah has long-standing depression and rarely leaves the house; GP increased her meds
        last month. Bella (16, trans girl) does most of the cooking, collects Sarah's prescriptions and
        gets her brother (11) to bed. Bella has an EHCP for autism and is in Y11 in the resourced
        provision at Carrow Park School."""),
    box("A", "orange", ["FIN", "HOUS"],
        """Sarah's PIP was stopped after a review in Jan and the mandatory reconsideration was refused;
        appeal lodged. Rent arrears now £1,100 and the private landlord has served a section 21.""",
        [("convention", "FIN", "PIP is FIN evidence here because a benefit problem is described "
          "(convention 5); it does not imply PH.")]),
    note("C", "yellow", ["EDU-SEND", "CARER"],
         """Closure summary (EHW). PIP reinstated at tribunal in Aug with backdating, arrears paid off
         and landlord happy for the family to stay. Bella started the Pathways course at Kilnbridge
         College in Sept with her EHCP carried over, and has been linked to the young carers service's
         16+ group. Case closed to EH.""",
         [("convention", None, "Unboxed note: EHW and the young carers service are yellow cues; 'tribunal' is "
           "not a level cue (convention 2)."),
          ("historical", "FIN", "PIP reinstated, arrears paid off."),
          ("historical", "HOUS", "Landlord happy for the family to stay: the notice risk is over."),
          ("convention", "CARER", "Linked to a young carers service: the service implies the caring "
           "(convention 4).")]),
])

# ---------------------------------------------------------------- batch 3: Z017-Z025

case("Z017", "Kilnbridge", "2025-06-16", "2025-12-08", [
    box("A", "yellow", ["FIN", "REL-CONF"],
        """Dad Chris has run up about £8k on online casino sites; mum Vicky found out in May. Constant
        arguments between them since and Chris is sleeping on the sofa. Aiden (12) asked EHW whether
        the arguing is because he came out as gay in the spring - reassured it isn't. Chris referred
        to GamFree (gambling support service).""",
        [("convention", "FIN", "Gambling debts are FIN, not SUB (convention 10)."),
         ("convention", "REL-CONF", "Arguments between the parents, no abuse described: REL-CONF (convention 8).")]),
    box("A", "blue", ["FIN"],
        """Vicky's sister lent them £900 to cover this month's mortgage payment and Vicky has taken over
        the household bank account.""",
        [("convention", "FIN", "Money shortfall managed through the family's own network: present in a "
          "blue box (convention 3).")]),
    box("C", "blue", ["FIN", "REL-CONF"],
        """Chris has self-excluded from all the gambling sites and is paying £200/mth into a debt
        management plan. Vicky and Chris say they are 'rubbing along' and the rows are much fewer.""",
        [("not-coded", "EDU-EXC", "'Self-excluded' from gambling sites is not a school exclusion."),
         ("convention", "FIN", "Debt still being repaid through a DMP: now managing, present (convention 3)."),
         ("convention", "REL-CONF", "'Much fewer' rows still means some: present and being managed.")]),
])

case("Z018", "Sallowmead", "2025-03-24", "2025-10-06", [
    box("A", "red", ["SAFE-EXP", "CRIME"],
        """Grace (15) reported missing 4 times since Jan; police found her twice in a flat in
        Sallowmead with older males. On 11/03 she was found with 8 wraps of cannabis in her bag.
        Strategy meeting 13/03: s47, NRM referral to be made, CCE screening tool completed - high.""",
        [("convention", "SAFE-EXP", "Drugs found on an exploited child are SAFE-EXP and CRIME, not SUB "
          "(convention 12)."),
         ("convention", "CRIME", "Police finding her when missing is safeguarding, not CRIME (convention 7); "
          "CRIME comes from the drugs found.")]),
    box("A", "orange", ["REL-PAR", "CRIME", "EDU-ATT"],
        """Grace and mum Nat row most days. Nat rang police twice in Feb when Grace smashed up her
        bedroom and threw a mug at her. Grace came out as gay last year; Nat says 'I don't care who
        she's with, I care where she is'. Grace hasn't been in school since Feb half term.""",
        [("convention", "REL-PAR", "Child-to-parent violence with police called: REL-PAR plus CRIME, not DA "
          "(convention 8).")]),
    box("C", "orange", ["CRIME", "EDU-ATT", "REL-PAR"],
        """No missing episodes since June. Grace open to the YOS on a youth conditional caution for the
        cannabis. Attendance at Sallowmead School 55% this term. Nat on the Talking Teens course, says
        things are calmer but curfew is still a flashpoint.""",
        [("historical", "SAFE-EXP", "No missing episodes since June and no exploitation described now."),
         ("convention", "CRIME", "YOS and a youth conditional caution: youth justice, CRIME (convention 7)."),
         ("not-coded", "SUB", "The cannabis is the possession offence, not described as use.")]),
])

case("Z019", "Fenmarket", "2025-09-19", "2026-02-02", [
    note("A", "orange", ["EDU-ATT", "MH-CHILD", "PH", "FIN"],
         """TAF review 19/09 - mum (Becky), SENCo, school nurse, CAMHS practitioner, EHW. Sam (14, trans
         boy) attendance 60%; CAMHS working with him on anxiety and panic attacks. School nurse
         monitoring his weight, he has lost 5kg since the summer. Becky on a zero-hours contract and
         says money is very tight - used the food bank twice this month. Plan: reduced timetable for
         4 wks; EHW to do a benefits check with Becky.""",
         [("convention", None, "Unboxed note: TAF plan and CAMHS are orange cues, the highest here "
           "(convention 2)."),
          ("convention", "FIN", "Zero-hours work alone is not FIN (convention 5), but 'money very tight' and "
           "the food bank are (convention 10)."),
          ("not-coded", "EDU-SEND", "SENCo attendance at a TAF does not by itself describe a special "
           "educational need.")]),
    box("C", "green", ["MH-CHILD", "PH"],
        """Sam back on a full timetable. Still gets the odd panic attack and uses the breathing
        techniques he learnt at CAMHS. School nurse weighs him monthly, weight back up and stable.""",
        [("not-coded", "EDU-ATT", "Back on a full timetable: good news, no attendance need stated."),
         ("convention", "PH", "Weight has recovered but monthly school-nurse monitoring continues: an ongoing "
          "service, present in a green box (conventions 3 and 4). Hard call.")]),
])

case("Z020", "Upper Carrow", "2025-05-06", "2025-11-24", [
    box("A", "orange", ["SUB", "MH-ADULT", "FIN"],
        """Dad Darren sole carer since mum left in 2024. Drinking 2-3 bottles of wine a night since being
        laid off from the print works in Jan; crisis team saw him in April after he told his GP he
        wanted to end his life.""",
        [("historical", "REL-CONF", "Mum leaving in 2024 is a past separation with no conflict described."),
         ("not-coded", "CARER", "Dad as 'sole carer' is a parent, not a young carer (convention 12)."),
         ("convention", "FIN", "Household worklessness after being laid off is FIN.")]),
    box("A", "yellow", ["SAFE-NEG", "SAFE-EXP"],
        """House very cluttered, kitchen not usable and no food in the cupboards on either visit. Kai
        (16) buys his own tea with his Saturday job money. His sister Jess (12) in the same uniform all
        week and is being picked on at school for smelling. Kai is out as pan to his friends but not to
        dad; says school is his escape.""",
        [("convention", "SAFE-NEG", "No food in the home, hygiene and home conditions: SAFE-NEG (convention 10)."),
         ("convention", "SAFE-EXP", "Jess being picked on by peers is bullying: SAFE-EXP.")]),
    box("C", "yellow", ["SUB", "FIN"],
        """Darren engaging with Recovery Carrow, 5 wks alcohol-free. Kitchen cleared, food in on the last
        3 visits, Jess has 2 sets of uniform now. Darren signing on and doing his JCP work coach
        appts.""",
        [("convention", "SUB", "Ongoing drug and alcohol service codes SUB (convention 4)."),
         ("historical", "SAFE-NEG", "Home conditions and food now improved."),
         ("convention", "FIN", "Still workless and claiming: household worklessness, present.")]),
])

case("Z021", "Kilnbridge", "2025-11-17", "2026-05-11", [
    box("A", "orange", ["SAFE-EXP", "EDU-ATT"],
        """Nude image of Ruby (13) passed round Y9 group chats after she sent it to a boy she was
        seeing. Schools police officer involved and image reported through Report Remove. Ruby being
        called a 'lesbo' and a 'slag' in school since, and has refused to go in 3 days this week.""",
        [("not-coded", "CRIME", "Police involvement is safeguarding around image sharing by peers; no "
          "household member's offending is described (conventions 6-7).")]),
    box("A", "green", ["EYD", "MH-ADULT"],
        """Baby brother Teddy (7 months): HV concerned he isn't rolling or sitting yet, development
        review brought forward. Mum Hayley on her own since Teddy's dad left in the summer, feeling
        low; GP has started her on meds for PND.""",
        [("historical", "REL-CONF", "Dad leaving in the summer is a completed separation with no current "
          "conflict or contact dispute described: not coded.")]),
    box("C", "green", ["MH-ADULT"],
        """Ruby back in full time and says the comments have stopped; she'd go to her HoY if anything
        started again. Teddy sitting and crawling, HV has stopped the extra reviews. Hayley still on
        antidepressants from the GP and feels 'loads better'.""",
        [("historical", "SAFE-EXP", "Comments 'have stopped'; restarting is hypothetical."),
         ("historical", "EYD", "Milestones reached and extra reviews stopped."),
         ("convention", "MH-ADULT", "Still on antidepressants: ongoing treatment, present (conventions 3-4).")]),
])

case("Z022", "Sallowmead", "2025-10-20", "2026-04-13", [
    box("A", "orange", ["PH", "FIN", "HOUS", "EDU-NEET"],
        """Dad Pete off work with a back injury since Aug, his SSP runs out in Feb. Family 2 months
        behind on the mortgage and the lender has written warning of possession proceedings. Ash
        (17, they/them) dropped out of sixth form in Nov saying they were 'done with being stared at',
        now not in education or work and spends most days in their room gaming. Mum works at the
        university on a fixed-term contract.""",
        [("convention", "HOUS", "A lender's letter warning of possession proceedings is a current risk of "
          "losing the home: HOUS."),
         ("not-coded", "FIN", "Mum's fixed-term job is not itself FIN; FIN comes from the mortgage arrears.")]),
    box("C", "yellow", ["PH", "FIN", "EDU-NEET"],
        """Pete had spinal surgery in Jan and is still off recovering. Lender agreed reduced payments for
        6 months, arrears £2,300. Ash enrolled on a Level 2 digital skills course at Kilnbridge College
        starting in May, at home with nothing in the day till then.""",
        [("convention", "EDU-NEET", "Enrolled for a future course but still NEET now: present."),
         ("not-coded", "HOUS", "No possession risk is described in this box.")]),
])

case("Z023", "Fenmarket", "2026-01-14", "2026-05-27", [
    note("A", "yellow", ["REL-PAR"],
         """EHW home visit, Zara (13) and mum Leanne. Zara came out as bi in Dec; Leanne says she is
         'trying' and they both laughed about it. The main thing is rows about Zara's phone - she won't
         hand it over at bedtime and screams at Leanne when asked. Agreed a family phone plan. Zara's
         best friend is self-harming and Zara is worried about her; encouraged her to tell a teacher.
         No self-harm or low mood for Zara herself, school report no concerns.""",
         [("convention", None, "Unboxed note: an early help worker is the yellow cue (convention 2)."),
          ("outside", "MH-CHILD", "The friend's self-harm is about someone outside the household (convention 6)."),
          ("negated", "MH-CHILD", "'No self-harm or low mood for Zara herself'."),
          ("negated", None, "'school report no concerns'.")]),
    box("C", "blue", ["REL-PAR"],
        """Phones go on charge in the kitchen at 9.30 and Zara mostly sticks to it. Leanne says the
        screaming matches have stopped.""",
        [("convention", "REL-PAR", "The family is now managing a boundary it set ('mostly sticks to it'): "
          "present in a blue box (convention 3), although the screaming matches are historical.")]),
])

case("Z024", "Upper Carrow", "2025-07-07", "2026-01-12", [
    box("A", "green", ["PH", "CARER"],
        """Charlie (15) has lived with her maternal grandparents under an SGO since 2019; they are her
        kinship carers. Gran (71) has COPD and bad arthritis, managed by the GP. Grandad has dementia
        and Charlie sits with him most evenings so gran can rest - missing homework club to do it.""",
        [("convention", "CARER", "Kinship carers are not CARER (convention 12), but Charlie's own caring "
          "for grandad is."),
         ("convention", "PH", "COPD, arthritis and dementia of household members: PH.")]),
    box("A", "orange", ["SAFE-EXP", "MH-CHILD"],
        """Charlie was assaulted walking home by two boys from another school who called her a 'tranny'
        and pushed her into a hedge; police investigating it as a hate crime. Since then she won't walk
        anywhere alone and has had several panic attacks. CAMHS referral done.""",
        [("outside", "CRIME", "The offenders are outside the household; police are investigating for the "
          "victim, so not CRIME (conventions 6-7). The targeting by peers is SAFE-EXP.")]),
    box("C", "yellow", ["CARER", "PH", "MH-CHILD"],
        """Carrow Young Carers worker sees Charlie monthly, and grandad now goes to a dementia day centre
        3 days a week. Charlie walks to school with a friend; panic attacks much less often, school
        counsellor weekly.""",
        [("convention", "MH-CHILD", "Panic attacks 'much less often' are still present."),
         ("not-coded", "SAFE-EXP", "No victimisation is described in this box.")]),
])

case("Z025", "Kilnbridge", "2025-10-03", "2026-03-16", [
    box("A", "red", ["MH-CHILD", "REL-PAR"],
        """Ben (16) admitted to Kilnbridge General 02/10 after taking 30 paracetamol following a row
        in which mum's partner Wayne called him a 'f**'. Strategy meeting held 03/10; s47 and CIN
        assessment.""",
        [("convention", "REL-PAR", "A row between the young person and mum's live-in partner (a parent "
          "figure) is parent-child relationship: REL-PAR (convention 8).")]),
    box("A", "orange", ["SUB", "REL-CONF", "EDU-ATT"],
        """Wayne uses cocaine most weekends and mum Kim says she drinks 'more than she should'.
        Neighbours have called the police twice about shouting between Kim and Wayne; Kim denies any DA
        and no injuries seen. Ben in Y12 at Carrow Park College, attendance 74%.""",
        [("negated", "DA", "'Kim denies any DA and no injuries seen': the adults' shouting is REL-CONF."),
         ("not-coded", "CRIME", "Police called about adults shouting, no offence or young person's behaviour: "
          "not CRIME (convention 7)."),
         ("outside", None, "The neighbours who called police are outside the household.")]),
    box("C", "orange", ["MH-CHILD", "REL-CONF"],
        """Ben moved to his dad Mike's in Sallowmead in Nov. Open to CAMHS, seen fortnightly. Mike and
        Kim not speaking and arguing by text about who pays for Ben's bus pass and phone.""",
        [("convention", "REL-CONF", "Separated parents arguing about the child's costs: REL-CONF."),
         ("not-coded", "FIN", "A dispute over who pays is not a described money problem.")]),
])

# ---------------------------------------------------------------- batch 4: Z026-Z033

case("Z026", "Sallowmead", "2026-01-26", "2026-07-20", [
    box("A", "orange", ["MH-CHILD", "PH", "REL-PAR"],
        """Mia (14) restricting food since Oct, BMI on the 3rd centile and dizzy in PE. GP referred to
        the Kilnbridge Eating Disorder Service (CAMHS), assessment 02/02. Dad Gav is a single parent
        working nights as a care assistant and says he can't supervise her meals; they row about food
        most days and Mia has stayed at her girlfriend's after the worst rows (Gav knows where she is).""",
        [("not-coded", "FIN", "Working nights is not FIN (convention 5)."),
         ("not-coded", "SAFE-EXP", "Staying at her girlfriend's with dad knowing: not a missing episode."),
         ("convention", "PH", "Low BMI and dizziness are described as physical health, alongside MH-CHILD.")]),
    box("C", "green", ["MH-CHILD"],
        """Mia weight-restored, seen by the eating disorder service every 4 wks for relapse prevention.
        Gav's mum comes round for tea on his work nights.""",
        [("historical", "PH", "Weight restored."),
         ("convention", "MH-CHILD", "Ongoing eating disorder service: MH-CHILD (convention 4); 'relapse "
          "prevention' is the service's purpose, not a hypothetical.")]),
])

case("Z027", "Fenmarket", "2026-02-09", "2026-05-04", [
    note("A", "green", ["EDU-SEND"],
         """Call from Mr Lewandowski re son Kuba (12), who told his parents at the weekend that he is gay.
         Dad wants to 'get it right' and asked whether to tell school; talked through letting Kuba lead.
         Kuba has dyslexia and gets SEN support from the SENCo at Fenmarket Academy, dad happy with this.
         Signposted to the council's LGBTQ+ family pages and the Spectrum junior group. NFA from EH.""",
         [("convention", None, "Unboxed note: SENCo is a green cue and outranks the blue signposting "
           "(convention 2)."),
          ("not-coded", "REL-PAR", "A parent asking how to support his son, with no difficulty described, is "
           "not a parenting need.")]),
    box("C", "blue", [],
        """Nothing further - Kuba told his form tutor himself and has joined the junior group.""",
        [("not-coded", None, "No need described.")]),
])

case("Z028", "Upper Carrow", "2025-08-26", "2026-02-23", [
    box("A", "orange", ["HOUS", "DA", "MH-ADULT"],
        """Kayleigh and her two, Jordan (16) and Ellie (10), in a B&B (temp accom) since fleeing
        Kayleigh's ex-partner in July - one room for the three of them. Non-molestation order in place;
        he has turned up at Ellie's school once. Kayleigh has PTSD and panic attacks when she goes out,
        under the community mental health team.""",
        [("convention", "DA", "The ex-partner is outside the household but his abuse affects the family: DA "
          "(convention 6).")]),
    box("A", "green", [],
        """Jordan (trans boy) out from day one at his new school, using his name on the register, no
        issues. Ellie settled at Carrow Park Primary. Kayleigh's earlier relationship with the children's
        dad was also abusive; that ended in 2019 and there has been no contact since.""",
        [("historical", "DA", "Abuse by the children's father ended in 2019, no contact since."),
         ("not-coded", None, "A supported transition at school with 'no issues' is not an issue.")]),
    box("C", "yellow", ["MH-ADULT"],
        """Family moved into a 3-bed HA house in Fenmarket in Dec. Non-mol expired in Jan and no contact
        from the ex since Sept. Kayleigh still under the CMHT for her PTSD, panic attacks in busy
        places.""",
        [("historical", "HOUS", "Now in a settled tenancy: the housing need is over."),
         ("historical", "DA", "Order expired and no contact since Sept.")]),
])

case("Z029", "Kilnbridge", "2025-09-08", "2026-02-09", [
    box("A", "orange", ["EDU-EXC"],
        """Finley (15) has had 3 suspensions since Sept last year (fighting, vaping in the toilets,
        refusing to hand over his phone). Governors' letter says any further serious incident will mean
        permanent exclusion. Finley is openly gay at school; staff say the fights were not about
        bullying - Finley started both.""",
        [("negated", "SAFE-EXP", "'not about bullying'."),
         ("not-coded", "SUB", "Vaping is not SUB (convention 12)."),
         ("not-coded", "CRIME", "Fights dealt with by school suspension only, no police: not CRIME.")]),
    box("A", "yellow", ["REL-PAR", "PH"],
        """At home Finley swears at mum Sue and won't come in before 11pm. Sue has epilepsy and says the
        stress is bringing on more seizures."""),
    box("C", "yellow", ["EDU-EXC", "REL-PAR", "PH"],
        """No suspensions since Nov; Finley is on a pastoral support plan with weekly mentor check-ins.
        Sue did Triple P Teen at the family hub, curfew of 10pm now kept most nights. Neurologist has
        changed Sue's meds and the seizures are down to about one a month.""",
        [("convention", "EDU-EXC", "No suspensions since Nov, but a pastoral support plan is an ongoing "
          "intervention for risk of exclusion (convention 4)."),
         ("convention", "REL-PAR", "Curfew kept 'most nights': the boundary issue is still current."),
         ("convention", "PH", "Seizures continue at a lower rate: present.")]),
])

case("Z030", "Sallowmead", "2025-12-01", "2026-06-15", [
    box("A", "orange", ["REL-CONF"],
        """Rachel and Dan separated in 2024 and are in court over where Ezra (13) lives. Ezra (registered
        female at birth, now using he/him) lives with mum; Dan won't accept it and has told school not to
        use Ezra's name. Cafcass involved. Shouting matches between the parents at handovers in front of
        Ezra.""",
        [("convention", "REL-CONF", "A current court dispute over residence and rows at handovers: REL-CONF, "
          "though the separation itself dates from 2024."),
         ("not-coded", None, "Ezra's gender identity is not an issue code.")]),
    box("A", "yellow", ["MH-CHILD", "PH"],
        """Ezra anxious before contact weekends, tearful and can't get to sleep the night before.
        School counsellor sees him weekly.""",
        [("convention", "PH", "A sleep problem at school age is PH (convention 9), added to MH-CHILD.")]),
    box("C", "blue", ["REL-CONF", "MH-CHILD"],
        """Court order now in place - alternate weekends with handovers at school so the parents don't
        meet. Dan uses Ezra's name 'mostly'. Ezra uses the counsellor drop-in when he needs to.""",
        [("convention", "REL-CONF", "Contact now managed under a court order designed to keep the parents "
          "apart: present in a blue box (convention 3)."),
         ("convention", "MH-CHILD", "Using counselling when needed: now managing, present (convention 3).")]),
])

case("Z031", "Fenmarket", "2025-06-23", "2025-12-15", [
    box("A", "orange", ["SUB", "PH", "CARER"],
        """Mum Bernie alcohol dependent, 2 hospital admissions this year with withdrawal fits, not
        engaging with DAS. Niamh (17) has found her on the floor twice, put her in the recovery position
        and rung 999; she also does the shopping and pays the bills from Bernie's account.""",
        [("convention", "PH", "Withdrawal seizures with hospital admissions are a physical health need as "
          "well as SUB.")]),
    box("A", "yellow", ["EDU-ATT", "SUB"],
        """Niamh doing A-levels at Kilnbridge College, attendance 81%, tutor aware. Niamh is bi and stays
        at her girlfriend's when mum is drunk; Bernie is OK with this. Niamh's older brother lives down
        south, drinks heavily too and isn't in touch.""",
        [("convention", "SUB", "Mum being drunk often enough that Niamh stays elsewhere is a current "
          "description of parental alcohol misuse in this box's own text: SUB (convention 1)."),
         ("outside", "SUB", "The brother's heavy drinking is outside the household and adds nothing "
          "(convention 6)."),
         ("not-coded", "SAFE-EXP", "Staying at her girlfriend's with mum's agreement is not missing.")]),
    box("C", "blue", ["SUB"],
        """Bernie 10 wks sober after detox and at Recovery Fenmarket groups twice a week. Niamh has a plan
        for if mum relapses: ring Bernie's sponsor and go to her girlfriend's.""",
        [("convention", "SUB", "Ongoing recovery groups code SUB (convention 4); now managing, present in a "
          "blue box (convention 3)."),
         ("hypothetical", "SUB", "The relapse plan is hypothetical, but SUB is already present from the "
          "recovery groups.")]),
])

case("Z032", "Upper Carrow", "2026-02-16", "2026-08-10", [
    box("A", "yellow", ["SAFE-EXP", "MH-CHILD", "EDU-ATT"],
        """Someone set up a fake account in Dev's (14) name posting 'I'm gay' posts and edited pictures
        of him. Dev hasn't come out to anyone and is very low - told his tutor he 'wants to disappear'.
        Off school 6 days so far. School investigating; account now taken down.""",
        [("convention", "SAFE-EXP", "Online impersonation and outing by peers is bullying/online safety; "
          "the account being taken down does not end the issue while the investigation and absence "
          "continue."),
         ("convention", "MH-CHILD", "'Very low', 'wants to disappear': current emotional wellbeing need.")]),
    box("A", "green", ["PH", "FIN"],
        """Dad Vikram had a heart attack in Jan and is doing cardiac rehab at the hospital. Mum Asha
        running the family shop on her own and the £4k VAT bill is overdue.""",
        [("convention", "PH", "Heart attack in Jan with rehab ongoing: current, not historical.")]),
    box("C", "blue", ["FIN"],
        """Dev back at school and going to the LGBTQ+ lunch club. Vikram back in the shop part-time;
        VAT being paid off monthly.""",
        [("convention", "FIN", "A debt still being paid off: now managing, present (convention 3)."),
         ("not-coded", "PH", "No health need described in this box (convention 1)."),
         ("not-coded", "EDU-ATT", "'Back at school' is good news with no need stated.")]),
])

case("Z033", "Kilnbridge", "2026-03-02", "2026-07-27", [
    box("A", "orange", ["CRIME", "REL-PAR", "FIN", "SAFE-NEG"],
        """Dad Craig released on licence in Feb after 2 yrs for burglary, back living at home, weekly
        probation appts. Lewis (12) likes wearing nail varnish and Craig mocks him for 'acting like a
        girl'. Family on UC, £400 rent arrears built up while Craig was inside; mum Tash uses the
        Kilnbridge community pantry every week. School say Lewis often arrives hungry and they give him
        breakfast.""",
        [("convention", "CRIME", "An adult household member on licence/probation is CRIME (convention 7)."),
         ("convention", "FIN", "UC alone is not FIN (convention 5) but arrears and the pantry are."),
         ("convention", "SAFE-NEG", "A hungry child is SAFE-NEG and the food pantry FIN: both coded "
          "(convention 10)."),
         ("convention", "REL-PAR", "Dad mocking his son: parent-child relationship, REL-PAR.")]),
    box("A", "green", ["EDU-SEND"],
        """Lewis (12) in Y7 at Kilnbridge Academy, reading age 8. SENCo assessing him for dyslexia."""),
    box("C", "yellow", ["CRIME", "REL-CONF", "EDU-SEND"],
        """Craig's licence runs till Sept. He and Tash have been arguing a lot about his mates coming
        round to the house. Lewis on SEN support with coloured overlays & extra time in tests.""",
        [("convention", "CRIME", "Still on licence at the closure date: present."),
         ("convention", "REL-CONF", "Arguments between the parents, no abuse described (convention 8).")]),
])


# ---------------------------------------------------------------- writer

def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    ids = [n["narrative_id"] for n in NARRATIVES]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    write_csv(os.path.join(OUT, "narratives.csv"),
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"],
              [[n[k] for k in ("narrative_id", "triage_id", "case_id", "stage", "date", "level",
                               "locality", "narrative")] for n in NARRATIVES])
    gold = [[n["narrative_id"], c, n["gold_level"]] for n in NARRATIVES for c in n["codes"]]
    write_csv(os.path.join(OUT, "gold.csv"), ["narrative_id", "code", "level"], gold)
    with open(os.path.join(OUT, "traps.json"), "w", encoding="utf-8", newline="") as f:
        json.dump(TRAPS, f, indent=2, ensure_ascii=False)
        f.write("\n")

    cases = {n["case_id"] for n in NARRATIVES}
    triages = {n["triage_id"] for n in NARRATIVES}
    notes = [n for n in NARRATIVES if not n["level"]]
    print(f"cases {len(cases)}, triages {len(triages)}, narratives {len(NARRATIVES)} "
          f"(unboxed notes {len(notes)}), gold rows {len(gold)}, "
          f"narratives with no gold {sum(1 for n in NARRATIVES if not n['codes'])}, "
          f"trap entries {sum(len(v) for v in TRAPS.values())} on {len(TRAPS)} narratives")
    cc = Counter(g[1] for g in gold)
    print("codes: " + ", ".join(f"{k} {cc[k]}" for k in sorted(cc)))
    lc = Counter(g[2] for g in gold)
    print("gold levels: " + ", ".join(f"{k} {lc[k]}" for k in LEVELS))
    print("stages: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(n['stage'] for n in NARRATIVES).items())))
    print("localities: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(n['locality'] for n in NARRATIVES).items())))


if __name__ == "__main__":
    main()
