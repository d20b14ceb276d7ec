#!/usr/bin/env python3
"""Blind gold set Z (theme: parents with a learning disability or low literacy,
Yorkshire coalfield town, 2025-26). Written from /work/shared/taxonomy.md only.

Each narrative is declared once with its text, its gold codes (present only)
and its trap notes. Running this file writes narratives.csv, gold.csv and
traps.json and prints counts.
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = []   # list of dicts: cid, locality, a_date, c_date
ITEMS = []   # list of dicts per narrative


def case(cid, locality, a_date, c_date):
    CASES.append(dict(cid=cid, locality=locality, a_date=a_date, c_date=c_date))


def box(stage, level, text, codes=(), traps=(), note_level=None):
    """Add one narrative to the most recent case.
    level: box level, or '' for an unboxed note (then note_level is the
    single highest cue level found in the text, per convention 2)."""
    c = CASES[-1]
    st = 'A' if stage == 'assessment' else 'C'
    tid = f"{c['cid']}-{st}"
    nid = f"{tid}-{level}" if level else f"{tid}-note"
    gold_level = level if level else note_level
    if codes and not gold_level:
        raise SystemExit(f'{nid}: unboxed note with codes needs note_level')
    ITEMS.append(dict(
        narrative_id=nid, triage_id=tid, case_id=c['cid'], stage=stage,
        date=c['a_date'] if stage == 'assessment' else c['c_date'],
        level=level, locality=c['locality'], narrative=text,
        codes=list(codes), gold_level=gold_level,
        traps=[dict(type=t, code=k, note=n) for (t, k, n) in traps]))


A, C = 'assessment', 'closure'

# ---------------------------------------------------------------- Z001
case('Z001', 'Brackenmoor', '2025-04-14', '2025-10-03')
box(A, 'green',
    "Alfie (2y3m) missed his 2 yr review twice - Shannon said she didn't get what the letter "
    "was asking as it was 'all writing'. HV did the review at home on 9/4: about 10 words, "
    "points and pulls her to things, not joining words yet. Poppy (6) in Yr1 at Colliery Lane "
    "Primary, school say she's settled and no concerns about attendance.",
    ['EYD'],
    [('negated', 'EDU-ATT', "'no concerns about attendance' for Poppy"),
     ('not-coded', 'PH', 'the missed item is a developmental review (EYD), not a medical or dental appointment')])
box(A, 'yellow',
    "Shannon (24) has a learning disability, went to a special school and can read a few words. "
    "Post piles up unopened in a carrier bag by the door. Alfie's dental appt and her own smear "
    "test were both missed in March. FSW to go through the post with her weekly and set up a "
    "picture calendar on the fridge.",
    ['PH'],
    [('convention', 'PH', "parent's current learning disability = disability of a family member -> PH (README judgement 1); missed dental/smear appts are PH as well"),
     ('not-coded', '', 'low literacy and unopened post are not a code on their own')])
box(A, 'orange',
    "Shannon's 'friend' Dean and 2 of his mates are staying most nights, neighbours report people "
    "coming and going till late. Dean has her bank card 'to look after it' and she is out of money "
    "by the 2nd week of her UC. Police did a welfare visit 09/04 and the PCSO is sharing info. "
    "Looks like cuckooing - adult safeguarding referral made, housing officer aware.",
    ['SAFE-EXP', 'FIN'],
    [('convention', 'SAFE-EXP', 'exploitation of the parent by non-household "friends" (cuckooing) = effect on the family, conv 6 -> SAFE-EXP (README judgement 2)'),
     ('outside', 'CRIME', "Dean is not a household member; his conduct is not coded as CRIME (conv 6)"),
     ('convention', 'CRIME', 'police welfare visit is safeguarding, not CRIME (conv 7)'),
     ('not-coded', 'HOUS', 'housing officer only "aware"; no housing problem described')])
box(C, 'yellow',
    "Dean stopped coming round after Shannon had the locks changed in Aug, no contact since. "
    "No missed health appts since July - the picture calendar is working. She still can't make "
    "her money last, ran out of gas credit twice in Sept. FSW has referred her to the money "
    "advice drop-in at Brackenmoor library, she's on the waiting list.",
    ['FIN'],
    [('historical', 'SAFE-EXP', 'Dean stopped coming, no contact since'),
     ('historical', 'PH', "'No missed health appts since July' - over (conv 3 'no further ... since')")])

# ---------------------------------------------------------------- Z002
case('Z002', 'Wickerdyke', '2025-05-06', '2025-11-20')
box(A, 'yellow',
    "Tyler (13) attendence 71% at Wickerdyke Academy, off most Mondays 'poorly'. Mia (9) 88%. "
    "School have sent absence letters but Kerry can't read them properly and Lee bins anything "
    "that looks official, so they didn't know about the penalty notice warning. EHW to go to the "
    "attendance meeting with them and explain it in plain words.",
    ['EDU-ATT'],
    [('not-coded', 'FIN', 'a penalty notice warning is attendance enforcement; no money problem is described')])
box(A, 'orange',
    "Tyler arrested 28/04 with older lads for throwing stones at buses on the estate, NFA but "
    "police have referred him to YOS prevention. At home he won't do anything he's asked - last "
    "week he swore at Lee and shoved him into the kitchen door.",
    ['CRIME', 'REL-PAR'],
    [('convention', 'REL-PAR', 'child-to-parent violence is REL-PAR, not DA (conv 8)')])
box(C, 'yellow',
    "Tyler's attendance up to 86% but he's still late most days and off the odd Monday. Kerry has "
    "the attendance officer's number saved in her phone and rings in herself now. YOS prevention "
    "sessions finished in Oct, no further arrests.",
    ['EDU-ATT'],
    [('historical', 'CRIME', 'YOS prevention finished, no further arrests')])

# ---------------------------------------------------------------- Z003
case('Z003', 'Stathe End', '2025-05-19', '2026-01-23')
box(A, 'yellow',
    "Harvey (11 months) hasn't had his 16 wk jabs - Gemma thought the letters were for Lily. He "
    "isn't crawling or pulling to stand yet and sits propped up with cushions. HV has asked the "
    "community nursery nurse to do extra visits.",
    ['PH', 'EYD'])
box(A, 'orange',
    "Craig has all the money and Gemma has to ask him for bus fare. He's told her she 'will lose "
    "the kids' if she tells anyone he shouts at her. She told FSW he grabbed her arm hard enough to "
    "bruise in April. DASH medium risk, IDVA referral made with her consent.",
    ['DA'],
    [('convention', 'FIN', 'partner controlling the money is part of the abuse (economic/coercive control) -> DA only; no household money problem described (README judgement 3)')])
box(A, 'red',
    "Child in need plan agreed 15/05, SW is Anita. Parenting assessment (PAMS) being done by the "
    "PAW over 8 sessions, using easy read and pictures as Gemma has a learning disability. Lily "
    "(7) has come to school in the same uniform all week, smelling of wee, with head lice that "
    "haven't been treated.",
    ['REL-PAR', 'PH', 'SAFE-NEG'],
    [('convention', 'REL-PAR', 'ongoing parenting assessment (PAMS) codes parenting capacity, conv 4 (README judgement 4)'),
     ('convention', 'PH', "Gemma's learning disability (README judgement 1)"),
     ('partial', 'PH', 'PH comes from the LD only: untreated head lice / smelling of urine are read as hygiene and basic care -> SAFE-NEG')])
box(C, 'yellow',
    "Craig was arrested in Oct for assaulting Gemma, non-mol order granted in Nov. Gemma and the "
    "kids are at her nan's - a 2 bed, so all 3 share one room - and she's on the housing register "
    "in band B. Doing the Freedom Programme at the family hub on Thursdays.",
    ['DA', 'HOUS'],
    [('convention', 'CRIME', "partner's arrest for assaulting the adult victim is DA only (conv 7)")])

# ---------------------------------------------------------------- Z004
case('Z004', 'Ouselthorpe', '2025-06-02', '2025-12-08')
box(A, 'yellow',
    "Kieran (15) reads all the post to his dad, fills in forms and rings the council for him. When "
    "the UC journal got muddled Kieran tried to sort it and now there's an overpayment coming back "
    "at £60 a month that Paul doesn't understand. Kieran says he doesn't mind but he's missed "
    "football training to do it. Referred to Stathe End Young Carers.",
    ['CARER', 'FIN'])
box(A, 'green',
    "Ellie (11) has a squint and missed her eye clinic appt in May, new one 24/06 - FSW will text "
    "Paul the day before. She's in Yr6, SENCo says she's on SEN support for reading.",
    ['PH', 'EDU-SEND'])
box(C, 'blue',
    "Paul opens his post with his sister on a Friday and puts anything from DWP or school in the "
    "red folder for the FSW drop in. Kieran still helps with phone calls but does a lot less form "
    "filling now.",
    ['CARER'],
    [('partial', 'CARER', 'caring reduced but still ongoing -> present (blue box, now managing, conv 3)'),
     ('not-coded', 'FIN', 'DWP letters mentioned, no money or benefit problem described (conv 5)')])

# ---------------------------------------------------------------- Z005
case('Z005', 'Brackenmoor', '2025-06-10', '2025-12-15')
box(A, 'yellow',
    "UC sanctioned in May for a missed work coach appointment - it was put in her journal and "
    "Danielle can't read the journal well. Rent arrears now £640 with Brackenmoor Homes and she's "
    "used the St Mark's food bank twice. The kids are eating but Danielle is skipping meals.",
    ['FIN'],
    [('convention', 'SAFE-NEG', 'children are fed; food bank is FIN (conv 10); an adult skipping meals is not described as neglect of a child')])
box(A, 'orange',
    "Notice seeking possession served 02/06 over the arrears; housing officer will hold off court "
    "if a payment plan starts. Black mould in the back bedroom where Archie (3) sleeps, he's had a "
    "cough since March and the GP thinks the damp isn't helping. Nursery say his talking and "
    "toileting are fine.",
    ['HOUS', 'FIN', 'PH'],
    [('negated', 'EYD', "nursery say talking and toileting are fine"),
     ('partial', 'HOUS', "'will hold off court if...' is hypothetical, but the served notice and mould are present")])
box(C, 'blue',
    "Danielle pays £15 a week off the arrears and has her work coach appts in her phone with an "
    "alarm. She goes to the Thursday pantry at the church hall most weeks.",
    ['FIN'],
    [('convention', 'FIN', 'paying off arrears = now managing in a blue box (conv 3)')])

# ---------------------------------------------------------------- Z006
case('Z006', 'Wickerdyke', '2025-06-23', '2026-02-09')
box(A, 'red',
    "Isla (8 wks) on a CP plan under neglect since ICPC 11/06. Bottles being made up with too many "
    "scoops, she's dropped from the 50th to the 9th centile, and at one visit she was left on the "
    "sofa on her own while both parents smoked outside. PAW doing PAMS with both parents in short "
    "sessions with pictures.",
    ['SAFE-NEG', 'PH', 'REL-PAR'],
    [('convention', 'SUB', 'smoking tobacco is not SUB (conv 12)'),
     ('convention', 'REL-PAR', 'ongoing PAMS parenting assessment (README judgement 4)')])
box(A, 'yellow',
    "Becky and Josh both have learning disabilities. Becky has a support worker from the adult LD "
    "team once a week. Josh's mum lives next door and pops in most days.",
    ['PH'],
    [('convention', 'PH', "parents' learning disabilities (README judgement 1)")])
box(C, 'orange',
    "CP plan ended at the Dec review, now a CIN plan. Isla's weight steady on the 25th centile and "
    "HV has stopped the weekly weighs. Becky and Josh still need prompting with sterilising and "
    "making up bottles - FSW and Becky's support worker doing a joint checklist each week.",
    ['SAFE-NEG'],
    [('historical', 'PH', 'weight recovered and weekly weighs stopped'),
     ('convention', '', 'CIN named inside an orange box: the box level rules (conv 2)')])

# ---------------------------------------------------------------- Z007
case('Z007', 'Stathe End', '2025-07-01', '2026-01-12')
box(A, 'yellow',
    "Jordan (16) finished at Stathe End High in June with no college place - the online application "
    "never got finished as Nicola couldn't help him with it. He's at home on his Xbox most days. "
    "Youth Hub careers adviser booked 14/07. Nicola works part time shifts at the Co-op and says "
    "money is ok.",
    ['EDU-NEET'],
    [('convention', 'FIN', 'NEET young person is EDU-NEET only (conv 11); shifts are not FIN (conv 5); money said to be ok')])
box(A, 'orange',
    "Chloe (12) hasn't been in school since Easter. She gets stomach aches and panics in the "
    "corridors. Part time timetable (mornings) agreed but she isn't going. GP referred to CAMHS in "
    "May, on the waiting list.",
    ['EDU-ATT', 'MH-CHILD'],
    [('not-coded', 'PH', 'stomach aches described as part of the panic/anxiety, not a physical illness (README judgement 9)')])
box(C, 'yellow',
    "Chloe going to the Learning Base 3 days a week, attendance about 55%. Still waiting for CAMHS, "
    "had her choice appt in Nov. Jordan started a motor vehicle course at Wickerdyke College in Sept "
    "and goes most days.",
    ['EDU-ATT', 'MH-CHILD'],
    [('historical', 'EDU-NEET', 'Jordan now in college; nothing of the NEET need is stated in this text')])

# ---------------------------------------------------------------- Z008
case('Z008', 'Ouselthorpe', '2025-07-08', '2026-01-30')
box(A, 'orange',
    "Kayleigh has 3 catalogue accounts (around £2,100) opened in her name that her friend Tina "
    "'helped her set up' - the goods went to Tina's address. Kayleigh has a learning disability and "
    "didn't understand she'd owe the money. Debt letters coming weekly. Reported to police 04/07 as "
    "possible fraud against a vulnerable adult.",
    ['FIN', 'SAFE-EXP', 'PH'],
    [('outside', 'CRIME', "Tina's fraud is by someone outside the household (conv 6); the family is the victim (conv 7)"),
     ('convention', 'SAFE-EXP', 'financial exploitation of the parent by a non-partner "friend" (README judgement 2)')])
box(A, 'yellow',
    "Mason (5) in Reception at St Hilda's, attendence 84% and late most days. There's no morning "
    "routine - Kayleigh can't tell the time on a clock with hands and her phone is often dead. Evie "
    "(3) not taking up her funded nursery place.",
    ['EDU-ATT', 'REL-PAR', 'EYD'])
box(C, 'yellow',
    "Debt Relief Order application done with FSW, the catalogue firms have put the accounts on hold. "
    "Kayleigh stopped seeing Tina in Sept and keeps a 'trusted people' list (her aunt and FSW) by the "
    "phone.",
    ['FIN'],
    [('historical', 'SAFE-EXP', 'stopped seeing Tina in Sept')])
box(C, 'green',
    "Mason's attendance up from 84% to 93% this half term - Kayleigh uses a big digital clock and two "
    "alarms. Evie's nursery place is being used now, Kayleigh still needs a reminder text on nursery "
    "days.",
    ['EDU-ATT', 'EYD'],
    [('convention', 'EDU-ATT', 'need stated (84%) and now managing with a strategy -> present in a green box (conv 3), not described as over'),
     ('convention', 'EYD', 'nursery take-up managed with ongoing prompting -> present (conv 3)')])

# ---------------------------------------------------------------- Z009
case('Z009', 'Wickerdyke', '2025-07-15', '2026-02-02')
box(A, 'orange',
    "Steve drinking most days, cans from about 11am. Arrested 03/07 after a fight outside the Miners "
    "Welfare, due at magistrates in Aug. Agreed to a referral to the drug and alcohol service but "
    "hasn't rung them yet.",
    ['SUB', 'CRIME'],
    [('convention', 'CRIME', 'offending by a household adult, not against a partner -> CRIME (conv 7)')])
box(A, 'yellow',
    "Riley (8) on the ADHD pathway with community paeds, SENCo has put a support plan in at school. "
    "He runs off from Leanne in town and kicks her when she says no. Leanne has epilepsy "
    "(controlled, last seizure 2023).",
    ['EDU-SEND', 'REL-PAR', 'PH'],
    [('convention', 'EDU-SEND', 'ADHD pathway (conv 4)'),
     ('convention', 'REL-PAR', 'child kicking parent = REL-PAR, not DA (conv 8)'),
     ('partial', 'PH', "epilepsy is a current condition even though the last seizure was 2023 -> PH present")])
box(C, 'orange',
    "Steve still drinking daily, arrested 14/12 for drink driving. Leanne disclosed he pushed her "
    "into the door frame when drunk on Boxing Day - DASH high, MARAC referral made. She says she'll "
    "ask him to leave if it happens again.",
    ['SUB', 'CRIME', 'DA'],
    [('convention', 'CRIME', 'drink driving is other offending -> CRIME; the assault on Leanne is DA only (conv 7)'),
     ('hypothetical', 'REL-CONF', "'will ask him to leave if...' - no separation or non-abusive conflict described")])

# ---------------------------------------------------------------- Z010
case('Z010', 'Brackenmoor', '2025-07-22', '2025-12-19')
box(A, 'green',
    "Oscar (9m) still only on bottles, no solids - Chelsea thought she had to wait for his teeth. HV "
    "gave her the picture weaning booklet. His 9-12 month review was missed, now rebooked.",
    ['EYD'])
box(A, 'yellow',
    "Flat very cluttered: rubbish bags on the balcony, dog mess on the kitchen floor, clean washing "
    "piled in Oscar's cot so he sleeps in the pram. Chelsea says she gets overwhelmed and doesn't know "
    "where to start. FSW to do a room by room plan with photos. Chelsea was in care herself till 18.",
    ['SAFE-NEG'],
    [('not-coded', 'MH-ADULT', "'overwhelmed' by the task is not described as a mental health difficulty"),
     ('historical', '', "Chelsea's own care history")])
box(C, 'blue',
    "Home conditions being kept up - Chelsea follows the photo checklist and Ryan takes the bins down "
    "on Tuesday nights. Oscar back sleeping in his cot.",
    ['SAFE-NEG'],
    [('convention', 'SAFE-NEG', "home conditions 'being kept up' with a support tool = now managing in a blue box (conv 3)")])

# ---------------------------------------------------------------- Z011
case('Z011', 'Ouselthorpe', '2025-09-08', '2026-02-16')
box(A, 'yellow',
    "Leo and Harry (9) getting called names at school about their dad - 'thick', 'special' - and "
    "Harry came home with his coat ripped. They've started saying they don't want to go in, but both "
    "have been in every day so far. Mark has a learning disability; he got upset at the gate last "
    "week and shouted at another parent.",
    ['SAFE-EXP', 'PH'],
    [('convention', 'SAFE-EXP', 'bullying by peers is the children\'s need (taxonomy: outside people)'),
     ('negated', 'EDU-ATT', 'reluctance only; both in every day'),
     ('not-coded', 'CRIME', 'shouting at a parent at the gate is not described as offending or ASB with any police/enforcement'),
     ('convention', 'PH', "Mark's learning disability (README judgement 1)")])
box(A, 'green',
    "School nurse seeing Harry for wetting the bed most nights since the summer. GP gave a leaflet, "
    "Sarah washing the bedding every day.",
    ['PH'],
    [('convention', 'PH', 'bedwetting at school age -> PH (conv 9)')])
box(C, 'blue',
    "The name calling was sorted by school in Oct. Harry still wets a couple of nights a week, using "
    "the alarm from the school nurse and Sarah keeps spare sheets ready.",
    ['PH'],
    [('historical', 'SAFE-EXP', 'bullying sorted in Oct')])

# ---------------------------------------------------------------- Z012
case('Z012', 'Stathe End', '2025-08-11', '2026-03-06')
box(A, 'red',
    "ICPC 07/08 - Aaliyah (4) and Kian (2) on CP plans under neglect. Jade had an advocate from "
    "Voiceable to help her follow the meeting. On 2 visits there was no food in the cupboards, Kian's "
    "nappy was soaked through and his bottle teat was mouldy. Aaliyah isn't registered for a school "
    "place for Sept.",
    ['SAFE-NEG', 'EYD'],
    [('convention', 'EYD', 'a 4-year-old not registered for Reception = school readiness (EYD), not attendance (README judgement 8)'),
     ('not-coded', '', 'advocacy service has no code of its own')])
box(A, 'orange',
    "Private landlord served a section 21 in July, they need to be out by 30/09. No working heating "
    "and the back door won't lock. Jade's brother Connor (19), who lives with them, has been dealing "
    "from the house - police have been out twice.",
    ['HOUS', 'CRIME'],
    [('not-coded', 'SUB', 'dealing is offending, no drug use described'),
     ('convention', 'CRIME', 'Connor is a household member, so his offending is coded')])
box(C, 'red',
    "Family moved to temp accommodation at Ridings Court in Oct, waiting for a council offer. Kids "
    "still on CP plans (RCPC 26/02). There's been food in at every visit since Dec but Kian's nappy "
    "rash keeps coming back as he isn't changed often enough. Connor moved out in Sept.",
    ['HOUS', 'SAFE-NEG'],
    [('historical', 'CRIME', 'Connor moved out in Sept'),
     ('not-coded', 'PH', 'nappy rash from infrequent changing is basic care -> SAFE-NEG')])

# ---------------------------------------------------------------- Z013
case('Z013', 'Wickerdyke', '2025-08-26', '2026-01-19')
box(A, 'green',
    "Ethan (6) in Yr2 - has a stammer and some sounds he can't say, school's SALT assistant sees him "
    "weekly and he's on SEN support. Amy says she 'talked late too' as a kid.",
    ['EDU-SEND'],
    [('convention', 'EYD', 'speech and language at school age -> EDU-SEND, not EYD (conv 9)'),
     ('historical', '', "Amy's own childhood speech")])
box(A, 'yellow',
    "Amy has felt really low since her mum died in March, some days she doesn't get dressed. GP "
    "started her on sertraline in July. She has a mild learning disability and can't use the "
    "surgery's online booking, so she's stopped ringing for her repeat prescriptions.",
    ['MH-ADULT', 'PH'],
    [('convention', 'PH', "Amy's learning disability (README judgement 1)")])
box(C, 'yellow',
    "Amy is on the Talking Therapies waiting list - FSW did the easy read referral with her. Still "
    "low most days. Prescriptions now on repeat dispensing at the chemist.",
    ['MH-ADULT'])

# ---------------------------------------------------------------- Z014
case('Z014', 'Brackenmoor', '2025-09-02', '2026-02-27')
box(A, 'orange',
    "Bradley (17) smoking cannabis daily, Stacey found bags of it in his room. Hasn't been at college "
    "since Jan. Stopped by police in the park with a knife in Aug - youth caution, YOS worker "
    "allocated.",
    ['SUB', 'EDU-NEET', 'CRIME'])
box(A, 'yellow',
    "Stacey got a letter saying UC had overpaid her £1,400 as she didn't report Bradley leaving "
    "college - she didn't understand it and threw it away. Deductions started this month. Also £380 "
    "behind on council tax. Maisie (11) settled in Yr7, no worries.",
    ['FIN'],
    [('convention', 'FIN', 'FIN here is an overpayment and arrears, not added for NEET (conv 11)')])
box(C, 'yellow',
    "Bradley still smoking weed most days. Has an interview for the Next Steps programme at the Youth Hub "
    "in March. YOS finished in Nov. Stacey has a payment plan for the council tax and checks her UC "
    "journal at the library on Mondays.",
    ['SUB', 'EDU-NEET', 'FIN'],
    [('historical', 'CRIME', 'YOS finished in Nov'),
     ('partial', 'FIN', 'council tax debt still being repaid -> present')])

# ---------------------------------------------------------------- Z015
case('Z015', 'Ouselthorpe', '2025-09-15', '2026-03-02')
box(A, 'red',
    "Strategy meeting 10/09 after police found Kacey (14) at 2am in a flat in Stathe End with 2 adult "
    "men. Her 3rd missing episode since July. Her phone has lots of older male contacts. S47 under way.",
    ['SAFE-EXP'],
    [('convention', 'CRIME', 'police finding a missing child is safeguarding, not CRIME (conv 7); the men are outside the household (conv 6)')])
box(A, 'orange',
    "Kacey suspended 3 days for swearing at a teacher; school say another incident could mean "
    "permanent exclusion. Seen by the CAMHS crisis team after cutting her arms on 12/09.",
    ['EDU-EXC', 'MH-CHILD'])
box(A, 'yellow',
    "Lisa has a learning disability and says she can't stop Kacey going out. Kacey tells her she's at "
    "a friend's and Lisa believes her. No curfew or rules at home.",
    ['PH', 'REL-PAR'],
    [('not-coded', 'SAFE-EXP', "going out and saying she is at a friend's is not described here as missing or exploitation (conv 1)")])
box(C, 'orange',
    "No missing episodes since Nov. Kacey still open to CAMHS and sees the Safe Steps exploitation "
    "worker weekly. Lisa and Kacey have a home-by-9 rule with a check-in text, which Lisa says works "
    "'most nights'.",
    ['MH-CHILD', 'SAFE-EXP', 'REL-PAR'],
    [('partial', 'SAFE-EXP', "missing episodes are over ('since Nov'), but the ongoing exploitation worker codes SAFE-EXP (conv 4)"),
     ('partial', 'REL-PAR', "boundaries work 'most nights' -> still present")])

# ---------------------------------------------------------------- Z016
case('Z016', 'Stathe End', '2025-09-22', '2026-02-20')
box(A, 'yellow',
    "Grace (3) has only a handful of words, still in nappies day and night and doesn't play alongside "
    "other kids. Portage starting in Oct. Tom hasn't used her 3 yr funded hours as he didn't "
    "understand the code letter.",
    ['EYD'])
box(A, 'green',
    "Tom has mild learning difficulties, works 3 days a week at the garden centre. Grace's mum is in "
    "HMP Elmfield - Tom takes Grace to visit once a month.",
    ['PH'],
    [('outside', 'CRIME', "Grace's mother is in prison and not part of the household (conv 6)"),
     ('convention', 'FIN', 'working is not FIN (conv 5)'),
     ('convention', 'PH', "Tom's learning difficulties (README judgement 1)")])
box(C, 'green',
    "Grace goes to Little Oaks nursery 15 hrs. Portage finished in Jan. Nursery SENCo has put an SEN "
    "support plan in for her talking and she's dry in the day now.",
    ['EYD'],
    [('convention', 'EDU-SEND', 'under-5 speech -> EYD (conv 9) even with a nursery SENCo plan (README judgement 7)'),
     ('historical', '', 'Portage finished (the speech need is still current, so EYD stands)')])

# ---------------------------------------------------------------- Z017
case('Z017', 'Wickerdyke', '2025-10-01', '2026-03-10')
box(A, 'yellow',
    "Kirsty and ex-partner Wayne rowing over contact - he has Logan (7) and Tia (5) every other "
    "weekend and brings them back late, and the arguments happen on the doorstep with the kids there. "
    "Kirsty says there's never been any DV, he 'was never like that'. Referred to Pennine Family "
    "Mediation.",
    ['REL-CONF'],
    [('negated', 'DA', "'never been any DV'")])
box(A, 'green',
    "Logan's eczema has flared, he's missed 2 dermatology appts because the letters went to Kirsty's "
    "old address. GP doing a new referral. Kirsty gets UC and child benefit and her sister reads "
    "anything official for her.",
    ['PH'],
    [('convention', 'FIN', 'benefit names alone do not code FIN (conv 5)')])
box(C, 'blue',
    "Kirsty and Wayne use a shared notes app for handovers and the rows have mostly stopped.",
    ['REL-CONF'],
    [('partial', 'REL-CONF', "'mostly stopped' with an ongoing strategy = now managing, not over (README judgement 6)")])

# ---------------------------------------------------------------- Z018
case('Z018', 'Brackenmoor', '2025-10-06', '2026-03-13')
box(A, 'yellow',
    "Michelle didn't send back her PIP review form as she couldn't understand it, so PIP stopped in "
    "Sept. She's about £200 a month short and behind on the electric - prepay meter, emergency credit "
    "used. Callum (12) is autistic and has an EHCP at Ridgeway Specialist School.",
    ['FIN', 'EDU-SEND'],
    [('convention', 'PH', 'PIP does not imply PH (conv 5)')])
box(A, 'orange',
    "Andy, who Michelle calls her boyfriend (he doesn't live with her), has had about £900 off her "
    "since the summer and got her to take out a £500 loan for him. He shouts at her down the phone if "
    "she says no. Adult safeguarding concern raised 02/10 and police informed.",
    ['DA', 'FIN'],
    [('convention', 'DA', 'financial abuse and intimidation by a partner (non-resident) -> DA, not SAFE-EXP (README judgement 3)'),
     ('outside', 'CRIME', "Andy's offences against Michelle are DA, not CRIME (conv 7)")])
box(C, 'orange',
    "PIP put back after mandatory reconsideration with help from Citizens Advice, backdated. Michelle "
    "still paying the loan off at £45 a month, interest frozen. She ended it with Andy in Dec and he "
    "hasn't been in touch since. Callum's EHCP review added 1:1 at lunchtimes.",
    ['FIN', 'EDU-SEND'],
    [('historical', 'DA', 'relationship ended Dec, no contact since'),
     ('partial', 'FIN', 'PIP problem resolved but loan still being repaid')])

# ---------------------------------------------------------------- Z019
case('Z019', 'Ouselthorpe', '2025-04-22', '2025-10-27')
box(A, 'yellow',
    "Ava (5) attendance 79% - mostly odd days and late starts. Hayley says they 'sleep in' as nobody's "
    "in bed before midnight. Frankie (2) has 6 decayed teeth and is booked for extractions under GA in "
    "June. Liam works nights at the distribution centre so Hayley does the mornings on her own.",
    ['EDU-ATT', 'REL-PAR', 'PH'],
    [('convention', 'FIN', 'night shifts are not FIN (conv 5)')])
box(A, 'green',
    "Hayley struggles to read and asked the HV to explain the dental letter. Hayley and Liam both say "
    "they've no worries about money.",
    [],
    [('not-coded', '', 'low literacy alone has no code'),
     ('negated', 'FIN', 'no worries about money')])
box(C, 'blue',
    "Hayley keeping to the 7.30 bedtime routine she set up with the FSW, sand timer for teeth. Frankie "
    "sees the dentist every 3 months since his extractions.",
    ['REL-PAR', 'PH'],
    [('convention', 'REL-PAR', 'routine set up with FSW, now managing (conv 3)'),
     ('convention', 'PH', 'ongoing 3-monthly dental follow-up after extractions = managing, not over')])

# ---------------------------------------------------------------- Z020
case('Z020', 'Stathe End', '2025-05-12', '2025-11-03')
box(A, 'yellow',
    "Courtney (13) does most of the cooking, helps her mum in the shower and gives Julie her tablets "
    "as Darren gets muddled with them. She's tired in lessons and late most mornings.",
    ['CARER', 'EDU-ATT'],
    [('not-coded', 'PH', "'tired in lessons' is put down to her caring, not described as a sleep problem (conv 9 not triggered)")])
box(A, 'green',
    "Julie has MS and uses a wheelchair outdoors, OT has assessed for a stairlift. Darren has a "
    "learning disability and is on the LD register at the surgery.",
    ['PH'])
box(A, 'blue',
    "Darren gets Carer's Allowance and Julie gets PIP. No debts, no money worries. Lewis (10) doing "
    "fine at Stathe End Primary.",
    [],
    [('convention', 'FIN', 'benefit names alone; no money problem (conv 5)'),
     ('convention', 'CARER', "Carer's Allowance for an adult is not CARER (conv 5, 12)"),
     ('not-coded', '', 'pure good news about Lewis (conv 3)')])
box(C, 'yellow',
    "Courtney goes to the Tuesday group at Stathe End Young Carers. Still does Julie's morning "
    "tablets. Stairlift fitted in Aug and carers from the agency come at 8am for Julie's personal care.",
    ['CARER', 'PH'],
    [('convention', 'CARER', 'agency carers are not CARER; Courtney is (conv 12)')])

# ---------------------------------------------------------------- Z021
case('Z021', 'Wickerdyke', '2025-05-27', '2025-11-10')
box(A, 'yellow',
    "Kyle smokes weed in the flat most nights, says it helps him sleep; Natalie says she doesn't use "
    "anything. Hallie (4m) sleeps in their bed some nights - HV went through safe sleep with the "
    "picture leaflet.",
    ['SUB', 'SAFE-NEG'],
    [('partial', 'SUB', "Natalie denies use (negated) - but Kyle's use is present"),
     ('not-coded', 'PH', "'helps him sleep' is Kyle's reason for using, not a sleep problem"),
     ('convention', 'SAFE-NEG', 'unsafe sleeping arrangement for an infant = supervision/basic care (README judgement 10)')])
box(A, 'green',
    "Natalie's anxiety gets bad in new places and she missed Hallie's 8 wk jabs because of it. GP "
    "has her on propranolol.",
    ['MH-ADULT', 'PH'])
box(C, 'yellow',
    "Kyle has cut down but still smokes weed at weekends. Hallie in her own cot every night now. "
    "Jabs up to date - Natalie went to clinic with FSW the first time and now goes with her mum.",
    ['SUB'],
    [('historical', 'SAFE-NEG', 'co-sleeping stopped'),
     ('historical', 'PH', 'immunisations caught up')])

# ---------------------------------------------------------------- Z022
case('Z022', 'Brackenmoor', '2025-06-16', '2025-12-01')
box(A, 'orange',
    "Reece (15) permanently excluded from Brackenmoor Academy 06/06 after he hit a TA who took his "
    "vape off him. Police dealt with the assault and he's on a referral order with YOS. At the PRU "
    "for now.",
    ['EDU-EXC', 'CRIME'],
    [('convention', 'SUB', 'vaping is not SUB (conv 12)')])
box(A, 'yellow',
    "Emma can't read well and hasn't claimed free school meals for Lacey (8) though she's entitled. "
    "Lacey often says she's hungry when she gets in and staff have been giving her toast.",
    ['SAFE-NEG', 'FIN'],
    [('convention', 'SAFE-NEG', 'hungry child (conv 10)'),
     ('convention', 'FIN', 'unclaimed entitlement is a benefit problem (README judgement 5)')])
box(C, 'orange',
    "Reece still at the PRU waiting for a new school, fair access panel in Jan. Referral order going "
    "ok, next panel meeting 15/12. Lacey has had FSM since Sept and goes to breakfast club.",
    ['EDU-EXC', 'CRIME'],
    [('convention', 'EDU-EXC', 'still out of mainstream after permanent exclusion, awaiting placement -> present'),
     ('not-coded', 'FIN', 'FSM now in place; no problem described (conv 5)')])

# ---------------------------------------------------------------- Z023
case('Z023', 'Ouselthorpe', '2025-07-07', '2026-01-05')
box(A, 'yellow',
    "Sam (41) has a learning disability and lives with her mum Pat (66) and the kids. Pat drinks a "
    "bottle of wine most nights and is sometimes asleep on the settee when Lola (10) gets in from "
    "school. Sam's brother drinks heavily too but he lives in Leeds.",
    ['PH', 'SUB'],
    [('convention', 'SUB', 'grandmother lives in the household and her drinking is a carer\'s alcohol misuse'),
     ('not-coded', 'SAFE-NEG', 'Pat asleep when Lola gets in: Sam also lives there, no supervision gap is described'),
     ('partial', 'SUB', "brother's drinking is outside the household (conv 6); Pat's is what is coded")])
box(A, 'green',
    "Charlie (6) attendance 89% - school have a GP letter saying it's repeated chest infections. Lola "
    "97%.",
    ['EDU-ATT', 'PH'])
box(C, 'yellow',
    "Pat is seeing the Ouselthorpe drug and alcohol service and is down to drinking at weekends. No "
    "absence worries for either child this term.",
    ['SUB'],
    [('negated', 'EDU-ATT', 'no absence worries')])

# ---------------------------------------------------------------- Z024
case('Z024', 'Stathe End', '2025-08-18', '2026-02-23')
box(A, 'orange',
    "Group of older lads have been using Neil's flat to smoke and keep 'stuff'. Jake (16) seen out "
    "with them, came home with new trainers and £200 he couldn't explain. Police found cannabis in "
    "Jake's bag on a stop search 12/08. CCE concerns - NRM referral being discussed.",
    ['SAFE-EXP', 'CRIME'],
    [('convention', 'SUB', 'drugs found on an exploited child -> SAFE-EXP + CRIME, not SUB (conv 12)'),
     ('partial', 'CRIME', "CRIME is Jake's (drugs found on him, conv 12); the lads' offending is outside the household (conv 6)")])
box(A, 'yellow',
    "Neil has learning difficulties and says the lads who hang round his flat are 'my mates, they "
    "help me out'. He's 'lent' them money that never comes back and has run out before payday twice "
    "this month. Amber (13) doing well at school.",
    ['PH', 'FIN', 'SAFE-EXP'],
    [('convention', 'SAFE-EXP', 'parent being taken advantage of by non-household "mates" (README judgement 2)')])
box(C, 'orange',
    "NRM came back positive (reasonable grounds) for Jake. Housing got an ASB injunction barring the "
    "lads from the block. Jake goes to college 3 days on a construction course. Neil has an appointee "
    "from his support service who manages his benefits, he gets £60 a week cash for food.",
    ['SAFE-EXP', 'FIN'],
    [('outside', 'CRIME', 'ASB injunction is against the lads, not the family'),
     ('not-coded', 'HOUS', 'injunction protects the tenancy; no housing problem described'),
     ('convention', 'FIN', 'ongoing appointeeship to manage benefits codes FIN (conv 4, README judgement 5)'),
     ('not-coded', 'EDU-NEET', 'Jake at college')])

# ---------------------------------------------------------------- Z025
case('Z025', 'Ouselthorpe', '2025-10-13', '2026-03-16')
box(A, 'green',
    "Finley (7) has Down's syndrome and a heart condition, under cardiology at the children's "
    "hospital. He's missed 2 appts since June - Rachel couldn't work out the buses and the letters "
    "are long.",
    ['PH'])
box(A, 'yellow',
    "Finley has an EHCP but Rachel doesn't know what's in it and didn't go to the annual review as she "
    "'wouldn't understand the words'. Referred to SENDIASS to support her at the next review. Rachel's "
    "neighbour takes her shopping every Friday.",
    ['EDU-SEND'])
box(C, 'green',
    "Hospital transport now booked for Finley's cardiology appts and he's been to both since Nov. "
    "SENDIASS went with Rachel to the review in Feb and his support hours went up.",
    ['PH', 'EDU-SEND'],
    [('convention', 'PH', 'ongoing cardiology with transport arranged = now managing (conv 3)')])

# ---------------------------------------------------------------- Z026
case('Z026', 'Wickerdyke', '2025-11-03', '2026-03-20')
box(A, 'orange',
    "Adam on licence after prison (released Aug, burglary), probation visit the house. Carly is 30 wks "
    "pregnant and hasn't been to the midwife since her 20 wk scan.",
    ['CRIME', 'PH'],
    [('convention', 'CRIME', 'household adult on licence (conv 7)')])
box(A, 'yellow',
    "Ellis (3) not at nursery, only single words. Carly says he 'talks fine at home'. FSW to help her "
    "apply for the 3yr funding.",
    ['EYD'])
box(C, 'orange',
    "Baby Freya born 02/01, HV visiting. Adam recalled to prison 10/02 for breaching his licence and "
    "Carly has ended the relationship. She's been low since and GP started her on antidepressants. "
    "Money's a struggle, she's had 2 food parcels from the Wickerdyke pantry.",
    ['REL-CONF', 'MH-ADULT', 'FIN'],
    [('outside', 'CRIME', 'Adam is no longer in the household (in prison, relationship ended) - conv 6 (README judgement 11)'),
     ('convention', 'REL-CONF', 'separation without abuse -> REL-CONF'),
     ('convention', 'FIN', 'food parcels -> FIN (conv 10)')])

# ---------------------------------------------------------------- Z027
case('Z027', 'Stathe End', '2025-11-17', '2026-03-27')
box(A, 'red',
    "Teddy (5m) - PLO pre-proceedings since Oct, as Zoe's first child was adopted in 2023. PAW "
    "completing PAMS with Zoe; she has an advocate from Voiceable at every meeting.",
    ['REL-PAR'],
    [('historical', '', 'adoption of first child in 2023'),
     ('convention', 'REL-PAR', 'ongoing PAMS (README judgement 4)')])
box(A, 'yellow',
    "Zoe forgets feeds when she's on her phone, Teddy's sleepsuits are too small and he had a sore "
    "bottom at the last 2 visits.",
    ['SAFE-NEG'])
box(C, 'yellow', "N/A - see blue", [],
    [('not-coded', '', 'N/A box')])
box(C, 'blue',
    "Zoe uses a feed chart on the fridge so she doesn't miss feeds, her mum checks it at teatime.",
    ['SAFE-NEG'],
    [('convention', 'SAFE-NEG', 'basic care (missed feeds) now managed with a chart (conv 3)')])

# ---------------------------------------------------------------- Z028
case('Z028', 'Brackenmoor', '2025-05-05', '2025-11-24')
box(A, 'orange',
    "Mollie (12) has been messaging a man she met on a gaming app; he asked for photos and she sent "
    "some. Ashley found them 01/05 and rang police, who have taken the phone. Mollie says he's her "
    "'boyfriend'.",
    ['SAFE-EXP'],
    [('convention', 'CRIME', 'police acting to safeguard; offender outside household (conv 6, 7)')])
box(A, 'yellow',
    "Ryan got a call saying he owed HMRC money and paid £450 in gift cards. Now short for this month's "
    "rent. Ryan and Ashley both have learning disabilities; their own parents live on the same street "
    "and help out.",
    ['FIN', 'PH'],
    [('convention', 'SAFE-EXP', 'one-off phone scam by a stranger is fraud -> FIN only, not SAFE-EXP (README judgement 2)')])
box(C, 'orange',
    "Man has been charged with offences against Mollie. She's doing online safety sessions with the "
    "Safe Steps worker and parents have set up parental controls. Ryan won't answer withheld numbers "
    "now and the rent is paid up.",
    ['SAFE-EXP'],
    [('outside', 'CRIME', 'the man charged is outside the household'),
     ('historical', 'FIN', 'rent paid up')])

# ---------------------------------------------------------------- Z029
case('Z029', 'Wickerdyke', '2025-06-30', '2025-12-12')
box(A, 'green',
    "Brody (2) not saying any words yet - HV has referred to SALT and audiology. Kyla (4) at nursery "
    "and ready for school. Shona left Brody's dad in 2022 after DV, did the Freedom Programme then and "
    "has had no contact since.",
    ['EYD', 'PH'],
    [('historical', 'DA', 'DV ended 2022, Freedom Programme completed then, no contact since'),
     ('convention', 'PH', 'audiology referral = hearing check'),
     ('partial', 'EYD', "EYD is Brody's speech; Kyla's 'ready for school' is pure good news (conv 3)")])
box(A, 'yellow',
    "Shona moved in May and didn't tell UC, so no housing element paid for 2 months and she's £700 "
    "behind on rent. She says the letters 'all look the same' to her.",
    ['FIN'],
    [('not-coded', 'HOUS', 'rent arrears are FIN; no eviction risk or housing condition described')])
box(C, 'yellow',
    "UC sorted and backdated after FSW went to the jobcentre with Shona, rent arrears cleared in Oct. "
    "Shona says she'll ring the hub straight away if brown envelopes start piling up again.",
    [],
    [('historical', 'FIN', "arrears 'cleared' (conv 3)"),
     ('hypothetical', 'FIN', "'if brown envelopes start piling up again'")])

# ---------------------------------------------------------------- unboxed notes
case('Z030', 'Stathe End', '2025-06-09', '2025-12-04')
box(A, '',
    "Home visit with PAW. Debbie showed me a bailiff letter for £1,250 council tax she'd put in a "
    "drawer - rang Citizens Advice together, appt Thurs. Mikey (10) at home again, he's missed 11 days "
    "this half term. Fridge empty apart from milk, gave her a food bank voucher.",
    ['FIN', 'EDU-ATT', 'SAFE-NEG'],
    [('convention', '', 'unboxed: highest cue is yellow (PAW = family support worker; Citizens Advice) - conv 2'),
     ('convention', 'SAFE-NEG', 'empty fridge -> SAFE-NEG; food bank voucher -> FIN; both (conv 10)')],
    note_level='yellow')
box(C, '',
    "Closing visit. Council tax on a £20/month payment plan set up through CA. Fridge and cupboards "
    "stocked. Mikey's attendance 95% this term, Debbie walks him to the gate.",
    ['FIN'],
    [('convention', '', 'unboxed: Citizens Advice -> yellow (conv 2)'),
     ('partial', 'FIN', 'debt still being repaid -> present'),
     ('not-coded', 'EDU-ATT', 'no need stated in this text; pure good news (conv 1, 3)'),
     ('not-coded', 'SAFE-NEG', 'food now in')],
    note_level='yellow')

case('Z031', 'Wickerdyke', '2025-07-28', '2025-12-15')
box(A, '',
    "Call from PC Ahmed - Dylan (14) brought home by police at 1am after being found with a group "
    "smashing car windows on Pit Lane. Martin hadn't realised he'd gone out. Martin says he tries to "
    "set a time but Dylan laughs at him. Discussed with TL, TAF to be set up with school and YOS "
    "prevention.",
    ['CRIME', 'REL-PAR'],
    [('convention', '', 'unboxed: police call-out, TAF, YOS -> orange (conv 2)'),
     ('convention', 'CRIME', 'police call-out about a young person\'s behaviour (conv 7)'),
     ('not-coded', 'SAFE-NEG', "not noticing a 14-year-old go out read as boundaries (REL-PAR), not neglect")],
    note_level='orange')
box(C, '',
    "Dylan home by 9 on school nights since the curfew agreement - Martin says he mostly sticks to it. "
    "They've started going to boxing together on Weds. Martin knows he can ring the family hub if it "
    "slips.",
    ['REL-PAR'],
    [('convention', '', "unboxed: only cue is the family's own arrangement plus signposting -> blue (conv 2, README judgement 12)"),
     ('hypothetical', '', "'if it slips'")],
    note_level='blue')

case('Z032', 'Brackenmoor', '2025-10-20', '2026-03-02')
box(A, '',
    "HV contact. Leah (23) has a learning disability and is 34 wks pregnant with her first. No cot or "
    "pram yet, and the flat has no carpets and a broken bedroom window the landlord hasn't fixed. "
    "Midwife has booked her an easy-read antenatal session.",
    ['PH', 'HOUS'],
    [('convention', '', 'unboxed: HV and midwife (universal) -> green (conv 2)'),
     ('convention', 'PH', "Leah's learning disability (README judgement 1)"),
     ('not-coded', 'FIN', 'no cot/pram: no money problem stated')],
    note_level='green')
box(C, '',
    "Jaxon (3m) born 25/11. Landlord fixed the window in Dec. Leah gets muddled making up bottles so "
    "the HV and Leah's mum have done her a step by step picture card, HV checking at each visit.",
    ['SAFE-NEG'],
    [('convention', '', 'unboxed: HV -> green (conv 2)'),
     ('historical', 'HOUS', 'window fixed in Dec'),
     ('convention', 'SAFE-NEG', 'bottle preparation = basic care, as in Z006')],
    note_level='green')


def main():
    nar_path = os.path.join(HERE, 'narratives.csv')
    gold_path = os.path.join(HERE, 'gold.csv')
    traps_path = os.path.join(HERE, 'traps.json')
    ids = set()
    with open(nar_path, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\r\n')
        w.writerow(['narrative_id', 'triage_id', 'case_id', 'stage', 'date', 'level',
                    'locality', 'narrative'])
        for it in ITEMS:
            if it['narrative_id'] in ids:
                raise SystemExit('duplicate id ' + it['narrative_id'])
            ids.add(it['narrative_id'])
            w.writerow([it[k] for k in ('narrative_id', 'triage_id', 'case_id', 'stage', 'date',
                                        'level', 'locality', 'narrative')])
    n_gold = 0
    codes = Counter()
    levels = Counter()
    with open(gold_path, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\r\n')
        w.writerow(['narrative_id', 'code', 'level'])
        for it in ITEMS:
            if len(set(it['codes'])) != len(it['codes']):
                raise SystemExit('duplicate code in ' + it['narrative_id'])
            for c in it['codes']:
                w.writerow([it['narrative_id'], c, it['gold_level']])
                n_gold += 1
                codes[c] += 1
                levels[it['gold_level']] += 1
    for it in ITEMS:
        for t in it['traps']:
            if t['code'] and t['code'] in it['codes'] and t['type'] in (
                    'negated', 'historical', 'hypothetical', 'outside', 'not-coded'):
                raise SystemExit(f"{it['narrative_id']}: trap {t['type']} on gold code {t['code']}")
            if t['code'] and t['code'] not in it['codes'] and t['type'] == 'partial':
                raise SystemExit(f"{it['narrative_id']}: partial trap on non-gold code {t['code']}")
    traps = {it['narrative_id']: it['traps'] for it in ITEMS if it['traps']}
    with open(traps_path, 'w', encoding='utf-8', newline='') as f:
        f.write(json.dumps(traps, indent=2, ensure_ascii=False).replace('\n', '\r\n') + '\r\n')
    n_notes = sum(1 for it in ITEMS if not it['level'])
    triages = {it['triage_id'] for it in ITEMS}
    print(f'narratives: {len(ITEMS)} ({len(ITEMS) - n_notes} boxed, {n_notes} unboxed notes)')
    print(f'cases: {len(CASES)}, triages: {len(triages)}')
    print(f'gold rows: {n_gold}; narratives with no gold: '
          f'{sum(1 for it in ITEMS if not it["codes"])}')
    print('codes:', ', '.join(f'{k} {v}' for k, v in sorted(codes.items())))
    print('levels:', ', '.join(f'{k} {v}' for k, v in sorted(levels.items())))
    print(f'trap notes: {sum(len(v) for v in traps.values())} on {len(traps)} narratives')


if __name__ == '__main__':
    main()
