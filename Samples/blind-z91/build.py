#!/usr/bin/env python3
"""Blind gold set z91: hand-written early-help triage narratives and their gold codes.

Everything below was written by hand from /work/shared/taxonomy.md only.
Running this script writes narratives.csv, gold.csv and traps.json (UTF-8, CRLF).

Each box is (level, narrative, [gold codes], [(trap kind, note), ...]).
Trap kinds (count as traps): negated, historical, hypothetical, outside-household,
lookalike, need-met, whose-issue, rule (a cue word that belongs to another code). "note" = coder's note, not a trap.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Boxed cases: case id, locality, assessment (date, boxes), closure (date, boxes)
# ---------------------------------------------------------------------------
CASES = [
    ("Z001", "Thornedge",
     ("2025-06-23", [
         ("green",
          "Ava-Rose (2) had her 2-year review with the HV last month and is only using a handful of words and not yet pointing to show what she wants. "
          "Leanne has now applied for the funded two-year-old place at Little Acorns nursery to start in September. "
          "Macy (8) is settled at Brookhollow Primary with 97% attendance and her teacher has no worries about her. "
          "Leanne has asthma and keeps putting off her GP review because she can't get an appointment that fits round the school run.",
          ["EYD", "PH"],
          [("negated", "Macy's 97% attendance is good news with no need stated: not EDU-ATT."),
           ("note", "PH is Leanne's asthma, EYD is Ava-Rose; Macy carries nothing.")]),
         ("yellow",
          "Tyler (14) has been on a reduced timetable at Thornedge High since February half term, mornings only, and has been sent home twice this month for swearing at staff. "
          "At home he and Craig (mum's partner, not Tyler's dad) clash most evenings: Craig tries to set rules about his phone and coming in, and Tyler tells him he can't tell him what to do and walks out. "
          "Leanne says she feels like piggy in the middle and the house is tense. "
          "EHW to start a parenting plan with Leanne and Craig together so they give Tyler the same message.",
          ["EDU-ATT", "EDU-EXC", "REL-PAR"],
          [("lookalike", "Step-parent v. teenager clashes are REL-PAR, not REL-CONF (no conflict between the adults)."),
           ("lookalike", "'piggy in the middle', 'tense' is not a mental-health statement: no MH-ADULT.")]),
         ("orange",
          "Tyler was brought home by police at 2am on 14/06 after being found near the Kelderbrook shops with a group of older lads; he had £200 in cash and a new phone he couldn't explain. "
          "Leanne reported him missing twice in May, both times overnight. "
          "Referral made to the exploitation hub and a multi-agency TAF is now in place. "
          "Tyler's dad Dean, who lives in Scaleby Heights, has old convictions for supplying drugs, but Tyler hasn't seen him for three years.",
          ["SAFE-EXP"],
          [("rule", "Police bringing a missing child home is safeguarding, not CRIME (conv. 7)."),
           ("outside-household", "Dean's convictions: outside the household and in the past: no CRIME/SUB.")]),
     ]),
     ("2025-11-17", [
         ("green",
          "Tyler went back onto a full timetable in September and school say he is calmer in lessons. "
          "Ava-Rose goes to Little Acorns three mornings a week and is starting to put two words together; nursery run a small talk group she is in and the HV will see her again at 3. "
          "Leanne has had her asthma review and now uses her brown preventer inhaler every day, which she says has made a big difference.",
          ["EYD", "PH"],
          [("historical", "Tyler's part-time timetable has ended: no EDU-ATT."),
           ("note", "Green box: ongoing nursery/speech support and Leanne managing her asthma count as present (conv. 3).")]),
     ])),

    ("Z002", "Kelderbrook",
     ("2025-04-28", [
         ("green",
          "Nasreen (Imran's mum, lives with the family) had a stroke last year and now walks with a frame; the district nurses come in twice a week for her diabetes. "
          "Maryam (6) has missed three dental appointments and the school nurse has noticed decay on her front teeth. "
          "Imran drives a taxi and fits his hours round the school run. "
          "Yusuf (11) is doing well and has just got into the school football team.",
          ["PH"],
          [("note", "PH twice over: co-resident grandmother and Maryam; one PH row.")]),
         ("yellow",
          "Aisha (15) does most of Nasreen's personal care before school, helping her wash and dress and setting out her tablets, and she has been late to Greystone Academy 22 times this term. "
          "Aisha told her form tutor she has fallen behind with coursework because there is no time in the evenings. "
          "A referral has gone to Kelderbrook Young Carers. "
          "Imran says he hadn't realised how much Aisha was doing in the mornings.",
          ["CARER", "EDU-ATT"],
          []),
     ]),
     ("2025-10-06", [
         ("blue",
          "Imran has moved to day shifts so he is home in the mornings, and Aisha no longer does her gran's care before school. "
          "Aisha still helps get Nasreen's tea in the evenings and goes to the young carers group at Kelderbrook every Thursday, which she calls her time. "
          "Imran's sister Rubina, who lives two streets away, covers Saturday mornings so Aisha can see her friends.",
          ["CARER"],
          [("note", "Before-school care has stopped, but evening caring and the young carers group continue: CARER present (blue, managing).")]),
     ])),

    ("Z003", "Wharram Fold",
     ("2025-09-15", [
         ("yellow",
          "Lee (dad) has told the EHW he drinks most of a bottle of vodka on his days off, and Danielle says he gets loud and picks arguments with her when he has had a drink. "
          "Danielle was clear that he has never been violent or threatening and she doesn't feel unsafe; the rows are mostly about his drinking. "
          "Lee has agreed to a referral to Pathway Recovery. "
          "Harley (17) left college in March and has not been in work or training since, and spends most days gaming in his room.",
          ["SUB", "REL-CONF", "EDU-NEET"],
          [("negated", "'never been violent or threatening', 'doesn't feel unsafe': no DA; parental arguments are REL-CONF (conv. 8)."),
           ("lookalike", "Gaming in his room is not SAFE-EXP.")]),
         ("green",
          "Jack (4) started Reception at Wharram Fold Primary in September and is still having daytime wetting accidents most days. "
          "His class teacher and the school nurse have put a toileting plan in place with Danielle, and she has packed spare clothes in his bag. "
          "Phoebe (12) is in Year 8 and there are no concerns about her attendance or behaviour.",
          ["EYD"],
          [("rule", "Jack is under 5, so toileting is EYD even though he is in school (conv. 9), not PH."),
           ("negated", "Phoebe: 'no concerns about her attendance or behaviour'.")]),
     ]),
     ("2026-02-09", [
         ("yellow",
          "Lee is still going to his Pathway Recovery group on Wednesdays and says he now only drinks at weekends; Danielle says the rows stopped once he cut down. "
          "Harley has a place on the Step Forward 12-week programme starting in March but is not in any education, work or training until then. "
          "Lee's hours at the depot were cut in December and the family are £340 behind on the gas, so Danielle has been referred to Borough Welfare Rights.",
          ["SUB", "EDU-NEET", "FIN"],
          [("historical", "'the rows stopped': REL-CONF over."),
           ("hypothetical", "Harley's future programme does not end his current NEET status.")]),
     ])),

    ("Z004", "Scaleby Heights",
     ("2025-07-08", [
         ("red",
          "A strategy meeting was held on 02/07 after Kai (9) told his teacher that Ryan, Nevaeh's dad, had pushed his mum into a door and given her a black eye. "
          "Section 47 enquiries have started and an ICPC is booked for 23/07. "
          "Ryan has been bailed with conditions not to contact Chantelle or come to the address. "
          "Since the incident Kai has started wetting the bed again most nights.",
          ["DA", "PH"],
          [("rule", "Ryan's arrest and bail for assaulting Chantelle are DA only, not CRIME (conv. 7)."),
           ("note", "School-age bedwetting is PH (conv. 9).")]),
         ("orange",
          "The DASH risk assessment came out high; Chantelle's case went to MARAC on 10/07 and she now has an IDVA. "
          "Her GP has started her on sertraline for low mood and anxiety since the assault. "
          "Her dad Terry, who lives with them and has the children after school, drinks heavily most evenings, and his GP has told him his liver results are poor.",
          ["DA", "MH-ADULT", "SUB", "PH"],
          [("note", "SUB and PH are the co-resident grandfather's, who also minds the children.")]),
     ]),
     ("2025-12-15", [
         ("yellow",
          "The ICPC decided a child protection plan was not needed and the case stepped down to early help in August. "
          "Ryan has been charged and a non-molestation order is in place until June 2026; Chantelle still speaks to her IDVA monthly. "
          "Kai's bedwetting stopped over the summer holidays. "
          "Chantelle remains on sertraline and says she is sleeping and eating better.",
          ["DA", "MH-ADULT"],
          [("negated", "CP plan 'not needed'."),
           ("historical", "Kai's bedwetting stopped: no PH."),
           ("lookalike", "'sleeping and eating better' is part of her mood recovery, not a PH issue.")]),
     ])),

    ("Z005", "Thornedge",
     ("2025-06-02", [
         ("orange",
          "Ellie (13) was taken to A&E by Joanne on 21/05 after cutting her arms and has been referred to CAMHS; she is waiting for her first assessment. "
          "Ellie told the school counsellor that girls in her year have been sharing edited photos of her in a group chat and calling her names. "
          "Joanne and Gary now take her phone off her at bedtime and school have spoken to the other girls' parents.",
          ["MH-CHILD", "SAFE-EXP"],
          [("lookalike", "A&E visit for self-harm is MH-CHILD, not PH."),
           ("outside-household", "The girls are outside the household, but the bullying is Ellie's need: SAFE-EXP.")]),
         ("yellow",
          "Mason (10) was diagnosed with ADHD last year and takes medication in the mornings; Holmfield Primary have him on SEN support and the SENCO has applied for an EHC needs assessment. "
          "At home evenings are a battle: he won't come off his tablet and Joanne says most nights end with him shouting and slamming doors. "
          "Gary's mum, who lives in Kelderbrook, has Mason on Tuesdays after school to give them a break. "
          "Joanne and Gary have been booked onto a parenting course at the family hub.",
          ["EDU-SEND", "REL-PAR"],
          [("lookalike", "ADHD medication is not PH; the diagnosis and SEN support are EDU-SEND."),
           ("lookalike", "'his tablet' is a device, not medication.")]),
     ]),
     ("2025-11-24", [
         ("green",
          "Ellie is still under CAMHS and has a weekly session with her clinician; the school counsellor says she seems brighter and is back to eating lunch with friends. "
          "School dealt with the group chat in June and there have been no further incidents since. "
          "Mason's EHC needs assessment was agreed and school are gathering advice for it.",
          ["MH-CHILD", "EDU-SEND"],
          [("note", "CAMHS written in a green box still takes green (conv. 2)."),
           ("historical", "Group-chat bullying dealt with, no incidents since: no SAFE-EXP.")]),
     ])),

    ("Z006", "Kelderbrook",
     ("2025-07-21", [
         ("orange",
          "Marek and Agnieszka have been served a section 21 notice by their private landlord, who is selling, and have to leave by 30/09. "
          "The flat has two bedrooms and Oliwia (16) shares with her brother Filip (3). "
          "There is black mould in both bedrooms and Filip has been to the GP three times since Christmas with a chesty cough. "
          "Housing Options have opened a homelessness prevention case.",
          ["HOUS", "PH"],
          []),
         ("yellow",
          "Marek lost his warehouse job in April and the family's Universal Credit claim has been held up by an ID check; they have used the Kelderbrook food bank twice. "
          "Oliwia has just finished Year 11 and has a place at Scaleby Sixth Form College for September. "
          "Filip is not taking up his 3-year-old nursery hours because Agnieszka didn't know he was entitled to them. "
          "Agnieszka is happy to do the forms herself with a bit of help.",
          ["FIN", "EYD"],
          [("negated", "Oliwia has a college place: not EDU-NEET.")]),
     ]),
     ("2025-12-01", [
         ("yellow",
          "The family moved into a three-bedroom housing association house in Wharram Fold in November, so the children have their own rooms and there is no damp. "
          "Marek started agency work in December, but they are repaying a £600 UC advance at £50 a month and the gas meter has a debt on it. "
          "Filip now goes to Little Owls 15 hours a week and staff are working on his speech in English and Polish.",
          ["FIN", "EYD"],
          [("need-met", "Rehoused, no damp: HOUS over."),
           ("note", "Worklessness ended, but repayments are a current money problem: FIN stays.")]),
     ])),

    ("Z007", "Wharram Fold",
     ("2025-08-18", [
         ("orange",
          "Riley (15) was arrested on 03/08 with two friends for shoplifting from the corner shop and damaging a bus shelter, and has been given a youth conditional caution with the Youth Justice Service. "
          "In June he had a five-day suspension from Thornedge High for fighting on the field. "
          "His YJS worker will see him weekly for the next three months.",
          ["CRIME", "EDU-EXC"],
          []),
         ("yellow",
          "Stacey can't get Riley to come in at night; when she challenges him he swears at her, and last week he put his fist through his bedroom door. "
          "Bella (9) goes to her room and puts her headphones on when it kicks off. "
          "Stacey is on UC and owes £1,200 in council tax, and a letter from the enforcement agents came on Friday. "
          "She says she doesn't drink and has had no one to lean on since her mum died.",
          ["REL-PAR", "FIN"],
          [("rule", "Teenager's aggression at home is REL-PAR, not DA; no police, so no CRIME (conv. 8)."),
           ("negated", "'doesn't drink': no SUB.")]),
     ]),
     ("2026-03-02", [
         ("yellow",
          "Riley finished his youth conditional caution work in January and the Youth Justice Service have closed. "
          "He is still on a behaviour report card at school and had a one-day suspension in February for walking out of lessons. "
          "Stacey has agreed a payment plan of £15 a week with the council and the enforcement agents have been stood down.",
          ["EDU-EXC", "FIN"],
          [("historical", "Youth justice work completed and closed: no CRIME.")]),
     ])),

    ("Z008", "Scaleby Heights",
     ("2025-05-19", [
         ("red",
          "The children have been on a child in need plan since April after a home visit found dog mess on the floors, no bedding on the children's beds and hardly any food in the cupboards. "
          "Liam (7) and Sophie (5) have been arriving at St Hilda's hungry and in the same clothes for days at a time. "
          "Archie (18 months) has missed his 12-month immunisations and the practice nurse has written twice.",
          ["SAFE-NEG", "PH"],
          [("note", "Hungry children and no food in the cupboards are SAFE-NEG, not FIN (conv. 10).")]),
         ("orange",
          "Paul used heroin for years and is now prescribed methadone through Harbour Recovery; he says he hasn't used on top since Christmas and his tests back this up. "
          "Kerry-Ann has depression and has stopped taking her medication because she says it makes her feel flat. "
          "The family are £2,300 behind with the rent and Northern Homes have served a notice of seeking possession.",
          ["SUB", "MH-ADULT", "FIN", "HOUS"],
          [("note", "Heroin use is past, but the ongoing methadone prescription codes SUB (conv. 4).")]),
         ("yellow",
          "Liam's attendance is 84% this year with most of his absences on Mondays. "
          "Sophie is in Reception and her teacher finds her speech very hard to understand, so school have referred her to speech and language therapy. "
          "Kerry-Ann's sister Jodie, who lives in Thornedge, takes the children to school on Fridays.",
          ["EDU-ATT", "EDU-SEND"],
          [("rule", "Sophie (5) is of school age: speech is EDU-SEND, not EYD (conv. 9)."),
]),
     ]),
     ("2026-01-26", [
         ("yellow",
          "The child in need plan ended in November and the case stepped down to early help. "
          "The home has been clean with food in the cupboards at the last six visits and the children's beds are made up. "
          "Paul still collects his methadone daily and has come down to 40ml. "
          "Kerry-Ann is back on her antidepressants and sees the GP monthly, and the rent arrears are being repaid at £20 a week from UC.",
          ["SUB", "MH-ADULT", "FIN"],
          [("historical", "CIN plan ended; home conditions now good: no SAFE-NEG."),
           ("note", "Arrears still being repaid: FIN present; no notice mentioned, so no HOUS.")]),
     ])),

    ("Z009", "Thornedge",
     ("2025-10-06", [
         ("yellow",
          "Roxanne has multiple sclerosis and has had two relapses this year; on bad days she can't manage the stairs. "
          "Dwayne leaves for work at 6am and isn't back until late, so Tia (11) gets Reggie up, walks him to school and makes the tea most nights. "
          "Tia has been referred to the young carers service.",
          ["PH", "CARER"],
          []),
         ("green",
          "Reggie (8) is on the waiting list for an autism assessment and the SENCO at Holmfield Primary has put him on SEN support. "
          "He only eats about five foods and the school nurse is keeping an eye on his weight. "
          "Roxanne's mum, who lives in Scaleby Heights, has offered to help but has health problems of her own.",
          ["EDU-SEND", "PH"],
          [("outside-household", "Grandmother's health problems: she lives elsewhere, not PH.")]),
     ]),
     ("2026-04-20", [
         ("blue",
          "Tia goes to the young carers club every other Saturday and has a young carer card so staff at school know why she might be late. "
          "Roxanne has a mobility scooter through the MS nurse and is getting out to the shops again. "
          "Reggie got his autism diagnosis in February and the SENCO meets Roxanne each half term.",
          ["CARER", "PH", "EDU-SEND"],
          [("note", "Blue box: all three are ongoing needs being managed (conv. 3) and take blue, despite the SENCO (green cue).")]),
     ])),

    ("Z010", "Kelderbrook",
     ("2025-09-01", [
         ("yellow",
          "Natalie was diagnosed with postnatal depression at Lily's 8-week check and is waiting to be seen by the perinatal mental health team. "
          "Sean has admitted to the EHW that he has run up about £4,000 on online betting and a credit card Natalie didn't know about. "
          "They have been arguing about the money, but Natalie says there is nothing physical and she isn't frightened of him. "
          "Sean doesn't drink or use drugs.",
          ["MH-ADULT", "FIN", "REL-CONF"],
          [("rule", "Gambling debts are FIN, not SUB (conv. 10)."),
           ("negated", "'nothing physical', 'isn't frightened': no DA."),
           ("negated", "'doesn't drink or use drugs'.")]),
         ("green",
          "Freya (3) has started having tantrums at bedtime since the baby arrived and Natalie is trying the HV's tips on routines. "
          "Lily dropped from the 50th to below the 25th centile at 6 weeks and the HV is weighing her every fortnight. "
          "Natalie's mum comes over from Thornedge most weekends to help.",
          ["REL-PAR", "PH"],
          [("note", "Baby's weight is PH (weight is listed under PH); Freya's bedtime behaviour is REL-PAR.")]),
     ]),
     ("2026-02-16", [
         ("blue",
          "Sean has put blocks on gambling apps on his phone and Natalie now manages the household budget. "
          "They are paying £120 a month off the credit card through a debt plan set up with a free debt advice line. "
          "Natalie is still seeing the perinatal team and says she feels more like herself, and Lily is back on her centile.",
          ["FIN", "MH-ADULT"],
          [("historical", "Lily back on her centile: PH over."),
           ("lookalike", "Blocking gambling apps is not SUB.")]),
     ])),

    ("Z011", "Wharram Fold",
     ("2025-10-13", [
         ("orange",
          "Kian (16) has been reported missing four times since August and was last found in a flat in another borough with older males; police believe he is being used to run drugs. "
          "On that occasion he had wraps of cocaine hidden in his sock and he was arrested, and he is now working with the Youth Justice Service. "
          "A multi-agency TAF meeting is booked for next week.",
          ["SAFE-EXP", "CRIME"],
          [("rule", "Drugs found on an exploited child: SAFE-EXP and CRIME, not SUB (conv. 12).")]),
         ("yellow",
          "Kian is on roll at Greystone Academy's sixth form but has attended only 12% of sessions since September, and the sixth form say his place is at risk. "
          "Pauline (Jade's mum, lives with them) has been very stressed about him and her blood pressure is running high, so the GP has changed her tablets. "
          "Jade's boyfriend Aaron has his own flat and Jade says he has a drink problem, but he is never at the house when the children are there. "
          "Summer (13) and Ivy (2) are doing well.",
          ["EDU-ATT", "EDU-NEET", "PH"],
          [("outside-household", "Aaron's drinking: he lives elsewhere: no SUB (conv. 6)."),
           ("rule", "PH is the co-resident grandmother's blood pressure; 'stressed' is not MH."),
           ("note", "16+ with place at risk: EDU-NEET (at risk) alongside EDU-ATT.")]),
     ]),
     ("2026-03-23", [
         ("orange",
          "Kian has had no missing episodes since December, but police intelligence still links him to the same group and he stays on the exploitation panel's list. "
          "His sixth form place was withdrawn in January and he is not in any education, employment or training. "
          "Jade says she will ring the police straight away if he doesn't come home one night.",
          ["SAFE-EXP", "EDU-NEET"],
          [("historical", "Missing episodes have stopped, but the exploitation risk is current: SAFE-EXP stays."),
           ("hypothetical", "'if he doesn't come home'.")]),
     ])),

    ("Z012", "Scaleby Heights",
     ("2025-06-16", [
         ("red",
          "Tanisha has disclosed that Marcus checks her phone, keeps her bank card and won't let her see her sister or go out without him. "
          "After a strategy discussion on 12/06 the children are subject to section 47 enquiries. "
          "Zara (10) told her teacher she hears shouting at night and puts her pillow over her head. "
          "Marcus is Amara's dad; Zara and Dante (7) are from Tanisha's previous relationship.",
          ["DA"],
          [("rule", "Controlling money is part of the abuse: DA only, not FIN."),
           ("rule", "Shouting that is part of abuse: DA only, not REL-CONF (conv. 8).")]),
         ("yellow",
          "Amara (2) has twice not been brought to her 2-year review and she is not using her funded nursery place. "
          "Dante has eczema that flares badly and the GP says his creams are not being used as prescribed. "
          "Tanisha has been referred to the Stronger Together women's programme run by the domestic abuse service and says she wants to go.",
          ["EYD", "PH", "DA"],
          [("note", "A DA recovery programme codes DA (conv. 4)."),
           ("note", "A missed 2-year development review is EYD.")]),
     ]),
     ("2025-12-08", [
         ("red",
          "Early help is closing because the case has stepped up: an ICPC on 20/11 made all three children subject to child protection plans under emotional harm. "
          "Police came to the house after an incident in October and Marcus was arrested; he has moved out and is on bail not to contact Tanisha. "
          "Tanisha has started the Stronger Together programme.",
          ["DA"],
          [("rule", "Police and arrest for the abuse are DA only, not CRIME (conv. 7).")]),
     ])),

    ("Z013", "Thornedge",
     ("2025-04-07", [
         ("yellow",
          "Maureen (62) is kinship carer for her grandchildren Tayla (14) and Connor (9) under a special guardianship order; their mum Gemma lives in a hostel in town and is using heroin. "
          "Contact with Gemma is supervised at the family centre once a month, and Connor gets very anxious for days beforehand and wets the bed the night before. "
          "Maureen's pension and the SGO allowance don't stretch to the end of the month and she has used the food bank twice since Easter.",
          ["MH-CHILD", "PH", "FIN"],
          [("lookalike", "'kinship carer' is not CARER (conv. 12)."),
           ("outside-household", "Gemma's heroin use: she lives elsewhere: no SUB (conv. 6).")]),
         ("green",
          "Tayla is doing well at Thornedge High but has started vaping, and she keeps staying out past the time she and Maureen agreed, so they are falling out most weekends. "
          "Maureen has arthritis in both hands and struggles with jars and buttons; her GP has referred her to physio. "
          "Tayla says she doesn't mind opening the odd jar for her nan.",
          ["REL-PAR", "PH"],
          [("lookalike", "Vaping is not SUB (conv. 12)."),
           ("lookalike", "Opening the odd jar is not a caring role: no CARER.")]),
     ]),
     ("2025-10-20", [
         ("blue",
          "Maureen and Tayla have agreed a weekend curfew of 10pm and Tayla texts when she is setting off home. "
          "Connor has a worry box that he and Maureen use in the week before contact, and he has had no wet beds since September. "
          "Maureen is now getting the right benefits after a check with the EHW and hasn't needed the food bank since June.",
          ["REL-PAR", "MH-CHILD"],
          [("historical", "No wet beds since September: PH over."),
           ("historical", "Food bank not needed since June, benefits sorted: FIN over."),
           ("note", "Curfew and worry box are needs being managed: present in blue (conv. 3).")]),
     ])),

    ("Z014", "Kelderbrook",
     ("2025-09-22", [
         ("yellow",
          "Hayley and Jordan separated in July and are in dispute over contact with Evie (6) and Noah (4); handovers at the school gate have turned into shouting matches in front of the children. "
          "There is no history of domestic abuse and neither parent has raised any safety worries about the other. "
          "Jordan has not paid any maintenance since he left and Hayley's UC has not yet been changed to a single claim, so she is behind with the water bill.",
          ["REL-CONF", "FIN"],
          [("negated", "'no history of domestic abuse': no DA.")]),
     ]),
     ("2026-02-23", [
         ("yellow",
          "Hayley and Jordan went to three sessions of family mediation and now have a written contact arrangement, with handovers at Jordan's mum's house instead of school. "
          "They still disagree about Christmas and holidays, but this is done by text and the children are kept out of it. "
          "Evie's teacher says she is much more settled in class.",
          ["REL-CONF"],
          []),
         ("blue",
          "Hayley's UC was sorted in November and the back payment cleared the water bill. "
          "Noah is now fully toilet trained and excited about starting school in September. "
          "Hayley says she knows where the family hub is if she needs anything in future.",
          [],
          [("historical", "UC sorted, bill cleared: FIN over."),
           ("historical", "Toilet training achieved: EYD over."),
           ("hypothetical", "'if she needs anything in future'.")]),
     ])),

    ("Z015", "Wharram Fold",
     ("2025-03-10", [
         ("yellow",
          "Kevin (dad) hurt his back at work in February and has been signed off since; his sick pay has ended and he is waiting for a decision on his UC, so the electric is on emergency credit most weeks. "
          "Lewis (17) is an apprentice mechanic four days a week and also does the shopping and helps his dad in and out of the bath. "
          "Kevin's brother Stuart drops in most days but has his own family to look after.",
          ["PH", "FIN", "CARER"],
          [("negated", "Lewis is an apprentice: not EDU-NEET.")]),
         ("green",
          "Chloe (14) has been seeing the school nurse about low mood and says she misses her mum, who moved to Spain last year and rings on Sundays. "
          "Kevin has noticed she has stopped going to her dance class and spends a lot of time in her room. "
          "The school nurse has suggested the wellbeing group at Wharram Fold Academy and Chloe has agreed to give it a go.",
          ["MH-CHILD"],
          []),
     ]),
     ("2025-09-29", [
         ("green",
          "Chloe still sees the school nurse every few weeks and says she feels a lot happier since she stayed with her mum in the summer. "
          "Kevin is back at work on light duties and does physio exercises from his GP every day. "
          "Lewis has passed the first year of his apprenticeship and no longer needs to help his dad with bathing.",
          ["MH-CHILD", "PH"],
          [("historical", "Lewis no longer helps with bathing: CARER over."),
           ("note", "Green box: Chloe's ongoing school nurse support and Kevin's physio are managed needs (conv. 3).")]),
     ])),

    ("Z016", "Scaleby Heights",
     ("2025-11-03", [
         ("yellow",
          "Shannon (17) lives with her mum Donna and her baby Rocco (5 months) in Donna's two-bedroom flat; Shannon and Rocco share the box room, which is too small for a cot and a bed. "
          "Shannon left her college course when she was pregnant and is not in education, work or training, though she would like to do childcare. "
          "Donna has COPD and is on oxygen at night.",
          ["HOUS", "EDU-NEET", "PH"],
          [("note", "Shannon is a 17-year-old mother: NEET is hers; PH is grandmother Donna's.")]),
         ("green",
          "Rocco is on the HV's caseload and she is due to talk to Shannon about weaning, as Shannon has been giving him baby rice since he was 4 months. "
          "Shannon smokes on the balcony and the HV has given her advice about keeping the home smoke-free. "
          "Donna's older son Jay, who lives in Thornedge, has offered to decorate the box room.",
          ["EYD"],
          [("lookalike", "Smoking tobacco is not SUB (conv. 12).")]),
     ]),
     ("2026-04-13", [
         ("yellow",
          "Shannon started a childcare course at Scaleby College in January, three days a week, and Rocco goes to a childminder paid through Care to Learn. "
          "The family are on the housing register for a bigger property but Shannon and Rocco are still squeezed into the box room. "
          "Donna has had two chest infections this winter and the GP has added a new inhaler for her COPD.",
          ["HOUS", "PH"],
          [("need-met", "Shannon is on a course now: EDU-NEET over.")]),
     ])),

    ("Z017", "Thornedge",
     ("2025-05-27", [
         ("yellow",
          "Tendai's hours at the care home have been cut and, as the family have no recourse to public funds, they are two months behind with the rent. "
          "Precious has type 2 diabetes and has missed her last two diabetic reviews because she has nobody to watch Rufaro (1). "
          "Nyasha (12) has been kept off school on Precious's appointment days to look after the baby, and her attendance has dropped to 88%.",
          ["FIN", "PH", "CARER", "EDU-ATT"],
          [("note", "Rent arrears alone are FIN; no notice or eviction risk stated, so no HOUS.")]),
         ("green",
          "Tino (9) has been referred by the school nurse to the enuresis clinic because he still wets the bed most nights. "
          "Precious has asked the HV for help with Rufaro (1), who is still only taking milk and refuses anything lumpy. "
          "The family go to St Columba's church, where they have plenty of support.",
          ["PH", "EYD"],
          [("note", "School-age bedwetting is PH (conv. 9); weaning at 1 is EYD.")]),
     ]),
     ("2025-11-10", [
         ("green",
          "A friend from church now minds Rufaro on clinic days, so Nyasha no longer misses school and her attendance is back up to 97%. "
          "Precious has been to her diabetes review and is on a new tablet, which she takes every day. "
          "Tino is using an alarm from the enuresis clinic and is dry most nights.",
          ["PH"],
          [("need-met", "Nyasha no longer caring or missing school: no CARER or EDU-ATT."),
           ("note", "Green box: Precious's diabetes and Tino's alarm are managed needs: PH present.")]),
     ])),

    ("Z018", "Kelderbrook",
     ("2025-10-20", [
         ("orange",
          "Logan (13) is on a managed move from Kelderbrook Academy to Scaleby High after a run of suspensions for fighting and defiance. "
          "Police were called to the retail park on 04/10 about a group of lads throwing stones at cars and Logan was given a community resolution. "
          "Kirsty and Dan both work full time and say there are no money or housing worries. "
          "Kirsty's sister, who lives in Wharram Fold, is going through a messy divorce and Kirsty has been spending a lot of time supporting her.",
          ["EDU-EXC", "CRIME"],
          [("negated", "'no money or housing worries'."),
           ("outside-household", "The sister's divorce: outside the household, no REL-CONF.")]),
         ("yellow",
          "Millie (11) started Year 7 in September and is refusing to go in most mornings; she gets stomach aches and cries at the gate, and her attendance is 61%. "
          "The GP found nothing physically wrong and thinks it is anxiety. "
          "Harper (7) wears glasses and has a patch for her lazy eye, which she is good about wearing.",
          ["EDU-ATT", "MH-CHILD", "PH"],
          [("negated", "Stomach aches with 'nothing physically wrong' are not PH for Millie."),
           ("whose-issue", "PH is Harper's eye, not Millie's stomach.")]),
     ]),
     ("2026-03-16", [
         ("yellow",
          "Millie is on a part-time timetable, mornings only, and is working with the Mental Health Support Team in school on her anxiety. "
          "Logan has settled well at Scaleby High and the managed move was made permanent in January, with no suspensions since. "
          "Kirsty says she is using the parenting tips from the EHW but doesn't feel she needs a course.",
          ["EDU-ATT", "MH-CHILD"],
          [("need-met", "Managed move complete and no suspensions: EDU-EXC over."),
           ("negated", "Parenting course not needed; no parenting need stated: no REL-PAR.")]),
     ])),

    ("Z019", "Wharram Fold",
     ("2025-06-09", [
         ("blue",
          "Rebecca rang for advice about Oscar (2), who is still waking three or four times a night and will only settle in her bed. "
          "She has been sent the family hub's sleep leaflets and the times of the drop-in sleep clinic and will book herself in. "
          "Tom's parents have the children two days a week and Rebecca says they are a big help.",
          ["PH"],
          [("note", "Sleep is listed under PH; not an EYD item even for an under-5.")]),
         ("green",
          "Isla (5) is in Year 1 at Wharram Fold Primary and the SENCO has put her on SEN support for her speech sounds; she sees the NHS speech therapist every six weeks. "
          "Oscar's 2-year review with the HV showed he is on track in all areas. "
          "Rebecca is a teaching assistant and Tom works shifts at the hospital.",
          ["EDU-SEND"],
          [("negated", "Oscar on track: good news, no EYD."),
           ("lookalike", "Shift work is not FIN (conv. 5).")]),
     ]),
     ("2025-10-27", [
         ("blue",
          "Oscar now sleeps through in his own bed and Rebecca no longer needs the sleep clinic. "
          "Rebecca plays the speech-sound games from the school's website with Isla every evening and her teacher says she is clearer. "
          "Rebecca knows she can ring the family hub again if things change.",
          ["EDU-SEND"],
          [("historical", "Oscar's sleep problem is over: no PH."),
           ("hypothetical", "'if things change'.")]),
     ])),

    ("Z020", "Scaleby Heights",
     ("2025-09-29", [
         ("orange",
          "Wayne was released from prison in August and is on licence with probation until next summer; he has moved back in with Lisa and the children. "
          "Kyle (16) is smoking cannabis every day and has been referred to the young people's drug and alcohol service. "
          "Police were called to the house on 12/09 when Kyle and Wayne fought in the garden and Kyle punched his dad in the face.",
          ["CRIME", "SUB", "REL-PAR"],
          [("rule", "Child-to-parent violence with police: REL-PAR plus CRIME, not DA (conv. 8)."),
           ("note", "An adult on licence is CRIME (conv. 7).")]),
         ("yellow",
          "Courtney (14) has told her head of year she is being called names on Snapchat about her dad having been in prison. "
          "Kyle left Thornedge High in the summer and hasn't started any course or job, though he says he wants to be a plasterer. "
          "Lisa works part-time at a bakery and says money is OK now Wayne's UC has come through. "
          "Poppy (10) is happy at school.",
          ["SAFE-EXP", "EDU-NEET"],
          [("historical", "'having been in prison' is only the past in this box: no CRIME."),
           ("negated", "'money is OK'; UC alone is not FIN (conv. 5)."),
           ("note", "16+ NEET is EDU-NEET only, no FIN (conv. 11).")]),
     ]),
     ("2026-03-09", [
         ("yellow",
          "Kyle is still using cannabis at weekends but has started a construction traineeship at Scaleby College three days a week. "
          "Wayne continues to report to his probation officer and has found labouring work. "
          "Courtney says the messages stopped after school spoke to the other pupils.",
          ["SUB", "CRIME"],
          [("need-met", "Kyle now on a traineeship: no EDU-NEET."),
           ("historical", "Online name-calling stopped: no SAFE-EXP.")]),
     ])),

    ("Z021", "Thornedge",
     ("2025-11-17", [
         ("yellow",
          "The family's council house has had damp in the back bedroom for over a year and the repair still hasn't been done. "
          "Hamza (8), who has asthma and sleeps in that room, has had two hospital admissions since October. "
          "Sadia is 36 weeks pregnant and Kamran has taken unpaid leave to be with her, so money is very tight this month and they have asked about a food voucher.",
          ["HOUS", "PH", "FIN"],
          [("note", "Pregnancy is not treated as a PH issue.")]),
         ("green",
          "Inaya (4) is in her pre-school year at Moss Lane Nursery and staff are worried about her speech; she mostly uses single words and has been referred to speech and language therapy. "
          "The HV will do the new birth visit when the baby arrives. "
          "Kamran's father lives with his other son's family in Kelderbrook and isn't involved day to day.",
          ["EYD"],
          [("note", "The routine new birth visit is not a need.")]),
     ]),
     ("2026-04-27", [
         ("green",
          "Zain was born in December and the family are delighted. "
          "Hamza moved into the front bedroom and has a new asthma plan from the asthma nurse, and he hasn't been admitted since January. "
          "The council say the damp in the back bedroom will be treated in May and until then nobody sleeps in it.",
          ["PH", "HOUS"],
          [("note", "Damp not yet treated: HOUS still present, takes green from the box.")]),
     ])),

    ("Z022", "Kelderbrook",
     ("2025-07-14", [
         ("orange",
          "Brooke (15) is in a relationship with a 22-year-old man she met online who picks her up from school in his car, and she has stayed out overnight three times without saying where she was. "
          "A CSE screening tool was completed and scored high risk and police are aware. "
          "Ashleigh had a violent relationship with Reuben's dad Callum, but that ended in 2019 and he moved away; there has been no contact since.",
          ["SAFE-EXP"],
          [("historical", "DA with Callum ended in 2019, no contact: no DA.")]),
         ("yellow",
          "Brooke and Ashleigh are arguing every day and Brooke has told her she hates her and is going to move in with her boyfriend. "
          "Frankie (12) spends most of his time alone in his room and has asked his form tutor if he can see the school counsellor because he feels low. "
          "Reuben (6) is thriving in Year 2.",
          ["REL-PAR", "MH-CHILD"],
          [("rule", "Parent-child arguments are REL-PAR, not REL-CONF (conv. 8).")]),
     ]),
     ("2026-01-12", [
         ("orange",
          "Brooke is still seeing the man and police have issued him with a Child Abduction Warning Notice. "
          "She is open to the exploitation team and a TAF meets monthly with police and school. "
          "Frankie sees the school counsellor weekly and Ashleigh says he is much brighter.",
          ["SAFE-EXP", "MH-CHILD"],
          [("outside-household", "Police action against the adult man is not CRIME for the family (conv. 6/7).")]),
     ])),

    ("Z023", "Wharram Fold",
     ("2025-04-14", [
         ("green",
          "Ethan (10) has cerebral palsy and uses a wheelchair; he has an EHCP and a 1:1 at Holmfield Primary. "
          "He has physio at the child development centre and his splints need refitting. "
          "Claire's partner Steve works for the council, and his daughter Grace (15) lives with them full time.",
          ["PH", "EDU-SEND"],
          []),
         ("yellow",
          "Claire has severe anxiety with panic attacks and rarely leaves the house; she has self-referred to talking therapies. "
          "Grace does a lot of the lifting and caring for Ethan after school while Steve is at work and has told school she would like a break. "
          "The house isn't adapted and Ethan has to be carried upstairs to bed, so an OT assessment has been requested.",
          ["MH-ADULT", "CARER", "PH"],
          [("note", "CARER is stepsister Grace; the disability (PH) is Ethan's; MH-ADULT is Claire's.")]),
     ]),
     ("2025-11-03", [
         ("yellow",
          "Grace has been linked with the young carers service and goes on their monthly trips; she still helps with Ethan most evenings. "
          "Claire finished six sessions of CBT in the summer and says the panic attacks have stopped, and she is doing the school run again. "
          "A stairlift was fitted in September after the OT assessment.",
          ["CARER"],
          [("historical", "Claire's panic attacks stopped, therapy finished: no MH-ADULT."),
           ("need-met", "Stairlift fitted: the adaptation need is met; no PH stated as current.")]),
     ])),

    ("Z024", "Scaleby Heights",
     ("2025-10-27", [
         ("yellow",
          "Amy has told the EHW that her partner Ricky uses cocaine most weekends with his mates and comes home in the early hours. "
          "She says he has never been violent and she would ring the police if he ever came home like that while the children were awake. "
          "Amy finds it hard to get Mia (9), Charlie (5) and Alfie (3) up and out in the mornings, and Charlie has been late to school 15 times this half term.",
          ["SUB", "REL-PAR", "EDU-ATT"],
          [("negated", "'never been violent': no DA."),
           ("hypothetical", "'would ring the police if...': no CRIME.")]),
         ("green",
          "Alfie (3) is not using his funded nursery hours and the HV is worried about his speech, as he has only a few words. "
          "Mia has had four ear infections since the summer and is waiting for an ENT appointment about grommets. "
          "Amy's dad, who lives in Kelderbrook, takes Mia to her hospital appointments.",
          ["EYD", "PH"],
          []),
     ]),
     ("2026-03-30", [
         ("yellow",
          "Ricky has been going to the drug service and has had four negative tests in a row. "
          "Amy uses the picture timetable on the fridge that she made with the EHW, and Charlie has had no lates since Christmas. "
          "Alfie started at Little Owls nursery in January.",
          ["SUB"],
          [("historical", "No lates since Christmas: EDU-ATT over."),
           ("need-met", "In a yellow box, a routine that now works and a nursery place taken up are met needs: no REL-PAR, no EYD."),
           ("note", "Ongoing drug service codes SUB (conv. 4) despite clean tests.")]),
     ])),

    ("Z025", "Thornedge",
     ("2025-03-24", [
         ("yellow",
          "Gareth's wife Rhian died suddenly in January and he has been signed off work with depression since; his GP has started him on antidepressants. "
          "Evan (14) has become withdrawn and tearful and has been referred to a bereavement charity for children. "
          "Seren (11) has started wetting the bed again and Gareth has asked the school nurse for advice.",
          ["MH-ADULT", "MH-CHILD", "PH"],
          [("note", "Signed off sick is not FIN by itself; Seren's school-age bedwetting is PH (conv. 9).")]),
         ("orange",
          "Evan was arrested on 14/03 for criminal damage after smashing windows at the bus station with a group of older boys, and he has been referred to the Youth Justice Service. "
          "He has also been suspended from Thornedge High for three days for threatening a teacher. "
          "Gareth has said he will go with him to his Youth Justice appointments.",
          ["CRIME", "EDU-EXC"],
          []),
     ]),
     ("2025-10-13", [
         ("green",
          "Gareth is still taking his tablets and is back at work on a phased return. "
          "Evan finished his referral order in August and sees the school's pastoral mentor weekly to talk about his mum. "
          "Seren has joined Guides and Gareth's parents have the children every other weekend.",
          ["MH-ADULT", "MH-CHILD"],
          [("historical", "Referral order finished: no CRIME.")]),
     ])),

    ("Z026", "Kelderbrook",
     ("2025-05-06", [
         ("green",
          "Lola (8) was diagnosed with type 1 diabetes in March and the diabetes nurse has trained staff at Moss Lane Primary; Kayleigh does the night-time blood sugar checks. "
          "Finn (6) is waiting for a hearing test after failing the school nurse's screening. "
          "Kayleigh's partner Jamie works days and helps with the checks at weekends.",
          ["PH"],
          [("note", "Kayleigh doing her daughter's checks is a parent caring: not CARER.")]),
         ("yellow",
          "Jamie's son Cody (16) lives with them and is at Scaleby College studying IT. "
          "Jamie found that Cody has been sending money and gift cards to someone he met on a gaming site who has been asking him for pictures, and it has been reported to the police. "
          "Kayleigh and Jamie disagree about how to handle it and their arguments have got heated, although both say there has been nothing physical and neither feels afraid.",
          ["SAFE-EXP", "REL-CONF"],
          [("negated", "Cody is at college: not EDU-NEET."),
           ("lookalike", "Money sent to a groomer is SAFE-EXP, not FIN."),
           ("negated", "'nothing physical', 'neither feels afraid': no DA.")]),
     ]),
     ("2025-10-20", [
         ("blue",
          "Lola now does most of her own finger-prick tests and carb counting, with Kayleigh checking her numbers. "
          "Finn's hearing test showed glue ear and he is on the waiting list for grommets; his teacher sits him at the front. "
          "Cody has had no contact from the person since the gaming account was closed.",
          ["PH"],
          [("historical", "Grooming contact ended: no SAFE-EXP."),
           ("note", "Lola managing her diabetes is PH present in a blue box (conv. 3).")]),
     ])),

    ("Z027", "Wharram Fold",
     ("2025-12-01", [
         ("orange",
          "Police were called on 22/11 by a neighbour who said Kerry was drunk in the street and the children were home alone at 11pm. "
          "Officers found Darcy (13), Tommy (11) and Maisie (9) watching TV and stayed until Kerry's mum Sandra, who lives with them, got home from her night shift. "
          "Kerry says it was a one-off, but Darcy told officers her mum goes out most Fridays.",
          ["SUB", "SAFE-NEG"],
          [("rule", "A police welfare call-out is not CRIME (conv. 7)."),
           ("lookalike", "Sandra's night shift is not FIN.")]),
         ("yellow",
          "Kerry accepts she drinks too much when she is lonely and has agreed to a referral to the alcohol service. "
          "At the EHW's visit the kitchen was dirty, there was no food in the fridge and the children's uniforms hadn't been washed. "
          "Tommy said he often gets his own breakfast.",
          ["SUB", "SAFE-NEG"],
          [("note", "Empty fridge is SAFE-NEG; no food bank or money problem stated, so no FIN (conv. 10).")]),
     ]),
     ("2026-05-11", [
         ("yellow",
          "Kerry is going to the alcohol service fortnightly and says she hasn't had a drink since New Year. "
          "The home has been clean and stocked with food at the last three visits. "
          "Sandra has moved to day shifts so she is at home in the evenings, and Darcy goes to the youth club on Fridays.",
          ["SUB"],
          [("historical", "Home conditions good: no SAFE-NEG."),
           ("note", "Ongoing alcohol service codes SUB despite abstinence (conv. 4).")]),
     ])),

    ("Z028", "Scaleby Heights",
     ("2025-08-04", [
         ("orange",
          "The family were evicted from their private rented house in July after falling £3,000 behind with the rent, and all five of them are living in one hotel room as temporary accommodation. "
          "Scott has been out of work since the factory closed and their UC was sanctioned for a missed appointment. "
          "Housing Options have put them on the list for a council property.",
          ["HOUS", "FIN"],
          []),
         ("yellow",
          "Kacey (16) hasn't enrolled on anything since leaving school in the summer and spends most days in the hotel room. "
          "Brandon (13) has dyslexia and an EHCP and hasn't been to school since the move because the hotel is two buses away. "
          "Lexi (3) lost her nursery place when they moved out of the area.",
          ["EDU-NEET", "EDU-SEND", "EDU-ATT", "EYD"],
          []),
     ]),
     ("2026-01-19", [
         ("yellow",
          "The family moved into a council tenancy in Scaleby Heights in December. "
          "Brandon now gets a taxi to school through his EHCP and is attending most days. "
          "Scott is on a work programme through the jobcentre, and Kacey has applied for an apprenticeship but is still waiting to hear.",
          ["EDU-SEND", "FIN", "EDU-NEET"],
          [("need-met", "Rehoused: HOUS over; Brandon attending: EDU-ATT over."),
           ("hypothetical", "Kacey's apprenticeship application does not end her NEET status.")]),
     ])),

    ("Z029", "Thornedge",
     ("2025-06-30", [
         ("orange",
          "Jacob (15) is autistic and hasn't been in school since Easter; he is being seen by CAMHS for anxiety and school have started a part-time timetable with some online lessons. "
          "The SENCO has sent a request for an EHC needs assessment. "
          "A TAF meeting was held on 19/06 with CAMHS, school and the EHW and a plan was agreed.",
          ["EDU-ATT", "MH-CHILD", "EDU-SEND"],
          []),
         ("yellow",
          "Laura has cut her hours to be at home with Jacob and the family are now struggling with the mortgage; they missed the June payment. "
          "Chris works away offshore, two weeks on and two weeks off. "
          "Daisy (7) feels left out and has started having big tantrums at home, hitting out at Laura when she is told no.",
          ["FIN", "REL-PAR"],
          [("lookalike", "Working away offshore is not FIN (conv. 5)."),
           ("rule", "A child hitting her mum is REL-PAR, not DA (conv. 8).")]),
     ]),
     None),

    ("Z030", "Kelderbrook",
     ("2025-08-11", [
         ("blue",
          "Rachel asked for information about free school meals and the holiday activity club for Jayce (8) after her hours at the call centre were cut back. "
          "She has been sent the links and will apply herself. "
          "Her parents live round the corner and help with pick-ups, and Jayce's dad pays his maintenance regularly.",
          ["FIN"],
          []),
         ("green",
          "Jayce has asthma, which is well controlled, and the school nurse holds his care plan. "
          "Skye (8 weeks) has been slow to put on weight and the HV is visiting every week to weigh her. "
          "Rachel is breastfeeding and has been given the details of the infant feeding team.",
          ["PH"],
          [("note", "Green box: Jayce's controlled asthma is a managed condition (conv. 3).")]),
     ]),
     ("2025-12-08", [
         ("blue",
          "Rachel's free school meals claim was accepted and Jayce went to the holiday club in the summer. "
          "She is still budgeting carefully on her reduced hours and uses the community pantry at the church once a week. "
          "Skye is growing well and Rachel's mum has her one day a week.",
          ["FIN"],
          []),
     ])),
]

# ---------------------------------------------------------------------------
# Unboxed case notes: id, locality, stage, date, text, codes, gold level, traps
# ---------------------------------------------------------------------------
UNBOXED = [
    ("Y001", "Kelderbrook", "assessment", "2025-11-05",
     "Call from the attendance officer at Holmfield Primary: Mikey (6) has missed nine days this half term and mum Toni says he keeps getting tummy bugs. "
     "Toni has taken him to the GP, who is doing blood tests. "
     "Dad Carl lives at home and does the school run on his days off.",
     ["EDU-ATT", "PH"], "green",
     [("note", "Cues: school, GP: green.")]),
    ("Y002", "Scaleby Heights", "assessment", "2026-02-04",
     "ICPC held today: Kaden (3) and Harlow (1) are now subject to child protection plans under the category of neglect. "
     "At the visit the heating was off, the children were in dirty nappies and clothes and there was no food in the house. "
     "Mum Sian (24) says she can't afford to top up the gas and electric meters and has been going without meals herself.",
     ["SAFE-NEG", "FIN"], "red",
     [("note", "No food in the house is SAFE-NEG; can't afford the meters / going without is FIN: both (conv. 10)."),
      ("note", "Heating off for lack of money is not HOUS disrepair.")]),
    ("Y003", "Thornedge", "assessment", "2025-09-10",
     "Phone call from Nasir (dad): his son Sami (17) dropped out of his A-levels in June and has been at home since, not looking for work. "
     "Nasir didn't know where to start, so I signposted him to the council's careers advice website and the youth hub drop-in, and he is going to go along with Sami next week. "
     "Nasir says Sami's younger sisters are fine.",
     ["EDU-NEET"], "blue",
     [("note", "Signposting the family acts on itself: blue.")]),
    ("Y004", "Wharram Fold", "assessment", "2025-10-02",
     "Police notification: Tyreese (14) was arrested last night with two other boys for robbing a phone from a Year 7 pupil near the park. "
     "Mum Latoya says she doesn't know who he has been mixing with since he changed schools. "
     "There are no concerns about his younger brother and sister, Destiny (9) and Malik (4).",
     ["CRIME"], "orange",
     [("note", "Cue: arrest: orange.")]),
    ("Y005", "Kelderbrook", "assessment", "2025-10-21",
     "MARAC referral received for Olivia: her partner Kieran was arrested after strangling her on 18/10 and has been released on bail with conditions not to go to the flat. "
     "Their son Leo (2) was in the room at the time. "
     "Olivia is also £700 behind with her rent to Northern Homes.",
     ["DA", "FIN"], "orange",
     [("rule", "Arrest and bail for the assault are DA only, not CRIME (conv. 7).")]),
    ("Y006", "Scaleby Heights", "assessment", "2026-01-14",
     "Young carers service assessment completed for Tyla (12), who helps her dad Andy manage his epilepsy, sets out his tablets each morning and stays with him when he has a seizure. "
     "Andy had a seizure in the kitchen last month and Tyla rang the ambulance. "
     "Tyla's older brother Kane has moved out to live with his girlfriend and doesn't help.",
     ["CARER", "PH"], "yellow",
     [("note", "Kane has moved out; cue: young carers service: yellow.")]),
    ("Y007", "Thornedge", "assessment", "2025-12-03",
     "Portage home visit: Rosie (2) has Down's syndrome and the Portage worker is working with mum Bethany on her play, signing and first words. "
     "Rosie had heart surgery as a baby and cardiology have now discharged her. "
     "Her brother Harvey (7) loves joining in with the signing, but Bethany says he has no caring responsibilities.",
     ["EYD", "PH"], "yellow",
     [("historical", "Heart surgery and discharge from cardiology are past; PH is for the ongoing disability."),
      ("negated", "Harvey 'no caring responsibilities': no CARER.")]),
]


def rows():
    narr, gold, traps = [], [], {}
    for case, loc, a, c in CASES:
        for stage, part, tag in (("assessment", a, "A"), ("closure", c, "C")):
            if part is None:
                continue
            date, boxes = part
            tid = f"{case}-{tag}"
            for level, text, codes, tr in boxes:
                nid = f"{tid}-{level}"
                narr.append([nid, tid, case, stage, date, level, loc, text])
                for code in codes:
                    gold.append([nid, code, level])
                traps[nid] = [{"kind": k, "note": n} for k, n in tr]
    for nid, loc, stage, date, text, codes, glevel, tr in UNBOXED:
        narr.append([nid, nid, nid, stage, date, "", loc, text])
        for code in codes:
            gold.append([nid, code, glevel])
        traps[nid] = [{"kind": k, "note": n} for k, n in tr]
    return narr, gold, traps


def write_csv(path, header, data):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(data)


def main():
    narr, gold, traps = rows()
    write_csv(os.path.join(HERE, "narratives.csv"),
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"], narr)
    write_csv(os.path.join(HERE, "gold.csv"), ["narrative_id", "code", "level"], gold)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"narratives: {len(narr)}  gold rows: {len(gold)}  "
          f"with a trap: {sum(1 for v in traps.values() if any(x['kind'] != 'note' for x in v))}")


if __name__ == "__main__":
    main()
