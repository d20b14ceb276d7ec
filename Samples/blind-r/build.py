#!/usr/bin/env python3
"""Build the R held-out gold set (voice-of-the-child-and-parent style).

Writes narratives.csv, gold.csv and traps.json next to this file.
Python 3 standard library only.  All people, schools, towns and localities
are invented.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Boxed narratives.  One entry per case; each triage is (stage letter, date,
# boxes); each box is (level, narrative, [codes], [trap notes]).
# Every gold code in a box takes the box's level.
# ---------------------------------------------------------------------------
CASES = [
    # R001  Brannigan family: Shelley (mum), Kai (13), Posy (4)
    ("R001", "Ashcombe", [
        ("A", "2025-09-15", [
            ("green",
             'Posy (4) has a funded place at Larkspur Nursery but has been to only two of her five '
             'sessions a week since September. Nursery say she is still in nappies and uses single '
             'words; the health visitor has booked her a developmental review. Shelley: "She\'s '
             'happier at home with me, she\'s only little."',
             ["EYD"], []),
            ("yellow",
             'Kai (13) is on 71% attendance at Fernhill Academy and has missed most Mondays this term. '
             'Kai: "I\'m not ill, I just panic at the gates and everyone stares at me." The pastoral '
             'lead has seen him have panic attacks at drop-off.',
             ["EDU-ATT", "MH-CHILD"],
             ["negation: Kai's quoted \"I'm not ill\" rules out PH; the panic is MH-CHILD"]),
            ("orange",
             'The landlord has served a section 21 notice on the family\'s rented house with a leave '
             'date of 12 January, and rent arrears stand at £1,480. Shelley: "The letter says we\'ve '
             'got to be out after Christmas. I haven\'t told the kids yet."',
             ["HOUS", "FIN"], []),
        ]),
        ("C", "2026-02-20", [
            ("blue",
             'The family moved into a two-bedroom housing association flat in December on a secure '
             'tenancy. Shelley: "It\'s ours, nobody can turn up with a letter now." She is paying £25 '
             'a week off the £1,480 she owed the old landlord and checks her banking app every '
             'Friday: "First time in years I\'ve known where the money goes."',
             ["FIN"],
             ["historical: the housing problem is over (secure tenancy since December), so no HOUS",
              "now-managing: repaying the old arrears in a blue box is FIN present"]),
            ("green",
             'Posy now goes to all five nursery sessions and is dry in the day. Nursery still run a '
             'small speech group with her twice a week. Posy told me: "I did a wee on the big toilet '
             'and I got a sticker!"',
             ["EYD"], []),
            ("yellow",
             'Kai\'s attendance for the spring half-term is 86%, better than the autumn but still '
             'under 90%. He sees the school counsellor every Wednesday. Kai (14 now): "I still get '
             'the panicky feeling but I do my breathing and it goes."',
             ["EDU-ATT", "MH-CHILD"], []),
        ]),
    ]),

    # R002  Hartley family: Dionne (mum), partner Craig, Tilly (8), Reuben (2)
    ("R002", "Millbridge", [
        ("A", "2025-06-03", [
            ("green",
             'Reuben (2) has missed his 2-year developmental review twice and is behind on his '
             'immunisations. Dionne: "I keep meaning to book his jabs, it\'s just been chaos." The '
             'health visitor has offered a home visit instead.',
             ["EYD", "PH"], []),
            ("yellow",
             'Tilly is anxious and tearful at bedtime and has started wetting the bed again since the '
             'incident. Tilly: "I don\'t like going to sleep in case he comes back." An early help '
             'worker will do direct work with her about her worries.',
             ["MH-CHILD", "PH"],
             ["convention 1: \"the incident\" and \"he\" are not described in this box, so no DA is "
              "carried over from the red box"]),
            ("orange",
             'Dionne has been referred to MARAC and an IDVA is allocated. Dionne: "He never touched '
             'the kids, he\'s not like that with them. I don\'t drink, I don\'t take anything, I just '
             'want them safe." She told me she jumps at every car door, and her GP has started her '
             'on medication for anxiety.',
             ["DA", "MH-ADULT"],
             ["negation: Dionne's quoted \"I don't drink, I don't take anything\" gives no SUB",
              "negation scope: \"he never touched the kids\" does not negate the abuse of Dionne (DA)"]),
            ("red",
             'Strategy meeting held on 2 June after Tilly (8) said to her class teacher: "Craig '
             'pushed Mummy into the door and there was blood on the floor." Section 47 enquiries have '
             'started. Craig, Dionne\'s partner, was arrested for assault the same day and is bailed '
             'not to come to the address.',
             ["DA"],
             ["DA vs CRIME: the partner's arrest for assaulting Dionne is DA only (convention 7)"]),
        ]),
        ("C", "2025-12-10", [
            ("blue",
             'Dionne still goes to the Freedom Programme follow-on group on Thursday evenings with a '
             'friend from work. Dionne: "It\'s the one night that\'s just mine." The non-molestation '
             'order runs until June 2026 and she keeps a copy in her handbag.',
             ["DA"],
             ["now-managing: ongoing Freedom Programme group and a live non-molestation order in a "
              "blue box are DA present"]),
            ("green",
             'Reuben\'s immunisations were all brought up to date in August. The health visitor saw '
             'him for his review in October and was happy with his walking and talking. Dionne: "He '
             'never stops chatting now!"',
             [],
             ["historical: the missed immunisations were caught up in August, so no PH",
              "good news: a review with no concern raised is not EYD"]),
            ("yellow",
             'Tilly still wets the bed about once a week and has nightmares about the night of the '
             'incident. Tilly (9 now): "It only happens when I have the bad dream." The early help '
             'worker is carrying on with her worry-box sessions until Easter.',
             ["PH", "MH-CHILD"], []),
            ("orange",
             'N/A. MARAC closed Dionne\'s case in September, there have been no incidents since the '
             'summer and Craig has moved to Scotland.',
             [],
             ["historical: MARAC closed and no incidents since the summer, so no DA in this box"]),
        ]),
    ]),

    # R003  Fairbairn family: Lenny (dad), Jordan (15), Keeley (17)
    ("R003", "Harrowdene", [
        ("A", "2025-04-22", [
            ("green",
             'Lenny has a long-standing back injury and cannot stand for more than ten minutes; his '
             'GP is reviewing his pain relief. He claims ESA. Lenny: "We manage. I\'m not in debt to '
             'anyone and the rent goes out first."',
             ["PH"],
             ["benefit name: ESA with a quoted denial of debt is not FIN (convention 5)"]),
            ("yellow",
             'Keeley (17) left Harrowdene College in March and has not looked for work or training '
             'since. Keeley: "I\'m not going back there, it\'s a joke. I\'ll sort myself a job when '
             'I\'m ready." Lenny said she spends most days at her boyfriend\'s.',
             ["EDU-NEET"], []),
            ("orange",
             'Jordan (15) has been reported missing three times since February. Last time police '
             'found him in a flat in Wexley, thirty miles away, with £350 in cash and a bag of '
             'cannabis wraps. Jordan: "They\'re my mates, they look after me, you don\'t get it." '
             'Lenny: "The police brought him home at four in the morning and he just laughed." NRM '
             'referral made.',
             ["SAFE-EXP", "CRIME"],
             ["convention 12: drugs found on an exploited child are SAFE-EXP and CRIME, not SUB"]),
        ]),
        ("C", "2025-10-30", [
            ("blue",
             'Lenny\'s brother takes Jordan to football on Saturdays. Lenny has set a curfew: "In by '
             'nine or the Xbox goes in my wardrobe." He says Jordan keeps to it most nights and they '
             'row less than they did.',
             ["REL-PAR"], []),
            ("yellow",
             'Keeley started an apprenticeship at a hair salon in September. Keeley: "I actually '
             'like getting up for it." Lenny has been low since everything with Jordan and has '
             'self-referred to talking therapies: "Some days I don\'t bother getting dressed, what\'s '
             'the point."',
             ["MH-ADULT"],
             ["historical: Keeley's NEET spell ended with the apprenticeship, so no EDU-NEET"]),
            ("orange",
             'Jordan was arrested in August for possession with intent to supply and is now on a '
             'referral order with the YOS. The exploitation team are still working with him and he '
             'went missing overnight once in September. Jordan: "I\'m trying to stay away from them '
             'but they message me all the time."',
             ["CRIME", "SAFE-EXP"], []),
        ]),
    ]),

    # R004  Kaur-Mellor family: Jas (mum), Amrit (11), Dev (6)
    ("R004", "Ashcombe", [
        ("A", "2025-05-12", [
            ("green",
             'Jas has used a wheelchair since a spinal injury in 2023 and sees her GP about pain. Dev '
             '(6) has SEN support at school for his speech and the SENCO is monitoring his progress. '
             'Dev: "I can\'t say my S\'s, they come out funny."',
             ["PH", "EDU-SEND"],
             ["convention 9: speech for a school-age child is EDU-SEND, not EYD",
              "historical date, current need: the injury was in 2023 but the disability is current (PH)"]),
            ("yellow",
             'Amrit (11) helps her mum, who uses a wheelchair, in and out of the shower each morning '
             'and then gets her brother Dev ready for school. Amrit: "I don\'t mind doing it, Mum '
             'would do it for me." She has been late to Brookfield Primary 14 times this half-term. '
             'Referral made to the young carers service.',
             ["CARER", "EDU-ATT", "PH"],
             ["quoted negation that is not one: \"I don't mind doing it\" does not remove CARER"]),
        ]),
        ("C", "2025-11-18", [
            ("blue",
             'Amrit still makes her mum\'s lunch and does the washing, but her dad now does the '
             'mornings before work. '
             'Amrit: "I get to have my breakfast sitting down now." She meets up with two girls from '
             'the young carers club at weekends.',
             ["CARER"], []),
            ("green",
             'Amrit is still late about once a week, but she goes to breakfast club so is in school '
             'by 8.30 most days; the attendance officer checks in with her each Friday. Dev remains '
             'on SEN support for speech and has a weekly small-group session.',
             ["EDU-ATT", "EDU-SEND"], []),
            ("yellow",
             'None identified at closure.',
             [], []),
        ]),
    ]),

    # R005  Tiernan family: Roxanne (mum), Aaron (dad), Maisie (7), Alfie (3), Bo (5 months)
    ("R005", "Millbridge", [
        ("A", "2025-07-08", [
            ("green",
             'Alfie (3) has not taken up his funded nursery place and the health visitor found he '
             'uses about five words. Bo (5 months) has missed his 8-week and 12-week immunisations. '
             'Roxanne: "I didn\'t know the jabs were free, I thought you had to pay."',
             ["EYD", "PH"], []),
            ("yellow",
             'Maisie (7) is on 79% attendance at St Aldhelm\'s Primary and often arrives in uniform '
             'that has not been washed. Maisie: "I\'ve only got one school jumper."',
             ["EDU-ATT", "SAFE-NEG"], []),
            ("orange",
             'Police were called by neighbours on 30 June: Aaron was drunk, had kicked in the door of '
             'their car and was arrested for criminal damage. Aaron: "I like a drink after work, '
             'that\'s all, I\'m not an alcoholic." Roxanne told me he starts on cider before midday '
             'most days.',
             ["SUB", "CRIME"],
             ["quoted denial contradicted: \"I'm not an alcoholic\" is outweighed by the evidence, SUB present",
              "DA vs CRIME: the offence is against neighbours' property, not a partner, so CRIME"]),
            ("red",
             'Initial child protection conference on 4 July: Maisie, Alfie and Bo are subject to child '
             'protection plans under the category of neglect. At the home visit there was dog mess on '
             'the kitchen floor and no sheets on the children\'s beds. Maisie told her teacher: '
             '"There\'s no food at home, I had crisps for my tea."',
             ["SAFE-NEG"],
             ["convention 10: no food at home / a hungry child is SAFE-NEG only, no FIN"]),
        ]),
    ]),

    # R006  Stroud family: Leanne (mum), Connor (dad, separated), Ellis (10), Isla (5)
    ("R006", "Harrowdene", [
        ("A", "2025-03-10", [
            ("blue",
             'Isla (5) is settled and happy in Reception. Leanne\'s sister collects her on '
             'Wednesdays. Leanne: "Isla\'s the easy one, she takes everything in her stride."',
             [],
             ["good news: no need is stated, nothing is coded"]),
            ("yellow",
             'Leanne and Connor separated in January and argue at every handover. Ellis (10): "They '
             'shout at each other on the doorstep and I just stand there holding my bag." Leanne: '
             '"He\'s never been violent, it\'s just words, but it\'s every single time." Both parents '
             'have agreed to a mediation referral.',
             ["REL-CONF"],
             ["negation: \"he's never been violent\" - parental arguing is REL-CONF, not DA"]),
            ("orange",
             'Ellis had a three-day suspension from Millfield Primary for kicking a teaching '
             'assistant. At home he hits Leanne when she takes his tablet away. Leanne: "He punched '
             'me in the arm last week and then cried and said sorry." School are talking about a '
             'managed move if things do not settle.',
             ["EDU-EXC", "REL-PAR"],
             ["convention 8: child-to-parent violence is REL-PAR, not DA; no police, so no CRIME"]),
        ]),
        ("C", "2025-09-29", [
            ("blue",
             'Leanne and Connor now sort arrangements through a co-parenting app and swap the '
             'children over in the leisure centre car park. Leanne: "We still can\'t stand each '
             'other, but the app means we hardly have to speak."',
             ["REL-CONF"], []),
            ("green",
             'Ellis has had no suspensions since April. He is on a behaviour plan with a daily report '
             'card that his class teacher signs. Ellis: "If I get all smiley faces I pick the Friday '
             'game."',
             ["EDU-EXC"],
             ["historical vs current: suspensions are over, but the ongoing behaviour plan keeps "
              "EDU-EXC present (now managing, green box)"]),
            ("yellow",
             'Leanne finished the parenting course in July. Leanne: "He hasn\'t hit me since the '
             'summer, not once." No needs remain at this level.',
             [],
             ["historical: child-to-parent violence has stopped, so no REL-PAR"]),
        ]),
    ]),

    # R007  Ferreira family: Nicola (mum), Lily-Mae (15), Harvey (12)
    ("R007", "Ashcombe", [
        ("A", "2025-10-06", [
            ("green",
             'Harvey is on the autism assessment pathway and the SENCO at Greystone Academy has '
             'started a request for an EHC needs assessment. Harvey: "The bell is too loud, I have to '
             'put my hands over my ears."',
             ["EDU-SEND"], []),
            ("yellow",
             'Nicola takes antidepressants for depression: "I can feel myself going under some days." '
             'Harvey (12) is being picked on by a group of boys in his year: "They call me a freak '
             'and they take my lunch." An early help worker is allocated.',
             ["MH-ADULT", "SAFE-EXP"], []),
            ("orange",
             'Lily-Mae (15) is open to CAMHS after cutting her arms and thighs. Lily-Mae: "It\'s the '
             'only thing that makes the noise in my head stop." Nicola checks her arms every night '
             'and has locked the razors away.',
             ["MH-CHILD"], []),
        ]),
        ("C", "2026-03-16", [
            ("blue",
             'Nicola: "I\'m still on the sertraline, but I walk with Pam next door every morning and '
             'I feel like myself again." Nicola says Pam has had her own battles with drink and the '
             'walks help them both.',
             ["MH-ADULT"],
             ["experiencer: the neighbour's drinking is outside the household, no SUB (convention 6)",
              "now-managing: still on medication in a blue box is MH-ADULT present"]),
            ("green",
             'Harvey\'s EHCP was issued in January and he now has a named teaching assistant for core '
             'lessons. School moved the boys who were picking on him into a different form group. '
             'Harvey: "Nobody\'s called me names since Christmas."',
             ["EDU-SEND"],
             ["historical + quoted negation: the bullying has stopped, so no SAFE-EXP"]),
            ("orange",
             'Lily-Mae remains open to CAMHS. She cut again in February after falling out with '
             'friends, and her CAMHS worker has moved her sessions to weekly.',
             ["MH-CHILD"], []),
        ]),
    ]),

    # R008  Adeyemi family: Precious (mum), Tunde (dad), Daniel (9), twins Zara and Zion (2)
    ("R008", "Millbridge", [
        ("A", "2025-11-03", [
            ("blue",
             'Friends from church bring a cooked meal on Sundays. Precious has started using a free '
             'online budgeting tool to work out what they can afford to pay towards the rent '
             'arrears: "I\'d rather know the truth of it than hide the letters."',
             ["FIN"], []),
            ("green",
             'At the health visitor\'s 2-year review Zion had no words yet; his twin Zara is saying '
             'short phrases. Neither twin has taken up a funded nursery place. Daniel (9) has asthma '
             'that the GP says is worse because of the damp in the flat, and he has seen the GP '
             'three times since September.',
             ["EYD", "PH", "HOUS"],
             ["incidental mention: the damp is named in passing but is a current housing problem (HOUS)"]),
            ("yellow",
             'Tunde lost his warehouse job in August; the rent arrears are £1,150 and the family used '
             'the food bank twice in October. Precious: "The kids always eat. Some nights me and '
             'Tunde just have tea and toast." An early help worker will do a benefits check with '
             'them.',
             ["FIN"],
             ["convention 10: food bank with the children fed is FIN, not SAFE-NEG"]),
            ("orange",
             'The family of five live in a one-bedroom private flat with black mould across the '
             'bedroom wall. The landlord served a section 21 notice on 28 October. Tunde: "He told '
             'me, \'I want the place back so I can sell it,\' and that was that."',
             ["HOUS"], []),
        ]),
        ("C", "2026-04-14", [
            ("green",
             'The twins started at Poppyfield Nursery in April. Zion has about twenty words now and '
             'goes to the nursery\'s speech group twice a week. Daniel\'s asthma is kept under control '
             'with his brown preventer inhaler every morning. Daniel: "I do my puffs before my Weetabix."',
             ["EYD", "PH"], []),
            ("yellow",
             'Tunde started work at a bakery in February. The £600 left of the old rent arrears is '
             'being paid off through a Citizens Advice debt plan.',
             ["FIN"], []),
        ]),
    ]),

    # R009  Nowicki family: Pawel (dad), Zosia (16), Kacper (14)
    ("R009", "Harrowdene", [
        ("A", "2025-02-17", [
            ("green",
             'Pawel has type 2 diabetes and his GP wants to see him more often because his sugars are '
             'high. Pawel told me the people at number 12 have had the police round for dealing and '
             'that he keeps the children well away from them.',
             ["PH"],
             ["experiencer: the neighbours' dealing is outside the household, no CRIME or SUB"]),
            ("yellow",
             'Zosia (16) left the sixth form at Redmarsh High in November and has no job or course. '
             'Zosia: "I just don\'t know what I want to do yet." Pawel works at the distribution '
             'centre.',
             ["EDU-NEET"], []),
            ("orange",
             'Kacper (14) was suspended from Redmarsh High for five days after a knife was found in '
             'his bag; police were informed and he received a youth caution. Kacper: "I only had it '
             'because the older lads from Kestrel Road keep threatening me and taking my money on the '
             'way home."',
             ["EDU-EXC", "CRIME", "SAFE-EXP"], []),
        ]),
        ("C", "2025-07-21", [
            ("blue",
             'Kacper walks home with his cousin now. Pawel tests his blood sugar for his '
             'diabetes every morning: "I\'ve got it under control now, the GP is happy with me."',
             ["PH"], []),
            ("yellow",
             'Zosia has a place on a pre-apprenticeship course starting in September, but until then '
             'she is not in work or education. Zosia: "September feels like ages away."',
             ["EDU-NEET"],
             ["future plan: a course starting in September does not end the current NEET status"]),
            ("orange",
             'Kacper moved to Beechwood Academy on a managed move in April and is halfway through the '
             '12-week trial. Kacper: "The teachers here actually talk to you."',
             ["EDU-EXC"], []),
        ]),
    ]),

    # R010  Llewellyn family: Carys (mum), Rhodri (dad), Nia (7 months)
    ("R010", "Ashcombe", [
        ("A", "2025-08-11", [
            ("green",
             'Nia (7 months) is still only having milk and has not started solids. The health '
             'visitor found her weight has dropped from the 50th to the 9th centile and will weigh '
             'her every fortnight. Rhodri: "We didn\'t know when you\'re meant to start food."',
             ["EYD", "PH"], []),
            ("yellow",
             'Carys has been diagnosed with postnatal depression. Carys: "Some days I can\'t get off '
             'the sofa. I look at her and I feel nothing." She was in an abusive relationship with an '
             'ex-boyfriend in 2019; she moved away and has had no contact with him since. A family '
             'support worker will visit weekly.',
             ["MH-ADULT"],
             ["historical: the 2019 abuse by an ex-partner has ended with no contact, so no DA"]),
        ]),
        ("C", "2026-01-26", [
            ("blue",
             'Carys: "I go to the baby group with my mum on Mondays and I actually enjoy it now." She '
             'is still taking her antidepressants and plans to come off them with her GP in the '
             'spring.',
             ["MH-ADULT"], []),
            ("green",
             'Nia eats three meals a day and her weight is back on the 25th centile. The health '
             'visitor will see her at the one-year review as normal.',
             [],
             ["historical: weaning and weight problems are resolved, so no EYD or PH"]),
            ("yellow",
             'N/A. To be reviewed should Carys\'s low mood come back.',
             [],
             ["hypothetical: \"to be reviewed should\" her low mood come back is not MH-ADULT"]),
        ]),
    ]),

    # R011  Rowntree family: Gemma (mum), Steve (dad), Finley (16), Logan (9)
    ("R011", "Millbridge", [
        ("A", "2025-05-27", [
            ("green",
             'Logan (9) wets the bed most nights and the school nurse has started seeing him. Logan: '
             '"Please don\'t tell my friends."',
             ["PH"], []),
            ("yellow",
             'Logan has started swearing at Gemma and slamming doors when he is told no. Gemma: "I '
             'let him get away with it because of everything that\'s gone on." Gemma: "I\'m not '
             'depressed, I\'m angry, and that\'s different." No mental health concerns were '
             'identified for her.',
             ["REL-PAR"],
             ["negation: Gemma's quoted \"I'm not depressed\", backed by the practitioner, gives no MH-ADULT"]),
            ("orange",
             'Police brought Finley (16) home on 17 May after a report of a group damaging the play '
             'area in Jubilee Park; he had been drinking and was given a warning. He drinks most '
             'weekends. Finley: "Everyone drinks at my age, it\'s not a problem."',
             ["CRIME", "SUB"],
             ["quoted denial contradicted: \"it's not a problem\" is outweighed by drinking most weekends (SUB)"]),
            ("red",
             'Child in need plan agreed at the meeting on 23 May. Logan (9): "When Dad\'s been on his '
             'cans he calls Mum horrible names, and last time he grabbed her neck." Gemma confirmed '
             'that Steve drinks most nights and has grabbed her by the throat twice.',
             ["SUB", "DA"], []),
        ]),
        ("C", "2025-11-12", [
            ("green",
             'Logan: "I had dry nights all week!" He still uses the alarm and the school nurse sees '
             'him once a month about the wetting.',
             ["PH"], []),
            ("yellow",
             'Finley got a referral order in August after a second incident in the park and sees his '
             'YOS worker weekly. Finley: "I\'ve not had a drink since my birthday in August." His YOS '
             'worker has no concerns about alcohol now.',
             ["CRIME"],
             ["historical + negation: Finley's drinking has stopped, so no SUB"]),
            ("orange",
             'Steve moved out in July under bail conditions after a further assault on Gemma, and '
             'MARAC reviewed the case in October. Gemma is on the Freedom Programme. Steve\'s sister '
             'says he is still drinking heavily.',
             ["DA"],
             ["experiencer: Steve no longer lives in the household, so his drinking is not SUB (convention 6)",
              "DA vs CRIME: bail for assaulting Gemma is DA only"]),
        ]),
    ]),

    # R012  Dawe family: Hollie (mum), Jack (7), Esme (3)
    ("R012", "Harrowdene", [
        ("A", "2025-09-01", [
            ("green",
             'Jack (7) is on SEN support at Thornbury Primary for dyslexia. Jack: "The letters jump '
             'about when I read." Hollie: "He loves school, it\'s just the reading he finds hard."',
             ["EDU-SEND"], []),
            ("yellow",
             'Esme (3) has very few words and does not yet play alongside other children. Portage '
             'visits started in August. Hollie: "Her brother was talking in sentences at her age, so '
             'I knew something wasn\'t right."',
             ["EYD"], []),
        ]),
        ("C", "2026-03-02", [
            ("blue",
             'Hollie reads with Jack for ten minutes every night, using the phonics cards school sent '
             'home for his dyslexia. Jack: "Then I get to pick the story and Mum does the voices."',
             ["EDU-SEND"], []),
            ("green",
             'Esme started at Acorn Nursery in January. Her key worker says she now uses about ten '
             'words and some signs, and she has extra speech sessions there twice a week.',
             ["EYD"], []),
        ]),
    ]),
]

# ---------------------------------------------------------------------------
# Unboxed notes: (id, date, locality, gold level or None, narrative, codes, traps)
# One level for all codes: the highest cue in the text (convention 2).
# ---------------------------------------------------------------------------
UNBOXED = [
    # ---- red cues ----
    ("RV001", "2026-02-04", "Millbridge", "red",
     'Review child protection conference on 3 February kept Rio (4) on a child protection plan under '
     'neglect. At today\'s visit the fridge held a tub of margarine and some sour milk, and Rio asked '
     'me, "Can I have some of your biscuits?" Mum, Kerry-Ann: "We\'re alright, I get paid Friday."',
     ["SAFE-NEG"],
     ["convention 10: an empty fridge and a hungry child are SAFE-NEG only, no FIN",
      "quoted reassurance: \"we're alright\" does not negate the neglect"]),
    ("RV002", "2025-10-21", "Harrowdene", "red",
     'The local authority has started the PLO pre-proceedings process. Mum, Jodie, has tested '
     'positive for cocaine twice since baby Harper (10 weeks) was born. Jodie: "I used at a party, '
     'once, that\'s it. I\'m not an addict." Harper is living with her maternal grandmother, who is now '
     'her kinship carer.',
     ["SUB"],
     ["quoted denial contradicted: two positive tests outweigh \"I'm not an addict\" (SUB)",
      "convention 12: a kinship carer is not CARER"]),
    ("RV003", "2026-03-27", "Ashcombe", "red",
     'Taylor-Rose (14) has been looked after under section 20 since 9 March. Her dad, Graham, told '
     'the social worker: "I can\'t cope with her. She\'s out all night and she smashed up the kitchen '
     'when I took her key off her." She has been missing four times this month; last time police '
     'found her in a flat in Ravensmoor with two adult men.',
     ["SAFE-EXP", "REL-PAR"],
     ["convention 7: police finding a missing child is safeguarding, not CRIME"]),
    ("RV004", "2025-11-14", "Millbridge", "red",
     'Child in need plan agreed on 12 November. Farah and her children Ayaan (8) and Inaya (5) are in '
     'temporary accommodation, one room at the Marlowe Hotel, after fleeing her husband; a '
     'non-molestation order was granted in October. Inaya: "Daddy hurt Mummy and now we live in a '
     'hotel." Farah: "There\'s no kitchen, I buy everything ready-made and the money runs out by the '
     'second week."',
     ["DA", "HOUS", "FIN"], []),
    ("RV005", "2025-06-20", "Harrowdene", "red",
     'Initial child protection conference on 18 June made both children subject to plans under '
     'emotional harm. Mum, Natalie, told the conference: "He only hits me when he\'s been on the '
     'vodka, never in front of the kids." Ellie-Mae (11) told her social worker: "I hear it through '
     'the floor and I put my headphones on." Natalie\'s partner, Lee, lives in the home.',
     ["DA", "SUB"],
     ["negation scope: \"never in front of the kids\" does not negate the DA",
      "experiencer: Lee lives in the household, so his drinking is SUB"]),
    ("RV006", "2025-10-03", "Ashcombe", "red",
     'Section 47 enquiry completed on 2 October; outcome is an initial child protection conference. '
     'Rubbish bags are piled in the hallway and a neighbour found Mason (2) alone in the flat while '
     'his mum went to the shop. Mum, Chelsea: "I was gone five minutes, he was asleep." Mason is '
     'behind on all of his immunisations.',
     ["SAFE-NEG", "PH"], []),
    ("RV007", "2026-01-22", "Millbridge", "red",
     'Child in need plan review on 20 January. Saffron (12) is the main carer for her mum, Bernie, who '
     'has MS and can no longer manage the stairs. Saffron: "I do the washing and the tea, and I sleep '
     'in Mum\'s room in case she needs me in the night." Saffron has been late to school 11 times this '
     'term.',
     ["CARER", "EDU-ATT", "PH"],
     ["level: the child in need plan makes every code red although the content reads like yellow"]),

    # ---- orange cues ----
    ("RV008", "2025-12-08", "Harrowdene", "orange",
     'Police were called to the home on 6 December after Jaxon (15) threw a chair at his mum, '
     'Lorraine. Lorraine: "I\'m frightened of my own son. He looks at me and says, \'You can\'t tell '
     'me what to do, you\'re not my boss.\'"',
     ["REL-PAR", "CRIME"],
     ["convention 8: child-to-parent violence is REL-PAR (+CRIME because police attended), not DA"]),
    ("RV009", "2026-03-05", "Ashcombe", "orange",
     'Referred to MARAC on 4 March. Tasha\'s ex-partner Ryan has breached the non-molestation order '
     'three times and was arrested on the 2nd. Tasha: "He sits outside in his car and texts me photos '
     'of the kids\' school gate."',
     ["DA"],
     ["convention 7: the ex-partner's breach and arrest are DA only, not CRIME"]),
    ("RV010", "2025-11-19", "Millbridge", "orange",
     'Sophie (13) is waiting for a CAMHS assessment after she told the school nurse: "I think about '
     'dying every day." She has not been in school since October half-term.',
     ["MH-CHILD", "EDU-ATT"], []),
    ("RV011", "2025-09-12", "Harrowdene", "orange",
     'The housing association served a possession notice on 10 September for £2,300 of rent arrears. '
     'Dad, Kieran: "I\'ve been gambling the rent money online. I\'m ashamed of it." He says he has no '
     'problem with drink or drugs.',
     ["HOUS", "FIN"],
     ["convention 10: gambling debt is FIN, not SUB",
      "negation (reported speech): no problem with drink or drugs, no SUB"]),
    ("RV012", "2025-05-22", "Ashcombe", "orange",
     'TAF plan agreed on 21 May with the school, the health visitor and the family support worker. '
     'Mum, Abi, has fibromyalgia and spends most days in bed. Corey (10) gets his sister Lacey (4) '
     'dressed and fed every morning: "I make the toast and do Lacey\'s bunches." Lacey has not taken '
     'up her nursery place.',
     ["PH", "CARER", "EYD"], []),
    ("RV013", "2026-02-10", "Millbridge", "orange",
     'Brandon (16) is on a referral order with the YOS after a shop theft in January. He left college '
     'in December: "College is a waste of time, I want to earn proper money." His mum works full-time '
     'as a carer in a nursing home.',
     ["CRIME", "EDU-NEET"],
     ["convention 12: Mum's job as a carer is not CARER",
      "convention 11: NEET at 16 with a working parent, no FIN"]),
    ("RV014", "2025-11-04", "Harrowdene", "orange",
     'Managed move to Oakridge School agreed on 3 November after Noah (12) had three suspensions at '
     'Castlegate High. Noah: "The teachers there hated me." Dad, Femi, says the head of year told him: '
     '"Noah is a bright lad, but he can\'t keep his hands to himself."',
     ["EDU-EXC"], []),
    ("RV015", "2025-09-01", "Ashcombe", "orange",
     'Police attended on 29 August after Leon (14) and two friends threw stones at buses on the '
     'Hartfield estate; Leon was given a community resolution. Mum: "He knows he was out of order, '
     'he\'s written the driver a letter."',
     ["CRIME"], []),
    ("RV016", "2026-01-13", "Millbridge", "orange",
     'Kobe (9) is open to CAMHS for anxiety and is on the ADHD assessment pathway; the SENCO has set '
     'up SEN support at school. Mum, Jade: "He climbs on the kitchen worktops and when I say no he kicks the doors." '
     'Kobe: "My brain goes too fast."',
     ["MH-CHILD", "EDU-SEND", "REL-PAR"], []),
    ("RV017", "2026-01-08", "Harrowdene", "orange",
     'A possession order has been made on the family\'s private let for £3,100 of rent arrears and '
     'bailiffs are booked for 15 January. Kirsty and Sean argue constantly about money. Kirsty: "We\'re '
     'at each other\'s throats, but he\'s never laid a hand on me." Poppy (8) told her teacher: '
     '"Mummy and Daddy shout about the rent every night."',
     ["HOUS", "FIN", "REL-CONF"],
     ["negation: \"never laid a hand on me\" - arguing between parents is REL-CONF, not DA"]),
    ("RV018", "2025-04-14", "Ashcombe", "orange",
     'Dad, Jermaine, was arrested on 12 April for possession with intent to supply and is on bail. Mum, '
     'Simone: "I had no idea what he was doing out in that garage." Tia (11) and Marley (7) do not know '
     'why he was arrested.',
     ["CRIME"], []),
    ("RV019", "2025-08-18", "Millbridge", "orange",
     'Dylan (15) is on a referral order with the YOS for a robbery in June, and the police '
     'exploitation team have evidence that he is running drugs for a county line out of Norbury. Dylan: "I owe '
     'them, I can\'t just stop."',
     ["CRIME", "SAFE-EXP"], []),
    ("RV020", "2025-09-18", "Harrowdene", "orange",
     'MARAC on 17 September. Olivia\'s jaw was broken by her partner, Jamie, on 2 September and he is '
     'remanded. Olivia: "I keep having flashbacks, the GP says it\'s PTSD." Reggie (4) has started '
     'wetting himself at nursery again after being dry for a year.',
     ["DA", "MH-ADULT", "EYD"],
     ["convention 9: toileting for an under-5 is EYD, not PH"]),

    # ---- yellow cues ----
    ("RV021", "2025-07-02", "Ashcombe", "yellow",
     'Dad, Mick, has started with Horizon drug and alcohol service about his drinking. Mick: "I was on '
     'two bottles of wine a night, I\'m down to half a bottle." Lola (10): "Dad\'s more fun when he\'s '
     'not drinking."',
     ["SUB"], []),
    ("RV022", "2026-01-07", "Millbridge", "yellow",
     'Danielle has an appointment with Citizens Advice on 9 January about a Universal Credit sanction; '
     'she has £60 to last the rest of the month and the gas meter ran out twice in December. Danielle: '
     '"I\'ve been living on toast so the kids get a proper dinner."',
     ["FIN"], []),
    ("RV023", "2025-06-11", "Harrowdene", "yellow",
     'Referred to Southdown Young Carers. Kian (12): "Mum stays in bed when she\'s sad, so I make sure '
     'Tegan gets to school." Mum, Claire, has bipolar disorder and sees her GP every month.',
     ["CARER", "MH-ADULT"], []),
    ("RV024", "2025-04-28", "Ashcombe", "yellow",
     'A Portage worker has started home visits for Arlo (2), who was born at 28 weeks and has no '
     'words yet. Mum, Becky: "He babbles all day but nothing like a word." Arlo also has a heart '
     'condition that is checked every three months.',
     ["EYD", "PH"], []),
    ("RV025", "2025-10-15", "Millbridge", "yellow",
     'Mum, Kayleigh, has started a parenting course. Theo (3) bites his sister and screams "No! Mine!" '
     'when he is asked to share. Kayleigh: "I end up giving in because I can\'t stand the noise."',
     ["REL-PAR"], []),
    ("RV026", "2025-08-26", "Harrowdene", "yellow",
     'Marie and Ashley have been referred to family mediation about contact for their daughter Harley '
     '(7). Marie: "He\'s just unreliable, he didn\'t turn up three weekends running." Harley: "Daddy '
     'said he\'d come and he didn\'t."',
     ["REL-CONF"], []),
    ("RV027", "2025-12-02", "Ashcombe", "yellow",
     'An early help worker has been allocated. Ava-Grace (6) has been late to school 23 times this '
     'term. Mum, Rachel: "I can\'t get myself going in the mornings, we\'ve got no routine at all." '
     'Ava-Grace: "Mummy\'s always asleep when I wake up."',
     ["EDU-ATT", "REL-PAR"], []),
    ("RV028", "2025-10-09", "Millbridge", "yellow",
     'A family support worker has been visiting since September. Connor (17) left his apprenticeship '
     'in the summer and has not worked or studied since: "I\'ll get a job when something decent comes '
     'up." Mum, Trish, has not worked since 2022 and is £740 behind on council tax.',
     ["EDU-NEET", "FIN"], []),
    ("RV029", "2025-11-25", "Harrowdene", "yellow",
     'An early help worker is supporting Mum, Toni. Skye (8) and Reece (6) come to school with head lice '
     'and in the same clothes all week. Skye: "We haven\'t got a washing machine, it broke."',
     ["SAFE-NEG"], []),
    ("RV030", "2026-02-17", "Ashcombe", "yellow",
     'Callie (15) has been referred to the Compass young people\'s drug and alcohol service after her '
     'mum found cannabis in her bag. Callie: "It\'s just weed, everyone smokes it." She also vapes, '
     'which her mum is not bothered about.',
     ["SUB"],
     ["convention 12: vaping is not SUB; the cannabis is"]),
    ("RV031", "2025-05-06", "Millbridge", "yellow",
     'A family support worker is working with Mia (11) after older girls shared an edited photo of '
     'her in a group chat. Mia: "They said I\'m fat and ugly and everyone\'s seen it." Mum, Lauren: '
     '"I\'ve taken her phone off her at night now."',
     ["SAFE-EXP"],
     ["look-alike: \"fat\" is an insult in online bullying, not a weight concern (no PH)"]),
    ("RV032", "2025-07-16", "Harrowdene", "yellow",
     'An early help worker is helping Sinead get Oscar (7) to the dentist; he has had toothache for '
     'weeks and has missed two appointments to have teeth taken out. Oscar: "It hurts when I eat my '
     'cereal."',
     ["PH"], []),
    ("RV033", "2025-12-11", "Ashcombe", "yellow",
     'Early help worker visited. Laura says the rent is paid up to date: "The landlord might sell next '
     'year, and if he does we could have nowhere to go." No notice has been served. Finn (9) has '
     'missed 14 days of school this term with stomach aches that the GP cannot find a cause for.',
     ["EDU-ATT", "PH"],
     ["hypothetical: the quoted fear of the landlord selling is not HOUS (no notice, rent paid)",
      "level: an early help worker (yellow) outranks the GP (green)"]),
    ("RV034", "2025-11-06", "Millbridge", "yellow",
     'Shannon (17) left sixth form in October to look after her mum, Lorna, who cannot walk unaided '
     'since a stroke in the summer. Shannon: "Someone has to, Dad\'s on the rigs three weeks at a '
     'time." The early help worker has linked her with the young carers service.',
     ["EDU-NEET", "CARER", "PH"], []),

    # ---- green cues ----
    ("RV035", "2025-06-24", "Harrowdene", "green",
     'The health visitor saw Freya (13 months) at home: she is still only on purees and gags on any '
     'lumps. Mum, Hannah: "She\'ll only eat it if it\'s smooth, I\'ve tried everything."',
     ["EYD"], []),
    ("RV036", "2025-10-01", "Ashcombe", "green",
     'Jamie (8) still wets the bed most nights and the school nurse has given Mum, Carla, an enuresis '
     'alarm. Jamie: "Can I still go on the Year 4 trip?"',
     ["PH"], []),
    ("RV037", "2026-04-08", "Millbridge", "green",
     'Dad, Darren, has seen his GP, who has prescribed antidepressants. Darren: "I\'ve not been right '
     'since I lost my brother in March, I can\'t face anyone." Mikey (14): "Dad just sits in the dark '
     'with the telly off."',
     ["MH-ADULT"], []),
    ("RV038", "2025-09-23", "Harrowdene", "green",
     'The SENCO at Hollybrook Primary has put Ivy (6) on SEN support for speech and language; her words '
     'are hard to understand. Mum: "Her nan says, \'That child talks like a baby.\'" Ivy: "I wuv my '
     'cat."',
     ["EDU-SEND"],
     ["convention 9: speech and language for a school-age child is EDU-SEND, not EYD"]),
    ("RV039", "2026-03-18", "Ashcombe", "green",
     'The attendance officer at Westgate Juniors says Ollie (9) is on 87% this year after a term-time '
     'holiday and a run of missed Mondays. Mum, Steph: "We took the cheap week in Spain and I\'d do it '
     'again."',
     ["EDU-ATT"], []),
    ("RV040", "2025-05-19", "Millbridge", "green",
     'The key worker at Little Acorns Nursery says Rosie (3) comes to two of her five sessions. Mum, '
     'Amy: "She\'s clingy, she just wants to be at home with me."',
     ["EYD"], []),
    ("RV041", "2025-08-05", "Harrowdene", None,
     'Health visitor\'s 6-8 week check on baby Jacob: he is feeding well and gaining weight. Priya\'s '
     'mood screen is within the normal range. Priya: "I\'m fine, honestly, just tired like everyone." '
     'The health visitor will screen again at the next routine contact.',
     [],
     ["negation: normal mood screen and quoted \"I'm fine\" give no MH-ADULT",
      "good news: a thriving baby is not EYD or PH"]),
    ("RV042", "2026-01-28", "Ashcombe", "green",
     'Amber (15) has epilepsy and has had two seizures at school this term after missing her tablets. '
     'The school nurse has set up a care plan with her. Amber: "I don\'t want to take them in front '
     'of my friends."',
     ["PH"], []),

    # ---- blue cues ----
    ("RV043", "2025-07-29", "Millbridge", "blue",
     'Mum, Stacey: "We\'re £180 behind on the water. I rang them after reading a leaflet from the '
     'library, and they\'ve put us on a cheaper tariff with £15 a month off the debt." Stacey: "We\'d '
     'only be at risk of losing the flat if I fell behind on the rent, and I never have."',
     ["FIN"],
     ["hypothetical: \"only at risk ... if\" with rent paid is not HOUS"]),
    ("RV044", "2025-09-09", "Harrowdene", "blue",
     'Bex and Tom separated in the summer and agreed between them that Tom has the children every '
     'other weekend, with Tom\'s mum doing the handover at her house. Bex: "We can\'t be in a room '
     'together without a row, so his mum does it."',
     ["REL-CONF"], []),
    ("RV045", "2026-02-24", "Ashcombe", "blue",
     'Zayn (5) throws his plate when he does not like his tea. Mum, Nadia: "I just end up making him '
     'chips to keep the peace." She has printed a reward chart from a parenting website and her sister '
     'is helping her stick to it.',
     ["REL-PAR"], []),
    ("RV046", "2025-12-16", "Millbridge", None,
     'Mum, Jenna: "If they cut my hours at the factory after Christmas, I\'ll go to Citizens Advice." '
     'She has no debts and the rent is up to date.',
     [],
     ["hypothetical: a possible cut in hours is not FIN",
      "negation: no debts, rent up to date"]),
    ("RV047", "2025-06-30", "Harrowdene", "blue",
     'Kyle (15) has type 1 diabetes and his sugar levels have been running high since his birthday in '
     'May; his gran checks his levels when his mum is on a late shift. Kyle: "It\'s just part of my '
     'day, it\'s not a big deal."',
     ["PH"], []),
    ("RV048", "2025-11-11", "Ashcombe", "blue",
     'Dad, Lewis, is treating the mould in the children\'s bedroom himself with a kit his brother gave '
     'him, and opens the windows every morning. Lewis: "It comes back every few weeks, but it\'s '
     'better than it was."',
     ["HOUS"], []),

    # ---- no gold rows ----
    ("RV049", "2026-03-10", "Millbridge", None,
     'Triage call with Shona after the school raised a welfare query. Shona: "There\'s no drinking in '
     'this house, no fighting, nothing like that." The school confirmed that Brody (10) has 98% '
     'attendance and no behaviour concerns. No issues identified; no further action.',
     [],
     ["negation: quoted denials of drinking and fighting give no SUB/DA/REL-CONF",
      "good news: 98% attendance and no behaviour concerns are not EDU codes"]),
    ("RV050", "2025-04-02", "Harrowdene", None,
     'Dad, Pete, told me: "I did six months in 2019 for burglary. I\'ve been clean and straight ever '
     'since." His probation ended in 2021. Keira (13): "Dad takes me to netball every Saturday."',
     [],
     ["historical: the 2019 offence, probation ended 2021 and past drug use give no CRIME or SUB"]),

    # ---- risk wording ----
    ("RV051", "2025-10-28", "Ashcombe", "green",
     'The head of year at Kingsmead High told Mum, Dawn, that Rhys (13) is at risk of a suspension '
     'because he keeps refusing to follow instructions in class; he is on report. Dawn: "He says the '
     'teachers pick on him, but I\'ve seen his report card."',
     ["EDU-EXC"],
     ["risk wording: a current risk of suspension plus behaviour at school is EDU-EXC present, "
      "not hypothetical"]),
]


def rows():
    narr, gold, traps = [], [], {}
    for case_id, locality, triages in CASES:
        for stage_letter, date, boxes in triages:
            triage_id = f"{case_id}-{stage_letter}"
            stage = "assessment" if stage_letter == "A" else "closure"
            for level, text, codes, notes in boxes:
                nid = f"{triage_id}-{level}"
                narr.append([nid, triage_id, case_id, stage, date, level, locality, text])
                for c in codes:
                    gold.append([nid, c, level])
                if notes:
                    traps[nid] = notes
    for nid, date, locality, level, text, codes, notes in UNBOXED:
        narr.append([nid, nid, nid, "assessment", date, "", locality, text])
        if codes and not level:
            raise SystemExit(f"{nid}: codes but no level")
        for c in codes:
            gold.append([nid, c, level])
        if notes:
            traps[nid] = notes
    return narr, gold, traps


def main():
    narr, gold, traps = rows()
    with open(os.path.join(HERE, "narratives.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level",
                    "locality", "narrative"])
        w.writerows(narr)
    with open(os.path.join(HERE, "gold.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(narr)} narratives, {len(gold)} gold rows, {len(traps)} narratives with traps")


if __name__ == "__main__":
    main()
