#!/usr/bin/env python3
"""Hand-written blind gold set (exploitation and online harm voice).

Every narrative, its gold codes and its trap notes are written by hand below.
Running this file writes narratives.csv, gold.csv and traps.json (CRLF, UTF-8).
Trap kinds: negated, historical, hypothetical, outside (person outside the
household), lookalike (word that looks like a code term), met (need now met),
scope (a negation/hypothetical that does not reach the rest of the text),
rule (a taxonomy convention decides the code, e.g. drugs on an exploited child).
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = []  # one dict per narrative

LEVEL_ORDER = ["blue", "green", "yellow", "orange", "red"]


def box(case, stage, date, loc, level, text, codes, trap="", kinds=()):
    """A narrative written in a level box of a case's triage."""
    st = "A" if stage == "assessment" else "C"
    ROWS.append(dict(nid=f"{case}-{st}-{level}", tid=f"{case}-{st}", case=case,
                     stage=stage, date=date, level=level, loc=loc, text=text,
                     codes=list(codes), gold_level=level, trap=trap,
                     kinds=list(kinds)))


def note(nid, stage, date, loc, gold_level, text, codes, trap="", kinds=()):
    """An unboxed case note; gold_level from the highest level cue (convention 2)."""
    ROWS.append(dict(nid=nid, tid=nid, case=nid, stage=stage, date=date, level="",
                     loc=loc, text=text, codes=list(codes), gold_level=gold_level,
                     trap=trap, kinds=list(kinds)))


A, C = "assessment", "closure"
HOL, BRA, THO, KES = "Hollinmoor", "Brackwater", "Thornlea", "Kestrel Bridge"

# ---------------------------------------------------------------- X001-X005
box("X001", A, "2025-02-10", HOL, "yellow",
    "Claire says Tyler (14) keeps coming in with designer trainers and a second phone and won't tell her where any of it came from. He denies being asked to hold anything for anyone, but he is out past midnight most weekends and swears at her when she asks where he has been. EHW to complete the exploitation screening tool with him and to work with Claire on boundaries.",
    ["SAFE-EXP", "REL-PAR"],
    "'denies being asked to hold anything' is a negation that does not cancel the unexplained phone/trainers and late nights: SAFE-EXP stays present.",
    ["scope", "negated"])
box("X001", A, "2025-02-10", HOL, "orange",
    "Tyler was reported missing twice in January. The second time police found him at 3am in a flat in Brackwater that is known to them and brought him home. He would not engage with the return home interview. Referred to the Hollinmoor exploitation panel, first heard 6/02.",
    ["SAFE-EXP"],
    "Police found and returned a missing child: safeguarding only, not CRIME (convention 7).",
    ["rule"])
box("X001", C, "2025-07-14", HOL, "green",
    "No missing episodes since March. The panel closed the case in June as there was no further intelligence linking Tyler to the older group, and school say he is settled and attending well. If he is approached by the group again, school will re-refer him to the panel.",
    [],
    "Missing episodes and exploitation described as over (historical); 'if he is approached again' is hypothetical; 'attending well' is good news with no stated need.",
    ["historical", "hypothetical"])

box("X002", A, "2025-03-03", BRA, "orange",
    "Leah (15) says her boyfriend is 19. He waits for her outside school in his car and has bought her a new phone and vapes. Friends have told staff he has been showing other people photos of her. Leah has disclosed cutting her thighs and has been referred to CAMHS.",
    ["SAFE-EXP", "MH-CHILD"],
    "Vapes are not SUB (convention 12).",
    ["lookalike"])
box("X002", A, "2025-03-03", BRA, "red",
    "Strategy meeting held 27/02 and a s47 enquiry is under way for child sexual exploitation. Mum (Dawn) cannot stop Leah leaving the house at night and has changed the locks twice after finding the boyfriend had a key cut.",
    ["SAFE-EXP", "REL-PAR"])
box("X002", C, "2025-09-22", BRA, "yellow",
    "The 19-year-old was charged in July and has bail conditions not to contact Leah. She still sees her Bright Path CSE worker every Wednesday and is doing their healthy relationships sessions. Leah remains open to CAMHS and is seen fortnightly.",
    ["SAFE-EXP", "MH-CHILD"],
    "The boyfriend's charge is an offence by someone outside the household: not CRIME.",
    ["outside"])

box("X003", A, "2025-01-20", THO, "orange",
    "Kai (16) was reported missing by Mum on 6/01 and was arrested two days later in a flat in a seaside town 80 miles away with wraps of crack cocaine on him. He has been released under investigation. Police have submitted an NRM referral and the YOS are aware.",
    ["SAFE-EXP", "CRIME"],
    "Drugs found on an exploited child: SAFE-EXP and CRIME, not SUB (convention 12).",
    ["rule"])
box("X003", A, "2025-01-20", THO, "yellow",
    "Kai dropped out of Thornlea College in November and is doing nothing during the day. Mum (Angela) works days at a care home. The careers adviser has offered three appointments and Kai has not gone to any of them.",
    ["EDU-NEET"],
    "16+ NEET is EDU-NEET only, no FIN (convention 11); Mum working at a care home is neither FIN nor CARER.",
    ["lookalike", "rule"])
box("X003", C, "2025-08-04", THO, "yellow",
    "Kai had a positive conclusive grounds decision in June and the CPS has discontinued the charge. He still meets his Independent Child Trafficking Guardian once a month. He started a summer construction skills course in July and hasn't missed a session.",
    ["SAFE-EXP"],
    "Charge discontinued (CRIME historical); now on a course so the NEET need is met; the trafficking guardian is an ongoing service, so SAFE-EXP stays.",
    ["historical", "met"])

box("X004", A, "2025-04-07", KES, "orange",
    "Mia (13) was messaged on Instagram by an account pretending to be a boy her age. Once she had sent a picture he demanded £100 and threatened to send it to everyone she follows. Mum reported it to the police, who are investigating and have kept Mia's phone. Mia has been cutting herself since and is on the CAMHS waiting list.",
    ["SAFE-EXP", "MH-CHILD"],
    "Sextortion victim: the police investigation is into the offender, so not CRIME; the £100 demand is not FIN.",
    ["rule", "lookalike"])
box("X004", C, "2025-08-18", KES, "blue",
    "Mia and Mum went to the online safety evening together, and Mia has made all her accounts private and switched off message requests. Mum knows how to use Report Remove if the picture ever turns up.",
    ["SAFE-EXP"],
    "Blue box: the family now managing online safety counts as present; the 'if the picture ever turns up' clause is hypothetical but does not remove it.",
    ["scope", "hypothetical"])
box("X004", C, "2025-08-18", KES, "green",
    "CAMHS discharged Mia in July after six sessions and she has not self-harmed since May. The GP is still seeing her about her sleep, which is broken most nights.",
    ["PH"],
    "CAMHS discharge and self-harm stopped are historical (no MH-CHILD); sleep at school age is PH (convention 9).",
    ["historical"])

box("X005", A, "2025-05-12", HOL, "orange",
    "Jordan (15) was found with a kitchen knife in his bag at school on 2/05 and was suspended for five days. Police attended and he has since been given a youth caution. He says he carries it for protection but will not say who from.",
    ["EDU-EXC", "CRIME"])
box("X005", A, "2025-05-12", HOL, "yellow",
    "Dad (Marcus) is bringing Jordan up on his own and works nights at the distribution centre, so Jordan is by himself most evenings and Marcus doesn't know where he goes. Marcus has asked for help with setting boundaries and an EHW has been allocated.",
    ["REL-PAR"],
    "Working nights is not FIN (convention 5).",
    ["lookalike"])
box("X005", C, "2025-11-03", HOL, "green",
    "Jordan finished the youth caution programme with the YOS in August and there have been no further incidents at school this term. He is back in all his lessons.",
    [],
    "YOS programme finished and no further incidents: CRIME and EDU-EXC historical.",
    ["historical"])

# ---------------------------------------------------------------- X006-X010
box("X006", A, "2025-06-02", BRA, "yellow",
    "Ellie (12) is autistic and has an EHCP at Brackwater Middle School. Mum found messages on Discord from an adult man telling Ellie to move their chats to a private app and keep them secret. Police informed and a CEOP report made. EHW to do online safety work pitched at Ellie's level of understanding.",
    ["EDU-SEND", "SAFE-EXP"],
    "Police informed about the adult, who is outside the household: not CRIME.",
    ["outside"])
box("X006", A, "2025-06-02", BRA, "green",
    "Ellie's brother Alfie (3) only has a handful of words. The health visitor has referred him to speech and language therapy and he has a funded nursery place from September.",
    ["EYD"])
box("X006", C, "2025-10-20", BRA, "blue",
    "Parental controls are switched on for all the devices in the house and Ellie only uses her tablet in the living room. Mum goes through her messages with her every Sunday evening.",
    ["SAFE-EXP"],
    "Blue box: online safety now being managed by the family counts as present (convention 3).",
    [])

box("X007", A, "2025-02-24", THO, "orange",
    "Callum (14) has been reported missing six times since October and police have found him each time, usually at a friend's house or in the park. In the return interviews he says he goes out after rows with Mum when she has been drinking. Mum (Tracy) says she drinks most days and has agreed to a referral to Thornlea Recovery.",
    ["SAFE-EXP", "SUB", "REL-PAR"],
    "Police finding a missing child is safeguarding, not CRIME; rows between parent and child are REL-PAR.",
    ["rule"])
box("X007", A, "2025-02-24", THO, "yellow",
    "Callum gets his sister Poppy (6) up, dressed and to school most mornings and cooks tea when Tracy is in bed. Referred to Thornlea Young Carers.",
    ["CARER"])
box("X007", C, "2025-07-28", THO, "yellow",
    "Tracy goes to Thornlea Recovery every week and says she now only drinks at weekends. Callum still goes to the young carers group on Tuesdays. He has not been reported missing since February half term.",
    ["SUB", "CARER"],
    "Missing episodes over ('not reported missing since February'): SAFE-EXP historical.",
    ["historical"])

box("X008", A, "2025-09-15", KES, "yellow",
    "Amir (13) forwarded a nude picture of a girl in his year to a group chat. The DSL told the police, who recorded it as Outcome 21 and took no further action, and the image has been deleted. Amir was suspended for three days and the EHW will do harmful sexual behaviour work with him.",
    ["CRIME", "EDU-EXC"],
    "Amir is the one who harmed, not the victim: police dealing with his behaviour is CRIME; the girl is outside the household so her exploitation is not coded for this family.",
    ["outside", "rule"])
box("X008", A, "2025-09-15", KES, "orange",
    "Amir has told his mentor that Year 11 boys push him about and call him names on the bus home, and he has missed six days since half term because he won't get on it. He says he feels worthless and isn't sleeping. Referred to CAMHS.",
    ["SAFE-EXP", "EDU-ATT", "MH-CHILD", "PH"],
    "The same child is a victim of bullying here (SAFE-EXP); sleep problem at school age is PH (convention 9).",
    [])
box("X008", C, "2026-01-26", KES, "yellow",
    "Amir finished the harmful sexual behaviour sessions with the EHW in December. He is still waiting for his first CAMHS appointment. School moved him onto a different bus and the name-calling has stopped.",
    ["MH-CHILD"],
    "HSB work finished and bullying stopped are historical; awaiting CAMHS is present (convention 4).",
    ["historical"])

box("X009", A, "2025-03-17", HOL, "red",
    "Shannon (16) is on a child protection plan under the category of sexual abuse after being exploited by a group of adult men who work at a takeaway in Hollinmoor town centre. She goes missing most weekends and comes back with new clothes and a phone she hasn't paid for.",
    ["SAFE-EXP"])
box("X009", A, "2025-03-17", HOL, "orange",
    "Mum (Kerry) was heard at MARAC in February after her ex-partner strangled her; he is on remand. The private landlord has now served a section 21 notice because of the damage he did to the house.",
    ["DA", "HOUS"],
    "The ex-partner's offence against Mum is DA only, not CRIME (convention 7); he is outside the household.",
    ["rule", "outside"])
box("X009", C, "2025-10-06", HOL, "orange",
    "The family moved into a housing association flat in July. Kerry still sees the IDVA and is halfway through the Freedom Programme. Shannon is seen weekly by the specialist CSE worker and has not been missing since May.",
    ["DA", "SAFE-EXP"],
    "Housing need met by the move (HOUS not coded); missing is historical but the ongoing CSE worker keeps SAFE-EXP present.",
    ["met", "historical"])

box("X010", A, "2025-07-07", BRA, "yellow",
    "Riley (11) moves up to Brackwater High in September. Mum (Gemma) worries that the Year 10 lads he hangs about with at the skate park could draw him in, but nothing suggests he has been asked to do anything for them; if that changes the school will refer to the exploitation panel. Riley shouts and slams doors when he is told to come in, and Gemma is on the waiting list for the Talking Teens parenting course.",
    ["REL-PAR"],
    "Exploitation is only feared, explicitly negated and then hypothetical ('if that changes'): no SAFE-EXP.",
    ["negated", "hypothetical"])
box("X010", C, "2025-12-08", BRA, "blue",
    "Gemma finished Talking Teens and now uses the calm-down plan when Riley kicks off. She says home is much calmer.",
    ["REL-PAR"],
    "Blue box: the course is over but Mum is now managing his behaviour with the plan, which counts as present (convention 3).",
    [])
box("X010", C, "2025-12-08", BRA, "green",
    "Riley has settled in well at Brackwater High and has had no behaviour points since October.",
    [],
    "No behaviour points since October: over/good news, no EDU-EXC.",
    ["historical"])

# ---------------------------------------------------------------- X011-X015
box("X011", A, "2025-05-19", THO, "red",
    "Jade (14) and her two brothers are on child in need plans. Jade went missing four times in May and was found each time at an address in Thornlea where older men are known to deal. On two visits there was no food in the cupboards and dog mess on the floors.",
    ["SAFE-EXP", "SAFE-NEG"])
box("X011", A, "2025-05-19", THO, "orange",
    "Dad (Paul) is on a methadone script and Mum (Lisa) has bipolar disorder and is under the community mental health team. They owe £1,800 in rent and the landlord has served a section 8 notice.",
    ["SUB", "MH-ADULT", "FIN", "HOUS"],
    "Methadone script codes SUB (convention 4).",
    ["rule"])
box("X011", C, "2025-12-15", THO, "orange",
    "The CIN plan was stepped down to early help in October. Jade went missing once in November and police found her at a friend's within three hours; the return interview raised no exploitation concerns. Paul remains on his script. The section 8 notice was withdrawn once the arrears were cleared.",
    ["SAFE-EXP", "SUB"],
    "'No exploitation concerns' does not undo the November missing episode (SAFE-EXP present); police finding her is not CRIME; arrears cleared and notice withdrawn are historical (no FIN, HOUS).",
    ["negated", "scope", "historical", "rule"])

box("X012", A, "2025-08-11", KES, "yellow",
    "Tom (17) smokes cannabis every day and says it is the only thing that calms him down. He has been referred to Route 17, the young people's drug and alcohol service.",
    ["SUB"],
    "The young person's own use, not drugs found on him while exploited: SUB.",
    [])
box("X012", A, "2025-08-11", KES, "orange",
    "Tom told his youth worker he 'owes' a local group £300 because a bag he was minding for them was taken off him, and that he has been doing 'favours' for them to pay it back. The exploitation screening scored high and he has been referred to the contextual safeguarding panel.",
    ["SAFE-EXP"],
    "The 'debt' is debt bondage by the exploiters, not a household money problem: coded SAFE-EXP, not FIN (judgement call).",
    ["lookalike"])
box("X012", C, "2026-01-12", KES, "orange",
    "Tom says no one from the group has been in touch since the summer and he has changed his number. The panel closed the case in December. If they contact him again he has agreed to tell his youth worker straight away.",
    [],
    "Exploitation over (panel closed) and only hypothetical now ('if they contact him again').",
    ["historical", "hypothetical"])

box("X013", A, "2025-10-06", HOL, "yellow",
    "Chloe (15) sent pictures to a boy she met online who turned out to be in his twenties. She has blocked him and the DSL has made a CEOP report. Chloe is anxious about coming into school in case the pictures are going round. Her parents separated in the summer and argue in front of her at handovers.",
    ["SAFE-EXP", "MH-CHILD", "REL-CONF"])
box("X013", A, "2025-10-06", HOL, "green",
    "Chloe's attendance is fine. The school counsellor is seeing her once a week.",
    ["MH-CHILD"],
    "'Attendance is fine' is good news with no need: no EDU-ATT.",
    ["negated"])
box("X013", C, "2026-02-16", HOL, "blue",
    "Mum and Dad now do handovers at Dad's sister's house so they don't have to see each other. Chloe says she is happier and has stopped seeing the counsellor.",
    ["REL-CONF"],
    "Counselling ended (MH-CHILD historical); parents managing the conflict is present in a blue box.",
    ["historical"])

box("X014", A, "2025-11-10", BRA, "orange",
    "Police entered Mum's flat on 1/11 after neighbours reported people coming and going all night, and they believe it is being used by a county line from out of area. Dylan (15) was there with £600 in cash and two phones and was arrested and bailed. Mum (Lorraine) has a learning disability and says the men are 'Dylan's mates'.",
    ["SAFE-EXP", "CRIME", "PH"],
    "Cuckooing and an exploited child who is also arrested: SAFE-EXP and CRIME. Mum's learning disability coded PH (disability of a family member).",
    ["rule"])
box("X014", A, "2025-11-10", BRA, "red",
    "Strategy meeting on 4/11 and s47 enquiries for Dylan and his sister Kayla (9). Police found Kayla asleep on a bare mattress and there was no food in the flat.",
    ["SAFE-NEG"],
    "Police finding Kayla is safeguarding, not CRIME.",
    ["rule"])
box("X014", C, "2026-04-20", BRA, "orange",
    "Dylan was given a referral order for the cash and phones and sees his YOS worker weekly. His NRM reasonable grounds decision was positive and the conclusive decision is still awaited.",
    ["CRIME", "SAFE-EXP"])

box("X015", A, "2025-04-28", THO, "green",
    "Noah (10) has ADHD and is on the SEN register at Thornlea Primary. The SENCO has put in a plan for movement breaks.",
    ["EDU-SEND"])
box("X015", A, "2025-04-28", THO, "yellow",
    "Mum (Nicola) has been low and anxious since her brother went to prison for county lines dealing in March. The GP has started her on sertraline and referred her to Talking Therapies. There is nothing to suggest Noah has had any contact with people linked to his uncle.",
    ["MH-ADULT"],
    "The uncle is outside the household (no CRIME); exploitation of Noah explicitly negated (no SAFE-EXP).",
    ["outside", "negated"])
box("X015", C, "2025-09-29", THO, "blue",
    "Nicola has finished Talking Therapies and says she feels like herself again.",
    [],
    "Treatment finished and recovered: MH-ADULT historical even in a blue box.",
    ["historical"])

# ---------------------------------------------------------------- X016-X020
box("X016", A, "2025-01-13", KES, "orange",
    "Harvey (14) has started a managed move to Kestrel Bridge Academy after repeated fights at his last school. Police have seen him in drill videos posted by a local group and are worried he is being groomed to carry for them. He was discussed at the exploitation panel on 9/01.",
    ["EDU-EXC", "SAFE-EXP"],
    "Police intelligence about him as a possible victim, no arrest or call-out about his behaviour: not CRIME.",
    ["rule"])
box("X016", A, "2025-01-13", KES, "yellow",
    "Harvey's dad is in prison for robbery and hasn't lived with the family since 2021. Mum (Aisha) says Harvey is angry about it and they row most nights; she wants some help.",
    ["REL-PAR"],
    "Dad is outside the household and his offence is not CRIME; mother-son rows are REL-PAR.",
    ["outside"])
box("X016", C, "2025-06-16", KES, "yellow",
    "The managed move was made permanent in April. Harvey still meets a Street Reach youth worker after school twice a week because of his links to the group.",
    ["SAFE-EXP"],
    "The managed move is complete (need met, no EDU-EXC); the ongoing youth worker for the group links keeps SAFE-EXP.",
    ["met"])

box("X017", A, "2025-09-08", HOL, "yellow",
    "Ava (13) went missing overnight on 30/08 and police found her the next morning at a house party in Brackwater. In the return interview she said an older 'friend' she had met on Snapchat drove her there and bought her food. Mum has the missing-from-home worker's number to ring if Ava goes missing again, and an EHW is visiting weekly.",
    ["SAFE-EXP"],
    "Police finding her is safeguarding only, not CRIME; the 'if she goes missing again' clause is hypothetical but the August episode and the grooming contact are present.",
    ["rule", "hypothetical", "scope"])
box("X017", C, "2026-01-19", HOL, "green",
    "No further missing episodes. Ava has no contact with the 'friend' now and his account was taken down after the police report.",
    [],
    "Missing and grooming contact over: historical.",
    ["historical"])
box("X017", C, "2026-01-19", HOL, "yellow",
    "The SENCO has referred Ava for an autism assessment and she is on the waiting list.",
    ["EDU-SEND"])

box("X018", A, "2025-06-23", BRA, "orange",
    "Ryan (16) and two friends were arrested for taking a younger boy's phone by force. He is on bail and the YOS have assessed him. The exploitation screening found no indicators: Ryan's money comes from his Saturday job and there are no unexplained items.",
    ["CRIME"],
    "Exploitation screened and negated (no SAFE-EXP); the robbed boy is outside the household.",
    ["negated", "outside"])
box("X018", A, "2025-06-23", BRA, "yellow",
    "Mum (Donna) has long COVID and can't work. The family are on UC and owe £700 on the gas and electric. Ryan does the shopping and most of the cooking for her.",
    ["PH", "FIN", "CARER"])
box("X018", C, "2025-12-01", BRA, "blue",
    "Donna now has a prepayment meter and pays £15 a week off the energy debt. Ryan still cooks most nights, but his aunt does the big shop now.",
    ["FIN", "CARER"],
    "Blue box: paying off the debt and the continuing caring role are 'now managing' (present).",
    [])

box("X019", A, "2025-10-13", THO, "yellow",
    "A private picture Sophie (14) sent to her boyfriend has been shared around her year group. She hasn't been in school since 29/09 and says she can't face it. The DSL has reported it to the police and got the image taken down.",
    ["SAFE-EXP", "EDU-ATT"],
    "The police report concerns the boyfriend, outside the household: not CRIME.",
    ["outside"])
box("X019", A, "2025-10-13", THO, "orange",
    "Sophie told the school nurse she has thought about ending her life. Urgent referral to the CAMHS crisis team, who saw her on 8/10, and a safety plan is in place.",
    ["MH-CHILD"])
box("X019", C, "2026-03-09", THO, "yellow",
    "Sophie is on a part-time timetable and is building up to full days after half term. The CAMHS crisis team discharged her in February with no further involvement.",
    ["EDU-ATT"],
    "CAMHS discharged with no further involvement: MH-CHILD historical.",
    ["historical"])

box("X020", A, "2026-01-05", KES, "orange",
    "Marcel (15) lives with his nan, who is his kinship carer under an SGO. British Transport Police found him on a train to the coast with a rucksack of cash he couldn't explain and made an NRM referral. He is also working with the YOS on a referral order for criminal damage.",
    ["SAFE-EXP", "CRIME"],
    "'Kinship carer' is not CARER (convention 12); BTP finding him is safeguarding, but the YOS order is CRIME.",
    ["lookalike", "rule"])
box("X020", A, "2026-01-05", KES, "yellow",
    "Nan (Gloria) is 71 and has COPD. Marcel collects her prescriptions and sets up her nebuliser every night. Gloria says she is too worn out to keep track of where he goes.",
    ["PH", "CARER", "REL-PAR"])
box("X020", C, "2026-06-15", KES, "orange",
    "Still waiting for the NRM conclusive grounds decision. Marcel has not gone missing since January and is keeping to the curfew on his YOS order.",
    ["SAFE-EXP", "CRIME"],
    "Missing is historical, but the pending NRM decision keeps SAFE-EXP and the YOS order keeps CRIME.",
    ["historical", "scope"])

# ---------------------------------------------------------------- X021-X025
box("X021", A, "2025-03-10", HOL, "green",
    "Girls in Lily's (12) form group are posting nasty comments about her in a group chat. The Head of Year has spoken to the girls and to their parents.",
    ["SAFE-EXP"],
    "The girls are outside the household, but being bullied by them is the child's own need (SAFE-EXP).",
    [])
box("X021", A, "2025-03-10", HOL, "yellow",
    "Lily has scratched her arms and keeps telling her mum she is 'rubbish at everything'. Referred to Kooth and to Hollinmoor Youth Counselling.",
    ["MH-CHILD"])
box("X021", C, "2025-07-07", HOL, "blue",
    "Lily left the group chat and has made friends at the gaming club. She still goes to Youth Counselling every week, and Dad, who works shifts, swaps his rota so he can take her.",
    ["MH-CHILD"],
    "Bullying over (no SAFE-EXP); shift work is not FIN; ongoing counselling is present.",
    ["historical", "lookalike"])

box("X022", A, "2025-08-25", BRA, "yellow",
    "Kyle (13) has been missing school on Fridays and his attendance is 84% since Easter; he says he's bored. Mum (Shelley) had a baby four weeks ago.",
    ["EDU-ATT"],
    "'Missing school' is absence, not a missing episode: no SAFE-EXP.",
    ["lookalike"])
box("X022", A, "2025-08-25", BRA, "orange",
    "Kyle's older cousin Jake, who lives with his own mum in Thornlea, was arrested in July for dealing. Kyle has been seen in Jake's car. He denies being asked to hold anything, police have no intelligence on him and the exploitation screening came back low. Shelley says Kyle hasn't seen Jake since the arrest.",
    [],
    "Cousin lives elsewhere (his arrest is not CRIME for this family); exploitation of Kyle denied, screened low and contact ended.",
    ["outside", "negated", "historical"])
box("X022", C, "2026-01-05", BRA, "green",
    "Kyle's attendance is 95% this term. The attendance officer still checks in with him every Friday morning.",
    ["EDU-ATT"],
    "Green box: attendance now being managed with the officer's ongoing support counts as present.",
    [])

box("X023", A, "2025-02-03", THO, "yellow",
    "Bethany (17) was sexually exploited when she was 13 and the men were convicted in 2022; she does not want to go over it again. She is 20 weeks pregnant and has missed two antenatal appointments.",
    ["PH"],
    "CSE is historical and ended (convictions in 2022): no SAFE-EXP; missed medical appointments are PH.",
    ["historical"])
box("X023", A, "2025-02-03", THO, "orange",
    "Bethany's boyfriend (22) lives with her and Mum. Mum says he goes through Bethany's phone and won't let her go out without him. DASH completed with Bethany, medium risk, and an IDVA referral made.",
    ["DA"],
    "Controlling partner of a 17-year-old: DA, not CRIME.",
    ["rule"])
box("X023", C, "2025-08-11", THO, "yellow",
    "Baby Maisie was born in June. Bethany has ended the relationship and he has moved out, but she still sees the IDVA and has a non-molestation order.",
    ["DA"],
    "Relationship over, but the IDVA and the non-molestation order are ongoing: DA present.",
    ["scope"])

box("X024", A, "2025-05-06", KES, "orange",
    "Jess and her two children live in a one-bed flat with black mould in the bedroom the children share. Ollie's (9) asthma has got worse and he has been admitted twice this year. Environmental health have served a notice on the landlord.",
    ["HOUS", "PH"],
    "The notice is served on the landlord about disrepair: HOUS for the family, not CRIME.",
    ["lookalike"])
box("X024", A, "2025-05-06", KES, "yellow",
    "Ollie's brother Connor (19) moved out in February and police believe he is running a county line. Jess says he doesn't come round and Ollie has no contact with his friends; if Connor tries to get in touch with Ollie, Jess will tell the school. Jess is using the food bank and has a Citizens Advice appointment because her PIP has been stopped.",
    ["FIN"],
    "Connor is outside the household: no CRIME, and no SAFE-EXP for Ollie (contact negated, approach only hypothetical).",
    ["outside", "negated", "hypothetical"])
box("X024", C, "2025-11-17", KES, "green",
    "The family moved to a three-bed housing association house in October. Ollie's asthma is under control with his preventer inhaler and the school nurse has drawn up an asthma plan for school.",
    ["PH"],
    "Housing need met by the move (no HOUS); asthma now managed is present in a green box.",
    ["met"])

box("X025", A, "2025-11-24", HOL, "orange",
    "Police were called on 15/11 after Jayden (15) punched his mum during a row about going out. He was arrested and released with no further action. He had £200 on him that he couldn't explain, which police flagged as a possible sign of exploitation.",
    ["REL-PAR", "CRIME", "SAFE-EXP"],
    "Child-to-parent violence is REL-PAR plus CRIME (police), not DA (convention 8).",
    ["rule"])
box("X025", C, "2026-05-11", HOL, "orange",
    "No police call-outs since December. Jayden and Mum (Michelle) are working with the Edge of Care team on a non-violent resistance plan.",
    ["REL-PAR"],
    "Police call-outs over: CRIME historical.",
    ["historical"])
box("X025", C, "2026-05-11", HOL, "yellow",
    "Jayden still gets '£20 a week for washing cars' from an older lad on the estate, which Michelle doesn't like. The youth worker is trying to find out who the lad is, as it looks like the start of grooming.",
    ["SAFE-EXP"],
    "Money from an older lad outside the household is a current exploitation concern for Jayden: SAFE-EXP, not FIN.",
    ["lookalike"])

# ---------------------------------------------------------------- X026-X030
box("X026", A, "2025-04-14", THO, "blue",
    "Mum (Hannah) runs a dog grooming business from home and Dad works offshore, two weeks on and two weeks off. Hannah's mum does the school run on Tuesdays and Thursdays.",
    [],
    "'Dog grooming' is a look-alike for grooming; offshore work is not FIN.",
    ["lookalike"])
box("X026", A, "2025-04-14", THO, "green",
    "Ethan's older friend Sam (12) from the church youth club walks him home on Wednesdays, which Hannah is happy with.",
    [],
    "An 'older friend' who is simply a friend: no exploitation concern stated.",
    ["lookalike", "outside"])
box("X026", A, "2025-04-14", THO, "yellow",
    "Ethan (8) has started wetting the bed most nights since Dad began working away, and he is anxious at bedtime. The school nurse has referred him to the enuresis clinic.",
    ["PH", "MH-CHILD"],
    "Bedwetting at school age is PH (convention 9).",
    ["rule"])

box("X027", A, "2026-02-02", THO, "red",
    "Keisha (15) was found by police in a hotel room in Brackwater with two adult men on 24/01. ICPC held on 30/01 and she is now on a child protection plan for sexual exploitation. NRM referral made.",
    ["SAFE-EXP"],
    "Police found and removed her as a victim: not CRIME.",
    ["rule"])
box("X027", A, "2026-02-02", THO, "orange",
    "Keisha says she drinks heavily at weekends and takes cocaine 'if it's going'. Referred to the young people's substance misuse service and to CAMHS.",
    ["SUB", "MH-CHILD"],
    "Her own drug and alcohol use (not drugs found on her while exploited): SUB.",
    [])
box("X027", C, "2026-07-20", THO, "orange",
    "The CP plan ended in June and Keisha is now on a child in need plan. She still sees the specialist exploitation worker every week. She says she has stopped using and the substance misuse service has closed her case.",
    ["SAFE-EXP"],
    "Substance use stopped and case closed: SUB historical. The red-cue words (CP, CIN) do not change the orange box level.",
    ["historical"])

box("X028", A, "2025-07-21", KES, "orange",
    "Reuben (17) lives at home and was charged in June with having a bladed article in public; he is on a YOS order with a tag. His brother Isaac (13) was robbed of his bike by older boys last month and now has panic attacks when he has to go out.",
    ["CRIME", "MH-CHILD"],
    "Isaac is a victim of a crime by boys outside the household: that part is not CRIME; Reuben's offence is.",
    ["outside"])
box("X028", A, "2025-07-21", KES, "yellow",
    "Reuben was asked to leave college in March and isn't in any education or training. Dad (Lee) hasn't worked since he injured his back and the family are two months behind on the rent.",
    ["EDU-NEET", "PH", "FIN"],
    "Rent arrears with no notice or threat of losing the home: FIN, not HOUS; FIN comes from the arrears and Dad's worklessness, not from Reuben's NEET status (convention 11).",
    ["rule"])
box("X028", C, "2025-12-22", KES, "blue",
    "Isaac is out on his bike with his friends again and uses the breathing exercises his school mentor taught him when he starts to feel panicky.",
    ["MH-CHILD"],
    "Blue box: panic now being self-managed counts as present.",
    [])

box("X029", A, "2025-12-01", HOL, "orange",
    "Freya (13) has been reported missing five times since September, and each time police found her with a group of older girls in the town centre. In the return interviews she says she stays out to avoid Mum's partner, who shouts at Mum and smashed her phone.",
    ["SAFE-EXP", "DA"],
    "Police finding her is safeguarding, not CRIME.",
    ["rule"])
box("X029", A, "2025-12-01", HOL, "yellow",
    "Mum (Stacey) has been referred to the Hollinmoor domestic abuse outreach service and has accepted support, though she says her partner is 'not violent'.",
    ["DA"],
    "Mum's minimising ('not violent') is not a negation of the DA support now in place.",
    ["scope"])
box("X029", C, "2026-05-18", HOL, "green",
    "Freya sees the school's mental health support team practitioner for low mood. Mum's partner moved out in January and there have been no missing episodes since then.",
    ["MH-CHILD"],
    "Partner gone and missing episodes over: DA and SAFE-EXP historical.",
    ["historical"])

box("X030", A, "2026-03-02", BRA, "orange",
    "Zac (14) met an adult through an online game who talked him into collecting a parcel from a house in Thornlea. Mum (Rachel) found his bed empty at 1am and rang the police, who brought him home. He has been assessed as high risk of criminal exploitation and is being discussed at MACE.",
    ["SAFE-EXP"],
    "Police returning him is safeguarding, not CRIME.",
    ["rule"])
box("X030", A, "2026-03-02", BRA, "yellow",
    "Zac is autistic and has an EHCP at Brackwater Park School. His annual review is overdue and the SEN team are chasing it.",
    ["EDU-SEND"])
box("X030", C, "2026-08-10", BRA, "yellow",
    "The MACE panel closed the case in July. Zac has had no contact with the adult since, and police have had his accounts shut down. If he is contacted again Rachel will ring 101.",
    [],
    "Panel closed and contact ended (historical); 'if he is contacted again' is hypothetical.",
    ["historical", "hypothetical"])

# ---------------------------------------------------------------- unboxed notes
note("U001", A, "2025-06-09", HOL, "yellow",
     "Return home interview with Brandon (15), who went missing on 5/06 and came home by himself at 2am. He says he went to Brackwater to meet a girl from TikTok who never turned up. Mum has found no new clothes, cash or phones in his room. The family support worker will do an online safety session with him next week.",
     ["SAFE-EXP"],
     "No unexplained items (negated indicators), but the missing episode and online contact are present. Level: family support worker (yellow) is the only cue.",
     ["negated", "scope"])
note("U002", A, "2025-10-27", THO, "red",
     "Strategy meeting held today for Tia (14) after she told her teacher that a man from the estate makes her take packages across town and has threatened her brother if she stops. s47 agreed and police will arrange an ABE interview with her.",
     ["SAFE-EXP"],
     "Police interviewing her as a victim is not CRIME; the exploiter is outside the household. Level: strategy meeting/s47 (red).",
     ["outside", "rule"])
note("U003", C, "2026-02-23", KES, "green",
     "DSL note: a PCSO gave an assembly on county lines and knife crime to the whole of Year 9. Logan (14) stayed behind afterwards to ask how you would know if a friend was involved. No concerns about Logan himself. The SENCO has booked him in for a dyslexia screening in March.",
     ["EDU-SEND"],
     "County lines and knives mentioned only as a universal assembly topic; concerns about Logan negated; a PCSO assembly is not a police call-out. Level: SENCO/school (green).",
     ["lookalike", "negated"])
note("U004", A, "2025-09-01", BRA, "yellow",
     "EHW home visit. Karen's partner Steve came out of prison in July and lives with the family; he is on licence and his probation officer visits monthly. Karen says she drinks a bottle of wine most nights and has agreed to a referral to the drug and alcohol service. Both children were well presented.",
     ["CRIME", "SUB"],
     "Household adult on licence is CRIME (convention 7); 'well presented' is good news, no SAFE-EXP/SAFE-NEG. Level: EHW and drug and alcohol service (yellow).",
     ["rule"])
note("U005", C, "2026-04-13", HOL, "blue",
     "Aaron (17) has not been in education, employment or training since he left school. There have been no exploitation concerns since the panel closed his case in January. He has the link to the council's youth jobs board and is applying for apprenticeships himself, with his uncle helping him with his CV.",
     ["EDU-NEET"],
     "Exploitation over (panel closed): historical; NEET only, no FIN (convention 11). Level: information the young person acts on himself, family network (blue).",
     ["historical", "rule"])
note("U006", A, "2025-12-08", THO, "orange",
     "Police were called to the house on 30/11 when Kieran (15) smashed two windows after Mum took his phone off him. Mum says he gets messages at all hours from numbers she doesn't know and has new clothes she didn't pay for, and she is worried someone is using him.",
     ["REL-PAR", "CRIME", "SAFE-EXP"],
     "Damage at home after a row with Mum is REL-PAR plus CRIME (police called about a young person's behaviour). Level: police call-out (orange).",
     ["rule"])


# ---------------------------------------------------------------- write files
def main():
    cases = {}
    for r in ROWS:
        cases.setdefault(r["case"], []).append(r)
    # order: cases as written, within a triage assessment before closure, boxes by level
    ordered = []
    for case, rs in cases.items():
        rs = sorted(rs, key=lambda r: (r["stage"] != A,
                                        LEVEL_ORDER.index(r["gold_level"])))
        ordered.extend(rs)

    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level",
                    "locality", "narrative"])
        for r in ordered:
            w.writerow([r["nid"], r["tid"], r["case"], r["stage"], r["date"], r["level"],
                        r["loc"], r["text"]])

    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for r in ordered:
            for code in r["codes"]:
                w.writerow([r["nid"], code, r["gold_level"]])

    traps = [dict(narrative_id=r["nid"], kinds=r["kinds"], note=r["trap"],
                  gold_codes=r["codes"], gold_level=r["gold_level"])
             for r in ordered if r["trap"]]
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(traps, f, ensure_ascii=False, indent=1)
        f.write("\n")

    n_gold = sum(len(r["codes"]) for r in ordered)
    print(f"{len(ordered)} narratives, {n_gold} gold rows, {len(traps)} with trap notes")


if __name__ == "__main__":
    main()
