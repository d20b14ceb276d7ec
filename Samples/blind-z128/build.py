#!/usr/bin/env python3
"""Build the Z-series blind gold set (theme: teenage and young parents, 16-21).

Standard library only. Every narrative is written here once, together with its
gold codes (present issues only) and, for the tricky ones, trap notes.
Writes narratives.csv, gold.csv and traps.json next to this file.

Each case: (case_id, locality, assessment_date, closure_date, [items])
Each item: N(stage, box, text, codes, traps, note_level)
  stage      "A" or "C"
  box        blue/green/yellow/orange/red, or "note" for an unboxed note
  codes      the PRESENT codes (gold); a boxed narrative's codes take the box level
  traps      list of (type, code, note)
  note_level for unboxed notes only: the single highest level cue in the text
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))


def N(stage, box, text, codes, traps=(), note_level=None):
    return dict(stage=stage, box=box, text=text, codes=list(codes),
                traps=[dict(type=t, code=c, note=n) for (t, c, n) in traps],
                note_level=note_level)


CASES = []


def case(cid, loc, a_date, c_date, items):
    CASES.append(dict(case=cid, loc=loc, a=a_date, c=c_date, items=items))


# ---------------------------------------------------------------- Z001
case("Z001", "Carrowfield", "2025-04-14", "2025-09-22", [
    N("A", "green",
      "HV (Amira) saw Lexi (5 months) for the 4 month contact. Weight has dropped from the 50th to the 9th "
      "centile since her 8 wk check; GP review booked for 17/04 and Keeley asked to keep a feed diary. Lexi "
      "also missed her 12 wk imms, rebooked.",
      ["PH"]),
    N("A", "yellow",
      "Keeley (17) left Carrowfield College in Jan when Lexi was born and hasnt been back - not in any "
      "education, training or work at the moment, says she wants to do hair and beauty from Sept. EHW to help "
      "with the Care to Learn form and introduce her to the college's young parent adviser. A lot of arguing at "
      "home between Keeley and her mum Dawn: Dawn says K is out with mates 3-4 nights a week and leaves Lexi "
      "with her, K says Dawn treats her like a kid and picks holes in how she feeds Lexi.",
      ["EDU-NEET", "REL-PAR"],
      [("convention", "REL-PAR", "Rows are between Dawn (parent) and Keeley (her child, 17): parent-child "
        "arguments are REL-PAR, not REL-CONF (conv 8)."),
       ("not-coded", "FIN", "Keeley's own NEET status is EDU-NEET only; no money problem described (conv 11).")]),
    N("C", "blue",
      "Keeley starts Level 2 hairdressing at Carrowfield College on 8th Sept and Care to Learn is approved for "
      "Lexi's nursery place. Her and Dawn drew up a babysitting agreement with the EHW (Dawn has Lexi Tues and "
      "Sat nights) and both say the rows are a lot less since they've stuck to it.",
      ["REL-PAR"],
      [("partial", "REL-PAR", "Rows 'a lot less', not ended: now managing in a blue box counts (conv 3)."),
       ("not-coded", "EDU-NEET", "Starting college: need resolved, good news only (conv 3)."),
       ("not-coded", "EYD", "Nursery place for childcare is good news with no early-years need stated (conv 3).")]),
])

# ---------------------------------------------------------------- Z002
case("Z002", "Linnet Bay", "2025-05-06", "2025-10-15", [
    N("A", "green",
      "Mason (14m) had his 1 year review with the HV, no concerns with his development - cruising round the "
      "furniture and babbling lots. Tia (18) has finally registered with a GP in Linnet Bay and has an appt "
      "13/05 about her anxiety, she says she gets panicky and shaky if she has to take Mason to the shops on "
      "her own.",
      ["MH-ADULT"],
      [("negated", "EYD", "'no concerns with his development'."),
       ("convention", "MH-ADULT", "Tia is the parent (18) seen by adult/GP services: MH-ADULT, not MH-CHILD.")]),
    N("A", "yellow",
      "Family rent a 1 bed flat above the chippy on Quay St. Black mould on the bedroom wall by Mason's cot and "
      "the landlord hasn't answered Tia's texts since Feb. Connor (19) works shifts at Dunn's warehouse so there "
      "is a wage coming in, but they owe £320 on the electric from the winter and are on emergency credit most "
      "weeks. Mason has had 3 chest infections since Nov, GP has given him an inhaler. EHW to help with a letter "
      "to the landlord and refer to Linnet Bay Citizens Advice re the energy debt.",
      ["HOUS", "FIN", "PH"],
      [("convention", "FIN", "Shift work is not FIN (conv 5); FIN comes from the £320 energy debt.")]),
    N("C", "blue",
      "Tia still gets anxious in busy places but uses the breathing techniques she learnt at Talking Therapies, "
      "and now takes Mason to Busy Bees on Thursdays on her own. The electric debt is on a plan, £10 a week comes "
      "off the meter.",
      ["MH-ADULT", "FIN"],
      [("partial", "MH-ADULT", "Still anxious, now managing: present in a blue box (conv 3)."),
       ("partial", "FIN", "Paying off the debt: now managing (conv 3).")]),
])

# ---------------------------------------------------------------- Z003
case("Z003", "Hollins Moor", "2025-06-02", "2026-01-19", [
    N("A", "yellow",
      "Precious (16) has been in supported lodgings with her host Mrs Oduya since March. She's in Y11 at "
      "Moorside Academy but on a reduced timetable (mornings only) since Nia was born in Feb, Mrs O minds Nia "
      "while she's in school. P wants to sit her GCSEs but missed a lot of the spring term. Her leaving care PA "
      "(Sam) and EHW doing joint visits.",
      ["EDU-ATT"],
      [("not-coded", "HOUS", "Supported lodgings with no housing problem described is not HOUS (README judgement 4)."),
       ("convention", "EDU-ATT", "Reduced timetable = part-time timetable (EDU-ATT).")]),
    N("A", "orange",
      "Precious is open to Hollins Moor CAMHS (Rhiannon) for self harm - cutting to her thighs, last time approx "
      "3 wks ago. Nia's father Jordan is 20; the relationship started when P was 15 and there are CSE concerns "
      "which police are aware of. He isn't allowed at the lodgings but P has been meeting him in town, and on "
      "24/05 she went missing overnight with Nia - police found them at his flat at 3am.",
      ["MH-CHILD", "SAFE-EXP"],
      [("convention", "MH-CHILD", "Young parent aged 16 open to CAMHS: service implies MH-CHILD (conv 4)."),
       ("outside", "CRIME", "Jordan's offending is outside the household (conv 6); the effect on P is SAFE-EXP."),
       ("not-coded", "CRIME", "Police finding a missing child is safeguarding, not CRIME (conv 7).")]),
    N("C", "orange",
      "CAMHS still seeing P every 2 weeks, she reports no self harm since October. No further missing episodes "
      "since May and P says she finished with Jordan over the summer and has blocked him on everything.",
      ["MH-CHILD"],
      [("historical", "SAFE-EXP", "'No further missing episodes since May', relationship ended: over (conv 3)."),
       ("convention", "MH-CHILD", "Self-harm stopped but CAMHS ongoing: ongoing service codes the area (conv 4).")]),
    N("C", "note",
      "Email from Rhiannon (CAMHS) - Precious came to her appointment on 12/01 and brought Nia, engaged well. "
      "Next appt 26/01.",
      ["MH-CHILD"],
      [("convention", "MH-CHILD", "Unboxed: CAMHS is an orange cue, so MH-CHILD at orange (conv 2, conv 4).")],
      note_level="orange"),
])

# ---------------------------------------------------------------- Z004
case("Z004", "Westerby", "2025-04-28", "2025-11-03", [
    N("A", "yellow",
      "Reece (18), dad and sole carer for Alfie (2). - UC sanctioned twice since Jan for missing work coach appts "
      "(says he had no one to have Alfie); getting nothing for 4 weeks, using the Westerby Pantry - left "
      "Westerby College in yr 1 of plumbing, not in work or training since - lives at his nan Maureen's (68). "
      "She has COPD and Reece does her inhalers and gets her up the stairs most nights",
      ["FIN", "EDU-NEET", "PH", "CARER"],
      [("convention", "EDU-NEET", "Reece is 18 and NEET: EDU-NEET (conv 11); FIN here comes from the sanction "
        "and food pantry, not from worklessness."),
       ("convention", "CARER", "A young person (18) caring for his nan is CARER; 'sole carer for Alfie' (his own "
        "child) would not be (conv 12)."),
       ("convention", "PH", "Nan's COPD: physical health of a household member.")]),
    N("A", "orange",
      "12/04 - Alfie's mum Chantelle (19) turned up at nan's shouting in the street that she wanted to see "
      "Alfie, neighbour rang the police, she'd gone before they arrived. There is no court order; Chantelle was "
      "seeing Alfie fortnightly at her own mum's but that has broken down since Easter. Reece says Chantelle uses "
      "ket. She does not live with them.",
      ["REL-CONF"],
      [("outside", "SUB", "Chantelle's ketamine use: she lives elsewhere (conv 6)."),
       ("outside", "CRIME", "Police called about a non-household adult; not CRIME (conv 6, 7)."),
       ("not-coded", "DA", "A contact dispute between separated parents; no abuse or control of Reece described.")]),
    N("C", "yellow",
      "Mediation at Westerby Family Mediation ongoing (2 of 4 sessions done); interim arrangement is Chantelle "
      "has Alfie Saturdays 10-4 at her mum's. Reece started a traineeship with Kingfisher Training in Oct, 3 days "
      "a week. UC back in payment since June.",
      ["REL-CONF"],
      [("convention", "REL-CONF", "Ongoing mediation codes the contact dispute (conv 4)."),
       ("historical", "EDU-NEET", "Now on a traineeship: no longer NEET."),
       ("historical", "FIN", "UC back in payment since June: the benefit problem is over (conv 3).")]),
])

# ---------------------------------------------------------------- Z005
case("Z005", "Carrowfield", "2025-05-19", "2025-12-01", [
    N("A", "yellow",
      "Jas (20) and Kai (18m) moved back into her mum Tracey's at Sorrel Way three weeks ago after leaving "
      "Liam's flat. Jas and Kai are sharing the box room; Tracey, her partner and Jas's two sisters (13 and 15) "
      "are there too, so 6 of them in a 3 bed. On the housing register, waiting to be banded.",
      ["HOUS"]),
    N("A", "orange",
      "Jas has disclosed coercive control throughout the 2 yrs with Liam (23): he kept her bank card and phone, "
      "tracked her location, stopped her seeing her friends. In March he strangled her, he was arrested and is on "
      "bail not to contact her. DASH 18, heard at MARAC 02/05, IDVA from Carrowfield Women's Aid allocated. Jas "
      "is low and tearful and the GP has started her on sertraline.",
      ["DA", "MH-ADULT"],
      [("convention", "CRIME", "Ex-partner's arrest for the assault on Jas is DA only, not CRIME (conv 7)."),
       ("not-coded", "FIN", "Control of the bank card is part of the abuse, no money problem: DA only.")]),
    N("C", "blue",
      "Jas finished the Freedom Programme in Oct and keeps in touch with the other women on the group chat. "
      "Non-mol order against Liam in place until Nov 2026, she knows to ring 999 if he turns up.",
      ["DA"],
      [("partial", "DA", "Programme finished, but a non-molestation order is in force and Jas holds a safety "
        "plan: now managing, present in a blue box (conv 3).")]),
])

# ---------------------------------------------------------------- Z006
case("Z006", "Linnet Bay", "2025-07-07", "2026-02-09", [
    N("A", "green",
      "Rosie was born at 36+2 and is now 7 wks, bottle fed and gaining well. Skye (17) scored 14 on the EPDS at "
      "the 6-8 week contact, says she cries most days and doesn't feel bonded with Rosie. HV has spoken to the GP "
      "re possible postnatal depression.",
      ["MH-ADULT"],
      [("convention", "MH-ADULT", "Postnatal depression of the mother (17) is MH-ADULT as listed in the code "
        "table; no children's MH service involved (README judgement 1)."),
       ("not-coded", "PH", "Born slightly early but 'gaining well': no need stated.")]),
    N("A", "yellow",
      "Skye and Rosie live with Skye's mum and dad, Carol and Steve. Steve drinks most nights (8-10 cans), gets "
      "loud, and Skye takes Rosie up to her room to keep out of his way. He's refused a referral to Compass drug "
      "and alcohol service. Rosie's dad Ethan (17) comes round every day after college - he lives with his own "
      "dad and is on a referral order with Linnet Bay YOS for criminal damage.",
      ["SUB"],
      [("outside", "CRIME", "Ethan does not live in the household; his referral order is not coded (conv 6)."),
       ("not-coded", "DA", "'Gets loud' with no abuse described is not DA.")]),
    N("C", "yellow",
      "Steve agreed to Compass in Nov, 4 wks alcohol free now and going to a SMART recovery group on Tuesdays. "
      "Carol says the house is a lot calmer.",
      ["SUB"],
      [("convention", "SUB", "Alcohol free for 4 weeks but still in treatment: ongoing service codes SUB (conv 4).")]),
])

# ---------------------------------------------------------------- Z007
case("Z007", "Hollins Moor", "2025-06-23", "2026-03-16", [
    N("A", "red",
      "Zayn (10m) is subject to a child protection plan under the category of neglect since ICPC 05/06/25. "
      "Concerns: dirty nappies and dog mess on the living room floor, bottles not sterilised, Zayn found in a "
      "soaked nappy on 3 visits, 2 missed appointments at the hip (DDH) clinic. SW Ola Brennan, core groups 4 "
      "weekly.",
      ["SAFE-NEG", "PH"]),
    N("A", "orange",
      "Aaliyah (19) has been served a notice seeking possession by Hollins Moor Homes - rent arrears £1,140, "
      "hearing 14/07. Her UC housing element was being paid to her rather than the landlord and she used it for "
      "other things. TAF set up with the housing officer, SW and EHW; managed payment requested.",
      ["HOUS", "FIN"]),
    N("A", "note",
      "Strategy meeting 28/05 re Zayn after a police welfare check - Aaliyah left him asleep alone in the flat "
      "while she went to the shop and a neighbour heard him crying for about 40 mins. Agreed to proceed to s47.",
      ["SAFE-NEG"],
      [("not-coded", "CRIME", "A police welfare check is safeguarding, not CRIME (conv 7)."),
       ("convention", "SAFE-NEG", "Unboxed: strategy meeting / s47 is the highest cue, red (conv 2).")],
      note_level="red"),
    N("C", "yellow",
      "Aaliyah still smoking weed at weekends - less than she was, she says - and keeps seeing her worker at the "
      "Young People's Drug Service. Possession claim adjourned on terms in July: rent now paid direct to Hollins "
      "Moor Homes plus £5 a week off the arrears. She grew up in foster care here and says she's never had anyone "
      "show her how to budget.",
      ["SUB", "HOUS", "FIN"],
      [("convention", "HOUS", "Claim adjourned on terms: the possession risk continues."),
       ("not-coded", "CARER", "'Foster care' is her own care history, not a young carer (conv 12).")]),
])

# ---------------------------------------------------------------- Z008
case("Z008", "Carrowfield", "2025-05-12", "2025-11-24", [
    N("A", "yellow",
      "Ruby (16) is 28 weeks pregnant, booked with the teenage pregnancy midwife and attending. Her mum Lisa has "
      "bipolar disorder and is unwell at the moment, stopped taking her meds in March, Carrowfield CMHT involved. "
      "Ruby is doing the cooking and getting her brother Jake (8) to school most days. Referred to Carrowfield "
      "Young Carers.",
      ["MH-ADULT", "CARER"],
      [("not-coded", "PH", "Pregnancy with antenatal care attended is not a health need.")]),
    N("C", "yellow",
      "Ruby had Esme on 09/08, both well. Lisa back on her meds and the CMHT care coordinator visits every 2 wks. "
      "Ruby still goes to the young carers group once a month - she says she does less now mum is better but "
      "still does Jake's tea most nights.",
      ["MH-ADULT", "CARER"],
      [("convention", "MH-ADULT", "Mum better but CMHT still visiting: ongoing service (conv 4)."),
       ("convention", "CARER", "Caring for her brother counts; caring for her own baby would not (conv 12).")]),
])

# ---------------------------------------------------------------- Z009
case("Z009", "Linnet Bay", "2025-08-04", "2026-01-12", [
    N("A", "yellow",
      "Demi (18) and Archie (6 wks) have been at Harbour House (young parents' supported housing) since he was "
      "born. The licence is for 6 months max and there's no move-on plan - Linnet Bay won't put her on the "
      "housing register because she has no local connection (she grew up with foster carers in Brackenford). "
      "Key worker Amy chasing housing options.",
      ["HOUS"],
      [("convention", "HOUS", "Supported housing alone is not HOUS; a time-limited licence with no move-on "
        "option is a risk of homelessness (README judgement 4)."),
       ("not-coded", "CARER", "'Foster carers' are not young carers (conv 12).")]),
    N("A", "green",
      "Archie has a tongue tie, Demi finding breastfeeding really painful and he's feeding almost hourly. HV "
      "referred to the infant feeding team, tongue tie clinic 12/08.",
      ["PH"],
      [("convention", "PH", "A newborn's tongue tie is a physical condition (PH); feeding here is not weaning, "
        "so not EYD (README judgement 11).")]),
    N("C", "yellow",
      "Local connection accepted after Amy and the EHW challenged it, Demi now band B. Still at Harbour House "
      "past the 6 months (extended to end of Feb), hoping for a nomination for a 1 bed at Fenner Court. Archie "
      "(5m) not rolling yet and hates tummy time, HV has given Demi some play ideas.",
      ["HOUS", "EYD"]),
])

# ---------------------------------------------------------------- Z010
case("Z010", "Hollins Moor", "2025-06-09", "2025-12-08", [
    N("A", "green",
      "Poppy (4) due to start Reception at Brookside Primary in Sept. Nursery worried about school readiness: "
      "not toileting independently, very little speech with adults. Nursery SENCo has her on SEN support and "
      "has talked to Shannon about a referral for an ASD assessment.",
      ["EYD", "EDU-SEND"],
      [("convention", "EYD", "Under-5 toileting, speech and school readiness are EYD (conv 9); SEN support and "
        "ASD assessment are EDU-SEND as well.")]),
    N("A", "yellow",
      "Shannon (21) split from the children's dad Marcus in Jan. He wants Poppy and Louie (2) every weekend, "
      "she'll only agree to alternate Saturdays, and handovers end up in shouting on the doorstep in front of the "
      "kids. No DA in the relationship per Shannon and police checks. Shannon had PND after Louie but says that's "
      "behind her.",
      ["REL-CONF"],
      [("negated", "DA", "'No DA in the relationship'."),
       ("historical", "MH-ADULT", "PND after Louie, 'behind her' (conv 3).")]),
    N("C", "green",
      "Poppy has settled in Reception. ASD referral accepted in Oct, she's now on the pathway and her class "
      "teacher and the SENCo have a support plan for her.",
      ["EDU-SEND"]),
])

# ---------------------------------------------------------------- Z011
case("Z011", "Westerby", "2025-10-06", "2026-03-02", [
    N("A", "orange",
      "Kyle (14, Callum's younger brother) permanently excluded from Westerby Academy 19/09 for assaulting a "
      "member of staff; now at the PRU, mornings only. Police called to the house twice in Sept when Kyle smashed "
      "up his room and shoved his mum Gail into the door frame. Open to Westerby YOS since a youth caution for "
      "shoplifting in Aug.",
      ["EDU-EXC", "EDU-ATT", "CRIME", "REL-PAR"],
      [("convention", "DA", "Child-to-parent violence is REL-PAR plus CRIME (police, YOS), not DA (conv 8)."),
       ("convention", "EDU-ATT", "Mornings only at the PRU is a part-time timetable.")]),
    N("A", "yellow",
      "Paige (17) and Callum (18) live with Callum's parents along with baby Harper (9m). Paige left Y12 at "
      "Westerby Sixth Form when she was pregnant and isn't in any education or work; she'd like to do a "
      "childcare apprenticeship. Callum is doing a Level 2 electrical apprenticeship.",
      ["EDU-NEET"]),
    N("A", "note",
      "Police called out to the Moorfield estate 01/10 at 23:00 after reports of youths throwing stones at "
      "buses. Kyle was with the group and officers brought him home.",
      ["CRIME"],
      [("convention", "CRIME", "ASB by a household member with a police call-out; unboxed, police is an orange "
        "cue (conv 2, 7).")],
      note_level="orange"),
    N("C", "orange",
      "Kyle still at the PRU, now full time. YOS intervention ended in Jan but police were called on 10/01 when "
      "he kicked the front door in during a row with Gail. On 03/02 he was missing overnight and was found by "
      "police in Brackenford with two adults known for county lines - referred to the Westerby exploitation hub.",
      ["EDU-EXC", "CRIME", "REL-PAR", "SAFE-EXP"],
      [("convention", "EDU-EXC", "Still placed at the PRU after a permanent exclusion: the exclusion is a "
        "current part of his education (README judgement 15)."),
       ("historical", "CRIME", "YOS ended; CRIME is coded from the 10/01 police call-out, which is current."),
       ("not-coded", "CRIME", "Police finding him when missing is safeguarding (conv 7); the county lines "
        "concern is SAFE-EXP.")]),
])

# ---------------------------------------------------------------- Z012
case("Z012", "Carrowfield", "2025-07-21", "2025-12-15", [
    N("A", "yellow",
      "Leanne (19) has a mild learning disability (she had an EHCP at Carrowfield Special School until she left "
      "at 18). She finds it hard to follow the formula instructions and to keep track of when Frankie (4m) last "
      "fed; Frankie has reflux and is on Gaviscon. Leanne's mum Jackie is very involved but works full time. EHW "
      "to make a visual feed and sleep plan with Leanne.",
      ["PH", "REL-PAR"],
      [("historical", "EDU-SEND", "EHCP ended when she left school at 18."),
       ("convention", "PH", "A parent's learning disability is disability in the family (PH) once out of "
        "education (README judgement 10)."),
       ("convention", "REL-PAR", "Difficulty managing feeds/routines is parenting capacity.")]),
    N("C", "blue",
      "Leanne uses the picture plan on the fridge and phone alarms for Frankie's feeds; Jackie has dropped to 4 "
      "days a week so she's around more.",
      ["REL-PAR"],
      [("partial", "REL-PAR", "Using supports to manage the feeding routine: now managing (conv 3).")]),
    N("C", "note",
      "Jackie rang - Leanne has a place on the Solihull Approach parenting group at the Family Hub starting "
      "12/01. GP has stopped Frankie's Gaviscon.",
      ["REL-PAR"],
      [("historical", "PH", "Gaviscon stopped: reflux treatment over."),
       ("convention", "REL-PAR", "A parenting course place codes REL-PAR (conv 4); it is the highest cue, "
        "yellow, above GP (green) (conv 2).")],
      note_level="yellow"),
])

# ---------------------------------------------------------------- Z013
case("Z013", "Linnet Bay", "2025-09-15", "2026-02-23", [
    N("A", "orange",
      "Chelsea's (18) new partner Dean (26) moved into her flat in August. He is on licence until next year after "
      "a sentence for supplying class A, probation have been told the address. Chelsea says he's 'clean now'. "
      "Oscar's dad Bradley (20) has raised concerns through his solicitor and is applying for Oscar to live with "
      "him.",
      ["CRIME", "REL-CONF"],
      [("convention", "CRIME", "An adult household member on licence is CRIME (conv 7)."),
       ("historical", "SUB", "'Clean now': any drug use is past; supplying is an offence, not use.")]),
    N("A", "yellow",
      "Chelsea not in work or education since she left school at 16, gets UC. She'd like to do maths and English "
      "at Linnet Bay Adult Learning. Oscar (11m) behind with his jabs, the 12 month ones haven't been done.",
      ["EDU-NEET", "PH"],
      [("not-coded", "FIN", "UC named with no money problem (conv 5); the young parent's NEET is EDU-NEET only "
        "(conv 11).")]),
    N("C", "orange",
      "Dean still lives with Chelsea and Oscar and reports to probation weekly. Bradley's application for a "
      "child arrangements order is listed for final hearing in April; Cafcass have recommended Oscar stays with "
      "Chelsea. Chelsea says if the court tells her Dean has to go she'd move back in with her mum rather than "
      "lose Oscar.",
      ["CRIME", "REL-CONF"],
      [("hypothetical", "HOUS", "A move only 'if the court tells her'; no housing problem now.")]),
])

# ---------------------------------------------------------------- Z014
case("Z014", "Hollins Moor", "2025-05-27", "2025-10-20", [
    N("A", "yellow",
      "Tyrese (20) has had Amara (2) full time since March, when her mum Kayla went into residential rehab in "
      "Brackenford. He gave up his job at the car wash to look after her and is still waiting on his first UC "
      "payment. Gas on emergency credit; EHW gave a food bank voucher 20/05 and referred to Hollins Moor "
      "Citizens Advice. Tyrese says he has never used drugs himself, he is 'not like Kayla'.",
      ["FIN"],
      [("outside", "SUB", "Kayla is in rehab elsewhere, not in the household (conv 6)."),
       ("negated", "SUB", "Tyrese denies drug use himself.")]),
    N("A", "green",
      "Amara not in nursery - Tyrese didn't know about 2 yr funding. He's worried she only says 'mama', 'no' and "
      "'dog'. HV booked her 2 yr review for 04/06.",
      ["EYD"]),
    N("C", "green",
      "Amara at Rainbow Nursery on 2 yr funding since Sept, nursery doing Early Talk Boost with her. Tyrese says "
      "she's got loads more words.",
      ["EYD"],
      [("partial", "EYD", "Speech intervention ongoing at nursery: now managing in a green box (conv 3, 4).")]),
])

# ---------------------------------------------------------------- Z015
case("Z015", "Westerby", "2025-11-10", "2026-04-20", [
    N("A", "yellow",
      "Kacey (16) went back to Westerby High for Y11 after Oct half term; her mum Nicola has Lily-Mae (10 wks) in "
      "the day. Since she went back, girls in her year have set up a Snapchat group called 'teen mum' and are "
      "posting pictures of her - screenshots passed to school. Attendence 78% this half term, 6 days missed.",
      ["SAFE-EXP", "EDU-ATT"]),
    N("C", "green",
      "Kacey's attendance 95% since Feb and she's sitting her GCSEs in May. School spoke to the other girls' "
      "parents and the group chat was deleted, no more messages since January. Head of year would refer her to "
      "the school counsellor if it starts up again.",
      [],
      [("hypothetical", "MH-CHILD", "Counsellor only 'if it starts up again'."),
       ("not-coded", "EDU-ATT", "Good attendance with no need stated in this text (conv 1, 3)."),
       ("historical", "SAFE-EXP", "Group chat deleted, 'no more messages since January' (conv 3).")]),
])

# ---------------------------------------------------------------- Z016
case("Z016", "Carrowfield", "2025-08-18", "2026-01-05", [
    N("A", "yellow",
      "Becca (18) says Ollie (19) is betting on his phone most nights - he's lost his whole wage two months "
      "running and they've borrowed £700 off a loan app to cover bills. Rent is £120 behind. Ollie says he "
      "definately self-excluded through GamStop last week. Finley (13m) well.",
      ["FIN"],
      [("convention", "SUB", "Gambling and its debts are FIN, not SUB (conv 10)."),
       ("not-coded", "EDU-EXC", "'Self-excluded' from gambling is not a school exclusion."),
       ("not-coded", "HOUS", "Rent arrears with no notice or eviction risk are FIN only.")]),
    N("C", "blue",
      "Ollie still signed up to GamStop and has a gambling block on his bank card. He and Becca go through the "
      "banking app together every Sunday.",
      ["FIN"],
      [("partial", "FIN", "Gambling being managed (GamStop, card block): now managing in a blue box (conv 3, 10).")]),
    N("C", "note",
      "Becca says the loan app is paid off. She's saved the StepChange number and will ring them herself if they "
      "ever get into debt again.",
      [],
      [("historical", "FIN", "Loan paid off."),
       ("hypothetical", "FIN", "'If they ever get into debt again'. No codes, so no level is needed "
        "(it would be blue).")]),
])

# ---------------------------------------------------------------- Z017
case("Z017", "Linnet Bay", "2025-10-13", "2026-04-13", [
    N("A", "orange",
      "Mercy (19) came to the UK on her own at 15 and was looked after by Linnet Bay until 18; she's now a care "
      "leaver with a PA (Joe). She has flashbacks and nightmares about the journey, GP has diagnosed PTSD and "
      "referred her to the adult trauma service (9 month wait). She told me she sometimes thinks Daniel (6m) "
      "would be better off without her; she says she has no plans to hurt herself. Crisis numbers given and GP "
      "informed same day.",
      ["MH-ADULT"],
      [("historical", "MH-CHILD", "'Looked after until 18' is her care history; her current MH is as a parent "
        "aged 19 with adult services: MH-ADULT."),
       ("not-coded", "PH", "Nightmares are a PTSD symptom here, not a separate sleep problem.")]),
    N("A", "yellow",
      "Mercy's UC stopped in Sept when her BRP expired. She has applied for her eVisa but DWP won't pay until her "
      "status is confirmed. Using Linnet Bay food bank weekly; PA arranged an emergency payment from the leaving "
      "care budget.",
      ["FIN"]),
    N("C", "yellow",
      "Mercy started EMDR with the trauma service in March, says the nightmares are less. UC restarted in Jan "
      "and the missed payments were backdated. Joe has warned her that if the Home Office is slow with her next "
      "extension the payments could stop again.",
      ["MH-ADULT"],
      [("hypothetical", "FIN", "Payments 'could stop again' only if the Home Office is slow."),
       ("historical", "FIN", "UC restarted and backdated: the benefit problem is over (conv 3).")]),
])

# ---------------------------------------------------------------- Z018
case("Z018", "Hollins Moor", "2025-08-11", "2025-12-22", [
    N("A", "orange",
      "Police attended 02/08 after a neighbour reported shouting at the flat. No offences - Jade (20) and Kian "
      "(21) both said it was a verbal argument and there's no history of violence either way; police sent a "
      "child concern notification re Bella (3) and Rio (4m). The couple say they mostly argue about Kian's "
      "cannabis - he smokes most days - and him staying out.",
      ["REL-CONF", "SUB"],
      [("not-coded", "DA", "A verbal argument with no abuse, violence or control described is REL-CONF (conv 8)."),
       ("not-coded", "CRIME", "No offence; the call-out is not about a young person's behaviour (conv 7).")]),
    N("C", "orange",
      "No more police call-outs since August. Kian is going to Hollins Moor Drug & Alcohol Service and says he's "
      "down to weekends.",
      ["SUB"]),
    N("C", "note",
      "Joint visit with HV. Kian not in. Jade says things are calmer at home and there have been no police since "
      "the summer; nursery tell her Bella has stopped biting. Jade wants to keep going to the Family Hub "
      "parenting group on Fridays.",
      ["REL-PAR"],
      [("convention", "REL-PAR", "Ongoing parenting group codes REL-PAR (conv 4); level is yellow: the police "
        "mention is negated and is not used as a cue (conv 2, README judgement 14)."),
       ("historical", "REL-PAR", "Biting has stopped (the code still stands from the parenting group)."),
       ("not-coded", "REL-CONF", "'Calmer at home', no police since summer: no current conflict described.")],
      note_level="yellow"),
])

# ---------------------------------------------------------------- Z019
case("Z019", "Westerby", "2025-09-22", "2026-03-30", [
    N("A", "yellow",
      "Abbie (17) was asked to leave by her mum in July after rows about the pregnancy and her boyfriend. After "
      "the joint housing/children's services assessment she chose supported lodgings rather than being looked "
      "after under s20 and has been with her host Jan in Westerby since August. She and her mum are texting again "
      "but Abbie doesn't want to move back and says they'd 'kill each other'.",
      ["REL-PAR"],
      [("convention", "REL-PAR", "Breakdown between Abbie (17) and her mum is a parent-child relationship "
        "(conv 8); 'kill each other' is a figure of speech, not DA."),
       ("not-coded", "HOUS", "Homelessness in July was resolved by a supported lodgings placement; no current "
        "housing problem described (README judgement 4).")]),
    N("A", "orange",
      "Baby's dad Jamal (19) is on remand at HMP Brackenford (robbery). On 11/06 police stopped Abbie in "
      "Westerby town centre and found 14 wraps of cannabis and £400 cash in her bag; she says she was holding it "
      "for Jamal. Exploitation hub think she was being used to hold drugs for his group - NRM referral made.",
      ["SAFE-EXP", "CRIME"],
      [("convention", "SUB", "Drugs found on an exploited 17-year-old are SAFE-EXP and CRIME, not SUB (conv 12)."),
       ("outside", "CRIME", "Jamal's robbery and remand: not in the household (conv 6).")]),
    N("C", "blue",
      "Abbie and Nova (5m) still with Jan. Abbie goes to her mum's for dinner every Sunday - they still fall out "
      "sometimes but are sorting it out between them, and her mum babysits Nova. Jan is happy for them to stay "
      "until Abbie is 18; if there's no flat by then she may need to move to Harbour House.",
      ["REL-PAR"],
      [("hypothetical", "HOUS", "A move 'if there's no flat by then': not a current housing problem."),
       ("partial", "REL-PAR", "Still falling out, being managed: present in a blue box (conv 3).")]),
])

# ---------------------------------------------------------------- Z020
case("Z020", "Carrowfield", "2025-04-07", "2025-09-29", [
    N("A", "yellow",
      "Katie (21) has epilepsy and is having about 2 seizures a month since Noah (6 wks) was born. Her sister "
      "Ellie (15) moved in with Katie and Josh last year after falling out with their mum. When Josh is at work "
      "Ellie does a lot of Noah's care in case Katie has a seizure - bathing him, carrying him up and down "
      "stairs, night feeds at weekends. Ellie has been late to school 14 times this term and had a 1 day "
      "suspension in March for swearing at a teacher who picked her up on it. Referral made to Carrowfield Young "
      "Carers. Josh is a postman, full time - no money worries.",
      ["PH", "CARER", "EDU-ATT", "EDU-EXC"],
      [("outside", "REL-PAR", "Falling out with their mum (who lives elsewhere) is past and outside the "
        "household (conv 6)."),
       ("negated", "FIN", "'No money worries'."),
       ("convention", "CARER", "Ellie (15) caring for her nephew because of her sister's epilepsy is a young "
        "carer.")]),
    N("A", "note",
      "Call from Ellie's head of year at St Aldric's - Ellie late 3 times this week, says she's doing Noah's "
      "bottle before school so Katie can sleep after a seizure. School nurse to see her.",
      ["CARER", "EDU-ATT", "PH"],
      [("convention", "PH", "Katie's seizures are a current health condition in the household."),
       ("convention", "CARER", "Unboxed: school and school nurse are green cues, the highest here (conv 2).")],
      note_level="green"),
    N("C", "yellow",
      "Ellie goes to the young carers group every other week. School say she's been on time since the start of "
      "the summer term. Katie's new meds have cut her seizures to 1 in the last 3 months.",
      ["CARER", "PH"],
      [("historical", "EDU-ATT", "On time since the summer term: lateness over (conv 3)."),
       ("partial", "PH", "Seizures reduced, not stopped, and still on medication: present.")]),
])

# ---------------------------------------------------------------- Z021
case("Z021", "Hollins Moor", "2025-10-27", "2026-05-11", [
    N("A", "yellow",
      "Summer (16) lost her mum to cancer in 2023. Since Theo was born 6 wks ago she's been tearful most days and "
      "won't leave the house. GP has referred her to Hollins Moor CAMHS, awaiting triage. Her dad Gary has taken "
      "two weeks off work to be around.",
      ["MH-CHILD"],
      [("convention", "MH-CHILD", "A 16-year-old parent awaiting CAMHS: MH-CHILD (conv 4, README judgement 1)."),
       ("historical", "PH", "Her mother's cancer: past, and she is no longer in the household.")]),
    N("A", "blue",
      "Summer left Y11 in June with 5 GCSEs. She has deferred her place at Hollins Moor Sixth Form College to "
      "Sept 2026 and is at home with Theo.",
      ["EDU-NEET"],
      [("convention", "EDU-NEET", "A deferred place means she is not in education, employment or training now "
        "(README judgement 3).")]),
    N("C", "yellow",
      "Summer was discharged from CAMHS in March after 8 sessions and now sees a counsellor at Hollins Moor Youth "
      "Wellbeing weekly. She's out with Theo most days and goes to the baby group at the Family Hub.",
      ["MH-CHILD"],
      [("partial", "MH-CHILD", "CAMHS ended, but weekly counselling with a youth service continues (conv 4).")]),
])

# ---------------------------------------------------------------- Z022
case("Z022", "Westerby", "2025-07-14", "2025-12-29", [
    N("A", "orange",
      "Tanisha (18) and Kobe (3m) in temporary accommodation since 20/06 - one room at the Westerby Lodge B&B "
      "with a shared kitchen and bathroom. Her mum's landlord served a section 21 on the whole family in the "
      "spring and they were evicted in June; her mum and two brothers are in a hostel across town.",
      ["HOUS"],
      [("outside", "HOUS", "Her mum's hostel is another household; HOUS is coded for Tanisha's own B&B "
        "placement (conv 6).")]),
    N("A", "yellow",
      "Tanisha was doing Level 2 business at Westerby College but withdrew in June when they were evicted, not "
      "in education or work now. Her UC is still part of her mum's claim and hasn't been split, so she's had no "
      "money of her own since moving; EHW got her a Salvation Army food parcel last week.",
      ["EDU-NEET", "FIN"],
      [("convention", "FIN", "FIN is from the benefit problem and food parcel, not from her NEET status "
        "(conv 10, 11).")]),
    N("A", "note",
      "Tel call from Tanisha's mum Sharon, worried as Tanisha has been really down and crying a lot since the "
      "move. HV aware and visiting Thursday.",
      ["MH-ADULT"],
      [("convention", "MH-ADULT", "Low mood of the parent (18); unboxed, HV is the highest cue: green (conv 2).")],
      note_level="green"),
    N("C", "orange",
      "Tanisha and Kobe recieved the keys to a 1 bed housing association flat at Dyer's Court on 14/11. No bed or "
      "cooker yet and Tanisha can't afford them; EHW has applied to the Westerby Local Welfare Assistance Scheme. "
      "Kobe (8m) not sitting on his own yet, HV keeping an eye.",
      ["FIN", "EYD"],
      [("historical", "HOUS", "Rehoused into a tenancy: the homelessness is over."),
       ("convention", "FIN", "Cannot afford basic furniture; crisis grant applied for.")]),
])

# ---------------------------------------------------------------- Z023
case("Z023", "Carrowfield", "2025-05-05", "2025-10-06", [
    N("A", "green",
      "Holly (18) has type 1 diabetes and has had 2 DKA admissions since Aria was born, the diabetes nurse says "
      "she is missing insulin doses. GP aware. Holly lives with her nan and grandad who've been her kinship "
      "carers under an SGO since she was 6.",
      ["PH"],
      [("not-coded", "CARER", "'Kinship carers' are adults; CARER is a child who cares (conv 12).")]),
    N("A", "yellow",
      "Holly and Reuben (19, Aria's dad) split up in Feb. He sees Aria (9m) at his mum's but they argue over "
      "text about money and him turning up late, and now he's saying he'll go to court for 50/50. Holly's "
      "attendance on her Level 3 course at Carrowfield College is 71% and she has been put on an attendance "
      "contract.",
      ["REL-CONF", "EDU-ATT"],
      [("convention", "EDU-ATT", "Poor attendance at college is coded EDU-ATT (README judgement 3)."),
       ("not-coded", "EDU-NEET", "Still enrolled; no risk of losing her place is stated."),
       ("not-coded", "FIN", "They argue 'about money'; no debt or money problem is described.")]),
    N("C", "green",
      "Holly has a Libre sensor now and hasn't been admitted since June. Her college tutor will put her back on "
      "an attendance contract if her attendance drops below 85%.",
      ["PH"],
      [("hypothetical", "EDU-ATT", "Attendance contract only 'if her attendance drops'."),
       ("partial", "PH", "Diabetes being managed with the sensor: present in a green box (conv 3).")]),
])

# ---------------------------------------------------------------- Z024
case("Z024", "Linnet Bay", "2025-11-17", "2026-05-04", [
    N("A", "red",
      "Strategy meeting 07/11/25 following police attendance at the home on 05/11: Kerry's partner Wayne punched "
      "Kerry in front of Maddison (17) and Leo (1) - Leo was in Maddison's arms. s47 enquiries on Leo and on "
      "Maddison's brother Tyler (9). ICPC booked 28/11.",
      ["DA"],
      [("convention", "CRIME", "A partner's assault on the adult victim is DA only (conv 7).")]),
    N("A", "orange",
      "Kerry (Maddison's mum) is drinking vodka daily; she went to Linnet Bay Recovery in 2023 but dropped out. "
      "Police made a MARAC referral after the 05/11 incident. Maddison is doing most of Tyler's care - school "
      "run, tea, bedtime - on top of looking after Leo.",
      ["SUB", "DA", "CARER"],
      [("historical", "SUB", "The 2023 treatment is past; daily drinking now is present."),
       ("convention", "CARER", "CARER comes from caring for her brother; looking after her own baby is not "
        "CARER (conv 12).")]),
    N("A", "yellow",
      "Maddison (17) is on a Level 2 hairdressing course at Linnet Bay College but has missed most of the last 3 "
      "weeks because of everything at home. College say she will be withdrawn if she misses the next practical "
      "assessment. Maddison says she doesn't drink herself.",
      ["EDU-ATT", "EDU-NEET"],
      [("convention", "EDU-NEET", "At risk of being withdrawn from her course = at risk of NEET."),
       ("convention", "EDU-ATT", "College attendance coded EDU-ATT (README judgement 3)."),
       ("negated", "SUB", "Maddison 'doesn't drink herself'; SUB is not coded in this box.")]),
    N("C", "orange",
      "Kerry attending Linnet Bay Recovery, 3 weeks sober. Wayne moved out in Dec and is on bail conditions not "
      "to contact Kerry, but Kerry has told the SW she wants him back. Maddison still does Tyler's bedtime most "
      "nights.",
      ["SUB", "DA", "CARER"],
      [("convention", "SUB", "Sober 3 weeks but attending treatment: ongoing service (conv 4)."),
       ("convention", "DA", "Bail conditions in force and Kerry wants him back: current risk.")]),
])

# ---------------------------------------------------------------- Z025
case("Z025", "Hollins Moor", "2025-09-01", "2026-02-16", [
    N("A", "yellow",
      "Twins Ava and Grace (15m) were born at 29 weeks. Grace has cerebral palsy and sees the physio at the Child "
      "Development Centre fortnightly. Portage visiting weekly for both girls - Ava isn't crawling yet either. "
      "Home lovely, no concerns re care of the girls.",
      ["PH", "EYD"],
      [("negated", "SAFE-NEG", "'No concerns re care of the girls'.")]),
    N("A", "orange",
      "Grace's DLA claim was turned down in July and Eve and Ryan (both 19) didn't know they could ask for a "
      "mandatory reconsideration; now out of time. Ryan gave up his job in the spring to get the girls to "
      "appointments. £600 behind on the gas and electric and they've used the food bank twice this month.",
      ["FIN"],
      [("convention", "PH", "DLA named in a benefit problem is FIN; it does not imply PH (conv 5).")]),
    N("C", "yellow",
      "New DLA claim for Grace awarded in Dec (middle rate care). Energy debt on an £8 a week plan through "
      "Hollins Moor Energy Advice.",
      ["FIN"],
      [("convention", "PH", "DLA award alone never implies PH (conv 5); FIN is from the energy debt.")]),
])

# ---------------------------------------------------------------- Z026
case("Z026", "Westerby", "2025-12-01", "2026-06-15", [
    N("A", "orange",
      "HV raised concerns after Lauren (20) told her that Dylan (21) keeps her bank card and she has to ask him "
      "for money for nappies and formula; he also checks who she's messaging. Lauren doesn't see it as abuse. "
      "DASH medium. Lauren has agreed to meet the Westerby DA service outreach worker.",
      ["DA"],
      [("not-coded", "FIN", "Economic control by a partner is DA; no debt or shortage of money is described.")]),
    N("C", "orange",
      "Lauren and Dylan separated in March and Lauren has her own bank account now. Dylan has breached the "
      "non-molestation order twice by messaging her; both reported to police.",
      ["DA"],
      [("convention", "CRIME", "Breach of a non-mol order by an ex-partner is DA only (conv 7).")]),
    N("C", "yellow",
      "Lauren says she has felt very low since the split; GP put her on the waiting list for Westerby Talking "
      "Therapies. Harrison's (13m) 1 yr review showed very few speech sounds, HV has referred him to the "
      "Chatterbox group.",
      ["MH-ADULT", "EYD"]),
])

# ---------------------------------------------------------------- Z027
case("Z027", "Carrowfield", "2025-10-20", "2026-04-27", [
    N("A", "red",
      "Emily (16) has been looked after under s20 since August. She and Freya (5 wks) are in a parent and baby "
      "foster placement with carer Sandra Hale and Freya is in PLO pre-proceedings. 12 week parenting assessment "
      "under way. Concerns so far: Emily has twice fallen asleep on the sofa while feeding Freya, and Freya's 2am "
      "feed was missed on two nights. No concerns about drugs or alcohol.",
      ["SAFE-NEG", "REL-PAR"],
      [("not-coded", "CARER", "Foster carer is not a young carer (conv 12)."),
       ("negated", "SUB", "'No concerns about drugs or alcohol'."),
       ("convention", "SAFE-NEG", "Missed feeds and unsafe feeding are basic care (SAFE-NEG); the parenting "
        "assessment codes parenting capacity (REL-PAR).")]),
    N("A", "yellow",
      "Emily is still on roll at St Aldric's for Y11 but hasn't attended since March. Virtual School (Mr Okafor) "
      "arranging 6 hrs a week home tuition.",
      ["EDU-ATT"],
      [("not-coded", "EDU-NEET", "Of school age and on roll: non-attendance is EDU-ATT, not NEET.")]),
    N("C", "red",
      "PLO stepped down in Feb following a positive parenting assessment; Freya now on a child in need plan. CIN "
      "plan is about Emily keeping Freya's night time routine going without Sandra having to prompt her.",
      ["REL-PAR"]),
])

# ---------------------------------------------------------------- Z028
case("Z028", "Linnet Bay", "2025-04-22", "2025-10-27", [
    N("A", "green",
      "Yusuf (2y 6m) seen by HV for 2 yr review: no words yet, limited eye contact, lines up his cars. Seen by the "
      "community paediatrician 10/04 and now on the social communication (ASD) assessment pathway. Not in "
      "nursery.",
      ["EYD", "EDU-SEND"],
      [("convention", "EDU-SEND", "ASD assessment pathway is EDU-SEND even under 5 (code list, conv 4); "
        "speech and nursery take-up are EYD (conv 9).")]),
    N("A", "yellow",
      "Nadia (21) is 20 weeks pregnant and on her own with Yusuf most of the day - her family are all in "
      "Pakistan and Imran (23) works 60 hrs a week at his uncle's takeaway. Yusuf screams for long periods when "
      "anything changes and Nadia has stopped taking him out. EHW to introduce her to the Family Hub Tuesday "
      "group and help apply for his 2 yr funded place.",
      ["REL-PAR", "EYD"],
      [("not-coded", "FIN", "Long working hours are not FIN (conv 5)."),
       ("not-coded", "MH-ADULT", "Isolation is described but no mental health difficulty.")]),
    N("C", "green",
      "Yusuf started at Seahorse Nursery in Sept on his 2 yr funding with 1:1 support. Still on the ASD pathway "
      "- next paed appt in Dec.",
      ["EDU-SEND", "EYD"]),
])

# ---------------------------------------------------------------- Z029
case("Z029", "Hollins Moor", "2025-06-30", "2025-11-10", [
    N("A", "yellow",
      "Rory (14m) has lived with his dad Declan (20) at Declan's mum Bernie's since May, when Rory's mum Stacey "
      "(19) was detained under the Mental Health Act. Declan works nights at Tesco and Rory goes to a "
      "childminder 3 days; they can't afford it and Declan took out a £400 payday loan for the deposit.",
      ["FIN"],
      [("outside", "MH-ADULT", "Stacey is in hospital, not in the household (conv 6)."),
       ("convention", "FIN", "Night work is not FIN (conv 5); the payday loan and unaffordable childcare are.")]),
    N("C", "yellow",
      "Stacey was discharged to a supported flat in Sept. She sees Rory at Bernie's on Saturdays, supervised by "
      "Bernie, but keeps messaging Declan wanting him overnight and they've fallen out over it.",
      ["REL-CONF"],
      [("convention", "REL-CONF", "Contact dispute with the non-resident parent is REL-CONF; her own MH and "
        "housing are outside the household (conv 6).")]),
    N("C", "blue",
      "Payday loan paid off in Oct and Declan's set up a tax-free childcare account. He says he'd go to Citizens "
      "Advice if money got tight again.",
      [],
      [("historical", "FIN", "Loan paid off (conv 3)."),
       ("hypothetical", "FIN", "'If money got tight again'.")]),
])

# ---------------------------------------------------------------- Z030
case("Z030", "Westerby", "2025-08-25", "2026-02-02", [
    N("A", "red",
      "Jacob (3 wks) is on a child in need plan (s17) following the pre-birth assessment. Leah (19)'s first child "
      "Kayden was adopted in 2023 after care proceedings (neglect, Leah's drug use at the time). Leah says she's "
      "been clean since early 2023 and hair strand tests in June were negative. CIN plan focuses on Leah's "
      "anxiety and building a support network round her.",
      ["MH-ADULT"],
      [("historical", "SUB", "Drug use 'at the time', clean since 2023, negative tests."),
       ("historical", "SAFE-NEG", "Neglect of her first child in past proceedings.")]),
    N("A", "orange",
      "Jacob's dad Sam (22) lives with Leah. He has a conviction for assaulting an ex-partner in 2021, probation "
      "ended 2023. SW completed a Clare's Law disclosure with Leah in July. No incidents between Leah and Sam "
      "reported by Leah, police or HV.",
      [],
      [("historical", "DA", "Assault on a former partner in 2021; no abuse in this relationship (conv 3, 6)."),
       ("negated", "DA", "'No incidents between Leah and Sam'."),
       ("historical", "CRIME", "Probation ended 2023: no current licence or order.")]),
    N("C", "yellow",
      "Leah on sertraline from the GP and goes to the Westerby Mums Matter group every Tuesday. Jacob gaining "
      "weight well.",
      ["MH-ADULT"]),
])

# ---------------------------------------------------------------- Z031
case("Z031", "Carrowfield", "2025-09-29", "2026-03-09", [
    N("A", "yellow",
      "Tom (18) smoking cannabis every day, says it helps his anxiety. Not been in work or college since he left "
      "Y12 last year. Harley (18) is worried about him looking after Evie (4m) when he's stoned. Tom agreed to a "
      "referral to Carrowfield Young People's Substance Service (works with under 25s). No concerns re housing or "
      "money - they rent the flat cheap off Tom's grandad and Harley works part time at Boots.",
      ["SUB", "EDU-NEET", "MH-ADULT"],
      [("negated", "HOUS", "'No concerns re housing'."),
       ("negated", "FIN", "'No concerns re ... money'; Tom's NEET is EDU-NEET only (conv 11)."),
       ("convention", "MH-ADULT", "Anxiety of a parent aged 18, no children's MH service: MH-ADULT "
        "(README judgement 1).")]),
    N("C", "yellow",
      "Tom down to weekends only, still seeing his worker at the substance service fortnightly. Started Level 1 "
      "construction at Carrowfield College in Jan.",
      ["SUB"],
      [("historical", "EDU-NEET", "Now at college.")]),
    N("C", "blue",
      "Harley and Tom have agreed between them that Tom doesn't have Evie on his own at weekends.",
      [],
      [("not-coded", "SUB", "The reason (cannabis) is not in this text; nothing is carried over from other "
        "boxes (conv 1).")]),
])

# ---------------------------------------------------------------- Z032
case("Z032", "Linnet Bay", "2025-10-13", "2026-03-23", [
    N("A", "orange",
      "Bobby (2) needs 6 teeth out under general anaesthetic at Linnet Bay General - decay from bottles of juice "
      "at bedtime. Home conditions poor on 3 visits: sticky floors, dog mess in the garden where the kids play, "
      "Lola's (6m) cot full of washing so she sleeps on the sofa with Amber. TAF meeting held 08/10.",
      ["PH", "SAFE-NEG"]),
    N("A", "yellow",
      "Amber (19) says she's overwhelmed with two under 3s and there's no routine - meals whenever the kids are "
      "hungry, no set bedtime. Partner Jack (20) is in the army and away Mon-Fri. Amber was in foster care "
      "2016-2022 and says she doesn't know what a normal routine looks like. I'm visiting weekly to work on "
      "mealtimes and bedtime with her.",
      ["REL-PAR"],
      [("not-coded", "MH-ADULT", "'Overwhelmed' is about routines and parenting; no mental health need stated "
        "(README judgement 17)."),
       ("historical", "CARER", "Her foster care is history, and foster care is not CARER (conv 12)."),
       ("not-coded", "FIN", "Army employment is not FIN (conv 5).")]),
    N("C", "yellow",
      "House kept to the standard agreed at the TAF on 3 unannounced visits. Amber still needs prompting with the "
      "kids' bedtime routine. Bobby's teeth being checked every 3 months at the dentist since the extractions. SW "
      "has said it would go back to a TAF if the house slips again.",
      ["REL-PAR", "PH"],
      [("not-coded", "SAFE-NEG", "Home conditions meeting the agreed standard: good news only."),
       ("hypothetical", "SAFE-NEG", "Back to TAF only 'if the house slips again'."),
       ("convention", "PH", "Ongoing dental follow-up after decay codes PH (conv 4).")]),
])


# ====================================================================== build
LEVELS = ["blue", "green", "yellow", "orange", "red"]


def build():
    narr_rows, gold_rows, traps = [], [], {}
    for c in CASES:
        cid = c["case"]
        for it in c["items"]:
            stage = "assessment" if it["stage"] == "A" else "closure"
            date = c["a"] if it["stage"] == "A" else c["c"]
            tid = f"{cid}-{it['stage']}"
            if it["box"] == "note":
                nid = f"{tid}-note"
                level = ""
                code_level = it["note_level"]
            else:
                nid = f"{tid}-{it['box']}"
                level = it["box"]
                code_level = it["box"]
            narr_rows.append([nid, tid, cid, stage, date, level, c["loc"], it["text"]])
            if it["codes"]:
                assert code_level in LEVELS, nid
            assert len(set(it["codes"])) == len(it["codes"]), nid
            for code in it["codes"]:
                gold_rows.append([nid, code, code_level])
            if it["traps"]:
                traps[nid] = it["traps"]
    return narr_rows, gold_rows, traps


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        w.writerows(rows)


def main():
    narr_rows, gold_rows, traps = build()
    write_csv(os.path.join(HERE, "narratives.csv"),
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"],
              narr_rows)
    write_csv(os.path.join(HERE, "gold.csv"), ["narrative_id", "code", "level"], gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(traps, f, indent=2, ensure_ascii=False)
        f.write("\n")

    n_notes = sum(1 for r in narr_rows if r[5] == "")
    coded = {g[0] for g in gold_rows}
    print(f"cases: {len(CASES)}")
    print(f"narratives: {len(narr_rows)} (assessment {sum(r[3]=='assessment' for r in narr_rows)}, "
          f"closure {sum(r[3]=='closure' for r in narr_rows)}, unboxed notes {n_notes})")
    print(f"triages: {len({r[1] for r in narr_rows})}")
    print(f"narratives with no gold rows: {len(narr_rows) - len(coded)}")
    print(f"gold rows: {len(gold_rows)}")
    print(f"trap narratives: {len(traps)}, trap entries: {sum(len(v) for v in traps.values())}")
    cc = Counter(g[1] for g in gold_rows)
    print("codes: " + ", ".join(f"{k} {cc[k]}" for k in sorted(cc)))
    lc = Counter(g[2] for g in gold_rows)
    print("gold levels: " + ", ".join(f"{k} {lc[k]}" for k in LEVELS))
    bc = Counter(r[5] or "note" for r in narr_rows)
    print("boxes: " + ", ".join(f"{k} {bc[k]}" for k in LEVELS + ["note"]))
    tc = Counter(t["type"] for v in traps.values() for t in v)
    print("trap types: " + ", ".join(f"{k} {tc[k]}" for k in sorted(tc)))


if __name__ == "__main__":
    main()
