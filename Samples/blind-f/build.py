#!/usr/bin/env python3
"""Build held-out gold set F (Early Help triage narratives, 2025).

Every narrative sits next to its gold codes and its trap notes.
Writes narratives.csv, gold.csv and traps.json in this directory.
Boxed narratives: all codes take the box colour (convention 2).
Unboxed notes: all codes take the one level given (highest cue in the text).
Trap notes are "type: explanation"; the type before the colon is what the
README counts.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

TRIAGES = []  # (case, stage_letter, date, locality, [(level, text, codes, traps)])
NOTES = []    # (id, stage, date, locality, level, text, codes, traps)


def T(case, st, date, loc, boxes):
    TRIAGES.append((case, st, date, loc, boxes))


def N(nid, stage, date, loc, level, text, codes, traps=()):
    NOTES.append((nid, stage, date, loc, level, text, list(codes), list(traps)))


# --------------------------------------------------------------------------
# Boxed triages
# --------------------------------------------------------------------------

# F001 Rhys (15): exploitation, attendance, conflict with Mum. Assessment + closure.
T("F001", "A", "2025-01-21", "Fenwick", [
    ("blue",
     "Lorraine's sister lives round the corner and Rhys takes himself off to hers when things kick off at home. Lorraine says 'he'll talk to his auntie when he won't give me the time of day'.",
     ["REL-PAR"],
     ["managing: blue box, strained parent-child relationship currently handled through the family's own network counts as present (conv 3)"]),
    ("green",
     "Rhys (15, Year 10) is down to 71% this half term and usually arrives after the register has closed. He's been put in isolation twice for walking out of maths. Staff say he's 'a nice lad when he's actually in'.",
     ["EDU-ATT", "EDU-EXC"], []),
    ("yellow",
     "Mum says living with him is 'like walking on eggshells'. Rhys rolls in at 2am, swears at her, and lost it last month when she took his phone, punching a hole in the bathroom door. 'I don't know how to get my boy back.' Lorraine wants help with boundaries and with getting the two of them talking again.",
     ["REL-PAR"],
     ["conv8: aggression at home with no police or youth justice involvement is REL-PAR only, not DA and not CRIME"]),
    ("orange",
     "Rhys has gone missing three times since Christmas. Last Saturday police picked him up in Stonebridge with £300 in cash and two phones he couldn't explain. The exploitation screening came back high and older lads are thought to be grooming him; a disruption plan is being worked up with police.",
     ["SAFE-EXP"],
     ["conv7: police finding a missing child is safeguarding, not CRIME"]),
])
T("F001", "C", "2025-07-15", "Fenwick", [
    ("blue",
     "No missing episodes since March. Rhys and Lorraine have agreed a 10pm curfew on school nights and she says 'he mostly sticks to it, we're actually having a laugh again'.",
     ["REL-PAR"],
     ["mixed: missing episodes described as over (historical, no SAFE-EXP) beside a curfew the family is now managing (REL-PAR present, conv 3)"]),
    ("green",
     "Attendance has climbed from 71% to 92% with a daily check-in with his mentor, and he's had no behaviour points since Easter.",
     ["EDU-ATT"],
     ["managing: attendance still supported by a daily mentor check-in is EDU-ATT present in a green box",
      "historical: 'no behaviour points since Easter' is an issue described as over, no EDU-EXC"]),
    ("yellow",
     "Rhys is still getting Snapchat messages from one of the older lads and admits he's replied 'a couple of times'. Youth worker carrying on weekly sessions over the summer about friendships and staying safe online.",
     ["SAFE-EXP"], []),
])

# F002 Shannon, Ocean (9m), Tommy (3): PND, debt, speech, ex's abuse. Assessment + closure.
T("F002", "A", "2025-02-04", "Stonebridge", [
    ("blue",
     "Shannon's mum takes both kids every Saturday so Shannon gets a break. No worries about the flat itself, it's a housing association tenancy in decent nick.",
     [],
     ["negation: 'No worries about the flat' negates HOUS",
      "good-news: strengths only, nothing coded"]),
    ("green",
     "Seen at Ocean's 9-month review and she's right on track. Tommy (3) has only a handful of words, mostly points and grunts, and isn't using his funded nursery hours because the form never got filled in.",
     ["EYD"], []),
    ("yellow",
     "Shannon says she's felt 'flat and teary ever since Ocean was born' and some days doesn't get out of her pyjamas. The GP has started her on tablets and she's agreed to try the Stonebridge mums' wellbeing group.",
     ["MH-ADULT"], []),
    ("orange",
     "Shannon owes £1,400 council tax and has had a letter saying enforcement agents are next. The gas is on emergency credit most weeks: 'I'm skint by Wednesday.' Her UC was sanctioned in January for a missed appointment. The kids' dad turned up drunk twice last month shouting abuse through the letterbox and she now has a non-molestation order against him.",
     ["FIN", "DA"],
     ["note: conv5, UC named with a sanction (a benefit problem) is FIN evidence",
      "conv6: the ex-partner's drinking is not SUB (he is outside the household); his abuse of Shannon is DA"]),
])
T("F002", "C", "2025-08-12", "Stonebridge", [
    ("blue",
     "Shannon has set up a £25 a month arrangement with the council and picks up from the Stonebridge community pantry on Thursdays. 'I know where I'm at with money now.'",
     ["FIN"],
     ["managing: repaying arrears by arrangement is FIN present in a blue box (conv 3)",
      "conv10: a community pantry is food poverty, FIN not SAFE-NEG"]),
    ("green",
     "Tommy started at Little Acorns in April and is now putting two words together; nursery have him in a small talking group. Shannon is still on her tablets, sees the GP every couple of months and says the bad days are 'fewer and further between'.",
     ["EYD", "MH-ADULT"],
     ["managing: low mood still treated by the GP is MH-ADULT present in a green box"]),
])

# F003 Yasmin (14): self-harm, online grooming, sleep. Assessment + closure.
T("F003", "A", "2025-02-18", "Ashdown", [
    ("blue",
     "Mum and Dad are together and right behind Yasmin. Dad (Tariq) works nights on the taxis and Mum is at home with the younger two.",
     [],
     ["conv5: night shifts are not FIN",
      "good-news: strengths only"]),
    ("green",
     "Yasmin (14) is quiet in lessons but her work is still good. The school nurse has seen her twice about headaches and says she isn't dropping off to sleep until the early hours.",
     ["PH"],
     ["conv9: a sleep problem at school age is PH, not MH-CHILD"]),
    ("yellow",
     "A lad Yasmin met on a gaming app, who said he was 16, talked her into sending pictures of herself. Dad found the chats and reported him to the police. Yasmin says 'I know it was stupid'. Online safety sessions agreed with the early help worker.",
     ["SAFE-EXP"],
     ["conv6/conv7: the police report concerns an offender outside the household; it is not CRIME for this family"]),
    ("orange",
     "Yasmin told a friend she's been cutting her arms and the friend went to a teacher. She's now on the CAMHS waiting list and school have drawn up a plan with her for the days she's struggling. 'I don't want to die, I just want my head to go quiet.'",
     ["MH-CHILD"], []),
])
T("F003", "C", "2025-09-02", "Ashdown", [
    ("blue",
     "Yasmin and Mum now go through her privacy settings together every month and she's blocked anyone she doesn't know in real life. 'I'm not falling for that again.'",
     ["SAFE-EXP"],
     ["managing: online safety that the family is now managing is SAFE-EXP present in a blue box"]),
    ("green",
     "No self-harm since May. Yasmin still sees the school counsellor every fortnight and uses her 'calm box' when her head gets busy.",
     ["MH-CHILD"],
     ["mixed: self-harm is over, but ongoing counselling and coping strategies keep MH-CHILD present (conv 3, conv 4)"]),
    ("yellow",
     "None.",
     [],
     ["na-box: 'None.'"]),
])

# F004 Paige, Esme (4), Albie (2): DA, red.
T("F004", "A", "2025-03-05", "Fenwick", [
    ("green",
     "Esme (4) starts reception in September and is still having wee accidents most days at nursery. Staff say she has been clingy and anxious since the incident and won't let Paige leave at drop-off.",
     ["EYD", "MH-CHILD"],
     ["note: conv9, toileting in an under-5 is EYD",
      "conv1: 'the incident' is not spelled out in this box, so no DA here"]),
    ("yellow",
     "The tenancy is in Dwayne's name only and Paige is terrified of losing the house. She's had to give up her bakery job to keep the kids close and has nothing coming in until her UC claim is paid. Family worker going with her to the housing options appointment.",
     ["HOUS", "FIN"],
     ["note: conv5, UC named alongside having no income is FIN"]),
    ("orange",
     "Referred to MARAC and an IDVA is in touch. Paige says Dwayne 'controlled everything, what I wore, who I texted, even what I ate'.",
     ["DA"], []),
    ("red",
     "Strategy meeting held on 3 March after Dwayne strangled Paige in front of both children. He was arrested and is on bail not to come to the address. Section 47 enquiries under way for Esme and Albie.",
     ["DA"],
     ["conv7: the partner's arrest for assaulting Paige is DA only, not CRIME"]),
])

# F005 Corey (17): NEET, cannabis, referral order. Assessment + closure.
T("F005", "A", "2025-01-28", "Stonebridge", [
    ("blue",
     "Corey vapes in his room, which Donna isn't keen on, but she says 'it's the least of my worries'. His nan is a big support and he listens to her.",
     [],
     ["conv12: vaping is not SUB"]),
    ("green",
     "Donna works full time as a carer at Oakfield care home, and Corey gets on well with his little sister.",
     [],
     ["conv12: 'carer' as a parent's job is not CARER",
      "good-news: strengths only"]),
    ("yellow",
     "Corey (17) dropped out of his college course in October after a month and hasn't done anything since. 'Nobody's gonna give me a job anyway.' Donna would love him to get into a trade.",
     ["EDU-NEET"],
     ["note: conv11, 16+ NEET is EDU-NEET only, no FIN"]),
    ("orange",
     "Corey got a referral order in December for criminal damage at the bus station and is working with the YOS. He smokes weed every day: 'it's the only thing that chills me out.'",
     ["CRIME", "SUB"], []),
])
T("F005", "C", "2025-07-22", "Stonebridge", [
    ("blue",
     "Corey started a bricklaying course at Stonebridge College in May and hasn't missed a week. 'I actually like getting up for it.'",
     [],
     ["historical: NEET status has ended (he is in education), so no EDU-NEET; reads as good news, not something being managed"]),
    ("yellow",
     "Corey still smokes weed at weekends and says he's 'not ready to pack it in completely'. He's agreed to see the young people's substance misuse worker.",
     ["SUB"], []),
    ("orange",
     "His referral order ends in October and the YOS worker says he's kept every appointment.",
     ["CRIME"],
     ["mixed: good compliance, but the youth justice order is still running, so CRIME present"]),
])

# F006 Craig & Nicola, four children: neglect, overcrowding, drinking.
T("F006", "A", "2025-03-18", "Ashdown", [
    ("green",
     "Ronnie (4) hasn't had his pre-school boosters and none of the children are registered with a dentist.",
     ["PH"], []),
    ("yellow",
     "Craig says he has 'a few cans of an evening to switch off'; Nicola reckons it's nearer a dozen and they row about it most nights. Both have agreed to meet the alcohol worker together.",
     ["SUB", "REL-CONF"],
     ["note: conv8, arguments between the parents with no abuse described are REL-CONF, not DA"]),
    ("orange",
     "Six of them in a two-bed flat with black mould up the bedroom walls. The landlord has served a section 21 and the housing support officer is helping them get on the register for somewhere bigger.",
     ["HOUS"], []),
    ("red",
     "Children now on a child in need plan. At the unannounced visit there was dog mess on the floor, nothing to eat but a box of cereal, and Bella (2) was in a nappy that hadn't been changed for hours. Macy and Tilly have missed over 30 days of school between them this year.",
     ["SAFE-NEG", "EDU-ATT"], []),
])

# F007 Millie (13), young carer for Mum with MS.
T("F007", "A", "2025-04-01", "Fenwick", [
    ("blue",
     "Millie's attendance is 97% and she's in the netball team. Joanne says if Millie starts to struggle she'll let school know.",
     [],
     ["good-news: attendance good news, no need stated (conv 3)",
      "hypothetical: 'if Millie starts to struggle' is not coded"]),
    ("green",
     "Joanne has MS and uses a wheelchair when she's out. She gets PIP and is up to date with her neuro appointments. Millie has been late 14 times this term because she helps her mum get washed before school.",
     ["PH", "EDU-ATT", "CARER"],
     ["conv5: PIP named with no money problem is not FIN; PH comes from the MS itself"]),
    ("yellow",
     "Millie (13) does most of the cooking and gets her little brother ready for bed. She says 'I don't mind, it's just what I do', but she's shattered and never sees her mates. Referred to Fenwick Young Carers.",
     ["CARER"], []),
    ("orange",
     "Joanne told her GP she has thought about 'not being here any more'. She's been seen by the crisis team and is now under the community mental health team.",
     ["MH-ADULT"], []),
])

# F008 Kasia & Piotr, Zofia (4), Nikodem: job loss, arrears, possession. Assessment + closure.
T("F008", "A", "2025-02-11", "Stonebridge", [
    ("blue",
     "Kasia has good friends from the Polish church who help with childcare, and her sister lent them £300 to keep the gas on.",
     ["FIN"],
     ["managing: blue box, fuel money problem being handled through family network is FIN present (conv 3)"]),
    ("green",
     "Zofia (4) is settled at nursery and staff think she'll be ready for school. At Nikodem's one-year check the HV noticed he's hardly babbling and gave Kasia some ideas to try at home.",
     ["EYD"], []),
    ("yellow",
     "Kasia and Piotr are rowing a lot about money and Piotr has stayed at his brother's a few nights. Kasia says 'it's not like that, he has never hurt me, we're just stressed out'.",
     ["REL-CONF"],
     ["negation: 'he has never hurt me' negates DA; the rows are REL-CONF (conv 8)"]),
    ("orange",
     "The landlord has served a possession notice; the rent is £2,100 behind since Piotr lost his warehouse job in November. 'We don't know where we'll go with the kids.'",
     ["HOUS", "FIN"], []),
])
T("F008", "C", "2025-10-07", "Stonebridge", [
    ("blue",
     "Piotr is back in work at a bakery on early shifts, and Kasia has joined the toddler group at the library.",
     [],
     ["conv5: shift work is not FIN; the worklessness has ended",
      "good-news: nothing coded"]),
    ("green",
     "Nikodem is still a bit behind with his talking but has a few more words now; HV doing his two-year review next month.",
     ["EYD"], []),
    ("yellow",
     "The family moved into a council house in Ashdown in August and have settled well. Citizens Advice are helping them with a debt relief order for the old rent arrears.",
     ["FIN"],
     ["mixed: housing problem resolved (HOUS historical) while the old debt is still being dealt with (FIN present)"]),
])

# F009 Logan (14): exclusion risk, ADHD assessment, child-to-parent violence.
T("F009", "A", "2025-03-11", "Ashdown", [
    ("blue",
     "Logan is brilliant with his grandad's pigeons and goes over every Sunday.",
     [],
     ["good-news: strengths only"]),
    ("green",
     "Logan's attendance is 88% and he's late most Mondays. He's picked up 40 behaviour points this term, mostly for answering back, and says he gets mithered by teachers 'for nothing'.",
     ["EDU-ATT", "EDU-EXC"], []),
    ("yellow",
     "He's on the waiting list for an ADHD assessment and the SENCO has put a one-page profile in place so staff know what helps him.",
     ["EDU-SEND"], []),
    ("orange",
     "Four suspensions this year for fighting and swearing at staff, and he's on the edge of permanent exclusion. A managed move to Ashdown High is being set up.",
     ["EDU-EXC"], []),
    ("red",
     "Police were called twice in February after Logan punched his mum and threw a chair at her. Michelle says 'I'm frightened of my own son'. Children's social care have started an assessment.",
     ["REL-PAR", "CRIME"],
     ["conv8: child-to-parent violence is REL-PAR plus CRIME where police are involved, not DA"]),
])

# F010 Warren (single dad), Rory (5): autism query, sleep.
T("F010", "A", "2025-04-22", "Fenwick", [
    ("blue",
     "Warren gets DLA for Rory and Carer's Allowance and says they manage fine. His parents have Rory every Friday night.",
     [],
     ["conv5: DLA and Carer's Allowance named with no money problem: no FIN, no PH",
      "conv12: 'Carer's Allowance' for a parent is not CARER"]),
    ("green",
     "Rory (5) is in reception on SEN support and the SENCO has asked the paediatrician about an autism assessment. He sees the school's speech and language therapist weekly because people outside the family can't understand him.",
     ["EDU-SEND"],
     ["conv9: speech and language for a school-age child is EDU-SEND, not EYD"]),
    ("yellow",
     "Rory wakes at 3am most nights and won't settle. Warren is 'running on empty' and started antidepressants last month. Referred to the sleep service.",
     ["PH", "MH-ADULT"],
     ["conv9: a sleep problem at school age is PH"]),
])

# F011 Kenzie (15): CSE, missing, Mum's drinking, neglect. Assessment + closure.
T("F011", "A", "2025-05-06", "Stonebridge", [
    ("green",
     "Kenzie is registered with the GP and her vaccinations are all up to date.",
     [],
     ["good-news: no need stated"]),
    ("yellow",
     "Kenzie hasn't been in school since February half term. School have offered a reduced timetable and a place in the inclusion base to ease her back in.",
     ["EDU-ATT"], []),
    ("orange",
     "Michaela is drinking heavily, 'on the sesh' from Friday to Sunday, and is open to the alcohol service but has missed her last three appointments. Kenzie has found her passed out twice and put her in the recovery position, and she does the shopping and cooking most weekends: 'someone's got to look after her.'",
     ["SUB", "CARER"], []),
    ("red",
     "Strategy meeting after Kenzie (15) was found in a flat in Ashdown with two men in their twenties. She's been missing six times since March. Child protection plan agreed. There's often no food in the house and Kenzie's uniform hasn't been washed for weeks.",
     ["SAFE-EXP", "SAFE-NEG"],
     ["note: conv10, no food in the house is SAFE-NEG, not FIN"]),
])
T("F011", "C", "2025-11-18", "Stonebridge", [
    ("blue",
     "N/A",
     [],
     ["na-box: 'N/A'"]),
    ("green",
     "Kenzie is back in school full time and got 94% last half term.",
     [],
     ["historical: the attendance problem is described as over and no support is ongoing, so no EDU-ATT (conv 3)"]),
    ("yellow",
     "Michaela has cut right down, 'a couple of cans on a Saturday, that's it', and still sees her alcohol worker fortnightly. Kenzie still does the shopping and keeps an eye on her mum; she goes to the young carers' group on Wednesdays.",
     ["SUB", "CARER"], []),
    ("orange",
     "Kenzie has been missing once since the summer, overnight, and came home on her own. She's still in touch with an older lad Michaela doesn't trust. The exploitation team are still involved.",
     ["SAFE-EXP"], []),
])

# F012 Jolene, Aria (2): agoraphobia, nursery take-up.
T("F012", "A", "2025-05-20", "Ashdown", [
    ("blue",
     "Jolene left an abusive ex long before Aria was born and hasn't seen him in years.",
     [],
     ["historical: domestic abuse in the past only, ended, no DA"]),
    ("green",
     "Aria (2) has a funded two-year-old place at Ashdown Tots but hasn't started. The HV says she's a happy, chatty little girl.",
     ["EYD"], []),
    ("yellow",
     "Jolene isn't drinking or using anything, but she gets panic attacks and hasn't been further than the corner shop since the winter. She's on the list for Talking Therapies.",
     ["MH-ADULT"],
     ["negation-scope: 'isn't drinking or using anything' negates SUB only; the panic attacks after 'but' are present"]),
])

# F013 Liam (16), Frankie (9, CP): young carer, NEET risk, separation, mortgage.
T("F013", "A", "2025-06-03", "Fenwick", [
    ("blue",
     "Mum gets Carer's Allowance. Her sister comes over every Saturday so Mum can get to the pool.",
     [],
     ["conv5: Carer's Allowance alone gives no FIN or PH",
      "conv12: an adult's Carer's Allowance is not CARER"]),
    ("yellow",
     "Liam (16) finished Year 11 with nothing lined up for September. 'How am I meant to go to college? Who'd do Frankie's feeds after school?' Frankie (9) has cerebral palsy and is tube fed, and Liam does his feeds and lifts him in and out of bed.",
     ["EDU-NEET", "CARER", "PH"],
     ["note: conv11, 16+ at risk of NEET is EDU-NEET, no FIN from it"]),
    ("orange",
     "Mum and Dad split in April and there are slanging matches on the doorstep at every handover. Dad has stopped paying his half of the mortgage and the bank has written about repossession.",
     ["REL-CONF", "FIN", "HOUS"], []),
])

# F014 Courtney (19), Harper: temporary accommodation, weight, weaning. Assessment + closure.
T("F014", "A", "2025-04-08", "Stonebridge", [
    ("blue",
     "Courtney left Harper's dad while she was pregnant after he hit her; he has moved to Scotland and there's been no contact since. She smokes, but only out on the balcony.",
     [],
     ["historical: DA ended with no contact since",
      "conv12: tobacco smoking is not SUB"]),
    ("green",
     "The HV is worried Harper isn't putting on weight and has referred her to the paediatric dietitian. Courtney rings with questions most days and follows the advice she's given.",
     ["PH"], []),
    ("yellow",
     "Courtney and Harper are in a mother-and-baby room at the Stonebridge YMCA on a six-month licence. 'It's not a home, it's a room.' After the service charge she's got next to nothing left and has been to the food bank twice.",
     ["HOUS", "FIN"],
     ["note: conv10, food bank is FIN"]),
])
T("F014", "C", "2025-10-21", "Stonebridge", [
    ("blue",
     "Courtney has her own one-bed flat on Mill Lane and is doing it up with her auntie. She knows to ring the council if anything goes wrong with it.",
     [],
     ["historical: housing need resolved",
      "hypothetical: 'if anything goes wrong' is not coded"]),
    ("green",
     "Harper is gaining well and the dietitian has discharged her. Courtney is finding weaning hard, as Harper spits most solids straight out, and goes to the HV's weaning drop-in.",
     ["EYD"],
     ["mixed: weight problem discharged (PH historical) while weaning difficulty is current (EYD)"]),
])

# F015 Zane (12): bullying, anxiety, absence, Dad's gambling debt.
T("F015", "A", "2025-06-17", "Ashdown", [
    ("blue",
     "Nothing identified.",
     [],
     ["na-box: 'Nothing identified.'"]),
    ("green",
     "Zane (12) has been called names and had his bag chucked in the canal by boys in his form. Head of Year has moved him to a different form group. He has SEN support for dyspraxia.",
     ["SAFE-EXP", "EDU-SEND"], []),
    ("yellow",
     "Zane gets really anxious the night before school and says he's 'never going back there'. He's missed 22 days since Easter and his school mentor is working on a return plan with him.",
     ["EDU-ATT", "MH-CHILD"], []),
    ("orange",
     "Dad (Glen) has run up £6,000 on online betting and a payday loan. Mum found out in May and they've been at each other constantly since; Mum says 'it's shouting, not hitting, but the kids hear every word'.",
     ["FIN", "REL-CONF"],
     ["conv10: gambling debts are FIN, not SUB",
      "negation: 'not hitting' negates DA; the arguing is REL-CONF (conv 8)"]),
])

# --------------------------------------------------------------------------
# Unboxed notes: one level each = highest level cue in the text
# --------------------------------------------------------------------------

N("V001", "assessment", "2025-01-14", "Stonebridge", "yellow",
  "Met Dylan (16) at the youth hub. He dropped out of sixth form at Christmas and now games in his room all day: 'what's the point, I'll end up on the tills anyway'. Since his nan's fall he sorts out her tablets and helps her up the stairs; she lives with them. Mum works part time with some UC on top. Family support worker to refer Dylan to the Stonebridge Works programme.",
  ["EDU-NEET", "CARER", "PH"],
  ["conv11: 16+ NEET is EDU-NEET, no FIN",
   "conv5: UC named with no money problem is not FIN",
   "note: level cue, family support worker = yellow"])

N("V002", "assessment", "2025-01-20", "Fenwick", "green",
  "Two-year review at home. Arlo is using about ten words and is still in nappies day and night. Mum says he has 'epic meltdowns' whenever she says no, so she's started using a sand timer. Loads of books about and a lovely bond between them. HV to review again in three months.",
  ["EYD", "REL-PAR"],
  ["note: level cue, health visitor only = green"])

N("V003", "assessment", "2025-02-03", "Ashdown", "orange",
  "Callum (15) was suspended for five days for bringing a knife into school; he said 'everyone carries, it's for protection'. Police spoke to him at school and he's been referred to the YOS for an out-of-court disposal. He's on SEN support for his reading. Mum says he's 'a good kid who's lost his way'.",
  ["EDU-EXC", "CRIME", "EDU-SEND"], [])

N("V004", "assessment", "2025-02-10", "Fenwick", "yellow",
  "Family support worker home visit. The cupboards were bare apart from half a loaf and some squash. Dani said 'payday's Friday, the kids have had toast'. I gave her a food bank voucher and we've started a weekly budget together. Her eldest, Tyreke (16), left school in the summer and hasn't got a college place or a job.",
  ["SAFE-NEG", "FIN", "EDU-NEET"],
  ["note: conv10, bare cupboards are SAFE-NEG and a food bank voucher is FIN, both coded",
   "note: conv11, Tyreke's NEET is EDU-NEET"])

N("V005", "assessment", "2025-02-13", "Stonebridge", "red",
  "ICPC held for Skye (14) and her brother. Mum's new partner, who has a conviction for assaulting a previous girlfriend, has moved in and neighbours have heard him threatening Mum. Skye has been self-harming and says she'd 'rather go into care than live with him'.",
  ["DA", "MH-CHILD"],
  ["mixed: the partner's old conviction against an earlier girlfriend is historical and not CRIME; his current threats to Mum are DA (conv 7)",
   "note: level cue, ICPC = red; Skye's words 'go into care' are not a looked-after cue"])

N("V006", "assessment", "2025-02-24", "Fenwick", "green",
  "Year 2 teacher says Oliver (6) is still very hard to understand, and he has started wetting the bed again since his mum and dad split up in the spring; they're now arguing over contact. The school's speech and language assistant works with him twice a week and the school nurse has given Mum advice about the wetting.",
  ["EDU-SEND", "PH", "REL-CONF"],
  ["conv9: speech at school age is EDU-SEND; bedwetting at school age is PH",
   "note: level cue, school staff and school nurse only = green"])

N("V007", "assessment", "2025-03-04", "Ashdown", "orange",
  "Kayden (16) was arrested at Ashdown station with 30 wraps of crack hidden in his sock, twenty miles from home. He's been going missing for days at a time and hasn't been to college since October. Police have made an NRM referral and he's open to the YOS. He told me 'if I don't do it they'll hurt my mum'.",
  ["SAFE-EXP", "CRIME", "EDU-NEET"],
  ["conv12: drugs found on an exploited child are SAFE-EXP and CRIME, not SUB",
   "conv11: NEET at 16, no FIN"])

N("V008", "assessment", "2025-03-10", "Stonebridge", "yellow",
  "First Portage visit for Ivy (3), who isn't sitting up on her own or babbling yet. Mum: 'I just want someone to tell me she's going to be OK.'",
  ["EYD"], [])

N("V009", "closure", "2025-03-12", "Fenwick", "blue",
  "Gave Desmond the water company's hardship scheme details; he applied online himself and the £600 he owes is now on a £10 a month plan.",
  ["FIN"],
  ["note: level cue, signposting the family acted on = blue; the debt still exists, so FIN is a current need"])

N("V010", "assessment", "2025-03-17", "Ashdown", "green",
  "Evie (13) has been wearing long sleeves in the heat and a friend told her tutor she's been scratching her arms. Pastoral lead has spoken with Evie and Mum, and the school nurse is seeing her on Monday. Evie says she feels 'like there's a weight on me all the time'. Her attendance has slipped to 86% this term.",
  ["MH-CHILD", "EDU-ATT"], [])

N("V011", "assessment", "2025-03-20", "Stonebridge", "orange",
  "MARAC referral made after Aisha disclosed that her husband locks her in the bedroom and keeps hold of her bank card. He decides what food comes into the house and the two little ones (3 and 1) are often hungry. She has a safe number and is thinking about a refuge.",
  ["DA", "SAFE-NEG"],
  ["conv10: hungry children are SAFE-NEG",
   "judgement: the bank card is economic abuse, coded DA; no debt or poverty is described, so no FIN"])

N("V012", "assessment", "2025-03-25", "Fenwick", "yellow",
  "Young carers worker met Priya (12), who looks after her mum when her sickle cell flares up and she ends up in hospital. Priya does the shopping and gets her little brother to school, and says she's 'always knackered'.",
  ["CARER", "PH"], [])

N("V013", "assessment", "2025-04-02", "Ashdown", "red",
  "Legal planning meeting: PLO to start for baby Orla. Mum (Tasha) is using heroin and crack and there were needles within Orla's reach at the last visit. Tasha's boyfriend, who doesn't live there, hit her in front of the baby last week.",
  ["SUB", "SAFE-NEG", "DA"],
  ["conv6/conv7: the boyfriend is outside the household; his assault on Tasha is DA, not CRIME"])

N("V014", "assessment", "2025-04-07", "Stonebridge", "orange",
  "Jake (15) has been kicking off at home, smashing up his PS5 and shoving his dad into the wall. Dad rang the police last night and Jake got a youth caution. He's also on a final warning at school after throwing a chair in science. Dad: 'I love him to bits but I'm scared of him.'",
  ["REL-PAR", "CRIME", "EDU-EXC"],
  ["conv8: child-to-parent violence is REL-PAR plus CRIME (police, youth caution), not DA"])

N("V015", "assessment", "2025-04-09", "Ashdown", "blue",
  "Mum and Dad split up in January and are still arguing about which weekends the kids go to Dad's. Dad's sister has offered to sit down with the two of them and they've both agreed to give it a go.",
  ["REL-CONF"],
  ["note: level cue, help from the family's own network = blue"])

N("V016", "assessment", "2025-04-14", "Fenwick", "green",
  "Finlay (17) works 20 hours a week at the big Tesco alongside his A-levels and his sixth form tutor says he's on track. His best mate was excluded last month for fighting but Finlay kept well out of it. If his grades don't come through he says he'll look at an apprenticeship.",
  [],
  ["good-news: no need stated",
   "conv6: the friend's exclusion is about someone outside the household",
   "hypothetical: 'if his grades don't come through' is not coded"])

N("V017", "assessment", "2025-04-16", "Stonebridge", "yellow",
  "Family support worker visit. Abdi (3) and Hodan (1) share one bed with Mum in a one-bed flat, with damp creeping across the bathroom ceiling. The children's clothes were grubby and Hodan had a really sore nappy rash. Mum has asked for help bidding for a bigger place.",
  ["HOUS", "SAFE-NEG"], [])

N("V018", "assessment", "2025-04-23", "Ashdown", "orange",
  "CAMHS letter received: Jenson (14) is being seen for low mood and not eating. Dad (Martin) drinks every night and Jenson says he 'stays in his room when Dad's on it'.",
  ["MH-CHILD", "SUB"], [])

N("V019", "assessment", "2025-04-28", "Fenwick", "green",
  "New birth visit. Baby Eden is feeding well and Dad is on paternity leave. Mum (Naomi) had depression a few years back but is well now and on no medication. HV to keep an eye on her mood should it dip again.",
  [],
  ["historical: past depression, well now, no MH-ADULT",
   "hypothetical: 'should it dip again' is not coded"])

N("V020", "assessment", "2025-05-01", "Stonebridge", "yellow",
  "Joel (16) left his college course in March and isn't doing anything now. He has an EHCP for moderate learning difficulties that still names the college. His dad, who he lives with, is on probation for a burglary. An early help youth worker is seeing Joel weekly.",
  ["EDU-NEET", "EDU-SEND", "CRIME"],
  ["conv7: an adult household member on probation is CRIME",
   "conv11: NEET at 16 gives no FIN",
   "note: level cue, early help youth worker = yellow; probation is not an orange cue in convention 2"])

N("V021", "assessment", "2025-05-06", "Fenwick", "orange",
  "Lisa has been served an eviction notice for £3,200 of rent arrears that built up after her housing benefit was stopped in error. She says she's 'at the end of my rope' and the GP has put her on antidepressants. Three children aged 1, 4 and 7.",
  ["HOUS", "FIN", "MH-ADULT"],
  ["note: conv5, a benefit stopped in error is a benefit problem, FIN"])

N("V022", "assessment", "2025-05-08", "Ashdown", "green",
  "SENCO meeting with Mum. Maisie (11) has an EHCP for dyslexia and autism and finds secondary 'too loud'; she now has a time-out card.",
  ["EDU-SEND"], [])

N("V023", "closure", "2025-05-12", "Stonebridge", "blue",
  "Dad says he was 'on the sesh' a lot after the divorce but knocked it on the head in 2023 and hasn't touched a drop since. His mum and brother live nearby and help out with the kids.",
  [],
  ["historical: drinking and divorce both in the past and ended; nothing coded"])

N("V024", "assessment", "2025-05-15", "Fenwick", "yellow",
  "Becky has a place on the next parenting course after saying she 'can't get Teddy (3) down before 11' and his tantrums go on for an hour. She's also doing a domestic abuse recovery course with Fenwick Women's Aid after leaving Teddy's dad, who was very controlling.",
  ["REL-PAR", "DA"],
  ["conv9: bedtime trouble in an under-5 is a routine issue (REL-PAR); the sleep->PH rule is for school age",
   "conv4: the ongoing DA recovery course codes DA even though the relationship has ended"])

N("V025", "assessment", "2025-05-19", "Ashdown", "orange",
  "Police were called to the Moorside estate after a group including Brandon (14) threw stones at buses, and he's had an ASB warning. Mum can't get him in before midnight and says 'he just laughs at me'. Attendance is 79% and he's waiting on the outcome of his ADHD assessment.",
  ["CRIME", "REL-PAR", "EDU-ATT", "EDU-SEND"], [])

N("V026", "assessment", "2025-05-21", "Stonebridge", "green",
  "Nursery say Jaxon (3) often comes in wearing the same clothes for days, smelling unwashed, and is starving at snack time. Dad told the manager he's 'skint till payday' and they've been getting by on toast.",
  ["SAFE-NEG", "FIN"],
  ["note: conv10, a hungry child is SAFE-NEG and the money shortage is FIN; both coded"])

N("V027", "assessment", "2025-05-27", "Fenwick", "yellow",
  "Holly (15) has looked after her dad since his stroke in January, helping him wash and doing all the cooking. Her attendance has fallen to 78%. Referred to the young carers service.",
  ["CARER", "PH", "EDU-ATT"], [])

N("V028", "assessment", "2025-06-02", "Ashdown", "red",
  "Child in need plan for the Walsh children. Mum's ex-partner was arrested last week for breaching his non-molestation order and putting the front window through; the kids (2 and 5) saw it all. Mum admits she's been drinking most days since to get through it.",
  ["DA", "SUB"],
  ["conv7: the ex-partner's breach and criminal damage against Mum are DA only, not CRIME"])

N("V029", "assessment", "2025-06-04", "Stonebridge", "blue",
  "Mum is struggling to keep the gas meter topped up. A friend sent her the Household Support Fund link, she applied herself and has had £150.",
  ["FIN"],
  ["note: level cue, help through a friend and the family's own application = blue"])

N("V030", "assessment", "2025-06-09", "Fenwick", "orange",
  "Managed move to Stonebridge Academy agreed for Cody (13) after a string of suspensions. He has an ADHD diagnosis and a support plan from the SENCO. Mum works nights at the distribution centre.",
  ["EDU-EXC", "EDU-SEND"],
  ["note: conv5, night work is not FIN"])

N("V031", "assessment", "2025-06-11", "Ashdown", "yellow",
  "Family support worker visit. Roxy says Shane 'goes into a mood' and they argue about his mates coming round, but he's never been violent or controlling and she doesn't feel scared of him. They've both agreed to try relationship counselling.",
  ["REL-CONF"],
  ["negation: 'never been violent or controlling' negates DA; the arguing is REL-CONF"])

N("V032", "assessment", "2025-06-16", "Stonebridge", "green",
  "Head of Year 9: Lewis (14) has been in isolation three times this term for rudeness and walking out of lessons. His parents separated over the summer and are now rowing over who has him at Christmas.",
  ["EDU-EXC", "REL-CONF"], [])

N("V033", "assessment", "2025-06-18", "Fenwick", "orange",
  "Multi-agency TAF plan agreed for the Khan family. Mr Khan's depression has got worse since he lost his job and they are £2,000 behind on gas and electric. Amina (4) hasn't started nursery. Asked about domestic abuse at the visit: nothing disclosed.",
  ["MH-ADULT", "FIN", "EYD"],
  ["negation: 'nothing disclosed' negates DA"])

N("V034", "assessment", "2025-06-23", "Ashdown", "orange",
  "Tyrone (16) has been missing overnight twice this month and both times police found him at a party in Ashdown. He hasn't been in college or work since leaving school. Mum says he's putting away 'a bottle of vodka every weekend'. Exploitation screening done and a multi-agency TAF plan set up.",
  ["SAFE-EXP", "EDU-NEET", "SUB"],
  ["conv7: police finding a missing child is not CRIME",
   "note: level cue, multi-agency TAF plan = orange"])

N("V035", "assessment", "2025-06-25", "Stonebridge", "green",
  "GP letter: Kacey (2) has missed her one-year and 18-month jabs and two hospital appointments for her eczema. Mum denies any drug use, but nursery say Kacey often arrives without a coat or spare nappies.",
  ["PH", "SAFE-NEG"],
  ["negation-scope: 'denies any drug use' negates SUB only; the neglect after 'but' is present"])

N("V036", "closure", "2025-06-30", "Fenwick", "blue",
  "Mum found a vape in Jasmine's (13) coat pocket; gave her the NHS leaflet and she had the chat with Jasmine herself.",
  [],
  ["conv12: vaping is not SUB; nothing coded"])

N("V037", "assessment", "2025-07-02", "Ashdown", "yellow",
  "Citizens Advice are helping Dad appeal after his PIP was stopped; his arthritis means he can't work. The family are using the Ashdown food bank every week. Their son Sami (14) helps Dad with his socks and shoes and carries all the shopping.",
  ["FIN", "PH", "CARER"],
  ["conv5: PIP stopped is a benefit problem (FIN); PH comes from the arthritis itself, not from the PIP"])

N("V038", "assessment", "2025-07-07", "Stonebridge", "red",
  "Strategy meeting held for Demi (15), who has been going missing and was found by police in a car with two men in their twenties who had been giving her money and a new phone. She is very withdrawn and has been referred to CAMHS.",
  ["SAFE-EXP", "MH-CHILD"],
  ["conv7: police finding her is safeguarding, not CRIME"])

N("V039", "assessment", "2025-07-09", "Fenwick", "orange",
  "The housing association has served a possession notice after Dad was arrested for dealing cannabis from the flat. Mum: 'I had no idea, I'm mortified.' The younger two are 3 and 6, and Aaron (17) has been out of work and college since last summer.",
  ["HOUS", "CRIME", "EDU-NEET"],
  ["judgement: Dad dealing is CRIME; no use by anyone is described, so no SUB",
   "conv11: Aaron's NEET is EDU-NEET, no FIN"])

N("V040", "assessment", "2025-07-14", "Ashdown", "yellow",
  "Sienna (17) has been out of work since the café she worked at shut in January and is applying for apprenticeships with her early help worker. She and Mum 'have been at each other's throats' since Sienna's boyfriend started staying over.",
  ["EDU-NEET", "REL-PAR"],
  ["note: conv8, arguments between a parent and a child are REL-PAR",
   "note: conv11, 16+ NEET, no FIN"])

N("V041", "assessment", "2025-07-16", "Stonebridge", "green",
  "HV visit: Rosie scored high on the postnatal depression screen and says she 'cries at everything'. GP appointment booked for tomorrow. Big sister Poppy (3) has stopped going to nursery since the baby came. Rosie and her partner are rowing constantly, 'it's just sniping, he's never laid a finger on me'. Baby Theo is thriving.",
  ["MH-ADULT", "EYD", "REL-CONF"],
  ["negation: 'never laid a finger on me' negates DA; rows are REL-CONF"])

N("V042", "assessment", "2025-07-21", "Fenwick", "orange",
  "Kofi (13) told his form tutor that Mum's boyfriend hits her and he's scared to go home. Police attended, the boyfriend has been removed and a MARAC referral is made. Kofi has been withdrawn and tearful in class and was suspended for a day last week for fighting.",
  ["DA", "MH-CHILD", "EDU-EXC"],
  ["conv7: police action against the boyfriend is DA only, not CRIME"])

N("V043", "closure", "2025-07-23", "Ashdown", "yellow",
  "Kevin collects his methadone from the chemist every morning and sees his substance misuse worker at the Ashdown Recovery Hub weekly. At my visit there were dirty nappies and takeaway boxes everywhere and the baby's cot had no sheet. His partner Carly does the nursery drop-off.",
  ["SUB", "SAFE-NEG"],
  ["note: conv4, ongoing opiate substitute treatment codes SUB",
   "note: level cue, drug and alcohol service = yellow, above nursery (green)"])

N("V044", "assessment", "2025-07-28", "Stonebridge", "green",
  "Year 9 pastoral: Owen (14) keeps nodding off in lessons and says he can't get to sleep till 3. He was also caught vaping in the toilets and got a detention. School nurse seeing him next week.",
  ["PH", "EDU-EXC"],
  ["conv9: sleep problem at school age is PH",
   "conv12: vaping is not SUB (the detention is behaviour at school, EDU-EXC)"])

N("V045", "assessment", "2025-08-04", "Fenwick", "orange",
  "After the possession order went through, the council placed Marie and her three children in a B&B in Ashdown, 14 miles from their school, and the kids have missed most of the last three weeks. Marie has bipolar disorder and has run out of her medication.",
  ["HOUS", "EDU-ATT", "MH-ADULT"], [])


# --------------------------------------------------------------------------
# Writer
# --------------------------------------------------------------------------

def rows():
    narr, gold, traps = [], [], {}
    for case, st, date, loc, boxes in TRIAGES:
        tid = f"{case}-{st}"
        stage = "assessment" if st == "A" else "closure"
        for level, text, codes, tr in boxes:
            nid = f"{tid}-{level}"
            narr.append([nid, tid, case, stage, date, level, loc, text])
            for c in codes:
                gold.append([nid, c, level])
            if tr:
                traps[nid] = list(tr)
    for nid, stage, date, loc, level, text, codes, tr in NOTES:
        narr.append([nid, nid, nid, stage, date, "", loc, text])
        for c in codes:
            gold.append([nid, c, level])
        if tr:
            traps[nid] = list(tr)
    return narr, gold, traps


def main():
    narr, gold, traps = rows()
    with open(os.path.join(HERE, "narratives.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(narr)
    with open(os.path.join(HERE, "gold.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(narr)} narratives, {len(gold)} gold rows, {len(traps)} narratives with traps")


if __name__ == "__main__":
    main()
