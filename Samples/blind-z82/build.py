#!/usr/bin/env python3
"""Blind gold set z82: busy council triage export, terse boxes, 2025-26.
Every narrative, gold code and trap note is written by hand below."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# (case, locality, assessment date, closure date, boxes)
# box = (stage 'A'/'C', level, text, [gold codes], trap note or '')
CASES = [
 ("K001", "Ashgate", "2025-04-07", "2025-09-15", [
  ("A", "yellow", "Mum (Leanne) low mood, on sertraline from GP. Tyler (8) 84% attendance, late most Mondays.",
   ["MH-ADULT", "EDU-ATT"], ""),
  ("A", "orange", "DV from ex, MARAC 12/04, non-mol in place. No SUB concerns.",
   ["DA"], "negated: SUB"),
  ("C", "blue", "Leanne using her safety plan, knows who to ring. Tyler's lateness stopped after May half term.",
   ["DA"], "historical: lateness stopped (EDU-ATT); DA managing in blue box = present"),
 ]),
 ("K002", "Millbrook", "2025-05-12", "2025-11-03", [
  ("A", "yellow", "Rent arrears £1,240, UC deductions. Mum using food bank fortnightly.",
   ["FIN"], ""),
  ("A", "orange", "S21 served March, possession hearing pending. Damp back bedroom.",
   ["HOUS"], ""),
  ("C", "blue", "Paying £30 pm off arrears. No food bank use since Aug.",
   ["FIN"], "historical: food bank use ended; arrears repayment = FIN present (blue managing)"),
 ]),
 ("K003", "Kingsmoor", "2025-06-02", "2025-12-08", [
  ("A", "yellow", "Jordan (15) 2 FTEs this term for defiance. Mum says no issues at home.",
   ["EDU-EXC"], "negated: no issues at home (REL-PAR)"),
  ("A", "orange", "Jordan arrested 20/05, criminal damage. YOS referral. Exploitation screening done, no indicators.",
   ["CRIME"], "negated: exploitation screening no indicators (SAFE-EXP)"),
  ("C", "yellow", "Referral order runs to Jan. No further FTEs since Sept.",
   ["CRIME"], "historical: exclusions ended (EDU-EXC)"),
 ]),
 ("K004", "Westvale", "2025-03-17", "2025-08-20", [
  ("A", "yellow", "Kayden (12) YC for Mum who has MS. Off school when she has a flare-up.",
   ["CARER", "PH", "EDU-ATT"], ""),
  ("A", "green", "Mum gets PIP, no money worries.",
   [], "benefit name alone, money problem negated (FIN); PIP does not imply PH"),
  ("C", "blue", "Kayden going to young carers group weekly. Mum's care package in place. Absence no longer an issue.",
   ["CARER", "PH"], "historical: absence over (EDU-ATT)"),
 ]),
 ("K005", "Ashgate", "2025-07-01", "2026-01-12", [
  ("A", "orange", "Mia (14) open to CAMHS, cutting arms. Online contact with adult male, CSE concerns, police aware.",
   ["MH-CHILD", "SAFE-EXP"], "police safeguarding is not CRIME"),
  ("C", "orange", "Still open to CAMHS. CSE risk reduced, no missing episodes since Oct.",
   ["MH-CHILD", "SAFE-EXP"], "historical: missing episodes (same code still present via CSE risk)"),
  ("C", "blue", "Mum and stepdad separated amicably, sorted contact between themselves.",
   ["REL-CONF"], "separation managed by family in blue box = present"),
 ]),
 ("K006", "Millbrook", "2025-09-08", "2026-02-16", [
  ("A", "red", "ICPC 02/09, CP plan under neglect. Dog mess in kitchen, no food in fridge.",
   ["SAFE-NEG"], "empty fridge is SAFE-NEG not FIN"),
  ("A", "orange", "Dad drinking daily, refused drug and alcohol service.",
   ["SUB"], ""),
  ("C", "yellow", "Stepped down CP > CIN > EH. Home conditions still slipping between visits, EHW doing weekly checks.",
   ["SAFE-NEG"], ""),
 ]),
 ("K007", "Kingsmoor", "2025-02-10", "2025-07-14", [
  ("A", "green", "Noah (6) on ADHD pathway, SENCO involved, on SEN support.",
   ["EDU-SEND"], ""),
  ("A", "yellow", "Mum can't manage Noah's meltdowns at home, hits siblings. Booked onto parenting course.",
   ["REL-PAR"], ""),
  ("C", "blue", "Mum using reward chart, bedtime routine working.",
   ["REL-PAR"], "managing in blue box = present"),
 ]),
 ("K008", "Westvale", "2025-10-06", "2026-03-09", [
  ("A", "yellow", "Chloe (17) NEET since leaving college Feb. Both parents out of work, struggling with bills.",
   ["EDU-NEET", "FIN"], "FIN from parents' worklessness, not from NEET"),
  ("C", "blue", "Chloe on apprenticeship at Harlow's Garage since Jan.",
   [], "need met: NEET over (EDU-NEET historical)"),
  ("C", "yellow", "Dad back in work via employment support, Mum still job hunting. Energy arrears £600.",
   ["FIN"], ""),
 ]),
 ("K009", "Ashgate", "2025-04-22", "2025-10-01", [
  ("A", "orange", "Police x3 re ASB by Ryan (14), throwing stones at buses. TAF in place.",
   ["CRIME"], ""),
  ("A", "green", "Family stressed by neighbours' ASB, reported to council.",
   [], "outside household: neighbours' ASB (CRIME)"),
  ("C", "yellow", "No police contact for Ryan since July. Still verbally aggressive to Mum when told no.",
   ["REL-PAR"], "historical: police contact ended (CRIME)"),
 ]),
 ("K010", "Millbrook", "2025-11-03", "2026-04-20", [
  ("A", "green", "Isla (4m) EBF, gaining well. HV aware Mum's mood low, EPDS 14.",
   ["MH-ADULT"], "look-alike: EBF / good feeding not EYD"),
  ("A", "yellow", "Dad works nights. Perinatal MH referral for Mum, awaiting.",
   ["MH-ADULT"], "shift work is not FIN"),
  ("C", "blue", "Mum going to peer support group, mood much better.",
   ["MH-ADULT"], "managing in blue box = present"),
 ]),
 ("K011", "Kingsmoor", "2025-05-19", "2025-11-24", [
  ("A", "red", "S47 - Leo (3) present during DV incident, Dad arrested for assault on Mum.",
   ["DA"], "partner's arrest for DV is DA only, not CRIME"),
  ("A", "orange", "DVPO granted, Dad not at address. Mum drinking heavily since.",
   ["DA", "SUB"], ""),
  ("C", "yellow", "Mum on Freedom Programme, wk 8/11. Alcohol - says 2 drinks a week, no concerns.",
   ["DA"], "negated: alcohol (SUB)"),
 ]),
 ("K012", "Westvale", "2025-08-11", "2026-01-26", [
  ("A", "orange", "Evicted Jul, now TA - 1 room B&B for 4. Kids sharing bed with Mum.",
   ["HOUS"], ""),
  ("A", "green", "Ruby (5) asthma, missed 2 GP reviews. Mum says she'd go to CAB if UC stops.",
   ["PH"], "hypothetical: benefits stopping (FIN)"),
  ("C", "green", "Moved to 3 bed HA property Dec. Ruby's asthma reviewed, inhaler kept in school.",
   ["PH"], "need met: housing (HOUS historical)"),
 ]),
 ("K013", "Ashgate", "2026-01-05", "2026-05-18", [
  ("A", "yellow", "Harvey (16) vapes, smoking cannabis daily. Referred to YP drug service.",
   ["SUB"], "vaping is not SUB (cannabis is)"),
  ("A", "orange", "Harvey found in Millbrook with £400 and 12 wraps. County lines, NRM done.",
   ["SAFE-EXP", "CRIME"], "drugs on exploited child: SAFE-EXP + CRIME, not SUB"),
  ("C", "orange", "Another missing episode Apr, found by police in Kingsmoor.",
   ["SAFE-EXP"], "police finding missing child is not CRIME"),
 ]),
 ("K014", "Millbrook", "2025-03-03", "2025-08-04", [
  ("A", "green", "Mum (Priya) T1 diabetic, manages own insulin. Arjun (10) EHCP for ASD at Oakfield Primary.",
   ["PH", "EDU-SEND"], ""),
  ("A", "yellow", "Arjun gives Mum her injections when she has hypos, does the shopping.",
   ["CARER", "PH"], ""),
  ("C", "blue", "Arjun linked in with young carers, enjoys it. Mum's diabetes stable.",
   ["CARER", "PH"], "managing in blue box = present"),
 ]),
 ("K015", "Kingsmoor", "2025-06-16", "2025-12-15", [
  ("A", "yellow", "Parents split Apr, rows over contact, shouting at handovers in front of kids. No DA.",
   ["REL-CONF"], "negated: DA"),
  ("C", "blue", "Handovers now at Gran's, parents talk via co-parenting app.",
   ["REL-CONF"], "managing in blue box = present"),
  ("C", "green", "School counsellor sessions finished Nov, Ella settled.",
   [], "historical: counselling ended (MH-CHILD)"),
 ]),
 ("K016", "Westvale", "2025-09-22", "2026-03-02", [
  ("A", "orange", "Dad (Marek) ex-forces, PTSD. Suicidal thoughts last wk, crisis team involved.",
   ["MH-ADULT"], ""),
  ("A", "yellow", "Marek gambling, £3k on credit cards. Has self-excluded from betting apps.",
   ["FIN"], "gambling debt is FIN not SUB; look-alike 'self-excluded'"),
  ("C", "yellow", "Marek open to veterans MH service. No suicidal thoughts since Dec.",
   ["MH-ADULT"], "historical: suicidal thoughts (code still present via open service)"),
 ]),
 ("K017", "Ashgate", "2025-10-13", "2026-04-13", [
  ("A", "red", "Strategy mtg re CSE. Jade (13) missing overnight x4, older males, gifts.",
   ["SAFE-EXP"], ""),
  ("A", "orange", "Jade on part-time timetable, 2 FTEs for swearing at staff.",
   ["EDU-ATT", "EDU-EXC"], ""),
  ("C", "orange", "No missing since Jan. Managed move to Westvale Academy agreed.",
   ["EDU-EXC"], "historical: missing episodes ended (SAFE-EXP)"),
 ]),
 ("K018", "Millbrook", "2025-07-07", "2025-12-01", [
  ("A", "green", "Twins (4) not taking up nursery place, start school Sept. HV worried re readiness.",
   ["EYD"], ""),
  ("A", "yellow", "Home very cluttered, kids' bedding soiled, nits untreated.",
   ["SAFE-NEG"], ""),
  ("C", "green", "Twins started Reception at St Bede's, settling. Missed 2 dental appts.",
   ["PH"], "need met: school start (EYD not coded)"),
 ]),
 ("K019", "Kingsmoor", "2025-02-24", "2025-11-24", [
  ("A", "orange", "Mum on methadone script. Dad on licence till Oct.",
   ["SUB", "CRIME"], "adult on licence = CRIME"),
  ("A", "yellow", "Lily (11) does most of the cooking for younger sibs when Mum can't get up.",
   ["CARER"], ""),
  ("C", "yellow", "Methadone reducing, now 30ml. Dad's licence ended Oct, no further offending.",
   ["SUB"], "historical: licence ended (CRIME)"),
 ]),
 ("K020", "Westvale", "2025-11-17", "2026-05-11", [
  ("A", "yellow", "Sam (15) school refusing since Sept, anxiety, awaiting CAMHS.",
   ["EDU-ATT", "MH-CHILD"], ""),
  ("A", "green", "Sam bullied online by classmates, screenshots passed to school.",
   ["SAFE-EXP"], "bullying by peers is the child's need (SAFE-EXP)"),
  ("C", "green", "Sam back full time since Mar. CAMHS discharged.",
   [], "historical: school refusal and CAMHS over"),
 ]),
 ("K021", "Ashgate", "2025-05-05", "2025-10-20", [
  ("A", "orange", "2 bed, 7 people. Damp and mould, Kai (2) repeated chest infections.",
   ["HOUS", "PH"], ""),
  ("C", "orange", "Still overcrowded, Band A on housing register.",
   ["HOUS"], ""),
  ("C", "green", "Kai's chest infections less often since landlord treated the mould.",
   ["PH"], "historical: mould treated (HOUS not coded)"),
 ]),
 ("K022", "Millbrook", "2025-08-18", "2026-02-09", [
  ("A", "red", "CIN plan. Mum's new partner staying most nights, school report he controls her phone and money.",
   ["DA"], "coercive control by partner = DA, not FIN"),
  ("A", "yellow", "Mum's sister in Ashgate uses heroin, no contact with family.",
   [], "outside household: aunt's drug use (SUB)"),
  ("C", "orange", "Partner moved out, MARAC heard case Nov, IDVA still supporting Mum.",
   ["DA"], ""),
 ]),
 ("K023", "Kingsmoor", "2025-04-14", "2025-09-29", [
  ("A", "yellow", "Dylan (17) NEET, no GCSEs. Sofa surfing after row with Mum.",
   ["EDU-NEET", "HOUS", "REL-PAR"], "NEET alone is not FIN"),
  ("A", "green", "Dylan's dad lives in Scotland, drinks heavily, no contact.",
   [], "outside household: father's drinking (SUB)"),
  ("C", "yellow", "Dylan back home, on pre-employment course at Kingsmoor College. Still strained with Mum.",
   ["REL-PAR"], "need met: NEET and housing over"),
 ]),
 ("K024", "Westvale", "2025-12-01", "2026-05-25", [
  ("A", "green", "Mum (Shannon) 32 wks pregnant, missed 2 antenatal appts.",
   ["PH"], ""),
  ("A", "yellow", "Toby (3) speech delay, Portage visiting. Nursery to involve SENCO if still an issue in Reception.",
   ["EYD"], "hypothetical: future SEND involvement (EDU-SEND)"),
  ("C", "green", "Baby born Mar, HV new birth visit done. Toby's speech coming on, SALT group at children's centre.",
   ["EYD"], "pure good news re baby not coded"),
 ]),
 ("K025", "Ashgate", "2026-02-02", "2026-06-15", [
  ("A", "orange", "Zara (14) PEx Jan, awaiting PRU place. CAMHS for low mood.",
   ["EDU-EXC", "MH-CHILD"], ""),
  ("A", "yellow", "Mum depressed, rarely leaves the house.",
   ["MH-ADULT"], ""),
  ("C", "yellow", "Zara at PRU, 68% attendance. Mum seeing talking therapies.",
   ["EDU-ATT", "MH-ADULT"], ""),
 ]),
 ("K026", "Millbrook", "2025-06-09", "2025-11-10", [
  ("A", "green", "Freddie (8) wetting the bed nightly, GP referred to enuresis clinic.",
   ["PH"], "school-age bedwetting = PH not EYD"),
  ("A", "yellow", "Parents arguing over money, Dad's hours cut, behind on council tax.",
   ["REL-CONF", "FIN"], ""),
  ("C", "blue", "Council tax arrangement kept up. Parents say the arguing has stopped.",
   ["FIN"], "historical: arguing stopped (REL-CONF)"),
 ]),
 ("K027", "Kingsmoor", "2025-10-27", "2026-03-23", [
  ("A", "orange", "Police x2 to home re Mason (13) smashing windows, threatened Dad with a knife.",
   ["REL-PAR", "CRIME"], "child-to-parent violence: REL-PAR + CRIME, not DA"),
  ("A", "yellow", "Mason has EHCP for SEMH at Kingsmoor Academy, at risk of PEx.",
   ["EDU-SEND", "EDU-EXC"], ""),
  ("A", "green", "Dad says he'd see his GP if he started feeling low.",
   [], "hypothetical: Dad's mood (MH-ADULT)"),
  ("C", "yellow", "Mason on youth caution, YOS worker allocated. No further incidents at home.",
   ["CRIME"], "historical: incidents at home ended (REL-PAR)"),
 ]),
 ("K028", "Westvale", "2025-03-10", "2025-09-08", [
  ("A", "yellow", "Ellie (4) not toilet trained, nursery take-up about 50%.",
   ["EYD"], ""),
  ("A", "green", "Mum epileptic, prescribed drugs, well controlled.",
   ["PH"], "look-alike: prescribed drugs not SUB"),
  ("C", "blue", "Ellie now dry day and night, starts school Sept.",
   [], "historical: toileting achieved (EYD)"),
 ]),
 ("K029", "Ashgate", "2025-09-01", "2026-02-23", [
  ("A", "orange", "Possession hearing 15/09, arrears £2,900. Mum on zero hours.",
   ["HOUS", "FIN"], ""),
  ("A", "yellow", "Kids only eating at school, fridge empty at HV visit.",
   ["SAFE-NEG"], "hungry child/empty fridge = SAFE-NEG"),
  ("C", "yellow", "Possession adjourned on terms, Citizens Advice helping. Food bank weekly.",
   ["HOUS", "FIN"], ""),
 ]),
 ("K030", "Millbrook", "2025-12-15", "2026-06-01", [
  ("A", "yellow", "Grace (16) in 6th form, panic attacks, seeing school wellbeing team.",
   ["MH-CHILD"], ""),
  ("A", "green", "Mum (Claire) is a foster carer for 2 other children, no concerns.",
   [], "look-alike: foster carer is not CARER"),
  ("C", "green", "Grace using breathing techniques, fewer panic attacks.",
   ["MH-CHILD"], "managing in green box = present"),
 ]),
]

# Unboxed case notes: (id, locality, stage, date, text, codes, gold level, trap)
UNBOXED = [
 ("U001", "Ashgate", "assessment", "2025-06-20",
  "HV visit. Baby (9m) not weaned, bottle only. Mum says no other issues.",
  ["EYD"], "green", "level cue: HV -> green"),
 ("U002", "Kingsmoor", "assessment", "2025-10-03",
  "Strategy mtg held, s47 agreed. Kids (4, 6) left alone overnight.",
  ["SAFE-NEG"], "red", "level cue: strategy/s47 -> red"),
 ("U003", "Westvale", "assessment", "2026-01-19",
  "Dad referred to drug and alcohol service re cocaine use. Mum denies any DA.",
  ["SUB"], "yellow", "negated: DA; level cue: drug and alcohol service -> yellow"),
 ("U004", "Millbrook", "assessment", "2025-11-12",
  "Kieran (15) arrested for shoplifting, YOS assessment booked. Mum worried about his mood.",
  ["CRIME", "MH-CHILD"], "orange", "level cue: arrest/YOS -> orange"),
 ("U005", "Ashgate", "closure", "2026-03-30",
  "Mum signposted to online budgeting tool, using it to clear £200 catalogue debt.",
  ["FIN"], "blue", "level cue: signposting acted on -> blue"),
 ("U007", "Westvale", "closure", "2026-04-27",
  "Leah (18) NEET since Jan. Given jobs board links and CV template, applying herself, Gran helping.",
  ["EDU-NEET"], "blue", "level cue: information + own network -> blue; NEET alone not FIN"),
 ("U006", "Kingsmoor", "closure", "2025-07-21",
  "School nurse: Ben (11) overweight, family to attend healthy lifestyle sessions at school. No other concerns.",
  ["PH"], "green", "level cue: school nurse -> green"),
]


def main():
    nar, gold, traps = [], [], {}
    for case, loc, adate, cdate, boxes in CASES:
        for st, lvl, text, codes, trap in boxes:
            tid = f"{case}-{st}"
            nid = f"{tid}-{lvl}"
            stage = "assessment" if st == "A" else "closure"
            date = adate if st == "A" else cdate
            nar.append([nid, tid, case, stage, date, lvl, loc, text])
            for c in codes:
                gold.append([nid, c, lvl])
            if trap:
                traps[nid] = trap
    for nid, loc, stage, date, text, codes, lvl, trap in UNBOXED:
        nar.append([nid, nid, nid, stage, date, "", loc, text])
        for c in codes:
            gold.append([nid, c, lvl])
        if trap:
            traps[nid] = trap
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(nar)
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
    print(f"{len(nar)} narratives, {len(gold)} gold rows, {len(traps)} trap notes")


if __name__ == "__main__":
    main()
