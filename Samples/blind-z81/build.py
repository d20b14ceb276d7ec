#!/usr/bin/env python3
"""Blind gold set z81: school nurse, GP and CAMHS-liaison referrals into early help.
Hand-written narratives, hand-assigned gold codes and trap notes (stdlib only)."""
import csv, json, os

OUT = os.path.dirname(os.path.abspath(__file__))

# Each case: (case_id, locality, assessment_date, closure_date, boxes)
# boxes: list of (stage 'A'/'C', level, text, [gold codes], [trap notes "type: note"])
CASES = [
("B001", "Hartwell", "2025-09-15", "2026-01-20", [
 ("A", "green", "School nurse drop-in. Maisie (11) reports difficulty getting off to sleep most nights, often awake past midnight. GP has advised a sleep diary and no screens after 9pm. Mum says there are no worries about her mood and she is eating normally.",
  ["PH"], ["negated: no worries about mood (MH-CHILD)", "negated: eating normally"]),
 ("A", "yellow", "Attendance 86% this half-term, mostly Mondays missed. Mum (Leanne) works nights and says she cannot get Maisie up on the days she is asleep herself. Early help worker to agree a morning routine plan with Leanne.",
  ["EDU-ATT", "REL-PAR"], []),
 ("C", "green", "Attendance up from 86% to 95% this term. School attendance officer keeping a weekly check in place until Easter.",
  ["EDU-ATT"], ["ambiguous-managing: improved attendance still monitored in green box = present"]),
]),
("B002", "Brackenmoor", "2025-09-22", "2026-02-10", [
 ("A", "green", "GP referral. Priya, 6 weeks post-partum, PHQ-9 of 17, started sertraline 50mg. HV visiting weekly. Baby Arjun feeding well and tracking the 50th centile.",
  ["MH-ADULT"], ["lookalike: baby feeding well is good news, not PH/EYD"]),
 ("A", "yellow", "Partner Dev back at work full time so Priya is on her own with the baby and Anaya (4) all day. Anaya has not been taken to her nursery place since the birth. Referred to the perinatal peer-support service.",
  ["EYD", "MH-ADULT"], ["service-implies: perinatal peer support -> MH-ADULT"]),
 ("C", "blue", "Priya goes to a weekly mums' walking group and says her mood is much brighter. Still taking sertraline and knows to call the perinatal team if things dip again.",
  ["MH-ADULT"], ["managing: ongoing medication in blue box", "hypothetical: if things dip again"]),
 ("C", "green", "Anaya back at nursery for 15 hours; keyworker still working on her settling at drop-off. No feeding or weight concerns for Arjun at his 6-month check.",
  ["EYD"], ["negated: no feeding or weight concerns (PH)"]),
]),
("B003", "Eastleigh Fold", "2025-10-03", "2026-03-02", [
 ("A", "orange", "Seen by the CAMHS liaison nurse in A&E after cutting her forearms. Jess (14) discharged with a CAMHS follow-up within 7 days. Mum (Claire) had not known about the self-harm. Jess says she does not use drugs or alcohol.",
  ["MH-CHILD"], ["negated: does not use drugs or alcohol (SUB)"]),
 ("A", "yellow", "Jess has missed 11 days since September, saying she cannot face lessons. School offering a reduced timetable for two weeks. Claire and Jess rowing daily about her phone use at night.",
  ["EDU-ATT", "REL-PAR"], []),
 ("A", "green", "School nurse to see Jess weekly at lunchtime about her low mood. Immunisations all up to date, HPV given on time.",
  ["MH-CHILD"], ["lookalike: immunisations up to date is good news, not PH"]),
 ("C", "yellow", "Jess still open to CAMHS for low mood. No self-harm reported since October. Back on a full timetable with no absences since the new year.",
  ["MH-CHILD"], ["historical: no self-harm since October", "historical: attendance issue over (EDU-ATT)"]),
]),
("B004", "Copperhill", "2025-09-29", "2026-02-16", [
 ("A", "yellow", "GP letter: Mark (dad) drinking around 40 units a week since being made redundant in the summer; referred to the community alcohol team. Tyler (13) is doing most of the cooking and takes his sister to school.",
  ["SUB", "FIN", "CARER"], []),
 ("A", "green", "School nurse reports Tyler tired in class and sleeping about five hours a night. Attendance remains good at 97%.",
  ["PH"], ["negated/good news: attendance 97% (EDU-ATT)"]),
 ("C", "yellow", "Mark engaging with the alcohol team and on a reduction plan, now under 14 units most weeks. Young carers service has Tyler in a weekly group.",
  ["SUB", "CARER"], []),
 ("C", "blue", "Mark back in work three days a week with an agency. He is paying off the £300 gas arrears at £25 a month and says he would go to Citizens Advice if his hours were cut.",
  ["FIN"], ["managing: paying off arrears in blue box", "hypothetical: if his hours were cut"]),
]),
("B005", "Hartwell", "2025-10-08", "2026-04-14", [
 ("A", "green", "HV 2-year review: Oscar (2y 3m) has around 10 words and is not putting words together. GP has booked a hearing test after repeated ear infections this winter. Mum (Sophie) says he eats and sleeps well.",
  ["EYD", "PH"], ["good news: eats and sleeps well"]),
 ("A", "yellow", "Referred to Portage for play and communication at home. Sophie keen to take part.",
  ["EYD"], []),
 ("C", "green", "Oscar now at nursery for his funded 15 hours and using 2-word phrases; nursery repeating the WellComm screen next term. Grommets fitted in March and hearing now normal.",
  ["EYD"], ["historical: grommets fitted, hearing now normal (PH)"]),
]),
("B006", "Brackenmoor", "2025-10-13", "2026-03-23", [
 ("A", "orange", "GP safeguarding referral. Kerry disclosed that her partner Liam pushed her into a door and checks her phone every day. DASH 16, referred to MARAC, IDVA allocated.",
  ["DA"], ["DA-not-CRIME: partner's assault on adult victim is DA only"]),
 ("A", "yellow", "Kerry and the children (Ellie 7, Sam 4) are staying with her sister, three to a room, and she has presented to the council as homeless. Her Universal Credit stopped while the joint claim with Liam is split and she has no money until the next payment.",
  ["HOUS", "FIN"], []),
 ("C", "blue", "Kerry finished the Freedom Programme in February. Non-molestation order in place and she knows to ring 999 if Liam breaches it.",
  ["DA"], ["managing: protective order and safety plan in blue box", "hypothetical: if Liam breaches it"]),
 ("C", "yellow", "Family moved into a two-bed housing association flat in February. Outreach worker helping Kerry set up her new UC claim; first payment not due for another three weeks and she has borrowed from her sister to cover food.",
  ["FIN"], ["historical: housing resolved (HOUS)"]),
]),
("B007", "Eastleigh Fold", "2025-11-04", "2026-05-18", [
 ("A", "green", "GP has referred Kai (8) to the community paediatric ADHD pathway. SENCO has put him on SEN support with movement breaks every hour.",
  ["EDU-SEND"], []),
 ("A", "orange", "Two-day suspension for throwing a chair at a TA, the third incident this term; school now talking about a managed move. Mum (Dani) says he is a different child at home and there are no problems with bedtimes.",
  ["EDU-EXC"], ["negated: no problems at home/bedtimes (REL-PAR)"]),
 ("C", "green", "Kai still waiting for his paediatric assessment. SEN support plan reviewed with Dani each term.",
  ["EDU-SEND"], []),
]),
("B008", "Copperhill", "2025-10-20", "2026-04-27", [
 ("A", "yellow", "Ryan (17) left college in October and has not found work or training since. Mum (Tina) is on ESA and says they are managing fine for money.",
  ["EDU-NEET"], ["benefit-name-alone: ESA without a money problem (FIN)", "negated: managing fine for money"]),
 ("A", "orange", "CAMHS liaison: Ryan discussed at the transitions panel. Social anxiety, rarely leaves his room, panic attacks on buses. Referral to adult mental health planned for when he turns 18.",
  ["MH-CHILD"], []),
 ("C", "yellow", "Ryan enrolled on the Fresh Start traineeship in March and has attended every session. No longer NEET.",
  [], ["met: NEET need now met (EDU-NEET not coded)"]),
 ("C", "orange", "Still open to CAMHS; panic attacks less frequent. Handover to adult services booked for his 18th birthday.",
  ["MH-CHILD"], []),
]),
("B009", "Hartwell", "2025-09-17", "2026-01-28", [
 ("A", "green", "School nurse: Lily (6) and Jack (9) have had untreated head lice since September and both have visible tooth decay. Two dental check-ups missed.",
  ["SAFE-NEG", "PH"], []),
 ("A", "yellow", "Home visit: very little food in the cupboards and the children say they sometimes go without tea. Dad (Paul) says he gambled away the last UC payment and owes £1,200 on a payday loan.",
  ["SAFE-NEG", "FIN"], ["gambling -> FIN not SUB"]),
 ("C", "green", "Both children seen by the dentist and fillings done; no further treatment needed. Paul now combs their hair through with a nit comb every Sunday.",
  ["SAFE-NEG"], ["historical: dental treatment completed (PH)", "managing: hygiene routine in green box"]),
 ("C", "yellow", "Paul has self-excluded from the betting sites and is on a debt management plan through Citizens Advice, paying £60 a month.",
  ["FIN"], ["lookalike: self-excluded (not EDU-EXC)", "gambling -> FIN not SUB"]),
]),
("B010", "Brackenmoor", "2025-11-10", "2026-05-05", [
 ("A", "red", "Strategy meeting after the school nurse found Mia (5) in the same clothes all week and smelling of urine. Home visit found dog mess on the floors and soiled mattresses. Mum (Gemma) admitted she has been drinking daily. S47 enquiries started.",
  ["SAFE-NEG", "SUB"], []),
 ("A", "orange", "Mia's brother Connor (15) arrested with wraps of cocaine and £400 cash; police think he is being used to run drugs from a flat in town.",
  ["SAFE-EXP", "CRIME"], ["drugs on exploited child -> SAFE-EXP + CRIME, not SUB"]),
 ("C", "red", "Mia and Connor remain on child protection plans under neglect. Gemma attending the drug and alcohol service with negative tests for two months.",
  ["SAFE-NEG", "SUB"], ["service-implies: ongoing D&A service -> SUB"]),
 ("C", "orange", "Connor open to YOS on a referral order. No missing episodes since December.",
  ["CRIME"], ["historical: no missing episodes since December (SAFE-EXP)"]),
]),
("B011", "Eastleigh Fold", "2025-10-01", "2026-03-11", [
 ("A", "yellow", "GP: Donna has relapsing MS and uses a wheelchair outdoors. Her daughter Amber (12) helps her dress and gives her tablets. Donna gets PIP.",
  ["PH", "CARER"], ["benefit-name-alone: PIP (FIN)"]),
 ("A", "green", "Amber attends well. School nurse says she is anxious and tearful about her mum's health.",
  ["MH-CHILD"], ["good news: attends well (EDU-ATT)"]),
 ("C", "blue", "Amber goes to the young carers' club every fortnight and has a carer's card to show at school. Donna's care package now covers mornings. Donna says she would ask about adaptations should she need the wheelchair indoors.",
  ["CARER", "PH"], ["hypothetical: adaptations should she need the wheelchair indoors (HOUS)"]),
]),
("B012", "Copperhill", "2025-11-17", "2026-03-30", [
 ("A", "green", "School nurse enuresis clinic: Finley (8) wets the bed most nights; alarm issued. Parents separated in the summer and he moves between two homes.",
  ["PH", "REL-CONF"], ["school-age bedwetting -> PH not EYD"]),
 ("A", "yellow", "Hannah and Greg cannot agree handover times and argue in front of Finley at the school gate. Hannah says Greg has never been violent or controlling. Both agreed to family mediation.",
  ["REL-CONF"], ["negated: never violent or controlling (DA)"]),
 ("C", "blue", "Finley dry most nights with the alarm. Parents now use a shared app to arrange handovers and keep messages to the children's plans.",
  ["PH", "REL-CONF"], ["managing in blue box"]),
]),
("B013", "Hartwell", "2025-12-01", "2026-06-08", [
 ("A", "green", "GP: Zara (4) asthma, two hospital admissions this winter. GP notes black mould in the bedroom she shares with three siblings.",
  ["PH", "HOUS"], []),
 ("A", "yellow", "Family of six in a two-bed privately rented flat. Landlord not responding to repair requests. Mum (Amina) says they are up to date with the rent.",
  ["HOUS"], ["negated: up to date with rent (FIN)"]),
 ("A", "orange", "Landlord has served a section 21 notice expiring in May.",
  ["HOUS"], []),
 ("C", "yellow", "Family moved into a four-bed council house in April. No housing issues now.",
  [], ["historical: housing resolved (HOUS)"]),
 ("C", "green", "Zara's asthma controlled on a daily preventer inhaler, reviewed by the practice nurse. GP would refer to environmental health again should mould appear in the new home.",
  ["PH"], ["managing: ongoing treatment", "hypothetical: should mould appear (HOUS)"]),
]),
("B014", "Brackenmoor", "2025-10-27", "2026-04-20", [
 ("A", "orange", "CAMHS liaison referral after Evie (13) disclosed that an adult man she met online asked her for images. Police informed and her phone taken for examination. Evie low in mood since.",
  ["SAFE-EXP", "MH-CHILD"], ["police safeguarding is not CRIME"]),
 ("C", "blue", "Parents have set up parental controls and go through Evie's apps with her every Sunday. Evie is also talking to her aunt, who she trusts.",
  ["SAFE-EXP"], ["managing: online safety in blue box"]),
 ("C", "orange", "Police investigation into the online contact still open. Evie on the CAMHS waiting list for trauma-focused work.",
  ["SAFE-EXP", "MH-CHILD"], []),
]),
("B015", "Eastleigh Fold", "2025-09-24", "2026-02-24", [
 ("A", "green", "HV: Noah (3) not toilet trained and refuses the potty. Nursery has started a toileting plan with dad.",
  ["EYD"], ["lookalike: potty is EYD here, not SUB"]),
 ("A", "yellow", "Dad (Tom) is main carer as mum works away. He told the GP he feels hopeless most days and has started antidepressants. Place offered on a parenting course.",
  ["MH-ADULT", "REL-PAR"], ["carer-alone: main carer is not CARER"]),
 ("C", "green", "Noah out of nappies in the day; nursery carrying on with the toileting plan for the odd accident.",
  ["EYD"], ["managing in green box"]),
]),
("B016", "Copperhill", "2025-10-06", "2026-03-16", [
 ("A", "orange", "Police called twice to the park about Leon (15) and friends setting fire to bins; community resolution given. He smokes cannabis most evenings.",
  ["CRIME", "SUB"], []),
 ("A", "yellow", "Mum (Sharon) says Leon swears at her and punched a hole in his bedroom door when asked to be in by 9. Sharon has asked about a parenting course.",
  ["REL-PAR"], ["child-to-parent aggression without police -> REL-PAR only, not DA/CRIME"]),
 ("A", "green", "Leon vapes at school. School nurse has no other health concerns.",
  [], ["lookalike: vaping is not SUB", "negated: no other health concerns (PH)"]),
 ("C", "yellow", "Leon attending the young people's substance misuse service and says he now only smokes weed at weekends.",
  ["SUB"], []),
]),
("B017", "Hartwell", "2025-11-12", "2026-05-26", [
 ("A", "green", "SENCO and school nurse: Ava (10) awaiting an ASD assessment. Overwhelmed by noise in the dining hall, so eats lunch in the library.",
  ["EDU-SEND"], []),
 ("A", "yellow", "Ava on a mornings-only timetable since half-term because of anxiety at the school gate; she cries and hides in the car. Early help worker supporting mum with a return plan.",
  ["EDU-ATT", "MH-CHILD"], []),
 ("C", "green", "Ava diagnosed autistic in April. School has requested an EHC needs assessment.",
  ["EDU-SEND"], []),
]),
("B018", "Brackenmoor", "2025-10-15", "2026-03-09", [
 ("A", "yellow", "GP referral: Mrs Haddad has PTSD and nightmares after fleeing Syria; on the waiting list for the refugee trauma service. UC deductions for an advance leave the family £80 short each month and they are using the food bank.",
  ["MH-ADULT", "FIN"], []),
 ("C", "green", "Mrs Haddad seen monthly by the GP and has started EMDR through the trauma service.",
  ["MH-ADULT"], []),
 ("C", "yellow", "Advance repaid and Citizens Advice got the deduction stopped. Family have not needed the food bank since January.",
  [], ["historical: money problem resolved (FIN)"]),
]),
("B019", "Eastleigh Fold", "2025-11-03", "2026-04-13", [
 ("A", "yellow", "Harvey (12) late 23 times this term, attendance 84%. Dad (Craig) released in August and on probation; he does the school run.",
  ["EDU-ATT", "CRIME"], ["adult on probation -> CRIME"]),
 ("A", "orange", "TAF plan agreed. Harvey's sister Mollie (16) dropped out of sixth form in October and has been missing overnight twice, found by police at an older man's flat.",
  ["EDU-NEET", "SAFE-EXP"], ["police finding a missing child is not CRIME"]),
 ("C", "green", "Harvey's attendance now 94% and only two lates since Easter; the attendance officer still checks in weekly.",
  ["EDU-ATT"], ["managing in green box"]),
 ("C", "orange", "Mollie still going missing most weekends. Strategy discussion to be called if it continues.",
  ["SAFE-EXP"], ["hypothetical: strategy discussion only if it continues"]),
]),
("B020", "Copperhill", "2025-09-10", "2026-02-02", [
 ("A", "green", "HV: baby Rosie (4 months) has dropped two centile lines; GP reviewing for reflux. Mum (Jade, 19) keen to learn about feeding.",
  ["PH"], []),
 ("A", "yellow", "Jade has been sofa-surfing with friends since her mum asked her to leave. Registered with the housing options team.",
  ["HOUS"], []),
 ("A", "orange", "Rosie's father, Kieran, does not live with them but sends Jade threatening messages and turned up drunk at the door last week. Police attended; DASH medium.",
  ["DA"], ["outside household: ex-partner's drinking (SUB)", "DA-not-CRIME: police for ex-partner's DA"]),
 ("C", "green", "Rosie back on her centile on reflux medication, weighed monthly at baby clinic.",
  ["PH"], ["managing: ongoing treatment"]),
]),
("B021", "Hartwell", "2025-12-08", "2026-05-11", [
 ("A", "green", "GP: dad (Steve) had a heart attack in July and cannot go back to scaffolding. Mum (Lisa) mentions a violent ex-husband in 2015 but there has been no contact for years.",
  ["PH"], ["historical: DA with ex-husband in 2015 (DA)"]),
 ("A", "yellow", "Household income has halved. Two months behind on council tax and the electricity bill; Steve's PIP claim was refused.",
  ["FIN"], []),
 ("C", "blue", "Steve doing his cardiac rehab exercises at home every day. Lisa has set up payment plans with the council and the supplier.",
  ["PH", "FIN"], ["managing in blue box"]),
]),
("B022", "Eastleigh Fold", "2025-10-22", "2026-06-15", [
 ("A", "orange", "Jordan (14) permanently excluded last week for bringing a knife into school. He told the CAMHS liaison worker he carries it because older boys say he owes them. Concerns he is being groomed for county lines.",
  ["EDU-EXC", "SAFE-EXP", "CRIME", "MH-CHILD"], ["service-implies: CAMHS liaison -> MH-CHILD"]),
 ("A", "red", "Strategy meeting held; Jordan made subject to a child in need plan because of the exploitation risk.",
  ["SAFE-EXP"], []),
 ("C", "orange", "Jordan now at the pupil referral unit full time. YOS supervising a referral order for possession of a bladed article.",
  ["EDU-EXC", "CRIME"], ["ambiguous: PRU placement after permanent exclusion coded EDU-EXC"]),
 ("C", "red", "CIN plan stepped down to early help in June. No current concerns about exploitation.",
  [], ["negated: no current exploitation concerns (SAFE-EXP)"]),
]),
("B023", "Copperhill", "2025-11-19", "2026-04-08", [
 ("A", "orange", "GP referral to the CAMHS eating disorder team: Grace (15) has lost 8kg in three months, BMI 16, periods stopped.",
  ["MH-CHILD", "PH"], []),
 ("A", "green", "School nurse weighing Grace weekly. Parents say there is no bullying and she has a good group of friends. School would only consider a part-time timetable if her weight drops further.",
  ["PH"], ["negated: no bullying (SAFE-EXP)", "hypothetical: part-time timetable if weight drops (EDU-ATT)"]),
 ("C", "orange", "Grace continuing family-based treatment with CAMHS. Weight restored, BMI now 18.5.",
  ["MH-CHILD"], ["historical: weight restored (PH)"]),
]),
("B024", "Hartwell", "2025-09-30", "2026-02-09", [
 ("A", "yellow", "School nurse: Ruby (9) comes in without breakfast most days and in unwashed uniform; says mum 'sleeps a lot'. Mum (Nicola) told the GP she drinks a bottle of wine every night.",
  ["SAFE-NEG", "SUB"], []),
 ("A", "orange", "Police welfare check after Ruby rang 999 because she could not wake Nicola. Nicola taken to hospital intoxicated; Ruby had been alone overnight.",
  ["SUB", "SAFE-NEG"], ["police welfare check is not CRIME"]),
 ("C", "yellow", "Nicola attending the community alcohol team and eight weeks sober.",
  ["SUB"], ["service-implies: ongoing alcohol service -> SUB"]),
 ("C", "green", "School reports Ruby arrives clean, fed and on time. No concerns.",
  [], ["good news / negated: no concerns (SAFE-NEG)"]),
]),
("B025", "Brackenmoor", "2025-11-25", "2026-05-19", [
 ("A", "green", "GP: Jamie (13) has type 1 diabetes and manages his own insulin pump; school nurse holds his care plan. Occasional hypos in PE.",
  ["PH"], []),
 ("A", "yellow", "Jamie's mum (Rachel) has severe anxiety and has not left the house since spring. Jamie does the food shopping and collects her prescriptions.",
  ["MH-ADULT", "CARER"], []),
 ("C", "blue", "Rachel now walks to the corner shop with a friend and is on the waiting list for talking therapy.",
  ["MH-ADULT"], ["managing in blue box"]),
]),
("B026", "Copperhill", "2025-10-09", "2026-03-25", [
 ("A", "orange", "Possession order granted on the family's housing association home for £2,400 rent arrears; eviction date set for April.",
  ["HOUS", "FIN"], []),
 ("A", "yellow", "Kyle (16) left school in July with nothing lined up and spends his days gaming. Dad (Gary) out of work since the factory closed.",
  ["EDU-NEET", "FIN"], ["NEET YP -> EDU-NEET; FIN for dad's worklessness"]),
 ("C", "yellow", "Arrears down to £600 after a discretionary housing payment; repayment plan agreed and the possession order suspended on terms.",
  ["FIN", "HOUS"], ["ambiguous: suspended possession order still a live housing risk"]),
 ("C", "green", "Kyle started an apprenticeship at a local garage in January.",
  [], ["met: NEET need met (EDU-NEET not coded)"]),
]),
]

# Unboxed notes: (id, date, locality, text, codes, gold level (from cues), traps)
UNBOXED = [
("W001", "2025-10-14", "Hartwell", "School nurse note: Poppy (7) has eczema flaring on both hands. GP prescribed emollients; mum says the mornings are rushed and they forget to put the cream on.",
 ["PH"], "green", ["level: GP/school nurse only -> green"]),
("W002", "2025-11-06", "Eastleigh Fold", "CAMHS liaison call: Ben (12) on the CAMHS waiting list for low mood. Mum worried about his dad's drinking, but dad lives in Spain and Ben has had no contact with him for two years.",
 ["MH-CHILD"], "orange", ["outside household: absent father's drinking (SUB)", "level: CAMHS -> orange"]),
("W003", "2025-12-03", "Brackenmoor", "Early help worker visit: Sadie (15) helps care for her brother, who has cerebral palsy, and has missed 9 days this term to help at home when his carers do not turn up.",
 ["CARER", "PH", "EDU-ATT"], "yellow", ["level: EH worker -> yellow", "lookalike: paid carers are not CARER; Sadie is"]),
("W004", "2026-01-13", "Copperhill", "Mum rang: she found the baby group from the leaflet and takes Alfie (18 months) every Tuesday. Weaning onto finger foods going well; she asked for the info sheet on late talkers as he only has a couple of words.",
 ["EYD"], "blue", ["level: signposting acted on -> blue"]),
("W005", "2026-02-04", "Hartwell", "ICPC held. Tia (2) and Marcus (6) made subject to child protection plans under neglect. Mum's former partner has a history of DV but left the household in 2024 and has had no contact since.",
 ["SAFE-NEG"], "red", ["historical: DV with former partner ended 2024 (DA)", "level: ICPC/CP plan -> red"]),
("W006", "2026-03-18", "Eastleigh Fold", "Police arrested Dylan (16) for shoplifting with two older boys. He has had no school or college place since the family moved area in the summer.",
 ["CRIME", "EDU-NEET"], "orange", ["level: arrest -> orange"]),
("W007", "2026-01-27", "Brackenmoor", "GP: Mr Ahmed signed off work with a back injury, on full sick pay; he says there are no money worries. Children well.",
 ["PH"], "green", ["negated: no money worries (FIN)", "lookalike: sick pay is not FIN"]),
]

LEVELS = ["blue", "green", "yellow", "orange", "red"]

def main():
    narr, gold, traps = [], [], {}
    for case, loc, adate, cdate, boxes in CASES:
        for stage, level, text, codes, tr in boxes:
            nid = f"{case}-{stage}-{level}"
            narr.append([nid, f"{case}-{stage}", case,
                         "assessment" if stage == "A" else "closure",
                         adate if stage == "A" else cdate, level, loc, text])
            for c in codes:
                gold.append([nid, c, level])
            if tr:
                traps[nid] = tr
    for nid, date, loc, text, codes, level, tr in UNBOXED:
        narr.append([nid, nid, nid, "assessment", date, "", loc, text])
        for c in codes:
            gold.append([nid, c, level])
        if tr:
            traps[nid] = tr
    with open(os.path.join(OUT, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(narr)
    with open(os.path.join(OUT, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold)
    with open(os.path.join(OUT, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
    print(f"{len(narr)} narratives, {len(gold)} gold rows, {len(traps)} with trap notes")

if __name__ == "__main__":
    main()
