#!/usr/bin/env python3
"""Held-out gold set G (blind). Writes narratives.csv, gold.csv, traps.json.

Every narrative, its gold codes (status `present` only) and its trap notes live here.
Style: terse case-management shorthand (early help / duty SW / DSL / PPN triage).
python3 stdlib only.
"""
import csv
import json
import os

OUT = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Boxed narratives: case -> locality, triages (stage letter, date, boxes)
# box = (level, text, [codes], [trap notes "type: explanation"])
# ---------------------------------------------------------------------------
CASES = [
    ("G001", "Ashbrook", [
        ("A", "2025-01-14", [
            ("blue", "Shannon & Ricky both drive, Ricky's mum has the kids thurs after school; say they're on top of bills, nil debts",
             [], ["negation: 'nil debts' -> FIN negated",
                  "good-news: own network described, no need stated -> nothing coded"]),
            ("green", "Lottie (3) not taken up her 15hrs - mum didnt know about 3yr funding, form given & Little Acorns have a space. HV: speech v unclear, family struggle to understand her",
             ["EYD"], []),
            ("yellow", "Kaiden (8) wetting bed 4-5 nights a wk - GP started desmopressin. hits Lottie & throws stuff when told no, Shannon admits she gives in 'for peace'; EHW 1:1 parenting x6 sessions agreed",
             ["PH", "REL-PAR"], ["convention-9: bedwetting at school age -> PH"]),
            ("orange", "PPN x3 since oct re Wayne (Lottie's dad, not in hh) - threatening msgs on FB, smashed Shannon's windscreen nov, arrested for crim damage & harassment, bailed. Shannon says he drinks heavy. non-mol hearing 28/01",
             ["DA"], ["convention-7: ex-partner's criminal damage / arrest against the victim -> DA only, no CRIME",
                      "convention-6: ex-partner (outside household) drinking -> no SUB"]),
        ]),
        ("C", "2025-06-20", [
            ("blue", "Shannon + Kaiden made a sticker chart together, he picked the rewards; hitting 'mostly stopped' but bedtime still a battle some nights, she's using the calm down steps from EHW sessions",
             ["REL-PAR"], []),
            ("green", "Lottie at Little Acorns 15hrs since apr, settled, keyworker doing speech games - clearer but still behind at her 3yr check. Kaiden dry 3-4 nights/wk, GP still reviewing meds",
             ["EYD", "PH"], []),
            ("yellow", "N/A - parenting sessions finished may, no further EH input",
             [], ["n/a: N/A box",
                  "historical: sessions finished -> REL-PAR not coded"]),
            ("orange", "non-mol in force til feb 26; IDVA still checking in monthly. Shannon says Wayne's msgs have mostly dried up, 1 via his sister in may",
             ["DA"], []),
        ]),
    ]),
    ("G002", "Fenmoor", [
        ("A", "2025-01-22", [
            ("green", "Idris (6) has CP (cerebral palsy) - wheelchair, physio in school, EHCP at Brookfield Primary, all hosp apts kept. DLA in payment",
             ["PH", "EDU-SEND"], ["look-alike: 'CP' here is cerebral palsy, not a child protection plan",
                                  "convention-5: DLA named with no money problem -> no FIN"]),
            ("yellow", "Zain (13) does a lot for Idris - lifts him in & out of bath, does his peg feed in the evenings. says he's got no time for mates anymore. YC referral sent (Fenmoor Young Carers)",
             ["CARER"], []),
            ("orange", "Maryam (16) NEET since oct after leaving 6th form, barely leaves her room, GP referred to CAMHS for low mood - on waiting list. mum (Aisha) hrs cut at care home, UC advance being clawed back, nothing left after bills, food bank x2 jan",
             ["EDU-NEET", "MH-CHILD", "FIN"], ["convention-11: FIN comes from mum's money problems, not from Maryam being NEET",
                                               "convention-12: mum works at a care home -> not CARER",
                                               "convention-10: food bank -> FIN"]),
        ]),
    ]),
    ("G003", "Wetherden", [
        ("A", "2025-01-17", [
            ("orange", "Reece (15) picked up in police raid on a flat in Kingsmere 08/01 w/ wraps of crack & a burner phone - county lines. charged PWITS, YOS allocated. mum had reported him missing 4 days before",
             ["SAFE-EXP", "CRIME"], ["convention-12: drugs found on an exploited child -> SAFE-EXP + CRIME, not SUB",
                                     "convention-7: police recovering a missing child is not CRIME in itself (CRIME here from the charge / YOS)"]),
            ("yellow", "on 2hr/day timetable since jan; susp x2 autumn for fighting, school floating a managed move",
             ["EDU-ATT", "EDU-EXC"], []),
            ("green", "Poppy (6) speech sound disorder, SALT in school, on SEN register w/ SENCO. mum & Lee (stepdad) rowing lots since Reece's arrest - both say its only words, nothing physical, he's not controlling. both work shifts, no money probs",
             ["EDU-SEND", "REL-CONF"], ["convention-9: school-age speech -> EDU-SEND",
                                        "convention-8: parents' rows -> REL-CONF; DA negated ('nothing physical', 'not controlling')",
                                        "convention-5: shift work is not FIN; 'no money probs' negated"]),
            ("red", "strat mtg 13/01 re exploitation - not s47, held at contextual safeguarding panel monthly",
             ["SAFE-EXP"], []),
        ]),
        ("C", "2025-07-09", [
            ("orange", "6 month referral order (PWITS) - engaging well w/ YOS worker. nil missing episodes since feb, panel closed the exploitation concern in june",
             ["CRIME"], ["historical: missing episodes / exploitation ended -> SAFE-EXP not coded",
                         "mixed: current referral order alongside ended exploitation"]),
            ("yellow", "managed move to Highcroft Academy, 12 wk trial til end of july, settling ok per HoY",
             ["EDU-EXC"], []),
            ("blue", "mum has missing protocol & out of hrs no. - would ring straight away if Reece not in by curfew",
             [], ["hypothetical: 'would ring ... if not in' -> nothing coded"]),
        ]),
    ]),
    ("G004", "Ashbrook", [
        ("A", "2025-02-05", [
            ("red", "ICPC 03/02 - Harper (9m) & Alfie (4) on CP plans, cat emotional abuse. Dean (dad) punched Jodie 27/01 in front of kids, arrested, bail conditions not to attend. she says he tracks her phone & decides who she sees. MARAC listed 12/02",
             ["DA"], ["convention-7: arrest for the assault on Jodie -> DA only, not CRIME",
                      "convention-2: MARAC (an orange cue) inside the red box -> red"]),
            ("orange", "Jodie drinking ++ since Dean left - 2-3 bottles wine a day by her acct. referral to Pathways (drug & alcohol). low, tearful, 'some days I cant see the point' - GP reviewing her sertraline",
             ["SUB", "MH-ADULT"], []),
            ("yellow", "Alfie (4) still in nappies, no nursery place used - mum says cant get him there. Harper behind w/ imms, missed 8 & 12 wk",
             ["EYD", "PH"], []),
        ]),
        ("C", "2025-06-30", [
            ("red", "RCPC 18/06 - CP plans ended, stepped down to CIN plan. Dean's trial set for sept, IDVA still supporting Jodie & prepping her for court, she's dreading giving evidence",
             ["DA"], []),
            ("orange", "Jodie 4 months alcohol free, still goes to Pathways group weekly + has a sponsor",
             ["SUB"], ["convention-4: ongoing alcohol service -> SUB present although abstinent"]),
            ("yellow", "Alfie toilet trained & in nursery 15hrs since april, going well. Harper's imms all caught up at GP. nothing outstanding for EHW",
             [], ["historical: toileting, nursery take-up and immunisations described as resolved (yellow box, convention 3 'now managing' does not apply) -> nothing coded"]),
            ("blue", "Jodie doing the Freedom course weds mornings, her mum has the kids",
             ["DA"], []),
        ]),
    ]),
    ("G005", "Fenmoor", [
        ("A", "2025-02-11", [
            ("orange", "s21 rec'd 20/01, expires 20/03 - landlord selling up. Gary 2 months behind on rent (£1,450) since he lost warehouse job nov. housing options apt booked. 3 of them in 1 bed flat, kids sleep in his room",
             ["HOUS", "FIN"], []),
            ("yellow", "Gary at end of his tether w/ Leah (11) - slams doors, won't come in at agreed time, swears at him; says he's 'stopped bothering w/ rules'. EHW to offer Triple P",
             ["REL-PAR"], []),
            ("green", "Mason (7) ASD dx 2024, SEN support plan at Oakfield, SENCO applying for EHCP. Leah v anxious about the move, school counsellor seeing her wkly",
             ["EDU-SEND", "MH-CHILD"], []),
            ("blue", "Gary's sister does tea 2 nights, has offered her sofa if it comes to it. Gary denies drugs, nil issues w/ alcohol",
             [], ["hypothetical: sofa offered 'if it comes to it' -> HOUS not coded",
                  "negation: 'denies drugs, nil issues w/ alcohol' -> SUB negated"]),
        ]),
        ("C", "2025-07-15", [
            ("green", "rehoused may into 2 bed HA house on Pellow Rd, kids have own room. Mason's EHCP finalised - 1:1 TA from sept",
             ["EDU-SEND"], ["historical: housing need resolved by rehousing -> HOUS not coded"]),
            ("blue", "Gary paying £30/wk to old landlord off the arrears, new job at the depot. Leah home by 8 most nights, he's using a points system w/ her",
             ["FIN", "REL-PAR"], ["convention-3: paying off arrears is 'now managing' -> FIN present (blue)",
                                  "convention-5: the new job is not FIN by itself"]),
            ("yellow", "Leah still v anxious, not sleeping well before starting at new school, EHW doing transition work w/ her & school counsellor",
             ["MH-CHILD", "PH"], []),
        ]),
    ]),
    ("G006", "Wetherden", [
        ("A", "2025-03-03", [
            ("yellow", "Gemma & Rob seperated sept. handovers turning into slanging matches on the doorstep w/ kids watching; rowing over contact - Gemma wants it at her mum's, Rob refusing. neither alleges DA, no threats or control described. referred to family mediation",
             ["REL-CONF"], ["convention-8: arguments between parents -> REL-CONF",
                            "negation: 'neither alleges DA' -> DA negated"]),
            ("green", "Isla (10) teacher reports tearful, withdrawn since the split - ELSA wkly",
             ["MH-CHILD"], []),
            ("orange", "Freddie (14) arrested 14/01 shoplifting from Co-op w/ mates -> youth caution. neighbour complaints re ASB too (kicking ball at cars), police attended x2",
             ["CRIME"], []),
            ("blue", "Gemma has good mates, does parkrun sat am. works ft at the surgery - if money got tight she'd ask her dad",
             [], ["hypothetical: 'if money got tight' -> FIN not coded",
                  "good-news: own network"]),
        ]),
    ]),
    ("G007", "Ashbrook", [
        ("A", "2025-02-19", [
            ("red", "s47 completed 06/02 - dog mess thru downstairs, no working cooker, Tommy sleeping on bare mattress, kids repeatedly sent to school in dirty clothes w/ headlice. ICPC 20/02: CP plans, cat neglect",
             ["SAFE-NEG"], []),
            ("orange", "black mould both bedrooms, landlord ignoring, env health visit requested. gas arrears £780 on prepay, often no credit - going w/out heating. Kai (2) recurrent chest infections, A&E x2 jan",
             ["HOUS", "FIN", "PH"], []),
            ("yellow", "Tommy (9) att 74% (PA), Summer (5) 80%, both late most days. school say kids arrive starving, wolfing breakfast club toast",
             ["EDU-ATT", "SAFE-NEG"], ["convention-10: hungry children -> SAFE-NEG (no food bank / vouchers -> no FIN)"]),
            ("green", "Kai (2) - HV 2yr review finally done at 3rd attempt: no words yet, unsteady walking",
             ["EYD"], []),
        ]),
        ("C", "2025-07-22", [
            ("red", "RCPC 15/07 - remain on CP plan, PLO letter issued. home better at times but not sustained - dog mess again on last unannounced",
             ["SAFE-NEG"], []),
            ("orange", "env health notice served on landlord, mould treated june, rooms dry now. gas arrears on £5/wk plan via supplier",
             ["FIN"], ["historical: mould treated -> HOUS not coded",
                       "mixed: a debt still being repaid is a current FIN need"]),
            ("yellow", "Tommy att 86% this term - still PA but going right way; Summer 93%",
             ["EDU-ATT"], []),
            ("green", "Kai in 2yr funded place since may, nursery doing SALT strategies, now ~15 words",
             ["EYD"], []),
        ]),
    ]),
    ("G008", "Fenmoor", [
        ("A", "2025-03-12", [
            ("orange", "Natalie (mum) bipolar - s2 in dec for 3 wks, now w/ CMHT care coordinator. Esme (15) cooks, does meds reminders & gets Ollie to school when mum's unwell; YC referral done. Esme open to CAMHS - low mood, cutting arms",
             ["MH-ADULT", "CARER", "MH-CHILD"], []),
            ("yellow", "Ollie (12) on neurodevelopmental waitlist for ADHD assessment, paeds apt pending. school: at risk of perm exclusion - 3 FTEs this yr (defiance, threw chair)",
             ["EDU-SEND", "EDU-EXC"], []),
            ("green", "Ollie's asthma well controlled on inhalers per GP, annual review done",
             ["PH"], []),
            ("blue", "Natalie & Ollie's dad (seperated 2022) co-parent ok - occasional rows over pick ups but they sort it between them",
             ["REL-CONF"], []),
        ]),
    ]),
    ("G009", "Wetherden", [
        ("A", "2025-03-20", [
            ("yellow", "Connor (dad) on 60ml methadone daily via drug team, admits using heroin on top 'now & again'. Leanne: prev DA from her ex (2018), nil since, says Connor never violent. baby Jack 6 wks - Leanne low, EPDS 15 at HV visit, GP referral for PND",
             ["SUB", "MH-ADULT"], ["historical: DA by ex in 2018, nothing since -> DA not coded",
                                   "negation: 'Connor never violent'",
                                   "convention-4: methadone prescription -> SUB"]),
            ("green", "HV did Jack's 6-8wk check, all fine. Brooke (7) eczema flaring on arms & legs, GP given stronger cream",
             ["PH"], []),
            ("orange", "police called by neighbour 02/03 - Connor & Leanne shouting, officers: verbal argument only, no assault, no DA indicators, PPN for info",
             ["REL-CONF"], ["convention-8: parental argument not part of abuse -> REL-CONF, not DA",
                            "convention-7: police attending an adults' argument is not CRIME"]),
        ]),
        ("C", "2025-08-05", [
            ("blue", "Connor still on script, dose coming down, tests clear of heroin. he & Leanne doing an online course for parents who argue - both say its helping, fewer rows",
             ["SUB", "REL-CONF"], ["convention-4: ongoing prescription -> SUB present",
                                   "convention-3: 'fewer rows' while still on the course is now managing -> REL-CONF present (blue)"]),
            ("green", "Leanne's mood much improved, still on sertraline from GP, EPDS 8 now",
             ["MH-ADULT"], []),
            ("orange", "N/A - as per blue box, no police since march",
             [], ["convention-1: refers to another box; nothing carried over",
                  "n/a: N/A box",
                  "historical: no police since March"]),
        ]),
    ]),
    ("G010", "Ashbrook", [
        ("A", "2025-01-28", [
            ("yellow", "Anaya (13) school refusing since xmas, in barely half the time (52%). yr 9 girls group chat posting nasty stuff & pics of her - bullying reported to HoY. panic attacks most mornings",
             ["EDU-ATT", "SAFE-EXP", "MH-CHILD"], []),
            ("green", "Priya's migraines flaring 2-3x a wk, GP changed her meds last wk",
             ["PH"], []),
            ("orange", "man ?20s on snapchat asked Anaya for pics, she sent 1. police informed, CEOP report done, her phone seized. police investigating him ?grooming",
             ["SAFE-EXP"], ["convention-6: the offender is outside the household -> no CRIME",
                            "note: '?grooming' under active police investigation is a current risk, not a hypothetical"]),
        ]),
        ("C", "2025-06-11", [
            ("green", "Anaya back ft since may, att this half term 91%, on attendance support plan w/ HoY. school counsellor still seeing her for anxeity",
             ["EDU-ATT", "MH-CHILD"], []),
            ("blue", "Priya set up parental controls & a family phone agreement; Anaya knows how to block/report & shows mum her chats",
             ["SAFE-EXP"], []),
            ("orange", "police NFA - suspect not traced. no further contact from him. if he gets back in touch -> 101/CEOP straight away",
             [], ["historical: 'no further contact'",
                  "hypothetical: 'if he gets back in touch'",
                  "negation: NFA"]),
        ]),
    ]),
    ("G011", "Fenmoor", [
        ("A", "2025-04-02", [
            ("orange", "Jordan (17) NEET since leaving school summer 24, smoking weed daily 'to chill out', referred young ppl's substance service. bro Kyle (19, lives here) out on licence since feb after YOI, probation wkly",
             ["EDU-NEET", "SUB", "CRIME"], ["convention-11: NEET young person -> EDU-NEET only, no FIN",
                                            "convention-7: household member on licence / probation -> CRIME"]),
            ("yellow", "Tracey (mum) lost cleaning job jan, UC claim in but 5 wks w/ no money; school gave food vouchers. Jordan says theres often nothing in for tea",
             ["FIN", "SAFE-NEG"], ["convention-10: vouchers -> FIN and no food in the home -> SAFE-NEG, both"]),
            ("red", "N/A - see orange box re Kyle's licence",
             [], ["convention-1: refers to another box; nothing carried over",
                  "n/a: N/A box"]),
        ]),
    ]),
    ("G012", "Wetherden", [
        ("A", "2025-04-15", [
            ("green", "Noah (3) global dev delay - Portage visiting fortnightly, HV knows. not talking, signs a bit (Makaton). ortho apts for his hips, all attended",
             ["EYD", "PH"], ["convention-4: Portage -> EYD",
                             "convention-2: Portage is a yellow-level service but the box is green -> green"]),
            ("yellow", "Beth new to area, no family here; panic attacks in shops, avoids going out. self referred to talking therapies - on waitlist",
             ["MH-ADULT"], []),
            ("blue", "Beth & Liam solid, Liam works days; DLA for Noah + carers allowance, no money worries",
             [], ["convention-5: DLA and Carer's Allowance do not imply FIN, PH or CARER",
                  "convention-12: carer's allowance for a parent is not CARER",
                  "negation: 'no money worries'"]),
        ]),
    ]),
    ("G013", "Ashbrook", [
        ("A", "2025-01-09", [
            ("orange", "Jade fled Scott (DA) to refuge dec, now TA - 1 room B&B, shared kitchen, waiting on perm offer. IDVA allocated, MARAC heard jan",
             ["DA", "HOUS"], []),
            ("yellow", "Mia (6) got into St Anne's, no issues w/ her attendence, but Logan (10) still w/out school place - CME referral, out of ed 6 wks",
             ["EDU-ATT"], ["negation-scope: Mia's attendance negated, the negation does not reach Logan after 'but' -> EDU-ATT present",
                           "note: child missing education coded EDU-ATT"]),
            ("green", "Mia wetting the bed since the move, GP advised; Logan not sleeping, up til 2am most nights",
             ["PH"], ["convention-9: bedwetting and sleep problems at school age -> PH"]),
        ]),
        ("C", "2025-06-24", [
            ("orange", "moved into perm 2 bed flat in Oxley may. Scott breached non-mol june - waited at school gates, arrested & charged",
             ["DA"], ["historical: housing resolved -> HOUS not coded",
                      "convention-7: arrest for breaching non-mol -> DA only"]),
            ("yellow", "Logan at Oxley Primary since apr, 88% attendance, EHW doing wkly attendance check ins. 1 day susp in may for hitting a peer",
             ["EDU-ATT", "EDU-EXC"], []),
            ("green", "Jade having flashbacks since the breach, ?PTSD - GP prescribed fluoxetine, referred to psych",
             ["MH-ADULT"], []),
        ]),
    ]),
    ("G014", "Fenmoor", [
        ("A", "2025-05-06", [
            ("green", "Auntie Carmen kinship carer (CAO) for Riley & Skye since 2023. birth mum on crack, not in hh, supervised contact monthly at family centre",
             [], ["convention-12: kinship carer is not CARER",
                  "convention-6: birth mother outside household -> her drug use is not SUB"]),
            ("yellow", "Riley (8) hits & kicks Carmen when told no, broke her glasses last wk, she's scared of him at times. ?ADHD - SENCO referred to paeds. Skye (12) truanting w/ mates, in for 83% of sessions",
             ["REL-PAR", "EDU-SEND", "EDU-ATT"], ["convention-8: child-to-carer violence -> REL-PAR, not DA",
                                                  "note: '?ADHD' with a SENCO referral for assessment -> EDU-SEND present"]),
            ("orange", "Skye missing overnight 1x feb, turned up next day from an 18yr old lad's flat. CSE screening: medium risk. Carmen can't afford Skye's uniform, owes catalogue £900",
             ["SAFE-EXP", "FIN"], []),
            ("blue", "Carmen has arthritis, manages ok w/ painkillers from GP & her own walking group",
             ["PH"], []),
        ]),
    ]),
]

# ---------------------------------------------------------------------------
# Unboxed notes: (id, date, locality, stage, judged level, text, [codes], [traps])
# level = highest level cue in the text (convention 2)
# ---------------------------------------------------------------------------
NOTES = [
    ("GV001", "2025-02-24", "Wetherden", "assessment", "red",
     "strat mtg today - Kacey (4) bruise to cheek noticed at nursery, mum says fell off sofa, s47 agreed. home filthy on HV visit, nothing in fridge, Rio (2) in soaked nappy, no clean bedding. Rio's dad N/K. mum's bf Darren has DV hx w/ a prev partner, PNC checks requested",
     ["SAFE-NEG"], ["historical: partner's DV history with a previous partner -> DA not coded",
                    "convention-10: empty fridge -> SAFE-NEG (no FIN)",
                    "note: the bruise is a safeguarding concern with no taxonomy code of its own"]),
    ("GV002", "2025-03-07", "Fenmoor", "assessment", "yellow",
     "EHW home visit: Stuart (dad) 'drowning' - £3k payday loans + council tax arrears, bailiff letter recvd this wk. betting online most nights, lost his wages twice. referred CAB & gambling support line",
     ["FIN"], ["convention-10: gambling debts -> FIN, not SUB"]),
    ("GV003", "2025-03-11", "Ashbrook", "assessment", "green",
     "school nurse drop-in: Tia (14) disclosed making herself sick after meals, lost weight, feels low most days. SN referring to GP & informed mum; GP to consider CAMHS if weight keeps dropping",
     ["MH-CHILD", "PH"], ["level-cue: CAMHS only 'if weight keeps dropping' is hypothetical -> not an orange cue; level green"]),
    ("GV004", "2025-01-31", "Fenmoor", "assessment", "orange",
     "PPN: police to Flat 3 Mercer Ct 23:40 - Liam (15) smashed TV & shoved mum into wall after she took his phone. mum wont press charges, no injury. Liam open to YOS (referral order) & on his 3rd suspension this yr",
     ["REL-PAR", "CRIME", "EDU-EXC"], ["convention-8: child-to-parent violence -> REL-PAR (+CRIME as police / YOS involved), not DA"]),
    ("GV005", "2025-04-08", "Wetherden", "closure", "blue",
     "mum rang - Ellie (4) using the potty most of the time now, mum doing the sticker thing from the toilet training leaflet I sent. nan has her weds",
     ["EYD"], []),
    ("GV006", "2025-03-18", "Ashbrook", "assessment", "orange",
     "MARAC 14/03 re Sofia (34): partner strangled her 09/03, she's let him back in. IDVA can't get hold of her. twins (7) in the house at the time",
     ["DA"], []),
    ("GV007", "2025-02-03", "Fenmoor", "assessment", "yellow",
     "YC assessment today - Zara (12) helps mum (MS, wheelchair) w/ toileting & meds before school, late most days, attendance 89%. joining tues YC group",
     ["CARER", "PH", "EDU-ATT"], []),
    ("GV008", "2025-05-13", "Wetherden", "assessment", "green",
     "dad (Alan) COPD, on oxygen at night, GP reviews 3 monthly. PIP + carers allowance paid, says money's fine, has savings. kids (9 & 11) don't do any caring - mum does it all",
     ["PH"], ["convention-5: PIP / Carer's Allowance with no money problem -> no FIN",
              "negation: children do no caring -> CARER negated"]),
    ("GV009", "2025-04-23", "Ashbrook", "assessment", "red",
     "ICPC 22/04 - Kenzie (8) & Lyla (5) CP plans, neglect. mum's drinking - HV found her slurring at 10am, Lyla making her own cereal, no clean uniform",
     ["SAFE-NEG", "SUB"], []),
    ("GV010", "2025-02-27", "Wetherden", "assessment", "orange",
     "TAF mtg - Harvey (14) on 6 wk managed move to Ridgeway after perm ex threat, att since 68% (lots of 'ill' days). EHCP for SEMH. mum 'cant cope w/ him' - stays out til 1am, ignores every rule she sets",
     ["EDU-EXC", "EDU-ATT", "EDU-SEND", "REL-PAR"], []),
    ("GV011", "2025-05-20", "Fenmoor", "assessment", "yellow",
     "EHW visit - Amy (17) dropped out of college jan, no job, mostly gaming in her room. keen on hairdressing - EHW to link w/ youth employment hub",
     ["EDU-NEET"], []),
    ("GV012", "2025-06-03", "Ashbrook", "assessment", "orange",
     "possession order granted, bailiffs booked 30/06 - rent arrears £2,900 since UC housing element stopped. Kerry & Dan rowing constantly over it, Dan's moved to his brother's. 3 kids. housing to look at TA",
     ["HOUS", "FIN", "REL-CONF"], []),
    ("GV013", "2025-01-21", "Wetherden", "assessment", "green",
     "HV new birth visit - baby Ivy, Hannah (22) well, feeding going well. hx only of anxiety as a teen, fine for yrs, no meds. partner v supportive. nil concerns",
     [], ["historical: teenage anxiety -> MH-ADULT not coded",
          "negation: 'nil concerns'",
          "good-news: nothing coded"]),
    ("GV014", "2025-07-01", "Fenmoor", "closure", "blue",
     "Joanne says rows w/ her ex at handovers stopped last autumn once they agreed a fixed rota - nothing for us to do, case can close",
     [], ["historical: conflict described as stopped -> REL-CONF not coded",
          "convention-3: an issue described as over ('stopped last autumn') is historical"]),
    ("GV015", "2025-02-12", "Ashbrook", "assessment", "blue",
     "signposted Kirsty & Mo to free online course for parents who argue; still together but rowing most eves re housework & his hours. Kirsty's sister having the kids fri so they can go through it",
     ["REL-CONF"], []),
    ("GV016", "2025-03-25", "Wetherden", "assessment", "yellow",
     "Incredible Years starts 12/05, mum booked. Max (5) meltdowns up to an hr, biting sister, no set bedtime. sent home w/ 1 day susp for kicking a TA",
     ["REL-PAR", "EDU-EXC"], []),
    ("GV017", "2025-04-04", "Fenmoor", "assessment", "orange",
     "urgent CAMHS referral - Kian (15) took OD of paracetamol 03/04, A&E, medically fit for d/c. self harming since xmas, says getting picked on at school for being gay",
     ["MH-CHILD", "SAFE-EXP"], []),
    ("GV018", "2025-05-08", "Ashbrook", "assessment", "green",
     "SENCO mtg - Leo (7) SALT assess shows language disorder, now on SEN support w/ SALT targets in class. ?dyslexia, screen next term",
     ["EDU-SEND"], ["convention-9: school-age speech and language -> EDU-SEND, not EYD"]),
    ("GV019", "2025-06-17", "Wetherden", "assessment", "yellow",
     "Portage 1st visit - Oscar (2) not walking, no words, little eye contact. paeds apt june re global delay",
     ["EYD"], []),
    ("GV020", "2025-03-28", "Fenmoor", "assessment", "red",
     "CIN (s17) plan review - Brandon (13) ASD, EHCP, at Larkspur special school. mum (parent carer) exhausted, B hits her in meltdowns, smashed windows x2. short breaks via disabled childrens team. sister Gracie (10) calms him down, does chores & gets herself to school",
     ["EDU-SEND", "REL-PAR", "CARER"], ["convention-12: 'parent carer' is not CARER; CARER comes from Gracie's caring",
                                        "convention-8: child-to-parent violence with no police -> REL-PAR only"]),
    ("GV021", "2025-01-26", "Ashbrook", "assessment", "orange",
     "police found Callum (16) collapsed drunk on a bench 3am, ambulance to A&E, returned home by officers. 2nd time this month. left 6th form after 3 wks, doing nothing. mum says she can't stop him going out, gave up on curfew",
     ["SUB", "EDU-NEET", "REL-PAR"], ["convention-7: police acting to safeguard -> not CRIME",
                                      "level-cue: police involvement still read as the orange cue",
                                      "note: A&E for intoxication -> no separate PH"]),
    ("GV022", "2025-05-27", "Wetherden", "assessment", "green",
     "GP letter: Dawn newly dx type 2 diabetes & on citalopram for low mood/anxiety. Pete (dad) waiting on knee op. Holly (14) does the cooking & helps Dawn check her sugars",
     ["PH", "MH-ADULT", "CARER"], []),
    ("GV023", "2025-04-29", "Ashbrook", "closure", "blue",
     "dad chased landlord himself using the tenancy rights info I sent - still damp in the bathroom, he's treating it w/ mould spray & landlord fitting extractor next wk",
     ["HOUS"], []),
    ("GV024", "2025-05-15", "Fenmoor", "assessment", "orange",
     "YOS update - Deshawn (16) 9 mth referral order (robbery), attending apts. college 3 days/wk, only making 70% of sessions, tutor warning he could be withdrawn. says he's cut off that crowd since march, no intel since. mum worried if he drops out he'll get pulled back in",
     ["CRIME", "EDU-ATT", "EDU-NEET"], ["historical: cut off from the group since March -> SAFE-EXP not coded",
                                        "hypothetical: 'if he drops out he'll get pulled back in' -> no SAFE-EXP",
                                        "note: tutor warning of withdrawal = current risk of NEET -> EDU-NEET present"]),
    ("GV025", "2025-02-18", "Wetherden", "assessment", "yellow",
     "referral to Compass drug & alcohol for Lorraine - cocaine most wknds when kids at their dad's, says never in front of them. ?DA w/ new bf - asked, nothing disclosed, no hx, no indicators. kids (4 & 8) well presented, nil neglect concerns",
     ["SUB"], ["negation: '?DA ... nothing disclosed, no hx, no indicators' -> DA not coded",
               "negation: 'nil neglect concerns' -> SAFE-NEG negated"]),
    ("GV026", "2025-06-10", "Ashbrook", "assessment", "red",
     "legal planning mtg - PLO pre-proceedings for baby Nova (3 wks). Jamal (mum's partner, lives w/ them) on licence for GBH on a stranger. mum has a learning disability, finding feeds hard, HV worried Nova not gaining",
     ["CRIME", "PH"], ["convention-7: household member on licence -> CRIME",
                   "note: newborn feeding / weight gain and mum's learning disability -> PH; not EYD (no weaning, speech or toileting)"]),
    ("GV027", "2025-03-04", "Fenmoor", "assessment", "orange",
     "PPN DA 01/03: Rhys threw phone at Kayla, called her names, kids (3 & 6) next room. Rhys arrested. she says 1st time, no prev incidents, DASH standard, wants to stay w/ him. says he drinks heavy most nights",
     ["DA", "SUB"], ["convention-7: DV arrest -> DA only",
                     "negation-scope: 'no prev incidents' negates only the history; current DA present"]),
    ("GV028", "2025-04-16", "Wetherden", "assessment", "yellow",
     "EHW - Georgia & Craig split 6 wks ago, he's at his mum's. constant texts back & forth re when he has the kids. GP put her on antidepressants last wk, crying a lot. mediation referral done",
     ["REL-CONF", "MH-ADULT"], []),
    ("GV029", "2025-06-25", "Ashbrook", "closure", "blue",
     "Shauna found a budgeting app herself, paying £20/wk off the £400 catalogue debt, moved to cheaper phone deal",
     ["FIN"], []),
    ("GV030", "2025-02-06", "Fenmoor", "assessment", "yellow",
     "YC service: Ethan (10) - mum severe depression, in bed most days; Ethan makes own brekkie, gets himself to school, does the washing. school say he comes in unkempt, smells, uniform grubby",
     ["CARER", "MH-ADULT", "SAFE-NEG"], []),
    ("GV031", "2025-03-14", "Wetherden", "assessment", "orange",
     "TAF review - family of 6 in 2 bed flat, 3 kids in one room, council list band B. mould in kids room, Amir (5) asthma worse, GP upped his inhalers. Hamza (18) finished college summer, applying for apprenticeships, nothing yet. Tariq works nights at bakery, no debts or benefit issues, but flat too small",
     ["HOUS", "PH", "EDU-NEET"], ["convention-5: night work is not FIN",
                                  "negation-scope: 'no debts or benefit issues' does not reach the housing clause after 'but' -> HOUS present",
                                  "convention-11: 18-year-old NEET -> EDU-NEET only"]),
    ("GV032", "2025-05-22", "Ashbrook", "assessment", "green",
     "DSL note: Bella (9) told TA she was scared when mum & her bf were shouting & he 'pushed mum over'. mum at pick up denied it, 'just messing'. DSL logged, discussing w/ mum again tmrw",
     ["DA"], ["note: the adult's denial does not negate the child's disclosure -> DA present",
              "level-cue: school (DSL) is the only cue -> green"]),
    ("GV033", "2025-04-11", "Fenmoor", "assessment", "orange",
     "Jess (15) arrested for assault on a girl at the bus stn, clip posted online. 5 day suspension for the same fight (started in school). since then getting abuse on insta. mum says Jess 'out of control' - calls her names, in when she likes",
     ["CRIME", "EDU-EXC", "SAFE-EXP", "REL-PAR"], []),
    ("GV034", "2025-07-08", "Wetherden", "assessment", "yellow",
     "EH assessment started. Carly had PND after 1st baby (2019), treated, well since. 30 wks pregnant now, feels ok. Finley (4) in reception - teacher says can't sit for carpet time, not toilet trained, in pull ups",
     ["EYD"], ["historical: PND in 2019, well since -> MH-ADULT not coded",
               "convention-9: toileting / school readiness of a 4-year-old -> EYD"]),
    ("GV035", "2025-06-19", "Ashbrook", "closure", "blue",
     "gran took over the mornings so Mikey (8) gets in on time - att up from 84% to 95% since feb. mum on nights at a care home",
     ["EDU-ATT"], ["now-managing: attendance held up by the family network -> EDU-ATT present (blue)",
                   "convention-12: mum's care home job is not CARER",
                   "convention-5: night work is not FIN"]),
    ("GV036", "2025-02-20", "Fenmoor", "assessment", "orange",
     "CAMHS letter - Lacey (11) PTSD after house fire jan, wkly trauma therapy. in hotel TA since fire, housing say 3-6 mths for perm. mum lost job (car burnt out, cant get to work) now on UC, behind on phone & catalogue. mum low, on talking therapies waitlist",
     ["MH-CHILD", "HOUS", "FIN", "MH-ADULT"], []),
    ("GV037", "2025-05-01", "Wetherden", "assessment", "red",
     "s47 strat discussion - Tayla (14) told school she's sleeping w/ a 22yr old she met on snap, he buys her vapes & food. missing x4 this month, last time police found her w/ cannabis & £200 she couldnt explain. police investigating him. att down to 61%",
     ["SAFE-EXP", "CRIME", "EDU-ATT"], ["convention-12: drugs found on an exploited child -> SAFE-EXP + CRIME, not SUB; vapes are not SUB",
                                        "convention-6: the adult male is outside the household"]),
    ("GV038", "2025-03-19", "Ashbrook", "assessment", "green",
     "HV 1yr: Reggie (11m) not on lumps yet, mostly bottles, mum worried about choking - HV gave weaning plan. dad smokes outside only. parents together, no issues between them",
     ["EYD"], ["convention-12: smoking is not SUB",
               "look-alike: mum 'worried about choking' is not MH-ADULT",
               "negation: 'no issues between them' -> REL-CONF negated"]),
    ("GV039", "2025-08-12", "Fenmoor", "closure", "yellow",
     "EHW closing: mum finished Freedom prog june, feels stronger, ex no contact, non-mol lapsed. Jenson (9) still sees ELSA wkly for anger outbursts, 2 internal exclusions this term",
     ["MH-CHILD", "EDU-EXC"], ["historical: DA programme completed, order lapsed, no contact -> DA not coded (convention 4 only for ongoing services)"]),
    ("GV040", "2025-04-30", "Wetherden", "assessment", "orange",
     "police raid 28/04 - Gavin (dad, lives here) arrested for dealing, cannabis grow in the loft. kids (12 & 17) home at the time. HA served notice seeking possession. Kane (17) NEET since summer. mum says she had no idea",
     ["CRIME", "HOUS", "EDU-NEET"], []),
    ("GV041", "2025-07-16", "Ashbrook", "closure", "blue",
     "mum says Harley (6) sleeping better since she tried the tips in the sleep leaflet, still wakes 1-2x most nights",
     ["PH"], ["now-managing: 'sleeping better' is improvement, not resolution; the sleep problem continues -> PH present (blue)",
              "convention-9: sleep problem at school age -> PH"]),
    ("GV042", "2025-03-26", "Fenmoor", "assessment", "yellow",
     "CAB apt booked - Marek's PIP stopped at reassessment, appealing. only income child benefit, food bank wkly, fridge empty on my visit. chronic back pain, can't work. Zofia (14) does shopping & cooking, misses school some days to help him",
     ["FIN", "PH", "CARER", "SAFE-NEG", "EDU-ATT"], ["convention-5: PIP stopped is a benefit problem -> FIN",
                                                     "convention-10: food bank -> FIN and empty fridge -> SAFE-NEG, both"]),
    ("GV043", "2025-05-29", "Wetherden", "assessment", "green",
     "school nurse: Kofi (12) epilepsy, on meds, 2 seizures in school this term, care plan updated & SN reviewing",
     ["PH"], []),
    ("GV044", "2025-06-05", "Ashbrook", "assessment", "yellow",
     "Youth hub: Shelby (17) NEET 8 mths, anxiety since yr 11, rarely goes out, PA visiting her at home. mum on UC, not worked since 2022, food parcels from church",
     ["EDU-NEET", "MH-CHILD", "FIN"], ["convention-11: FIN added for the adult's worklessness and food parcels, not for the NEET young person"]),
    ("GV045", "2025-04-22", "Fenmoor", "closure", "blue",
     "mum set up parental controls after Teddy (9) was chatting w/ strangers on Roblox - used the online safety guide I sent, checks his chats every eve",
     ["SAFE-EXP"], []),
    ("GV046", "2025-07-03", "Wetherden", "assessment", "yellow",
     "YC assessment - Lily-Mae (11) helps w/ baby bro & mum (epilepsy), does nursery drop off on mum's bad days. L-M says she likes helping but misses brownies",
     ["CARER", "PH"], []),
]

LEVELS = ["blue", "green", "yellow", "orange", "red"]
STAGE = {"A": "assessment", "C": "closure"}


def build():
    rows, gold, traps = [], [], {}
    for case_id, loc, triages in CASES:
        for st, date, boxes in triages:
            tid = f"{case_id}-{st}"
            seen = set()
            for level, text, codes, tr in boxes:
                assert level not in seen, (tid, level)
                seen.add(level)
                nid = f"{tid}-{level}"
                rows.append([nid, tid, case_id, STAGE[st], date, level, loc, text])
                assert len(set(codes)) == len(codes), nid
                for c in codes:
                    gold.append([nid, c, level])
                if tr:
                    traps[nid] = tr
    for nid, date, loc, stage, lvl, text, codes, tr in NOTES:
        rows.append([nid, nid, nid, stage, date, "", loc, text])
        assert len(set(codes)) == len(codes), nid
        for c in codes:
            gold.append([nid, c, lvl])
        if tr:
            traps[nid] = tr

    with open(os.path.join(OUT, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(rows)
    with open(os.path.join(OUT, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold)
    with open(os.path.join(OUT, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"narratives {len(rows)}  gold rows {len(gold)}  trap narratives {len(traps)}")


if __name__ == "__main__":
    build()
