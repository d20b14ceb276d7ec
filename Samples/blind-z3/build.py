#!/usr/bin/env python3
"""Blind gold set Z3: families living with illness, disability and loss (2025-2026).

Hand-written narratives, hand-assigned gold codes and trap notes. Standard library only.
Writes narratives.csv, gold.csv, traps.json and README.md into this folder.
"""
import csv, json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]

# Trap types: negated, historical, hypothetical, outside-household, look-alike,
#             need-met, convention (a coding rule that a keyword coder tends to miss)
# Each box: (stage 'A'/'C', level, text, [gold codes], [(trap type, note), ...])
CASES = []

def case(cid, loc, a_date, c_date, boxes):
    CASES.append(dict(case=cid, loc=loc, dates={"A": a_date, "C": c_date}, boxes=boxes))

# ---------------------------------------------------------------- Z3-001
case("Z3-001", "Ashcombe", "2025-02-10", "2025-07-18", [
 ("A", "green",
  "Donna has relapsing-remitting MS and her walking has got a lot worse since Christmas – she uses a wheelchair whenever she leaves the flat now. Her MS nurse and GP are reviewing her medication. Kieran (13) is in Year 8 at Harcourt Academy; attendance 97% and school have no worries about him in class.",
  ["PH"],
  [("negated", "school have no worries / attendance 97%: pure good news, no EDU code")]),
 ("A", "yellow",
  "Kieran does most of the cooking and helps his mum in and out of the shower on the days her carer from the agency doesn't turn up. He told me he doesn't mind, but he's stopped going to football on Thursdays because there's nobody else to be home with her. Referred to Ashcombe Young Carers for an assessment and a place at the Friday group.",
  ["CARER", "PH"],
  [("look-alike", "'her carer from the agency' is a paid adult carer; CARER is coded for Kieran's own caring"),
   ("convention", "whose need: mum's care needs (agency carer, help to shower) are PH; the caring is Kieran's CARER")]),
 ("C", "blue",
  "Kieran goes to young carers every other Friday and has a pass from Harcourt so he can ring home at lunch if he's worried. Donna does her own online shop now and the neighbour does the bins.",
  ["CARER"],
  [("convention", "blue box: ongoing young carers group = now managing, CARER present")]),
 ("C", "green",
  "OT review done in May and Donna's care package is up to two calls a day. GP keeps an eye on her MS meds.",
  ["PH"], []),
])

# ---------------------------------------------------------------- Z3-002
case("Z3-002", "Brockley Vale", "2025-03-04", "2025-09-12", [
 ("A", "green",
  "Claire has gone back to work part-time at the library and says her sister and people from church have been dropping meals round. She's seeing her GP about how she's coping since Mark died and has started on sertraline.",
  ["MH-ADULT"],
  [("historical", "Mark's death is past; he is not a household member, no PH"),
   ("convention", "back at work part-time is not FIN")]),
 ("A", "yellow",
  "Mark died at St Bride's Hospice on 9 January after a short illness. Isla (9) cries most nights at bedtime and keeps asking whether Mummy is going to die too. The hospice family support worker has offered Isla six play-based bereavement sessions starting next month.",
  ["MH-CHILD"],
  [("historical", "dad's illness ended with his death: not PH"),
   ("look-alike", "'hospice' here serves the child's grief, not anyone's current physical illness")]),
 ("A", "orange",
  "Reuben (15) has been in school for two afternoons since the funeral and Brockley High have put him on a reduced timetable. Last Tuesday police stopped him with a group of older lads after a shop window on Carr Lane was put through; no further action, but he's been referred to the YOS prevention worker. Claire says he won't speak to her and storms out when she asks where he's going.",
  ["EDU-ATT", "CRIME", "REL-PAR"],
  [("look-alike", "'no further action' does not negate the police stop / YOS prevention referral (CRIME)")]),
 ("C", "blue",
  "Claire rings the hospice bereavement line when she has a bad day and says her low mood is lifting. Reuben's reduced timetable ended in May and he's been in full-time since.",
  ["MH-ADULT"],
  [("historical", "reduced timetable ended in May: EDU-ATT not coded")]),
 ("C", "yellow",
  "Isla has two hospice sessions left. She still gets very upset around anniversaries and was tearful all week before her dad's birthday.",
  ["MH-CHILD"], []),
])

# ---------------------------------------------------------------- Z3-003
case("Z3-003", "Millhaven", "2025-01-20", "2025-06-30", [
 ("A", "green",
  "Ava (7) was diagnosed with Type 1 diabetes in November and is now on a pump. The diabetes specialist nurse has trained two TAs at Fernlea Primary and her healthcare plan is in place. Her brother Theo (2) had his two-year review with the HV last week and is meeting all his milestones.",
  ["PH"],
  [("negated", "Theo's two-year review is on track: pure good news, no EYD")]),
 ("A", "yellow",
  "Since a couple of frightening hypos Sophie is up two or three times every night checking Ava's levels. She says she feels on edge all the time, has had panic attacks at work and has self-referred to TalkWell for CBT. She's dropped to three days a week and is now £380 behind on gas and electric.",
  ["MH-ADULT", "FIN", "PH"],
  [("convention", "whose need: the hypos are Ava's (PH); the panic attacks are Sophie's (MH-ADULT)")]),
 ("C", "blue",
  "Sophie has a payment plan for the energy arrears at £25 a month. She finished CBT in May and says she knows what to do if the panic attacks come back.",
  ["FIN"],
  [("historical", "CBT finished in May"),
   ("hypothetical", "'if the panic attacks come back': no MH-ADULT")]),
 ("C", "green",
  "Ava's levels are far more settled on the new pump settings and Sophie gets most of the night's sleep now that the app alarms wake her only when needed. Fernlea staff are confident managing her diabetes in school.",
  ["PH"],
  [("convention", "green box: diabetes being managed = PH present")]),
])

# ---------------------------------------------------------------- Z3-004
case("Z3-004", "Thornbury Cross", "2025-04-02", "2025-10-15", [
 ("A", "yellow",
  "Mason (10) has started wetting the bed again and won't go into school on Mondays after the weekends his dad was supposed to see him and didn't turn up. Jade says he shouts, kicks doors and won't take no for an answer, and she is finding it hard to hold boundaries with him at the moment.",
  ["PH", "EDU-ATT", "REL-PAR"],
  [("convention", "bedwetting at school age is PH (conv. 9)"),
   ("convention", "dad not turning up for contact is not described as a parental dispute: no REL-CONF")]),
 ("A", "orange",
  "Jade left Craig in February after years of him controlling the money, checking her phone and stopping her seeing friends. Since she left he has turned up at the school gate three times and has been messaging Mason on his tablet to find out their new address. Police attended twice in March; DASH 16, heard at MARAC on 27 March and an IDVA is helping her apply for a non-molestation order.",
  ["DA"],
  [("convention", "police attendance for the DA is DA, not CRIME (conv. 7)"),
   ("look-alike", "ex messaging the child's tablet is part of the abuse, not SAFE-EXP online safety"),
   ("look-alike", "'controlling the money' is coercive control, not FIN")]),
 ("C", "blue",
  "Mason has a reward chart on the fridge and Jade is using the calm-down plan from the parenting group when he kicks off. The bedwetting stopped over the summer.",
  ["REL-PAR"],
  [("historical", "bedwetting stopped: PH not coded")]),
 ("C", "yellow",
  "Jade finished the Freedom Programme in July and the non-molestation order is in force until next April. Craig hasn't made contact since it was served, but the IDVA is keeping the case open until the order is renewed.",
  ["DA"],
  [("look-alike", "'hasn't made contact since' reads as historical, but the order and IDVA are current")]),
])

# ---------------------------------------------------------------- Z3-005
case("Z3-005", "Ashcombe", "2025-05-08", "2025-11-20", [
 ("A", "yellow",
  "Imran works nights at the distribution centre and has asked his manager about moving to days. Zayn (4) hasn't been to his nursery place since the start of May as there's no one to take him, and nursery are worried he'll miss the transition visits for Reception.",
  ["EYD"],
  [("convention", "working nights is not FIN (conv. 5)")]),
 ("A", "red",
  "Farah was detained under the Mental Health Act on 1 May after a psychotic episode and is still on Linden Ward. On 3 May police found Nadia (14) at home at 11pm looking after Zayn (4) and Yasir (8) on her own; Imran was on a night shift and there was no other adult. Strategy meeting held 6 May and s47 enquiries under way.",
  ["MH-ADULT", "SAFE-NEG", "CARER"],
  [("convention", "police finding children alone is safeguarding, not CRIME (conv. 7)"),
   ("convention", "night shift is not FIN")]),
 ("C", "green",
  "Zayn is back at nursery four mornings a week – Imran's sister does the run when he's on nights – and the setting is doing extra listening and attention work with him before he starts Reception.",
  ["EYD"], []),
 ("C", "orange",
  "Farah is home on a community treatment order and sees the home treatment team weekly. Nadia is open to Ashcombe Young Carers and there is a TAF plan in place. The s47 concluded in June with no further action from children's social care.",
  ["MH-ADULT", "CARER"],
  [("historical", "s47 concluded NFA: no red cue, nothing to code from it")]),
])

# ---------------------------------------------------------------- Z3-006
case("Z3-006", "Brockley Vale", "2025-02-25", "2025-07-10", [
 ("A", "blue",
  "Lee's mum lives round the corner and has Josh after school. She had a stroke last year and uses a frame, so Lee does her shopping and takes her to her appointments.",
  [],
  [("outside-household", "grandmother lives elsewhere: her stroke is not PH"),
   ("look-alike", "Lee caring for his own mother is an adult carer, not CARER")]),
 ("A", "green",
  "Josh (11) has epilepsy and had three tonic-clonic seizures in January. The neurologist has changed his drugs and he has buccal midazolam in his bag at school. Dad keeps a seizure diary.",
  ["PH"],
  [("look-alike", "'drugs' / midazolam are prescribed epilepsy treatment, not SUB")]),
 ("A", "yellow",
  "Josh is missing a lot of school after seizures because he's wiped out the next day – 84% this term. Since starting at Oakridge Academy in September he's been called names in the corridor about his fits and he won't get on the school bus. He had a one-day suspension last week for lashing out at a boy who was filming him.",
  ["EDU-ATT", "SAFE-EXP", "EDU-EXC"],
  [("look-alike", "'missing a lot of school' is attendance, not a missing episode"),
   ("convention", "name-calling by peers = bullying = SAFE-EXP for Josh")]),
 ("C", "green",
  "Josh has been seizure-free for eight weeks on the new medication and the school nurse has updated his care plan and trained his form tutor.",
  ["PH"],
  [("convention", "'seizure-free for eight weeks' but still on treatment with a care plan: managing, PH present")]),
])

# ---------------------------------------------------------------- Z3-007
case("Z3-007", "Millhaven", "2025-09-01", "2026-01-14", [
 ("A", "green",
  "Ruby (8) has cerebral palsy and uses a wheelchair. She has an EHCP at Meadowbank Primary; the SENCO has arranged a 1:1 at lunchtimes and her physio comes into school every half-term.",
  ["PH", "EDU-SEND"], []),
 ("A", "yellow",
  "Kerry cut her hours at the care home to look after Ruby and claims Carer's Allowance; she says they manage fine on what comes in. She worries she has nothing left over for Ellis and has asked for him to be referred to Millhaven Young Carers.",
  ["CARER"],
  [("look-alike", "Carer's Allowance / parent carer / 'care home' do not imply CARER or PH (conv. 5, 12)"),
   ("negated", "'they manage fine on what comes in': no FIN")]),
 ("A", "orange",
  "The family are in a two-bed second-floor flat with no lift. Kerry and Ellis (12) carry Ruby up and down the stairs and then go back for the chair. Ellis also helps with Ruby's toileting and dresses her before school. Housing have given them medical priority banding but nothing suitable has come up, and the landlord served a section 21 notice in August.",
  ["HOUS", "CARER", "PH"],
  [("look-alike", "toileting of an 8-year-old with a disability is PH/CARER, not EYD")]),
 ("C", "yellow",
  "Moved into an adapted ground-floor house with Ashgrove Housing in December. Ellis goes to young carers on Tuesdays and has a residential trip booked at Easter. Ruby's new wet room means Kerry can manage her personal care on her own.",
  ["CARER", "PH"],
  [("need-met", "rehoused in December: HOUS not coded")]),
])

# ---------------------------------------------------------------- Z3-008
case("Z3-008", "Thornbury Cross", "2025-03-18", "2025-09-01", [
 ("A", "yellow",
  "Gareth was made redundant from the print works in October and has been very low in mood since. He told me he is drinking most of a bottle of vodka a day and agreed to a referral to Thornbury Drug and Alcohol Service. Lisa has fibromyalgia and takes co-codamol and pregabalin for the pain.",
  ["MH-ADULT", "SUB", "FIN", "PH"],
  [("look-alike", "co-codamol / pregabalin are prescribed pain relief for Lisa, not SUB")]),
 ("A", "orange",
  "Alfie (16) dropped out of Kingsmead College in November and spends most days in his room on the Xbox. Police were called on 9 February when he punched a hole in the bedroom door and pushed Gareth into the banister during a row about money.",
  ["EDU-NEET", "REL-PAR", "CRIME"],
  [("convention", "child-to-parent violence is REL-PAR (+CRIME with police), not DA (conv. 8)"),
   ("look-alike", "'a row about money' alone is not FIN")]),
 ("C", "blue",
  "Gareth has an interview with a delivery firm next week and the family have used a Universal Credit budgeting advance to get the car through its MOT. Lisa says her pain is better controlled since the rheumatology review.",
  ["FIN", "PH"], []),
 ("C", "yellow",
  "Alfie started a Level 1 construction course at Kingsmead in August with a bursary. Gareth is still drinking at weekends, less than before he says, and keeps his fortnightly appointments with the alcohol worker.",
  ["SUB"],
  [("need-met", "Alfie back in education: EDU-NEET not coded")]),
])

# ---------------------------------------------------------------- Z3-009
case("Z3-009", "Ashcombe", "2025-06-03", "2025-12-09", [
 ("A", "green",
  "Priya's dad lives on his own two streets away and has vascular dementia. Priya goes in every morning and evening and he's waiting for an adult social care assessment. She says she's shattered but coping.",
  [],
  [("outside-household", "grandfather lives elsewhere: dementia not PH"),
   ("look-alike", "Priya is an adult carer: not CARER; 'shattered' is not a stated mental-health need")]),
 ("A", "yellow",
  "Anika (13) calls in at her grandad's every day after school to check he's eaten and taken his tablets, and she has fallen behind with homework. She told her tutor she doesn't like leaving him once it's dark. School have referred her to Ashcombe Young Carers.",
  ["CARER"],
  [("outside-household", "grandad's dementia is not coded; Anika's caring role is hers, so CARER")]),
 ("C", "blue",
  "Grandad now has carers three times a day and a key safe. Anika still goes round on Saturdays with her mum and loves the young carers drama group.",
  ["CARER"],
  [("look-alike", "grandad's paid carers are not CARER; Anika's ongoing group is")]),
])

# ---------------------------------------------------------------- Z3-010
case("Z3-010", "Brockley Vale", "2025-10-06", "2026-02-20", [
 ("A", "green",
  "Kai missed his last two asthma reviews at the surgery. His Reception teacher at Hillside says he's a happy boy and his talking has come on loads; attendance is 88%, nearly all of it hospital days.",
  ["PH", "EDU-ATT"],
  [("negated", "talking 'come on loads': good news, no EYD/EDU-SEND")]),
 ("A", "yellow",
  "Kai (5) has been admitted twice with asthma since September. There is black mould across his bedroom wall and round the windows and Chantelle has reported it to Brookvale Homes three times without a repair. Chantelle smokes, but only out on the balcony.",
  ["PH", "HOUS"],
  [("look-alike", "smoking tobacco is not SUB (conv. 12)")]),
 ("C", "green",
  "Brookvale Homes treated the mould and replaced the bedroom window in January. Kai has a preventer inhaler and spacer at home and at school, and Chantelle gets a text reminder before his reviews.",
  ["PH"],
  [("need-met", "mould treated, window replaced: HOUS not coded")]),
])

# ---------------------------------------------------------------- Z3-011
case("Z3-011", "Millhaven", "2025-08-11", "2025-12-02", [
 ("A", "yellow",
  "Oscar (14) has gone very quiet and his form tutor found him crying in the toilets; he hasn't told any of his friends about his mum and says he feels excluded when the nurses talk to his dad. Poppy (8) keeps asking when Mummy will be better. The hospice children's worker starts with both of them next week.",
  ["MH-CHILD"],
  [("look-alike", "'feels excluded' is not a school exclusion (EDU-EXC)")]),
 ("A", "orange",
  "Helen has secondary breast cancer and is now having end-of-life care at home with the St Bride's Hospice at Home team. Oscar has been helping her to the toilet in the night and has given her oral morphine when Rob was asleep. Rob has stopped work to look after her and the mortgage is two months behind.",
  ["PH", "CARER", "FIN"],
  [("look-alike", "oral morphine is Helen's prescribed palliative medicine, not SUB"),
   ("look-alike", "Rob caring is an adult carer; CARER comes from Oscar")]),
 ("C", "blue",
  "Rob has spoken to the mortgage lender and has a three-month payment holiday while the life insurance goes through. He plans to go back to work in January.",
  ["FIN"], []),
 ("C", "yellow",
  "Helen died at home on 4 October with Rob and the children with her. Rob says the children are eating and sleeping and both are back in school. Oscar is having weekly bereavement counselling in school and Poppy made a memory box with the hospice worker.",
  ["MH-CHILD"],
  [("historical", "Helen's illness and Oscar's caring ended with her death: no PH, no CARER"),
   ("negated", "'eating and sleeping', 'back in school': good news, no PH/EDU-ATT")]),
])

# ---------------------------------------------------------------- Z3-012
case("Z3-012", "Thornbury Cross", "2025-01-29", "2025-07-22", [
 ("A", "yellow",
  "Logan (9) is on the ADHD pathway and has had three fixed-term suspensions from Gorse Hill Primary this year, the last for throwing a chair. Tanya says bedtimes are a battle – he rarely falls asleep before midnight and the paediatrician has suggested melatonin.",
  ["EDU-SEND", "EDU-EXC", "REL-PAR", "PH"],
  [("convention", "sleep problem at school age is PH (conv. 9); bedtime battles are REL-PAR")]),
 ("A", "orange",
  "Maisie (15) told the school nurse she has been cutting her arms since November. She's open to CAMHS after an overdose in December. Mum found messages on Maisie's phone from a man in his twenties she met on Snapchat asking her for photos. Maisie says she doesn't drink or take anything.",
  ["MH-CHILD", "SAFE-EXP"],
  [("negated", "'doesn't drink or take anything': no SUB"),
   ("look-alike", "'overdose' is self-harm (MH-CHILD), not SUB")]),
 ("C", "yellow",
  "Gorse Hill have put Logan on a part-time timetable (mornings only) while they apply for an EHC needs assessment.",
  ["EDU-ATT", "EDU-SEND"], []),
 ("C", "orange",
  "Maisie remains open to CAMHS with a safety plan; no self-harm since April. The man who messaged her was identified and charged in March and she has had no contact with him since.",
  ["MH-CHILD"],
  [("historical", "grooming contact ended in March: SAFE-EXP not coded"),
   ("outside-household", "the man's charge is not CRIME for this family"),
   ("convention", "'no self-harm since April' but still open to CAMHS: MH-CHILD present (conv. 4)")]),
])

# ---------------------------------------------------------------- Z3-013
case("Z3-013", "Ashcombe", "2025-05-19", "2025-11-03", [
 ("A", "yellow",
  "Becky and Dean are in the family court over child arrangements and Cafcass are writing a report. Harvey (7) cries before every handover and his teacher says he's clingy and tearful in class.",
  ["REL-CONF", "MH-CHILD"],
  [("convention", "coded on this box's own text (conv. 1): a contact dispute with no abuse described = REL-CONF")]),
 ("A", "orange",
  "Since Becky ended things with Dean in January he has been sending her dozens of messages a day, threatening to take the children and to 'tell social services she's unfit'. He was arrested on 2 May for breaching the non-molestation order. His sister says he's using a lot of cocaine.",
  ["DA"],
  [("convention", "ex-partner's arrest for breach is DA only, not CRIME (conv. 7)"),
   ("outside-household", "Dean's cocaine use is not SUB (conv. 6)"),
   ("look-alike", "'social services' is his threat, not a red cue")]),
 ("C", "yellow",
  "The court made a child arrangements order in September and handovers now happen at the Willow contact centre. Becky goes to the Freedom Programme on Wednesday evenings. School say Harvey's tearfulness has settled.",
  ["DA"],
  [("need-met", "order made, handovers arranged: REL-CONF not coded"),
   ("historical", "Harvey's tearfulness has settled: no MH-CHILD")]),
])

# ---------------------------------------------------------------- Z3-014
case("Z3-014", "Brockley Vale", "2025-09-15", "2026-03-02", [
 ("A", "green",
  "Tobi (10) has sickle cell disease and has been admitted four times this year with pain crises. Attendance at Larchwood Primary is 86%, almost all hospital days, and his class teacher sends work home.",
  ["PH", "EDU-ATT"],
  [("look-alike", "'pain crises' are physical, not a mental-health crisis")]),
 ("A", "yellow",
  "Grace has taken unpaid leave to be with Tobi on the ward and is waiting for her first Universal Credit payment; she has used the Brockley food bank twice. Deji (6) has become very clingy and told his teacher he's scared Tobi is going to die, so the school ELSA is seeing him weekly.",
  ["FIN", "MH-CHILD", "PH"],
  [("convention", "whose need: Deji's fear is his own (MH-CHILD); Tobi on the ward is PH; unpaid leave, UC wait and food bank are FIN")]),
 ("C", "green",
  "Tobi started hydroxyurea in October and has had one admission since. Grace is back at work full-time and has closed her UC claim.",
  ["PH"],
  [("need-met", "back at work, UC closed: FIN not coded")]),
])

# ---------------------------------------------------------------- Z3-015
case("Z3-015", "Millhaven", "2025-04-14", "2025-10-20", [
 ("A", "green",
  "Paul is under the cardiac rehab team and his GP and isn't allowed to drive for now. His PIP claim was turned down and he's asked for a mandatory reconsideration; the household is living on his ESA.",
  ["PH", "FIN"],
  [("convention", "PIP/ESA count for FIN only because a benefit problem is described (conv. 5)")]),
 ("A", "yellow",
  "Jordan (17) left sixth form at Christmas to look after his dad after Paul's heart attack in November. He does the shopping and cooking, sorts Paul's tablets, and hasn't applied for anything for September.",
  ["EDU-NEET", "CARER", "PH"],
  [("look-alike", "the heart attack is dated November, but Paul's need for care is current: PH present")]),
 ("C", "blue",
  "The PIP reconsideration was successful and backdated to the original claim. Paul is driving again.",
  [],
  [("need-met", "PIP dispute resolved: FIN not coded"),
   ("negated", "driving again: good news, no PH stated")]),
 ("C", "yellow",
  "Jordan started an apprenticeship at a garage in Millhaven three days a week and still does most of the cooking at home. He's joined the young carers 16–25 group.",
  ["CARER"],
  [("need-met", "apprenticeship started: EDU-NEET not coded")]),
])

# ---------------------------------------------------------------- Z3-016
case("Z3-016", "Thornbury Cross", "2025-07-07", "2025-12-15", [
 ("A", "green",
  "Evie (2½) has about ten words and isn't putting two together yet. The HV has referred her to speech and language therapy and Amy has been offered a funded two-year-old nursery place.",
  ["EYD"], []),
 ("A", "yellow",
  "Amy's daughter Rosie was stillborn in March 2024. Her son Finn was born in May and the HV scored Amy high on the postnatal depression screen; she has been referred to the perinatal mental health team. Amy says she can't bear to let anyone else hold Finn.",
  ["MH-ADULT"],
  [("historical", "the stillbirth is past: no PH")]),
 ("C", "green",
  "Evie started at Little Acorns three mornings a week in September and is using short phrases now. Amy is still seeing the perinatal team and takes Finn to baby group on Thursdays.",
  ["EYD", "MH-ADULT"],
  [("convention", "green box: nursery take-up and speech progress being managed = EYD present")]),
])

# ---------------------------------------------------------------- Z3-017
case("Z3-017", "Ashcombe", "2025-02-03", "2025-08-26", [
 ("A", "yellow",
  "Leah's dad lives in Glasgow and is having chemo for bowel cancer. Leah hasn't seen him since the summer and says she feels guilty all the time and can't stop thinking about him. Nicola says they row every night about Leah's curfew and she has more or less given up trying to set one.",
  ["MH-CHILD", "REL-PAR"],
  [("outside-household", "dad lives in Glasgow: his cancer is not PH"),
   ("convention", "rows between a parent and a child are REL-PAR, not REL-CONF (conv. 8)")]),
 ("A", "orange",
  "Leah (15) has Type 1 diabetes and her HbA1c has shot up. She admitted to the diabetes team that she skips insulin to lose weight, and she has been referred to the CAMHS eating disorder service.",
  ["PH", "MH-CHILD"],
  [("look-alike", "'shot up' / insulin are not SUB")]),
 ("C", "orange",
  "Leah is still seeing the CAMHS eating disorder team and her HbA1c is coming down. She does her own injections with Nicola keeping an eye on the app. She went up to Glasgow to see her dad in July.",
  ["MH-CHILD", "PH"],
  [("look-alike", "'injections' are insulin, not SUB")]),
])

# ---------------------------------------------------------------- Z3-018
case("Z3-018", "Brockley Vale", "2025-11-10", "2026-04-13", [
 ("A", "green",
  "Steve and the children's mum argue about when she has the kids and she often cancels at the last minute. Both say there has never been any violence or threats between them.",
  ["REL-CONF"],
  [("negated", "'never been any violence or threats': no DA")]),
 ("A", "yellow",
  "Steve has used a wheelchair since a motorbike accident in 2023. Since the children's mum moved out last year, Chloe (12) does the hoovering, gets Ryan to school and helps Steve with his catheter supplies.",
  ["PH", "CARER"],
  [("look-alike", "the accident is dated 2023 but the disability is current: PH present"),
   ("historical", "mum moving out last year is not described as a current conflict: no REL-CONF")]),
 ("C", "green",
  "Chloe has a young carers card that staff at Brockley High recognise, so she can step out to ring home. Steve and the children's mum agreed a written contact rota through mediation and both say it's working.",
  ["CARER", "REL-CONF"],
  [("convention", "green box: contact rota being kept to = now managing, REL-CONF present")]),
])

# ---------------------------------------------------------------- Z3-019
case("Z3-019", "Millhaven", "2025-03-10", "2025-09-29", [
 ("A", "yellow",
  "Tyler (10) has lived with his nan, Margaret, under a special guardianship order since his mum died of an overdose in 2023. Margaret has COPD and is on oxygen at night. She worries about who would have Tyler if she ended up in hospital.",
  ["PH"],
  [("historical", "mum's overdose and death in 2023: no SUB"),
   ("look-alike", "special guardian / kinship carer is not CARER (conv. 12)"),
   ("hypothetical", "'if she ended up in hospital'")]),
 ("A", "orange",
  "Tyler has been sent home twice this term from Whitmore Primary for hitting staff and school have raised a managed move. He's started seeing a CAMHS practitioner about his trauma.",
  ["EDU-EXC", "MH-CHILD"], []),
 ("C", "blue",
  "Margaret has asked her niece to be Tyler's emergency contact and has written his routine down in case she ever has to go into hospital.",
  [],
  [("hypothetical", "hospital admission is only contingency planning: no PH")]),
 ("C", "yellow",
  "Tyler has settled well at Highfield since the managed move in May and is on SEN support with a place in the nurture group. Margaret goes to the kinship carers' coffee morning.",
  ["EDU-SEND"],
  [("historical", "managed move completed in May: no EDU-EXC"),
   ("look-alike", "kinship carers' group is not CARER")]),
])

# ---------------------------------------------------------------- Z3-020
case("Z3-020", "Thornbury Cross", "2025-06-16", "2026-01-26", [
 ("A", "orange",
  "Amira and her three children arrived from Sudan last year and have been in one room at the Station Road hotel (temporary accommodation) while their asylum claim is decided. Amira has PTSD with flashbacks since her husband was killed and is under the refugee trauma service.",
  ["HOUS", "MH-ADULT"],
  [("historical", "husband's death is past: not coded itself")]),
 ("A", "yellow",
  "Yusuf (12) interprets for his mum at the GP, the solicitor and the Home Office and misses school to go with her. Attendance is 79%.",
  ["CARER", "EDU-ATT"],
  [("look-alike", "'GP' here is where Yusuf interprets, not a health need of his")]),
 ("C", "yellow",
  "The resettlement team found them a two-bed flat in November. Amira now uses a telephone interpreter so Yusuf can stay in school, and his attendance since half-term is 96%. She continues with the trauma service.",
  ["MH-ADULT"],
  [("need-met", "rehoused: HOUS not coded"),
   ("need-met", "interpreting replaced and attendance recovered: no CARER, no EDU-ATT")]),
])

# ---------------------------------------------------------------- Z3-021
case("Z3-021", "Ashcombe", "2025-10-01", "2026-05-05", [
 ("A", "blue",
  "Parking and fuel for the trips to Bristol were adding up, so Zoe applied to the Little Lanterns fund and the travel grant now covers it.",
  ["FIN"],
  [("convention", "blue box: a money pressure the family is now managing with a grant = FIN present")]),
 ("A", "green",
  "Zoe and Dan admit they're snapping at each other with the strain and have asked the ward social worker about couples counselling.",
  ["REL-CONF"],
  [("look-alike", "'ward social worker' is a hospital post, not children's social care")]),
 ("A", "yellow",
  "Noah (4) was diagnosed with leukaemia in August and is having chemo at the children's hospital in Bristol; Zoe stays on the ward with him most of the week. Mia (10) is staying with her grandparents Monday to Thursday and is late for school most days because of the drive.",
  ["PH", "EDU-ATT"], []),
 ("C", "green",
  "Noah is in the maintenance phase and back at nursery two mornings a week with a care plan. Mia is home full-time again and is on time every day.",
  ["PH"],
  [("need-met", "Mia's lateness is over: no EDU-ATT"),
   ("negated", "nursery attendance resumed: good news, no EYD")]),
])

# ---------------------------------------------------------------- Z3-022
case("Z3-022", "Brockley Vale", "2025-08-04", "2026-02-09", [
 ("A", "yellow",
  "Amelia (13) won't see her mum, stays in her room and has had panic attacks at school; she told her head of year she doesn't feel safe anywhere. Marcus has gone part-time to do the school runs and is three months behind on council tax.",
  ["MH-CHILD", "FIN"],
  [("look-alike", "'panic attacks' are Amelia's (MH-CHILD), not an assault")]),
 ("A", "orange",
  "Marcus has had Amelia (13) and Jack (8) living with him since he and the children's mum separated in April. She has been turning up drunk, shouting and banging on the windows, and smashed his car windscreen in June; police came and she was arrested. Marcus didn't see it as domestic abuse at first, but the DASH is high and he now has an IDVA.",
  ["DA"],
  [("outside-household", "the ex-partner's drinking is not SUB (conv. 6)"),
   ("convention", "her arrest is DA, not CRIME (conv. 7)"),
   ("look-alike", "'didn't see it as domestic abuse' is not a negation: DA present")]),
 ("C", "blue",
  "The restraining order runs until 2027 and Marcus has a safety plan agreed with Jack's school. He's on a council tax payment plan and Amelia has started drama club.",
  ["DA", "FIN"],
  [("convention", "blue box: safety plan and payment plan = now managing, DA and FIN present")]),
])

# ---------------------------------------------------------------- Z3-023
case("Z3-023", "Millhaven", "2025-12-01", "2026-04-20", [
 ("A", "orange",
  "Liam is on probation for a burglary last year and has told Connor he can earn money 'dropping stuff off' for a mate. Connor has been missing overnight twice and police found him in Cardiff the second time.",
  ["CRIME", "SAFE-EXP"],
  [("convention", "an adult household member on probation = CRIME; police finding Connor is safeguarding (conv. 7)")]),
 ("A", "red",
  "Sharon was admitted to Millhaven General with alcohol-related liver disease on 20 November; she was drinking every day up to the admission and is expected to be in for weeks. Connor (14) has been left at home with his brother Liam (19). When I visited there was no food in the cupboards and the gas meter was on emergency credit. Child in need plan started 28 November.",
  ["PH", "SUB", "SAFE-NEG", "FIN"],
  [("convention", "no food in the home = SAFE-NEG; meter on emergency credit = fuel poverty FIN (conv. 10)")]),
 ("C", "orange",
  "Connor hasn't been missing since January and the exploitation team have closed. Liam moved out to a hostel in February.",
  [],
  [("historical", "no missing episodes since January: SAFE-EXP not coded"),
   ("outside-household", "Liam has moved out: his probation no longer codes CRIME")]),
 ("C", "red",
  "Connor is living with his aunt under section 20 while Sharon gets well. Sharon is home, still under the liver clinic, and goes to the community alcohol team every week; she says she hasn't had a drink since November.",
  ["PH", "SUB"],
  [("convention", "'hasn't had a drink since November' but the alcohol service is ongoing: SUB present (conv. 4)")]),
])

# ---------------------------------------------------------------- Z3-024
case("Z3-024", "Thornbury Cross", "2025-04-28", "2025-11-17", [
 ("A", "yellow",
  "Dawn has had bad anxiety since Ian's death and is signed off sick from work; she has started counselling with the Brightwater suicide bereavement service. Ella (11) has become frightened of being apart from Dawn and won't go on sleepovers or school trips.",
  ["MH-ADULT", "MH-CHILD"],
  [("convention", "signed off sick from a job is not worklessness: no FIN"),
   ("convention", "whose need: Dawn's anxiety MH-ADULT, Ella's MH-CHILD")]),
 ("A", "orange",
  "Kane (15) has been drinking and smoking cannabis most days since his dad took his own life last July. He was arrested in March for criminal damage at the bus station and is now on a referral order with the YOS. He's still on roll at Harbour Academy but his attendance has dropped to 61%.",
  ["SUB", "CRIME", "EDU-ATT"],
  [("historical", "dad's suicide is past; no MH-ADULT for him"),
   ("look-alike", "'still on roll' is not NEET; Kane is 15")]),
 ("C", "orange",
  "Kane completed his referral order in September and sees the young people's drug and alcohol worker every week. He says he has cut right down on the cannabis and stopped drinking altogether.",
  ["SUB"],
  [("historical", "referral order completed: CRIME not coded")]),
])

# ---------------------------------------------------------------- Z3-025
case("Z3-025", "Millhaven", "2025-02-17", "2025-08-04", [
 ("A", "blue",
  "Stacey was in a violent relationship with Bella's dad, but he went to prison in 2022 and there has been no contact since. Her partner Tom is really supportive and they share the care of the children.",
  [],
  [("historical", "DA with Bella's father ended in 2022"),
   ("outside-household", "the father's imprisonment is not CRIME for this household"),
   ("look-alike", "'share the care' is not CARER")]),
 ("A", "green",
  "Bella (3) has global developmental delay and is under the community paediatrician, with a Portage visit every fortnight. She isn't walking on her own yet and is still moving on to lumpier foods.",
  ["EYD", "PH"],
  [("convention", "Portage is a yellow cue but the box is green: codes take the box level (conv. 2)")]),
 ("A", "yellow",
  "Stacey has bipolar disorder and is under the community mental health team. She stopped her lithium when she found out she was pregnant and has been very up and down since.",
  ["MH-ADULT"],
  [("look-alike", "pregnancy itself is not a health problem: no PH; 'up and down' is her bipolar (MH-ADULT)")]),
 ("C", "green",
  "Bella starts at Rainbow Corner specialist nursery in September and is walking with a frame. Stacey's baby arrived in July and the HV is visiting weekly.",
  ["EYD", "PH"],
  [("look-alike", "routine HV visits for a newborn: no code")]),
])

# ------------------------------------------------ unboxed case notes (level empty)
# (id, stage, date, locality, text, codes, gold level from the cue convention, traps)
UNBOXED = [
 ("Z3-026", "assessment", "2025-03-26", "Ashcombe",
  "Phone call with Mum. Her dad has been moved into a nursing home in Leeds and she has been tearful this week, which she puts down to the shock of it. The children know and are OK. Gave her the number for the carers' centre and she'll ring them herself.",
  [], "blue",
  [("outside-household", "grandfather in a nursing home elsewhere: no PH"),
   ("look-alike", "adult carers' centre is not CARER; short-lived tearfulness not stated as a mental-health need")]),
 ("Z3-027", "assessment", "2025-06-12", "Millhaven",
  "Joint home visit with the young carers worker. Zara (12) does her mum's insulin injections most evenings because Mum's eyesight is failing with diabetic retinopathy. Zara's brother Kyle (17) left college in April and isn't working or studying.",
  ["CARER", "PH", "EDU-NEET"], "yellow",
  [("look-alike", "'insulin injections' are not SUB"),
   ("convention", "Kyle 17 and NEET = EDU-NEET only, no FIN (conv. 11)"),
   ("convention", "level cue: young carers service = yellow")]),
 ("Z3-028", "closure", "2025-10-30", "Brockley Vale",
  "Closing summary. Callum's seizures are well controlled on his current medication and the school nurse goes through his care plan with staff every term. Mum no longer needs help with the DLA forms as the award came through in August.",
  ["PH"], "green",
  [("need-met", "DLA awarded: no FIN; DLA never implies PH by itself (conv. 5)"),
   ("convention", "level cue: school nurse = green")]),
 ("Z3-029", "assessment", "2025-11-04", "Thornbury Cross",
  "Strategy meeting today after Mia (15) told her teacher that Mum's ex-partner has been waiting outside school and messaging her to find out where they are living now. Mum has a non-molestation order against him. Mia is self-harming and is on the CAMHS waiting list.",
  ["DA", "MH-CHILD"], "red",
  [("look-alike", "ex-partner contacting the child to find the mother is DA, not grooming (SAFE-EXP)"),
   ("convention", "level cue: strategy meeting = red, above CAMHS orange")]),
 ("Z3-030", "closure", "2026-01-19", "Ashcombe",
  "Final TAF review. Dad stopped drinking in the summer and finished with the alcohol service in October. Ethan (13) has been in full-time since September. Dad still has weeks when his depression is bad and sees his GP monthly. He asked about a carers' assessment for his own mum, who lives in Wales and has Parkinson's.",
  ["MH-ADULT"], "orange",
  [("historical", "drinking stopped and service finished: no SUB"),
   ("historical", "Ethan in full-time since September: no EDU-ATT"),
   ("outside-household", "grandmother in Wales: no PH, and Dad is an adult carer, not CARER"),
   ("convention", "level cue: TAF = orange")]),
 ("Z3-031", "assessment", "2025-09-08", "Millhaven",
  "Met Mum at the hospice drop-in. Since her husband died in June she hasn't opened any post, and there's a letter from the council about £1,100 rent arrears and a notice seeking possession. I've referred her to Citizens Advice and will go with her to the housing office.",
  ["FIN", "HOUS"], "orange",
  [("historical", "husband's death is past: no PH"),
   ("convention", "level cue: possession notice = orange, above Citizens Advice yellow")]),
 ("Z3-032", "closure", "2026-05-11", "Brockley Vale",
  "Rang Grandma for the closing call. Ivy (6) is using her inhalers properly with a spacer and the family's own routine is working – they don't want anything more from us. Ivy's uncle, who lives with them, is still out of work and looking.",
  ["PH", "FIN"], "blue",
  [("convention", "an adult household member out of work = FIN (worklessness)"),
   ("convention", "level cue: family's own network only = blue")]),
 ("Z3-033", "assessment", "2026-02-03", "Thornbury Cross",
  "Call from the school nurse at St Aidan's. Lewis (9) has been coming in hungry and in the same uniform all week since his mum started chemo; Mum is too poorly to get to the shops and Dad works away. The nurse would consider a referral to children's social care if nothing changes.",
  ["SAFE-NEG", "PH"], "green",
  [("hypothetical", "referral to children's social care only 'if nothing changes': not a cue"),
   ("convention", "Dad working away is not FIN; level cue: school nurse = green")]),
]


def build():
    rows, gold, traps = [], [], []
    for c in CASES:
        boxes = sorted(c["boxes"], key=lambda b: ("AC".index(b[0]), LEVELS.index(b[1])))
        for stage, level, text, codes, tr in boxes:
            tid = f"{c['case']}-{stage}"
            nid = f"{tid}-{level}"
            rows.append([nid, tid, c["case"], "assessment" if stage == "A" else "closure",
                         c["dates"][stage], level, c["loc"], text])
            for code in codes:
                gold.append([nid, code, level])
            traps.append({"narrative_id": nid, "gold": codes,
                          "traps": [{"type": t, "note": n} for t, n in tr]})
    for nid, stage, date, loc, text, codes, glevel, tr in UNBOXED:
        rows.append([nid, nid, nid, stage, date, "", loc, text])
        for code in codes:
            gold.append([nid, code, glevel])
        traps.append({"narrative_id": nid, "gold": codes, "gold_level": glevel,
                      "traps": [{"type": t, "note": n} for t, n in tr]})
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(rows)
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")
    return rows, gold, traps


CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]

README_HEAD = """# Blind gold set Z3 – families living with illness, disability and loss (2025–2026)

Hand-written, hand-coded held-out gold standard for early-help triage coding.
`build.py` (standard library only) holds every narrative, its gold codes and trap notes,
and writes `narratives.csv`, `gold.csv`, `traps.json` and this README. `check.py`
validates the files and prints `OK`.

## How it was written

- Read: `/work/shared/taxonomy.md` in full; `/work/shared/devset/README.md`; only the
  header and first ~1,500 bytes of `devset/narratives.csv` and the first 20 rows of
  `devset/gold.csv`, for the file format.
- Not read / not run: `/work/main`, `/work/core`, any Samples folder, other `/tmp/blind-*`
  sets or any other gold set; no coding tool (`triage` or other) was run and no web search
  was done. No devset or taxonomy sentence was copied or paraphrased; all names, schools,
  services and the four localities (Ashcombe, Brockley Vale, Millhaven, Thornbury Cross)
  are invented.
- Coded blind, narrative by narrative, from the taxonomy's rules and numbered conventions
  only. Each narrative is coded on its own text (conv. 1); boxed codes take the box level;
  unboxed notes take the highest level cue in the text (conv. 2).

## Style

Voice of young carers' service workers, hospice and bereavement staff, IDVA/outreach
workers and early help practitioners in 2025–26: children caring for a parent, sibling or
grandparent; parents with MS, fibromyalgia, Crohn's-type illness, COPD, heart failure,
cancer, bipolar disorder, PTSD, postnatal depression; children with Type 1 diabetes,
epilepsy, cerebral palsy, asthma, sickle cell, leukaemia, developmental delay; a parent's
death or hospital admission; grief; domestic abuse after separation (including a father as
victim). Many sentences make it hard to tell whose need it is (the child's, a parent's, a
sibling's, a grandparent's who lives elsewhere, an ex-partner's); these are coded by the
taxonomy's whose-issue rules. Boxes mix short and long entries, practitioner shorthand
(HV, SENCO, TAF, IDVA, DASH, s47) and some boxes with nothing codeable.

## Ids

Boxed: `<CASE>-A-<level>` / `<CASE>-C-<level>` with triage_id `<CASE>-A` / `<CASE>-C`
(cases Z3-001 .. Z3-025). Unboxed notes: Z3-026 .. Z3-033, where narrative_id = triage_id
= case_id and `level` is empty; their gold level comes from the level-cue convention
(recorded as `gold_level` in traps.json).
"""

README_TAIL = """
## Ambiguities in the taxonomy and how they were decided

1. **Child caring for someone outside the household** (a grandparent two streets away):
   coded CARER, because the caring role is the child's own need; the grandparent's illness
   is not PH (conv. 6). An adult caring for their own parent is never CARER.
2. **Contact disputes in a domestic-abuse case**: coded on the box's own text (conv. 1).
   A box describing only a court dispute over child arrangements is REL-CONF; the box
   describing the ex-partner's threats and breaches is DA only. After a child arrangements
   order is made and kept to (yellow box), REL-CONF is treated as a met need, not coded.
3. **"No contact since …" while a protective order / IDVA / safety plan is current**: DA
   present (the order and services are ongoing, conv. 4). "No further … since" is treated
   as historical only where nothing current remains (e.g. DA ended in 2022, no contact).
4. **Abstinent but still in service** ("hasn't had a drink since November", "no self-harm
   since April" while open to the alcohol team / CAMHS): present, by conv. 4.
5. **Implied illness of the cared-for person** (mum needs an agency carer and help to
   shower; a child "on the ward"): PH coded, as the text describes a current care or
   health need, not just a service name.
6. **Deceased family members**: their illness, drinking or death is historical; the grief of
   the living is coded (MH-CHILD / MH-ADULT) only where an emotional need or a service for it
   is described.
7. **Worklessness**: redundancy or an adult household member out of work is FIN; being
   signed off sick from a job, working nights or working away is not.
8. **Sleep at school age** (conv. 9): "rarely falls asleep before midnight … melatonin" is PH
   (plus REL-PAR for bedtime battles); bedtime crying in grief was kept as MH-CHILD only.
9. **Unboxed notes with hypothetical cues** ("would consider a referral to children's social
   care if nothing changes") do not raise the level; "referral to children's social care" is
   not in the red cue list anyway. Where a note has several cues, the highest current one
   is used (strategy meeting over CAMHS; possession notice over Citizens Advice; TAF over a
   finished alcohol service).
10. **A grant that now covers hospital travel costs** (blue box): FIN present as a money
    pressure the family is now managing (conv. 3).
"""


def write_readme(rows, gold, traps):
    per_code = Counter(g[1] for g in gold)
    per_level = Counter(g[2] for g in gold)
    ttypes = Counter(t["type"] for x in traps for t in x["traps"])
    with_trap = sum(1 for x in traps if x["traps"])
    no_codes = sum(1 for x in traps if not x["gold"])
    strict = sum(1 for x in traps if any(t["type"] != "convention" for t in x["traps"]))
    boxed = sum(1 for r in rows if r[5])
    triages = len({r[1] for r in rows if r[5]})
    cases = len({r[2] for r in rows if r[5]})
    lines = [README_HEAD, "## Counts", "",
             f"- Narratives: {len(rows)} ({boxed} boxed in {triages} triages of {cases} cases; "
             f"{len(rows) - boxed} unboxed notes).",
             f"- Gold rows (present codes): {len(gold)}; narratives with no gold code: {no_codes}.",
             f"- Narratives with at least one trap (negated, historical, hypothetical, outside-household, "
             f"need-met or look-alike): {strict} of {len(rows)}; a further {with_trap - strict} carry only a "
             f"'convention' note (a coding rule applied).",
             "- Gold rows per level: " + ", ".join(f"{l} {per_level[l]}" for l in LEVELS) + ".",
             "", "| code | present (gold rows) |", "|---|---:|"]
    lines += [f"| {c} | {per_code[c]} |" for c in CODES]
    lines += ["", "Trap mentions (not gold codes), by type:", "",
              "| trap type | count |", "|---|---:|"]
    for t in ["negated", "historical", "hypothetical", "outside-household", "need-met",
              "look-alike", "convention"]:
        lines.append(f"| {t} | {ttypes[t]} |")
    lines += ["",
              f"Present codes: {len(gold)}; negated/historical/hypothetical/need-met mentions: "
              f"{ttypes['negated'] + ttypes['historical'] + ttypes['hypothetical'] + ttypes['need-met']} "
              f"(negated {ttypes['negated']}, historical {ttypes['historical']}, hypothetical "
              f"{ttypes['hypothetical']}, need now met {ttypes['need-met']}); outside-household "
              f"{ttypes['outside-household']}; look-alike words {ttypes['look-alike']}. "
              "'convention' notes record a coding rule applied (whose need, DA vs CRIME, box level, "
              "level cue), not an uncoded mention.", README_TAIL]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    rows, gold, traps = build()
    write_readme(rows, gold, traps)
    print(f"{len(rows)} narratives, {len(gold)} gold rows")
