#!/usr/bin/env python3
"""Build the held-out gold set S (written blind; see README.md).

Running it writes narratives.csv, gold.csv and traps.json next to this file.
python3 standard library only.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

NARRATIVES = []   # dicts: narrative_id, triage_id, case_id, stage, date, level, locality, narrative
GOLD = []         # (narrative_id, code, level)
TRAPS = {}        # narrative_id -> [notes]


def _clean(text):
    return " ".join(text.split())


def boxed(case, stage, date, level, locality, text, codes, traps=()):
    triage = "%s-%s" % (case, "A" if stage == "assessment" else "C")
    nid = "%s-%s" % (triage, level)
    NARRATIVES.append(dict(narrative_id=nid, triage_id=triage, case_id=case,
                           stage=stage, date=date, level=level,
                           locality=locality, narrative=_clean(text)))
    for c in codes:
        GOLD.append((nid, c, level))
    if traps:
        TRAPS[nid] = list(traps)


def unboxed(nid, date, locality, text, codes, level=None, traps=()):
    NARRATIVES.append(dict(narrative_id=nid, triage_id=nid, case_id=nid,
                           stage="assessment", date=date, level="",
                           locality=locality, narrative=_clean(text)))
    if codes and not level:
        raise SystemExit("unboxed %s has codes but no level" % nid)
    for c in codes:
        GOLD.append((nid, c, level))
    if traps:
        TRAPS[nid] = list(traps)


A, C = "assessment", "closure"

# ---------------------------------------------------------------- S001 Harrowfield
boxed("S001", A, "2025-03-10", "green", "Harrowfield", """
Family composition: Lorna Pryce (34) lives with her son Tyler (13) and daughter Maisie (3)
in a two-bedroom housing association flat on the Greenbank estate. Tyler's father has had
no involvement since 2017 and Maisie's father does not live with the family. Background:
Lorna describes a period of postnatal depression after Maisie was born, treated by her GP
with medication and talking therapy; it ended in 2022 and she has not needed any help with
her mood since. Current presenting needs: Maisie has a place at Little Acorns Nursery but is
attending only two of her five funded sessions a week. Her keyworker estimates that she uses
about thirty single words and is not yet joining words together, and the health visitor's
review in February recommended a language screen. Maisie is still in nappies during the day
and Lorna has asked the nursery for help to start toilet training. Tyler has asthma and uses
a preventer inhaler twice a day; he missed his annual asthma review at the GP surgery in
November and a new appointment has been booked for April. Strengths: Lorna is warm and
attentive with both children, and a close friend helps with nursery drop-offs on her work
days. What needs to change: Maisie to attend all her funded sessions, a toileting plan to be
agreed with the nursery, and Tyler's asthma review to be attended.
""", ["EYD", "PH"],
    ["historical: Lorna's postnatal depression ended in 2022 - no MH-ADULT"])

boxed("S001", A, "2025-03-10", "yellow", "Harrowfield", """
Family composition: Lorna Pryce (34) and her children Tyler (13), who is in Year 8 at
Kestrel Lane Academy, and Maisie (3). Background: Tyler attended well throughout primary
school, and Lorna describes him as a settled, sociable boy until his grandfather, with whom
he spent most weekends, died suddenly last July. Current presenting needs: since October
Tyler's attendance has fallen to 78%, with most absences on Mondays, and on several mornings
Lorna has been unable to get him out of bed and dressed before she leaves for work. The
school's pastoral lead reports that Tyler is withdrawn and tearful in lessons and has told
his tutor that he 'can't stop thinking about Grandad'. At home Tyler refuses to hand over his
phone at night, shouts at Lorna when she tries to set limits, and has twice slammed his
bedroom door so hard that the frame split; Lorna says she gives in to avoid an argument.
There are no concerns about Tyler's behaviour in school and he has received no sanctions
this year. Strengths: Tyler trusts his tutor and has agreed to meet an early help worker.
What needs to change: the early help worker will complete bereavement-focused direct work
with Tyler, agree a consistent evening routine and phone rules with Lorna, and hold monthly
attendance reviews with the school.
""", ["EDU-ATT", "MH-CHILD", "REL-PAR"],
    ["negation: no concerns about behaviour in school, no sanctions - no EDU-EXC"])

boxed("S001", A, "2025-03-10", "orange", "Harrowfield", """
Family composition: Lorna Pryce (34), Tyler (13) and Maisie (3). Maisie's father, Dean Hollis
(37), does not live in the household. Background: Lorna and Dean were together for four years
and separated in September 2024. Lorna now says that throughout the relationship Dean checked
her phone, decided who she could see and called her names in front of the children. Current
presenting needs: since January Dean has been turning up at the flat uninvited. On 21 February
police attended after he kicked the front door in and threatened to kill Lorna while Maisie
was in the room; he was arrested and bailed with conditions not to contact Lorna or come to
the estate. A DASH risk assessment was high risk, the case was heard at MARAC on 4 March and
an IDVA has been allocated. Lorna believes Dean's cocaine use makes him more volatile; he is
not in treatment. The housing association has since served a notice seeking possession,
citing the damage to the front door, and Lorna fears losing the tenancy. Strengths: Lorna has acted protectively, engages well with the IDVA and has
accepted a place on the Freedom Programme starting in April. What needs to change: a safety
plan reviewed monthly through a multi-agency TAF, and the housing association to be asked to
suspend possession action given that the damage arose from domestic abuse.
""", ["DA", "HOUS"],
    ["experiencer: Dean's cocaine use - he lives outside the household, so no SUB",
     "DA vs CRIME: Dean's arrest for threatening Lorna is DA only, not CRIME"])

boxed("S001", C, "2025-09-15", "blue", "Harrowfield", """
Closure summary: Lorna Pryce (34), Tyler (13) and Maisie (4) remain in their housing
association flat; the family were supported from March to September. The housing association
withdrew its notice seeking possession in June after the IDVA explained the cause of the
damage, and the tenancy is now secure. Tyler completed six sessions of bereavement work, his
attendance has been 97% since Easter and his tutor no longer sees any sign of low mood, so
school have closed their pastoral plan. Current position at self-help level: Lorna keeps to
the agreed rule that phones are charged in the kitchen from 9pm; she says Tyler still pushes
back on some evenings, but she now holds the line calmly using the phrases she practised and
the arguments are short. Dean's bail conditions have been replaced by a restraining order.
Lorna keeps her safety plan on her phone, has a code word with her closest friend and knows
to ring 999 if Dean comes to the estate. Strengths: Lorna's confidence as a parent has grown
noticeably. What needs to change: nothing further requires a service; should Dean move back
into the area, Lorna has the IDVA service's number and would contact them herself.
""", ["REL-PAR", "DA"],
    ["historical: possession notice withdrawn, tenancy secure - no HOUS",
     "historical: Tyler's attendance and low mood resolved - no EDU-ATT, no MH-CHILD",
     "hypothetical: 'should Dean move back into the area'",
     "level: holding the phone rule and keeping a safety plan are 'now managing' in a blue box - REL-PAR and DA coded"])

boxed("S001", C, "2025-09-15", "green", "Harrowfield", """
Closure summary, universal services: Maisie (now 4) has attended all five of her funded
sessions at Little Acorns Nursery since April and will start Reception next September. The
language screen in May found a mild expressive language delay; her keyworker runs a weekly
small-group language programme with her, and the health visitor will review her progress in
November. Maisie was fully toilet trained by July and has been dry in the day since. Tyler
attended his asthma review in April; he continues to use his preventer inhaler twice daily
and carries a reliever, and the practice nurse describes his asthma as well controlled, with
no attacks this year. Lorna says she has felt well throughout the intervention and there are
no concerns about her mental health. Strengths: Lorna has kept every appointment since March
and reads with Maisie every evening. What needs to change: Maisie's language to continue to be
supported by the nursery and reviewed by the health visitor, and Tyler's asthma to continue
to be managed through the GP practice.
""", ["EYD", "PH"],
    ["level: well-controlled asthma still on daily treatment is 'now managing' in a green box - PH coded",
     "historical: toileting and nursery take-up resolved; EYD still present through the ongoing language delay",
     "negation: no concerns about Lorna's mental health"])

# ---------------------------------------------------------------- S002 Lowmere
boxed("S002", A, "2025-04-02", "yellow", "Lowmere", """
Family composition: Sian Wilkes (38) and Gareth Wilkes (41) live with Kayden (15), Ellie-Mae
(10) and Rhys (2) in a three-bedroom council house in Lowmere. Background: Sian was diagnosed
with multiple sclerosis in 2021; her mobility has declined and she now uses a wheelchair
outside the home and has severe fatigue most afternoons. Gareth worked at the Lowmere
packaging plant for twelve years until it closed in May 2024 and has not worked since.
Current presenting needs: Ellie-Mae helps her mother to dress most mornings, makes breakfast
for Rhys and has stayed at home on days when Sian is too unwell to get up; her attendance at
Lowmere Juniors is 84% this year. The family receive Universal Credit and Sian receives PIP,
but the household owes £1,300 in council tax and energy arrears, and the prepayment gas meter
has run out four times since January. Strengths: Ellie-Mae is proud of what she does for her
mother and the two are very close; Gareth is keen to return to work. What needs to change: a
referral to Lowmere Young Carers for a young carer's assessment and respite activities, the
early help worker to support Gareth to access employment support, and a debt advice
appointment with Citizens Advice to set up affordable repayments.
""", ["PH", "CARER", "EDU-ATT", "FIN"])

boxed("S002", A, "2025-04-02", "orange", "Lowmere", """
Family composition: Sian (38) and Gareth Wilkes (41), Kayden (15), Ellie-Mae (10) and Rhys
(2). Background: Kayden was a keen footballer and had no contact with the police before this
year. Current presenting needs: Kayden has been reported missing three times since January,
each time returning after midnight with new trainers and a second phone that he will not
explain. On 12 March police stopped him in Brackendale town centre carrying eleven wraps of
cannabis and £400 in cash; he was released under investigation and the Youth Offending
Service is assessing him for an out-of-court disposal. The police exploitation team assess
him as at high risk of criminal exploitation through a county line, and a National Referral
Mechanism referral has been submitted. At Greymoor High Kayden received a five-day suspension
in February for assaulting another pupil, and school have since placed him on a part-time
timetable of mornings only. At home Kayden refuses to follow any boundaries; during an
argument about going out last month he punched a wall and pushed Gareth into the banister.
Strengths: Kayden still enjoys football training and has a good relationship with his coach.
What needs to change: a TAF with police, YOS and school to agree an exploitation safety plan,
a return to a full timetable, and support for Sian and Gareth to set safe boundaries.
""", ["SAFE-EXP", "CRIME", "EDU-EXC", "EDU-ATT", "REL-PAR"],
    ["convention 12: cannabis found on an exploited child is SAFE-EXP and CRIME, not SUB",
     "child-to-parent violence: Kayden pushing his father is REL-PAR, not DA",
     "historical/negation: 'no contact with the police before this year'"])

boxed("S002", A, "2025-04-02", "red", "Lowmere", """
Family composition: Sian (38) and Gareth Wilkes (41), Kayden (15), Ellie-Mae (10) and Rhys
(2). Background: the family were known to children's social care in 2015 because of Gareth's
drinking; that involvement closed when he stopped drinking, and he stayed sober for several
years. Current presenting needs: after a school referral, a social worker made an unannounced
visit at 10am on 18 March and found Rhys alone downstairs in a heavily soiled nappy with
severe nappy rash, while Gareth was asleep upstairs after drinking. There was no fresh food in
the kitchen, rubbish bags were piled in the hallway and Rhys's cot had no clean bedding.
Gareth acknowledges drinking around a litre of vodka most days since losing his job and has
been referred to Lowmere Recovery Service. A strategy meeting and section 47 enquiry
followed, and at the initial child protection conference on 28 March all three children
became subject to child protection plans under the category of neglect. Rhys does not attend
a nursery, missed his two-year development review and has not had his MMR vaccination. Sian
told the social worker that she feels hopeless, and her GP has started her on sertraline.
Strengths: both parents accept the concerns and want to keep the children safe. What needs to
change: the child protection plan sets out the changes required.
""", ["SAFE-NEG", "SUB", "EYD", "PH", "MH-ADULT"],
    ["historical vs present: Gareth's earlier drinking and the 2015 involvement are past; SUB is coded from his current daily drinking"])

boxed("S002", C, "2025-11-20", "green", "Lowmere", """
Closure summary, universal services: the children's child protection plans ended at the
review conference in October and the family were stepped down to early help for a final
period. Rhys (now 2) has attended Sunflower Day Nursery for his funded hours since May. The
health visitor completed his overdue development review in August; he is meeting his
milestones apart from speech, where he has around twenty words, and his keyworker is running
a small language group with him. Rhys had his MMR in July and is now fully up to date with
his immunisations. Sian's MS remains stable; she sees her MS nurse every six months, attends
weekly physiotherapy and now has a paid carer twice a day. Sian says her mood lifted over the
summer and she stopped taking sertraline in September with her GP's agreement; she has no
current mental health needs. Ellie-Mae's attendance has risen to 97% and school have no
concerns. Strengths: the home has been clean and well stocked at every visit since June. What
needs to change: Rhys's speech to be reviewed by the health visitor in the new year, and Sian
to continue her MS care.
""", ["EYD", "PH"],
    ["historical: Rhys's immunisations caught up - PH here comes from Sian's ongoing MS care",
     "historical: Sian stopped sertraline and has no current needs - no MH-ADULT",
     "historical: attendance recovered and neglect resolved - no EDU-ATT, no SAFE-NEG",
     "convention 12: a paid carer is not CARER"])

boxed("S002", C, "2025-11-20", "yellow", "Lowmere", """
Closure summary, extra help: Sian's multiple sclerosis is stable but she still needs help to
dress and move around. Ellie-Mae (10) has attended Lowmere Young Carers fortnightly since May
and still helps her mother on weekday mornings before the paid carer arrives,
mostly by making breakfast for Rhys and fetching Sian's medication; her young carer's plan
will continue after early help closes. Gareth has remained open to Lowmere Recovery Service
throughout and is on a planned reduction; he says he now drinks only at weekends and has not
been drunk in front of the children since June, and his key worker will continue to see him
fortnightly. Citizens Advice negotiated a repayment plan with the council and the energy
supplier in June; £600 of the arrears is still owed and is being repaid at £25 a month, and
Citizens Advice will review the plan in January. Gareth started a warehouse job on night
shifts in October. Strengths: both parents have engaged with every service offered and Sian
describes the family as 'back on track'. What needs to change: the family to continue with
Young Carers, the Recovery Service and Citizens Advice after early help closes.
""", ["PH", "CARER", "SUB", "FIN"],
    ["convention 5: Gareth's night-shift job is not FIN; FIN comes from the arrears still owed"])

boxed("S002", C, "2025-11-20", "orange", "Lowmere", """
Closure summary, targeted help: Kayden turned 16 in September. He received a referral order
for the March possession-with-intent offence and remains open to the Youth Offending Service,
with four months of the order left to run. The National Referral Mechanism returned a
positive reasonable grounds decision in July. There have been no missing episodes since June,
but the police exploitation team still assess Kayden as at medium risk because the older
males involved continue to message him on social media, and the TAF will continue under the
targeted youth support team. Kayden left Greymoor High in July with two GCSEs; he did not take
up his college place and is not in education, employment or training, although he has talked
about a construction course. The part-time timetable and the suspension were both resolved
before he left school. Strengths: Kayden has kept every YOS appointment and has rejoined his
football club. What needs to change: continued exploitation safety planning, completion of
the referral order, and a route into training through the YOS education worker.
""", ["CRIME", "SAFE-EXP", "EDU-NEET"],
    ["convention 11: Kayden (16) NEET is EDU-NEET only, no FIN",
     "historical: no missing episodes since June, but the exploitation risk is still current - SAFE-EXP coded",
     "historical: part-time timetable and suspension resolved - no EDU-ATT, no EDU-EXC"])

# ---------------------------------------------------------------- S003 Brackendale
boxed("S003", A, "2025-05-14", "blue", "Brackendale", """
Family composition: Natalie Brennan (36) lives with her son Oscar (7) and daughter Ivy (11
months) in a privately rented semi in Brackendale. Their father, Craig Brennan (38), moved out
in December 2024 and rents a flat in Lowmere. Background: the couple separated after several
years of arguments about money and Craig's working hours; both are clear that there was never
any violence or controlling behaviour, and Natalie says she has never been frightened of
Craig. Current presenting needs at self-help level: Natalie and Craig still disagree about how
much time the children spend with Craig, and Saturday handovers often end in raised voices on
the doorstep within earshot of Oscar. Natalie has found an online course for separated parents
and has completed two of its six modules, and her sister now does the handovers to keep them
calm. Natalie works full time as a dental nurse and reports no financial difficulties: she has
no debts or arrears and her rent has not increased. Strengths: Natalie has strong support from
her sister and her parents, who live nearby. What needs to change: Natalie to finish the online
course, and to use the information she was given about family mediation should she and Craig
still be unable to agree contact by the summer.
""", ["REL-CONF"],
    ["negation: violence and control explicitly ruled out - REL-CONF, not DA",
     "negation: no financial difficulties, no debts - no FIN",
     "hypothetical: mediation only should they still be unable to agree"])

boxed("S003", A, "2025-05-14", "green", "Brackendale", """
Family composition: Natalie Brennan (36), Oscar (7) and Ivy (11 months). Background: Oscar's
pre-school noted in 2022 that he preferred to play alone and became distressed by changes of
routine, but no referral was made at the time. Current presenting needs: Oscar is in Year 2 at
St Aldhelm's CE Primary. His class teacher and the school's SENCO have placed him on SEN
support for his social communication and sensory needs, and with Natalie's agreement the
SENCO and the GP have referred him for an autism assessment; he is on the waiting list. Oscar
also wets the bed most nights, and the school nurse has given Natalie advice and a referral to
the enuresis clinic. Ivy is still taking mostly smooth purées and gags on lumpier food;
Natalie is unsure how to move her on, and the health visitor is giving weaning advice ahead of
Ivy's one-year review next month. Oscar's attendance is 98% and there are no concerns about
his behaviour in class. Strengths: Natalie follows professional advice closely and keeps a
diary of Oscar's triggers. What needs to change: Oscar's needs to be understood through the
assessment, his bedwetting to be treated, and Ivy to progress to a mixed diet.
""", ["EDU-SEND", "PH", "EYD"],
    ["convention 9: bedwetting at age 7 is PH, not EYD",
     "negation: good attendance and no behaviour concerns - no EDU-ATT, no EDU-EXC"])

boxed("S003", A, "2025-05-14", "yellow", "Brackendale", """
Family composition: Natalie Brennan (36), Oscar (7) and Ivy (11 months); the children's
father, Craig, lives in Lowmere. Background: Natalie had never needed help with her mental
health before the separation. Current presenting needs: Natalie describes feeling overwhelmed
since Craig left, with panic attacks two or three times a week, usually in the evening; she
has not yet spoken to her GP and says she 'has to hold it together for the kids'. Oscar has
long outbursts at bedtime, lasting up to an hour, during which he kicks doors, throws toys and
has hit Natalie in the face; she finds it hard to stay calm and has started giving in to
whatever he asks to avoid an outburst. Craig has told Natalie that he has been drinking
heavily since moving out, which she finds worrying. Natalie has wondered whether she might
have to move if her landlord ever decides to sell, but there is no notice and the landlord has
said nothing about selling. Strengths: Natalie is insightful and asked for help herself. What
needs to change: the early help worker will support Natalie to self-refer to Talking
Therapies, deliver a parenting programme at home focused on bedtime and on managing Oscar's
outbursts, and review progress in eight weeks.
""", ["MH-ADULT", "REL-PAR"],
    ["experiencer: Craig's drinking - he lives outside the household, so no SUB",
     "hypothetical: moving only if the landlord ever sells; no notice - no HOUS",
     "child-to-parent violence: Oscar hitting Natalie is REL-PAR, not DA"])

boxed("S003", C, "2025-11-03", "blue", "Brackendale", """
Closure summary, self-help: Natalie (36), Oscar (7) and Ivy (17 months) remain in the family
home. Natalie and Craig agreed a written contact arrangement at a mediation session in August;
handovers now take place at the leisure centre, there have been no disagreements since, and
both parents say contact is no longer an issue between them. Natalie completed six sessions
with Talking Therapies in September. She still has occasional panic attacks, about two a month
compared with several a week at assessment, and manages them with the breathing and grounding
techniques she learned; she has the service's self-referral number if she needs it again.
Oscar's bedtime outbursts still happen about once a week; Natalie uses the calm-down routine
from the parenting programme, Oscar goes to his den with his ear defenders, the outbursts are
now much shorter, and he has not hit her since July. Strengths: Natalie's sister and parents
remain closely involved. What needs to change: Natalie to keep using her strategies and the
information she has been given; no further service is needed.
""", ["MH-ADULT", "REL-PAR"],
    ["historical: contact dispute settled, no disagreements since - no REL-CONF",
     "level: continuing panic attacks managed with learned techniques are 'now managing' in a blue box - MH-ADULT coded",
     "level: weekly outbursts managed with the calm-down routine - REL-PAR coded"])

boxed("S003", C, "2025-11-03", "green", "Brackendale", """
Closure summary, universal services: Oscar (7) received a diagnosis of autism from the
community paediatrician in October. He remains on SEN support at St Aldhelm's, and the SENCO
has written a one-page profile and is arranging a sensory break space in class, with a review
meeting with Natalie planned for January. Oscar's bedwetting stopped after his treatment at
the enuresis clinic, and he has been dry at night since early September. Ivy (17 months) now
eats family meals and her earlier difficulties with weaning have resolved; the health visitor
found at her review that she is meeting all her milestones. Natalie herself was diagnosed by
her GP in September with an underactive thyroid, which had been causing tiredness and weight
gain; she takes levothyroxine every day and has blood tests every three months. Strengths:
Natalie has kept all appointments and has good links with school. What needs to change:
school to continue SEN support and review Oscar's profile, and Natalie's thyroid condition to
continue to be monitored by the GP.
""", ["EDU-SEND", "PH"],
    ["historical: Oscar's bedwetting stopped - PH here comes only from Natalie's thyroid condition",
     "historical: Ivy's weaning difficulties resolved - no EYD"])

# ---------------------------------------------------------------- S004 Harrowfield
boxed("S004", A, "2025-06-23", "green", "Harrowfield", """
Family composition: Danielle Morrow (29) lives with her partner Jason Tate (32), her son
Bailey (9) and their daughter Lacey (3) in a privately rented flat above a shop on Kingsholt
High Street. Danielle is 24 weeks pregnant. Bailey's father lives in Scotland and has Bailey
for three weeks each summer; there have never been any concerns about this arrangement.
Current presenting needs: Lacey attends Kingsholt Community Nursery for fifteen hours a week.
Her keyworker reports that she mostly points and uses single words, is not yet toilet trained
and finds it hard to join in group activities; the health visitor completed her two-year
review late and has asked the nursery to begin a language programme. Bailey is in Year 4 at
Fernhill Primary. The SENCO has placed him on SEN support because he cannot sit still or stay
on task for more than a few minutes, and he is on the ADHD assessment pathway. Danielle has
missed two antenatal appointments and her midwife has asked the GP to follow this up.
Strengths: Lacey's attendance at nursery is consistent and Bailey loves his Saturday football
club. What needs to change: Lacey's language and toileting to be supported by the nursery and
the health visitor, Bailey's assessment to continue, and Danielle to attend antenatal care.
""", ["EYD", "EDU-SEND", "PH"],
    ["convention 4: 'on the ADHD assessment pathway' codes EDU-SEND",
     "negation: no concerns about Bailey's contact with his father"])

boxed("S004", A, "2025-06-23", "yellow", "Harrowfield", """
Family composition: Danielle Morrow (29), her partner Jason Tate (32), Bailey (9) and Lacey
(3); Danielle is 24 weeks pregnant. Current presenting needs: Bailey has become clingy and
anxious over the last six months. He cries at the classroom door most mornings, tells his
teacher that he needs to check his mum is all right, and has been late fourteen times this
term because he will not leave the flat until Danielle walks him in. Danielle describes
herself as low and exhausted, cries most days and has stopped seeing her friends; she scored
18 on the PHQ-9 completed with the early help worker and has agreed to see her GP. The
family's Universal Credit was stopped for five weeks in April after a missed appointment;
they used the Kingsholt food bank twice, and the rent is now £450 in arrears even though the
claim has been reinstated. Danielle smokes and has been given advice about stopping during
the pregnancy. Strengths: Danielle is open about how she is feeling and wants help. What needs
to change: the early help worker will offer Bailey worry-focused direct work, support Danielle
to get treatment for her mood, and help her to agree a repayment plan for the rent arrears.
""", ["MH-CHILD", "EDU-ATT", "MH-ADULT", "FIN"],
    ["convention 12: Danielle's smoking is not SUB"])

boxed("S004", A, "2025-06-23", "orange", "Harrowfield", """
Family composition: Danielle Morrow (29), Jason Tate (32), Bailey (9) and Lacey (3).
Background: Jason was convicted of burglary in 2023 and is currently on probation, reporting
weekly to his probation officer. Current presenting needs: on 28 May a neighbour called the
police after hearing screaming; officers found Danielle with a cut lip and Jason was arrested
for assaulting her. Danielle later withdrew her statement and Jason returned home. A DASH risk
assessment scored 16 and the case has been referred to MARAC. Danielle says that Jason uses
cocaine most weekends and is more volatile afterwards. The flat has one bedroom, shared by all
four family members, and black mould covers the bedroom wall; the landlord has ignored repair
requests and on 2 June served a section 21 notice, and the council's housing options team has
confirmed that the family are threatened with homelessness. Strengths: Danielle has been
honest with professionals about the incident and wants the children to be safe. What needs to
change: a multi-agency TAF plan, safety planning with Danielle through the IDVA service,
housing options work to prevent homelessness, and a referral to children's social care given
the risk to the unborn baby.
""", ["DA", "CRIME", "SUB", "HOUS"],
    ["DA vs CRIME: Jason's arrest for assaulting Danielle is DA only; CRIME comes from his current probation",
     "historical vs present: the 2023 burglary is past but the probation is current"])

boxed("S004", A, "2025-06-23", "red", "Harrowfield", """
Family composition: Danielle Morrow (29), Jason Tate (32), Bailey (9), Lacey (3) and an unborn
baby due in September. Current presenting needs: following the incident on 28 May a strategy
meeting was held and a section 47 enquiry opened. Bailey told the social worker that Jason
'grabs Mum by the neck when he's angry' and that he takes Lacey into the bathroom and locks
the door when the shouting starts. Bailey presents as frightened and hypervigilant, startles
at raised voices and has told his teacher that he does not want to go home. At the initial
child protection conference on 17 June, Bailey, Lacey and the unborn baby were made subject to
child protection plans under the category of emotional abuse. Jason has agreed to leave the
flat and is to have no unsupervised contact with the children, and Danielle has started the
Freedom Programme. The social worker found the flat clean, the fridge well stocked and both
children well dressed and cared for, and there are no concerns about neglect or basic care.
Strengths: Danielle has accepted the plan and has daily support from her mother. What needs to
change: the child protection plan sets out the changes required.
""", ["DA", "MH-CHILD"],
    ["negation: no concerns about neglect or basic care, fridge well stocked - no SAFE-NEG"])

boxed("S004", C, "2026-01-19", "yellow", "Harrowfield", """
Closure summary, extra help: the child protection plans ended in December. Jason moved out in
June and has had no contact with Danielle or the children since, and Danielle completed the
Freedom Programme in November. In October the family were allocated a two-bedroom council flat
in Fernhill, which is dry and in good repair. Baby Harley was born in September. Danielle was
diagnosed with postnatal depression in November; she is taking antidepressants and is on the
waiting list for the perinatal mental health team, and her early help worker visits weekly.
Lacey (3) now has speech and language therapy at nursery every fortnight; she is using short
sentences, but her speech is still well behind that of other children her age. She was toilet
trained in the autumn. Strengths: Danielle has rebuilt her support network and her mother
visits every day. What needs to change: the early help worker will stay involved until
Danielle has started with the perinatal team, and Lacey's speech therapy will continue.
""", ["MH-ADULT", "EYD"],
    ["historical: DA ended - Jason left, no contact since, Freedom Programme completed - no DA",
     "historical: housing resolved by the council allocation - no HOUS"])

boxed("S004", C, "2026-01-19", "orange", "Harrowfield", """
Closure summary, targeted help: Bailey (9) was referred to CAMHS in October after telling his
teacher that he wished he was dead; he has had a first appointment and is on the waiting list
for trauma-focused therapy, and school have a safety plan in place for him. Bailey was
diagnosed with ADHD in November; he remains on SEN support, and school have applied for an
Education, Health and Care needs assessment, which the local authority has agreed to carry
out. Jason, who no longer lives with the family, was recalled to prison in December for
breaching his probation; he has made no attempt to contact Danielle or the children, and the
MARAC has closed the case. Bailey's attendance has been 96% since the move. Strengths: Bailey
has a trusted adult at school and is proud of his new bedroom. What needs to change: CAMHS to
begin therapy and the needs assessment to be completed, with the school's SENCO as lead
professional after early help closes.
""", ["MH-CHILD", "EDU-SEND"],
    ["experiencer: Jason's recall to prison - he is outside the household, so no CRIME",
     "historical: MARAC closed and no contact - no DA"])

# ---------------------------------------------------------------- S005 Ashcombe
boxed("S005", A, "2025-02-24", "yellow", "Ashcombe", """
Family composition: Marcus Oduya (45) is a single father to Kofi (17) and Jasmine (14); they
own a three-bedroom house in Ashcombe. Background: the children's mother, Grace, died of cancer
in 2022. Marcus had grief counselling during 2023 and says he no longer feels he needs any
support for himself. Current presenting needs: Kofi left Ashcombe Sixth Form College at
Christmas after failing his mock exams and has not found work, an apprenticeship or another
course; he spends most days in his room gaming. Marcus and Kofi argue most evenings about
Kofi's lack of direction and his refusal to help around the house, and Marcus admits he has
given up trying to set any rules. Marcus works full time as a bus driver on rotating shifts;
the mortgage is paid off and he has no money worries. Strengths: the family are close and
Kofi is a kind older brother to Jasmine. What needs to change: the early help worker will link
Kofi with the Ashcombe Youth Employment Hub, agree house rules with Marcus and Kofi, and
review progress in six weeks.
""", ["EDU-NEET", "REL-PAR"],
    ["historical: Marcus's grief counselling ended in 2023 - no MH-ADULT",
     "convention 5: shift work is not FIN; no money worries",
     "convention 11: Kofi's NEET status is EDU-NEET only"])

boxed("S005", A, "2025-02-24", "orange", "Ashcombe", """
Family composition: Marcus Oduya (45), Kofi (17) and Jasmine (14). Current presenting needs:
on 9 February Jasmine took an overdose of paracetamol; she was checked at hospital and came to
no physical harm. She was assessed by the CAMHS liaison team and is now open to Ashcombe CAMHS with weekly
appointments. She has also been cutting her forearms since the autumn. Jasmine told her CAMHS
worker that a man she met through a gaming app, who said he was seventeen, had sent her gifts
and asked her for pictures of herself; CAMHS shared this with the police, who are
investigating the man, and the account has been blocked. School report that a group of girls
in Jasmine's year have been posting cruel comments about her mother's death on social media,
and Jasmine says she dreads going in; her attendance has fallen to 71% this term. Strengths:
Jasmine is honest with her CAMHS worker, and Marcus responded quickly and calmly. What needs
to change: a multi-agency TAF to coordinate CAMHS, school and police, an online safety plan
for Jasmine, and action by school on the bullying.
""", ["MH-CHILD", "SAFE-EXP", "EDU-ATT"],
    ["experiencer: the police are investigating an outside adult - no CRIME for the family",
     "overdose with no physical harm is self-harm (MH-CHILD) - no PH"])

boxed("S005", C, "2025-09-29", "blue", "Ashcombe", """
Closure summary, self-help: Marcus (45), Kofi (17) and Jasmine (14) remain in the family home.
Jasmine was discharged from CAMHS in August after completing her therapy; she has not
self-harmed since April, reports no low mood, and her CAMHS worker found no ongoing mental
health needs at discharge. The online contact stopped when the account was blocked in February
and there has been no further contact; the police investigation has concluded. The bullying
ended in the spring after school moved the girls involved into different tutor groups. Kofi
started a motor vehicle apprenticeship in June and enjoys it. Marcus and Kofi no longer argue
about Kofi's future, and Marcus says the house is calmer than it has been since Grace died.
Strengths: the family have drawn on their wider network, particularly Grace's sister,
throughout. What needs to change: nothing further is needed. Should Jasmine's mood dip again,
Marcus knows how to contact the GP and the CAMHS crisis line, and if any new online contact
worries her, Jasmine says she would tell her dad straight away.
""", [],
    ["historical: discharged from CAMHS, no self-harm since April, no low mood - no MH-CHILD",
     "historical: online contact and bullying ended - no SAFE-EXP",
     "historical: Kofi now in an apprenticeship; arguments stopped - no EDU-NEET, no REL-PAR",
     "hypothetical: 'should Jasmine's mood dip again', 'if any new online contact worries her'"])

boxed("S005", C, "2025-09-29", "green", "Ashcombe", """
Closure summary, universal services: Jasmine's attendance has been 98% since Easter and she
has chosen her GCSE options. During the intervention the school's SENCO screened Jasmine and
identified dyslexia; she now receives SEN support, with a reader and extra time in tests, and
the SENCO will apply for exam access arrangements before her GCSEs. Marcus was diagnosed with
type 2 diabetes by his GP in July; he takes metformin, is following a diet plan from the
practice nurse, and his blood sugar is reviewed every three months. Kofi is well and has
registered with the family's GP practice. Strengths: Marcus has kept every health appointment
and attends parents' evenings. What needs to change: SEN support to continue for Jasmine, and
Marcus's diabetes to continue to be managed through the GP practice, with the practice nurse
reviewing his diet plan in the new year.
""", ["EDU-SEND", "PH"],
    ["level: diabetes managed with medication in a green box is PH present",
     "historical: attendance recovered - no EDU-ATT"])

# ---------------------------------------------------------------- S006 Lowmere (Hollinsmoor)
boxed("S006", A, "2025-07-07", "green", "Lowmere", """
Family composition: Pauline Shaw (63) is the kinship carer, under a special guardianship
order, of her grandchildren Leah (12) and Mason (6), who live with her in a two-bedroom
bungalow in Hollinsmoor. Background: the children came to live with Pauline in 2023 when their
mother, Kerry, could not care for them because of her heroin use. Kerry now lives in a hostel
in Lowmere and sees the children monthly at a contact centre. Current presenting needs:
Pauline has COPD and uses oxygen at night. She has missed her last two respiratory clinic
appointments because she had no one to collect Mason from school, and the GP has written to
her about a medication review. Mason is in Year 1 at Hollinsmoor Infants. His teacher reports
that his speech is unclear and that other children often cannot understand him; the SENCO has
placed him on SEN support and made a referral for speech and language therapy. Mason's
attendance is 96%. Strengths: Pauline is devoted to the children, and the home is warm, tidy
and well organised. What needs to change: Pauline to attend her respiratory appointments with
help from a neighbour or friend, and Mason's speech to be assessed and supported in school.
""", ["PH", "EDU-SEND"],
    ["experiencer: the mother's heroin use - she lives outside the household, so no SUB",
     "convention 12: 'kinship carer' is not CARER",
     "convention 9: speech for a school-age child is EDU-SEND, not EYD"])

boxed("S006", A, "2025-07-07", "yellow", "Lowmere", """
Family composition: Pauline Shaw (63), Leah (12) and Mason (6). Current presenting needs: since
Pauline's breathing worsened over the winter, Leah has taken on a large share of the household
tasks. She reminds Pauline to take her inhalers and tablets, carries the shopping home, gets
Mason ready for school most mornings and sets an alarm at night to check that her
grandmother's oxygen is on. Pauline's special guardianship allowance was reduced in April
after a review, and she has fallen behind with her water and council tax bills, which together
stand at £640. At home Leah becomes angry when Pauline asks her to do homework or to come in
at the agreed time, slamming doors and swearing, and Pauline says she feels she has lost her
authority. Strengths: Leah and Mason are affectionate with their grandmother and with each
other, and Pauline is open to advice. What needs to change: a referral to Hollinsmoor Young
Carers, the family support worker to help Pauline with a budget and a hardship application,
and work with Pauline and Leah on agreed house rules.
""", ["CARER", "PH", "FIN", "REL-PAR"])

boxed("S006", A, "2025-07-07", "orange", "Lowmere", """
Family composition: Pauline Shaw (63), Leah (12) and Mason (6). Current presenting needs: Leah
has been reported missing twice in June. On the second occasion police found her at 2am in a
park in Lowmere with a group of older teenagers and brought her home. School staff have seen
her getting into cars with older men outside the gates, and she has a new phone that Pauline
did not buy. The police child exploitation team have assessed Leah as at risk of child sexual
exploitation, and a multi-agency TAF meeting has been arranged. Leah has started vaping, but
she denies using alcohol or drugs and none have been found. In school Leah has been suspended
for two days for swearing at a teacher and walking out of lessons, and Moorside Academy has
told Pauline that Leah is at risk of permanent exclusion. Strengths: Leah has a good
relationship with her head of year and has agreed to work with a youth worker. What needs to
change: an exploitation safety plan agreed through the TAF, a disruption plan for the adults
involved, and a pastoral support plan in school.
""", ["SAFE-EXP", "EDU-EXC"],
    ["convention 7: police finding and returning a missing child is safeguarding, not CRIME",
     "negation: Leah denies alcohol or drug use, none found; vaping is not SUB"])

boxed("S006", C, "2026-02-02", "green", "Lowmere", """
Closure summary, universal services: Pauline's COPD has been stable since the autumn. She now
attends the respiratory clinic every three months, uses her oxygen at night as prescribed and
had her flu vaccine in October; a neighbour collects Mason from school on clinic days, and no
appointments have been missed since August. Mason (6) has weekly speech and language therapy
sessions in school, and the SENCO reports that his speech is clearer and that classmates
understand him more easily, although he remains on SEN support with targets reviewed each
term. Leah's attendance is 97% this year. Strengths: Pauline has built a reliable network of
neighbours and friends from church, and both children are settled. What needs to change:
Pauline's health to continue to be managed through her GP and the respiratory clinic, and
Mason's speech support to continue in school.
""", ["PH", "EDU-SEND"],
    ["level: stable COPD under regular clinic care is 'now managing' in a green box - PH coded",
     "historical: missed appointments stopped in August"])

boxed("S006", C, "2026-02-02", "yellow", "Lowmere", """
Closure summary, extra help: Leah (12) has attended Hollinsmoor Young Carers fortnightly since
August. Pauline's COPD remains stable but limits how far she can walk, so Leah still carries
the shopping and reminds her grandmother about her medication, although she no longer checks
the oxygen at night. There have been no missing episodes since July, and the exploitation hub
closed Leah's case in October, having found no continuing risk. Leah has had no suspensions
this school year. The water and council tax arrears were cleared in November with a hardship
grant, and Pauline now budgets with a weekly plan. Leah and Pauline still clash over screen
time and curfew several times a week, and the family support worker will continue to see
them together until the end of term to embed the house agreement they drew up. Strengths:
Leah is proud of her young carers' group and has made new friends there. What needs to change:
the house agreement to be embedded before the family support worker withdraws.
""", ["CARER", "PH", "REL-PAR"],
    ["historical: missing episodes ended and exploitation case closed - no SAFE-EXP",
     "historical: arrears cleared with a grant - no FIN",
     "historical: no suspensions this year - no EDU-EXC"])

# ---------------------------------------------------------------- S007 Brackendale (Westcombe)
boxed("S007", A, "2025-10-13", "blue", "Brackendale", """
Family composition: Steven Ainsworth (44) and Rachel Ainsworth (40) live with their son Callum
(15) and daughter Ruby (4) in a three-bedroom rented house in Westcombe. Background: the family
moved from Brackendale in 2021 for Steven's job, and Rachel describes a happy family life until
this year. Current position at self-help level: Callum was diagnosed with type 1 diabetes in
2020. He now manages his own insulin injections and carbohydrate counting with a phone app,
and Rachel keeps a spare kit and hypo treatments in the kitchen. Ruby has been fully toilet
trained since she was three and is dry at night. Rachel works night shifts as a care
assistant, and her mother, who lives two streets away, has the children on those nights.
Steven and Rachel describe their relationship as solid, and there is no history of domestic
abuse. Strengths: a close extended family and good relationships with the neighbours. What
needs to change: nothing further at this level; Callum to keep managing his diabetes with the
family's support, and Rachel has been given details of a support group for teenagers with
diabetes should Callum want to meet others.
""", ["PH"],
    ["level: Callum managing his own insulin is 'now managing' in a blue box - PH coded",
     "good news: Ruby toilet trained and dry - no EYD",
     "convention 5: night shifts are not FIN",
     "negation: no history of domestic abuse"])

boxed("S007", A, "2025-10-13", "yellow", "Brackendale", """
Family composition: Steven (44) and Rachel Ainsworth (40), Callum (15) and Ruby (4). Current
presenting needs: Steven was made redundant from his post as a warehouse supervisor in July
and has been claiming Universal Credit since. In September Rachel discovered that he had run up
about £7,000 on credit cards and payday loans through online gambling. Steven has since
self-excluded from all gambling sites and agreed to see a debt adviser at Westcombe Citizens
Advice, but the family are behind on two loans and are struggling to pay the rent. Steven's GP
has diagnosed depression and started him on citalopram; he has told Rachel that he sometimes
thinks the family would be better off without him, although he says he has no plans to act on
this. Steven and Rachel have argued about money most nights since the discovery, sometimes in
front of the children, and Rachel is considering a trial separation. Strengths: Steven has
been honest with Rachel and with professionals. What needs to change: the early help worker
will support Steven to attend Citizens Advice and his GP, and offer the couple sessions from
the Reducing Parental Conflict programme.
""", ["FIN", "MH-ADULT", "REL-CONF"],
    ["convention 10: gambling debts are FIN, not SUB",
     "look-alike: 'self-excluded' from gambling sites is not EDU-EXC"])

boxed("S007", A, "2025-10-13", "orange", "Brackendale", """
Family composition: Steven (44) and Rachel Ainsworth (40), Callum (15) and Ruby (4). Current
presenting needs: Callum is in Year 11 at Westcombe Academy. Since the summer he has spent his
evenings with a group of older boys who throw stones at buses and intimidate shop staff on the
Parkside estate. Police were called to the estate about the group three times in September,
and on 2 October Callum was arrested for criminal damage to a bus shelter; he received a youth
caution and has been referred to the Youth Offending Service for a prevention programme. He
told his YOS worker that he smokes cannabis with the group most weekends. At school Callum has
had two fixed-term suspensions this term for fighting, is on a daily behaviour report, and the
school is arranging a managed move to Brackendale High after half-term. Strengths: Callum is
polite with professionals and says he wants to get his GCSEs. What needs to change: completion
of the YOS programme, support to reduce his cannabis use, and a successful managed move.
""", ["CRIME", "SUB", "EDU-EXC"])

# ---------------------------------------------------------------- S008 Ashcombe
boxed("S008", A, "2025-01-27", "green", "Ashcombe", """
Family composition: Tanya Beckett (31) lives with her children Alfie (8), Lily-Rose (5) and
Jack (18 months) in a privately rented terraced house in Ashcombe. Background: Tanya's
relationship with the children's father ended in 2023 and he now lives abroad with no contact.
Current presenting needs: Alfie has visible tooth decay and has never been registered with a
dentist; his teacher reports that he often complains of toothache and chews on one side of his
mouth. Lily-Rose is in Reception at Ashcombe Primary; her attendance is 86% and she has arrived
late on 22 mornings since September. Jack has missed his 12-month immunisations, and the
health visitor has been unable to complete his one-year development review after three missed
appointments; when last seen he was not yet pulling himself up to stand. Strengths: the
children are affectionate with Tanya and with each other, and Tanya is proud of them. What
needs to change: Alfie to be registered with a dentist and treated, Lily-Rose to attend school
on time every day, and Jack's immunisations and development review to be completed.
""", ["PH", "EDU-ATT", "EYD"])

boxed("S008", A, "2025-01-27", "orange", "Ashcombe", """
Family composition: Tanya Beckett (31), Alfie (8), Lily-Rose (5) and Jack (18 months).
Background: Tanya has been prescribed methadone since 2022 and attends Ashcombe Drug and
Alcohol Service. Current presenting needs: Tanya's last three drug tests showed crack cocaine
alongside her methadone, and she admits using at weekends. On 6 January the landlord served a
section 8 possession notice for £2,100 of rent arrears; Tanya says the housing element of her
Universal Credit was paid to her rather than to the landlord and she spent it. The roof leaks
into the children's bedroom, and the landlord has refused repairs while the arrears are
outstanding. On 10 January police were called after a friend of Tanya's, who does not live at
the house, caused a disturbance in the street outside; no one in the household was arrested.
Strengths: Tanya has stayed engaged with her recovery worker throughout and is honest about
her use. What needs to change: a multi-agency TAF plan with housing, the drug and alcohol
service and the school, a payment plan to stop the possession claim, and repairs to the roof.
""", ["SUB", "HOUS", "FIN"],
    ["experiencer: a non-resident friend's disturbance - no CRIME"])

boxed("S008", A, "2025-01-27", "red", "Ashcombe", """
Family composition: Tanya Beckett (31), Alfie (8), Lily-Rose (5) and Jack (18 months). Current
presenting needs: after a referral from the school a strategy meeting was held on 23 January
and a social worker visited the same day. The kitchen contained no food apart from a packet of
biscuits, there was dog mess on the living room floor, and Jack was in his cot in a nappy that
had not been changed since the morning. Alfie and Lily-Rose both have head lice and come to
school in the same unwashed clothes for days at a time. The children are now subject to child
in need plans under section 17, and the local authority has said it will consider the Public
Law Outline if there is no improvement within three months. Tanya disclosed that she was
sexually abused as a child; she has flashbacks most weeks, and her GP has diagnosed
post-traumatic stress disorder and referred her for trauma therapy. Strengths: Tanya loves her
children and has agreed to daily visits from a family support worker. What needs to change:
the child in need plan sets out the changes required.
""", ["SAFE-NEG", "MH-ADULT"],
    ["historical vs present: Tanya's childhood abuse is past, but her current PTSD is MH-ADULT",
     "hypothetical: PLO only 'if there is no improvement'"])

boxed("S008", C, "2025-10-27", "yellow", "Ashcombe", """
Closure summary, extra help: Tanya remains on a methadone script with Ashcombe Drug and
Alcohol Service. Her last four drug tests have been clear of crack cocaine, and her recovery
worker plans to begin reducing her dose in the new year. Jack (2) has attended Bluebell Nursery
for fifteen funded hours since April and caught up with all his immunisations in the spring.
His keyworker reports that he now walks confidently but has only a handful of words and does
not yet follow simple instructions, and the nursery has asked the Portage service to visit him
at home. The family support worker's daily visits reduced to weekly in July and end this month.
Strengths: Tanya now keeps a daily routine with the children and plans their meals a week
ahead. What needs to change: Tanya to continue her treatment, and Jack's language and
understanding to be supported by the nursery and Portage.
""", ["SUB", "EYD"],
    ["convention 4: an ongoing methadone script codes SUB even though crack use has stopped",
     "historical: immunisations caught up - no PH"])

boxed("S008", C, "2025-10-27", "orange", "Ashcombe", """
Closure summary, targeted help: the family were rehoused by the council in June into a
three-bedroom house in good repair, and the child in need plans ended in September after home
conditions were found to be consistently good. Alfie's dental treatment was completed in May.
However, £1,400 of rent arrears from the previous tenancy remain outstanding, and the former
landlord has issued a county court claim, which Tanya has not yet answered. In August Tanya
began a relationship with Liam Ward, who does not live with the family. On 14 September he
assaulted her at the house after an argument; he was arrested, and Tanya obtained a
non-molestation order. The case was heard at MARAC in October and Tanya is working with an
IDVA. Strengths: Tanya acted quickly to protect herself and the children. What needs to
change: the IDVA to continue safety planning with Tanya, and Tanya to get advice on responding
to the court claim for the old arrears.
""", ["FIN", "DA"],
    ["historical: rehousing, ended CIN plan and completed dental treatment - no HOUS, SAFE-NEG or PH",
     "experiencer: Liam lives outside the household, but his assault on Tanya codes DA (not CRIME)"])

# ---------------------------------------------------------------- S009 Harrowfield
boxed("S009", A, "2025-03-31", "yellow", "Harrowfield", """
Family composition: Agnieszka Nowak (38) and Tomasz Nowak (40) live with their children Zofia
(16), Filip (11) and Nikola (3) in a two-bedroom privately rented flat in Harrowfield.
Background: the family moved to England from Poland in 2016. Tomasz was convicted of
drink-driving in 2019 and attended an alcohol course at the time; he says he has not drunk
since, and Agnieszka confirms this. Current presenting needs: Zofia started a Level 2 business
course at Harrowfield College in September but stopped attending in January and has not found
work or another course; she says she would like to train as a hairdresser but does not know
how to apply. Nikola is entitled to fifteen funded hours of childcare but has never attended a
nursery or playgroup. She speaks only Polish, and Agnieszka worries that she will not be ready
to start school next year. Agnieszka works part time as a cleaner and Tomasz works full time on
rotating shifts at a distribution centre; they report no money problems. Strengths: the
parents are committed to their children's education. What needs to change: the early help
worker will help Zofia find a hairdressing course or apprenticeship and support Agnieszka to
take up a nursery place for Nikola.
""", ["EDU-NEET", "EYD"],
    ["historical: Tomasz's 2019 drink-driving conviction and drinking are over - no SUB, no CRIME",
     "negation: no money problems; shift work is not FIN"])

boxed("S009", A, "2025-03-31", "orange", "Harrowfield", """
Family composition: Agnieszka (38) and Tomasz Nowak (40), Zofia (16), Filip (11) and Nikola
(3). Background: Filip's primary school noticed difficulties with his concentration and he was
placed on the ADHD pathway in Year 5, but the referral lapsed when appointments were missed.
Current presenting needs: Filip started Year 7 at Harrowfield Academy in September. He has
received four suspensions totalling nine days, for defiance and for throwing a chair, and the
school is arranging a managed move to Oakridge School. The SENCO has made a fresh referral for
an ADHD assessment. The flat has two bedrooms for five people: Filip shares with Nikola, Zofia
sleeps on the living room sofa, and both bedrooms have damp and mould; the family are on the
housing register. At home Filip hits his mother when she asks him to turn off his games
console, and on 14 March Agnieszka called the police after he threatened her with a kitchen
knife; officers spoke to him and he was referred to the youth crime prevention panel.
Strengths: Filip is close to his father and enjoys boxing. What needs to change: a TAF plan
with school, the SENCO and housing; a successful managed move; and work with the parents on
keeping everyone safe at home.
""", ["EDU-EXC", "EDU-SEND", "HOUS", "REL-PAR", "CRIME"],
    ["child-to-parent violence with police involvement: REL-PAR plus CRIME, not DA",
     "historical vs present: the lapsed Year 5 referral is past; the new ADHD referral codes EDU-SEND"])

boxed("S009", C, "2025-12-08", "blue", "Harrowfield", """
Closure summary, self-help: the family moved in October to a three-bedroom housing association
house in Harrowfield, and every child now has their own bed. Zofia started a hairdressing
apprenticeship at a local salon in September. There have been no incidents involving the police
since March. Filip still loses his temper about twice a week, usually over his console;
Agnieszka and Tomasz use the calm-down plan from the parenting course, switching the wifi off
at 8pm and giving him ten minutes' warning, and Agnieszka says he has not hit her since the
summer. Tomasz takes Filip to boxing three evenings a week to burn off energy. Strengths: both
parents now agree on the rules and back each other up. What needs to change: the parents to
keep using their plan; they know they can contact the school's pastoral team if things become
harder at home.
""", ["REL-PAR"],
    ["historical: rehoused, Zofia in an apprenticeship, no police incidents since March - no HOUS, EDU-NEET or CRIME",
     "level: temper outbursts managed with the parents' plan are 'now managing' in a blue box - REL-PAR coded"])

boxed("S009", C, "2025-12-08", "green", "Harrowfield", """
Closure summary, universal services: Filip completed a managed move to Oakridge School in May;
he settled quickly and has had no suspensions since. He was diagnosed with ADHD in September,
takes medication each morning, and the Oakridge SENCO has put SEN support in place, including
a movement break card and a mentor, with a first review in January. Nikola (3) started at
Little Stars Nursery in April and attends all her sessions. Her keyworker reports that her
English vocabulary is still very limited for her age, and she has been placed in a small
language group, with the health visitor to review her progress in February. Agnieszka had a
minor operation in November and has fully recovered. Strengths: the parents attend every
review meeting. What needs to change: SEN support to continue for Filip, and Nikola's language
to be supported by the nursery and the health visitor.
""", ["EDU-SEND", "EYD"],
    ["historical: managed move completed, no suspensions since - no EDU-EXC",
     "historical: Agnieszka's operation and full recovery - no PH"])

# ---------------------------------------------------------------- S010 Lowmere
boxed("S010", A, "2026-01-12", "blue", "Lowmere", """
Family composition: Fatima Rahman (27) lives with her daughter Amira (4) and son Yusuf (4
months) in a first-floor council flat in Lowmere. Her husband, Imran (30), works on a
construction project in Birmingham from Monday to Friday and is home every weekend.
Background: Fatima's mother lived with the family for two years after Amira's birth and
returned to Pakistan in 2024. Position at self-help level: the flat is a secure tenancy, warm
and in good repair, with no outstanding repairs. Fatima and Imran describe their marriage as
close and say they rarely disagree; there is no history of conflict or domestic abuse.
Neither parent drinks alcohol or uses drugs. Fatima asked whether there are baby groups nearby,
and she was given the details of two local groups, one of which she plans to try next week.
Fatima says that if Imran's contract is extended beyond the summer she may look for more help
with the children, but for now her cousin visits every Wednesday and that is enough.
""", [],
    ["negation: secure tenancy in good repair, no conflict or domestic abuse, no substance use",
     "hypothetical: more help only if Imran's contract is extended"])

boxed("S010", A, "2026-01-12", "green", "Lowmere", """
Family composition: Fatima Rahman (27), Amira (4) and Yusuf (4 months); Imran works away during
the week. Background: Amira was born at 30 weeks and spent six weeks in neonatal care; she was
discharged from paediatric follow-up in 2023 with no ongoing health needs. Current presenting
needs: Yusuf brings back most of his feeds and cries during and after them. The GP has
diagnosed reflux and prescribed medication, and his weight has fallen from the 50th to the 9th
centile, so the health visitor is weighing him weekly. Amira attends the nursery class at
Lowmere Primary for fifteen hours a week. Staff report that she is still in pull-ups during the
day, has several accidents a week and becomes upset when asked to use the toilet; the nursery
teacher and the health visitor are working with Fatima on a toileting plan. Strengths: Fatima
is a caring, attentive mother who follows advice. What needs to change: Yusuf's weight to be
monitored and his reflux treated, and Amira to be toilet trained before she starts Reception
in September.
""", ["PH", "EYD"],
    ["historical: Amira's prematurity and neonatal care ended with discharge in 2023"])

boxed("S010", A, "2026-01-12", "yellow", "Lowmere", """
Family composition: Fatima Rahman (27), Amira (4) and Yusuf (4 months); Imran (30) works in
Birmingham during the week. Current presenting needs: since Yusuf's birth Fatima has felt
tearful and anxious most days, has lost interest in things she used to enjoy and says she
feels like a bad mother. Her Edinburgh Postnatal Depression Scale score was 19, and her GP has
diagnosed postnatal depression and referred her to the perinatal mental health team. Fatima's
family live in Pakistan and she has no friends locally. Imran's hours were cut in December and
the family have fallen £380 behind with the electricity bill; Fatima has used the Lowmere food
bank twice since Christmas. Fatima says Imran is supportive and that she has never experienced
any abuse or controlling behaviour in the relationship. Strengths: Fatima recognised that she
was struggling and asked for help. What needs to change: the early help worker will visit
weekly until the perinatal team is in place, introduce Fatima to a local mothers' group, and
make a referral to Citizens Advice for help with the arrears and a benefits check.
""", ["MH-ADULT", "FIN"],
    ["negation: domestic abuse and control explicitly denied - no DA"])

# ================================================================ unboxed notes
unboxed("SV001", "2025-04-22", "Brackendale", """
Household: Kerry-Ann Doyle (42), her partner Neil Fraser (45) and Kerry-Ann's son Liam (14) live
in a privately rented house in Brackendale. Background: in 2024 Kerry-Ann's hours at the bakery
were cut and she built up £2,300 of catalogue and credit card debt; she says it was the first
time the family had ever struggled with money. Current picture: Kerry-Ann is back on full hours
and is paying £60 a month off the remaining £900, under a plan she set up herself after reading
a debt charity's website; she has not missed a payment since October. Neil has osteoarthritis
in both knees and walks with a stick; he does daily exercises from an online programme and
manages his pain with over-the-counter painkillers. Liam spends alternate weekends with his
father without any difficulty, and the adults describe a friendly co-parenting relationship.
No one in the household drinks to excess or uses drugs. The landlord has mentioned that he
might sell in a few years; if he does, Kerry-Ann plans to use the council's online housing
advice. Support: Kerry-Ann was given a budgeting leaflet and a link to a benefits calculator,
and her sister, a bookkeeper, goes through the household budget with her each month.
""", ["FIN", "PH"], "blue",
    ["level: paying off the remaining debt is 'now managing' - FIN at blue",
     "hypothetical: the landlord 'might sell in a few years' - no HOUS",
     "negation: no substance misuse; co-parenting without difficulty - no REL-CONF"])

unboxed("SV002", "2025-05-06", "Lowmere", """
Household: Ruth Akinola (39) lives with her children Daniel (12) and Esther (8) in a housing
association house in Lowmere. Background: Ruth was diagnosed with lupus in 2019. Current
picture: Ruth's lupus flares several times a year, leaving her exhausted and with painful,
swollen joints for a week or two at a time. During flares Daniel does the shopping and
cooking, helps his mother up the stairs and looks after Esther until bedtime. Ruth is proud of
him but wants to make sure he still has time for himself, so she has arranged for her cousin
and two friends from church to take turns covering the evenings when she is unwell, and Daniel
has kept up his Saturday drama club. Ruth receives PIP and says the family manage comfortably
on her income; she has no debts. There are no concerns about anyone's emotional wellbeing, and
Esther is described as a happy, confident child. Support: Ruth was given printed information
about young carers and their rights, which she has read with Daniel, and she has decided that
for now the family's own network is enough.
""", ["PH", "CARER"], "blue",
    ["convention 5: PIP does not imply FIN; no money problem described",
     "negation: no emotional wellbeing concerns - no MH-CHILD"])

unboxed("SV003", "2025-06-17", "Harrowfield", """
Household: Amber Lowe (24) lives with her daughter Poppy (2 years 9 months) in a rented flat in
Harrowfield; Poppy's father, Jordan Pike (26), lives nearby and has her every other week.
Background: Amber and Jordan separated in the summer after two years together. Amber had an
eating disorder as a teenager and has been well for eight years, with no treatment since.
Current picture: Amber and Jordan still disagree about bedtimes and screen time, and the first
few handovers after the separation ended in rows, but they now agree arrangements through a
co-parenting app and keep handovers brief; Amber says they 'are getting there'. Both parents
are clear that there was never any violence or controlling behaviour in the relationship.
Poppy is being toilet trained at both homes using a step-by-step guide that Amber found on a
parenting website and shared with Jordan; she is dry most days but still has accidents when
she is tired. Jordan's mother collects Poppy on Amber's work days. Support: Amber was pointed to
free online information on co-parenting and on toilet training, which she has acted on.
""", ["REL-CONF", "EYD"], "blue",
    ["historical: Amber's teenage eating disorder - no MH-ADULT",
     "negation: no violence or control - REL-CONF, not DA",
     "level: co-parenting disagreement and toilet training being managed with information - blue"])

unboxed("SV004", "2025-07-01", "Ashcombe", """
Household: Declan Murphy (52) lives with his son Ethan (17) in a privately rented terraced
house in Ashcombe. Ethan's mother lives in Spain; she has had a drinking problem for many years,
and Ethan has a video call with her most weeks. Background: the family have lived at the house
since 2015 without any problems. Current picture: black mould appeared on the bathroom ceiling
and around Ethan's bedroom window in the spring. Declan wrote to the landlord using a template
letter from a housing charity's website, and the landlord has booked a contractor for next
month; until then Declan cleans the mould weekly and keeps a dehumidifier running. Declan has
epilepsy, takes anti-seizure medication twice a day and has not driven since a seizure in
2023; he arranges lifts with colleagues and keeps a seizure diary. He does not drink. Ethan
works full time as an apprentice electrician and is doing well. Support: Declan was given
information about tenants' rights and what to do if the repairs are not completed, and his
brother is on hand to help.
""", ["HOUS", "PH"], "blue",
    ["experiencer: Ethan's mother's drinking - she lives abroad, outside the household, so no SUB",
     "negation: Declan does not drink",
     "good news: Ethan (17) is in an apprenticeship - no EDU-NEET"])

unboxed("SV005", "2025-08-12", "Brackendale", """
Household: Lisa Carver (47) lives with her son Harvey (15) in her own flat in Brackendale.
Harvey's father is serving a prison sentence and has not lived with the family since 2020.
Background: Lisa has had generalised anxiety since her late teens. Current picture: Lisa still
has anxious spells most weeks, particularly when Harvey is out late, and manages them with a
mindfulness app, a daily walk with a friend and a routine that she sticks to. Earlier this
year Harvey started coming home well after the agreed time and ignoring his mother's texts.
Lisa completed a free online course on parenting teenagers and now uses a written agreement
with Harvey covering curfew and phone use; he has been home on time on most nights for the
past month, although he still argues about it. Lisa says there are no money problems and that
no one in the household drinks to excess or uses drugs. Support: Lisa was signposted to online
resources on parenting teenagers and on managing anxiety, and she has used both, with her
friends and her brother as her support network.
""", ["MH-ADULT", "REL-PAR"], "blue",
    ["experiencer: Harvey's father in prison lives outside the household - no CRIME",
     "negation: no money or substance problems"])

unboxed("SV006", "2026-02-10", "Lowmere", """
Household: Samantha Reid (36) lives with her son Noah (10) and daughter Isla (6) in a council
house in Lowmere. Background: Samantha drank heavily in her early twenties; she has not had a
drink for eleven years, is proud of this, and there are no concerns about alcohol now. Current
picture: Noah's attendance at Brookfield Primary is 88% this year, below the school's expected
level, almost entirely because of chest infections; he has had five courses of antibiotics
since September. His GP has diagnosed asthma and started him on a preventer inhaler, and the
school nurse has written an individual health care plan so that he can use his inhaler in
school and take part in PE. School have agreed to send work home when he is off and to meet
Samantha every half term to review his attendance. Isla is settled in Year 2 and her
attendance is good. Samantha works part time at a supermarket and says the family manage
well. Support: universal services only - Noah's GP, the school nurse and the school's
attendance officer.
""", ["EDU-ATT", "PH"], "green",
    ["historical: Samantha's drinking ended eleven years ago - no SUB"])

unboxed("SV007", "2025-10-21", "Harrowfield", """
Household: Chloe Barnes (30) lives with her partner Ryan Ellis (33), her son Jake (10) and
their baby daughter Evie (12 months) in a rented house in Harrowfield. Background: the family
moved into the area in 2023. Current picture: Chloe has felt low since Evie was born and told
the health visitor that she cries most days and no longer enjoys going out; her GP has
diagnosed postnatal depression and started her on sertraline, and the health visitor is making
additional listening visits. At Evie's one-year review the health visitor noted that she is
not yet sitting without support and is not babbling, and she has arranged to see Evie again in
six weeks. Jake is in Year 5 at Harrowfield Juniors and is doing well. Chloe worries that Jake
might be picked on when he moves to secondary school next year because he is quiet, but there
is no bullying now and he has a good group of friends. Ryan works long shifts as a lorry
driver. Support: the health visitor, the GP and Jake's school.
""", ["MH-ADULT", "EYD"], "green",
    ["hypothetical: Chloe's worry that Jake might be picked on at secondary school; no bullying now - no SAFE-EXP",
     "convention 5: shift work is not FIN"])

unboxed("SV008", "2025-11-04", "Ashcombe", """
Household: Paul Henshaw (39) and Nicola Henshaw (37) live with their son Owen (12) in their own
home in Ashcombe. Current picture: Owen started Year 7 at Ashcombe Academy in September. The
SENCO has identified that he has dyslexia, and he now receives SEN support, including a reading
intervention three times a week and coloured overlays. Since October teachers have reported
that Owen is disruptive in lessons, throws equipment and refuses to do written work; he has had
six detentions and is on a behaviour report, although he has not been suspended. The SENCO
believes the behaviour is linked to his frustration with reading and writing. Paul and Nicola
say that Owen is calm and helpful at home, and they have no concerns about his behaviour there.
Owen's attendance is 99%. Owen enjoys cricket and has made new friends at his club. Support:
school only - the SENCO and Owen's head of year will meet the parents fortnightly to review his
support and his behaviour report.
""", ["EDU-SEND", "EDU-EXC"], "green",
    ["negation does not reach: 'has not been suspended', but disruptive behaviour at school is still EDU-EXC",
     "negation: no concerns about behaviour at home - no REL-PAR"])

unboxed("SV009", "2025-11-18", "Brackendale", """
Household: Gemma Walsh (34) and Lee Walsh (36) live with their daughters Holly (11) and Grace
(7) in a housing association house in Brackendale. Current picture: Holly is in Year 6 at
Millbrook Primary. Her height and weight check by the school nurse placed her weight above the
98th centile, and she has told the school nurse that she gets out of breath walking up hills;
the school nurse has referred the family to their GP and is seeing Holly monthly. Holly has
also told her teacher that three girls in her class call her names about her size and leave
her out at break, and that one of them posted an unkind photo of her in a class group chat.
School have spoken to the girls, put an anti-bullying plan in place and run an online safety
session for the class. Lee vapes, but neither parent drinks alcohol. Grace is doing well in
Year 3. Support: school, the school nurse and the GP.
""", ["PH", "SAFE-EXP"], "green",
    ["experiencer: the girls who bully are outside the family; the bullying codes SAFE-EXP for Holly",
     "convention 12: vaping is not SUB"])

unboxed("SV010", "2025-12-02", "Lowmere", """
Household: Hannah Fletcher (35) lives with her children Sophie (9) and Ben (6) in a rented
house in Lowmere; their father, Matt Fletcher (37), moved out in August. Background: the couple
had been together for twelve years. Current picture: Hannah and Matt have not agreed
arrangements for the children, and their phone calls often turn into shouting matches that
Sophie can hear; last week Matt did not bring the children back until late after an argument
about who would have them at Christmas. Both parents say the other has never been violent or
controlling, and Hannah says she is not afraid of Matt. Sophie has become anxious since the
separation: she has told the school nurse that she worries every morning that her dad will not
come back, and she has started asking to phone her mum from school. The school nurse is seeing
Sophie weekly for worry work and her class teacher checks in with her each morning. Ben seems
unaffected. Support: school and the school nurse.
""", ["MH-CHILD", "REL-CONF"], "green",
    ["negation: no violence or control - parental arguments are REL-CONF, not DA"])

unboxed("SV011", "2025-06-03", "Harrowfield", """
Household: Michelle Osei (41) lives with her children Ama (13) and Kwame (10) in a council house
in Harrowfield. Background: in 2021 the family spent eight months in temporary accommodation
after being evicted from a private tenancy; they have lived in their current tenancy since 2022
with no problems, and the rent account is up to date. The children's father was violent towards
Michelle until they separated in 2019; he moved abroad the following year and there has been no
contact since. Michelle attended a domestic abuse recovery group in 2020 and says she no longer
thinks about the past from day to day. Current picture: Michelle denies any use of alcohol or
drugs. School report that both children attend well and there are no behaviour concerns.
Michelle contacted the Family Information Service for details of holiday clubs because she is
starting a new full-time job, and she was given a list of local schemes. She says that if either
child struggles when Ama moves into Year 9 she will speak to the school. No further action.
""", [], None,
    ["historical: eviction and temporary accommodation in 2021 - no HOUS",
     "historical: DV ended in 2019 with no contact since - no DA",
     "negation: denies alcohol or drug use",
     "hypothetical: 'if either child struggles'"])

unboxed("SV012", "2026-01-13", "Ashcombe", """
Household: Kirsty Lambert (28) lives with her children Tyler-James (7) and Mia (3) in a privately
rented flat in Ashcombe. Current picture: Tyler-James is in Year 3 at St Mark's Primary. Staff
report that he often comes to school in the same unwashed uniform for a week, has had untreated
head lice for several weeks, and has been seen taking food from other children's lunch boxes
because, he says, there is nothing to eat at home. The school nurse has visited the family and
found very little food in the cupboards. Mia is eligible for a funded nursery place but has not
taken it up, and the health visitor's two-year review, completed late, found that she uses only
a few words. Kirsty says she has found it hard to keep on top of things since the children's
father left, and she has accepted the school nurse's offer of a joint visit with the health
visitor to look at what would help. Support: school, the school nurse and the health visitor.
""", ["SAFE-NEG", "EYD"], "green")

unboxed("SV013", "2025-05-20", "Brackendale", """
Household: Darren Holt (43) lives with his partner Emma Price (39) and their sons Jamie (11) and
Max (8) in a council house in Brackendale. Background: Darren had back surgery in 2023 and was
prescribed tramadol for several months afterwards; he stopped taking it in early 2024 and has no
ongoing back problems. Current picture: Emma reports that Darren drinks six to eight cans of
strong lager most evenings and is irritable the next morning. Darren accepts that his drinking
has increased over the past year and has agreed to a referral to the Brackendale drug and
alcohol service. Jamie has become defiant at home: he refuses to do anything he is asked, swears at both
parents, and last week threw a mug at Emma when she took his tablet away. Max is described as
quiet and no trouble, and both boys attend school well. Support: Darren to attend the drug and
alcohol service, and a family support worker to work with both parents on consistent
boundaries for Jamie.
""", ["SUB", "REL-PAR"], "yellow",
    ["historical/look-alike: Darren's prescribed tramadol after surgery ended in 2024 - no SUB or PH from it",
     "child-to-parent violence: Jamie throwing a mug at Emma is REL-PAR, not DA"])

unboxed("SV014", "2025-06-24", "Harrowfield", """
Household: Colin Marsh (58) and his wife Janet Marsh (54) live with their children Ellie (15) and
Sam (12) in their own home in Harrowfield. Background: Janet had a stroke in February. Current
picture: Janet has weakness down her left side, walks with a frame indoors and cannot manage
the stairs; she has had outpatient physiotherapy since March. Colin, who had already retired,
is Janet's main carer and receives Carer's Allowance. The children are not involved in Janet's
personal care: Colin and a visiting care agency provide it, and Ellie and Sam help around the
house no more than they did before. Janet says she has felt very low since the stroke, cries
often and feels she is a burden; her GP has started her on an antidepressant. Colin says their
savings and pensions cover their outgoings and they have no debts. Support: an early help worker
will visit to help the family plan for Janet's recovery, link Janet with a stroke survivors'
group and check in with the children.
""", ["PH", "MH-ADULT"], "yellow",
    ["convention 5/12: Colin's Carer's Allowance is not CARER and not FIN; the children are explicitly not carers",
     "negation: no debts"])

unboxed("SV015", "2025-07-15", "Lowmere", """
Household: Donna Kelly (44) lives with her son Connor (17) and daughter Shannon (13) in a housing
association flat in Lowmere. Background: Donna worked in a call centre until 2023, when she left
to care for her mother, who has since died. Current picture: Donna has been out of work for two
years and claims Universal Credit. She is £1,100 behind with her gas and electricity and has a
£600 overdraft, and she has been rationing the heating. Connor left school in July 2024 with no
qualifications, started a construction course at college but was withdrawn for non-attendance
in November, and has not been in education, employment or training since. He spends most of
his time at friends' houses. Shannon is in Year 8 and doing well at school. Connor vapes
heavily, but Donna says he does not drink or use drugs. Support: the early help worker will
refer Donna to Citizens Advice for debt and fuel advice and to a work coach for employment
support, and will help Connor apply for a traineeship.
""", ["FIN", "EDU-NEET"], "yellow",
    ["convention 11: FIN comes from Donna's debt and worklessness, not from Connor's NEET status",
     "convention 12: vaping is not SUB; Connor does not drink or use drugs",
     "historical: Donna's past caring for her late mother"])

unboxed("SV016", "2025-08-26", "Ashcombe", """
Household: Sarah Quinn (38) lives with her son Alfie (9) in a rented house in Ashcombe. Alfie's
father, Rob Quinn (40), lives nearby with his new partner, Jade, who Sarah says drinks heavily.
Background: Sarah and Rob separated in 2024. Current picture: Sarah and Rob are in an ongoing
dispute about contact. Rob wants Alfie every weekend, Sarah has stopped overnight stays, and
each handover ends in an argument in front of Alfie; Rob has said he will take the matter to
court. Sarah is clear that Rob has never been violent or controlling towards her. Alfie has
become withdrawn and tearful, says he feels 'stuck in the middle', has started picking at his
skin when he is anxious and told his teacher that he wishes his parents would stop fighting.
Support: the early help worker has referred Sarah and Rob to family mediation, which both have
agreed to attend, and will offer Alfie six sessions of direct work on his feelings.
""", ["REL-CONF", "MH-CHILD"], "yellow",
    ["experiencer: Jade's drinking - she lives outside the household, so no SUB",
     "negation: no violence or control - REL-CONF, not DA"])

unboxed("SV017", "2025-09-23", "Brackendale", """
Household: Priya Sharma (34) and Vikram Sharma (36) live with their children Arjun (6) and
Anaya (2) in their own home in Brackendale. Background: Priya had postnatal depression after
Arjun's birth in 2019; it was treated by her GP and resolved within a year, and she has been
well since. Current picture: Anaya has Down syndrome and a heart condition that was repaired by
surgery when she was five months old; she continues to see the cardiology team every six months
and has frequent chest infections. Developmentally, Anaya is not yet walking and uses a few
signs but no words. She has been referred to the Portage service, whose home visitor now comes
fortnightly to work with Priya on play and early communication, and she is due to start at a
specialist nursery in January. Arjun is in Year 2 and doing well. Vikram works as an engineer.
Support: Portage, alongside the family's GP and health visitor.
""", ["EYD", "PH"], "yellow",
    ["historical: Priya's postnatal depression resolved in 2020 - no MH-ADULT"])

unboxed("SV018", "2025-10-07", "Harrowfield", """
Household: Jodie Carr (32) lives with her children Kai (8), Ruby (5) and Lola (3) in a privately
rented house in Harrowfield. Current picture: on a home visit the family support worker found
the fridge empty apart from a bottle of milk, and Kai said that he had not had any tea the night
before. The beds had no sheets, the children's clothes were in piles on the floor and there was
a strong smell of dog urine in the living room. Jodie's Universal Credit was reduced in August
after a sanction, and she has used the Harrowfield food bank three times in six weeks; she also
owes £700 on a doorstep loan and cannot afford to top up the electricity meter most weeks. Jodie
says she has never used drugs and drinks only at Christmas, and there are no concerns about her
drinking. Support: the family support worker will visit twice a week to work with Jodie on meals,
bedding and keeping the house clean, and will help her challenge the sanction and apply to the
council's household support fund.
""", ["SAFE-NEG", "FIN"], "yellow",
    ["convention 10: empty fridge and hungry child are SAFE-NEG; food bank, sanction and debt are FIN - both coded",
     "negation: no drug use, no concerns about drinking"])

unboxed("SV019", "2025-11-11", "Lowmere", """
Household: Andrew Pearce (45) lives with his daughter Ella (11) in a rented flat in Lowmere;
Ella's mother lives in Cornwall and has Ella in the school holidays. Current picture: Ella
started Year 7 at Lowmere High in September and has attended only 64% of sessions since. Most
mornings she cries and begs her father not to make her go in, and on three occasions she has
walked out of school at lunchtime and come home. Ella says she feels panicky in crowded
corridors and that 'everyone is looking at her'. Andrew describes her as a different child from
the confident girl she was at primary school. There are no concerns about self-harm, and Ella
eats and sleeps well. Andrew works from home and is able to be with her. Support: an early help
worker will begin a graded return-to-school plan with Ella, Andrew and the school's pastoral
lead, and offer Ella weekly sessions on managing anxiety.
""", ["EDU-ATT", "MH-CHILD"], "yellow",
    ["negation: no self-harm concerns, eats and sleeps well - no PH"])

unboxed("SV020", "2025-12-09", "Ashcombe", """
Household: Leanne Fox (31) lives with her son Riley (6) in a housing association flat in
Ashcombe. Background: Leanne left her partner, Craig Dunn, in July after four years in which he
controlled her money, stopped her seeing friends and regularly threatened her. Current picture:
Craig no longer lives with the family but continues to send Leanne abusive and threatening
messages from different social media accounts, and last month he waited outside Riley's school
at home time. Leanne has started the Freedom Programme and attends weekly, and she keeps a log of
his messages. Riley has severe eczema on his arms and legs, which keeps flaring; his GP has
prescribed steroid creams and referred him to the dermatology clinic. Leanne is in work and says
she has no money problems now that she manages her own finances. Support: an early help worker
is supporting Leanne alongside the Freedom Programme and will help her with safety planning.
""", ["DA", "PH"], "yellow",
    ["experiencer: Craig lives outside the household, but his continuing harassment codes DA",
     "negation: no money problems now; the past financial control was part of the abuse - no FIN"])

unboxed("SV021", "2026-01-20", "Brackendale", """
Household: Michelle Grant (46) lives with her son Jordan (16) and daughter Kayla (12) in a
council house in Brackendale. Jordan's older brother, Reece (22), lives in Lowmere and is
serving a community sentence. Current picture: Jordan was arrested in October for robbing a
younger boy of his phone and has been given a six-month referral order; he sees his Youth
Offending Service worker weekly. He left Brackendale High in the summer, did not take up his
college place, and is not in education, employment or training. Jordan has told his YOS worker
that he smokes cannabis every day and has started taking ketamine at weekends with friends.
Michelle says she is at her wits' end with Jordan's behaviour at home: he comes and goes as he
pleases, ignores his curfew and has taken money from her purse. Kayla is doing well. Support:
the YOS, with a referral to the young people's substance misuse service and to an education and
training worker.
""", ["CRIME", "EDU-NEET", "SUB", "REL-PAR"], "orange",
    ["experiencer: Reece's community sentence - he lives elsewhere; CRIME comes from Jordan",
     "convention 11: Jordan's NEET status is EDU-NEET only; no FIN described"])

unboxed("SV022", "2025-04-08", "Lowmere", """
Household: Karen Doherty (39) lives with her children Lewis (14), Megan (10) and Finn (7) in a
privately rented house in Lowmere. Background: Karen separated from the children's father in
2022 and moved to the house in 2023. Current picture: Karen was signed off work with stress in
November and her sick pay has run out; her Universal Credit claim has not yet been paid, and she
is £1,800 behind with the rent. On 24 March the landlord served a section 8 possession notice,
and Karen has contacted the council's housing options team. Karen says she has struggled with
low mood and panic since the autumn, and her GP has prescribed an antidepressant. The children's
attendance is good and school have no concerns about them. Karen is worried that if the family
are evicted the children might have to change schools, and the housing options team have said
they will try to find somewhere local. Support: housing options, the GP, and an early help
worker to help Karen with a benefits check and a discretionary housing payment application.
""", ["HOUS", "FIN", "MH-ADULT"], "orange",
    ["negation: children's attendance good, no school concerns",
     "hypothetical: changing schools only 'if the family are evicted'"])

unboxed("SV023", "2025-05-27", "Harrowfield", """
Household: Stacey Barlow (33) lives with her daughters Lily (13) and Amelia (9) in a council flat
in Harrowfield. Background: Amelia's father was violent towards Stacey in 2016; he has had no
contact with the family since 2017. Current picture: Stacey's most recent partner, Kieran Doyle
(35), moved out in April after he strangled her during an argument; he was arrested and charged,
and the case was heard at MARAC on 15 May. Kieran has since breached his bail by sending
messages to Lily asking where her mother is. Lily witnessed the assault. She has since had panic
attacks at school and has told her teacher that she has thoughts of hurting herself; she has
been referred to CAMHS and is awaiting an assessment. Amelia is described as coping well. Stacey
has an IDVA and a safety plan. Support: MARAC, the IDVA, CAMHS and the school.
""", ["DA", "MH-CHILD"], "orange",
    ["historical: the 2016 violence by a previous partner is over; DA is coded from Kieran",
     "DA vs CRIME: Kieran's arrest, charge and bail breach are DA only"])

unboxed("SV024", "2025-06-10", "Ashcombe", """
Household: Nadia Hussain (40) lives with her son Zain (14) and daughter Safa (10) in a housing
association house in Ashcombe. Current picture: Zain has been reported missing four times since
March, twice overnight. On each occasion police found him in Lowmere with older youths and
returned him home; he has had return-home interviews but will not say where he has been. He has
been seen with large amounts of cash and new clothes, and the police exploitation team have
assessed him as at risk of criminal exploitation. Zain is not known to have committed any
offence. At Ashcombe Academy he has been suspended three times for fighting and has been offered
a managed move to Westcombe Academy, starting after half-term. At home Zain refuses to follow
any rules and comes and goes as he pleases, and Nadia says she has lost control. Safa is doing
well. Support: a multi-agency TAF plan, the police exploitation team and the school.
""", ["SAFE-EXP", "EDU-EXC", "REL-PAR"], "orange",
    ["convention 7: police finding and returning a missing child is safeguarding - no CRIME"])

unboxed("SV025", "2025-07-22", "Brackendale", """
Household: Helen Carter (48) lives with her son Jack (15) in her own house in Brackendale.
Current picture: Jack has autism and an Education, Health and Care plan, and attends the
resource base at Brackendale High. Over the past six months he has become increasingly violent
towards his mother when his routine changes: he has punched her, broken her glasses and, on 3
July, pushed her down the stairs. Helen called the police on that occasion, and officers
attended and spoke to Jack; he was not arrested, but the incident was referred to the Youth
Offending Service's prevention team, who have offered him a voluntary programme. Helen says she
loves Jack deeply and does not want him to leave home, but she is frightened of him at times.
There is no other adult in the household, and Jack's father has not been in contact for many
years. Support: the school, the YOS prevention team, and a referral to a specialist programme
for child-to-parent violence.
""", ["EDU-SEND", "REL-PAR", "CRIME"], "orange",
    ["child-to-parent violence with police and YOS involvement: REL-PAR plus CRIME, not DA"])

unboxed("SV026", "2025-08-05", "Harrowfield", """
Household: Rachel Bennett (37) lives with her children Josh (12), Tia (8) and Kyle (4) in a
council house in Harrowfield. Current picture: Rachel's drinking has increased since the spring;
neighbours report that she is often drunk by mid-afternoon, and school staff have smelt alcohol
on her at pick-up. Josh has missed 35% of sessions at Harrowfield Academy since Easter and says
he stays at home to look after Kyle on days when his mum has been drinking. The children are often seen in
dirty clothes, Tia has been sent home with untreated head lice, and on a recent home visit there
was no food in the house and the children said they had had crisps for tea. A multi-agency TAF
plan has been agreed with the school, the health visitor and the drug and alcohol service, to
which Rachel has been referred. Support: as set out in the TAF plan, with the school's
designated safeguarding lead as lead professional.
""", ["SUB", "EDU-ATT", "SAFE-NEG", "CARER"], "orange",
    ["CARER: Josh (12) staying home to look after his brother because of his mother's drinking is a caring responsibility"])

unboxed("SV027", "2025-09-16", "Lowmere", """
Household: Graham Tyler (50) lives with his daughter Freya (13) in a rented flat in Lowmere;
Freya's mother died in 2020. Current picture: Graham has been drinking heavily for the past two
years. He has had two falls when drunk this year and has been in hospital with pancreatitis.
Freya does the shopping and cooking, manages the household money and stays up to check on her
father when he has been drinking; she has told her teacher that she is scared he will die. Freya
has been open to CAMHS since June for anxiety and low mood and has weekly sessions. Graham says
he wants to stop drinking and has agreed to a referral to the Lowmere drug and alcohol service.
Freya's attendance is 95%. Support: CAMHS, the school, the drug and alcohol service, and a
referral to Lowmere Young Carers.
""", ["SUB", "CARER", "MH-CHILD", "PH"], "orange")

unboxed("SV028", "2025-10-14", "Brackendale", """
Household: Tom Edwards (29) and Kayleigh Edwards (27) live with their son Alfie-Ray (3) and baby
Harper (5 months) in a single room in a bed-and-breakfast hostel in Brackendale, where the
council placed them as homeless in August after their private landlord sold the property.
Current picture: the family share a kitchen with five other households, and Alfie-Ray has
nowhere safe to play. He has stopped using the toilet since the move and is back in nappies, and
he has not taken up his funded nursery place because the nearest nursery is two bus rides away.
Tom and Kayleigh have been arguing most evenings about the move and about who should have done
what; both say the arguments are about stress, that neither has ever been violent or
controlling, and that neither is afraid of the other. A multi-agency TAF plan has been agreed
with housing, the health visitor and the early help team. Support: as set out in the TAF plan.
""", ["HOUS", "EYD", "REL-CONF"], "orange",
    ["negation: no violence or control - parental arguments are REL-CONF, not DA"])

unboxed("SV029", "2025-11-25", "Ashcombe", """
Household: Lauren Hughes (26) lives with her children Mason (5) and Freddie (2) in a privately
rented flat in Ashcombe. Current picture: Mason has epilepsy and needs daily medication, but
Lauren has missed five of his hospital neurology appointments this year, his prescription has
run out twice, and he was admitted to hospital in October after a prolonged seizure. On a visit
the social worker found the flat cold: the boiler has been broken for six weeks and the
landlord has not repaired it, the children's bedroom is damp with mould on the walls, and a
broken window is covered with cardboard. Both children were in dirty clothes, Freddie had a
severe nappy rash, and there was little food in the flat. At an initial child protection
conference on 18 November both children were made subject to child protection plans under the
category of neglect. Lauren denies any drug or alcohol use, and tests have been negative.
Support: the child protection plan, with the social worker as lead professional.
""", ["PH", "HOUS", "SAFE-NEG"], "red",
    ["negation: Lauren denies drug or alcohol use, tests negative - no SUB"])

unboxed("SV030", "2025-12-16", "Harrowfield", """
Household: Joanne Price (42) lives with her daughter Chelsea (14) and son Aaron (9) in a council
house in Harrowfield. Current picture: Chelsea has been reported missing six times since
September. A strategy meeting was held on 4 December after she was found in a flat in Lowmere
with two adult men, and a section 47 enquiry is under way. She has disclosed that the men gave
her gifts and that she was made to have sex with one of them. Chelsea's attendance at Lowmere
High has fallen to 52%. She has told her social worker that she feels worthless and has cut her
arms on several occasions, and she is on the waiting list for CAMHS. Joanne is cooperating fully
and has handed Chelsea's phone and laptop to the police for their investigation. Aaron is doing
well at school. Support: the social worker, police, the school and CAMHS.
""", ["SAFE-EXP", "EDU-ATT", "MH-CHILD"], "red",
    ["experiencer: the adult men are outside the household - their offences and the police investigation are not CRIME for the family"])

unboxed("SV031", "2026-01-27", "Lowmere", """
Household: Kelly Moss (30) lives with her partner Wayne Smith (34) and her son Logan (4) in a
council flat in Lowmere. Current picture: the local authority has sent a letter before
proceedings and entered the Public Law Outline because of continuing concerns. Kelly uses heroin
daily and has missed three appointments with the drug and alcohol service. Wayne controls
Kelly's phone and money, and police have been called to the flat four times since October after
neighbours heard him threatening her; the most recent call led to his arrest for assaulting her.
Logan does not attend nursery, uses very few words and is not toilet trained, and he has not had
a development review since he was one. Support: the social worker under the Public Law Outline,
the drug and alcohol service and the health visitor.
""", ["SUB", "DA", "EYD"], "red",
    ["DA vs CRIME: Wayne's arrest for assaulting Kelly is DA only"])

unboxed("SV032", "2025-09-30", "Brackendale", """
Household: Sunita Patel (41) lives with her children Ravi (16) and Maya (11) in a housing
association house in Brackendale. Current picture: Maya has cerebral palsy and a learning
disability, uses a wheelchair and needs help with all her personal care. She has an Education,
Health and Care plan and attends Brookside Special School. Maya is supported through a child in
need plan under section 17. Ravi helps his mother to lift and change Maya every morning and
evening and often sits with her overnight when she is unwell, and he has told his college tutor
that he has no time for himself. Maya's Disability Living Allowance was stopped in June when a
renewal form went astray; the family have lost £400 a month, are now £1,200 behind with the rent,
and Sunita has taken out a high-interest loan. Support: the social worker, the school, and a
referral for Ravi to the young carers' service.
""", ["PH", "EDU-SEND", "CARER", "FIN"], "red",
    ["convention 5: DLA counts as FIN only because the benefit was stopped and arrears followed"])

unboxed("SV033", "2025-05-13", "Ashcombe", """
Household: Beverley Cole (52) lives with her grandson Tyler (15) in her own bungalow in
Ashcombe; she has been his kinship carer since 2018. Background: Tyler's mother has misused
alcohol for many years and lives in Westcombe. In 2022 Tyler was arrested for shoplifting and
completed a youth caution programme with the Youth Offending Service; he has not been in trouble
since. He had weekly CAMHS sessions for anxiety in 2023 and was discharged with no further needs
in early 2024. Beverley was given an eviction notice by a previous landlord in 2017, before she
bought the bungalow. Current picture: Tyler attends Ashcombe Academy every day and is predicted
good GCSE grades. Beverley is in good health and has no money worries. Beverley asked for
information about local youth clubs, which was provided, and says that if Tyler ever wants to
contact his mother she would want advice first. No further action.
""", [], None,
    ["historical: youth caution 2022, CAMHS discharged 2024, eviction notice 2017 - none coded",
     "experiencer: Tyler's mother's drinking - outside the household, no SUB",
     "convention 12: kinship carer is not CARER",
     "hypothetical: 'if Tyler ever wants to contact his mother'"])

unboxed("SV034", "2025-08-19", "Harrowfield", """
Household: Imogen Hart (33) and Ollie Hart (35) live with their twins Isaac and Iris (4) in a
rented house in Harrowfield. Current picture: the family contacted the early help hub because
the twins start school in September and Imogen wanted advice in advance. The twins both attend
nursery regularly, are toilet trained and are described by staff as ready for school. Imogen
asked what would happen if Isaac, who is shy, found it hard to settle in Reception; she was told
that the school would involve the SENCO if any needs emerged. Ollie's employer has announced a
restructure; Ollie says that if he is made redundant they have savings to fall back on, and
they have no debts. The landlord has renewed the tenancy for two years. The couple say they have
no concerns about their relationship, and there is no history of domestic abuse, mental ill
health or substance use in the family. No further action.
""", [], None,
    ["hypothetical: Isaac 'might find it hard to settle'; SENCO only 'if any needs emerged' - no EDU-SEND",
     "hypothetical: redundancy only possible; no debts - no FIN",
     "negation: no relationship, DA, mental health or substance concerns",
     "good news: twins ready for school - no EYD"])

unboxed("SV035", "2025-10-28", "Lowmere", """
Household: Gary Lord (61) lives with his granddaughter Skye (12) in a council flat in Lowmere,
where he has been her special guardian since 2021. Current picture: Gary contacted the council
about anti-social behaviour by teenagers from another block, who gather outside the flats at
night, shout and have set fire to bins; police have dealt with several of them. Gary says the
disturbances annoy him, but neither he nor Skye has been targeted, threatened or harmed, and
Skye is not involved with the group. Gary's brother, who lives in Wales, was recently diagnosed
with dementia, and Gary visits him once a month; Skye stays with a friend's family on those
weekends. Skye is doing well at Lowmere High and has plenty of friends. Gary is in good health
and says money is not a problem. Gary was given the number of the council's anti-social
behaviour team. No further action.
""", [], None,
    ["experiencer: ASB by teenagers from another block - not CRIME for this family",
     "experiencer: Gary's brother's dementia - outside the household, no PH",
     "negation: not targeted or harmed; money not a problem"])


def main():
    cols = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
            "locality", "narrative"]
    with open(os.path.join(HERE, "narratives.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(cols)
        for n in NARRATIVES:
            w.writerow([n[c] for c in cols])
    with open(os.path.join(HERE, "gold.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for row in GOLD:
            w.writerow(row)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(TRAPS, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("wrote %d narratives, %d gold rows, %d narratives with traps"
          % (len(NARRATIVES), len(GOLD), len(TRAPS)))


if __name__ == "__main__":
    main()
