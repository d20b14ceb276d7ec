#!/usr/bin/env python3
"""Writes the synthetic sample data sets in Samples/ (invented people only).

    python3 scripts/make-samples.py            # rewrite Samples/*.csv
    python3 scripts/make-samples.py --check    # also print what each narrative is meant to code

Deterministic: fixed seeds, so the files only change when this script does.

Samples/table1-triages.csv reproduces Table 1 of the 2020 "Early Help - One year on"
report (see ../shared/taxonomy.md): 132 triages at assessment and 81 at closure, with
triages having present issues at each level

    level   assessment  closure
    blue        74         53
    green       76         47
    yellow     113         20
    orange      95         18
    red          9          2      (red is not in Table 1; these small numbers are ours)

A triage "has X issues" when at least one narrative in its X box has a present code. So
every box meant to count describes two or three current issues with unambiguous terms
("rent arrears of £1,240", "attendance officer", "CAMHS", "MARAC"), and every box meant
not to count says only "N/A", "none" or "Nil", or rules an issue out in the plainest
terms ("No concerns re housing."). Boxes never rely on subtle context to count or not.

Samples/localities.csv is a second, unconstrained sample over four localities, eight
workers and twelve months (April 2021 to March 2022) for --by locality|worker|month|quarter.

Long format, one row per box (narrative): narrative_id, triage_id, case_id, stage, date,
level, locality, worker, narrative. triage_id is case_id-A or case_id-C; narrative_id is
triage_id-level. Some closure triages share a case_id with an assessment triage (the
matched pairs); other closures are of families assessed before the sample's period.
"""

import csv
import datetime as dt
import io
import random
import sys
from pathlib import Path

LEVELS = ["blue", "green", "yellow", "orange", "red"]

# --------------------------------------------------------------------------------------
# People and places (all invented).

MUMS = [
    "Kayleigh", "Stacey", "Gemma", "Leanne", "Jodie", "Natasha", "Amy", "Charlotte", "Danielle", "Hayley",
    "Samantha", "Rebecca", "Lauren", "Kirsty", "Nicola", "Aisha", "Fatima", "Shannon", "Chelsea", "Zoe",
    "Katie", "Sophie", "Jade", "Toni", "Becky", "Emma", "Sadia", "Agnieszka", "Marta", "Precious",
    "Chantelle", "Louise", "Michelle", "Sarah", "Vicky", "Kerry", "Ellie", "Megan", "Tanya", "Amina",
]
DADS = [
    "Lee", "Craig", "Darren", "Wayne", "Dean", "Ryan", "Jamie", "Scott", "Liam", "Carl", "Gary", "Mark",
    "Adam", "Ashley", "Imran", "Tariq", "Pawel", "Marek", "Kofi", "Nathan", "Shane", "Kieran", "Lewis", "Jason",
]
BOYS = [
    "Alfie", "Harley", "Tyler", "Kai", "Mason", "Riley", "Jayden", "Logan", "Oscar", "Charlie", "Leo", "Archie",
    "Freddie", "Theo", "Ethan", "Callum", "Reece", "Bailey", "Kian", "Zain", "Ibrahim", "Tomasz", "Kacper",
    "Jacob", "Noah", "Finley", "Harvey", "Louie", "Ollie", "Brandon", "Rhys", "Jake", "Corey", "Lucas", "Ayaan",
]
GIRLS = [
    "Ruby", "Lily", "Evie", "Isla", "Poppy", "Mia", "Amelia", "Layla", "Ava", "Freya", "Millie", "Maisie",
    "Grace", "Ellie-Mae", "Lacey", "Skye", "Aaliyah", "Zara", "Hafsa", "Zuzanna", "Olivia", "Chloe", "Summer",
    "Phoebe", "Daisy", "Esme", "Nevaeh", "Tilly", "Harper", "Willow", "Maya", "Keira", "Lexi", "Niamh", "Imani",
]
SCHOOLS = [
    "Greenbank Primary", "St Anne's CE Primary", "Hollybrook Academy", "Mill Lane Primary", "Castle Park School",
    "Westfield Academy", "Oakfield Junior", "Riverside Infants", "Kingsmead High", "St Joseph's RC Primary",
]
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]

# --------------------------------------------------------------------------------------
# Sentences. Each is (code, who, text): who says which child the sentence needs
# ("u5" under 5, "young" 2–10, "sch" 5–15, "teen" 12–17, "yp16" 16–17, "carer" 8–17, "any", "adult").
# {c} the child, {a} their age, {p} the parent, {d} the partner, {amt} money, {pct} an
# attendance percentage, {n} a small number, {mon} a month, {school} a school.
# Every sentence names a current issue with a plain term; none uses words that set
# mentions aside (no, not, never, previous, if, should, would, stopped, cleared…).

BLUE = [  # the family manages it with information or its own network
    ("FIN", "adult", "{p} is paying £{small} a week off the rent arrears through a repayment plan she set up with the landlord."),
    ("FIN", "adult", "{p} has a budgeting app for the household bills and is chipping away at the council tax arrears herself."),
    ("FIN", "adult", "{p} has set up a payment plan for the £{amt} energy debt and keeps to it."),
    ("REL-PAR", "young", "{p} is using the online Solihull parenting course to help with {c}'s bedtime routine."),
    ("REL-PAR", "young", "{p} has put a visual routine chart up in the kitchen for the morning routine and says it helps with {c}'s behaviour at home."),
    ("REL-PAR", "any", "{p} uses the parenting tips from the Family Hub leaflets to set boundaries with {c}."),
    ("PH", "adult", "{p} manages her asthma well with her inhalers and knows when to ring the GP."),
    ("PH", "sch", "{c} ({a}) manages {his} type 1 diabetes {himself} at school and checks {his} blood sugars."),
    ("PH", "any", "{p} keeps a diary of {c}'s eczema flare ups and uses the creams as prescribed."),
    ("MH-ADULT", "adult", "{p} goes to a weekly walking group for her anxiety and says it keeps her low mood in check."),
    ("MH-ADULT", "adult", "{p} uses the Headspace app and her sister's support to manage her anxiety."),
    ("DA", "adult", "{p} has a safety plan for the domestic abuse from her ex-partner and knows to ring 999."),
    ("DA", "adult", "{p} goes to the Freedom Programme group on a {wk} morning with a friend."),
    ("EDU-ATT", "sch", "Gran helps with the school run so {c}'s attendance keeps improving, {p} rings the attendance officer herself on sick days."),
    ("REL-CONF", "adult", "{p} and {d} separated last year and agree contact themselves using a shared calendar app, with handovers at Gran's."),
    ("CARER", "carer", "{c} ({a}) is a young carer for {p} and goes to the young carers club every other {wk}."),
    ("EYD", "u5", "{p} is doing the potty training with {c} ({a}) using the leaflets from the Family Hub."),
    ("EYD", "u5", "{p} reads with {c} every night to help {his} speech delay, using the library's Bookstart packs."),
    ("SUB", "adult", "{d} goes to a local AA meeting twice a week for his drinking and his brother keeps him company."),
    ("HOUS", "adult", "{p} has registered on the council's housing register as the flat is overcrowded, and is bidding on properties each week."),
    ("SAFE-EXP", "teen", "{p} has set up parental controls on {c}'s phone for online safety and checks {his} apps with {him} each week."),
]
GREEN = [  # universal services: school, GP, health visitor, nursery, school nurse, SENCO
    ("EYD", "u5", "HV 2-2.5yr review flagged speech delay, {c} ({a}) using around {n}0 words, nursery keyworker doing WellComm activities with {him}."),
    ("EYD", "u5", "{c} ({a}) is still in nappies and the HV is supporting {p} with toilet training."),
    ("EYD", "u5", "Nursery report {c}'s speech and language is behind for {his} age, HV has made a SALT referral."),
    ("EDU-SEND", "sch", "{c} ({a}) is on SEN support at {school} and the SENCO has referred {him} for an ADHD assessment."),
    ("EDU-SEND", "sch", "SENCO at {school} has applied for an EHCP for {c}, who is waiting for an ASD assessment."),
    ("EDU-SEND", "sch", "{c} has dyslexia and gets SEN support in class, the SENCO reviews {his} plan termly."),
    ("EDU-ATT", "sch", "{c}'s school attendance is {pct}% this term and the school attendance officer has met {p}."),
    ("EDU-ATT", "sch", "{c} has {n} unauthorised absences this term and is late most mornings, school monitoring {his} attendance."),
    ("PH", "sch", "School nurse is supporting {c} ({a}) with bedwetting, GP has prescribed medication."),
    ("PH", "any", "{c} has asthma and has been to the GP {n} times with chest infections this winter."),
    ("PH", "any", "{c} is overdue {his} dental check and has toothache, {p} has booked the dentist."),
    ("PH", "adult", "{p} has type 2 diabetes and her GP is reviewing her medication."),
    ("MH-ADULT", "adult", "GP has diagnosed {p} with depression and started her on sertraline, she says some days she struggles to get out of bed."),
    ("MH-ADULT", "adult", "{p} has postnatal depression and is seeing the GP fortnightly, HV doing listening visits."),
    ("MH-CHILD", "sch", "{c} has low mood and is seeing the school counsellor weekly, {p} says {he} cries at bedtime."),
    ("MH-CHILD", "sch", "{c} ({a}) has anxiety about school and the pastoral lead is seeing {him} daily."),
    ("EDU-EXC", "sch", "{c} has had {n} behaviour incidents at school this half term and is on a report card with {his} head of year."),
    ("SAFE-EXP", "sch", "{c} is being bullied by peers at school and on WhatsApp, school have an anti-bullying plan."),
    ("FIN", "adult", "{p} gets help with the uniform costs from school and uses the food bank at the church when money runs short."),
]
YELLOW = [  # one extra service or an early help worker
    ("EDU-ATT", "sch", "{c} ({a}) attendance is {pct}% and {he} has been late {n}0 times this term, EHW to work on the morning routine with {p}."),
    ("EDU-ATT", "sch", "{c} is persistently absent at {pct}% and refuses to go to school most mornings, attendance panel letter received."),
    ("EDU-ATT", "sch", "{c} is on a part-time timetable at {school} and {his} attendance is {pct}%."),
    ("REL-PAR", "young", "{p} struggling with {c}'s behaviour at home, {he} shouts and throws things when asked to get ready, EHW to do routines and boundaries work."),
    ("REL-PAR", "young", "{p} has been referred to the Triple P parenting course as she finds {c}'s tantrums hard to manage."),
    ("FIN", "adult", "Family have rent arrears of £{amt} and {p} has used the food bank {n} times since {mon}, referred to Citizens Advice."),
    ("FIN", "adult", "{d} lost his job in {mon} and the UC claim has been sanctioned, £{amt} of debt on catalogues and a payday loan."),
    ("FIN", "adult", "Council tax arrears of £{amt} and the gas is on an emergency credit, EHW helping {p} with a budget and a debt advice referral."),
    ("CARER", "carer", "{c} ({a}) is a young carer for {p}, who has MS, and does most of the shopping and cooking, referred to Young Carers."),
    ("CARER", "carer", "{c} ({a}) looks after {his} younger siblings most evenings while {p} works, identified as a young carer."),
    ("REL-CONF", "adult", "{p} and {d} argue most nights in front of the children since he moved out in {mon}, and there is an ongoing contact dispute, referred to mediation."),
    ("REL-CONF", "adult", "Parental conflict over contact arrangements for {c}, {d} has applied to court, Reducing Parental Conflict programme offered."),
    ("SUB", "adult", "{d} drinks most evenings and has been referred to the drug and alcohol service, {p} worried about his alcohol use."),
    ("SUB", "teen", "{c} ({a}) smoking cannabis most days with friends, referred to the young people's substance misuse service."),
    ("MH-ADULT", "adult", "{p} has anxiety and depression and is on the waiting list for Talking Therapies."),
    ("MH-CHILD", "sch", "{c} ({a}) has anxiety and panic attacks before school, referred to the Mental Health Support Team in school."),
    ("EDU-NEET", "yp16", "{c} ({a}) dropped out of college in {mon} and is NEET, EHW to link {him} with the careers adviser."),
    ("EDU-EXC", "sch", "{c} has had {n} fixed term exclusions this year for behaviour at school, EHW attending the pastoral support plan meeting."),
    ("EYD", "u5", "{c} ({a}) has speech delay and is still in nappies, referred to Portage."),
    ("HOUS", "adult", "Family of {size} in a 2 bed flat, overcrowded, {p} has applied to the housing register with help from the EHW."),
    ("SAFE-NEG", "any", "Home conditions are poor, washing piled up and little food in the cupboards, EHW doing a home conditions plan with {p}."),
]
ORANGE = [  # several needs, multi-agency plan, police, CAMHS, housing, risk of escalation
    ("DA", "adult", "{p} disclosed domestic abuse from {d}, police called x{n} since {mon}, DASH high risk and referred to MARAC, IDVA allocated."),
    ("DA", "adult", "{d} breached the non-molestation order in {mon} and was arrested, {p} describes coercive control throughout the relationship."),
    ("MH-CHILD", "teen", "{c} ({a}) has been self-harming by cutting and is open to CAMHS, seen fortnightly."),
    ("MH-CHILD", "sch", "{c} ({a}) is on the CAMHS waiting list for low mood and anxiety, school report {he} is withdrawn in lessons."),
    ("HOUS", "adult", "Family served a Section 21 eviction notice expiring in {mon}, {p} has approached Housing Options and the homelessness duty is accepted."),
    ("HOUS", "adult", "Severe damp and mould in the children's bedroom, {c} has asthma, landlord unresponsive and Environmental Health involved."),
    ("FIN", "adult", "Rent arrears of £{amt} with a possession hearing booked, bailiffs have visited about council tax debt."),
    ("CRIME", "teen", "{c} ({a}) arrested in {mon} for criminal damage and ASB in the town centre, working with YOS on a referral order."),
    ("CRIME", "teen", "Police called to the home {n} times about {c}'s behaviour, {he} has a youth caution for assault."),
    ("SAFE-EXP", "teen", "{c} ({a}) has had {n} missing episodes since {mon} and was found with cash and a second phone, CCE concerns, NRM referral made."),
    ("SAFE-EXP", "teen", "{c} ({a}) in contact online with an older male {he} met on Snapchat, CSE screening tool completed, referred to the exploitation team."),
    ("SUB", "adult", "{p} using cocaine at weekends and drinking heavily, referred to CGL, TAF plan agreed with school and the GP."),
    ("SUB", "adult", "{d} is on a methadone script and using heroin on top, the drug and alcohol service and probation involved."),
    ("REL-PAR", "teen", "{c} ({a}) has hit {p} and punched holes in the doors when told to come off {his} Xbox, child to parent violence, police called."),
    ("EDU-EXC", "sch", "{c} ({a}) permanently excluded from {school} in {mon} and waiting for a managed move, {he} is on a part time timetable at the PRU."),
    ("EDU-ATT", "sch", "{c} is severely absent, attendance {sevpct}%, school have issued a penalty notice and the attendance team are on the TAF plan."),
    ("MH-ADULT", "adult", "{p} has EUPD and depression and is open to the CMHT, crisis team visited in {mon}."),
    ("SAFE-NEG", "any", "Home conditions very poor on the unannounced visit, dog mess on the floor and the children's beds soiled, neglect concerns raised at the TAF."),
]
RED = [  # children's social care, child protection, immediate risk
    ("SAFE-NEG", "any", "{c} and siblings subject to child protection plans under the category of neglect, home conditions remain very poor and there is little food in the house."),
    ("DA", "adult", "Strategy meeting held after police attended a serious domestic abuse incident in {mon}, {d} arrested, s47 enquiry underway and MARAC referral made."),
    ("SAFE-EXP", "teen", "{c} ({a}) missing for {n} days and found in a trap house in another county, county lines exploitation, strategy meeting and s47 enquiry completed, child protection plan agreed."),
    ("SUB", "adult", "{p} and {d} both using heroin, {c} found unsupervised, ICPC held and child protection plan in place under the category of neglect."),
]

# Closure boxes: what a family is now managing (blue/green) or what remains (yellow up).
BLUE_C = [
    ("FIN", "adult", "{p} is paying £{small} a week off the rent arrears through an agreed plan and uses a budgeting app for the bills."),
    ("FIN", "adult", "{p} manages the debt repayments herself through a StepChange debt management plan."),
    ("REL-PAR", "any", "{p} keeps to the bedtime routine from the parenting course and says {c}'s behaviour at home is calmer."),
    ("REL-PAR", "young", "{p} uses the reward chart and the routines and boundaries she learnt with the EHW, {c} gets {himself} ready most mornings."),
    ("DA", "adult", "{p} has her safety plan for the domestic abuse, goes to the Freedom Programme weekly and knows to ring 999 if {d} turns up."),
    ("MH-ADULT", "adult", "{p} manages her anxiety with the techniques from Talking Therapies and carries on with her sertraline via the GP."),
    ("MH-ADULT", "adult", "{p} says her depression is under control, she goes to the Family Hub mums group on {wk}s for support."),
    ("PH", "any", "{p} manages {c}'s asthma plan herself and keeps the inhalers in date."),
    ("CARER", "carer", "{c} goes to the young carers group every other {wk} and {p} has an online shopping delivery so {he} does less of the caring."),
    ("EDU-ATT", "sch", "{p} gets {c} to school herself using a morning routine chart and keeps in touch with the attendance officer, {his} attendance is {hipct}%."),
    ("REL-CONF", "adult", "{p} and {d} agree contact arrangements themselves using a co-parenting app, handovers are calm."),
    ("SUB", "adult", "{d} goes to AA twice a week and has his sponsor's number for when he feels like drinking."),
    ("HOUS", "adult", "{p} keeps bidding on the housing register for a bigger property, the flat is overcrowded but the family manage."),
    ("SAFE-EXP", "teen", "{p} and {c} agreed phone rules for online safety and {he} knows how to report and block on Snapchat."),
    ("EYD", "u5", "{p} carries on the speech and language activities at home with {c} using the WellComm pack."),
]
GREEN_C = [
    ("EDU-ATT", "sch", "{c}'s school attendance is up to {hipct}% this half term, the attendance officer keeping an eye on it as normal monitoring."),
    ("EDU-SEND", "sch", "{c} has SEN support in place and the SENCO reviews {his} plan each term, {he} is on the ADHD pathway."),
    ("EDU-SEND", "sch", "EHCP agreed for {c} in {mon} and the SENCO has arranged a TA for part of the day."),
    ("EYD", "u5", "{c} is using 2-3 word sentences now, nursery carrying on the SALT activities for {his} speech delay."),
    ("EYD", "u5", "{c} toilet training going well at nursery, HV to review at the next development check."),
    ("PH", "any", "{c}'s asthma is reviewed by the GP nurse every 6 months and {he} has a care plan at school."),
    ("PH", "sch", "School nurse still supporting {c} with bedwetting, a few wet nights a week."),
    ("MH-ADULT", "adult", "{p} still on sertraline for depression, GP reviews her every 3 months."),
    ("MH-CHILD", "sch", "{c} still sees the school counsellor fortnightly for {his} anxiety and says it helps."),
    ("SAFE-EXP", "sch", "School monitoring the bullying of {c} through the anti-bullying plan, {he} has a named adult to go to."),
    ("EDU-EXC", "sch", "{c} has settled at {school} after the managed move, {his} head of year monitors {his} behaviour points weekly."),
]
YELLOW_C = [
    ("EDU-ATT", "sch", "{c}'s attendance still only {pct}%, EHW and the attendance officer carrying on the attendance support plan."),
    ("FIN", "adult", "Rent arrears still £{amt}, {p} has a Citizens Advice appointment and a payment plan is being agreed."),
    ("REL-PAR", "young", "{p} still finds {c}'s behaviour at home hard at bedtimes, she is booked on the next parenting course."),
    ("MH-ADULT", "adult", "{p} on the waiting list for Talking Therapies for her anxiety, GP reviewing monthly."),
    ("SUB", "adult", "{d} still drinking at weekends and sees the drug and alcohol service fortnightly."),
    ("CARER", "carer", "{c} still does a lot of the caring for {p}, young carers service doing a young carers assessment."),
    ("CRIME", "teen", "{c} has a youth caution and sees {his} YOS worker weekly, engagement good."),
    ("MH-CHILD", "sch", "{c} still has panic attacks and is seeing the Mental Health Support Team worker in school."),
]
ORANGE_C = [
    ("DA", "adult", "{d} still contacting {p} in breach of the non-molestation order, police aware and MARAC reviewing."),
    ("MH-CHILD", "teen", "{c} still open to CAMHS for self-harm, CAMHS care coordinator leading the plan."),
    ("HOUS", "adult", "Family in temporary accommodation after the eviction, housing options looking for a permanent tenancy."),
    ("CRIME", "teen", "{c} arrested again in {mon} for possession with intent to supply, YOS leading on a referral order."),
    ("SAFE-EXP", "teen", "{c} still going missing at weekends, CCE concerns remain and the exploitation team lead the plan."),
    ("SUB", "adult", "{p} still using cocaine, CGL and the TAF plan continue with a step up to social care being considered."),
]
RED_C = [
    ("SAFE-NEG", "any", "{c} remains on a child protection plan for neglect, home conditions are poor again and the children are unkempt."),
    ("DA", "adult", "Child protection plan continues after a further domestic abuse incident in {mon}, {d} remanded and a DVPO is in place."),
    ("SAFE-EXP", "teen", "{c} remains on a child protection plan for criminal exploitation, still going missing and found in another county with cash."),
    ("SUB", "adult", "Child protection plan continues for neglect linked to {p}'s heroin use, she has missed her last 3 CGL appointments."),
]

NOT_COUNTED = ["N/A", "N/A", "N/A", "none", "None", "Nil", "n/a", "N/A at present", "None at this level"]
NEGATED = [
    ("HOUS", "No concerns re housing."),
    ("EDU-ATT", "No concerns about school attendance."),
]

POOLS = {
    ("assessment", "blue"): BLUE, ("assessment", "green"): GREEN, ("assessment", "yellow"): YELLOW,
    ("assessment", "orange"): ORANGE, ("assessment", "red"): RED,
    ("closure", "blue"): BLUE_C, ("closure", "green"): GREEN_C, ("closure", "yellow"): YELLOW_C,
    ("closure", "orange"): ORANGE_C, ("closure", "red"): RED_C,
}


# --------------------------------------------------------------------------------------
# Families.

class Family:
    def __init__(self, rng, case_id, ages=None):
        self.case_id = case_id
        self.mum = rng.choice(MUMS)
        self.partner = rng.choice(DADS)
        self.school = rng.choice(SCHOOLS)
        # The parents' story: domestic abuse, conflict after separating, or neither.
        self.story = rng.choice(["da", "da", "conflict", "together", "together"])
        count = rng.choice([1, 2, 2, 3, 3])
        ages = ages or sorted((rng.choice(list(range(1, 18))) for _ in range(count)), reverse=True)
        used = set()
        self.children = []
        for age in ages:
            boy = rng.random() < 0.5
            name = rng.choice([n for n in (BOYS if boy else GIRLS) if n not in used])
            used.add(name)
            self.children.append((name, age, boy))

    def child(self, rng, who):
        fits = {
            "u5": lambda a: a < 5, "young": lambda a: 2 <= a <= 10, "sch": lambda a: 5 <= a <= 15, "teen": lambda a: 12 <= a <= 17,
            "yp16": lambda a: a >= 16, "carer": lambda a: 8 <= a <= 17, "any": lambda a: True, "adult": lambda a: True,
        }[who]
        options = [c for c in self.children if fits(c[1])]
        return rng.choice(options) if options else None


def fill(rng, family, who, template):
    child = family.child(rng, who)
    if child is None:
        return None
    name, age, boy = child
    return template.format(
        c=name, a=age, he="he" if boy else "she", his="his" if boy else "her", him="him" if boy else "her",
        himself="himself" if boy else "herself", size=rng.choice(["five", "six", "seven"]),
        hipct=rng.choice([91, 92, 93, 94, 95, 96]), sevpct=rng.choice([31, 38, 42, 44, 47, 49]), p=family.mum, d=family.partner, school=family.school,
        amt=f"{rng.randrange(3, 40) * 50 + rng.choice([0, 20, 40, 60, 80]):,}", small=rng.choice([5, 10, 15, 20, 25, 30, 40]),
        pct=rng.choice([62, 68, 71, 74, 76, 78, 81, 83, 85, 87, 88, 89]), n=rng.randrange(2, 6), mon=rng.choice(MONTHS),
        wk=rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
    )


def box_text(rng, family, stage, level, prefer=(), avoid=()):
    """Two or three sentences of current issues for a box that must count."""
    pool = list(POOLS[(stage, level)])
    rng.shuffle(pool)
    # Prefer codes the family already has (closure boxes follow up assessment issues), and
    # areas the triage's other boxes have not described.
    pool.sort(key=lambda item: (item[0] in avoid, item[0] not in prefer))
    want = 2 if level == "red" or rng.random() < 0.7 else 3
    sentences, codes = [], []
    for code, who, template in pool:
        if code in codes or (code == "DA" and family.story != "da") or (code == "REL-CONF" and family.story != "conflict"):
            continue
        # A parent's and a child's mental health read alike to a coder: at most one of them per box.
        if code.startswith("MH-") and any(c.startswith("MH-") for c in codes):
            continue
        text = fill(rng, family, who, template)
        if text is None:
            continue
        sentences.append(text)
        codes.append(code)
        if len(sentences) == want:
            break
    if len(sentences) < 2:
        raise RuntimeError(f"not enough sentences for {family.case_id} {stage} {level}")
    return " ".join(sentences), codes


def quiet_text(rng):
    """A box that must not count."""
    if rng.random() < 0.12:
        return rng.choice(NEGATED)[1]
    return rng.choice(NOT_COUNTED)


# --------------------------------------------------------------------------------------
# Level sets with exact totals.

def choose(rng, candidates, n, weight):
    """n of candidates, favouring those with a higher weight, deterministic for rng."""
    keyed = sorted(candidates, key=lambda c: (-(weight(c) + rng.random())))
    return set(keyed[:n])


def level_sets(rng, ids, targets, weight_for):
    """For each level, exactly targets[level] of ids; weight_for(level, id, sets) biases the choice."""
    sets = {i: set() for i in ids}
    for level in ["orange", "yellow", "red", "green", "blue"]:
        chosen = choose(rng, ids, targets[level], lambda i: weight_for(level, i, sets[i]))
        for i in chosen:
            sets[i].add(level)
    return sets


# --------------------------------------------------------------------------------------

def weekday(rng, start, end):
    while True:
        day = start + dt.timedelta(days=rng.randrange((end - start).days + 1))
        if day.weekday() < 5:
            return day


def build(rng, *, prefix, assessments, closures_paired, closures_unpaired, targets_a, targets_c,
          localities, workers, start, end):
    rows, expected = [], {}
    families = {}
    a_ids = [f"{prefix}{n:04d}" for n in range(1, assessments + 1)]
    for case in a_ids:
        families[case] = Family(rng, case)
    paired = sorted(rng.sample(a_ids, closures_paired))
    unpaired = [f"{prefix}{n:04d}" for n in range(assessments + 1, assessments + closures_unpaired + 1)]
    for case in unpaired:
        families[case] = Family(rng, case)
    c_ids = paired + unpaired
    place = {case: (rng.choice(localities), None) for case in families}
    for case in families:
        locality = place[case][0]
        place[case] = (locality, rng.choice(workers[locality]))

    def a_weight(level, i, have):
        if level == "red":
            return 1.0 if "orange" in have else 0.0
        return 0.0

    a_sets = level_sets(rng, a_ids, targets_a, a_weight)
    # Every family assessed has at least one need: move a level from a triage that has
    # several to each empty one, which keeps every level's total.
    for case in a_ids:
        if a_sets[case]:
            continue
        for level in ["blue", "green", "yellow"]:
            donors = [d for d in a_ids if level in a_sets[d] and len(a_sets[d]) >= 3]
            if donors:
                donor = rng.choice(donors)
                a_sets[donor].discard(level)
                a_sets[case].add(level)
                break

    def c_weight(level, i, have):
        before = a_sets.get(i, set())
        if level in ("yellow", "orange", "red"):  # what remains at closure was there at assessment
            return (1.0 if level in before else 0.0) + (0.5 if level == "red" and "orange" in have else 0.0)
        return 0.3 if before else 0.0

    c_sets = level_sets(rng, c_ids, targets_c, c_weight)
    dates_a = {case: weekday(rng, start, end - dt.timedelta(days=120)) for case in a_ids}
    dates_c = {}
    for case in paired:
        # Closed three to six months later, within the sample's period.
        latest = min(dates_a[case] + dt.timedelta(days=200), end)
        dates_c[case] = weekday(rng, min(dates_a[case] + dt.timedelta(days=84), latest), latest)
    for case in unpaired:
        dates_c[case] = weekday(rng, start, end)

    a_codes = {}
    for stage, ids, sets, dates in (("assessment", a_ids, a_sets, dates_a), ("closure", c_ids, c_sets, dates_c)):
        for case in ids:
            family = families[case]
            triage = f"{case}-{'A' if stage == 'assessment' else 'C'}"
            counted = sets[case]
            boxes, used = [], set()
            for level in LEVELS:
                if level in counted:
                    text, codes = box_text(rng, family, stage, level, prefer=a_codes.get(case, ()), avoid=used)
                    used.update(codes)
                    if stage == "assessment":
                        a_codes.setdefault(case, set()).update(codes)
                    boxes.append((level, text, codes))
                elif rng.random() < (0.45 if level != "red" else 0.15):
                    boxes.append((level, quiet_text(rng), []))
            if not boxes:
                boxes.append((rng.choice(LEVELS), "N/A", []))
            locality, worker = place[case]
            for level, text, codes in boxes:
                narrative_id = f"{triage}-{level}"
                rows.append({
                    "narrative_id": narrative_id, "triage_id": triage, "case_id": case, "stage": stage,
                    "date": dates[case].isoformat(), "level": level, "locality": locality, "worker": worker,
                    "narrative": text,
                })
                expected[narrative_id] = codes
    rows.sort(key=lambda r: (r["date"], r["triage_id"], LEVELS.index(r["level"])))
    return rows, expected


def write(path, rows):
    columns = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "worker", "narrative"]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def main():
    root = Path(__file__).resolve().parent.parent
    samples = root / "Samples"
    samples.mkdir(exist_ok=True)
    check = "--check" in sys.argv

    table1, expected1 = build(
        random.Random(20200930), prefix="EH", assessments=132, closures_paired=64, closures_unpaired=17,
        targets_a={"blue": 74, "green": 76, "yellow": 113, "orange": 95, "red": 9},
        targets_c={"blue": 53, "green": 47, "yellow": 20, "orange": 18, "red": 2},
        localities=["Ashcombe", "Brookwell", "Castlegate"],
        workers={"Ashcombe": ["J. Okafor", "S. Whitmore"], "Brookwell": ["R. Kaur", "L. Brennan"],
                 "Castlegate": ["M. Adeyemi", "T. Hughes"]},
        start=dt.date(2020, 10, 1), end=dt.date(2021, 9, 30))
    write(samples / "table1-triages.csv", table1)

    localities, expected2 = build(
        random.Random(20220401), prefix="LC", assessments=96, closures_paired=48, closures_unpaired=12,
        targets_a={"blue": 50, "green": 58, "yellow": 80, "orange": 62, "red": 7},
        targets_c={"blue": 40, "green": 33, "yellow": 19, "orange": 11, "red": 2},
        localities=["Ashcombe", "Brookwell", "Castlegate", "Dunmore"],
        workers={"Ashcombe": ["J. Okafor", "S. Whitmore"], "Brookwell": ["R. Kaur", "L. Brennan"],
                 "Castlegate": ["M. Adeyemi", "T. Hughes"], "Dunmore": ["C. Novak", "H. Lewis"]},
        start=dt.date(2021, 4, 1), end=dt.date(2022, 3, 31))
    write(samples / "localities.csv", localities)

    if check:
        out = csv.writer(sys.stdout)
        out.writerow(["narrative_id", "expected_codes"])
        for expected in (expected1, expected2):
            for narrative_id, codes in expected.items():
                out.writerow([narrative_id, " ".join(sorted(codes))])


if __name__ == "__main__":
    main()
