#!/usr/bin/env python3
"""Blind gold set z124: adoptive families and special guardians (Midlands county, 2025-26).

Written from /work/shared/taxonomy.md only. Every narrative, its gold codes and its trap
notes are held here, one narrative at a time. Standard library only.

Writes narratives.csv, gold.csv, traps.json (CRLF, UTF-8 without BOM) and prints counts.
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LEVEL_ORDER = ["blue", "green", "yellow", "orange", "red"]


def B(stage, level, text, codes, traps=()):
    """A boxed narrative: all codes take the box level."""
    return dict(stage=stage, box=level, gold_level=level, text=text, codes=list(codes),
                traps=[dict(type=t, code=c, note=n) for t, c, n in traps])


def N(stage, cue_level, text, codes, traps=()):
    """An unboxed note: empty level; all codes take the highest cue level in the text."""
    return dict(stage=stage, box="", gold_level=cue_level, text=text, codes=list(codes),
                traps=[dict(type=t, code=c, note=n) for t, c, n in traps])


CASES = []


def case(cid, loc, a_date, c_date, *items):
    CASES.append(dict(case=cid, loc=loc, dates={"A": a_date, "C": c_date}, items=items))


# --------------------------------------------------------------------------------------
# Z001  Adopters Claire and Mark, Kai (9), adopted aged 3.
case("Z001", "Ashcombe", "2025-04-14", "2025-12-03",
     B("A", "green",
       "Kai (9) Y4 at Fernhill Primary. SENCo has put him on SEN support for sensory and "
       "regulation needs - movement breaks, ear defenders, a calm corner in class. He is waking "
       "3-4 times most nights and the GP has started him on melatonin.",
       ["EDU-SEND", "PH"],
       [("convention", "PH", "Sleep problem of a school-age child is PH (conv 9); melatonin is an ongoing treatment (conv 4).")]),
     B("A", "yellow",
       "Rages most evenings after school: Kai hits and kicks Claire, has pulled the curtain pole "
       "down and bit Mark's hand last week. Claire and Mark disagree about 'consequences vs "
       "connection' and are snapping at each other in front of him, which makes it worse. PASW "
       "putting in an ASF application for DDP to work on Kai's developmental trauma and attachment "
       "difficulties.",
       ["REL-PAR", "REL-CONF", "MH-CHILD"],
       [("convention", "DA", "Child-to-parent violence is REL-PAR, not DA (conv 8)."),
        ("convention", "REL-CONF", "Arguments between the two adoptive parents are REL-CONF (conv 8)."),
        ("convention", "MH-CHILD", "Therapy being applied for to address the child's trauma: trauma is MH-CHILD; a pending treatment codes its area (conv 4).")]),
     B("A", "orange",
       "9/4 Kai ran out of Fernhill at lunchtime and was reported missing, police found him by the "
       "canal about 40 mins later. School gave him a 2 day suspension for kicking the TA who tried "
       "to stop him. VSA setting up a TAF with school and PASW; CAMHS referral sent.",
       ["SAFE-EXP", "EDU-EXC", "MH-CHILD"],
       [("convention", "CRIME", "Police finding a missing child is safeguarding, not CRIME (conv 7)."),
        ("convention", "SAFE-EXP", "A missing episode is SAFE-EXP even without exploitation."),
        ("convention", "MH-CHILD", "CAMHS referral sent = awaiting CAMHS, codes MH-CHILD (conv 4).")]),
     B("C", "yellow",
       "DDP (ASF funded) continuing, session 9 of 20. Rages now once or twice a week and shorter, "
       "Claire says they can 'ride them out' together. Kai still on a part-time timetable (mornings "
       "+ lunch), plan to extend to 2.15pm after Xmas.",
       ["MH-CHILD", "REL-PAR", "EDU-ATT"],
       [("convention", "MH-CHILD", "Ongoing therapy codes its area (conv 4)."),
        ("partial", "REL-PAR", "Rages reduced but still happening: present, not historical.")]),
     )

# Z002  Special guardian grandmother Pauline, Tyler (7) and Mia (3).
case("Z002", "Trentmere", "2025-05-07", "2026-03-10",
     B("A", "yellow",
       "Pauline (64) has been special guardian for Tyler (7) and Mia (3) since 2023. Tearful "
       "today, says she has felt low since the winter - GP started her on sertraline last month. "
       "Birth mum Jade (Pauline's daughter) is said to be using heroin again; she lives in Stoke "
       "and hasn't had any contact with the children since the SGO was made.",
       ["MH-ADULT"],
       [("outside", "SUB", "Birth mother's heroin use: she lives elsewhere, no contact, no effect on the household described (conv 6)."),
        ("not-coded", "CARER", "A special guardian is not a young carer (conv 12).")]),
     B("A", "orange",
       "Tyler has had 3 suspensions since Feb from Oakridge Primary for hitting staff and other "
       "children, and school have floated a managed move. EP has seen him and VSA is backing a "
       "request for an EHC needs assessment.",
       ["EDU-EXC", "EDU-SEND"]),
     B("C", "green",
       "Tyler's EHCP finalised 12/2 - 1:1 TA in the mornings and nurture group afternoons. No "
       "suspensions since November.",
       ["EDU-SEND"],
       [("historical", "EDU-EXC", "'No suspensions since November' - over (conv 3).")]),
     )

# Z003  Single adopter Rachel, Dylan (14): violence to mum, police, YOS.
case("Z003", "Kelbrook", "2025-06-05", "2026-01-20",
     B("A", "orange",
       "3/6 - Dylan (14) pushed Rachel down the last few stairs in a row about his phone; bruising "
       "to her arm and hip. Rachel rang 999, police attended and Dylan was arrested, released under "
       "investigation. This is the fourth incident of violence towards mum since Easter.",
       ["REL-PAR", "CRIME"],
       [("convention", "DA", "Child-to-parent violence is REL-PAR not DA; with police involved add CRIME (conv 8).")]),
     B("A", "yellow",
       "Rachel (single adopter) has been signed off work with anxiety. She says she is frightened in "
       "her own home and dreads Dylan coming in from school. GP has referred her to talking "
       "therapies. PASW starting NVR (non-violent resistance) with her next week.",
       ["MH-ADULT", "REL-PAR"],
       [("partial", "REL-PAR", "Mother frightened of her son at home and NVR starting: parent-child relationship / CPV need.")]),
     B("C", "orange",
       "Dylan recieved a youth caution in Sept for the assault on Rachel and is doing a 12 week "
       "programme with Kelbrook YJS. No police call-outs since June.",
       ["CRIME"],
       [("historical", "REL-PAR", "The assault and call-outs are described only as past; only the youth justice work is current."),
        ("convention", "CRIME", "Youth caution and youth justice programme = CRIME (conv 7).")]),
     B("C", "yellow",
       "Rachel completed the NVR group in Nov and is back at work 3 days a week. Still gets the odd "
       "panic attack and uses the breathing techniques from talking therapies. She knows to ring "
       "the police if Dylan is ever violent again.",
       ["MH-ADULT"],
       [("hypothetical", "REL-PAR", "'if Dylan is ever violent again' - hypothetical."),
        ("hypothetical", "CRIME", "Police only in a hypothetical."),
        ("partial", "MH-ADULT", "Occasional panic attacks still happening: present.")]),
     )

# Z004  Adopters Jo and Sam, Rosie (6) and Alfie (4 -> 5).
case("Z004", "Stowfield", "2025-09-22", "2026-03-05",
     B("A", "green",
       "Alfie (4) started Reception at Millfield Primary in Sept. Still having wetting accidents in "
       "the day most days; school nurse and class teacher have agreed a toileting plan.",
       ["EYD"],
       [("convention", "PH", "Toileting of an under-5 is EYD, not PH, even though he is in Reception (conv 9).")]),
     B("A", "yellow",
       "Family in a 2 bed flat above a shop. Rosie (6) and Alfie share the small bedroom and there "
       "is no room for a second bed so Rosie sleeps on a mattress on the floor. Jo and Sam on the "
       "housing register (band C); adoption team writing a supporting letter.",
       ["HOUS"]),
     B("C", "green",
       "Alfie (now 5) is dry in the day but still wets most nights. School nurse has given Jo "
       "information about alarms and will review in the summer term.",
       ["PH"],
       [("convention", "EYD", "Now aged 5 and at school: bedwetting is PH, not EYD (conv 9).")]),
     )

# Z005  Special guardian aunt Leanne, nephew Jordan (16).
case("Z005", "Ashcombe", "2025-09-01", "2026-02-09",
     B("A", "yellow",
       "Jordan (16) left Y11 at Castle Vale Academy in July with no college place and isn't working "
       "- spends most days in his room gaming. Leanne (his aunt and SG) does nights at a care home; "
       "money has been tight since the SGO allowance was reassessed and she is £420 behind on "
       "council tax.",
       ["EDU-NEET", "FIN"],
       [("convention", "FIN", "FIN is for the council tax arrears, not for Jordan's NEET status (conv 11)."),
        ("not-coded", "CARER", "Working at a care home / being a special guardian is not CARER (conv 12).")]),
     B("A", "orange",
       "Leanne reported Jordan missing overnight 16/8 (2nd time this summer). Police did a welfare "
       "check and found him in a flat in Wexley with older males linked to county lines. No arrest, "
       "nothing found on him. Referred to the exploitation hub.",
       ["SAFE-EXP"],
       [("convention", "CRIME", "Welfare check / finding a missing child is not CRIME; no offence by Jordan described (conv 7).")]),
     B("C", "yellow",
       "Jordan started a 12 week Prince's Trust course in January and has been to every session so "
       "far. Council tax arrears now on a payment plan, £30 a month.",
       ["FIN"],
       [("not-coded", "EDU-NEET", "Jordan is now in training: not NEET."),
        ("partial", "FIN", "Arrears still owed on a payment plan: present.")]),
     )

# Z006  Adopters Helen and Gareth, Evie (11), FASD.
case("Z006", "Kelbrook", "2025-06-18", "2025-11-12",
     B("A", "green",
       "Evie (11) Y6 at Marlow Lane Primary. SENCo has sent off a request for an EHC needs "
       "assessment; Evie is working at around Y2 level in maths and can't hold more than one "
       "instruction in her head.",
       ["EDU-SEND"]),
     B("A", "yellow",
       "Community paediatrician confirmed FASD in May (birth mum drank throughout the pregnancy). "
       "At home Evie is impulsive, lies about small things and takes food from the cupboards at "
       "night. Helen and Gareth have started an ASF funded FASD parenting workshop series.",
       ["PH", "REL-PAR"],
       [("outside", "SUB", "Birth mother's drinking in pregnancy: outside the household and historical (conv 6)."),
        ("not-coded", "SAFE-NEG", "Taking food at night is behaviour; no lack of food or care described (conv 10)."),
        ("convention", "PH", "FASD diagnosis = disability/physical health of a family member.")]),
     B("C", "green",
       "EHCP issued in August. Evie started at Brookhouse Academy in Sept with a named key adult and "
       "a small group base; SENCo reports a good first half term.",
       ["EDU-SEND"]),
     )

# Z007  Adopters Tom and Nadia, Reece (15), online contact with birth dad.
case("Z007", "Stowfield", "2025-09-08", "2026-02-23",
     B("A", "orange",
       "Reece (15) had been messaging his birth dad on Snapchat without his adopters knowing; birth "
       "dad sent him money and kept pushing him to visit. Reece went missing on 2/9 for 26 hrs and "
       "was found by police at birth dad's flat in Derby. Exploitation screening done - medium risk.",
       ["SAFE-EXP"],
       [("outside", "SAFE-EXP", "Birth dad is outside the household; his effect on the child (online contact, missing) is coded SAFE-EXP (conv 6)."),
        ("convention", "CRIME", "Police finding a missing child is not CRIME (conv 7).")]),
     B("A", "yellow",
       "Tom and Nadia rowing most nights since Reece went missing - Nadia blames Tom for giving "
       "Reece his phone back. They're sleeping in separate rooms and have talked about separating. "
       "Both have agreed to couples counselling with Relate.",
       ["REL-CONF"]),
     B("C", "blue",
       "Reece knows how to block and report on his apps and has agreed weekly phone checks with "
       "Tom. Any contact with birth dad now goes through the SW.",
       ["SAFE-EXP"],
       [("convention", "SAFE-EXP", "Online safety being managed by the family in a blue box counts as present (conv 3).")]),
     B("C", "orange", "N/A", []),
     )

# Z008  Adopters Jess and Owen, Lily (7), permanent exclusion.
case("Z008", "Trentmere", "2025-05-28", "2026-01-26",
     B("A", "orange",
       "Lily (7) permanently excluded from St Cuthbert's CE Primary on 20/5 after repeated assaults "
       "on staff. Now at Harbour House PRU 10 hrs a week. VSA chairing a TAF; CAMHS adoption and "
       "permanence team have accepted the referral.",
       ["EDU-EXC", "EDU-ATT", "MH-CHILD"],
       [("convention", "EDU-ATT", "10 hours a week at the PRU is a part-time timetable."),
        ("convention", "MH-CHILD", "Accepted CAMHS referral codes MH-CHILD (conv 4).")]),
     B("A", "yellow",
       "Jess has given up her job at the building society to be at home, because Lily is only in the "
       "PRU in the mornings. Household income has halved; they are putting the mortgage on credit "
       "cards and have applied for UC.",
       ["FIN", "EDU-ATT"],
       [("convention", "FIN", "UC named together with a money problem: FIN (conv 5)."),
        ("partial", "EDU-ATT", "'only in the PRU in the mornings' describes a part-time arrangement.")]),
     B("C", "green",
       "Lily started at Willowbank special school in Jan on an EHCP, full time from week 3, "
       "settling well.",
       ["EDU-SEND"],
       [("not-coded", "EDU-ATT", "Full time now; no attendance need.")]),
     )

# Z009  Special guardians Brian (71) and Maureen (68), granddaughter Chloe (12), young carer.
case("Z009", "Ashcombe", "2025-07-02", "2026-01-14",
     B("A", "yellow",
       "Chloe (12) helps grandad Brian (Parkinson's) to get dressed, reminds him about his tablets "
       "and sits with him when Maureen goes to her own hospital appointments. Maureen gets Carer's "
       "Allowance for Brian. Referred to Ashcombe Young Carers. If Brian's mobility gets worse they "
       "may need a downstairs bedroom.",
       ["CARER", "PH"],
       [("not-coded", "FIN", "Carer's Allowance named with no money problem (conv 5)."),
        ("hypothetical", "HOUS", "'If Brian's mobility gets worse ... may need' - hypothetical.")]),
     B("A", "blue",
       "Chloe's birth dad is in HMP Featherstone for burglary. Maureen keeps his letters in a drawer "
       "until the SW has read them, and Chloe knows she can ask for them whenever she wants.",
       [],
       [("outside", "CRIME", "Offending by a birth parent outside the household is not coded (conv 6).")]),
     B("C", "blue",
       "Brian's Parkinson's care package started in Dec (carers twice a day) so Chloe does much "
       "less now. She goes to the young carers group every other Tuesday and loves it.",
       ["PH", "CARER"],
       [("convention", "CARER", "'carers twice a day' are paid carers, not CARER; CARER is coded from Chloe attending the young carers group (conv 4, 12).")]),
     )

# Z010  Adopters Dawn and Lee, Harvey (10): school refusal, bullying, letterbox.
case("Z010", "Stowfield", "2025-10-06", "2026-03-02",
     B("A", "yellow",
       "Harvey (10) hasn't been in school for 3 weeks. He panics at the gate - sweating, crying, "
       "says he feels sick. A group of Y6 boys have been taunting him about being adopted ('your real "
       "mum didn't want you') and he says he feels excluded at playtimes. PASW and VSA meeting "
       "school 9/10 to plan a gradual return.",
       ["EDU-ATT", "MH-CHILD", "SAFE-EXP"],
       [("not-coded", "EDU-EXC", "'feels excluded at playtimes' is not a school exclusion."),
        ("convention", "SAFE-EXP", "Bullying by peers (outside the household) is coded as the child's need.")]),
     B("A", "green",
       "School nurse seeing Harvey weekly for worry sessions. Since his letterbox letter from birth "
       "mum arrived he has been unsettled and has started wetting the bed again.",
       ["MH-CHILD", "PH"],
       [("convention", "PH", "Bedwetting at school age is PH (conv 9)."),
        ("not-coded", "REL-CONF", "Letterbox contact with birth mother is not a contact dispute.")]),
     B("C", "green",
       "Harvey back full time since Jan, attendance 97% this half term. Still pops in to see the "
       "school nurse when he's worried.",
       ["MH-CHILD"],
       [("historical", "EDU-ATT", "Back full time, 97%: the absence is over.")]),
     )

# Z011  Single adopter Carl, Mason (13): carer drinking, rages.
case("Z011", "Kelbrook", "2025-07-14", "2026-01-08",
     B("A", "orange",
       "Carl disclosed he's drinking a bottle of wine most nights 'to get through' Mason's rages. "
       "Mason (13) told his ELSA that dad falls asleep on the sofa and there's often nothing in for "
       "tea so he has cereal. Carl referred to CGL; CAMHS consultation booked for PASW and school.",
       ["SUB", "REL-PAR", "SAFE-NEG", "MH-CHILD"],
       [("convention", "SAFE-NEG", "Nothing in for tea = lack of food in the home (conv 10)."),
        ("convention", "MH-CHILD", "ELSA and a CAMHS consultation about Mason code MH-CHILD (service implies need, conv 4).")]),
     B("A", "yellow",
       "Mason punches walls and doors when he's told no. In June he picked up a kitchen knife and "
       "threatened Carl (no injury, police not called). Carl wants to do the ASF therapeutic "
       "parenting course.",
       ["REL-PAR"],
       [("not-coded", "CRIME", "Police not involved; child-to-parent violence is REL-PAR only (conv 8)."),
        ("not-coded", "DA", "Not DA (conv 8).")]),
     B("C", "yellow",
       "Carl going to the CGL group weekly and says he only drinks at weekends now. Mason's ELSA "
       "sessions ended at Christmas.",
       ["SUB"],
       [("historical", "MH-CHILD", "ELSA sessions ended - over."),
        ("partial", "SUB", "Reduced but still drinking and attending the alcohol service: present (conv 4).")]),
     )

# Z012  Adopters Anita and Raj, twins Ellie and Grace (8).
case("Z012", "Trentmere", "2025-04-23", "2025-10-29",
     B("A", "yellow",
       "Anita has been diagnosed with depression by her GP and is on the waiting list for "
       "counselling. She says she feels she has failed as a mum because the girls (8) push her away "
       "and go to Raj for everything.",
       ["MH-ADULT", "REL-PAR"]),
     B("A", "blue",
       "Twice yearly letterbox with the birth grandmother, Raj writes the letters. Birth gran asked "
       "about direct contact; adopters said not at the moment and she accepted that. If she asks "
       "again they would ask the adoption team about mediation. DA: none known.",
       [],
       [("hypothetical", "REL-CONF", "Mediation only 'if she asks again'; no dispute now."),
        ("negated", "DA", "'DA: none known'."),
        ("outside", "REL-CONF", "Birth grandmother is outside the household and accepted the decision.")]),
     B("C", "blue",
       "Anita finished 8 sessions of counselling and says her mood is much better. Still on her "
       "antidepressants, GP review every 3 months.",
       ["MH-ADULT"],
       [("convention", "MH-ADULT", "Still on antidepressants: now managing in a blue box counts (conv 3, 4).")]),
     )

# Z013  Special guardian great-aunt Bev, Kayden (4) and Amelia (2); partner's DA.
case("Z013", "Stowfield", "2025-07-03", "2026-02-16",
     B("A", "green",
       "Amelia (2) HV 2 yr review: weight has dropped to the 2nd centile, HV weighing monthly. "
       "Kayden (4) due to start school in Sept, nursery say he isn't ready - can't dress himself or "
       "sit for a story.",
       ["PH", "EYD"],
       [("partial", "PH", "Amelia's weight is PH; Kayden's school readiness is EYD.")]),
     B("A", "orange",
       "Bev's partner Stuart moved in in March. Neighbours called police twice in June after hearing "
       "screaming and Bev was seen with a black eye. Bev denies Stuart hits her but DASH done "
       "(medium) and IDVA referral made.",
       ["DA"],
       [("partial", "DA", "Bev's denial does not negate the police call-outs, injury, DASH and IDVA referral the worker records."),
        ("convention", "CRIME", "Police call-outs about DA are DA only (conv 7).")]),
     B("A", "red",
       "Strategy meeting 30/6, s47 under way after Kayden told nursery 'Stuart shouts and hits "
       "Auntie Bev and I hide'. ICPC booked for 21/7.",
       ["DA"]),
     B("C", "red",
       "RCPC 12/1: CP plans ended, stepped down to CIN. Stuart moved out in Oct and Bev has a "
       "non-mol order against him until Oct 2026.",
       ["DA"],
       [("convention", "DA", "A non-molestation order still in force is a current DA protective measure: present, not historical.")]),
     )

# Z014  Adopters Gemma and Paul, Finley (12): suspensions, EHCP, managed move.
case("Z014", "Kelbrook", "2025-10-13", "2026-03-16",
     B("A", "orange",
       "Finley (12) has had 5 suspensions since Sept at Kelbrook Academy (11 days in total), the "
       "latest for throwing a chair at a teacher. School say he is at risk of permanent exclusion. "
       "EHCP annual review brought forward, VSA attending.",
       ["EDU-EXC", "EDU-SEND"],
       [("convention", "EDU-EXC", "'at risk of permanent exclusion' is named in EDU-EXC's scope; it is a current risk, not a hypothetical.")]),
     B("A", "yellow",
       "At home Finley is controlling and verbally abusive to Gemma - calls her a 'fake mum', won't "
       "let her in his room, swears at her in front of his little sister. Paul works away Mon-Fri "
       "and he and Gemma argue on the phone most nights about how to handle it.",
       ["REL-PAR", "REL-CONF"],
       [("convention", "DA", "Verbal abuse by a child to a parent is REL-PAR, not DA (conv 8)."),
        ("convention", "REL-CONF", "Parents arguing with each other is REL-CONF (conv 8).")]),
     B("C", "orange",
       "Managed move to Greystones School started 3/3, first fortnight has gone OK.",
       ["EDU-EXC"]),
     )

# Z015  Special guardian sister Kerry-Ann (24), brother Liam (9): temporary accommodation.
case("Z015", "Ashcombe", "2025-09-10", "2026-02-02",
     B("A", "orange",
       "Kerry-Ann (24), SG for her brother Liam (9), was served a Section 21 by her landlord in June "
       "and they have been in B&B temporary accommodation on Wexford Road since 12/8 - one room, no "
       "cooking facilities.",
       ["HOUS"]),
     B("A", "yellow",
       "UC sanctioned for a missed appointment during the move. Kerry-Ann using the Trinity food "
       "bank every week. Liam's teacher says he comes in hungry some mornings.",
       ["FIN", "SAFE-NEG"],
       [("convention", "FIN", "Food bank + benefit sanction = FIN (conv 5, 10)."),
        ("convention", "SAFE-NEG", "Hungry child = SAFE-NEG; both codes when both are described (conv 10).")]),
     B("A", "green",
       "Liam's attendence has dropped to 84% since the move because of the two-bus journey from "
       "the B&B. School have bought him a bus pass.",
       ["EDU-ATT"]),
     B("C", "yellow",
       "Moved into a 2 bed council flat in Jan. Sanction lifted and backdated, and Kerry-Ann no "
       "longer needs the food bank.",
       [],
       [("historical", "HOUS", "Rehoused - over."),
        ("historical", "FIN", "Sanction lifted, food bank no longer needed - over.")]),
     )

# Z016  Adopters Sarah and Mike, Hollie (15): self-harm, CAMHS.
case("Z016", "Stowfield", "2025-10-08", "2026-03-11",
     B("A", "orange",
       "Hollie (15) cut her forearms on 4/10, seen at A&E and referred to CAMHS crisis, now open to "
       "CAMHS. She told the crisis nurse she feels she 'belongs nowhere' since birth mum's letter "
       "said she has had a new baby.",
       ["MH-CHILD"]),
     B("A", "yellow",
       "Sarah says she feels anxious all the time and is up every hour in the night checking on "
       "Hollie, so she is barely sleeping. She has taken 2 weeks unpaid leave from work.",
       ["MH-ADULT", "PH"],
       [("convention", "PH", "Sleep problem of a family member (the parent) is PH."),
        ("not-coded", "FIN", "Unpaid leave with no money problem described is not FIN (conv 5 by analogy).")]),
     B("C", "orange",
       "Still open to CAMHS, fortnightly DBT skills group. No self-harm reported since Nov. Plan is "
       "to step down to GP follow-up should she stay stable through her mocks.",
       ["MH-CHILD"],
       [("partial", "MH-CHILD", "Step-down 'should she stay stable' is hypothetical; MH-CHILD is coded from the open CAMHS case (conv 4).")]),
     )

# Z017  Adopters Kath and Ian, Noah (6): attachment.
case("Z017", "Ashcombe", "2025-05-19", "2025-12-08",
     B("A", "yellow",
       "Noah (6), placed 2022. Kath describes him as 'charming with strangers, chaos at home' - "
       "over-affectionate with visitors, wanders off with other families at the park, won't let "
       "Kath comfort him when he's hurt. PASW has applied to ASF for Theraplay to work on his "
       "attachment difficulties.",
       ["MH-CHILD", "REL-PAR"],
       [("convention", "MH-CHILD", "Attachment difficulties treated as the child's emotional wellbeing (MH-CHILD)."),
        ("convention", "REL-PAR", "Child rejecting the parent's comfort = parent-child relationship (REL-PAR)."),
        ("not-coded", "SAFE-EXP", "Wandering off with other families: no exploitation, grooming or missing episode described.")]),
     B("A", "green",
       "OT sensory assessment done in school, recommendations in place and SENCo monitoring.",
       ["EDU-SEND"]),
     B("C", "blue",
       "Theraplay finished. Noah still pushes Kath away sometimes when he's hurt, but they play the "
       "Theraplay games at bedtime and he comes to her for cuddles much more now.",
       ["REL-PAR"],
       [("historical", "MH-CHILD", "Therapy finished."),
        ("convention", "REL-PAR", "Relationship difficulty still present and being managed by the family (conv 3).")]),
     )

# Z018  Adopters Zoe and Daniel, Charlie (17): NEET, cannabis, CCE.
case("Z018", "Trentmere", "2025-12-22", "2026-03-25",
     B("A", "yellow",
       "Charlie (17) dropped out of his course at Trentmere College in Nov and isn't working. "
       "Smoking cannabis daily in his room - Zoe found a grinder and bags. Referred to Aspire (young "
       "people's drug and alcohol service).",
       ["EDU-NEET", "SUB"],
       [("convention", "FIN", "A NEET young person is EDU-NEET only; no household worklessness (conv 11).")]),
     B("A", "orange",
       "18/12 Charlie arrested for PWITS after police stopped a car and found 20 wraps of cocaine on "
       "him; two older males in the car. Police consider him a possible CCE victim, NRM referral "
       "made. YOS involved post-charge.",
       ["SAFE-EXP", "CRIME"],
       [("convention", "SUB", "Drugs found on an exploited child are SAFE-EXP and CRIME, not SUB (conv 12).")]),
     B("C", "yellow",
       "Started a Level 1 construction course at Trentmere College in Feb. Aspire say he has cut "
       "down to weekends only.",
       ["SUB"],
       [("not-coded", "EDU-NEET", "Back in education."),
        ("partial", "SUB", "Reduced use still current, open to the substance service (conv 4).")]),
     )

# Z019  Special guardians Sheila and Ron, grandson Kieran (14): contact dispute with birth dad.
case("Z019", "Kelbrook", "2025-08-11", "2026-03-04",
     B("A", "yellow",
       "Birth dad Wayne has applied to court to vary the contact order and wants overnights. Sheila "
       "and Ron (SGs) oppose this and Kieran (14) says he doesn't want to stay over. Cafcass "
       "involved. Handovers have turned into shouting matches between Sheila and Wayne on the "
       "doorstep.",
       ["REL-CONF"],
       [("convention", "REL-CONF", "A live contact dispute between the special guardian and the birth parent is REL-CONF ('contact disputes'); the birth parent lives elsewhere but the dispute is the household's (conv 6, effect on the family).")]),
     B("A", "green",
       "Kieran's attendance 88%, mostly Mondays after contact weekends. Head of Year monitoring.",
       ["EDU-ATT"]),
     B("C", "yellow",
       "Final order in Feb: fortnightly day contact, no overnights. Handovers now at the contact "
       "centre and Sheila says there have been no more rows.",
       [],
       [("historical", "REL-CONF", "Dispute settled by the final order, 'no more rows' - over.")]),
     )

# Z020  Adopters Lucy and Ben, Maisie (3): speech delay.
case("Z020", "Kelbrook", "2025-09-15", "2026-02-25",
     B("A", "green",
       "Maisie (3), adoption order granted in July. HV review: no clear words yet, points and grunts "
       "- referred to SALT. Starting nursery 15 hrs in Jan. No concerns re finances, Lucy on adoption "
       "pay till March. If her speech hasn't come on by the next review HV may ask for a hearing test.",
       ["EYD"],
       [("negated", "FIN", "'No concerns re finances'."),
        ("hypothetical", "PH", "Hearing test only 'if her speech hasn't come on'.")]),
     B("C", "green",
       "Weekly SALT group at Kelbrook children's centre; Maisie has about 30 words now. Settling in "
       "at nursery.",
       ["EYD"]),
     )

# Z021  Single adopter Fiona (ex-Army, PTSD), Ryan (8).
case("Z021", "Ashcombe", "2025-06-30", "2026-01-19",
     B("A", "yellow",
       "Fiona (ex-Army) has PTSD and is under the veterans' mental health service; Ryan's screaming "
       "rages trigger flashbacks for her. Her ex-partner Dean, who left in 2023, has started sending "
       "her threatening texts again and she has reported it to police. PASW looking at ASF-funded "
       "respite.",
       ["MH-ADULT", "REL-PAR", "DA"],
       [("outside", "DA", "Ex-partner lives elsewhere but his current threats to Fiona are DA (conv 6: effect on the family)."),
        ("convention", "CRIME", "An ex-partner's offences against the adult victim are DA only (conv 7).")]),
     B("A", "green",
       "Ryan (8) on SEN support at Thornbury Primary for social communication; SENCo has asked the "
       "EP to observe him. No attendance issues.",
       ["EDU-SEND"],
       [("negated", "EDU-ATT", "'No attendance issues'.")]),
     B("C", "yellow",
       "Fiona still with the veterans' service, now having EMDR. Ryan's rages down to 1 or 2 a week "
       "and Fiona uses the calm box with him. No further texts from Dean since the police warning in "
       "Aug.",
       ["MH-ADULT", "REL-PAR"],
       [("historical", "DA", "'No further texts since Aug' - over.")]),
     )

# Z022  Adopters Neil and Tracey, Jake (11), Millie (9), Ava (6): gambling debt, strain.
case("Z022", "Trentmere", "2025-09-29", "2026-03-18",
     B("A", "yellow",
       "Neil told Tracey he has run up about £6,000 on online betting since the three children were "
       "placed. Tracey has moved the joint account into her name. They are arguing a lot and she "
       "isn't sure the marriage will survive. Referred to GamCare and Citizens Advice.",
       ["FIN", "REL-CONF"],
       [("convention", "SUB", "Gambling debts are FIN, not SUB (conv 10).")]),
     B("A", "orange",
       "Jake (11) suspended twice from Ridgeway Academy for fighting. Millie (9) open to CAMHS for "
       "low mood and scratching her arms. TAF meeting 2/10 with school, CAMHS and PASW.",
       ["EDU-EXC", "MH-CHILD"]),
     B("C", "yellow",
       "Debt management plan through Citizens Advice, £150 a month. Neil has Gamban on his phone and "
       "laptop. He and Tracey are still seeing a Relate counsellor fortnightly.",
       ["FIN", "REL-CONF"],
       [("convention", "REL-CONF", "Ongoing couples counselling codes its area (conv 4)."),
        ("not-coded", "SUB", "Gambling blocker is not substance use.")]),
     B("C", "orange",
       "Millie discharged from CAMHS in Feb. Jake - no suspensions this term.",
       [],
       [("historical", "MH-CHILD", "Discharged - over."),
        ("historical", "EDU-EXC", "No suspensions this term - over.")]),
     )

# Z023  Special guardian uncles Marcus and Dev, niece Tia (13): online grooming, missing.
case("Z023", "Stowfield", "2025-11-07", "2026-03-20",
     B("A", "red",
       "Tia (13) found by police in a Birmingham hotel with a 24 yr old man she met on Instagram. "
       "Strategy meeting 5/11, s47 started. CSE risk assessment: high.",
       ["SAFE-EXP"],
       [("convention", "CRIME", "The offender is outside the household and police were safeguarding Tia; no household offending (conv 6, 7).")]),
     B("A", "orange",
       "Tia has been missing 4 times since Sept, returned by police each time. Compass exploitation "
       "team allocated. Marcus and Dev have changed the wifi settings and take her phone at night.",
       ["SAFE-EXP"]),
     B("C", "red",
       "Now on a CIN plan. No missing episodes since mid-Dec. Compass worker sees Tia weekly around "
       "online safety and healthy relationships.",
       ["SAFE-EXP"],
       [("partial", "SAFE-EXP", "Missing episodes over, but the exploitation work continues: present (conv 4).")]),
     )

# Z024  Adopters Hannah and Chris, Oscar (5): GDD, biting.
case("Z024", "Kelbrook", "2025-10-20", "2026-02-12",
     B("A", "green",
       "Oscar (5) in Reception at Ashgrove Primary. School applying for an EHC needs assessment for "
       "global developmental delay; 1:1 funded from the school budget in the meantime.",
       ["EDU-SEND"]),
     B("A", "yellow",
       "Oscar hits and bites Hannah when he's told no, several times a day. Chris works shifts at "
       "the distribution centre so Hannah is often on her own in the evenings. PASW has booked ASF "
       "Theraplay to start in Nov.",
       ["REL-PAR"],
       [("not-coded", "FIN", "Working shifts is not FIN (conv 5).")]),
     B("C", "green",
       "EHCP issued in Dec naming Ashgrove, 25 hrs 1:1. Hannah worries that if the biting carries on "
       "in class he could end up being sent home.",
       ["EDU-SEND"],
       [("hypothetical", "EDU-EXC", "Being sent home only 'if the biting carries on'.")]),
     )

# Z025  Special guardian grandmother Denise and partner Gary, Lewis (15): CPV, police, YOS.
case("Z025", "Trentmere", "2025-09-24", "2026-02-18",
     B("A", "orange",
       "22/9 - Lewis (15) smashed the lounge window and punched Denise in the face when she wouldn't "
       "give him money. Gary restrained him and rang police; Lewis arrested for common assault. Gary "
       "is on probation for a drink-driving offence from 2024.",
       ["REL-PAR", "CRIME"],
       [("convention", "DA", "Violence by a grandchild in the SG's care is child-to-parent violence: REL-PAR + CRIME, not DA (conv 8)."),
        ("convention", "CRIME", "An adult household member on probation is also CRIME (conv 7)."),
        ("historical", "SUB", "The 2024 drink-driving offence is not a description of current alcohol misuse.")]),
     B("A", "yellow",
       "Denise says she is at the end of her tether and has wondered whether she can carry on with "
       "the SGO. No alcohol or drug use by Denise or Gary. SGO support worker to look at NVR and "
       "respite via ASF.",
       ["REL-PAR"],
       [("negated", "SUB", "'No alcohol or drug use'."),
        ("not-coded", "MH-ADULT", "'End of her tether' describes strain, not a stated mental health difficulty."),
        ("partial", "REL-PAR", "Carer considering ending the placement + NVR = parent-child relationship need.")]),
     B("C", "orange",
       "Lewis on a 6 month referral order with YOS. Incidents at home are now verbal only - shouting "
       "and swearing at Denise - and Denise and Gary are doing NVR.",
       ["CRIME", "REL-PAR"]),
     )

# Z026  Single adopter Joanne (cancer), Skye (12), young carer.
case("Z026", "Stowfield", "2025-07-21", "2026-01-28",
     B("A", "yellow",
       "Joanne (single adopter) is having chemo for breast cancer. Skye (12) does the cooking and "
       "cleaning, gets herself to school and says she lies awake worrying that mum will die. Referred "
       "to Stowfield Young Carers and Macmillan family support.",
       ["PH", "CARER", "MH-CHILD"]),
     B("A", "green",
       "Skye's attendance 89% - late most mornings because she helps Joanne get up and brings her "
       "tablets first. Pastoral team aware.",
       ["EDU-ATT", "CARER"]),
     B("C", "blue",
       "Joanne finished chemo in Dec; still very tired and on hormone tablets for 5 years. Skye goes "
       "to the young carers group monthly and has stopped doing all the cooking.",
       ["PH", "CARER"],
       [("partial", "PH", "Chemo over but ongoing fatigue and 5-year medication: present."),
        ("convention", "CARER", "Still attending the young carers group (conv 4); now managing in a blue box (conv 3).")]),
     )

# Z027  Adopters Sian and Rhys, Toby (7): ELSA, part-time timetable.
case("Z027", "Kelbrook", "2025-11-03", "2026-03-09",
     B("A", "green",
       "Toby (7) Y3 at Hillside Primary. PP+ is paying for weekly ELSA sessions as Toby struggles to "
       "manage big feelings in class.",
       ["MH-CHILD"],
       [("not-coded", "FIN", "Pupil Premium Plus is school funding, not a family money problem.")]),
     B("A", "yellow",
       "Since Oct half term Toby has only managed mornings - part-time timetable agreed by the head, "
       "reviewed fortnightly. VSA has reminded school it must be short term.",
       ["EDU-ATT"]),
     B("C", "green",
       "Back full time since Feb half term. ELSA carrying on weekly.",
       ["MH-CHILD"],
       [("historical", "EDU-ATT", "Back full time - over.")]),
     )

# Z028  Adopters Laura and Steve, Poppy (11): direct contact with birth brother in foster care.
case("Z028", "Stowfield", "2025-05-12", "2025-11-24",
     B("A", "yellow",
       "Direct contact 3x a year with Poppy's (11) birth brother Kyle (14), who is in foster care. "
       "Kyle is open to CAMHS and was recently excluded from his school. After the last contact Poppy "
       "was tearful for days and picked the skin on her fingers until they bled.",
       ["MH-CHILD"],
       [("outside", "MH-CHILD", "Kyle's CAMHS involvement is outside the household; MH-CHILD is coded for Poppy's own distress (conv 6)."),
        ("outside", "EDU-EXC", "Kyle's exclusion: outside the household (conv 6).")]),
     B("C", "yellow",
       "Contact with Kyle now shorter, activity-based visits. Poppy coped well with the last two and "
       "the skin picking has stopped.",
       [],
       [("historical", "MH-CHILD", "'skin picking has stopped' - over.")]),
     )

# Z029  Adopters Kim and Joe, Leon (16): EHCP, damp, asthma.
case("Z029", "Trentmere", "2025-10-15", "2026-03-12",
     B("A", "green",
       "Leon (16) Y11 at Ferndale School with an EHCP for MLD. Applying to Trentmere College for Sept "
       "with help from the careers adviser.",
       ["EDU-SEND"]),
     B("A", "yellow",
       "Privately rented house - black mould in Leon's bedroom and the bathroom, landlord not "
       "responding to thier emails. Leon's asthma has been worse, 2 GP visits since Sept.",
       ["HOUS", "PH"]),
     B("C", "yellow",
       "Landlord treated the mould in Jan after a letter from environmental health. Leon's asthma "
       "has settled but he's still on his brown inhaler. If the mould comes back Kim will go straight "
       "back to environmental health.",
       ["PH"],
       [("historical", "HOUS", "Mould treated - over."),
        ("hypothetical", "HOUS", "'If the mould comes back'."),
        ("partial", "PH", "Asthma settled but still on preventer inhaler: present.")]),
     )

# ----------------------------- unboxed notes (level from cues) ------------------------
case("Z030", "Ashcombe", "2025-11-17", None,
     N("A", "orange",
       "PASW home visit. Adoptive mum Carol rang the duty line Sunday night - Bailey (12) kicked the "
       "back door in and threatened her with a screwdriver when she took his Xbox controller. She "
       "rang 101 and police came out and spoke to Bailey, NFA. Carol and Pete both shaken, Pete "
       "saying he wants to 'give him back'. Bailey is on the waiting list for an ASF-funded DDP "
       "psychotherapist.",
       ["REL-PAR", "CRIME", "MH-CHILD"],
       [("convention", "CRIME", "Police call-out about a young person's behaviour is CRIME even with NFA (conv 7, 8)."),
        ("convention", "DA", "Child-to-parent violence is not DA (conv 8)."),
        ("level", "", "Cues: PASW (yellow), police call-out (orange) -> orange (conv 2).")]),
     )

case("Z031", "Kelbrook", "2026-01-15", None,
     N("A", "red",
       "Jasmine (14) accommodated under s20 on 9/1 at her adopters' request after months of violence "
       "towards adoptive mum Mel and younger brother Leo (10). Now in a residential unit in "
       "Trentmere, family time weekly. Relationship between Mel and Jasmine has broken down - "
       "Jasmine refuses to speak to Mel at family time. Mel on antidepressants from her GP. Leo has "
       "started wetting the bed again since Jasmine left.",
       ["REL-PAR", "MH-ADULT", "PH"],
       [("convention", "REL-PAR", "The violence is past, but the parent-child relationship breakdown is described as current: REL-PAR present."),
        ("convention", "PH", "Bedwetting at school age (Leo, 10) is PH (conv 9)."),
        ("level", "", "s20 (looked after) is a red cue (conv 2).")]),
     )

case("Z032", "Stowfield", "2025-10-01", None,
     N("A", "green",
       "Call from the school nurse at Priory Fields about Nathan (11, adopted at 6). Staff keep "
       "finding food hidden in his tray and bag - wrappers, half-eaten sandwiches. Adopters say there "
       "is always plenty in the house and he has a full packed lunch; school nurse thinks it's a habit "
       "from his birth family, where he was often left without food. GP appointment booked re his "
       "weight, which has gone up quickly this year.",
       ["PH"],
       [("historical", "SAFE-NEG", "Neglect was in the birth family, in the past; food is plentiful now (conv 6, 10)."),
        ("not-coded", "MH-CHILD", "Food hiding described as a habit; no emotional or mental health difficulty stated."),
        ("level", "", "School nurse and GP only -> green (conv 2).")]),
     )

case("Z033", "Trentmere", "2025-08-20", None,
     N("A", "yellow",
       "Tina (maternal grandmother, SG for Lacey, 6) has started the 10 week therapeutic parenting "
       "course for kinship carers at Trentmere family centre. Mornings are the worst - Lacey screams "
       "and kicks for up to an hour when asked to get dressed for school. Lacey's birth mum is in HMP "
       "Foston Hall; Tina takes her to visit once a month.",
       ["REL-PAR"],
       [("outside", "CRIME", "Birth mother in prison lives outside the household (conv 6)."),
        ("not-coded", "CARER", "'kinship carers' is not CARER (conv 12)."),
        ("level", "", "A parenting course is a yellow cue (conv 2).")]),
     )

case("Z034", "Ashcombe", "2025-12-10", None,
     N("A", "blue",
       "Adoptive dad Simon rang asking about peer support. Gave him details of the county adopter "
       "buddy scheme and the Adoption UK helpline, he'll contact them himself. Says Freya (9) has "
       "been more anxious since her letterbox letter from birth mum - clingy at bedtime and didn't "
       "want to go to a sleepover - but they are managing it between them.",
       ["MH-CHILD"],
       [("convention", "MH-CHILD", "Child's anxiety being managed by the family: present (conv 3)."),
        ("level", "", "Signposting the family acts on itself -> blue (conv 2).")]),
     )

case("Z035", "Kelbrook", "2025-11-26", "2026-03-23",
     N("A", "orange",
       "VSA note. Ethan (13, SGO with his aunt Rose). CAMHS assessment complete - PTSD linked to his "
       "early trauma, CAMHS recommending trauma-focused CBT. Westbrook High have him on a reduced "
       "timetable of 3 hrs a day and he has had 2 suspensions this half term. Rose asked about an "
       "EHCP; SENCo gathering evidence for a request.",
       ["MH-CHILD", "EDU-ATT", "EDU-EXC", "EDU-SEND"],
       [("not-coded", "MH-ADULT", "The PTSD is the child's: MH-CHILD, not MH-ADULT."),
        ("level", "", "CAMHS -> orange (conv 2).")]),
     N("C", "green",
       "Ethan full time at Westbrook since Feb with an EHCP in place. Finished the trauma-focused CBT "
       "in Jan and Rose says the nightmares have stopped. Rose's back has flared up - GP has referred "
       "her for physio.",
       ["EDU-SEND", "PH"],
       [("historical", "MH-CHILD", "Therapy finished and nightmares stopped - over."),
        ("level", "", "GP and school only -> green (conv 2).")]),
     )


def main():
    nar_rows, gold_rows, traps = [], [], {}
    for c in CASES:
        cid = c["case"]
        for it in c["items"]:
            stage = it["stage"]
            tid = f"{cid}-{stage}"
            suffix = it["box"] if it["box"] else "note"
            nid = f"{tid}-{suffix}"
            date = c["dates"][stage]
            nar_rows.append([nid, tid, cid, "assessment" if stage == "A" else "closure",
                             date, it["box"], c["loc"], it["text"]])
            for code in it["codes"]:
                gold_rows.append([nid, code, it["gold_level"]])
            if it["traps"]:
                traps[nid] = it["traps"]

    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level",
                    "locality", "narrative"])
        w.writerows(nar_rows)
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, indent=2, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")

    n_notes = sum(1 for r in nar_rows if r[5] == "")
    triages = {r[1] for r in nar_rows}
    print(f"cases: {len(CASES)}  triages: {len(triages)}  narratives: {len(nar_rows)} "
          f"(boxed {len(nar_rows) - n_notes}, unboxed notes {n_notes})")
    print(f"gold rows: {len(gold_rows)}  narratives with no gold: "
          f"{len({r[0] for r in nar_rows} - {g[0] for g in gold_rows})}  trap narratives: {len(traps)}")
    print("by stage:", dict(Counter(r[3] for r in nar_rows)))
    print("by box level:", dict(Counter(r[5] or "(note)" for r in nar_rows)))
    print("by locality:", dict(Counter(r[6] for r in nar_rows)))
    print("gold by code:", dict(sorted(Counter(g[1] for g in gold_rows).items())))
    print("gold by level:", {lv: n for lv, n in sorted(Counter(g[2] for g in gold_rows).items(),
                                                       key=lambda kv: LEVEL_ORDER.index(kv[0]))})


if __name__ == "__main__":
    main()
