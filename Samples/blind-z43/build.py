#!/usr/bin/env python3
"""Hand-written blind gold set: multi-generational and extended-family households.
Every narrative, its gold codes and trap notes are written by hand below."""
import csv, json, os

OUT = os.path.dirname(os.path.abspath(__file__))
ROWS = []  # (nid, triage_id, case_id, stage, date, level, locality, text, codes, gold_level, kinds, note)


def N(case, stage, date, level, loc, text, codes, kinds="", note=""):
    """Boxed narrative: codes take the box level."""
    t = case + ("-A" if stage == "assessment" else "-C")
    ROWS.append((t + "-" + level, t, case, stage, date, level, loc, text, codes, level, kinds, note))


def U(nid, stage, date, loc, text, codes, glevel, kinds="", note=""):
    """Unboxed note: one level for all codes, from the highest level cue."""
    ROWS.append((nid, nid, nid, stage, date, "", loc, text, codes, glevel, kinds, note))


# ---- M001 Ashbrook: nan with COPD lives in; teenage grandson helps her ----
N("M001", "assessment", "2025-02-04", "green", "Ashbrook",
  "Pat (maternal nan) moved in last spring when her COPD got worse. She is under the respiratory nurse and the GP and is on oxygen overnight. Maisie (8) has been wetting the bed most nights since nan arrived.",
  ["PH"], "", "Nan lives in the home so her COPD is PH; bedwetting at 8 is PH not EYD (conv 9).")
N("M001", "assessment", "2025-02-04", "yellow", "Ashbrook",
  "Tyler (14) sorts out most of nan's tablets and helps her to the toilet in the night. School have logged 11 late marks this half term. Referral made to Ashbrook Young Carers. Leanne works nights at the care home so isn't in at bedtime.",
  ["CARER", "EDU-ATT"], "lookalike", "Mum's night shifts are not FIN (conv 5).")
N("M001", "closure", "2025-07-15", "blue", "Ashbrook",
  "Tyler goes along to the young carers group on Thursdays. Nan has a care package morning and evening now, so he says he just helps with the tea. Leanne knows how to ring the respiratory team herself if Pat's breathing gets worse.",
  ["CARER", "PH"], "hypo", "Blue box, now managing: caring and nan's care package are current; the 'if breathing gets worse' clause is only hypothetical.")
N("M001", "closure", "2025-07-15", "green", "Ashbrook",
  "No late marks for Tyler since February half term. Maisie has been dry every night since the Easter holidays and the school nurse has signed her off.",
  [], "hist", "Lateness and bedwetting both described as over: historical.")

# ---- M002 Kelmscott Vale: grandparents are kinship carers; birth mum lives elsewhere ----
N("M002", "assessment", "2025-03-11", "green", "Kelmscott Vale",
  "Ellie (6) and Jack (11) have lived with their maternal grandparents Brenda and Ray on a special guardianship order since 2023. Ellie is on SEN support at Kelmscott Primary for her speech and the SENCO has asked for a SALT review. Brenda gets a kinship allowance and says money is not a worry.",
  ["EDU-SEND"], "lookalike,neg", "School-age speech is EDU-SEND (conv 9); kinship carers are not CARER (conv 12); money worry negated.")
N("M002", "assessment", "2025-03-11", "yellow", "Kelmscott Vale",
  "Birth mum Chantelle lives in a hostel in town and is still on a heroin script. She misses about half of her supervised contacts and Jack comes back from the missed ones tearful and withdrawn. Family support worker to do worry work with Jack.",
  ["MH-CHILD"], "outside", "Birth mum lives outside the household: her drug use is not SUB (conv 6).")
N("M002", "assessment", "2025-03-11", "orange", "Kelmscott Vale",
  "Ray (68) was arrested last month for drink-driving on his way back from the pub and is waiting for his court date. Brenda says he has been drinking more since he retired. Police and the kinship team have shared information and a TAF meeting is booked.",
  ["SUB", "CRIME"], "", "Ray is a carer in the household: his drinking is SUB and his offence CRIME.")
N("M002", "closure", "2025-09-02", "yellow", "Kelmscott Vale",
  "Ray's court case ended with a 12-month ban and a community order, and he reports to probation monthly. Jack is still seeing the family support worker for his worries and is now sleeping better.",
  ["CRIME", "MH-CHILD"], "", "Adult on probation = CRIME (conv 7); 'sleeping better' is good news only, no PH.")

# ---- M003 Hollins Moor: ten people in a three-bed terrace ----
N("M003", "assessment", "2025-01-20", "yellow", "Hollins Moor",
  "Ten people are living in a three-bedroom terrace: Nadia, Imran, their four children, Imran's parents and his younger brother Faisal (24) with his wife. The children sleep four to a room and Amina (15) does her homework on the stairs. Family worker has helped them join the housing register.",
  ["HOUS"], "", "Overcrowding with extended family = HOUS.")
N("M003", "assessment", "2025-01-20", "orange", "Hollins Moor",
  "Black mould in the back bedroom where Imran's mother sleeps; her asthma has got worse and she has been admitted to hospital twice this winter. The landlord served a section 21 notice after the family complained about the damp.",
  ["HOUS", "PH"], "", "Grandmother lives in the home: PH. Mould and a section 21 notice: HOUS.")
N("M003", "closure", "2025-08-18", "yellow", "Hollins Moor",
  "The family were offered a five-bedroom housing association house in May and moved in June. Faisal and his wife have found a flat of their own. No more than two children share a bedroom now.",
  [], "hist", "Overcrowding resolved by the move: need now met, historical.")
N("M003", "closure", "2025-08-18", "green", "Hollins Moor",
  "Imran's mother had an asthma review with the GP after the move. She uses her preventer every day and has not been admitted since January.",
  ["PH"], "", "Green box: ongoing asthma being managed counts as present (conv 3).")

# ---- M004 Stanegate: girl cares for grandad who lives on the next street ----
N("M004", "assessment", "2025-04-08", "yellow", "Stanegate",
  "Kacey (12) goes round to her grandad's flat on the next street every morning before school to help him get dressed and give him his tablets since his stroke. She arrives late to school three or four times a week. Referred to Stanegate Young Carers.",
  ["CARER", "EDU-ATT"], "outside", "Grandad lives outside the household: his stroke is not PH; the caring is Kacey's own need, so CARER.")
N("M004", "closure", "2025-10-21", "blue", "Stanegate",
  "Grandad now has carers four times a day through adult social care, so Kacey pops in after school for a cup of tea rather than doing his personal care. She still goes to the young carers club in the holidays.",
  ["CARER"], "outside", "Ongoing young carers service codes CARER (conv 4, blue now managing); grandad's care needs are outside the household.")
N("M004", "closure", "2025-10-21", "green", "Stanegate",
  "Kacey's attendance is 97% this term and she has not been late since Christmas.",
  [], "hist", "Lateness described as over; good news only.")

# ---- M005 Ashbrook: adult brother home on licence ----
N("M005", "assessment", "2025-02-17", "orange", "Ashbrook",
  "Callum (19) came home to his mum's in January on licence after a custodial sentence for robbery and is supervised by probation. Police have since been to the house twice about cannabis being sold from there, and Jade (15) has been seen getting into cars with older men Callum knows.",
  ["CRIME", "SAFE-EXP"], "", "Household member on licence: CRIME. Dealing is not use: no SUB.")
N("M005", "assessment", "2025-02-17", "yellow", "Ashbrook",
  "Jade's attendance has dropped to 71% and she had a two-day suspension for swearing at a teacher. Sharon says Jade ignores every curfew she sets and the two of them row all the time.",
  ["EDU-ATT", "EDU-EXC", "REL-PAR"], "", "Parent-child arguments are REL-PAR (conv 8).")
N("M005", "closure", "2025-09-30", "orange", "Ashbrook",
  "Jade went missing overnight twice in April and was found by police at an address in town. An NRM referral has been made and the exploitation panel is overseeing her plan.",
  ["SAFE-EXP"], "lookalike", "Police finding a missing child is safeguarding, not CRIME (conv 7).")
N("M005", "closure", "2025-09-30", "yellow", "Ashbrook",
  "Callum has moved to approved premises in another town as a condition of his licence and has no contact with Jade. Sharon and Jade are halfway through a parent and teen course at the family hub.",
  ["REL-PAR"], "outside", "Callum is no longer in the household: his licence is not coded (conv 6).")

# ---- M006 Kelmscott Vale: great-nan with dementia lives in ----
N("M006", "assessment", "2025-05-06", "green", "Kelmscott Vale",
  "Nana Irene (84), who has dementia, lives with the family in the downstairs room and the memory clinic reviews her every six months. Lucy (10) reads to her after school, which they both enjoy; Karen says Lucy does no personal care and isn't expected to.",
  ["PH"], "neg", "Irene in household: PH. Lucy explicitly not a young carer: CARER negated.")
N("M006", "assessment", "2025-05-06", "yellow", "Kelmscott Vale",
  "Karen is exhausted and on the waiting list for talking therapies for anxiety. She can't remember the last time she slept through because Irene wanders at night. A carer's assessment has been requested from adult services.",
  ["MH-ADULT", "PH"], "lookalike", "An adult's carer's assessment is not CARER (conv 12); Irene's wandering is PH.")
N("M006", "closure", "2025-11-11", "blue", "Kelmscott Vale",
  "Irene goes to a day centre three days a week and Karen uses the time to go swimming. Karen finished her talking therapy in the summer and was discharged, saying she no longer feels anxious.",
  ["PH"], "hist", "Irene's ongoing day-centre care is PH (blue, managing); Karen's anxiety is over: historical.")

# ---- M007 Hollins Moor: mum's brother sleeping on the sofa ----
N("M007", "assessment", "2025-03-03", "orange", "Hollins Moor",
  "Danielle's brother Lee (28) has been sleeping on the sofa since his relationship ended and minds the children while she is at work. He drinks most days, and last week he shoved Danielle into a door frame during a row about money in front of the children. Police attended and Lee was arrested. DASH: medium risk.",
  ["DA", "SUB"], "", "Lee lives in and minds the children, so his drinking is SUB; his assault on his sister is DA only, not CRIME (conv 7 by analogy).")
N("M007", "assessment", "2025-03-03", "yellow", "Hollins Moor",
  "Riley (7) has started hitting his sister and kicking the doors when he is told no, and Danielle says bedtime has gone out of the window since Lee moved in. The flat has one bedroom and both children sleep in Danielle's room.",
  ["REL-PAR", "HOUS"], "", "Child behaviour at home: REL-PAR. One-bed flat: overcrowding, HOUS.")
N("M007", "closure", "2025-09-09", "orange", "Hollins Moor",
  "A non-molestation order was granted against Lee in June; he is living with a friend in another town and has stayed away. Danielle goes to a recovery group run by the IDVA service.",
  ["DA"], "outside", "Order in force and ongoing DA support: DA present. Lee now outside household.")
N("M007", "closure", "2025-09-09", "green", "Hollins Moor",
  "Riley's behaviour at home has settled with a sticker chart and Danielle says bedtimes are back to half seven.",
  ["REL-PAR"], "", "Green box: routine now being managed counts as present (conv 3).")

# ---- M008 Stanegate: young mum, her parents two doors away ----
N("M008", "assessment", "2025-06-10", "yellow", "Stanegate",
  "Sophie (23) was diagnosed with postnatal depression at her six-week check and has started sertraline. She has been referred to the perinatal wellbeing service and told the health visitor she sometimes finds it hard to bond with Oscar (4 months).",
  ["MH-ADULT", "REL-PAR"], "", "Bonding difficulty is the parent-child relationship: REL-PAR.")
N("M008", "assessment", "2025-06-10", "green", "Stanegate",
  "Oscar is gaining weight along his centile and the health visitor has no worries about his development. Sophie would like some help with weaning once he reaches six months.",
  [], "neg,hypo", "Development negated; weaning is a future wish, hypothetical.")
N("M008", "closure", "2026-01-13", "blue", "Stanegate",
  "Sophie's mum still has Oscar every Tuesday. Sophie was discharged by the perinatal team in November and is slowly coming off her tablets with the GP's advice.",
  ["MH-ADULT"], "hist", "Perinatal team ended, but tapering medication is ongoing treatment (blue, managing).")

# ---- M009 Ashbrook: grandad moved in on probation ----
N("M009", "assessment", "2025-04-22", "yellow", "Ashbrook",
  "Maternal grandad Derek (61) moved in with Tanya and the boys after his release and is on probation until next spring, with an electronic tag for his curfew. Tanya says he is brilliant with the boys and hasn't been in any trouble since he came out.",
  ["CRIME"], "neg", "Adult household member on probation: CRIME present, despite 'no trouble since'.")
N("M009", "assessment", "2025-04-22", "green", "Ashbrook",
  "Kieran (9) has an EHCP for autism and is in the resource base at Ashbrook Juniors, where his teacher says he is settled. Tanya was furloughed from the factory a while ago and is now back full time.",
  ["EDU-SEND"], "lookalike,hist", "Furlough is not FIN (conv 5).")
N("M009", "closure", "2025-12-02", "yellow", "Ashbrook",
  "Derek finished his probation in October and has got work as a delivery driver. He and Tanya had fallen out over him going to the pub after work but they have sorted it out between them.",
  [], "hist,lookalike", "Probation over: historical. Going to the pub is not SUB; a resolved row between adult daughter and father is not REL-CONF (not parents).")

# ---- M010 Kelmscott Vale: paternal aunt caring for niece under s20 ----
N("M010", "assessment", "2025-03-25", "red", "Kelmscott Vale",
  "Freya (14) has lived with her paternal aunt Michelle under section 20 since her father was arrested for supplying drugs in March; he is on remand. Freya has cut her arms several times since and was seen by the CAMHS crisis team.",
  ["MH-CHILD"], "outside,lookalike", "Father is outside the household (remand): his offence is not CRIME. Aunt as kinship carer is not CARER.")
N("M010", "assessment", "2025-03-25", "orange", "Kelmscott Vale",
  "Michelle has a two-bedroom flat with her own two children, so Freya sleeps on a sofa bed in the lounge; housing have been asked to review the family's bedroom need. Michelle has dropped hours at work to be at home and has fallen behind on council tax.",
  ["HOUS", "FIN"], "", "Overcrowding: HOUS. Council tax arrears: FIN.")
N("M010", "assessment", "2025-03-25", "yellow", "Kelmscott Vale",
  "Freya has missed 14 days since the move and says she can't face the two buses to school. School have put her on mornings only for now.",
  ["EDU-ATT"], "", "Part-time timetable is EDU-ATT.")
N("M010", "closure", "2025-11-04", "orange", "Kelmscott Vale",
  "Freya sees her CAMHS worker every fortnight and has not self-harmed since April. She is back on a full timetable.",
  ["MH-CHILD"], "hist", "Self-harm over but CAMHS ongoing (conv 4); attendance good news only.")

# ---- M011 Hollins Moor: adult daughter and baby living back at home ----
N("M011", "assessment", "2025-02-11", "yellow", "Hollins Moor",
  "Kerry's eldest, Shannon (20), lives at home with her baby Ruby-Mae, which makes seven in a three-bedroom house. Shannon's boyfriend, who does not live with them, gambles online and she says he has taken out loans in her name.",
  ["HOUS", "FIN"], "outside", "Boyfriend's gambling is outside the household; the loans in Shannon's name are the family's debt: FIN.")
N("M011", "assessment", "2025-02-11", "orange", "Hollins Moor",
  "Connor (17) dropped out of college in November and is not working or training. He stays in his room most of the day and drinks there most nights. CAMHS have accepted the referral for low mood.",
  ["EDU-NEET", "SUB", "MH-CHILD"], "", "16+ NEET: EDU-NEET only, no FIN (conv 11).")
N("M011", "closure", "2025-08-26", "yellow", "Hollins Moor",
  "Shannon and Ruby-Mae got their own flat in May, leaving four at home and everyone with a bed. Shannon is on a debt management plan for the loans.",
  ["FIN"], "hist", "Overcrowding resolved; debt plan ongoing.")
N("M011", "closure", "2025-08-26", "orange", "Hollins Moor",
  "Connor has an apprenticeship starting in September but until then he is still not in work or education. He sees his CAMHS worker weekly and says he has cut down to drinking at weekends only.",
  ["EDU-NEET", "MH-CHILD", "SUB"], "", "Still NEET until September; drinking reduced but continuing.")

# ---- M012 Stanegate: gran across the estate drinking ----
N("M012", "assessment", "2025-09-16", "green", "Stanegate",
  "Harvey (4) has just started in Reception at St Cuthbert's and his teacher says he is still wetting himself in class most days. The school nurse has been asked to see him.",
  ["EYD"], "", "Under-5 toileting: EYD (conv 9).")
N("M012", "assessment", "2025-09-16", "yellow", "Stanegate",
  "Rachel's mum, who lives across the estate, has been drinking heavily since her husband died. Rachel used to leave Harvey with her after school but stopped in August after finding her asleep with the back door wide open. With no childcare Rachel has had to give up her job at the bakery, and her Universal Credit has been stopped; referred to Citizens Advice.",
  ["FIN"], "outside,hist", "Gran lives outside the household: not SUB. Supervision lapse ended in August: historical. Job loss and stopped UC: FIN.")
N("M012", "closure", "2026-02-24", "blue", "Stanegate",
  "Rachel has found a childminder through the childcare part of her Universal Credit and is back at work part time. Her mum has started going to AA, which Rachel says is a weight off her mind.",
  [], "outside,lookalike", "Benefit named without a problem is not FIN (conv 5); gran's AA is outside the household.")

# ---- M013 Ashbrook: 22-year-old brother raising his brothers after mum died ----
N("M013", "assessment", "2025-01-14", "yellow", "Ashbrook",
  "Since their mum died in October, Jordan (22) has been bringing up his brothers Tyler (13) and Cole (10) in the family home under a kinship arrangement, with their aunt Denise, who lives nearby, helping out. The GP has diagnosed Jordan with depression.",
  ["MH-ADULT"], "lookalike,outside", "Jordan is the adult carer, so MH-ADULT; an adult kinship carer is not CARER (conv 12).")
N("M013", "assessment", "2025-01-14", "orange", "Ashbrook",
  "The tenancy was in mum's name and the housing association has served a notice seeking possession while they look at succession. Rent arrears of £1,400 built up while she was ill.",
  ["HOUS", "FIN"], "", "Possession notice: HOUS. Rent arrears: FIN.")
N("M013", "closure", "2025-07-29", "yellow", "Ashbrook",
  "Succession of the tenancy was agreed and the arrears were paid off with a discretionary housing payment. Jordan is still taking antidepressants and has gone back to work.",
  ["MH-ADULT"], "hist", "Housing and arrears resolved; antidepressants ongoing.")

# ---- M014 Kelmscott Vale: girl caring for mum and grandma ----
N("M014", "assessment", "2025-05-20", "yellow", "Kelmscott Vale",
  "Angela has MS and uses a wheelchair; the chemist delivers her prescribed drugs. Grandma Joan moved in to help but then fell and broke her hip. Daisy (13) now does the cooking and helps both of them get dressed, and she has had 9 days off this half term.",
  ["PH", "CARER", "EDU-ATT"], "lookalike", "'Prescribed drugs' is not SUB.")
N("M014", "assessment", "2025-05-20", "green", "Kelmscott Vale",
  "Angela gets PIP and Joan receives Carer's Allowance; Angela says they are fine for money. Daisy has been seeing the school nurse about headaches.",
  ["PH"], "lookalike,neg", "Benefit names imply neither FIN, PH nor CARER (conv 5); Daisy's headaches: PH.")
N("M014", "closure", "2025-12-09", "blue", "Kelmscott Vale",
  "Daisy has a young carer card and goes to the Friday group. An OT has fitted a stairlift and Joan's hip has healed. Angela's MS is stable and she manages her own medication.",
  ["CARER", "PH"], "hist", "Blue: ongoing caring and MS being self-managed are present; Joan's hip is over.")

# ---- M015 Hollins Moor: uncle across town drawing nephew into county lines ----
N("M015", "assessment", "2025-03-18", "orange", "Hollins Moor",
  "Mason (15) spends most evenings at his uncle Dean's flat across town; Dean is known to police for supplying class A. Last week Mason was stopped by police in another city with £600 in cash and two phones. He was released under investigation and the YOS have been told.",
  ["SAFE-EXP", "CRIME"], "outside", "Dean's offending is outside the household (not coded); his effect on Mason is SAFE-EXP; police/YOS about Mason: CRIME.")
N("M015", "assessment", "2025-03-18", "yellow", "Hollins Moor",
  "Lorraine works long shifts at the hospital and says Mason does as he likes; she took his key off him and he now climbs in through the window. He is on a reduced timetable after a managed move to Hollins Academy in February.",
  ["REL-PAR", "EDU-EXC", "EDU-ATT"], "lookalike", "Shift work is not FIN (conv 5).")
N("M015", "closure", "2025-10-14", "orange", "Hollins Moor",
  "Mason is on a referral order with the YOS for the cash and phones. He has not been back to Dean's since the exploitation plan started.",
  ["CRIME", "SAFE-EXP"], "", "Referral order: CRIME; exploitation plan still in place: SAFE-EXP.")

# ---- M016 Stanegate: nan raising two while mum is in prison ----
N("M016", "assessment", "2025-06-03", "yellow", "Stanegate",
  "Poppy (8) and Alfie (5) live with their maternal nan Carol while their mum serves a prison sentence. Carol is 70 and says she is worn out. Her pension doesn't stretch to the three of them and she has been to the food bank twice this month.",
  ["FIN"], "outside", "Mum is outside the household: her offence is not CRIME. Food bank: FIN.")
N("M016", "assessment", "2025-06-03", "green", "Stanegate",
  "Alfie is in Reception and the SENCO is looking at whether he may be autistic; Poppy is doing well. Carol has arthritis in both knees and sees her GP regularly.",
  ["EDU-SEND", "PH"], "", "SENCO assessment: EDU-SEND; Carol lives in: PH.")
N("M016", "closure", "2025-12-16", "yellow", "Stanegate",
  "The kinship allowance is now being paid and Carol no longer needs the food bank. Alfie has been put on the waiting list for an autism assessment.",
  ["EDU-SEND"], "hist", "Food bank need met: historical.")
N("M016", "closure", "2025-12-16", "blue", "Stanegate",
  "Carol's sister comes over at weekends so Carol gets a rest, and Carol is keeping on top of her knee pain with the exercises the physio gave her. Poppy visits her mum in prison once a month with help from a charity.",
  ["PH"], "outside", "Blue: Carol managing her knee pain is PH; mum in prison is outside the household.")

# ---- M017 Ashbrook: 16-year-old and his grandmother ----
N("M017", "assessment", "2025-08-05", "orange", "Ashbrook",
  "Tyrese (16) lives with his grandmother Gloria, who holds parental responsibility. He pushed her against the kitchen wall when she took his phone and police were called, though Gloria did not want him arrested. He has not been in education or training since leaving school in July.",
  ["REL-PAR", "CRIME", "EDU-NEET"], "lookalike", "Child-to-carer violence: REL-PAR + CRIME (police), not DA (conv 8).")
N("M017", "assessment", "2025-08-05", "yellow", "Ashbrook",
  "Gloria has high blood pressure and her GP has told her to cut down on stress. Tyrese's older sister Kiana (21) lives nearby and has offered to have him at weekends.",
  ["PH"], "outside", "Kiana lives outside the household.")
N("M017", "closure", "2026-01-20", "yellow", "Ashbrook",
  "Tyrese has a place on a construction course at Ashbrook College from September and is at home all day until then. There has been no violence since October, when Gloria and Tyrese finished a non-violent resistance course together.",
  ["EDU-NEET"], "hist", "Still NEET until course starts; violence historical.")

# ---- M018 Kelmscott Vale: mum and children back with her parents ----
N("M018", "assessment", "2025-04-15", "blue", "Kelmscott Vale",
  "Jess and the children moved in with her parents after she left Ryan in 2024; he has not been in touch since and the non-molestation order ran out last year with no breaches. Jess's dad smokes in the garden and Jess vapes.",
  [], "hist,lookalike", "DA over, no contact: historical. Tobacco and vaping are not SUB (conv 12).")
N("M018", "assessment", "2025-04-15", "green", "Kelmscott Vale",
  "Lily (3) has been offered 15 hours at nursery but Jess hasn't taken the place up yet. The health visitor thinks it would help as Lily is shy and her speech is behind.",
  ["EYD"], "", "Nursery take-up and speech under 5: EYD.")
N("M018", "assessment", "2025-04-15", "yellow", "Kelmscott Vale",
  "Seven people in a three-bedroom semi: Jess and her three children share the box room and back bedroom and her adult brother sleeps in the dining room. Jess is on the housing register.",
  ["HOUS"], "", "Overcrowding: HOUS.")
N("M018", "closure", "2025-11-25", "green", "Kelmscott Vale",
  "Lily started nursery in September and goes five mornings a week; her speech is coming on with her keyworker's help.",
  ["EYD"], "", "Green: speech still being supported, present.")

# ---- M019 Hollins Moor: grandmother scammed, dad out of work ----
N("M019", "assessment", "2025-07-08", "yellow", "Hollins Moor",
  "Gary's mother Maureen lives with the family and has lost £3,000 of her savings to a phone scam; she also owes money on a catalogue. Gary was made redundant in March and is on Universal Credit while he looks for work.",
  ["FIN"], "", "Household debt and worklessness: FIN.")
N("M019", "assessment", "2025-07-08", "green", "Hollins Moor",
  "Ethan (11) has mild hearing loss and wears hearing aids, checked by the audiology clinic. His teacher says he is doing well and he does not need SEN support.",
  ["PH"], "neg", "Hearing loss is PH; SEN support negated.")
N("M019", "closure", "2026-01-27", "blue", "Hollins Moor",
  "Gary has started work at the distribution centre. The family have drawn up a budget with Maureen, who is paying £15 a week off the catalogue and got half of the scammed money back from her bank.",
  ["FIN"], "", "Blue: paying off debt counts as present (conv 3).")

# ---- M020 Stanegate: grandad with cancer lives in; teenage granddaughter ----
N("M020", "assessment", "2025-02-25", "yellow", "Stanegate",
  "Grandad Tom (72), who lives with the family, is having chemotherapy for bowel cancer. Amber (15) stays off school on his hospital days to go with him because her mum can't get the time off work, and her attendance is 84%.",
  ["PH", "CARER", "EDU-ATT"], "", "Tom in household: PH; Amber missing school to care: CARER and EDU-ATT.")
N("M020", "assessment", "2025-02-25", "orange", "Stanegate",
  "Amber has been self-harming and told her head of year that girls in her class have been passing round a video of her. CAMHS have accepted her and police are looking into the video.",
  ["MH-CHILD", "SAFE-EXP"], "lookalike", "Police investigating other pupils is not CRIME for the family; bullying/online: SAFE-EXP.")
N("M020", "closure", "2025-09-23", "green", "Stanegate",
  "Tom finished his chemo in June and is in remission, with a scan at the hospital every three months. Amber's attendance is back up to 96%.",
  [], "hist", "Treatment ended and illness in remission: historical (routine scans are follow-up, not treatment).")
N("M020", "closure", "2025-09-23", "orange", "Stanegate",
  "Amber still sees her CAMHS practitioner every two weeks. The girls were spoken to by school and police, the video has been taken down and there has been no bullying since.",
  ["MH-CHILD"], "hist", "Bullying over: SAFE-EXP historical; CAMHS ongoing.")

# ---- M021 Ashbrook: teenage mum living with her own mum ----
N("M021", "assessment", "2025-05-13", "yellow", "Ashbrook",
  "Chloe (17) lives with her mum Tracey and her baby Leo (5 months). She left sixth form when she was pregnant and hasn't gone back; the family nurse is encouraging her to look at a college course with a creche.",
  ["EDU-NEET"], "", "17-year-old not in education: EDU-NEET only.")
N("M021", "assessment", "2025-05-13", "green", "Ashbrook",
  "Leo is up to date with his jabs and growing well. Tracey has depression and sees her GP monthly; she does most of the night feeds so Chloe can sleep.",
  ["MH-ADULT"], "", "Tracey shares the baby's care in the home: MH-ADULT. Immunisations up to date is good news only.")
N("M021", "closure", "2026-02-10", "green", "Ashbrook",
  "Chloe started a Level 1 childcare course in January and Leo goes to the college creche. Tracey says her mood is good and she has come off her tablets.",
  [], "hist", "NEET and Tracey's depression both over.")

# ---- M022 Kelmscott Vale: CP plan for neglect; gran on the same street ----
N("M022", "assessment", "2025-03-04", "red", "Kelmscott Vale",
  "The children have been on child protection plans for neglect since the ICPC in February: there was no working cooker, dog mess on the floors, and the children were arriving at school hungry. Kirsty and her partner Shane both smoke cannabis every day.",
  ["SAFE-NEG", "SUB"], "", "Hungry children and home conditions: SAFE-NEG (conv 10).")
N("M022", "assessment", "2025-03-04", "orange", "Kelmscott Vale",
  "Shane is on licence after a burglary conviction and his probation officer is part of the core group.",
  ["CRIME"], "", "Household adult on licence: CRIME.")
N("M022", "assessment", "2025-03-04", "yellow", "Kelmscott Vale",
  "Maternal grandmother June lives on the same street and takes the children to the park on Saturdays. June is on a methadone script herself.",
  [], "outside", "June is outside the household: her methadone is not SUB (conv 6).")
N("M022", "closure", "2025-10-07", "red", "Kelmscott Vale",
  "The CP plan continues. The house is clean and has a cooker now, but Kirsty is still testing positive for cannabis and the core group is worried about how the children are supervised in the evenings.",
  ["SUB", "SAFE-NEG"], "hist", "Home conditions improved but supervision still a concern: SAFE-NEG present.")

# ---- M023 Hollins Moor: aunt with learning disability lives in ----
N("M023", "assessment", "2025-06-24", "yellow", "Hollins Moor",
  "Sarah's sister Gail (34), who has a learning disability and epilepsy, has lived with the family since their mother died. Noah (12) keeps an eye on Gail after school and knows what to do if she has a seizure; he says he doesn't mind, but it means he can't go to football club.",
  ["PH", "CARER"], "", "Aunt in household: PH; Noah's supervision of her: CARER.")
N("M023", "assessment", "2025-06-24", "green", "Hollins Moor",
  "Noah is dyslexic and is on SEN support, doing a reading intervention with the SENCO.",
  ["EDU-SEND"], "", "")
N("M023", "closure", "2026-01-06", "blue", "Hollins Moor",
  "Gail now goes to a day service until five, so Noah plays football on Tuesdays. He still checks on her in the evenings and has had a young carer's assessment.",
  ["CARER", "PH"], "", "Blue: caring continues at a lower level, and Gail's day service: present.")

# ---- M024 Stanegate: veteran grandad does the school run ----
N("M024", "assessment", "2025-10-28", "yellow", "Stanegate",
  "Grandad Steve, an army veteran, lives with Nicola and the girls and does the school run every day. He has PTSD and is waiting for the veterans' mental health service. Nicola's ex-husband drinks heavily but only sees the girls at a contact centre.",
  ["MH-ADULT"], "outside", "Steve shares the care: MH-ADULT. Ex-husband outside the household: not SUB (conv 6).")
N("M024", "assessment", "2025-10-28", "green", "Stanegate",
  "Ruby (7) has eczema that flares up and keeps her awake at night; the GP has changed her creams.",
  ["PH"], "", "")
N("M024", "closure", "2026-03-17", "yellow", "Stanegate",
  "Steve has started therapy with the veterans' service and says the nightmares are less often. Contact with the girls' dad is going well and he says he has cut down on the drink.",
  ["MH-ADULT"], "outside", "Dad's drinking is outside the household.")

# ---- M025 Ashbrook: 18-year-old brother on the scrambler ----
N("M025", "assessment", "2025-04-01", "orange", "Ashbrook",
  "Reece (18) still lives at home and has been given a community protection warning for riding a scrambler bike round the estate. Neighbours have complained to the housing officer and the tenancy is at risk. Reece smokes cannabis in his bedroom.",
  ["CRIME", "HOUS", "SUB"], "", "ASB by household member: CRIME; tenancy at risk: HOUS; young person's cannabis: SUB.")
N("M025", "assessment", "2025-04-01", "yellow", "Ashbrook",
  "Millie (10) clings to her mum at the school gate and has panic attacks on school mornings since the police came to the house. School have referred her to the mental health support team.",
  ["MH-CHILD"], "hist", "The police visit is past context, not coded.")
N("M025", "closure", "2025-10-21", "yellow", "Ashbrook",
  "Reece sold the bike and there have been no complaints since May, so the housing officer has closed the case. Millie is still having weekly sessions with the mental health support team.",
  ["MH-CHILD"], "hist", "ASB and tenancy risk over: historical.")

# ---- M026 Hollins Moor: adult daughter at home in a coercive relationship ----
N("M026", "assessment", "2025-07-22", "orange", "Hollins Moor",
  "Bethany (19) lives at home with her mum Joanne and two younger brothers. Her boyfriend, who doesn't live there, goes through her phone, tells her what she can wear and has threatened to share photos of her. The IDVA has referred her to MARAC.",
  ["DA"], "outside", "The boyfriend lives elsewhere, but the abuse of a household member is coded DA (conv 6).")
N("M026", "assessment", "2025-07-22", "yellow", "Hollins Moor",
  "Joanne and the boys' dad Paul, who lives across town, argue on the phone about contact and the maintenance he has stopped paying, and the boys hear it on speaker. Mediation has been offered.",
  ["REL-CONF", "FIN"], "outside", "Parental conflict is the family's need even with Paul elsewhere; stopped maintenance: FIN.")
N("M026", "closure", "2026-01-13", "orange", "Hollins Moor",
  "Bethany has ended the relationship and goes to a weekly domestic abuse recovery group at the women's centre; the MARAC actions are complete. Joanne and Paul agreed a contact plan at mediation and the rows have stopped.",
  ["DA"], "hist", "Ongoing DA support: DA present; parental arguments over: historical.")

# ---- Unboxed case notes (level from the highest cue, conv 2) ----
U("U001", "assessment", "2025-05-28", "Ashbrook",
  "Home visit. Nan, who lives with the family, says her knees are so bad she can't manage the stairs and the GP has referred her to physio. School report no concerns about any of the children.",
  ["PH"], "green", "neg", "GP is the only cue: green. Children's school negated.")
U("U002", "assessment", "2025-06-19", "Stanegate",
  "Call from the children's aunt, who lives in Spain, worried about her sister's drinking. Mum denies drinking and says her sister is stirring things up after a family fall-out. No further action.",
  [], "", "neg,outside", "Drinking denied; the aunt lives abroad. No present issue.")
U("U003", "assessment", "2025-08-12", "Kelmscott Vale",
  "Strategy meeting held after Kai (13) told his teacher that his uncle, who lodges in the back bedroom, has been making him sell cannabis to other pupils. Uncle arrested and bailed to an address in another town; s47 enquiries under way.",
  ["SAFE-EXP", "CRIME"], "red", "lookalike", "Drugs on an exploited child: SAFE-EXP and CRIME, not SUB (conv 12). Strategy meeting/s47: red.")
U("U004", "assessment", "2025-09-04", "Hollins Moor",
  "Early help worker visit. Grandad moved in after his flat was repossessed and is sleeping on the settee. Mum wants help with a housing application for a bigger place. No rent arrears and no debts.",
  ["HOUS"], "yellow", "neg", "EH worker: yellow. Debt and arrears negated.")
U("U005", "assessment", "2025-10-02", "Ashbrook",
  "Maya (16) helps her mum look after her grandmother, who has dementia and lives with them, and has missed several days of sixth form this term. Referred to the young carers service.",
  ["CARER", "PH", "EDU-ATT"], "yellow", "", "Young carers service: yellow. Grandmother in household: PH.")
U("U006", "closure", "2025-11-18", "Stanegate",
  "Signposted Grandad to a kinship carers' online group and the council's kinship pages, which he will look at himself. He is raising his grandson Ollie (6) and says bedtimes have been a battle since Ollie moved in, so he is going to try the routine tips on the website.",
  ["REL-PAR"], "blue", "lookalike", "Signposting only: blue. Kinship carer is not CARER.")
U("U007", "assessment", "2025-12-03", "Kelmscott Vale",
  "Overnight police call-out: the children's aunt's partner, who lives with the family, threatened the aunt with a knife during a row while the children were in the house. DVPN issued and referral made to MARAC.",
  ["DA"], "orange", "", "Both adults live in the household: DA. Police/MARAC: orange.")
U("U008", "assessment", "2026-01-15", "Hollins Moor",
  "Health visitor contact: baby Isla (8 weeks) is feeding well. Mum lives with her parents and says her dad's cancer treatment finished last year. Mum has been low and tearful most days, so the HV did a mood screen and will review in two weeks.",
  ["MH-ADULT"], "green", "hist", "Grandad's cancer is over. HV only: green.")
U("U009", "closure", "2026-02-05", "Ashbrook",
  "Uncle Marcus rang to say he is out of prison and wants to move back in with his mum and the children; nothing has been decided. Mum says if he does move in she will talk to the housing officer about the rent.",
  [], "", "hypo,outside", "Marcus is not in the household; the housing/rent worry is hypothetical.")


# ---- write the files ----
def main():
    with open(os.path.join(OUT, "narratives.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        for r in ROWS:
            w.writerow(r[:8])
    with open(os.path.join(OUT, "gold.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for r in ROWS:
            for c in r[8]:
                w.writerow([r[0], c, r[9]])
    traps = [{"narrative_id": r[0], "kinds": [k for k in r[10].split(",") if k],
              "gold_codes": r[8], "note": r[11]} for r in ROWS if r[10] or r[11]]
    with open(os.path.join(OUT, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")
    n_trap = sum(1 for r in ROWS if r[10])
    print(f"{len(ROWS)} narratives, {sum(len(r[8]) for r in ROWS)} gold rows, {n_trap} with traps")


if __name__ == "__main__":
    main()
