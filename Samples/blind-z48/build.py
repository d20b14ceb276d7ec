#!/usr/bin/env python3
"""Blind hand-written gold set: child-to-parent violence, sibling conflict (ages 8-16).
Each record: (narrative_id, stage, date, level_box, locality, text, gold_codes, gold_level, traps)
traps: list of (type, note); type in negated/historical/hypothetical/outside/lookalike/rule."""
import csv, json, os

R = []

def B(case, st, date, lvl, loc, text, codes, traps=()):
    s = 'assessment' if st == 'A' else 'closure'
    R.append(dict(nid=f'{case}-{st}-{lvl}', tid=f'{case}-{st}', case=case, stage=s,
                  date=date, level=lvl, loc=loc, text=text, codes=list(codes),
                  glevel=lvl, traps=list(traps)))

def U(nid, stage, date, loc, text, codes, glevel, traps=()):
    R.append(dict(nid=nid, tid=nid, case=nid, stage=stage, date=date, level='',
                  loc=loc, text=text, codes=list(codes), glevel=glevel, traps=list(traps)))

# K001 Ashbury
B('K001','A','2025-02-10','yellow','Ashbury',"Tyler (12) has been pushing and kicking mum when she asks him to come off the Xbox, and last week put his fist through his bedroom door. Leanne says she can't say no to him any more and gives in to keep the peace. Referred to the NVR parent group at Ashbury Family Hub.",['REL-PAR'])
B('K001','A','2025-02-10','orange','Ashbury',"Police attended x3 in January after Tyler smashed the TV and threatened Leanne with a kitchen knife. Tyler is also open to YOS for a separate criminal damage matter at the bus station.",['REL-PAR','CRIME'],[('rule','child-to-parent violence is REL-PAR + CRIME (police), not DA')])
B('K001','A','2025-02-10','green','Ashbury',"School say Tyler is settled in class, attendance 97% and no behaviour points this term. Leanne's relationship with Tyler's dad was abusive but he moved abroad in 2019 and there has been no contact since.",[],[('negated','good school news, no need stated'),('historical','mum past DA, ended 2019')])
B('K001','C','2025-07-21','blue','Ashbury',"Leanne finished the NVR course and now uses the announcement and waits until things are calm before raising issues; Tyler still flares up over screen time but she sits it out rather than shouting back.",['REL-PAR'],[('rule','blue box now managing counts as present')])
B('K001','C','2025-07-21','yellow','Ashbury',"Tyler continues on his referral order with YOS until September, engaging well with reparation sessions.",['CRIME'])

# K002 Fenwick - sibling conflict
B('K002','A','2025-03-04','green','Fenwick',"Amira (9) and her brother Zayn (11) fight most evenings, mainly pinching and name calling over the games console. Mum Farah has asked the school nurse for ideas on handling sibling rivalry.",['REL-PAR'])
B('K002','A','2025-03-04','yellow','Fenwick',"Zayn's temper at home has got worse: he hit Amira with a hairbrush leaving a bruise and threw a chair towards Farah. Zayn has a diagnosis of ADHD and is on the SEN register at Fenwick Primary. EH worker allocated to support Farah with boundaries.",['REL-PAR','EDU-SEND'],[('rule','sibling violence is child behaviour at home: REL-PAR, not DA')])
B('K002','A','2025-03-04','orange','Fenwick',"N/A - no police involvement, family not known to social care.",[],[('negated','N/A box, police negated')])
B('K002','C','2025-08-15','blue','Fenwick',"Farah has set up separate console slots and a reward chart; the children's arguments are down to once or twice a week and she deals with them herself.",['REL-PAR'])
B('K002','C','2025-08-15','green','Fenwick',"Zayn continues to get SEN support in school, SENCO reviews his plan each term.",['EDU-SEND'])

# K003 Hollins Cross - older peers, police
B('K003','A','2025-04-02','orange','Hollins Cross',"Jordan (15) is staying out until 2am with older lads from the estate and was found by police in a stolen car on 20/3 and arrested. Mum is worried he is being used to carry for them; CCE screening tool completed.",['SAFE-EXP','CRIME'])
B('K003','A','2025-04-02','yellow','Hollins Cross',"Jordan swears at mum and punched a hole in the kitchen wall when she took his phone off him. Mum, Dawn, says some days she is frightened of him.",['REL-PAR'])
B('K003','A','2025-04-02','red','Hollins Cross',"Strategy meeting held 28/3 due to exploitation concerns; s47 not progressed, case to continue as child in need.",['SAFE-EXP'])
B('K003','C','2025-10-10','orange','Hollins Cross',"Jordan arrested again in August for possession with intent; police believe the drugs in his bag belonged to the older group. YOS now involved.",['CRIME','SAFE-EXP'],[('rule','drugs found on exploited child: SAFE-EXP + CRIME, not SUB')])
B('K003','C','2025-10-10','yellow','Hollins Cross',"Home is calmer. No damage to the property since June and Dawn reports no further aggression towards her.",[],[('historical','aggression at home over since June')])

# K004 Marlow Vale - anxiety, school refusal
B('K004','A','2025-01-20','yellow','Marlow Vale',"Isla (13) has not been in school since half term, says she feels sick with worry in the mornings and lashes out at dad when he tries to get her into the car. Dad Mark is a lone parent and says he has run out of ideas.",['EDU-ATT','MH-CHILD','REL-PAR'])
B('K004','A','2025-01-20','green','Marlow Vale',"GP saw Isla for the morning stomach aches, no physical cause found. GP has asked the school nurse to do some anxiety work with her.",['MH-CHILD'],[('negated','physical cause ruled out: no PH')])
B('K004','A','2025-01-20','blue','Marlow Vale',"Mark has read the anxiety leaflets he was signposted to and uses a breathing app with Isla at bedtime.",['MH-CHILD'])
B('K004','C','2025-06-30','green','Marlow Vale',"Isla back full time since May, the reduced timetable has ended and attendance is 94% this half term. Pastoral lead still checks in weekly about her worries.",['MH-CHILD'],[('historical','part-time timetable ended, attendance now fine')])
B('K004','C','2025-06-30','blue','Marlow Vale',"Isla no longer hits out at Mark. He says mornings are 'boring now', which he is very pleased about.",[],[('historical','child-to-parent aggression stopped')])

# K005 Ashbury - parent unable to cope
B('K005','A','2025-05-12','yellow','Ashbury',"Sophie (lone parent) says she cannot cope with Ryan (14), who shouts, slams doors and kicks the walls when told no. Sophie is on sertraline for depression and says she has given up trying to set rules. Referred to the Who's in Charge? programme.",['REL-PAR','MH-ADULT'])
B('K005','A','2025-05-12','orange','Ashbury',"Ryan pushed his sister Maisie (8) down the last few stairs on 3/5; Maisie was shaken but not hurt. Police attended and gave Ryan words of advice.",['REL-PAR','CRIME'],[('negated','sibling not hurt: no PH')])
B('K005','C','2025-11-03','yellow','Ashbury',"Sophie finished Who's in Charge? and has house rules on the fridge. Ryan still refuses them at times, but police have not been called since July.",['REL-PAR'],[('historical','police call-outs ended July')])
B('K005','C','2025-11-03','green','Ashbury',"Sophie sees her GP monthly about her depression and says her mood has lifted.",['MH-ADULT'])

# K006 Fenwick - exclusion, ADHD assessment
B('K006','A','2025-09-15','orange','Fenwick',"Kacper (11) had a 5 day suspension for throwing a chair at a TA and is at risk of permanent exclusion. School proposing a managed move to Fenwick Park Academy; multi-agency TAF set up.",['EDU-EXC'])
B('K006','A','2025-09-15','yellow','Fenwick',"Kacper is on the waiting list for an ADHD assessment with the community paediatrician. Mum Agata says at home he is fidgety but no trouble, with no incidents towards her or his younger brother.",['EDU-SEND'],[('negated','no aggression at home')])
B('K006','A','2025-09-15','green','Fenwick',"Agata worries that if he has to move school he might fall in with the older boys who hang around the park, but there is nothing to suggest this at present.",[],[('hypothetical','possible links with older peers, not current')])
B('K006','C','2026-02-09','yellow','Fenwick',"The managed move went through in November and Kacper has had no suspensions at his new school. ADHD assessment done and diagnosis given; SEN support plan in place.",['EDU-SEND'],[('historical','managed move completed, no suspensions since')])

# K007 Hollins Cross - past DA, trauma
B('K007','A','2025-02-25','orange','Hollins Cross',"Lily-Mae (10) is open to CAMHS for trauma after years of witnessing DA between mum and her former partner. He was convicted in 2022 and there has been no contact since. Lily-Mae now hits and bites mum during meltdowns.",['MH-CHILD','REL-PAR'],[('historical','DA ended 2022')])
B('K007','A','2025-02-25','yellow','Hollins Cross',"Mum Chantelle is attending the Freedom Programme on Tuesday mornings and says it helps her make sense of Lily-Mae's outbursts.",['DA'],[('rule','ongoing Freedom Programme codes DA (convention 4)')])
B('K007','A','2025-02-25','green','Hollins Cross',"School report Lily-Mae is doing well in lessons, no concerns about attendance or behaviour in class.",[],[('negated','no school concerns')])
B('K007','C','2025-09-01','orange','Hollins Cross',"Lily-Mae remains open to CAMHS, next review in October.",['MH-CHILD'])
B('K007','C','2025-09-01','blue','Hollins Cross',"Chantelle uses a calm-down box and a safe word with Lily-Mae. Meltdowns still happen about weekly but are shorter and nobody is getting hurt.",['REL-PAR'])

# K008 Marlow Vale - young carer, sibling shoving
B('K008','A','2025-06-05','yellow','Marlow Vale',"Ellie (15) helps mum Karen with her tablets and showering because of Karen's MS and has been referred to Marlow Young Carers. Ellie and her brother Josh (13) row constantly about jobs around the house and Josh has shoved her into the wall twice.",['CARER','PH','REL-PAR'])
B('K008','A','2025-06-05','green','Marlow Vale',"Karen's MS nurse visits monthly. Karen gets PIP and says money is fine.",['PH'],[('negated','PIP alone, no money problem: no FIN')])
B('K008','C','2025-12-12','blue','Marlow Vale',"Ellie goes to the young carers group fortnightly. The jobs rota means fewer rows between the two and Karen steps in early when they start.",['CARER','REL-PAR'])

# K009 Ashbury - hypothetical escalation
B('K009','A','2025-03-18','yellow','Ashbury',"Noah (9) has screaming fits at bedtime and has thrown toys at mum Gemma and kicked her shins. Gemma says if it gets any worse she would think about calling the police, but she has not needed to. Family support worker to start a bedtime routine plan.",['REL-PAR'],[('hypothetical','police call only if it gets worse')])
B('K009','A','2025-03-18','green','Ashbury',"Noah wets the bed 3-4 nights a week; GP has referred to the school nurse enuresis clinic.",['PH'],[('rule','bedwetting at school age is PH')])
B('K009','C','2025-08-04','green','Ashbury',"Enuresis clinic has given Noah an alarm and dry nights are increasing.",['PH'])
B('K009','C','2025-08-04','blue','Ashbury',"Gemma says bedtimes are now 'smashing' compared to before and Noah has not kicked or thrown anything since Easter.",[],[('lookalike','"smashing" = good'),('historical','aggression stopped since Easter')])

# K010 Fenwick - step-family: parental arguments vs parent-child
B('K010','A','2025-04-22','yellow','Fenwick',"Mum Rachel and stepdad Lee argue most nights about how to handle Callum (14); Lee wants to be stricter and Rachel says he is too harsh. No suggestion of abuse between them. Callum calls Rachel names and spits at Lee.",['REL-CONF','REL-PAR'],[('negated','abuse between adults denied: no DA'),('rule','parent arguments REL-CONF, parent-child REL-PAR')])
B('K010','A','2025-04-22','orange','Fenwick',"Callum was excluded for 3 days after a fight in the playground and police were called to school when he threatened a teacher. Referred to Fenwick Youth Engagement Team.",['EDU-EXC','CRIME'])
B('K010','C','2025-09-29','yellow','Fenwick',"Rachel and Lee completed couple sessions with Fenwick Family Mediation and agree one set of rules; Callum still pushes back but arguments are shorter.",['REL-CONF','REL-PAR'])
B('K010','C','2025-09-29','green','Fenwick',"No suspensions since May, school behaviour tracker shows steady improvement.",[],[('historical','exclusions over')])

# K011 Hollins Cross - older sibling outside household, online safety
B('K011','A','2025-05-07','orange','Hollins Cross',"Mia (14) has been sending images to a man she met online who says he is 17; police informed and the phone taken as evidence. Mia has been going missing overnight twice this month.",['SAFE-EXP'],[('rule','police safeguarding, not CRIME')])
B('K011','A','2025-05-07','yellow','Hollins Cross',"When mum Tasha tries to limit her phone Mia screams, throws things and once slapped her across the face. Tasha says she feels like she has lost control of the house.",['REL-PAR'])
B('K011','A','2025-05-07','blue','Hollins Cross',"Mia's older brother Dean (20) lives with his girlfriend and has a conviction for burglary; he is not in contact with the family and does not visit.",[],[('outside','older brother outside household')])
B('K011','C','2025-11-17','yellow','Hollins Cross',"Mia is seeing a worker from the Sunrise exploitation project weekly; no missing episodes since July. Tasha has parental controls on the router.",['SAFE-EXP'],[('historical','missing episodes ended July')])
B('K011','C','2025-11-17','green','Hollins Cross',"Mia talks to the school counsellor every Friday about her low mood.",['MH-CHILD'])

# K012 Marlow Vale - damage to home, tenancy threatened
B('K012','A','2025-06-16','orange','Marlow Vale',"Housing association served a notice seeking possession after repeated damage to the flat: Kian (16) has smashed two internal doors and a window during rows with mum Sharon. Police called twice.",['HOUS','REL-PAR','CRIME'])
B('K012','A','2025-06-16','yellow','Marlow Vale',"Kian left college in March and is not in work or training. Sharon is on UC and owes £600 in rent arrears from paying for the repairs.",['EDU-NEET','FIN'],[('rule','16+ NEET is EDU-NEET; FIN from household arrears')])
B('K012','A','2025-06-16','green','Marlow Vale',"Sharon says she is not drinking and has not touched cannabis since Kian was little.",[],[('negated','denies alcohol'),('historical','cannabis long ago')])
B('K012','C','2026-01-12','yellow','Marlow Vale',"Possession notice withdrawn after repairs agreed; Sharon is paying £30 a week off the arrears through a plan set up with Citizens Advice. Kian started a traineeship in October.",['FIN'],[('historical','possession notice withdrawn'),('historical','NEET now in traineeship')])
B('K012','C','2026-01-12','blue','Marlow Vale',"Kian and Sharon still have rows, but Kian now goes for a walk to cool down and nothing has been broken since August.",['REL-PAR'])

# K013 Ashbury - ADHD ruled out, dad's ex outside household drinking
B('K013','A','2025-07-01','yellow','Ashbury',"Dad Gary has care of Ethan (10) and Ruby (8). Ethan bullies Ruby at home, taking her things and hitting her, and Gary says he doesn't know how to stop it. Ethan's mum lives in Leeds and drinks heavily, contact is by phone only.",['REL-PAR'],[('outside','mother outside household drinking: no SUB')])
B('K013','A','2025-07-01','green','Ashbury',"School queried ADHD but the paediatric assessment in May ruled it out; no SEN needs identified.",[],[('negated','ADHD ruled out, no SEN')])
B('K013','C','2025-12-08','blue','Ashbury',"Gary uses one-to-one time with each child and the children play together more; he separates them quickly if it flares and says he feels on top of it.",['REL-PAR'])

# K014 Fenwick - arrest, youth caution
B('K014','A','2025-08-11','orange','Fenwick',"Reece (16) arrested on 2/8 for assaulting his mum Michelle at home, given a youth caution and referred to YOS. Michelle has a bruised arm and says she sleeps with her bedroom door locked.",['REL-PAR','CRIME'],[('rule','CPV with police/youth caution: REL-PAR + CRIME, not DA')])
B('K014','A','2025-08-11','yellow','Fenwick',"Reece uses cannabis daily and is now seeing Fenwick young people's drug and alcohol service. He is on a college course but only attending two days out of four.",['SUB','EDU-ATT'])
B('K014','C','2026-01-26','orange','Fenwick',"Reece completed his YOS intervention in December. He still shouts at Michelle but there has been no physical violence since September.",['REL-PAR'],[('historical','YOS finished; violence over')])
B('K014','C','2026-01-26','yellow','Fenwick',"Reece says he has cut right down and smokes a spliff at weekends only; drug service keeping him open until March.",['SUB'])

# K015 Hollins Cross - look-alike words
B('K015','A','2025-09-02','green','Hollins Cross',"Harvey (12) plays for the Hollins Cross juniors and was sent off for a late tackle, which mum laughed about. School say he is a 'force of nature' in PE but well behaved in lessons.",[],[('lookalike','sent off in football, not exclusion'),('negated','well behaved at school')])
B('K015','A','2025-09-02','yellow','Hollins Cross',"Harvey and his brother Alfie (15) have physical fights most weekends that mum cannot break up; Alfie cut his lip last month. Mum Jo has booked onto the Parenting Teens course at the children's centre.",['REL-PAR'])
B('K015','C','2026-02-16','blue','Hollins Cross',"Jo has put the boys in separate rooms and uses what she learned on the course; they still wind each other up but she calls time-outs before it turns physical.",['REL-PAR'])

# K016 Marlow Vale - self-harm, CAMHS awaited
B('K016','A','2025-10-06','orange','Marlow Vale',"Poppy (15) has been cutting her arms and is awaiting a CAMHS appointment. When dad Steve removed the blades she smashed her mirror and pushed him over.",['MH-CHILD','REL-PAR'])
B('K016','A','2025-10-06','green','Marlow Vale',"Steve says he has never had any mental health problems himself and works full time; no financial worries.",[],[('negated','no parent MH, no FIN')])
B('K016','C','2026-03-23','orange','Marlow Vale',"Poppy now open to CAMHS with fortnightly sessions. Steve says she has not hurt herself since December.",['MH-CHILD'],[('historical','self-harm stopped, but CAMHS open codes MH-CHILD')])

# K017 Ashbury - mum's ex-partner DA current vs child
B('K017','A','2025-11-10','orange','Ashbury',"Mum Kerry's ex-partner keeps turning up at the house and was arrested on 1/11 for breaching the non-molestation order. Kerry's son Liam (13) now copies his dad, calling Kerry names and throwing her phone across the room.",['DA','REL-PAR'],[('rule','ex-partner breach arrest is DA only, not CRIME')])
B('K017','A','2025-11-10','yellow','Ashbury',"IDVA allocated. Liam is refusing to go to school on days he thinks his dad might be waiting outside; attendance 71%.",['DA','EDU-ATT'])
B('K017','C','2026-04-20','green','Ashbury',"Liam's attendance up to 90% and school give him a late pass and a key adult each morning.",['EDU-ATT'])
B('K017','C','2026-04-20','blue','Ashbury',"Kerry keeps her safety plan by the door and has the police reference number for any breach; Liam still mouths off at times but Kerry holds her boundaries.",['DA','REL-PAR'])

# K018 Fenwick - overcrowding, siblings sharing, food
B('K018','A','2025-04-14','yellow','Fenwick',"Family of six in a two-bed flat; Tomasz (13) shares a room with his brothers and fights with them nightly, the youngest is scared of him. Mum has used the food bank twice this month after dad lost his job.",['HOUS','REL-PAR','FIN'])
B('K018','A','2025-04-14','green','Fenwick',"Health visitor not involved, no under-5s. Children well presented and the fridge was full at the home visit.",[],[('negated','no neglect; no under-5s')])
B('K018','C','2025-10-20','yellow','Fenwick',"Family still on the housing register waiting for a three-bed; Tomasz has a bed in the living room so the fights have eased. Dad started work in August.",['HOUS'],[('historical','worklessness ended')])

# K019 Hollins Cross - refers to police visit look-alike
B('K019','A','2025-05-27','green','Hollins Cross',"PCSO gave an assembly at school on knife crime; Bethany (11) came home upset and worried about her brother, but mum says he has never carried anything and has no police involvement.",[],[('negated','no police involvement, no weapons'),('lookalike','PCSO/knife crime in assembly')])
B('K019','A','2025-05-27','yellow','Hollins Cross',"Bethany has panic attacks before school and is now on a part-time timetable, 3 mornings a week. School have asked the Mindworks early help counselling service to see her.",['MH-CHILD','EDU-ATT'])
B('K019','C','2025-12-01','blue','Hollins Cross',"Bethany uses the grounding cards from counselling when she feels panicky and is back on a full timetable.",['MH-CHILD'],[('historical','part-time timetable over')])

# K020 Marlow Vale - red: child protection
B('K020','A','2025-07-14','red','Marlow Vale',"ICPC held 9/7, Aaron (14) and Kayla (9) subject to child protection plans under neglect after Aaron assaulted Kayla repeatedly while mum was out overnight and left them with no food in the house.",['SAFE-NEG','REL-PAR'])
B('K020','A','2025-07-14','orange','Marlow Vale',"Police attended 5/7 when Aaron threatened mum with a bat; Aaron has a managed move to Marlow Vale Academy after two suspensions.",['CRIME','REL-PAR','EDU-EXC'])
B('K020','C','2026-02-02','red','Marlow Vale',"CP plans ended at the January review conference; stepped down to child in need. Mum now has a sitter for evenings she works.",[],[('historical','CP plan ended; supervision met')])
B('K020','C','2026-02-02','yellow','Marlow Vale',"Family support worker continues NVR work with mum; Aaron still gets verbally aggressive but has not threatened anyone since October.",['REL-PAR'])

# K021 Ashbury - mum anxiety, carer look-alike
B('K021','A','2025-09-22','yellow','Ashbury',"Mum Nadia describes herself as a parent carer for Sami (12), who is autistic and has an EHCP at Brook Lane School. Sami headbutts Nadia when routines change and his sister Leila (9) hides in her room. Nadia is on the waiting list for Talking Therapies for anxiety.",['EDU-SEND','REL-PAR','MH-ADULT'],[('lookalike','parent carer is not CARER')])
B('K021','C','2026-03-09','green','Ashbury',"Brook Lane have added a visual timetable at home via the school's outreach teacher; Sami's EHCP annual review in May.",['EDU-SEND'])

# Unboxed case notes: one level from the highest cue (convention 2)
U('KN01','assessment','2025-02-03','Fenwick',"Call from mum: Dylan (13) smashed the kitchen cupboards last night and she rang 999. Officers attended and spoke to Dylan. Mum says she is at the end of her tether and wants help with him.",['REL-PAR','CRIME'],'orange')
U('KN02','assessment','2025-03-11','Ashbury',"Home visit. Siblings Jade (10) and Keira (8) argue over everything and Jade has scratched Keira's face twice. Mum accepts a place on the Calmer Homes parenting course starting April.",['REL-PAR'],'yellow')
U('KN03','closure','2025-06-19','Hollins Cross',"Closing summary: mum reports no aggression from Owen since the new year and he is attending school well. No further EH input needed.",[],'',[('historical','aggression over'),('negated','attends well, no need')])
U('KN04','assessment','2025-08-28','Marlow Vale',"Discussed with school nurse: Finlay (11) is struggling to sleep and gets up at 3am, mum thinks this is why he is so snappy with his little brother. School nurse to give sleep hygiene advice.",['PH','REL-PAR'],'green')
U('KN05','assessment','2025-10-02','Ashbury',"Mum rang for advice about her daughter Summer (15) who has started hanging around with a group of 18-19 year olds and coming home with new trainers she can't explain. Referral to CAMHS already open for Summer's anxiety.",['SAFE-EXP','MH-CHILD'],'orange')
U('KN06','closure','2025-11-24','Fenwick',"Dad has joined an online dads' group and uses the tips on pick-your-battles; says he and Oscar (9) get on much better and he now feels able to say no.",['REL-PAR'],'blue')
U('KN07','assessment','2026-01-15','Hollins Cross',"Strategy meeting today re Connor (15): he threatened his mum and younger sister with a knife, police arrested him, s47 to be completed. Mum previously in an abusive relationship but that ended in 2018.",['REL-PAR','CRIME'],'red',[('historical','mum past DA ended 2018'),('rule','CPV with knife: REL-PAR + CRIME, not DA')])
U('KN08','assessment','2026-02-05','Marlow Vale',"Early help worker visit: Amber (12) on a 2 day suspension for swearing at staff. Mum says at home Amber is fine and there is no aggression; if the suspensions carry on mum worries about permanent exclusion.",['EDU-EXC'],'yellow',[('negated','no aggression at home'),('hypothetical','possible permanent exclusion')])
U('KN09','closure','2026-03-30','Fenwick',"Mum says the family manage well now: Ben (14) goes to his grandad's when he needs space after a row, and the youngest uses his headphones. Mum says she has no money worries and no concerns about housing.",['REL-PAR'],'blue',[('negated','no FIN, no HOUS')])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'narratives.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\r\n')
        w.writerow(['narrative_id','triage_id','case_id','stage','date','level','locality','narrative'])
        for r in R:
            w.writerow([r['nid'], r['tid'], r['case'], r['stage'], r['date'], r['level'], r['loc'], r['text']])
    with open(os.path.join(here, 'gold.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\r\n')
        w.writerow(['narrative_id','code','level'])
        for r in R:
            for c in r['codes']:
                w.writerow([r['nid'], c, r['glevel']])
    traps = [dict(narrative_id=r['nid'], type=t, note=n, gold=r['codes'])
             for r in R for (t, n) in r['traps']]
    with open(os.path.join(here, 'traps.json'), 'w', encoding='utf-8') as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
    from collections import Counter
    print('narratives', len(R), 'gold rows', sum(len(r['codes']) for r in R),
          'with traps', sum(1 for r in R if r['traps']))
    print('codes', dict(Counter(c for r in R for c in r['codes'])))
    print('trap types', dict(Counter(t for r in R for (t, n) in r['traps'])))
    print('levels', dict(Counter(r['glevel'] for r in R for c in r['codes'])))


if __name__ == '__main__':
    main()
