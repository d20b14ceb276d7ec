#!/usr/bin/env python3
"""Hand-written blind gold set (blind-z39) for early-help triage coding.

Every narrative, its gold codes (present issues only) and short trap notes are
written out by hand below. Running this script writes narratives.csv, gold.csv
and traps.json next to it. Standard library only.

Boxed narratives: id <CASE>-<A|C>-<level>, gold level = box level.
Unboxed notes:    id Unnn, level column empty, gold level = highest *current*
                  level cue in the text (taxonomy convention 2).
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

LOC = {
    # boxed cases
    "E001": "Harrowfield", "E002": "Brackenmoor", "E003": "Castleton Quay",
    "E004": "Wyvern Hill", "E005": "Harrowfield", "E006": "Brackenmoor",
    "E007": "Castleton Quay", "E008": "Wyvern Hill", "E009": "Harrowfield",
    "E010": "Castleton Quay",
    # note-only cases
    "F001": "Harrowfield", "F002": "Brackenmoor", "F003": "Castleton Quay",
    "F004": "Wyvern Hill", "F005": "Harrowfield", "F006": "Castleton Quay",
    "F007": "Wyvern Hill", "F008": "Brackenmoor", "F009": "Harrowfield",
    "F010": "Castleton Quay", "F011": "Wyvern Hill", "F012": "Brackenmoor",
    "F013": "Castleton Quay", "F014": "Harrowfield", "F015": "Wyvern Hill",
    "F016": "Brackenmoor", "F017": "Castleton Quay", "F018": "Harrowfield",
    "F019": "Wyvern Hill", "F020": "Brackenmoor", "F021": "Castleton Quay",
    "F022": "Wyvern Hill", "F023": "Harrowfield", "F024": "Brackenmoor",
    "F025": "Castleton Quay", "F026": "Wyvern Hill",
}

# triage dates for boxed cases: (assessment, closure)
TDATE = {
    "E001": ("2025-04-07", "2025-09-22"),
    "E002": ("2025-05-13", "2025-11-28"),
    "E003": ("2025-02-18", "2025-08-04"),
    "E004": ("2025-06-02", "2026-01-15"),
    "E005": ("2025-09-08", "2026-03-02"),
    "E006": ("2025-03-24", "2025-10-06"),
    "E007": ("2025-07-14", "2026-02-09"),
    "E008": ("2025-10-20", "2026-04-27"),
    "E009": ("2025-11-03", "2026-05-11"),
    "E010": ("2026-01-12", "2026-06-08"),
}

NARR = []   # dicts: id, triage, case, stage, date, level, loc, text, gold, glevel, traps


def B(case, stage, level, text, gold=(), traps=()):
    """A boxed narrative: codes take the box level."""
    st = "A" if stage == "assessment" else "C"
    date = TDATE[case][0 if st == "A" else 1]
    tid = "%s-%s" % (case, st)
    NARR.append(dict(id="%s-%s" % (tid, level), triage=tid, case=case,
                     stage=stage, date=date, level=level, loc=LOC[case],
                     text=text, gold=list(gold), glevel=level,
                     traps=[list(t) for t in traps]))


def U(nid, case, stage, date, glevel, text, gold=(), traps=()):
    """An unboxed free-text note: level column empty, one gold level from cues."""
    NARR.append(dict(id=nid, triage=nid, case=case, stage=stage, date=date,
                     level="", loc=LOC[case], text=text, gold=list(gold),
                     glevel=glevel, traps=[list(t) for t in traps]))


# Trap types used in the notes below:
#   negated      - a code's area mentioned only as absent/denied
#   historical   - over, ended, resolved ("no longer", "stopped", "was ... in 2023")
#   hypothetical - "if ...", "would be considered", "will ... if it carries on"
#   lookalike    - a word that looks like a code term or level cue but is not
#   outside      - someone outside the household
#   level        - a level cue that must NOT set the note's level (past, negated,
#                  hypothetical, signposting only) or a service whose level is
#                  easy to misjudge
#   rule         - a taxonomy convention that decides the code (DA vs CRIME, etc.)

# ---------------------------------------------------------------------------
# Part 2: boxed cases E001-E005
# ---------------------------------------------------------------------------

# E001 - Jodie, Tayla (4); low mood, money, ex-partner
B("E001", "assessment", "yellow",
  "Jodie has felt very low since the winter - crying most days, struggling to get "
  "out of bed - and she hasn't told her GP yet. Her UC was sanctioned in February "
  "for a missed appointment and she now owes £310 on the gas. EHW to go with her "
  "to the GP and refer to Citizens Advice about the sanction and the gas debt.",
  ["MH-ADULT", "FIN"])
B("E001", "assessment", "orange",
  "Connor (Tayla's father, not living here) came out of prison in March and keeps "
  "messaging Jodie from different numbers saying he'll 'take Tayla'. On 2 April he "
  "hammered on the door at 2am and police attended. DASH medium; not at MARAC "
  "threshold for now.",
  ["DA"],
  [("rule", "ex-partner's threats/harassment of the mother are DA only, not CRIME (conv 7)"),
   ("negated", "'not at MARAC threshold' - no MARAC")])
B("E001", "closure", "blue",
  "Tayla's nursery attendance had been patchy; Jodie now walks her in with a "
  "neighbour and she does all 15 hours. Jodie has a key meter for the gas and pays "
  "£12 a week towards the old debt. She keeps her safety plan by the phone and the "
  "non-molestation order runs until June 2026.",
  ["EYD", "FIN", "DA"],
  [("rule", "blue box: nursery take-up, debt repayment and DA safety plan are 'now managing' = present (conv 3)")])
B("E001", "closure", "green",
  "At the HV review in August Tayla was dry in the daytime, still in a night nappy, "
  "and talking in short sentences; her reception place at St Aldhelm's Primary is "
  "confirmed. Jodie takes sertraline from the GP and says her mood has lifted.",
  ["EYD", "MH-ADULT"],
  [("rule", "ongoing treatment (sertraline) codes MH-ADULT even though mood has lifted (conv 4)")])

# E002 - Kai (14): part-time timetable, young carer, exploitation
B("E002", "assessment", "yellow",
  "Kai (14) has been on a mornings-only timetable at Brackenmoor Academy since "
  "Easter. Mum Lorraine works nights at Elmfield care home, so on those nights Kai "
  "cooks tea, gets his sister Evie (8) bathed and into bed, and walks her to school "
  "the next morning.",
  ["EDU-ATT", "CARER"],
  [("lookalike", "'care home' is Mum's workplace, not CARER; the caring tasks are"),
   ("rule", "night shifts are not FIN (conv 5)")])
B("E002", "assessment", "orange",
  "Five-day suspension in April after a kitchen knife was found in Kai's bag; he says "
  "he carries it because older lads from the Fenwick estate are 'running' him. "
  "Arrested and released under investigation, YOS aware. School has raised the idea "
  "of a managed move.",
  ["EDU-EXC", "CRIME", "SAFE-EXP"])
B("E002", "assessment", "red",
  "Strategy meeting 9 May on criminal exploitation concerns; agreed a s47 is not "
  "needed at this point and Kai is to be assessed as a child in need.",
  ["SAFE-EXP"],
  [("negated", "'s47 is not needed' - irrelevant to level in a box, box is red")])
B("E002", "closure", "green",
  "Kai has been back on a full timetable since September and his attendance is 91%. "
  "Lorraine moved to day shifts in the summer, so Kai no longer has Evie in the "
  "evenings.",
  ["EDU-ATT"],
  [("historical", "'no longer has Evie in the evenings' - caring ended, no CARER"),
   ("rule", "green box: back on full timetable at 91% is attendance being managed = present (conv 3)")])

# E003 - Farida, Aisha (6): asthma, damp, section 21
B("E003", "assessment", "green",
  "Aisha (6) has asthma and has been to A&E twice since November. The school nurse "
  "has written a care plan with school, but Mum (Farida) missed the last two "
  "respiratory clinic appointments.",
  ["PH"])
B("E003", "assessment", "orange",
  "Five of them in a two-bedroom flat with black mould in both bedrooms. The "
  "landlord served a section 21 that expires on 31 March. Farida is £1,200 behind "
  "on rent since her hours at the laundry were cut.",
  ["HOUS", "FIN"])
B("E003", "closure", "green",
  "In July the family moved to a three-bed housing association house in Castleton, "
  "dry and in good repair. Aisha uses her preventer inhaler morning and night and "
  "has not needed A&E since March.",
  ["PH"],
  [("historical", "housing problem resolved by the move - no HOUS"),
   ("negated", "'has not needed A&E since March'; PH still present via ongoing inhaler use")])

# E004 - Shannon & Lewis, baby Noah: alcohol, rows
B("E004", "assessment", "yellow",
  "Lewis (dad) drinks 6-8 cans most evenings and Shannon says he is short-tempered "
  "and shouts at the older two when he's had a drink. He has agreed to a referral "
  "to Wyvern Recovery Service. Both deny any drug use.",
  ["SUB", "REL-PAR"],
  [("negated", "'Both deny any drug use' - the alcohol use is still SUB")])
B("E004", "assessment", "orange",
  "Shannon and Lewis argue loudly most weekends. A neighbour rang the police on 24 "
  "May; officers found a verbal argument with no offences and no injuries. DA "
  "screening: no violence, threats or controlling behaviour disclosed by either.",
  ["REL-CONF"],
  [("negated", "DA screened out"),
   ("rule", "police call-out about parents' argument is not CRIME (no offence, not a young person)")])
B("E004", "closure", "blue",
  "Lewis now drinks only at weekends and goes to the Thursday SMART Recovery group "
  "at the library. He and Shannon have a 'time out' rule when a row starts and say "
  "it mostly works.",
  ["SUB", "REL-CONF"],
  [("rule", "blue box: reduced drinking with a recovery group and managed rows are 'now managing' = present")])

# E005 - Ellis (17): NEET, self-harm, dad redundant
B("E005", "assessment", "yellow",
  "Ellis (17) dropped out of Harrowfield College in July after his first year and "
  "has no apprenticeship or job; he spends most days gaming in his room. Dad "
  "(Martin) was made redundant in May and the household is living on UC.",
  ["EDU-NEET", "FIN"],
  [("rule", "FIN from the adult's worklessness, not from Ellis being NEET (conv 11)")])
B("E005", "assessment", "orange",
  "GP referred Ellis to CAMHS in August after he told Martin he had been cutting "
  "his arms; on the waiting list. Ellis says he has not cut since.",
  ["MH-CHILD"],
  [("historical", "self-harm said to have stopped, but awaiting CAMHS still codes MH-CHILD (conv 4)")])
B("E005", "closure", "green",
  "Ellis began a Level 2 IT course at Harrowfield College in January, three days a "
  "week, and his tutor says he is settling in. The GP reviews his sertraline every "
  "month.",
  ["MH-CHILD"],
  [("historical", "back in education - EDU-NEET no longer a need")])

# ---------------------------------------------------------------------------
# Part 3: boxed cases E006-E010
# ---------------------------------------------------------------------------

# E006 - Maya (10): ADHD, Mum's MS, young carer
B("E006", "assessment", "green",
  "Maya (10) has a diagnosis of ADHD; the SENCO has put her on SEN support with "
  "movement breaks. She is usually first through the gate and has not missed a "
  "day this year.",
  ["EDU-SEND"],
  [("negated", "good attendance, no need ever stated - no EDU-ATT (conv 3)")])
B("E006", "assessment", "yellow",
  "Mum (Rachel) has MS and uses a wheelchair outside the house. Before school Maya "
  "helps her wash, dress and get to the toilet. Rachel gets PIP at the enhanced "
  "rate and says money is fine. Referral to Brackenmoor Young Carers made.",
  ["PH", "CARER"],
  [("negated", "'money is fine' - PIP alone is not FIN (conv 5)")])
B("E006", "closure", "blue",
  "Rachel's care package for her MS started in July with carers coming twice a day, "
  "so Maya no longer does personal care, though she still helps with tea. Maya goes "
  "to the young carers club every other Wednesday and has made friends there.",
  ["PH", "CARER"],
  [("lookalike", "'carers coming twice a day' are paid adult carers, not CARER"),
   ("historical", "personal care by Maya has ended, but she still helps and attends young carers - CARER present")])

# E007 - Kerry, four children: neglect, heroin, CP
B("E007", "assessment", "orange",
  "All three school-age children are under 80% attendance. Tomas (11) comes in "
  "wearing dirty uniform and has been taking food from other children's "
  "lunchboxes. Mum (Kerry) admits she has been using again, although she is still "
  "collecting her methadone script from Castleton Recovery.",
  ["EDU-ATT", "SAFE-NEG", "SUB"])
B("E007", "assessment", "red",
  "CSC referral 10 July after Ruby (2) was found alone in the flat by a neighbour. "
  "S47 completed, ICPC booked for 31 July.",
  ["SAFE-NEG"])
B("E007", "closure", "yellow",
  "N/A - see red box.",
  [],
  [("negated", "box says N/A - no codes")])
B("E007", "closure", "red",
  "All four children remain on CP plans (category: neglect). Case stepped up to "
  "CSC; early help closing.",
  ["SAFE-NEG"])

# E008 - Freya (9): separation, contact, worry
B("E008", "assessment", "blue",
  "Parents separated in the summer and do week-on, week-off care. Both say "
  "handovers are polite and they text each other about school things. Paternal "
  "grandparents do the after-school pick-ups.",
  ["REL-CONF"],
  [("rule", "blue box: a separation the parents are managing themselves is 'now managing' = REL-CONF present")])
B("E008", "assessment", "yellow",
  "Since the separation Freya (9) wakes most nights and gets tummy aches every "
  "Sunday before going to Dad's; she cries at handover and says she worries about "
  "both of them. Mum and Dad disagree about whether she should have to go.",
  ["MH-CHILD", "PH", "REL-CONF"],
  [("rule", "sleep problem at school age is PH (conv 9)")])
B("E008", "closure", "blue",
  "After Family Mediation in February the parents agreed a written contact rota "
  "and both say they stick to it. Freya goes to Dad's happily now.",
  ["REL-CONF"],
  [("negated", "Freya happy - no child mental-health need stated in this text, no MH-CHILD")])
B("E008", "closure", "green",
  "The pastoral lead says Freya is settled in class, and the school nurse closed "
  "her sleep plan in March as she is now sleeping through.",
  [],
  [("historical", "sleep plan closed, sleeping through - PH over")])

# E009 - Precious; Daniel (7), Grace (5): DA
B("E009", "assessment", "orange",
  "Precious disclosed that her partner controls all the money, checks her phone "
  "and pushed her into a wall in October. Heard at MARAC on 30 Oct; IDVA "
  "allocated. He is still living at the address.",
  ["DA"],
  [("rule", "controlling the money is part of the abuse - DA, not FIN")])
B("E009", "assessment", "yellow",
  "Daniel (7) has started wetting the bed again most nights and is lashing out at "
  "his sister Grace (5) at home; Precious finds it hard to settle them both. School "
  "say his learning is on track.",
  ["PH", "REL-PAR"],
  [("rule", "bedwetting at school age is PH (conv 9)"),
   ("negated", "learning on track - no education code")])
B("E009", "closure", "yellow",
  "Precious and the children went into refuge in December and moved to a new "
  "tenancy in March; her ex-partner does not know the address. Precious goes to "
  "the Freedom Programme every Wednesday.",
  ["DA"],
  [("historical", "refuge then new tenancy - housing need over, no HOUS"),
   ("rule", "Freedom Programme ongoing codes DA (conv 4)")])

# E010 - Zain (3), overcrowding
B("E010", "assessment", "green",
  "Zain (3 and a half) is not at nursery; Dad didn't know about the 15 funded "
  "hours. HV is concerned about his speech - a handful of words, mostly Urdu.",
  ["EYD"])
B("E010", "assessment", "yellow",
  "Six of them in a two-bedroom flat, with the children sharing beds. Dad works "
  "50+ hours a week as a delivery driver; Mum looks after the children at home.",
  ["HOUS"],
  [("negated", "household is in work - no FIN"),
   ("lookalike", "Mum 'looks after the children' is not 'looked after' (s20)")])
B("E010", "closure", "blue",
  "Zain started at Sunflower Nursery in April for his 15 hours and Mum walks him "
  "there. The family are on the housing register in band B and Dad bids every week.",
  ["EYD", "HOUS"],
  [("rule", "blue box: nursery take-up and bidding for housing are 'now managing' = present")])

# ---------------------------------------------------------------------------
# Part 4: unboxed notes U001-U022
# ---------------------------------------------------------------------------

# F001 - Leanne, Mia (6), Alfie (4)
U("U001", "F001", "assessment", "2025-01-09", "yellow",
  "Phone call - Mrs Bianca Hurst (maternal gran) worried about her daughter Leanne. "
  "Says Leanne has been drinking heavily since Christmas, and on Thursday gran found "
  "Mia (6) and Alfie (4) alone in the house at 8pm with no tea made. Gran has the "
  "children at hers for the weekend. Told her to ring the police if she finds them "
  "alone again. Passed to duty EHW for a home visit Monday.",
  ["SUB", "SAFE-NEG"],
  [("level", "police only hypothetical ('if she finds them alone again') - level from the EHW = yellow")])
U("U002", "F001", "assessment", "2025-01-13", "yellow",
  "Home visit - Leanne in, house tidy and food in the cupboards. She accepts she has "
  "'let things slide' and is drinking three or four bottles of wine a week; agreed "
  "to a referral to Harrowfield Drug & Alcohol Service. Alfie's nursery say he has "
  "arrived hungry twice this month. No DA; ex-partner has no contact.",
  ["SUB", "SAFE-NEG"],
  [("negated", "'No DA'"),
   ("negated", "food in the cupboards, but a hungry child is still SAFE-NEG (conv 10)")])
U("U003", "F001", "closure", "2025-05-30", "blue",
  "Closing note. Leanne finished her six sessions with the alcohol service in March "
  "and says she has not had a drink since. The children have been back home with "
  "her full time since February. Mia's attendance dipped to 88% in the autumn but "
  "is now 97%. Nothing more for early help - Leanne knows she can self-refer.",
  [],
  [("historical", "drinking stopped, service finished - no SUB"),
   ("historical", "attendance dip is over - no EDU-ATT"),
   ("level", "alcohol service is a past cue; only self-referral info remains")])

# F002 - Reece (15): exploitation
U("U004", "F002", "assessment", "2025-02-14", "red",
  "Email from DSL, Kingsmead High: Reece (15) was reported missing overnight Tues "
  "into Wed and police found him in a flat in Dunmore with two adult men and about "
  "£400 in cash. School think he is being groomed by an older group. Strategy "
  "meeting held today and s47 enquiries will go ahead. EH to hold until CSC outcome.",
  ["SAFE-EXP"],
  [("rule", "police finding a missing child is safeguarding, not CRIME (conv 7)")])
U("U005", "F002", "assessment", "2025-03-20", "orange",
  "CSC outcome: s47 concluded, not progressing to ICPC; stepped down to early help "
  "with a TAF. Since then Reece has been arrested once (12 March, possession with "
  "intent to supply - police think he was holding for the Dunmore group) and has a "
  "YOS worker. Mum (Dionne) says he is 'out of control' at home and he smashed the "
  "bathroom door last week.",
  ["CRIME", "SAFE-EXP", "REL-PAR"],
  [("level", "s47 concluded and ICPC negated - not red; TAF/arrest/YOS give orange"),
   ("rule", "drugs held for an exploiting group: SAFE-EXP + CRIME, not SUB (conv 12)")])
U("U006", "F002", "closure", "2025-09-12", "orange",
  "TAF review. Reece is on a referral order until January 2026. No missing episodes "
  "since April. He has started a construction course at Brackenmoor College. Dionne "
  "and Reece go to the Monday evening parenting group together.",
  ["CRIME", "REL-PAR"],
  [("historical", "'No missing episodes since April' - no SAFE-EXP"),
   ("rule", "ongoing parenting group codes REL-PAR (conv 4)")])

# F003 - Oscar (2y9m)
U("U007", "F003", "assessment", "2025-03-03", "yellow",
  "Referral from HV Carys Penhaligon: Oscar (2y 9m) has only a few single words and "
  "is not yet pointing or copying gestures. HV asking for Portage. Parents both "
  "work and are coping well; no concerns about home conditions.",
  ["EYD"],
  [("negated", "'no concerns about home conditions' - no SAFE-NEG"),
   ("level", "Portage is one extra service = yellow, above the HV's green")])
U("U008", "F003", "closure", "2025-11-17", "yellow",
  "Portage have visited weekly since May. Oscar now has about 50 words and uses "
  "Makaton signs; he starts at Seaview Nursery in January. Parents very positive "
  "about the support.",
  ["EYD"],
  [("rule", "ongoing Portage keeps EYD present even though progress is good")])

# F004 - Sophie, Lily (8), Jack (5): DA
U("U009", "F004", "assessment", "2025-04-22", "orange",
  "Duty call from PC Amari Wood: response officers attended 14 Larch Close at 02:10 "
  "- Sophie Trent assaulted by her partner Jamie Cole, who was arrested at the "
  "scene. Lily (8) and Jack (5) asleep upstairs. DASH high risk, MARAC referral "
  "done. Sophie has PTSD from an earlier relationship and says she is 'barely "
  "holding it together'.",
  ["DA", "MH-ADULT"],
  [("rule", "partner's assault and arrest are DA only, not CRIME (conv 7)"),
   ("historical", "the earlier relationship is past but the PTSD is current")])
U("U010", "F004", "assessment", "2025-05-06", "orange",
  "MARAC 1 May actions: IDVA to help Sophie apply for a non-molestation order; "
  "housing to fit extra locks. Jamie on bail, not to contact her. Sophie has seen "
  "her GP, started medication for anxiety and been referred to Talking Therapies. "
  "Class teacher says Lily has been withdrawn and tearful since April.",
  ["DA", "MH-ADULT", "MH-CHILD"])
U("U011", "F004", "closure", "2025-12-01", "green",
  "Phone review with Sophie. Non-molestation order granted until June 2026, no "
  "breaches. She finished Talking Therapies in October, is off her medication and "
  "says she feels much stronger. Lily sees the school ELSA once a week. Happy for "
  "us to close; she has the DA helpline numbers.",
  ["DA", "MH-CHILD"],
  [("historical", "Talking Therapies finished, off medication - no MH-ADULT"),
   ("level", "past Talking Therapies is not a current yellow cue; school ELSA = green"),
   ("rule", "a non-molestation order still in force keeps DA present")])

# F005 - Harvey (8): exclusion, SEND
U("U012", "F005", "assessment", "2025-01-28", "green",
  "Notes of meeting at Oakfield Primary (SENCO Idris Jenkins, class teacher, Mum - "
  "Natalie Price), copied to the hub for information. Harvey (8) has had three "
  "suspensions this school year for hitting staff. He is on the ADHD pathway and "
  "school are applying for an EHC needs assessment. Natalie says he is no trouble "
  "at home. School to trial a shortened lunchtime with a TA.",
  ["EDU-EXC", "EDU-SEND"],
  [("negated", "'no trouble at home' - no REL-PAR"),
   ("level", "school and SENCO only = green")])
U("U013", "F005", "assessment", "2025-03-11", "yellow",
  "Email from Oakfield: Harvey permanently excluded on 10 March after a thrown "
  "chair hit a TA. Natalie asked about a managed move instead, but the LA inclusion "
  "officer confirmed the exclusion stands. Harvey starts at the Pupil Referral Unit "
  "next week. Natalie says her depression has come back and she has restarted her "
  "antidepressants. EHW allocated today.",
  ["EDU-EXC", "MH-ADULT"],
  [("level", "managed move asked for but refused - not an orange cue; EHW = yellow")])
U("U014", "F005", "closure", "2025-10-02", "green",
  "Closure: Harvey's EHCP was finalised in July naming Fernlea School, and he "
  "started there in September with no incidents so far. Natalie did the Incredible "
  "Years course in the spring. Closing to EH; Natalie says she will contact the hub "
  "if things at home start to slip.",
  ["EDU-SEND"],
  [("negated", "'no incidents so far' - no EDU-EXC"),
   ("hypothetical", "home only 'if things start to slip' - no REL-PAR"),
   ("level", "parenting course is past - not a current yellow cue")])

# F006 - Gemma, Ruby (14): young carer, bipolar, money
U("U015", "F006", "assessment", "2025-02-03", "yellow",
  "Message from Ruby (14) through the school app: 'mum hasn't got up for 3 days "
  "again, I'm doing the little ones breakfast and taking them to school'. Rang "
  "pastoral: Ruby's attendance is 84% and she is often late. Mum (Gemma) has bipolar "
  "disorder and is under the community mental health team. Referral made to "
  "Castleton Young Carers.",
  ["CARER", "EDU-ATT", "MH-ADULT"])
U("U016", "F006", "assessment", "2025-02-20", "yellow",
  "Home visit: electric meter on emergency credit and the family have been using the "
  "Castleton food bank since Christmas. Gemma's PIP stopped after a reassessment and "
  "she is appealing. Citizens Advice appointment 27 Feb. Food in the cupboards and "
  "the children looked well cared for.",
  ["FIN"],
  [("negated", "food in, children cared for - no SAFE-NEG"),
   ("rule", "PIP problem is FIN but does not imply PH (conv 5)")])
U("U017", "F006", "closure", "2025-07-18", "yellow",
  "Gemma's PIP was reinstated on appeal with back pay and the electric debt has been "
  "cleared. Ruby goes to the young carers group on Thursdays; she still helps with "
  "the twins in the mornings, but Mum is up most days. The psychiatrist increased "
  "Gemma's lithium in May.",
  ["CARER", "MH-ADULT"],
  [("historical", "PIP reinstated, debt cleared - no FIN")])

# F007 - Tariq Hussain: possession, arrears
U("U018", "F007", "assessment", "2025-06-09", "orange",
  "Drop-in at Wyvern Hill library hub: Mr Tariq Hussain brought a possession notice "
  "from his private landlord; court hearing 30 June. Three children. Rent arrears of "
  "£2,300 since he lost his warehouse job in March. Referred to Housing Options and "
  "booked with the Citizens Advice debt adviser.",
  ["HOUS", "FIN"])
U("U019", "F007", "closure", "2025-11-24", "yellow",
  "Family went into temporary accommodation (two rooms at Harbour House) in August "
  "after the possession order and are on the housing register. Tariq is working "
  "again at a supermarket and has a repayment plan for the old arrears. Imran (12) "
  "has a 50-minute journey to school and is late most days; EHW helping with a bus "
  "pass application.",
  ["HOUS", "FIN", "EDU-ATT"],
  [("level", "possession order is past; TA is not in the orange cue list - EHW gives yellow"),
   ("rule", "back in work, but arrears still being repaid = FIN present")])

# F008 - Poppy (13): self-harm, online bullying
U("U020", "F008", "assessment", "2025-09-29", "orange",
  "Call from Mum (Kerry-Ann Walsh): Poppy (13) has been cutting her thighs, and Mum "
  "found messages from girls in her year telling her to kill herself. School are "
  "aware. She was seen at A&E on Saturday and the GP has referred her to CAMHS as "
  "urgent.",
  ["MH-CHILD", "SAFE-EXP"],
  [("outside", "the girls sending messages are outside the household; the bullying of Poppy is SAFE-EXP")])
U("U021", "F008", "assessment", "2025-10-14", "yellow",
  "CAMHS phoned: Poppy assessed 10 Oct, did not meet the threshold for ongoing work "
  "and has been discharged with a safety plan and a Kooth login. The school "
  "counsellor will see her weekly. Poppy has refused school on 9 days since the "
  "start of October. EHW allocated to work with Mum on the return to school.",
  ["MH-CHILD", "EDU-ATT"],
  [("level", "CAMHS discharged - not a current orange cue; EHW = yellow")])
U("U022", "F008", "closure", "2026-02-16", "green",
  "Poppy has been in school full time since December after a phased return. School "
  "moved the girls involved into another form and the messages have stopped. She "
  "still sees the school counsellor every fortnight and helped run the Children in "
  "Need bake sale in November. Closing.",
  ["MH-CHILD"],
  [("lookalike", "'Children in Need' bake sale is not a child in need (s17) plan"),
   ("historical", "messages stopped - no SAFE-EXP; full-time attendance - no EDU-ATT")])

# ---------------------------------------------------------------------------
# Part 5: unboxed notes U023-U045
# ---------------------------------------------------------------------------

# F009 - Craig, Jasper (5)
U("U023", "F009", "assessment", "2025-05-12", "blue",
  "Web enquiry from Dad (Craig): Jasper (5) takes two hours to settle at night and "
  "ends up in their bed every night, though he slept fine when his nan looked after "
  "him at half term. Sent the hub sleep leaflet and a link to the Sleep Charity; "
  "Craig will try the routine and get back to us if there's no change.",
  ["PH"],
  [("lookalike", "nan 'looked after him' is not looked after (s20) - no red cue"),
   ("rule", "sleep problem at school age is PH (conv 9); information only = blue")])
U("U024", "F009", "assessment", "2025-06-23", "blue",
  "Craig rang back for information: his partner Lauren is 34 weeks pregnant and a "
  "bit nervous about coping with a newborn and a five-year-old. Gave details of the "
  "Bump & Baby group at Harrowfield family centre; they'll go along themselves.",
  [],
  [("lookalike", "'a bit nervous' about a new baby is not a mental-health need - no MH-ADULT")])

# F010 - Tyler (16): ASB, NEET, cannabis
U("U025", "F010", "assessment", "2025-08-04", "orange",
  "PPN from police: Tyler (16) arrested 1 August with two friends for criminal "
  "damage at the bus station; given a youth caution. He left school in July with no "
  "college place or job lined up. Mum (Stacey) says he stays in bed until the "
  "afternoon, is out until 3am and won't listen to her.",
  ["CRIME", "EDU-NEET", "REL-PAR"],
  [("outside", "the two friends are not coded"),
   ("rule", "16+ with no place is EDU-NEET only, no FIN (conv 11)")])
U("U026", "F010", "assessment", "2025-08-19", "orange",
  "Call with Gareth Lloyd (YOS) about Tyler's caution programme: six sessions, Tyler "
  "engaging. Gareth thinks he smokes cannabis daily; Tyler says only at weekends. "
  "Referral made to the Castleton Youth Substance Team. Tyler's older brother Dean "
  "(20, lives in Bristol) was recently jailed for supply and Stacey is upset about it.",
  ["CRIME", "SUB"],
  [("outside", "brother Dean lives elsewhere - his offence is not coded")])
U("U027", "F010", "closure", "2026-01-26", "yellow",
  "Tyler finished the YOS caution programme in October with no further police "
  "contact. Since November he has been on a traineeship with Castle Builders four "
  "days a week. He still uses cannabis at weekends and sees the youth substance "
  "worker every two weeks. Stacey says home is calmer.",
  ["SUB"],
  [("historical", "YOS programme finished, no police contact - no CRIME, and not an orange cue"),
   ("historical", "in a traineeship - no EDU-NEET")])

# F011 - Abigail, Louie (7)
U("U028", "F011", "assessment", "2025-04-14", "green",
  "Transfer-in note: family moved from Norfolk in March. The children were on CP "
  "plans there in 2022-23 for neglect; plans ended August 2023. Now: Mum (Abigail) "
  "and three children in a 3-bed council house, home clean, children settled at "
  "Wyvern Primary. Abigail wants help because Louie's (7) eczema is flaring badly "
  "and she is £340 behind on the water bill. Advised to see the GP and signposted to "
  "the water company's hardship scheme.",
  ["PH", "FIN"],
  [("historical", "CP plans for neglect ended 2023 - no SAFE-NEG and not a red cue"),
   ("level", "GP advice is the highest current cue = green")])
U("U029", "F011", "closure", "2025-09-01", "green",
  "Abigail is on a payment plan with Wyvern Water after the hardship scheme took "
  "£200 off the balance. The GP has Louie on steroid creams and wet wraps and "
  "reviews him every six weeks. No further EH input needed.",
  ["FIN", "PH"])

# F012 - Chloe (4): neglect, rehab, care proceedings
U("U030", "F012", "assessment", "2025-03-17", "red",
  "Strategy discussion 14 March after Chloe (4) arrived at nursery hungry again, in "
  "the same clothes for the fifth day, with untreated head lice. S47 under way; "
  "Chloe and her brother are staying with their maternal aunt under a section 20 "
  "agreement meanwhile. EH referral on hold.",
  ["SAFE-NEG"])
U("U031", "F012", "closure", "2025-10-06", "red",
  "Update for the file: PLO did not bring enough change and the LA has issued care "
  "proceedings; the children are with their paternal grandparents under an interim "
  "care order. Mum (Danielle) has been in residential rehab for heroin and crack "
  "cocaine use since August. EH closed - case held by CSC.",
  ["SUB"])

# F013 - Karolina Nowak, Marek (7), Zofia
U("U032", "F013", "assessment", "2025-05-19", "orange",
  "TAF meeting 16 May (school, HV, EHW and Mum - Karolina Nowak; Dad declined to "
  "come). Concerns: Marek (7) late three mornings in five; Zofia (9 months) has "
  "dropped below the 2nd centile for weight; Karolina isolated with little English. "
  "No DA disclosed. Plan: EHW weekly on morning routines and the school run, HV "
  "fortnightly weigh-ins, school daily check-in for Marek.",
  ["EDU-ATT", "PH", "REL-PAR"],
  [("negated", "'No DA disclosed'")])
U("U033", "F013", "closure", "2025-12-08", "orange",
  "Final TAF review. Marek has only been late twice this half term. Zofia is on the "
  "9th centile and the HV has stepped down to routine reviews. Karolina goes to ESOL "
  "at Castleton Adult Learning. Dad moved out in October; they argue over money for "
  "the children and Karolina has used the food bank twice since.",
  ["REL-CONF", "FIN"],
  [("historical", "lateness and weight now resolved - no EDU-ATT, no PH")])

# F014 - Aaliyah (17), Zak (11)
U("U034", "F014", "assessment", "2025-10-13", "yellow",
  "Referral from Harrowfield College: Aaliyah (17) has not attended since "
  "mid-September. She told her tutor she stays home to look after her brother Zak "
  "(11), who has cerebral palsy, while Mum is at work. College will keep her on roll "
  "until half term. Referred to Harrowfield Young Carers today.",
  ["EDU-NEET", "CARER", "PH"],
  [("rule", "17-year-old dropping out of college is EDU-NEET (at risk), not EDU-ATT"),
   ("rule", "Zak is in the household - his disability is PH")])
U("U035", "F014", "closure", "2026-03-30", "yellow",
  "Aaliyah re-enrolled in January on a part-time childcare course and her young "
  "carers worker sees her every fortnight. She says she feels less 'stuck'.",
  ["CARER"],
  [("historical", "back in college - no EDU-NEET")])

# F015 - Leo Marsh (2)
U("U036", "F015", "assessment", "2025-07-07", "green",
  "HV contact: Leo Marsh's 27-month review - not toilet trained and using about 15 "
  "words. HV went through a toileting strategy and language games with the parents "
  "and will review in three months; they have applied for a funded two-year-old "
  "nursery place. Both parents working, no other concerns.",
  ["EYD"],
  [("lookalike", "'toileting strategy' is not a strategy meeting")])
U("U037", "F015", "assessment", "2025-11-03", "green",
  "Update from Tiny Steps nursery: Leo has settled for 15 hours a week. Speech coming "
  "on - he now puts two words together - but he is still in nappies and his parents "
  "have asked his keyworker for a toileting plan. Leo's nan (Pat Marsh) had a "
  "cardiac arrest in October and is recovering at home in Devon.",
  ["EYD"],
  [("lookalike", "'cardiac arrest' is not an arrest - no orange cue"),
   ("outside", "nan lives in Devon - her health is not PH")])

# F016 - Stephen Ward, Ollie (11), Sam (9)
U("U038", "F016", "assessment", "2025-01-20", "red",
  "Child in need (s17) plan review 17 Jan: Dad (Stephen Ward) is on methadone "
  "through Brackenmoor Recovery; last positive test for cocaine was in November. Mum "
  "left the family home in 2023; there was DV between the parents in 2019-20 and "
  "there has been no contact since. Ollie (11) and Sam (9) want to stay with Dad.",
  ["SUB"],
  [("historical", "DV 2019-20 with no contact since - no DA"),
   ("historical", "separation in 2023, no current conflict - no REL-CONF")])
U("U039", "F016", "closure", "2025-08-11", "yellow",
  "CIN plan ended 30 July and the case stepped down to us. Stephen is reducing his "
  "methadone and has tested clear since March. Ollie has started staying out late "
  "and won't say where he's been, and Stephen found vapes in his bag; Stephen is "
  "asking for help with boundaries. EHW allocated.",
  ["SUB", "REL-PAR"],
  [("level", "CIN plan ended - not a red cue; EHW = yellow"),
   ("lookalike", "vapes are not SUB (conv 12)"),
   ("rule", "methadone still prescribed keeps SUB present (conv 4)")])

# F017 - Joanne Dray
U("U040", "F017", "assessment", "2025-09-15", "blue",
  "Phone call: Mrs Joanne Dray asked about help with school uniform costs - her "
  "hours at the bakery were cut and she is £180 behind on council tax. Gave details "
  "of the St Peter's uniform swap and the council tax hardship form; she will apply "
  "herself. Her rent is up to date, though she thinks she might fall behind if her "
  "hours are cut again.",
  ["FIN"],
  [("hypothetical", "rent only at risk 'if her hours are cut again' - no HOUS")])

# F018 - Isla (15), Finn (11), Kirsty
U("U041", "F018", "assessment", "2025-02-24", "orange",
  "Email from school nurse: Isla (15) has lost a lot of weight since the autumn; the "
  "GP has referred her to the CAMHS eating disorders team, first appointment 6 March. "
  "Mum (Kirsty) says Isla skips lunch and exercises late into the night. Dad works "
  "away offshore.",
  ["MH-CHILD", "PH"],
  [("rule", "Dad working away is not FIN")])
U("U042", "F018", "assessment", "2025-06-30", "orange",
  "Isla is seen weekly by the CAMHS eating disorders team and is slowly gaining "
  "weight. Kirsty is signed off work with stress and her GP has started her on "
  "sertraline. Finn (11) has missed days when Kirsty takes Isla to appointments and "
  "is at 89% attendance.",
  ["MH-CHILD", "PH", "MH-ADULT", "EDU-ATT"])

# F019 - Hayley Stokes, Dan: gambling
U("U043", "F019", "assessment", "2025-03-10", "yellow",
  "Mum (Hayley Stokes) rang in tears: her partner Dan has run up about £6,000 on "
  "betting apps and credit cards, and two months' rent hasn't been paid. The housing "
  "association has written asking her to get in touch - it isn't a notice. They "
  "argue every night, but she says he has never been violent or controlling. Booked "
  "her into Citizens Advice and gave her the GamCare helpline.",
  ["FIN", "REL-CONF"],
  [("rule", "gambling debts are FIN, not SUB (conv 10)"),
   ("negated", "never violent or controlling - no DA"),
   ("level", "HA letter is expressly not a notice - no HOUS and no orange cue; CA = yellow"),
   ("lookalike", "'in tears' is not a mental-health need")])
U("U044", "F019", "closure", "2025-07-21", "blue",
  "Hayley and Dan have separated and Dan is staying at his brother's. They have "
  "agreed between themselves that he has Mason (6) and Ruby (3) every Saturday. Dan "
  "has self-excluded from the betting sites and is paying off his own credit cards. "
  "Hayley has her own UC claim now.",
  ["REL-CONF"],
  [("outside", "Dan now lives elsewhere - his debts are not the household's FIN"),
   ("lookalike", "'self-excluded' from betting sites is not a school exclusion"),
   ("rule", "UC named with no money problem is not FIN (conv 5)")])

# F020 - Kacper (9)
U("U045", "F020", "assessment", "2025-11-10", "green",
  "Attendance officer email: Kacper (9) is at 86% this term, missing odd Mondays and "
  "Fridays. Parents say he's had tummy aches, but the GP found nothing physically "
  "wrong. Dad is a serving police officer on shifts. School inviting parents in for "
  "a meeting and say a penalty notice would only be considered if it fell below 80%.",
  ["EDU-ATT"],
  [("negated", "GP found nothing physically wrong - no PH"),
   ("lookalike", "Dad being a police officer is not a police call-out"),
   ("hypothetical", "'penalty notice' only if attendance falls further - and not an eviction notice"),
   ("rule", "shift work is not FIN (conv 5)")])

# ---------------------------------------------------------------------------
# Part 6: unboxed notes U046-U065
# ---------------------------------------------------------------------------

U("U046", "E002", "assessment", "2025-05-02", "orange",
  "Call from Brackenmoor Academy DSL: police went to Kai's home last night after "
  "Lorraine reported him missing; he was found at 1am near the Fenwick estate. He "
  "has been coming home with new trainers and two phones she didn't buy. School have "
  "made a referral to children's social care.",
  ["SAFE-EXP"],
  [("rule", "police finding a missing child is not CRIME (conv 7)"),
   ("level", "a referral to CSC is not in the red cue list (no s47/strategy/plan yet) - police call-out gives orange")])
U("U047", "E003", "assessment", "2025-03-04", "orange",
  "Phone call with Farida: the section 21 runs out at the end of the month and she "
  "is frightened of being homeless with the children; Housing Options appointment on "
  "6 March. Aisha's inhaler ran out last week and Farida couldn't afford the bus "
  "fare to the pharmacy until payday.",
  ["HOUS", "FIN", "PH"])
U("U048", "E004", "assessment", "2025-06-20", "yellow",
  "Lewis phoned the hub himself asking how long the wait is for Wyvern Recovery "
  "Service; he says he has kept to four cans a night this week. He also asked about "
  "free childcare for Noah (7 months) - explained the funded hours start later.",
  ["SUB"],
  [("negated", "childcare question is information, no early-years need - no EYD")])
U("U049", "E007", "assessment", "2025-07-09", "red",
  "Police welfare check at Kerry Benson's flat after a neighbour heard a toddler "
  "crying for hours: officers found Ruby (2) alone, and Kerry came back about 40 "
  "minutes later. Strategy meeting arranged for tomorrow.",
  ["SAFE-NEG"],
  [("rule", "police welfare check is safeguarding, not CRIME (conv 7)"),
   ("outside", "the neighbour only reports")])
U("U050", "E008", "assessment", "2026-01-19", "blue",
  "Email from Dad (Owen): he and Freya's mum can't agree on the Christmas and Easter "
  "arrangements and the messages are getting heated. Sent him details of Wyvern "
  "Family Mediation (first meeting free); he'll contact them himself. Owen says there "
  "are no safety worries, just stubbornness on both sides.",
  ["REL-CONF"],
  [("level", "mediation only signposted for Dad to act on - blue, not the yellow 'mediation' service"),
   ("negated", "'no safety worries' - no DA")])
U("U051", "E009", "assessment", "2025-10-27", "orange",
  "Call from the IDVA at Safer Harrowfield: Precious has agreed to be heard at MARAC "
  "on 30 October. High risk - her partner strangled her on 19 October; police were "
  "not called at the time. She wants the children to stay at Daniel's school if they "
  "have to move.",
  ["DA"],
  [("negated", "police not called - not a cue (MARAC is)"),
   ("hypothetical", "a move is only 'if they have to' - no HOUS")])
U("U052", "E010", "assessment", "2026-02-02", "green",
  "Health visitor email: Zain seen for his 3-year review with an interpreter - about "
  "ten words in Urdu, none yet in English, and not toilet trained. HV has given Dad "
  "the nursery funding form. His sister Hiba (14 months) has not had her 12-month "
  "immunisations.",
  ["EYD", "PH"])
U("U053", "E005", "assessment", "2025-10-20", "orange",
  "Call from Martin: Ellis had a bad weekend and said he didn't want to be here any "
  "more. Martin took him to A&E and he was seen by the crisis team; CAMHS have "
  "brought his appointment forward to this week.",
  ["MH-CHILD"])
U("U054", "E006", "assessment", "2025-06-16", "green",
  "Call from Mrs Amina Shah (SENCO, Brackenmoor Primary): Maya's ADHD medication "
  "review went well. She has been late on six mornings this half term because she's "
  "helping Mum get up; Rachel's MS relapsed in May.",
  ["EDU-SEND", "EDU-ATT", "CARER", "PH"],
  [("level", "SENCO is universal = green; no young carers service named in this note")])
U("U055", "F021", "assessment", "2025-12-15", "red",
  "ICPC 12 December: Kayden (10) and Skye (6) made subject to CP plans under "
  "emotional abuse because of ongoing domestic abuse by Mum's partner Ryan, who lives "
  "in the home. Ryan denies all of it. Skye's school say she has wet herself in class "
  "several times this term.",
  ["DA", "PH"],
  [("lookalike", "'Ryan denies all of it' is the alleged perpetrator's denial, not a negation of DA"),
   ("rule", "daytime wetting at school age is PH (conv 9)")])
U("U056", "F022", "assessment", "2026-03-09", "red",
  "PLO pre-proceedings letter sent to Mr and Mrs Kovacs on 5 March about home "
  "conditions and the children's repeated head lice and tooth decay; Bence (8) has "
  "had five teeth taken out. I will carry on the weekly home conditions sessions "
  "alongside the social worker.",
  ["SAFE-NEG", "PH"])
U("U057", "F022", "assessment", "2025-09-22", "yellow",
  "Joint home visit with family support worker: dog mess on the landing, no working "
  "cooker, and the children sleep on mattresses on the floor. Mr Kovacs says they "
  "are 'getting round to it'. Bence has toothache and hasn't seen a dentist since "
  "2022; appointment booked. EHW to visit weekly. If nothing has improved by "
  "Christmas a PLO letter will be considered.",
  ["SAFE-NEG", "PH"],
  [("hypothetical", "PLO only 'will be considered' if no change - not a red cue")])
U("U058", "F023", "assessment", "2025-04-28", "blue",
  "Mum (Sinead Foley) called the hub: Niamh (12) has been getting nasty messages in a "
  "class group chat since starting secondary. Went through reporting and blocking "
  "and emailed the online safety guide. Sinead will speak to the form tutor herself "
  "if it carries on. No other worries.",
  ["SAFE-EXP"],
  [("hypothetical", "school contact only 'if it carries on' - not a green cue"),
   ("outside", "the senders are other pupils; the bullying of Niamh is coded")])
U("U059", "F024", "assessment", "2026-05-18", "blue",
  "Walk-in at Brackenmoor family hub: Jordan (19) with his partner's baby, asking "
  "where to get cheap baby equipment and what help there is with energy bills - "
  "they are £90 behind since moving into a private flat. Gave the Brackenmoor Baby "
  "Bank address and the energy supplier's support scheme details; he'll sort it "
  "himself.",
  ["FIN"],
  [("negated", "moving into a private flat is not a housing problem - no HOUS")])
U("U060", "F020", "closure", "2026-01-12", "green",
  "School nurse drop-in: Kacper's attendance is up to 93% and the tummy aches "
  "stopped after the GP's advice. His sister Zuzanna (11) has put on a lot of weight "
  "this year and her BMI is above the 98th centile; the school nurse runs a weekly "
  "healthy-eating group she now attends.",
  ["PH"],
  [("historical", "Kacper's tummy aches stopped and attendance recovered - no EDU-ATT; PH is for Zuzanna")])
U("U061", "F025", "assessment", "2025-11-04", "orange",
  "Managed move agreed 3 November: Jacob (13) to move from Harbourside Academy to "
  "St Columba's after two suspensions for fighting. Jacob has dyslexia and is on SEN "
  "support; the new school's SENCO has his plan. Mum (Louise) says he's fine at home.",
  ["EDU-EXC", "EDU-SEND"],
  [("negated", "'fine at home' - no REL-PAR")])
U("U062", "F024", "assessment", "2026-06-01", "orange",
  "Jordan rang back: the letting agent has now served a section 8 notice over £1,400 "
  "of rent arrears. His partner Chelsea lost her job at the nail bar in April and UC "
  "doesn't cover the shortfall. Referred to Brackenmoor Citizens Advice and to "
  "Housing Options.",
  ["HOUS", "FIN"])
U("U063", "F026", "assessment", "2025-08-26", "blue",
  "Mum (Tracey Adebayo) rang asking what is out there for Chantelle (16), who left "
  "school in June and has no college place or job. Sent the Wyvern Youth Hub "
  "apprenticeship list and the college's late-enrolment dates; Mum will go through "
  "them with her this week.",
  ["EDU-NEET"],
  [("rule", "16+ with no place is EDU-NEET only, no FIN (conv 11)"),
   ("level", "school is mentioned only as past - information only = blue")])
U("U064", "F021", "assessment", "2026-01-26", "red",
  "Kayden (10) has had a two-day suspension for kicking a door and swearing at "
  "staff. His social worker will put it on the agenda for the next core group of "
  "his child protection plan.",
  ["EDU-EXC"])
U("U065", "F025", "assessment", "2025-12-01", "orange",
  "Police were called to the precinct on Saturday after Jacob and two friends threw "
  "stones at buses; Jacob was given an ASB warning and brought home. Louise has been "
  "asked to meet the neighbourhood policing team.",
  ["CRIME"],
  [("outside", "the friends are not coded")])

# ---------------------------------------------------------------------------
# Part 7: write the files
# ---------------------------------------------------------------------------

CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ("blue", "green", "yellow", "orange", "red")


def main():
    ids = [n["id"] for n in NARR]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    for n in NARR:
        assert n["glevel"] in LEVELS, n["id"]
        assert len(n["gold"]) == len(set(n["gold"])), n["id"]
        for c in n["gold"]:
            assert c in CODES, (n["id"], c)
        if n["level"]:
            assert n["glevel"] == n["level"], n["id"]

    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date",
                    "level", "locality", "narrative"])
        for n in NARR:
            w.writerow([n["id"], n["triage"], n["case"], n["stage"], n["date"],
                        n["level"], n["loc"], n["text"]])

    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for n in NARR:
            for c in n["gold"]:
                w.writerow([n["id"], c, n["glevel"]])

    out = []
    for n in NARR:
        out.append({
            "narrative_id": n["id"],
            "boxed": bool(n["level"]),
            "gold_level": n["glevel"],
            "gold_codes": n["gold"],
            "traps": [{"type": t, "note": s} for t, s in n["traps"]],
        })
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8",
              newline="\n") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")

    boxed = sum(1 for n in NARR if n["level"])
    print("narratives %d (boxed %d, unboxed %d), gold rows %d"
          % (len(NARR), boxed, len(NARR) - boxed,
             sum(len(n["gold"]) for n in NARR)))


if __name__ == "__main__":
    main()
