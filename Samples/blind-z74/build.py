#!/usr/bin/env python3
"""Hand-written blind gold set: disabled children's early help team (theme: SEND,
complex health, respite, young carers, parent wellbeing, adaptations, benefits).
Writes narratives.csv, gold.csv, traps.json. Standard library only."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
HW, LB, SV, CW = "Hawkmoor", "Lindenbrook", "Saltmarsh Vale", "Cresswell"

# Boxed cases: case -> (locality, assessment date, closure date, [boxes])
# box = (stage 'A'/'C', level, text, [gold codes], [(trap type, note)])
CASES = [
("H101", HW, "2025-03-04", "2025-08-20", [
 ("A", "green", "Amara (7) has an EHCP naming the hearing resource base at Brookfield Primary for her bilateral hearing loss. SENCO reviews provision termly and the annual review is booked for May. Attendance is good and school have raised no concerns.",
  ["EDU-SEND", "PH"], [("negated", "attendance good / no concerns from school: not EDU-ATT")]),
 ("A", "yellow", "Mum (Grace) says she is running on empty - Amara wakes three or four times a night and Grace has not had a full night since Christmas. Grace was tearful on the visit and describes feeling low most days; she hasn't been to the GP about it yet. EHW to look at a sleep routine and link Grace with the parent carer forum.",
  ["PH", "MH-ADULT"], [("lookalike", "'parent carer forum' is not CARER (convention 12)")]),
 ("C", "blue", "Grace goes to the parent carer forum coffee morning every other week and says it keeps her going. She started sertraline through the GP in April and feels her mood has lifted. Bedtime visual timetable in use; Amara now usually wakes once and Grace settles her back herself.",
  ["MH-ADULT", "PH"], [("lookalike", "parent carer forum is not CARER")]),
]),
("H102", LB, "2025-01-15", "2025-07-02", [
 ("A", "yellow", "Maisie (14) lifts her brother Noah (11, cerebral palsy, power chair) in and out of bed and gives his evening medication when mum is on a late shift at the supermarket. Maisie told her form tutor she is tired all the time and has given up netball. Referral sent to Lindenbrook Young Carers.",
  ["CARER", "PH"], [("lookalike", "mum working late shifts is not FIN (convention 5)")]),
 ("A", "orange", "The family rent a first-floor housing association flat with no lift and mum carries Noah, now 38kg, up two flights of stairs every day. OT has confirmed the flat cannot be adapted. Medical priority awarded on the housing register but no offer yet. Mum has injured her back and is seeing a physio.",
  ["HOUS", "PH"], []),
 ("C", "green", "Family moved in June to a ground-floor adapted bungalow; Noah is transferred with a ceiling track hoist and uses the wet room, and his physio is happy with his posture. No housing concerns now and Maisie no longer does any lifting.",
  ["PH"], [("met", "housing need met after move: not HOUS"), ("historical", "Maisie no longer lifts: CARER over")]),
]),
("H103", SV, "2025-02-10", "2025-09-30", [
 ("A", "green", "Isla (2 years 8 months) has Down syndrome and had her heart defect repaired as a baby; yearly cardiology follow-up at Westgate Children's Hospital. HV review found Isla is not yet walking on her own and uses about ten signs and words.",
  ["PH", "EYD"], []),
 ("A", "yellow", "Portage referral accepted. Parents have not applied for a two-year-old funded nursery place as they doubt a mainstream nursery could manage her. EHW to help with the application and with a request for an EHC needs assessment.",
  ["EYD", "EDU-SEND"], []),
 ("C", "green", "Isla started at Little Acorns nursery on 22/09 with a 1:1 paid through the inclusion fund. She is now cruising round furniture and has over 30 signs. EHC needs assessment agreed and the draft plan is due next month.",
  ["EYD", "EDU-SEND"], []),
]),
("H104", CW, "2025-04-07", "2025-10-15", [
 ("A", "yellow", "Theo (13) is autistic with an EHCP at Harrowgate Academy. His attendance has fallen to 58% since Easter - he will not get out of the car at the school gate. School have put him on mornings only for now.",
  ["EDU-SEND", "EDU-ATT"], []),
 ("A", "orange", "Theo has put his fist through his bedroom door and has hit mum twice when asked to come off his console. GP referred him to CAMHS after he said he wished he wasn't here; he is on the waiting list. No police involvement.",
  ["REL-PAR", "MH-CHILD"], [("lookalike", "child-to-parent violence is REL-PAR, not DA (convention 8)"), ("negated", "no police: not CRIME")]),
 ("A", "green", "Mum (Sadie) has been on antidepressants from the GP for two years and says they work for her. Theo's DLA claim was turned down in March and a mandatory reconsideration has gone in. Sadie has cut her hours to manage the school run and is now behind with her council tax.",
  ["MH-ADULT", "FIN"], []),
 ("C", "blue", "DLA awarded at the middle care rate on reconsideration and backdated to the claim date. The council tax arrears were cleared in August and Sadie says they are managing fine.",
  [], [("historical", "council tax arrears cleared: FIN historical"), ("lookalike", "DLA named with no money problem: not FIN/PH (convention 5)")]),
]),
("H105", HW, "2025-05-12", "2025-11-03", [
 ("A", "orange", "Reuben (4) has a rare metabolic disorder, is gastrostomy fed overnight and is under three consultants at St Aldhelm's. He has had 14 hospital appointments since January, each a 40-mile round trip, and two admissions with chest infections. TAF to be set up with the complex needs nurse, dietitian and EHW.",
  ["PH"], []),
 ("A", "yellow", "Dad (Kwame) gave up his job at the depot to become Reuben's full-time carer. The family now live on Universal Credit and Carer's Allowance; petrol for hospital trips is coming out of the food budget and they used the Hawkmoor food bank twice last month.",
  ["FIN"], [("lookalike", "dad as full-time carer is not CARER")]),
 ("C", "yellow", "Hospital travel costs claim set up and a Family Fund grant paid for a washing machine. The family still use the food bank now and then because UC deductions for an advance are continuing until spring.",
  ["FIN"], []),
]),
("H106", LB, "2025-06-02", "2025-12-10", [
 ("A", "green", "Leah (8) has epilepsy, controlled on prescribed drugs (sodium valproate) overseen by the GP and neurology; her last tonic-clonic seizure was in February. Ashby Lane Primary have a care plan and rescue medication in the office.",
  ["PH"], [("lookalike", "'prescribed drugs' for epilepsy is not SUB")]),
 ("A", "yellow", "Her twin Ezra (8) sleeps in Leah's room so he can wake mum if Leah fits in the night, and he has been late 11 times this term. Mum works nights at a care home. Ezra says he worries about his sister all the time.",
  ["CARER", "EDU-ATT", "MH-CHILD"], [("lookalike", "mum's night work / 'care home' is not FIN or CARER")]),
 ("C", "green", "OT fitted a seizure alarm mat, so Ezra has moved back to his own room and now arrives on time. Leah has had no seizures since March; neurology reviewed her medication in November and she stays on it.",
  ["PH"], [("historical", "Ezra no longer night-monitors and lateness is over: not CARER/EDU-ATT")]),
]),
("H107", SV, "2025-02-24", "2025-09-12", [
 ("A", "yellow", "Kai (9) is on the ADHD pathway; the community paediatrician saw him on 12/02 and is waiting for the school questionnaires. He has had two fixed-term suspensions this year for throwing chairs and school have mentioned a managed move.",
  ["EDU-SEND", "EDU-EXC"], []),
 ("A", "orange", "Parents separated in the autumn and argue at handovers in front of Kai. Dad has applied to court for more contact. Mum is clear there was no abuse in the relationship and police have never been called.",
  ["REL-CONF"], [("negated", "no abuse: not DA"), ("negated", "police never called: not CRIME")]),
 ("C", "yellow", "ADHD diagnosed in June and a SEN support plan with movement breaks is in place. No suspensions since April and the managed move is no longer being talked about.",
  ["EDU-SEND"], [("historical", "suspensions ended in April: not EDU-EXC"), ("negated", "managed move dropped")]),
]),
("H108", CW, "2025-03-18", "2025-07-30", [
 ("A", "orange", "Mia (12) has spina bifida and needs intermittent catheterisation. The school nurse reports Mia arriving with sore skin and wearing the same clothes several days running, and three urology appointments have been missed since November.",
  ["PH", "SAFE-NEG"], []),
 ("A", "red", "Strategy meeting held on 20/03 after Mia told a TA she is left on her own overnight when mum goes out. Section 47 enquiry under way with the Cresswell Disabled Children's Team.",
  ["SAFE-NEG"], []),
 ("A", "yellow", "Mum (Dana) says she drinks a bottle of wine most nights 'to cope' and agreed to a referral to Cresswell Recovery Service. She used cannabis when younger but stopped in 2021.",
  ["SUB"], [("historical", "cannabis stopped 2021")]),
 ("C", "red", "Case stepped up to social care: Mia is now subject to a child protection plan under the category of neglect and has an allocated social worker. Early help closing.",
  ["SAFE-NEG"], []),
]),
("H109", HW, "2025-09-08", "2026-02-04", [
 ("A", "green", "Sofia (10) is registered severely sight impaired. She has an EHCP and a qualified teacher of the visually impaired visits Ashfield Primary weekly.",
  ["PH", "EDU-SEND"], []),
 ("A", "yellow", "Sofia says children in her class hide her cane and call her names. She has started complaining of feeling sick before school and cries at bedtime. School are aware; EHW to do some worry work with her.",
  ["SAFE-EXP", "MH-CHILD"], []),
 ("C", "green", "School ran a disability awareness assembly and the name-calling has stopped. Sofia still gets anxious on Monday mornings and the pastoral lead checks in with her each day.",
  ["MH-CHILD"], [("historical", "bullying stopped: not SAFE-EXP")]),
 ("C", "blue", "Mum (Ana) rings the Clearview sight loss helpline when she has questions about Sofia's eye condition and says she feels confident managing it. Dad lives in Portugal and has occasional video calls; no disagreements over contact.",
  ["PH"], [("outside", "dad abroad, outside household"), ("negated", "no contact disagreements: not REL-CONF")]),
]),
("H110", LB, "2025-04-22", "2025-10-20", [
 ("A", "orange", "Family of six in a two-bed private let. Jacob (6) has epilepsy; he shares a room with two siblings and his night-time seizures wake them. The landlord served a section 21 notice two weeks after the family asked for a ramp.",
  ["HOUS", "PH"], []),
 ("A", "yellow", "Parents owe £2,300 on catalogues and credit cards, most of it built up while dad was off sick for six months last year; he has been back at work since January. Referred to Citizens Advice.",
  ["FIN"], [("historical", "dad's sickness over: not PH")]),
 ("C", "orange", "Possession hearing adjourned. The council accepted a homelessness duty and the family are in a four-bed temporary house with a downstairs bedroom for Jacob. Housing options still looking for a permanent adapted home.",
  ["HOUS"], []),
]),
("H111", SV, "2025-01-27", "2025-08-14", [
 ("A", "yellow", "Ellis (6) has global developmental delay, is non-verbal and attends Meadowview Special School with an EHCP. Mum (Kerry), a single parent, says she has not had a break in four years and feels 'on the edge'; the GP has diagnosed anxiety and she is waiting for talking therapy. Short breaks referral made.",
  ["EDU-SEND", "MH-ADULT"], []),
 ("A", "orange", "Home conditions poor on the visit: Ellis's bedroom carpet is soaked with urine and faeces and there was no clean bedding; Kerry says she cannot keep up with the washing. Ellis's dad is in prison and has had no contact for years.",
  ["SAFE-NEG"], [("outside", "dad in prison, not in household: not CRIME")]),
 ("C", "green", "Kerry has had six CBT sessions through Talking Therapies and says her anxiety is more manageable. Ellis's EHCP was reviewed in June and school are introducing PECS.",
  ["MH-ADULT", "EDU-SEND"], []),
]),
("H112", CW, "2025-05-19", "2025-11-27", [
 ("A", "yellow", "Dylan (17) is autistic and left Greystone College in January when his placement broke down; he has been at home since, gaming most of the night. His EHCP is still maintained and the SEND caseworker is looking at supported internships.",
  ["EDU-NEET", "EDU-SEND"], []),
 ("A", "green", "GP weighed Dylan at 128kg and has referred him to the weight management clinic; he is refusing blood tests.",
  ["PH"], []),
 ("C", "yellow", "Dylan started a supported internship at the council depot three days a week in September with a job coach; EHCP amended to reflect this.",
  ["EDU-SEND"], [("met", "now in supported internship: no longer EDU-NEET")]),
 ("C", "green", "Still attending the weight clinic and has lost 6kg. Mum and stepdad both working and say money is fine; Dylan's PIP continues.",
  ["PH"], [("negated", "money fine: not FIN"), ("lookalike", "PIP named alone: not FIN")]),
]),
("H113", HW, "2025-07-07", "2026-01-20", [
 ("A", "yellow", "Baby Zara (10 months) was born at 26 weeks, is on home oxygen and is followed up by the neonatal outreach team. She missed her 8-month development check and two sets of immunisations while in hospital.",
  ["PH", "EYD"], []),
 ("A", "green", "Mum (Priya) was in an abusive relationship that ended in 2019; MARAC closed at that time and there has been no contact since. Her current partner is supportive and shares the hospital runs.",
  [], [("historical", "DA and MARAC ended 2019")]),
 ("A", "orange", "Arjun (15) has been kept off school to mind Zara while Priya takes the other children to appointments; attendance 71%. Last week he was reported missing overnight and police found him in the town centre at 1am; he said he just needed to get away.",
  ["CARER", "EDU-ATT", "SAFE-EXP"], [("lookalike", "police finding a missing child is not CRIME (convention 7)")]),
 ("C", "green", "Zara has been off oxygen since November, the practice nurse has given her catch-up immunisations and her 12-month check was on track.",
  [], [("met", "oxygen, immunisations and check all completed: no PH/EYD")]),
]),
("H114", LB, "2025-03-31", "2025-09-22", [
 ("A", "yellow", "Dad (Marek) has rheumatoid arthritis and takes co-codamol for the pain. Mum (Irena) is his main carer and also looks after Tomasz (5), who has Down syndrome. Eldest Kasia (12) does the family shop and cooks tea most nights.",
  ["PH", "CARER"], [("lookalike", "co-codamol is not SUB"), ("lookalike", "mum as main carer is not CARER; Kasia is")]),
 ("A", "green", "Tomasz is in Reception at St Mary's on SEN support with very limited speech; the SENCO is applying for an EHC needs assessment and the school's speech therapist sees him weekly.",
  ["EDU-SEND"], []),
 ("C", "blue", "Kasia goes to the young carers club on Wednesdays. A cleaner comes two hours a week, paid from Marek's PIP, and Kasia now only cooks on Fridays, which she says she enjoys.",
  ["CARER"], [("lookalike", "PIP named: not FIN/PH")]),
]),
("H115", SV, "2025-10-06", "2026-03-16", [
 ("A", "orange", "Freya (5) has a life-limiting neuromuscular condition and is known to Little Harbour Children's Hospice. Frequent chest infections and three PICU admissions this year. TAF in place with the hospice, community nursing and school.",
  ["PH"], []),
 ("A", "yellow", "Her brother Oscar (9) has become withdrawn and cries at night; he told his teacher he thinks Freya is going to die. School have referred him to the hospice sibling support worker.",
  ["MH-CHILD"], []),
 ("C", "yellow", "Oscar sees the sibling support worker fortnightly and goes to the hospice sibling group. His teacher says he is more settled but still gets upset some days.",
  ["MH-CHILD"], []),
]),
("H116", CW, "2025-11-10", "2026-04-01", [
 ("A", "orange", "Family live in a damp two-bed flat with black mould across the bedroom walls. Rahim (7) has severe asthma and was admitted twice this winter; his consultant has written supporting a move.",
  ["HOUS", "PH"], []),
 ("A", "yellow", "Carer's Allowance stopped in September when mum's hours at the takeaway took her over the earnings limit, and DWP now say she owes a £1,400 overpayment. The family had no heating for a week in October.",
  ["FIN"], []),
 ("C", "yellow", "Overpayment being recovered at £25 a month and Carer's Allowance reinstated after mum reduced her hours. Family are using the council's winter fuel voucher scheme.",
  ["FIN"], []),
]),
("H117", HW, "2025-06-16", "2025-12-01", [
 ("A", "yellow", "Dad (Lewis) was made redundant in April and says he has 'no fight left' after a year battling for Poppy's EHCP, which was finally issued in May. GP has started him on medication for depression. Mum works full time.",
  ["MH-ADULT", "FIN", "EDU-SEND"], []),
 ("A", "green", "Poppy (8) is autistic and at Hillcrest Juniors with an EHCP. The SENCO says she masks all day at school and then melts down at home, screaming and throwing things at her parents. No issues with attendance.",
  ["EDU-SEND", "REL-PAR"], [("negated", "no attendance issues")]),
 ("C", "blue", "Lewis is on a job-coaching programme through the Jobcentre and has two interviews booked. He says the tablets and the Saturday running club are helping his mood.",
  ["FIN", "MH-ADULT"], []),
]),
("H118", LB, "2025-08-11", "2026-01-12", [
 ("A", "orange", "Callum (15) has an EHCP for moderate learning difficulties. He has been seen with older lads around the Eastgate flats and came home with a new phone and £200 he can't explain. Police stopped him last week and found cannabis wraps on him; an NRM referral has been made.",
  ["EDU-SEND", "SAFE-EXP", "CRIME"], [("lookalike", "drugs found on exploited child: SAFE-EXP + CRIME, not SUB (convention 12)")]),
 ("A", "yellow", "Mum says Callum has stopped listening to her, comes in after midnight and shouts at her when she asks where he has been. She now charges his phone in her own room overnight.",
  ["REL-PAR"], [("lookalike", "'charges his phone' is not CRIME")]),
 ("C", "orange", "Callum is open to YOS on a referral order for the possession offence. Exploitation risk has reduced since he started at the Brightwater vocational unit, though he is still in contact with one of the older lads. No missing episodes since October.",
  ["CRIME", "SAFE-EXP"], [("historical", "missing episodes ended October")]),
]),
("H119", SV, "2025-02-03", "2025-10-08", [
 ("A", "yellow", "Aisha (11) was diagnosed with type 1 diabetes in December. Her HbA1c is high and she has been skipping insulin at school so friends don't see. Diabetes nurse is visiting school. Mum is getting up three times a night to check Aisha's levels.",
  ["PH"], []),
 ("A", "green", "Aisha moves to Castlegate High in September; transition meeting with the school nurse booked to write an individual healthcare plan. She is not on SEN support and school see no need for it.",
  ["PH"], [("negated", "not on SEN support: not EDU-SEND")]),
 ("C", "blue", "Aisha now manages her own insulin with a pump and sensor; mum gets alerts on her phone and is sleeping through the night again.",
  ["PH"], []),
]),
("H120", CW, "2025-09-15", "2026-03-02", [
 ("A", "yellow", "Ollie (10) has Duchenne muscular dystrophy and now uses his wheelchair full time. The house needs a through-floor lift and a downstairs wet room; a Disabled Facilities Grant application is in and the OT is visiting. Until then Ollie sleeps on a bed in the living room.",
  ["PH", "HOUS"], []),
 ("A", "green", "Ollie is at Parkside Primary with an EHCP and a TA for moving and handling. Mum worries that if the local secondary can't meet his needs he would have to travel 15 miles to a special school.",
  ["EDU-SEND"], [("hypothetical", "possible future school placement issue")]),
 ("C", "yellow", "Through-floor lift installed in January, but the wet room is still waiting on the contractor and Ollie is being strip-washed in the kitchen.",
  ["HOUS"], []),
]),
("H121", HW, "2025-04-14", "2025-10-01", [
 ("A", "blue", "N/A", [], []),
 ("A", "yellow", "Jade (14) has hypermobility syndrome and chronic fatigue and is missing around two days a week; attendance 61%. School have suggested a reduced timetable. Jade says she feels left out and low.",
  ["PH", "EDU-ATT", "MH-CHILD"], []),
 ("C", "green", "Jade is on a phased return, now attending 85%, and does her physio exercises at home. GP reviewing her fatigue.",
  ["EDU-ATT", "PH"], []),
]),
("H122", LB, "2025-05-27", "2025-12-08", [
 ("A", "orange", "Mum (Chantelle) disclosed that her partner pushed her into a wardrobe while she was holding Rio (3), who has cerebral palsy. Partner arrested and bailed not to come to the address; DASH high risk, MARAC on 10/06.",
  ["DA", "PH"], [("lookalike", "partner's arrest for DV is DA only, not CRIME (convention 7)")]),
 ("A", "yellow", "Rio is not yet talking and has been assessed by Portage; he is waiting for a specialist seating assessment for his cerebral palsy before he can start nursery.",
  ["EYD", "PH"], []),
 ("C", "yellow", "Chantelle has a non-molestation order in place and is halfway through the Freedom Programme. Rio attends Rainbow nursery three days and is still mainly signing with a few words; Portage continues.",
  ["DA", "EYD"], []),
]),
("H124", CW, "2025-12-01", "2026-05-11", [
 ("A", "orange", "Electricity is on a prepayment meter and the family have self-disconnected twice this month, although Bella (9) needs a ventilator overnight and a suction machine. Mum rang in tears. TAF to be convened with community nursing.",
  ["FIN", "PH"], []),
 ("A", "yellow", "Bella's brother Finn (16) left sixth form in October and is not working. He does Bella's suction through the night when mum is asleep.",
  ["EDU-NEET", "CARER"], []),
 ("C", "yellow", "Energy supplier has put the family on the priority services register and applied a credit; Family Fund paid for a new fridge. Mum is paying £10 a week off the gas arrears.",
  ["FIN"], []),
]),
("H125", HW, "2026-01-19", "2026-06-22", [
 ("A", "orange", "Holly (14) has been cutting her arms and has been open to CAMHS since December. She says she never gets any peace at home.",
  ["MH-CHILD"], []),
 ("A", "yellow", "Her brother Jack (11) hits and bites mum and Holly most days during meltdowns and mum has bruising on her forearms. Positive behaviour support referral made through the learning disability team.",
  ["REL-PAR"], [("lookalike", "child-to-parent violence is REL-PAR, not DA")]),
 ("C", "orange", "Holly remains with CAMHS and has not self-harmed since April. Jack has a PBS plan and his aggression is down to once or twice a week.",
  ["MH-CHILD", "REL-PAR"], [("historical", "self-harm ended April; CAMHS ongoing still codes MH-CHILD")]),
]),
("H126", LB, "2025-08-04", "2026-01-05", [
 ("A", "yellow", "Mum (Sam) has used a wheelchair since a spinal injury. Leon (10) helps her dress and transfers her onto the toilet before school and is late most mornings. Adult social care assessment requested for a care package.",
  ["PH", "CARER", "EDU-ATT"], []),
 ("A", "green", "Teenagers from next door have been throwing stones at the windows; police came out and spoke to them. Leon was frightened at the time but there have been no problems since.",
  [], [("outside", "neighbours' ASB: not CRIME for this family"), ("historical", "no problems since")]),
 ("C", "blue", "Carers now visit Sam morning and evening to help with her personal care. Leon no longer helps with her personal care and gets to school on time.",
  ["PH"], [("historical", "Leon's caring and lateness over: not CARER/EDU-ATT"), ("lookalike", "paid carers are not CARER")]),
]),
("H127", SV, "2025-03-10", "2025-09-15", [
 ("A", "yellow", "Baby Noor (4 months) was born with a cleft lip and palate; surgery is planned for June. She feeds slowly with special bottles and her weight is on the 2nd centile. Mum (Hana) has postnatal depression; the GP has prescribed medication and the health visitor visits weekly.",
  ["PH", "MH-ADULT"], []),
 ("C", "blue", "Lip repair done in June and the palate repair is planned for next spring. Hana says she is enjoying Noor now and is slowly coming off her antidepressants with the GP.",
  ["PH", "MH-ADULT"], []),
]),
("H128", CW, "2025-10-27", "2026-03-09", [
 ("A", "yellow", "Dad (Gary) is the sole carer for Mason (8), who is autistic with a severe learning disability. His UC was sanctioned for missing a Jobcentre appointment that clashed with Mason's EHCP annual review, and the rent is now £600 in arrears.",
  ["FIN", "EDU-SEND"], [("lookalike", "dad as sole carer is not CARER")]),
 ("A", "blue", "Gary drank heavily after his wife left in 2020 but has been sober for three years and no longer goes to meetings.",
  [], [("historical", "alcohol misuse ended three years ago: not SUB")]),
 ("C", "yellow", "Sanction overturned on appeal and the rent arrears were cleared with a discretionary housing payment. Gary now also receives Carer's Allowance.",
  [], [("historical", "sanction and arrears resolved"), ("lookalike", "Carer's Allowance alone is not FIN/CARER")]),
]),
("H129", HW, "2025-07-21", "2026-02-09", [
 ("A", "orange", "Evie (13, autistic, EHCP) has been sending pictures of herself to a man she met on a gaming site who told her he was 15. Police and CEOP are involved and her phone has been taken for examination.",
  ["SAFE-EXP", "EDU-SEND"], [("lookalike", "police involved as victim's safeguarding: not CRIME")]),
 ("A", "yellow", "Since then Evie has been very anxious and won't leave her bedroom; she is waiting for CAMHS triage.",
  ["MH-CHILD"], []),
 ("C", "yellow", "Evie completed an online safety programme with the EHW and there has been no further contact from the man; police have closed their investigation. She is still on the CAMHS waiting list but now goes out with mum at weekends.",
  ["MH-CHILD"], [("historical", "online grooming contact over, investigation closed: not SAFE-EXP")]),
]),
("H130", LB, "2025-11-17", "2026-04-20", [
 ("A", "yellow", "Parents argue constantly about who does the night shifts with Ruby (2), who has a tracheostomy, and dad has moved into the spare room. Both say there has been no violence or threats.",
  ["REL-CONF", "PH"], [("negated", "no violence or threats: not DA"), ("lookalike", "'night shifts' caring for baby is not work/FIN")]),
 ("A", "green", "Ruby has speech therapy through the community SALT team and is using Makaton; the HV reviews her development every six months. Mum's own mother has dementia and lives in a care home in Kent.",
  ["EYD"], [("outside", "grandmother's dementia, outside household: not PH")]),
 ("C", "yellow", "The couple went to four sessions of relationship counselling and now have a night rota; there are still some arguments but they are less heated.",
  ["REL-CONF"], []),
]),
]

# Unboxed case notes: (id, stage, date, locality, text, gold level, codes, traps)
UNBOXED = [
("W101", "assessment", "2025-04-02", HW,
 "Phone call with mum about Alfie (4). Portage worker is visiting fortnightly; Alfie is not toilet trained yet and has about 15 words. Mum asked about DLA - sent her the Contact guide and she will apply herself.",
 "yellow", ["EYD"], [("lookalike", "DLA enquiry with no money problem: not FIN")]),
("W102", "assessment", "2025-06-11", LB,
 "Strategy meeting held today: Kayden (7, non-verbal, EHCP) was found by a motorist walking along the bypass at 6am while mum was asleep, the third time this year he has got out of the house unnoticed. Section 47 to proceed.",
 "red", ["SAFE-NEG", "EDU-SEND"], []),
("W103", "assessment", "2025-09-03", SV,
 "Home visit. Maya (15) looks after mum, who has MS, and gets her little brother ready for school; she has missed 20 days this term. Referred to Saltmarsh Young Carers. No concerns about home conditions.",
 "yellow", ["CARER", "EDU-ATT", "PH"], [("negated", "no concerns about home conditions: not SAFE-NEG")]),
("W104", "closure", "2025-10-22", CW,
 "Mum says she is getting the hang of Jonah's new feeding pump and has joined an online group for parents of tube-fed children. No further support needed.",
 "blue", ["PH"], []),
("W105", "assessment", "2026-01-14", HW,
 "TAF review. Lucas (12) attended his CAMHS appointment. School refusal continuing, he manages two lessons a day. Mum says she would think about a parenting course if things get worse at home.",
 "orange", ["MH-CHILD", "EDU-ATT"], [("hypothetical", "parenting course only if things get worse: not REL-PAR")]),
("W106", "closure", "2026-03-25", SV,
 "Section 20 agreed today for Tyler (16) after living at home broke down; he has a brain injury from a road accident in 2019 and mum can no longer manage his aggression towards her. Tyler has not been in school or college since September.",
 "red", ["PH", "REL-PAR", "EDU-NEET"], [("lookalike", "accident in 2019 but brain injury ongoing: PH present")]),
("W107", "assessment", "2025-07-30", HW,
 "Police called by neighbours after shouting was heard; it was Ben (14, ADHD, on SEN support at school) kicking off at his dad over screen time. No arrest made. Dad has booked onto a parenting course.",
 "orange", ["REL-PAR", "CRIME", "EDU-SEND"], [("lookalike", "no arrest, but a police call-out about a young person's behaviour is CRIME (convention 7)")]),
]

def main():
    narr, gold, traps = [], [], {}
    for case, loc, adate, cdate, boxes in CASES:
        for st, lvl, text, codes, tr in boxes:
            nid = f"{case}-{st}-{lvl}"
            stage = "assessment" if st == "A" else "closure"
            date = adate if st == "A" else cdate
            narr.append([nid, f"{case}-{st}", case, stage, date, lvl, loc, text])
            for c in codes:
                gold.append([nid, c, lvl])
            if tr:
                traps[nid] = [{"type": t, "note": n} for t, n in tr]
    for nid, stage, date, loc, text, lvl, codes, tr in UNBOXED:
        narr.append([nid, nid, nid, stage, date, "", loc, text])
        for c in codes:
            gold.append([nid, c, lvl])
        if tr:
            traps[nid] = [{"type": t, "note": n} for t, n in tr]
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(narr)
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
    print(f"{len(narr)} narratives, {len(gold)} gold rows, {len(traps)} with traps")

if __name__ == "__main__":
    main()
