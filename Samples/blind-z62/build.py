#!/usr/bin/env python3
"""Blind gold set z62: terse case-system shorthand. Hand-written, hand-coded."""
import csv, json

# case_id, locality, assessment date, closure date,
# list of boxes: (stage 'A'/'C', level, text, [gold codes], trap note or "")
CASES = [
("B001", "Ashbrook", "2025-04-07", "2025-09-15", [
 ("A", "green", "Mia (4) nursery 15hrs. HV 27m check – speech delay, approx 30 words, no 2-word phrases. Keyworker doing small-group talk sessions. Toileting: nil concerns, dry day + night.", ["EYD"], "toileting negated"),
 ("A", "yellow", "M (29) low mood since 01/25, GP started sertraline. No bedtime routine – Leo (7) on Xbox til late, M gives in to avoid rows. Sleeps fine once down per M. EHW for routines.", ["MH-ADULT", "REL-PAR"], "sleep negated (no PH)"),
 ("C", "blue", "M going to Talking Therapies group (self-ref), says mood much better. Bedtime chart up, Leo in bed 8.30 most nights, M sticking to it.", ["MH-ADULT", "REL-PAR"], "now managing = present in blue"),
]),
("B002", "Kelham Vale", "2025-05-12", "2025-11-03", [
 ("A", "yellow", "Kacey (14) YC for M who has MS – meds prompts, shopping, sits up w/ M at night. Att 93%, no issues. Ref to YC service.", ["CARER", "PH"], "attendance negated"),
 ("A", "orange", "Kacey missing overnight x2 04/25, found by police in town centre w/ older males. CSE concerns, screening tool done. Police re ASB: nil re Kacey.", ["SAFE-EXP"], "police finding missing child not CRIME; ASB nil"),
 ("C", "blue", "Kacey goes to YC group Weds, says she gets time for herself now. No further missing eps since 05/25.", ["CARER"], "missing episodes historical"),
]),
("B003", "Stoneleigh", "2025-06-02", "2025-12-08", [
 ("A", "yellow", "M + P (stepdad) arguing a lot, shouting in front of CYP. No physical, M not fearful, both want to stay together. DV: none known, DASH not indicated. Ref to parental conflict course.", ["REL-CONF"], "DV none known"),
 ("A", "orange", "Tyler (15) FTE x3 this yr (5 days total) – defiance + vaping in toilets. At risk of PEX, school proposing managed move to Hollins Academy. Cannabis? Tyler denies, nil evidence.", ["EDU-EXC"], "vaping not SUB; cannabis denied"),
 ("C", "yellow", "Tyler on managed move to Hollins since 10/25, 1 FTE since, learning mentor wkly.", ["EDU-EXC"], ""),
]),
("B004", "Marsh End", "2025-03-17", "2025-08-26", [
 ("A", "yellow", "M (19) on UC, sanctioned 02/25 for missed JC appt, 2 wks no money, used Marsh End food bank x3. Gas meter on emergency credit.", ["FIN"], ""),
 ("A", "orange", "M in 1-bed TA (Carlton House) since 01/25 after her family put her out. Damp + mould in bedroom, baby due 06/25. Housing Options aware.", ["HOUS"], ""),
 ("C", "green", "HV visits. Baby Ava 8wk check fine, imms UTD. M's PND screen neg. Feeding well.", [], "pure good news; PND negated"),
]),
("B005", "Ashbrook", "2025-09-08", "2026-02-16", [
 ("A", "green", "Ellie (6) wetting bed most nights, GP ref to enuresis clinic.", ["PH"], "school-age bedwetting = PH"),
 ("A", "yellow", "Harry (11, Y7) att 74% since Sept, cries at gate, says he's scared of big school. School offering PT timetable short term. EHW for anxiety-based school avoidance work.", ["EDU-ATT", "MH-CHILD"], ""),
 ("C", "blue", "Harry back FT since 01/26, att 95%, not PA now. Still has worries – uses worry box w/ F at bedtime. F + MGM sharing childcare, F on nights.", ["MH-CHILD"], "attendance over; night shifts not FIN"),
]),
("B006", "Kelham Vale", "2025-02-03", "2025-07-21", [
 ("A", "orange", "M disclosed DA from P (Lee) – coercive ctrl, takes her bank card, checks phone. Police called 01/25 after assault, Lee arrested + bailed w/ conditions. DASH 16, MARAC 02/25.", ["DA"], "partner's arrest is DA not CRIME; bank card = economic abuse not FIN"),
 ("A", "yellow", "Noah (8) clingy + jumpy at loud noises since the incident, teacher says withdrawn in class. Ref to play therapy (Kelham Kids).", ["MH-CHILD"], ""),
 ("C", "blue", "M finished Freedom Prog 06/25. Lee moved out 03/25, NMO in place til 2026, M has safety plan + knows to ring 999 if breach.", ["DA"], "DA still managed (NMO, safety plan)"),
]),
("B007", "Stoneleigh", "2025-10-06", "2026-03-09", [
 ("A", "yellow", "F (45) drinking heavily since redundancy 06/25, 6-8 cans/night per M. F agreed ref to Compass D&A svc. On JSA, £2k credit card debt + council tax arrears.", ["SUB", "FIN"], ""),
 ("A", "orange", "Police called x2 09/25 – F drunk, smashed TV + screamed at M in front of kids. M says he's never hit her but scared when he drinks. DASH medium, DA svc notified.", ["DA", "SUB"], "'never hit her' does not negate DA"),
 ("C", "blue", "F 12 wks sober, AA Tues + Thurs, sponsor. New job 01/26.", ["SUB"], "recovery being managed = present; worklessness over"),
]),
("B008", "Marsh End", "2025-04-28", "2025-10-20", [
 ("A", "orange", "Kai (15) arrested 03/25 in Leeds w/ 2 wraps crack + £300 cash – suspected CCE/county lines. NRM submitted. Missing x4 since Jan.", ["SAFE-EXP", "CRIME"], "drugs on exploited child not SUB"),
 ("A", "yellow", "Kai att 41%, on PT timetable (am only). School say PEX only if he brings a weapon in. Siblings (7, 9) att fine.", ["EDU-ATT"], "exclusion hypothetical; siblings fine"),
 ("C", "orange", "Kai on 6m referral order w/ YOS, NRM positive reasonable grounds. 1 missing ep 08/25, found by police at a friend's.", ["CRIME", "SAFE-EXP"], ""),
]),
("B009", "Ashbrook", "2025-11-10", "2026-04-20", [
 ("A", "green", "Lily (2y3m) HV 2yr review – few words, not walking steadily. HV ref'd to SALT + Portage.", ["EYD"], ""),
 ("A", "orange", "Home conditions poor at HV visit 10/25 – dog mess on floors, no clean bedding for Lily, fridge nearly empty. Similar concerns 09/25.", ["SAFE-NEG"], "empty fridge = SAFE-NEG not FIN"),
 ("C", "green", "Lily w/ Portage, now 20+ words, walking well. Home visit 03/26: house clean, food in, bedding fine.", ["EYD"], "home conditions good news only"),
]),
("B010", "Kelham Vale", "2025-01-20", "2025-06-30", [
 ("A", "yellow", "Grace (16) NEET since leaving Y11 07/24, not applied anywhere, stays in room gaming. M on ESA + PIP, no money issues raised.", ["EDU-NEET"], "benefit names not FIN; NEET only"),
 ("A", "orange", "Grace self-harming (cutting) since 11/24, A&E 12/24, CAMHS crisis then ref to CAMHS core – on waitlist.", ["MH-CHILD"], ""),
 ("C", "blue", "Grace now registered YC w/ Kelham YC svc, helps M wash + dress on bad days. M's COPD stable, own O2 at night.", ["CARER", "PH"], ""),
]),
("B011", "Stoneleigh", "2025-05-19", "2025-10-27", [
 ("A", "orange", "S21 served 04/25, PRS landlord selling, leave by 06/25. M + 4 CYP. Housing Options ref, prevention duty. Rent arrears: nil.", ["HOUS"], "arrears nil"),
 ("A", "yellow", "Overcrowding? N – 3-bed ok. Dylan (9) ASD dx 2024, EHCP at Stoneleigh Primary. M struggling w/ meltdowns at home, he hits siblings.", ["EDU-SEND", "REL-PAR"], "overcrowding negated; ASD dx historical but EHCP current"),
 ("C", "yellow", "Dylan EHCP annual review 09/25, 1:1 TA in class. M did Cygnet (ASD parenting), uses visuals + calm box, meltdowns still daily.", ["EDU-SEND", "REL-PAR"], "TA = teaching assistant, not temp accommodation"),
]),
("B012", "Marsh End", "2025-07-07", "", [
 ("A", "red", "CP plan (neglect) since ICPC 06/25. Twins (4) + Jack (7). Home cluttered, no working cooker, twins found wandering on main road 05/25 unsupervised. SW: Pat Olsen.", ["SAFE-NEG"], ""),
 ("A", "orange", "M (31) heroin, methadone script via Marsh End Recovery, uses on top w/e per M. Police welfare check 05/25 – no offences.", ["SUB"], "welfare check not CRIME"),
 ("A", "yellow", "Twins not toilet trained, no nursery place taken up, speech unclear. Jack att 79%, late most days.", ["EYD", "EDU-ATT"], ""),
]),
("B013", "Ashbrook", "2026-01-12", "2026-05-18", [
 ("A", "green", "Zara (5, Reception) speech unclear, school SALT ref. Hearing test clear.", ["EDU-SEND"], "school-age speech = EDU-SEND not EYD"),
 ("A", "yellow", "Zara's F (not in household, Leeds) uses cocaine per M, contact supervised by PGM. Rows betw M + F over contact, court hearing 02/26.", ["REL-CONF"], "F's drug use outside household not SUB"),
 ("C", "blue", "Gas arrears cleared 04/26. M says no other debts. Contact now by court order, no rows since.", [], "FIN and REL-CONF over"),
]),
("B014", "Kelham Vale", "2025-08-18", "", [
 ("A", "orange", "Reece (14) CCE concerns – seen w/ known older males, new trainers + phone M can't explain. Missing x3 since 06/25. Strategy mtg? N – threshold not met.", ["SAFE-EXP"], ""),
 ("A", "yellow", "Reece smashing doors, pushed M into wall 07/25, M scared of him. No police, M won't report.", ["REL-PAR"], "CPV = REL-PAR not DA; no police so no CRIME"),
 ("A", "green", "Reece's mate Connor PEX'd for knife in school – Reece not involved. Reece att 96%.", [], "friend outside household"),
]),
("B015", "Stoneleigh", "2025-03-03", "2025-08-11", [
 ("A", "yellow", "Sophie (13) bullied on Snapchat by Y8 girls + nudes request from unknown 'boy' 02/25, reported CEOP. Low mood, tearful, school counsellor.", ["SAFE-EXP", "MH-CHILD"], ""),
 ("A", "blue", "M single, PT at Tesco, says family + church v supportive. Nil DV, nil D&A, nil MH.", [], "all negated"),
 ("C", "blue", "Sophie has privacy settings sorted + M checks phone wkly. Bullying stopped 04/25 after school stepped in.", ["SAFE-EXP"], "online safety managed = present; bullying historical"),
]),
("B016", "Marsh End", "2025-09-22", "2026-02-09", [
 ("A", "orange", "F on licence (released 08/25, burglary), probation wkly. Back in household w/ M + 3 CYP.", ["CRIME"], "adult on licence = CRIME"),
 ("A", "yellow", "F can't get work due to record, family on UC, £1,100 rent arrears, DHP applied 09/25.", ["FIN"], "rent arrears without notice = FIN"),
 ("C", "yellow", "F on Ready for Work via probation, licence til 05/26. Arrears down to £500, DHP awarded.", ["CRIME", "FIN"], ""),
]),
("B017", "Ashbrook", "2025-06-16", "2025-11-24", [
 ("A", "red", "CIN (s17) plan since 05/25 – M drinking daily, Mason (11) does most of the cooking + gets sister (6) to school. No food in house at SW visit.", ["SUB", "SAFE-NEG", "CARER"], ""),
 ("A", "orange", "Mason arrested 05/25 for shoplifting w/ older boys, RUI. ASB warnings x2 from police.", ["CRIME"], ""),
 ("C", "yellow", "Mason at YC group fortnightly. NFA re shoplifting 07/25, no police contact since.", ["CARER"], "CRIME over/NFA"),
]),
("B018", "Kelham Vale", "2025-04-14", "2025-09-29", [
 ("A", "green", "Alfie (1) dropped 2 centiles, HV + dietitian. Poppy (3) tongue-tie – hx, snipped 2023.", ["PH"], "tongue-tie historical"),
 ("A", "blue", "M now knows about Healthy Start vouchers, applied online herself.", ["FIN"], "vouchers = FIN"),
 ("C", "green", "Alfie back on 25th centile, HV weighing monthly.", ["PH"], ""),
]),
("B019", "Stoneleigh", "2025-10-13", "2026-03-23", [
 ("A", "orange", "M (40) + 2 CYP fled DA from ex (Gary) in Hull 09/25, in refuge. Gary bailed, NMO granted 10/25. MARAC in Hull.", ["DA", "HOUS"], "ex's offences = DA not CRIME"),
 ("A", "yellow", "Ruby (8) no school place yet – out of school 4 wks, CME. In-year admissions chasing. Finn (4) not in nursery, M keen.", ["EDU-ATT", "EYD"], ""),
 ("C", "blue", "Rehoused 02/26 – Stoneleigh Homes 3-bed. Gary no contact, NMO til 10/26, M has safety plan + alarm app.", ["DA"], "housing need over"),
]),
("B020", "Marsh End", "2025-02-24", "2025-07-14", [
 ("A", "yellow", "Ollie (17) left college 12/24, NEET, no CV. F out of work since 2023 (back injury), family on UC LCWRA, behind on bills, used food bank x2.", ["EDU-NEET", "FIN", "PH"], "FIN from household worklessness + food bank"),
 ("A", "green", "Ollie vapes + smokes cannabis most w/e w/ mates per F. Ollie says 'only tried it once'.", ["SUB"], "vaping not SUB; minimising"),
 ("C", "blue", "Ollie started at Hartley's warehouse 05/25 – no longer NEET. F keeping on top of bills w/ budgeting app, no food bank since 04/25.", ["FIN"], "NEET over; food bank historical; managing bills present"),
]),
("B021", "Ashbrook", "2025-12-01", "2026-05-11", [
 ("A", "orange", "Jessica (14) susp x2 this term (fight, swearing at staff), on report. Police called to school 11/25 after she assaulted a pupil – community resolution.", ["EDU-EXC", "CRIME"], ""),
 ("A", "yellow", "M + Jessica constant rows, J stays out past curfew, M has 'given up'. Triple P Teen offered.", ["REL-PAR"], "parent-child rows = REL-PAR"),
 ("C", "yellow", "No susp since 01/26. M did Triple P, fewer rows, curfew mostly kept but still slips at w/e.", ["REL-PAR"], "exclusion over"),
]),
("B022", "Kelham Vale", "2025-07-28", "2025-12-22", [
 ("A", "green", "Isla (4) starts Reception 09/25, not toilet trained, nappies in day. Nursery + HV toileting plan.", ["EYD"], ""),
 ("A", "yellow", "Nan (MGM, 68) lives w/ family, dementia. Leah (12) sorts Nan's tablets + tea most nights while M does bath time.", ["PH", "CARER"], ""),
 ("C", "yellow", "Nan moved to care home 11/25. Leah no longer caring, joined drama club.", [], "CARER and PH over (Nan left household)"),
]),
("B023", "Stoneleigh", "2026-01-19", "2026-06-01", [
 ("A", "orange", "Damp + black mould throughout, HA disrepair claim. Kian (2) recurrent chest infections, GP linking to mould. Env Health visited 12/25.", ["HOUS", "PH"], ""),
 ("A", "yellow", "M (23) on UC, £600 energy debt, prepayment meter self-disconnecting, no heating some days. Ref to Warm Homes.", ["FIN"], ""),
 ("C", "blue", "M got Warm Homes grant, energy debt on £5/wk plan, tops up meter wkly. Mould gone after HA works 04/26.", ["FIN"], "HOUS over"),
]),
("B024", "Marsh End", "2025-05-05", "2025-10-06", [
 ("A", "orange", "Ethan (9) FTE x3 this yr for hitting staff, school talking managed move.", ["EDU-EXC"], ""),
 ("A", "green", "M (37) FT NHS nurse, shifts. Nil money issues. Hx depression 2019, well now, no meds.", [], "shifts not FIN; depression historical"),
 ("C", "orange", "N/A – no FTEs since 06/25, managed move not needed.", [], "N/A box; exclusion over, managed move hypothetical"),
 ("C", "yellow", "Ethan dx ADHD 08/25, on meds, EHCP needs assessment agreed. No FTEs since 06/25.", ["EDU-SEND"], "exclusion over; meds not PH"),
]),
("B025", "Ashbrook", "2025-03-24", "2025-09-01", [
 ("A", "red", "Pre-birth CP plan (ICPC 03/25). M (20) cannabis daily, P (Ryan) DV to M, police call-outs x3 since 12/24.", ["SUB", "DA"], "call-outs for DV = DA not CRIME"),
 ("C", "red", "Baby Zac born 05/25, CP plan continues (neglect + DA). M testing clear of cannabis since 06/25.", ["SAFE-NEG", "DA"], "SUB over"),
 ("C", "yellow", "M at Freedom Prog wk 6. Ryan in prison for assault on M, release 2027.", ["DA"], "Ryan outside household, not CRIME"),
]),
("B026", "Kelham Vale", "2025-11-17", "2026-04-27", [
 ("A", "yellow", "Amir (13) arrived from Syria 2024, flashbacks, jumpy, withdrawn – refugee trauma. School pastoral + ref to Refugee Council therapy.", ["MH-CHILD"], ""),
 ("A", "orange", "Family of 7 in 2-bed flat, kids sleep on floor, housing register band A. Housing officer involved.", ["HOUS"], ""),
 ("C", "green", "F diabetes controlled w/ diet changes, GP 6m review. M (interpreter used) reports no MH concerns.", ["PH"], "MH-ADULT negated"),
]),
("B027", "Stoneleigh", "2025-08-04", "2026-01-05", [
 ("A", "orange", "Chloe (15) missing x5 since 05/25, found by police at a 24yo male's flat. CSE risk high. Harbouring notice served on male.", ["SAFE-EXP"], "police finding not CRIME; male outside household"),
 ("A", "yellow", "Chloe smokes + vapes, drinks w/ friends at w/e – drunk x3, once A&E.", ["SUB"], "smoking/vaping not SUB; alcohol is"),
 ("C", "yellow", "Chloe not drinking now, says she's 'done with it'. Att 82%, still PA.", ["EDU-ATT"], "SUB over"),
]),
("B028", "Marsh End", "2026-02-02", "2026-06-15", [
 ("A", "green", "Noor (5m) reflux, GP prescribed, not gaining well. HV wkly weigh.", ["PH"], ""),
 ("A", "yellow", "M (28) tearful most days, feels hopeless, PHQ-9 high, GP ref to perinatal MH. F works away, family abroad.", ["MH-ADULT"], "working away not FIN"),
 ("C", "blue", "M's mood better, perinatal MH monthly, joined mums group.", ["MH-ADULT"], ""),
]),
("B029", "Ashbrook", "2025-09-15", "2026-02-23", [
 ("A", "orange", "Liam (16) YOS – referral order 08/25 for robbery. Not in educ/training since PEX from Ashbrook High 06/25. Police call-outs x4 re Liam's ASB on estate.", ["CRIME", "EDU-NEET"], "PEX historical (post-16 now)"),
 ("A", "yellow", "Liam cannabis daily, owes dealer £300 – M fears he's being made to run for them. Ref to Rise (YP D&A).", ["SUB", "SAFE-EXP"], "dealer debt = exploitation not FIN"),
 ("C", "orange", "Liam completed ref order 01/26. Still NEET, on Prince's Trust list for 03/26.", ["EDU-NEET"], "CRIME over"),
]),
("B030", "Kelham Vale", "2025-06-09", "2025-11-10", [
 ("A", "yellow", "M + F separated 03/25, rows over contact in front of kids, F stopped child maint. Mediation ref. No DA per both, police never called.", ["REL-CONF", "FIN"], "DA negated"),
 ("A", "green", "Evie (7) wetting bed since separation, GP aware. Sad at times, school keeping an eye.", ["PH", "MH-CHILD"], ""),
 ("C", "blue", "Parents using co-parenting app, contact agreed at mediation. CMS now collecting maint.", ["REL-CONF"], "FIN resolved"),
]),
]

# unboxed notes: id, date, locality, text, gold level, codes, trap
NOTES = [
("U001", "2025-05-20", "Ashbrook", "HV visit. Rio (10m) not sitting unaided yet, HV to review at 12m. M asked re nursery funding. Nil DV, nil MH.", "green", ["EYD"], "negations"),
("U002", "2025-07-03", "Stoneleigh", "Tel call w/ M. Landlord served S21 01/07, M in bits. Arrears? N – rent paid on time. EHW to help w/ Housing Options.", "orange", ["HOUS"], "'in bits' not MH; arrears negated; S21 = possession notice cue"),
("U003", "2025-10-14", "Kelham Vale", "Strategy mtg today re Kyle (5) – found home alone 10pm by police, M out drinking, known alcohol issues per GP. s47 started.", "red", ["SAFE-NEG", "SUB"], "police finding child not CRIME"),
("U005", "2026-01-27", "Ashbrook", "M rang – worried F drinking again? M thinks not, he's been dry 2 yrs. Jake (15) not been in school since Xmas, refuses. Gave M websites + Young Minds parent helpline, she'll ring herself.", "blue", ["EDU-ATT"], "SUB hypothetical/historical"),
("U006", "2026-03-16", "Stoneleigh", "TAF mtg. Agreed: EHW wkly re routines + boundaries, CAMHS ref for Mo (11) re low mood + self-harm thoughts, school to track att (88%).", "orange", ["REL-PAR", "MH-CHILD", "EDU-ATT"], ""),
("U008", "2025-08-19", "Marsh End", "Call from Portage: Leo (2) not talking, Portage visits fortnightly. M is Leo's parent carer, gets Carer's Allowance, no money worries.", "yellow", ["EYD"], "parent carer not CARER; Carer's Allowance not FIN"),
("U009", "2025-11-04", "Ashbrook", "Police call-out 03/11 – Callum (15) threw brick through neighbour's window w/ neighbours' lads. M says he's out all hours, won't listen.", "orange", ["CRIME", "REL-PAR"], "neighbours' kids outside household"),
("U010", "2026-04-08", "Stoneleigh", "GP letter: M (39) started fluoxetine for depression. Kids ok. Alcohol – hx 2018, nil now.", "green", ["MH-ADULT"], "alcohol historical"),
]

STAGE = {"A": "assessment", "C": "closure"}

def main():
    nrows, grows, traps = [], [], {}
    for cid, loc, adate, cdate, boxes in CASES:
        for st, lvl, text, codes, trap in boxes:
            tid = f"{cid}-{st}"
            nid = f"{tid}-{lvl}"
            nrows.append([nid, tid, cid, STAGE[st], adate if st == "A" else cdate, lvl, loc, text])
            for c in codes:
                grows.append([nid, c, lvl])
            if trap:
                traps[nid] = trap
    for nid, date, loc, text, lvl, codes, trap in NOTES:
        nrows.append([nid, nid, nid, "assessment", date, "", loc, text])
        for c in codes:
            grows.append([nid, c, lvl])
        if trap:
            traps[nid] = trap
    with open("narratives.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(nrows)
    with open("gold.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(grows)
    with open("traps.json", "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
    print(len(nrows), "narratives,", len(grows), "gold rows,", len(traps), "trap notes")

if __name__ == "__main__":
    main()
