#!/usr/bin/env python3
"""Hand-written blind gold set: Team Around the Family (TAF) review minutes.
Every narrative, its gold codes and its trap notes are written by hand below.
Trap tags: neg (negated), hist (historical / now met), hyp (hypothetical),
out (person outside household), look (look-alike word), conv (coding convention)."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# case_id: (locality, assessment date, closure date)
CASES = {
 "M001": ("Ashgrove", "2025-02-10", "2025-07-14"),
 "M002": ("Millbeck", "2025-01-20", "2025-06-23"),
 "M003": ("Kettleford", "2025-03-04", "2025-09-15"),
 "M004": ("Sandholme", "2025-01-28", "2025-06-02"),
 "M005": ("Ashgrove", "2025-02-17", "2025-08-04"),
 "M006": ("Millbeck", "2025-03-10", "2025-09-01"),
 "M007": ("Kettleford", "2025-02-03", "2025-07-07"),
 "M008": ("Sandholme", "2025-01-27", "2025-06-16"),
 "M009": ("Ashgrove", "2025-01-13", "2025-05-19"),
 "M010": ("Millbeck", "2025-04-07", "2025-10-13"),
 "M011": ("Kettleford", "2025-02-24", "2025-06-30"),
 "M012": ("Sandholme", "2025-03-17", "2025-08-18"),
 "M013": ("Ashgrove", "2025-04-14", "2025-09-22"),
 "M014": ("Millbeck", "2025-03-24", "2025-07-21"),
 "M015": ("Kettleford", "2025-01-06", "2025-06-09"),
 "M016": ("Sandholme", "2025-02-12", "2025-07-02"),
 "M017": ("Ashgrove", "2025-03-03", "2025-07-28"),
 "M018": ("Millbeck", "2025-02-05", "2025-07-09"),
 "M019": ("Kettleford", "2025-04-22", "2025-10-06"),
 "M020": ("Sandholme", "2025-05-12", "2025-10-20"),
 "M021": ("Ashgrove", "2025-06-02", "2025-11-10"),
 "M022": ("Millbeck", "2025-05-19", "2025-10-27"),
 "M024": ("Sandholme", "2025-06-16", "2025-11-24"),
 "M025": ("Ashgrove", "2025-07-07", "2025-12-08"),
 "M027": ("Kettleford", "2025-09-08", "2026-01-26"),
 "M028": ("Sandholme", "2025-09-29", "2026-02-16"),
 "M029": ("Ashgrove", "2025-10-13", "2026-03-09"),
 "M030": ("Millbeck", "2025-11-03", "2026-03-23"),
}

# (case, stage A/C, level, narrative, [gold codes], [(trap tag, note)])
BOXED = [
# --- M001 Pryce: older sibling offending + exploitation, under-5 toileting
("M001","A","green",
 "Nursery manager reported that Evie (4) is still not dry during the day and that staff who do not know her struggle to understand her speech; HV advised that she will refer Evie to the speech and language drop-in. School reported Mason's attendance at 97% and raised no concerns about him.",
 ["EYD"], [("look","Mason good attendance is pure good news, not EDU-ATT"),("neg","no concerns about Mason")]),
("M001","A","orange",
 "PC Dale reported three call-outs since November about Tyler (15) and a group of older lads damaging shop shutters on the parade; Tyler accepted a youth caution in January and is now open to YOS. School advised he has twice been seen getting into cars driven by unknown adults and has come home with a new phone and cash he could not account for; agreed referral to the exploitation panel.",
 ["CRIME","SAFE-EXP"], []),
("M001","C","yellow",
 "YOS reported that Tyler finished his intervention in May and PC Dale confirmed no call-outs since March. Ms Pryce remains worried about who Tyler is messaging late at night and has found chats with adults she does not know; agreed EHW to continue online safety sessions with Tyler and Ms Pryce for a further six weeks.",
 ["SAFE-EXP"], [("hist","YOS intervention finished and no call-outs since March: CRIME historical")]),
# --- M002 Whitfield: dad's drinking and low mood, UC sanction, arrears, possession notice
("M002","A","yellow",
 "Mr Whitfield reported that his mood has been very low since his mother died in the autumn and that he drinks most evenings 'to switch off'; agreed referral to Horizon drug and alcohol service and a GP appointment about his mood. Keira (13) has taken on most of the cooking and gets Ollie (8) up and ready for school each morning.",
 ["MH-ADULT","SUB","CARER"], []),
("M002","A","orange",
 "Mr Whitfield's Universal Credit was sanctioned in January after a missed work coach appointment; the household is now £640 behind with the rent and the housing association has served a notice seeking possession. Agreed Citizens Advice will help him challenge the sanction; housing officer to be invited to the next TAF review.",
 ["FIN","HOUS"], []),
("M002","C","green",
 "Mr Whitfield reported he has not had a drink since April and has been discharged from Horizon; his GP continues to review his antidepressants every month. School reported Keira's attendance at 96%. Agreed Mr Whitfield will go back to Horizon should he start drinking again.",
 ["MH-ADULT"], [("hyp","back to Horizon 'should he start drinking again': SUB hypothetical"),("hist","not had a drink since April, discharged: SUB historical"),("look","Keira attendance good news, not EDU-ATT")]),
("M002","C","blue",
 "Sanction overturned on appeal and a repayment arrangement of £25 a month agreed with the housing association, which has withdrawn the notice. Mr Whitfield is keeping track of his budget with the app Citizens Advice recommended.",
 ["FIN"], [("hist","notice withdrawn: HOUS historical")]),
# --- M003 Reilly/Carr: SEN support to EHCP request, parental conflict
("M003","A","green",
 "SENCO reported Lacey (10) is on SEN support for reading and working memory and has a support plan reviewed termly; school advised it is preparing an EHCP request once the educational psychologist's report is received. Bobby (6) was reported as settled and happy in Year 1.",
 ["EDU-SEND"], []),
("M003","A","yellow",
 "Ms Reilly and Mr Carr reported frequent rows about chores and about contact with Mr Carr's older children, which Lacey and Bobby overhear; both denied any physical violence or controlling behaviour and police have never been called to the address. Agreed referral to the Reducing Parental Conflict programme.",
 ["REL-CONF"], [("neg","denied violence or control, police never called: not DA, not CRIME")]),
("M003","C","green",
 "Local authority agreed to carry out an EHC needs assessment for Lacey and the educational psychologist has seen her again; SENCO continues to deliver a reading intervention three times a week.",
 ["EDU-SEND"], []),
# --- M004 Kowalczyk: 16+ NEET, self-harm, CAMHS
("M004","A","yellow",
 "Filip (16) left college in October and is not in education, employment or training; Ms Kowalczyk reported he spends most days in his room on his games console. Ms Kowalczyk works shifts at a distribution centre. Agreed referral to the Next Steps youth employment adviser.",
 ["EDU-NEET"], [("conv","shift work is not FIN (conv 5); NEET alone is not FIN (conv 11)")]),
("M004","A","orange",
 "CAMHS advised Filip is on their waiting list following a disclosure of self-harm to his GP; Ms Kowalczyk reported he has cut his arms on two occasions since Christmas. Agreed TAF plan with CAMHS, the GP and the college's wellbeing lead.",
 ["MH-CHILD"], []),
("M004","C","yellow",
 "Filip started a Level 1 construction course in February and is attending four days a week; he is still waiting for his first CAMHS appointment and uses an online counselling app in the meantime.",
 ["MH-CHILD"], [("hist","now on a college course: EDU-NEET need met"),("conv","awaiting CAMHS codes MH-CHILD (conv 4)")]),
# --- M005 Moss: section 21, overcrowding, arrears, immunisations, lateness
("M005","A","orange",
 "Family of four living in a one-bedroom flat; the landlord has served a section 21 notice that expires in March. Rent arrears of £1,150 reported; Mr Moss lost his warehouse job in December and the household is waiting for its first Universal Credit payment. Agreed housing options referral and an application for a discretionary housing payment.",
 ["HOUS","FIN"], []),
("M005","A","green",
 "HV reported Amelia (2) was not brought to her two-year review and is behind with her immunisations; Ms Moss agreed to rebook both through the GP surgery.",
 ["EYD","PH"], []),
("M005","A","yellow",
 "School reported Kai (14) has been late 22 times this term and his attendance stands at 86%; school confirmed there are no behaviour concerns and he is on track in his subjects. Agreed EHW to work with Kai and his parents on the morning routine.",
 ["EDU-ATT"], [("neg","no behaviour concerns: not EDU-EXC")]),
("M005","C","yellow",
 "Family moved into a three-bedroom housing association house in May; arrears of £300 remain and Mr Moss is on a repayment plan while the Job Centre's employment adviser helps him look for work.",
 ["FIN"], [("hist","rehoused: HOUS need met")]),
("M005","C","green",
 "Amelia's immunisations are now up to date and her two-year review found no developmental concerns. Kai's attendance has risen to 94% and school is still monitoring his punctuality, with two lates since Easter.",
 ["EDU-ATT"], [("hist","immunisations up to date: PH over"),("neg","no developmental concerns: not EYD")]),
# --- M006 Benson: older sibling offending, CPV, missing/grooming, mum's drinking, young carer
("M006","A","orange",
 "Jordan (17) was arrested in February for possession with intent to supply and is subject to a referral order with YOS; police reported two call-outs to the home after Jordan kicked in the front door. Ms Benson reported that Jordan pushed her against the wall during an argument in March.",
 ["CRIME","REL-PAR"], [("conv","son pushing mum is child-to-parent violence: REL-PAR + CRIME, not DA (conv 8)")]),
("M006","A","red",
 "Strategy meeting held on 3 March after Mia (12) was found by police in another town at 2am, having been missing for 14 hours; she had travelled to meet an older man she got to know online. Section 47 enquiry under way.",
 ["SAFE-EXP"], [("conv","police finding a missing child is not CRIME (conv 7)")]),
("M006","A","yellow",
 "Ms Benson acknowledged she drinks a bottle of wine most nights and said she often feels anxious and tearful; she agreed to a referral to the Horizon alcohol team. Leo (9) has been helping his mum to bed on bad nights and a young carers assessment was agreed.",
 ["SUB","MH-ADULT","CARER"], []),
("M006","C","orange",
 "Jordan has kept to the terms of his referral order and police reported no call-outs since April; he remains open to YOS until September. Mia has had no further missing episodes, but police advised the same man is still trying to contact her through new accounts.",
 ["CRIME","SAFE-EXP"], [("hist","no further missing episodes / call-outs, but YOS and grooming contact are current")]),
# --- M007 Sandhu: ASD pathway, sleep, bedtime behaviour, mum's low mood
("M007","A","green",
 "Arjun (6) is on the ASD assessment pathway; SENCO reported he finds changes of activity very hard and has an individual support plan with a visual timetable. Simran (3) attends nursery and HV reported she is meeting her milestones.",
 ["EDU-SEND"], [("look","Simran meeting milestones is good news, not EYD")]),
("M007","A","yellow",
 "Ms Sandhu reported Arjun's meltdowns at bedtime can last two hours and he wakes three or four times most nights; she described feeling exhausted and low and her GP has prescribed sertraline. Agreed referral to the Cygnet parenting course.",
 ["REL-PAR","PH","MH-ADULT"], [("conv","school-age sleep problem is PH (conv 9)")]),
("M007","C","green",
 "Arjun received an autism diagnosis in June and school has submitted an EHCP request; he is sleeping through most nights on melatonin prescribed by the paediatrician.",
 ["EDU-SEND","PH"], []),
# --- M008 Frost: ex-partner DA, non-mol breach, MARAC; bedwetting
("M008","A","orange",
 "Ms Frost reported that her former partner Mr Hale has twice breached the non-molestation order, once by waiting at the school gate; he was arrested on 12 January. Case heard at MARAC on 20 January and an IDVA has been allocated.",
 ["DA"], [("conv","ex-partner's breach and arrest are DA only, not CRIME (conv 7)")]),
("M008","C","yellow",
 "Ms Frost has started the Freedom Programme at the Willow Centre; no further breaches have been reported since February and the order has been extended to 2027.",
 ["DA"], [("conv","Freedom Programme ongoing codes DA (conv 4)")]),
("M008","C","green",
 "School nurse reported that Skye's bedwetting stopped over the Easter holidays and she is sleeping well.",
 [], [("hist","bedwetting stopped: PH historical")]),
# --- M009 Walsh (kinship): school refusal, suspensions, managed move
("M009","A","yellow",
 "Mrs Walsh, kinship carer for Connor (15) and Reece (11), reported that Connor has refused to go to school since Christmas and his attendance is 48%; school has put him on a part-time timetable. Mrs Walsh's Carer's Allowance claim is still being processed.",
 ["EDU-ATT"], [("look","kinship carer is not CARER (conv 12)"),("conv","Carer's Allowance alone is not FIN (conv 5)")]),
("M009","A","orange",
 "School advised Connor has had two suspensions this term for fighting and is at risk of permanent exclusion; a managed move to Hollins Park Academy is being explored. Connor is open to CAMHS for anxiety.",
 ["EDU-EXC","MH-CHILD"], []),
("M009","C","yellow",
 "Connor's managed move to Hollins Park was made permanent in April and no behaviour incidents have been logged there; his attendance is 89%. Mrs Walsh reported Reece has started saying he does not want to go to school on Mondays and has missed three Mondays this half term.",
 ["EDU-ATT"], [("hist","managed move completed, no incidents: EDU-EXC not current")]),
# --- M010 Greaves: CIN, neglect, disrepair, PND, EYD
("M010","A","red",
 "Child in need plan agreed after a home visit found dog mess on the floors and very little food in the cupboards, and both children in soiled nappies; the boiler has been broken for three weeks and the landlord has not repaired it. Ms Greaves said she was diagnosed with postnatal depression after Harvey's birth and most days struggles to get out of bed.",
 ["SAFE-NEG","HOUS","MH-ADULT"], []),
("M010","A","yellow",
 "Lily (4) is not taking up her funded nursery place; Harvey (2) is only using a handful of words. Agreed Portage referral for Harvey.",
 ["EYD"], []),
("M010","C","orange",
 "Home conditions were found clean and tidy on four unannounced visits and the landlord replaced the boiler in May. Ms Greaves is open to the perinatal mental health team and attends weekly.",
 ["MH-ADULT"], [("hist","home conditions now good: SAFE-NEG met"),("hist","boiler replaced: HOUS historical")]),
# --- M011 Bell: bullying, low mood
("M011","A","yellow",
 "Aaliyah (14) reported being bullied by a group of girls in her year, including messages on social media telling her to kill herself; school has moved her tutor group. Aaliyah told the EHW she has felt low for weeks and has stopped going out with her friends.",
 ["SAFE-EXP","MH-CHILD"], []),
("M011","C","blue",
 "Aaliyah reported that unkind comments still happen now and then in lessons, but she uses the peer mentor scheme and tells her dad straight away; she blocks and reports any nasty accounts herself.",
 ["SAFE-EXP"], [("conv","blue box: managing bullying counts as present (conv 3)")]),
# --- M012 Doyle: tenancy ASB, county lines, NEET, UC/PIP
("M012","A","orange",
 "Housing officer reported the tenancy is at risk following complaints of anti-social behaviour linked to Tyrese (17) and his visitors; a notice of seeking possession was served in February. Police advised Tyrese was stopped in Leeds with cash and two phones and is believed to be running drugs for an older group.",
 ["HOUS","CRIME","SAFE-EXP"], []),
("M012","A","yellow",
 "Tyrese left sixth form in November and is not in education or work. Ms Doyle receives Universal Credit and PIP; she reported no problems with either claim and said she is keeping on top of her bills.",
 ["EDU-NEET"], [("conv","UC and PIP with no money problem: not FIN, not PH (conv 5)"),("neg","no problems with claims")]),
("M012","C","orange",
 "Tyrese was remanded in custody in May awaiting trial; the possession claim has been adjourned on condition there is no further anti-social behaviour. Ms Doyle said she is frightened Tyrese's associates will come to the flat if he is released.",
 ["CRIME","HOUS"], [("hyp","associates coming 'if he is released' is hypothetical: SAFE-EXP not coded")]),
# --- M013 Hartley: mum's anxiety, young carer, dad denies drink
("M013","A","yellow",
 "Ms Hartley reported long-standing anxiety and panic attacks and is on the waiting list for talking therapies; Mr Hartley said he only drinks socially and denied any problem with alcohol. Josh (11) does the shopping with his mum and collects Phoebe (7) from school on days she cannot leave the house.",
 ["MH-ADULT","CARER"], [("neg","denied alcohol problem: not SUB")]),
("M013","C","blue",
 "Ms Hartley has finished six sessions of CBT and uses breathing exercises when she feels panicky; she now goes to the supermarket with a friend.",
 ["MH-ADULT"], [("conv","blue box: managing her anxiety counts as present (conv 3)")]),
("M013","C","green",
 "School has put Josh forward for the Young Carers Hub holiday activities; Josh said he still does some of the family shopping. Class teacher to ask the SENCO to assess Phoebe's reading if it has not improved by Christmas.",
 ["CARER"], [("hyp","SENCO assessment only if reading does not improve: EDU-SEND hypothetical")]),
# --- M014 Tate: permanent exclusion, PRU part-time, EHC needs assessment, behaviour at home
("M014","A","orange",
 "Aiden (13) had four suspensions this academic year and was permanently excluded from Greystone Academy on 4 March; he now attends the pupil referral unit on a mornings-only timetable. Ms Tate has requested an EHC needs assessment as Aiden has an ADHD diagnosis and cannot stay in class for long.",
 ["EDU-EXC","EDU-ATT","EDU-SEND"], []),
("M014","A","yellow",
 "Ms Tate reported Aiden's behaviour at home has become unmanageable; he refuses to come in at night and swears at her when asked. Agreed she will attend the Teen Triple P course.",
 ["REL-PAR"], []),
("M014","C","orange",
 "EHC needs assessment agreed and a draft plan issued in July naming Brookside Specialist School from September; the PRU reported full-day attendance and no incidents since May.",
 ["EDU-SEND"], [("hist","full days and no incidents: EDU-ATT and EDU-EXC not current")]),
# --- M015 Haddad: damp, chest infections, UC stopped, food bank, mum's trauma
("M015","A","yellow",
 "Family live in a privately rented flat with black mould in both bedrooms; Layla (1) has seen the GP twice this winter with chest infections. Agreed EHW to request an environmental health inspection.",
 ["HOUS","PH"], []),
("M015","A","orange",
 "Mr Haddad's Universal Credit was stopped in December when a change of address was not recorded, leaving the family without income for five weeks; they have used the Kettleford food bank three times. Mrs Haddad reported low mood and said she has flashbacks to events before the family came to the UK.",
 ["FIN","MH-ADULT"], []),
("M015","C","green",
 "Landlord treated the mould and fitted extractor fans in April; Layla has had no chest infections since and is up to date with her immunisations. Yusuf's Reception teacher reported he is settled and his English is coming on well.",
 [], [("hist","mould treated: HOUS historical"),("hist","no chest infections since: PH historical"),("look","Yusuf settled is good news")]),
("M015","C","yellow",
 "Universal Credit reinstated with a backdated payment; the family has a budget plan with the Citizens Advice money adviser and is paying off a £210 energy debt. Mrs Haddad has been referred to the Refugee Wellbeing Service and is awaiting her first appointment.",
 ["FIN","MH-ADULT"], []),
# --- M016 Marsh/Pearce: separation and contact dispute, mum's past drinking
("M016","A","yellow",
 "Ms Marsh and Mr Pearce separated in January and disagree over contact arrangements for Harper (6) and Freddie (4); several handovers have ended in shouting at the school gate. Both parents confirmed there has never been any violence or controlling behaviour. Agreed referral to family mediation.",
 ["REL-CONF"], [("neg","never any violence or control: not DA")]),
("M016","A","blue",
 "Ms Marsh said she stopped drinking in 2019 and has not had a drink since; her sister does the school run twice a week.",
 [], [("hist","stopped drinking in 2019: SUB historical")]),
("M016","C","blue",
 "Parents have agreed a written contact schedule through mediation and now do handovers at Ms Marsh's sister's house; Ms Marsh described communication with Mr Pearce as 'civil, most of the time'.",
 ["REL-CONF"], [("conv","blue box: managing the separation counts as present (conv 3)")]),
# --- M017 Brady: young mum, UC advance deductions, fuel, notice to leave
("M017","A","yellow",
 "Ms Brady (19) reported her Universal Credit is reduced by £90 a month to repay an advance and she has run out of gas and electric credit twice this month; EHW made a referral to the Ashgrove Community Pantry.",
 ["FIN"], []),
("M017","A","orange",
 "Ms Brady has been served notice to leave the supported housing project in six weeks because of rent arrears of £430; housing options assessment booked. HV reported Alfie (8 months) is gaining weight well.",
 ["HOUS","FIN"], [("look","Alfie gaining weight well is good news, not PH")]),
("M017","C","yellow",
 "Ms Brady moved into a one-bedroom council flat in June; she is still repaying the advance and the EHW helped her apply to the Household Support Fund. Ms Brady knows to contact her housing officer straight away if she ever struggles to pay the new rent.",
 ["FIN"], [("hyp","struggling to pay rent 'if she ever': HOUS hypothetical"),("hist","rehoused: HOUS met")]),
# --- M018 Cooper: dad on licence, mum's MS, young carer
("M018","A","orange",
 "Mr Cooper was released from prison in January and is on licence until November, supervised by probation; one licence condition is that he does not enter the Millbeck estate. Police were called once in February to a dispute between two neighbours that did not involve the family.",
 ["CRIME"], [("out","neighbours' dispute is outside the household")]),
("M018","A","yellow",
 "Mrs Cooper has multiple sclerosis and uses a wheelchair outdoors; Mackenzie (15) helps her to shower and dress most mornings and is often late for school as a result. Mrs Cooper receives PIP.",
 ["PH","CARER","EDU-ATT"], [("conv","PIP alone is not FIN (conv 5)")]),
("M018","C","yellow",
 "Mackenzie was assessed by Millbeck Young Carers Service and attends their Tuesday group; a care package now covers Mrs Cooper's morning personal care and school reported Mackenzie's lateness has stopped.",
 ["CARER","PH"], [("hist","lateness stopped: EDU-ATT historical")]),
# --- M019 Nolan: CP plan for neglect, mum's alcohol, depression
("M019","A","red",
 "Strategy meeting held after police attended on 9 April following a neighbour's call; officers found Ms Nolan heavily intoxicated and the twins (3) alone downstairs at midnight, and Dylan (8) let them in. Section 47 enquiry concluded and an ICPC made the children subject to child protection plans under the category of neglect.",
 ["SAFE-NEG","SUB"], [("conv","police welfare attendance is not CRIME (conv 7)")]),
("M019","A","orange",
 "Ms Nolan has started a community detox with Horizon; she described long-standing depression and said she stopped taking her antidepressants last year.",
 ["SUB","MH-ADULT"], [("look","'stopped' refers to medication, the depression is current")]),
("M019","C","orange",
 "Ms Nolan has been abstinent for 14 weeks, confirmed by Horizon's testing, and remains on their aftercare programme; she restarted antidepressants with her GP in July.",
 ["SUB","MH-ADULT"], [("conv","ongoing aftercare programme codes SUB (conv 4) despite abstinence")]),
# --- M020 Lang: anxiety-based absence, mum's past depression
("M020","A","yellow",
 "Ethan (12) has attended 61% this term and says he feels sick every morning before school; the GP found no physical cause and has referred him to the school counsellor for his worries. Grace (16) is at Sandholme College and was said to be doing well.",
 ["EDU-ATT","MH-CHILD"], [("neg","no physical cause: not PH"),("look","Grace at college is not NEET")]),
("M020","A","green",
 "Ms Lang reported she was treated for depression in 2021 and has been well since; she works part-time as a teaching assistant.",
 [], [("hist","depression 2021, well since: MH-ADULT historical")]),
("M020","C","green",
 "Ethan is attending 88% on a phased return and the school counsellor continues to see him weekly for anxiety.",
 ["EDU-ATT","MH-CHILD"], []),
# --- M021 O'Brien: gambling debts, arguments, diabetes
("M021","A","yellow",
 "Mr O'Brien disclosed gambling debts of about £6,000 on credit cards and online betting accounts; he has self-excluded from the betting sites and agreed a referral to a debt charity. Mrs O'Brien said the debts have caused a lot of arguments between them but denied anything more than that.",
 ["FIN","REL-CONF"], [("conv","gambling debts are FIN, not SUB (conv 10)"),("look","'self-excluded' is not EDU-EXC"),("neg","denied anything more: not DA")]),
("M021","A","green",
 "Rory (9) was diagnosed with type 1 diabetes in May; the school nurse has trained staff and an individual healthcare plan is in place.",
 ["PH"], []),
("M021","C","blue",
 "Mr O'Brien is paying £150 a month through a debt management plan and reports no gambling since February; the couple said the arguments have stopped.",
 ["FIN"], [("hist","arguments stopped: REL-CONF historical")]),
# --- M022 Price: knife, exploitation, NRM, mum's stress
("M022","A","orange",
 "Kian (15) was found by police with a knife and wraps of cannabis after being missing for two nights; officers believe he is being exploited by an older group from outside the area. NRM referral made and Kian referred to YOS for an out-of-court disposal.",
 ["SAFE-EXP","CRIME"], [("conv","drugs found on an exploited child: SAFE-EXP + CRIME, not SUB (conv 12)")]),
("M022","A","yellow",
 "Ms Price reported she has been signed off work with stress and feels she cannot cope; she has started counselling through her employer's assistance programme.",
 ["MH-ADULT"], [("conv","signed off work is not worklessness FIN")]),
("M022","C","orange",
 "Kian completed his youth conditional caution in June and has had no missing episodes since May; the exploitation team remain involved as he is still in contact with two of the older males.",
 ["SAFE-EXP"], [("hist","caution completed: CRIME historical")]),
("M022","C","blue",
 "Ms Price returned to work in June on reduced hours and said she uses the coping strategies from counselling when she feels overwhelmed.",
 ["MH-ADULT"], [("conv","blue box: managing her stress counts as present (conv 3)")]),
# --- M024 Finch/Reid: CAMHS, self-harm, past DA, curfew rows
("M024","A","orange",
 "Maisie (14) is open to CAMHS following an overdose in January and has a safety plan; she told the school nurse she sometimes cuts herself when upset. Ms Finch described a previous abusive relationship with Maisie's father, who has had no contact with the family since 2020.",
 ["MH-CHILD"], [("hist","DA with father ended 2020: historical"),("out","father outside household")]),
("M024","A","yellow",
 "Ms Finch's partner Mr Reid moved in last year; Ms Finch reported that Maisie and Mr Reid argue most days about house rules and Maisie has ignored her curfew several times this month.",
 ["REL-PAR"], [("conv","arguments between carer and child are REL-PAR, not REL-CONF (conv 8)")]),
("M024","C","orange",
 "CAMHS continue to see Maisie every fortnight; she has not self-harmed since April.",
 ["MH-CHILD"], [("conv","ongoing CAMHS codes MH-CHILD though self-harm has stopped")]),
# --- M025 Lowe: 16+ NEET, cannabis, dad's back pain and worklessness
("M025","A","yellow",
 "Bailey (16) has not been in education, employment or training since leaving Year 11 and has not engaged with the careers adviser. Mr Lowe has chronic back pain and has been out of work for two years; the Job Centre is helping him look for part-time work.",
 ["EDU-NEET","PH","FIN"], [("conv","FIN for adult worklessness, not for Bailey's NEET (conv 11)")]),
("M025","A","orange",
 "Police reported cannabis was found in Bailey's bedroom during a search in February and he received a community resolution; Bailey admitted smoking cannabis every day. Mr Lowe said he uses cannabis himself 'now and then' for his pain.",
 ["CRIME","SUB"], []),
("M025","C","yellow",
 "Bailey started an apprenticeship at a garage in May; he is still using cannabis at weekends and has agreed to see the Horizon young people's worker. Mr Lowe said he stopped using cannabis in March.",
 ["SUB"], [("hist","apprenticeship: EDU-NEET met"),("hist","Mr Lowe stopped in March (SUB still present for Bailey)")]),
# --- M027 Lyons: adult sibling on probation, younger brother at risk of CCE, suspension
("M027","A","orange",
 "Ryan (18) lives at home and is on probation for a burglary; police visited twice in March looking for him about a further offence. School advised Callum (13) has been seen with Ryan's associates near the park and is at risk of criminal exploitation; contextual safeguarding referral made.",
 ["CRIME","SAFE-EXP"], []),
("M027","A","yellow",
 "Callum received a two-day suspension in February for swearing at a teacher and is on a behaviour report card. Ms Lyons has a blue badge for her arthritis and said she manages her pain well with her prescribed medication.",
 ["EDU-EXC","PH"], [("look","'blue badge' is not a blue-level cue"),("look","'prescribed medication' is not SUB")]),
("M027","C","yellow",
 "Callum has had no further suspensions but is still on a behaviour report card; he has joined a boxing club with the youth worker's help. Ryan moved out in May to live with his girlfriend in another town.",
 ["EDU-EXC"], [("out","Ryan has left the household: CRIME not coded"),("hist","no further suspensions")]),
# --- M028 Mensah: eviction, hotel TA, ADHD pathway, food bank
("M028","A","orange",
 "Family were evicted from their privately rented home in January when the landlord sold it and have spent eight weeks in temporary accommodation at a Sandholme hotel, all four sharing one room; the children travel an hour each way to Parkside Primary.",
 ["HOUS"], [("look","long journey to school is not an attendance problem")]),
("M028","A","yellow",
 "Kwame (10) is on the ADHD pathway and school has put him on SEN support with planned movement breaks. Mrs Mensah reported the family has relied on food bank vouchers since the move.",
 ["EDU-SEND","FIN"], []),
("M028","C","green",
 "Family moved into a three-bedroom council house near Parkside Primary in June. Kwame remains on SEN support and the SENCO is preparing an EHC needs assessment request. Mr Mensah has started work and the family were advised they can use the food bank again if his first wages are delayed.",
 ["EDU-SEND"], [("hyp","food bank only if wages are delayed: FIN hypothetical"),("hist","rehoused: HOUS met")]),
# --- M029 Carter: CPV with police/YOS, council tax arrears
("M029","A","orange",
 "Police were called to the home three times in February after Brandon (14) punched holes in doors and hit his mum during rows about his phone; he was arrested on the last occasion and referred to YOS for a triage assessment.",
 ["REL-PAR","CRIME"], [("conv","child-to-parent violence: REL-PAR + CRIME, not DA (conv 8)")]),
("M029","A","yellow",
 "Ms Carter reported council tax arrears of £1,800 and a letter from enforcement agents; she works part-time at a care home. She said she is coping emotionally and did not want a referral for her own wellbeing.",
 ["FIN"], [("look","works at a care home is not CARER"),("neg","coping, declined wellbeing referral: not MH-ADULT")]),
("M029","C","yellow",
 "Brandon completed the YOS triage programme in April and he and his mum are attending a Respect programme for child-to-parent violence; no police call-outs since March.",
 ["REL-PAR"], [("hist","YOS completed, no call-outs since March: CRIME historical")]),
# --- M030 Rowe: dad's depression, ESA stopped, young carer, attendance
("M030","A","yellow",
 "Mr Rowe has severe depression and rarely leaves his bedroom; Ellie (12) makes the family's tea most nights and looks after Jake (7) after school while Mrs Rowe is at work. Mr Rowe's ESA was stopped after a reassessment in February and an appeal has been lodged.",
 ["MH-ADULT","CARER","FIN"], []),
("M030","A","green",
 "School reported Jake's attendance has dropped to 90% as nobody is available to bring him in when Mrs Rowe works early shifts.",
 ["EDU-ATT"], [("conv","shift work is not FIN (conv 5)")]),
("M030","C","yellow",
 "Ellie has had a young carers assessment and goes to the Millbeck Young Carers Service group monthly; Mr Rowe's ESA appeal succeeded and payments have restarted.",
 ["CARER"], [("hist","ESA reinstated: FIN resolved")]),
]

# Unboxed notes: (id, stage, date, locality, narrative, codes, gold level, traps)
UNBOXED = [
("U001","assessment","2025-04-28","Kettleford",
 "TAF review note: Ms Yeung reported Max (15) was brought home by police at 1am after she reported him missing; he had been at a party with older boys and had vapes and £200 he could not explain. School advised Max has missed 14 days this half term. Agreed the multi-agency TAF plan will include an exploitation screening.",
 ["SAFE-EXP","EDU-ATT"], "orange",
 [("conv","police returning a missing child is not CRIME (conv 7)"),("look","vapes are not SUB (conv 12)")]),
("U002","assessment","2025-05-06","Ashgrove",
 "Phone note: Ms Patel said she is £120 behind with her rent since her hours were cut and has agreed a catch-up plan with her landlord herself after reading the Shelter website; no notice has been served and she does not want further help.",
 ["FIN"], "blue",
 [("neg","no notice served: not HOUS")]),
("U003","assessment","2025-09-17","Sandholme",
 "Case note: school nurse met Jasmine (10) about her weight and her bedwetting and agreed a GP referral with mum. SENCO confirmed Jasmine has no additional learning needs.",
 ["PH"], "green",
 [("neg","no additional learning needs: not EDU-SEND"),("conv","school-age bedwetting is PH (conv 9)")]),
("U004","assessment","2025-10-01","Millbeck",
 "Home visit note: EHW visited; Mr Dunn is attending the Horizon alcohol service weekly and says he is down to two cans a day. Liam (13) does the hoovering and washing for the household most days. Agreed referral to the young carers service.",
 ["SUB","CARER"], "yellow", []),
("U005","assessment","2026-01-14","Kettleford",
 "Strategy meeting note: s47 enquiry opened after Nadia (6) told her teacher that her mum's partner hits her mum and locks the doors so she cannot go out; police attended and the partner was arrested for assault. Nadia has not been in school for a week.",
 ["DA","EDU-ATT"], "red",
 [("conv","partner's assault and arrest are DA only, not CRIME (conv 7)")]),
("U006","closure","2026-02-23","Sandholme",
 "Closure note: health visitor reported Oscar (2) is still behind with his talking and goes to her Early Talk group; mum stopped her antidepressants in the spring and said she feels well.",
 ["EYD"], "green",
 [("hist","antidepressants stopped, feels well: MH-ADULT historical")]),
]


def main():
    nrows, grows, traps = [], [], {}
    seen_boxes = set()
    for case, st, lvl, text, codes, tr in BOXED:
        loc, da, dc = CASES[case]
        tid = f"{case}-{st}"
        nid = f"{tid}-{lvl}"
        assert nid not in seen_boxes, nid
        seen_boxes.add(nid)
        stage = "assessment" if st == "A" else "closure"
        nrows.append([nid, tid, case, stage, da if st == "A" else dc, lvl, loc, text])
        for c in codes:
            grows.append([nid, c, lvl])
        if tr:
            traps[nid] = [{"type": t, "note": n} for t, n in tr]
    for nid, stage, date, loc, text, codes, glvl, tr in UNBOXED:
        nrows.append([nid, nid, nid, stage, date, "", loc, text])
        for c in codes:
            grows.append([nid, c, glvl])
        if tr:
            traps[nid] = [{"type": t, "note": n} for t, n in tr]
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id","triage_id","case_id","stage","date","level","locality","narrative"])
        w.writerows(nrows)
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id","code","level"])
        w.writerows(grows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
    print(f"{len(nrows)} narratives, {len(grows)} gold rows, {len(traps)} with traps")

if __name__ == "__main__":
    main()
