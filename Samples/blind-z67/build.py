#!/usr/bin/env python3
"""Hand-written blind gold set (theme: outer-London borough early help triage export, 2025-26).
Every narrative, its gold codes and trap notes are written by hand below.
Writes narratives.csv, gold.csv, traps.json (UTF-8, no BOM, CRLF)."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# case -> (locality, [(stage, date, [(level, text, [codes], [(trap_type, note)])])])
# trap types: negated, historical, hypothetical, outside, met, lookalike
CASES = [
 ("K201", "Hollowfield", [
  ("assessment", "2025-04-07", [
   ("blue", "Mum (Shanice) has her sister round the corner who does the school pick up Tues and Thurs. HA flat, tenancy secure and no repairs outstanding.",
    [], [("negated", "housing described as secure, no repairs: no HOUS")]),
   ("yellow", "Tyler (11) attendance 79% since Sept, mostly Mondays. Complains of tummy aches on school mornings but GP found nothing physical. EHW to put attendance plan in place with Hollowfield Park school.",
    ["EDU-ATT"], [("negated", "GP found nothing physical: no PH")]),
   ("orange", "Tyler stopped by police in the park at 11pm in March with older boys, found with cannabis wraps he said he was 'holding for someone'. Police intel shared re possible CCE, referred to the exploitation panel.",
    ["SAFE-EXP", "CRIME"], [("lookalike", "drugs found on an exploited child: SAFE-EXP + CRIME, not SUB (conv 12)")]),
  ]),
  ("closure", "2025-09-22", [
   ("green", "Attendance up to 94% this half term and school mentor sees Tyler weekly to keep it there. No police contact since June and the exploitation panel have closed him.",
    ["EDU-ATT"], [("historical", "police contact / exploitation ended: no CRIME, SAFE-EXP")]),
  ]),
 ]),
 ("K202", "Bramleigh", [
  ("assessment", "2025-05-12", [
   ("green", "Amira 2y4m, HV did 2yr check - ASQ communication below range, only a handful of single words. Not in nursery, mum unsure whether to apply for the funded 2yo place.",
    ["EYD"], []),
   ("yellow", "Hodan (mum) has felt low since baby Idris was born 4 months ago, tearful most days. GP started antidepressants and referred to perinatal mental health for talking therapy.",
    ["MH-ADULT"], []),
   ("orange", "Family of 5 in a 1-bed private rented flat. Landlord served a s21 notice in April, expires end of June. Dad on a zero hours contract and 2 months behind with the rent. Housing options aware.",
    ["HOUS", "FIN"], []),
  ]),
  ("closure", "2025-11-03", [
   ("yellow", "Family rehoused in Aug to a 3-bed council property through the homeless pathway. Arrears of £640 left from the old tenancy, paying back via a Citizens Advice plan.",
    ["FIN"], [("met", "rehoused: housing need met, no HOUS")]),
  ]),
 ]),
 ("K203", "Kestrel Green", [
  ("assessment", "2025-06-02", [
   ("blue", "N/A", [], []),
   ("yellow", "Connor is 17. Dropped out of college in March after the first year and hasn't found work or training since. Spends most days in his room gaming. Referred to the youth employment adviser.",
    ["EDU-NEET"], [("lookalike", "gaming is not gambling; NEET alone is not FIN (conv 11)")]),
   ("orange", "Dad (Gary) drinking heavily most evenings. Police called twice in May when he was shouting in the street drunk. Gary says he wants to cut down and is now open to Kestrel Recovery (drug & alcohol service).",
    ["SUB", "CRIME"], []),
  ]),
  ("closure", "2025-12-08", [
   ("green", "Connor started a traineeship with Halden Builders in October, 4 days a week, and says he is enjoying it.",
    [], [("met", "now in training: NEET need met")]),
   ("yellow", "Gary still on the community alcohol plan with Kestrel Recovery, sees his worker fortnightly, drinking at weekends only now.",
    ["SUB"], []),
  ]),
 ]),
 ("K204", "Ashcombe Vale", [
  ("assessment", "2025-04-22", [
   ("green", "Lily (6) and Mason (4) both at Oakfield Primary, Mason in Reception. School have no concerns about attendance or behaviour for either child.",
    [], [("negated", "no attendance/behaviour concerns")]),
   ("orange", "Mum (Danielle) disclosed partner Ryan checks her phone, keeps her bank card and has pushed her against the wall twice. DASH medium risk, IDVA referral. Ryan has moved out to his mother's.",
    ["DA"], [("lookalike", "economic abuse (keeps bank card) is DA only, not FIN")]),
   ("red", "Strategy meeting 18/04 following police attendance at a DA incident at the home with both children present. S47 agreed; children remain with mum under a safety plan.",
    ["DA"], [("lookalike", "police attending DA incident is DA only, not CRIME (conv 7)")]),
  ]),
  ("closure", "2025-10-14", [
   ("blue", "Danielle has her safety plan and a non-molestation order in place until March 2026. She is doing the Freedom Programme online in the evenings.",
    ["DA"], []),
   ("green", "Mason (now 5, Year 1) has been wetting himself in class since September; school nurse is seeing him and has asked GP to check for a UTI.",
    ["PH"], [("lookalike", "toileting at school age is PH, not EYD (conv 9)")]),
  ]),
 ]),
 ("K205", "Hollowfield", [
  ("assessment", "2025-09-15", [
   ("yellow", "Ellie refusing to go into class, clinging to mum at the gate and crying. School put her on a reduced timetable (mornings only) for 3 wks. She tells mum she worries something bad will happen to her while she's at school. Referred to MHST.",
    ["EDU-ATT", "MH-CHILD"], []),
  ]),
  ("closure", "2026-02-09", [
   ("green", "Back on a full timetable since November. EP assessment done, dyslexia-friendly strategies in class and she stays on SEN support.",
    ["EDU-SEND"], [("historical", "reduced timetable ended: no EDU-ATT")]),
   ("yellow", "MHST sessions finished in January and Ellie no longer talks about worries when leaving mum.",
    [], [("met", "MH-CHILD need described as over")]),
  ]),
 ]),
 ("K206", "Bramleigh", [
  ("assessment", "2025-05-06", [
   ("blue", "Dad (Paul) has MS and uses a wheelchair, manages his own physio exercises at home. Gets PIP and family say money is fine.",
    ["PH"], [("negated", "PIP with money 'fine': no FIN (conv 5)")]),
   ("yellow", "jade 13 helps dad with his meds, cooks tea most nights and gets her brother up for school. says she is tired and behind with homework. referred to Bramleigh Young Carers",
    ["CARER"], []),
   ("orange", "Kai (15) arrested 2/5 for criminal damage at the bus station, YOS assessment booked. He has had a 3 day suspension this term for fighting.",
    ["CRIME", "EDU-EXC"], []),
  ]),
  ("closure", "2025-11-17", [
   ("blue", "Jade goes to the young carers group every other Friday and school have given her a pass so she can ring dad at lunchtime.",
    ["CARER"], []),
   ("yellow", "Kai completed his referral order in October. No incidents at school since the summer.",
    [], [("historical", "referral order completed, no incidents: no CRIME/EDU-EXC")]),
  ]),
 ]),
 ("K207", "Kestrel Green", [
  ("assessment", "2025-07-01", [
   ("yellow", "Mum (Kerry-Ann) admits using cocaine at weekends but denies using when the children are at home. Agreed referral to the drug & alcohol service.",
    ["SUB"], [("negated", "denial covers only one clause; use itself is present")]),
   ("orange", "Home conditions poor on visit - dog mess on the landing, no clean bedding, fridge had only a bottle of milk. Jayce (7) and Poppy (3) in the same clothes as last week.",
    ["SAFE-NEG"], []),
   ("red", "Both children made subject to CP plans under the category of neglect at ICPC on 24/06.",
    ["SAFE-NEG"], []),
  ]),
  ("closure", "2026-01-19", [
   ("yellow", "Kerry-Ann has had negative drug tests since September and still sees her substance misuse worker monthly.",
    ["SUB"], [("lookalike", "negative tests but ongoing treatment codes SUB (conv 4)")]),
   ("red", "CP plan stepped down to a child in need plan in December. Social worker still finds no food in the kitchen on some visits and Jayce's hygiene is poor.",
    ["SAFE-NEG"], []),
  ]),
 ]),
 ("K208", "Ashcombe Vale", [
  ("assessment", "2025-06-16", [
   ("blue", "Parents separated in Feb, week on/week off care. Both say they can talk about the kids without rowing most of the time.",
    ["REL-CONF"], []),
   ("yellow", "Handovers getting tense - Marek and Zofia argued in front of the children at the school gate in May. Neither parent reports any DA and there has been no police involvement. Referred to family mediation.",
    ["REL-CONF"], [("negated", "no DA, no police: no DA/CRIME")]),
   ("green", "Oliwia (10) told her teacher she feels 'stuck in the middle' and has been quiet and withdrawn. School ELSA seeing her weekly.",
    ["MH-CHILD"], []),
  ]),
  ("closure", "2025-12-01", [
   ("blue", "Parents now use a co-parenting app to sort arrangements; mediation finished in October and handovers are calmer.",
    ["REL-CONF"], []),
  ]),
 ]),
 ("K209", "Hollowfield", [
  ("assessment", "2025-10-06", [
   ("orange", "Council flat: black mould in both bedrooms, bathroom ceiling leaking. Repairs reported since March, nothing done. 6 people in 2 bedrooms. Env health visit requested, TAF meeting arranged.",
    ["HOUS"], []),
   ("yellow", "Nasra lost her job at the care home in August and her UC has been sanctioned. Using Hollowfield Community Pantry weekly.",
    ["FIN"], [("lookalike", "'care home' is a workplace, not CARER")]),
  ]),
  ("closure", "2026-03-16", [
   ("yellow", "Mould treated in both bedrooms. Family still overcrowded, on the transfer list in band B.",
    ["HOUS"], []),
   ("blue", "Nasra started as a teaching assistant in January; the sanction was overturned and she has no debts.",
    [], [("met", "FIN resolved"), ("negated", "no debts")]),
  ]),
 ]),
 ("K210", "Bramleigh", [
  ("assessment", "2025-09-29", [
   ("orange", "Maya (14) disclosed cutting her arms to her form tutor. Seen in A&E on 20/9 after taking 10 paracetamol. Now open to CAMHS crisis team.",
    ["MH-CHILD"], [("lookalike", "paracetamol overdose is self-harm, not SUB")]),
   ("yellow", "Maya has been messaging a man in his 20s she met on a gaming site who asked her for photos. Police informed by school. EHW to do online safety work with Maya and mum.",
    ["SAFE-EXP"], [("outside", "offender outside household; police informed to safeguard, not CRIME")]),
   ("green", "Mum (Claire) says she is coping ok. She had depression after Maya's dad left years ago but has needed no treatment for a long time, and says she would go back to the GP if her mood dipped.",
    [], [("historical", "past depression"), ("hypothetical", "would go back to GP if")]),
  ]),
  ("closure", "2026-02-23", [
   ("orange", "Remains open to CAMHS, attending a DBT skills group. No self-harm reported since November.",
    ["MH-CHILD"], []),
  ]),
 ]),
 ("K211", "Kestrel Green", [
  ("assessment", "2025-08-11", [
   ("green", "Harvey 3y8m not toilet trained, still has a bottle at night. HV visited and gave advice on a potty routine.",
    ["EYD"], []),
   ("yellow", "Harvey has global developmental delay. Failed his hearing screen, waiting for audiology. Portage worker visiting fortnightly.",
    ["EYD", "PH"], []),
  ]),
  ("closure", "2026-01-26", [
   ("green", "Harvey started at Meadow Lane nursery, now dry in the day with the odd accident. Hearing aid fitted in November and he wears it most of the day.",
    ["EYD", "PH"], []),
   ("yellow", "Portage ended once the nursery place started. Nursery SENCO has applied for an EHC needs assessment.",
    ["EDU-SEND"], []),
  ]),
 ]),
 ("K212", "Ashcombe Vale", [
  ("assessment", "2025-11-10", [
   ("orange", "Deshawn (14) at risk of perm exclusion - 4 suspensions this year for defiance, 1 for bringing a vape into school. Managed move to Greyfriars Academy agreed at inclusion panel.",
    ["EDU-EXC"], [("lookalike", "vape is not SUB (conv 12)")]),
   ("yellow", "Tanya says Deshawn ignores his curfew, stays out until midnight and swore at her when she took his phone. Parenting course booked for Jan.",
    ["REL-PAR"], []),
   ("blue", "Tanya works night shifts at the hospital, her brother stays over on those nights.",
    [], [("lookalike", "shift work is not FIN (conv 5)")]),
  ]),
  ("closure", "2026-03-30", [
   ("yellow", "Managed move made permanent in March. Greyfriars report no suspensions and plenty of achievement points.",
    [], [("historical", "managed move completed, no suspensions")]),
  ]),
 ]),
 ("K213", "Hollowfield", [
  ("assessment", "2025-05-19", [
   ("blue", "Gemma had a violent first marriage, ended in 2014, no contact with him since. Her partner Lee, who lives with the family, is supportive.",
    [], [("historical", "DA in the past, ended")]),
   ("yellow", "Lee has run up about £4,000 on credit cards through online betting. He has self-excluded from the betting sites and is talking to StepChange. Gemma worried about paying the electric.",
    ["FIN"], [("lookalike", "'self-excluded' not EDU-EXC; gambling is FIN not SUB (conv 10)")]),
  ]),
  ("closure", "2025-10-20", [
   ("blue", "Lee paying £60 a month into the debt plan and Gemma keeps a budget sheet on the fridge.",
    ["FIN"], []),
  ]),
 ]),
 ("K214", "Bramleigh", [
  ("assessment", "2025-07-14", [
   ("yellow", "Nan (Maureen, 71) is kinship carer for Jaxon (9) under an SGO. Her arthritis is getting worse and she struggles with the school run. Referred to the kinship support group.",
    ["PH"], [("lookalike", "kinship carer is not CARER (conv 12)")]),
   ("orange", "Jaxon hits and kicks Maureen when told no; police called 03/07 when he threw a chair at her. He has an ADHD diagnosis and takes medication for it.",
    ["REL-PAR", "CRIME", "EDU-SEND"], [("lookalike", "child-to-parent violence is REL-PAR (+CRIME with police), not DA (conv 8)")]),
   ("green", "Jaxon's mum is in prison; he has letterbox contact. SENCO at Northgate Primary has him on SEN support.",
    ["EDU-SEND"], [("outside", "mother in prison is outside household: no CRIME")]),
  ]),
  ("closure", "2026-01-12", [
   ("yellow", "Maureen says fewer outbursts, one incident of him kicking her in December. No police involvement since July.",
    ["REL-PAR"], [("historical", "police involvement ended: no CRIME")]),
  ]),
 ]),
 ("K216", "Ashcombe Vale", [
  ("assessment", "2025-04-14", [
   ("orange", "Dad (Tomasz) having suicidal thoughts since being made redundant in Feb, under the home treatment team. He does not drink or use drugs. Family living on UC and savings.",
    ["MH-ADULT", "FIN"], [("negated", "does not drink or use drugs: no SUB")]),
   ("yellow", "Kacper (12) doing a lot more at home, looks after his little sister after school while mum is at work and makes sure dad eats. Young carers assessment requested.",
    ["CARER"], []),
  ]),
  ("closure", "2025-09-29", [
   ("yellow", "Kacper goes to young carers club on Wednesdays. Tomasz back in work since August.",
    ["CARER"], [("met", "back in work: no FIN")]),
   ("blue", "none", [], []),
  ]),
 ]),
 ("K217", "Hollowfield", [
  ("assessment", "2025-12-01", [
   ("red", "Strategy meeting 27/11 after Zane (15) went missing three times in Nov; found by police in Luton the last time with £400 cash and two phones. S47 agreed and NRM referral made.",
    ["SAFE-EXP"], [("lookalike", "police finding a missing child is not CRIME (conv 7)")]),
   ("orange", "Zane at Brook House PRU after perm exclusion in October for carrying a knife in school. YOS involved.",
    ["EDU-EXC", "CRIME"], []),
  ]),
  ("closure", "2026-03-23", [
   ("orange", "No missing episodes since January. Zane remains on a referral order with YOS until May.",
    ["CRIME"], [("historical", "missing episodes ended: no SAFE-EXP")]),
  ]),
 ]),
 ("K218", "Bramleigh", [
  ("assessment", "2025-08-04", [
   ("yellow", "Chloe (17) is 28 weeks pregnant and lives with her mum Donna. Hasn't been in school, college or work since Year 11. Midwife concerned she has missed 2 antenatal appointments.",
    ["EDU-NEET", "PH"], []),
   ("orange", "Donna has been served a possession notice for £2,100 rent arrears, court hearing in September.",
    ["HOUS", "FIN"], []),
   ("green", "Chloe's boyfriend's family are known to police but he is not around much and does not live at the address.",
    [], [("outside", "boyfriend's family outside household")]),
  ]),
  ("closure", "2026-02-02", [
   ("green", "Baby Ruby born in November, HV new birth and 6-8 week visits done, feeding well and weight on her centile. HV would only refer to Portage if her checks showed any delay.",
    [], [("hypothetical", "Portage only if delay shown: no EYD")]),
   ("yellow", "Donna's arrears down to £900 on a payment arrangement and the possession claim was adjourned on terms. Chloe is at home with Ruby and not in education or work; she hopes to start college next September if she can get childcare.",
    ["FIN", "HOUS", "EDU-NEET"], []),
  ]),
 ]),
 ("K219", "Kestrel Green", [
  ("assessment", "2025-11-24", [
   ("green", "Isla (10) says girls in her class leave her out and have made a group chat about her. School have spoken to the other parents.",
    ["SAFE-EXP"], []),
   ("yellow", "Isla refusing school on Mondays, attendance 84%. Mum (Becky) has depression and finds mornings very hard. EHW allocated.",
    ["EDU-ATT", "MH-ADULT"], []),
  ]),
  ("closure", "2026-03-16", [
   ("green", "Friendship problems sorted after a peer mediation session in school; Isla says nobody is being unkind to her now.",
    [], [("met", "bullying over"), ("lookalike", "peer mediation is not REL-CONF")]),
   ("yellow", "Attendance 91%, still the odd Monday missed. Becky now seeing a Talking Therapies practitioner.",
    ["EDU-ATT", "MH-ADULT"], []),
  ]),
 ]),
 ("K220", "Ashcombe Vale", [
  ("assessment", "2025-06-23", [
   ("green", "Family living in one room at the Riverside Lodge hotel (temporary accommodation) since March. Children (6 and 9) have places at Castle Hill Primary.",
    ["HOUS"], []),
   ("yellow", "Dad (Abdelrahman) has flashbacks and nightmares about what happened in Khartoum. GP has referred him to a refugee trauma service.",
    ["MH-ADULT"], []),
  ]),
  ("closure", "2025-12-15", [
   ("orange", "Moved to a 2-bed temporary flat, still in TA with the homeless duty owed. Housing officer says the wait could be two years.",
    ["HOUS"], []),
  ]),
 ]),
 ("K221", "Hollowfield", [
  ("assessment", "2025-09-08", [
   ("green", "Leo (6) on the ASD pathway, awaiting assessment. SENCO at Brambleton Infants has put in 1:1 support at lunchtimes.",
    ["EDU-SEND"], []),
   ("blue", "Leo will only eat plain pasta and crisps; Jess gets ideas from an online parents' group. His weight was fine when the GP checked.",
    ["PH"], [("negated", "weight fine")]),
  ]),
  ("closure", "2026-02-16", [
   ("blue", "Jess uses the visual timer and calm box from the course, meltdowns down to a couple a week.",
    ["REL-PAR"], []),
  ]),
 ]),
 ("K222", "Bramleigh", [
  ("assessment", "2025-10-13", [
   ("orange", "TAF plan agreed. Ryan (15) attendance 62%. Kitchen and bedrooms so cluttered there is nowhere to sit and eat. Mum (Lorraine) has type 2 diabetes and is not taking her tablets.",
    ["EDU-ATT", "SAFE-NEG", "PH"], []),
   ("yellow", "Ryan spends most of his time alone and told the EHW he feels 'pointless'. Kooth account set up with him.",
    ["MH-CHILD"], []),
  ]),
  ("closure", "2026-03-02", [
   ("yellow", "Kitchen now clear and the family eat at the table; clutter to be monitored should it build up again. Attendance still only 74% but rising. Lorraine attending the diabetes clinic.",
    ["EDU-ATT", "PH"], [("historical", "clutter cleared"), ("hypothetical", "monitored should it build up: no SAFE-NEG")]),
  ]),
 ]),
 ("K224", "Ashcombe Vale", [
  ("assessment", "2025-05-27", [
   ("yellow", "Kayden often turns up at breakfast club hungry and asks for seconds. Mum (Stacey) says money tight since her hours were cut, 2 food bank vouchers this month.",
    ["SAFE-NEG", "FIN"], []),
  ]),
  ("closure", "2025-11-10", [
   ("blue", "Stacey back on full hours and says she has no debts. Not used the food bank since August, knows she can go back if her hours are cut again.",
    [], [("met", "money need over"), ("hypothetical", "food bank if hours cut")]),
  ]),
 ]),
 ("K226", "Bramleigh", [
  ("assessment", "2025-09-01", [
   ("red", "ICPC 28/08: all 3 children on CP plans (emotional abuse) due to domestic abuse by dad (Craig). Craig arrested in July for assaulting mum (Leanne), on bail not to contact her.",
    ["DA"], [("lookalike", "partner's arrest for DV is DA only, not CRIME (conv 7)")]),
   ("orange", "Heard at MARAC 12/08, Leanne has an IDVA. Brandon (16) has stopped going to college since the incident.",
    ["DA", "EDU-NEET"], []),
   ("yellow", "Leanne on edge all the time, GP has prescribed medication for anxiety.",
    ["MH-ADULT"], [("lookalike", "prescribed medication is not SUB")]),
  ]),
  ("closure", "2026-02-09", [
   ("red", "CP plans ended in January, children now on child in need plans. Craig convicted and has a restraining order preventing contact with Leanne.",
    ["DA"], []),
   ("yellow", "Brandon restarted college in January on a new course and is going in every day; the college would refer back if it dipped.",
    [], [("met", "back at college"), ("hypothetical", "refer back if it dipped")]),
  ]),
 ]),
 ("K227", "Kestrel Green", [
  ("assessment", "2025-08-18", [
   ("blue", "Aisha says the upstairs neighbours play loud music at night and were arrested for dealing; she has reported it to the housing officer herself.",
    [], [("outside", "neighbours' offending/ASB not coded")]),
   ("green", "Yusuf (3) at nursery 15 hrs, referred to SALT for stammering.",
    ["EYD"], []),
   ("yellow", "Aisha has type 1 diabetes and has been admitted twice this year; Hana (12) gives her injections when she is unwell. Young carers referral made.",
    ["PH", "CARER"], []),
  ]),
 ]),
]

# Unboxed notes: (id, stage, date, locality, text, codes, level, traps)
NOTES = [
 ("N101", "assessment", "2025-06-09", "Kestrel Green",
  "HV. Kian (4) still hard for strangers to understand, nursery SALT programme carrying on. Left mum a leaflet about the holiday activities club.",
  ["EYD"], "green", [("lookalike", "leaflet is a blue cue; nursery is the highest cue")]),
 ("N102", "assessment", "2025-10-03", "Bramleigh",
  "Phone call with dad. Police came out again Saturday after Callum (15) smashed his bedroom door and pushed him into the wall. Dad doesn't want to press charges. EHW visit Tuesday.",
  ["REL-PAR", "CRIME"], "orange", [("lookalike", "child-to-parent violence: REL-PAR + CRIME, not DA")]),
 ("N103", "assessment", "2025-11-20", "Ashcombe Vale",
  "Met mum at the Citizens Advice drop-in. Rent arrears £1,200; landlord has threatened to evict but no notice served yet. Mum's anxiety is high and she is seeing her GP.",
  ["FIN", "HOUS", "MH-ADULT"], "yellow", [("negated", "no eviction notice served: orange cue negated, level yellow")]),
 ("N104", "assessment", "2026-02-12", "Hollowfield",
  "Strategy discussion today re Mia (13) following her disclosure of sexual contact with a 19 year old man. S47 to start. Mia has refused to go to school since Monday.",
  ["SAFE-EXP", "EDU-ATT"], "red", [("outside", "the man is outside household; coded as exploitation of the child")]),
 ("N105", "closure", "2026-03-04", "Bramleigh",
  "Closure visit. Oscar's asthma well controlled and GP still reviews him every 6 months. Mum says the debt plan finished in the autumn and she is out of her overdraft.",
  ["PH"], "green", [("historical", "debt plan finished: no FIN")]),
 ("N106", "assessment", "2025-07-30", "Kestrel Green",
  "Family hub drop-in. Dad asked what help there is for Ruby (11), who helps with her mum's home dialysis. Gave him details of online young carer forums and he will look through them with Ruby at home.",
  ["CARER", "PH"], "blue", []),
 ("N107", "closure", "2025-12-11", "Ashcombe Vale",
  "Review call with nan. Twins' dad released on licence last month and living back with them, probation visit weekly. Nan says he is not drinking and there have been no arguments. EHW to keep visiting till Christmas.",
  ["CRIME"], "yellow", [("negated", "not drinking, no arguments: no SUB, REL-CONF")]),
]

def main():
    nar, gold, traps = [], [], {}
    for case, loc, triages in CASES:
        for stage, date, boxes in triages:
            tid = case + ("-A" if stage == "assessment" else "-C")
            for level, text, codes, tr in boxes:
                nid = "%s-%s" % (tid, level)
                nar.append([nid, tid, case, stage, date, level, loc, text])
                gold += [[nid, c, level] for c in codes]
                if tr:
                    traps[nid] = [{"type": t, "note": n} for t, n in tr]
    for nid, stage, date, loc, text, codes, level, tr in NOTES:
        nar.append([nid, nid, nid, stage, date, "", loc, text])
        gold += [[nid, c, level] for c in codes]
        if tr:
            traps[nid] = [{"type": t, "note": n} for t, n in tr]
    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(header)
            w.writerows(rows)
    write("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"], nar)
    write("gold.csv", ["narrative_id", "code", "level"], gold)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
    print("narratives", len(nar), "gold rows", len(gold), "with traps", len(traps))

if __name__ == "__main__":
    main()
