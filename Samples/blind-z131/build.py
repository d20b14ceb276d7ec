#!/usr/bin/env python3
"""Blind gold set Z (affluent commuter villages + a small Home Counties market town).

Written from /work/shared/taxonomy.md only. Every narrative is held here with its
gold codes and trap notes; running this file writes narratives.csv, gold.csv and
traps.json next to it and prints counts. Python 3 standard library only.
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT",
         "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME",
         "HOUS", "FIN", "CARER"]
STAGES = {"A": "assessment", "C": "closure"}

CASES = []


def case(cid, locality, a_date, c_date):
    c = {"id": cid, "locality": locality, "dates": {"A": a_date, "C": c_date}, "narrs": []}
    CASES.append(c)
    return c


def _add(c, stage, box_level, note_level, text, codes, traps):
    assert stage in STAGES
    for code in codes:
        assert code in CODES, code
    assert len(set(codes)) == len(codes), (c["id"], codes)
    for t in traps:
        assert len(t) == 3 and (t[1] == "" or t[1] in CODES), t
    suffix = box_level if box_level else "note"
    c["narrs"].append({
        "narrative_id": f"{c['id']}-{stage}-{suffix}",
        "triage_id": f"{c['id']}-{stage}",
        "case_id": c["id"],
        "stage": STAGES[stage],
        "date": c["dates"][stage],
        "level": box_level,
        "gold_level": box_level or note_level,
        "locality": c["locality"],
        "narrative": text,
        "codes": list(codes),
        "traps": [{"type": t[0], "code": t[1], "note": t[2]} for t in traps],
    })


def box(c, stage, level, text, codes, traps=()):
    assert level in LEVELS
    _add(c, stage, level, None, text, codes, traps)


def note(c, stage, level, text, codes, traps=()):
    """Unboxed note: `level` is the single highest level cue in its text (convention 2)."""
    assert level in LEVELS
    _add(c, stage, "", level, text, codes, traps)


# ---------------------------------------------------------------------------
# Batch 1: Z001-Z008
# ---------------------------------------------------------------------------

c = case("Z001", "Wexcombe", "2025-01-20", "2025-06-12")
box(c, "A", "green",
    "Harriet (7) in Y2 at Wexcombe St Mary's, Oscar (4) in the school nursery. Both children well presented, no concerns re attendance. Nursery have flagged Oscar has a very small vocabulary for his age (approx 30 words) and isn't putting words together yet; HV to do a review at nursery.",
    ["EYD"],
    [("negated", "EDU-ATT", "'no concerns re attendance' negates attendance."),
     ("convention", "EYD", "Speech delay in an under-5 is EYD (conv 9).")])
box(c, "A", "yellow",
    "Dad (Mark) commutes to London and is rarely home before 8. Mum Sophie first said she has 'a glass or two' once the kids are down, later acknowledged it is most of a bottle of wine on work nights and more at weekends. Harriet told her teacher mummy 'falls asleep on the sofa' and that she makes cereal for her and Oscar for tea some nights. Bath and bedtimes all over the place. Sophie's sister is in recovery from alcohol and has offered to help. Sophie agreed to a referral to Wexcombe Pathways.",
    ["SUB", "REL-PAR", "SAFE-NEG"],
    [("partial", "SUB", "Minimised first ('a glass or two') then acknowledged heavy drinking: present."),
     ("convention", "SAFE-NEG", "Children getting their own tea while the parent is asleep/intoxicated = basic care and supervision (SAFE-NEG); no food poverty so no FIN (conv 10)."),
     ("not-coded", "CARER", "A 7-year-old pouring cereal for her brother because mum is asleep is coded as neglect of basic care, not as a young carer role."),
     ("outside", "SUB", "The aunt's alcohol recovery is someone outside the household (conv 6) and historical.")])
box(c, "C", "blue",
    "Sophie alcohol-free since March and still goes to the Thursday SMART Recovery group in Wexcombe. Mark now home for bath and bed two nights a week, and there's a bedtime chart on the fridge the kids are following.",
    ["SUB", "REL-PAR"],
    [("convention", "SUB", "'alcohol-free since March' alone would read as stopped (historical), but the ongoing recovery group codes SUB (conv 4) and it is being managed in a blue box (conv 3)."),
     ("convention", "REL-PAR", "Bedtime routine now managed with a chart: now managing, present in blue (conv 3).")])

c = case("Z002", "Hollins Cross", "2025-02-10", "2025-09-04")
box(c, "A", "yellow",
    "Rachel and James separated in Jan and are in dispute over child arrangements – both have instructed solicitors, C100 lodged, FHDRA listed for May. Handovers at the school gate have turned into shouting matches in front of other parents. Neither parent reports any abuse and there has been no police involvement. Mia (11) has become tearful in class and told her teacher she dreads Fridays (changeover day).",
    ["REL-CONF", "MH-CHILD"],
    [("negated", "DA", "'Neither parent reports any abuse' – conflict is REL-CONF, not DA."),
     ("negated", "CRIME", "'no police involvement'.")])
box(c, "A", "orange",
    "Ben (14) refusing to go to his dad's. On 28/01 when Rachel insisted he shoved her into the door frame and punched a hole in the wall; police attended and gave words of advice. Ben has disclosed scratching his arms with a compass – GP referred to CAMHS, triage apointment 20/02.",
    ["REL-PAR", "CRIME", "MH-CHILD"],
    [("convention", "DA", "Child-to-parent violence is REL-PAR, not DA (conv 8)."),
     ("convention", "CRIME", "Police attended about the young person's violence: CRIME added (conv 7, 8).")])
box(c, "C", "yellow",
    "MIAM done and 3 joint sessions at Ansley Family Mediation. Parents now agree a rota and communicate only through a co-parenting app; court proceedings stayed while mediation continues.",
    ["REL-CONF"],
    [("convention", "REL-CONF", "Ongoing mediation and stayed proceedings: separation dispute still current.")])

c = case("Z003", "Brampton Lea", "2025-03-03", "2025-11-20")
box(c, "A", "orange",
    "Isla (15), Y11 at Brampton Lea Girls' Grammar. Lost about 8kg since Christmas, BMI 15.8, periods have stopped. GP made urgent referral to the CAMHS community eating disorder team, assessed 24/02 – anorexia nervosa, weekly weighing and family-based treatment started. Mealtimes are a battleground: Isla screams at mum and has thrown her plate across the kitchen.",
    ["MH-CHILD", "PH", "REL-PAR"],
    [("convention", "PH", "Eating disorder: MH-CHILD for the disorder and CAMHS; PH added because weight loss/low BMI is described (PH covers weight)."),
     ("convention", "REL-PAR", "Parent-child conflict at meals (screaming, throwing plate) is REL-PAR (conv 8).")])
box(c, "A", "yellow",
    "Isla misses P1/P2 most Mondays and Thursdays for clinic and weigh-ins and says she is too tired for afternoons – 81% this term. Older brother Tom (17) in sixth form, no concerns.",
    ["EDU-ATT"],
    [("negated", "", "Tom: 'no concerns'.")])
box(c, "C", "green",
    "Isla's weight has been restored and she no longer has weekly weigh-ins, but she is still seen monthly by the eating disorder team for relapse prevention. Attendance issues resolved – 98% since Sept.",
    ["MH-CHILD"],
    [("historical", "PH", "Weight restored, weigh-ins ended: described as over."),
     ("historical", "EDU-ATT", "'Attendance issues resolved': over (conv 3)."),
     ("convention", "MH-CHILD", "Ongoing eating disorder team follow-up codes MH-CHILD (conv 4).")])

c = case("Z004", "Lower Ansley", "2025-02-17", "2025-08-21")
box(c, "A", "yellow",
    "Anna (34) moved from Clapham to Lower Ansley in Dec, baby Florence now 9 wks. Partner Will commutes and stays in town Mon–Wed. Anna scored 17 on the EPDS at the HV visit, cries most days and says she 'isn't cut out for this'. No thoughts of harming herself or Florence. GP has started sertraline. No friends or family nearby and she hasn't been out on her own since the birth. EHW to link her with Ansley Bumps & Babies and PANDAS peer support.",
    ["MH-ADULT"],
    [("partial", "MH-ADULT", "Negation of thoughts of harm does not negate the low mood / high EPDS, which is present."),
     ("not-coded", "", "Isolation and the partner's commuting are not taxonomy areas in themselves.")])
box(c, "C", "blue",
    "Anna goes to the Tuesday baby group and walks with two mums she met there. Still on sertraline, says her mood is 'mostly good'.",
    ["MH-ADULT"],
    [("convention", "MH-ADULT", "Ongoing antidepressant and managing mood: present in a blue box (conv 3, 4).")])
box(c, "C", "green",
    "Florence (8 months) has started weaning, HV happy with her growth and development; immunisations up to date.",
    [],
    [("not-coded", "EYD", "Weaning described only as going well – pure good news, no need stated (conv 3)."),
     ("not-coded", "PH", "Immunisations up to date: good news only.")])

c = case("Z005", "Wexcombe", "2025-03-24", "2025-10-09")
box(c, "A", "yellow",
    "Maternal gran Joan (81) moved in with the family in Feb after a fall; she has Alzheimer's, gets up in the night and has twice been found trying to leave the house at 3am. Lucy (13) sits with Gran after school until mum is home at 6, reminds her about her tablets and helps her to the toilet. Lucy says she doesn't mind but she's tired and has given up netball. Referred to Wexcombe Young Carers.",
    ["PH", "CARER"],
    [("convention", "PH", "Grandmother now lives in the household, so her dementia is a family health need (PH); she is not a parent/carer so not MH-ADULT."),
     ("partial", "CARER", "Lucy minimises ('doesn't mind') but describes caring tasks: present.")])
box(c, "A", "green",
    "GP has signed mum (Helen) off work for 2 weeks with stress and low mood. She has also asked ASC for a carer's assessment for herself.",
    ["MH-ADULT"],
    [("convention", "CARER", "Adult 'carer's assessment' is not CARER – that code is a child who cares (conv 12).")])
box(c, "C", "yellow",
    "Joan's dementia care is now provided by an agency twice daily so Lucy no longer does the tablets. Lucy still goes to the young carers group every other Wed and has been on two respite trips.",
    ["PH", "CARER"],
    [("convention", "CARER", "Ongoing young carers group codes CARER (conv 4) even though one task has stopped."),
     ("not-coded", "CARER", "Agency care workers are not a young carer.")])

c = case("Z006", "Hollins Cross", "2025-01-13", "2025-10-30")
box(c, "A", "orange",
    "Priya disclosed to her GP that husband Raj controls all the money – she has no bank card, has to hand over receipts for every purchase and gets £60 a week cash to feed the four of them. He checks her phone and has told her she would 'never see the kids again' if she left. DASH medium risk; referred to Hearthstone DA outreach and an IDVA.",
    ["DA"],
    [("not-coded", "FIN", "Economic abuse/coercive control is DA; no debt, arrears or hardship is described, so FIN is not added.")])
box(c, "A", "yellow",
    "Arjun (9) has gone quiet at school, picks the skin round his nails till it bleeds and told the ELSA he worries about 'mummy crying at night'. Meera (6) – no concerns.",
    ["MH-CHILD"],
    [("negated", "", "Meera: no concerns.")])
box(c, "C", "orange",
    "Raj left the family home in July. Non-molestation order granted 05/08 and an occupation order gives Priya sole use of the house. Priya attending the Freedom Programme on Thursdays.",
    ["DA"],
    [("convention", "DA", "Non-mol order in force and Freedom Programme ongoing: DA present (conv 4) although the perpetrator has left.")])
box(c, "C", "yellow",
    "Priya has her own bank account now but has found £14k of credit card debt in her name that Raj took out without her knowledge. Citizens Advice helping her dispute it with the lender and draw up a budget.",
    ["FIN", "DA"],
    [("outside", "DA", "Raj no longer lives there, but the debt he ran up in her name is the effect of economic abuse on the family (conv 6): DA, alongside FIN for the debt.")])

c = case("Z007", "Brampton Lea", "2025-09-29", "2026-03-19")
box(c, "A", "yellow",
    "Eleanor (10), Y6 at Brampton Lea CofE Primary, sat the 11+ this month. Tutored three evenings a week plus Saturdays since Y4. She cries over homework, has started pulling out her eyelashes and says she'll be 'a disapointment' if she doesn't get into the grammar. School nurse has seen her for stomach aches before tests – GP found no physical cause. Dad (Paul) accepts a lot of the pressure comes from him and he and Eleanor clash over practice papers most nights. EHW to do worry work with Eleanor and offer Paul the Lantern 'Anxious Child' parenting course.",
    ["MH-CHILD", "REL-PAR"],
    [("negated", "PH", "Stomach aches with 'no physical cause' linked to tests: not PH; the anxiety is MH-CHILD."),
     ("convention", "REL-PAR", "Nightly parent-child clashes over tutoring: REL-PAR (conv 8).")])
box(c, "C", "blue",
    "Eleanor was offered a grammar place in March. Tutoring has stopped and the family use a worry jar and breathing exercises at home when she gets anxious.",
    ["MH-CHILD"],
    [("convention", "MH-CHILD", "Family managing her anxiety themselves: present in blue (conv 3).")])

c = case("Z008", "Wexcombe", "2025-06-02", "2025-12-11")
note(c, "A", "yellow",
     "Home visit. Simon (46) was made redundant from his finance job in April and hasn't told friends – still leaves the house in a suit most mornings. Kate says he drinks heavily every evening and she found empty vodka bottles hidden in the garage. Mortgage being paid from savings which will run out around Christmas. Simon low, agreed to book a GP appt about his mood. Felix (12) and Ada (9) don't know about the job. EHW to be allocated.",
     ["FIN", "SUB", "MH-ADULT"],
     [("convention", "", "Unboxed: cues GP (green) and EHW (yellow); highest = yellow (conv 2)."),
      ("convention", "FIN", "Adult worklessness with savings running down: FIN (conv 11 wording: adult/household worklessness)."),
      ("hypothetical", "HOUS", "Savings running out only implies a future risk to the mortgage; no housing problem is stated.")])
box(c, "C", "yellow",
    "Simon goes to the Pathways alcohol group weekly, 11 weeks sober. Started a 3-day-a-week contract in Oct and the mortgage is covered again.",
    ["SUB"],
    [("convention", "SUB", "Ongoing alcohol group codes SUB (conv 4)."),
     ("historical", "FIN", "Back in work, mortgage covered: worklessness over.")])
box(c, "C", "green",
    "N/A - nothing further at universal level, see yellow.",
    [],
    [("not-coded", "", "Box says N/A: no gold rows.")])

# ---------------------------------------------------------------------------
# Batch 2: Z009-Z017
# ---------------------------------------------------------------------------

c = case("Z009", "Lower Ansley", "2025-04-16", "2025-11-06")
box(c, "A", "red",
    "Strategy meeting 15/04 after Gemma was found unresponsive at home by her son Freddie (15) on 12/04, having taken too much of the oxycodone she's been buying online – ambulance and police attended. Evie (8) was also in the house. S47 enquiry: no CP plan needed, stepped down to early help with a safety plan.",
    ["SUB"],
    [("convention", "CRIME", "Police attending a medical emergency is safeguarding, not CRIME (conv 7)."),
     ("convention", "SUB", "Opioid bought online and overdosed on: prescription-drug misuse = SUB.")])
box(c, "A", "orange",
    "Gemma had spinal surgery in 2023 and since then has been getting oxycodone from two GP practices as well as online. Freddie has had panic attacks since finding her and has been referred to CAMHS; he missed a week of school including his mocks.",
    ["SUB", "MH-CHILD", "EDU-ATT"],
    [("historical", "PH", "Spinal surgery in 2023 is past; no current physical need is described.")])
box(c, "A", "yellow",
    "Freddie does most of the cooking and shopping, checks on mum when he gets in and looks after Evie until bedtime. Young carers referral made.",
    ["CARER"])
box(c, "C", "yellow",
    "Gemma engaging with Wexcombe Pathways and on a reducing buprenorphine script with a single prescriber. Freddie still goes to young carers but says he's 'got his evenings back'. No panic attacks since June and CAMHS have discharged him.",
    ["SUB", "CARER"],
    [("convention", "SUB", "Substitute script and drug service ongoing (conv 4)."),
     ("historical", "MH-CHILD", "Discharged by CAMHS, no panic attacks since June: over."),
     ("convention", "CARER", "Still attends young carers: present.")])

c = case("Z010", "Hollins Cross", "2025-07-07", "2026-01-15")
box(c, "A", "orange",
    "Jacob (16), boarder at St Aldhelm's College, suspended for 5 days in June after cannabis was found in his room. On 21/06 police were called to a house party in Hollins Cross where Jacob, very drunk, punched another boy; youth caution given and he is open to YOS for a 12-week programme.",
    ["EDU-EXC", "SUB", "CRIME"],
    [("convention", "SUB", "Young person's own cannabis and alcohol use (not exploitation) is SUB; conv 12 does not apply."),
     ("outside", "", "The boy he punched is outside the household.")])
box(c, "A", "yellow",
    "Parents (both consultants at the county hospital) say they had no idea. When he's home there are no house rules and no curfew, and dad and Jacob barely speak except to argue. Mum says they have 'handed parenting over to the school'.",
    ["REL-PAR"])
box(c, "C", "orange",
    "Jacob finished the YOS programme in Oct. Back at school on a behaviour contract after a second incident (vaping in the boarding house). Random drug tests at school all negative.",
    ["EDU-EXC"],
    [("historical", "CRIME", "YOS programme finished: over."),
     ("convention", "SUB", "Vaping is not SUB (conv 12); drug tests negative."),
     ("convention", "EDU-EXC", "Behaviour contract after a school incident = behaviour at school, present.")])

c = case("Z011", "Brampton Lea", "2025-05-12", "2025-12-01")
box(c, "A", "green",
    "Noah (3) at Little Acorns nursery 2 days a week. Nursery concerned he has around 10 words, lines up his toys and isn't toilet trained. HV has referred to the community paediatrician for an autism assessment.",
    ["EYD", "EDU-SEND"],
    [("convention", "EYD", "Speech and toileting in an under-5 are EYD (conv 9)."),
     ("convention", "EDU-SEND", "An ASD assessment is listed under EDU-SEND; conv 9 moves only toileting/speech/nursery take-up to EYD, so the autism assessment is EDU-SEND as well.")])
box(c, "A", "yellow",
    "Mum (Chloe) has a new baby (Ivy, 5 wks) and says she is 'drowning' – anxious all the time and tearful. Dad posted to Cyprus with the army until Nov; her family are all in Scotland. DA: none known. Home-Start volunteer requested.",
    ["MH-ADULT"],
    [("negated", "DA", "'DA: none known'."),
     ("not-coded", "", "Dad posted abroad is not coded.")])
box(c, "C", "green",
    "Noah diagnosed autistic in Oct; nursery applying for an EHCP. Dry in the day now and using 2–3 word phrases, nursery continuing his SALT targets.",
    ["EDU-SEND", "EYD"],
    [("convention", "EYD", "Speech progress with ongoing SALT targets at nursery: managing in green (conv 3, 4).")])

c = case("Z012", "Wexcombe", "2025-10-06", "2026-03-12")
note(c, "A", "yellow",
     "Call from Wexcombe Grammar DSL. Ruby (13) has missed 11 days this half term. Parents mid-divorce and both emailing school with conflicting instructions about who can collect her; mum says dad's solicitor is 'using Ruby as a weapon'. Ruby told her tutor she feels anxious and sick every morning and can't get to sleep. School nurse seeing her. Agreed referral to a family support worker.",
     ["EDU-ATT", "REL-CONF", "MH-CHILD", "PH"],
     [("convention", "", "Unboxed: cues school/DSL/school nurse (green) and family support worker (yellow); highest = yellow (conv 2)."),
      ("convention", "PH", "Sleep problem in a school-age child is PH (conv 9)."),
      ("convention", "REL-CONF", "Divorce dispute via solicitors, no abuse described: REL-CONF.")])
box(c, "C", "yellow",
    "Parenting plan agreed through mediation; Ruby alternates weeks between homes. Still friction over Easter arrangements and parents communicate by email only.",
    ["REL-CONF"])
box(c, "C", "green",
    "Ruby's attendence 92% this term; head of year checking in with her fortnightly. No longer having trouble sleeping.",
    ["EDU-ATT"],
    [("convention", "EDU-ATT", "Attendance still below expected and monitored by school: managing, present in green (conv 3)."),
     ("historical", "PH", "'No longer having trouble sleeping': over.")])

c = case("Z013", "Lower Ansley", "2025-03-10", "2025-09-25")
box(c, "A", "orange",
    "Tom (41) detained by police under s136 on 02/03 after being found on the railway bridge at Ansley Halt; assessed by the crisis team and now under the home treatment team. Signed off with burnout since January. Alfie (10) now clingy, won't go to Cubs or sleepovers and asks every night if Daddy will be there in the morning.",
    ["MH-ADULT", "MH-CHILD"],
    [("convention", "CRIME", "s136 detention is police acting to safeguard, not offending (conv 7).")])
box(c, "A", "blue",
    "Laura's parents are staying for a few weeks to help with school runs. Money not a worry – Tom is on full sick pay until September. If he isn't back by then they may have to look again at the mortgage.",
    [],
    [("negated", "FIN", "'Money not a worry'; sick pay is not a money problem (conv 5)."),
     ("hypothetical", "FIN", "Mortgage worry only 'if he isn't back by then'."),
     ("hypothetical", "HOUS", "Same conditional – no current housing need.")])
box(c, "C", "green",
    "Tom on a phased return to work, seeing the GP monthly and a counsellor through his employer's EAP. Alfie back at Cubs, no concerns.",
    ["MH-ADULT"],
    [("negated", "MH-CHILD", "Alfie: back at Cubs, 'no concerns'.")])

c = case("Z014", "Hollins Cross", "2025-04-28", "2025-10-16")
box(c, "A", "orange",
    "Theo (14) was targeted on Instagram by someone posing as a girl his age; after he sent an intimate image he was blackmailed for £500 and paid £200 from his savings before telling mum. Reported to police and his phone seized. Theo said he wanted to 'disappear'; GP referred to CAMHS. School counsellor at Ashdown House seeing him weekly. No attendance concerns.",
    ["SAFE-EXP", "MH-CHILD"],
    [("outside", "CRIME", "The offender is outside the household and Theo is the victim: not CRIME (conv 6, 7)."),
     ("not-coded", "FIN", "The lost savings are not a household money problem."),
     ("negated", "EDU-ATT", "'No attendance concerns'.")])
box(c, "C", "yellow",
    "Theo discharged from CAMHS after 6 sessions; still sees the school counsellor weekly for low mood.",
    ["MH-CHILD"])
box(c, "C", "blue",
    "Parents have set up parental controls and phone-free bedrooms. Theo knows how to block and report and how to use Report Remove if it ever happens again.",
    ["SAFE-EXP"],
    [("convention", "SAFE-EXP", "Family managing online safety themselves: present in blue (conv 3); the 'if it ever happens again' clause does not remove the current managing."),
     ("hypothetical", "", "The repeat of the sextortion itself is hypothetical.")])

c = case("Z015", "Brampton Lea", "2025-05-19", "2025-12-08")
box(c, "A", "red",
    "S47 after Lily (6) was found by a neighbour wandering the lane in her pyjamas at 10pm. Mum (Victoria) was intoxicated and asleep, dad abroad on business. House very cluttered, nothing in the fridge but wine, Lily's hair matted and full of head lice. ICPC 13/05 – CP plan under neglect.",
    ["SAFE-NEG", "SUB"],
    [("convention", "SAFE-NEG", "Empty fridge, supervision and hygiene: SAFE-NEG (conv 10); no food bank so no FIN."),
     ("not-coded", "PH", "Head lice read as hygiene/neglect, not a separate health need.")])
box(c, "A", "orange",
    "Victoria went to her first Pathways appointment but missed the next two. Dad (Edward) now working from home to do the school run. Lily's attendance 79%, mostly Mondays.",
    ["SUB", "EDU-ATT"],
    [("convention", "SUB", "Drug and alcohol service named with missed appointments: SUB (conv 4).")])
box(c, "C", "yellow",
    "Closure summary: 1) CP plan ended 20/11, stepped down to EH. 2) Victoria – 12 wks of negative breath tests, goes to a weekly recovery group. 3) Lily's attendance up to 94%, still on the school's daily check-in list.",
    ["SUB", "EDU-ATT"],
    [("historical", "SAFE-NEG", "CP plan (neglect) ended; no current neglect described."),
     ("convention", "SUB", "Weekly recovery group ongoing: present (conv 4)."),
     ("convention", "EDU-ATT", "Attendance improving but still monitored daily: present.")])

c = case("Z016", "Wexcombe", "2025-07-14", "2026-01-29")
box(c, "A", "orange",
    "Jess (38) and her 3 children have rented a cottage on the edge of Wexcombe since her divorce in 2023; ex-husband lives in Dubai and has had no contact since. Landlord served a section 21 notice on 01/07 as he's selling. Child maintenance stopped in April (CMS case open), Jess has £3,200 on credit cards and has just claimed UC. Housing options apointment booked.",
    ["HOUS", "FIN"],
    [("historical", "REL-CONF", "Divorce in 2023 with no contact since: ended; ex is outside the household (conv 6)."),
     ("convention", "FIN", "UC named together with debt and lost maintenance – money problem described (conv 5).")])
box(c, "A", "yellow",
    "Harvey (15) has stopped going to school most days – attendance 58%. Jess can't get him up and he swears and slams doors when she tries.",
    ["EDU-ATT", "REL-PAR"])
box(c, "C", "yellow",
    "Family rehoused by Wexcombe Homes into a 3-bed in Sept. Debt now in a DMP with StepChange at £60 a month. Harvey on a part-time timetable at Ansley Vale alternative provision, attending 80% of sessions.",
    ["FIN", "EDU-ATT"],
    [("historical", "HOUS", "Rehoused: housing need over."),
     ("convention", "FIN", "Debt still being repaid under a DMP: present."),
     ("convention", "EDU-ATT", "Part-time timetable is listed under EDU-ATT.")])

c = case("Z017", "Lower Ansley", "2025-04-07", "2025-10-20")
box(c, "A", "yellow",
    "Millie (17) left the sixth form at St Cuthbert's College in Feb after a breakdown over her A-level predictions and has been out of education, employment or training since. Spends most of the day in her room, low mood. Parents paying for a private therapist. GP treating her for low iron. Careers adviser to make contact.",
    ["EDU-NEET", "MH-CHILD", "PH"],
    [("convention", "EDU-NEET", "16+ NEET is EDU-NEET only; no FIN (conv 11).")])
note(c, "C", "blue",
     "Phone call with mum. Millie has had a part-time job at the garden centre since June and started a Level 3 course in Sept. She says her anxiety is manageable now – she uses a mindfulness app and journals, and has the Kooth link if she wants it.",
     ["MH-CHILD"],
     [("convention", "", "Unboxed: only cues are self-help (app, a link signposted for her to use herself) = blue (conv 2)."),
      ("historical", "EDU-NEET", "In work and on a course: NEET over."),
      ("hypothetical", "", "Kooth only 'if she wants it' – not an ongoing service, so no yellow cue.")])

# ---------------------------------------------------------------------------
# Batch 3: Z018-Z025
# ---------------------------------------------------------------------------

c = case("Z018", "Hollins Cross", "2025-02-24", "2025-08-14")
box(c, "A", "yellow",
    "Ollie and Kirsty argue most weeknights, usually after Ollie has had 4-5 pints at the station pub on the way home from London. Kirsty says the rows are loud but he has never been violent and she isn't frightened of him; she says if he ever did get physical she would leave. Sam (11) and Erin (8) hear the shouting through the floor and Erin has started wetting the bed again. Sam's asthma well controlled.",
    ["REL-CONF", "SUB", "PH"],
    [("negated", "DA", "'never been violent', 'isn't frightened of him': arguments are REL-CONF (conv 8)."),
     ("hypothetical", "DA", "'if he ever did get physical' is hypothetical."),
     ("convention", "PH", "Bedwetting at school age is PH (conv 9).")])
box(c, "C", "blue",
    "Ollie now only drinks at weekends and logs it on the Drink Free Days app. Parents did the online 'Arguing Better' course and say the rows are much less frequent. Erin dry most nights with the alarm the school nurse gave them.",
    ["SUB", "REL-CONF", "PH"],
    [("convention", "", "All three are described as improving but still being managed, so present in blue (conv 3): cutting down, rows 'less frequent', alarm still in use.")])

c = case("Z019", "Brampton Lea", "2025-02-20", "2025-09-18")
box(c, "A", "orange",
    "Hannah disclosed that her husband tracks her car, reads her emails and has put a camera in the kitchen; he has pushed her against the wall twice since Christmas. He denies all of it. Poppy (12) and Jack (9) were in the house both times. Heard at MARAC 30/01.",
    ["DA"],
    [("partial", "DA", "The perpetrator's denial does not negate the victim's disclosure.")])
box(c, "A", "red",
    "Strategy meeting 04/02; ICPC 18/02 – Poppy and Jack subject to CP plans under emotional abuse because of the DA. Dad has moved out to his parents' on police bail with conditions not to contact Hannah.",
    ["DA"],
    [("convention", "CRIME", "Police bail for offences against the adult victim is DA only, not CRIME (conv 7)."),
     ("outside", "DA", "Dad now outside the household; the abuse's effect on the family is still DA (conv 6).")])
box(c, "A", "yellow",
    "Jack has had two fixed-term suspensions this term for hitting other children at break.",
    ["EDU-EXC"])
box(c, "C", "yellow",
    "Hannah finished the Freedom Programme in July; non-mol order in place until March 2026 and she has a safety plan agreed with the IDVA. Jack – no suspensions since Easter.",
    ["DA"],
    [("partial", "DA", "Freedom Programme finished, but non-mol order in force and IDVA safety plan are current: DA present."),
     ("historical", "EDU-EXC", "No suspensions since Easter: over.")])

c = case("Z020", "Lower Ansley", "2025-06-16", "2026-01-22")
box(c, "A", "yellow",
    "Paternal grandad Derek (84, vascular dementia) moved into the family's 3-bed cottage in May after his wife died. Ella (12) and Finn (9) now share the small bedroom, Finn on a camp bed. Dad (Rob) has cut down to 4 days a week to get Derek to his appointments.",
    ["PH", "HOUS"],
    [("convention", "HOUS", "Children sharing, one on a camp bed, after an extra adult moved in: overcrowding (HOUS)."),
     ("not-coded", "FIN", "Dad reducing his hours is not described as a money problem.")])
box(c, "A", "green",
    "Finn's ADHD reviewed 6-monthly by the paediatrician; he's on SEN support at school with the SENCo.",
    ["EDU-SEND"])
note(c, "C", "blue",
     "Closure call with Rob. Planning approved for a ground-floor extension, builders start in March – until then Finn is still on the camp bed. Derek's dementia is progressing and the family share his care between them and Rob's sister. Ella makes Derek's lunch and sits with him on Saturdays so Rob can shop; she says it's 'no big deal'. Gave Rob the Carers' Hub leaflet to follow up himself.",
     ["HOUS", "PH", "CARER"],
     [("convention", "", "Unboxed: only cue is a leaflet the family follows up itself = blue (conv 2)."),
      ("convention", "HOUS", "Overcrowding continues until the extension is built: present."),
      ("partial", "CARER", "Ella's minimising does not remove a described caring task."),
      ("not-coded", "CARER", "'Carers' Hub' for the adults is not CARER (conv 12); CARER comes from Ella's own tasks.")])

c = case("Z021", "Hollins Cross", "2025-11-10", "2026-03-26")
note(c, "A", "orange",
     "Referral from Hollins Cross Grammar. Kit (15) told his tutor he has been cutting his arms before each round of mocks since he dropped into set 3 for maths. School have referred to CAMHS and informed both parents. Kit says he and his dad row about grades most weekends. Parents separated amicably in 2021 and co-parent well.",
     ["MH-CHILD", "REL-PAR"],
     [("convention", "", "Unboxed: cues school (green) and CAMHS (orange); highest = orange (conv 2)."),
      ("convention", "REL-PAR", "Parent-child rows are REL-PAR (conv 8)."),
      ("historical", "REL-CONF", "Amicable separation in 2021 with good co-parenting: no current conflict.")])
box(c, "C", "blue",
    "Kit and his dad do parkrun together on Saturdays; Kit says the rows about grades have mostly stopped since they agreed he would drop Further Maths.",
    ["REL-PAR"],
    [("convention", "REL-PAR", "'Mostly stopped' is improvement being managed, not described as over: present in blue (conv 3).")])

c = case("Z022", "Brampton Lea", "2025-09-15", "2026-03-05")
box(c, "A", "orange",
    "Serena (44) has bipolar disorder and had a manic episode in August – ran up £18k on credit cards and took out a secured loan without telling her partner Dan. Now under the CMHT with a care coordinator. Dan has taken 3 weeks' leave to be at home.",
    ["MH-ADULT", "FIN"],
    [("convention", "FIN", "Debt from the manic episode is current: FIN alongside MH-ADULT.")])
box(c, "A", "yellow",
    "Zara (14) has been cooking, doing the washing and getting Leo (7) to school while mum was unwell, and has missed 6 days herself. Referral to Brampton Lea Young Carers.",
    ["CARER", "EDU-ATT"])
box(c, "C", "blue",
    "Serena stable on lithium. Debts consolidated with help from Citizens Advice and being repaid at £220 a month. Zara goes to young carers club monthly and has her own plan for what to do if mum becomes unwell again.",
    ["MH-ADULT", "FIN", "CARER"],
    [("convention", "", "Ongoing medication, repayments and young carers club are all 'now managing' in blue (conv 3, 4)."),
     ("hypothetical", "MH-ADULT", "'if mum becomes unwell again' is hypothetical, but MH-ADULT is present anyway from the ongoing lithium.")])

c = case("Z023", "Wexcombe", "2025-04-22", "2025-09-30")
box(c, "A", "yellow",
    "Gavin released on licence in March after serving 14 months for fraud at his old firm; probation aware of the children. He hasn't found work and the family are living on Claire's salary. Two terms behind on fees at Ravensholt Prep (£11k) and the bursar has written. Maisie (9) and Rupert (7) were told dad was 'working abroad'; Rupert has been wetting the bed since he came home, GP aware.",
    ["CRIME", "FIN", "PH"],
    [("convention", "CRIME", "Adult on licence is CRIME (conv 7)."),
     ("convention", "FIN", "School fee arrears plus an adult out of work: FIN."),
     ("convention", "PH", "Bedwetting at school age is PH (conv 9).")])
box(c, "C", "yellow",
    "Gavin remains on licence until 30/10 and reports to probation fortnightly; now working in a warehouse. Children moved to Wexcombe CofE Primary in Sept and the fee arrears were cleared by selling the second car.",
    ["CRIME"],
    [("historical", "FIN", "Fee arrears 'cleared' and Gavin in work: over (conv 3)."),
     ("convention", "CRIME", "Still on licence at closure date: present.")])

c = case("Z024", "Lower Ansley", "2025-09-08", "2026-02-19")
box(c, "A", "red",
    "Strategy meeting 05/09: Alfie (15) missing for 3 nights, found by BTP in a flat in Croydon with £600 and wraps of crack cocaine. CCE concerns – NRM referral made. Mum (Caroline) worried he has been groomed by older lads from Wexcombe who bought him designer trainers. Child in need plan agreed.",
    ["SAFE-EXP", "CRIME"],
    [("convention", "SUB", "Drugs found on an exploited child are SAFE-EXP and CRIME, not SUB (conv 12)."),
     ("outside", "", "The older lads are outside the household; their grooming is coded as SAFE-EXP for Alfie.")])
box(c, "A", "orange",
    "Alfie permanently excluded from Ansley Park Academy in June for bringing a knife on site; now at the PRU mornings only. Open to YOS for the bladed article offence.",
    ["EDU-EXC", "EDU-ATT", "CRIME"],
    [("convention", "EDU-ATT", "Mornings only = part-time timetable (EDU-ATT) alongside the exclusion (EDU-EXC).")])
box(c, "A", "yellow",
    "Caroline says she has lost control – Alfie comes and goes as he likes, stays out till 1-2am and laughs at her when she sets limits. Dad works away in Aberdeen 3 weeks in 4.",
    ["REL-PAR"],
    [("not-coded", "", "Dad working away is not coded."),
     ("not-coded", "SAFE-EXP", "Staying out late is not described here as a missing episode or exploitation; coded on this box's text only (conv 1).")])
box(c, "C", "orange",
    "Alfie still open to YOS on a referral order (4 months left). No missing episodes since October. Caroline doing the Lantern 'Parenting Teens' course.",
    ["CRIME", "REL-PAR"],
    [("historical", "SAFE-EXP", "No missing episodes since October: over."),
     ("convention", "REL-PAR", "An ongoing parenting course codes REL-PAR (conv 4).")])

c = case("Z025", "Hollins Cross", "2025-05-06", "2025-11-13")
box(c, "A", "yellow",
    "Jo (39) told the EHW she has been gambling on online slots late at night since lockdown and owes about £9k across payday loans and two credit cards; husband Pete doesn't know. She self-excluded through GamStop this week. Says she feels ashamed and hopeless.",
    ["FIN", "MH-ADULT"],
    [("convention", "SUB", "Gambling debts are FIN, not SUB (conv 10)."),
     ("not-coded", "EDU-EXC", "'Self-excluded' from gambling is not a school exclusion.")])
box(c, "C", "yellow",
    "Jo told Pete in August; after a rocky few months they are going to Relate together. Debts now in a DMP with StepChange. Hattie (8) and Max (5) unaware and both doing well at school.",
    ["REL-CONF", "FIN"],
    [("convention", "REL-CONF", "Couple counselling after relationship difficulty, no abuse: REL-CONF."),
     ("not-coded", "", "Children doing well: good news only.")])

# ---------------------------------------------------------------------------
# Batch 4: Z026-Z033
# ---------------------------------------------------------------------------

c = case("Z026", "Brampton Lea", "2025-01-27", "2025-07-10")
box(c, "A", "orange",
    "Hugo (12), Y8 at Kingsmere School (independent), hasn't attended since October half term – panic attacks in the car at the school gate. CAMHS assessed 14/01: generalised anxiety, on the waiting list for CBT. School sending work home; fees still being charged in full.",
    ["EDU-ATT", "MH-CHILD"],
    [("not-coded", "FIN", "Fees still charged is not described as a money problem.")])
box(c, "A", "yellow",
    "Mum (Fiona) gave up her job to be at home with Hugo; describes herself as exhausted and low and the GP has started her on citalopram. Dad works long hours in the City. Fiona's own mother has dementia and is in a care home in Devon.",
    ["MH-ADULT"],
    [("not-coded", "FIN", "Giving up a job in a household still in work, no money problem: not FIN (conv 5 spirit)."),
     ("outside", "PH", "Grandmother in a care home is outside the household (conv 6).")])
box(c, "C", "green",
    "Hugo moved to Wexcombe Academy in April on a phased return and is now in 4 days a week; the pastoral lead checks in with him daily about his anxiety. His CBT finished in June. Fiona still on citalopram and says her mood has lifted.",
    ["EDU-ATT", "MH-CHILD", "MH-ADULT"],
    [("convention", "EDU-ATT", "Phased return, 4 days a week: still a reduced timetable, present."),
     ("partial", "MH-CHILD", "CBT finished (historical) but daily anxiety check-ins continue: present."),
     ("convention", "MH-ADULT", "Still on citalopram: ongoing treatment, managing in green (conv 3, 4).")])

c = case("Z027", "Wexcombe", "2025-01-22", "2025-06-19")
box(c, "A", "green",
    "Arthur (6) has cerebral palsy and uses a walker; attends Wexcombe Primary with an EHCP and a 1:1 TA, NHS physio every 6 weeks. Family get DLA for Arthur and mum receives Carer's Allowance.",
    ["PH", "EDU-SEND"],
    [("convention", "FIN", "Benefit names alone do not code FIN (conv 5)."),
     ("convention", "CARER", "Mum as parent carer / Carer's Allowance is not CARER (conv 5, 12).")])
box(c, "A", "yellow",
    "Evie (10) helps Arthur get dressed and gets him to the car most mornings while mum does his stretches; she's been late 12 times this term and told her teacher she is 'always helping'. Referred to Wexcombe Young Carers.",
    ["CARER", "EDU-ATT"],
    [("convention", "EDU-ATT", "Lateness is EDU-ATT.")])
box(c, "C", "yellow",
    "Evie goes to young carers club every fortnight. Mum now has a PA two mornings a week through direct payments so Evie doesn't help in the mornings any more – no lates since Feb.",
    ["CARER"],
    [("convention", "CARER", "Ongoing young carers club codes CARER (conv 4)."),
     ("historical", "EDU-ATT", "No lates since Feb: over.")])

c = case("Z028", "Lower Ansley", "2025-07-21", "2025-12-04")
box(c, "A", "orange",
    "Kieran was dismissed from his job as estate manager at Hollins Park in June. The family's cottage comes with the job and they've been served a notice to quit for 31/08. No savings; Sian does 12 hrs a week at the village shop. UC claim made, waiting on first payment; food bank voucher issued. School say Mason (7) has been arriving hungry. There is black mould in the back bedroom and baby Rosie (8 months) has had 3 chest infections since Christmas, GP aware.",
    ["HOUS", "FIN", "SAFE-NEG", "PH"],
    [("convention", "", "Food bank (FIN) and a hungry child (SAFE-NEG): both coded (conv 10)."),
     ("convention", "HOUS", "Notice to quit on tied accommodation and damp/mould: HOUS (once)."),
     ("convention", "FIN", "UC mentioned with a waiting-for-payment problem and worklessness: FIN (conv 5).")])
box(c, "A", "yellow",
    "Kieran low and 'not coping' since the dismissal, getting through 6-8 cans most evenings and snapping at the children. He won't go to the GP.",
    ["MH-ADULT", "SUB", "REL-PAR"],
    [("convention", "REL-PAR", "Parent snapping at the children = parent-child relationship (REL-PAR)."),
     ("not-coded", "", "'won't go to the GP' is not a negation of the need.")])
box(c, "C", "blue",
    "Family moved into a council house in Brampton Lea in Oct – dry and warm. Kieran working for a landscaping firm. He has cut down to a few beers at the weekend and still goes to the Hub's men's mental health walking group on Saturdays.",
    ["SUB", "MH-ADULT"],
    [("historical", "HOUS", "Rehoused: over."),
     ("historical", "FIN", "Back in work: over."),
     ("convention", "SUB", "Cutting down is 'now managing' in blue (conv 3): present."),
     ("convention", "MH-ADULT", "Ongoing mental health group: present (conv 4).")])

c = case("Z029", "Hollins Cross", "2025-04-14", "2025-10-02")
box(c, "A", "orange",
    "Amelia (14) is in a relationship with a 19-year-old she met at the skate park; he collects her from school in his car, buys her vapes and takes her to parties. She stayed out overnight twice in March and was reported missing on 04/04, found by police at his flat. CSE screening medium risk, referred to the MET panel.",
    ["SAFE-EXP"],
    [("convention", "CRIME", "Police finding a missing child is safeguarding, not CRIME (conv 7)."),
     ("convention", "SUB", "Vapes are not SUB (conv 12)."),
     ("outside", "", "The 19-year-old is outside the household; his effect is SAFE-EXP (conv 6).")])
box(c, "A", "yellow",
    "Mum (Kate, single parent, nights as a nurse) says Amelia is 'out of control' – rows every evening, Amelia smashed her bedroom door and called her mum a psycho. Kate worries Amelia will drop out of school altogether if this carries on, but attendance is currently fine (96%).",
    ["REL-PAR"],
    [("hypothetical", "EDU-ATT", "Dropping out only 'if this carries on'; attendance 'currently fine'."),
     ("not-coded", "DA", "Child's aggression at home is REL-PAR, not DA (conv 8); no police, so no CRIME.")])
box(c, "C", "yellow",
    "The 19yo was charged in August. Amelia has no contact and has blocked him; she sees a worker from Chameleon (the CSE service) weekly.",
    ["SAFE-EXP"],
    [("outside", "CRIME", "The charged man is outside the household: not CRIME (conv 6)."),
     ("convention", "SAFE-EXP", "Ongoing CSE service codes SAFE-EXP (conv 4).")])

c = case("Z030", "Brampton Lea", "2025-08-26", "2026-02-12")
box(c, "A", "orange",
    "Ellie found cocaine in Marcus's jacket; he admits using at weekends 'with clients'. On 17/08 he was stopped by police driving home from a barbecue with Otis and Nell in the car and arrested for drug-driving – due in court in Oct. Ellie has given him an ultimatum; he is still living at home.",
    ["SUB", "CRIME"],
    [("convention", "CRIME", "A household adult's offence that is not against the adult victim is CRIME (conv 7)."),
     ("not-coded", "DA", "No abuse described."),
     ("not-coded", "SAFE-NEG", "Driving the children while drugged is captured as SUB + CRIME; no neglect of care, home conditions or supervision is described.")])
box(c, "A", "green",
    "Nell (5 months) and Otis (2½). At Otis's 2-year review the HV found about 15 words and no joining words; referred to SALT. Nell thriving.",
    ["EYD"])
box(c, "C", "yellow",
    "Marcus attending Pathways weekly, 10 weeks drug-free by his own account. After months of rows Ellie and Marcus are having couples counselling at Relate. Otis discharged by SALT – now talking in short sentences.",
    ["SUB", "REL-CONF"],
    [("convention", "SUB", "Ongoing drug service (conv 4)."),
     ("historical", "EYD", "Discharged by SALT, speech caught up: over.")])

c = case("Z031", "Wexcombe", "2025-07-28", "2025-12-15")
box(c, "A", "yellow",
    "Oscar (16) finished Y11 at Kingsmere School in July with lower grades than predicted and has no place for Sept. He says he'll 'just get a job' but hasn't applied for anything. School careers lead has flagged him as at risk of NEET.",
    ["EDU-NEET"],
    [("convention", "EDU-NEET", "EDU-NEET covers a young person 'at risk of it'; the risk is stated as current, not conditional.")])
box(c, "A", "blue",
    "Parents say they'll 'give him the summer' and if he has nothing lined up by October they will insist he applies for an apprenticeship.",
    [],
    [("hypothetical", "EDU-NEET", "Only a conditional plan; no need stated in this box's own text (conv 1).")])
box(c, "C", "blue",
    "Oscar started a Level 3 engineering apprenticeship in Nov and is enjoying it. Manages his type 1 diabetes himself with his pump, no hospital admissions.",
    ["PH"],
    [("historical", "EDU-NEET", "In an apprenticeship: NEET over."),
     ("convention", "PH", "Managing his own diabetes is PH present in blue (conv 3).")])

c = case("Z032", "Wexcombe", "2025-03-17", "2025-07-03")
note(c, "A", "green",
     "HV contact. Rosa, mum to 6-week-old twins, says she has been taking extra co-codamol since her section 'to get through the nights' and is now buying packs from pharmacies in different towns. She also feels flat and detached from the babies. HV discussed with GP, who is seeing Rosa this week. Twins both gaining weight and feeding well; partner very supportive.",
     ["SUB", "MH-ADULT"],
     [("convention", "", "Unboxed: cues HV and GP only = green (conv 2)."),
      ("convention", "SUB", "Over-the-counter/prescribed painkiller taken beyond need and bought across pharmacies: misuse = SUB."),
      ("not-coded", "PH", "Twins gaining weight and feeding well: good news only.")])
box(c, "C", "yellow",
    "Rosa completed the 6-week Pathways programme and is no longer using co-codamol. Still on sertraline for PND, GP reviewing.",
    ["MH-ADULT"],
    [("historical", "SUB", "Programme completed and 'no longer using': over."),
     ("convention", "MH-ADULT", "Ongoing sertraline for PND (conv 4).")])

c = case("Z033", "Lower Ansley", "2025-02-10", "2025-07-24")
box(c, "A", "yellow",
    "Dad (Neil) has had severe depression since last spring and rarely leaves the house; mum (Abi) commutes to London 4 days a week. Tilly (15) texts him through the day to check he's eaten, goes straight home after school, manages his tablets and covers for him with the neighbours. She's exhausted and had panic attacks before her mocks. Neil was under the home treatment team after a paracetamol overdose in Jan. Referred to Ansley young carers.",
    ["MH-ADULT", "CARER", "MH-CHILD"],
    [("not-coded", "SUB", "A paracetamol overdose is a mental health crisis, not substance misuse."),
     ("not-coded", "PH", "'Exhausted' is not coded as a separate physical health need.")])
box(c, "C", "yellow",
    "Tilly goes to the young carers group and still sees the school counsellor for exam anxiety. Neil discharged from the CMHT to his GP, on medication and walking every day.",
    ["CARER", "MH-CHILD", "MH-ADULT"],
    [("convention", "MH-ADULT", "Discharged from CMHT but still on medication via GP: ongoing treatment (conv 4).")])


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

def main():
    narrs = [n for c in CASES for n in c["narrs"]]
    ids = [n["narrative_id"] for n in narrs]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        for n in narrs:
            w.writerow([n["narrative_id"], n["triage_id"], n["case_id"], n["stage"], n["date"],
                        n["level"], n["locality"], n["narrative"]])
    gold = [(n["narrative_id"], code, n["gold_level"]) for n in narrs for code in n["codes"]]
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold)
    traps = {n["narrative_id"]: n["traps"] for n in narrs if n["traps"]}
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, ensure_ascii=False, indent=1)
        f.write("\n")

    triages = {n["triage_id"] for n in narrs}
    notes = [n for n in narrs if not n["level"]]
    print(f"cases {len(CASES)}, triages {len(triages)}, narratives {len(narrs)} "
          f"(boxed {len(narrs) - len(notes)}, unboxed notes {len(notes)})")
    print(f"narratives with no gold rows: {sum(1 for n in narrs if not n['codes'])}")
    print(f"gold rows {len(gold)}; narratives with traps {len(traps)}, "
          f"trap entries {sum(len(v) for v in traps.values())}")
    cc = Counter(g[1] for g in gold)
    print("codes: " + ", ".join(f"{k} {cc[k]}" for k in CODES))
    lc = Counter(g[2] for g in gold)
    print("gold levels: " + ", ".join(f"{k} {lc[k]}" for k in LEVELS))
    bc = Counter(n["level"] or "note" for n in narrs)
    print("narratives by box: " + ", ".join(f"{k} {bc[k]}" for k in LEVELS + ["note"]))
    sc = Counter(n["stage"] for n in narrs)
    print(f"by stage: assessment {sc['assessment']}, closure {sc['closure']}")


if __name__ == "__main__":
    main()
