#!/usr/bin/env python3
"""Hand-written blind gold set: early help triage narratives (invented), 2025-26.
Writes narratives.csv, gold.csv, traps.json. Standard library only."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# (case, locality, assessment date, closure date, boxes)
# box = (stage A/C, level, narrative, [gold codes], trap note or "")
CASES = [
("N301", "Millbeck", "2025-04-07", "2025-09-15", [
 ("A", "green", "Ellis (4) started at nursery in Jan but only goes about 2 mornings a wk, Shannon says he screams at drop off. HV 3yr check - roughly 30 words, still in nappies day and night.", ["EYD"], ""),
 ("A", "yellow", "Shannon owes about £1,100 on gas and electric, prepayment meter and she is self-disconnecting most weeks. UC deductions for an advance. EHW to refer to Citizens Advice.", ["FIN"], "self-disconnecting is fuel poverty (FIN), not SUB/self-harm"),
 ("A", "orange", "Shannon's ex Dean was convicted of assaulting her in 2019, no contact since he moved to Leeds. Kai (15) arrested last month for criminal damage at the bus station and is now open to YOS.", ["CRIME"], "DA historical (2019, no contact since)"),
 ("C", "blue", "Shannon rang the supplier herself and has a repayment plan, £25 a fortnight off the energy debt. Uses the warm space at the library on Thursdays.", ["FIN"], "blue box: now managing counts as present"),
 ("C", "green", "Ellis doing 5 mornings now and settled at drop off. Speech still behind, nursery running a small language group he goes to.", ["EYD"], ""),
 ("C", "yellow", "Kai completed his referral order in August and there's been no further police involvement since.", [], "CRIME now over (completed, no further since)"),
]),
("N302", "Stoneleigh", "2025-04-14", "2025-10-02", [
 ("A", "yellow", "Mum Lorraine has MS and uses a wheelchair outside the home. Mia (13) does most of the cooking, sorts Mum's tablets and helps her in the shower. Referral made to Young Carers.", ["PH", "CARER"], ""),
 ("A", "orange", "Mia told the school nurse she's been cutting her arms since the summer and feels 'like a burden'. CAMHS referral sent, awaiting triage.", ["MH-CHILD"], ""),
 ("C", "blue", "Mia goes to the young carers group on Wednesdays and has had her young carer's assessment. Lorraine now has a PA for personal care three mornings a week.", ["CARER", "PH"], "blue box: managing; PA for care = ongoing service for PH"),
 ("C", "orange", "Still open to CAMHS, seen fortnightly. No self-harm reported since July but Mia remains low in mood.", ["MH-CHILD"], "negated self-harm does not cancel low mood / CAMHS"),
]),
("N303", "Heathcote", "2025-05-02", "2025-11-20", [
 ("A", "yellow", "Tomasz is a lone dad of three since 2022. Struggling with bedtimes and getting everyone out of the door in the morning, the twins (6) fight him on everything. Asked for help - Triple P group offered.", ["REL-PAR"], ""),
 ("A", "orange", "Kacper (14) suspended 5 days for bringing a knife into school. School talking about a managed move. Police informed by school.", ["EDU-EXC", "CRIME"], ""),
 ("C", "blue", "Tomasz finished Triple P. Bedtime for the twins is now 8.30 and he says mornings are calmer, he is using the reward chart.", ["REL-PAR"], "blue box: managing counts"),
 ("C", "orange", "Managed move to Hollins Park Academy from Sept. No further suspensions and no police contact this term.", ["EDU-EXC"], "managed move ongoing = EDU-EXC; police contact negated"),
]),
("N305", "Millbeck", "2025-06-03", "2025-12-08", [
 ("A", "yellow", "G drinking most evenings, 'a bottle of wine to unwind', school staff have smelt alcohol on her at pick up x2. Agreed referral to Ravensbrook Recovery (D&A).", ["SUB"], ""),
 ("A", "orange", "Police attended 14/05 after neighbour heard screaming - partner Liam pushed Gemma into a door. DASH medium. Liam bailed not to attend the address.", ["DA"], "partner's offence against Gemma is DA only, not CRIME"),
 ("C", "blue", "Gemma says she hasn't had a drink since August and still goes to the SMART recovery group every Tuesday.", ["SUB"], "abstinent but ongoing recovery support: coded SUB (managing)"),
 ("C", "orange", "Liam's bail conditions have ended and he has moved back in. Gemma says all fine but Harvey (7) told his teacher Liam shouted at Mum and threw a plate at her.", ["DA"], ""),
]),
("N306", "Stoneleigh", "2025-06-10", "2025-11-14", [
 ("A", "green", "Oliver (10) on SEN support, SENCO applying for an EHC needs assessment. ADHD diagnosed last year. On melatonin as he doesn't settle to sleep.", ["EDU-SEND", "PH"], "sleep at school age = PH"),
 ("A", "yellow", "Oliver hits and kicks Mum (Sarah) when told no, has put a hole in his bedroom door. Sarah admits she's frightened of him at times. Referred to the NVR parenting group.", ["REL-PAR"], "child-to-parent violence is REL-PAR, not DA"),
 ("A", "orange", "Sarah and Oliver's dad Mark argue at every handover, both shouting in the car park, neither says there's been any abuse. Mark has a history of cocaine use but doesn't live with them.", ["REL-CONF"], "DA negated; father's drug use is outside household and historical"),
]),
("N307", "Heathcote", "2025-06-23", "2025-12-01", [
 ("A", "yellow", "Jordan (17) dropped out of college in March, not working, not looking. Mum Donna works nights at the hospital. Referral to Next Steps youth employment team.", ["EDU-NEET"], "mum working nights is not FIN; NEET 16+ without FIN"),
 ("A", "orange", "Jordan reported missing for 3 days, found by police in Manchester with £400 cash and two phones. NRM being considered.", ["SAFE-EXP"], "police finding missing child is not CRIME"),
 ("C", "yellow", "Jordan enrolled on a construction course at Heathcote College, started Sept, attending 4 days a week.", [], "NEET need now met"),
 ("C", "orange", "No missing episodes since July. Police intel says J still in contact with older males in Manchester, remains on the exploitation panel tracker.", ["SAFE-EXP"], "negated missing episodes but exploitation risk current"),
]),
("N309", "Millbeck", "2025-07-08", "2025-12-15", [
 ("A", "orange", "S21 served, family have to be out by 30/09, private landlord selling up. Housing options appt booked.", ["HOUS"], ""),
 ("A", "yellow", "Craig lost his job at the warehouse in June. UC claimed, 5 wk wait, family have used the food bank twice. Kids going into school without breakfast some days.", ["FIN", "SAFE-NEG"], "food bank = FIN and hungry children = SAFE-NEG (both)"),
 ("C", "blue", "Craig started at the bakery in November, 30 hrs, UC topping up. No arrears.", [], "benefit name alone; worklessness over; arrears negated"),
]),
("N311", "Heathcote", "2025-08-04", "2026-01-26", [
 ("A", "red", "ICPC 22/07, all 3 children on CP plans under neglect. House had dog mess on the floors, no working fridge, kids sharing one mattress.", ["SAFE-NEG"], ""),
 ("A", "orange", "Dad (Wayne) released from HMP in June, on licence, reports to probation weekly.", ["CRIME"], "adult on licence = CRIME"),
 ("A", "yellow", "Keeley (13) attendance 71%, PA. Mum keeps her off to mind the baby when she has appointments.", ["EDU-ATT", "CARER"], "child minding sibling = young carer"),
 ("C", "red", "Stepped down from CP to a child in need plan in Dec. Home conditions better but SW still finding the kitchen filthy on unannounced visits.", ["SAFE-NEG"], ""),
]),
("N313", "Millbeck", "2025-09-01", "2026-02-16", [
 ("A", "yellow", "Ben (15) hasn't been in school since Y10 started, stays in his room gaming. Jo says he's 'not sad, just can't be bothered', no self-harm. School have put him on a part-time timetable.", ["EDU-ATT"], "MH-CHILD negated"),
 ("A", "orange", "Ben has been messaging an adult man he met on a gaming site who asked him for photos. Police aware, CEOP report made.", ["SAFE-EXP"], "police safeguarding is not CRIME"),
 ("C", "blue", "Jo has set parental controls on the console and the router, Ben knows how to block and report.", ["SAFE-EXP"], "blue box: online safety now managed counts"),
]),
("N314", "Stoneleigh", "2025-09-08", "2026-03-02", [
 ("A", "green", "Freya (9) BMI above the 98th centile at the school nurse check, GP referred to the healthy lifestyle programme. Mum says Freya eats well and never goes hungry.", ["PH"], "SAFE-NEG negated"),
 ("A", "yellow", "Claire has about £3k on credit cards and £640 council tax arrears, bailiff letter last week. Works part time at Aldi. Citizens Advice appt booked.", ["FIN"], ""),
 ("A", "orange", "Claire's brother used to stay some weekends and was arrested for dealing last year. He hasn't visited since a family fall-out. No concerns about drugs in the home.", [], "outside household, historical, negated"),
 ("C", "blue", "Claire has a debt relief order now and is keeping to the council tax payment plan.", ["FIN"], "blue box: managing counts"),
]),
("N315", "Heathcote", "2025-09-15", "2026-03-09", [
 ("A", "orange", "Reece (14) and mates throwing stones at buses on the estate, police brought him home twice in Aug. Youth caution for shoplifting in June.", ["CRIME"], ""),
 ("A", "yellow", "Tracy says she has no control over Reece, he's coming in after midnight and laughs when she tries to ground him. Dad not involved.", ["REL-PAR"], ""),
 ("A", "green", "Attendance 94%, no suspensions this year, but teachers report he is disruptive in maths and science.", ["EDU-EXC"], "attendance good and suspensions negated; behaviour at school is EDU-EXC"),
 ("C", "orange", "Reece working with YOS on his referral order since Oct. No further police call-outs.", ["CRIME"], "YOS ongoing; call-outs negated"),
]),
("N316", "Ravensholme", "2025-10-06", "2026-03-16", [
 ("A", "blue", "Leanne says money's tight since her hours were cut. She has applied for free school meals herself and uses the uniform swap at church.", ["FIN"], ""),
 ("A", "yellow", "Leanne's dad has dementia and lives two streets away. Summer (12) goes to Grandad's every day after school to make his tea and check he's had his tablets.", ["CARER"], "grandad outside household: his PH not coded, the child's caring is"),
 ("C", "blue", "Summer has a young carers card for school and goes to the YC youth club Fridays. Grandad now has carers in twice a day.", ["CARER"], "blue box: managing counts"),
]),
("N317", "Millbeck", "2025-10-13", "2026-03-23", [
 ("A", "orange", "MARAC 02/10. Hayley strangled by partner Josh on 25/09, he is on remand. Hayley on the Freedom Programme waiting list.", ["DA"], ""),
 ("A", "yellow", "H drinking more since the incident, 'a few cans to get to sleep', denies any drug use. Also having panic attacks.", ["SUB", "MH-ADULT"], "drugs denied but alcohol present"),
 ("A", "green", "Kayden (2) missed his 1yr and 2yr HV reviews. HV has now seen him, not walking confidently yet.", ["EYD"], "missed development checks under-5 = EYD"),
 ("C", "orange", "Josh sentenced to 2 years in Nov, restraining order in place. Hayley doing the Freedom Programme weekly.", ["DA"], "Freedom Programme ongoing = DA"),
 ("C", "yellow", "Hayley down to a couple of drinks at the weekend, alcohol service closed her as no longer needed. Panic attacks easing with GP support.", ["MH-ADULT"], "SUB need now met"),
]),
("N319", "Heathcote", "2025-11-03", "2026-04-13", [
 ("A", "orange", "Possession notice from the landlord for £2,300 rent arrears. Damp and black mould in both bedrooms, Noah (1) has had three chest infections since Sept.", ["HOUS", "FIN", "PH"], ""),
 ("A", "yellow", "Gary out of work since he hurt his back in the spring, waiting on a PIP assessment.", ["FIN", "PH"], "worklessness is FIN; PIP alone would not be"),
 ("C", "orange", "Arrears cleared with a DHP and Household Support Fund grant, landlord withdrew the notice. Mould treated in January.", [], "housing and money needs now met"),
 ("C", "yellow", "Gary on the jobcentre back-to-work programme, still on UC. Back pain managed with physio.", ["FIN", "PH"], ""),
]),
("N320", "Ravensholme", "2025-11-10", "2026-04-20", [
 ("A", "green", "Ivy (6) eczema flaring badly, scratching all night and tired in class. GP has prescribed new creams.", ["PH"], ""),
 ("A", "yellow", "Rachel and Ivy's dad separated in Sept after 10 yrs, rows in front of Ivy about who keeps the house. Rachel says he has never been violent or controlling.", ["REL-CONF"], "DA negated"),
 ("A", "orange", "Ivy's half-brother Callum (17) lives with his own dad across town and was arrested in Oct for possession with intent. He doesn't stay over. Rachel wants advice if he ever comes to stay.", [], "outside household; hypothetical"),
 ("C", "blue", "Rachel and her ex only message through a co-parenting app now, she says it's working for them.", ["REL-CONF"], "blue box: managing counts"),
]),
("N321", "Millbeck", "2025-11-17", "2026-04-27", [
 ("A", "red", "Child in need plan (s17) for Jake (11) since Aug following neglect. Mum Nicola on a methadone script since July but topping up with heroin.", ["SUB", "SAFE-NEG"], ""),
 ("A", "orange", "Jake missing overnight twice in Oct, found by police in a flat above the takeaway with older lads.", ["SAFE-EXP"], "police finding missing child is not CRIME"),
 ("A", "yellow", "Late to school 23 times this term, often no breakfast and wearing the same uniform all week.", ["EDU-ATT", "SAFE-NEG"], ""),
 ("C", "red", "CIN plan closed March. N stable on her methadone script, no illicit use on testing.", ["SUB"], "methadone script ongoing = SUB; illicit use negated"),
]),
("N322", "Stoneleigh", "2025-12-01", "2026-05-11", [
 ("A", "green", "Theo 4/12, reflux, HV weighing fortnightly as he's dropped from the 50th to the 9th centile.", ["PH"], ""),
 ("A", "yellow", "Abbie (19), first baby, lives with her mum. EPDS 16. Her mum says Abbie leaves Theo to cry and won't pick him up. Children's centre parenting support agreed.", ["MH-ADULT", "REL-PAR"], ""),
 ("C", "yellow", "Abbie on antidepressants from the GP and goes to baby massage, bond with Theo much better.", ["MH-ADULT"], "parent-child bond need now met"),
]),
("N323", "Heathcote", "2025-12-08", "2026-05-18", [
 ("A", "orange", "Amelia (15) missing x3 since Sept, coming back with new clothes and a new phone. Police intel she's been seen getting into cars with adult males. CSE screening high.", ["SAFE-EXP"], ""),
 ("A", "yellow", "Amelia says she's been self harming, 'only scratching'. Awaiting CAMHS.", ["MH-CHILD"], ""),
 ("C", "red", "Strategy meeting 14/01 after A found in a hotel in Bradford. Now on a CP plan under exploitation.", ["SAFE-EXP"], ""),
 ("C", "orange", "Seen by CAMHS, on the waiting list for therapy.", ["MH-CHILD"], ""),
]),
("N324", "Ravensholme", "2026-01-05", "2026-06-15", [
 ("A", "green", "Poppy (4) due to start school in Sept, nursery say she isn't toilet trained and has very few words. Referred to the SALT drop-in.", ["EYD"], ""),
 ("A", "yellow", "Alfie (9) has an EHCP for autism, special school by taxi. Doesn't sleep till 2am. Kirsty says she's 'on her knees'.", ["EDU-SEND", "PH"], "'on her knees' = tired, not MH-ADULT"),
 ("A", "blue", "Kirsty's partner Lee works shifts at the distribution centre. They get DLA for Alfie and Lee's mum helps out.", [], "shift work not FIN; DLA not PH/FIN; no need stated"),
 ("C", "yellow", "Paediatrician started Alfie on melatonin, asleep by 10 most nights now. Kirsty going to the parent carer forum.", ["PH"], "'parent carer' is not CARER"),
]),
("N325", "Millbeck", "2026-01-12", "2026-06-22", [
 ("A", "orange", "TAF. Kian (12) permanently excluded from Moorside Academy in Dec for assaulting a teacher, now at the PRU. Police informed.", ["EDU-EXC", "CRIME"], ""),
 ("A", "yellow", "An ADHD assessment was started in primary but never finished. Dawn wants Kian re-referred.", ["EDU-SEND"], ""),
 ("A", "green", "Dawn's partner Mike is kinship carer for his niece who lives with them. No concerns raised about her.", [], "kinship carer is not CARER"),
 ("C", "orange", "Kian at the PRU 5 days a week, no further incidents. Reintegration panel in May to consider a place at Cross Lane.", ["EDU-EXC"], "still out of mainstream after exclusion"),
]),
("N326", "Stoneleigh", "2026-01-19", "2026-06-29", [
 ("A", "yellow", "Grace (14) looks after Mum (Sharon), who has bipolar disorder, and her little sister. Sharon was admitted to hospital in Dec. Grace misses school on Mum's bad days.", ["CARER", "MH-ADULT", "EDU-ATT"], ""),
 ("A", "green", "Grace says she's 'fine' but got upset with her form tutor last week, school counsellor has seen her twice.", ["MH-CHILD"], ""),
 ("C", "blue", "Sharon stable on lithium with a CMHT care coordinator. Grace knows who to ring if Mum becomes unwell.", ["MH-ADULT"], "'if Mum becomes unwell' hypothetical for CARER"),
 ("C", "yellow", "Grace linked in with Young Carers. Attendance now 96%.", ["CARER"], "attendance need now met"),
]),
("N327", "Heathcote", "2026-02-02", "2026-07-06", [
 ("A", "orange", "Neighbour complained about noise. Police welfare check 20/01 found the boys safe and the house tidy. Dad (Shane) admits he loses his temper and shouts at the boys when they fight.", ["REL-PAR"], "welfare check not CRIME; neighbour outside household"),
 ("A", "yellow", "Shane has around £5k of gambling debt from online betting, has self-excluded from the sites. Partner Tanya doesn't know the full amount.", ["FIN"], "gambling debt is FIN not SUB; 'self-excluded' look-alike"),
 ("C", "yellow", "Shane with StepChange, DMP £60 a month. Tanya knows everything now.", ["FIN"], ""),
 ("C", "blue", "Shane walks away and counts to ten. The boys fight less since they got their own rooms.", ["REL-PAR"], "blue box: managing counts"),
]),
("N329", "Millbeck", "2026-02-23", "2026-07-20", [
 ("A", "yellow", "Ollie (10) being picked on on the school bus and in a WhatsApp group, refusing to go in on Mondays.", ["SAFE-EXP", "EDU-ATT"], ""),
 ("A", "green", "Mum Vicky had breast cancer in 2022, finished treatment and in remission.", [], "historical PH"),
 ("C", "green", "No further bullying reported since school moved him to a different bus. Ollie still anxious on Sunday nights, school nurse checking in weekly.", ["MH-CHILD"], "bullying over"),
]),
("N330", "Stoneleigh", "2026-03-02", "2026-07-27", [
 ("A", "orange", "Danny and Lisa both smoking cannabis daily in the house, Danny using coke at weekends. Police found cannabis in a search linked to Danny's bail; he's also on probation.", ["SUB", "CRIME"], ""),
 ("A", "yellow", "Maisie (13) told school she does all the washing and gets her brother up as Mum and Dad are 'too tired'. Late most days.", ["CARER", "EDU-ATT"], ""),
 ("C", "orange", "Lisa engaging with the drug and alcohol service, Danny refusing. D's probation ends in August.", ["SUB", "CRIME"], "probation still running"),
]),
]

# unboxed notes: (id, stage, date, locality, inferred level, narrative, codes, trap)
UNBOXED = [
 ("U001", "assessment", "2025-05-20", "Ravensholme", "green", "HV visit. Jenson (11 months) not yet sitting without support, still mainly on milk, Mum unsure how to move him on to solids. Mum (Kerry-Ann) says her mood is good, no PND. HV to review in 6 weeks.", ["EYD"], "MH-ADULT negated"),
 ("U002", "assessment", "2025-09-24", "Stoneleigh", "orange", "Call from school DSL: Tia (13) told friends an older lad online has been sending her explicit pics and asking for some back. School informed police and made a CAMHS referral as Tia very low since. Mum (Jade) unaware until today.", ["SAFE-EXP", "MH-CHILD"], "police safeguarding, not CRIME"),
 ("U003", "assessment", "2025-10-29", "Heathcote", "yellow", "EHW home visit. Martin made redundant in Aug, £1,200 behind on rent and worried about losing the tenancy. Referred to Citizens Advice. Says he 'likes a drink' but no empties seen and no concerns from school.", ["FIN", "HOUS"], "SUB not evidenced (look-alike)"),
 ("U004", "closure", "2026-01-14", "Millbeck", "blue", "Sian rang - she has set up a payment plan for her water arrears after the leaflet we gave her, £15 a month. Signposted to the free summer swimming at the leisure centre.", ["FIN"], "self-help managing counts"),
 ("U005", "assessment", "2026-02-11", "Ravensholme", "red", "CIN review: Freddie (12) on a child in need plan since Jan. He and Mum (Marie) still in a B&B with no cooking facilities. Attendance 68%.", ["HOUS", "EDU-ATT"], ""),
 ("U006", "assessment", "2026-03-18", "Heathcote", "orange", "YOS worker: Connor (16) on a referral order for ASB, not been to college since Christmas. Mum worried he's with 'the wrong crowd' but no evidence of exploitation found.", ["CRIME", "EDU-NEET"], "SAFE-EXP negated; NEET without FIN"),
]


def main():
    narr, gold, traps = [], [], []
    for case, loc, ad, cd, boxes in CASES:
        for st, lvl, text, codes, trap in boxes:
            tid = f"{case}-{st}"
            nid = f"{tid}-{lvl}"
            stage = "assessment" if st == "A" else "closure"
            narr.append([nid, tid, case, stage, ad if st == "A" else cd, lvl, loc, text])
            gold += [[nid, c, lvl] for c in codes]
            if trap:
                traps.append({"narrative_id": nid, "note": trap})
    for nid, stage, date, loc, lvl, text, codes, trap in UNBOXED:
        narr.append([nid, nid, nid, stage, date, "", loc, text])
        gold += [[nid, c, lvl] for c in codes]
        if trap:
            traps.append({"narrative_id": nid, "note": trap})
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
    print(f"{len(narr)} narratives, {len(gold)} gold rows, {len(traps)} trap notes")


if __name__ == "__main__":
    main()
