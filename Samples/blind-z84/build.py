#!/usr/bin/env python3
"""Blind gold set z84: families with a parent or older sibling in prison, on remand,
on licence or on probation, and the children's contact with them; plus the other
everyday needs these households have (2025-26).

Hand-written from /work/shared/taxonomy.md only. Standard library only.
Writes narratives.csv, gold.csv, traps.json (UTF-8, no BOM, CRLF).

Each entry: (narrative_id, case_id, stage, date, box_level_or_None, locality,
             text, [gold codes], gold_level_for_unboxed_or_None, trap_kinds, trap_note)
"""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
H, E, C, S = "Hollinbrook", "Eastmere", "Calder Vale", "Stanwick"

N = []
def box(case, stage, date, level, loc, text, codes, kinds=(), note=""):
    st = "A" if stage == "assessment" else "C"
    N.append((f"{case}-{st}-{level}", case, stage, date, level, loc, text, list(codes), None, list(kinds), note))
def note(nid, stage, date, loc, text, codes, level, kinds=(), note_=""):
    N.append((nid, nid, stage, date, None, loc, text, list(codes), level, list(kinds), note_))

A, Z = "assessment", "closure"

# ---------------- P001 dad on remand, not in the household ----------------
box("P001", A, "2025-03-10", "green", H,
    "Mason (3) does 15 hrs at Little Acorns. At his 2 yr review the HV counted roughly 25 words and he is still in nappies day and night. Keyworker starting him in a small talking group.",
    ["EYD"])
box("P001", A, "2025-03-10", "yellow", H,
    "Liam (dad) was remanded to HMP Ashcombe in Feb and is awaiting trial. Since then Tia (8) cries at bedtime asking if daddy is coming back and has started wetting the bed again most nights. Shannon would like help explaining to Tia where dad is - EHW to do some direct work with a storybook about prison.",
    ["MH-CHILD", "PH"], ["outside-household"],
    "Dad on remand is outside the household: no CRIME. School-age bedwetting is PH (conv 9).")
box("P001", A, "2025-03-10", "orange", H,
    "Liam paid the rent from his wages. Nothing has gone to the landlord since he went in and the arrears are now £2,100; a section 21 notice came through the door last week.",
    ["HOUS", "FIN"])
box("P001", Z, "2025-08-22", "blue", H,
    "Shannon takes both children to the family day at HMP Ashcombe once a month and Tia writes to her dad every week. Tia's bedwetting stopped in May. Shannon is keeping to the £30 a week repayment plan on the rent arrears and the landlord has withdrawn the notice.",
    ["FIN"], ["historical", "need-met", "outside-household"],
    "Bedwetting stopped = historical; notice withdrawn = need met (no HOUS); repaying arrears in a blue box = FIN managing (conv 3). Prison visits themselves are not a code.")

# ---------------- P002 dad home on licence ----------------
box("P002", A, "2025-04-02", "yellow", E,
    "Craig came out of HMP Fordley in February on licence and has moved back in with Gemma and the kids; he reports to his probation officer weekly. Gemma says they argue most evenings about who does what and how strict he is with the children, but it has never got physical and she feels safe with him.",
    ["CRIME", "REL-CONF"], ["negated"],
    "Household adult on licence = CRIME (conv 7). Arguments between parents = REL-CONF; DA explicitly negated.")
box("P002", A, "2025-04-02", "orange", E,
    "Jordan (14) has had two suspensions from Eastmere Academy this term for fighting and head of year says he is close to a permanent exclusion. He says lads in his year keep calling him names about his dad being inside. At home Jordan won't speak to Craig, slams doors, and last week they squared up to each other in the hall.",
    ["EDU-EXC", "SAFE-EXP", "REL-PAR"], [],
    "Name-calling by peers = bullying of the child (SAFE-EXP).")
box("P002", Z, "2025-10-14", "blue", E,
    "Craig's licence expired in September and he has nothing more to do with probation. He and Gemma still disagree at times but now talk it through once the kids are in bed instead of rowing in front of them.",
    ["REL-CONF"], ["historical"],
    "Licence ended = CRIME historical. Parental disagreement still there but being managed in a blue box = REL-CONF present.")

# ---------------- P003 mum in prison, gran is kinship carer ----------------
box("P003", A, "2025-05-06", "green", C,
    "Pat has been the children's kinship carer under a child arrangements order since Danielle was sentenced. Reece (9) has asthma and has missed his last two asthma reviews at the surgery; Pat says the letters went to the old address.",
    ["PH"], ["look-alike", "outside-household"],
    "Kinship carer is not CARER (conv 12). Mum in prison outside the household.")
box("P003", A, "2025-05-06", "yellow", C,
    "Pat (67) lives on her pension and has built up £600 on the electric since the grandchildren moved in. She has been to the Calder Vale Food Hub twice and is not receiving any kinship allowance yet.",
    ["FIN"])
box("P003", A, "2025-05-06", "orange", C,
    "Kayla (12) has been cutting her arms since her mum's sentencing and is on the CAMHS waiting list; school have a safety plan in place. She has only seen her mum once as HMP Ravensholt is 90 miles away.",
    ["MH-CHILD"])
box("P003", Z, "2025-11-20", "green", C,
    "Kayla was seen by CAMHS in August and stepped down to the school counsellor, who she sees weekly; no self-harm since July. She now has video calls with her mum twice a month. Reece's inhaler technique is checked by the school nurse each half term.",
    ["MH-CHILD", "PH"], ["historical"],
    "Self-harm over, but ongoing counselling codes MH-CHILD (conv 4). Asthma managed in a green box = PH.")

# ---------------- P004 older brother in a YOI ----------------
box("P004", A, "2025-06-09", "orange", S,
    "Since Tyler (17) was sent to HMYOI Westgate, Cody (14) has been reported missing three times. Police found him each time in the town centre with the older lads Tyler used to hang around with, once with £200 in cash and two phones on him. NRM referral being considered.",
    ["SAFE-EXP"], ["outside-household"],
    "Tyler is in custody, outside the household: no CRIME for him. Police finding a missing child is safeguarding, not CRIME (conv 7).")
box("P004", Z, "2026-01-12", "blue", S,
    "Nicola keeps an eye on Cody's location through an app on his phone and has him in by 9pm on school nights; she rings the police herself if he is late. Tyler is due out next spring and Nicola has said he may have to live somewhere else if he gets back in with that crowd.",
    ["SAFE-EXP"], ["hypothetical", "outside-household"],
    "Mum managing the exploitation risk herself (blue, conv 3). Tyler's return is hypothetical and he is still in custody.")
box("P004", Z, "2026-01-12", "orange", S,
    "Cody was arrested in December with cannabis wraps and a knife; police believe he was holding for the same group. He has been given a referral order and the YOS worker visits weekly.",
    ["CRIME", "SAFE-EXP"], ["look-alike"],
    "Drugs found on an exploited child = SAFE-EXP + CRIME, not SUB (conv 12).")

# ---------------- P005 dad on a community order, at home ----------------
box("P005", A, "2025-02-17", "green", H,
    "Ava (7 months) missed her 16-week jabs and is behind on her immunisations; HV rebooking. Leo (2) says only a handful of words and hasn't taken up his funded 2-year-old nursery place even though Jade has the code.",
    ["PH", "EYD"])
box("P005", A, "2025-02-17", "yellow", H,
    "Marcus is on a 12-month community order with unpaid work and an alcohol treatment requirement after a drink-drive in the autumn. He goes to Hollinbrook Recovery weekly. Jade says he is drinking less but still has a few cans most nights.",
    ["CRIME", "SUB"], [],
    "Household adult on probation/community order = CRIME.")
box("P005", Z, "2025-07-30", "blue", H,
    "Marcus finished his unpaid hours and the order ended in June. He has carried on going to the recovery group off his own bat and says he is six weeks alcohol free. Ava is now up to date with all her jabs.",
    ["SUB"], ["historical", "need-met"],
    "Order ended = CRIME historical; staying off drink with a group in a blue box = SUB managing; jabs up to date = need met, no PH.")

# ---------------- P006 mum home on HDC ----------------
box("P006", A, "2025-07-01", "yellow", E,
    "Stacey came home from HMP Ravensholt on a tag in May, curfew 7pm to 7am. While she was inside Harvey and Poppy stayed with their aunt. Her Universal Credit has only just been paid after five weeks with nothing and she has had three food bank parcels.",
    ["CRIME", "FIN"], [],
    "HDC is release on licence: household adult = CRIME.")
box("P006", A, "2025-07-01", "orange", E,
    "Harvey (15) is on 61% at Eastmere Park School and barely went at all while mum was away. Stacey can't get him off the console at night or out of bed in the morning and he swears at her when she tries. School talking about a reduced timetable.",
    ["EDU-ATT", "REL-PAR"])
box("P006", Z, "2025-12-05", "green", E,
    "Harvey's attendance is up to 88% this half term and the attendance officer still phones weekly. Stacey's licence expired in October and she has just passed her probation period at the bakery where she now works.",
    ["EDU-ATT"], ["historical", "look-alike"],
    "Licence expired = historical. 'Probation period' at work is a look-alike, not CRIME. Attendance improving but monitored = EDU-ATT managing (green).")

# ---------------- P007 dad in prison for DA against mum ----------------
box("P007", A, "2025-09-03", "orange", C,
    "Aaron is serving 30 months at HMP Ashcombe for assaulting Leanne and there is a restraining order. He is due out on licence in November. Leanne is frightened he will turn up at the house and has had two letters from him passed on by his cousin. IDVA re-referral made and MARAC informed.",
    ["DA"], ["outside-household"],
    "Ex-partner's offences against mum are DA only, not CRIME (conv 7); he is outside the household but his effect on the family is coded (conv 6).")
box("P007", A, "2025-09-03", "yellow", C,
    "Leanne has been having panic attacks since the release date was confirmed. GP has upped her sertraline and she is on the Talking Therapies waiting list. Isla (11) has mentioned she would like to write to her dad; Leanne says she will think about it nearer the time.",
    ["MH-ADULT"], ["hypothetical"],
    "Possible letters from Isla to dad are undecided: no code.")
box("P007", Z, "2026-02-18", "blue", C,
    "Aaron was released in November to approved premises in Fordley with a licence condition not to enter Calder Vale. Leanne knows how to report a breach and there is a marker on her address. She finished the Freedom Programme in January and says she feels much stronger.",
    ["DA"], ["outside-household"],
    "Safety planning and Freedom Programme = DA managing in blue (conv 3, 4). Aaron on licence but not in the household: no CRIME.")
box("P007", Z, "2026-02-18", "yellow", C,
    "Leanne's anxiety is still up and down; she has had six of her eight Talking Therapies sessions. Isla (11) needs new glasses and has missed two optician appointments, school have sent a reminder.",
    ["MH-ADULT", "PH"])

# ---------------- P008 older sister on probation; mum with MS ----------------
box("P008", A, "2025-03-24", "yellow", S,
    "Ben (13) helps Michelle, who has MS, in and out of the bath and does most of the cooking. He is tired in school and says he never sees his mates. Referred to Stanwick Young Carers.",
    ["CARER", "PH"])
box("P008", A, "2025-03-24", "orange", S,
    "Chloe (19) lives at home and is on a suspended sentence with a probation requirement for possession of class A. She is using cocaine most weekends and police have been called to the house twice when she came home off her face and put a window through.",
    ["CRIME", "SUB"])
box("P008", Z, "2025-09-15", "blue", S,
    "Ben goes to the young carers club on Tuesdays and gets a break. He still makes tea most evenings, but Michelle's care package now covers her personal care. Chloe moved out to her boyfriend's flat in July and reports to probation over there.",
    ["CARER", "PH"], ["outside-household"],
    "Chloe has left the household: her probation is not coded. Ben still caring (managing) and mum's MS still current.")

# ---------------- P009 dad serving a long sentence ----------------
box("P009", A, "2025-10-06", "green", H,
    "Rosie (4) starts school next September. Nursery say she isn't toilet trained yet and gets very upset when Kerry leaves; they are putting together a school readiness plan with Kerry.",
    ["EYD"])
box("P009", A, "2025-10-06", "yellow", H,
    "Finley (16) dropped out of Fordley College after three weeks in September and is doing nothing now. He says there's no point because everyone round here knows who his dad is.",
    ["EDU-NEET"], [],
    "16+ NEET = EDU-NEET only, no FIN (conv 11).")
box("P009", A, "2025-10-06", "orange", H,
    "The housing association has served a notice seeking possession after neighbours complained about men coming to the door at night asking for Ricky. Ricky was sent down for supply in 2023 and Kerry has had no contact with him since. Kerry denies any drug use herself and her test at the GP was clear.",
    ["HOUS"], ["negated", "historical", "outside-household"],
    "Dad's offence is historical and outside the household; Kerry's drug use denied.")
box("P009", Z, "2026-03-27", "yellow", H,
    "Finley started a Level 1 construction course in January but is finding it hard to stick with, and the youth employment worker is still seeing him fortnightly because he could drop out again.",
    ["EDU-NEET"], [],
    "At risk of NEET with ongoing youth employment support.")

# ---------------- P010 dad on remand; mum postnatal ----------------
box("P010", A, "2025-11-10", "yellow", E,
    "Sophie scored high on the EPDS at her 6-week check. She cries most days and says she can't cope on her own with a newborn and a two-year-old since Lee was remanded to HMP Fordley in October. GP has started antidepressants and referred to the perinatal mental health team.",
    ["MH-ADULT"], ["outside-household"])
box("P010", A, "2025-11-10", "orange", E,
    "The flat was in Lee's name and the council says Sophie has no right to succeed to the tenancy; a notice to quit has been served. With Lee's wages gone she is £800 behind on the rent.",
    ["HOUS", "FIN"])
box("P010", Z, "2026-04-20", "blue", E,
    "Sophie now has the tenancy in her own name and is paying the arrears back at £10 a week out of her UC. Lee was convicted in February and got three years; Sophie has decided not to take the children to visit for now.",
    ["FIN"], ["need-met", "outside-household"],
    "Tenancy secured = HOUS need met; arrears being repaid = FIN managing (blue). Lee outside household.")
box("P010", Z, "2026-04-20", "green", E,
    "Sophie is still on her medication from the GP and the HV sees her fortnightly for her mood, which she says is much better. Olivia is feeding well and gaining weight.",
    ["MH-ADULT"], [],
    "Baby's good news: no code.")

# ---------------- P011 older brother home on licence; overcrowding ----------------
box("P011", A, "2025-05-19", "yellow", C,
    "Family live in a 2-bed flat. Kieran sleeps on the sofa and Ella (15) and Sam (10) share the small room. On the housing register in Band C.",
    ["HOUS"])
box("P011", A, "2025-05-19", "orange", C,
    "Kieran (18) was released from HMYOI Westgate in April on licence and is back at home. His conditions include no contact with his co-defendants and a curfew; police have called twice to check he was in. He isn't working or on any course.",
    ["CRIME", "EDU-NEET"], [],
    "Household young adult on licence = CRIME; 18 and NEET.")
box("P011", Z, "2025-12-01", "blue", C,
    "Kieran's licence finished in October and Paul got him labouring work with a mate's firm, four days a week. Ella and Sam are still sharing and Tracey bids on the housing portal herself every week.",
    ["HOUS"], ["historical", "need-met"],
    "Licence over, NEET need met; overcrowding still there and managed by mum (blue).")
box("P011", Z, "2025-12-01", "yellow", C,
    "Ella (15) has been caught vaping in the school toilets twice and spent a day in the internal isolation room; school's behaviour mentor is now working with her.",
    ["EDU-EXC"], ["look-alike"],
    "Vaping is not SUB (conv 12); behaviour at school/isolation = EDU-EXC.")

# ---------------- P012 dad on probation; gambling debts ----------------
box("P012", A, "2025-08-28", "yellow", S,
    "Jason has run up about £4,000 on online betting and payday loans; Rachel only found out when a bailiff's letter arrived. He says he has self-excluded from all the betting sites.",
    ["FIN"], ["look-alike"],
    "Gambling debts = FIN not SUB (conv 10); 'self-excluded' is not EDU-EXC.")
box("P012", A, "2025-08-28", "orange", S,
    "Jason is on a community order supervised by probation after a public order offence outside the pub in June. He and Rachel row loudly most nights about the money, and Mia (9) has started copying him and swearing at Rachel when told to go to bed.",
    ["CRIME", "REL-CONF", "REL-PAR"])
box("P012", Z, "2026-02-02", "green", S,
    "Mia (9) is now on the ADHD pathway and has seen the community paediatrician once. The SENCO keeps her on SEN support with movement breaks in class.",
    ["EDU-SEND"])
box("P012", Z, "2026-02-02", "yellow", S,
    "Jason and Rachel have four sessions left with the Stanwick Relationship Centre's couples programme. His community order finished in January.",
    ["REL-CONF"], ["historical"],
    "Order finished = CRIME historical.")

# ---------------- P013 mum in prison; dad sole carer ----------------
box("P013", A, "2025-04-14", "green", H,
    "Alfie (8) has an EHCP for autism at Oakfield Primary and his annual review is due. He has been told mum is 'working away' and the SENCO says he hasn't asked about her at school.",
    ["EDU-SEND"], ["outside-household"],
    "Mum in custody is outside the household.")
box("P013", A, "2025-04-14", "yellow", H,
    "Gary is on his own with the children now and has cut his hours at the warehouse to fit round school, so money is very tight and he is behind on the water bill. Evie (13) looks after Alfie every day after school and puts him to bed when Gary's on a late; she says she's shattered.",
    ["FIN", "CARER"])
box("P013", Z, "2025-10-27", "blue", H,
    "Gary visits Charlotte at HMP Ravensholt once a month and the children talk to her on the phone on Sundays. Evie stopped doing Alfie's bedtimes when Gary changed to day shifts, and she's joined the drama club.",
    [], ["historical", "outside-household"],
    "Caring has stopped = historical; no code. Contact with mum in prison is not a code.")

# ---------------- P015 both parents in custody; grandparents ----------------
box("P015", A, "2025-01-20", "green", C,
    "Daisy (11) has toothache and has missed her last two check-ups at the dentist; Nan is ringing for an emergency appointment.",
    ["PH"])
box("P015", A, "2025-01-20", "yellow", C,
    "Logan (15) was permanently excluded from Calder High in December for bringing a knife into school; police gave him a youth caution. He is at the Vale PRU on mornings only.",
    ["EDU-EXC", "EDU-ATT", "CRIME"], [],
    "Mornings only = part-time timetable (EDU-ATT). Youth caution = CRIME.")
box("P015", A, "2025-01-20", "orange", C,
    "Mum is on remand at HMP Ravensholt and dad is serving a sentence at HMP Ashcombe, so Logan and Daisy live with their grandparents June and Keith as kinship carers. Keith has COPD and was admitted to hospital twice this winter. June says Logan won't do anything she asks and comes in after midnight.",
    ["PH", "REL-PAR"], ["outside-household", "look-alike"],
    "Parents in custody outside the household: no CRIME. Kinship carers are not CARER.")
box("P015", Z, "2025-06-30", "yellow", C,
    "Logan has been full-time at the PRU since Easter with no incidents and is being lined up for a managed move to Brookfield Academy in September. The YOS caution work finished in April.",
    ["EDU-EXC"], ["historical"],
    "Managed move = EDU-EXC. Caution programme over = CRIME historical.")

# ---------------- P016 older half-brother in prison; dad on licence ----------------
box("P016", A, "2025-09-15", "yellow", S,
    "Donna has had depression for years and has hardly left the house since Jake (20) got four years in July; she hasn't been able to face visiting him. Maisie (12) is doing most of the washing and cooking and looks after her mum on the days she doesn't get up.",
    ["MH-ADULT", "CARER"], ["outside-household"],
    "Jake is in prison, outside the household.")
box("P016", A, "2025-09-15", "orange", S,
    "Carl (Maisie's dad) is on licence from HMP Ashcombe and lives at home. He was recalled for a week in August for missing probation appointments, and Maisie was late to school 11 times around then.",
    ["CRIME", "EDU-ATT"])
box("P016", Z, "2026-03-09", "blue", S,
    "Donna goes to a walking group with her sister and says her mood is better, still taking her tablets. She and Maisie visited Jake together for the first time in January.",
    ["MH-ADULT"], ["outside-household"],
    "Depression managed in a blue box = MH-ADULT present.")

# ---------------- P017 dad on bail then sentenced; gran moves in ----------------
box("P017", A, "2025-02-03", "green", H,
    "Freya (1) is crawling and babbling, 1-year HV review all fine. Lucas (6) has eczema that flares badly and keeps him awake; GP has prescribed new creams.",
    ["PH"], [],
    "Freya's good news not coded.")
box("P017", A, "2025-02-03", "yellow", H,
    "Nathan is at home on bail waiting to be sentenced for a burglary and his solicitor thinks he will get custody. If he goes to prison Zoe says she wouldn't manage the rent on her wage alone and would go to Citizens Advice.",
    ["CRIME"], ["hypothetical"],
    "Household adult awaiting sentence = CRIME present; money/housing worries are hypothetical.")
box("P017", Z, "2025-07-07", "green", H,
    "Nathan got two years and is at HMP Ashcombe. Zoe has kept up with the rent with help from her mum Linda, who has moved in with them. Lucas asked his teacher why daddy is in jail and school are doing some work on his feelings in the nurture group.",
    ["MH-CHILD"], ["outside-household", "need-met"],
    "Nathan now outside household; rent kept up = no FIN/HOUS. Nurture group work on feelings = MH-CHILD.")
box("P017", Z, "2025-07-07", "yellow", H,
    "Linda (maternal gran), who now lives with the family, drinks heavily; twice Zoe has come home to find her passed out on the sofa while she was meant to be minding Freya. Linda has agreed to see the drug and alcohol service.",
    ["SUB", "SAFE-NEG"], [],
    "Gran is now a household member and carer: her drinking = SUB; baby unsupervised = SAFE-NEG.")

# ---------------- P018 older brother on referral order; dad in prison (past DA) ----------------
box("P018", A, "2025-03-03", "yellow", E,
    "Lisa left Stuart in 2019 after years of domestic abuse; he is now serving a long sentence for unrelated matters and there has been no contact since. Kian (8) gets dyslexia support from the SENCO and is in a daily reading intervention group.",
    ["EDU-SEND"], ["historical", "outside-household"],
    "DA ended 2019, no contact = historical. Stuart outside household.")
box("P018", A, "2025-03-03", "orange", E,
    "Dylan (17) is on a nine-month referral order for an assault in the park and sees YOS weekly. Lisa says he punched a hole in the kitchen door and shoved her when she took his phone off him; police came out.",
    ["CRIME", "REL-PAR"], ["look-alike"],
    "Child-to-parent violence = REL-PAR + CRIME, not DA (conv 8).")
box("P018", Z, "2025-08-11", "yellow", E,
    "Lisa and Dylan have done the Non-Violent Resistance programme together. There are still flashpoints about his curfew but nothing physical since May. The referral order ended in July.",
    ["REL-PAR"], ["historical"],
    "Violence and order over = historical, but ongoing conflict at home = REL-PAR.")

# ---------------- P019 dad in prison; family lost tenancy ----------------
box("P019", A, "2025-07-14", "yellow", C,
    "Bella (7) now has an hour on the bus to school from the B&B and has missed 12 days since June. Tommy (3) lost his nursery place when they moved.",
    ["EDU-ATT", "EYD"])
box("P019", A, "2025-07-14", "orange", C,
    "Hayley and the children have been in a B&B in Fordley since June, after they had to leave the flat when Mark was sent to HMP Fordley - the tenancy was his. One room, one double bed and a kettle, no cooking facilities.",
    ["HOUS"], ["outside-household"])
box("P019", Z, "2026-01-26", "blue", C,
    "The family moved into a 2-bed housing association house near Bella's school in November. Hayley keeps the household budget on an app and every bill is paid on time.",
    [], ["need-met"],
    "Housing need met; budgeting with no money problem stated = pure good news.")
box("P019", Z, "2026-01-26", "green", C,
    "Tommy (3) is back at nursery for 15 hours and settling, but his keyworker says his speech is well behind and a speech and language referral has gone in. Bella's attendance is 97% this term.",
    ["EYD"], ["need-met"],
    "Bella's attendance restored = not coded.")

# ---------------- P021 older brother in prison; bullying and CCE ----------------
box("P021", A, "2025-05-12", "green", H,
    "Lena (9) has been wetting the bed most nights since Patryk went to prison. GP has suggested an alarm.",
    ["PH"])
box("P021", A, "2025-05-12", "yellow", H,
    "Oskar (14) is being called names in a class group chat about his brother being 'a lag', and someone posted a photo of Patryk's arrest. School have spoken to the pupils involved.",
    ["SAFE-EXP"])
box("P021", A, "2025-05-12", "orange", H,
    "Patryk (21), at HMP Fordley, has been messaging Oskar from a mobile phone smuggled into the prison and has asked him to collect a parcel for a friend. Police and the prison's security team are aware; CCE concerns raised.",
    ["SAFE-EXP"], ["outside-household"],
    "Patryk's offending is outside the household: no CRIME. Oskar is being groomed, not offending.")
box("P021", Z, "2025-11-03", "green", H,
    "Lena's bedwetting is occasional now with the alarm and the school nurse reviews it. The group chat stopped after school stepped in and Oskar says nobody mentions his brother now.",
    ["PH"], ["historical"],
    "Bullying over = historical. Bedwetting managed in green = PH.")

# ---------------- P022 mum on probation; daughter exploited ----------------
box("P022", A, "2025-01-27", "yellow", E,
    "Jess is on a suspended sentence with probation supervision after a benefit fraud conviction last year. The overpayment is being taken from her UC at £80 a month, which leaves her short every month and she has had to use the food bank.",
    ["CRIME", "FIN"])
box("P022", A, "2025-01-27", "orange", E,
    "Millie (15) has been going missing overnight and police found her at a flat in Fordley with older men. She has a new phone and clothes that Jess didn't buy. CSE screening done - high risk.",
    ["SAFE-EXP"])
box("P022", Z, "2025-07-21", "blue", E,
    "Jess's probation ended in May. She now works part-time at the leisure centre, is still paying off the overpayment, and can afford the weekly shop again.",
    ["FIN"], ["historical"],
    "Probation over = historical; still repaying a debt in blue = FIN managing.")
box("P022", Z, "2025-07-21", "yellow", E,
    "Millie has had no missing episodes since March and sees the Safe Choices worker weekly, though she still talks to one of the men online.",
    ["SAFE-EXP"], ["negated"],
    "Negation reaches only the missing episodes; online contact is current.")

# ---------------- P023 dad in prison; mum drinking; neglect ----------------
box("P023", A, "2025-08-04", "orange", C,
    "Since Wayne got five years in April Kim has been drinking a bottle of vodka a day. The house smells of dog mess, the cupboards are empty and the children go to school in dirty uniforms.",
    ["SUB", "SAFE-NEG"], ["outside-household"])
box("P023", A, "2025-08-04", "red", C,
    "Strategy meeting held 30/07 after Riley (6) was found wandering on the estate at 10pm while Kim was drunk and asleep. Section 47 enquiries under way.",
    ["SAFE-NEG", "SUB"])
box("P023", Z, "2026-02-23", "yellow", C,
    "The family support worker still checks the house and the children's clothes fortnightly. Conditions have been acceptable on every visit, but Kim struggles to keep on top of the washing.",
    ["SAFE-NEG"])
box("P023", Z, "2026-02-23", "orange", C,
    "Kim is engaging with Calder Recovery, eight weeks sober and on Antabuse; TAF still meets monthly.",
    ["SUB"])

# ---------------- P024 separated dad in prison; contact dispute ----------------
box("P024", A, "2025-04-28", "green", S,
    "Sienna (5) is a happy girl in Reception and school have no concerns. Archie's class teacher says he has been withdrawn and tearful in lessons since Christmas.",
    ["MH-CHILD"], ["negated"])
box("P024", A, "2025-04-28", "yellow", S,
    "Leah and Shane split a year before he was sentenced. He has applied to the family court from HMP Ashcombe for the children to visit him; Leah doesn't want them going into a prison and they argue every time he rings. Archie (9) blames his mum, refuses to do anything she asks and kicked her when she said no to a call.",
    ["REL-CONF", "REL-PAR"], ["look-alike"],
    "Contact dispute between separated parents = REL-CONF. Child kicking parent = REL-PAR, not DA.")
box("P024", Z, "2025-10-06", "blue", S,
    "Court ordered monthly video calls and letters. Leah sets the calls up herself and says she and Shane no longer argue about it. Archie's behaviour at home has settled with the reward chart Leah uses.",
    ["REL-PAR"], ["historical"],
    "Parental arguing over = historical; behaviour managed with reward chart in blue = REL-PAR.")

# ---------------- P025 mum on remand, later acquitted ----------------
box("P025", A, "2025-12-08", "green", H,
    "Yusuf (16) has dropped out of sixth form since his mum's arrest and isn't in work or training. Zain (4) has settled well at nursery.",
    ["EDU-NEET"], [],
    "Zain's good news not coded.")
box("P025", A, "2025-12-08", "yellow", H,
    "Ahmed has a bad back and is off work on statutory sick pay. Since Sarah was remanded there has been no money for the gas meter and the house has been cold; they got a fuel voucher from the Hollinbrook Hub.",
    ["PH", "FIN"], ["outside-household"],
    "Fuel voucher = FIN (conv 10). Mum on remand outside the household.")
box("P025", Z, "2026-05-18", "blue", H,
    "Sarah was found not guilty in April and is back home. Ahmed's back has recovered, he is working full time again and they are on top of the bills.",
    [], ["historical", "need-met"],
    "All needs over: no codes.")

# ---------------- P026 older sister home on licence with her baby ----------------
box("P026", A, "2025-06-02", "yellow", E,
    "Oakley (5 months) has dropped two centiles and the HV is weighing him weekly. Tegan hasn't been in work, college or training since her release.",
    ["PH", "EDU-NEET"])
box("P026", A, "2025-06-02", "orange", E,
    "Tegan (18) was released on licence from HMP Ravensholt in May with her son Oakley, who was with her on the mother and baby unit; they live with her mum Karen. A licence condition bars contact with her ex, Oakley's dad, who was violent to her, but he has been messaging her on Instagram.",
    ["CRIME", "DA"], ["outside-household"],
    "Household young adult on licence = CRIME. Ex-partner's contact after violence = DA (his effect on the family).")
box("P026", Z, "2025-12-08", "green", E,
    "Oakley is back on his centile and the HV is happy. Tegan has started a childcare course at Eastmere College two days a week. Reggie (11) has found the move to secondary hard and the school nurse is seeing him for his anxiety.",
    ["MH-CHILD"], ["need-met"],
    "Weight and NEET needs met; Reggie's anxiety current.")

# ---------------- P027 dad in prison controlling mum by phone ----------------
box("P027", A, "2025-09-22", "yellow", C,
    "Laura has been on a methadone script for three years and is stable, no on-top use. Harley (13) was suspended for three days for swearing at a teacher.",
    ["SUB", "EDU-EXC"], ["negated"],
    "Script codes SUB (conv 4) despite no on-top use.")
box("P027", A, "2025-09-22", "orange", C,
    "Jamie rings Laura from HMP Fordley every day; he tells her who she can see and threatens to get his mates to 'sort her out' if she doesn't put money on his prison account.",
    ["DA"], ["outside-household"],
    "Coercive control by a partner in prison = DA only (conv 7); money demands are part of the abuse, not FIN.")
box("P027", Z, "2026-03-16", "yellow", C,
    "Laura still collects her methadone weekly. She has had Jamie's number blocked with the prison's help and is working with an IDVA.",
    ["SUB", "DA"])

# ---------------- P028 older brother on remand then sentenced; damp ----------------
box("P028", A, "2025-11-17", "green", S,
    "Lucy (14) has an EHCP for moderate learning difficulties and the SENCO at Stanwick High oversees her support.",
    ["EDU-SEND"])
box("P028", A, "2025-11-17", "yellow", S,
    "There is black mould in both bedrooms and the landlord still hasn't repaired the leaking roof after Tina reported it three times. Lucy's asthma has got worse over the autumn.",
    ["HOUS", "PH"])
box("P028", A, "2025-11-17", "orange", S,
    "Connor (17) was remanded to HMYOI Westgate in October charged with robbery; the family visit him weekly. Since the police came to the house at 6am to arrest him, Lucy has been too scared to sleep and keeps checking the locks.",
    ["MH-CHILD"], ["outside-household"],
    "Connor on remand is outside the household: no CRIME. Lucy's fear after the arrest = MH-CHILD.")
box("P028", Z, "2026-05-11", "green", S,
    "The roof was fixed and the mould treated after environmental health stepped in. Lucy sees the school counsellor about her worries since Connor was given two years' detention, and she writes to him every week.",
    ["MH-CHILD"], ["historical", "outside-household"],
    "Disrepair fixed = historical.")

# ---------------- Unboxed case notes ----------------
note("U001", A, "2025-06-16", H,
     "Home visit. Kobe (15) was arrested on Saturday for criminal damage at the bus station and police brought him home at 2am. His dad is in HMP Fordley doing four years; Kobe has refused the last two visits and won't talk about him. Mum says he is out until 1am most nights and she can't get him to come in.",
     ["CRIME", "REL-PAR"], "orange", ["outside-household"],
     "Arrest = orange cue. Dad in prison outside household.")
note("U002", A, "2025-09-29", E,
     "Call from the school nurse about Ellie (11), who is getting frequent headaches; GP appointment booked and an eye test advised. Dad was released on licence in January but, as a licence condition, is living at a probation hostel in Fordley and can't live at home. Contact is by phone for now.",
     ["PH"], "green", ["outside-household"],
     "Dad on licence but outside the household: no CRIME. School nurse/GP = green.")
note("U003", A, "2025-10-13", C,
     "Young carers service assessment for Sky (12). While her mum is in HMP Ravensholt, Sky helps her dad with his insulin and changes the dressing on his leg ulcer most days before school.",
     ["CARER", "PH"], "yellow", ["outside-household"],
     "Young carers service = yellow.")
note("U004", A, "2026-03-14", S,
     "Strategy discussion 14/03. Mum was arrested on 12/03 and remanded in custody. Jade (9) and Tyreese (4) were found alone in the flat by police on a welfare check the next morning with nothing to eat. Children placed with maternal aunt under s20; s47 enquiries to follow.",
     ["SAFE-NEG"], "red", ["outside-household"],
     "Police welfare check is not CRIME; remanded mum now outside household. s47/s20 = red.")
note("U005", Z, "2025-12-01", H,
     "Phone catch-up with Amber. Her partner Dale is serving 18 months at HMP Fordley. She has felt low and tearful since he was sentenced but says it is lifting; she is using the self-help workbook she was signposted to and chats with an online group for partners of prisoners most evenings.",
     ["MH-ADULT"], "blue", ["outside-household"],
     "Self-help only = blue.")
note("U006", A, "2026-01-19", E,
     "TAF review. Gavin (dad) is on licence from HMP Fordley and living at home; his probation officer attended. Ellis (13) is awaiting an EHC needs assessment as school say he can't access lessons without 1:1. The family owe £3,200 to catalogue companies and have a Citizens Advice appointment. Gavin starts as a delivery driver next week now he has his driving licence back.",
     ["CRIME", "EDU-SEND", "FIN"], "orange", ["look-alike"],
     "TAF = orange. 'Driving licence' is a look-alike, but Gavin's prison licence is CRIME.")
note("U007", A, "2025-08-18", C,
     "HV visit to Jodie and Rowan (6 weeks). Rowan feeding well, on the 50th centile, immunisations booked. Jodie's partner is on remand at HMP Ashcombe. She has lots of help from her mum and sister, EPDS low, no concerns about housing or money.",
     [], "green", ["negated", "outside-household"],
     "Everything negated or good news; partner outside household. No gold rows.")

def w(path, rows):
    with open(os.path.join(HERE, path), "w", encoding="utf-8", newline="") as f:
        cw = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            cw.writerow(r)

nar = [["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]]
gold = [["narrative_id", "code", "level"]]
traps = {}
for nid, case, stage, date, lvl, loc, text, codes, ulvl, kinds, tnote in N:
    tid = nid if lvl is None else nid.rsplit("-", 1)[0]
    nar.append([nid, tid, case, stage, date, lvl or "", loc, text])
    for c in codes:
        gold.append([nid, c, lvl or ulvl])
    traps[nid] = {"gold": codes, "gold_level": lvl or ulvl, "trap_kinds": kinds, "note": tnote}
w("narratives.csv", nar)
w("gold.csv", gold)
with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
    json.dump(traps, f, indent=1, ensure_ascii=False)
print(f"{len(nar)-1} narratives, {len(gold)-1} gold rows")
