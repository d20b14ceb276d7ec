#!/usr/bin/env python3
"""Hand-written blind gold set: families affected by imprisonment and offending.

Every narrative, its gold codes and its trap notes are written by hand below.
Running this script writes narratives.csv, gold.csv and traps.json (CRLF, UTF-8, no BOM).
Coding follows /work/shared/taxonomy.md; see README.md.
"""
import csv
import io
import json
import os

OUT = os.path.dirname(os.path.abspath(__file__))

# Each record: dict(nid, triage_id, case_id, stage, date, level (box or ''),
#                   locality, narrative, gold_level, codes, traps)
# traps: list of (kind, note); kind in negated / historical / hypothetical /
#        outside-household / look-alike / need-met / box-level
RECORDS = []


def box(case, stage, level, date, loc, text, codes, traps=()):
    """A narrative written in a level box: every code takes the box level."""
    st = {"A": "assessment", "C": "closure"}[stage]
    tid = f"{case}-{stage}"
    RECORDS.append(dict(nid=f"{tid}-{level}", triage_id=tid, case_id=case,
                        stage=st, date=date, level=level, locality=loc,
                        narrative=text, gold_level=level, codes=list(codes),
                        traps=[list(t) for t in traps]))


def note(nid, stage, date, loc, text, gold_level, codes, traps=()):
    """An unboxed note: one level for all codes, from the highest level cue."""
    RECORDS.append(dict(nid=nid, triage_id=nid, case_id=nid, stage=stage,
                        date=date, level="", locality=loc, narrative=text,
                        gold_level=gold_level, codes=list(codes),
                        traps=[list(t) for t in traps]))

# ---------------------------------------------------------------- part 1: J001-J008
# J001 Eastmere - dad on remand (outside household), money after his arrest
box("J001", "A", "green", "2025-10-06", "Eastmere",
    "From Tyler's class teacher at St Wilfrid's: since his dad was remanded to HMP Ferrowby, "
    "Tyler (8) has been tearful most mornings and keeps asking if he can phone his dad at dinner "
    "time. He is in every day and on time. Maisie (5) has settled into Reception really well.",
    ["MH-CHILD"],
    [("outside-household", "Dad is on remand, not in the household: his offending is not CRIME"),
     ("negated", "'in every day and on time' - good news, no EDU-ATT")])
box("J001", "A", "yellow", "2025-10-06", "Eastmere",
    "Craig was the only wage in the house and his pay stopped the week he was remanded. Gemma "
    "hasn't told UC about the change yet, is £340 behind with the rent and has been to the food "
    "bank at St Mark's twice. FSW to help with the change of circumstances and a DHP application.",
    ["FIN"],
    [("outside-household", "Craig on remand is outside the household: no CRIME")])
box("J001", "C", "blue", "2026-02-16", "Eastmere",
    "Gemma's UC now includes her housing costs and she pays £15 a week towards the rent arrears. "
    "She takes both children to see Craig every other Saturday. Tyler still gets upset on the way "
    "home but he and his mum talk it through over tea.",
    ["FIN", "MH-CHILD"],
    [])

# J002 Brackley Fold - dad released on licence back into the home, son offending
box("J002", "A", "yellow", "2025-11-24", "Brackley Fold",
    "Lee came out of HMP Castlegate on licence on 3/11 and has moved back in with Donna and the "
    "children. He reports to probation weekly and is tagged with a 7pm-7am curfew. Donna says the "
    "kids aren't used to him being around; Kai (13) refuses anything Lee asks, slams doors and "
    "swears at both of them. FSW to do some parenting work on the transition.",
    ["CRIME", "REL-PAR"],
    [])
box("J002", "A", "orange", "2025-11-24", "Brackley Fold",
    "Kai was arrested on 14/11 with two older lads for smashing the glass of the bus shelter at the "
    "interchange and was released under investigation. School say he has been in isolation four "
    "times this half term for defiance towards staff.",
    ["CRIME", "EDU-EXC"],
    [])
box("J002", "C", "blue", "2026-03-23", "Brackley Fold",
    "Lee's licence expired on 1 March and the tag had come off before that. Donna and Lee have put "
    "a family rota on the fridge and Kai is doing his jobs most days, with far fewer rows.",
    ["REL-PAR"],
    [("historical", "licence expired and tag off: Lee's CRIME is over")])
box("J002", "C", "yellow", "2026-03-23", "Brackley Fold",
    "Kai accepted a youth caution for the criminal damage in January and is doing a YOS prevention "
    "programme on Wednesday evenings. No further arrests since November.",
    ["CRIME"],
    [("historical", "'no further arrests since November' is past; the caution and YOS work are current")])

# J003 Holmwood - mum serving a sentence, children with gran (kinship)
box("J003", "A", "yellow", "2025-09-15", "Holmwood",
    "Jade (14) and Tom (9) have lived with their maternal gran Pat since their mum Sharon was "
    "sentenced to 20 months in August; Pat is their kinship carer. Pat is 71, on pension credit, "
    "and says she can't stretch it to new uniform and school shoes for Tom. FSW applying to the "
    "uniform grant and has referred Pat to the Kinship Carers Network.",
    ["FIN"],
    [("look-alike", "'kinship carer' is an adult carer, not CARER"),
     ("outside-household", "Sharon is in prison, outside the household: no CRIME")])
box("J003", "A", "orange", "2025-09-15", "Holmwood",
    "Jade is open to CAMHS after taking an overdose of paracetamol the day after her mum was "
    "sentenced. She has told Pat that girls in her year keep sharing screenshots of the court "
    "report on Snapchat and she can't face them.",
    ["MH-CHILD", "SAFE-EXP"],
    [("outside-household", "mum's sentence is not CRIME for this household; the peers' posts are SAFE-EXP for Jade")])
box("J003", "C", "green", "2026-01-26", "Holmwood",
    "CAMHS discharged Jade in December and she now sees the school counsellor every week. The "
    "Snapchat posts stopped after the DSL met the other girls' parents. Pat gets the kinship "
    "allowance now and the uniform was sorted through the grant.",
    ["MH-CHILD"],
    [("historical", "CAMHS discharged; the counselling is ongoing so MH-CHILD stays"),
     ("historical", "bullying posts stopped: no SAFE-EXP"),
     ("need-met", "uniform sorted, allowance in payment, no money problem stated: no FIN")])

# J004 Kirkmoor - older brother in a YOI, younger brother bullied and drawn in
box("J004", "A", "yellow", "2025-12-08", "Kirkmoor",
    "Dean's older brother Connor (17) is serving a detention and training order at Brookmere YOI "
    "for robbery. Since October Dean (12) has missed 11 days of school; he says boys in his form "
    "call him 'the robber's brother' and he doesn't want to go in. EH worker allocated.",
    ["EDU-ATT", "SAFE-EXP"],
    [("outside-household", "Connor is in custody, not in the household: his robbery is not CRIME")])
box("J004", "A", "orange", "2025-12-08", "Kirkmoor",
    "Police were called to the youth club on 2/12 after staff found a lock knife in Dean's bag; no "
    "further action, but a YOS prevention referral has been offered. Lorraine thinks Connor's old "
    "friends are trying to pull Dean in, and they have been hanging around outside the flat.",
    ["CRIME", "SAFE-EXP"],
    [])
box("J004", "C", "blue", "2026-04-20", "Kirkmoor",
    "Lorraine has set Dean a home-by-8 curfew on school nights and he has kept to it since "
    "February. The name-calling in form stopped after a restorative meeting. Connor is due out on "
    "licence in the summer; if he comes home, his youth justice worker will visit the flat first.",
    ["REL-PAR"],
    [("look-alike", "a curfew set by mum is a parenting boundary (REL-PAR), not a tag: no CRIME"),
     ("historical", "name-calling stopped: no SAFE-EXP"),
     ("hypothetical", "Connor's release and return home are future/conditional: no CRIME")])

# J005 Eastmere - partner remanded for assaulting mum (DA, not CRIME)
box("J005", "A", "orange", "2025-10-13", "Eastmere",
    "Jordan (Kayleigh's partner) was arrested on 20/9 for assaulting Kayleigh in front of the "
    "children and has been remanded to HMP Ferrowby. Heard at MARAC on 3/10, IDVA allocated. "
    "Jordan kept hold of the bank cards and all the post, and Kayleigh has since found the council "
    "tax is £600 in arrears.",
    ["DA", "FIN"],
    [("look-alike", "arrest and remand for assaulting the adult victim is DA only, not CRIME")])
box("J005", "A", "green", "2025-10-13", "Eastmere",
    "Freddie (2) had his two-year review with the HV: he has about ten words and his hearing is "
    "fine. Kayleigh hasn't taken up the funded place for two-year-olds at nursery yet.",
    ["EYD"],
    [("negated", "hearing fine: no PH")])
box("J005", "A", "yellow", "2025-10-13", "Eastmere",
    "Kayleigh's mood is very low and she is tearful at every visit; the GP has started her on "
    "sertraline. She has been referred to the Freedom Programme, starting in November.",
    ["MH-ADULT", "DA"],
    [])
box("J005", "C", "blue", "2026-03-02", "Eastmere",
    "Kayleigh finished the Freedom Programme in January and Jordan got three years at Crown Court "
    "in February. She is paying the council £10 a month off the arrears he left and keeps a weekly "
    "budget on her phone.",
    ["FIN"],
    [("historical", "Freedom Programme finished, abuser sentenced: no current DA described"),
     ("outside-household", "Jordan's sentence is not CRIME")])

# J006 Brackley Fold - mum's partner in the household still offending and using
box("J006", "A", "orange", "2025-09-29", "Brackley Fold",
    "Tina's partner Ryan lives at the address. He has been arrested twice since August for "
    "shoplifting and had heroin on him the second time; he is now on a community order with a drug "
    "rehabilitation requirement. Mason (15) got a three-day suspension for fighting a Year 11 boy "
    "who has been taunting him for weeks about Ryan.",
    ["CRIME", "SUB", "EDU-EXC", "SAFE-EXP"],
    [])
box("J006", "A", "yellow", "2025-09-29", "Brackley Fold",
    "Tina works 30 hours a week on shifts at the supermarket. She says there is never anything left "
    "once Ryan's habit has been paid for, and the electric is on emergency credit most weeks. "
    "Referred to Citizens Advice for a debt and fuel appointment.",
    ["FIN", "SUB"],
    [("look-alike", "working shifts is not FIN in itself; FIN comes from the emergency credit")])
box("J006", "C", "orange", "2026-03-09", "Brackley Fold",
    "Ryan breached his community order in February and is back before the magistrates; Tina found "
    "burnt foil in the bathroom last week. Mason has had a second suspension and school have "
    "started a managed move to Kirkmoor Academy.",
    ["CRIME", "SUB", "EDU-EXC"],
    [])

# J007 Holmwood - dad home on HDC tag
box("J007", "A", "green", "2025-11-03", "Holmwood",
    "Imran is back at home on a tag under home detention curfew until March. Sara (4) at Little "
    "Steps nursery is still in nappies and nursery are working with Amira on potty training before "
    "she starts school.",
    ["CRIME", "EYD"],
    [])
box("J007", "A", "yellow", "2025-11-03", "Holmwood",
    "Amira says the house has been tense since Imran came home. He lost his job when he was "
    "sentenced, they are behind with the council tax, and they argue most nights about money and "
    "about the curfew stopping him taking evening work. Amira says there has been no violence and "
    "she is not afraid of him. Referred to Couples in Step.",
    ["REL-CONF", "FIN", "CRIME"],
    [("negated", "no violence, not afraid: no DA")])
box("J007", "C", "blue", "2026-04-13", "Holmwood",
    "The tag came off at the end of March. Amira and Imran still argue now and then but use the "
    "time-out plan from Couples in Step and say it helps.",
    ["REL-CONF"],
    [("historical", "tag off: the curfew/licence is over, no CRIME")])

# J008 Kirkmoor - young carer; adult brother at home on probation, still dealing
box("J008", "A", "yellow", "2025-11-17", "Kirkmoor",
    "Poppy (11) sorts out her mum's tablets, helps her into the shower and cooks tea for herself "
    "and her brother most nights when Joanne's MS flares up. Referred to Kirkmoor Young Carers.",
    ["CARER", "PH"],
    [])
box("J008", "A", "orange", "2025-11-17", "Kirkmoor",
    "Ellis (19) lives at home and is on probation for possession with intent to supply. Police "
    "searched the house on 6/11 and found cannabis and cash in his bedroom, and Joanne thinks he is "
    "still dealing. Poppy was in when they came and has been clingy and anxious since, asking if "
    "the police will come back.",
    ["CRIME", "MH-CHILD"],
    [("look-alike", "cannabis found for supply, no use described: no SUB"),
     ("hypothetical", "'will the police come back' is Poppy's worry, not a new event")])
box("J008", "C", "blue", "2026-03-30", "Kirkmoor",
    "Poppy goes to the young carers club on Tuesdays and still helps her mum get going in the "
    "mornings. Ellis has moved out to his girlfriend's flat in Eastmere and is no longer part of "
    "the household.",
    ["CARER"],
    [("outside-household", "Ellis has left the household: no CRIME")])

# ---------------------------------------------------------------- part 2: J009-J016
# J009 Eastmere - prison visits, child upset and hitting sibling; school behaviour
box("J009", "A", "yellow", "2026-01-12", "Eastmere",
    "Prison family engagement worker: Claire takes Harvey (10) and Isla (7) to see their dad Marcus "
    "at HMP Thornley once a month. Harvey is tearful and says he worries about his dad getting hurt "
    "inside; on the way home he gets wound up and has hit Isla twice in the car. PFEW to do visit "
    "preparation with the children and to refer Marcus to Storytime Links so he can record bedtime "
    "stories.",
    ["MH-CHILD", "REL-PAR"],
    [("outside-household", "Marcus is serving a sentence, outside the household: no CRIME")])
box("J009", "A", "orange", "2026-01-12", "Eastmere",
    "Harvey was suspended for two days in December for throwing a chair at a TA. School have put "
    "him on a behaviour plan and say he is at risk of permanent exclusion. TAF meeting held on 9/1 "
    "with school, EH and the prison family service.",
    ["EDU-EXC"],
    [])
box("J009", "C", "blue", "2026-05-18", "Eastmere",
    "Claire gets the children ready for each visit with the picture book from the visitors' centre. "
    "Harvey still gets upset after visits but settles with his bedtime routine, and he hasn't hit "
    "Isla since March.",
    ["MH-CHILD"],
    [("historical", "hitting Isla stopped in March: no REL-PAR")])

# J010 Eastmere - mum released on licence back home, methadone, rebuilding bond
box("J010", "A", "yellow", "2025-10-20", "Eastmere",
    "Nicola was released on licence in September after six months for theft and is living back with "
    "Gary and Alfie (3). She collects a methadone script from Eastmere Recovery and sees her "
    "probation officer weekly. Probation have asked for EH support because Nicola says Alfie "
    "'doesn't know her' and won't let her put him to bed.",
    ["CRIME", "SUB", "REL-PAR"],
    [])
box("J010", "A", "green", "2025-10-20", "Eastmere",
    "Alfie stayed with Gary's mum while Nicola was in custody. The HV saw him in October for his "
    "review and he is meeting all his milestones; he has a 30-hour place at Sunbeams nursery and "
    "goes every day.",
    [],
    [("historical", "Nicola's custody is over"),
     ("outside-household", "Gary's mum is not in the household"),
     ("negated", "development review fine, nursery taken up: no EYD")])
box("J010", "C", "blue", "2026-02-23", "Eastmere",
    "Nicola's licence finishes next month. She still picks up her script every day and hasn't used "
    "on top since November. Alfie still gets upset when she does bedtime, so she and Gary take "
    "turns.",
    ["CRIME", "SUB", "REL-PAR"],
    [("look-alike", "licence 'finishes next month' means she is still on licence now: CRIME present")])

# J011 Brackley Fold - husband remanded for fraud; hidden debt; son drops out
box("J011", "A", "yellow", "2025-11-10", "Brackley Fold",
    "Scott (Leanne's husband) was remanded in October on fraud charges. He always dealt with the "
    "household money, and since then Leanne has found about £4,000 of catalogue and credit card "
    "debt and letters about council tax arrears. FSW has referred her to StepWise Debt Advice.",
    ["FIN"],
    [("outside-household", "Scott is on remand: his alleged fraud is not CRIME for the household")])
box("J011", "A", "orange", "2025-11-10", "Brackley Fold",
    "Ethan (16) stopped going to Brackley College in October after the arrest was in the paper, and "
    "he isn't working. Leanne has had a notice of seeking possession from Fold Homes for £2,100 rent "
    "arrears.",
    ["EDU-NEET", "HOUS", "FIN"],
    [("look-alike", "'the arrest' is Scott's (outside the household): no CRIME")])
box("J011", "C", "yellow", "2026-03-16", "Brackley Fold",
    "Ethan has a place on the Youth Hub employability course starting in April and meets his work "
    "coach every fortnight. Leanne's debt relief order is being processed, and Fold Homes have "
    "adjourned the possession claim as long as she pays the rent plus £5 a week.",
    ["EDU-NEET", "FIN", "HOUS"],
    [("hypothetical", "the course only starts in April: Ethan is NEET now (and youth NEET alone would not add FIN)")])

# J012 Holmwood - teenager tagged on bail, child-to-parent violence, mum drinking
box("J012", "A", "orange", "2026-01-19", "Holmwood",
    "Reece (15) is on bail with an electronic tag and a 7pm curfew, charged with robbery; YOS "
    "allocated. Police were called to the house on 4/1 when Reece punched a hole in his bedroom "
    "door and shoved Karen against the wall.",
    ["CRIME", "REL-PAR"],
    [("look-alike", "a son shoving his mum is child-to-parent violence: REL-PAR (+CRIME), not DA")])
box("J012", "A", "yellow", "2026-01-19", "Holmwood",
    "Karen says Ava (6) has started wetting the bed again and is frightened of her brother. Karen "
    "admits she is drinking a bottle of wine most nights to cope; referred to Holmwood Alcohol "
    "Service.",
    ["PH", "MH-CHILD", "SUB"],
    [])
box("J012", "C", "orange", "2026-05-11", "Holmwood",
    "Reece got a nine-month referral order in March and has breached his curfew twice. Karen has cut "
    "down to weekends only and still sees her alcohol worker every fortnight.",
    ["CRIME", "SUB"],
    [])

# J013 Kirkmoor - separated dad in prison, contact dispute (not DA)
box("J013", "A", "yellow", "2025-10-27", "Kirkmoor",
    "Dwayne is serving four years at HMP Castlegate. He and Stacey split up before he was sentenced "
    "and there has never been any abuse between them. He writes asking for Logan to visit, and his "
    "solicitor has now sent a letter about contact; Stacey is adamant she won't take Logan into a "
    "prison. Mediation offered.",
    ["REL-CONF"],
    [("negated", "never any abuse: no DA"),
     ("outside-household", "Dwayne's sentence is not CRIME")])
box("J013", "A", "green", "2025-10-27", "Kirkmoor",
    "Logan (8) has become clingy and anxious at bedtime and keeps asking where his dad is; Stacey "
    "has told him his dad is 'working away'. School report nothing worrying about his learning or "
    "behaviour.",
    ["MH-CHILD"],
    [("negated", "school: no worries about learning or behaviour"),
     ("look-alike", "'working away' is a cover story, not employment")])
box("J013", "C", "blue", "2026-03-02", "Kirkmoor",
    "Through mediation Stacey and Dwayne have agreed a monthly video call for Logan. They still "
    "don't agree about visits in person but both are sticking to the arrangement.",
    ["REL-CONF"],
    [])

# J014 Eastmere - dad newly in prison; long visit journeys; attendance and fares
box("J014", "A", "green", "2025-11-24", "Eastmere",
    "DSL note: Kacey (13) told her Head of Year that her dad has gone to prison. She has been "
    "putting her head on the desk in lessons, and her English teacher says she can hardly finish a "
    "sentence in her writing at the moment. Referred to the school counsellor.",
    ["MH-CHILD"],
    [("look-alike", "'sentence' here is a written sentence"),
     ("outside-household", "dad in prison: no CRIME")])
box("J014", "A", "yellow", "2025-11-24", "Eastmere",
    "Kacey has missed 14 sessions this half term, mostly Mondays after weekend visits to HMP "
    "Thornley, which is a three-hour round trip. Dawn doesn't drive and says she can't afford £38 "
    "in train fares on her wages. FSW to help her apply to the assisted prison visits scheme.",
    ["EDU-ATT", "FIN"],
    [])
box("J014", "C", "green", "2026-03-09", "Eastmere",
    "Kacey is at 96% this term now that visits are on Saturdays only. She still sees the school "
    "counsellor every fortnight. Dawn claims the fares back through the assisted visits scheme.",
    ["MH-CHILD"],
    [("historical", "absence was the old pattern; 96% now, no EDU-ATT"),
     ("need-met", "fares reimbursed, no money problem described: no FIN")])

# J015 Brackley Fold - CIN for neglect; partner on licence in the home, then recalled
box("J015", "A", "red", "2025-12-15", "Brackley Fold",
    "Children on a child in need plan since November because of home conditions: dog mess on the "
    "floors, no food in the cupboards at the last two visits, and Skye sent to school in soiled "
    "clothes. Darren lives at the flat and is on licence; his offender manager is concerned he is "
    "storing stolen goods there.",
    ["SAFE-NEG", "CRIME"],
    [("look-alike", "no food in the cupboards with no food bank/vouchers described: SAFE-NEG only, not FIN")])
box("J015", "A", "orange", "2025-12-15", "Brackley Fold",
    "Police did a welfare check on 11/12 after a neighbour heard shouting. Kerry and Darren both "
    "said it was a row about money, no one was hurt, and police have no record of domestic abuse "
    "between them. They are self-disconnecting from the prepayment electric meter most weeks.",
    ["REL-CONF", "FIN"],
    [("negated", "no DA on record, no one hurt: no DA"),
     ("look-alike", "a police welfare check is safeguarding, not CRIME")])
box("J015", "A", "green", "2025-12-15", "Brackley Fold",
    "Archie (8 months) wasn't brought to his last two HV appointments and is behind with his "
    "immunisations. The HV is also worried that he is still only having smooth purées.",
    ["PH", "EYD"],
    [])
box("J015", "C", "red", "2026-04-27", "Brackley Fold",
    "CIN plan continues. The flat has been clean at the last three visits, but Skye still arrives at "
    "school hungry most days and goes to breakfast club. Darren was recalled to prison in March for "
    "breaching his licence and isn't expected home before the autumn.",
    ["SAFE-NEG"],
    [("outside-household", "Darren recalled to prison, now outside the household: no CRIME"),
     ("hypothetical", "his return in the autumn is future")])

# J016 Holmwood - mum on remand, dad alone, young carer for autistic brother; acquittal
box("J016", "A", "yellow", "2025-12-01", "Holmwood",
    "Since Becky was remanded in November, Paul has been looking after Tegan and Noah on his own. He "
    "starts at the depot at 6am, so Tegan (15) gets Noah up, dressed, fed and to school every day. "
    "Paul has dropped his hours and is now short for the rent each month.",
    ["CARER", "FIN"],
    [("outside-household", "Becky on remand is outside the household: no CRIME")])
box("J016", "A", "green", "2025-12-01", "Holmwood",
    "Noah (9) has an EHCP for autism at Holmwood Primary. The SENCO says he has been very distressed "
    "since his mum went away, covering his ears and hiding under the table in class.",
    ["EDU-SEND", "MH-CHILD"],
    [])
box("J016", "C", "blue", "2026-03-23", "Holmwood",
    "Becky was found not guilty at trial in February and is back home. Tegan still does Noah's "
    "mornings twice a week when both parents are on early shifts; she says she doesn't mind but "
    "would like more time with her friends.",
    ["CARER"],
    [("negated", "acquitted: no CRIME"),
     ("look-alike", "early shifts are not FIN")])

# ---------------------------------------------------------------- part 3: J017-J023
# J017 Kirkmoor - younger brother exploited into a line; older brother in prison
box("J017", "A", "orange", "2026-01-26", "Kirkmoor",
    "Kyle (14) has been reported missing three times since Christmas. The last time police found "
    "him in Eastmere with £300, two phones and 12 wraps of crack cocaine. His older brother Callum, "
    "who is serving a sentence for supply at HMP Castlegate, is believed to have passed Kyle's "
    "number to the line. CCE screening high; referred to the exploitation panel.",
    ["SAFE-EXP", "CRIME"],
    [("look-alike", "drugs found on an exploited child: SAFE-EXP + CRIME, not SUB"),
     ("outside-household", "Callum is in prison: his supply offence is not coded")])
box("J017", "A", "yellow", "2026-01-26", "Kirkmoor",
    "Sam works nights at a care home. Kyle has been on a part-time timetable (mornings only) at "
    "Kirkmoor Academy since January. He vapes a lot, but Sam says there is no drug use that she "
    "knows of.",
    ["EDU-ATT"],
    [("look-alike", "night shifts are not FIN"),
     ("look-alike", "vaping is not SUB"),
     ("negated", "no known drug use: no SUB")])
box("J017", "C", "orange", "2026-05-25", "Kirkmoor",
    "No missing episodes since March. Kyle is still messaging older lads from the line on Snapchat "
    "and his exploitation worker thinks they are grooming him to go back out.",
    ["SAFE-EXP"],
    [("historical", "missing episodes ended in March; the grooming contact is current")])

# J018 Holmwood - ex-partner released on licence, breaching no-contact (DA, not CRIME)
box("J018", "A", "orange", "2026-02-02", "Holmwood",
    "Aaron (the children's dad, who doesn't live with them) was released on licence in January "
    "after two years for GBH on Hollie. His licence bans contact, but he has messaged Hollie on "
    "Instagram three times and was seen driving past the school. Reported to police and his "
    "probation officer; MARAC referral made.",
    ["DA"],
    [("look-alike", "an ex-partner's licence breach against the victim is DA only, not CRIME"),
     ("outside-household", "Aaron lives elsewhere: his licence is not a household CRIME")])
box("J018", "A", "yellow", "2026-02-02", "Holmwood",
    "Finley (11) has had panic attacks since he found out his dad is out, and he won't walk to "
    "school on his own. Referred to the Holmwood Children's Wellbeing Service.",
    ["MH-CHILD"],
    [])
box("J018", "C", "blue", "2026-06-08", "Holmwood",
    "Aaron was recalled to prison in March after the breaches. Hollie keeps to her safety plan, has "
    "a video doorbell fitted and a police marker on the address.",
    ["DA"],
    [("outside-household", "Aaron's recall is not CRIME; Hollie managing her safety plan is DA present in blue")])

# J019 Eastmere - mum tagged on a community order, still shoplifting, UC sanction
box("J019", "A", "yellow", "2025-12-08", "Eastmere",
    "Chantelle has a three-month curfew tag (8pm-6am) as part of a community order for shoplifting. "
    "She told the FSW she is still taking food and nappies from the Co-op because her UC was "
    "sanctioned in November and she has nothing coming in.",
    ["CRIME", "FIN"],
    [])
box("J019", "A", "green", "2025-12-08", "Eastmere",
    "At his one-year review the HV found Jax (1) isn't yet sitting without support or pulling himself up to "
    "stand; she will see him again in six weeks.",
    ["EYD"],
    [])
box("J019", "C", "yellow", "2026-04-13", "Eastmere",
    "Chantelle's curfew ended in March and the sanction has finished. She is still paying back an "
    "advance on her UC, which leaves her short at the end of every month; the family hub's "
    "budgeting worker is helping.",
    ["FIN"],
    [("historical", "curfew ended: no CRIME"),
     ("historical", "sanction finished; the advance repayment is the current FIN")])

# J020 Kirkmoor - brother remanded for a stabbing; house attacked; moved
box("J020", "A", "orange", "2025-10-20", "Kirkmoor",
    "Kieran (18) was remanded to HMP Ferrowby in October, charged with a stabbing in the town "
    "centre. Since it was on the local news the family's windows have been put through twice and "
    "'scum' was sprayed on the door. Police fitted a panic alarm and the council have put the "
    "family in temporary accommodation while a management move is agreed.",
    ["HOUS"],
    [("outside-household", "Kieran is on remand: his charge is not CRIME for the household"),
     ("outside-household", "the attacks on the house are by outsiders: their effect is HOUS, not CRIME")])
box("J020", "A", "yellow", "2025-10-20", "Kirkmoor",
    "Charlie (12) won't go back to Holmwood High because of what other pupils are saying about his "
    "brother, and has attended 41% since October. Amber (17) gave up her apprenticeship in November "
    "and is not working or studying.",
    ["EDU-ATT", "SAFE-EXP", "EDU-NEET"],
    [])
box("J020", "C", "yellow", "2026-03-02", "Kirkmoor",
    "The family moved into a three-bedroom housing association house in February. Charlie started "
    "at Kirkmoor Academy on a phased timetable and is in three days a week for now. Amber has "
    "started a level 2 course at college.",
    ["EDU-ATT"],
    [("need-met", "permanent home found: no HOUS"),
     ("need-met", "Amber back in education: no EDU-NEET")])

# J021 Brackley Fold - young mum, baby's dad in prison, postnatal depression
box("J021", "A", "yellow", "2025-09-22", "Brackley Fold",
    "Jess (19) lives with her mum and baby Ivy (3 months). Ivy's dad Tyrone is serving 14 months at "
    "HMP Thornley. Jess told the HV she cries most days and can't feel close to Ivy; EPDS 18, and "
    "the GP has diagnosed postnatal depression and referred her to the perinatal team. FSW to "
    "support with bonding.",
    ["MH-ADULT", "REL-PAR"],
    [("outside-household", "Tyrone is in prison: no CRIME")])
box("J021", "A", "green", "2025-09-22", "Brackley Fold",
    "Ivy is thriving, feeding well on formula and putting on weight. Jess and Ivy sleep on a "
    "mattress in her mum's living room because the flat only has one bedroom.",
    ["HOUS"],
    [("negated", "Ivy thriving and feeding well: no EYD/PH")])
box("J021", "C", "blue", "2026-02-09", "Brackley Fold",
    "Jess is taking her antidepressants and goes to the mums' group at St Anne's every week. Tyrone "
    "was released in December and lives at his mum's; he sees Ivy on Saturdays.",
    ["MH-ADULT"],
    [("outside-household", "Tyrone released but living elsewhere: no CRIME")])

# J022 Kirkmoor - dad at home on bail for fraud; money; daughter anxious
box("J022", "A", "green", "2026-02-09", "Kirkmoor",
    "Olivia (9) has been very anxious since the trouble with her dad's work started. She checks the "
    "doors and windows over and over before bed and keeps asking her teacher whether Daddy will go "
    "to jail. School are giving her ELSA sessions.",
    ["MH-CHILD"],
    [("hypothetical", "'whether Daddy will go to jail' is a worry, not an event: no CRIME here")])
box("J022", "A", "yellow", "2026-02-09", "Kirkmoor",
    "Gavin was arrested in January and charged with fraud at the firm he worked for; he is on bail "
    "waiting for a Crown Court date and has been sacked. The family are living on Lisa's part-time "
    "wage and have missed two mortgage payments.",
    ["CRIME", "FIN"],
    [])
box("J022", "C", "blue", "2026-06-15", "Kirkmoor",
    "Gavin is still on bail, with the trial listed for September, and has found warehouse work in "
    "the meantime. The lender agreed a plan and they are catching up on the missed payments. Olivia "
    "finished her ELSA sessions at Easter and is sleeping better.",
    ["CRIME", "FIN"],
    [("historical", "ELSA finished, anxiety not described as current: no MH-CHILD"),
     ("look-alike", "'sleeping better' is good news: no PH")])

# J023 Eastmere - dad sentenced; mum drinking; CP plan for neglect; young carer
box("J023", "A", "red", "2025-10-06", "Eastmere",
    "Kian (10) and Demi (6) have been on child protection plans under neglect since the ICPC on "
    "2/10. Rachel has been drinking heavily since Steve was sentenced; in September Kian found her "
    "unconscious on the sofa and rang 999. Kian makes Demi's breakfast and walks her to school most "
    "days.",
    ["SAFE-NEG", "SUB", "CARER"],
    [("outside-household", "Steve is serving a sentence: no CRIME")])
box("J023", "A", "orange", "2025-10-06", "Eastmere",
    "Police have been called three times since August about Rachel shouting in the street while "
    "drunk, and she was arrested once for being drunk and disorderly.",
    ["SUB", "CRIME"],
    [])
box("J023", "A", "yellow", "2025-10-06", "Eastmere",
    "Demi (6) still wets the bed most nights and often comes to school in yesterday's clothes. Kian "
    "gets picked on by older boys on the estate about his dad being 'inside'.",
    ["PH", "SAFE-NEG", "SAFE-EXP"],
    [("outside-household", "dad 'inside' is not CRIME; the boys' taunting is SAFE-EXP for Kian")])
box("J023", "C", "red", "2026-03-16", "Eastmere",
    "CP plan continues. Rachel is eight weeks alcohol-free, attending Eastmere Recovery and the "
    "core groups. Kian now goes to the young carers group on Thursdays.",
    ["SUB", "CARER"],
    [])

# ---------------------------------------------------------------- part 4: J024-J029
# J024 Brackley Fold - brother home from YOI on DTO licence; sister self-harming
box("J024", "A", "orange", "2025-11-17", "Brackley Fold",
    "Jamal (16) came home from Brookmere YOI in November on the licence part of his DTO. He is "
    "supervised by YOS with a 6pm curfew, has no college place and isn't working.",
    ["CRIME", "EDU-NEET"],
    [])
box("J024", "A", "yellow", "2025-11-17", "Brackley Fold",
    "Yasmin (13) told her PE teacher she feels on edge with Jamal home because his friends keep "
    "coming to the door. The teacher saw cuts on her forearms; the school nurse has seen her and she "
    "is referred to Fold Youth Counselling.",
    ["MH-CHILD"],
    [("outside-household", "Jamal's friends at the door are outsiders: not coded")])
box("J024", "C", "blue", "2026-03-30", "Brackley Fold",
    "Jamal's licence finished in February and he started a bricklaying course at college in "
    "January. Nadia has begun a job in a school kitchen and is in her six-month probation period. "
    "Yasmin still sees the youth counsellor and there have been no new cuts since January.",
    ["MH-CHILD"],
    [("historical", "licence finished: no CRIME"),
     ("need-met", "Jamal on a college course: no EDU-NEET"),
     ("look-alike", "'probation period' in a new job is not CRIME"),
     ("historical", "no new cuts since January, but counselling ongoing: MH-CHILD present")])

# J025 Holmwood - single dad remanded then sentenced; children looked after by aunt (s20)
box("J025", "A", "red", "2026-01-12", "Holmwood",
    "Lola (7) and Jack (5) are looked after under s20 and placed with their aunt Michelle, a "
    "connected-person foster carer, since their dad Neil was remanded in December. Their mum died "
    "in 2023. Lola is withdrawn and asks whether Daddy is going to die like Mummy did.",
    ["MH-CHILD"],
    [("look-alike", "'foster carer' is not CARER"),
     ("historical", "mum's death in 2023 is background; Lola's current grief is the MH-CHILD"),
     ("outside-household", "Neil on remand: no CRIME")])
box("J025", "A", "green", "2026-01-12", "Holmwood",
    "Jack is in Reception at Holmwood Infants. His teacher finds his speech hard to understand and "
    "the SENCO has referred him to speech and language therapy.",
    ["EDU-SEND"],
    [("look-alike", "speech delay in a school-age child (Reception) is EDU-SEND, not EYD")])
box("J025", "C", "red", "2026-05-04", "Holmwood",
    "Neil was sentenced to three years in March and the care plan is now long-term placement with "
    "Michelle, with a special guardianship assessment under way. Lola still has big outbursts of "
    "grief and is waiting for a CAMHS appointment.",
    ["MH-CHILD"],
    [("outside-household", "Neil's sentence is not CRIME")])

# J026 Kirkmoor - dad sentenced for a fatal crash; public hostility; mum in crisis
box("J026", "A", "yellow", "2025-11-03", "Kirkmoor",
    "Ben was sentenced to six years in October for causing death by dangerous driving. Emma has had "
    "abuse from strangers on Facebook since the case was reported; she has stopped going out, says "
    "she feels numb and has had thoughts of ending her life. GP made an urgent referral to the "
    "community mental health team.",
    ["MH-ADULT"],
    [("outside-household", "Ben is in prison: no CRIME")])
box("J026", "A", "orange", "2025-11-03", "Kirkmoor",
    "Sophie (15) has been reported missing twice and was found both times at the flat of a "
    "20-year-old man she calls her boyfriend. CSE screening medium risk; police and the "
    "exploitation team are involved.",
    ["SAFE-EXP"],
    [("look-alike", "police finding a missing child is safeguarding, not CRIME")])
box("J026", "A", "green", "2025-11-03", "Kirkmoor",
    "Ollie (11) is in Year 6 at Kirkmoor Juniors. He told his teacher that boys at "
    "football keep saying his dad 'killed someone'.",
    ["SAFE-EXP"],
    [])
box("J026", "C", "yellow", "2026-04-20", "Kirkmoor",
    "Emma is under the community mental health team and sees a psychologist fortnightly; she now "
    "goes out with her sister. Sophie ended things with the man in December and hasn't been missing "
    "since.",
    ["MH-ADULT"],
    [("historical", "missing episodes and the relationship ended in December: no SAFE-EXP")])

# J027 Holmwood - dad at home on a suspended sentence, still drinking and driving banned
box("J027", "A", "yellow", "2025-09-08", "Holmwood",
    "Wayne has a suspended sentence with a probation requirement after a drink-drive conviction in "
    "August. He has to attend an alcohol programme but has missed two sessions; Sian says he still "
    "drinks every day and she thinks he is still driving even though he is banned.",
    ["CRIME", "SUB"],
    [])
box("J027", "A", "green", "2025-09-08", "Holmwood",
    "Rhys (14) told his form tutor he is fed up with his parents rowing every night about his dad's "
    "drinking. He seems low and has been referred to the school counsellor.",
    ["REL-CONF", "MH-CHILD", "SUB"],
    [])
box("J027", "C", "blue", "2026-01-19", "Holmwood",
    "Wayne finished the alcohol programme in November and says he is cutting down, though he still "
    "has a few cans most nights. Sian goes to a support group for families of drinkers. Cara's "
    "reading is well below her age and she is now on SEN support with the SENCO.",
    ["SUB", "EDU-SEND"],
    [("historical", "programme finished, but he still drinks most nights: SUB present"),
     ("box-level", "SENCO content reads green but takes the blue box level")])

# J028 Kirkmoor - release planning into an overcrowded flat; then licence at home
box("J028", "A", "yellow", "2026-03-09", "Kirkmoor",
    "PFEW: Shane is due for release from HMP Thornley in June and wants to come back to the family "
    "home; probation are assessing the address. Nikki is worried about space - it's a two-bed flat "
    "and Chloe (11) shares a room with her brothers Mikey (15) and Josh (13).",
    ["HOUS"],
    [("hypothetical", "Shane's release and return are future: no CRIME yet")])
box("J028", "A", "green", "2026-03-09", "Kirkmoor",
    "Nikki has asked school to keep an eye on all three as the release date gets nearer. None of "
    "the children are giving school any cause for concern at the moment.",
    [],
    [("negated", "no concerns in school for any child"),
     ("hypothetical", "watching for problems that may come with the release")])
box("J028", "C", "orange", "2026-08-10", "Kirkmoor",
    "Shane was released on licence in June and lives at home with a curfew condition. Mikey was "
    "arrested in July with a group for anti-social behaviour on the estate, and Shane and Nikki "
    "argue about how to handle it in front of the kids. Housing register bid in for a three-bed; "
    "all six are still squashed into the two-bed flat.",
    ["CRIME", "REL-CONF", "HOUS"],
    [])

# J029 Eastmere - daughter on a referral order, excluded, violent to mum; grandad lives with them
box("J029", "A", "orange", "2025-09-22", "Eastmere",
    "Keeley (16) was permanently excluded from Eastmere High in September after assaulting a member "
    "of staff. The youth court gave her a six-month referral order and she has a YOS worker. She is "
    "not in any education or training.",
    ["EDU-EXC", "CRIME", "EDU-NEET"],
    [])
box("J029", "A", "yellow", "2025-09-22", "Eastmere",
    "Lynne says Keeley stays out past midnight and screams at her when challenged; last week Keeley "
    "shoved her into the banister and Lynne has bruises. Lynne also looks after her dad Eric, who "
    "has dementia and lives with them.",
    ["REL-PAR", "PH"],
    [("look-alike", "a daughter hurting her mum is child-to-parent violence: REL-PAR, not DA"),
     ("look-alike", "Lynne caring for her father is an adult carer: not CARER")])
box("J029", "C", "yellow", "2026-04-06", "Eastmere",
    "Keeley completed her referral order in March and has started a traineeship with Eastmere "
    "Training. She still stays out late at weekends and Lynne is doing the Non-Violent Resistance "
    "course for parents.",
    ["REL-PAR"],
    [("historical", "referral order completed: no CRIME"),
     ("need-met", "on a traineeship: no EDU-NEET")])

# ---------------------------------------------------------------- part 5: unboxed notes
# Level = highest cue in the text (convention 2).
note("N001", "assessment", "2025-10-13", "Brackley Fold",
     "Phone call from Ms Okafor: her partner was remanded to HMP Ferrowby last month. She says the "
     "children are coping and her parents live close by. She is worried about the gas bill now his "
     "wage has stopped, so I gave her the number for the energy company's hardship fund and the "
     "prison's family helpline; she will ring both herself.",
     "blue", ["FIN"],
     [("outside-household", "partner on remand: no CRIME"),
      ("negated", "children coping")])
note("N002", "assessment", "2025-11-10", "Eastmere",
     "Home visit by EH worker. Rob came out on licence a fortnight ago and is living back with Mum "
     "and the three children. Both say things are going well. Rob is out of work and has made a UC "
     "claim. Mum is worried his old friends might start turning up, so I advised her to raise it "
     "with his probation officer.",
     "yellow", ["CRIME", "FIN"],
     [("hypothetical", "old friends 'might start turning up': no SAFE-EXP")])
note("N003", "assessment", "2026-01-14", "Kirkmoor",
     "DSL log: Bradley (Y5) told his TA that his big brother 'has gone to prison'. Mum confirmed his "
     "brother (19) was remanded yesterday. Bradley was very upset; school will give him a calm space "
     "and a daily check-in. Attendance excellent and no other concerns.",
     "green", ["MH-CHILD"],
     [("outside-household", "brother remanded, outside the household: no CRIME"),
      ("negated", "attendance excellent, no other concerns")])
note("N004", "assessment", "2026-02-04", "Holmwood",
     "FSW case note: Tanya is serving a 12-month community order with unpaid work for benefit fraud. "
     "The DWP take £60 a month back for the overpayment, which leaves her short for food, and she "
     "has used the food bank twice this month.",
     "yellow", ["CRIME", "FIN"],
     [])
note("N005", "assessment", "2026-03-04", "Brackley Fold",
     "Letter from CAMHS: Jaxon (14) was assessed after self-harming following his dad's recall to "
     "prison and will be offered six sessions. Mum also told me that Jaxon's older brother, who "
     "lives with them, was arrested last week on suspicion of supplying cannabis.",
     "orange", ["MH-CHILD", "CRIME"],
     [("outside-household", "dad recalled to prison: his licence breach is not coded"),
      ("look-alike", "supplying cannabis is CRIME for the brother at home, not SUB")])
note("N006", "closure", "2026-05-20", "Eastmere",
     "FSW closing summary: Dad's licence ended in January and he is now working at the recycling "
     "plant. Mum still goes to the weekly group at Eastmere Recovery and has been sober for five "
     "months. The children are attending school well.",
     "yellow", ["SUB"],
     [("historical", "licence ended: no CRIME"),
      ("negated", "school attendance good: no EDU-ATT")])

# ---------------------------------------------------------------- part 6: write files
def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    w.writerows(rows)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def main():
    ids = [r["nid"] for r in RECORDS]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    for r in RECORDS:
        assert len(r["codes"]) == len(set(r["codes"])), r["nid"]
    write_csv(os.path.join(OUT, "narratives.csv"),
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
               "locality", "narrative"],
              [[r["nid"], r["triage_id"], r["case_id"], r["stage"], r["date"],
                r["level"], r["locality"], r["narrative"]] for r in RECORDS])
    write_csv(os.path.join(OUT, "gold.csv"),
              ["narrative_id", "code", "level"],
              [[r["nid"], c, r["gold_level"]] for r in RECORDS for c in r["codes"]])
    traps = [{"narrative_id": r["nid"], "gold_level": r["gold_level"],
              "gold_codes": r["codes"],
              "traps": [{"kind": k, "note": n} for k, n in r["traps"]]}
             for r in RECORDS]
    with open(os.path.join(OUT, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, ensure_ascii=False, indent=1).replace("\n", "\r\n") + "\r\n")
    n_gold = sum(len(r["codes"]) for r in RECORDS)
    n_trap = sum(1 for r in RECORDS if r["traps"])
    print(f"narratives={len(RECORDS)} gold_rows={n_gold} with_traps={n_trap}")


if __name__ == "__main__":
    main()
