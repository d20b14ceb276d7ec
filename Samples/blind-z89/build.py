#!/usr/bin/env python3
"""Blind gold set z89: hand-written narratives, gold codes and trap notes.
Theme: parents' and children's physical and mental health side by side.
Standard library only. Writes narratives.csv, gold.csv, traps.json."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# trap kinds: neg (negated), hist (historical/over), hyp (hypothetical),
# look (look-alike word), out (person outside household), whose (whose need:
# adult carer vs young carer, child vs adult MH), met (need now met), level (level cue)
def B(level, text, codes, traps=None, note=""):
    return dict(level=level, text=text, codes=codes, traps=traps or [], note=note)

CASES = [
 ("Z001", "Ashbrook", [
  ("A", "2025-02-10", [
   B("green", "Kian (13) is at Brambleford Academy, attendance 96%. His eczema has flared badly over the winter and the school nurse has given him a new cream routine; GP review booked for March. No worries from school about his behaviour.",
     ["PH"], ["neg"], "behaviour at school negated; attendance figure is plain good news"),
   B("yellow", "Mum (Donna) has relapsing MS and uses a wheelchair when out. Kian does most of the cooking, helps her on the stairs and picks up her prescriptions on the way home; he told the EHW he is shattered and has given up football. Referred to Kelmere Young Carers.",
     ["PH", "CARER"], ["whose"], "mum's MS is PH; the child doing the caring is CARER"),
  ]),
  ("C", "2025-07-14", [
   B("blue", "Kian goes to the young carers club every other week and has summer trips booked. He still helps mum in the evenings but a care agency now covers mornings. Donna knows to ring the MS nurse if she has a relapse.",
     ["CARER", "PH"], ["hyp", "look"], "relapse is hypothetical but the MS is current and managed (blue: managing = present); 'care agency' is paid care"),
   B("green", "Eczema cleared in the spring and no further treatment is needed. Attendance 97% this year.",
     [], ["hist"], "eczema over; attendance good news only"),
  ]),
 ]),
 ("Z002", "Kelmere", [
  ("A", "2025-03-03", [
   B("yellow", "Dad (Lee) has been signed off work with depression since January and is on sertraline from the GP. He says he gets three or four hours' sleep a night. His sick pay stops next month and he is worried they will not cover the rent; EHW helping with a UC claim.",
     ["MH-ADULT", "PH", "FIN"], [], "dad's sleep is PH; rent worry with income stopping is a current FIN risk"),
   B("orange", "Mia (15) told her form tutor she has been cutting her arms. School referred and she is waiting for a CAMHS choice appointment. Staff notice she hardly eats at lunch and PE teacher thinks she has lost weight.",
     ["MH-CHILD", "PH"], ["whose"], "child's self-harm is MH-CHILD, not MH-ADULT; weight loss PH"),
  ]),
  ("C", "2025-09-22", [
   B("green", "Lee is on a phased return at work, still taking sertraline and sees the GP monthly.",
     ["MH-ADULT"], ["met"], "green: treatment ongoing, managing = present"),
   B("yellow", "Mia is open to CAMHS and seen weekly; she reports no self-harm since July. School nurse says her weight is back in the normal range. Mum and dad have been to a CAMHS parents' session.",
     ["MH-CHILD"], ["hist"], "self-harm since July and weight both over; CAMHS ongoing codes MH-CHILD"),
  ]),
 ]),
 ("Z003", "Saltfleet", [
  ("A", "2025-01-20", [
   B("blue", "Mum (Aisha) has her sister two streets away who calls in every day and takes the older two to the park. Dad works nights at the distribution centre and the family's income is steady. Aisha says she would ask the HV for help straight away if she ever felt as low as she did after her first baby.",
     [], ["look", "hyp", "hist"], "own network, no need stated; night shifts are not FIN; low mood only hypothetical/past"),
   B("green", "Zayn (10 weeks) has reflux and the GP has prescribed Gaviscon; HV weighing him weekly as he has dropped from the 50th to the 25th centile. Aisha had postnatal depression after her first baby in 2020 which resolved. EPDS done today, low score, no current worries about her mood.",
     ["PH"], ["hist", "neg", "whose"], "baby's reflux/weight PH; mum's PND historical and mood negated, so no MH-ADULT"),
  ]),
  ("C", "2025-05-12", [
   B("green", "Zayn's reflux has settled, medicine stopped in April and he is back on his centile, so the HV has stopped the extra weighing. Idris (3) only has a handful of words; HV has referred him to speech and language therapy before he starts nursery in September.",
     ["EYD"], ["hist"], "reflux/weight over; under-5 speech delay EYD"),
  ]),
 ]),
 ("Z004", "Harrowgate Vale", [
  ("A", "2025-04-07", [
   B("green", "Josh (14) has type 1 diabetes and has missed two clinic appointments at Harrowgate General since Christmas. School nurse has agreed a care plan with school and he checks his blood sugar at break.",
     ["PH"], ["look"], "'care plan' is a health plan, not CARER"),
   B("yellow", "Mum (Nicola) gets panic attacks when Josh is out with friends in case his sugars drop; she has started an online anxiety course with Talking Therapies. Josh says her worrying makes him feel smothered and they row about his phone most evenings.",
     ["MH-ADULT", "REL-PAR"], ["look", "whose"], "'panic attacks' is MH, not DA; mum's anxiety is MH-ADULT, not the child's; parent-child rows REL-PAR"),
  ]),
  ("C", "2025-08-18", [
   B("blue", "Josh is managing his own insulin and went to his last two clinic appointments. Nicola finished the course and uses the breathing exercises when she feels panicky. She says the rows about his phone stopped over the summer.",
     ["PH", "MH-ADULT"], ["hist"], "blue: managing diabetes and anxiety = present; rows over = historical"),
  ]),
 ]),
 ("Z005", "Ashbrook", [
  ("A", "2025-06-02", [
   B("yellow", "Six of them in a two-bed housing association flat. Black mould in the children's room and Rosie (6) has been admitted twice with asthma attacks since March. Dad (Tomasz) has not worked since hurting his back last year, his PIP claim was turned down and they are behind on gas and electric.",
     ["HOUS", "PH", "FIN"], ["look"], "'asthma attacks' not DA/CRIME; PIP refusal is a benefit problem"),
   B("orange", "Housing association has served a notice seeking possession for £1,300 rent arrears. Referred to Citizens Advice and housing options; TAF meeting booked.",
     ["HOUS", "FIN"], [], ""),
  ]),
  ("C", "2025-12-01", [
   B("green", "Rosie uses her brown inhaler every day and the school nurse has updated her asthma plan; no admissions since September. Tomasz is having physio for his back through the GP.",
     ["PH"], ["met"], "asthma and back are current and managed"),
   B("yellow", "Possession claim withdrawn once a repayment plan was agreed, family paying £60 a month off the arrears. Still on the transfer list for a three-bed.",
     ["FIN", "HOUS"], ["hist"], "notice withdrawn but arrears and overcrowding continue"),
  ]),
 ]),
 ("Z006", "Kelmere", [
  ("A", "2025-02-24", [
   B("green", "Nan (Maureen, 79) moved in last autumn and has vascular dementia. Mum (Claire) is her main carer and claims Carer's Allowance. District nurse visits weekly.",
     ["PH"], ["whose", "look"], "adult carer is not CARER; Carer's Allowance alone is not FIN"),
   B("yellow", "Ellie (17) left college in November; she has ME and sleeps most afternoons. Referred to a careers adviser to look at part-time options. Her brother Sam (11) sits with nan after school so mum can shop and gives her her tablets at teatime.",
     ["EDU-NEET", "PH", "CARER"], ["whose"], "16+ NEET is EDU-NEET only (no FIN); child caring for nan is CARER"),
  ]),
  ("C", "2025-07-07", [
   B("blue", "Ellie manages her energy with a pacing plan from her GP. Sam goes to the young carers group at Kelmere Hub on Tuesdays and says he enjoys it.",
     ["PH", "CARER"], ["met"], "blue: managing = present"),
  ]),
 ]),
 ("Z007", "Saltfleet", [
  ("A", "2025-05-19", [
   B("yellow", "Mum (Gemma) says she drinks a bottle of wine most nights to get off to sleep and has self-referred to Saltfleet Recovery. Riley (8) wets the bed four or five nights a week and often nods off in class. Riley's dad lives in Leeds and is said to drink heavily too.",
     ["SUB", "PH"], ["out"], "father outside household: his drinking not coded; school-age bedwetting PH"),
   B("orange", "Police attended in April after a neighbour found Riley alone in the house at 10pm; Gemma was out and had been drinking. TAF plan agreed with school, GP and Recovery.",
     ["SAFE-NEG", "SUB"], ["look"], "police safeguarding, not CRIME"),
  ]),
  ("C", "2025-11-03", [
   B("green", "Riley's bedwetting is improving with an alarm from the school nurse's enuresis clinic; dry most nights now.",
     ["PH"], ["met"], "improving, not over: managing = present"),
   B("yellow", "Gemma has cut down to weekends only and still sees her Recovery worker every fortnight. No further incidents of Riley being left on his own since May.",
     ["SUB"], ["hist"], "supervision concern over"),
  ]),
 ]),
 ("Z008", "Harrowgate Vale", [
  ("A", "2025-03-17", [
   B("green", "Amber (9) has cerebral palsy and an EHCP at Lowfield Primary; SENCO says she is progressing well with her one-to-one. Her physio appointments are all being kept.",
     ["PH", "EDU-SEND"], [], ""),
   B("yellow", "Parents split up in January and cannot agree weekend contact; they argue at handovers in front of Amber. Both say the rows have never been physical and there is no history of abuse. Mediation referral made. Mum has a slipped disc from lifting Amber and is waiting for an OT hoist assessment.",
     ["REL-CONF", "PH"], ["neg"], "DA negated"),
  ]),
  ("C", "2025-08-26", [
   B("blue", "Parents agreed a contact rota at mediation and use a shared calendar app; handovers now happen at school.",
     ["REL-CONF"], ["met"], "blue: managing the separation = present"),
  ]),
 ]),
 ("Z009", "Ashbrook", [
  ("A", "2025-09-08", [
   B("yellow", "Dad (Craig) has PTSD from his time in the army and is under Op Courage; he rarely leaves the house. Owen (12) has missed 30% of Year 8 so far and says he feels sick with worry every morning.",
     ["MH-ADULT", "EDU-ATT", "MH-CHILD"], ["whose"], "both parent and child MH; 'feels sick with worry' is emotional, not PH"),
   B("orange", "GP has referred Owen to CAMHS after he told the school counsellor he can't see the point of anything. School offering a part-time timetable to get him back in.",
     ["MH-CHILD", "EDU-ATT"], [], ""),
  ]),
  ("C", "2026-02-16", [
   B("green", "Owen has been on a full timetable since January, attendance 97% this half term. He sees the school counsellor weekly.",
     ["MH-CHILD"], ["met"], "attendance now good news only; counselling ongoing"),
   B("yellow", "Craig is still seeing Op Courage and now volunteers at the allotments twice a week.",
     ["MH-ADULT"], [], ""),
  ]),
 ]),
 ("Z010", "Kelmere", [
  ("A", "2025-04-14", [
   B("green", "Twins Lola and Leo (2) have not had their one-year immunisations and HV has offered to do them at home. Neither is registered with a dentist. At the two-year review Leo was not yet walking steadily.",
     ["PH", "EYD"], [], ""),
   B("yellow", "Mum (Shannon, 22) has a mild learning disability and struggles to keep track of appointments; EHW helping her set phone reminders. Dirty nappies and old food on the floor at the last visit and there is no mattress in the twins' cot.",
     ["PH", "SAFE-NEG"], [], "parent's disability coded PH"),
  ]),
  ("C", "2025-10-20", [
   B("green", "Twins' immunisations were all completed in August and both had their first check at Kelmere Smiles dental. Leo is walking well.",
     [], ["hist"], "all needs met / over"),
   B("yellow", "Shannon uses the reminder app and a weekly planner and goes to a parenting group at the family hub. Home conditions were fine at the last three visits.",
     ["REL-PAR"], ["neg"], "parenting group ongoing = REL-PAR; home conditions negated"),
  ]),
 ]),
 ("Z011", "Saltfleet", [
  ("A", "2025-10-06", [
   B("yellow", "Mum (Priya) is having chemotherapy for breast cancer at Saltfleet Royal. Anika (16) is doing GCSE resits at college and does the washing and cooking and takes her little brother to school; dad works offshore two weeks on, two off. Anika says she can't sleep for worrying about mum.",
     ["PH", "CARER", "MH-CHILD"], ["whose", "look"], "Anika's worry is MH-CHILD (not adult); offshore work is not FIN"),
   B("green", "Dev (7) is seeing the school nurse about his weight, BMI above the 98th centile. Anika's college attendance is 94% and her tutor has no concerns.",
     ["PH"], ["neg"], "college attendance negated"),
  ]),
  ("C", "2026-03-09", [
   B("blue", "Priya finished chemotherapy in January and her scan was clear. Anika no longer has caring jobs at home and has left the young carers group.",
     [], ["hist"], "illness and caring both over"),
   B("green", "Dev goes to the school nurse's healthy weight sessions with dad and has joined a swimming club.",
     ["PH"], ["met"], ""),
  ]),
 ]),
 ("Z012", "Harrowgate Vale", [
  ("A", "2025-11-10", [
   B("orange", "Freya (15) has been diagnosed with anorexia by the CAMHS eating disorder team; her BMI is low and she is weighed weekly at Harrowgate General. Parents are supervising every meal.",
     ["MH-CHILD", "PH"], [], ""),
   B("yellow", "Girls in Freya's year have been posting nasty comments about her body on a group chat. Mum (Jo) has OCD, kept under control for years with medication, and says it has got worse since Freya became ill.",
     ["SAFE-EXP", "MH-ADULT"], ["out", "look"], "peers outside household: coded as bullying of the child; 'medication' not SUB"),
  ]),
  ("C", "2026-04-20", [
   B("yellow", "Freya is still under the eating disorder team but no longer needs weekly weighing now her weight is restored.",
     ["MH-CHILD"], ["hist"], "weight need over"),
   B("blue", "School had the group chat taken down and dealt with the girls; Freya says there has been nothing since February. Jo is back to her usual routine and keeps taking her medication.",
     ["MH-ADULT"], ["hist"], "bullying over; mum managing OCD = present"),
  ]),
 ]),
 ("Z013", "Ashbrook", [
  ("A", "2025-07-21", [
   B("yellow", "Dad (Stuart) has alcohol-related liver disease and was told in June he must stop drinking. He says he is down to a few cans but mum says he drinks every day. Callum (10) helps dad up the stairs and rings mum at work if dad falls.",
     ["SUB", "PH", "CARER"], [], ""),
   B("orange", "Mum's previous partner was convicted of assaulting her in 2018 and has had no contact since. Police were called last month when Stuart, drunk, smashed the TV during a row with mum; DASH completed and MARAC referral made.",
     ["DA", "SUB"], ["hist"], "2018 ex-partner DA historical; current partner's incident is DA (not CRIME)"),
  ]),
  ("C", "2026-01-12", [
   B("yellow", "Stuart goes to Ashbrook Alcohol Service and is on medication to reduce cravings. Callum has a young carers worker and goes to the Saturday club.",
     ["SUB", "CARER"], ["look"], "'medication' here is treatment for SUB, not a substance"),
  ]),
 ]),
 ("Z014", "Kelmere", [
  ("A", "2025-08-04", [
   B("green", "Baby Isla (4 weeks) feeding and gaining well at the HV new birth visit; hip check normal. Mum (Kayleigh) scored high on the EPDS and the GP has started her on antidepressants for postnatal depression.",
     ["MH-ADULT"], ["neg", "whose"], "baby's health negated; mum's PND is MH-ADULT"),
   B("yellow", "Dad (Ryan) was made redundant in June and the first UC payment is five weeks off; they have used Kelmere food bank twice. EHW doing a budget plan with them.",
     ["FIN"], [], ""),
  ]),
  ("C", "2026-01-26", [
   B("blue", "Ryan started at the warehouse in October and they have not needed the food bank since. Kayleigh says she feels much brighter and meets other mums at baby group.",
     [], ["hist"], "money problem over; no current mood need stated"),
   B("green", "Kayleigh is staying on her antidepressants for now and the GP reviews her every three months.",
     ["MH-ADULT"], ["met"], ""),
  ]),
 ]),
 ("Z015", "Saltfleet", [
  ("A", "2025-09-29", [
   B("yellow", "Tyler (14) takes ADHD medication; mum says he won't eat at lunchtime and can't get to sleep before 1am. He was suspended for three days in September for throwing a chair in science.",
     ["EDU-SEND", "PH", "EDU-EXC"], ["look"], "ADHD medication is not SUB"),
   B("orange", "Tyler was arrested with two older lads for shoplifting in town and has been referred to YOS. Mum says he has shoved her against the wall twice when she took his phone off him.",
     ["CRIME", "REL-PAR"], ["look"], "child-to-parent violence is REL-PAR, not DA"),
  ]),
  ("C", "2026-03-16", [
   B("green", "Paediatrician changed Tyler's dose in December and he is now asleep by half ten. SENCO has put an individual behaviour plan in place and there have been no more suspensions this term.",
     ["EDU-SEND", "EDU-EXC"], ["hist"], "sleep problem over; suspensions over but behaviour plan ongoing"),
   B("yellow", "Tyler is doing a youth caution programme with YOS which ends in April. Mum says there has been no more pushing or shoving at home.",
     ["CRIME"], ["neg"], "REL-PAR negated"),
  ]),
 ]),
 ("Z016", "Harrowgate Vale", [
  ("A", "2025-05-05", [
   B("red", "Mum (Leanne) was detained under the Mental Health Act on 28 April after a manic episode. Jack (6) and Ruby (4) are staying with maternal gran under s20 and a strategy meeting has been held.",
     ["MH-ADULT"], ["whose"], "gran as kinship carer is not CARER"),
   B("yellow", "Ruby (4) is not yet dry in the day and nursery say her speech is hard to make out. Jack has started wetting the bed since mum went into hospital.",
     ["EYD", "PH"], [], "under-5 toileting/speech EYD; school-age bedwetting PH"),
  ]),
  ("C", "2025-12-08", [
   B("green", "Leanne home since July, on lithium with regular blood tests through her GP and the community mental health nurse.",
     ["MH-ADULT"], ["look"], "blood tests are MH treatment monitoring"),
   B("blue", "Ruby was toilet trained over the summer and now talks in sentences. Jack has stopped wetting the bed.",
     [], ["hist"], "all over"),
  ]),
 ]),
 ("Z017", "Ashbrook", [
  ("A", "2025-10-13", [
   B("green", "Mason (9) was weighed in the school measurement programme and is very overweight. School nurse says he snores heavily and has asked the GP to refer him for a sleep study. Dad (Darren) has type 2 diabetes and has missed his last two eye screenings.",
     ["PH"], [], "child's and parent's health both PH"),
   B("yellow", "Money is tight since dad's hours were cut and the family lives on cheap processed food. They have a Healthy Start card and places on the holiday food and activities programme.",
     ["FIN"], [], ""),
  ]),
  ("C", "2026-03-23", [
   B("green", "Mason had his sleep study in February and is on the waiting list to have his tonsils out. Darren went to his eye screening in January.",
     ["PH"], [], ""),
  ]),
 ]),
 ("Z018", "Kelmere", [
  ("A", "2025-06-16", [
   B("yellow", "Mum (Tracey) has fibromyalgia and is in pain most days; she takes prescribed painkillers and walks with a stick. Her PIP was cut at review and she has fallen behind with council tax.",
     ["PH", "FIN"], ["look"], "prescribed painkillers not SUB"),
   B("orange", "Connor (16) finished Year 11 in May with no college place or apprenticeship lined up. Stepdad (Gary) is on licence after a prison sentence and his probation officer sits on the TAF.",
     ["EDU-NEET", "CRIME"], [], "16+ NEET risk EDU-NEET only; adult on licence CRIME"),
  ]),
  ("C", "2025-12-15", [
   B("yellow", "Connor started a Level 1 construction course in September but says he wants to leave and his tutor thinks he may drop out before Christmas. Gary's licence ended in October.",
     ["EDU-NEET"], ["hist"], "at risk of NEET; licence over"),
   B("green", "Tracey's PIP was reinstated at the higher rate after a mandatory reconsideration and the council tax arrears are paid off. She sees her GP about managing the pain every two months.",
     ["PH"], ["hist"], "money problem cleared"),
  ]),
 ]),
 ("Z019", "Saltfleet", [
  ("A", "2025-03-24", [
   B("orange", "Family in temporary accommodation, one room at the Seaview Hotel, and moved twice in four months. Dad (Ahmad) has PTSD with flashbacks and is on the waiting list for trauma therapy at the refugee health service.",
     ["HOUS", "MH-ADULT"], [], ""),
   B("green", "Sara (7) has hearing loss in both ears and is waiting for hearing aids; she is on SEN support at school and sits at the front. Family not yet registered with a GP in Saltfleet.",
     ["PH", "EDU-SEND"], [], ""),
  ]),
  ("C", "2025-10-27", [
   B("green", "Sara has her hearing aids and stays on SEN support; audiology review in January. Ahmad started trauma therapy in September. Family moved into a council flat in August.",
     ["PH", "EDU-SEND", "MH-ADULT"], ["met"], "housing need met, not coded"),
  ]),
 ]),
 ("Z020", "Harrowgate Vale", [
  ("A", "2025-11-17", [
   B("green", "Ben (13) has epilepsy that is usually controlled with tablets, but he had two seizures at school in October when he forgot to take them. School nurse updated his healthcare plan.",
     ["PH"], [], ""),
   B("yellow", "Ben has been chatting to an adult man from a gaming site who asked him for photos; police were told and his devices checked. Mum says Ben's dad, who lives in Spain, has been drinking heavily.",
     ["SAFE-EXP"], ["out", "look"], "police safeguarding, not CRIME; father abroad outside household"),
  ]),
  ("C", "2026-05-11", [
   B("blue", "Ben takes his tablets with a phone alarm and has had no seizures since November. Mum has set up parental controls and they look at his apps together each week.",
     ["PH", "SAFE-EXP"], ["met"], "blue: managing epilepsy and online safety = present"),
  ]),
 ]),
 ("Z021", "Ashbrook", [
  ("A", "2025-01-13", [
   B("green", "Kai (4) had six teeth taken out under general anaesthetic in December. The dentist says Poppy (2) has decay too and the family missed her last check-up.",
     ["PH"], ["hist"], "Kai's extractions past; Poppy's decay current"),
   B("yellow", "Mum (Chelsea) feels low most days and struggles to get up; she has not been to her GP about it. She owes £2,000 on a catalogue and is getting bailiff letters over an old parking fine.",
     ["MH-ADULT", "FIN"], [], ""),
  ]),
  ("C", "2025-06-30", [
   B("green", "Poppy had two fillings in March and has one more appointment booked to finish the treatment. Chelsea is on citalopram from her GP.",
     ["PH", "MH-ADULT"], [], ""),
  ]),
 ]),
 ("Z022", "Kelmere", [
  ("A", "2025-04-28", [
   B("green", "Alfie (7) has Down syndrome and a heart condition, with a cardiology review every six months. He attends Kelmere Park Special School with an EHCP.",
     ["PH", "EDU-SEND"], [], ""),
   B("yellow", "Daisy (12) helps mum with Alfie's feeding and bedtime every evening and says she never gets to have friends round. School say she seems tired and withdrawn in lessons. Both parents work full-time and mum goes to the parent carer forum.",
     ["CARER", "MH-CHILD"], ["look", "whose"], "'parent carer' is not CARER; Daisy's caring is"),
  ]),
  ("C", "2025-09-15", [
   B("blue", "Daisy goes to the young carers group and has a sleepover with friends once a month when Alfie is at respite. Mum thinks Daisy might need more support if Alfie has his heart operation next year.",
     ["CARER"], ["met", "hyp"], "caring ongoing and managed; future operation hypothetical (Alfie PH not coded)"),
  ]),
 ]),
 ("Z023", "Saltfleet", [
  ("A", "2025-02-03", [
   B("red", "Leah (5 months) has missed three hospital appointments for her heart murmur and has dropped two weight centiles. ICPC on 28 January, child protection plan under neglect. Mum (Courtney, 17) moved out of her own mum's in December; her mum is a heavy drinker.",
     ["PH", "SAFE-NEG"], ["out"], "grandmother outside household: no SUB"),
   B("yellow", "Courtney has not been in education or training since leaving school after Year 11 and wants to go to college when Leah is older.",
     ["EDU-NEET"], [], ""),
  ]),
  ("C", "2025-09-01", [
   B("orange", "Leah has been to every cardiology appointment since March and is back on her centile; plan stepped down from CP. Courtney is open to the family nurse partnership and keeps a feeding diary.",
     ["PH"], ["hist"], "weight over, heart follow-up ongoing"),
   B("yellow", "Courtney started a part-time childcare course at Saltfleet College in September and Leah has a free nursery place.",
     [], ["met"], "NEET resolved; nursery place is not a stated need"),
  ]),
 ]),
 ("Z024", "Harrowgate Vale", [
  ("A", "2025-06-23", [
   B("green", "Mum (Rachel) has long Covid and has been off work on sick pay since February; dad has gone part-time to look after her. Harvey (10) tells his teacher he lies awake worrying that mum will die.",
     ["PH", "MH-CHILD"], ["whose", "look"], "dad caring for mum is an adult carer, not CARER; sick pay alone not FIN"),
   B("yellow", "Harvey referred to the school mental health support team for six sessions of CBT for his anxiety.",
     ["MH-CHILD"], [], ""),
  ]),
  ("C", "2025-12-22", [
   B("blue", "Harvey uses his worry box at bedtime and says the worries feel smaller. Rachel still has long Covid fatigue but is back at work three days a week.",
     ["MH-CHILD", "PH"], ["met"], "blue: managing = present"),
  ]),
 ]),
 ("Z026", "Kelmere", [
  ("A", "2025-09-01", [
   B("yellow", "Dad (Keith, 52) had a stroke in May and now uses a wheelchair. Mum (Angela) works full-time and Mollie (14) helps dad wash and get dressed before school.",
     ["PH", "CARER"], ["look"], "'get dressed' here is personal care"),
   B("green", "Mollie's attendance has slipped to 88% since May and she is late most Mondays; head of year has spoken to her.",
     ["EDU-ATT"], [], ""),
  ]),
  ("C", "2026-02-02", [
   B("blue", "Paid carers now come in twice a day for Keith, so Mollie no longer does any personal care; she says she just keeps him company.",
     ["PH"], ["hist", "look", "whose"], "paid carers are not CARER; Mollie's caring is over"),
   B("green", "Mollie's attendance is back up to 96% this term. Head of year will involve the attendance officer should it drop again.",
     [], ["met", "hyp"], "attendance now fine; further dip only hypothetical"),
  ]),
 ]),
 ("Z028", "Harrowgate Vale", [
  ("A", "2025-12-01", [
   B("green", "Grace (11) has sickle cell disease and has been in hospital three times this term with pain crises; attendance 84%, mostly authorised. School has a healthcare plan and sends work home.",
     ["PH", "EDU-ATT"], [], "authorised absence is still an attendance issue"),
   B("yellow", "Mum (Blessing) is a single parent and says she is worn out and anxious every time Grace is admitted; referred to a family support worker at the sickle cell charity. Blessing does not drink or smoke.",
     ["MH-ADULT"], ["neg"], "SUB negated"),
  ]),
  ("C", "2026-05-18", [
   B("green", "Grace has had one admission since January and attendance is up to 97%. Hospital school teacher keeps in touch with her class.",
     ["PH"], ["met"], "attendance now fine; sickle cell current"),
  ]),
 ]),
]

# unboxed notes: (id, stage, date, locality, text, codes, level, traps, note)
UNBOXED = [
 ("U001", "assessment", "2025-04-02", "Kelmere",
  "Call from school nurse: Lily-Mae (7) keeps coming in with head lice and has worn the same unwashed uniform all week. Mum (Sophie) told the nurse she has been in bed with shingles.",
  ["SAFE-NEG", "PH"], "green", [], "school nurse is a green cue"),
 ("U002", "assessment", "2025-06-18", "Saltfleet",
  "Home visit with the EHW. Dad (Marek) is recovering from a knee operation and cannot drive, so Zofia (9) has missed her last two orthodontist appointments. Marek says his mood is fine and there are no money worries.",
  ["PH"], "yellow", ["neg"], "MH-ADULT and FIN negated; EH worker = yellow"),
 ("U003", "assessment", "2025-11-05", "Harrowgate Vale",
  "Strategy meeting held after Kacper (14) took an overdose of paracetamol. He is on the children's ward and CAMHS saw him today. Mum advised to lock away all medicines at home.",
  ["MH-CHILD"], "red", ["look"], "'medicines' not SUB; strategy meeting = red cue"),
 ("U004", "closure", "2026-01-14", "Ashbrook",
  "Mum (Hayley) rang to say she has joined a local walking group to help with her weight, as the GP suggested, and found free family swim sessions on the council website.",
  ["PH"], "green", ["level"], "self-help tone but GP is the highest cue = green"),
 ("U005", "assessment", "2025-07-30", "Kelmere",
  "Police called to the house at 2am after Jordan (15) came home drunk and punched a hole in the door when mum (Dawn) told him off. Dawn has epilepsy and says the stress is setting off more seizures.",
  ["SUB", "REL-PAR", "CRIME", "PH"], "orange", ["look"], "child's aggression to parent REL-PAR not DA; police about young person = CRIME"),
 ("U006", "closure", "2026-02-20", "Saltfleet",
  "Closing note: Ava (3) is settled at nursery for 15 hours and is now toilet trained. Mum (Kerry) still sees the Portage worker weekly for Ava's global developmental delay. Sleep routine from the HV worked and Ava now sleeps through.",
  ["EYD"], "yellow", ["hist"], "toileting and sleep over; Portage ongoing = EYD, yellow cue"),
]

def main():
    nrows, grows, traps = [], [], []
    for case, loc, triages in CASES:
        for st, date, boxes in triages:
            tid = f"{case}-{st}"
            stage = "assessment" if st == "A" else "closure"
            for b in boxes:
                nid = f"{tid}-{b['level']}"
                nrows.append([nid, tid, case, stage, date, b["level"], loc, b["text"]])
                for c in b["codes"]:
                    grows.append([nid, c, b["level"]])
                if b["traps"]:
                    traps.append({"narrative_id": nid, "kinds": b["traps"], "note": b["note"]})
    for uid, stage, date, loc, text, codes, lvl, tr, note in UNBOXED:
        nrows.append([uid, uid, uid, stage, date, "", loc, text])
        for c in codes:
            grows.append([uid, c, lvl])
        traps.append({"narrative_id": uid, "kinds": tr, "note": note, "inferred_level": lvl})
    def w(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            cw = csv.writer(f, lineterminator="\r\n")
            cw.writerow(header)
            cw.writerows(rows)
    w("narratives.csv", ["narrative_id","triage_id","case_id","stage","date","level","locality","narrative"], nrows)
    w("gold.csv", ["narrative_id","code","level"], grows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
    print(f"{len(nrows)} narratives, {len(grows)} gold rows, {len(traps)} trap notes")

if __name__ == "__main__":
    main()
