#!/usr/bin/env python3
"""Build blind gold set z109: kinship carers in an invented West Yorkshire town.

Written blind from /work/shared/taxonomy.md only. Each narrative is coded on its
own text (convention 1). Birth parents who live elsewhere are outside the
household (convention 6): their drug use, prison sentence, licence or mental
health is not coded; their effect on the household (DA, contact disputes) is.

Writes narratives.csv, gold.csv, traps.json; prints counts.
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SET_PREFIX = "z109"
LEVELS = ["blue", "green", "yellow", "orange", "red"]

# case_id -> (locality, assessment date, closure date)
CASES = {}
# list of narrative dicts, in order
NARRS = []


def case(cid, locality, a_date, c_date):
    CASES[cid] = (locality, a_date, c_date)


def N(cid, stage, level, text, codes, traps=(), note_level=None):
    """One narrative.

    stage: 'A' or 'C'. level: box level, or None for an unboxed note (then
    note_level is the single highest cue in the text, convention 2).
    codes: present codes only. traps: list of (type, code, note).
    """
    locality, a_date, c_date = CASES[cid]
    if level is None:
        nid = f"{cid}-{stage}-note"
    else:
        nid = f"{cid}-{stage}-{level}"
    NARRS.append({
        "narrative_id": nid,
        "triage_id": f"{cid}-{stage}",
        "case_id": cid,
        "stage": "assessment" if stage == "A" else "closure",
        "date": a_date if stage == "A" else c_date,
        "level": level or "",
        "locality": locality,
        "narrative": text,
        "codes": list(codes),
        "gold_level": level if level else note_level,
        "traps": [{"type": t, "code": c, "note": n} for (t, c, n) in traps],
    })


# ---------------------------------------------------------------- Z001
case("Z001", "Lowfold", "2025-04-14", "2025-10-02")
N("Z001", "A", "green",
  "Pauline (63) has type 2 diabetes, on metformin and sees the practice nurse 6 monthly - says she's managing it but is shattered by teatime. Maisie (5) has settled into Reception at St Oswin's, no concerns from class teacher. Kayden's attendence 97%.",
  ["PH"],
  [("convention", "PH", "Carer's diabetes managed with GP practice nurse: now managing counts in a green box (conv 3)."),
   ("negated", "EYD", "Maisie settled in Reception, 'no concerns' - not coded."),
   ("convention", "EDU-ATT", "Attendance 97% is pure good news with no need stated (conv 3) - not coded.")])
N("Z001", "A", "yellow",
  "Kayden (8) has video calls with his mum (in HMP Brackendale, no release date yet) on Tuesdays. After the calls he is kicking doors, swearing at Pauline and telling her 'you're not my mum'. Tearful at bedtime and keeps asking if mum is safe in there. Pauline doesn't want to be 'too hard on him' so there are no real boundaries at the mo. EHW to do therapeutic parenting (PACE) sessions with Pauline and some life story work with Kayden.",
  ["REL-PAR", "MH-CHILD"],
  [("outside", "CRIME", "Birth mum in prison lives outside the household (conv 6) - not CRIME."),
   ("partial", "MH-CHILD", "Child's distress (tearful, worried about mum) is his own emotional wellbeing - coded.")])
N("Z001", "C", "blue",
  "Pauline has moved the calls to Sunday mornings so there's time to settle him after, and uses the PACE approach when he kicks off - she says outbursts are down to once or twice a month. Goes to the Lowfold kinship carers coffee morning most Fridays.",
  ["REL-PAR"],
  [("convention", "REL-PAR", "Outbursts still happening, carer now managing them: present in a blue box (conv 3)."),
   ("not-coded", "CARER", "'kinship carers' is not a young carer (conv 12).")])

# ---------------------------------------------------------------- Z002
case("Z002", "Thornbank", "2025-10-06", "2025-12-15")
N("Z002", "A", "yellow",
  "Shanice (29) took Tyrese (11) and Lacey-Mae (2) on a child arrangements order in Feb after their mum was sectioned. She's cut her hours at the care home to do the school run. Child Benefit for both kids is still being paid to mum so there is no money coming in for them, and Shanice is £320 behind on her electric. EHW to help with the CB claim + referral to Citizens Advice re kinship allowance.",
  ["FIN"],
  [("outside", "MH-ADULT", "Birth mum sectioned, lives outside the household - not MH-ADULT (conv 6)."),
   ("convention", "FIN", "Benefit named with a real problem (paid to the wrong person) plus utility arrears: FIN (conv 5).")])
N("Z002", "A", "orange",
  "5 of them in a 2 bed HA flat on the 4th floor - Shanice and Lacey-Mae in one room, Shanice's own boys (7 & 9) in bunk beds in the other, Tyrese sleeping on the sofa. Housing have confirmed overcrowded by 1 bedroom, band B. Tyrese has been in 2 fights at school since Sept and had a 1 day suspension on 3/10.",
  ["HOUS", "EDU-EXC"])
N("Z002", "C", "yellow",
  "Bid accepted on a 4 bed on Greave Road, move date 12/1/26, until then still all in the flat. Electric arrears down to £140, on a payment plan set up through CAB.",
  ["HOUS", "FIN"],
  [("partial", "HOUS", "Move is in the future; family still overcrowded at closure - present."),
   ("partial", "FIN", "Arrears reduced but still owed - present.")])

# ---------------------------------------------------------------- Z003
case("Z003", "Netherclough", "2025-08-27", "2026-01-21")
N("Z003", "A", "orange",
  "Callum (15) got a youth caution in Aug for criminal damage at the bus station and is now doing a 12 wk programme with YOS. Derek says he comes in after midnight most weekends smelling of weed; Callum admits smoking cannabis 'to chill'. Derek and Jean feel they have no say over what time he comes in. Not known to be going missing.",
  ["CRIME", "SUB", "REL-PAR"],
  [("negated", "SAFE-EXP", "'Not known to be going missing' - negated."),
   ("convention", "SUB", "Cannabis use by a young person in the household is SUB.")])
N("Z003", "A", "yellow",
  "Jean (68) has COPD and is on oxygen overnight; Derek (71) had a TIA in May and has had to stop driving. Both say they are 'too old for this' and Jean has been tearful at most visits - GP started her on sertraline last month. Callum's dad Lee lives in Halbridge, is using heroin and hasn't been in touch since Easter.",
  ["PH", "MH-ADULT"],
  [("outside", "SUB", "Birth dad's heroin use: he lives elsewhere (conv 6) - not SUB.")])
N("Z003", "C", "yellow",
  "Callum finished his YOS programme in Nov, no police involvment since. Still smoking cannabis at weekends though he says less, has agreed to meet the Branchline young people's drug worker.",
  ["SUB"],
  [("historical", "CRIME", "YOS programme finished, no police since - over (conv 3).")])

# ---------------------------------------------------------------- Z004
case("Z004", "Ravensholme", "2025-11-03", "2026-03-16")
N("Z004", "A", "yellow",
  "Jade (22) has had her brother Reece (14) and sister Amelia (9) since their mum died in Jan 2024. Informal arrangement, no order, and she's been told she can't get a kinship allowance without one. Works 16 hrs at a supermarket, UC being docked for an advance, used the Ravensholme food bank twice in Sept. Wants to apply for an SGO but can't afford a solicitor.",
  ["FIN"],
  [("not-coded", "CARER", "Jade is a 22-year-old sibling who is the carer; CARER is only for a child who cares (conv 12)."),
   ("convention", "FIN", "UC deductions + food bank: FIN (conv 10).")])
N("Z004", "A", "orange",
  "Amelia (9) on the CAMHS waiting list since March (bereavement/trauma), wetting the bed most nights and won't let Jade out of her sight. Reece (14) is going missing overnight - police found him twice in Oct at a flat in Halbridge with older males. Strategy discussion may be needed if it happens again.",
  ["MH-CHILD", "PH", "SAFE-EXP"],
  [("convention", "PH", "Bedwetting at school age is PH (conv 9)."),
   ("not-coded", "CRIME", "Police finding a missing child is safeguarding, not CRIME (conv 7)."),
   ("convention", "MH-CHILD", "Awaiting CAMHS codes MH-CHILD (conv 4).")])
N("Z004", "A", "green",
  "Jade has asthma, well controlled on her inhalers. Reece is on SEN support for dyslexia at Holmfield High; his attendance is 71%, mostly whole days.",
  ["PH", "EDU-SEND", "EDU-ATT"],
  [("convention", "PH", "Carer's asthma 'well controlled': now managing, present in a green box (conv 3).")])
N("Z004", "C", "orange",
  "Reece still going missing but less (1 episode in Jan). NRM referral done, exploitation team involved. He was arrested on 14/1 with cannabis wraps and £300 cash on him, RUI.",
  ["SAFE-EXP", "CRIME"],
  [("convention", "SUB", "Drugs found on an exploited child are SAFE-EXP and CRIME, not SUB (conv 12).")])

# ---------------------------------------------------------------- Z005
case("Z005", "Lowfold", "2025-09-22", "2026-02-09")
N("Z005", "A", "orange",
  "Birth mum Chantelle came to Brenda's door twice in Sept drunk, shouting and kicking the door, and on 18/9 pushed Brenda over in the hallway in front of the kids. Police attended and Chantelle was arrested. Brenda is applying for a non-molestation order. Chantelle is in a hostel in town and using crack.",
  ["DA"],
  [("outside", "SUB", "Chantelle's drinking/crack use: she lives in a hostel, outside the household (conv 6)."),
   ("convention", "DA", "Abuse of the carer by a family member (her daughter), non-mol being sought: DA is the effect on the family (conv 6); not CRIME as Chantelle is not a household member (conv 7)."),
   ("not-coded", "HOUS", "Hostel is the birth mum's housing, not the family's.")])
N("Z005", "A", "yellow",
  "Logan (6) has not slept through since the incident, wakes 3-4 times a night screaming and hides under the table when anyone knocks. Brenda (58) works nights at the hospital 3x a week and her sister has the kids on those nights. EHW to do safety planning with Brenda and refer Logan to Pebbles play therapy.",
  ["MH-CHILD", "PH"],
  [("convention", "PH", "Sleep problem at school age is PH (conv 9); the fear response is MH-CHILD - both described."),
   ("not-coded", "FIN", "Working night shifts is not FIN (conv 5).")])
N("Z005", "C", "yellow",
  "Non-mol granted in Oct for 12 months, no breaches. Logan still seeing the play therapist weekly for his anxiety around the door.",
  ["DA", "MH-CHILD"],
  [("convention", "DA", "Non-molestation order in force is an ongoing protective measure - DA present (conv 4 by analogy); 'no breaches' does not end it.")])

# ---------------------------------------------------------------- Z006
case("Z006", "Netherclough", "2025-11-10", "2026-03-02")
N("Z006", "A", "red",
  "Skye (13) told her form tutor she has been sending pictures of herself to a male she met on Snapchat who says he's 17. MASH referral, strategy meeting 4/11 and s47 started. Skye is also cutting her arms - CAMHS crisis team saw her on 5/11. Tony (66) says he 'doesn't understand phones' and had no idea.",
  ["SAFE-EXP", "MH-CHILD"])
N("Z006", "A", "green",
  "Skye's attendance 96%, no concerns from school. Tony has arthritis in both knees and struggles with stairs, on the waiting list for a knee replacement. He lost his wife (Skye's nan) in 2023.",
  ["PH"],
  [("negated", "EDU-ATT", "'no concerns from school' - negated."),
   ("historical", "MH-ADULT", "Bereavement in 2023 with no current mood problem described - not coded.")])
N("Z006", "C", "orange",
  "CP plan ended at the Feb review, stepped down to EH. Skye remains open to CAMHS, last self-harm in Dec. Still getting friend requests from new accounts she thinks are him; police investigation ongoing.",
  ["MH-CHILD", "SAFE-EXP"],
  [("convention", "MH-CHILD", "Self-harm last in Dec but still open to CAMHS - service codes the area (conv 4)."),
   ("partial", "SAFE-EXP", "Continuing contact attempts by the groomer: current online safety risk.")])
N("Z006", "C", "green",
  "Tony had his knee op in Jan, doing physio exercises from the practice physio and managing the stairs again. Skye's dad (HMP, release 2027) has written to her, she hasn't replied.",
  ["PH"],
  [("convention", "PH", "Post-operative physio ongoing, now managing: present in green (conv 3)."),
   ("outside", "CRIME", "Birth dad in prison lives outside the household (conv 6).")])

# ---------------------------------------------------------------- Z007
case("Z007", "Thornbank", "2025-05-19", "2025-10-13")
N("Z007", "A", None,
  "HV by EHW. Michelle and Gaz have had Jayden (7) since he was 3 (SGO 2022). School have put him on the ADHD pathway and he's on SEN support, SENCo has done a sensory plan. Jayden is hitting and pushing his cousins (Michelle's two) at home and won't do anything he's asked without a battle. Michelle asked when the SGO allowance gets reviewed - it is being paid and there are no problems with it. Agreed 6 wks of parenting sessions with EHW.",
  ["EDU-SEND", "REL-PAR"],
  [("convention", "", "Unboxed: highest cue is the EH worker (yellow); SENCo/school are green; 'HV' here means home visit, not health visitor (conv 2)."),
   ("negated", "FIN", "SGO allowance paid, 'no problems with it' - negated (conv 5)."),
   ("convention", "EDU-SEND", "ADHD pathway codes EDU-SEND (conv 4).")],
  note_level="yellow")
N("Z007", "C", "yellow",
  "Parenting sessions finished. Michelle says Jayden still lashes out at his cousins when he's tired but she's using the time-in approach. Paeds ADHD assessment booked for Nov.",
  ["REL-PAR", "EDU-SEND"],
  [("convention", "EDU-SEND", "Awaiting ADHD assessment codes EDU-SEND (conv 4).")])

# ---------------------------------------------------------------- Z008
case("Z008", "Thornbank", "2025-06-09", "2025-12-01")
N("Z008", "A", "orange",
  "Aisha (10) and Zain (3) placed with maternal grandparents Shabana (61) and Arif (65) on a CAO after police attended a DV incident between mum and dad in April. Dad (Imran) keeps sending messages via relatives saying he will 'take the kids back' and turned up outside the house on 2/6. Shabana has an IDVA and a safety plan; TAF with school, police and EH.",
  ["DA"],
  [("outside", "DA", "The April DV between the birth parents happened in another household; DA is coded for the CURRENT threats and stalking of the carers' household, with IDVA and safety plan (conv 6: effect on the family)."),
   ("not-coded", "CRIME", "Imran is not a household member - not CRIME (conv 7).")])
N("Z008", "A", "green",
  "Zain (3) not toilet trained yet, does 15 hrs nursery and HV aware. Arif has angina, GP review next month.",
  ["EYD", "PH"])
N("Z008", "C", "blue",
  "Shabana sticks to her safety plan, has changed her number and keeps the IDVA's number handy. Imran has moved down south.",
  ["DA"],
  [("convention", "DA", "Carer managing a DA safety plan: present in a blue box (conv 3)."),
   ("outside", "DA", "Perpetrator's move is about someone outside the household; the safety plan is still in use.")])

# ---------------------------------------------------------------- Z009
case("Z009", "Ravensholme", "2025-07-21", "2025-12-08")
N("Z009", "A", "yellow",
  "Mason (16) moved to his aunt Kerry's in July after a bust up with his mum's partner - informal arrangement. He left school in June with nothing above a 3, hasn't enrolled anywhere and isn't working. Kerry works full time at the council. EHW to link him with the Inspire NEET team.",
  ["EDU-NEET"],
  [("convention", "FIN", "16+ NEET is EDU-NEET only; the carer works, so no FIN (conv 11)."),
   ("outside", "REL-PAR", "Row with mum's partner is in another household and in the past - not coded.")])
N("Z009", "A", "blue",
  "Kerry isn't getting anything for Mason yet as his Child Benefit is still going to his mum - signposted to HMRC to transfer it, Kerry did it online the same day. Mason sleeps on a sofa bed in the living room as the house is a 2 bed and Kerry's daughter (12) has the other room; Kerry says it works for now.",
  ["FIN", "HOUS"],
  [("convention", "FIN", "A benefit problem described and being sorted by the carer herself: present in blue (conv 3, 5)."),
   ("partial", "HOUS", "Young person with no bedroom, sleeping in the living room, is overcrowding even though the carer minimises it.")])
N("Z009", "C", "green",
  "Mason has a place on the motor vehicle course at Calder Vale College from January; for now he's at home in the day with nothing on. Still on the sofa bed.",
  ["EDU-NEET", "HOUS"],
  [("partial", "EDU-NEET", "A future course place does not end the current NEET status - coded present.")])

# ---------------------------------------------------------------- Z010
case("Z010", "Lowfold", "2025-04-28", "2025-11-17")
N("Z010", "A", "green",
  "Poppy (7) diagnosed with FASD last year (birth mum drank in pregnancy). On SEN support at Calderbrook Primary and the SENCo is applying for an EHC needs assessment. Paediatrician sees her 6 monthly re her growth.",
  ["EDU-SEND", "PH"],
  [("outside", "SUB", "Birth mum's drinking in pregnancy: outside the household and historical - not SUB."),
   ("convention", "PH", "FASD as a disability with paediatric follow-up: PH.")])
N("Z010", "A", "yellow",
  "Lorraine (55) finding Poppy's behaviour at home really hard - she bites and scratches when told no and won't stay in her own bed. Lorraine has fibromyalgia and is waiting for a PIP decision. EHW to do FASD informed parenting work.",
  ["REL-PAR", "PH"],
  [("not-coded", "FIN", "PIP decision awaited with no money problem described - benefit name alone (conv 5)."),
   ("convention", "PH", "Carer's fibromyalgia is PH. Poppy not staying in her own bed is read as bedtime boundaries (REL-PAR), not a sleep problem - same reading as Z025-A-yellow.")])
N("Z010", "C", "blue",
  "Lorraine uses the visual bedtime routine and a calm box, and says the biting is rare now. Her PIP was awarded in Sept.",
  ["REL-PAR"],
  [("convention", "REL-PAR", "Biting still occurs, carer managing with routine: present in blue (conv 3)."),
   ("not-coded", "PH", "PIP award alone does not imply PH (conv 5).")])

# ---------------------------------------------------------------- Z011
case("Z011", "Netherclough", "2025-09-15", "2026-02-23")
N("Z011", "A", "yellow",
  "Sylvia (74) has MS and uses a wheelchair indoors. Tyler (15) helps her in and out of the shower, does the big shop and gets Kai (10) up and ready for school. Told the school nurse he's 'always knackered'. Referred to Netherclough Young Carers.",
  ["PH", "CARER"])
N("Z011", "A", "orange",
  "OT visit: house not suitable, bathroom is upstairs and Sylvia can't manage the stairs so she's sleeping in the lounge and strip washing. ASC assessment requested for a care package and stairlift.",
  ["PH"],
  [("not-coded", "HOUS", "Need for adaptations/stairlift is not homelessness, eviction, overcrowding, damp, disrepair or TA - coded PH only.")])
N("Z011", "C", "yellow",
  "Tyler goes to young carers group fortnightly and has been on 2 respite trips. Care package for Sylvia's MS started in Jan - carers come am & pm so Tyler doesnt do the shower anymore. Stairlift fitted.",
  ["CARER", "PH"],
  [("convention", "CARER", "Still attending young carers service: ongoing service codes the area (conv 4).")])

# ---------------------------------------------------------------- Z012
case("Z012", "Lowfold", "2025-06-30", "2025-12-10")
N("Z012", "A", None,
  "Alfie (6) and Ollie (4) placed with nan Tracey (49), both on a child in need plan (s17) while the SGO assessment is done. Tracey has a 1 bed council flat - she sleeps on the sofa and the boys share her bed; housing application submitted. Ollie hasn't started his nursery place. Tracey is on ESA.",
  ["HOUS", "EYD"],
  [("convention", "", "Unboxed: child in need (s17) plan is a red cue, so all codes red (conv 2)."),
   ("not-coded", "FIN", "ESA named with no money problem (conv 5)."),
   ("convention", "EYD", "Under-5 not taking up nursery place (conv 9).")],
  note_level="red")
N("Z012", "C", "orange",
  "SGO granted Nov. Family moved to a 2 bed council house in Oct via a management move. Ollie has 15 hrs at nursery but rarely goes Mondays and Fridays, nursery chasing.",
  ["EYD"],
  [("historical", "HOUS", "Rehoused in Oct - overcrowding over."),
   ("convention", "EYD", "Poor nursery attendance for an under-5 is nursery take-up (EYD), not EDU-ATT (conv 9).")])

# ---------------------------------------------------------------- Z013
case("Z013", "Thornbank", "2025-10-20", "2026-03-09")
N("Z013", "A", "orange",
  "Riley (9) has had 3 suspensions this term for hitting staff and the head has said he's at risk of permanent exclusion; managed move being discussed. He's on the ADHD pathway, waiting for a paed appointment.",
  ["EDU-EXC", "EDU-SEND"])
N("Z013", "A", "yellow",
  "Riley's dad Craig has monthly supervised contact at the family centre but wants overnights, and keeps messaging Donna (aunt, SGO holder) that she is 'stealing his son'. They had a shouting match at the last handover with Riley stood there. Craig has applied to court to vary the order; MIAM offered.",
  ["REL-CONF"],
  [("convention", "REL-CONF", "Contact dispute and arguments between the kinship carer and the birth parent: REL-CONF (contact disputes), not DA - no abuse described."),
   ("outside", "", "Craig lives elsewhere; only the dispute's effect on the household is coded (conv 6).")])
N("Z013", "C", "yellow",
  "Mediation in Jan, agreed fortnightly Saturday day contact with handovers at the retail park. Craig withdrew his application. Still some niggly texts but handovers calm.",
  ["REL-CONF"],
  [("partial", "REL-CONF", "Dispute reduced but 'still some niggly texts' - present.")])

# ---------------------------------------------------------------- Z014
case("Z014", "Ravensholme", "2025-05-12", "2025-11-03")
N("Z014", "A", "green",
  "Ethan (5) in Reception, school nurse says he's overdue his pre-school boosters. Margaret (70) has been referred by her GP to the memory clinic after getting lost driving home from town.",
  ["PH"],
  [("convention", "PH", "Missed immunisations (child) and memory assessment (carer) are both PH; one row.")])
N("Z014", "A", "yellow",
  "Margaret ran up £2,300 on a catalogue and a credit card buying Ethan's bed, clothes and uniform when he came to her, now getting letters from debt collectors. SGO allowance £78/wk goes on food. Referral to Ravensholme Money Advice.",
  ["FIN"])
N("Z014", "C", "blue",
  "Margaret on a DMP paying £35 a month, no more letters. Her daughter Lisa now does the school pick ups on Weds.",
  ["FIN"],
  [("convention", "FIN", "Paying off debt on a plan = now managing, present in blue (conv 3).")])

# ---------------------------------------------------------------- Z015
case("Z015", "Lowfold", "2025-11-24", "2026-05-11")
N("Z015", "A", "yellow",
  "Birth mum Sam is due out of HMP Brackendale in March. Julie worried that if Sam turns up at school there'll be a scene - school have a copy of the SGO. If Sam pushes for contact Julie may need mediation. Lily (11) says she doesn't want to see her mum and has had panic attacks most nights since she heard about the release.",
  ["MH-CHILD"],
  [("hypothetical", "REL-CONF", "Contact dispute only 'if Sam pushes for contact' - hypothetical."),
   ("outside", "CRIME", "Birth mum in prison, outside the household (conv 6).")])
N("Z015", "C", "yellow",
  "Sam released in March and is in approved premises in Halbridge on licence. 2 supervised visits at the family centre have gone ok. Lily's panic attacks less often, school counsellor sees her weekly.",
  ["MH-CHILD"],
  [("outside", "CRIME", "An adult on licence is CRIME only when a household member (conv 7); Sam lives in approved premises."),
   ("partial", "MH-CHILD", "Panic attacks reduced, still happening with counselling - present.")])
N("Z015", "C", "blue",
  "Julie and Steve know how to apply to vary the order if it ever comes to it and have the kinship advice line number. No concerns re money, both still working.",
  [],
  [("hypothetical", "REL-CONF", "'if it ever comes to it' - hypothetical."),
   ("negated", "FIN", "'No concerns re money' - negated.")])

# ---------------------------------------------------------------- Z016
case("Z016", "Thornbank", "2025-08-04", "2026-01-12")
N("Z016", "A", "green",
  "Evie (14 months) born with NAS, withdrawal treated on SCBU. Feeding well now but HV says she isn't sitting on her own yet, Portage referral discussed. Kian (3) does 15 hrs nursery, no concerns.",
  ["EYD"],
  [("historical", "PH", "Neonatal withdrawal treated at birth - over; current need is the development delay (EYD)."),
   ("outside", "SUB", "NAS reflects birth mum's drug use in pregnancy, outside the household - not SUB."),
   ("partial", "EYD", "Kian 'no concerns' - but EYD is coded for Evie.")])
N("Z016", "A", "orange",
  "Leanne, partner Dom, Kian, Evie and Leanne's son Jordan (8) in a 2 bed private let. Landlord served a s21 notice, expires 30/11. Housing options appt booked for 12/8.",
  ["HOUS"])
N("Z016", "C", "orange",
  "Moved into temp accommodation (3 bed house on the Greave estate) on 2/12; housing say 6-12 months before an offer. Portage visiting Evie fortnightly, she's crawling now.",
  ["HOUS", "EYD"],
  [("convention", "EYD", "Portage still visiting: ongoing service codes the area (conv 4).")])

# ---------------------------------------------------------------- Z017
case("Z017", "Ravensholme", "2025-09-08", "2026-02-16")
N("Z017", "A", None,
  "Phone call from Carol (60), SGO carer for grandson Connor (14). Police brought Connor home at 11pm Sat after he was caught with a group throwing stones at buses on Moor Lane; he's had a community resolution. Carol says his dad (lives in Halbridge, drinks heavily) had let him down again that day. Carol asking about the YOS prevention offer.",
  ["CRIME"],
  [("convention", "", "Unboxed: police involvement / YOS are orange cues (conv 2)."),
   ("outside", "SUB", "Birth dad's drinking - lives elsewhere (conv 6)."),
   ("convention", "CRIME", "Police returned him because of his ASB, not as a welfare check (conv 7).")],
  note_level="orange")
N("Z017", "C", None,
  "Carol says Connor has kept out of trouble since Christmas and is back in by 9 most nights. School report his attendance has dropped to 85% this half term, head of year meeting booked.",
  ["EDU-ATT"],
  [("historical", "CRIME", "'kept out of trouble since Christmas' - over."),
   ("convention", "", "Unboxed: only cue is school (green) (conv 2).")],
  note_level="green")

# ---------------------------------------------------------------- Z018
case("Z018", "Ravensholme", "2025-10-27", "2026-04-13")
N("Z018", "A", "yellow",
  "Aaliyah (24) got an SGO for her brother Tariq (13) and sister Hana (8) last year when their dad went to prison and mum moved abroad. Says she is 'running on empty', crying most days; GP diagnosed anxiety and depression and she's on the waiting list for Talking Therapies.",
  ["MH-ADULT"],
  [("not-coded", "CARER", "Adult sibling carer is the parent figure, not a young carer (conv 12)."),
   ("outside", "CRIME", "Dad in prison - outside the household.")])
N("Z018", "A", "orange",
  "Tariq (13) seen by police with a known older male near Ravensholme Park on 3 occasions; school found him with a new phone and £50 he couldn't explain. Contextual safeguarding referral made, exploitation screening scored medium.",
  ["SAFE-EXP"],
  [("not-coded", "CRIME", "No offending by Tariq described; police sighting is safeguarding (conv 7).")])
N("Z018", "C", "orange",
  "Tariq still on the exploitation panel list, no sightings with the male since Jan. Found with a knife in his bag at school on 2/3 - 5 day suspension and a referral order from youth court. Aaliyah started Talking Therapies in Feb.",
  ["SAFE-EXP", "CRIME", "EDU-EXC", "MH-ADULT"],
  [("partial", "SAFE-EXP", "Still on the exploitation panel list though no recent sightings - present."),
   ("convention", "MH-ADULT", "Talking Therapies ongoing codes the area (conv 4).")])

# ---------------------------------------------------------------- Z019
case("Z019", "Netherclough", "2025-08-11", "2026-01-26")
N("Z019", "A", "orange",
  "Denise's partner Phil (55) lives with them and is joint SGO holder. He drinks 6-8 cans a day, calls Denise names when he's drunk, has smashed her phone, and she says she's scared of him when he's been drinking. Neighbour called police 4/8 over shouting. Referral to Pathways Recovery for Phil.",
  ["SUB", "DA"],
  [("convention", "SUB", "Phil is in the household and a carer: his drinking is SUB (contrast birth parents outside)."),
   ("convention", "DA", "Name-calling, damaging her phone and fear = abuse, DA only; police call-out for the DV is not CRIME (conv 7, 8).")])
N("Z019", "C", "yellow",
  "Phil engaging with Pathways, on a reduction plan, says he's down to a couple of cans at weekends. Denise on week 7 of 12 of the Freedom Programme at the childrens centre.",
  ["SUB", "DA"],
  [("convention", "DA", "Freedom Programme ongoing codes DA (conv 4).")])
N("Z019", "C", "green",
  "Archie (2) had his 2 yr review, HV happy with his development. Bella's attendance 98%.",
  [],
  [("convention", "EYD", "Development check done and fine; pure good news (conv 3) - not coded.")])

# ---------------------------------------------------------------- Z020
case("Z020", "Lowfold", "2025-10-13", "2026-04-20")
N("Z020", "A", "orange",
  "Kacey (14) refusing school since Sept, attendance 41%, says she has panic attacks in the corridors. GP referred to CAMHS, on the waiting list. School has put her on a part time timetable.",
  ["EDU-ATT", "MH-CHILD"])
N("Z020", "A", "yellow",
  "Sharon and Mick have the 3 grandkids in their 3 bed council house: Kacey and Brooke (12) share, Tommy (9) shares with Mick's son Dale (26) who has a learning disability. The girls say they have no privacy. On the housing register for a 4 bed.",
  ["HOUS", "PH"],
  [("convention", "PH", "Dale lives in the household; 'disability of anyone in the family' is PH."),
   ("not-coded", "CARER", "No child described as caring for Dale.")])
N("Z020", "A", "green",
  "Birth mum Gemma is under the crisis team in Halbridge and rings the house several times a day when she's unwell. Sharon has blocked her on the girls' phones. Tommy getting on fine at school.",
  [],
  [("outside", "MH-ADULT", "Birth mum's mental health: she lives elsewhere (conv 6) - not MH-ADULT."),
   ("not-coded", "REL-CONF", "No dispute or argument described, only calls the carer manages - not coded.")])
N("Z020", "C", "orange",
  "Kacey now seen by CAMHS fortnightly, attendance up to 68% on a part time timetable that's building up. Dale moved into supported living in Feb so Tommy has a room to himself and the housing bid has been withdrawn.",
  ["EDU-ATT", "MH-CHILD"],
  [("historical", "HOUS", "Overcrowding ended when Dale moved out."),
   ("outside", "PH", "Dale no longer lives in the household and his disability is not named here.")])

# ---------------------------------------------------------------- Z021
case("Z021", "Thornbank", "2025-07-07", "2025-12-08")
N("Z021", "A", None,
  "Call from Mrs Akhtar, paternal nan caring for Ibrahim (4) on a CAO. Nursery have raised that he's not toilet trained and his speech is hard to understand; HV booked to review. No other concerns - dad visits Sundays, mum not in touch.",
  ["EYD"],
  [("convention", "", "Unboxed: nursery and HV are green cues (conv 2)."),
   ("not-coded", "REL-CONF", "Mum not in touch, no dispute described.")],
  note_level="green")
N("Z021", "C", "green",
  "Ibrahim dry in the day since Oct, due to start Reception in Sept. HV referral to SALT accepted, first appt in Jan.",
  ["EYD"],
  [("partial", "EYD", "Toileting resolved, but awaiting SALT for speech codes EYD (conv 4, 9).")])

# ---------------------------------------------------------------- Z022
case("Z022", "Thornbank", "2025-10-08", "2026-03-30")
N("Z022", "A", "red",
  "Strategy meeting 22/9 after police executed a drugs warrant at the address and found cannabis and scales in uncle Jordan's (19) bedroom; Jordan charged with PWITS. s47 found the house filthy, no food in the fridge, Grace (7) with headlice and soiled clothes. ICPC 6/10 - both children on CP plans under neglect.",
  ["CRIME", "SAFE-NEG"],
  [("not-coded", "SUB", "Dealing/possession charge described, no use by Jordan described - CRIME not SUB."),
   ("convention", "CRIME", "Jordan lives in the household, so his offending is CRIME (conv 7)."),
   ("convention", "SAFE-NEG", "Empty fridge + hygiene + home conditions = SAFE-NEG (conv 10).")])
N("Z022", "A", "orange",
  "Angela (48) has agoraphobia and rarely leaves the house. Leo (10) does the shopping and takes Grace to school, and Leo's attendance is 79%.",
  ["MH-ADULT", "CARER", "EDU-ATT"])
N("Z022", "C", "red",
  "CP plans continue after the 2nd review. Home conditions better but still up and down; food in at every visit so far. Jordan remanded in Oct and no longer living at the address.",
  ["SAFE-NEG"],
  [("partial", "SAFE-NEG", "Improved but 'still up and down' under a CP plan for neglect - present."),
   ("outside", "CRIME", "Jordan has left the household (remanded) - not coded.")])

# ---------------------------------------------------------------- Z023
case("Z023", "Ravensholme", "2025-06-16", "2025-12-15")
N("Z023", "A", "green",
  "Jacob (12) has autism, has an EHCP and goes to the resource base at Beckside Academy. Only sleeps 4-5 hrs a night, GP has prescribed melatonin.",
  ["EDU-SEND", "PH"],
  [("convention", "PH", "Sleep problem at school age is PH (conv 9).")])
N("Z023", "A", "yellow",
  "Jacob lashes out at Rebecca (aunt, informal kinship arrangement) when his routine changes, she has bruises on both arms. She says 'it's not his fault'. EHW to support and book her on the autism parenting course.",
  ["REL-PAR"],
  [("convention", "DA", "Child-to-carer violence is REL-PAR, not DA; no police, so no CRIME (conv 8).")])
N("Z023", "C", "yellow",
  "Rebecca finished the course. Physical episodes down to 1-2 a month, mostly weekends when there's no school routine.",
  ["REL-PAR"],
  [("partial", "REL-PAR", "Reduced but continuing - present.")])

# ---------------------------------------------------------------- Z024
case("Z024", "Netherclough", "2025-10-27", "2026-02-02")
N("Z024", "A", "yellow",
  "Kaylee (15) is being picked on in a group chat by girls in her year, one of them shared a photo of her. She's vaping most of the day, gets them from a shop near school. School aware.",
  ["SAFE-EXP"],
  [("not-coded", "SUB", "Vaping is not SUB (conv 12)."),
   ("convention", "SAFE-EXP", "Online bullying by peers is the child's need (SAFE-EXP) even though the bullies are outside the household.")])
N("Z024", "A", "orange",
  "Kaylee suspended for 3 days in Oct for fighting one of the girls at the school gates; police were called and she's been referred to YOS for an out of court disposal. Great-aunt Maureen (72) has her on an informal arrangement; Kaylee's mum lives in Scotland and is not in contact.",
  ["EDU-EXC", "CRIME"],
  [("not-coded", "CARER", "Great-aunt is a kinship carer, not a young carer (conv 12).")])
N("Z024", "C", "green",
  "Kaylee finished her YOS triage sessions in Jan. No suspensions since the one in Oct. She's moved form group and says the bullying has stopped. Maureen's hip replacement went well.",
  [],
  [("historical", "CRIME", "YOS sessions finished - over."),
   ("historical", "EDU-EXC", "No suspensions since Oct - over."),
   ("historical", "SAFE-EXP", "Bullying 'has stopped' - over."),
   ("historical", "PH", "Hip replacement done and 'went well', no ongoing need stated - not coded.")])

# ---------------------------------------------------------------- Z025
case("Z025", "Lowfold", "2025-09-01", "2026-01-19")
N("Z025", "A", "yellow",
  "Freddie (9) and Noah (7) have lived with grandad Ron (69) since Aug under an informal arrangement, after mum's partner was arrested. Bedtime is a battle every night - Noah won't go up till gone 11 and Freddie swears at Ron and throws things when told no. EHW to do routines work.",
  ["REL-PAR"],
  [("outside", "CRIME", "Mum's partner's arrest concerns someone outside the household - not CRIME."),
   ("convention", "PH", "Refusing to go to bed is a boundaries issue (REL-PAR), not a sleep problem - PH not coded.")])
N("Z025", "A", "green",
  "Noah wets the bed most nights, GP has given advice and referred to the enuresis clinic. Freddie has a squint, eye clinic at the hospital.",
  ["PH"],
  [("convention", "PH", "Bedwetting at school age is PH (conv 9).")])
N("Z025", "C", None,
  "Saw Ron at the kinship carers' coffee morning. He says bedtimes are much calmer since he's been using the reward chart the other grandparents suggested, and Freddie's swearing is only 'now and then'. Noah still wets some nights, Ron using a bedwetting alarm.",
  ["REL-PAR", "PH"],
  [("convention", "", "Unboxed: only the family's own network (peer group) - blue (conv 2)."),
   ("not-coded", "CARER", "'kinship carers' is not CARER (conv 12).")],
  note_level="blue")

# ---------------------------------------------------------------- Z026
case("Z026", "Lowfold", "2025-05-06", "2025-10-27")
N("Z026", "A", "green",
  "Isla (8) has cerebral palsy (spastic diplegia), uses a walker and gets physio in school weekly. EHCP in place, SENCo reviewing her provision. Debbie claims DLA for Isla and gets Carer's Allowance.",
  ["PH", "EDU-SEND"],
  [("not-coded", "FIN", "DLA/Carer's Allowance with no money problem (conv 5)."),
   ("not-coded", "CARER", "Carer's Allowance is the grandmother's benefit; it never implies CARER (conv 5, 12).")])
N("Z026", "A", "yellow",
  "Bathroom not adapted - Debbie (59) is lifting Isla (26kg) in and out of the bath and has done her back in, GP signed her off work for 2 wks. DFG application in with the council for a level access shower.",
  ["PH"],
  [("not-coded", "HOUS", "Adaptation need (DFG) is not among HOUS's listed situations - PH only.")])
N("Z026", "C", "blue",
  "Level access shower fitted in Sept. Debbie's back is better and she's using the hoist the OT supplied for Isla's transfers.",
  ["PH"],
  [("convention", "PH", "Ongoing moving-and-handling need managed with hoist: present in blue (conv 3).")])

# ---------------------------------------------------------------- Z027
case("Z027", "Thornbank", "2025-11-17", "2026-04-27")
N("Z027", "A", "orange",
  "Stacey (Millie's birth mum, 27) moved back into Wendy's 2 bed in Oct after losing her flat. Stacey is on a methadone script from Pathways and Wendy thinks she's using on top - found foil in the bathroom. SGO support SW aware as Stacey's contact was meant to be supervised.",
  ["SUB"],
  [("convention", "SUB", "Birth mum now LIVES in the household: her drug use is SUB (contrast birth parents outside, conv 6); methadone script codes SUB (conv 4)."),
   ("historical", "HOUS", "Stacey losing her flat is past; the household is not described as overcrowded.")])
N("Z027", "A", "yellow",
  "Wendy and Stacey argue most evenings - about Stacey's using and about who is 'mum' to Millie - often in front of Millie.",
  ["REL-CONF", "SUB"],
  [("convention", "REL-CONF", "Arguments between the two adults in parenting roles over who parents Millie: REL-CONF (conv 8), not REL-PAR, though Stacey is Wendy's adult daughter."),
   ("convention", "SUB", "'Stacey's using' describes current use by a household member - coded on this text alone (conv 1).")])
N("Z027", "C", "orange",
  "Stacey moved into supported housing in Halbridge in Jan; contact back to supervised at the family centre. Pathways say she's still using. Wendy and Stacey still row on the phone about contact.",
  ["REL-CONF"],
  [("outside", "SUB", "Stacey has left the household; her continuing use is not coded (conv 6)."),
   ("convention", "REL-CONF", "Contact dispute between carer and birth parent continues - REL-CONF.")])

# ---------------------------------------------------------------- Z028
case("Z028", "Ravensholme", "2025-11-10", "2026-03-23")
N("Z028", "A", "yellow",
  "Charlie (17) dropped out of college in Oct, says he needs to be at home to keep an eye on his grandad George (70), who has vascular dementia and wanders. He sits with George while Elaine (64) goes to the shops and helps him to the toilet at night.",
  ["EDU-NEET", "CARER", "PH"],
  [("convention", "FIN", "16+ NEET: EDU-NEET only, no worklessness described (conv 11).")])
N("Z028", "A", "blue",
  "Charlie has the young carers helpline number and says he'll ring if it ever gets too much. Elaine has good neighbours who keep an eye out.",
  [],
  [("hypothetical", "CARER", "Caring not described in this box; ringing 'if it ever gets too much' is hypothetical (conv 1)."),
   ("convention", "", "Own network only - nothing present to code.")])
N("Z028", "C", "yellow",
  "Charlie started an apprenticeship at a garage on 2 March, 3 days a week plus a college day. Young carers service still seeing him monthly. George's dementia has progressed and he goes to a day centre 3 days a week.",
  ["CARER", "PH"],
  [("historical", "EDU-NEET", "Now in an apprenticeship - NEET over."),
   ("convention", "CARER", "Young carers service ongoing (conv 4).")])

# ---------------------------------------------------------------- Z029
case("Z029", "Netherclough", "2025-12-01", "2026-05-18")
N("Z029", "A", None,
  "Kim (51), nan and SGO carer for Tia (11) and Jake (6). Possession notice from the housing association for £2,400 rent arrears - they built up after Kim's hours were cut when she took the kids on. Court hearing 14/1. Kim having panic attacks, GP has signed her off work.",
  ["HOUS", "FIN", "MH-ADULT"],
  [("convention", "", "Unboxed: possession notice is an orange cue, GP green - orange (conv 2)."),
   ("convention", "FIN", "Rent arrears are FIN; the possession notice is HOUS - both.")],
  note_level="orange")
N("Z029", "C", "yellow",
  "Suspended possession order granted on terms of £20/wk off the arrears, Kim keeping to it. Back at work, still on sertraline.",
  ["HOUS", "FIN", "MH-ADULT"],
  [("partial", "HOUS", "Suspended possession order still in force - risk of eviction continues."),
   ("convention", "MH-ADULT", "Ongoing sertraline codes MH-ADULT (conv 4).")])

# ---------------------------------------------------------------- Z030
case("Z030", "Netherclough", "2025-07-14", "2026-01-05")
N("Z030", "A", "orange",
  "Amira (14) found her mum after an overdose in May; mum is now on a psychiatric ward under s3. Amira has flashbacks and won't go upstairs on her own, CAMHS assessed PTSD and she's starting trauma-focused CBT. She refuses to go on ward visits. Aunt Fatima (38) and uncle Khalid have the children on a CAO.",
  ["MH-CHILD"],
  [("outside", "MH-ADULT", "Birth mum's overdose and detention: outside the household (conv 6)."),
   ("outside", "SUB", "The overdose is the birth mum's, not a household member's.")])
N("Z030", "A", "yellow",
  "School say Amira has been in isolation 4 times this half term for walking out of lessons and being rude to staff; tutor worried about suspension. At home she slams doors and refuses to do anything Fatima asks.",
  ["EDU-EXC", "REL-PAR"])
N("Z030", "C", "orange",
  "Amira finished 12 sessions of TF-CBT, CAMHS keeping her open for a 3 month review. No isolations since Nov.",
  ["MH-CHILD"],
  [("convention", "MH-CHILD", "Therapy finished but still open to CAMHS (conv 4)."),
   ("historical", "EDU-EXC", "No isolations since Nov - over.")])

# ---------------------------------------------------------------- Z031
case("Z031", "Ravensholme", "2025-09-29", "2026-02-16")
N("Z031", "A", "yellow",
  "Harper's birth mum Chelsea (19) lives with her boyfriend in Halbridge; police have been called there several times for DV and Chelsea has been heard at MARAC. The boyfriend doesn't know Nicola's address and contact takes place at Nicola's mum's. Nicola (41) has dropped to part time at the salon and is behind on council tax (£410), summons received.",
  ["FIN"],
  [("outside", "DA", "DV in the birth mum's own household; no effect on the carer's household described (conv 6)."),
   ("outside", "CRIME", "Police call-outs to another household.")])
N("Z031", "A", "orange",
  "Kyle (15, Nicola's son) arrested in Sept for shoplifting with mates, released under investigation. He resents Harper taking up Nicola's time, stays out late and swears at Nicola when she challenges him.",
  ["CRIME", "REL-PAR"])
N("Z031", "C", "yellow",
  "Kyle had a youth caution and has completed 4 YOS sessions. Nicola says his behaviour at home is 'a lot better' but they still clash over curfews.",
  ["REL-PAR"],
  [("historical", "CRIME", "Caution given and YOS sessions completed - over."),
   ("partial", "REL-PAR", "'still clash over curfews' - present.")])
N("Z031", "C", "blue",
  "Council tax on an arrangement at £30/month, Nicola keeping up with it.",
  ["FIN"],
  [("convention", "FIN", "Repaying arrears = now managing (conv 3).")])

# ---------------------------------------------------------------- Z032
case("Z032", "Lowfold", "2025-12-08", "2026-05-05")
N("Z032", "A", None,
  "Gemma (45) has had her nephews Brandon (12) and Lewis (10) since their dad died in 2023; informal arrangement and she's applying for a CAO. The boys fight constantly, Lewis broke Brandon's nose in Nov. Gemma has booked onto the Triple P Teen course starting Feb.",
  ["REL-PAR"],
  [("convention", "", "Unboxed: a parenting course is a yellow cue (conv 2)."),
   ("historical", "PH", "Broken nose in Nov: a past injury, no ongoing health need - not coded.")],
  note_level="yellow")
N("Z032", "C", "green",
  "CAO granted in March. Gemma finished the parenting course; still the odd scrap between the boys but she says she can manage it. Lewis has started seeing the school nurse at drop-in about his dad.",
  ["REL-PAR", "MH-CHILD"],
  [("convention", "REL-PAR", "Fighting continues, carer managing it: present in green (conv 3)."),
   ("partial", "MH-CHILD", "School nurse support about his dad (who died) is emotional wellbeing.")])

# ---------------------------------------------------------------- Z033
case("Z033", "Thornbank", "2025-06-23", "2025-12-22")
N("Z033", "A", "orange",
  "Home visit: Bill (75) has hoarded newspapers and boxes, kitchen unusable apart from the microwave, Jamie (13) eating cereal for tea most nights. Jamie smells at school and kids are calling him names. Environmental health have been out.",
  ["SAFE-NEG", "SAFE-EXP"],
  [("not-coded", "HOUS", "Hoarding is home conditions (SAFE-NEG), not disrepair."),
   ("convention", "SAFE-EXP", "Name-calling by peers = bullying, the child's need.")])
N("Z033", "A", "yellow",
  "Bill is hard of hearing and has COPD. He's been low since his wife died in 2021 and the GP thinks he may be depressed.",
  ["PH", "MH-ADULT"],
  [("partial", "MH-ADULT", "Bereavement is historical, but current low mood is stated; 'may be depressed' is only about the diagnosis - present.")])
N("Z033", "C", "yellow",
  "Kitchen cleared with help from Thornbank Men's Shed volunteers and Jamie's uncle; EHW checking monthly that it stays clear. Jamie having a hot meal most days.",
  ["SAFE-NEG"],
  [("partial", "SAFE-NEG", "Improved, but EHW still monitoring home conditions and 'most days' - present.")])
N("Z033", "C", "green",
  "Bill seeing the GP for his COPD and started on antidepressants. Jamie says the name calling has stopped.",
  ["PH", "MH-ADULT"],
  [("historical", "SAFE-EXP", "Name calling 'has stopped' - over.")])


# ---------------------------------------------------------------- write
def main():
    ncols = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(ncols)
        for n in NARRS:
            w.writerow([n[c] for c in ncols])
    gold_rows = []
    for n in NARRS:
        seen = set()
        for c in n["codes"]:
            if c in seen:
                raise SystemExit(f"duplicate code {c} in {n['narrative_id']}")
            seen.add(c)
            gold_rows.append((n["narrative_id"], c, n["gold_level"]))
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold_rows)
    traps = {n["narrative_id"]: n["traps"] for n in NARRS if n["traps"]}
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump({"set": SET_PREFIX, "traps": traps}, f, indent=1, ensure_ascii=False)
        f.write("\n")

    cases = {n["case_id"] for n in NARRS}
    triages = {n["triage_id"] for n in NARRS}
    notes = [n for n in NARRS if not n["level"]]
    print(f"set {SET_PREFIX}: {len(NARRS)} narratives, {len(cases)} cases, {len(triages)} triages, "
          f"{len(notes)} unboxed notes, {len(gold_rows)} gold rows")
    print("no-gold narratives:", sum(1 for n in NARRS if not n["codes"]))
    print("trap entries:", sum(len(v) for v in traps.values()), "in", len(traps), "narratives")
    cc = Counter(c for _, c, _ in gold_rows)
    print("codes:", ", ".join(f"{k} {cc[k]}" for k in sorted(cc)))
    lc = Counter(l for _, _, l in gold_rows)
    print("gold levels:", ", ".join(f"{k} {lc[k]}" for k in LEVELS))
    print("localities:", dict(Counter(n["locality"] for n in NARRS)))


if __name__ == "__main__":
    main()
