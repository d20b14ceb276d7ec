#!/usr/bin/env python3
"""Blind gold set z86: hand-written narratives, hand-assigned gold codes and trap notes.
Standard library only. Writes narratives.csv, gold.csv, traps.json (CRLF, UTF-8, no BOM)."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# Each case: (case_id, locality, [triages]); triage: (stage, date, [boxes]);
# box: (level, narrative, [gold codes], [trap notes "kind: note"]).
# Trap kinds: negated, historical, hypothetical, lookalike, outside, met.
CASES = [
("Z001", "Fenmere", [
  ("assessment", "2025-04-07", [
    ("green", "Health visitor saw Ellis (2) for his 27-month check and he is only using a few single words, so she has referred him to speech and language therapy. He goes to Little Acorns nursery two mornings a week and mum would like to use the funded hours from January. He is still in nappies and potty training has not been started. No concerns about his weight or feeding.",
     ["EYD"], ["negated: no concerns about weight or feeding (PH)"]),
    ("yellow", "Mum (Danielle) has felt low since her own mother died last autumn and says on some days she cannot face getting out of bed. The GP started her on sertraline in March and she has agreed to work with an early help worker. She is behind on the gas and electric and has been putting the food money on the meter. She has been told about the Household Support Fund but has not yet applied.",
     ["MH-ADULT", "FIN"], []),
  ]),
  ("closure", "2025-10-14", [
    ("blue", "Danielle is paying £15 a week off the energy arrears and keeps her own budget sheet on the fridge. Still taking her antidepressants and says her mood is much better.",
     ["FIN", "MH-ADULT"], []),
  ]),
]),
("Z002", "Eastwold", [
  ("assessment", "2025-05-12", [
    ("yellow", "Kai (15) attendance at Harbour Academy is down to 71% and since his second suspension for fighting he has been on a mornings-only timetable. School have raised the possibility of a managed move to another academy after Easter. Mum says there are no arguments at home and Kai keeps to the curfew she sets. He has asked for help with revision as he wants to go to college.",
     ["EDU-ATT", "EDU-EXC"], ["negated: no arguments at home, keeps curfew (REL-PAR)"]),
    ("orange", "Kai went missing twice in April and on the second occasion police found him at a railway station forty miles away with £300 and two phones he could not explain. Wraps of cannabis were found in his bag and he has since received a youth caution for possession with intent. Intelligence suggests an older group is using him to run drugs between towns. Kai denies using cannabis himself and his health check raised no concerns.",
     ["SAFE-EXP", "CRIME"], ["lookalike: drugs found on an exploited child are SAFE-EXP + CRIME, not SUB", "negated: denies using cannabis (SUB)"]),
  ]),
  ("closure", "2026-01-20", [
    ("yellow", "Kai still meets his YOS worker weekly on the referral order. No missing episodes since August.",
     ["CRIME"], ["historical: no missing episodes since August (SAFE-EXP)"]),
    ("green", "Kai has settled at Westmere School after the managed move and his head of year meets him every Monday.",
     ["EDU-EXC"], []),
  ]),
]),
("Z003", "Brinkley Broad", [
  ("assessment", "2025-04-22", [
    ("orange", "Leanne disclosed that her partner Craig reads her messages, keeps her bank card and will not let her visit her sister. Three weeks ago he pushed her against a door and police attended; he was arrested and bailed not to contact her. DASH completed with a score of 16 and a MARAC referral has gone in. Craig is staying with his brother and is not in the home.",
     ["DA"], ["lookalike: arrest of partner for the assault is DA only, not CRIME", "lookalike: control of the bank card is coercive control (DA), not FIN"]),
    ("red", "Poppy (6) and Tyler (2) were in the room during the assault. Since then Poppy has been wetting the bed most nights and her teacher describes her as withdrawn and clingy at drop-off. A strategy meeting and section 47 enquiry followed and both children were made subject to child protection plans at the ICPC on 19 May.",
     ["DA", "PH", "MH-CHILD"], []),
  ]),
  ("closure", "2025-11-27", [
    ("orange", "Non-molestation order granted in September. Craig breached it in October and was arrested; case heard again at MARAC.",
     ["DA"], ["lookalike: breach of the non-mol order by the ex-partner is DA, not CRIME"]),
  ]),
]),
("Z004", "Calder Staithe", [
  ("assessment", "2025-06-02", [
    ("green", "Jessica (12) is in Year 7 at Fenmere High. Her tutor says she often looks tired and she has been late eleven times since February half term. School are keeping an eye on her.",
     ["EDU-ATT"], []),
    ("yellow", "Mum (Angela) has multiple sclerosis and uses a wheelchair, and her mobility has got worse over the winter. Jessica helps her shower, does most of the cooking and gets her brother Sam (7) ready for school every morning. Angela receives PIP and says money is tight but they are managing and have no debts. Referral made to the young carers service.",
     ["PH", "CARER"], ["lookalike: PIP alone does not imply FIN", "negated: no debts (FIN)"]),
  ]),
  ("closure", "2025-12-09", [
    ("blue", "Jessica goes to the young carers group on Thursdays and has one evening a week off from helping mum. School will involve the attendance officer if the lateness comes back.",
     ["CARER"], ["hypothetical: attendance officer only if lateness returns (EDU-ATT)"]),
  ]),
]),
("Z005", "Calder Staithe", [
  ("assessment", "2025-03-10", [
    ("orange", "Family of six are in a two-bedroom flat above a takeaway and there is black mould across two walls of the children's room; the landlord has ignored repair requests. A section 21 notice was served on 3 March giving a leave date in May. Dad (Bogdan) lost his warehouse job in January, the Universal Credit claim is still in the five-week wait and rent arrears stand at £1,450. They have been to the food bank at St Felix church twice.",
     ["HOUS", "FIN"], []),
    ("yellow", "Parents say they are pulling together and are not arguing. Antoni (16) finished Year 11 last summer and has not been in college, work or training since; he says he would like a motor vehicle apprenticeship. Mum worries he will drift if nothing is found soon.",
     ["EDU-NEET"], ["negated: parents not arguing (REL-CONF)", "lookalike: a 16+ NEET young person is EDU-NEET only, not FIN"]),
  ]),
  ("closure", "2026-02-16", [
    ("yellow", "Moved into a three-bed housing association house in December. Bogdan goes to the job club twice a week and is still paying £60 a month off the old rent arrears.",
     ["FIN"], ["met: housing need resolved by the move (HOUS not coded)"]),
  ]),
]),
("Z006", "Fenmere", [
  ("assessment", "2025-05-19", [
    ("green", "Noah (7) is on SEN support at Marshfield Primary and the SENCO has applied for an EHC needs assessment. He finds the dinner hall too loud and eats in a quiet room. He was referred for an autism assessment in February. Mum reports he sleeps well and eats a good range of foods.",
     ["EDU-SEND"], ["negated: sleeps well, eats well (PH)"]),
    ("yellow", "Rachel finds Noah's meltdowns at home very hard to manage; when his routine changes he hits out at her and at his sister. She has booked onto a parenting course for parents of autistic children run by the family support service. Dad lives in Scotland and rings every Sunday, and Rachel says contact goes smoothly and they get on.",
     ["REL-PAR"], ["lookalike: child hitting parent is REL-PAR, not DA", "outside/negated: dad outside the household, contact without difficulty (REL-CONF)"]),
  ]),
  ("closure", "2026-02-03", [
    ("green", "EHCP finalised in January naming the autism resource base at Marshfield Primary.",
     ["EDU-SEND"], []),
  ]),
]),
("Z007", "Eastwold", [
  ("assessment", "2025-07-01", [
    ("orange", "Dad (Lee) is drinking about two bottles of wine each night and twice failed to collect Ruby (5) from school because he had fallen asleep; school had to phone mum at work. Lee has agreed a referral to Rivermead Recovery. On the home visit the cupboards were nearly bare and Ruby told her teacher she had not had breakfast.",
     ["SUB", "SAFE-NEG"], []),
    ("yellow", "Mum (Chloe) works nights at a care home and is worn out. She says she and Lee argue most evenings about his drinking and they have talked about separating. Chloe is clear there has been no violence and she does not feel frightened of him.",
     ["SUB", "REL-CONF"], ["negated: no violence, not frightened (DA)", "lookalike: night shifts are not FIN"]),
  ]),
  ("closure", "2025-12-15", [
    ("yellow", "Lee goes to Rivermead Recovery every Tuesday and says he now drinks only at weekends.",
     ["SUB"], []),
    ("blue", "Chloe and Lee are still going to couples counselling and say the rows have eased off.",
     ["REL-CONF"], []),
  ]),
]),
("Z008", "Brinkley Broad", [
  ("assessment", "2025-06-16", [
    ("orange", "Amelia (14) told her form tutor she has been cutting her arms for about three months and sometimes wishes she was not here. She went to A&E on 12 June after taking twelve paracetamol and is now open to the CAMHS crisis team. She has stopped eating lunch and has lost noticeable weight. She says a group of girls in her year keep sending her nasty messages on Snapchat.",
     ["MH-CHILD", "PH", "SAFE-EXP"], ["lookalike: paracetamol overdose is MH-CHILD, not SUB"]),
  ]),
  ("closure", "2026-01-12", [
    ("orange", "Still open to CAMHS with weekly sessions. No self-harm reported since November.",
     ["MH-CHILD"], ["historical: no self-harm since November (but CAMHS keeps MH-CHILD)"]),
    ("blue", "Amelia blocked the girls on Snapchat and says the messages stopped before Christmas.",
     [], ["historical: bullying messages stopped (SAFE-EXP)"]),
  ]),
]),
("Z009", "Calder Staithe", [
  ("assessment", "2025-05-06", [
    ("yellow", "Shannon (19) is a first-time mum to Archie (7 months) and lives alone with him in a one-bedroom housing association flat. The health visitor's mood screening was high and the GP has diagnosed postnatal depression. Archie has not had his 12- or 16-week immunisations and two GP appointments for him were missed. Shannon's own mother is in prison, so she has little family help.",
     ["MH-ADULT", "PH"], ["outside: grandmother in prison (not CRIME)"]),
    ("green", "Archie has started weaning and Shannon is unsure which foods to offer and how much; the HV gave her information and booked her onto the starting solids group.",
     ["EYD"], []),
  ]),
  ("closure", "2025-11-18", [
    ("green", "Shannon remains on antidepressants and sees the HV monthly. Archie's immunisations have all been caught up.",
     ["MH-ADULT"], ["met: immunisations caught up (PH not coded)"]),
  ]),
]),
("Z010", "Eastwold", [
  ("assessment", "2025-09-08", [
    ("yellow", "Callum (17) dropped out of sixth form in the spring after weeks of not going in and has been at home since, gaming in his room most of the day. Dad (Martin) has been out of work since the boatyard closed and has run up about £4,000 on credit cards betting on football through phone apps. Martin says he has not had a drink since 2019.",
     ["EDU-NEET", "FIN"], ["lookalike: gambling debt is FIN, not SUB", "historical: no alcohol since 2019 (SUB)"]),
    ("green", "Callum is registered with the GP and his asthma is well controlled with his inhalers. He says he is not anxious or low and simply did not like sixth form.",
     ["PH"], ["negated: not anxious or low (MH-CHILD)"]),
  ]),
  ("closure", "2026-03-02", [
    ("yellow", "Callum started a traineeship with Staithe Skills in February and is going every day. Martin has self-excluded from the betting apps and has a debt management plan through Citizens Advice.",
     ["FIN"], ["met: Callum now in training (EDU-NEET not coded)", "lookalike: self-excluded from betting apps is not EDU-EXC"]),
  ]),
]),
("Z011", "Fenmere", [
  ("assessment", "2025-07-14", [
    ("red", "The house was found with dog mess on the floors, no working cooker and bare mattresses without bedding. Tia (3) and Jordan (5) were in soiled clothes and Jordan has bad tooth decay and is not registered with a dentist. Both children were made subject to child protection plans under neglect at the ICPC on 9 July.",
     ["SAFE-NEG", "PH"], []),
    ("orange", "Mum (Kerry) smokes cannabis every day and says it helps her anxiety; she has agreed to a referral to the drug and alcohol service. She has been diagnosed with PTSD linked to her own childhood in care.",
     ["SUB", "MH-ADULT"], ["historical: Kerry's own childhood in care is background only"]),
    ("yellow", "Tia is not using her funded nursery place and has very few words for her age. She still has a bottle of milk to fall asleep at night.",
     ["EYD"], []),
  ]),
  ("closure", "2026-01-26", [
    ("yellow", "Kerry is still attending the drug and alcohol service and her tests show her cannabis use is reducing.",
     ["SUB"], []),
    ("green", "Tia goes to nursery four mornings a week and joins a small talking group there. Jordan's dental treatment was finished in October.",
     ["EYD"], ["historical: dental treatment finished (PH)"]),
  ]),
]),
("Z012", "Eastwold", [
  ("assessment", "2025-03-24", [
    ("yellow", "Parents separated in January and now communicate only by text; there have been arguments at handovers in front of the children. A court hearing about contact is listed for April. Both parents say there has never been any violence or controlling behaviour between them. Ella (9) has told her teacher she feels stuck in the middle and has been crying in class.",
     ["REL-CONF", "MH-CHILD"], ["negated: no violence or control (DA)"]),
    ("green", "Ella's attendance is 97% and she is working at the expected standard. School have given her a weekly session with the ELSA to talk about her feelings.",
     ["MH-CHILD"], ["lookalike: good attendance is pure good news (EDU-ATT not coded)"]),
  ]),
  ("closure", "2025-09-29", [
    ("blue", "Parents use a co-parenting app to arrange handovers and agreed a contact schedule at mediation.",
     ["REL-CONF"], []),
  ]),
]),
("Z013", "Brinkley Broad", [
  ("assessment", "2025-04-28", [
    ("orange", "Harvey (10) was permanently excluded from Broadmead Primary in March after throwing a chair that hit a teaching assistant. He now attends the pupil referral unit on a part-time timetable of ten hours a week. Harvey is on the ADHD pathway and has waited fourteen months for his assessment.",
     ["EDU-EXC", "EDU-ATT", "EDU-SEND"], []),
    ("yellow", "Dad (Robert) has had sole care since mum moved out last year. He works shifts at the sugar beet factory and a neighbour watches Harvey after school. Robert says he does not know how to handle Harvey's temper and has been kicked and sworn at when he takes the tablet away. He is willing to try a parenting course.",
     ["REL-PAR"], ["historical: mum moved out last year (REL-CONF)", "lookalike: shifts are not FIN", "lookalike: child kicking parent is REL-PAR, not DA"]),
  ]),
  ("closure", "2025-10-20", [
    ("yellow", "Harvey now has an EHCP and started full time at Kestrel Specialist School in September.",
     ["EDU-SEND"], ["met: full-time place ends the part-time timetable (EDU-ATT not coded)"]),
  ]),
]),
("Z014", "Calder Staithe", [
  ("assessment", "2025-10-06", [
    ("green", "Dad (Steve) is having chemotherapy for bowel cancer at the county hospital. Luke (14) often goes with him to appointments and has missed nine school days since September.",
     ["PH", "EDU-ATT"], []),
    ("yellow", "Luke cooks the meals, does the shopping and helps his dad to the toilet at night when he is weak. He told the school counsellor he is frightened his dad will die and he cannot get to sleep. Luke's mum died in 2021.",
     ["CARER", "MH-CHILD", "PH"], ["historical: mum's death in 2021 is background"]),
  ]),
  ("closure", "2026-03-16", [
    ("blue", "Luke goes to the young carers group on Tuesdays and says he is sleeping better.",
     ["CARER"], []),
  ]),
]),
("Z015", "Brinkley Broad", [
  ("assessment", "2025-11-03", [
    ("yellow", "Mum (Priya) left a violent relationship in 2022 and there has been no contact with the children's father since; the non-molestation order ran out last year. She now rents privately and the boiler has not worked for five weeks, so the children are sleeping in their coats. The landlord has said he will serve notice if she reports him to the council.",
     ["HOUS"], ["historical: DA ended 2022 (DA)", "hypothetical: notice only if she reports him"]),
    ("green", "Aarav (6) has eczema that flares in the cold and the GP has changed his creams. Priya says her mental health is good and she no longer takes medication.",
     ["PH"], ["negated/historical: mother's mental health good, off medication (MH-ADULT)"]),
  ]),
  ("closure", "2026-03-09", [
    ("blue", "Council environmental health made the landlord fit a new boiler. Priya knows where to get housing advice if he ever tries to evict her.",
     [], ["met: repair completed (HOUS)", "hypothetical: eviction only if he tries"]),
  ]),
]),
("Z016", "Fenmere", [
  ("assessment", "2025-05-27", [
    ("red", "Grace (15) has gone missing four times since April and was last found by police in a flat with adult men she had met online. She has a 24-year-old 'boyfriend' who gives her money and vapes. A strategy meeting on 20 May started a section 47 because of the risk of sexual exploitation.",
     ["SAFE-EXP"], ["lookalike: police finding a missing child is not CRIME", "lookalike: vapes are not SUB"]),
    ("orange", "Grace has not been to school since the Easter holidays and the school has issued a warning about a penalty notice. She says she hates her stepdad and there are shouting matches most nights. Mum says Grace pushed her down the stairs in April but she did not want to call the police.",
     ["EDU-ATT", "REL-PAR"], ["lookalike: child-to-parent violence is REL-PAR, not DA; no police so no CRIME"]),
  ]),
  ("closure", "2025-12-01", [
    ("orange", "Grace remains open to the exploitation team. One missing episode in November; she came home within four hours.",
     ["SAFE-EXP"], []),
  ]),
]),
("Z017", "Eastwold", [
  ("assessment", "2025-08-11", [
    ("green", "Health visitor did Oscar's two-year review and he is behind with his talking; she will see him again in three months. Mum (Hannah) gets anxious in busy places and the GP has referred her for talking therapy.",
     ["EYD", "MH-ADULT"], []),
  ]),
  ("closure", "2026-02-09", [
    ("blue", "Hannah finished her six sessions of talking therapy and says she does not need any more support.",
     [], ["historical: therapy finished, no ongoing need (MH-ADULT)"]),
    ("green", "Oscar now goes to Little Otters nursery two days a week and is starting to put two words together.",
     ["EYD"], []),
  ]),
]),
("Z018", "Brinkley Broad", [
  ("assessment", "2025-06-23", [
    ("orange", "Reece (13) was arrested with two friends for setting fire to wheelie bins behind the shops and has been given a youth caution. Neighbours have complained to the housing association about him kicking a ball at cars and swearing at older residents. The housing officer has sent mum a written warning that the tenancy is at risk.",
     ["CRIME", "HOUS"], []),
    ("yellow", "Reece has no set bedtime and comes in when he pleases; mum (Stacey) says she has given up trying to keep him in. Stacey has a slipped disc and is signed off from her job with a care agency. She says sick pay does not cover the bills and she owes two months' council tax. Reece has had two suspensions from Broad Lane Academy this year for swearing at staff.",
     ["REL-PAR", "PH", "FIN", "EDU-EXC"], []),
  ]),
  ("closure", "2026-02-02", [
    ("yellow", "Reece finished his YOS intervention in January with no further offending. He still stays out past his curfew two or three nights a week and Stacey wants to keep working on this.",
     ["REL-PAR"], ["historical: YOS intervention finished, no further offending (CRIME)"]),
  ]),
]),
("Z019", "Calder Staithe", [
  ("assessment", "2025-04-14", [
    ("yellow", "The Haddad family came to the UK under the resettlement scheme eighteen months ago and rent a three-bedroom house that suits them. Dad (Omar) is looking for work and goes to English classes; their Universal Credit has been stopped twice because journal messages were missed. Yusuf (11) has nightmares about the bombing and has been referred to the refugee trauma service.",
     ["FIN", "MH-CHILD"], ["negated: house suits them (HOUS)"]),
  ]),
  ("closure", "2025-10-27", [
    ("yellow", "Yusuf has weekly sessions with the trauma service. Omar started part-time work as a delivery driver and UC is now paid correctly.",
     ["MH-CHILD"], ["met: work found and UC fixed (FIN not coded)"]),
  ]),
]),
("Z020", "Fenmere", [
  ("assessment", "2025-09-15", [
    ("green", "Maisie (8) has lived with her maternal grandparents under a special guardianship order since 2023, when her mum's drinking meant she could not care for her; mum lives in another county. Grandma (Pat) receives a kinship carer allowance. Maisie has been diagnosed with dyslexia and has small-group reading support at school.",
     ["EDU-SEND"], ["outside/historical: mum's drinking (SUB)", "lookalike: kinship carer is not CARER"]),
    ("yellow", "Grandad (Ken) has early dementia and has forgotten to collect Maisie from school several times, so Pat has had to leave work early. Pat says she is worn out and tearful and the GP has started her on antidepressants.",
     ["PH", "MH-ADULT"], []),
  ]),
  ("closure", "2026-03-23", [
    ("blue", "A friend from church collects Maisie on Wednesdays. Ken's memory clinic follow-up is booked for April.",
     ["PH"], []),
  ]),
]),
("Z021", "Eastwold", [
  ("assessment", "2025-10-13", [
    ("orange", "Gas and electric were cut off over £2,300 of arrears and the family are cooking on a camping stove. On the visit the fridge held only milk and the three children said they had crisps for tea. Dad (Wayne) has been sanctioned on UC after missing a work coach appointment. The school has given food vouchers for half term.",
     ["FIN", "SAFE-NEG"], []),
    ("yellow", "Wayne says he is on top of things and denies feeling depressed, though he has stopped opening the door to school staff. Bella (10) has missed fourteen days this term.",
     ["EDU-ATT"], ["negated: denies feeling depressed (MH-ADULT)"]),
  ]),
  ("closure", "2026-03-30", [
    ("green", "Wayne is paying £8 a week off the energy debt through a deduction from UC. Bella's attendance this term is 93%.",
     ["FIN"], ["lookalike: good attendance figure, no need stated in this text (EDU-ATT)"]),
  ]),
]),
("Z022", "Brinkley Broad", [
  ("assessment", "2025-11-17", [
    ("green", "At the Year 6 measuring check the school nurse found Finley (10) to be very overweight, and he gets out of breath in PE. Mum has agreed to the family healthy lifestyle programme.",
     ["PH"], []),
    ("yellow", "Finley is being called names about his size by boys in his class and has refused to go to school on PE days. Mum says he comes home quiet and upset and has said he hates himself.",
     ["SAFE-EXP", "EDU-ATT", "MH-CHILD"], []),
  ]),
  ("closure", "2026-03-25", [
    ("blue", "Finley and mum go swimming twice a week and he has lost 3kg.",
     ["PH"], []),
  ]),
]),
("Z023", "Fenmere", [
  ("assessment", "2025-06-09", [
    ("yellow", "Dad (Gary) has a learning disability and struggles to read letters; he has missed the appointment for Jack's (6) hearing test twice. Jack's speech is hard to understand and the school SENCO has referred him to speech and language therapy. Gary's brother is in prison but has no contact with the family.",
     ["PH", "EDU-SEND"], ["lookalike: school-age speech is EDU-SEND, not EYD", "outside: uncle in prison (CRIME)"]),
  ]),
  ("closure", "2025-12-08", [
    ("green", "Jack had grommets fitted in November and audiology are following up his hearing.",
     ["PH"], []),
  ]),
]),
("Z024", "Calder Staithe", [
  ("assessment", "2025-08-18", [
    ("orange", "Mum (Natalie) has bipolar disorder and was detained for three weeks in July; she is now under the community mental health team. Her partner Dean takes time off to look after the children when she is unwell and fears he could lose his job if this carries on. A possession notice has been received for mortgage arrears of £6,800.",
     ["MH-ADULT", "HOUS", "FIN"], ["hypothetical: Dean could lose his job"]),
    ("yellow", "Evie (13) does the cooking and looks after Ollie (9) when mum stays in bed for days at a time. She told her head of year she feels like she is the parent.",
     ["CARER"], []),
  ]),
  ("closure", "2026-02-23", [
    ("orange", "The lender has agreed a payment plan for the arrears and the possession hearing is adjourned to June on terms.",
     ["HOUS", "FIN"], []),
  ]),
]),
("Z025", "Eastwold", [
  ("assessment", "2025-10-20", [
    ("yellow", "Ryan (16) smokes cannabis most days with friends after college and has agreed to see the young people's drug service. He is on a Level 1 course at Fen College, but college have told him he may be withdrawn if he misses more sessions. He also vapes. Mum (Dawn) says she has never used drugs.",
     ["SUB", "EDU-NEET"], ["lookalike: vaping is not SUB", "negated: mum never used drugs"]),
  ]),
  ("closure", "2026-03-10", [
    ("yellow", "Ryan still sees the drug worker fortnightly and says he only smokes at weekends now. College will only review his place if he starts missing sessions again.",
     ["SUB"], ["hypothetical: college place reviewed only if he misses sessions (EDU-NEET)"]),
  ]),
]),
("Z026", "Fenmere", [
  ("assessment", "2025-09-01", [
    ("red", "Baby Isla (6 weeks) is on a child protection plan and the local authority has started PLO. Both parents tested positive for cocaine at the pre-birth assessment. Police have been called to the flat three times for shouting, and a neighbour heard dad threatening to kill mum.",
     ["SUB", "DA"], ["lookalike: police call-outs for dad's threats to mum are DA, not CRIME"]),
    ("orange", "Mum (Jade) is 17 and has not been in education or work since leaving school in Year 10. Jade's own mother has mental health problems but lives in another county and has little contact.",
     ["EDU-NEET"], ["outside: grandmother's mental health (MH-ADULT)"]),
  ]),
  ("closure", "2026-03-02", [
    ("red", "Parents' hair strand tests are still positive for cocaine and Isla remains on a CP plan.",
     ["SUB"], []),
  ]),
]),
("Z027", "Eastwold", [
  ("assessment", "2025-05-05", [
    ("blue", "Mum (Sophie) used an online benefits calculator after her hours were cut and has applied for free school meals and help with council tax herself.",
     ["FIN"], []),
    ("green", "Daisy (4) has started at Willow Tree nursery and staff say she is not yet toilet trained; they are working on it together with Sophie.",
     ["EYD"], []),
  ]),
  ("closure", "2025-10-06", [
    ("blue", "N/A", [], []),
    ("green", "Daisy has been dry during the day since the summer.",
     [], ["historical: toileting achieved (EYD)"]),
  ]),
]),
("Z028", "Brinkley Broad", [
  ("assessment", "2025-07-21", [
    ("yellow", "Mum (Tracey) has fibromyalgia and takes co-codamol and gabapentin as prescribed. She is in bed most mornings, so Kayden (11) gets his two sisters ready and walks them to school, and he is late most days. Tracey receives PIP and says the money covers the bills. The young carers service has done an assessment.",
     ["PH", "CARER", "EDU-ATT"], ["lookalike: prescribed co-codamol is not SUB", "lookalike: PIP, bills covered (FIN)"]),
  ]),
  ("closure", "2026-01-19", [
    ("blue", "Kayden goes to the young carers Saturday club; his sisters now walk to school with a neighbour's children.",
     ["CARER"], ["outside: neighbour's children"]),
  ]),
]),
("Z029", "Calder Staithe", [
  ("assessment", "2025-12-01", [
    ("yellow", "Leo (12) has been sending photos of himself to someone he met on an online game who claimed to be 14. Police gave advice and a CEOP report has been made. His older brother Dan (19) spent time in a young offender institution in 2022 but has not offended since.",
     ["SAFE-EXP"], ["lookalike: police giving safeguarding advice is not CRIME", "historical: brother's offending ended (CRIME)"]),
    ("green", "Since the incident parents have set up parental controls on Leo's tablet and school have done extra online safety work with him.",
     ["SAFE-EXP"], []),
  ]),
  ("closure", "2026-03-30", [
    ("blue", "Parents check Leo's devices weekly and he knows how to report worrying contacts.",
     ["SAFE-EXP"], []),
  ]),
]),
("Z030", "Fenmere", [
  ("assessment", "2025-07-07", [
    ("orange", "Family of five have been in bed and breakfast temporary accommodation since their eviction from a private let in June: one room and a shared kitchen. Harry (3) has been admitted to hospital twice with wheezing.",
     ["HOUS", "PH"], []),
    ("yellow", "Dad (Jamal) works full time as a chef and mum (Amira) is on maternity leave. Amira says she is exhausted with the baby but denies low mood. Harry lost his nursery place because they are now twenty miles away.",
     ["EYD"], ["lookalike: working/maternity leave is not FIN", "negated: denies low mood (MH-ADULT)"]),
  ]),
  ("closure", "2026-01-12", [
    ("yellow", "Moved into a council house in January. Harry still has a wheezy chest and is under the paediatrician.",
     ["PH"], ["met: rehoused (HOUS not coded)"]),
  ]),
]),
]

# Unboxed case notes: (id, locality, stage, date, narrative, gold level, codes, traps)
UNBOXED = [
("U001", "Eastwold", "assessment", "2025-06-30",
 "Spoke to Mrs Okafor. Zara (2) has only a few words; mum has found a toddler talk group through the Family Information Service and will take her on Fridays. Mum is confident she can manage this herself.",
 "blue", ["EYD"], []),
("U002", "Fenmere", "assessment", "2025-08-04",
 "Joint visit with the health visitor. Baby Theo (9 months) has dropped from the 50th to the 9th weight centile and a GP review is booked for next week.",
 "green", ["PH"], []),
("U003", "Brinkley Broad", "assessment", "2025-11-24",
 "Tom (15) was arrested on Saturday for shoplifting with two older lads and police report he was carrying a knife. Referral made to YOS. Mum says Tom is no trouble at home.",
 "orange", ["CRIME"], ["negated: no trouble at home (REL-PAR)"]),
("U004", "Calder Staithe", "assessment", "2025-12-15",
 "Mum rang: she has been served with a section 21 notice and owes £700 in rent. Citizens Advice appointment booked for Thursday.",
 "orange", ["HOUS", "FIN"], []),
("U005", "Fenmere", "assessment", "2026-01-08",
 "Family support worker visit. Ava (9) shouts and throws things at bedtime and mum has started a parenting course on Wednesday evenings. No concerns from school.",
 "yellow", ["REL-PAR"], ["negated: no concerns from school (EDU)"]),
("U006", "Eastwold", "assessment", "2026-02-12",
 "ICPC today: Lacey (14) and Mason (8) made subject to CP plans under neglect. The house has had no hot water since December and the children are often left alone overnight. Mum denies using drugs.",
 "red", ["SAFE-NEG"], ["negated: denies drug use (SUB)"]),
("U007", "Calder Staithe", "closure", "2026-03-19",
 "Closing note. Dad's cousin was recently convicted of burglary; this does not affect the children. Family report no current worries and have not needed the food bank since last spring.",
 "", [], ["outside: cousin's conviction (CRIME)", "historical: food bank last spring (FIN)"]),
]


def main():
    nar_rows, gold_rows, traps = [], [], {}
    for case, loc, triages in CASES:
        for stage, date, boxes in triages:
            tid = case + ("-A" if stage == "assessment" else "-C")
            for level, text, codes, tnotes in boxes:
                nid = f"{tid}-{level}"
                nar_rows.append([nid, tid, case, stage, date, level, loc, text])
                for c in codes:
                    gold_rows.append([nid, c, level])
                traps[nid] = {"present": codes, "traps": tnotes}
    for nid, loc, stage, date, text, glevel, codes, tnotes in UNBOXED:
        nar_rows.append([nid, nid, nid, stage, date, "", loc, text])
        for c in codes:
            gold_rows.append([nid, c, glevel])
        traps[nid] = {"present": codes, "gold_level": glevel, "traps": tnotes}

    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(header)
            w.writerows(rows)

    write("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"], nar_rows)
    write("gold.csv", ["narrative_id", "code", "level"], gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(nar_rows)} narratives, {len(gold_rows)} gold rows")


if __name__ == "__main__":
    main()
