#!/usr/bin/env python3
"""Hand-written blind gold set: seaside unitary authority, early help triage export, 2025-26.
Every narrative, its gold codes and trap notes are typed here by hand."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# (case, locality, assessment date, closure date, boxes)
# box = (stage A/C, level, narrative, [gold codes], trap note or "")
CASES = [
 ("S101", "Harbourside", "2025-04-07", "2025-09-15", [
  ("A", "green", "Mia (4) started at Little Anchors nursery in Sept and takes up her 15 funded hours. HV noted she is still in nappies in the day and mum would like help with potty training.", ["EYD"], ""),
  ("A", "yellow", "Dad (Craig) works the pier amusements April to Oct and is laid off every winter. UC sanctioned in Jan after a missed appointment, now about £600 behind on council tax. Craig says he isn't a drinker, no concerns re alcohol.", ["FIN"], "negated SUB; seasonal work"),
  ("C", "blue", "Craig back on the pier since Easter, sanction lifted and he is paying £25 a month off the council tax through an arrangement. Mia is fully dry in the day now.", ["FIN"], "toileting need now met (EYD not coded); FIN managing in blue"),
 ]),
 ("S102", "Saltmarsh", "2025-05-12", "2025-11-20", [
  ("A", "green", "Oliver (11), Y7 at Saltmarsh Academy. SENCO has him on SEN support for dyslexia, reading age roughly 8.", ["EDU-SEND"], ""),
  ("A", "yellow", "Mum Dani has been very low since her own mum died in the spring. GP started sertraline and she's on the talking therapies waiting list. Oliver makes the tea most nights when she can't get up.", ["MH-ADULT", "CARER"], ""),
  ("A", "orange", "Police attended twice in Aug when Oliver was reported missing overnight after the beach fair, found at a friend's caravan. Return home interview done. No DA disclosed. Dani's ex Lee was jailed for supply in 2019 and has had no contact since.", ["SAFE-EXP"], "police finding missing child is not CRIME; negated DA; ex-partner outside household and historical"),
  ("C", "green", "Oliver still on SEN support, reading intervention 3x a week, school pleased with progress.", ["EDU-SEND"], ""),
  ("C", "yellow", "Dani says her mood is much better, finished 8 sessions of talking therapy and still taking sertraline. Oliver registered with Coastline Young Carers and goes to their Tuesday club.", ["MH-ADULT", "CARER"], "ongoing medication codes MH-ADULT"),
 ]),
 ("S103", "Cliffend", "2025-03-03", "2025-10-06", [
  ("A", "yellow", "jade (15) attendance 71% - misses most mondays and fridays, says she feels sick before school. school counsellor referral made for anxiety", ["EDU-ATT", "MH-CHILD"], "look-alike: 'feels sick' is not PH"),
  ("A", "orange", "Jade seen with older males at the bus station twice after 11pm, one of the cars linked to a known adult. Police intel submitted, exploitation screening tool completed, MASH consulted. She has a new phone mum did not buy her.", ["SAFE-EXP"], ""),
  ("C", "green", "Attendance up to 90% this half term. School counsellor still seeing her weekly about her anxiety.", ["EDU-ATT", "MH-CHILD"], ""),
  ("C", "yellow", "No further sightings with the older group and no missing episodes since July. Case closed at MACE in Sept; would be re-referred if she went missing again.", [], "historical SAFE-EXP; hypothetical re-referral"),
 ]),
 ("S104", "Harbourside", "2025-03-17", "2025-08-28", [
  ("A", "orange", "Section 21 served in March, landlord is turning the flat into a holiday let. Six of them in a 2-bed at present. Housing options appointment booked.", ["HOUS"], "holiday let context"),
  ("A", "yellow", "Mum (Sasha) cleans holiday let changeovers, cash in hand, hours drop to nothing Nov to Feb. Behind on the electric and using the food bank at St Peter's.", ["FIN"], "seasonal work"),
  ("A", "green", "Baby Noah (9 months) missed his 8 and 12 week immunisations, HV rebooking. Weaning going well.", ["PH"], "look-alike: weaning mentioned only as good news, EYD not coded"),
  ("C", "orange", "Family moved into temporary accommodation at the Seaview B&B in June, waiting for a housing association offer.", ["HOUS"], ""),
  ("C", "blue", "Sasha has a budget plan from the money advice session and puts money aside over the summer for the winter months.", ["FIN"], "managing in blue"),
 ]),
 ("S105", "Dunmoor", "2025-05-14", "2025-12-02", [
  ("A", "red", "ICPC held 14/05. Kai (6) and Lacey (3) made subject to CP plans under the category of neglect - dog mess on the floors, nothing to eat in the cupboards, children not bathed for days.", ["SAFE-NEG"], ""),
  ("A", "orange", "Mum (Gemma) disclosed heroin use. On a methadone script through Tidewater Recovery but using on top. Neighbours have complained to the council about the man in the upstairs flat dealing.", ["SUB"], "neighbour's dealing is outside household, not CRIME"),
  ("A", "yellow", "Lacey not taking up her funded nursery place, speech limited to single words.", ["EYD"], ""),
  ("C", "red", "Children remain on CP plans. Review conference in Nov noted home conditions better but Gemma still not reliably giving the children breakfast.", ["SAFE-NEG"], ""),
  ("C", "orange", "Gemma's urine screens clean for 10 weeks, still on a reducing methadone script.", ["SUB"], "look-alike 'clean'; ongoing script codes SUB"),
  ("C", "yellow", "Lacey now at Sandcastles nursery 4 days a week, SALT referral accepted.", ["EYD"], ""),
 ]),
 ("S106", "Saltmarsh", "2025-02-10", "2025-07-21", [
  ("A", "yellow", "Parents split in January after 12 years together. Arguments over Ellie's (8) weekend handovers happen in front of her. Both willing to try mediation. No DA from either side and police have never been involved.", ["REL-CONF"], "negated DA and CRIME"),
  ("A", "green", "Ellie has started wetting the bed again since the separation, school nurse giving advice.", ["PH"], "school-age bedwetting is PH"),
  ("C", "blue", "Handovers now happen at the grandparents' house and parents use a co-parenting app to agree dates.", ["REL-CONF"], "managing in blue"),
  ("C", "green", "Ellie dry at night for the last two months, school nurse has discharged her.", [], "need now met"),
 ]),
 ("S107", "Cliffend", "2025-04-22", "2025-11-10", [
  ("A", "orange", "Tyler (14) arrested in April for criminal damage to beach huts with two mates, now on a referral order with YOS. Mum says he's out till 1am most nights and won't say where.", ["CRIME", "REL-PAR"], ""),
  ("A", "yellow", "3 day suspension for swearing at a teacher, on report. His friend Callum has been permanently excluded.", ["EDU-EXC"], "friend's exclusion is outside household"),
  ("C", "orange", "Referral order completed in Oct, YOS closed, no further offending.", [], "historical CRIME"),
  ("C", "yellow", "Curfew agreed at home and Tyler mostly keeps to it; mum went to the Time Out parenting group. Still on a report card at school for behaviour in lessons.", ["REL-PAR", "EDU-EXC"], ""),
 ]),
 ("S108", "Harbourside", "2025-06-02", "2026-01-12", [
  ("A", "yellow", "Mum (Rachel) has MS, uses a wheelchair and gets PIP. Amber (13) does most of the shopping and helps mum with her medication.", ["PH", "CARER"], "PIP alone not FIN"),
  ("A", "green", "Amber's attendance is 96%, no concerns from school. She says she gets tired sometimes but is keeping up with work.", [], "negated EDU-ATT; good news only"),
  ("C", "blue", "Amber goes to the young carers group fortnightly and has a young carer card for school. Agency carers now come twice a day to help Rachel with her MS, so Amber does less.", ["CARER", "PH"], "agency 'carers' look-alike; managing"),
 ]),
 ("S109", "Dunmoor", "2025-07-08", "2026-02-03", [
  ("A", "orange", "Chloe disclosed partner Ryan checks her phone, controls the money and has stopped her seeing friends. DASH 14, referred to MARAC. Ryan breached his bail in June and was arrested.", ["DA"], "partner's arrest is DA only, not CRIME; 'controls the money' is DA not FIN"),
  ("A", "yellow", "Freddie (7) clingy and waking with nightmares, school say he is withdrawn in class.", ["MH-CHILD", "PH"], "school-age sleep problem is PH"),
  ("A", "green", "Isla (2) had her 2 year review with the HV, all fine. Chloe registered with the new GP.", [], "good news only"),
  ("C", "orange", "Non-molestation order granted against Ryan in Sept, Chloe attending the Freedom Programme.", ["DA"], ""),
  ("C", "yellow", "Freddie sleeping through most nights now, play therapy at Harbour Children's Centre continues.", ["MH-CHILD"], "sleep problem now met"),
 ]),
 ("S110", "Saltmarsh", "2025-01-20", "2025-07-14", [
  ("A", "yellow", "Kieran (17) dropped out of his college catering course in Nov and isn't working. Mum worried he is in his room gaming all day.", ["EDU-NEET"], "NEET only, no FIN"),
  ("A", "green", "Mum works full time at the Grand Hotel, no money worries. Kieran's asthma well controlled with inhalers from the GP.", ["PH"], "negated FIN; managing PH in green"),
  ("C", "yellow", "Kieran working at the crazy golf until the season ends in Sept. Applied for the hospitality traineeship but no place confirmed yet so at risk of being NEET again over winter; Youth Hub adviser keeping in touch.", ["EDU-NEET"], "seasonal job; at risk of NEET"),
 ]),
 ("S111", "Cliffend", "2025-09-29", "2026-03-09", [
  ("A", "green", "Leo (9) is on the ADHD pathway, community paeds appointment due in spring. SENCO has a plan in place.", ["EDU-SEND"], ""),
  ("A", "yellow", "At home Leo hits his little sister and kicks the doors when screen time ends. Parents feel they've tried everything. Referred to Incredible Years.", ["REL-PAR"], "sibling hitting is REL-PAR not DA"),
  ("A", "orange", "N/A", [], "empty box"),
  ("C", "green", "ADHD diagnosed in Feb, started medication. School requested an EHC needs assessment. One-day suspension in Jan for throwing a chair.", ["EDU-SEND", "EDU-EXC"], ""),
  ("C", "yellow", "Parents completed Incredible Years, fewer meltdowns but bedtime still a flashpoint.", ["REL-PAR"], ""),
 ]),
 ("S112", "Dunmoor", "2025-02-24", "2025-09-01", [
  ("A", "orange", "Dad (Paul) drinking most days since losing his job at the fish processing plant. Police attended in March after he was found drunk and shouting in the high street.", ["SUB", "CRIME", "FIN"], "ASB by household adult is CRIME"),
  ("A", "yellow", "Paul has run up about £3k on online betting sites and a payday loan.", ["FIN"], "gambling is FIN not SUB"),
  ("C", "yellow", "Paul engaging with Tidewater Recovery, says he's down to weekends. Self-excluded from betting apps and has a StepChange debt plan.", ["SUB", "FIN"], "look-alike 'self-excluded'"),
  ("C", "blue", "Paul volunteers at the lifeboat shop while he looks for paid work.", ["FIN"], "household worklessness, managing"),
 ]),
 ("S113", "Saltmarsh", "2025-04-14", "2025-10-27", [
  ("A", "yellow", "Priya has postnatal depression since Arjun was born in Jan. GP increased her meds and referred to the perinatal mental health team.", ["MH-ADULT"], ""),
  ("A", "green", "Arjun (5 months), weaning just started. HV concerned his weight has dropped from the 50th to the 9th centile.", ["PH"], "weaning mentioned without a need"),
  ("A", "blue", "Husband works on the rigs two weeks on two off, Priya's mum comes to stay when he is away.", [], "shift work not FIN"),
  ("C", "green", "Arjun's weight back up to the 25th centile, HV discharged to the universal offer.", [], "need now met"),
  ("C", "yellow", "Priya still seen by the perinatal team, mood lifting.", ["MH-ADULT"], ""),
 ]),
 ("S114", "Cliffend", "2025-11-03", "2026-04-20", [
  ("A", "orange", "Family in a winter let caravan at Sunnyvale park and have to be out by 1 March when the season opens. Nowhere to go, homeless application made.", ["HOUS"], "holiday let / winter let"),
  ("A", "yellow", "Zara (10) and Jack (8) late most days as the bus from the park is unreliable, attendance 88%.", ["EDU-ATT"], ""),
  ("A", "green", "Jack's eczema flares with the damp in the caravan, GP prescribed creams.", ["PH", "HOUS"], ""),
  ("C", "orange", "Moved to a council flat in Cliffend in April. Housing: resolved.", [], "need now met"),
  ("C", "green", "Both walk to Cliffend Primary now, attendance 97% since the move and Jack's eczema has cleared up.", [], "needs now met"),
 ]),
 ("S115", "Harbourside", "2025-09-15", "2026-03-02", [
  ("A", "orange", "Ruby (13) on a managed move from Bayview School to Harbour High after repeated fights. Mum says a group from her old class were bullying her online.", ["EDU-EXC", "SAFE-EXP"], "bullying by peers is the child's SAFE-EXP"),
  ("A", "yellow", "Ruby cutting her arms, school nurse has referred to CAMHS, waiting for triage.", ["MH-CHILD"], ""),
  ("C", "orange", "Managed move made permanent in Dec, no behaviour incidents since. The online bullying stopped once she changed her accounts.", [], "historical EDU-EXC and SAFE-EXP"),
  ("C", "yellow", "Seen by CAMHS in Nov, now in a DBT skills group. No cutting since October.", ["MH-CHILD"], "ongoing CAMHS codes MH-CHILD"),
 ]),
 ("S116", "Saltmarsh", "2025-06-16", "2025-12-15", [
  ("A", "yellow", "Nan (Maureen) is kinship carer for Josh (12) under an SGO as mum is in prison. Josh angry and refusing to do anything Maureen asks, slammed a door off its hinges last week.", ["REL-PAR"], "kinship carer not CARER; mum in prison outside household"),
  ("A", "green", "Maureen has type 2 diabetes, manages it with tablets and diet. Her pension and the SGO allowance cover the bills.", ["PH"], "negated FIN; managing PH in green"),
  ("C", "yellow", "FSW still visiting fortnightly. Josh and Nan have a fish and chip night every Friday, fewer rows than before.", ["REL-PAR"], ""),
  ("C", "blue", "Josh phones his mum in prison weekly, he says it helps.", [], "mother outside household"),
 ]),
 ("S117", "Cliffend", "2025-01-13", "2025-06-30", [
  ("A", "green", "Alfie (6), Y1 - speech unclear, school SALT assessing.", ["EDU-SEND"], "school-age speech is EDU-SEND not EYD"),
  ("A", "yellow", "Reggie (2y 6m) has around 10 words. Not taken up his 2 year funded place yet. Portage referral made.", ["EYD"], ""),
  ("C", "green", "Reggie started at Puffins nursery in Jan and his talking is coming on. Alfie has a SALT programme delivered by his TA.", ["EYD", "EDU-SEND"], ""),
 ]),
 ("S118", "Harbourside", "2025-02-03", "2025-08-11", [
  ("A", "orange", "Mason (16) smoking cannabis every day, police caution in Feb for possession. Goes missing overnight at weekends.", ["SUB", "CRIME", "SAFE-EXP"], ""),
  ("A", "yellow", "Mason vapes constantly and mum smokes 20 a day. Mum says he is still at college 3 days a week.", [], "vaping/tobacco not SUB; not NEET"),
  ("C", "orange", "Mason attending the young people's drug and alcohol service, says he's cut down to weekends. No missing episodes since April.", ["SUB"], "historical SAFE-EXP"),
  ("C", "yellow", "Caution from Feb done with, no further police contact.", [], "historical CRIME"),
 ]),
 ("S119", "Dunmoor", "2025-10-20", "2026-03-23", [
  ("A", "yellow", "Dad lone parent of three since mum left. UC only and the advance loan deductions leave about £90 a week after rent. Using Dunmoor food bank every fortnight. The kids said there was no food in the house at the weekend.", ["FIN", "SAFE-NEG"], "food bank FIN plus no food SAFE-NEG"),
  ("A", "green", "Ava (5) has had 4 fillings, dental check-ups missed for two years.", ["PH"], ""),
  ("C", "yellow", "Citizens Advice got the advance deductions reduced, still uses the food bank now and then.", ["FIN"], ""),
  ("C", "green", "Ava's dental treatment finished, routine check-up booked for June.", [], "need now met"),
 ]),
 ("S120", "Saltmarsh", "2025-03-24", "2025-10-13", [
  ("A", "orange", "Dad (Simon), ex-forces, has PTSD and told the GP last month he'd had thoughts of ending his life, crisis team involved. Parents arguing a lot about him not leaving the house. No physical violence and mum says she is not frightened of him.", ["MH-ADULT", "REL-CONF"], "negated DA"),
  ("A", "yellow", "Charlie (10) worries about his dad, ELSA sessions weekly at school for anxiety.", ["MH-CHILD"], ""),
  ("C", "orange", "Simon under the Op COURAGE veterans mental health service, no suicidal thoughts since June.", ["MH-ADULT"], "ongoing service"),
  ("C", "blue", "Parents still have the odd row but use what they learnt at Relate to take time out.", ["REL-CONF"], "managing in blue"),
 ]),
 ("S121", "Cliffend", "2025-11-17", "2026-05-18", [
  ("A", "yellow", "Parents both work at the holiday park over summer. Took Dawid (9) and Ola (7) to Poland for 4 weeks in term time in Oct, fixed penalty notice issued. Attendance 84%.", ["EDU-ATT"], "penalty notice not FIN/CRIME; shift/seasonal work"),
  ("A", "green", "Ola has a slight lisp, SENCO not concerned. Dawid has a peanut allergy with a care plan in school.", ["PH"], "negated EDU-SEND"),
  ("C", "green", "Attendance 95% this year, no term time holidays taken.", [], "need now met"),
 ]),
 ("S122", "Harbourside", "2025-08-04", "2026-01-26", [
  ("A", "green", "Kerry was on a methadone script until 2022 and has been drug free since. HV visiting for the new baby, feeding well.", [], "historical SUB"),
  ("A", "yellow", "Kerry anxious about social care getting involved because of her past, low mood, GP referred her to Talking Matters. Her older son Dylan (15) lives with his dad in Leeds and has been excluded from his school there.", ["MH-ADULT"], "son outside household; exclusion not coded"),
  ("C", "blue", "Kerry goes to a mums and babies group at the library and says her mood is fine now.", [], "need now met"),
 ]),
 ("S123", "Dunmoor", "2026-01-19", None, [
  ("A", "yellow", "Grandad lives with them and has dementia. Lily (14) sits with him after school while mum works at the chip shop.", ["CARER", "PH"], ""),
  ("A", "orange", "Lily caught shoplifting make-up in town with friends, police brought her home and gave a community resolution.", ["CRIME"], ""),
 ]),
 ("S124", "Saltmarsh", "2025-12-08", "2026-05-11", [
  ("A", "orange", "Nicola's ex Dean found her new flat in Jan; banging on the door at night and sending threatening texts. Police attended twice and he was arrested for harassment. IDVA allocated.", ["DA"], "ex-partner's arrest is DA not CRIME"),
  ("A", "yellow", "Black mould in both bedrooms, landlord not responding, environmental health contacted.", ["HOUS"], ""),
  ("C", "blue", "Landlord has treated the mould. Nicola has a non-mol order and a video doorbell and knows to ring 999 if Dean comes back.", ["DA"], "HOUS now met; DA managing in blue; 999 is a plan"),
 ]),
]

# unboxed notes: (id, stage, date, locality, narrative, codes, level from cues, trap)
UNBOXED = [
 ("U001", "assessment", "2025-06-23", "Cliffend", "Home visit. Mum says Harvey (4) still isn't toilet trained and won't use the toilet at nursery. HV to visit next week.", ["EYD"], "green", ""),
 ("U002", "assessment", "2025-10-09", "Harbourside", "Strategy meeting today re Skye (15) after she told a teacher a man she met online has been sending her money and asking for pictures. S47 to start. Mum's partner told to leave the house while enquiries take place.", ["SAFE-EXP"], "red", "online adult outside household"),
 ("U003", "assessment", "2026-02-16", "Dunmoor", "Call from mum, she has a possession notice from the housing association for £2,100 rent arrears. EH worker to visit Thursday.", ["HOUS", "FIN"], "orange", ""),
 ("U004", "closure", "2026-04-13", "Saltmarsh", "FSW check-in. Dad looking for work since the season ended at the pier cafe. Children happy and school have no concerns. He says he has not had a drink since last summer.", ["FIN"], "yellow", "historical SUB; negated school concerns"),
]

HEAD_N = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
HEAD_G = ["narrative_id", "code", "level"]


def main():
    nrows, grows, traps = [], [], {}
    for case, loc, adate, cdate, boxes in CASES:
        for stage, level, text, codes, trap in boxes:
            tid = f"{case}-{stage}"
            nid = f"{tid}-{level}"
            st, d = ("assessment", adate) if stage == "A" else ("closure", cdate)
            nrows.append([nid, tid, case, st, d, level, loc, text])
            grows += [[nid, c, level] for c in codes]
            if trap:
                traps[nid] = trap
    for uid, st, d, loc, text, codes, level, trap in UNBOXED:
        nrows.append([uid, uid, uid, st, d, "", loc, text])
        grows += [[uid, c, level] for c in codes]
        if trap:
            traps[uid] = trap
    for name, head, rows in (("narratives.csv", HEAD_N, nrows), ("gold.csv", HEAD_G, grows)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(head)
            w.writerows(rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
    print(f"{len(nrows)} narratives, {len(grows)} gold rows, {len(traps)} with trap notes")


if __name__ == "__main__":
    main()
