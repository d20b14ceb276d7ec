#!/usr/bin/env python3
"""Blind hand-coded gold set (z44). Standard library only.
Writes narratives.csv, gold.csv (CRLF, UTF-8 no BOM) and traps.json."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LOC = {}   # case -> (locality, assessment date, closure date)
ROWS = []  # dicts: nid, tid, case, stage, date, box, text, codes, level, traps


def case(cid, loc, adate, cdate):
    LOC[cid] = (loc, adate, cdate)


def B(cid, st, box, text, codes, traps=()):
    """Boxed narrative: codes take the box level (convention 2)."""
    loc, ad, cd = LOC[cid]
    tid = f"{cid}-{st}"
    ROWS.append(dict(nid=f"{tid}-{box}", tid=tid, case=cid,
                     stage="assessment" if st == "A" else "closure",
                     date=ad if st == "A" else cd, box=box, loc=loc, text=text,
                     codes=list(codes), level=box, traps=list(traps)))


def U(nid, cid, stage, date, text, codes, level, traps=()):
    """Unboxed note: one level = highest PRESENT cue in the text."""
    loc = LOC[cid][0]
    ROWS.append(dict(nid=nid, tid=nid, case=cid, stage=stage, date=date,
                     box="", loc=loc, text=text, codes=list(codes),
                     level=level if codes else "", traps=list(traps)))


case("Z01", "Eastmere", "2025-02-10", "2025-07-21")
case("Z02", "Coldharbour", "2025-03-03", "2025-08-04")
case("Z03", "Linwood", "2025-04-14", "2025-10-13")
case("Z04", "Saltbridge", "2025-05-06", "2025-09-29")
case("Z05", "Eastmere", "2025-06-02", "2025-11-24")
case("Z06", "Coldharbour", "2025-07-08", "2025-12-08")
case("Z07", "Linwood", "2025-08-11", "2026-01-19")
case("Z08", "Saltbridge", "2025-09-15", "2026-02-09")
case("Z09", "Eastmere", "2025-10-06", "2026-03-02")
case("Z10", "Coldharbour", "2025-04-22", "2025-11-03")
case("Z11", "Linwood", "2025-05-19", "2025-10-20")
case("Z12", "Saltbridge", "2025-06-16", "2025-12-15")
case("Z13", "Eastmere", "2025-09-01", "2026-02-23")
case("Z15", "Coldharbour", "2025-03-17", "2025-08-18")
case("Z16", "Linwood", "2025-03-24", "2025-09-08")
case("Z17", "Linwood", "2025-04-07", "2025-10-06")
case("Z18", "Saltbridge", "2025-05-12", "2025-11-10")
case("Z19", "Eastmere", "2025-06-09", "2025-12-01")
case("Z20", "Coldharbour", "2025-07-14", "2026-01-12")
case("Z21", "Saltbridge", "2025-08-18", "2026-01-26")
case("Z22", "Saltbridge", "2025-06-23", "2025-12-22")
case("Z23", "Eastmere", "2025-09-22", "2026-03-09")
case("Z24", "Coldharbour", "2025-10-27", "2026-04-13")
case("Z25", "Linwood", "2025-11-03", "2026-04-20")
case("Z26", "Eastmere", "2025-10-13", "2026-03-30")
case("Z27", "Linwood", "2025-11-17", "2026-05-11")
case("Z28", "Coldharbour", "2025-09-08", "2026-02-16")
case("Z29", "Linwood", "2025-12-01", "2026-05-18")
case("Z30", "Saltbridge", "2026-01-12", "2026-06-08")

# ---------------- boxed narratives, part 1 ----------------
B("Z01", "A", "green", "Mia (4) started at Little Acorns nursery in January but only comes two mornings out of her five funded sessions. At the 3-year check the health visitor noted she mostly uses single words. School say Corey's attendance is 97% and they have no worries about his behaviour.",
  ["EYD"], ["negated: Corey's attendance/behaviour is good news, no EDU code"])
B("Z01", "A", "yellow", "Leanne has been out of work since the care home she worked at closed, and her Universal Credit was sanctioned last month after a missed appointment; she owes £620 on gas and electric. Corey (11) dresses Mia and does the food shopping on the days Leanne's back pain is bad.",
  ["FIN", "CARER", "PH"])
B("Z01", "C", "blue", "Leanne is back in part-time work and has a repayment plan with the energy firm, paying £25 a fortnight. Corey still does some of the shopping but now goes to a young carers club on Thursdays and says he enjoys it.",
  ["FIN", "CARER"], ["met: repayment plan is 'now managing' in a blue box -> FIN present"])
B("Z01", "C", "green", "Mia now goes to all five nursery sessions and her keyworker says her talking has come on, though she is still under review by speech and language therapy. No concerns about Corey at school.",
  ["EYD"], ["negated: no concerns about Corey at school"])

B("Z02", "A", "yellow", "Tyler (15) has been on a reduced timetable of three hours a day since he started refusing to go into lessons in October. Dean and Shauna argue about how to handle him and Shauna has stayed at her sister's for a few nights twice this term. There is nothing to suggest violence between them.",
  ["EDU-ATT", "REL-CONF"], ["negated: no violence between parents, not DA"])
B("Z02", "A", "orange", "Tyler was arrested in February for criminal damage at the bus station and now has a youth caution with YOS follow-up. His mum has found cannabis in his room twice and he often comes home smelling of it. He is open to CAMHS after telling the school nurse he has had thoughts of hurting himself.",
  ["CRIME", "SUB", "MH-CHILD"])
B("Z02", "C", "green", "Tyler is in school full time again, but the attendance officer still sees him weekly and he has missed two days since Easter. Dean and Shauna have separated and are sorting out contact between themselves, with the odd disagreement over weekends. Tyler finished his YOS programme in June.",
  ["EDU-ATT", "REL-CONF"], ["historical: YOS programme finished, no CRIME"])
B("Z02", "C", "yellow", "Tyler still smokes cannabis at weekends and has agreed to keep seeing the young people's drug and alcohol worker. CAMHS closed his case in May as there has been no further self-harm since February.",
  ["SUB"], ["historical: CAMHS closed, no self-harm since February -> no MH-CHILD"])

B("Z03", "A", "green", "Noah (8 months) is behind with his immunisations and has missed his 8-month review twice. Gemma says weaning is going well and he loves mashed vegetables. Ella's school have raised nothing.",
  ["PH"], ["lookalike: weaning mentioned only as good news, no EYD", "negated: school raised nothing"])
B("Z03", "A", "orange", "Police came to the house in March after neighbours heard Ryan shouting and Gemma screaming; Ryan was arrested for assault and bailed not to contact her. The DASH came out at 16 and the case went to MARAC. Since then Ella (7) has been tearful and anxious at bedtime and wets the bed most nights.",
  ["DA", "MH-CHILD", "PH"], ["lookalike: arrest for DV is DA only, not CRIME (conv. 7)", "outside: neighbours only reported"])
B("Z03", "A", "red", "At the ICPC on 11 April both children were made subject to child protection plans under emotional harm because of the domestic abuse they have seen at home.",
  ["DA"])
B("Z03", "C", "yellow", "Gemma is in the last weeks of the Freedom Programme and Ryan has not come back since the non-molestation order was made. Ella is settled and the school nurse says the bedwetting has stopped.",
  ["DA"], ["historical: bedwetting stopped, no PH"])
B("Z03", "C", "green", "Noah is due his MMR next week and Gemma has the appointment card on the fridge; his other jabs are now done. Gemma knows to see her GP if her low mood returns.",
  ["PH"], ["hypothetical: low mood only if it returns, no MH-ADULT"])

B("Z04", "A", "yellow", "Zofia (16) left sixth form in March and has no job or course; she spends most days at a friend's flat. Marek works night shifts at the warehouse and Lena (9) is often on her own at home until 8 in the evening.",
  ["EDU-NEET", "SAFE-NEG"], ["lookalike: shift work is not FIN (conv. 5)"])
B("Z04", "A", "green", "Lena sees the school SENCO about her reading and is on SEN support; a dyslexia screening is planned. Her asthma is kept under control with inhalers from the GP.",
  ["EDU-SEND", "PH"], ["met: asthma managed in green box counts as PH present (conv. 3)"])
B("Z04", "C", "blue", "Zofia is still not in college or work but has applied online for a hair and beauty course starting in September. Marek has asked a neighbour to have Lena after school, so she is no longer left alone.",
  ["EDU-NEET"], ["historical: Lena no longer left alone, no SAFE-NEG"])

# ---------------- boxed narratives, part 2 ----------------
B("Z05", "A", "orange", "Jordan (13) has been reported missing three times since May and was found in another town with older males; police did the return interview and the exploitation screening came out high risk. He had cash on him that he could not explain.",
  ["SAFE-EXP"], ["lookalike: police finding a missing child is not CRIME (conv. 7)"])
B("Z05", "A", "yellow", "Jordan was given a five-day suspension for fighting in a lesson and school have warned that a permanent exclusion is being considered. Chantelle cannot get him to come home at the agreed time and he swears at her when she tries.",
  ["EDU-EXC", "REL-PAR"])
B("Z05", "A", "green", "Kayla (2) is not using any words yet and the health visitor has referred her to speech and language therapy. Chantelle plans to take up the funded two-year-old nursery place from September.",
  ["EYD"])
B("Z05", "C", "yellow", "Jordan is on a managed move to Coldharbour Academy and has had no suspensions since. The missing episodes stopped in July and police have closed the exploitation concern.",
  ["EDU-EXC"], ["historical: missing episodes stopped, exploitation closed -> no SAFE-EXP", "negated: no suspensions since"])
B("Z05", "C", "blue", "Chantelle still uses the reward chart from the parenting course she finished and says rows with Jordan are much less frequent. Kayla has settled well at nursery.",
  ["REL-PAR"], ["met: rows less frequent = now managing in a blue box", "lookalike: Kayla settled at nursery is pure good news, no EYD"])

B("Z06", "A", "yellow", "Paul is drinking most evenings and has agreed to be referred to the drug and alcohol service. Donna says he is never aggressive when he has been drinking and the police have never been called. Alfie (6) is late for school most days because Paul is meant to do the school run.",
  ["SUB", "EDU-ATT"], ["negated: no aggression, police never called -> no DA/CRIME"])
B("Z06", "A", "green", "Alfie's teacher says he often arrives hungry and without a coat. Donna has asked the school for a breakfast club place.",
  ["SAFE-NEG"], ["lookalike: hungry child is SAFE-NEG not FIN (conv. 10)"])
B("Z06", "C", "green", "Paul has been sober since August and goes to AA meetings every week. Alfie's punctuality has improved, with two lates this half term.",
  ["SUB", "EDU-ATT"], ["met: ongoing AA support in a green box is SUB present (conv. 3/4)", "met: lateness improving, still two lates -> EDU-ATT present"])

B("Z07", "A", "yellow", "Priya has severe depression and rarely leaves her bedroom; her GP has increased her medication. Arjun (14) cooks the evening meals, gets Anya ready for school and collects his mum's tablets from the chemist.",
  ["MH-ADULT", "CARER"])
B("Z07", "A", "green", "Anya (10) has an EHCP for autism and attends the resource base at Linwood Primary, where the SENCO says she is settled. Her dad lives in Leeds, has a past history of drug use and has no contact with the family.",
  ["EDU-SEND"], ["outside: dad outside household, historical drug use, no SUB"])
B("Z07", "A", "orange", "Arjun told his form tutor he feels hopeless and has been cutting his arms; he has been referred to CAMHS and is waiting for an urgent assessment.",
  ["MH-CHILD"])
B("Z07", "C", "blue", "Priya walks to the shop every day now and has joined a women's walking group; she carries on with her medication from the GP. Arjun no longer has any caring jobs at home since a family friend started coming in three evenings a week.",
  ["MH-ADULT"], ["met: mental health managed with medication in blue box", "historical: Arjun no longer caring, no CARER"])
B("Z07", "C", "orange", "Arjun remains open to CAMHS for weekly therapy and has not self-harmed since October.",
  ["MH-CHILD"], ["negated: no self-harm since October, but CAMHS still codes MH-CHILD (conv. 4)"])

B("Z08", "A", "orange", "The landlord served a section 21 notice in August and the family must leave by 30 October; they owe £1,400 in rent. The council's housing options team has opened a prevention case.",
  ["HOUS", "FIN"])
B("Z08", "A", "yellow", "The flat has one bedroom and Kerry-Ann sleeps on the sofa so Liam and Sophie can share the bed. There is black mould on the bedroom wall and Sophie's cough keeps coming back.",
  ["HOUS", "PH"])
B("Z08", "C", "yellow", "The family moved into temporary accommodation, a two-bed flat in Eastmere, in November while they wait for a council offer. Kerry-Ann is paying £10 a week off the old rent arrears through a Citizens Advice debt plan.",
  ["HOUS", "FIN"])

# ---------------- boxed narratives, part 3 ----------------
B("Z09", "A", "orange", "Wayne, Tracy's partner who lives with the family, is on licence after a prison sentence for burglary and reports to probation weekly. Callum (17) was stopped by police carrying a knife in September and is now on a referral order with YOS.",
  ["CRIME"], ["lookalike: two offenders, CRIME coded once"])
B("Z09", "A", "yellow", "Callum dropped out of college in his first term and has no job; he says he would like to be a mechanic. Tracy works full time in the hospital kitchens.",
  ["EDU-NEET"], ["lookalike: 16+ NEET only, no FIN (conv. 11); Tracy in work"])
B("Z09", "C", "yellow", "Callum completed his referral order in February with no further offences and has started a motor vehicle course at Saltbridge College. Tracy and Wayne are arguing a lot since Wayne lost his job, and Wayne has moved out for a week twice.",
  ["REL-CONF", "FIN"], ["historical: referral order completed, no CRIME", "historical: Callum now on a course, no EDU-NEET"])

B("Z10", "A", "green", "Harper (5 months) is gaining weight well at baby clinic. Abbie told the health visitor she feels flat and tearful most days and scored 15 on the postnatal depression questionnaire.",
  ["MH-ADULT"], ["lookalike: weight mentioned only as good news, no PH/EYD"])
B("Z10", "A", "yellow", "Abbie has been sofa-surfing at her mum's since leaving her partner's flat; she has no tenancy and a homeless application has gone in. She has had no income for six weeks and a family support worker will help her claim Universal Credit.",
  ["HOUS", "FIN"])
B("Z10", "C", "green", "Abbie is on antidepressants from her GP and says her mood is much better. The health visitor's one-year review found Harper on track.",
  ["MH-ADULT"], ["met: mood managed on medication in green box", "lookalike: Harper on track is good news, no EYD"])

B("Z11", "A", "yellow", "Yusuf (12) is being picked on by a group of Year 8 boys who post about him in a group chat, and he has missed eight days of school this term.",
  ["SAFE-EXP", "EDU-ATT"], ["outside: the boys are outside household but the bullying is Yusuf's need"])
B("Z11", "A", "orange", "Nadia found messages from an adult man on Yusuf's gaming account asking him to send pictures and keep it secret. Police have taken the console and are investigating.",
  ["SAFE-EXP"], ["outside: offender is outside household, not CRIME"])
B("Z11", "C", "green", "Yusuf has been attending well since he moved form group and the bullying has stopped. Nadia has put parental controls on his devices and checks them every week.",
  ["SAFE-EXP"], ["historical: bullying stopped, attendance fine -> no EDU-ATT", "met: online safety managed by mum in green box -> SAFE-EXP present"])

B("Z12", "A", "orange", "Home conditions are poor: dog mess on the floors and no sheets on the children's beds. There was no food in the cupboards at the joint visit. A multi-agency TAF plan has been agreed with school and health.",
  ["SAFE-NEG"], ["lookalike: no food in the home is SAFE-NEG, not FIN (conv. 10)"])
B("Z12", "A", "yellow", "Gary lost his job at the bus depot in June and the family have used the food bank three times; Lisa pawned her rings to pay the electric bill.",
  ["FIN"])
B("Z12", "C", "yellow", "Lisa is still going to the food bank every fortnight until Gary's new job pays its first wage.",
  ["FIN"])

B("Z13", "A", "green", "Ben (7) has cerebral palsy and uses a wheelchair; he has an EHCP and a one-to-one teaching assistant at Brook Lane Primary. His sister Grace (12) helps lift him in and out of the bath most nights.",
  ["PH", "EDU-SEND", "CARER"])
B("Z13", "A", "yellow", "Rachel and Tom separated in the spring and cannot agree contact; handovers at the school gate often end in shouting. Mediation has been offered and Tom has not replied.",
  ["REL-CONF"])
B("Z13", "C", "blue", "Rachel and Tom now use a shared online calendar for contact, and handovers happen at Tom's mum's house without rows. Grace still helps with Ben's bath but says the young carers club gives her a break.",
  ["REL-CONF", "CARER"], ["met: contact now managed in blue box -> REL-CONF present"])

# ---------------- unboxed notes, part 1 (level = highest PRESENT cue) ----------------
U("N001", "Z15", "assessment", "2025-04-28", "Review visit. Shannon says the family support worker's help with bedtime has made a difference and Riley (5) is in bed by half seven most nights, but he still hits out at her when he is told no. Shannon turned down a place on the parenting course because she works evenings.",
  ["REL-PAR"], "yellow", ["cue: parenting course declined, not a cue; FSW present -> yellow"])
U("N002", "Z15", "closure", "2025-08-18", "Closure summary. Riley's tantrums have settled and there have been none for six weeks. The early help worker has now withdrawn. Shannon mentioned she is £300 behind on the water bill and will ring the water company herself to set up a payment plan; she was signposted to the Family Information Service website for holiday clubs.",
  ["FIN"], "blue", ["historical: tantrums settled, no REL-PAR", "cue: EH worker withdrawn (ended); family acting itself -> blue"])
U("N003", "Z16", "assessment", "2025-03-24", "Step-down summary. The child in need plan for Tobi (9) closed on 14 March 2025 and the case has been stepped down to an early help worker. His mum Ngozi still struggles with anxiety and is on the waiting list for talking therapy through her GP. Tobi is on the ADHD pathway with the community paediatrician.",
  ["MH-ADULT", "EDU-SEND"], "yellow", ["cue: child in need plan closed (ended, not red); EH worker -> yellow"])
U("N004", "Z16", "assessment", "2025-05-19", "Multi-agency TAF review meeting. Ngozi reports rows with Tobi at bedtime most nights and he has pushed her twice. School report two internal exclusions this half term. Nobody raised any concern about home conditions.",
  ["REL-PAR", "EDU-EXC"], "orange", ["lookalike: child-to-parent violence is REL-PAR not DA (conv. 8)", "negated: no concern about home conditions"])
U("N005", "Z16", "assessment", "2025-06-30", "Phone call with Ngozi. She says Tobi's dad has started drinking heavily again, but he lives in Lagos and only speaks to Tobi by video once a month. Ngozi is not worried about the calls.",
  [], "", ["outside: father outside household, drinking not coded (conv. 6)"])
U("N006", "Z17", "closure", "2025-10-06", "Transfer summary to the Saltbridge locality team as the family have moved. Dylan (15) is open to YOS on a six-month referral order for a robbery last year. His mum Kirsty uses cocaine at weekends and has declined a referral to the drug and alcohol service. The MARAC referral made in 2024 was not repeated as Kirsty has had no contact with her ex since.",
  ["CRIME", "SUB"], "orange", ["historical: MARAC 2024, no contact since -> no DA and not a cue", "cue: drug service declined; YOS -> orange"])
U("N007", "Z17", "assessment", "2025-06-02", "Review. Dylan has joined a boxing club and his YOS worker says he is engaging well. He is still not going to school at all and the attendance officer has warned about a fine.",
  ["CRIME", "EDU-ATT"], "orange")
U("N008", "Z18", "assessment", "2025-05-12", "Health visitor review. Maisie (2 and a half) has about ten words and is not yet putting two together; the HV will see her again in three months and has given Laura some play ideas. Maisie is dry in the day now. Laura feels well and says the depression she had after her last pregnancy has not come back.",
  ["EYD"], "green", ["historical/negated: mum's past depression not returned, no MH-ADULT", "lookalike: dry in the day is good news"])
U("N009", "Z18", "closure", "2025-11-10", "Closure summary. Maisie now goes to Little Wrens nursery three days a week and her keyworker says her speech is catching up but is still behind. Portage visits finished in May. The family are happy for the case to close.",
  ["EYD"], "green", ["cue: Portage ended, not yellow; nursery -> green"])
U("N010", "Z19", "assessment", "2025-06-09", "Home visit with the family support worker. Mr Ahmed has been off sick with a heart condition since January and the family's ESA was stopped after a reassessment; they are appealing with help from Citizens Advice. Their son Zain (14) sorts out his dad's tablets and pushes his wheelchair to the shops.",
  ["PH", "FIN", "CARER"], "yellow")
U("N011", "Z19", "closure", "2025-12-01", "Review. Zain now goes to the young carers service's Saturday group. The ESA was reinstated on appeal with back pay and the family say money is no longer a worry.",
  ["CARER"], "yellow", ["historical: money no longer a worry, no FIN"])
U("N012", "Z20", "assessment", "2025-07-14", "Strategy meeting held today after Ellie (14) disclosed that an older man has been buying her phone top-ups and giving her lifts in his car; s47 enquiries to start. Ellie has gone missing overnight twice this month.",
  ["SAFE-EXP"], "red", ["outside: the man is outside household; effect on Ellie is SAFE-EXP"])
U("N013", "Z20", "closure", "2025-09-15", "Transfer to the Coldharbour early help team. The s47 enquiry ended with no further action and Ellie was not made subject to a plan. She is still in contact with the man online and is working with the exploitation worker from Safer Futures.",
  ["SAFE-EXP"], "yellow", ["cue: s47 ended, no plan -> not red; extra service -> yellow"])
U("N014", "Z20", "assessment", "2025-11-03", "Ellie's mum Donna says Ellie has been scratching her arms and has a CAMHS appointment on 3 December. Donna admits she is drinking more in the evenings to cope but does not want a service for it.",
  ["MH-CHILD", "SUB"], "orange", ["lookalike: awaiting CAMHS codes MH-CHILD and is an orange cue"])
U("N015", "Z21", "assessment", "2025-08-18", "Call from school. Kacper (8) has been late 14 times this term; his mum Marta says the bus is unreliable. School have no concerns about his learning or behaviour. Marta will contact the school transport team herself.",
  ["EDU-ATT"], "green", ["negated: no learning/behaviour concern -> no EDU-SEND/EDU-EXC"])
U("N016", "Z21", "closure", "2026-01-26", "Closure. Kacper has not been late since the February half term and there is nothing else to follow up.",
  [], "", ["historical: lateness over"])
U("N017", "Z22", "assessment", "2025-06-23", "Step-down from child protection. Jessica and Aaron's plans under neglect ended at the review conference on 9 June 2025. A multi-agency TAF plan carries on, covering the house, which is still cluttered with rubbish bags in the hallway, and the children's school attendance, which is about 88%.",
  ["SAFE-NEG", "EDU-ATT"], "orange", ["cue: CP plans ended -> not red; TAF -> orange"])
U("N018", "Z22", "closure", "2025-12-22", "Review. Stacey says the landlord has still not fixed the leaking roof and both bedrooms are damp. She has reported it again and will chase it herself.",
  ["HOUS"], "blue")

# ---------------- unboxed notes, part 2 ----------------
U("N019", "Z23", "closure", "2026-03-09", "Closure summary. Mr Collins completed the Caring Dads programme and says he no longer loses his temper with the children. Leah has cut right down on her drinking and no longer needs the alcohol service. Both parents say they will go to the GP if Leah's mood dips again.",
  [], "", ["historical: programme completed, alcohol service ended", "hypothetical: mood only if it dips", "lookalike: 'Caring Dads' is not CARER"])
U("N020", "Z23", "assessment", "2025-11-17", "Review. Leah's drinking has got worse again since her mother died and she has turned up drunk at the school gate twice; the school have raised it with their safeguarding lead. Leah has gone back to the drug and alcohol service and saw her worker last Tuesday.",
  ["SUB"], "yellow")
U("N021", "Z24", "assessment", "2025-10-27", "Home visit. The family have a possession order from the court and bailiffs are booked for 20 January 2026. Steve works full time but the rent went up by £200 a month and they are £2,300 in arrears. Housing options have been told.",
  ["HOUS", "FIN"], "orange", ["lookalike: Steve works full time, FIN from arrears not worklessness"])
U("N022", "Z24", "closure", "2026-04-13", "Transfer to the Linwood early help team after the family moved into temporary accommodation in Linwood. The eviction went ahead in January. The family support worker is helping Steve and Carly apply for a debt relief order for the old arrears.",
  ["HOUS", "FIN"], "yellow", ["cue: eviction already carried out (ended) -> not orange; FSW -> yellow"])
U("N023", "Z25", "assessment", "2025-11-03", "Review. Kai (17) has not been in education or work since leaving school and games most of the day. His mum Helen says he is low and hardly speaks; the GP has started him on antidepressants. Helen got him an appointment with a careers adviser but he refused to go.",
  ["EDU-NEET", "MH-CHILD"], "green", ["cue: careers adviser refused, not a cue; GP -> green"])
U("N024", "Z25", "closure", "2026-04-20", "Closure. Kai has started an apprenticeship at a local garage and has come off his medication. Helen says the house is much calmer.",
  [], "", ["historical: NEET and low mood over"])
U("N025", "Z26", "assessment", "2025-10-13", "Call from police. Officers were called to the family home last night after Kwame pushed his partner Abena down the stairs, and Kwame was arrested. The children, aged 6 and 9, saw it happen.",
  ["DA"], "orange", ["lookalike: arrest for DV is DA only, not CRIME (conv. 7)"])
U("N026", "Z26", "assessment", "2025-11-10", "MARAC discussed the case on 4 November. Abena has a non-molestation order and an IDVA. School say Kofi (9) is withdrawn and tearful in class.",
  ["DA", "MH-CHILD"], "orange")
U("N027", "Z26", "closure", "2026-03-30", "Closure summary. Kwame moved to Manchester and there has been no contact for five months. Abena finished the Freedom Programme in June, says she feels safe and will ring the police if he ever turns up.",
  [], "", ["historical: Freedom Programme finished, no contact", "hypothetical: police only if he turns up"])
U("N028", "Z27", "assessment", "2025-11-17", "SENCO meeting. Evie (8) is on SEN support for speech and language needs and her teaching assistant runs a language programme with her. An EHCP request will be made if she stops making progress next term.",
  ["EDU-SEND"], "green", ["lookalike: school-age speech is EDU-SEND not EYD (conv. 9)"])
U("N029", "Z27", "assessment", "2025-12-08", "Mum Hayley called to say she has lost her job at the café and is worried about paying the bills. She asked for the Citizens Advice number and will ring them herself.",
  ["FIN"], "blue", ["cue: Citizens Advice only signposted, family acting itself -> blue"])
U("N030", "Z28", "assessment", "2025-10-06", "Kieran (14) was permanently excluded from Coldharbour High on 2 October for bringing a knife into school and now attends the pupil referral unit. Police have been told and YOS are assessing him for an out-of-court disposal.",
  ["EDU-EXC", "CRIME"], "orange")
U("N031", "Z28", "assessment", "2025-11-24", "Review. Kieran was stopped in Saltbridge with 20 wraps of crack cocaine and £300 in cash and was arrested; he is thought to be running a county line for an older group.",
  ["SAFE-EXP", "CRIME"], "orange", ["lookalike: drugs on exploited child are SAFE-EXP+CRIME, not SUB (conv. 12)"])
U("N032", "Z28", "assessment", "2025-11-26", "Strategy meeting held after Kieran's arrest. Agreed to start s47 enquiries under criminal exploitation and to refer him to the National Referral Mechanism.",
  ["SAFE-EXP", "CRIME"], "red")
U("N033", "Z29", "assessment", "2025-12-01", "Visit with the young carers service. Poppy (11) helps her mum Sarah, who has multiple sclerosis, to shower and dress each morning and is often late for school because of it. Sarah gets PIP, and Carer's Allowance is paid to her husband Mark, who works nights.",
  ["CARER", "PH", "EDU-ATT"], "yellow", ["lookalike: PIP/Carer's Allowance with no money problem, no FIN (conv. 5)"])
U("N034", "Z29", "closure", "2026-05-18", "Review. The occupational therapist has had a stair lift fitted and a carer from the agency now comes each morning, so Poppy no longer helps with her mum's personal care. Poppy has been on time every day this half term.",
  [], "", ["historical: caring and lateness over", "lookalike: agency 'carer' is not CARER (conv. 12)"])
U("N035", "Z30", "closure", "2026-06-08", "Transfer summary to the Eastmere team. Lily (13) is open to CAMHS for an eating disorder. School have put her on a part-time timetable of mornings only while she recovers.",
  ["MH-CHILD", "EDU-ATT"], "orange")
U("N036", "Z01", "assessment", "2025-04-07", "Review visit. With the family support worker's help Leanne has applied for a hardship grant and the UC sanction has been lifted, but she still owes £400 on the energy. Corey enjoyed his first session at the young carers club.",
  ["FIN", "CARER"], "yellow")

# ---------------- unboxed notes, part 3 ----------------
U("N037", "Z02", "assessment", "2025-04-14", "Phone call with Shauna. She says Dean's older son from his first marriage has been arrested for dealing drugs, but he lives with his own mum in Leeds and has no contact with Tyler.",
  [], "", ["outside: half-brother outside household, no CRIME/SUB (conv. 6)"])
U("N038", "Z03", "assessment", "2025-05-12", "Core group meeting under the child protection plan. Gemma is attending the Freedom Programme and Ryan has kept to his bail conditions. Ella (7) is still wetting the bed and the school nurse has given the family a bed alarm.",
  ["DA", "PH"], "red", ["lookalike: bedwetting at school age is PH (conv. 9)"])
U("N039", "Z04", "assessment", "2025-06-23", "Marek rang to say Zofia has applied for three jobs online but has heard nothing back yet. He asked about help with her bus fares and was given information about the college bursary fund for September.",
  ["EDU-NEET"], "blue", ["lookalike: young person's lack of money is NEET only, no FIN (conv. 11)"])
U("N040", "Z05", "assessment", "2025-09-08", "Multi-agency TAF review. Jordan has had no missing episodes since the last meeting but police saw him with the same older males on Saturday. His managed move to Coldharbour Academy starts next week.",
  ["SAFE-EXP", "EDU-EXC"], "orange", ["negated: no missing episodes, but exploitation concern still present"])
U("N041", "Z06", "assessment", "2025-09-22", "Review. Paul went to his first appointment at the drug and alcohol service on Monday and is cutting down. Donna says money is not a worry as they both work.",
  ["SUB"], "yellow", ["negated: no money worries, no FIN"])
U("N042", "Z07", "assessment", "2025-10-06", "Call from Arjun's school nurse. Arjun told her he is tired because he stays up late doing the family's washing. She gave him a leaflet about the young carers service and will see him again in two weeks.",
  ["CARER"], "green", ["cue: young carers service only signposted -> not yellow; school nurse -> green"])
U("N043", "Z08", "assessment", "2025-10-20", "Home visit. The black mould has spread to the children's room and the landlord has not answered three emails. Kerry-Ann has the number for the council's private housing team and will report it herself.",
  ["HOUS"], "blue")
U("N044", "Z09", "closure", "2026-01-12", "Review. Callum's YOS worker says he has kept every appointment. Wayne's probation officer has confirmed that Wayne has moved out and now lives at a hostel in Saltbridge.",
  ["CRIME"], "orange", ["outside: Wayne moved out, his probation not coded"])
U("N045", "Z10", "assessment", "2025-06-02", "Abbie's GP has started her on antidepressants and the health visitor is doing weekly listening visits with her.",
  ["MH-ADULT"], "green")
U("N046", "Z11", "closure", "2025-10-20", "Closure summary. The police investigation into the man who contacted Yusuf online has finished and he has been charged. Yusuf has had no further contact from him and says he feels safer now the bullying has stopped.",
  [], "", ["historical: contact and bullying over", "outside: man charged is outside household"])
U("N047", "Z12", "assessment", "2025-09-15", "Multi-agency TAF review. The children's beds now have sheets and duvets, but there was still dog mess on the kitchen floor at the last visit. Gary has started agency work and the family have not needed the food bank this month.",
  ["SAFE-NEG"], "orange", ["historical: food bank not needed, in work -> no FIN"])
U("N048", "Z13", "assessment", "2025-11-10", "Tom rang to complain that Rachel stopped his Saturday contact with Ben after an argument at handover. He says he will apply to court if it happens again and asked for details of family mediation.",
  ["REL-CONF"], "blue", ["hypothetical: court only if it happens again", "cue: mediation only asked about -> blue"])
U("N049", "Z21", "assessment", "2025-10-13", "Marta mentioned that her husband has been betting online and they are behind on council tax; he says he has self-excluded from the betting apps. She saw the Citizens Advice money adviser at the family hub on Thursday and a payment plan is being set up.",
  ["FIN"], "yellow", ["lookalike: gambling debt is FIN not SUB (conv. 10)", "lookalike: 'self-excluded' is not EDU-EXC"])
U("N050", "Z25", "assessment", "2025-12-15", "Helen says Kai's sister Amber (19), who lives at home, is smoking cannabis every day in her bedroom. Helen asked the GP for advice but does not want the police involved.",
  ["SUB"], "green", ["negated: police not involved -> no CRIME, not a cue"])
U("N051", "Z27", "closure", "2026-05-11", "Closure summary. Evie's EHCP request was agreed and she now has a plan; her SENCO will hold the first annual review in the spring. Hayley has found a new job and the family say they no longer need help.",
  ["EDU-SEND"], "green", ["historical: Hayley back in work, no FIN"])
U("N052", "Z30", "assessment", "2026-02-16", "Review. Lily's mum Jo says Lily has stopped eating with the family again and the CAMHS eating disorder team has brought her appointment forward. Jo has asked her employer for unpaid leave and is worried about paying the mortgage.",
  ["MH-CHILD", "FIN"], "orange")

# ---------------- writer ----------------
def main():
    nh = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(nh)
        for r in ROWS:
            w.writerow([r["nid"], r["tid"], r["case"], r["stage"], r["date"], r["box"], r["loc"], r["text"]])
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for r in ROWS:
            for c in r["codes"]:
                w.writerow([r["nid"], c, r["level"]])
    traps = {r["nid"]: r["traps"] for r in ROWS if r["traps"]}
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")
    nb = sum(1 for r in ROWS if r["box"])
    print(f"narratives={len(ROWS)} boxed={nb} unboxed={len(ROWS)-nb} "
          f"gold_rows={sum(len(r['codes']) for r in ROWS)} cases={len(LOC)} with_traps={len(traps)}")


if __name__ == "__main__":
    main()
