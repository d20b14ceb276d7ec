#!/usr/bin/env python3
"""Blind gold set z87 (hand-written, invented). Writes narratives.csv, gold.csv, traps.json.
Each entry: (narrative_id, stage, date, level, locality, text, [gold codes], [trap types], note)
Gold codes are PRESENT issues only, coded by /work/shared/taxonomy.md."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
A, C = "assessment", "closure"
ASH, BRM, COR, DUN = "Ashcombe", "Brindle Marsh", "Corran Heath", "Dunmere"

N = [
# ---- Z001 teen arguing with mum, mum's mood, missing episode
("Z001-A-yellow", A, "2025-02-10", "yellow", ASH,
 "Mum describes daily shouting matches with Leon over his phone and what time he comes in. Last week he slammed doors and punched a hole in his bedroom wall when she took the charger off him. There are no agreed rules at home. EHW to complete a parenting assessment and draw up a family agreement.",
 ["REL-PAR"], ["lookalike"], "parent-child rows and damage at home are REL-PAR, not DA"),
("Z001-A-orange", A, "2025-02-10", "orange", ASH,
 "Leon was reported missing overnight on 2 Feb and police found him at an older lad's flat in the town centre; no offences. He has been given cash and new trainers by older males he won't name. Exploitation screening done and case taken to the contextual safeguarding panel.",
 ["SAFE-EXP"], ["lookalike"], "police finding a missing child is safeguarding, not CRIME"),
("Z001-C-green", C, "2025-07-21", "green", ASH,
 "Mum remains on sertraline and has a GP review booked for August. Leon has had no missing episodes since March.",
 ["MH-ADULT"], ["historical"], "missing episodes over since March: SAFE-EXP historical"),
# ---- Z002 separated parents, handovers, child worried
("Z002-A-yellow", A, "2025-03-04", "yellow", BRM,
 "Parents separated last autumn and still cannot agree weekend arrangements; handovers in the supermarket car park often end in raised voices in front of Isla (8) and Ruby (5). Neither parent describes being afraid of the other and no controlling behaviour is reported. Referred to family mediation.",
 ["REL-CONF"], ["negated"], "DA explicitly negated; separated parents' dispute is REL-CONF"),
("Z002-A-blue", A, "2025-03-04", "blue", BRM,
 "Mum's parents live two streets away and collect the girls from school twice a week. Ruby is potty trained and nursery have no concerns about her starting Reception. Mum worries that if she ever had to cut her hours to do the school runs herself, she could not cover the rent.",
 [], ["lookalike", "negated", "hypothetical"], "potty trained = no EYD need; rent worry is hypothetical"),
("Z002-C-blue", C, "2025-09-15", "blue", BRM,
 "After four mediation sessions the parents now arrange contact through a shared app and handovers happen at school, so the girls no longer see them together. Mum says they are civil and sticking to the plan.",
 ["REL-CONF"], [], "managing the separation in a blue box = present"),
# ---- Z003 step-family, teen and stepdad, overcrowding
("Z003-A-yellow", A, "2025-01-20", "yellow", COR,
 "Since Mum's partner Craig moved in a year ago, Keira (15) refuses to eat with the family and swears at him when he asks her to tidy her room. Mum feels torn and admits she has stopped setting any rules for Keira to keep the peace. Mum and Craig say they get on well and deny arguing between themselves.",
 ["REL-PAR"], ["negated"], "step-parent vs teen is REL-PAR; adults' conflict denied"),
("Z003-A-orange", A, "2025-01-20", "orange", COR,
 "Family of six in a two-bedroom housing association flat; Keira shares a room with her half-brothers aged 4 and 2. The housing officer confirms statutory overcrowding, the family are in band B on the transfer list, and there is black mould in the boys' room.",
 ["HOUS"], [], ""),
("Z003-C-blue", C, "2025-06-30", "blue", COR,
 "Keira and Craig worked out their own ground rules with the worker and now eat together on Sundays. Mum is using the praise-and-consequences plan from the course, though Keira still pushes the limits.",
 ["REL-PAR"], ["lookalike"], "'ground rules' is not grounding; managing = present"),
# ---- Z004 child-to-parent violence, ADHD
("Z004-A-orange", A, "2025-04-08", "orange", DUN,
 "Mason (13) pushed Mum into the kitchen door and threw a mug at her during an argument about his Xbox. Mum rang the police, who spoke to him and referred him to the youth justice prevention team. Mum says she is scared of his temper; there is no partner or ex-partner involved.",
 ["REL-PAR", "CRIME"], ["lookalike"], "child-to-parent violence: REL-PAR + CRIME (police/youth justice), not DA"),
("Z004-A-green", A, "2025-04-08", "green", DUN,
 "Mason is on the ADHD pathway with the community paediatrician and has SEN support at Ravensfield School, with a plan written by the SENCO.",
 ["EDU-SEND"], [], ""),
("Z004-C-yellow", C, "2025-10-02", "yellow", DUN,
 "No police involvement since May and the prevention team have closed the case. Mum completed the NVR parenting group; Mason still loses his temper at home and breaks things but has not hurt her.",
 ["REL-PAR"], ["historical"], "police/youth justice over: CRIME historical"),
# ---- Z005 lone dad, siblings fighting
("Z005-A-yellow", A, "2025-05-12", "yellow", ASH,
 "Dad is bringing up three boys (11, 9 and 6) on his own. The two eldest fight every day, and one needed steri-strips after being shoved into a radiator. Dad says bedtimes are chaos and there is no routine. EHW to help with routines and handling the boys' fighting.",
 ["REL-PAR"], [], "sibling fighting = child behaviour at home, REL-PAR"),
("Z005-A-blue", A, "2025-05-12", "blue", ASH,
 "Dad's sister has offered to have the boys one night a week to give him a break. The boys' mum lives in Leeds and phones them on Sundays; Dad says the two of them get on fine. He would ask school about breakfast club if his hours ever changed.",
 [], ["outside", "negated", "hypothetical"], "mum outside household; no conflict; breakfast club hypothetical"),
("Z005-C-green", C, "2025-09-29", "green", ASH,
 "Council tax arrears are on a payment arrangement of £25 a month.",
 ["FIN"], [], "paying off arrears in a green box = present"),
# ---- Z006 parents arguing, not DA
("Z006-A-yellow", A, "2025-06-03", "yellow", BRM,
 "Mum and Dad still live together but argue most evenings about housework and Dad's long hours; Amelia (12) says she puts her headphones on to block out the shouting. Both say the rows are verbal only, neither is frightened of the other, and they want help to talk to each other better. Referred to the Reducing Parental Conflict programme.",
 ["REL-CONF"], ["negated", "lookalike"], "no fear/abuse: REL-CONF not DA; long hours not FIN"),
("Z006-A-blue", A, "2025-06-03", "blue", BRM, "N/A", [], [], "empty box"),
("Z006-C-blue", C, "2025-11-10", "blue", BRM,
 "The parents finished the programme and use an agreed 'time out' signal when a discussion gets heated. Amelia says home is calmer.",
 ["REL-CONF"], [], "managing = present in blue"),
# ---- Z007 arguments that are abuse -> DA only
("Z007-A-red", A, "2025-02-24", "red", COR,
 "Strategy meeting on 20 Feb after Kayden (7) told his teacher that Dad 'always shouts at Mummy and won't let her go out'. Mum has since disclosed that Dad checks her phone, keeps control of all the money and that their arguments end with him blocking the door. S47 enquiries under way.",
 ["DA"], ["lookalike"], "arguments within coercive control = DA only; money control is abuse, not FIN"),
("Z007-A-orange", A, "2025-02-24", "orange", COR,
 "Police attended on 16 Feb after neighbours heard screaming; Dad was arrested for assaulting Mum and bailed not to return to the address. MARAC referral made.",
 ["DA"], ["lookalike"], "partner's arrest for DV is DA only, not CRIME"),
("Z007-C-green", C, "2025-08-18", "green", COR,
 "The bedwetting stopped in June. Kayden's teacher says he plays nicely with his sister at after-school club.",
 [], ["historical"], ""),
# ---- Z008 teen told to leave, NEET
("Z008-A-orange", A, "2025-09-08", "orange", DUN,
 "Mum told Jasmine (16) to leave after a row in which Jasmine pushed her. Jasmine is sofa-surfing at a friend's and the council's youth homelessness team has been asked to assess. Mum says she won't have her back until Jasmine 'respects the house rules'.",
 ["REL-PAR", "HOUS"], [], "child-to-parent push = REL-PAR"),
("Z008-A-yellow", A, "2025-09-08", "yellow", DUN,
 "Jasmine left Bellwood College in June without finishing her course and is not in any education, employment or training.",
 ["EDU-NEET"], [], "16+ NEET: EDU-NEET only, no FIN"),
("Z008-C-yellow", C, "2026-01-19", "yellow", DUN,
 "Jasmine moved back home in November after family mediation. She and Mum have a written agreement covering chores, board money and curfew, and say the rows are fewer.",
 ["REL-PAR"], ["historical", "lookalike"], "homelessness over; 'board money' is not FIN"),
# ---- Z009 young carer, arguments with mum
("Z009-A-yellow", A, "2025-03-17", "yellow", ASH,
 "Mum has multiple sclerosis and uses a wheelchair. Lily (13) helps her shower and dress every morning and does most of the cooking; referred to the young carers service.",
 ["PH", "CARER"], [], ""),
("Z009-A-blue", A, "2025-03-17", "blue", ASH,
 "Lily and Mum have started arguing most evenings; Lily says Mum never lets her go out and Mum finds her back-chat hard to cope with. Mum's sister has offered to have Lily on Saturdays.",
 ["REL-PAR"], [], ""),
("Z009-C-blue", C, "2025-07-28", "blue", ASH,
 "Lily goes to the young carers group on Tuesdays. She still does some of the cooking but no longer helps with personal care.",
 ["CARER"], [], "continuing caring = present"),
# ---- Z010 school refusal, separated parents disagree
("Z010-A-orange", A, "2025-10-06", "orange", BRM,
 "Noah (14) has barely been in school since half term and his attendance is 41%. He has panic attacks on school mornings and is on the CAMHS waiting list.",
 ["EDU-ATT", "MH-CHILD"], [], ""),
("Z010-A-yellow", A, "2025-10-06", "yellow", BRM,
 "Noah lives with Mum and sees Dad, who lives in the next town, every other weekend. The parents disagree sharply about school: Dad says Mum is too soft, and their phone calls about it turn into shouting matches that Noah can hear. EHW to hold a joint meeting with both parents.",
 ["REL-CONF"], [], "separated parents' disagreement = REL-CONF"),
("Z010-C-yellow", C, "2026-02-16", "yellow", BRM,
 "Mum and Dad now go to school review meetings together and have agreed one approach. They still disagree at times and are using the co-parenting app the worker suggested.",
 ["REL-CONF"], [], ""),
# ---- Z011 under-5s, PND, tantrums
("Z011-A-yellow", A, "2025-05-19", "yellow", COR,
 "Since the baby arrived Poppy (3) has tantrums several times a day, biting and kicking Mum when told no. Mum has accepted a place on the Incredible Years toddler parenting course.",
 ["REL-PAR"], [], "toddler behaviour at home = REL-PAR"),
("Z011-A-blue", A, "2025-05-19", "blue", COR,
 "Poppy's dad doesn't live with the family. Mum says he drinks heavily, but he only sees Poppy at his mother's house and she supervises. Maternal grandmother pops in every day.",
 [], ["outside"], "non-resident father's drinking not SUB"),
("Z011-C-blue", C, "2025-10-13", "blue", COR,
 "Mum uses the 'time-in' approach from the course. Poppy's tantrums are shorter and she has stopped biting.",
 ["REL-PAR"], ["historical"], "biting over, tantrums still managed"),
# ---- Z012 court, child refuses contact
("Z012-A-orange", A, "2025-07-07", "orange", DUN,
 "Private law proceedings about child arrangements are ongoing, with a Cafcass report due in September. The parents only communicate through solicitors and each accuses the other of turning Ellie (10) against them. Neither side makes any allegation of abuse.",
 ["REL-CONF"], ["negated"], ""),
("Z012-A-yellow", A, "2025-07-07", "yellow", DUN,
 "Ellie refuses to go to Dad's and gets angry when it is raised, shouting and locking herself in the bathroom. Mum finds her defiant at home generally.",
 ["REL-PAR"], [], ""),
("Z012-C-blue", C, "2025-12-08", "blue", DUN,
 "Ellie has been to Dad's three times and says it was 'fine'. Mum no longer has any problems with her behaviour at home.",
 [], ["historical"], ""),
# ---- Z013 cannabis, rows with dad, YOS
("Z013-A-yellow", A, "2025-04-22", "yellow", ASH,
 "Kai smokes cannabis most days. Dad found some in his room and they row about it constantly; Kai has started staying at his nan's to avoid him. Referred to the young people's drug and alcohol service.",
 ["SUB", "REL-PAR"], [], ""),
("Z013-A-green", A, "2025-04-22", "green", ASH,
 "Kai lives with Dad and Dad's partner Sonia, who he gets on well with. He vapes, and the school nurse said she would refer him to the stop-smoking service if he wants to quit.",
 [], ["lookalike", "hypothetical"], "vaping not SUB; referral hypothetical"),
("Z013-C-orange", C, "2025-09-01", "orange", ASH,
 "Kai completed the YOS prevention programme in July with no further offences.",
 [], ["historical"], "youth justice finished"),
# ---- Z014 online safety, rows with mum and stepdad
("Z014-A-orange", A, "2025-11-03", "orange", BRM,
 "Sophie (13) has been sending images to an adult man she met through a gaming app. Police are investigating him and a CSE screening has been completed.",
 ["SAFE-EXP"], ["outside"], "police investigating an outsider: not CRIME"),
("Z014-A-yellow", A, "2025-11-03", "yellow", BRM,
 "Since her phone was taken away Sophie has been screaming at Mum and her stepdad, calling them names, slamming doors and refusing to come down for meals. Mum and stepdad say they are united on the rules and back each other up.",
 ["REL-PAR"], ["negated"], "adults not in conflict"),
("Z014-C-blue", C, "2026-03-09", "blue", BRM,
 "Parental controls and a signed phone contract are in place. Sophie knows how to block and report contacts and has shown Mum how she does it.",
 ["SAFE-EXP"], ["lookalike"], "managing online safety in blue = present; 'parental' is not REL-CONF"),
# ---- Z015 bitter separation, arrears, S21
("Z015-A-yellow", A, "2025-08-11", "yellow", COR,
 "Dad moved out in July and the separation has been bitter; he and Mum argue by text every day about money and the children's things. Mum reports no threats or intimidation from him. Referred to the separated parents programme.",
 ["REL-CONF"], ["negated"], ""),
("Z015-A-orange", A, "2025-08-11", "orange", COR,
 "Mum's income has halved since the split. She is two months behind with the rent and the private landlord has served a Section 21 notice.",
 ["FIN", "HOUS"], ["lookalike"], "'split' here is the separation; not a code on its own"),
("Z015-C-blue", C, "2026-01-26", "blue", COR,
 "Mum is paying off the old rent arrears at £30 a month and hasn't needed the food bank since October.",
 ["FIN"], ["historical"], "repaying arrears = present; food bank use over"),
# ---- Z016 kinship care, nan and granddaughter
("Z016-A-yellow", A, "2025-01-13", "yellow", DUN,
 "Tia (12) lives with her maternal grandmother, who is her kinship carer under a special guardianship order. Nan, 68, says Tia stays out after dark, ignores her and is rude to her in front of visitors; she feels she has lost control at home.",
 ["REL-PAR"], ["lookalike"], "'kinship carer' is not CARER"),
("Z016-A-green", A, "2025-01-13", "green", DUN,
 "Nan has COPD and arthritis and her GP is reviewing her inhalers. Tia does not do any caring for her.",
 ["PH"], ["negated"], "CARER negated"),
("Z016-A-blue", A, "2025-01-13", "blue", DUN,
 "Tia's mum was addicted to heroin and died in 2021. Tia talks about her with Nan and keeps photos of her in her room.",
 [], ["historical", "outside"], ""),
# ---- Z017 dad and son fight, dad out of work, drinking
("Z017-A-red", A, "2025-03-31", "red", ASH,
 "Strategy meeting held after Ryan (15) told school that he and Dad had come to blows during a row about his phone, and both had bruises. The s47 enquiry has concluded and the family now have a child in need plan focused on their relationship.",
 ["REL-PAR"], [], "parent-child fight: REL-PAR (no police, no partner)"),
("Z017-A-orange", A, "2025-03-31", "orange", ASH,
 "Dad says he has been drinking six to eight cans most nights since losing his job and agrees to a referral to the alcohol service. His GP has started him on antidepressants for low mood.",
 ["SUB", "MH-ADULT"], [], ""),
("Z017-C-yellow", C, "2025-10-20", "yellow", ASH,
 "Dad has been sober since July and no longer sees the alcohol service. He and Ryan go to the gym together and say they haven't had a row since the summer. Dad is still looking for work and goes to the jobcentre's employment support sessions.",
 ["FIN"], ["historical"], "SUB and REL-PAR over; worklessness present"),
# ---- Z018 bullying, amicable parents
("Z018-A-blue", A, "2025-05-06", "blue", BRM,
 "Finn's parents separated in 2022 and share care week about; both say they communicate well and never disagree about the children. Finn and his older sister squabble over the TV like most siblings and Mum has no worries about it.",
 [], ["historical", "negated"], ""),
("Z018-A-yellow", A, "2025-05-06", "yellow", BRM,
 "Finn has been hitting and kicking his sister when he gets home from school and has told Mum he hates himself. Referred to the school's mental health support team.",
 ["REL-PAR", "MH-CHILD"], [], ""),
("Z018-C-blue", C, "2025-10-27", "blue", BRM,
 "Finn has moved tutor group and says the name-calling has stopped. He still sees the mental health practitioner and uses breathing exercises when he feels himself getting angry.",
 ["MH-CHILD"], ["historical"], "bullying over"),
# ---- Z019 gambling debt, parents arguing
("Z019-A-orange", A, "2025-06-16", "orange", COR,
 "Mum has found out that Dad has run up £8,000 of debt on betting sites. They are behind with the mortgage and the lender has written warning of possession proceedings.",
 ["FIN", "HOUS"], [], "gambling debt = FIN, not SUB"),
("Z019-A-yellow", A, "2025-06-16", "yellow", COR,
 "The parents argue about the debt most nights, sometimes loudly enough to wake the children. Mum says he has never been violent or controlling and she is not afraid of him. Both have agreed to couple sessions through the parental conflict service.",
 ["REL-CONF"], ["negated"], ""),
("Z019-C-blue", C, "2025-12-01", "blue", COR,
 "Dad has self-excluded from the betting sites and goes to a gamblers' support group. The couple have a debt management plan and pay £150 a month.",
 ["FIN"], ["lookalike"], "'self-excluded' is not EDU-EXC"),
# ---- Z020 self-harm, mum's partner
("Z020-A-orange", A, "2025-02-03", "orange", DUN,
 "Chloe (15) went to A&E after cutting her arms and has been referred to CAMHS.",
 ["MH-CHILD"], [], ""),
("Z020-A-yellow", A, "2025-02-03", "yellow", DUN,
 "Chloe and Mum have not spoken properly for weeks. Mum says Chloe is rude and sneers at her partner Dean, who moved in last summer; Chloe says they gang up on her. Family support worker to do whole-family sessions.",
 ["REL-PAR"], [], ""),
("Z020-C-orange", C, "2025-07-14", "orange", DUN,
 "Chloe is still seen by CAMHS every fortnight and has not self-harmed since April.",
 ["MH-CHILD"], ["historical"], "self-harm over but CAMHS ongoing"),
# ---- Z021 autism, meltdowns at home
("Z021-A-yellow", A, "2025-09-22", "yellow", ASH,
 "At home Oscar has meltdowns most evenings, hitting his older brother and throwing things. Mum and Dad say they have tried everything and are worn out. Referred to an autism-specific parenting course.",
 ["REL-PAR"], [], ""),
("Z021-A-blue", A, "2025-09-22", "blue", ASH,
 "Mum is Oscar's parent carer and gets Carer's Allowance and DLA for him; the family say they are managing fine financially. His brother Jack (10) does not help with his care. They would ring Citizens Advice if the DLA review went badly.",
 [], ["lookalike", "negated", "hypothetical"], "parent carer / benefit names not CARER or FIN"),
("Z021-C-yellow", C, "2026-02-02", "yellow", ASH,
 "The parents finished the course and use a visual timetable and a calm-down den. Meltdowns are down to two or three a week but are still hard to manage.",
 ["REL-PAR"], [], ""),
# ---- Z022 pre-schooler, maintenance stopped, contact rows
("Z022-A-green", A, "2025-04-14", "green", BRM,
 "Maya (4) starts school in September but is still in nappies; nursery are working on toileting with her.",
 ["EYD"], [], ""),
("Z022-A-yellow", A, "2025-04-14", "yellow", BRM,
 "Maya's dad stopped paying child maintenance in February and Mum can no longer cover the gas and electric; referred to Citizens Advice.",
 ["FIN"], ["outside"], "father outside household; the family's money problem is FIN"),
("Z022-A-blue", A, "2025-04-14", "blue", BRM,
 "Mum and Maya's dad still fall out about him turning up late for contact, but Mum has found a free online course for separated parents and is working through it.",
 ["REL-CONF"], [], ""),
# ---- Z023 17yo NEET, mum's depression
("Z023-A-yellow", A, "2025-07-21", "yellow", COR,
 "Ethan (17) dropped out of sixth form in May and spends his days gaming in his room; he is not in education, work or training. A Youth Pathways adviser has been allocated.",
 ["EDU-NEET"], [], "NEET only, no FIN"),
("Z023-A-blue", A, "2025-07-21", "blue", COR,
 "Mum and Ethan argue about him staying up all night and not helping around the house; Mum is trying tips from a parenting website. Mum left an abusive relationship with Ethan's father in 2016 and has had no contact with him since.",
 ["REL-PAR"], ["historical"], "DA historical"),
("Z023-C-blue", C, "2025-12-15", "blue", COR,
 "Ethan started a part-time warehouse job in October and splits his wages between board and driving lessons. He says he will look at college courses if the job ends.",
 [], ["historical", "hypothetical", "lookalike"], "NEET over"),
# ---- Z024 dad home on licence
("Z024-A-orange", A, "2025-10-13", "orange", DUN,
 "Dad was released from prison in August and is living with the family on licence, supervised by probation.",
 ["CRIME"], [], "adult on licence = CRIME"),
("Z024-A-yellow", A, "2025-10-13", "yellow", DUN,
 "Since Dad came home Riley (9) refuses to do what Dad tells him and says 'you're not in charge'. Mum and Dad argue about who sets the rules and Riley hears the rows.",
 ["REL-PAR", "REL-CONF"], [], "child-parent and parent-parent conflict both present"),
("Z024-C-blue", C, "2026-03-02", "blue", DUN,
 "Mum and Dad agreed the house rules together and Riley is responding better to Dad. Mum and Dad still bicker at times but sort it out without shouting.",
 ["REL-PAR", "REL-CONF"], [], ""),
# ---- Z025 neglect, mum's pain, siblings
("Z025-A-red", A, "2025-11-17", "red", ASH,
 "Child in need plan agreed after the home was found with dog mess on the floors and no working cooker, and the children (6, 8 and 11) were arriving at school hungry and in dirty uniforms.",
 ["SAFE-NEG"], [], ""),
("Z025-A-orange", A, "2025-11-17", "orange", ASH,
 "Mum has fibromyalgia and says she cannot keep on top of the house or the children's fighting; Jordan (11) hits the younger two and swears at Mum. TAF plan to include parenting support.",
 ["PH", "REL-PAR"], [], ""),
("Z025-C-blue", C, "2026-03-23", "blue", ASH,
 "Jordan has not hit his brother or sister since Christmas and has a paper round he is proud of.",
 [], ["historical"], ""),
# ---- Z026 blended family
("Z026-A-yellow", A, "2026-01-12", "yellow", BRM,
 "Mum and her new husband Gareth moved in together in October with her two girls and his son Callum (12). Callum and the older girl fight constantly and he has broken her phone; the adults row about whose child is to blame and Gareth has talked about moving out. EHW allocated for family sessions.",
 ["REL-PAR", "REL-CONF"], [], "step-siblings' fighting REL-PAR; couple's rows REL-CONF"),
("Z026-A-blue", A, "2026-01-12", "blue", BRM,
 "The family own a four-bedroom house and have no money worries; Gareth works shifts at the hospital. They would only need help with housing if his contract were not renewed next year.",
 [], ["negated", "hypothetical", "lookalike"], "shift work not FIN"),
("Z026-C-blue", C, "2026-05-18", "blue", BRM,
 "Callum and his stepsister still clash, but separate space and a bathroom rota have cut the fights. Mum and Gareth still disagree about discipline sometimes and settle it at their weekly family meeting.",
 ["REL-PAR", "REL-CONF"], [], ""),
# ---- Z027 school exclusion, fine at home
("Z027-A-orange", A, "2025-11-24", "orange", COR,
 "Harvey (14) has had three suspensions for fighting and is on a managed move to Oakhurst Academy.",
 ["EDU-EXC"], [], ""),
("Z027-A-green", A, "2025-11-24", "green", COR,
 "At home Harvey is no trouble: Mum and Dad say he is helpful with his younger brothers and there are no arguments. Mum says she would only ask for parenting help if his behaviour at school started to show at home.",
 [], ["negated", "hypothetical", "lookalike"], "helpful with brothers is not CARER"),
("Z027-C-orange", C, "2026-04-13", "orange", COR,
 "Harvey has settled at Oakhurst, the managed move was made permanent in March and he has had no suspensions this term.",
 [], ["historical"], ""),
# ---- Z028 child protection, parents' drugs, volatile couple
("Z028-A-red", A, "2025-08-25", "red", DUN,
 "At the initial child protection conference on 20 Aug, Bella (3) and Jake (6) became subject to child protection plans for neglect. Both parents use cocaine at weekends and the children have been left overnight with a 13-year-old cousin.",
 ["SAFE-NEG", "SUB"], [], ""),
("Z028-A-orange", A, "2025-08-25", "orange", DUN,
 "Mum and Dad have split up and got back together three times this year. Neighbours have called the police twice about their shouting; both say there has never been any violence and police recorded no offences.",
 ["REL-CONF"], ["negated", "lookalike"], "police called about parents' rows, no DA, no household offending"),
("Z028-C-red", C, "2026-02-23", "red", DUN,
 "The children remain on child protection plans for neglect. Hair strand tests show Dad is still using cocaine; Mum's are clear.",
 ["SAFE-NEG", "SUB"], ["negated"], ""),
# ---- Z029 light-touch family
("Z029-A-blue", A, "2025-12-01", "blue", ASH,
 "Mum says the biggest issue is constant bickering with Zara (12) over homework and screen time. She has been given links to parenting podcasts and the school's family pages and plans to use them.",
 ["REL-PAR"], [], ""),
("Z029-A-yellow", A, "2025-12-01", "yellow", ASH, "None.", [], [], "empty box"),
("Z029-C-blue", C, "2026-03-16", "blue", ASH,
 "Mum and Zara now have a homework timetable and a screen-time deal, and Mum says the arguing has stopped.",
 [], ["historical"], ""),
# ---- Z030 mum's bipolar, young carer
("Z030-A-yellow", A, "2025-05-27", "yellow", BRM,
 "While Mum was in hospital Ben (15) looked after his little sister, and he still makes sure Mum takes her medication. Referred to the young carers project.",
 ["CARER"], [], ""),
("Z030-A-green", A, "2025-05-27", "green", BRM,
 "School say Ben's attendance is fine but he has had several detentions for arguing with teachers.",
 ["EDU-EXC"], ["lookalike", "negated"], "arguing with teachers = behaviour at school, not REL-PAR"),
("Z030-C-yellow", C, "2025-11-03", "yellow", BRM,
 "Ben goes to young carers every other week. Mum's partner moved out in September after months of arguing; the split was amicable and there are no ongoing disputes.",
 ["CARER"], ["historical", "negated"], "couple's conflict ended"),
# ---- unboxed case notes (level from the highest cue, convention 2)
("U001", A, "2025-03-10", "", ASH,
 "Dad rang for advice: he and his ex-partner keep falling out over handover times and bedtimes at each house. Sent links to the online parenting plan and co-parenting guidance, which he plans to use; he will call back if needed.",
 [("REL-CONF", "blue")], ["hypothetical"], "signposting only -> blue"),
("U002", A, "2025-08-14", "", COR,
 "Home visit. Tommy (10) has been pushing and spitting at Mum when told to switch off his game. Mum has started the Triple P parenting course at the children's centre. School report no concerns.",
 [("REL-PAR", "yellow")], ["negated"], "parenting course -> yellow; school concerns negated"),
("U003", A, "2025-10-21", "", DUN,
 "Mum called police at 23:00 after Liam (16) smashed the lounge window during a row about going out; Liam was arrested for criminal damage and released under investigation. He is in Year 12 at college.",
 [("REL-PAR", "orange"), ("CRIME", "orange")], ["lookalike"], "police/arrest -> orange; child-to-parent, not DA; in college so not NEET"),
("U004", C, "2026-01-08", "", BRM,
 "Child in need plan review. Mum reports that Skye (9) and Logan (7) fight constantly and Logan has bitten Skye twice. The GP has referred Skye to the community paediatrician about her soiling.",
 [("REL-PAR", "red"), ("PH", "red")], [], "CIN plan -> red; school-age soiling PH"),
("U005", A, "2025-06-12", "", ASH,
 "School nurse drop-in: Megan (13) says she and Mum argue every day about her untidy room and going out, and she wants them to get on better. School nurse will see her again in two weeks.",
 [("REL-PAR", "green")], [], "school nurse -> green"),
("U006", C, "2026-02-19", "", COR,
 "Health visitor contact: the parents have separated and Dad has moved in with his own parents. They disagree about overnight stays for baby Noor (10 months) but are talking it through with the grandparents' help. Noor is meeting her milestones.",
 [("REL-CONF", "green")], ["goodnews"], "HV -> green; milestones good news"),
("U007", A, "2025-09-30", "", DUN,
 "Early help worker visit: Mum's partner Leon and her son Jayden (11) are constantly at loggerheads; Leon says Jayden is rude and Jayden says Leon isn't his dad. Jayden's father is in prison and has no contact. Weekly family sessions agreed.",
 [("REL-PAR", "yellow")], ["outside"], "EH worker -> yellow; father in prison outside household"),
("U008", A, "2026-04-20", "", ASH,
 "TAF review: Aaron (15) is open to CAMHS for anxiety. His parents argue in front of the children about how to handle him and Dad has been sleeping on the sofa for a month. Rent is up to date.",
 [("MH-CHILD", "orange"), ("REL-CONF", "orange")], ["negated"], "TAF/CAMHS -> orange"),
]

def main():
    nrows, grows, traps = [], [], {}
    for nid, stage, date, level, loc, text, codes, ttypes, note in N:
        if level:
            case, st = nid.split("-")[0], nid.split("-")[1]
            tid = f"{case}-{st}"
            gold = [(c, level) for c in codes]
        else:
            case = tid = nid
            gold = list(codes)
        nrows.append([nid, tid, case, stage, date, level, loc, text])
        for c, lv in gold:
            grows.append([nid, c, lv])
        if ttypes:
            traps[nid] = {"trap_types": ttypes, "note": note}
    def w(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            cw = csv.writer(f, lineterminator="\r\n")
            cw.writerow(header)
            cw.writerows(rows)
    w("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"], nrows)
    w("gold.csv", ["narrative_id", "code", "level"], grows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
    print(f"{len(nrows)} narratives, {len(grows)} gold rows, {len(traps)} with traps")

if __name__ == "__main__":
    main()
