#!/usr/bin/env python3
"""Blind gold set Z117: service and ex-forces families and shift-working
families near an (invented) garrison town in Wiltshire, 2025-26.

Written from /work/shared/taxonomy.md only. Every narrative is invented.
Each narrative is declared once with its gold codes and trap notes.
Run:  python3 build.py   -> narratives.csv, gold.csv, traps.json
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = []


def case(cid, locality, a_date, c_date):
    c = {"id": cid, "locality": locality, "dates": {"A": a_date, "C": c_date}, "items": []}
    CASES.append(c)
    return c


def box(c, stage, level, text, codes, traps=()):
    """stage 'A' or 'C'; level a box colour, or None for an unboxed note
    (then `note_level` must be given via codes tuple form)."""
    c["items"].append({"stage": stage, "level": level, "text": text,
                       "codes": list(codes), "traps": [
                           {"type": t, "code": k, "note": n} for (t, k, n) in traps]})


def note(c, stage, note_level, text, codes, traps=()):
    """Unboxed note: narrative level empty; gold level = highest cue (conv. 2)."""
    c["items"].append({"stage": stage, "level": "", "note_level": note_level,
                       "text": text, "codes": list(codes), "traps": [
                           {"type": t, "code": k, "note": n} for (t, k, n) in traps]})


# ---------------------------------------------------------------- Z001
c = case("Z001", "Larkhurst", "2025-09-15", "2026-02-20")
box(c, "A", "green",
    "Poppy (4) started Reception in Sept. HV had flagged at her 3 yr check that she isn't fully toilet trained and she's still having daytime accidents most days at school, school nurse aware. Dad deployed since Aug, back Feb. Kerry says no concerns re finances, his pay comes in as normal.",
    ["EYD"],
    [("convention", "EYD", "Toileting in an under-5 is EYD (conv. 9) even though she is in Reception."),
     ("negated", "FIN", "'no concerns re finances' - negated."),
     ("not-coded", "", "A parent deployed is not itself a code.")])
box(c, "A", "yellow",
    "Alfie (7) very unsettled since Dad went - asks every night whether Daddy is going to die and won't sleep in his own bed. Wetting the bed again 3-4 nights a wk. Lashing out at Kerry when told no, kicked her in the shin on Tues. Kerry tearful during the visit, says she's tired but denies low mood, not seeing GP. EHW to do worry work with Alfie using a deployment story book and support K with boundaries.",
    ["MH-CHILD", "PH", "REL-PAR"],
    [("convention", "PH", "Bedwetting at school age is PH (conv. 9)."),
     ("convention", "REL-PAR", "Child kicking mum is child-to-parent violence: REL-PAR, not DA (conv. 8); no police so no CRIME."),
     ("negated", "MH-ADULT", "Tearful and tired but 'denies low mood' - negated, tears alone not coded.")])
box(c, "C", "blue",
    "Alfie still gets worried at bedtime but settles with his 'daddy doll' and the countdown chain. Kerry is using the calm-down plan when he gets cross and says the kicking has stopped. No wet beds for 6 wks. Dad home 14/02.",
    ["MH-CHILD", "REL-PAR"],
    [("convention", "MH-CHILD", "Blue box, worry still there and being managed: present (conv. 3)."),
     ("convention", "REL-PAR", "Blue box, mum managing his behaviour with the plan: present (conv. 3). The kicking itself has stopped."),
     ("historical", "PH", "'No wet beds for 6 wks' - over (conv. 3).")])

# ---------------------------------------------------------------- Z002
c = case("Z002", "Netherby Down", "2025-06-23", "2025-12-05")
box(c, "A", "yellow",
    "Craig (ex-Royal Signals, discharged 2023) says money has been tight ever since he left - on UC, about £2,300 on credit cards and 2 months behind with council tax. Referred to Citizens Advice for debt advice. He has applied for 3 warehouse jobs. Leanne works nights at the care home.",
    ["FIN"],
    [("convention", "FIN", "Debt and arrears are FIN; Leanne's night work is not FIN (conv. 5).")])
box(c, "A", "orange",
    "Leanne reports Craig drinking most nights, 8-10 cans, worse since the anniversary of a mate's death on tour. He has nightmares and flashbacks, PTSD diagnosed by the veterans mental health team and he is on their waiting list for trauma therapy. The two of them are rowing a lot about his drinking; a neighbour called police 12/06 over shouting in the garden, NFA. No DA disclosed - L says he has never been violent and she is not afraid of him. Mason (13) has missed 6 Mondays this term.",
    ["SUB", "MH-ADULT", "REL-CONF", "EDU-ATT"],
    [("negated", "DA", "'No DA disclosed', never violent, not afraid - negated; rows are REL-CONF (conv. 8)."),
     ("not-coded", "CRIME", "Police call-out about adults shouting, NFA: no offence or ASB by a household member and not about a young person (conv. 7)."),
     ("convention", "MH-ADULT", "PTSD diagnosis and waiting list - present.")])
box(c, "C", "yellow",
    "Craig engaging with Chalkpath (drug & alcohol service), says he's cut down to weekends only. Started trauma therapy in Oct. Debt management plan set up through CAB, paying £60/m. Mason still missing odd Mondays, attendance 89%.",
    ["SUB", "MH-ADULT", "FIN", "EDU-ATT"],
    [("convention", "SUB", "Ongoing D&A service and still drinking at weekends - present (conv. 4)."),
     ("convention", "FIN", "Paying off debt through a DMP - present.")])

# ---------------------------------------------------------------- Z003
c = case("Z003", "Colebrook", "2025-10-06", "2026-01-16")
box(c, "A", "orange",
    "Family served notice to vacate their SFA - Dean left the Army 30/09 and they have to be out by 29/12. Council housing options say they aren't priority yet, registered on the housing register. Dean hasn't found work since leaving, resettlement course fell through, and there are no savings for a deposit on a private let. Gemma very worried they'll end up in a B&B.",
    ["HOUS", "FIN"],
    [("convention", "HOUS", "Notice to vacate service accommodation is a notice to leave the home - HOUS."),
     ("convention", "FIN", "Household workless since discharge plus no money for a deposit - FIN."),
     ("not-coded", "MH-ADULT", "'Very worried' about housing is not a mental health need as written.")])
box(c, "A", "yellow",
    "Jake (15), Y11 at Colebrook Vale, attendence dropped to 78% since Sept. Says he won't bother with college if they have to move away again (it would be his 4th school). FLO has linked him with the careers adviser.",
    ["EDU-ATT"],
    [("hypothetical", "EDU-NEET", "Jake is 15 and the college remark is conditional - not EDU-NEET (16+).")])
box(c, "C", "orange",
    "Moved into council temporary accommodation, a 2-bed flat on the Brookside estate, on 19/12 - 5 of them in 2 bedrooms. Still on the housing register waiting for an offer.",
    ["HOUS"],
    [("convention", "HOUS", "Temporary accommodation and overcrowding - HOUS.")])

# ---------------------------------------------------------------- Z004
c = case("Z004", "Hathercombe", "2025-07-04", "2025-12-12")
box(c, "A", "red",
    "Strategy meeting 03/07 after Ruby (6) told her teacher 'Daddy Rob squeezed mummy's neck'. S47 initiated, joint visit SW + police. Rob (stepdad, serving, Royal Artillery) arrested and bailed not to contact Natalie, unit informed via the RMP. Natalie disclosed that he checks her phone, keeps her bank card and stops her seeing her sister.",
    ["DA"],
    [("convention", "CRIME", "Arrest and bail for offences against the partner are DA only (conv. 7)."),
     ("convention", "FIN", "Control of the bank card is coercive control (DA); no money problem as such stated here.")])
box(c, "A", "orange",
    "Kai (11) hitting other pupils, suspended 2 days in June for throwing a chair in class. GP has referred to CAMHS re low mood, he told the FLO he 'wishes he wasn't here'. Natalie's own mental health ok, her sister is a good support.",
    ["EDU-EXC", "MH-CHILD"],
    [("negated", "MH-ADULT", "'Natalie's own mental health ok' - negated.")])
box(c, "A", "yellow",
    "Natalie has had no money of her own since Rob's wages stopped going into the joint account - used the food bank twice. EHW helping with a UC claim and has made a Freedom Programme referral.",
    ["FIN", "DA"],
    [("convention", "FIN", "Food bank and no income - FIN (conv. 10)."),
     ("convention", "DA", "Freedom Programme referral codes DA (conv. 4).")])
box(c, "C", "orange",
    "Non-mol granted in Oct, Rob has since been posted to a unit up north. Natalie on week 8 of 12 of the Freedom Programme. Kai seen by CAMHS x3, some improvement in mood.",
    ["DA", "MH-CHILD"],
    [("convention", "DA", "Non-molestation order in force and Freedom Programme ongoing - present (conv. 4)."),
     ("convention", "MH-CHILD", "Still open to CAMHS - present (conv. 4).")])

# ---------------------------------------------------------------- Z005
c = case("Z005", "Larkhurst", "2025-05-12", "2025-11-07")
box(c, "A", "yellow",
    "Chloe (13) doing most of the before-school care for Noah (4) when both parents are on earlies - gets him up, dressed, gives him breakfast and walks him to school, then she's late for her own registration 2-3 times a week. Referred to Downs Young Carers.",
    ["CARER", "EDU-ATT"],
    [("convention", "CARER", "A child with caring responsibilities for a sibling - CARER.")])
box(c, "A", "green",
    "Noah (4) has an EHCP (ASD), in Reception at Larkhurst Garrison Primary with 1:1. SENCO reviewing provision. Still in pull-ups during the day.",
    ["EDU-SEND", "EYD"],
    [("convention", "EYD", "Toileting in an under-5 is EYD (conv. 9), alongside EDU-SEND for the EHCP.")])
box(c, "C", "blue",
    "Chloe still goes to the young carers group fortnightly and really enjoys it. Parents have swapped shifts so one of them is always home for the school run now.",
    ["CARER"],
    [("convention", "CARER", "Ongoing young carers group - present (conv. 3/4)."),
     ("not-coded", "FIN", "Shift working is not FIN (conv. 5).")])

# ---------------------------------------------------------------- Z006
c = case("Z006", "Netherby Down", "2025-09-17", "2025-12-10")
box(c, "A", "yellow",
    "Family arrived on posting 18/08. Tyler (9) and Amelia (6) still have no school place 4 wks into term - in-year admissions offered a school 7 miles away, no car in the day as Dad takes it to camp. FLO chasing a place at St Wenna's. Sophie doing worksheets at home with them in the meantime.",
    ["EDU-ATT"],
    [("convention", "EDU-ATT", "Children of school age without a school place (missing education) coded as attendance - judgement, see README.")])
box(c, "A", "green",
    "Amelia (6) had SALT at the last posting for her speech sounds (r and s), records not transferred yet. SENCO aware and has requested them.",
    ["EDU-SEND"],
    [("convention", "EDU-SEND", "Speech and language for a school-age child is EDU-SEND (conv. 9); the need is current though the SALT was at the last posting.")])
box(c, "C", "green",
    "Both children on roll at St Wenna's since 29/09, attendance 98%. Amelia on the local SALT waiting list and the SENCO has put her on SEN support.",
    ["EDU-SEND"],
    [("historical", "EDU-ATT", "Now on roll with 98% - the missing-education issue is over.")])

# ---------------------------------------------------------------- Z007
c = case("Z007", "Colebrook", "2025-09-08", "2026-01-23")
box(c, "A", "orange",
    "Connor (16) left Colebrook Vale in July and didn't take up his college place, not working. Smoking cannabis daily in his room, Gary found a bag of weed in his jacket. Arrested 02/09 for criminal damage at the skate park - YOS now involved, referral order likely.",
    ["EDU-NEET", "SUB", "CRIME"],
    [("convention", "EDU-NEET", "16+ NEET is EDU-NEET only, no FIN (conv. 11)."),
     ("convention", "SUB", "Young person's cannabis use is SUB (no exploitation described).")])
box(c, "A", "yellow",
    "Gary (dad, ex-Para) says he 'likes a drink' at weekends but denies it's a problem, and there's nothing from school or anyone else to suggest otherwise. Works full time at the quarry. He finds Connor really hard to manage - they row daily and Connor put his fist through his bedroom door when told to turn his music down.",
    ["REL-PAR"],
    [("negated", "SUB", "Dad denies a problem and nothing suggests one - negated."),
     ("convention", "REL-PAR", "Parent-child rows and behaviour at home - REL-PAR (conv. 8).")])
box(c, "C", "orange",
    "Connor has done 2 of 6 referral order sessions with YOS, missed one. Still NEET, has an appt with the Next Step youth employment team 04/02.",
    ["CRIME", "EDU-NEET"],
    [])

# ---------------------------------------------------------------- Z008
c = case("Z008", "Larkhurst", "2025-06-18", "2025-11-26")
box(c, "A", "yellow",
    "Mum (Cpl, REME) deployed for 6 months from June. Dad Ryan is at home with the 3 children and has given up his job to do so - says money is fine on Mum's pay. He told EHW he feels flat and 'can't see the point some days'. GP has started him on sertraline.",
    ["MH-ADULT"],
    [("negated", "FIN", "Dad left his job but 'money is fine' - no money problem; household not workless."),
     ("not-coded", "", "A serving mother deployed is not a code.")])
box(c, "A", "orange",
    "Finley (10) told FLO he checks the news every night 'in case Mum's base gets bombed'. Has stopped eating his lunch at school and picks the skin round his nails til they bleed. CAMHS referral submitted 16/06.",
    ["MH-CHILD"],
    [("not-coded", "SAFE-NEG", "Not eating his lunch is anxiety, not an absence of food - not SAFE-NEG.")])
box(c, "C", "yellow",
    "Ryan continuing on sertraline, says the bad days are fewer. Finley still seeing the school MHST practitioner fortnightly for his worries. Mum due home 12/12.",
    ["MH-ADULT", "MH-CHILD"],
    [])

# ---------------------------------------------------------------- Z009
c = case("Z009", "Netherby Down", "2025-08-11", "2026-03-06")
box(c, "A", "orange",
    "Jason left the Army in March and they moved from SFA into a private rental in Netherby. He has since lost his job at the distribution centre, now on UC. Rent arrears £1,650 and the landlord has served a s21, expires 30/11. Jason has admitted to gambling online, about £7k owed on loans and cards.",
    ["HOUS", "FIN"],
    [("convention", "FIN", "Gambling debts are FIN, not SUB (conv. 10).")])
box(c, "A", "yellow",
    "Kirsty and Jason arguing most nights about money, Kirsty has told him to leave if he doesn't stop gambling. No violence, she says she feels safe with him. Leo (8) tearful and withdrawn in class, told his teacher mum and dad 'shout at night'.",
    ["REL-CONF", "MH-CHILD"],
    [("negated", "DA", "'No violence', feels safe - negated; arguments are REL-CONF (conv. 8).")])
box(c, "C", "orange",
    "Possession hearing adjourned after a DHP cleared £900 of the arrears. £750 still owing and the landlord is continuing with the claim if it isn't paid by the end of April. Jason self-excluded from the gambling sites and goes to a gamblers support group weekly.",
    ["HOUS", "FIN"],
    [("convention", "HOUS", "Possession claim still live - present, not hypothetical."),
     ("convention", "FIN", "Remaining arrears and gambling support - FIN; 'self-excluded' is not school exclusion."),
     ("not-coded", "SUB", "Gambling is not SUB (conv. 10).")])

# ---------------------------------------------------------------- Z010
c = case("Z010", "Colebrook", "2025-06-02", "2026-02-13")
box(c, "A", "orange",
    "Danielle (ex-Army medic, left 2021) has PTSD, under the veterans' mental health team, 2 hospital admissions after overdoses, last one May. Riley (11) is often the one who rings 999 and looks after Skye (6) when Mum is unwell. Police did a welfare check 14/05 after D sent a goodbye text to her sister.",
    ["MH-ADULT", "CARER"],
    [("convention", "CRIME", "Police welfare check is safeguarding, not CRIME (conv. 7)."),
     ("convention", "CARER", "Riley caring for his sister and mum - CARER.")])
box(c, "A", "yellow",
    "Riley on the ADHD pathway, assessment due Jan. He's had 14 behaviour points and 1 internal isolation at Colebrook Vale this half term. FLO meeting with SENCO next wk.",
    ["EDU-SEND", "EDU-EXC"],
    [("convention", "EDU-SEND", "On the ADHD pathway codes EDU-SEND (conv. 4).")])
box(c, "C", "orange",
    "Danielle remains under the veterans mental health team, no further admissions since May and she has a crisis plan. Riley now linked in with Downs Young Carers. Riley's ADHD diagnosed 22/01, meds started.",
    ["MH-ADULT", "CARER", "EDU-SEND"],
    [("historical", "", "Admissions over, but the ongoing MH team keeps MH-ADULT present."),
     ("convention", "EDU-SEND", "ADHD diagnosis under EDU-SEND; ADHD medication not read as PH.")])

# ---------------------------------------------------------------- Z011
c = case("Z011", "Hathercombe", "2025-08-27", "2026-01-21")
box(c, "A", "yellow",
    "SFA has black mould in both bedrooms and the bathroom, reported to the maintenance contractor 4 times since March with no visit. Ivy (7m) has had 3 chest infections since spring, GP aware. Dad away on exercise til end of Sept.",
    ["HOUS", "PH"],
    [])
box(c, "A", "green",
    "Jacob (3) - HV 2.5yr review showed delayed speech, around 15 words, referred to SALT and on the waiting list. Not taking up his funded nursery hours as Aimee 'can't face the walk with the pram'. Aimee says her mood is good, no signs of PND.",
    ["EYD"],
    [("negated", "MH-ADULT", "'No signs of PND' - negated.")])
box(c, "C", "green",
    "Mould treated and bedrooms redecorated in Nov. Aimee knows to report it through the app and the UWO if it comes back. Jacob now at nursery 3 mornings, SALT group starts Feb.",
    ["EYD"],
    [("historical", "HOUS", "Mould treated in Nov - over."),
     ("hypothetical", "HOUS", "'if it comes back' - hypothetical."),
     ("convention", "EYD", "Speech delay awaiting SALT group still current; nursery take-up now managed (green)." )])

# ---------------------------------------------------------------- Z012
c = case("Z012", "Larkhurst", "2025-07-14", "2026-02-02")
box(c, "A", "orange",
    "Shannon seperated from Wayne (ex-Rifles) in April. He is still sending up to 40 msgs a day and has turned up at Ellie's school gate twice. MARAC 11/07, IDVA allocated. Shannon says Wayne is drinking heavily but he doesn't live with them.",
    ["DA"],
    [("outside", "SUB", "Ex-partner's drinking - outside the household, not coded (conv. 6).")])
box(c, "A", "yellow",
    "Ellie (14) cutting her arms, disclosed to FLO, school nurse has seen her. Missing period 1 most days, attendance 84%. Shannon and Ellie argue constantly about her phone and curfew.",
    ["MH-CHILD", "EDU-ATT", "REL-PAR"],
    [])
box(c, "C", "orange",
    "Non-mol order in place until Sept 2026. One breach in Jan reported to police, Wayne arrested and charged. Ellie now open to CAMHS, first appt done.",
    ["DA", "MH-CHILD"],
    [("convention", "CRIME", "Ex-partner's breach and arrest are DA only (conv. 7).")])

# ---------------------------------------------------------------- Z013
c = case("Z013", "Netherby Down", "2025-11-10", "2026-03-27")
box(c, "A", "orange",
    "Ethan (13) has had 3 suspensions since Sept (fighting, swearing at staff) and Netherby Down Academy is proposing a managed move to Colebrook Vale. Police spoke to him on 02/11 after he and friends were throwing stones at cars on the estate.",
    ["EDU-EXC", "CRIME"],
    [("convention", "CRIME", "Police call-out about a young person's ASB - CRIME (conv. 7).")])
box(c, "A", "yellow",
    "Jodie says Ethan's behaviour gets worse whenever Dad goes away - he's been away 7 of the last 12 months (exercise then ops). At home he won't come in at night, swore at Jodie and pushed her into the door frame on 28/10.",
    ["REL-PAR"],
    [("convention", "DA", "Son pushing mum is child-to-parent violence - REL-PAR, not DA; no police so no CRIME (conv. 8).")])
box(c, "C", "blue",
    "Jodie is using the family agreement and texts Dad for back-up when Ethan pushes it. He's home by 9 most nights now.",
    ["REL-PAR"],
    [("convention", "REL-PAR", "Blue box, mum managing his boundaries - present (conv. 3)."),
     ("not-coded", "CRIME", "Ethan's earlier police contact is not mentioned here; nothing carried over from other boxes (conv. 1).")])

# ---------------------------------------------------------------- Z014
c = case("Z014", "Colebrook", "2025-10-20", "2026-03-13")
box(c, "A", "orange",
    "Anon referral that the children are home alone overnight while Kayleigh works nights (10pm-6am) at the poultry plant. Brandon (12) left in charge of Lacey (8) and Ava (4). On the home visit hardly any food in the cupboards, fridge empty apart from milk, uniforms unwashed. Kayleigh says she can't afford childcare and has no one to ask.",
    ["SAFE-NEG", "CARER", "FIN"],
    [("convention", "SAFE-NEG", "Supervision and empty fridge - SAFE-NEG (conv. 10)."),
     ("convention", "FIN", "Coded for 'can't afford childcare', not for the night shifts (conv. 5)."),
     ("convention", "CARER", "Brandon left in charge of two younger siblings overnight - CARER.")])
box(c, "A", "yellow",
    "Lacey (8) attendance 81%, often late as Brandon drops her off. Ava (4) due to start Reception in Sept and isn't at any nursery.",
    ["EDU-ATT", "EYD"],
    [("convention", "EYD", "Nursery take-up for an under-5 - EYD (conv. 9).")])
box(c, "C", "yellow",
    "Kayleigh moved onto day shifts in Feb, children no longer left on their own. Family using the Colebrook community pantry every week. Ava started nursery in Feb and has settled.",
    ["FIN"],
    [("historical", "SAFE-NEG", "'no longer left on their own' - over."),
     ("historical", "EYD", "Ava started nursery - need met."),
     ("convention", "FIN", "Community pantry read as food-bank-type help - FIN (conv. 10).")])

# ---------------------------------------------------------------- Z015
c = case("Z015", "Hathercombe", "2025-09-22", "2026-03-30")
box(c, "A", "yellow",
    "Dad (single parent, S/Sgt) deployed for 6 months from Sept. Under the family care plan Nan (Pauline, 71) is kinship carer for Oscar (12) and Grace (9) in her 2-bed bungalow - Oscar sleeping on the sofa. Pauline has COPD and is finding the school run hard going.",
    ["HOUS", "PH"],
    [("convention", "CARER", "'kinship carer' is an adult - not CARER (conv. 12)."),
     ("convention", "HOUS", "Child sleeping on the sofa - overcrowding, HOUS."),
     ("convention", "PH", "Nan is now the household the children live in, so her COPD is the family's PH.")])
box(c, "A", "green",
    "Grace (9) has asthma, inhaler kept in the school office, school nurse updated her care plan. She asks a lot about when Dad's coming home but teacher has no other concerns.",
    ["PH"],
    [("not-coded", "MH-CHILD", "Asking about Dad's return, 'no other concerns' - no emotional wellbeing need described.")])
box(c, "C", "green",
    "Dad back 20/03, children home in SFA with him. Grace's asthma well controlled, she uses her brown inhaler every morning without being reminded.",
    ["PH"],
    [("historical", "HOUS", "Back in their own home - overcrowding over."),
     ("convention", "PH", "Green box, asthma being managed - present (conv. 3).")])

# ---------------------------------------------------------------- Z016
c = case("Z016", "Larkhurst", "2025-09-16", "2026-02-10")
box(c, "A", "red",
    "ICPC 16/09, all 3 children on CP plans (neglect and emotional harm). Scott (ex-RE, left 2020) drinking heavily, Becky says a litre of vodka a day. Police called 3x since July for DV - Becky had a split lip on 02/09. Home conditions poor, dog mess on the floors, Freddie (1) found in a soiled cot.",
    ["DA", "SUB", "SAFE-NEG"],
    [("convention", "CRIME", "Police call-outs for DV are DA only (conv. 7).")])
box(c, "A", "orange",
    "Becky referred to MARAC, IDVA working with her. Scott has been referred to the veterans alcohol pathway but hasn't engaged. Has a PTSD diagnosis from his service and won't take his meds. Harper (5) is underweight (below 2nd centile) on school nurse growth check, GP review booked.",
    ["DA", "SUB", "MH-ADULT", "PH"],
    [])
box(c, "C", "red",
    "Children remain on CP plans, review conference due 24/02. Scott moved out in Dec and is staying at his brother's - bail conditions stop him contacting Becky. His brother says he's still drinking. Home conditions better but SW still finds no food in on some of the unannounced visits.",
    ["DA", "SAFE-NEG"],
    [("outside", "SUB", "Scott no longer in the household - his drinking is not coded (conv. 6)."),
     ("convention", "DA", "Bail conditions protecting Becky - DA still present as its effect on the family."),
     ("convention", "SAFE-NEG", "No food in the home - SAFE-NEG (conv. 10).")])

# ---------------------------------------------------------------- Z017
c = case("Z017", "Colebrook", "2025-10-13", "2026-02-06")
box(c, "A", "orange",
    "Rosie (10) has an EHCP from her previous LA naming a specialist resource base - no place available locally, so she's been on a part-time timetable (mornings only) at Colebrook Primary since the move in Sept. Two meltdowns this week, banging her head on the wall. CAMHS neurodevelopmental team involved.",
    ["EDU-SEND", "EDU-ATT", "MH-CHILD"],
    [("convention", "EDU-ATT", "Part-time timetable - EDU-ATT."),
     ("convention", "MH-CHILD", "CAMHS involvement codes MH-CHILD (service implies need).")])
box(c, "A", "yellow",
    "Owen (14) has moved school 5 times. Says he has no friends at Colebrook Vale and gets called 'squaddie kid' and worse on the bus every day. Hayley is exhausted, 'running on empty', but wants practical help not counselling.",
    ["SAFE-EXP"],
    [("convention", "SAFE-EXP", "Name-calling by peers is bullying - SAFE-EXP for Owen."),
     ("not-coded", "MH-ADULT", "Exhaustion without a mental health need described - not coded.")])
box(c, "C", "yellow",
    "Rosie started full time at the Kingsmead resource base 06/01, transport in place. Owen says the name calling on the bus stopped after FLO spoke to the bus company, and he's joined the cadets.",
    ["EDU-SEND"],
    [("convention", "EDU-SEND", "Specialist resource base placement is current SEND provision."),
     ("historical", "SAFE-EXP", "Bullying 'stopped' - over."),
     ("historical", "EDU-ATT", "Now full time - part-time timetable over.")])

# ---------------------------------------------------------------- Z018
c = case("Z018", "Netherby Down", "2025-10-22", "2026-03-18")
box(c, "A", "red",
    "Strategy meeting 21/10 after Freya (14) was found sending images to an adult male she met online who said he was 17. Police investigating, s47 completed, CIN plan agreed. Freya went missing overnight 18/10, found by police in a town 30 miles away.",
    ["SAFE-EXP"],
    [("convention", "CRIME", "The offending is by an adult outside the household; police finding a missing child is not CRIME (conv. 7).")])
box(c, "A", "orange",
    "Freya referred to CAMHS for low mood, has told FLO she 'hates herself'. Claire is struggling to set any limits on her phone - Freya screams at her and locks herself in the bathroom. Dad on ops until Feb and can only call once a week.",
    ["MH-CHILD", "REL-PAR"],
    [])
box(c, "C", "blue",
    "Claire has parental controls on the router and Freya's phone, and they have a 'phones downstairs at 10' rule that Freya mostly sticks to. No missing episodes since October.",
    ["SAFE-EXP", "REL-PAR"],
    [("convention", "SAFE-EXP", "Blue box: online safety now being managed - present (conv. 3)."),
     ("convention", "REL-PAR", "Blue box: boundary now being kept - present (conv. 3)."),
     ("historical", "SAFE-EXP", "Missing episodes over - but SAFE-EXP is already present for online safety.")])

# ---------------------------------------------------------------- Z019
c = case("Z019", "Hathercombe", "2025-05-19", "2025-10-17")
box(c, "A", "yellow",
    "Jess (23) scored high on the EPDS at the 6-8 wk HV check, GP diagnosed PND and started meds. First posting, no family nearby, Dad away on a 6 wk exercise. HV doing listening visits, EHW referral for extra support.",
    ["MH-ADULT"],
    [])
box(c, "A", "green",
    "Bobby (4) in the nursery class at Hathercombe Infants. Staff have raised that he isn't toilet trained and has very little speech, nursery teacher to do a WellComm screen.",
    ["EYD"],
    [("convention", "EYD", "Under-5 speech and toileting - EYD (conv. 9), not EDU-SEND.")])
box(c, "C", "blue",
    "Jess still on sertraline, says she feels 'like myself again' and goes to the baby group on the patch every week. No worries about money.",
    ["MH-ADULT"],
    [("convention", "MH-ADULT", "Blue box, still on medication and managing - present (conv. 3/4)."),
     ("negated", "FIN", "'No worries about money' - negated.")])

# ---------------------------------------------------------------- Z020
c = case("Z020", "Larkhurst", "2025-10-06", "2026-03-04")
box(c, "A", "yellow",
    "Mark (ex-infantry, medically discharged 2022 after an IED injury) is a below-knee amputee with chronic pain, gets PIP and UC. Kieran (15) helps him shower and does most of the cooking. Referred to Downs Young Carers 03/10. Kieran's attendance 94%, misses some mornings when Dad's had a bad night.",
    ["PH", "CARER", "EDU-ATT"],
    [("convention", "FIN", "PIP and UC named with no money problem - not FIN (conv. 5)."),
     ("convention", "PH", "Amputation and chronic pain - PH for Mark, not implied by PIP.")])
box(c, "A", "orange",
    "Prepayment meter - family self-disconnecting most weeks, house cold, Lexi (12) says they go to bed in their coats. Using Larkhurst food bank. Mark's PIP stopped at review in Aug, mandatory reconsideration lodged.",
    ["FIN"],
    [("convention", "FIN", "Fuel poverty, food bank and a benefit stopped - FIN (conv. 10)."),
     ("not-coded", "SAFE-NEG", "Cold house caused by fuel poverty read as FIN; no hunger, hygiene or supervision concern described.")])
box(c, "C", "yellow",
    "PIP reinstated at tribunal in Feb with a backdated award, meter now topped up weekly. Kieran still goes to Young Carers and has a young carers card for school. Mark has a pain clinic appt 19/03.",
    ["CARER", "PH"],
    [("historical", "FIN", "Benefit problem resolved - no current money problem stated.")])

# ---------------------------------------------------------------- Z021
c = case("Z021", "Colebrook", "2025-07-07", "2025-12-01")
box(c, "A", "yellow",
    "Laura and Tom split up in June, Tom moved into the single soldiers' block on camp. They disagree about contact - Tom wants every weekend he isn't on duty, Laura says he cancels last minute. Handovers at the retail park car park get heated. Referred to family mediation.",
    ["REL-CONF"],
    [("convention", "REL-CONF", "Separation and contact dispute - REL-CONF even though Tom now lives elsewhere (relationship breakdown is the family's need).")])
box(c, "A", "green",
    "Matilda (8) told her teacher she worries she'll have to choose between Mum and Dad. Reuben (5) wetting the bed again since the split.",
    ["MH-CHILD", "PH"],
    [("convention", "PH", "Bedwetting at school age - PH (conv. 9).")])
box(c, "C", "blue",
    "Mediation finished (3 sessions), contact schedule agreed in writing and handovers now happen at school. Both parents say it's working. Reuben dry most nights using a bed alarm from the school nurse.",
    ["REL-CONF", "PH"],
    [("convention", "REL-CONF", "Blue box, separated parents now managing contact - present (conv. 3)."),
     ("convention", "PH", "Blue box, still using an enuresis alarm and dry 'most' nights - present (conv. 3).")])

# ---------------------------------------------------------------- Z022
c = case("Z022", "Hathercombe", "2025-11-03", "2026-04-17")
box(c, "A", "orange",
    "Neighbour on the patch rang the UWO after finding Lottie (2) wandering outside the SFA in just a nappy at 7am. Chantelle asleep and smelt of alcohol per the neighbour. Police attended for a welfare check. Chantelle admits to 'a bottle of wine most nights' since Dad deployed. Referred to Chalkpath.",
    ["SAFE-NEG", "SUB"],
    [("convention", "CRIME", "Police welfare attendance - not CRIME (conv. 7)."),
     ("outside", "", "The neighbour is the referrer only.")])
box(c, "A", "yellow",
    "Jayce (6) late 22 times this term, often comes in without breakfast - FLO gets him toast at breakfast club. Lottie has missed her 1 yr jabs and her 2 yr review, HV rebooking both.",
    ["EDU-ATT", "SAFE-NEG", "PH", "EYD"],
    [("convention", "SAFE-NEG", "A hungry child - SAFE-NEG (conv. 10)."),
     ("convention", "PH", "Missed immunisations - PH."),
     ("convention", "EYD", "Missed 2-year development review for an under-5 - EYD.")])
box(c, "C", "yellow",
    "Chantelle attending Chalkpath fortnightly, says she's down to 2 glasses at weekends. Jayce on time every day since Christmas. Lottie's jabs caught up in Jan and 2yr review done, no concerns.",
    ["SUB"],
    [("historical", "EDU-ATT", "'on time every day since Christmas' - over."),
     ("historical", "PH", "Jabs caught up - over."),
     ("negated", "EYD", "2yr review done, 'no concerns'.")])

# ---------------------------------------------------------------- Z023
c = case("Z023", "Larkhurst", "2025-11-17", "2026-04-24")
box(c, "A", "yellow",
    "Callum (17) had his Army application turned down on medical grounds (asthma) in July, dropped out of college in Oct and hasn't worked since. Games most of the day, sleeps til 2pm. Nicola says he's flat and 'not himself', GP appt booked re low mood.",
    ["EDU-NEET", "MH-CHILD", "PH"],
    [("convention", "EDU-NEET", "16+ NEET - EDU-NEET only, no FIN (conv. 11)."),
     ("convention", "MH-CHILD", "Young person's low mood - MH-CHILD (not MH-ADULT; he is the child in the family)."),
     ("convention", "PH", "Asthma is a current illness of a family member - PH; judgement, see README.")])
box(c, "C", "yellow",
    "Callum started a Level 2 construction course at Downland Studio College in Jan. Still seeing GP about his mood, on the waiting list for talking therapy.",
    ["MH-CHILD"],
    [("historical", "EDU-NEET", "Now in college - NEET over.")])

# ---------------------------------------------------------------- Z024
c = case("Z024", "Netherby Down", "2025-08-04", "2026-03-02")
box(c, "A", "orange",
    "Marie fled to a refuge in Netherby with Phoebe (10) and Dylan (4) after her husband Andy (ex-forces) threatened her with a knife. Andy arrested and released on bail. Phoebe out of school at present - refuge address is confidential and a new school place is being sought.",
    ["DA", "HOUS", "EDU-ATT"],
    [("convention", "CRIME", "Husband's arrest for the threat to Marie - DA only (conv. 7)."),
     ("convention", "HOUS", "Living in a refuge after fleeing - homelessness/temporary accommodation, HOUS."),
     ("convention", "EDU-ATT", "Out of school awaiting a place - EDU-ATT (same judgement as Z006).")])
box(c, "A", "yellow",
    "Dylan (4) very clingy, screams if Marie leaves the room, wetting himself in the day again. Phoebe says she can't stop thinking about what happened and gets upset at any raised voice.",
    ["EYD", "MH-CHILD"],
    [("convention", "EYD", "Under-5 daytime wetting - EYD (conv. 9).")])
box(c, "C", "orange",
    "Family moved from the refuge into a housing association flat in Feb. Andy charged, trial set for May, restraining order expected. Marie attending the Freedom Programme. Phoebe at St Aldric's since Nov, 96%.",
    ["DA"],
    [("historical", "HOUS", "Moved into a settled HA tenancy - over."),
     ("historical", "EDU-ATT", "On roll with 96% - over.")])

# ---------------------------------------------------------------- Z025
c = case("Z025", "Colebrook", "2025-10-08", "2026-02-25")
box(c, "A", "green",
    "Anisha (7) has a moderate hearing loss, wears 2 hearing aids, Teacher of the Deaf visits termly and she's on SEN support. Missed her audiology appt in Oct as Sunita couldn't get there without Bikash.",
    ["EDU-SEND", "PH"],
    [("convention", "PH", "Hearing loss and a missed medical appointment - PH, alongside EDU-SEND.")])
box(c, "A", "yellow",
    "Sunita has limited English and is isolated on the patch when Bikash is away. Says she feels lonely but her mood is ok. Family may be posted overseas next year - if so school would want an EHCP request in for Anisha before they go. EHW linking Sunita to the ESOL class at the families centre.",
    [],
    [("negated", "MH-ADULT", "Lonely but 'mood is ok' - negated; isolation is not a code."),
     ("hypothetical", "EDU-SEND", "EHCP request only 'if' the overseas posting happens - hypothetical; this box describes no current SEN need."),
     ("not-coded", "", "ESOL / language need is not in the taxonomy.")])
box(c, "C", "green",
    "Anisha's audiology review done 14/01, new aids fitted. Still on SEN support at school with ToD visits.",
    ["PH", "EDU-SEND"],
    [("convention", "PH", "Ongoing hearing loss with new aids - present (conv. 3).")])

# ---------------------------------------------------------------- Z026
c = case("Z026", "Hathercombe", "2025-09-29", "2026-03-23")
box(c, "A", "orange",
    "Liam (ex-RLC) released from prison in Aug on licence after a GBH conviction (fight outside a pub in 2024), now living back with Toni and the children. Probation involved. He has PTSD and is on the waiting list for the veterans' trauma service. Toni says he's short-fused with Jordan, they've had a couple of stand-up rows.",
    ["CRIME", "MH-ADULT", "REL-PAR"],
    [("convention", "CRIME", "Adult household member on licence - CRIME (conv. 7)."),
     ("convention", "REL-PAR", "Parent-child rows - REL-PAR (conv. 8)."),
     ("not-coded", "DA", "Offence was against a stranger; no abuse of Toni described.")])
box(c, "A", "yellow",
    "Jordan (14) on a reduced timetable at Hathercombe Academy (10am-1pm) after 2 fixed term suspensions for fighting. School think possible ADHD and the SENCO has started a referral.",
    ["EDU-ATT", "EDU-EXC", "EDU-SEND"],
    [("convention", "EDU-ATT", "Reduced timetable - EDU-ATT."),
     ("convention", "EDU-SEND", "SENCO referral for ADHD assessment - EDU-SEND.")])
box(c, "C", "yellow",
    "Jordan back on a full timetable since Feb half term, 1 internal isolation since. ADHD assessment appt 04/05. Liam's licence ends in April, he's seeing probation weekly, no further offences, and started trauma therapy in Jan.",
    ["EDU-EXC", "EDU-SEND", "CRIME", "MH-ADULT"],
    [("historical", "EDU-ATT", "Back on full timetable - over."),
     ("convention", "CRIME", "Still on licence - present though no further offences."),
     ("convention", "EDU-EXC", "An internal isolation since the return - behaviour at school still present.")])

# ---------------------------------------------------------------- Z027
c = case("Z027", "Larkhurst", "2025-10-27", "2026-03-09")
box(c, "A", "green",
    "Rachel has anxiety (diagnosed 2019), manages it with sertraline and 6-monthly GP reviews, but says it has been 'bubbling up' again since Dad deployed in Oct.",
    ["MH-ADULT"],
    [("convention", "MH-ADULT", "Diagnosed 2019 but current and on medication - not historical.")])
box(c, "A", "yellow",
    "Hugo (8) has started refusing to go to Beavers and swimming. Teacher says he's withdrawn and has been drawing pictures of soldiers getting hurt. FLO starting a 6 week ELSA worry group with him.",
    ["MH-CHILD"],
    [("not-coded", "EDU-ATT", "Refusing out-of-school clubs is not school refusal.")])
box(c, "C", "blue",
    "Hugo back at swimming and Beavers and chatting about Dad's homecoming. Rachel says she's keeping on top of her anxiety with her meds and a walking group.",
    ["MH-ADULT"],
    [("convention", "MH-ADULT", "Blue box, anxiety managed with meds - present (conv. 3)."),
     ("not-coded", "MH-CHILD", "Only good news about Hugo - no need stated in this box.")])

# ---------------------------------------------------------------- Z028
c = case("Z028", "Netherby Down", "2025-10-09", "2026-04-08")
box(c, "A", "red",
    "Abbie (19) disclosed that Kyle (20, serving Pte) pushed her over while she was holding Bella (5m) and that she is scared of him. ICPC 08/10, Bella subject to a CP plan under emotional harm. Kyle's chain of command informed, he has moved into the block on camp and is not to return to the SFA.",
    ["DA"],
    [])
box(c, "A", "orange",
    "Abbie can't stay in the SFA as she isn't married to Kyle - housing officer has given notice, she must leave within 28 days. Council housing options assessment done, TA likely. No income of her own, UC claim made 06/10 but first payment not due til Nov, given food bank vouchers.",
    ["HOUS", "FIN"],
    [("convention", "FIN", "Food bank vouchers and no income - FIN (conv. 10).")])
box(c, "A", "green",
    "HV: Bella (5m) gaining weight well, jabs up to date. Abbie's mood low, HV did an EPDS (15) and GP appt booked.",
    ["MH-ADULT"],
    [("not-coded", "PH", "Bella's weight and immunisations are good news with no need stated.")])
box(c, "C", "orange",
    "Bella's CP plan ended in Feb. Abbie and Bella in a housing association flat since Dec. Kyle hasn't had any contact; Abbie goes to a DA recovery group weekly. Still paying back a £300 budgeting advance from UC.",
    ["DA", "FIN"],
    [("historical", "HOUS", "Settled in HA flat - over."),
     ("convention", "DA", "Ongoing DA recovery group - present (conv. 4)."),
     ("convention", "FIN", "Repaying an advance - a current debt.")])

# ---------------------------------------------------------------- Z029
c = case("Z029", "Colebrook", "2025-06-09", "2025-11-21")
box(c, "A", "yellow",
    "Helen has MS and uses a wheelchair outdoors. When Pete's on nights Amber (11) helps her get dressed and to the toilet in the mornings. Amber late most Mon and Tues. Referred to Downs Young Carers.",
    ["PH", "CARER", "EDU-ATT"],
    [])
box(c, "A", "green",
    "Josh (15) - nothing to add, doing well in Y10. Pete does 12hr shifts as a prison officer, no money worries.",
    [],
    [("not-coded", "FIN", "Shift work and 'no money worries' - not FIN (conv. 5)."),
     ("not-coded", "CRIME", "Dad's job as a prison officer is not offending.")])
box(c, "C", "blue",
    "Amber goes to the young carers club and has a carers pass at school. Helen now has a morning care package 4 days a week.",
    ["CARER", "PH"],
    [("convention", "CARER", "Blue box, young carer with ongoing support - present (conv. 3/4)."),
     ("convention", "PH", "Blue box, MS managed with a care package - present (conv. 3).")])

# ---------------------------------------------------------------- Z030
c = case("Z030", "Hathercombe", "2025-10-15", "2026-02-27")
box(c, "A", "yellow",
    "Kayla (16) finished Y11 in July and hasn't started anything - missed college enrolment because of the move from the last posting. On the waiting list for an apprenticeship. Neil left the Army in Sept and starts a job with the council in Nov.",
    ["EDU-NEET"],
    [("convention", "EDU-NEET", "16+ not in education or training - EDU-NEET only (conv. 11)."),
     ("not-coded", "FIN", "Dad between leaving the Army and a job already lined up; no money problem described.")])
box(c, "A", "green",
    "Neil had problems with alcohol 2018-2020, completed treatment and has been sober since - Sarah confirms no concerns now. Ben (12) has eczema flare ups, GP has prescribed a new cream. Ben also says older boys at the bus stop take his dinner money.",
    ["PH", "SAFE-EXP"],
    [("historical", "SUB", "Alcohol problem ended in 2020 - historical."),
     ("convention", "SAFE-EXP", "Older boys taking his money - bullying of Ben, SAFE-EXP."),
     ("outside", "CRIME", "The taking of money is by boys outside the household - not CRIME (conv. 6/7).")])
box(c, "C", "blue",
    "N/A - Kayla started a hairdressing apprenticeship in Jan and loves it.",
    [],
    [("historical", "EDU-NEET", "Now in an apprenticeship - over; box effectively N/A.")])

# ---------------------------------------------------------------- unboxed notes
# Z031: FLO/EHW case notes (unboxed). Level = highest cue (conv. 2).
c = case("Z031", "Hathercombe", "2025-10-14", "2026-03-20")
note(c, "A", "orange",
     "EHW home visit 14/10. Donna says Lily-Mae (12) has refused school most days since their posting move in the summer - attendance 61%. Open to CAMHS for anxiety, seen twice so far. Dad (S/Sgt) away on a 4 month tour; Donna says she's coping and her own mental health is fine. Plan: graded return with FLO, EHW weekly visits.",
     ["EDU-ATT", "MH-CHILD"],
     [("convention", "", "Unboxed: highest cue is CAMHS -> orange (conv. 2); EHW is only yellow."),
      ("negated", "MH-ADULT", "'her own mental health is fine' - negated.")])
note(c, "C", "green",
     "Closing summary. Lily-Mae in school full days since Feb half term with a time-out card. School nurse sees her fortnightly for her worries. Donna will ring us back if things slip next time Dad goes away.",
     ["MH-CHILD"],
     [("convention", "", "Unboxed: only cues are school / school nurse -> green (conv. 2)."),
      ("historical", "EDU-ATT", "Full days since Feb half term - over."),
      ("hypothetical", "", "'if things slip' - hypothetical.")])

# Z032
c = case("Z032", "Larkhurst", "2025-06-03", "2025-11-28")
note(c, "A", "red",
     "EHW visit 03/06. Family remain on a child in need (s17) plan because of Tracy's drinking - she has been going to Chalkpath since April and says she's down to 3 days a week. Jaxon (7) late 11 times this half term and came in with no coat and no lunch twice last wk. Tracy's partner Steve (ex-forces) works 2 wks on / 2 off as a security contractor, no money worries.",
     ["SUB", "EDU-ATT", "SAFE-NEG"],
     [("convention", "", "Unboxed: CIN (s17) plan is the highest cue -> red (conv. 2)."),
      ("convention", "SAFE-NEG", "Sent in without coat or lunch - basic care, SAFE-NEG."),
      ("not-coded", "FIN", "Rota working and 'no money worries' - not FIN (conv. 5).")])
note(c, "C", "",
     "Closure note. Tracy completed the Chalkpath programme in Sept and says she hasn't had a drink since. Jaxon on time every day this term. Family happy to close; Tracy has the aftercare number should she need it.",
     [],
     [("historical", "SUB", "Programme completed, not drinking since - over."),
      ("historical", "EDU-ATT", "On time every day - over."),
      ("hypothetical", "SUB", "'should she need it' - hypothetical.")])

# Z033
c = case("Z033", "Netherby Down", "2025-09-09", "2026-01-30")
note(c, "A", "yellow",
     "FLO met Jade and Sam (L/Cpl) after school. Kian (10) has been in 3 fights at lunchtime and was sent home early twice. At home he argues with Jade and won't come off the Xbox. Sam is due on exercise in Nov - if it gets extended they might need help with after-school care. Both parents booked onto the Triple Steps parenting course at the children's centre.",
     ["EDU-EXC", "REL-PAR"],
     [("convention", "", "Unboxed: parenting course is a yellow cue, above the FLO/school (green) -> yellow (conv. 2)."),
      ("hypothetical", "", "Childcare help only if the exercise is extended - not coded.")])
note(c, "C", "green",
     "Closure. Kian still gets into trouble at lunchtimes now and then - 2 detentions this half term - but no more fights. SENCO has started an ADHD screening questionnaire with class teacher and parents.",
     ["EDU-EXC", "EDU-SEND"],
     [("convention", "", "Unboxed: SENCO/school is the only cue -> green (conv. 2)."),
      ("convention", "EDU-SEND", "SENCO involvement and ADHD screening - EDU-SEND.")])

# Z034
c = case("Z034", "Colebrook", "2025-07-08", "2025-10-02")
note(c, "A", "blue",
     "Phone call with Stacey (wife of a serving Bdr). Behind on a catalogue and a payday loan, about £1,200 in all, after the costs of the move. She has set up a £25/m repayment plan herself using the budgeting tool from the leaflet we sent, and her mum is helping with the uniform. Kids fine, no concerns from school.",
     ["FIN"],
     [("convention", "", "Unboxed: only cue is signposting the family acted on and own network -> blue (conv. 2)."),
      ("negated", "", "'no concerns from school' - nothing coded.")])
note(c, "C", "blue",
     "Follow-up call. Payday loan cleared in Sept, catalogue down to £300 and still being paid at £25/m. Stacey is using the budgeting app and her own family for support, no other needs. Agreed to close.",
     ["FIN"],
     [("convention", "FIN", "Still paying off the catalogue debt - present at blue (conv. 3)."),
      ("historical", "FIN", "Payday loan cleared - that debt is over, but the catalogue debt keeps FIN present.")])


# ---------------------------------------------------------------- build
def main():
    narr_rows, gold_rows, traps = [], [], {}
    for c in CASES:
        for it in c["items"]:
            stage = it["stage"]
            tid = f"{c['id']}-{stage}"
            if it["level"]:
                nid = f"{tid}-{it['level']}"
                glevel = it["level"]
            else:
                nid = f"{tid}-note"
                glevel = it.get("note_level", "")
            narr_rows.append([nid, tid, c["id"], "assessment" if stage == "A" else "closure",
                              c["dates"][stage], it["level"], c["locality"], it["text"]])
            if it["codes"] and not glevel:
                raise SystemExit(f"{nid}: codes but no level")
            for code in it["codes"]:
                gold_rows.append([nid, code, glevel])
            if it["traps"]:
                traps[nid] = it["traps"]
    ids = [r[0] for r in narr_rows]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(narr_rows)
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"cases: {len(CASES)}  narratives: {len(narr_rows)}  "
          f"(boxed {sum(1 for r in narr_rows if r[5])}, notes {sum(1 for r in narr_rows if not r[5])})  "
          f"gold rows: {len(gold_rows)}  narratives with traps: {len(traps)}")
    print("no-code narratives:", sum(1 for r in narr_rows if r[0] not in {g[0] for g in gold_rows}))
    print("codes:", dict(sorted(Counter(g[1] for g in gold_rows).items())))
    print("levels:", dict(Counter(g[2] for g in gold_rows)))


if __name__ == "__main__":
    main()
