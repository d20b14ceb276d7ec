#!/usr/bin/env python3
"""Blind hand-coded gold set: multi-person households (whose issue is it?).
Writes narratives.csv, gold.csv and traps.json. Standard library only."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# (case, locality, assessment date, closure date, boxes)
# box = (stage A/C, level, narrative, "gold codes", "trap note")
CASES = [
("Z001", "Ashcombe", "2025-02-03", "2025-07-14", [
 ("A", "green", "Mia (2y4m) seen by HV for her 2 year review - only a handful of single words, HV has referred to the SALT drop-in at the family hub. Tyler (8) has no difficulties with his speech and reads above his age. Leanne mentioned she had PND after Tyler was born but says she has felt well for years.", "EYD", "Tyler's speech negated (would be EDU-SEND); mum's PND historical"),
 ("A", "yellow", "Jade (15) missing lessons most Mondays, attendance 78% since Sept. She told me she feels low all the time and has stopped going out with friends. Leanne says her own mood is fine, it is Jade she is worried about. EHW to do joint sessions with Jade and her head of year.", "EDU-ATT MH-CHILD", "low mood is the teenager's (MH-CHILD), mum's mood negated"),
 ("C", "blue", "Leanne doing the talking games from the HV leaflet every evening and Mia is now putting two words together. Jade's attendance issue has resolved, 97% this half term, and she says she'd use Kooth if she started feeling low again.", "EYD", "Jade's attendance over (historical); Kooth hypothetical"),
]),
("Z002", "Millbrook", "2025-01-20", "2025-09-29", [
 ("A", "yellow", "Oscar (17) left college at Christmas and hasn't found work or another course, gaming until 4am and sleeping all day. Sam works full time on rotating shifts at the depot. Referred Oscar to the Next Step youth employment team.", "EDU-NEET", "NEET young person only; dad working shifts is not FIN"),
 ("A", "orange", "Nan Irene lives with the family and was diagnosed with dementia last year. Ruby (10) gives her tablets and helps her to the toilet after school, and has been getting upset in class. Sam admits to 6-8 cans most nights to cope and was given a caution by police after a drunken row outside the Crown in January.", "PH CARER MH-CHILD SUB CRIME", "grandparent in household: PH; dad's caution is CRIME (adult offending), not DA"),
 ("C", "yellow", "Ruby goes to the young carers group every other Tuesday. Sam engaging with the drug and alcohol service and says he only drinks at weekends now. Oscar started a plumbing course in September and hasn't missed a day.", "CARER SUB", "Oscar's NEET over (historical)"),
]),
("Z003", "Kettleby", "2025-03-10", "2025-10-06", [
 ("A", "green", "Ava (6m) has started weaning and HV is happy with her weight. Kai (4) still in nappies day and night and hasn't taken up his nursery place even though Shannon has the 30 hours code.", "EYD", "baby's weaning is good news; toddler's toileting/nursery is EYD"),
 ("A", "orange", "Shannon and Dean argue loudly most nights and neighbours have complained. Neither reports any violence and Shannon says she doesn't feel frightened or controlled by Dean. Lily's dad Ryan lives in Fernhill and has a burglary conviction; supervised contact monthly. Lily (13) cut her arms in March and is now open to CAMHS.", "REL-CONF MH-CHILD", "DA negated; Ryan's conviction is outside the household (no CRIME)"),
 ("C", "green", "Kai now goes to Little Acorns nursery three days a week and is dry in the daytime. Lily still sees her CAMHS practitioner fortnightly, no self-harm since May.", "EYD MH-CHILD", "green box: nursery take-up now managing; ongoing CAMHS codes"),
 ("C", "yellow", "Shannon and Dean finished the Getting On course for couples; rows are less frequent but still flare up over money. Dean was laid off in August and the household is now on UC with £300 council tax arrears.", "REL-CONF FIN", ""),
]),
("Z004", "Fernhill", "2025-04-14", "", [
 ("A", "yellow", "Zofia (18) finished sixth form last summer and hasn't worked or studied since; she says she'll apply to uni next year. Tomasz has been off work since he injured his back in the spring and the family have fallen behind on gas and electric.", "EDU-NEET FIN PH", "18-year-old's NEET vs father's worklessness: both codes, for different people"),
 ("A", "green", "Antoni (3) had his speech checked by the HV, age appropriate in both Polish and English. Piotr (12) has a stammer and sees the SALT in school; SENCO has put him on SEN support.", "EDU-SEND", "toddler's speech negated; school-age speech is EDU-SEND"),
]),
("Z005", "Ashcombe", "2025-03-12", "2025-09-01", [
 ("A", "red", "ICPC held 12/3, all three children on CP plans under neglect. The house had dog mess on the floors, nothing in the fridge and Freddie (11m) was found in a soiled cot. Kerry's boyfriend Lee has his own flat and is known to police for supplying drugs; Kerry says he doesn't stay over.", "SAFE-NEG", "boyfriend lives elsewhere: his offending not coded"),
 ("A", "orange", "Harvey (15) missing overnight three times this month, found by police in Kettleby with older males, carrying cash and two phones. He was permanently excluded from Brookside Academy in January.", "SAFE-EXP EDU-EXC", "police finding a missing child is not CRIME"),
 ("C", "orange", "Harvey still open to the exploitation team. No missing episodes since June, but he was arrested in August with cannabis and crack wraps on him and YOS are now involved.", "SAFE-EXP CRIME", "drugs on an exploited child: SAFE-EXP+CRIME, not SUB"),
]),
("Z006", "Millbrook", "2025-05-19", "2025-11-24", [
 ("A", "yellow", "Jess (mum of Isla, 3m) diagnosed with postnatal depression by the GP, on sertraline, struggling to get out of bed. Ellie (14, Marcus's daughter) is doing most of Isla's night feeds and taking Noah to school, and her own attendance has dropped to 85%.", "MH-ADULT CARER EDU-ATT", "mum's PND is MH-ADULT; teen doing baby care is CARER"),
 ("A", "green", "Noah (5, reception class) has unclear speech and the SENCO has referred him to SALT. HV has no worries about Isla's development.", "EDU-SEND", "5-year-old at school: EDU-SEND not EYD; baby negated"),
 ("C", "yellow", "Jess now under the perinatal mental health team and her mood is lifting. Ellie linked in with Millbrook Young Carers and only helps with bath time now.", "MH-ADULT CARER", ""),
 ("C", "blue", "Ellie's attendance back up to 96% this term. Marcus says if he loses his overtime they may need some budgeting advice.", "", "attendance over; money worry hypothetical: no codes"),
]),
("Z007", "Kettleby", "2025-02-24", "2025-12-08", [
 ("A", "orange", "Eight people, including Imran's parents, in a three-bed terrace; council have assessed it as two bedrooms short and the back bedroom has black mould. Hamza (2) has been admitted twice with chest infections. Landlord has served a section 21.", "HOUS PH", ""),
 ("A", "yellow", "Yusuf (17) on a bricklaying apprenticeship and doing well. Zara (9) waiting for an ADHD assessment with community paeds, school have her on SEN support. She has meltdowns at bedtime and Aisha says she can't get her to follow any rules.", "EDU-SEND REL-PAR", "17-year-old in apprenticeship: no NEET"),
 ("C", "orange", "Family moved into a five-bed housing association house in November, no further housing issues. Zara has seen the paediatrician and been diagnosed with ADHD; school have applied for an EHCP.", "EDU-SEND", "housing issue over (historical)"),
]),
("Z008", "Fernhill", "2025-06-02", "2025-12-15", [
 ("A", "yellow", "Callum (18) smokes cannabis every day and hasn't worked since leaving college in 2024; Gary says he's 'just lazy'. Donna has anxiety and panic attacks, GP has put her on the waiting list for talking therapy.", "SUB EDU-NEET MH-ADULT", "18-year-old NEET is EDU-NEET only, no FIN"),
 ("A", "green", "Sophie (11) has asthma and has had two attacks at school this term; school nurse updating her care plan. She vapes at weekends with her friends.", "PH", "vaping is not SUB"),
 ("C", "yellow", "Callum referred to the Fernhill young people's drug service and is down to smoking at weekends. He got a warehouse job through the jobcentre youth offer in September.", "SUB", "NEET over"),
]),
("Z009", "Ashcombe", "2025-02-10", "2025-09-22", [
 ("A", "yellow", "Kayleigh (22, mum to Rio) lives with her mum Tina and brother Mason (14). Kayleigh has felt low since Rio was born and rarely leaves the house; HV did an EPDS, score 16. Rio (10m) not sitting unaided yet, HV has referred to Portage.", "MH-ADULT EYD", "low mood belongs to a young parent: MH-ADULT"),
 ("A", "orange", "Mason (14) arrested in February for smashing the shelter at the bus station, now on a referral order with YOS. Tina says he swears at her and punched a hole in his door when she took his phone; nothing directed at Kayleigh or Rio.", "CRIME REL-PAR", "teen's aggression at home is REL-PAR, not DA"),
 ("C", "orange", "Mason finished his referral order in September with no further offending. Still slamming doors and swearing at Tina when she asks him to come in at night.", "REL-PAR", "YOS/offending over (historical)"),
]),
("Z010", "Millbrook", "2025-04-07", "2025-10-13", [
 ("A", "yellow", "The children's mum Carla lives in Kettleby and uses heroin; no contact since 2023. Lee is sole carer and works until 8pm; Millie (13) collects Ben (6) from school, cooks tea and puts him to bed most weekdays.", "CARER", "mum outside household: no SUB; dad's work hours not FIN; 'sole carer' is not CARER"),
 ("A", "green", "Ashton (16) in year 11, predicted to pass, wants to do a motor vehicle course; no worries about him dropping out. Ben wets the bed most nights and GP has referred to the enuresis clinic.", "PH", "NEET negated; school-age bedwetting is PH"),
 ("C", "blue", "Millie still does tea twice a week but now goes to drama club, and Lee's mum covers the other days.", "CARER", "blue: young carer now managing"),
]),
("Z011", "Kettleby", "2025-04-28", "2025-11-03", [
 ("A", "orange", "Nicola disclosed that Jason checks her phone, controls all the money and pushed her into the wardrobe in April; police attended and Jason was arrested. DASH high, MARAC 14/5. Courtney (17) tried to step in and was shoved.", "DA", "arrest for DV is DA only, not CRIME"),
 ("A", "yellow", "Alfie (9) wetting the bed since the incident and can't get to sleep. Ruby (3) not at nursery; Nicola didn't know about the free hours. Courtney at college and working Saturdays.", "PH EYD", "17-year-old in college: no NEET"),
 ("C", "yellow", "Jason lives with his mother now and there is a non-molestation order in place. Nicola is on the Freedom Programme.", "DA", ""),
 ("C", "green", "Ruby settled at Busy Bees nursery on her 15 funded hours. Alfie's bedwetting stopped over the summer holidays.", "EYD", "bedwetting over (historical)"),
]),
("Z012", "Fernhill", "2025-01-13", "2025-11-17", [
 ("A", "yellow", "Brenda and Ken (maternal grandparents) have an SGO for Kian (15) and Leah (8). Their daughter Stacey lives in Millbrook and is in residential rehab for alcohol. Ken has COPD and is on oxygen at night; Kian changes his cylinders and does his shopping.", "PH CARER", "kinship carers are not CARER; Stacey lives elsewhere: no SUB"),
 ("A", "orange", "Kian has had two suspensions this year for fighting and is on a part-time timetable. Police brought him home last month after a group of lads were throwing stones at buses.", "EDU-EXC EDU-ATT CRIME", "police call-out about a young person's ASB is CRIME"),
 ("C", "orange", "Kian moved to Oakridge School on a managed move in October and has been full time since November. No police contact since the spring.", "EDU-EXC", "part-time timetable and police contact over"),
]),
("Z013", "Ashcombe", "2025-05-05", "2025-12-01", [
 ("A", "yellow", "Raj disclosed around £11k of debt from online betting. He has self-excluded from the betting apps and sees a gambling support worker. Rent two months behind.", "FIN", "gambling debts FIN not SUB; 'self-excluded' is not EDU-EXC"),
 ("A", "green", "Meera (16) doing A levels and has lost a lot of weight; GP is weighing her monthly. School counsellor seeing her weekly for exam anxiety. Anaya (4) starts reception in September and the HV readiness check was fine.", "PH MH-CHILD", "pre-schooler good news only"),
 ("C", "green", "Meera's weight is stable and the GP has discharged her; she still sees the school counsellor every other week.", "MH-CHILD", "weight issue over"),
]),
("Z014", "Millbrook", "2025-03-03", "2025-09-08", [
 ("A", "yellow", "Tia (7) comes to school in the same uniform all week, hair matted, and tells staff she is hungry. Carly says the washing machine broke in January. Nan June lives next door and drinks heavily; she isn't allowed to babysit.", "SAFE-NEG", "nan lives next door: no SUB"),
 ("A", "green", "Jayden (2) hasn't taken up his funded two-year-old place, HV encouraging Carly to apply. Connor (13) has tooth decay and has missed three dentist appointments.", "EYD PH", ""),
 ("C", "green", "Jayden goes to Rainbow Pre-school two mornings a week. Connor's dental treatment was finished in June.", "EYD", "dental issue over"),
]),
("Z015", "Kettleby", "2025-06-16", "2026-01-12", [
 ("A", "yellow", "Stacey has MS and uses a wheelchair outside the house. Olivia (12) helps her shower and dress every morning and has been late to school 31 times this term. Paul drives HGVs and is away Monday to Friday. Ethan (18) lives in halls at university and comes home in the holidays.", "PH CARER EDU-ATT", "18-year-old lives elsewhere: nothing for him"),
 ("C", "yellow", "Stacey's MS has progressed and adult social care now send carers in the mornings. Olivia still helps in the evenings and goes to Kettleby Young Carers. No lates this term.", "PH CARER", "lateness over"),
]),
("Z016", "Fernhill", "2025-02-17", "2025-08-26", [
 ("A", "yellow", "Rachel and her ex Dan (dad to both children, lives in Ashcombe) can't agree contact, and handovers end in shouting in front of the kids. There was never any abuse in the relationship. Max (11) says he doesn't want to go to his dad's and has been tearful at bedtime.", "REL-CONF MH-CHILD", "DA negated"),
 ("A", "green", "Freya (6) has eczema that keeps flaring and GP has changed her cream. Tom (Rachel's partner) says he had a drink problem in his twenties but has been sober ten years.", "PH", "partner's drinking historical"),
 ("C", "blue", "Rachel and Dan still disagree about holidays but now use a co-parenting app and swap the children at McDonald's so they don't see any arguments.", "REL-CONF", "blue: parental conflict now managed"),
]),
("Z017", "Ashcombe", "2025-03-24", "2025-10-20", [
 ("A", "orange", "Steve told his GP he has been thinking about ending his life since he was made redundant in February; crisis team involved. The family are on UC and have used the Ashcombe food bank twice. Lisa is on maternity leave with Archie.", "MH-ADULT FIN", ""),
 ("A", "yellow", "Evie (15) says she can't concentrate and feels sick with worry about her dad. Attendance 71%, mostly mornings she says she is ill. Josh (19) works at the garden centre and puts money into the house.", "EDU-ATT MH-CHILD", "19-year-old working: no NEET/FIN"),
 ("C", "blue", "Evie at 95% this half term. She keeps a worry journal and talks to her form tutor when she feels anxious.", "MH-CHILD", "attendance over; anxiety now self-managed"),
]),
("Z018", "Millbrook", "2025-07-07", "2025-12-22", [
 ("A", "green", "Reece (8) has an EHCP for autism and goes to the resource base at St Mary's. Lola (14m) on track at her one-year review.", "EDU-SEND", "toddler good news only"),
 ("A", "yellow", "Reece hits and kicks Jodie when his routine changes and she has bruises on her arms; she says she doesn't know how to handle him. Kacey (16) dropped her college course in October and sleeps most of the day.", "REL-PAR EDU-NEET", "child-to-parent violence is REL-PAR, not DA"),
 ("C", "yellow", "Jodie finished the Cygnet course and uses a visual timetable; Reece's outbursts are down to about once a week. Kacey still not in education or work but has an interview for a traineeship in January.", "REL-PAR EDU-NEET", ""),
]),
("Z019", "Kettleby", "2025-03-31", "2025-08-04", [
 ("A", "orange", "Amy and the children were evicted from their private let in March and are staying at Amy's mum Sue's two-bed flat, Amy and the three children sleeping in the living room. Housing options have accepted a homeless duty.", "HOUS", ""),
 ("A", "green", "Theo (5, year 1) finding phonics hard; school say he's a little behind but it isn't a concern at this stage. Daisy (10) keeps getting headaches and GP has sent her for an eye test.", "PH", "school says no concern for Theo"),
 ("C", "yellow", "Family moved into temporary accommodation at Kettleby House in July, one room with a shared kitchen, on the list for a council tenancy.", "HOUS", ""),
]),
("Z020", "Fernhill", "2025-01-27", "2025-07-28", [
 ("A", "orange", "Darren released on licence in January after a sentence for supplying cocaine. Kelly says he hasn't used since prison and his tests are clean. Nathan (17) was given a youth caution in May for shoplifting.", "CRIME", "dad's drug use negated; licence and youth caution both CRIME"),
 ("A", "yellow", "Alfie (4) is not toilet trained and only says a few words; nursery have asked for a SALT referral. Ruby (12) has been having panic attacks at night.", "EYD MH-CHILD", ""),
 ("C", "orange", "Darren still under probation until March. Nathan has had no further police contact since his caution, but he's now 18, out of college and not working.", "CRIME EDU-NEET", "Nathan's offending over; 18-year-old NEET: no FIN"),
]),
("Z021", "Ashcombe", "2025-09-15", "2026-02-16", [
 ("A", "orange", "Scarlett (14) was sending images to a man she met on Snapchat who said he was 16; police are investigating and a CAMHS referral has been made.", "SAFE-EXP MH-CHILD", "police investigating the groomer is not CRIME"),
 ("C", "yellow", "Scarlett doing online safety work with the EHW, has blocked the contact and her phone has parental controls. Still waiting for her first CAMHS appointment.", "SAFE-EXP MH-CHILD", ""),
]),
("Z022", "Millbrook", "2025-05-12", "2025-11-10", [
 ("A", "orange", "Gemma drinks a bottle of vodka most days; Rob works long hours. Sienna (17) does all the cooking and gets Poppy (2) up and dressed. Jack (9) says mum is always asleep when he gets in and often there's nothing in the cupboards.", "SUB CARER SAFE-NEG", ""),
 ("A", "yellow", "Sienna (17) left sixth form in March to help at home and is not working.", "EDU-NEET CARER", ""),
 ("C", "yellow", "Gemma attending Millbrook Recovery Hub and eight weeks sober; she says if she relapses she will ring her keyworker. Sienna enrolled at college in September.", "SUB", "relapse hypothetical; NEET over"),
]),
("Z023", "Kettleby", "2025-08-11", "2026-01-26", [
 ("A", "yellow", "Ellie (19, Harper's mum) left college when she got pregnant and hasn't gone back; wants to do childcare level 3. She says her mood is all over the place and she cries most days, GP has started her on medication.", "EDU-NEET MH-ADULT", "19-year-old parent: NEET as a young person, mood as a parent"),
 ("A", "green", "Harper (8m) has missed her 12 and 16 week immunisations, HV to re-book. Ellie's sister Amber (13) has no additional needs.", "PH", ""),
 ("C", "green", "Harper up to date with her jabs. Ellie still on antidepressants and says they help; she has started a childcare apprenticeship at Harper's nursery.", "MH-ADULT", "jabs over; NEET over; green: MH now managing"),
]),
("Z024", "Fernhill", "2025-06-09", "2025-12-08", [
 ("A", "yellow", "Jordan (15) on report at Fernhill High for disruption and rudeness to staff and has been warned he is close to a suspension. He was assessed for ADHD in 2022 and didn't meet the threshold.", "EDU-EXC", "ADHD assessment historical"),
 ("A", "blue", "Lorraine has been using tips from the family hub website to get Mason (3) using the potty; he still has accidents at nursery. Kayla (10) loves school.", "EYD", "blue: toileting being managed"),
 ("C", "yellow", "Jordan had a two-day suspension in October for swearing at a teacher; Project Step mentor seeing him weekly.", "EDU-EXC", ""),
]),
("Z025", "Ashcombe", "2025-09-03", "2026-02-09", [
 ("A", "red", "Strategy meeting 3/9 after Liam (16) was found in a trap house in Kettleby with crack cocaine and a knife; exploitation screening high. Liam now on a child in need plan.", "SAFE-EXP CRIME", "drugs on exploited child: not SUB"),
 ("A", "orange", "Sarah's dad Frank moved in during July; he has terminal lung cancer and district nurses visit daily. Maisie (11) helps him to the toilet and brings his drinks, and says she is scared he'll die while she's at school.", "PH CARER MH-CHILD", "grandad lives in the household"),
 ("C", "red", "Liam remains on a CIN plan; NRM referral made, no missing episodes since October. YOS working with him on a referral order.", "SAFE-EXP CRIME", ""),
]),
("Z026", "Millbrook", "2025-03-17", "2025-09-15", [
 ("A", "yellow", "Carl's UC was sanctioned in March after he missed a work coach appointment and the family owe £620 rent. Tyler (18) gets PIP and has no college place for September now his course has ended.", "FIN EDU-NEET", "PIP alone is not PH; 18-year-old at risk of NEET"),
 ("A", "green", "Reggie (5m) has reflux and GP prescribed Gaviscon; Jade says she is exhausted. Ava (6) has a lisp but school say it's normal for her age and no referral is needed.", "PH", "school-age speech negated"),
 ("C", "blue", "Jade has a budget spreadsheet and pays £25 a week off the rent arrears; Carl's sanction has finished.", "FIN", "blue: arrears being paid off"),
]),
("Z027", "Kettleby", "2025-04-22", "2025-10-27", [
 ("A", "yellow", "Tobi (13) is being bullied on the bus and in group chats, comes home in tears and has asked to change school. Kemi (17) works at Boots and studies part time.", "SAFE-EXP MH-CHILD", ""),
 ("A", "green", "Simi (2) goes to nursery and her 2 year check was fine. Nan Grace lives with the family and has diabetes and high blood pressure, reviewed by the GP every three months.", "PH", "toddler good news only"),
 ("C", "green", "Tobi says the bullying stopped once school moved his form group. Ade has been signed off work with stress and is seeing his GP.", "MH-ADULT", "bullying over; signed off is not FIN"),
]),
("Z028", "Fernhill", "2025-02-03", "2025-08-18", [
 ("A", "orange", "Jamie (16, year 11) hasn't been in school since February because of anxiety; open to CAMHS and doing a few hours of online tuition. Oscar's dad is in prison for a GBH on a stranger and Tanya wants no contact.", "EDU-ATT MH-CHILD", "father in prison lives elsewhere: no CRIME/DA"),
 ("A", "yellow", "Tanya behind on council tax and electricity and using the emergency credit most weeks. Megan (9) has wet herself twice in class and the school nurse has raised it.", "FIN PH", ""),
 ("C", "orange", "Jamie still open to CAMHS. Sat three GCSEs through the hospital school and has a college place for September.", "MH-CHILD", ""),
]),
("Z029", "Ashcombe", "2025-10-06", "2026-03-02", [
 ("A", "green", "Gareth has epilepsy and takes prescribed drugs for it; two seizures a month lately and he has had to hand in his driving licence. Finn (4) starts reception in September and nursery say he's ready.", "PH", "'prescribed drugs' is not SUB"),
 ("A", "yellow", "Sophie (14) has been taking her dad's sleeping tablets and drinking vodka at parties; school found a bottle in her bag. Laura had counselling for anxiety in 2019 and feels well now.", "SUB", "mum's anxiety historical"),
 ("C", "yellow", "Sophie finished six sessions with the young people's substance service and says she hasn't had a drink since the summer. Isla (8) is being assessed for dyslexia by the SENCO.", "EDU-SEND", "substance use over"),
]),
("Z030", "Millbrook", "2025-03-04", "2025-09-09", [
 ("A", "orange", "Michelle's ex Dave has breached the non-molestation order three times since January, turning up drunk at the house; police attended each time and he was arrested on 2/3. Charlie (10) hides under his bed when the doorbell goes.", "DA MH-CHILD", "ex-partner's drinking not SUB; breach arrest DA only"),
 ("A", "yellow", "Lacey (17) hasn't been in college or work since she left school in July. Michelle works 16 hours at a care home, budgets carefully and has no debts.", "EDU-NEET", "mum's finances negated"),
 ("C", "blue", "Michelle has updated her safety plan and got a doorbell camera; she knows to ring 999 if Dave comes to the house.", "DA", "blue: safety plan now managing; 999 call hypothetical"),
]),
]

# unboxed notes: (id, locality, date, narrative, codes, gold level, trap)
UNBOXED = [
 ("ZN01", "Kettleby", "2025-05-21", "Home visit. Jamal says the baby (9m) isn't babbling much, advised him to raise it at HV clinic next week. Ryan (12) keeps getting into fights at school and school are talking about a managed move.", "EYD EDU-EXC", "orange", "managed move is an orange cue"),
 ("ZN02", "Fernhill", "2025-07-02", "Phone call with Nan Carol, kinship carer for Ellis (7) and Maya (15). Maya has been self-harming and GP has referred her to CAMHS. Carol's sister drinks heavily but lives in Spain.", "MH-CHILD", "orange", "kinship carer not CARER; sister outside household"),
 ("ZN03", "Ashcombe", "2025-11-12", "Zoe has booked onto the Triple P course because bedtimes with her 9 year old end in screaming every night; Ash is supportive. No worries about the 2 year old's development at the HV check.", "REL-PAR", "yellow", "toddler development negated"),
 ("ZN04", "Millbrook", "2026-01-19", "Strategy meeting after a police DV call-out: Gemma's partner Jordan strangled her in front of the children (4 and 11). Jordan arrested and bailed away from the address. Gemma has depression and takes sertraline.", "DA MH-ADULT", "red", "arrest for DV is DA only"),
 ("ZN05", "Kettleby", "2026-02-04", "Paul lost his job in June and is looking for warehouse work; Ellie (17) hasn't been at college since Easter. Showed Paul the jobcentre's online vacancy board and Ellie the National Careers Service website, both said they would look tonight.", "FIN EDU-NEET", "blue", "adult worklessness FIN, young person NEET"),
 ("ZN06", "Fernhill", "2026-03-11", "School nurse drop-in: Harry (10) is overweight, BMI above the 98th centile. Mum says her eldest Callum (20, lives with his girlfriend) was the same at that age. Bella (3) is toilet trained and chatty.", "PH", "green", "older brother lives elsewhere; toddler good news"),
]

def main():
    nrows, grows, traps = [], [], {}
    for case, loc, adate, cdate, boxes in CASES:
        for stage, level, text, codes, trap in boxes:
            tid = f"{case}-{stage}"
            nid = f"{tid}-{level}"
            date = adate if stage == "A" else cdate
            nrows.append([nid, tid, case, "assessment" if stage == "A" else "closure", date, level, loc, text])
            for c in codes.split():
                grows.append([nid, c, level])
            if trap:
                traps[nid] = trap
    for nid, loc, date, text, codes, level, trap in UNBOXED:
        nrows.append([nid, nid, nid, "assessment", date, "", loc, text])
        for c in codes.split():
            grows.append([nid, c, level])
        if trap:
            traps[nid] = trap
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(nrows)
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(grows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
    print(len(nrows), "narratives,", len(grows), "gold rows,", len(traps), "with traps")

if __name__ == "__main__":
    main()
