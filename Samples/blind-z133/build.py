#!/usr/bin/env python3
"""Build the Z-series blind gold set (theme: teenage girls 12-17).

Written blind from /work/shared/taxonomy.md only. Every narrative, its gold
codes and its trap notes sit together below, one narrative at a time.
Writes narratives.csv, gold.csv and traps.json (UTF-8, no BOM, CRLF) and
prints counts. Python 3 standard library only.
"""
import csv
import io
import json
import os
from collections import Counter

OUT = os.path.dirname(os.path.abspath(__file__))

NARR = []   # dicts for narratives.csv
GOLD = []   # (narrative_id, code, level)
TRAPS = {}  # narrative_id -> list of {type, code, note}

_case = {}


def case(cid, locality, a_date, c_date):
    """Start a new case; following N() calls belong to it."""
    _case.clear()
    _case.update(cid=cid, loc=locality, A=a_date, C=c_date)


def N(stage, level, text, codes=(), traps=(), note_level=None):
    """One narrative.

    stage: 'A' or 'C'; level: box level, or None for an unboxed note.
    codes: the PRESENT codes (gold). note_level: gold level for an unboxed
    note (its highest level cue, convention 2).
    traps: (type, code, note) tuples.
    """
    cid = _case["cid"]
    triage = f"{cid}-{stage}"
    if level is None:
        nid = f"{triage}-note"
        gold_level = note_level
        assert note_level or not codes, nid
    else:
        nid = f"{triage}-{level}"
        gold_level = level
        assert note_level is None, nid
    NARR.append({
        "narrative_id": nid,
        "triage_id": triage,
        "case_id": cid,
        "stage": "assessment" if stage == "A" else "closure",
        "date": _case[stage],
        "level": level or "",
        "locality": _case["loc"],
        "narrative": text,
    })
    assert len(set(codes)) == len(codes), nid
    for c in codes:
        GOLD.append((nid, c, gold_level))
    if traps:
        TRAPS[nid] = [{"type": t, "code": c, "note": n} for t, c, n in traps]


# ---------------------------------------------------------------- Z001
case("Z001", "Brackenfold", "2025-04-08", "2025-09-19")
N("A", "green",
  "School nurse drop-in 07/04. Amelia (14) brought in by a friend who was worried about marks on her arm. "
  "Several superficial cuts to L forearm, healing well, no medical treatment needed. Amelia says she started "
  "cutting around Christmas 'when everything went wrong with my friends'. Agreed weekly check-ins with me and a "
  "letter to GP with her consent. If the cuts get deeper or she talks about ending her life I will refer to CAMHS.",
  ["MH-CHILD"],
  [("convention", "PH", "Healing self-harm cuts are coded as the self-harm (MH-CHILD); no illness or physical condition is described, so no PH."),
   ("not-coded", "SAFE-EXP", "'Everything went wrong with my friends' is a friendship fallout with no bullying described in this box."),
   ("hypothetical", "MH-CHILD", "The CAMHS referral is conditional ('if the cuts get deeper'); MH-CHILD is present anyway from the self-harm.")])
N("A", "yellow",
  "Friendship group turned on Amelia in Jan - they set up a group chat without her and post screenshots of her "
  "laughing at her, and one girl put her picture on her story with 'kys' written across it. She has missed 9 days "
  "since Feb half term, mostly Mondays. EHW to do 1:1 sessions with Amelia and liase with Head of Year re a return plan.",
  ["SAFE-EXP", "EDU-ATT"],
  [("convention", "SAFE-EXP", "Online humiliation by peers after a fallout is bullying: SAFE-EXP for the child (peers are outside the household but the bullying is her need).")])
N("C", "green",
  "Amelia back in full time, no absences since May. Still sees the school nurse fortnightly. Last cut was in June - "
  "when the urges come she uses her distraction box and texts Shout.",
  ["MH-CHILD"],
  [("historical", "EDU-ATT", "'No absences since May' - attendance problem described as over (convention 3)."),
   ("convention", "MH-CHILD", "Self-harm has stopped but urges are still being managed with ongoing school nurse support: present (conventions 3 and 4).")])

# ---------------------------------------------------------------- Z002
case("Z002", "Easterleigh", "2025-05-02", "2025-10-14")
N("A", "red",
  "Jade (15) reported missing 3 times in April. Found twice at the flat of Connor (23) in Hatherby, who she describes "
  "as her boyfriend; he has bought her a new phone and collects her from the end of the road. Strategy meeting held "
  "28/04 and s47 under way re CSE. Mum Donna engaging well with SW and has given police Connor's car reg.",
  ["SAFE-EXP"],
  [("outside", "CRIME", "Connor's offending is by a man outside the household; its effect on Jade is SAFE-EXP (convention 6)."),
   ("convention", "CRIME", "Police locating a missing child is safeguarding, not CRIME (convention 7).")])
N("A", "orange",
  "Jade came home drunk on 19/4 and was sick in the hallway - says Connor buys her vodka and she drinks most weekends. "
  "ADHD diagnosed 2022; SENCo says she has stopped taking her meds at school. Suspended 3 days last week for swearing "
  "at a teacher.",
  ["SUB", "EDU-SEND", "EDU-EXC"],
  [("convention", "EDU-SEND", "A diagnosis dated 2022 is a current condition with SENCo involvement now, not historical."),
   ("not-coded", "PH", "ADHD medication is covered by EDU-SEND here; no physical illness described.")])
N("A", "yellow",
  "Rows at home daily. Jade calls mum names, slams doors and won't hand her phone over at night. Donna works nights at "
  "the care home so Jade is often out without her knowing where. Donna wants help with boundaries - EHW to offer the "
  "Talking Teens programme.",
  ["REL-PAR"],
  [("convention", "FIN", "Working night shifts is not FIN (convention 5)."),
   ("not-coded", "SAFE-EXP", "Being out without mum knowing where is a boundaries issue here; no missing episode or exploitation is described in this box (convention 1).")])
N("C", "orange",
  "Jade still open to the CSE team. No missing episodes since July but she is still in contact with Connor on Snapchat; "
  "police have served him with a CAWN. Still drinking at weekends, though Donna says less than before.",
  ["SAFE-EXP", "SUB"],
  [("outside", "CRIME", "The CAWN is served on Connor, who is outside the household: not CRIME (convention 6).")])

# ---------------------------------------------------------------- Z003
case("Z003", "Copperwick", "2025-06-12", "2026-01-09")
N("A", "green",
  "GP 12/06: Priya (16) has lost 7kg since Feb, BMI 16.9, periods stopped in March. Bloods taken, weekly weights at the surgery.",
  ["PH"],
  [("partial", "MH-CHILD", "This box describes only weight loss and its physical effects (PH); no emotional or psychological need and no mental health service is named, so MH-CHILD is not coded from this text (convention 1).")])
N("A", "orange",
  "CAMHS ED team assessment 20/6 - restricting to under 800 cals a day, exercising in her room at night, very anxious "
  "about her A-level choices. Dad Raj says teatime has become a battleground and the whole house is walking on eggshells.",
  ["MH-CHILD", "REL-PAR"],
  [("convention", "REL-PAR", "Mealtime conflict between parents and the young person is parent-child relationship (convention 8), not REL-CONF.")])
N("C", "blue",
  "Priya sticks to the relapse prevention plan she did with CAMHS. Mum Anjali has been to the BEAT carer workshops and "
  "says arguments at the table are much rarer now.",
  ["MH-CHILD", "REL-PAR"],
  [("convention", "CARER", "'Carer workshops' for a parent is not CARER, which is only a child who cares (convention 12)."),
   ("convention", "REL-PAR", "'Much rarer' arguments: still there and being managed, present in a blue box (convention 3).")])

# ---------------------------------------------------------------- Z004
case("Z004", "Hatherby", "2025-06-03", "2025-10-21")
N("A", "yellow",
  "Maddie (13) sent a topless pic to a Y10 boy who shared it round his mates. DSL informed police, who are dealing with "
  "the boys; Report Remove done. Maddie is mortified, won't come out of her bedroom and says 'everyone has seen it'. "
  "EHW allocated for 6 wks.",
  ["SAFE-EXP", "MH-CHILD"],
  [("outside", "CRIME", "The police action is about boys outside the household; no offending by a household member, so not CRIME (convention 6).")])
N("C", "blue",
  "Maddie's phone now charges downstairs overnight and she and mum have a family agreement on which apps she can use.",
  ["SAFE-EXP"],
  [("convention", "SAFE-EXP", "Family managing online safety with its own rules: present in a blue box (convention 3).")])
N("C", "green",
  "No further sharing of the image since June, and Maddie has not needed the school nurse since the summer holidays.",
  [],
  [("historical", "SAFE-EXP", "'No further sharing since June' - over (convention 3)."),
   ("historical", "MH-CHILD", "No longer needing the school nurse - support described as ended.")])

# ---------------------------------------------------------------- Z005
case("Z005", "Brackenfold", "2025-09-15", "2026-02-10")
N("A", "yellow",
  "Lily (12) started Y7 at Fernhill Academy in Sept and has managed 4 full days. Very anxious, cries at the gate and "
  "says the corridors are too loud. Reduced timetable (mornings only) agreed. SENCo has put her on SEN support. EHW allocated.",
  ["EDU-ATT", "MH-CHILD", "EDU-SEND"])
N("A", "orange",
  "Mum Gemma has long-standing depression, on sertraline, finds it very hard to get up in the mornings. She told me she "
  "sometimes thinks everyone would be better off without her - no plan or intent. Crisis line and GP details given and "
  "GP appt made for tomorrow. If Gemma's mood dips further Lily may end up doing more of the jobs at home.",
  ["MH-ADULT"],
  [("hypothetical", "CARER", "Lily 'may end up doing more' only if mum's mood dips: hypothetical, no current caring described.")])
N("C", "green",
  "Lily's ASD assessment with community paeds is booked for April. She is up to 4 days a week in school. Gemma says her "
  "mood is better on the new meds and she sees the GP monthly.",
  ["EDU-SEND", "EDU-ATT", "MH-ADULT"],
  [("convention", "EDU-ATT", "Still on a reduced week (4 days): present, not over."),
   ("convention", "MH-ADULT", "Ongoing medication and monthly GP review: present (convention 4).")])

# ---------------------------------------------------------------- Z006
case("Z006", "Easterleigh", "2025-05-20", "2025-11-04")
N("A", "yellow",
  "Tia (14) caught vaping in the toilets 3 times this half term, given a 1 day suspension on 12/5. Says 'everyone does "
  "it'. Kerry (mum) thinks she vapes in her room too. Attendance isn't an issue (97%).",
  ["EDU-EXC"],
  [("convention", "SUB", "Vaping is not SUB (convention 12); the suspension for it is EDU-EXC."),
   ("negated", "EDU-ATT", "'Attendance isn't an issue (97%)'.")])
N("A", "orange",
  "Police brought Tia home at 1am on 10/5 after finding her very drunk in Easterleigh park with a group of older teens. "
  "No offences. Tia admits she drinks most Saturdays, usually cider.",
  ["SUB"],
  [("convention", "CRIME", "Police bringing a drunk child home is safeguarding, no offence: not CRIME (convention 7).")])
N("C", "blue",
  "Tia still vapes; Kerry won't buy them for her but has stopped fighting about it. Youthline sessions finished and "
  "Tia says she hasn't been drunk since the summer.",
  [],
  [("convention", "SUB", "Vaping is not SUB (convention 12)."),
   ("historical", "SUB", "'Hasn't been drunk since the summer' - drinking described as over."),
   ("historical", "REL-PAR", "'Stopped fighting about it' - conflict described as ended.")])

# ---------------------------------------------------------------- Z007 (unboxed youth worker notes)
case("Z007", "Copperwick", "2025-07-01", "2025-12-02")
N("A", None,
  "Youth club Tues. Kayla (15) chatty tonight - told me she's 'seeing' Reece who is 20 and has a car, he's been picking "
  "her up from outside the club. Her mum doesn't know. We talked about what a healthy relationship looks like and the "
  "age of consent. Kayla already has an early help worker (Sam) so I'll pass this on to Sam and the DSL tmrw.",
  ["SAFE-EXP"], note_level="yellow",
  traps=[("convention", "SAFE-EXP", "Level yellow: the highest cue is an early help worker (convention 2); a youth club and a DSL are not listed cues.")])
N("C", None,
  "Kayla popped in. Says Reece is 'old news', no contact since Sept, and she's back hanging round with girls her own age "
  "and has been to two college open evenings. Still clashing with mum over curfew most weekends - gave her the Family "
  "Lives number to pass on to mum.",
  ["REL-PAR"], note_level="blue",
  traps=[("historical", "SAFE-EXP", "'Old news, no contact since Sept' - ended."),
         ("convention", "REL-PAR", "Level blue: the only cue is signposting the family acts on itself (convention 2).")])

# ---------------------------------------------------------------- Z008
case("Z008", "Hatherby", "2025-06-17", "2026-01-20")
N("A", "red",
  "Shannon (16) has been on a CP plan under emotional abuse since March because of DA between mum Lisa and her partner "
  "Wayne. Police called 4 times since January, most recently when Wayne broke the bedroom door down; Wayne arrested and "
  "case heard at MARAC in May. He is bailed to an address in Copperwick with conditions not to contact Lisa or come to "
  "the house. Shannon says she has heard the arguments for "
  "years and 'just goes out' when it kicks off.",
  ["DA"],
  [("convention", "CRIME", "Wayne's arrest and bail for the DV are DA only (convention 7)."),
   ("convention", "REL-CONF", "The arguments are part of the abuse: DA only (convention 8).")])
N("A", "orange",
  "Shannon missing overnight 5x since Easter. RHIs suggest she has been in Manchester with older lads; found once with "
  "£300 cash and two phones. CCE concerns, discussed at exploitation panel.",
  ["SAFE-EXP"],
  [("not-coded", "CRIME", "No offence by Shannon is described; cash and phones are exploitation indicators (SAFE-EXP)."),
   ("not-coded", "SUB", "No drugs or alcohol described.")])
N("A", "yellow",
  "Left college in Feb, not in any education or work since. Says she'd like to try hairdressing. Careers adviser to contact.",
  ["EDU-NEET"],
  [("convention", "FIN", "A 16-year-old NEET is EDU-NEET only (convention 11).")])
N("C", "red",
  "CP plan ended in Dec and stepped down to CIN. Non-mol in place and Wayne has not been to the house since Aug. Two "
  "short missing episodes in Nov, police intel still links Shannon to the Manchester group. She started a Prince's "
  "Trust course in Oct.",
  ["DA", "SAFE-EXP"],
  [("convention", "DA", "A non-molestation order currently in force is an ongoing DA measure (taxonomy lists it under DA; convention 4), so present even though Wayne has not visited since Aug."),
   ("not-coded", "EDU-NEET", "She has started a course; no NEET need is stated in this box (convention 3, pure good news).")])

# ---------------------------------------------------------------- Z009
case("Z009", "Brackenfold", "2025-04-29", "2025-10-08")
N("A", "yellow",
  "Ellie (13) helps care for mum Nicola who has MS. Tasks she does: - the weekly shop - helping mum in and out of the "
  "shower - sorting her tablets into the dosette box. Form tutor says she is late most days (11 lates this term) and has "
  "been low and tearful since falling out with her best friend. Referred to Brackenfold Young Carers for an assessment.",
  ["CARER", "PH", "EDU-ATT", "MH-CHILD"],
  [("convention", "MH-CHILD", "The friendship fallout is coded through its stated effect (low and tearful), not as a code of its own.")])
N("A", "blue",
  "Dad Mark does the evening routine when he's back from work and aunty comes over on Sundays. Family get PIP and Carer's "
  "Allowance and say money isn't a problem.",
  [],
  [("convention", "FIN", "Benefit names with no money problem, and 'money isn't a problem': not FIN (convention 5)."),
   ("convention", "PH", "PIP never implies PH by itself (convention 5)."),
   ("convention", "CARER", "Carer's Allowance never implies CARER by itself (convention 5).")])
N("C", "blue",
  "Ellie goes to the young carers club every other week and drama on Saturdays for a break. Nicola's MS is stable at "
  "the moment. Ellie and her friend have made up.",
  ["CARER", "PH"],
  [("convention", "PH", "A stable long-term condition is still a current physical health need, managed (convention 3)."),
   ("not-coded", "MH-CHILD", "Friendship made up - nothing current.")])

# ---------------------------------------------------------------- Z010
case("Z010", "Easterleigh", "2025-08-12", "2026-01-13")
N("A", "orange",
  "Chloe (15) pushed mum Rachel into the banister during a row over her phone on 2/8. Police attended, Chloe arrested "
  "and later given a community resolution. Rachel shaken but not injured.",
  ["REL-PAR", "CRIME"],
  [("convention", "DA", "Child-to-parent violence is REL-PAR, plus CRIME because police were involved; not DA (convention 8).")])
N("A", "yellow",
  "Chloe won't speak to stepdad Gary, says he 'isnt her dad' and eats in her room. Rachel and Gary are rowing over how to "
  "handle her; both say there is no DA. Birth dad lives in Spain and drinks heavily, no contact for years. Chloe has SEN "
  "support for dyslexia.",
  ["REL-PAR", "REL-CONF", "EDU-SEND"],
  [("negated", "DA", "'Both say there is no DA'."),
   ("outside", "SUB", "Birth dad lives abroad with no contact: outside the household (convention 6).")])
N("C", "yellow",
  "No police call-outs since Aug. Chloe still flares up when told no but walks away now instead of lashing out - Rachel "
  "is using the NVR ideas from the Break4Change group.",
  ["REL-PAR"],
  [("historical", "CRIME", "'No police call-outs since Aug' - over.")])

# ---------------------------------------------------------------- Z011
case("Z011", "Copperwick", "2025-07-22", "2025-12-16")
N("A", "yellow",
  "Courtney (17) dropped out of her college course in April and hasn't worked since, spends most days on her phone at "
  "home. Drinks with mates at weekends and has been sick and blacked out twice this month. Says she has never touched drugs.",
  ["EDU-NEET", "SUB"],
  [("negated", "SUB", "'Never touched drugs' - but alcohol misuse is present, so SUB is coded."),
   ("convention", "FIN", "Young person NEET is EDU-NEET only (convention 11).")])
N("A", "orange",
  "Mum Dawn has a s21 notice, must be out by 30/9. Rent arrears £1,850 after a UC sanction. Family of 4 in a 2-bed, "
  "Courtney sharing with her brother (12).",
  ["HOUS", "FIN"])
N("C", "yellow",
  "Family moved into a 3-bed housing association house in Nov. Courtney starts a traineeship at Copperwick College in "
  "Jan - until then still NEET, careers adviser keeping in touch. Old arrears on a payment plan, £20 a week taken from UC.",
  ["EDU-NEET", "FIN"],
  [("historical", "HOUS", "Moved to suitable housing - housing need over."),
   ("convention", "FIN", "Arrears being repaid: a described money problem, so FIN (convention 5 - UC alone would not be).")])

# ---------------------------------------------------------------- Z012
case("Z012", "Hatherby", "2025-09-03", "2026-02-24")
N("A", "red",
  "Sophie (12) groomed online by an adult man posing as a 15 yr old boy - met on Roblox, moved to Snapchat, asked for "
  "images and Sophie sent some. Strategy meeting 1/9, joint s47 with police.",
  ["SAFE-EXP"],
  [("outside", "CRIME", "The offender is outside the household; his effect on Sophie is SAFE-EXP (convention 6).")])
N("A", "orange",
  "Since the disclosure Sophie has been scratching her arms with a compass. GP has referred to CAMHS. Parents Tom and "
  "Helen together and very supportive, no other concerns at home.",
  ["MH-CHILD"],
  [("negated", "REL-CONF", "'Together and very supportive, no other concerns at home'.")])
N("C", "green",
  "Sophie discharged from CAMHS to the school counsellor in Jan and sees her weekly, no scratching since Nov. Police "
  "investigation into the man ongoing, Sophie has done her ABE. Tom and Helen keep devices downstairs at night and check "
  "her friends list.",
  ["MH-CHILD", "SAFE-EXP"],
  [("convention", "MH-CHILD", "Self-harm is over but weekly counselling continues: present (convention 4)."),
   ("convention", "SAFE-EXP", "Parents managing online safety: present in a green box (convention 3)."),
   ("outside", "CRIME", "Investigation of an offender outside the household is not CRIME.")])

# ---------------------------------------------------------------- Z013 (unboxed school nurse notes)
case("Z013", "Brackenfold", "2025-10-06", "2025-12-08")
N("A", None,
  "SN drop-in. Ruby, Y10 (14). Heavy painful periods, missing approx 2 days a month because of them. Advised GP appt re "
  "treatment options, given period tracker info. Also talked about vaping - uses a disposable most days and would like "
  "to cut down. Review 4/52.",
  ["PH", "EDU-ATT"], note_level="green",
  traps=[("convention", "SUB", "Vaping is not SUB (convention 12)."),
         ("convention", "PH", "Level green: school nurse and GP are the only cues (convention 2).")])
N("C", None,
  "SN review: Ruby seen by GP and started on the pill to manage her periods, says they're much better. No absences since "
  "last review. Still vaping, has the NHS quit info. Discharged from SN caseload.",
  ["PH"], note_level="green",
  traps=[("convention", "PH", "Ongoing treatment for a physical condition codes PH (convention 4); level green from GP/school nurse."),
         ("historical", "EDU-ATT", "'No absences since last review' - over."),
         ("convention", "SUB", "Vaping is not SUB (convention 12).")])

# ---------------------------------------------------------------- Z014
case("Z014", "Easterleigh", "2025-05-14", "2025-11-25")
N("A", "orange",
  "Keeley (14) ran off after a row with dad Steve on 9/5 and slept at the bus station, police found her the next "
  "morning. 2nd missing episode this year. Steve says he 'can't control her' and has told her he'll put her in care.",
  ["SAFE-EXP", "REL-PAR"],
  [("convention", "CRIME", "Police finding a missing child is not CRIME (convention 7).")])
N("A", "yellow",
  "Home visit today. House very cluttered, dog mess on the kitchen floor, Keeley's mattress has no sheet or duvet. "
  "Hardly any food in the cupboards. Steve works long shifts at the depot.",
  ["SAFE-NEG"],
  [("convention", "FIN", "Empty cupboards with no money problem described are SAFE-NEG only; shift work is not FIN (conventions 5 and 10).")])
N("C", "orange",
  "No missing episodes since May. Keeley and Steve still row but they use the cool-off plan - she goes to her room and "
  "he goes out to the garage. FSW still doing fortnightly home checks as the kitchen tends to slip.",
  ["REL-PAR", "SAFE-NEG"],
  [("historical", "SAFE-EXP", "'No missing episodes since May' - over.")])

# ---------------------------------------------------------------- Z015
case("Z015", "Copperwick", "2025-06-10", "2025-11-11")
N("A", "green",
  "School nurse: Grace (15) referred by PE after fainting twice in lessons. Weight 44kg, 5kg down since Jan. She says "
  "she's 'just trying to be healthy' and has cut out carbs. Rang mum, GP appt booked for Thurs. GP may refer to the CAMHS "
  "eating disorder service if her weight keeps dropping.",
  ["PH"],
  [("hypothetical", "MH-CHILD", "The CAMHS ED referral is conditional ('if her weight keeps dropping'); no emotional need is stated, so MH-CHILD is not coded.")])
N("A", "yellow",
  "Grace has been anxious since her parents split last year and feels she has to be 'perfect' at everything. Mum and "
  "dad still argue at handovers and about contact weekends. EHW to do 1:1 with Grace and link in with the school counsellor.",
  ["MH-CHILD", "REL-CONF"],
  [("convention", "REL-CONF", "The separation was last year but the contact arguments are current: present.")])
N("C", "blue",
  "Mum and dad now sort contact through a co-parenting app and handovers are at school so they don't have to see each "
  "other. Grace eating 3 meals a day and back doing PE.",
  ["REL-CONF"],
  [("convention", "REL-CONF", "Separated parents managing contact with their own arrangements: present in a blue box (convention 3)."),
   ("not-coded", "PH", "Eating three meals and doing PE is good news with no need stated in this box (convention 3).")])

# ---------------------------------------------------------------- Z016
case("Z016", "Hatherby", "2025-10-01", "2026-01-27")
N("A", "yellow",
  "Leah (14) being called names in school and on TikTok since a photo of her in her underwear went round Year 9. The lad "
  "who first shared it has been referred to YOS by police. Leah has refused to go in since 22/9.",
  ["SAFE-EXP", "EDU-ATT"],
  [("outside", "CRIME", "YOS involvement is for a boy outside the household: not CRIME (conventions 6 and 7).")])
N("A", "blue",
  "Jo left Leah's dad in 2018 because of his violence and hasn't seen him since. Jo has good friends and her sister "
  "lives round the corner.",
  [],
  [("historical", "DA", "Violence from an ex-partner that ended when she left in 2018 - historical.")])
N("C", "yellow",
  "Leah moved to Oakgate School on a managed move in Nov; attendence 88%, some Mondays missed. Still gets panicky about "
  "the picture coming back and the school counsellor sees her weekly.",
  ["EDU-EXC", "EDU-ATT", "MH-CHILD"],
  [("convention", "EDU-EXC", "The taxonomy lists a managed move under EDU-EXC whatever its reason."),
   ("not-coded", "SAFE-EXP", "Only worry about the image is described (MH-CHILD); no current bullying or sharing.")])

# ---------------------------------------------------------------- Z017
case("Z017", "Brackenfold", "2025-08-05", "2026-01-06")
N("A", "orange",
  "Mum's partner Dean, who lives with the family, uses cocaine most weekends. Police came out on 28/7 for a noise "
  "complaint and found cannabis in the living room. Dean is on probation for theft.",
  ["SUB", "CRIME"],
  [("convention", "CRIME", "A household adult on probation is CRIME (convention 7).")])
N("A", "yellow",
  "Mia (16) and mum Becky row every day and Mia spends most nights at her nan's to get away from Dean. Mia vapes but "
  "says she's never taken anything herself. Doing A-levels at sixth form, attendance fine.",
  ["REL-PAR"],
  [("negated", "SUB", "Mia says she has 'never taken anything'; vaping is not SUB (convention 12)."),
   ("not-coded", "EDU-ATT", "'Attendance fine' - good news, no need.")])
N("C", "orange",
  "Becky ended the relationship in Oct and Dean moved out; he has not been back. Becky says she is 'done with him'.",
  [],
  [("outside", "SUB", "Dean has left the household: his drug use is no longer the family's (convention 6)."),
   ("outside", "CRIME", "Dean's probation is no longer a household member's.")])
N("C", "yellow",
  "Mia back home full time. She and Becky still clash over chores and curfew but are talking more. Becky is doing the "
  "Teen Triple P online course.",
  ["REL-PAR"])

# ---------------------------------------------------------------- Z018 (unboxed youth worker notes)
case("Z018", "Easterleigh", "2025-08-19", "2025-11-18")
N("A", None,
  "Detached session, Marlowe Rec. 5 girls (13-15) drinking cider near the skate park, one of them - Bella (13) - very "
  "unsteady and couldn't stand up properly. Rang her mum Toni who came and got her. Bella told me she has been drinking "
  "most weekends since she started hanging round with this group in the summer. Toni asked for help so with consent I'm "
  "referring Bella to YPDAS (young people's drug and alcohol service).",
  ["SUB"], note_level="yellow",
  traps=[("outside", "SUB", "The other girls drinking are outside the household; only Bella's drinking is coded."),
         ("convention", "SUB", "Level yellow: a drug and alcohol service is the highest cue (convention 2).")])
N("C", None,
  "Bella finished with YPDAS last month and says she hasn't had a drink since September; she's joined netball. Toni has "
  "signed up to the council's parenting course for parents of teenagers as Bella still pushes every boundary at home.",
  ["REL-PAR"], note_level="yellow",
  traps=[("historical", "SUB", "'Hasn't had a drink since September' - over."),
         ("convention", "REL-PAR", "Level yellow: a parenting course is a yellow cue (convention 2).")])

# ---------------------------------------------------------------- Z019
case("Z019", "Copperwick", "2025-11-04", "2026-03-17")
N("A", "orange",
  "Nia (13) has an EHCP for SEMH and ADHD. Permanently excluded from Copperwick High on 21/10 after assaulting a TA - "
  "police were called to school and Nia was interviewed. She is now at the PRU on 2 hrs a day, which mum Sam says is "
  "nowhere near enough; Nia is bored and restless at home the rest of the day and the PRU say they can't increase it "
  "until she has settled. Sam is exhausted and frightened of what Nia will do next.",
  ["EDU-SEND", "EDU-EXC", "CRIME", "EDU-ATT"],
  [("convention", "CRIME", "Police called about a young person's behaviour is CRIME (convention 7)."),
   ("convention", "EDU-ATT", "A 2-hours-a-day timetable is a part-time timetable: EDU-ATT."),
   ("not-coded", "MH-ADULT", "'Exhausted and frightened' describes strain, not a parental mental health condition.")])
N("A", "yellow",
  "Nia goes missing for a few hours most evenings. Sam reports her each time; she's usually found in McDonald's in town "
  "with older boys. Police have brought her home twice.",
  ["SAFE-EXP"],
  [("convention", "CRIME", "Police returning a missing child is safeguarding, not CRIME (convention 7).")])
N("A", "green",
  "Reggie (3) isn't using his funded nursery hours, Sam says she can't get him there around Nia's timetable. HV 2 yr "
  "review was fine, no worries about his development.",
  ["EYD"],
  [("negated", "EYD", "Development concerns negated, but nursery take-up is a present EYD need (convention 9).")])
N("C", "orange",
  "Nia full time at the PRU now. EHCP annual review brought forward to look at a specialist SEMH school. Missing "
  "episodes down to one in Feb when police found her at a friend's house.",
  ["EDU-SEND", "SAFE-EXP"],
  [("historical", "EDU-ATT", "Now full time - the part-time timetable is over."),
   ("not-coded", "EDU-EXC", "Attending a PRU is not itself described as an exclusion in this box (convention 1)."),
   ("convention", "CRIME", "Police finding her is not CRIME (convention 7).")])

# ---------------------------------------------------------------- Z020
case("Z020", "Hatherby", "2025-04-15", "2025-10-28")
N("A", "red",
  "CIN plan since Feb. Mum Lorraine drinking heavily every day; Abbie (15) found her unconscious twice in March and rang "
  "999. Abbie does the cooking and gets her brother Jack (7) to school, Jack often arrives in dirty uniform with no breakfast.",
  ["SUB", "CARER", "SAFE-NEG"])
N("A", "orange",
  "Abbie has been under CAMHS since Jan for cutting and low mood. She had a YOS order in 2024 for shoplifting, completed, nothing since.",
  ["MH-CHILD"],
  [("historical", "CRIME", "YOS order in 2024, completed, nothing since - historical.")])
N("A", "yellow",
  "Lorraine has started with Hatherby Recovery Service and is on the waiting list for a detox. Abbie referred to young carers.",
  ["SUB", "CARER"])
N("C", "red",
  "CIN continues. Lorraine did her detox in Aug but relapsed in Sept and is drinking most evenings again. Abbie still "
  "with CAMHS, self-harm down to once in the last month, and goes to young carers on Tuesdays.",
  ["SUB", "MH-CHILD", "CARER"],
  [("convention", "SUB", "Detox completed but relapse is current: present, not historical.")])

# ---------------------------------------------------------------- Z021
case("Z021", "Brackenfold", "2025-11-18", "2026-03-10")
N("A", "yellow",
  "Hannah (13) has not been in school since Oct half term - panic attacks on the way in. School have offered a reduced "
  "timetable in the inclusion room but she won't go. EHW allocated.",
  ["EDU-ATT", "MH-CHILD"])
N("A", "green",
  "GP has seen Hannah for the panic attacks and suggested Kooth. Dad Paul's firm is consulting on redundancies; he says "
  "if he loses his job they would struggle with the mortgage.",
  ["MH-CHILD"],
  [("hypothetical", "FIN", "Money difficulty only 'if he loses his job': hypothetical.")])
N("A", "orange", "N/A", [],
  [("not-coded", "", "Empty box ('N/A'): no codes.")])
N("C", "yellow",
  "Hannah now going in 3 mornings a week but still very anxious beforehand; EHW and Head of Year doing a graded plan to "
  "build up her hours. Paul kept his job.",
  ["EDU-ATT", "MH-CHILD"],
  [("not-coded", "FIN", "Paul kept his job - the hypothetical risk did not happen.")])

# ---------------------------------------------------------------- Z022
case("Z022", "Easterleigh", "2025-07-08", "2025-12-09")
N("A", "orange",
  "Jess (17) has been with Liam (21) for 8 months. He goes through her phone, decides who she can see and slapped her in "
  "June; Jess didn't want police involved. DASH medium risk, referred to the YP IDVA.",
  ["DA"],
  [("convention", "DA", "Coercive control and violence by a young person's partner is DA; his effect on the family is coded although he lives elsewhere (convention 6)."),
   ("not-coded", "SAFE-EXP", "No exploitation, grooming or missing is described; a 17/21 relationship abuse picture is DA.")])
N("A", "yellow",
  "Jess is on a Level 2 childcare course at Easterleigh College, attendance down to 78% - Liam picks her up at lunch and "
  "she doesn't go back.",
  ["EDU-ATT"],
  [("convention", "EDU-ATT", "College attendance is coded EDU-ATT; she is in education, so not EDU-NEET."),
   ("not-coded", "DA", "This box does not describe abuse; being picked up at lunch alone is not DA (convention 1).")])
N("C", "yellow",
  "Jess finished with Liam in Oct. He messaged her constantly for a few weeks, she blocked him and there's no contact "
  "now. Still sees the YP IDVA monthly. College attendance back up to 93%.",
  ["DA"],
  [("convention", "DA", "Contact has ended but the IDVA service is ongoing: present (convention 4)."),
   ("not-coded", "EDU-ATT", "Attendance back up - no need stated.")])

# ---------------------------------------------------------------- Z023
case("Z023", "Copperwick", "2025-09-23", "2026-02-03")
N("A", "yellow",
  "Daria (12) misses odd days each month, mum Irina says it's when she has her period and they can't always afford "
  "pads. Family using Copperwick food bank weekly since dad's hours were cut.",
  ["EDU-ATT", "FIN"],
  [("convention", "FIN", "FIN comes from the food bank and not affording pads (convention 10); reduced hours alone would not be FIN (convention 5)."),
   ("not-coded", "PH", "Periods are not described as a health problem here.")])
N("A", "orange",
  "Family of 6 in a 1-bed private let, black mould in the bedroom, landlord ignoring messages. Environmental Health "
  "inspection booked.",
  ["HOUS"])
N("A", "green",
  "Luca (2) - HV says he has only a handful of words in either Romanian or English. Referred to SALT.",
  ["EYD"],
  [("convention", "EYD", "Under-5 speech delay is EYD (convention 9).")])
N("C", "orange",
  "Landlord has served a s8 possession notice since Irina complained about the mould. Housing Options involved. Family "
  "still using the food bank most weeks.",
  ["HOUS", "FIN"])

# ---------------------------------------------------------------- Z024
case("Z024", "Hatherby", "2025-10-14", "2026-02-17")
N("A", "green",
  "HV new birth visit for Freddie (5/52). Mum Beth scored 17 on the EPDS, GP has started her on sertraline. Isla (12) "
  "helps a lot with the baby - bottles and nappies after school.",
  ["MH-ADULT"],
  [("not-coded", "CARER", "Helping with a new baby sibling is ordinary family help; no caring for an ill or disabled person is described, so not CARER."),
   ("not-coded", "EYD", "Routine new birth visit; no early years need described for Freddie.")])
N("A", "yellow",
  "Isla has been watching 'what I eat in a day' videos and skipping breakfast and lunch - school say she bins her packed "
  "lunch. Low mood, stays in her room most evenings. EHW to see her weekly.",
  ["MH-CHILD"],
  [("partial", "PH", "Disordered eating with low mood is MH-CHILD; no weight or physical effect is described, so no PH.")])
N("C", "green",
  "Beth still on sertraline and feels much better, HV has discharged. Freddie thriving and gaining weight well.",
  ["MH-ADULT"],
  [("convention", "MH-ADULT", "Ongoing medication: present, managed (conventions 3 and 4)."),
   ("not-coded", "PH", "Good weight gain is good news, no need.")])
N("C", "yellow",
  "Isla still restricts at times when she's stressed; EHW has linked her in with the school wellbeing mentor before closing.",
  ["MH-CHILD"])

# ---------------------------------------------------------------- Z025
case("Z025", "Brackenfold", "2025-06-24", "2025-11-11")
N("A", "orange",
  "Paige (15) arrested 14/6 with 2 friends for shoplifting make-up from Boots. Youth caution given and YOS prevention "
  "programme starting in July.",
  ["CRIME"],
  [("outside", "CRIME", "The two friends are outside the household; Paige's own offence is coded.")])
N("A", "yellow",
  "Mum Kirsty has bipolar disorder, stable on lithium at the moment and reviewed by the CMHT every 3 months.",
  ["MH-ADULT"])
N("A", "blue",
  "Paige's friend Holly self harms and Paige has been trying to support her; Paige given the Childline info on helping a friend.",
  [],
  [("outside", "MH-CHILD", "The self-harm is a school friend's (outside the household); no need of Paige's own is described.")])
N("C", "green",
  "YOS programme finished in Sept, no further offending. Kirsty still under CMHT and stable.",
  ["MH-ADULT"],
  [("historical", "CRIME", "'Finished, no further offending' - over.")])

# ---------------------------------------------------------------- Z026
case("Z026", "Easterleigh", "2025-12-02", "2026-04-14")
N("A", "orange",
  "Amber (16) victim of sextortion - sent an intimate image to someone she met on Instagram who then demanded £200. She "
  "paid £50 from her savings before telling mum. Police and CEOP reports made. School counsellor now seeing her weekly.",
  ["SAFE-EXP", "MH-CHILD"],
  [("not-coded", "FIN", "Money extorted from her savings is not a household money problem."),
   ("convention", "MH-CHILD", "Weekly counselling is an ongoing service: MH-CHILD (convention 4).")])
N("A", "yellow",
  "Dad Gareth has gambling debts of about £6k and mum and dad argue about money most nights. Gareth self-excluded from "
  "betting sites last month. Referred to Citizens Advice.",
  ["FIN", "REL-CONF"],
  [("convention", "SUB", "Gambling debts are FIN, not SUB (convention 10)."),
   ("not-coded", "EDU-EXC", "'Self-excluded' from betting sites is not a school exclusion.")])
N("C", "blue",
  "Amber knows how to block and report and says she would tell mum straight away if anyone asked her for pics again.",
  ["SAFE-EXP"],
  [("convention", "SAFE-EXP", "Knowing how to block and report is the young person managing online safety: present in a blue box (convention 3); the 'if' clause is hypothetical but does not remove the managed present need.")])

# ---------------------------------------------------------------- Z027
case("Z027", "Copperwick", "2025-05-06", "2025-10-15")
N("A", "green",
  "Erin (14) T1 diabetic, HbA1c 88, missing insulin doses at school. Diabetes nurse and school nurse updating her IHCP.",
  ["PH"])
N("A", "yellow",
  "Erin told EHW she skips insulin 'to stay thin', hates her body and compares herself to girls online. On the CAMHS "
  "waiting list, EHW doing weekly wellbeing sessions in the meantime.",
  ["MH-CHILD", "PH"],
  [("convention", "MH-CHILD", "Being on the CAMHS waiting list codes MH-CHILD (convention 4)."),
   ("convention", "PH", "Skipping insulin is a current physical health risk for a diabetic: PH as well.")])
N("C", "orange",
  "CAMHS ED team assessed Erin in Aug (diabulimia risk), now seen fortnightly. On a pump since Sept and does her own "
  "insulin, diabetes nurse reviews her termly.",
  ["MH-CHILD", "PH"])

# ---------------------------------------------------------------- Z028
case("Z028", "Hatherby", "2025-09-30", "2026-02-10")
N("A", "orange",
  "Tayla (14) in a fight outside school which was filmed and put on Snapchat. Police attended, she was arrested for ABH "
  "and released under investigation. School talking about a managed move.",
  ["CRIME", "EDU-EXC"],
  [("convention", "EDU-EXC", "A managed move under discussion is a present risk of exclusion / managed move, not a hypothetical."),
   ("convention", "CRIME", "Arrest of the young person: CRIME (convention 7).")])
N("A", "yellow",
  "Friendship group split over the summer and Tayla is getting threatening messages from the other side. Mum Kim says "
  "she is barely sleeping.",
  ["SAFE-EXP", "PH"],
  [("convention", "PH", "Sleep problems at school age are PH (convention 9)."),
   ("convention", "SAFE-EXP", "Threatening messages from peers are bullying: SAFE-EXP.")])
N("C", "blue",
  "Tayla sticks to her wind-down routine and is sleeping better. The messages stopped once she changed schools. She's on "
  "a referral order and sees her YOS worker weekly.",
  ["PH", "CRIME"],
  [("convention", "PH", "Sleep being managed with a routine: present in a blue box (convention 3)."),
   ("historical", "SAFE-EXP", "'The messages stopped' - over."),
   ("not-coded", "EDU-EXC", "A change of school is not described as a managed move or exclusion here (convention 1).")])

# ---------------------------------------------------------------- Z029 (boxed assessment, unboxed closure note)
case("Z029", "Brackenfold", "2025-05-27", "2025-11-04")
N("A", "yellow",
  "Olivia (15) attendence 74%, often not up till midday. Says she can't get to sleep before 3am. Dad Chris is a single "
  "parent with PTSD from his army service and struggles to get her up in the mornings. EHW to start routine work with both of them.",
  ["EDU-ATT", "PH", "MH-ADULT", "REL-PAR"],
  [("convention", "PH", "Sleep problem at school age: PH (convention 9)."),
   ("convention", "REL-PAR", "Dad struggling with the morning routine is parenting capacity (routines): REL-PAR.")])
N("A", "green",
  "SENCo says no SEN needs identified - Olivia is bright and predicted 6s.",
  [],
  [("negated", "EDU-SEND", "'No SEN needs identified' - SENCo named only to negate.")])
N("C", None,
  "Phone call with Chris. Olivia has been in every day since Sept, 96% this half term. Still on the melatonin the GP "
  "prescribed and usually asleep by 11. Chris started with Combat Stress in Oct and says it's helping.",
  ["PH", "MH-ADULT"], note_level="yellow",
  traps=[("historical", "EDU-ATT", "'In every day since Sept' - over."),
         ("convention", "PH", "Ongoing melatonin prescription codes PH (convention 4)."),
         ("convention", "MH-ADULT", "Level yellow: Combat Stress is one extra (specialist veterans' mental health) service, the highest cue above GP (green) (convention 2).")])

# ---------------------------------------------------------------- Z030
case("Z030", "Easterleigh", "2025-08-26", "2026-01-20")
N("A", "yellow",
  "Neve (13) lives with her nan Pat under an SGO since 2021; mum is in HMP Styal. Pat (71) is her kinship carer. Neve "
  "very angry about mum - slammed doors and smashed a plate last week and Pat is finding it hard to manage her.",
  ["REL-PAR"],
  [("convention", "CARER", "'Kinship carer' is not CARER (convention 12)."),
   ("outside", "CRIME", "Mum is in prison, outside the household (convention 6).")])
N("A", "orange",
  "Neve told her form tutor she has been cutting her thighs. DSL referred to CAMHS, triage call booked.",
  ["MH-CHILD"])
N("C", "blue",
  "Pat and Neve use a 'time out' card when things get heated - fewer rows and nothing broken since Nov. Pat's hip "
  "replacement is due in the spring; if Neve ends up doing more at home then, young carers could be looked at.",
  ["REL-PAR", "PH"],
  [("convention", "REL-PAR", "'Fewer rows' managed with their own strategy: present in a blue box (convention 3)."),
   ("convention", "PH", "Awaiting a hip replacement is a current physical health need of a household member."),
   ("hypothetical", "CARER", "Young carers only 'if Neve ends up doing more': hypothetical.")])

# ---------------------------------------------------------------- Z031
case("Z031", "Copperwick", "2025-10-21", "2026-03-24")
N("A", "red",
  "ICPC 17/10 - Skye (14) and her 2 siblings on CP plans, category neglect. No food in the house on 3 visits and the "
  "children arriving at school hungry. Mum's partner Jordan, who lives there, is injecting heroin; needles found in the bathroom.",
  ["SAFE-NEG", "SUB"],
  [("convention", "FIN", "An empty house of food and hungry children with no money problem described: SAFE-NEG only (convention 10).")])
N("A", "orange",
  "Skye missing from home 9 times since Sept, once found in Birmingham with an adult male. Police concerned re CSE. Gas "
  "and electric on emergency credit most weeks, £3k arrears.",
  ["SAFE-EXP", "FIN"],
  [("convention", "CRIME", "Police concern about CSE is safeguarding, not CRIME (convention 7).")])
N("C", "red",
  "CP plans continue. Jordan left in Jan and is in rehab. Home conditions better but the fridge is often empty at "
  "visits. Skye placed with foster carers under s20 in Feb after more missing episodes and has gone missing from placement twice.",
  ["SAFE-NEG", "SAFE-EXP"],
  [("outside", "SUB", "Jordan has left the household; his rehab is not coded (convention 6)."),
   ("convention", "CARER", "'Foster carers' is not CARER (convention 12).")])


# ================================================================ write
def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def main():
    cols = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
    write_csv(os.path.join(OUT, "narratives.csv"), cols, [[n[c] for c in cols] for n in NARR])
    write_csv(os.path.join(OUT, "gold.csv"), ["narrative_id", "code", "level"], GOLD)
    with open(os.path.join(OUT, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(TRAPS, indent=2, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")

    cases = {n["case_id"] for n in NARR}
    triages = {n["triage_id"] for n in NARR}
    notes = [n for n in NARR if not n["level"]]
    gold_ids = {g[0] for g in GOLD}
    print(f"cases {len(cases)}, triages {len(triages)}, narratives {len(NARR)} "
          f"(boxed {len(NARR) - len(notes)}, unboxed notes {len(notes)})")
    print(f"gold rows {len(GOLD)}; narratives with no gold rows {len(NARR) - len(gold_ids)}")
    print("codes:", dict(sorted(Counter(g[1] for g in GOLD).items())))
    print("levels:", dict(Counter(g[2] for g in GOLD)))
    print("stage:", dict(Counter(n["stage"] for n in NARR)))
    print("localities:", dict(Counter(n["locality"] for n in NARR)))
    print(f"trap narratives {len(TRAPS)}, trap entries {sum(len(v) for v in TRAPS.values())}:",
          dict(Counter(t['type'] for v in TRAPS.values() for t in v)))


if __name__ == "__main__":
    main()
