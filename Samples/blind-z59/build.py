#!/usr/bin/env python3
"""Hand-written blind gold set: families with under-5s (2025-26). Standard library only."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# Each case: (case_id, locality, assessment date, closure date or None, boxes)
# boxes: list of (stage 'A'/'C', level, text, [gold codes], trap_types, trap_note)
CASES = [
("E101", "Ashgrove", "2025-03-04", "2025-09-16", [
 ("A", "green", "New birth visit done at 11 days. Isla is exclusively breastfed and gaining well, tracking the 25th centile. At the 6 week check Leanne scored 17 on the EPDS and the GP has started her on sertraline for postnatal depression.", ["MH-ADULT"], ["lookalike"], "exclusively breastfed / weight fine are not codes"),
 ("A", "yellow", "Mason (6) has missed 14 sessions at Fernhill Primary since September, mostly on days Leanne had appointments for the baby. Family support worker to help her plan the school run with her sister.", ["EDU-ATT"], [], ""),
 ("C", "blue", "Leanne pushes the pram to school with Mason every morning and there have been no attendance concerns since October half term. She is still on her medication and has joined a mums' walking group on Thursdays.", ["MH-ADULT"], ["historical"], "attendance described as over (no concerns since half term); ongoing medication = MH-ADULT managing"),
]),
("E102", "Millbeck", "2025-01-20", "2025-07-08", [
 ("A", "green", "2-2.5 year review: Alfie has roughly 10 words and mostly points and pulls adults to what he wants. ASQ below the cut-off for communication. HV booked him into the SALT drop-in and a routine hearing test.", ["EYD"], [], ""),
 ("A", "yellow", "Family are eligible for the funded 2-year-old place but have not taken it up as Shannon worries Alfie will be upset. Family hub worker to visit nurseries with her. Kyle lost his warehouse job in January, they are in the 5 week wait for UC and have used the food bank twice.", ["EYD", "FIN"], [], ""),
 ("C", "blue", "Kyle has a new job on shifts at the depot. UC is being paid on time and they have not needed the food bank since March.", [], ["historical", "lookalike"], "shift work not FIN; UC name alone not FIN; food bank use ended"),
]),
("E103", "Holmewood", "2025-02-11", "2025-10-02", [
 ("A", "yellow", "The twins' 12 month immunisations have been missed twice because Precious cannot manage both babies on the bus. Home-Start volunteer will go with her next time. Precious has no family nearby; the GP has no concerns about her mood.", ["PH"], ["negated"], "mood negated"),
 ("A", "orange", "Family of five in a one-bedroom private let with black mould across the bedroom wall where the twins sleep. Landlord has served a section 21 notice expiring in June. Housing options team involved.", ["HOUS"], [], ""),
 ("C", "green", "Twins had their jabs in August and are both finger feeding and eating family meals now.", [], ["met"], "immunisations and weaning now met/over"),
]),
("E104", "Saltmarsh", "2025-02-03", "2025-08-19", [
 ("A", "red", "Strategy meeting held on 3 February after Reggie (5 months) was seen with bruising to his ear; Dean had punched Jodie while she was holding him. Section 47 enquiries under way. Dean arrested and bailed with a condition not to contact Jodie.", ["DA"], ["lookalike"], "arrest for DV is DA only, not CRIME (conv 7)"),
 ("A", "orange", "Jodie discussed at MARAC after a high-risk DASH. Kacey (4) had been dry since last summer but is wetting herself at nursery again, and hides under the table when adults raise their voices; nursery are worried about her emotional wellbeing.", ["DA", "EYD", "MH-CHILD"], [], ""),
 ("C", "yellow", "Jodie is halfway through the Freedom Programme at the family hub. The early years inclusion worker has referred Kacey for play therapy.", ["DA", "MH-CHILD"], [], ""),
]),
("E105", "Ashgrove", "2025-04-14", "2025-11-03", [
 ("A", "yellow", "Chantelle (18) dropped out of college when she was pregnant and is not in education, work or training; the Family Nurse visits fortnightly. She and her mum row every day about night feeds and Chantelle has said she might move out.", ["EDU-NEET", "REL-PAR"], ["hypothetical"], "might move out = hypothetical HOUS; young mum 18 coded NEET; row with her own mum = parent-child"),
 ("A", "green", "Noah (3 months) has dropped from the 50th to the 25th centile. HV found feeds were being made up too weak to make the formula last until Chantelle's UC starts, and is weighing him weekly.", ["PH", "FIN"], [], ""),
 ("C", "blue", "Chantelle started a part-time childcare course in April with Care to Learn paying for Noah's creche, and he is back on the 50th centile. She and her mum have agreed a rota for night feeds and say they are getting on better.", ["REL-PAR"], ["historical", "met"], "NEET and weight over; agreed rota = managing REL-PAR"),
]),
("E106", "Millbeck", "2025-05-06", "2025-12-09", [
 ("A", "yellow", "Agnieszka's MS has relapsed and she uses a wheelchair indoors. Tomasz (9) dresses Zofia and makes her breakfast most mornings before school. Referred to Millbeck Young Carers.", ["PH", "CARER"], [], ""),
 ("A", "blue", "Marek works nights at the bakery and his brother next door helps at weekends. The family gets PIP for Agnieszka.", [], ["lookalike"], "shifts not FIN; PIP alone not PH/FIN (conv 5)"),
 ("C", "yellow", "Tomasz goes to the young carers club every other week and has been on two respite trips. Agnieszka started a new MS treatment in October.", ["CARER", "PH"], [], ""),
]),
("E107", "Holmewood", "2025-03-17", "2025-09-29", [
 ("A", "orange", "Neighbours called the police in March over a shouting match between Gary and Kerry; no assault, and Kerry says she is not frightened of him. Gary admits 6 to 8 cans most evenings and has been referred to Turning Point.", ["REL-CONF", "SUB"], ["negated", "lookalike"], "police call-out for parental argument: not DA, not CRIME"),
 ("A", "yellow", "Jack (7) told the school nurse he isn't sleeping well and he has been nodding off in class.", ["PH"], ["boundary"], "school-age sleep = PH (conv 9)"),
 ("C", "yellow", "Gary is keeping his Turning Point appointments and says he now drinks only at weekends; key worker wants another 8 weeks of contact.", ["SUB"], [], ""),
]),
("E108", "Saltmarsh", "2025-06-02", "2026-01-12", [
 ("A", "yellow", "Aisha owes £1,400 council tax and the electric prepayment meter ran out twice last month; she has been heating the kitchen with the oven. The housing association still has not treated the damp in the children's bedroom. Citizens Advice appointment booked for next week.", ["FIN", "HOUS"], [], ""),
 ("A", "green", "Yusuf (10 months) is not yet sitting on his own; the 9-12 month review flagged gross motor delay and the HV has referred him to children's physio. Big sister Maryam (4) has settled well in Reception at St Bede's.", ["EYD"], ["lookalike"], "Maryam good news only"),
 ("C", "blue", "Aisha pays £25 a month towards the council tax under an arrangement and has switched to a credit meter.", ["FIN"], [], "now managing = present in blue"),
]),
("E109", "Ashgrove", "2025-02-24", "2025-08-05", [
 ("A", "orange", "Rebecca told the midwife she has had thoughts of not wanting to be here. Perinatal mental health team now visiting twice a week; Tom has extended his paternity leave.", ["MH-ADULT"], [], ""),
 ("A", "green", "Olivia (3) started 15 hours at Busy Bees in September; nursery say she is toilet trained and very chatty. Freddie (5 weeks) has reflux, the GP has prescribed Gaviscon and the HV is checking his weight.", ["PH"], ["lookalike"], "Olivia toilet trained/chatty = good news, no EYD"),
 ("C", "yellow", "Rebecca still sees the perinatal team monthly and has joined the family hub's postnatal peer group. No suicidal thoughts since February.", ["MH-ADULT"], ["historical"], "suicidal thoughts historical but MH still current"),
]),
("E110", "Millbeck", "2025-01-13", "2025-09-22", [
 ("A", "orange", "Leo (3) has not had his 2 year review, has had no immunisations since 12 months and has missed three paediatric clinic appointments for his eczema. Sarah says she cannot afford the bus since her UC was sanctioned.", ["EYD", "PH", "FIN"], [], ""),
 ("A", "yellow", "Leo was given a funded place at Millbeck Children's Centre nursery but has attended twice in six weeks.", ["EYD"], ["lookalike"], "nursery attendance for under-5 = EYD, not EDU-ATT"),
 ("C", "green", "Leo goes to nursery four mornings a week and his attendance is up to 88%; nursery ring Sarah if he is not in by 10. His immunisations were caught up in April.", ["EYD"], ["met"], "nursery take-up being managed; immunisations met"),
]),
("E111", "Holmewood", "2025-01-27", "2025-08-26", [
 ("A", "orange", "Family placed in one room of a hotel since December, sharing a kitchen with six other families and no cooking facilities of their own; they rely on meal vouchers.", ["HOUS", "FIN"], [], ""),
 ("A", "yellow", "Omar (6) has had no school place since the move and admissions are chasing it. Fatima has flashbacks and nightmares from the journey; GP referred her to the refugee trauma service.", ["EDU-ATT", "MH-ADULT"], [], ""),
 ("C", "orange", "Moved to a council two-bed house in July. Fatima is still on the waiting list for trauma therapy.", ["MH-ADULT"], ["met"], "HOUS now met; awaiting therapy = MH-ADULT"),
]),
("E112", "Saltmarsh", "2025-03-10", "2025-10-20", [
 ("A", "green", "Theo (3 and a half) is on the autism assessment pathway at the child development centre. Nursery SENCO has put SEN support in place with 1:1 at lunchtime. He has a handful of words and uses Makaton.", ["EDU-SEND", "EYD"], [], "under-5 ASD pathway = EDU-SEND; speech = EYD"),
 ("A", "yellow", "Theo sleeps 3 to 4 hours a night and Nicole is up with him from 2am. Family hub sleep practitioner starting home visits. Nicole says she is shattered but her mood is fine.", ["PH"], ["negated"], "under-5 sleep = PH; mood negated"),
 ("C", "blue", "Nicole sticks to the picture bedtime routine and Theo now sleeps from 9 till 5 most nights, with melatonin from the paediatrician.", ["PH"], [], "managing on melatonin"),
]),
("E113", "Ashgrove", "2025-02-17", "2025-09-08", [
 ("A", "orange", "Tyler (13) has had a 3 day suspension for fighting and is on report; school are talking about a managed move. He has been seen with older lads at the skate park late at night and came home with a new phone he won't explain.", ["EDU-EXC", "SAFE-EXP"], [], ""),
 ("A", "green", "Ava (4 months) is feeding well and gaining. Danielle had baby blues after the birth that lifted by six weeks.", [], ["historical"], "baby blues over"),
 ("C", "orange", "Managed move to Ashgrove Academy agreed in March. Tyler was arrested in May for shoplifting with two older boys and has been referred to the YOS.", ["EDU-EXC", "CRIME"], [], ""),
]),
("E114", "Millbeck", "2025-04-07", "2025-11-17", [
 ("A", "green", "Kai (2) lives with his nan Maureen under a special guardianship order. His mum uses heroin and lives elsewhere; contact is supervised monthly at the family centre.", [], ["outside", "lookalike"], "mum's drug use outside household; kinship carer not CARER"),
 ("A", "yellow", "Kai has tantrums lasting up to an hour and bites Maureen, who feels out of her depth at 64. Her pension doesn't stretch to the extra costs and she has borrowed £600 from a doorstep lender. Incredible Years course and Citizens Advice offered.", ["REL-PAR", "FIN"], [], ""),
 ("C", "blue", "Maureen says the bedtime and mealtime routines are working and the biting has stopped.", ["REL-PAR"], ["historical"], "routines = managing; biting over"),
]),
("E115", "Holmewood", "2025-05-19", "2025-12-01", [
 ("A", "yellow", "Kirsty has long-standing depression and often stays in bed until midday. Lily (10) gives Harvey (14 months) his breakfast and drops him at the childminder before school.", ["MH-ADULT", "CARER"], [], ""),
 ("C", "yellow", "Lily goes to the Tuesday group at Holmewood Young Carers. Kirsty is on the waiting list for talking therapies.", ["CARER", "MH-ADULT"], [], ""),
 ("C", "green", "Lily has had no lates since Easter and has a breakfast club place.", [], ["historical"], "no further lates since"),
]),
("E116", "Saltmarsh", "2025-03-03", "2025-10-13", [
 ("A", "yellow", "Ruby (4) starts school in September. Nursery say she is not school ready: she can't manage her coat and still has wee accidents most days.", ["EYD"], [], ""),
 ("C", "yellow", "Ruby had a transition plan with her Reception teacher but still has an accident at nursery about once a week.", ["EYD"], [], ""),
]),
("E117", "Millbeck", "2025-06-16", "2026-01-26", [
 ("A", "yellow", "Lewis and Jade separated in January and argue at every handover of Mia (3). Both agreed to a referral to family mediation.", ["REL-CONF"], [], ""),
 ("A", "blue", "Jade says there has never been any violence between them and neither parent raises any safety worry about the other.", [], ["negated"], "DA negated"),
 ("C", "blue", "Handovers now happen at nursery so the parents don't meet, and they use a co-parenting app to agree arrangements.", ["REL-CONF"], [], "managing separation"),
]),
("E118", "Ashgrove", "2025-01-08", "2025-07-21", [
 ("A", "yellow", "Ben gave up his job to do the hospital runs and they have fallen behind on the car finance and council tax. DLA claim submitted.", ["FIN"], [], ""),
 ("C", "green", "Archie has been off oxygen since March. The neonatal follow-up clinic flagged delay in his motor skills at his last check and will see him again in three months.", ["EYD"], ["historical"], "oxygen over; development delay current"),
 ("C", "blue", "DLA has been awarded, Ben is back at work part time and the council tax arrears are paid off.", [], ["met", "lookalike"], "arrears cleared; DLA alone not PH"),
]),
("E119", "Holmewood", "2025-04-22", "2025-12-15", [
 ("A", "orange", "Chloe (14) sent images to a man she met on Snapchat who claimed to be 17; police informed and a CEOP report made.", ["SAFE-EXP"], ["lookalike"], "police safeguarding, not CRIME"),
 ("A", "green", "Finley (3) has a stammer; HV and nursery say his speech is otherwise coming on well. SALT advice leaflet given.", ["EYD"], [], ""),
 ("C", "yellow", "Chloe is on a part-time timetable that is building up and sees the school counsellor weekly.", ["EDU-ATT", "MH-CHILD"], [], ""),
]),
("E120", "Saltmarsh", "2025-02-05", "2025-09-01", [
 ("A", "green", "Parents have chosen not to vaccinate Evie (18 months). HV talked through MMR and the local measles cases. Evie is otherwise well and meeting her milestones.", ["PH"], [], ""),
 ("A", "yellow", "Craig is on probation for a driving offence and sees his probation officer fortnightly. Hannah has anxiety and has started online CBT.", ["CRIME", "MH-ADULT"], [], "adult on probation = CRIME (conv 7)"),
 ("C", "yellow", "Craig finished his probation order in May. Hannah has completed CBT and says she feels much calmer.", [], ["historical"], "both over"),
]),
("E121", "Millbeck", "2025-07-07", "2026-02-02", [
 ("A", "green", "Nia (7 months) refuses anything off a spoon and is still only having milk. HV gave baby-led weaning advice.", ["EYD"], [], ""),
 ("C", "blue", "Sam uses the breathing techniques from Healthy Minds and has gone back to work on reduced hours.", ["MH-ADULT"], [], "managing"),
]),
("E122", "Ashgrove", "2025-10-13", "2026-04-20", [
 ("A", "red", "Kian (6 weeks) is on a child protection plan under the category of neglect following the ICPC on 10 October. Stacey has a learning disability and a parenting assessment is under way.", ["SAFE-NEG", "PH"], [], "learning disability = disability (PH)"),
 ("A", "orange", "Stacey has missed Kian's hearing screen and two GP appointments. Her partner Jordan was arrested in September for possession of cannabis with intent to supply.", ["PH", "CRIME"], ["lookalike"], "dealing by household member = CRIME, not SUB"),
 ("C", "orange", "Jordan was given a community order with unpaid work.", ["CRIME"], [], ""),
]),
("E123", "Holmewood", "2025-05-12", "2025-12-08", [
 ("A", "yellow", "Matt has run up £8,000 on credit cards through online betting. He has self-excluded from the sites through GamStop and is seeing a GamCare counsellor. Laura and Matt argue about money most nights and she has asked him to leave.", ["FIN", "REL-CONF"], ["lookalike"], "gambling debt = FIN not SUB; self-excluded look-alike"),
 ("A", "green", "Grace (5) in Year 1 has speech sound difficulties; the school SENCO has her on SEN support and she sees SALT in school.", ["EDU-SEND"], ["boundary"], "school-age speech = EDU-SEND (conv 9)"),
 ("C", "blue", "Matt has a debt management plan through StepChange and pays £120 a month. The couple say the arguments have stopped.", ["FIN"], ["historical"], "arguments over"),
]),
("E124", "Saltmarsh", "2025-03-24", "2025-11-10", [
 ("A", "yellow", "Jasmine (20 months) has Down's syndrome and is not yet walking; Portage visit every fortnight.", ["PH", "EYD"], [], ""),
 ("A", "green", "Jasmine's heart surgery in 2024 went well and cardiology discharged her last year.", [], ["historical"], "over"),
 ("C", "yellow", "Jasmine walks with a frame. Portage continues until she starts nursery in January with funded SEN inclusion support.", ["PH", "EYD", "EDU-SEND"], [], ""),
]),
("E125", "Millbeck", "2025-08-04", "2026-02-23", [
 ("A", "green", "Riley's dad is in HMP Lindholme and is not part of the household; Gemma takes Riley (3) to visit monthly. His 2 year review was fine.", [], ["outside"], "father in prison outside household, not CRIME"),
 ("A", "yellow", "Gemma says Riley throws things and hits her when he is told no. She has started the family hub's parenting course.", ["REL-PAR"], [], "toddler hitting parent = REL-PAR not DA"),
 ("C", "blue", "Gemma uses the time-in approach from the course and Riley's outbursts are shorter.", ["REL-PAR"], [], "managing"),
]),
("E126", "Ashgrove", "2025-06-09", "2026-01-05", [
 ("A", "green", "Ellie has epilepsy, well controlled on prescribed drugs. HV went through bathing Harry (5 months) safely in case she has a seizure.", ["PH"], ["lookalike", "hypothetical"], "prescribed drugs not SUB"),
 ("C", "green", "Harry's review was done at home in September and he is on track. Ellie has been seizure-free for a year on her medication.", ["PH"], ["met"], "review met; epilepsy managed = PH present"),
]),
("E127", "Holmewood", "2025-04-28", "2025-11-24", [
 ("A", "blue", "Claire was in an abusive relationship with Kyle's father that ended in 2021; he lives abroad and has no contact. Her new partner Rob is supportive.", [], ["historical", "outside"], "DA historical"),
 ("A", "green", "Kyle (4) is not toilet trained and sometimes smears; GP has referred him to the continence service. He starts school in September.", ["EYD"], [], ""),
 ("A", "yellow", "Claire has £2,300 rent arrears after a UC overpayment was clawed back. Her housing officer says no action will be taken while she sticks to a repayment plan.", ["FIN"], ["hypothetical"], "eviction only hypothetical"),
 ("C", "green", "Kyle (5), now in Reception, is dry in the day at school; the continence nurse is reviewing his night-time wetting.", ["PH"], ["boundary"], "school-age bedwetting = PH not EYD"),
]),
("E128", "Saltmarsh", "2025-01-15", "2025-08-11", [
 ("A", "yellow", "Connor (17) left sixth form in November and is not in work or training; a Youth Hub adviser is meeting him. Mum Lisa works 20 hours a week at the supermarket.", ["EDU-NEET"], [], "NEET only, no FIN (conv 11)"),
 ("A", "orange", "Connor smokes cannabis daily and police brought him home after a fight in the town centre.", ["SUB", "CRIME"], [], ""),
 ("C", "orange", "Connor received a youth caution for the assault and the YOS worker visits weekly. He says he has cut the cannabis down to weekends.", ["CRIME", "SUB"], [], ""),
]),
("E129", "Ashgrove", "2025-09-15", "2026-03-09", [
 ("A", "green", "Hollie asked the HV about sleep: Ted (14 months) wakes 4 or 5 times a night and will only settle on the breast. HV gave sleep advice and referred to the family hub sleep clinic.", ["PH"], [], "under-5 sleep = PH"),
 ("A", "blue", "Hollie has applied for 30 hours funding from January and has a nursery place booked.", [], ["lookalike"], "nursery plans, no need stated"),
 ("C", "blue", "Ted sleeps through most nights; Hollie uses the settling plan from the sleep clinic when he wakes.", ["PH"], [], "managing"),
]),
("E130", "Millbeck", "2025-05-27", "2026-01-19", [
 ("A", "red", "Strategy meeting after Jayden (15) was found 60 miles away with wraps of crack cocaine and £400 cash; NRM referral made. He went missing three times in April.", ["SAFE-EXP", "CRIME"], ["lookalike"], "drugs on exploited child: SAFE-EXP + CRIME, not SUB (conv 12)"),
 ("A", "orange", "Jayden has not been in to Millbeck High since Easter and is on a part-time timetable.", ["EDU-ATT"], [], ""),
 ("C", "orange", "Jayden is open to the exploitation team and has had no missing episodes since June. He attends school three days a week.", ["SAFE-EXP", "EDU-ATT"], ["historical"], "missing over but still open to exploitation team"),
]),
]

# Unboxed notes: (id, locality, date, stage, text, codes, gold level, trap types, note)
NOTES = [
("U101", "Ashgrove", "2025-07-14", "closure", "HV phone call: mum says Zara (2) is talking in sentences and fully potty trained. No further concerns, discharged to the universal service.", [], "", ["met", "lookalike"], "potty; needs met"),
("U102", "Millbeck", "2025-11-05", "assessment", "Home visit by family support worker: Reuben (4 months) sleeps in his car seat as there is no cot. Electricity on emergency credit; baby bank referral made.", ["SAFE-NEG", "FIN"], "yellow", [], "level from family support worker"),
("U103", "Holmewood", "2025-09-02", "assessment", "Midwife note: Kerry-Ann, 34 weeks pregnant, says her partner checks her phone and stops her seeing friends. DASH completed and referred to MARAC.", ["DA"], "orange", [], ""),
("U104", "Saltmarsh", "2025-10-21", "assessment", "Email from nursery manager: Amelia (3) collected late three times by mum, who smelled strongly of alcohol each time. Nursery have shared this with the HV.", ["SUB"], "green", [], "universal services only"),
("U105", "Ashgrove", "2026-01-28", "assessment", "Dad rang asking about Healthy Start vouchers and the baby bank after his hours were cut. Given the details and will apply himself.", ["FIN"], "blue", [], "signposting only"),
("U106", "Millbeck", "2025-12-10", "assessment", "Portage worker visited. Oscar (2) has global developmental delay and is not yet crawling.", ["EYD"], "yellow", [], "Portage = yellow"),
("U107", "Holmewood", "2026-02-16", "assessment", "Police called overnight after Lacey (16) threatened her mum with a knife during an argument; baby brother asleep upstairs. Lacey arrested.", ["REL-PAR", "CRIME"], "orange", ["lookalike"], "child-to-parent violence: REL-PAR + CRIME, not DA"),
("U108", "Saltmarsh", "2025-08-18", "assessment", "HV note: Georgia asked about postnatal depression because her sister had it badly. Georgia scored 3 on the EPDS and says she feels well.", [], "", ["outside", "negated"], "sister outside household; negated"),
("U109", "Ashgrove", "2025-06-23", "assessment", "School nurse note: Ethan (6) still wets the bed most nights and is embarrassed about a sleepover; GP has given an enuresis alarm.", ["PH"], "green", ["boundary"], "school-age bedwetting = PH"),
("U110", "Millbeck", "2026-03-04", "assessment", "Strategy discussion: Marley (2) was found alone in the flat at 9pm by police on a welfare check while mum was at the shop. Section 47 enquiries started.", ["SAFE-NEG"], "red", ["lookalike"], "police welfare check not CRIME"),
]

def main():
    nrows, grows, traps = [], [], []
    for cid, loc, ad, cd, boxes in CASES:
        for st, lvl, text, codes, ttypes, note in boxes:
            tid = f"{cid}-{st}"
            nid = f"{tid}-{lvl}"
            stage = "assessment" if st == "A" else "closure"
            date = ad if st == "A" else cd
            nrows.append([nid, tid, cid, stage, date, lvl, loc, text])
            for c in codes:
                grows.append([nid, c, lvl])
            if ttypes:
                traps.append({"narrative_id": nid, "types": ttypes, "note": note})
    for nid, loc, date, stage, text, codes, glvl, ttypes, note in NOTES:
        nrows.append([nid, nid, nid, stage, date, "", loc, text])
        for c in codes:
            grows.append([nid, c, glvl])
        if ttypes:
            traps.append({"narrative_id": nid, "types": ttypes, "note": note})
    with open(os.path.join(HERE, "narratives.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(nrows)
    with open(os.path.join(HERE, "gold.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(grows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
    print(f"{len(nrows)} narratives, {len(grows)} gold rows, {len(traps)} with traps")

if __name__ == "__main__":
    main()
