#!/usr/bin/env python3
"""Blind hand-coded gold set z23: kinship care (grandparents and other relatives
raising children). Every narrative, its gold codes and trap notes are written by
hand below; running this script writes narratives.csv, gold.csv and traps.json.
Python 3 standard library only."""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = []


def N(nid, date, loc, level, text, codes, traps=(), gold_level=None, stage=None):
    """nid: '<CASE>-A-<level>' / '<CASE>-C-<level>' for boxed narratives, or an
    unboxed note id (level None, gold_level given, stage given).
    codes: present codes only. traps: list of (kind, note)."""
    if level is not None:
        case, st, box = nid.split("-")
        assert box == level, nid
        triage = case + "-" + st
        stage = {"A": "assessment", "C": "closure"}[st]
        glevel = level
    else:
        case = triage = nid
        assert gold_level and stage
        glevel = gold_level
    ROWS.append(dict(nid=nid, triage=triage, case=case, stage=stage, date=date,
                     level=level or "", loc=loc, text=text, codes=list(codes),
                     traps=[list(t) for t in traps], glevel=glevel))


# ---------------------------------------------------------------- batch 1
# Z2301 Brackenholt - maternal grandmother Pauline (67), SGO, Kaiden (8), Lacey (5)
N("Z2301-A-green", "2025-02-10", "Brackenholt", "green",
  "Lacey (5, Reception at Hollin Lane Primary) is hard to understand - class teacher says she drops the ends of words and gets cross when nobody follows her. SENCO has done a speech screen and put her on the SALT list. Nan (Pauline, 67) has osteoarthritis in both knees and is on the GP's list for a knee replacement; she gets a taxi for the school run on bad days.",
  ["EDU-SEND", "PH"],
  [("convention", "speech and language for a school-age child (5, in Reception) is EDU-SEND, not EYD (conv. 9)")])
N("Z2301-A-yellow", "2025-02-10", "Brackenholt", "yellow",
  "Kaiden (8) kicks off at home after every contact with his mum: slamming doors, swearing at Nan, and once he threw the TV remote at her. Pauline says she loves him to bits but hasn't got the energy for this at her age. Mum is living in a recovery hostel in Ostwick and contact is supervised at the family centre once a month. KSW to start therapeutic parenting sessions with Pauline.",
  ["REL-PAR"],
  [("outside-household", "mum's recovery from substance use - mum lives in a hostel elsewhere, not SUB (conv. 6)"),
   ("look-alike", "'at her age' / no energy is not MH-ADULT or PH")])
N("Z2301-C-green", "2025-07-14", "Brackenholt", "green",
  "Lacey is now seen by the SALT in school every fortnight and the SENCO says her sounds are really coming on. Pauline had her knee done in April, has finished her physio and is walking Lacey to school again.",
  ["EDU-SEND"],
  [("historical", "knee replacement done and physio finished - PH is over")])

# Z2302 Kessingmoor - maternal aunt Shannon (29), nephews Reece (14), Tommy (11)
N("Z2302-A-orange", "2025-03-04", "Kessingmoor", "orange",
  "Maternal aunt Shannon (29) took in her sister's boys, Reece (14) and Tommy (11), in January when their mum was remanded. Shannon's 2-bed housing association flat now has six people in it and the boys sleep on an airbed in the lounge. She has fallen £640 behind on the rent since they arrived and the landlord has issued a notice seeking possession. Homeless application made on overcrowding grounds.",
  ["HOUS", "FIN"],
  [("outside-household", "mum remanded in custody - her offending is not CRIME for this household (conv. 6)")])
N("Z2302-A-yellow", "2025-03-04", "Kessingmoor", "yellow",
  "Reece has barely been in to Kessingmoor Academy since the move - 58% this term and he refuses most mornings. He is tearful and withdrawn and won't talk about his mum. Tommy goes in every day without any fuss. EHW to put together an attendance plan with Shannon and the academy.",
  ["EDU-ATT", "MH-CHILD"],
  [("good-news", "Tommy attends without fuss - no need stated, not coded")])
N("Z2302-C-orange", "2025-09-22", "Kessingmoor", "orange",
  "The family moved into a 4-bed house in Fernleigh Docks in June so the overcrowding is sorted, and a DHP cleared the rent arrears. New worry: Reece was arrested in August for criminal damage at the bus station with some older lads and has been referred to the YOS.",
  ["CRIME"],
  [("historical", "overcrowding sorted and arrears cleared - HOUS and FIN over")])

# Z2303 Fernleigh Docks - maternal grandparents Irene (70) and Derek (72), CAO, Skye (2y9m)
N("Z2303-A-green", "2025-01-20", "Fernleigh Docks", "green",
  "HV 2-year review done late (Skye is 2y9m and lives with her maternal grandparents under a CAO). Skye has about 15 single words and isn't putting any together yet; still in nappies day and night. Irene didn't know Skye could have a funded 2-year-old nursery place, so HV has given her the form.",
  ["EYD"],
  [("look-alike", "'funded' nursery place is not FIN")])
N("Z2303-A-yellow", "2025-01-20", "Fernleigh Docks", "yellow",
  "Irene (70) has Parkinson's and her tremor has got worse since the autumn. Derek (72) now does nearly all the looking after, for Irene and for Skye, and says he is worn out and tearful most nights; the GP started him on sertraline in December. Referred to Oakmere Kinship Support and to adult social care for a carer's assessment.",
  ["PH", "MH-ADULT"],
  [("convention", "Derek is an adult carer for his wife - 'carer's assessment' is not CARER (conv. 12)")])
N("Z2303-C-blue", "2025-06-30", "Fernleigh Docks", "blue",
  "Derek says his mood is a lot better. He still has low days but goes to the Thursday coffee morning at the Family Hub and rings his brother when he's struggling. Skye goes to Little Acorns three mornings a week.",
  ["MH-ADULT"],
  [("good-news", "Skye going to nursery with no need stated in this text - not EYD (conv. 3, conv. 1)")])

# Z2304 Ostwick - Mason (16) moving between relatives; nan Brenda (71)
N("Z2304-A-orange", "2025-02-24", "Ostwick", "orange",
  "Mason (16) has had no settled home since Christmas - a few nights at his nan's in Ostwick, then his aunt's in Brackenholt, then a mate's sofa. He was reported missing twice in February; the second time police found him in a flat in Kessingmoor known for drug supply. CCE concerns, and the exploitation panel is considering an NRM referral.",
  ["HOUS", "SAFE-EXP"],
  [("convention", "police finding a missing child is safeguarding, not CRIME (conv. 7)"),
   ("look-alike", "'drug supply' address - no use by Mason described, not SUB")])
N("Z2304-A-yellow", "2025-02-24", "Ostwick", "yellow",
  "Mason walked out of Ostwick College in November and has no work or training. Nan (Brenda, 71) gets nothing towards his keep and says she can't feed a growing lad on her state pension; she has been to the food bank twice this month.",
  ["EDU-NEET", "FIN"],
  [])
N("Z2304-C-yellow", "2025-08-11", "Ostwick", "yellow",
  "Mason has lived at his nan's full time since April and has his own room there. He started a bricklaying traineeship at Ostwick Skills Centre in June. No missing episodes since March. He is still smoking cannabis most days and has agreed to see the young people's substance worker at Compass Youth.",
  ["SUB"],
  [("historical", "settled at nan's since April - HOUS over"),
   ("historical", "traineeship started - EDU-NEET over"),
   ("historical", "no missing episodes since March - SAFE-EXP over")])

# Z2305 Brackenholt - grandmother Maureen (64) with COPD, Ellie (13) young carer
N("Z2305-A-green", "2025-03-17", "Brackenholt", "green",
  "Ellie (Y8, Brackenholt High) has been late 14 times since half term. She told her tutor she has to help Grandma get washed and dressed before school because Grandma's breathing is at its worst first thing. Grandma (Maureen, 64) has COPD.",
  ["EDU-ATT", "CARER", "PH"],
  [])
N("Z2305-A-yellow", "2025-03-17", "Brackenholt", "yellow",
  "Referred Ellie to Lanternhouse Young Carers for an assessment and some respite. Maureen is on home oxygen and has been admitted twice since Christmas with chest infections; Ellie stayed with a neighbour both times.",
  ["CARER", "PH"],
  [("outside-household", "the neighbour who had Ellie is not part of the family")])
N("Z2305-C-blue", "2025-07-21", "Brackenholt", "blue",
  "Ellie goes to the Lanternhouse club on Tuesdays and shows her young carer card at school when she needs to. Maureen has a morning care call now, so Ellie just checks she has had her inhalers.",
  ["CARER", "PH"],
  [("look-alike", "paid 'care call' staff are not CARER; Ellie still caring (managing) is")])

# Z2306 Kessingmoor - paternal grandparents Carol and Steve, SGO, Harley (10), Poppy (7);
# birth father Lee (their son) lives elsewhere
N("Z2306-A-orange", "2025-01-13", "Kessingmoor", "orange",
  "Lee (the children's dad, Carol and Steve's son) doesn't live with them but keeps turning up drunk, demanding to see the kids, banging on the windows and threatening Steve. Police have been called three times since November and Carol is applying for a non-molestation order. Harley (10) has started wetting the bed again.",
  ["DA", "PH"],
  [("outside-household", "Lee's drinking - he lives elsewhere, not SUB (conv. 6)"),
   ("convention", "police call-outs about Lee's abuse of the household are DA, not CRIME (conv. 7)"),
   ("convention", "bedwetting at school age is PH (conv. 9)")])

# ---------------------------------------------------------------- batch 2
N("Z2306-A-yellow", "2025-01-13", "Kessingmoor", "yellow",
  "Poppy (7) keeps telling her teacher she misses her mum, who is in a psychiatric unit out of county. She is tearful most Monday mornings and school have started Thrive sessions with her.",
  ["MH-CHILD"],
  [("outside-household", "mum's mental health - mum is in hospital elsewhere, not MH-ADULT (conv. 6)")])
N("Z2306-C-orange", "2025-07-07", "Kessingmoor", "orange",
  "Non-mol granted in February for 12 months. Lee breached it in May and was arrested and charged; Carol is being supported by the Kessingmoor Safe DA worker.",
  ["DA"],
  [("convention", "arrest and charge for breaching the non-mol is DA only, not CRIME (conv. 7)")])
N("Z2306-C-blue", "2025-07-07", "Kessingmoor", "blue",
  "Carol and Steve keep their safety plan on the fridge and have a doorbell camera. Harley is dry most nights now with the alarm the school nurse lent them.",
  ["DA", "PH"],
  [("convention", "blue box: safety plan and bedwetting being managed count as present (conv. 3)")])

# Z2307 Ostwick - aunt Nadia, CAO, Amira (15); dad in prison
N("Z2307-A-orange", "2025-04-07", "Ostwick", "orange",
  "Amira (15) told the school nurse she has been cutting her arms since her dad was sent to prison in the winter. CAMHS referral accepted, choice appointment done and she is now waiting for therapy. She lives with her aunt Nadia under a child arrangements order.",
  ["MH-CHILD"],
  [("outside-household", "dad's imprisonment - he is not in the household, not CRIME (conv. 6)")])
N("Z2307-A-green", "2025-04-07", "Ostwick", "green",
  "Nadia works shifts as a theatre nurse and says money is fine. Amira's attendance at Ostwick High is 97% and she is predicted good GCSE grades. No concerns about housing.",
  [],
  [("convention", "working shifts is not FIN (conv. 5)"),
   ("negated", "money is fine - FIN negated"),
   ("negated", "no concerns about housing - HOUS negated"),
   ("good-news", "good attendance with no need stated - not EDU-ATT"),
   ("look-alike", "'theatre nurse' is Nadia's job, not PH")])
N("Z2307-C-yellow", "2025-10-13", "Ostwick", "yellow",
  "Amira is still seeing CAMHS every fortnight. She and Nadia were rowing most evenings about curfew and where she goes; they agreed a contract with the EHW and Amira sticks to it on school nights, but weekends are still a battle.",
  ["MH-CHILD", "REL-PAR"],
  [])

# Z2308 Brackenholt - grandad Ray (61), SGO, Kai (9); nan died
N("Z2308-A-yellow", "2025-05-12", "Brackenholt", "yellow",
  "Since Kai's nan died in March, Grandad Ray has been drinking most nights. Kai told his teacher Grandad falls asleep in the chair, so he makes his own tea, usually cereal or crisps, and puts himself to bed. Ray admits the drinking has got out of hand and agreed to a referral to Brackenholt Alcohol Service.",
  ["SUB", "SAFE-NEG"],
  [])
N("Z2308-C-blue", "2025-11-03", "Brackenholt", "blue",
  "Ray has been sober for 11 weeks and still goes to the alcohol service's Thursday group; a friend from church is his sponsor. Kai is eating breakfast at home again and has joined Cubs.",
  ["SUB"],
  [("convention", "sober but still attending the alcohol service - ongoing service / managing in a blue box is SUB present (conv. 3, 4)"),
   ("historical", "Kai eating at home again - basic-care concern over, not SAFE-NEG")])
N("Z2308-C-green", "2025-11-03", "Brackenholt", "green",
  "Kai's learning mentor stopped the bereavement sessions at Easter as he no longer needed them. His teacher says he is settled and doing well.",
  [],
  [("historical", "bereavement support ended because no longer needed - MH-CHILD over")])

# Z2309 Kessingmoor - paternal grandmother Lorraine (52), Roman (8m), ICO then SGO
N("Z2309-A-red", "2025-06-02", "Kessingmoor", "red",
  "Roman (8m) lives with his paternal grandmother Lorraine (52) under an interim care order while she is assessed as a special guardian. Birth mum's heroin use is why he came into care; she lives in Ostwick and has contact twice a week at the contact centre. Roman was slow to wean and his weight has dropped from the 25th to the 9th centile - he is under the paediatric dietitian.",
  ["EYD", "PH"],
  [("outside-household", "birth mum's heroin use - she lives elsewhere, not SUB (conv. 6)")])
N("Z2309-A-yellow", "2025-06-02", "Kessingmoor", "yellow",
  "Lorraine left her job as a care assistant to look after Roman and is still waiting for her first UC payment. She is behind on her council tax and has borrowed £400 from her sister to get by.",
  ["FIN"],
  [("look-alike", "'care assistant' / 'look after' - Lorraine is an adult kinship carer, not CARER (conv. 12)")])
N("Z2309-C-blue", "2025-12-08", "Kessingmoor", "blue",
  "SGO granted in October. Lorraine is paying off the council tax arrears at £25 a month using the budget Citizens Advice did with her. Roman is back on the 25th centile and eating family meals.",
  ["FIN"],
  [("historical", "weight back on centile and eating family food - PH and EYD over")])

# Z2310 Fernleigh Docks - great-aunt Bernadette (69), twins Leo and Ava (11)
N("Z2310-A-green", "2025-03-10", "Fernleigh Docks", "green",
  "Leo and Ava (11, Y6 at St Brannock's) live with their great-aunt Bernadette. Ava has an EHCP for autism with a 1:1 in the mornings; Leo is on the ADHD assessment pathway. Bernadette comes to every review.",
  ["EDU-SEND"],
  [])
N("Z2310-A-yellow", "2025-03-10", "Fernleigh Docks", "yellow",
  "Leo has had two fixed-term suspensions this term for throwing chairs, and the head has warned that permanent exclusion is on the table if it carries on. Bernadette says he won't take no for an answer at home either and she can't get him to stick to any routine.",
  ["EDU-EXC", "REL-PAR"],
  [])
N("Z2310-C-orange", "2025-10-20", "Fernleigh Docks", "orange",
  "Leo started at Fernleigh Academy in September on a managed move after a third suspension in July. TAF plan in place with the academy, the ADHD nurse and the EHW.",
  ["EDU-EXC", "EDU-SEND"],
  [])

# Z2311 Ostwick - maternal grandmother Sandra (58), SGO, Liam (6), Tegan (4)
N("Z2311-A-yellow", "2025-04-22", "Ostwick", "yellow",
  "Sandra has been signed off from her job with depression since the children came to her in January. She cries most days and says she feels she has lost her own life. GP has increased her antidepressants and referred her to Talking Therapies.",
  ["MH-ADULT"],
  [("look-alike", "signed off sick is not worklessness - not FIN")])
N("Z2311-A-orange", "2025-04-22", "Ostwick", "orange",
  "Sandra's special guardianship allowance was cut after a means-test review and she is now £1,800 behind on rent. Her private landlord served a section 8 notice last week.",
  ["FIN", "HOUS"],
  [])
N("Z2311-C-yellow", "2025-10-27", "Ostwick", "yellow",
  "Rent arrears are down to £450 after a DHP and the landlord has withdrawn the section 8, though he says he will serve another if the payments slip. Sandra finished Talking Therapies in August and says she is coping well now.",
  ["FIN"],
  [("historical", "section 8 withdrawn - eviction notice over"),
   ("hypothetical", "landlord will serve again only if payments slip - HOUS not present"),
   ("historical", "finished Talking Therapies, coping - MH-ADULT over")])

# ---------------------------------------------------------------- batch 3
# Z2312 Kessingmoor - uncle Marcus and his partner Dean, niece Jade (12)
N("Z2312-A-orange", "2025-05-19", "Kessingmoor", "orange",
  "Jade (12) has been messaging a man she met on a gaming app who says he is 19; he has asked her for photos and to meet up at the retail park. Police and CEOP report made and her phone has been taken for examination.",
  ["SAFE-EXP"],
  [("convention", "police acting to safeguard a child victim is not CRIME (conv. 7)")])
N("Z2312-A-yellow", "2025-05-19", "Kessingmoor", "yellow",
  "Jade's mum lives in Brackenholt and drinks heavily. Jade stays there alternate weekends and comes back withdrawn and tearful, saying mum was 'out of it'. Marcus and Dean are thinking about asking for daytime-only contact. EHW to help them draw up a contact plan.",
  ["MH-CHILD"],
  [("outside-household", "mum's heavy drinking - she lives elsewhere, not SUB (conv. 6)")])
N("Z2312-C-blue", "2025-11-17", "Kessingmoor", "blue",
  "Marcus has parental controls on Jade's phone and console and they go through her apps together on Sunday evenings. Jade has done the online safety sessions and knows how to block and report.",
  ["SAFE-EXP"],
  [("convention", "blue box: online safety being managed counts as present (conv. 3)")])

# Z2313 Brackenholt - Nana Joy (55) and Grandad Pete, Kobe (20m), Mya (3)
N("Z2313-A-green", "2025-02-03", "Brackenholt", "green",
  "HV review for Kobe (20m) and Mya (3), who live with their maternal grandparents. Mya's speech is clear and she is toilet trained. Kobe has had four chest infections since October and the GP thinks the black mould in the back bedroom is making it worse.",
  ["PH", "HOUS"],
  [("good-news", "Mya's speech and toileting fine - not EYD")])
N("Z2313-A-yellow", "2025-02-03", "Brackenholt", "yellow",
  "Pete was laid off from the warehouse in January and they are now on UC, waiting out the five weeks for the first payment. Joy has used the Family Hub pantry three times. The landlord has ignored their damp complaints since November.",
  ["FIN", "HOUS"],
  [])
N("Z2313-C-blue", "2025-07-28", "Brackenholt", "blue",
  "After Joy wrote to environmental health the landlord treated the mould and fitted an extractor fan. There is still some condensation in the back bedroom, which Joy wipes down every morning with the vents open. Kobe hasn't had a chest infection since the spring.",
  ["HOUS"],
  [("historical", "no chest infection since spring - PH over")])

# Z2314 Ostwick - grandparents Bill and Jean, Callum (15)
N("Z2314-A-orange", "2025-03-24", "Ostwick", "orange",
  "Callum (15) got a youth caution in February for shoplifting from the Co-op, and police have brought him home twice after ASB in Ostwick Park. Open to Ostwick YOS for a voluntary prevention programme.",
  ["CRIME"],
  [])
N("Z2314-A-yellow", "2025-03-24", "Ostwick", "yellow",
  "Bill and Jean say they have lost control: Callum comes and goes as he likes, swore at Jean and shoved past her when she took his phone off him, and his room stinks of cannabis. Jean found a grinder and rolling papers in his blazer pocket.",
  ["REL-PAR", "SUB"],
  [("convention", "a grandchild shoving his carer is child-to-parent behaviour, REL-PAR not DA (conv. 8)")])
N("Z2314-C-orange", "2025-09-15", "Ostwick", "orange",
  "Callum was stopped by police in July with 18 wraps of crack cocaine and £300 in cash; he says he was holding them for an older lad. He is now assessed as criminally exploited, NRM submitted, and YOS and the exploitation team are working together.",
  ["SAFE-EXP", "CRIME"],
  [("convention", "drugs found on an exploited child are SAFE-EXP and CRIME, not SUB (conv. 12)")])

# Z2315 Fernleigh Docks - aunt Leanne, her partner Gary (in household), nieces Kayla (9), Summer (6)
N("Z2315-A-orange", "2025-04-14", "Fernleigh Docks", "orange",
  "Aunt Leanne disclosed that her partner Gary controls all the money, checks her phone and last month pushed her into the kitchen counter in front of the girls. DASH medium risk, IDVA referral made. Gary still lives at the flat.",
  ["DA"],
  [("convention", "Gary controlling the money is economic abuse within DA - no separate FIN")])
N("Z2315-A-yellow", "2025-04-14", "Fernleigh Docks", "yellow",
  "Seven people in a 2-bed flat: Leanne, Gary, their three children and the nieces Kayla (9) and Summer (6), who share a single bed. On the housing register in band B. Summer has started wetting the bed most nights.",
  ["HOUS", "PH"],
  [("convention", "bedwetting at school age is PH (conv. 9)")])
N("Z2315-C-orange", "2025-10-06", "Fernleigh Docks", "orange",
  "Gary was arrested in May for assaulting Leanne and is on bail not to come to the flat. Leanne is halfway through the Freedom Programme. Still waiting for a bigger property - the girls are still top-and-tailing in one bed.",
  ["DA", "HOUS"],
  [("convention", "partner's arrest for assaulting Leanne is DA only, not CRIME (conv. 7)")])

# Z2316 Kessingmoor - grandma Hazel (62), wheelchair user after stroke, Noah (4y9m then 5)
N("Z2316-A-yellow", "2025-06-09", "Kessingmoor", "yellow",
  "Hazel has used a wheelchair since her stroke last year. She can't get Noah (4y9m) to nursery when her neighbour isn't about to drive them, so he misses a day or two most weeks. Nursery say he isn't ready for school: he still has accidents every day and his speech is hard to follow. Portage worker to visit.",
  ["PH", "EYD"],
  [("outside-household", "the neighbour who drives them is not family")])
N("Z2316-C-green", "2026-01-19", "Kessingmoor", "green",
  "Noah (5) started Reception at Kessingmoor Primary in September. The SENCO has put him on SEN support for speech and language and the school's SALT assistant sees him weekly. Hazel's nephew does the school run now.",
  ["EDU-SEND"],
  [("convention", "speech and language now that he is a school-age child is EDU-SEND, not EYD (conv. 9)")])

# Z2317 Ostwick - grandma Val (66), grandson Ethan (13); Val's son Craig (34) on licence
N("Z2317-A-orange", "2025-02-17", "Ostwick", "orange",
  "Val's son Craig (34) moved back into the house in January on licence after a prison sentence for burglary; probation approved the address. Ethan (13) looks up to him and Val worries he will end up in trouble the same way.",
  ["CRIME"],
  [("convention", "an adult household member on licence is CRIME (conv. 7)"),
   ("hypothetical", "Val's fear that Ethan will offend - not a present issue for Ethan")])
N("Z2317-A-yellow", "2025-02-17", "Ostwick", "yellow",
  "Ethan has ADHD and takes medication for it; school say his concentration has dipped since Christmas and he has been sent to the inclusion room four times for disrupting lessons. Val says she feels anxious all day and has had two panic attacks; GP appointment booked.",
  ["EDU-SEND", "EDU-EXC", "MH-ADULT"],
  [])
N("Z2317-C-orange", "2025-08-04", "Ostwick", "orange",
  "Craig was recalled to prison in May and no longer lives with Val. Ethan was found with a knife in his bag at school in June; police attended, he was suspended for five days and he has been referred to the YOS.",
  ["CRIME", "EDU-EXC"],
  [("outside-household", "Craig recalled to prison, no longer in the household - his offending is not coded")])

# Z2318 Brackenholt - Chloe (14) with paternal aunt Jo, informal arrangement (assessment only)
N("Z2318-A-yellow", "2025-09-08", "Brackenholt", "yellow",
  "Chloe (14) turned up at her aunt Jo's in August after a row with her mum and has stayed there since under an informal family arrangement. Mum wants her home; she and Jo argue by text most days about where Chloe should live and Chloe says she feels stuck in the middle. Family group conference booked for October.",
  ["REL-CONF"],
  [])
N("Z2318-A-green", "2025-09-08", "Brackenholt", "green",
  "Chloe had a three-day suspension from Brackenholt High last term for fighting, but there have been no incidents since she moved to Jo's. She has told the pastoral lead she feels low and is seeing the school counsellor weekly.",
  ["MH-CHILD"],
  [("historical", "suspension last term, no incidents since - EDU-EXC over")])

# Z2319 Fernleigh Docks - Nan Dorothy (74), Josh (10)
N("Z2319-A-red", "2025-05-13", "Fernleigh Docks", "red",
  "Strategy meeting 13/05 after Josh (10) was found home alone at 10pm - Nan (74) had been taken to hospital after a fall and Josh hadn't told anyone. Home conditions poor: mouldy food in the fridge, no clean uniform, Josh's hair matted. S47 enquiry started.",
  ["SAFE-NEG", "PH"],
  [("look-alike", "'mouldy food' is a neglect sign, not damp/disrepair - not HOUS")])
N("Z2319-A-yellow", "2025-05-13", "Fernleigh Docks", "yellow",
  "Josh does Nan's shopping, picks up her tablets from the chemist and helps her up and down the stairs; her mobility has been poor since she broke her hip. Referral to Fernleigh Young Carers.",
  ["CARER", "PH"],
  [])
N("Z2319-C-red", "2025-11-24", "Fernleigh Docks", "red",
  "Child in need plan continues. Nan has carers four times a day and a key safe, and a stairlift is being fitted. Josh no longer does the shopping as it is delivered, but he still helps Nan get ready for bed and goes to the young carers' group every fortnight.",
  ["PH", "CARER"],
  [("look-alike", "Nan's paid 'carers' are not CARER; Josh's remaining caring is"),
   ("historical", "shopping no longer done by Josh")])

# Z2320 Ostwick - grandparents Margaret and Alan, Isla (12); mum has bipolar disorder, lives elsewhere
N("Z2320-A-yellow", "2025-11-10", "Ostwick", "yellow",
  "Isla (12) hasn't been into Ostwick High since October half term; she feels sick every morning and panics at the school gate. Attendance 41%. EHW to start an emotionally based school avoidance plan with the school and her grandparents.",
  ["EDU-ATT", "MH-CHILD"],
  [("look-alike", "'feels sick' is part of her anxiety, not PH")])

# ---------------------------------------------------------------- batch 4
N("Z2320-A-green", "2025-11-10", "Ostwick", "green",
  "Isla's mum has bipolar disorder and was detained in hospital in September. Mum lives with her partner in Kessingmoor and phones on Sundays. Isla tells her form tutor she worries about her all the time and finds it hard to think about anything else in lessons.",
  ["MH-CHILD"],
  [("outside-household", "mum's bipolar disorder and detention - she lives elsewhere, not MH-ADULT (conv. 6)")])
N("Z2320-C-yellow", "2026-03-23", "Ostwick", "yellow",
  "Isla is on a part-time timetable, three mornings a week, and has made every one of them since January. She still gets anxious at the gate but uses the calm box she made with her EHW.",
  ["EDU-ATT", "MH-CHILD"],
  [])

# Z2321 Kessingmoor - grandad Terry and Nan Sue, Alfie (7)
N("Z2321-A-yellow", "2025-07-14", "Kessingmoor", "yellow",
  "Terry has told Sue he has run up about £4,000 on credit cards betting online. The gas is on emergency credit and there is a final demand from the water company. Referred to Citizens Advice and to a gambling support service.",
  ["FIN"],
  [("convention", "gambling debts are FIN, not SUB (conv. 10)")])
N("Z2321-A-blue", "2025-07-14", "Kessingmoor", "blue",
  "Sue's two sisters live round the corner and help with school pick-ups. Alfie's mum is in residential rehab in another city and isn't in touch at the moment.",
  [],
  [("outside-household", "mum in rehab elsewhere - not SUB (conv. 6)"),
   ("good-news", "family network helping, no need stated")])
N("Z2321-C-blue", "2026-01-12", "Kessingmoor", "blue",
  "Terry has a gambling block on his bank cards and they do a weekly budget together. The credit card debt is on a debt management plan at £90 a month and the gas is back on a normal meter.",
  ["FIN"],
  [("look-alike", "'block' on bank cards - no exclusion or SUB")])

# Z2322 Brackenholt - half-brother Kieran (22), special guardian of Demi (15) and Lily-Mae (9)
N("Z2322-A-yellow", "2025-08-18", "Brackenholt", "yellow",
  "Kieran (22) became special guardian for his sisters when their mum died last year. Lily-Mae (9) has cerebral palsy and uses a walking frame; Demi (15) gets her up, dressed and to school because Kieran starts at 6am on early shifts at the depot.",
  ["PH", "CARER"],
  [("convention", "'special guardian' Kieran is an adult carer, not CARER; Demi (15) caring is (conv. 12)"),
   ("convention", "working early shifts is not FIN (conv. 5)")])
N("Z2322-A-orange", "2025-08-18", "Brackenholt", "orange",
  "The council has told Kieran he can't succeed to his mum's tenancy and has served a notice to quit on the flat. Housing options appointment next week.",
  ["HOUS"],
  [])
N("Z2322-C-green", "2026-02-09", "Brackenholt", "green",
  "Lily-Mae now has SEN transport to Hollin Lane Primary, where she has an EHCP, so Demi doesn't have to take her any more. The council granted Kieran a tenancy of the same flat in December.",
  ["EDU-SEND"],
  [("historical", "Demi no longer takes Lily-Mae to school - CARER over in this text"),
   ("historical", "new tenancy granted - HOUS over")])

# Z2323 Fernleigh Docks - aunt Tasha (24), her baby Zion, nephew Reggie (2) under CAO
N("Z2323-A-green", "2025-05-27", "Fernleigh Docks", "green",
  "Tasha (24) had her own baby, Zion, in March and has had her nephew Reggie (2) under a CAO since last year. EPDS today was 17: she says she feels numb, can't enjoy Zion and feels guilty all the time. GP appointment booked for tomorrow.",
  ["MH-ADULT"],
  [])
N("Z2323-A-yellow", "2025-05-27", "Fernleigh Docks", "yellow",
  "Reggie (2y4m) has no words yet and doesn't turn when you call his name. HV has referred him to SALT. Tasha's flat is a one-bed above a takeaway; Reggie sleeps in a travel cot in the lounge and Zion in with Tasha.",
  ["EYD", "HOUS"],
  [])
N("Z2323-C-green", "2025-11-10", "Fernleigh Docks", "green",
  "Tasha is on sertraline from the GP and says she feels more like herself; the HV is still doing monthly listening visits.",
  ["MH-ADULT"],
  [])

# Z2324 Ostwick - grandparents Roy and Pat, Mia (17)
N("Z2324-A-yellow", "2025-10-06", "Ostwick", "yellow",
  "Mia (17) dropped out of her hairdressing course in September and spends most days in her room; she says there is no point getting up. Roy and Pat think she is depressed. Referral to Ostwick Youth Hub to help her find a course or a job.",
  ["EDU-NEET", "MH-CHILD"],
  [("convention", "16+ NEET is EDU-NEET only; no household worklessness, so no FIN (conv. 11)")])
N("Z2324-C-yellow", "2026-04-13", "Ostwick", "yellow",
  "Mia started a Level 2 apprenticeship at a salon in February. The GP has started her on fluoxetine and she is on the waiting list for the youth counselling service.",
  ["MH-CHILD"],
  [("historical", "apprenticeship started - EDU-NEET over")])

# Z2325 Kessingmoor - grandparents Lynn and Graham, Bella (9), Tyler (6); dad in prison
N("Z2325-A-orange", "2025-01-27", "Kessingmoor", "orange",
  "Bella (9) and Tyler (6) have lived with their grandparents since November, when police removed them from mum's flat during a domestic incident between mum and her partner. Bella is jumpy, flinches at raised voices and won't let Nan out of her sight. CAMHS have accepted her for trauma-focused work.",
  ["MH-CHILD"],
  [("outside-household", "the domestic incident was between mum and her partner in another household and is past - not DA for this family")])
N("Z2325-A-yellow", "2025-01-27", "Kessingmoor", "yellow",
  "Dad is in HMP Stourmoor until 2027. Tyler asks every day when Daddy is coming home and has started soiling at school; the school nurse has seen him.",
  ["PH"],
  [("outside-household", "dad in prison - not CRIME for this household (conv. 6)"),
   ("convention", "soiling at school age taken as PH (toileting is EYD only for under-5s, conv. 9)")])
N("Z2325-C-green", "2025-08-18", "Kessingmoor", "green",
  "Tyler's soiling stopped before Easter. Both children now visit Dad once a month through the prison's family visits scheme and cope well with it. Bella's CAMHS work finished in July.",
  [],
  [("historical", "soiling stopped - PH over"),
   ("historical", "CAMHS work finished - MH-CHILD over"),
   ("outside-household", "dad in prison - not CRIME")])

# Z2326 Brackenholt - grandad Keith (63) and Linda, Ollie (11), Freya (14)
N("Z2326-A-yellow", "2025-09-15", "Brackenholt", "yellow",
  "Keith (63) is having chemo for bowel cancer. Linda gave up her cleaning job to take him to his appointments and their income has halved; they are behind on the car finance and the electricity. Freya (14) has been crying in the school toilets and told her tutor she is scared Grandad will die.",
  ["PH", "FIN", "MH-CHILD"],
  [])
N("Z2326-C-blue", "2026-03-02", "Brackenholt", "blue",
  "Linda got Keith's PIP sorted with help from Macmillan and is paying £30 a month off the electricity arrears. Keith finished his chemo in January and his scan was clear.",
  ["FIN"],
  [("historical", "chemo finished, clear scan - PH over"),
   ("convention", "PIP by itself would not be PH or FIN; FIN here comes from the arrears being paid off (conv. 5, 3)")])

# Z2327 Fernleigh Docks - aunt Michelle (41), Kacey (8), Jordan (5)
N("Z2327-A-yellow", "2025-06-16", "Fernleigh Docks", "yellow",
  "Michelle has rheumatoid arthritis and some days the joint pain means she can't manage the stairs. There is a crack in the bathroom ceiling and water coming through from the flat upstairs; the housing association logged it in March but nobody has been out. Her kinship allowance hasn't been paid since April because of a council error and she has put the school uniforms on her credit card.",
  ["PH", "HOUS", "FIN"],
  [("look-alike", "'joint' pain and 'crack' in the ceiling are not SUB")])
N("Z2327-C-green", "2025-12-01", "Fernleigh Docks", "green",
  "Ceiling repaired in August and the allowance back-paid in full. Michelle sees the rheumatology nurse every three months and the new medication is helping with the pain.",
  ["PH"],
  [("historical", "repair done - HOUS over"),
   ("historical", "allowance back-paid - FIN over")])

# ---------------------------------------------------------------- batch 5
# Z2328 Ostwick - grandma Bev (49), SGO, Archie (14m); Bev's son Connor (15) (assessment only)
N("Z2328-A-green", "2025-10-20", "Ostwick", "green",
  "HV visit: Archie (14m) lives with his grandma Bev under an SGO. He has missed his 1-year jabs twice now. Crawling, babbling and pulling himself up on the furniture - development on track. Bev smokes, but only outside in the garden.",
  ["PH"],
  [("good-news", "development on track - not EYD"),
   ("convention", "smoking tobacco is not SUB (conv. 12)")])
N("Z2328-A-yellow", "2025-10-20", "Ostwick", "yellow",
  "Bev works nights at a care home and leaves her son Connor (15) looking after Archie three nights a week - bottles, nappies and getting up to him in the night. Connor has been late to school most Mondays and Thursdays.",
  ["CARER", "EDU-ATT"],
  [("convention", "working nights is not FIN (conv. 5)"),
   ("look-alike", "'care home' is Bev's workplace, not CARER")])

# Z2329 Kessingmoor - Nan Gloria (68), Riley (10)
N("Z2329-A-yellow", "2025-03-03", "Kessingmoor", "yellow",
  "Riley (10) is being picked on by a group of Y6 boys at Kessingmoor Primary who call his mum a junkie and tell him nobody wants him. He has refused to go in most Mondays since January; attendance 86%. Nan Gloria has asked the school for a meeting.",
  ["SAFE-EXP", "EDU-ATT"],
  [("outside-household", "'junkie' refers to mum, who lives elsewhere - not SUB"),
   ("convention", "bullying by peers outside the family is SAFE-EXP for Riley")])
N("Z2329-C-yellow", "2025-07-14", "Kessingmoor", "yellow",
  "School dealt with the bullying through restorative sessions and there have been no incidents since April; attendance is back up to 96%. Riley is anxious about starting at Ostwick High in September, where the same boys are going, and the transition worker is seeing him weekly.",
  ["MH-CHILD"],
  [("historical", "bullying dealt with, no incidents since April - SAFE-EXP over"),
   ("historical", "attendance back up - EDU-ATT over"),
   ("hypothetical", "fear of meeting the same boys again - bullying not present")])

# Z2330 Brackenholt - Nan Denise and her partner Phil, grandchildren incl. Harvey (4)
N("Z2330-A-yellow", "2025-10-13", "Brackenholt", "yellow",
  "Denise and her partner Phil argue constantly about her grandchildren living with them - Phil says he never signed up to raising kids again and has moved into the spare room. There has been no violence or threats and Denise says she isn't frightened of him. Harvey (4) isn't dry in the day yet and nursery are worried about his speech. Referral to Relate for couple counselling.",
  ["REL-CONF", "EYD"],
  [("negated", "no violence or threats, not frightened - DA negated")])
N("Z2330-C-blue", "2026-04-20", "Brackenholt", "blue",
  "Phil moved out in February and he and Denise have sorted things between them without going to court; he has the children every other Saturday and they text to arrange it. Harvey starts school in September and is dry now.",
  ["REL-CONF"],
  [("convention", "blue box: separation and contact arrangements being managed count as REL-CONF present (conv. 3)"),
   ("historical", "Harvey now dry - toileting need over, not EYD")])

# ---------------------------------------------------------------- unboxed notes
# level from the highest level cue in the text (conv. 2)
N("U2301", "2025-05-06", "Ostwick", None,
  "Call from Grandma Rita: Jackson (7) has been sent home for the rest of the day for biting a TA, the third time this half term. Rita will raise it at Thursday's TAF review.",
  ["EDU-EXC"],
  [], gold_level="orange", stage="assessment")
N("U2302", "2025-07-22", "Kessingmoor", None,
  "HV home visit to Grandad Stan (70), who has Ivy (7m) under a CAO. Ivy gags on anything lumpy and will still only take smooth purees; weaning advice given. Stan's hearing has got worse and the GP has referred him to audiology.",
  ["EYD", "PH"],
  [], gold_level="green", stage="assessment")
N("U2303", "2025-11-04", "Brackenholt", None,
  "Email from Lanternhouse Young Carers: Tyler-James (12) has been accepted onto their programme. He lives with his aunt Gemma, who has MS, and helps with her injections, the cooking and the washing.",
  ["CARER", "PH"],
  [], gold_level="yellow", stage="assessment")
N("U2304", "2026-01-15", "Fernleigh Docks", None,
  "Kinship carers' group: Yvonne (61), who has her two grandsons, came for the first time and told me she is £2,100 behind on her rent and got a possession notice last week. Booked her in with the housing support officer for Monday.",
  ["FIN", "HOUS"],
  [("look-alike", "'kinship carers' group' is not CARER (conv. 12)")], gold_level="orange", stage="assessment")
N("U2305", "2025-12-02", "Ostwick", None,
  "Police called to the grandparents' house at 2am: Tia (15) came home drunk and smashed the kitchen window when Grandad wouldn't let her go back out. Nobody hurt. Grandparents don't want to press charges.",
  ["SUB", "REL-PAR", "CRIME"],
  [("convention", "damage aimed at a carer by a young person is REL-PAR (+ CRIME with police), not DA (conv. 8)")],
  gold_level="orange", stage="assessment")
N("U2306", "2025-09-29", "Kessingmoor", None,
  "EHW home visit: Auntie Precious says the children are settled and she doesn't need anything else from us; no money or housing worries. Their dad has been released from prison and is living in a hostel in Ostwick - he hasn't asked to see them.",
  [],
  [("negated", "no money or housing worries - FIN and HOUS negated"),
   ("outside-household", "dad released from prison, lives in a hostel - not CRIME or HOUS for this family")],
  gold_level="yellow", stage="closure")
N("U2307", "2026-02-16", "Brackenholt", None,
  "ICPC today for the three children living with their paternal aunt. Her partner, who lives with them, was found to be dealing cannabis from the flat and the children were often left on their own. All three made subject to CP plans under the category of neglect.",
  ["CRIME", "SAFE-NEG"],
  [("look-alike", "dealing cannabis by a household adult is CRIME; no use is described, so not SUB")],
  gold_level="red", stage="assessment")
N("U2308", "2025-06-23", "Fernleigh Docks", None,
  "School nurse drop-in: Kezia (13), who lives with her nan, said she stopped cutting last summer and doesn't want counselling. Her worry now is that Nan keeps missing her cardiology appointments because there's nobody to go with her.",
  ["PH"],
  [("historical", "stopped self-harming last summer - MH-CHILD over"),
   ("negated", "doesn't want counselling")], gold_level="green", stage="assessment")
N("U2309", "2026-03-09", "Ostwick", None,
  "Grandma Ann rang to say she has sorted community transport for her dialysis days using the leaflet we gave her, and her neighbour has the boys after school on those days. No further help needed.",
  ["PH"],
  [("outside-household", "the neighbour is not family")], gold_level="blue", stage="closure")
N("U2310", "2025-08-05", "Kessingmoor", None,
  "Citizens Advice appointment booked for Grandad Mick to challenge his Pension Credit being stopped after the grandchildren moved in; he has no money for the gas meter this week.",
  ["FIN"],
  [], gold_level="yellow", stage="assessment")
N("U2311", "2026-02-02", "Fernleigh Docks", None,
  "Phone call with Uncle Femi: his nephew Daniel (17) has been out of college since Christmas and isn't looking for work. Femi has booked him onto the Youth Hub's Next Steps programme, which starts next week.",
  ["EDU-NEET"],
  [("convention", "16+ NEET is EDU-NEET only (conv. 11)")], gold_level="yellow", stage="assessment")


# ---------------------------------------------------------------- writer
def main():
    ids = [r["nid"] for r in ROWS]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        for r in ROWS:
            w.writerow([r["nid"], r["triage"], r["case"], r["stage"], r["date"], r["level"], r["loc"], r["text"]])
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for r in ROWS:
            assert len(r["codes"]) == len(set(r["codes"])), r["nid"]
            for c in r["codes"]:
                w.writerow([r["nid"], c, r["glevel"]])
    traps = {r["nid"]: {"gold": r["codes"], "level": r["glevel"],
                        "traps": [{"kind": k, "note": n} for k, n in r["traps"]]}
             for r in ROWS}
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")
    n_gold = sum(len(r["codes"]) for r in ROWS)
    n_trap = sum(1 for r in ROWS if r["traps"])
    print(f"{len(ROWS)} narratives, {n_gold} gold rows, {n_trap} with traps")


if __name__ == "__main__":
    main()
