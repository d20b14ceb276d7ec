#!/usr/bin/env python3
"""Blind gold set Z150: safety / contingency / risk planning in conditional language.

Invented Derbyshire district, four invented localities. Every narrative, its gold
codes and its trap notes are written here one narrative at a time; running the
script writes narratives.csv, gold.csv and traps.json (UTF-8, CRLF) and prints counts.
Standard library only.
"""
import csv
import io
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]

CASES = []   # list of dicts: case_id, locality, stages {A:(date,[items]), C:(date,[items])}


def B(level, text, codes=(), traps=()):
    """A boxed narrative written in the `level` box."""
    return {"box": level, "text": text, "codes": list(codes), "traps": list(traps),
            "note_level": None}


def NOTE(text, codes, note_level, traps=()):
    """An unboxed case note; all its codes take `note_level` (highest cue, conv. 2)."""
    return {"box": "", "text": text, "codes": list(codes), "traps": list(traps),
            "note_level": note_level}


def T(type_, code, note):
    return {"type": type_, "code": code, "note": note}


def case(cid, locality, a_date, a_items, c_date=None, c_items=None):
    stages = {"A": (a_date, a_items)}
    if c_date:
        stages["C"] = (c_date, c_items)
    CASES.append({"case_id": cid, "locality": locality, "stages": stages})


# ---------------------------------------------------------------- batch 1: Z001-Z008

case("Z001", "Calverdale", "2025-02-10", [
    B("green",
      "Maisie (4) at Little Acorns nursery 30hrs, HV saw her at the 3.5yr check and has no concerns about her development. "
      "Would need a SALT referral if her speech hasn't come on by the time she starts reception, but at present she is within the expected range.",
      [],
      [T("negated", "EYD", "HV has no concerns; speech within expected range."),
       T("hypothetical", "EYD", "SALT referral only 'would need ... if' speech does not come on."),
       T("not-coded", "EYD", "Nursery attendance is pure good news, no need stated (conv 3).")]),
    B("yellow",
      "Shannon (29) says her mood has been really low since before Xmas, GP started her on sertaline early Jan. "
      "Alfie (7) late 11 times this half term, Shannon admits mornings are chaotic - no set bedtime, kids up till 10 on the tablet. "
      "EHW to do routines work.",
      ["MH-ADULT", "EDU-ATT", "REL-PAR"],
      [T("convention", "REL-PAR", "No set bedtime / chaotic mornings = routines, parenting capacity (REL-PAR)."),
       T("convention", "MH-ADULT", "Misspelt drug name ('sertaline') still a current GP treatment for low mood.")]),
    B("orange",
      "Lee (dad) moved out before Xmas after police attended an incident where he grabbed Shannon round the throat in front of Alfie. "
      "Lee was arrested and bailed not to attend Beech Rd. DASH high, heard at MARAC 14/01, IDVA allocated and non-mol granted till Dec 25. "
      "Safety plan: if Lee turns up Shannon will not open the door and will ring 999; school and nursery have his photo and know not to release the children to him.",
      ["DA"],
      [T("convention", "CRIME", "Arrest and bail for assault on Shannon by ex-partner is DA only (conv 7)."),
       T("hypothetical", "DA", "The 'if Lee turns up' clause is contingency, but DA is present anyway: MARAC, IDVA and a live non-mol.")]),
], "2025-07-21", [
    B("blue",
      "Shannon knows her safety plan off by heart and has a copy on the fridge. Non-mol still in force until December, no breaches since March. "
      "She has told Alfie's school what to do if Lee comes to the gate.",
      ["DA"],
      [T("convention", "DA", "Managing a current DA risk with a live non-mol order and safety plan counts as present in a blue box (conv 3); "
         "the 'if Lee comes to the gate' clause is the plan, not the reason for coding.")]),
    B("green",
      "Alfie's lateness is sorted, punctuality 98% this term. Shannon is still taking sertraline, reviewed by GP in June, and says her mood is much better.",
      ["MH-ADULT"],
      [T("historical", "EDU-ATT", "Lateness described as sorted."),
       T("convention", "MH-ADULT", "Ongoing GP treatment (sertraline) codes MH-ADULT (conv 4) even though mood is better.")]),
])

case("Z002", "Amberford", "2025-03-04", [
    B("blue",
      "Dean's sister Gemma lives two streets away and has said Kayden and Leo could stop with her for a few weeks should the family lose the house.",
      [],
      [T("hypothetical", "HOUS", "Only 'should the family lose the house'; this box on its own text states no current housing problem (conv 1).")]),
    B("green",
      "Kayden (12) at Ridgeway Academy, no issues. Leo (9) was put on the ADHD pathway by the SENCo last spring and is still waiting for his assessment. "
      "Dean worried that Leo might go backwards if they have to move schools.",
      ["EDU-SEND"],
      [T("convention", "EDU-SEND", "On the ADHD pathway and waiting = ongoing (conv 4)."),
       T("hypothetical", "EDU-SEND", "Worry about a possible school move adds nothing; EDU-SEND is already present.")]),
    B("yellow",
      "Dean (41) single dad. Landlord served a section 21 which expires 30/04, Dean is approx £1,600 behind on rent since his hours at the warehouse were cut. "
      "CAB appt booked 11/03. If the s21 goes through and he can't find another private let he would need to present to the council as homeless.",
      ["HOUS", "FIN"],
      [T("partial", "HOUS", "The homeless presentation is hypothetical but the s21 already served is a current risk of homelessness -> HOUS present."),
       T("convention", "FIN", "Rent arrears are FIN; reduced hours alone would not be (conv 5).")]),
], "2025-08-12", [
    B("green",
      "Moved in June to a 3 bed housing association house on the Brookside estate, tenancy signed. Leo assessed in July and diagnosed ADHD, "
      "SENCo has put an SEN support plan in place for Sept.",
      ["EDU-SEND"],
      [T("historical", "HOUS", "Housing problem resolved by the move.")]),
    B("blue",
      "Dean is paying £25 a week off the old rent arrears through a payment plan the CAB set up, and is back on full hours.",
      ["FIN"],
      [T("convention", "FIN", "Paying off arrears = now managing, present in blue (conv 3).")]),
])

case("Z003", "Peverel Heath", "2025-01-20", [
    B("green",
      "Ellie-Mae (6) has missed two dentist appts and her asthma review at the surgery. School nurse going to chase.",
      ["PH"]),
    B("yellow",
      "Home conditions were poor at the first visit in December (no food in, dog mess on the kitchen floor) but Kerry has since had a big clear out and the home is now adequate. "
      "Jack (10) has been referred to Derbyshire Young Carers.",
      ["CARER"],
      [T("historical", "SAFE-NEG", "Poor home conditions described as in the past and now adequate."),
       T("convention", "CARER", "A young carers referral implies a child who cares (service implies need).")]),
    B("orange",
      "Kerry (34) six weeks into a methadone script with Peverel Recovery Service, was using heroin daily until Nov. "
      "Relapse plan agreed at the TAF: if Kerry misses 2 pick-ups or is seen under the influence, maternal nan Pat will have the children and social care will be contacted. "
      "Jack is doing a lot at home - getting Ellie-Mae dressed, making tea most nights.",
      ["SUB", "CARER"],
      [T("convention", "SUB", "Methadone script = ongoing treatment (conv 4); the relapse plan is hypothetical but SUB is present through the script."),
       T("hypothetical", "SUB", "'if Kerry ... is seen under the influence' is contingency, not evidence of current use.")]),
], "2025-06-30", [
    B("blue",
      "Pat will step in if needed - Kerry has her number and the Recovery Service out of hours line in case of relapse. Ellie-Mae's dental check ups are all up to date now.",
      [],
      [T("hypothetical", "SUB", "Only 'in case of relapse'; this box states no current use or treatment (conv 1)."),
       T("historical", "PH", "Missed dental appointments caught up.")]),
    B("yellow",
      "Kerry still on methadone, dose reducing, keyworker says all tests clear. Jack still goes to the young carers group on Tuesdays though he's doing less at home now.",
      ["SUB", "CARER"]),
])

case("Z004", "Derwent Lees", "2025-04-14", [
    B("yellow",
      "Tyler (8) at Holloway Lane Primary, attendence 78% since Sept. Often comes in hungry, staff give him toast at breakfast club.",
      ["EDU-ATT", "SAFE-NEG"],
      [T("convention", "SAFE-NEG", "A hungry child is SAFE-NEG (conv 10); no food bank so no FIN.")]),
    B("orange",
      "Jade (24) told SW she feels 'numb' and can't be bothered with anything, GP has referred her to the perinatal mental health team. "
      "Ruby-Rose (2) only has 3 or 4 words, HV 2yr review is overdue.",
      ["MH-ADULT", "EYD"],
      [T("convention", "EYD", "Speech delay in an under-5 is EYD (conv 9).")]),
    B("red",
      "Tyler and Ruby-Rose subject to CP plans (neglect) since ICPC on 02/04. On the s47 visit the house was filthy, mouldy food in the fridge and Ruby-Rose had been left in a soiled nappy most of the day. "
      "Dad Craig is in HMP, release date expected August. Plan says if Craig returns to the home on release a strategy meeting will be called due to his previous DV conviction against Jade.",
      ["SAFE-NEG"],
      [T("outside", "CRIME", "Craig is in prison, not part of the household; his offending is not coded (conv 6)."),
       T("historical", "DA", "Previous DV conviction is past."),
       T("hypothetical", "DA", "Strategy meeting only 'if Craig returns to the home'.")]),
], "2025-10-06", [
    B("green",
      "Ruby-Rose started at Ladybird nursery on a 2yr funded place in Sept, her words are coming on, HV to review again at 2.5. Tyler's attendance now 97% and school have no concerns.",
      ["EYD"],
      [T("convention", "EYD", "Speech still under HV review = current in green (conv 3)."),
       T("negated", "EDU-ATT", "School have no concerns; attendance good.")]),
    B("red",
      "CP plan stepped down to CIN at the RCPC on 22/09, CIN plan continues under neglect. House warm and food in on the last 3 unannounced visits but still very cluttered. "
      "Craig released on licence in Aug, living at a hostel in Derby with a condition not to contact Jade. If he is seen at the property probation must be told straight away.",
      ["SAFE-NEG"],
      [T("outside", "CRIME", "Craig is on licence but lives in a hostel, outside the household (conv 6); licence = CRIME only for a household adult."),
       T("hypothetical", "DA", "Only 'if he is seen at the property'; no current abuse described.")]),
])

case("Z005", "Calverdale", "2025-05-19", [
    B("green",
      "Kieran (17) has a GP appt re his low mood on 28/05. GP may refer on to CAMHS/adult MH if it's more than low mood.",
      ["MH-CHILD"],
      [T("partial", "MH-CHILD", "Low mood is present (GP appointment); only the onward referral is hypothetical."),
       T("hypothetical", "MH-CHILD", "CAMHS named only as a possible referral, not an ongoing service.")]),
    B("yellow",
      "Kieran (17) dropped out of Calverdale College in Feb after falling out with his tutor, not in any education, training or work since. "
      "Donna (mum) is on UC and says money is fine. Kieran stays in his room gaming most of the day and Donna says they row every day about him getting up.",
      ["EDU-NEET", "REL-PAR"],
      [T("convention", "FIN", "UC named with money described as fine: not FIN (conv 5); NEET YP alone does not add FIN (conv 11)."),
       T("convention", "REL-PAR", "Parent-child arguments are REL-PAR (conv 8).")]),
], "2025-11-03", [
    B("blue",
      "Kieran (17) still sees the GP about his mood and is taking his tablets. Donna says the rows have stopped and they are getting on much better.",
      ["MH-CHILD"],
      [T("historical", "REL-PAR", "Rows have stopped."),
       T("convention", "MH-CHILD", "Ongoing GP treatment = now managing (conv 3/4).")]),
    B("green",
      "Kieran started a Level 1 construction course at college in September and his attendance is good. Tutor says he could go onto an apprenticeship next year if he keeps this up.",
      [],
      [T("historical", "EDU-NEET", "No longer NEET."),
       T("not-coded", "EDU-ATT", "Good attendance is pure good news (conv 3).")]),
])

case("Z006", "Amberford", "2025-06-09", [
    B("green",
      "Millie's attendance is 98% and she has no behaviour points this year. School nurse is seeing her weekly about her anxiety.",
      ["MH-CHILD"],
      [T("not-coded", "EDU-ATT", "Good attendance and behaviour are pure good news (conv 3).")]),
    B("yellow",
      "Claire (mum) and Rob (stepdad) feel they have no control over Millie, she swears at them and walks out when told she can't go out. "
      "Claire worried Millie will end up in care if things carry on like this. Booked onto Triple P Teen starting 23/06.",
      ["REL-PAR"],
      [T("hypothetical", "REL-PAR", "The fear of care is hypothetical, but REL-PAR is present from the current behaviour at home.")]),
    B("orange",
      "Police contacted school after it came to light Millie (13) has been sending images to an adult male she met on snapchat. Investigation ongoing. "
      "Millie missing overnight 31/05, found by police at a friends house in Derby. CSE risk assessment done, allocated to the Safe & Sound exploitation worker.",
      ["SAFE-EXP"],
      [T("convention", "CRIME", "Police investigating the adult and finding a missing child are safeguarding, not CRIME (conv 7); the adult is outside the household.")]),
], "2025-12-01", [
    B("yellow",
      "Claire and Rob finished Triple P Teen. Still arguments over Millie's phone at bedtime but she is back by curfew most nights now.",
      ["REL-PAR"]),
    B("orange",
      "Millie still open to Safe & Sound. No missing episodes since August. Police investigation into the man still ongoing.",
      ["SAFE-EXP"],
      [T("convention", "SAFE-EXP", "Ongoing exploitation service codes SAFE-EXP (conv 4) though missing episodes have stopped.")]),
])

case("Z007", "Peverel Heath", "2025-09-15", [
    NOTE("HV. Grandad Terry (68) has looked after Oscar (4) under an SGO since 2023. Terry has COPD and is on oxygen overnight, "
         "he said if his chest gets any worse he doesn't know who would have Oscar. Oscar's speech is behind for his age - nursery did a WellComm screen and will repeat in 6 wks, HV aware. "
         "No concerns about home conditions, Oscar clean and well dressed.",
         ["PH", "EYD"], "green",
         [T("convention", "CARER", "Terry is a kinship carer; 'carer' alone is not CARER (conv 12)."),
          T("convention", "PH", "Terry's COPD is a current physical health need of a household member."),
          T("negated", "SAFE-NEG", "No concerns about home conditions."),
          T("convention", "PH", "Note level: nursery and HV are universal cues -> green; an SGO is not a red cue (conv 2)."),
          T("hypothetical", "PH", "'if his chest gets any worse' is contingency; PH present anyway.")]),
], "2026-01-19", [
    B("green",
      "Oscar now in reception at St Aidan's, teacher reports his speech has caught up. Terry's COPD is stable with the respiratory nurse at the GP surgery and he has a rescue pack at home.",
      ["PH"],
      [T("historical", "EYD", "Speech has caught up."),
       T("convention", "PH", "Ongoing management of COPD = present (conv 3/4).")]),
    B("blue",
      "Terry's niece has agreed she will have Oscar if Terry is ever admitted to hospital, this is written down and school have a copy.",
      [],
      [T("hypothetical", "PH", "Only 'if Terry is ever admitted'; no current health need in this box.")]),
])

case("Z008", "Derwent Lees", "2025-02-24", [
    B("yellow",
      "Connor (15) on a part time timetable since Jan (mornings only), put in place after mum's relapse in December when he was missing a lot of school. "
      "Lisa is a wheelchair user (MS) and Connor helps her with the shopping, housework and her meds.",
      ["EDU-ATT", "PH", "CARER"],
      [T("convention", "SUB", "'mum's relapse' refers to her MS (physical), not substance use: look-alike word."),
       T("convention", "EDU-ATT", "Part-time timetable is EDU-ATT.")]),
    B("orange",
      "Connor was arrested on 08/02 for criminal damage at the park with older lads, released under investigation. "
      "Police worry he is being drawn in by an older group who use him to carry stuff - he has come home with a new phone and trainers Lisa didn't buy. Referred to YOS prevention.",
      ["CRIME", "SAFE-EXP"],
      [T("convention", "CRIME", "Arrest of a household young person and YOS = CRIME (conv 7)."),
       T("partial", "SAFE-EXP", "'Police worry he is being drawn in' is a current concern backed by current signs (unexplained phone, trainers), not a hypothetical.")]),
    B("green",
      "No concerns around home conditions or basic care. Lisa manages her MS with the neuro nurse and gets PIP, no money problems.",
      ["PH"],
      [T("negated", "SAFE-NEG", "No concerns re home conditions."),
       T("convention", "FIN", "PIP named with no money problem: not FIN (conv 5).")]),
], "2025-07-14", [
    B("yellow",
      "Connor still known to YOS on a voluntary prevention plan, no further arrests. If he reoffends the worker would consider referral to the Turnaround programme.",
      ["CRIME"],
      [T("hypothetical", "CRIME", "Reoffending is hypothetical, but ongoing YOS involvement codes CRIME (conv 4/7).")]),
    B("green",
      "Connor back full time at Derwent Lees Academy from June, attendance since then 93%. Still helps mum with shopping at weekends but school are aware and checking in with him.",
      ["CARER"],
      [T("not-coded", "EDU-ATT", "Back full time, attendance reported without a stated problem; part-time timetable over."),
       T("convention", "CARER", "Continuing caring role, managed with school support = present in green.")]),
])

# ---------------------------------------------------------------- batch 2: Z009-Z016

case("Z009", "Calverdale", "2025-03-17", [
    B("green",
      "Harvey (6) at Calverdale Infants. Teacher has noticed he's gone very clingy and tearful at drop off since dad left, pastoral lead keeping an eye and doing a worry box with him.",
      ["MH-CHILD"],
      [T("convention", "MH-CHILD", "Clingy and tearful = child's emotional wellbeing, current.")]),
    B("orange",
      "Becky (31) and Sam separated in January after Sam was arrested for assaulting her, he's now living at his mum's in Hasland. "
      "Becky has said she's thinking of letting him move back in 'for Harvey's sake'. Explained that if Sam moves back in a referral to social care would have to be made. "
      "Becky doing the Freedom Programme since 03/03.",
      ["DA"],
      [T("convention", "DA", "Freedom Programme = ongoing DA service (conv 4); the social care referral is hypothetical."),
       T("convention", "REL-CONF", "The separation followed an assault: relationship breakdown that is part of DA is DA only (conv 8)."),
       T("convention", "CRIME", "Sam's arrest for assaulting Becky is DA only (conv 7).")]),
], "2025-08-04", [
    B("yellow",
      "Becky completed Freedom in May. No contact between Becky and Sam, no incidents since January. Sam sees Harvey at the contact centre once a fortnight. "
      "Becky is clear Sam won't be moving back in; if that changes she has agreed to tell the EHW.",
      [],
      [T("historical", "DA", "Programme completed, no contact, no incidents since January: described as over."),
       T("hypothetical", "DA", "'if that changes' contingency only."),
       T("not-coded", "REL-CONF", "Contact arranged at a contact centre with no dispute described.")]),
])

case("Z010", "Amberford", "2025-04-07", [
    B("green",
      "Aria (10 mths) due her 12 month jabs, HV has booked them. Development on track. Nadia and Imran both working, no money worries.",
      [],
      [T("not-coded", "PH", "Routine immunisations due and booked, not missed: no need stated."),
       T("negated", "FIN", "No money worries."),
       T("not-coded", "EYD", "Development on track: pure good news.")]),
    B("yellow",
      "Family of six in a 2 bed flat above the chippy on Market St, the three boys share one room and baby Aria sleeps in with mum and dad. "
      "Black mould on both bedroom walls, Aria has had 3 chest infections since Nov. On the housing register (band C).",
      ["HOUS", "PH"]),
], "2025-10-20", [
    B("blue",
      "Landlord treated the mould in June and fitted an extractor fan; family are keeping on top of it by wiping down and opening windows. Still waiting on the register for a bigger property.",
      ["HOUS"],
      [T("convention", "HOUS", "Still overcrowded and managing the damp themselves = present in blue (conv 3).")]),
])

case("Z011", "Peverel Heath", "2025-05-06", [
    B("green",
      "Sophie's brother Jordan (19) lives at home, he has type 1 diabetes and manages his own insulin and clinic appts.",
      ["PH"],
      [T("convention", "PH", "Managing a current condition = present in a green box (conv 3).")]),
    B("yellow",
      "Sophie (14) self harmed (cutting) in Yr 8, was open to CAMHS in 2023 and discharged Sept 24, no self harm since. "
      "Mum Amanda worried the end of year exams might set her off again - plan agreed that if Sophie tells her about urges or Amanda finds marks she'll ring the GP same day for a re-referral. "
      "Separately Sophie is refusing school 2-3 days a week, attendance 71%.",
      ["EDU-ATT"],
      [T("historical", "MH-CHILD", "Self-harm and CAMHS are in the past (discharged Sept 24, none since)."),
       T("hypothetical", "MH-CHILD", "Worry that mocks 'might set her off' and the re-referral plan are conditional."),
       T("not-coded", "MH-CHILD", "School refusal is not described with an emotional cause here; coded EDU-ATT only.")]),
], "2025-10-13", [
    B("green",
      "Sophie's attendance up to 89% since Sept, school have her on a re-engagement plan with the attendance officer. Still no self-harm, GP aware and will re-refer to CAMHS should it happen again.",
      ["EDU-ATT"],
      [T("hypothetical", "MH-CHILD", "CAMHS only 'should it happen again'; no current MH need."),
       T("partial", "EDU-ATT", "Attendance improving but still below 90% and on a re-engagement plan: current.")]),
])

case("Z012", "Derwent Lees", "2025-02-03", [
    B("yellow",
      "Gary (45) had a relapse with his drinking over Xmas. Now engaged with Change Grow Live and has done a community detox. "
      "Maria (partner) says she will ask him to leave if he drinks again. Children Poppy (11) and Finn (8).",
      ["SUB"],
      [T("hypothetical", "SUB", "'if he drinks again' is contingency; SUB present via current CGL engagement (conv 4).")]),
    B("orange",
      "Police called 26/12 by a neighbour about shouting. Gary and Maria were arguing, Gary very drunk (this was at the height of his relapse), no violence found and neither disclosed DA, DASH standard. "
      "Poppy had taken Finn upstairs and put him to bed.",
      ["REL-CONF", "SUB"],
      [T("negated", "DA", "No violence found, DA not disclosed: arguments are REL-CONF (conv 8)."),
       T("convention", "CRIME", "Police call-out about a parental argument is not CRIME (conv 7)."),
       T("not-coded", "CARER", "A single night putting a sibling to bed is not described as a caring responsibility.")]),
], "2025-07-07", [
    B("blue",
      "Gary still goes to AA every Thursday, sober since mid Jan. Gary and Maria say they're getting on well. Both know to ring CGL if he feels like drinking again.",
      ["SUB"],
      [T("convention", "SUB", "Hard call: sobriety since January reads as 'stopped', but weekly AA is ongoing self-managed support; in a blue box this is 'now managing' (conv 3/4) -> present."),
       T("hypothetical", "SUB", "'if he feels like drinking again' is contingency only.")]),
])

case("Z013", "Calverdale", "2025-06-23", [
    B("yellow",
      "Kayleigh (mum-to-be) has anxiety and is on the waiting list for Talking Therapies. Money really tight - she's had 2 food bank parcels this month while her UC claim was sorted after the move.",
      ["MH-ADULT", "FIN"],
      [T("convention", "FIN", "Food bank and a UC claim problem = FIN (conv 5, 10).")]),
    B("red",
      "Pre-birth assessment under s17. Kayleigh (19) is 28 wks with her first. She was looked after until 18 and used cannabis as a teenager, says she stopped when she found out she was pregnant and the antenatal screens are clear. "
      "She has been given notice to leave her supported lodgings by 31/08. Birth plan: if Jordan (baby's father) comes to the ward security to be called, as he has a conviction for assaulting a previous girlfriend.",
      ["HOUS"],
      [T("historical", "SUB", "Cannabis use stopped, screens clear."),
       T("outside", "DA", "Jordan's conviction is against a previous girlfriend; he is not described as in the household and no abuse of Kayleigh is stated."),
       T("hypothetical", "DA", "Security call only 'if Jordan comes to the ward'."),
       T("convention", "HOUS", "Notice to leave current accommodation = risk of homelessness, present.")]),
], "2025-12-08", [
    B("orange",
      "Lola born 14/09, s17 closed. Kayleigh and Lola have a 1 bed council flat on Chapel Rd since October. Jordan not in the picture. "
      "Kayleigh's anxiety is better but she still has Talking Therapies every fortnight. HV visiting, no concerns.",
      ["MH-ADULT"],
      [T("historical", "HOUS", "Rehoused in October."),
       T("convention", "MH-ADULT", "Ongoing therapy codes MH-ADULT (conv 4); orange box level kept although content reads lower (conv 2).")]),
])

case("Z014", "Amberford", "2025-01-13", [
    B("yellow",
      "Reece was assessed for ADHD by the paediatrician in November and started on meds, SENCo adding him to the SEN register. "
      "Toni (mum) finds him really hard to manage at home - he punched a hole in the bedroom door last week when she took the Xbox off him.",
      ["EDU-SEND", "REL-PAR"]),
    B("orange",
      "Reece (13) has had 4 suspensions since September for fighting and swearing at staff, the latest 3 days on 09/01. Head says he's at risk of permanent exclusion. "
      "A managed move to Ashgate Academy is being discussed at the TAF.",
      ["EDU-EXC"]),
], "2025-06-16", [
    B("blue",
      "Toni uses the calm down plan from her parenting course when Reece kicks off and says home is much calmer.",
      ["REL-PAR"],
      [T("convention", "REL-PAR", "Still 'kicks off', mum managing with course strategies = present in blue (conv 3).")]),
    B("yellow",
      "Reece started a managed move to Ashgate in March and it was made permanent at the 12 week review. No suspensions since. Still on his ADHD meds and on SEN support at Ashgate.",
      ["EDU-SEND"],
      [T("historical", "EDU-EXC", "Managed move completed and made permanent, no suspensions since: over."),
       T("convention", "PH", "ADHD medication is part of EDU-SEND, not PH.")]),
])

case("Z015", "Peverel Heath", "2025-09-08", [
    B("green",
      "Ethan (14) at Peverel High, attendance 96%. He has been getting picked on by a group of Yr 10s about his brother, head of year is dealing with it.",
      ["SAFE-EXP"],
      [T("convention", "SAFE-EXP", "Bullied by peers is the child's need (SAFE-EXP) even though the bullies are outside the household."),
       T("not-coded", "EDU-ATT", "96% with no need stated.")]),
    B("orange",
      "Mum (Sarah) worried that Ethan might be targeted by the same people who exploited his older brother Liam (19). Liam moved out in July and is on remand for county lines offences. "
      "No signs Ethan is involved - no unexplained money or items, no missing episodes, home on time. TAF has agreed a plan in case anything changes: school to flag any unexplained absence the same day.",
      [],
      [T("hypothetical", "SAFE-EXP", "Worry that Ethan 'might be targeted', with no current signs (explicitly negated) and a plan 'in case anything changes'."),
       T("outside", "CRIME", "Liam has moved out; his offending is outside the household (conv 6).")]),
], "2026-02-02", [
    B("green",
      "The bullying stopped once school moved the Year 10s to a different lunch slot. Ethan seems happy in school. No exploitation concerns.",
      [],
      [T("historical", "SAFE-EXP", "Bullying stopped."),
       T("negated", "SAFE-EXP", "No exploitation concerns.")]),
])

case("Z016", "Derwent Lees", "2025-07-28", [
    NOTE("Phone call with Helen (mum). Noah (9) has cerebral palsy and an EHCP, he goes to Brookfield Special School. Helen is his parent carer and gets Carer's Allowance. "
         "Noah's sister Grace (12) helps with his tube feeds and the hoist before school most mornings. Emergency plan drafted: if Helen is taken ill Noah would go to Meadowcroft short breaks unit. "
         "Grace referred to the young carers service today.",
         ["PH", "EDU-SEND", "CARER"], "yellow",
         [T("convention", "CARER", "Helen as 'parent carer' and Carer's Allowance do not make CARER (conv 5, 12); Grace's caring does."),
          T("hypothetical", "PH", "Short breaks only 'if Helen is taken ill'."),
          T("convention", "CARER", "Note level: young carers service = one extra service -> yellow; the special school is a universal cue (conv 2).")]),
], "2025-12-15", [
    B("yellow",
      "Grace going to young carers club every other week and has a young carer's card for school. Helen says Grace does less of the lifting now Noah has a new ceiling hoist.",
      ["CARER", "PH"],
      [T("partial", "PH", "Hard call: Noah's disability is not named in this box, but his current need for a ceiling hoist (equipment for a physical disability) is described; coded PH on this box's own text (conv 1).")]),
])

# ---------------------------------------------------------------- batch 3: Z017-Z024

case("Z017", "Calverdale", "2025-08-18", [
    B("yellow",
      "Archie (3) not toilet trained, has his dummy in all day and his 2yr funded nursery place was never taken up - Natalie says she'll look at nursery in Jan. Portage worker now visiting fortnightly.",
      ["EYD"]),
    B("red",
      "Lily (7) and Archie on a child in need plan since July after mum Natalie (27) took an overdose and was admitted to the Royal. "
      "Natalie is open to the community mental health team and sees her CPN weekly. Crisis plan: if Natalie feels she can't keep herself safe she will ring the crisis line and her sister Kate will come and stay with the kids.",
      ["MH-ADULT"],
      [T("hypothetical", "MH-ADULT", "Crisis plan is conditional, but MH-ADULT is present through the CMHT/CPN involvement (conv 4).")]),
], "2026-01-12", [
    B("orange",
      "CIN closed in November. Natalie still sees her CPN monthly, no further overdoses, and knows to use the crisis line if things get bad again.",
      ["MH-ADULT"],
      [T("partial", "MH-ADULT", "'no further overdoses' ends the crisis, not the treatment; ongoing CPN = present (conv 4).")]),
])

case("Z018", "Amberford", "2025-10-27", [
    B("yellow",
      "Paul (38) told us he has gambling debts of around £8k, mainly credit cards and payday loans. He self-excluded from the betting apps through GamStop and is seeing a GamCare counsellor. "
      "Gas on emergency credit most weeks. Jo worried that if the bailiffs come they'll take the car she needs for work. Jo and Paul arguing a lot over the money and Paul sleeping on the sofa.",
      ["FIN", "REL-CONF"],
      [T("convention", "SUB", "Gambling and its debts are FIN, not SUB; 'self-excluded' is a look-alike (conv 10)."),
       T("convention", "FIN", "Emergency gas credit = fuel poverty, FIN (conv 10)."),
       T("hypothetical", "FIN", "Bailiffs only 'if'; FIN present from the debts anyway.")]),
], "2026-03-09", [
    B("blue",
      "Paul on a debt management plan with StepChange paying £120 a month, still self-excluded, and his brother checks in with him every Sunday. Jo and Paul say they're back on track as a couple.",
      ["FIN"],
      [T("convention", "FIN", "Paying a debt management plan = now managing (conv 3)."),
       T("historical", "REL-CONF", "Back on track as a couple: arguments over.")]),
])

case("Z019", "Peverel Heath", "2025-07-07", [
    B("yellow",
      "Amber (16) has finished Yr 11 and has a conditional place on health & social care at Derby College from Sept; careers adviser says she'd only be at risk of NEET if the place fell through. "
      "Mum Lorraine has fibromyalgia and is in pain most days. Amber does most of the cooking and cleaning and goes with her to hospital appointments. Lorraine on PIP, says money is OK.",
      ["PH", "CARER"],
      [T("hypothetical", "EDU-NEET", "'only at risk of NEET if the place fell through' is the taxonomy's 'at risk of X only if Y'."),
       T("convention", "FIN", "PIP with money described as OK: not FIN (conv 5).")]),
], "2025-11-24", [
    B("yellow",
      "Amber started at Derby College in September and is attending. Still doing a lot at home for mum so referred to the young adult carers group at the Carers Centre.",
      ["CARER"],
      [T("not-coded", "PH", "Mum's condition is not mentioned in this box (conv 1).")]),
])

case("Z020", "Derwent Lees", "2025-03-31", [
    B("green",
      "Kacey (5) and Tommy (7) both at Derwent Lees Primary. School nurse says Tommy has headlice most weeks and Kacey has never been to a dentist, her front teeth are decayed.",
      ["SAFE-NEG", "PH"]),
    B("orange",
      "Joint visit with the housing officer: house heavily cluttered, bags of rubbish piled in the back bedroom, no clean bedding for the kids, strong smell of cat urine. "
      "Housing served a notice of seeking possession on 20/03 for breach of tenancy (condition of property). "
      "Agreed with Karen that if the house is not cleared by the review on 28/04 we will consult social care about stepping up.",
      ["SAFE-NEG", "HOUS"],
      [T("hypothetical", "SAFE-NEG", "Escalation to social care only 'if' not cleared; neglect itself is present."),
       T("convention", "HOUS", "Notice of seeking possession = current risk of eviction.")]),
], "2025-09-15", [
    B("orange",
      "House cleared by the end of May with help from Karen's brothers and the NSP was withdrawn. Standards have held at 3 unannounced visits. "
      "Karen knows that if it slips again housing would serve a fresh notice.",
      [],
      [T("historical", "SAFE-NEG", "Home conditions problem resolved; the 'standards have held' is not a stated need and conv 3 'now managing' only applies in blue/green boxes."),
       T("historical", "HOUS", "NSP withdrawn."),
       T("hypothetical", "HOUS", "Fresh notice only 'if it slips'.")]),
])

case("Z021", "Calverdale", "2025-11-10", [
    NOTE("Strategy meeting held this am after Mia (15) told her form tutor that mum's boyfriend Dale, who lives with them, punched mum in the face on Sat and pushed Mia into the wall when she tried to stop him. "
         "s47 agreed. Dale has been asked to leave and is at his brother's; safety plan with mum (Stacey) - Dale not to return while enquiries ongoing and if he does she will ring police. "
         "Mia very low, said she has thought about ending her life. Urgent CAMHS referral sent.",
         ["DA", "MH-CHILD"], "red",
         [T("convention", "DA", "Note level: strategy meeting and s47 are red cues, above CAMHS (orange) (conv 2)."),
          T("convention", "CRIME", "Dale's violence in the home is DA, not CRIME (conv 7)."),
          T("hypothetical", "DA", "'if he does' return is contingency; DA present from the assault.")]),
], "2026-02-16", [
    B("blue",
      "Stacey is still getting texts from Dale off different numbers and is screenshotting them for the police. Her mum and two friends know the safety plan and will ring 999 if he turns up.",
      ["DA"],
      [T("convention", "DA", "Current contact/harassment by ex-partner = DA present; the 999 clause is the plan.")]),
    B("red",
      "s47 concluded, Mia and her brother Kai on CIN plans. Dale hasn't returned, Stacey got a non-mol in December and is working with the IDVA. Mia now open to CAMHS and sees a therapist weekly.",
      ["DA", "MH-CHILD"]),
])

case("Z022", "Amberford", "2025-04-22", [
    B("green",
      "Noor (7 mths) was exclusively breastfed to 6 months, weaning now started but she's refusing anything with lumps. HV weighed her today - dropped from the 50th to the 9th centile. "
      "GP review booked; if her weight drops any further she would be referred to the paediatrician.",
      ["EYD", "PH"],
      [T("not-coded", "EDU-EXC", "'exclusively breastfed' is a look-alike word, not exclusion."),
       T("partial", "PH", "Paediatric referral is hypothetical but the weight drop is current.")]),
    B("yellow",
      "Samira came over from Syria in 2023, limited English and quite isolated as Faisal works long shifts. She says she cries most days and hasn't left the house for weeks, HV did an EPDS which scored 16. "
      "Referred to Little Steps family support worker.",
      ["MH-ADULT"],
      [T("convention", "FIN", "Working long shifts is not FIN (conv 5).")]),
], "2025-09-29", [
    B("green",
      "Noor back up to the 25th centile and eating well. Samira says the low mood has lifted, repeat EPDS 4. She goes to stay and play at the children's centre and has made friends there. HV discharged to universal.",
      [],
      [T("historical", "PH", "Weight recovered."),
       T("historical", "EYD", "Eating well: weaning problem over."),
       T("historical", "MH-ADULT", "Low mood has lifted, EPDS normal.")]),
])

case("Z023", "Peverel Heath", "2025-05-12", [
    B("orange",
      "Jayden (16) got a 9 month referral order in April for possession of a bladed article, says he carried it for protection. YOS worker Sean sees him weekly; if he breaches the order it goes back to court. "
      "He stopped going to his college course at Easter and has been taken off the roll, not in any education, training or work. Mum Tracey says he won't do a thing she asks and they are constantly at loggerheads.",
      ["CRIME", "EDU-NEET", "REL-PAR"],
      [T("hypothetical", "CRIME", "Breach clause is conditional; CRIME present from the current referral order (conv 7)."),
       T("convention", "FIN", "NEET young person alone does not add FIN (conv 11).")]),
], "2025-12-15", [
    B("yellow",
      "Jayden has 4 weeks left on his referral order, no breaches. Started a Prince's Trust course in October and goes 3 days a week. Tracey says home is a lot calmer.",
      ["CRIME"],
      [T("historical", "EDU-NEET", "Now on a course."),
       T("not-coded", "REL-PAR", "'home is a lot calmer' states no current problem.")]),
])

case("Z024", "Derwent Lees", "2025-06-02", [
    B("yellow",
      "Aaron and Chloe seperated last October and have been in constant disputes over contact - Aaron has kept the girls past handover twice and Chloe has now stopped weekend contact. "
      "No DA disclosed by either of them. Both agreed to mediation, referral sent. Isla (10) told her teacher she hates going between houses and gets really worried and teary before contact.",
      ["REL-CONF", "MH-CHILD"],
      [T("negated", "DA", "No DA disclosed."),
       T("convention", "REL-CONF", "Contact dispute after separation = REL-CONF.")]),
], "2025-11-17", [
    B("blue",
      "Parenting plan agreed at mediation: alternate weekends and Wednesday tea, handovers at the McDonald's car park. Both say it's working and if they disagree they'll go back to the mediator rather than involve the girls.",
      ["REL-CONF"],
      [T("convention", "REL-CONF", "Hard call: the dispute is settled but the separated parents are now managing contact through a parenting plan; in a blue box 'now managing' counts (conv 3). The mediator clause is hypothetical.")]),
])

# ---------------------------------------------------------------- batch 4: Z025-Z030

case("Z025", "Calverdale", "2025-09-22", [
    NOTE("TAF review at Calverdale Academy. Kai (12) back in school after a 5 day suspension for bringing a vape and lighter in and setting off the fire alarm. "
         "School worried that one more serious incident could mean a permanent exclusion. Kai vapes at home as well and mum Gemma says she can't stop him or get him in at a reasonable time. "
         "Gemma said if he does get excluded she would have to give up her job.",
         ["EDU-EXC", "REL-PAR"], "orange",
         [T("convention", "SUB", "Vaping is not SUB (conv 12)."),
          T("hypothetical", "FIN", "Job loss only 'if he does get excluded'."),
          T("convention", "EDU-EXC", "Note level: TAF (multi-agency plan) is an orange cue, above school (green) (conv 2).")]),
], "2026-02-23", [
    B("yellow",
      "No more suspensions since October but Kai is still getting detentions most weeks for answering back and is on report with his head of year. Gemma says things at home have settled.",
      ["EDU-EXC"],
      [T("convention", "EDU-EXC", "Ongoing behaviour sanctions/report = behaviour at school, present."),
       T("not-coded", "REL-PAR", "'things at home have settled' states no need.")]),
])

case("Z026", "Amberford", "2025-02-17", [
    B("yellow",
      "Only income is Kirsty's part time wage, Mark can't get work because of his record. Rent arrears £640 plus council tax arrears and they've used the food bank twice since Xmas. "
      "Referred to the ex-offender employment support at the Jobcentre.",
      ["FIN"],
      [T("historical", "CRIME", "'because of his record' refers to past offending; the licence is not mentioned in this box (conv 1)."),
       T("convention", "FIN", "Rent and council tax arrears, food bank and household worklessness = FIN.")]),
    B("orange",
      "Mark (36), Kirsty's partner, came out of prison in Dec and is on licence till Sept, supervised by probation; he lives with Kirsty, Demi (9) and Cole (4). Conviction was for burglary. "
      "Licence has a curfew and probation have said he could be recalled if he breaches it. No DA concerns, Kirsty says they get on well.",
      ["CRIME"],
      [T("convention", "CRIME", "A household adult on licence/probation = CRIME (conv 7)."),
       T("negated", "DA", "No DA concerns."),
       T("hypothetical", "CRIME", "Recall only 'if he breaches'.")]),
], "2025-10-06", [
    B("green",
      "Mark's licence ended in September with no breaches and he has a job at the recycling plant. Rent arrears cleared in July.",
      [],
      [T("historical", "CRIME", "Licence ended."),
       T("historical", "FIN", "Arrears cleared, now working.")]),
])

case("Z027", "Peverel Heath", "2025-10-13", [
    B("yellow",
      "Ollie (16) has autism and an EHCP. Left Peverel High in July, his place at Chesterfield College broke down after 2 weeks and he hasn't been in any education or training since. "
      "SEND team doing an early review of the EHCP. Mum (Debbie) worried he may never leave the house if this drags on much longer.",
      ["EDU-NEET", "EDU-SEND"],
      [T("hypothetical", "MH-CHILD", "Worry that he 'may never leave the house' is a future fear, no current mental health need stated.")]),
], "2026-01-26", [
    B("green",
      "Ollie started at Springwell specialist college 3 days a week in Nov under his amended EHCP and is settling in.",
      ["EDU-SEND"],
      [T("historical", "EDU-NEET", "Now in education."),
       T("convention", "EDU-SEND", "EHCP is ongoing SEND provision.")]),
])

case("Z028", "Derwent Lees", "2025-03-10", [
    NOTE("Phone call. Rachel asked for advice as Harry (4) is still in nappies at night and she's worried he won't be dry by the time he starts school in Sept. He is dry in the day. "
         "Sent her the ERIC bedwetting leaflet and website link, she's going to try the tips and will ring back if no progress by Easter.",
         ["EYD"], "blue",
         [T("convention", "EYD", "Night-time toileting in an under-5 is EYD (conv 9), not PH."),
          T("convention", "EYD", "Note level: information/signposting the family acts on itself = blue; no service cue (conv 2).")]),
], "2025-06-23", [
    B("blue",
      "Harry has been dry at night for 6 weeks and is in pants now. Rachel will get back in touch if he goes backwards.",
      [],
      [T("historical", "EYD", "Dry for 6 weeks: over."),
       T("hypothetical", "EYD", "Only 'if he goes backwards'.")]),
])

case("Z029", "Calverdale", "2025-09-29", [
    NOTE("Call from the school nurse. Freya (11) has been struggling to sleep since her grandad died in the summer, lies awake worrying most nights; GP has given sleep advice. "
         "Mum (Kelly) says she's eating fine and still seeing friends. School nurse explained that if the worrying gets worse or she stops going out, school could refer to the MHST or CAMHS.",
         ["PH", "MH-CHILD"], "green",
         [T("convention", "PH", "Sleep problems at school age are PH (conv 9)."),
          T("convention", "MH-CHILD", "Lying awake worrying after a bereavement is a current emotional-wellbeing need."),
          T("convention", "MH-CHILD", "Note level: CAMHS appears only as a possible future referral, so it is not used as a level cue; school nurse and GP give green (conv 2).")]),
], "2026-02-09", [
    B("green",
      "Freya sleeping through now. Still gets sad about her grandad at times and sees the school ELSA once a week which she says helps.",
      ["MH-CHILD"],
      [T("historical", "PH", "Sleeping through now."),
       T("convention", "MH-CHILD", "Ongoing ELSA support for grief = present (conv 3/4).")]),
])

case("Z030", "Amberford", "2025-11-03", [
    B("orange",
      "Leanne (35) and her 3 children in temporary accommodation (B&B on Station Rd) since fleeing her ex-partner in Leeds in August. Case transferred from Leeds MARAC, ex doesn't know where they are. "
      "Leanne gets panic attacks, GP has prescribed propranolol. Josh (13) has had 2 suspensions at his new school for fighting. "
      "If the ex finds them the plan is an emergency move through the refuge network.",
      ["HOUS", "DA", "MH-ADULT", "EDU-EXC"],
      [T("hypothetical", "DA", "The emergency move is contingency; DA present via MARAC and recent flight."),
       T("convention", "HOUS", "Temporary accommodation = HOUS.")]),
], "2026-03-02", [
    B("yellow",
      "Moved into a 3 bed council house in February. No contact from the ex, Leanne on the waiting list for the Freedom Programme. Panic attacks less often now. "
      "Josh is being sent nasty messages in a class group chat since the move, school are looking into it.",
      ["DA", "MH-ADULT", "SAFE-EXP"],
      [T("historical", "HOUS", "Rehoused."),
       T("convention", "DA", "Awaiting a DA programme codes its area (conv 4 by analogy with 'awaiting a CAMHS appointment')."),
       T("partial", "MH-ADULT", "'less often' means panic attacks still happen."),
       T("convention", "SAFE-EXP", "Online bullying by peers is the child's need (SAFE-EXP).")]),
])

# ---------------------------------------------------------------- output

def rows():
    nar, gold, traps = [], [], {}
    for c in CASES:
        cid = c["case_id"]
        for st in ("A", "C"):
            if st not in c["stages"]:
                continue
            date, items = c["stages"][st]
            tid = f"{cid}-{st}"
            stage = "assessment" if st == "A" else "closure"
            for it in items:
                if it["box"]:
                    nid = f"{tid}-{it['box']}"
                    glevel = it["box"]
                else:
                    nid = f"{tid}-note"
                    glevel = it["note_level"]
                nar.append([nid, tid, cid, stage, date, it["box"], c["locality"], it["text"]])
                for code in it["codes"]:
                    gold.append([nid, code, glevel])
                if it["traps"]:
                    traps[nid] = it["traps"]
    return nar, gold, traps


def write_csv(path, header, data):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(data)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def main():
    nar, gold, traps = rows()
    write_csv(os.path.join(HERE, "narratives.csv"),
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"], nar)
    write_csv(os.path.join(HERE, "gold.csv"), ["narrative_id", "code", "level"], gold)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, indent=2, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")
    triages = {r[1] for r in nar}
    print(f"cases: {len(CASES)}  triages: {len(triages)}  narratives: {len(nar)} "
          f"(notes: {sum(1 for r in nar if not r[5])})  gold rows: {len(gold)}  "
          f"trap narratives: {len(traps)}  trap notes: {sum(len(v) for v in traps.values())}")
    print("narratives with no gold rows:", len({r[0] for r in nar} - {g[0] for g in gold}))
    cc = Counter(g[1] for g in gold)
    print("codes:", ", ".join(f"{k} {cc[k]}" for k in CODES))
    lc = Counter(g[2] for g in gold)
    print("gold levels:", ", ".join(f"{k} {lc[k]}" for k in LEVELS))
    tc = Counter(t["type"] for v in traps.values() for t in v)
    print("trap types:", dict(sorted(tc.items())))


if __name__ == "__main__":
    main()
