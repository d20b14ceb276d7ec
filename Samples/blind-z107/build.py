#!/usr/bin/env python3
"""Blind gold set z107: a market town's family hub near the Welsh border.

Written from /work/shared/taxonomy.md only. Every narrative is held here with
its gold codes and trap notes, one narrative at a time. Running this script
writes narratives.csv, gold.csv and traps.json (UTF-8, no BOM, CRLF) and
prints counts.

Localities (invented): Castlegate, Brynmoor, Oakwell, Tanhouse.
"""
import csv
import json
import os
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = OrderedDict()   # case_id -> dict(locality, dates)
ROWS = []               # narratives in order

NEG, HIST, HYP, OUT, CONV, PART, NOTC = (
    "negated", "historical", "hypothetical", "outside", "convention",
    "partial", "not-coded")


def case(cid, locality, a_date, c_date):
    CASES[cid] = dict(locality=locality, A=a_date, C=c_date)


def add(cid, stage, level, text, codes, traps=(), note_level=None):
    """level: box level, or None for an unboxed note (note_level then gives
    the single highest level cue in the text, convention 2)."""
    info = CASES[cid]
    st = {"A": "assessment", "C": "closure"}[stage]
    triage = f"{cid}-{stage}"
    nid = f"{triage}-{level}" if level else f"{triage}-note"
    gold_level = level if level else note_level
    if codes:
        assert gold_level, nid
    ROWS.append(dict(narrative_id=nid, triage_id=triage, case_id=cid,
                     stage=st, date=info[stage], level=level or "",
                     locality=info["locality"], narrative=text,
                     codes=list(codes), gold_level=gold_level,
                     traps=[dict(type=t, code=c, note=n) for t, c, n in traps]))


# ---------------------------------------------------------------- Z001
case("Z001", "Castlegate", "2025-02-10", "2025-07-22")
add("Z001", "A", "yellow",
    "Lee (dad) lost his job at the poultry plant after Xmas, UC claim made but 1st payment "
    "not til end of month. Used Castlegate food bank x2 in Jan. Council tax arrears approx "
    "£620 + a summons. No concerns re housing - HA tenancy, rent covered by the housing "
    "element. EHW to do budgeting with Lee + refer to CAB for debt advice.",
    ["FIN"],
    [(NEG, "HOUS", "'No concerns re housing' - tenancy secure, HOUS negated."),
     (CONV, "FIN", "Job loss, food bank and council tax arrears are FIN (conv 10); UC named alongside a described money problem (conv 5).")])
add("Z001", "A", "orange",
    "Police attended the address twice in Jan after neighbours rang about shouting. Lee and "
    "Kirsty (Mia's mum) both say it was rows about money and the split, nobody hurt, DASH "
    "done - standard, no DA disclosed by either. Kirsty now staying at her mum's in Brynmoor "
    "and they can't agree when she has Mia (4); Lee has kept Mia from her two weekends running.",
    ["REL-CONF"],
    [(NEG, "DA", "'no DA disclosed by either', DASH standard: arguments between parents are REL-CONF (conv 8)."),
     (NOTC, "CRIME", "Police attending a parental argument is not offending by a household member nor a call-out about a young person (conv 7)."),
     (CONV, "REL-CONF", "Separation plus contact dispute is REL-CONF.")])
add("Z001", "C", "blue",
    "Lee paying £15 a month off the council tax through an arrangement and keeps a budget "
    "planner on the fridge. Mia goes to Kirsty's every other weekend plus Weds tea - they sorted "
    "it through Brynmoor family mediation and both say it's working.",
    ["FIN", "REL-CONF"],
    [(CONV, "FIN", "Blue box, family now managing: repayment arrangement is FIN present (conv 3)."),
     (CONV, "REL-CONF", "Blue box: the family managing contact arrangements after separation counts as present (conv 3).")])

# ---------------------------------------------------------------- Z002
case("Z002", "Oakwell", "2025-09-22", "2026-02-16")
add("Z002", "A", "yellow",
    "Kai (15) attendance is 71% this half term, absences mostly Mondays and Fridays, and he is "
    "often in after registration. No behaviour concerns from Oakwell Academy. Mum (Donna) works "
    "nights at the care home and says she can't get him up when she gets in, he just ignores "
    "her. Kai vapes - Donna has told him not to in the house. Older sister Jade (19) works full "
    "time at the garden centre. No concerns re housing or money.",
    ["EDU-ATT", "REL-PAR"],
    [(NEG, "EDU-EXC", "'No behaviour concerns' from school."),
     (CONV, "SUB", "Vaping is not SUB (conv 12)."),
     (CONV, "FIN", "Working nights is not FIN (conv 5); 'no concerns re ... money'."),
     (NEG, "HOUS", "'No concerns re housing'."),
     (CONV, "REL-PAR", "Parent unable to get him up / ignored: morning routine and boundaries = parenting capacity.")])
add("Z002", "A", "orange",
    "Three missing episodes Aug-Sept, longest 2 nights, found by police at Wrexley bus station "
    "on 9/9. Came home with new trainers and two phones. On 14/9 stopped by police in Castlegate "
    "with cannabis bagged up for sale and £340 cash, arrested and released under investigation. "
    "Exploitation screening tool: high. Referred to YOS (pre-court) and the Hafod Project.",
    ["SAFE-EXP", "CRIME"],
    [(CONV, "SUB", "Drugs found on an exploited child are SAFE-EXP and CRIME, not SUB (conv 12)."),
     (CONV, "CRIME", "Police finding him when missing is safeguarding, not CRIME; the arrest and YOS referral are CRIME (conv 7).")])
add("Z002", "C", "yellow",
    "No missing episodes since October half term. Kai had a youth conditional caution in Dec, "
    "YOS still seeing him weekly - 4 sessions left. Attendance now 84% and going up, learning "
    "mentor meets him at the gate 3 mornings a week.",
    ["CRIME", "EDU-ATT"],
    [(HIST, "SAFE-EXP", "'No missing episodes since October' - over (conv 3)."),
     (CONV, "EDU-ATT", "84% with a mentor still in place: a current, improving need, not over.")])
add("Z002", "C", "blue",
    "Donna has done the online exploitation awareness course for parents, and she and Kai have "
    "agreed he shares his location on his phone in the evenings, which she checks.",
    ["SAFE-EXP"],
    [(CONV, "SAFE-EXP", "Blue box: the parent now managing exploitation/online risk counts as present (conv 3).")])

# ---------------------------------------------------------------- Z003
case("Z003", "Brynmoor", "2025-03-03", "2025-09-15")
add("Z003", "A", "green",
    "Mum (Bethan) has MS; mobility worse since the autumn, using a stick indoors; GP referred "
    "her for an OT assessment; gets PIP; no money worries, mortgage-free (inherited house).",
    ["PH"],
    [(CONV, "FIN", "PIP named with no money problem; 'no money worries' - not FIN (conv 5)."),
     (NOTC, "HOUS", "Mortgage-free house, no housing issue stated.")])
add("Z003", "A", "yellow",
    "Cerys (12) does most of the cooking, helps Bethan in and out of the bath and does the "
    "shopping on her way home; she is tired in school and has been late 11 times since Sept. "
    "Referred to Marches Young Carers for a YC assessment. Bethan says she feels low and tearful "
    "most days but hasn't told her GP.",
    ["CARER", "EDU-ATT", "MH-ADULT"],
    [(CONV, "PH", "'tired in school' is not coded as a sleep problem.")])
add("Z003", "C", "blue",
    "Cerys goes to young carers on Thursday nights and has a YC card so she can phone home at "
    "lunch. Bethan started sertraline in April and says her mood is lifting.",
    ["CARER", "MH-ADULT"],
    [(CONV, "MH-ADULT", "Ongoing treatment, improving: present (conv 3, conv 4).")])
add("Z003", "C", "green",
    "No lates since Easter. Adult social care package now in place, 2 calls a day, so Cerys no "
    "longer does personal care for mum.",
    ["PH"],
    [(HIST, "EDU-ATT", "'No lates since Easter' - over."),
     (PART, "CARER", "Only says Cerys no longer does personal care; no current caring described in this text (conv 1)."),
     (CONV, "PH", "An ongoing care package for mum's personal care codes the physical health/disability area (conv 4).")])

# ---------------------------------------------------------------- Z004
case("Z004", "Tanhouse", "2025-03-14", "2025-10-01")
add("Z004", "A", "red",
    "ICPC 3/3/25: Ruby (6) and Alfie (2) made subject to CP plans, category neglect. Mum's "
    "partner Dean arrested 26/2 for assaulting her, bailed not to contact. Police found the "
    "house in a very poor state - dog faeces on the floors, no food in the fridge, Alfie in a "
    "soiled nappy and no clean bedding.",
    ["DA", "SAFE-NEG"],
    [(CONV, "CRIME", "Partner's arrest for assaulting mum is DA only (conv 7)."),
     (CONV, "SAFE-NEG", "Empty fridge is SAFE-NEG (conv 10); no food bank/FIN described.")])
add("Z004", "A", "orange",
    "DASH high risk, heard at MARAC 12/3. Mum (Chantelle) says she drinks 4-5 cans of cider most "
    "evenings 'to cope', referred to Wyecross drug and alcohol service. Ruby's attendence has "
    "dropped to 88%, school chasing.",
    ["DA", "SUB", "EDU-ATT"])
add("Z004", "A", "green",
    "Alfie not at any nursery, eligible for 2 yr funding. His 2 yr review has been missed twice. "
    "Ruby's dental check is overdue.",
    ["EYD", "PH"],
    [(CONV, "EYD", "Under-5 nursery take-up and development check (conv 9)."),
     (CONV, "PH", "Missed dental appointment is PH.")])
add("Z004", "C", "orange",
    "Stepped down from CP plan to EH 10/9. Dean still on bail, non-mol order in place, Chantelle "
    "on week 8 of 12 of the Freedom Programme. Still seeing Wyecross, says 2 drinks at weekends "
    "only. Alfie started at Tiny Steps nursery in June and loves it. Home conditions good at all "
    "visits, no concerns re food or hygiene. Ruby has started wetting the bed again, GP has "
    "referred her to the enuresis clinic.",
    ["DA", "SUB", "PH"],
    [(CONV, "DA", "Freedom Programme and non-mol order ongoing (conv 4)."),
     (CONV, "SUB", "Still with the alcohol service (conv 4)."),
     (NOTC, "EYD", "Alfie at nursery and loving it: pure good news in this text, no need stated (conv 3)."),
     (NEG, "SAFE-NEG", "'no concerns re food or hygiene'."),
     (CONV, "PH", "Bedwetting at school age is PH (conv 9).")])

# ---------------------------------------------------------------- Z005
case("Z005", "Castlegate", "2025-04-14", "2025-11-03")
add("Z005", "A", "yellow",
    "Tyler (17) dropped out of college in Nov after 6 wks on motor vehicle, not working or "
    "looking, spends most of the day in his room on the xbox. Mum (Angela) on ESA. Referred "
    "Tyler to the Marches youth employment project, he's agreed to meet them.",
    ["EDU-NEET"],
    [(CONV, "FIN", "NEET young person is EDU-NEET only (conv 11); ESA named with no money problem is not FIN (conv 5).")])
add("Z005", "A", "orange",
    "Section 21 served 4/4 by private landlord who is selling, expires 4/6. Family have 3 dogs "
    "which is making it very hard to find another let, Angela is looking every day. Housing "
    "options appt booked 22/4. Tyler got a community resolution in March for criminal damage "
    "at the bus staion.",
    ["HOUS", "CRIME"],
    [(CONV, "CRIME", "Community resolution for criminal damage by a household member is CRIME.")])
add("Z005", "C", "yellow",
    "Moved into a 3 bed HA house in Tanhouse in July, secure tennancy. Tyler started a Level 1 "
    "construction traineeship in Sept, 4 days a week, going every day. No police involvment "
    "since March. Angela has rent arrears of £210 from the move-in, paying £10/wk, and the EHW "
    "is still helping with her budget.",
    ["FIN"],
    [(HIST, "HOUS", "Rehoused on a secure tenancy - the housing issue is over."),
     (NOTC, "EDU-NEET", "Tyler is now in training: no longer NEET."),
     (HIST, "CRIME", "'No police involvment since March' - over."),
     (CONV, "FIN", "Rent arrears being repaid with EHW help - current.")])

# ---------------------------------------------------------------- Z006
case("Z006", "Brynmoor", "2025-05-19", "2025-11-24")
add("Z006", "A", "green",
    "Baby Ffion (9 wks) - HV visiting fortnightly, weight tracking the 9th centile, feeding well. "
    "Mum (Lowri) scored 15 on EPDS at her 6 wk check, GP has started her on sertraline. Partner "
    "Gethin works away on the wind farms Mon-Fri.",
    ["MH-ADULT"],
    [(NOTC, "PH", "Weight following its centile and feeding well is good news, not a need."),
     (NOTC, "EYD", "Routine HV visits for a baby with no need stated are not EYD."),
     (CONV, "FIN", "Working away is not FIN (conv 5).")])
add("Z006", "A", "yellow",
    "Lowri v isolated - family all in north Wales, doesn't drive. Told HV she has had thoughts of "
    "'not being here', no plan or intent; GP aware, perinatal MH team referral made. Home-Start "
    "volunteer requested. Osian (3) not taking up his nursery place as Lowri can't manage the "
    "walk with the pram.",
    ["MH-ADULT", "EYD"],
    [(CONV, "EYD", "Under-5 nursery take-up (conv 9)."),
     (NOTC, "MH-CHILD", "Perinatal mental health team is for the parent, not CAMHS.")])
add("Z006", "C", "blue",
    "Lowri walks to the baby & me group at the hub with another mum every Tues. Osian at nursery "
    "5 mornings, loves it. Still seeing the perinatal team monthly and says the tablets are "
    "helping.",
    ["MH-ADULT"],
    [(CONV, "MH-ADULT", "Ongoing perinatal team and medication (conv 4)."),
     (NOTC, "EYD", "Osian at nursery: pure good news in this text (conv 1, conv 3).")])

# ---------------------------------------------------------------- Z007
case("Z007", "Oakwell", "2025-01-27", "2025-06-30")
add("Z007", "A", None,
    "Home visit with Sam (EHW). Dad (Marek) sole carer for Oliwia (9) and Kacper (6) since their "
    "mum went back to Poland last year. Marek has the odd beer at the weekend, no concerns re "
    "alcohol. Kacper wetting the bed most nights, GP has given advice. Oliwia helps Kacper get "
    "his shoes on in the mornings - nothing beyond what you'd expect at her age, no young carer "
    "concerns. Marek has fallen behind on the gas, £380 owed, now on a prepayment meter with "
    "debt recovery on it. Agreed EHW to help with budgeting and a Warm Home Discount application.",
    ["PH", "FIN"],
    [(CONV, "CARER", "'sole carer' is a parent: 'carer' alone is not CARER (conv 12); young carer concerns explicitly negated."),
     (NEG, "SUB", "'no concerns re alcohol'."),
     (CONV, "PH", "Bedwetting at 6 (school age) is PH (conv 9)."),
     (CONV, "(level)", "Unboxed: highest cue is the EHW (yellow) over GP (green) (conv 2).")],
    note_level="yellow")
add("Z007", "C", "green",
    "Kacper's bedwetting much better with the alarm from the enuresis clinic, dry most nights, "
    "still under the clinic till Sept.",
    ["PH"],
    [(CONV, "PH", "Improving but still under the clinic: present (conv 3/4).")])
add("Z007", "C", "blue",
    "Gas arrears cleared in May. Marek has a standing order for the meter now and says money is ok.",
    [],
    [(HIST, "FIN", "Arrears 'cleared' - over (conv 3); standing order is ordinary good practice, no need stated.")])

# ---------------------------------------------------------------- Z008
case("Z008", "Tanhouse", "2025-04-14", "2025-07-28")
add("Z008", "A", "yellow",
    "Harvey (9) is on SEN support at Tanhouse Primary and the SENCo has asked for an EP "
    "assessment; he's also on the waiting list for the ADHD pathway (approx 18 months). Two "
    "suspensions this school year - 1 day in Jan for throwing a chair, 2 days in March for kicking "
    "a TA. School have mentioned a reduced timetable after Easter if things don't settle. At home "
    "bedtime is a battle every night, he shouts and slams doors; mum (Stacey) has started the "
    "Incredible Years course at the hub.",
    ["EDU-SEND", "EDU-EXC", "REL-PAR"],
    [(HYP, "EDU-ATT", "Reduced timetable only 'if things don't settle' - hypothetical."),
     (CONV, "EDU-SEND", "'on the waiting list for the ADHD pathway' (conv 4)."),
     (CONV, "EDU-EXC", "Suspensions in the current school year are part of the present picture.")])
add("Z008", "A", "orange",
    "TAF plan agreed 2/4 (school, EHW, paeds). Stacey and Harvey's dad Jason (released from "
    "prison in Feb - burglary) are arguing over contact and he has applied to court for a child "
    "arrangements order. Stacey says there was never any DA in the relationship. Jason lives in "
    "Castlegate.",
    ["REL-CONF"],
    [(NEG, "DA", "'never any DA in the relationship'."),
     (OUT, "CRIME", "Jason lives elsewhere; his offending is not coded (conv 6).")])
add("Z008", "C", "yellow",
    "Harvey still on the ADHD pathway, paeds appt in Feb. Behaviour at school still up and down - "
    "one more 1 day suspension in June, now has a behaviour support plan. EHCP needs assessment "
    "agreed. The contact dispute was settled at court in July and Harvey sees Jason monthly at "
    "the contact centre.",
    ["EDU-SEND", "EDU-EXC"],
    [(HIST, "REL-CONF", "Dispute 'settled at court in July' - over; yellow box, so 'managing' does not count (conv 3).")])

# ---------------------------------------------------------------- Z009
case("Z009", "Castlegate", "2025-10-06", "2026-03-09")
add("Z009", "A", "yellow",
    "- Private rented 2 bed, black mould in both bedrooms + bathroom, landlord not answering "
    "texts - 4 children in one bedroom - Leo (7) asthma, 2 A&E attendances since August, on "
    "brown + blue inhalers - EHW has referred to environmental health",
    ["HOUS", "PH"],
    [(CONV, "HOUS", "Damp/mould and overcrowding are both HOUS; one code.")])
add("Z009", "A", "green",
    "Mum (Keeley) 16 hrs at the Co-op, dad (Ryan) shifts at the quarry. No debts, no concerns re "
    "money. All kids at Castlegate CP, no concerns re attendance. Ella (4) at preschool, on track "
    "per HV. Ryan has type 1 diabetes, does his own injections and monitoring, no admissions.",
    ["PH"],
    [(CONV, "FIN", "Shift work is not FIN (conv 5); money negated."),
     (NEG, "EDU-ATT", "'no concerns re attendance'."),
     (NOTC, "EYD", "'on track per HV' is good news."),
     (CONV, "PH", "Green box: dad managing his own diabetes is PH present (conv 3).")])
add("Z009", "C", "yellow",
    "Environmental Health served an improvement notice in Nov and the landlord has treated the "
    "mould and put in extractor fans. Still overcrowded - on the housing register, band 2, bidding "
    "weekly. Leo's asthma better controlled, asthma nurse review in Jan, no A&E since Dec.",
    ["HOUS", "PH"],
    [(PART, "HOUS", "Mould fixed (over) but overcrowding continues: HOUS present."),
     (CONV, "PH", "Asthma still under nurse review: present.")])

# ---------------------------------------------------------------- Z010
case("Z010", "Oakwell", "2025-05-12", "2025-12-01")
add("Z010", "A", "orange",
    "On 6/5 Ellie (14) hit mum (Nicola) with a hairbrush and pushed her on the stairs during a row "
    "about her phone; police called, Ellie given words of advice. Ellie has been cutting her arms, "
    "seen in A&E 2/5, CAMHS crisis team assessed and she is now waiting for a CAMHS choice appt.",
    ["REL-PAR", "CRIME", "MH-CHILD"],
    [(CONV, "DA", "Child-to-parent violence is REL-PAR, plus CRIME as police were called; not DA (conv 8)."),
     (CONV, "MH-CHILD", "Self-harm; awaiting CAMHS (conv 4).")])
add("Z010", "A", "yellow",
    "Ellie refusing school since Feb half term - in 3 days in the last 5 wks. Nicola is exhausted "
    "but denies low mood and doesn't want to see her GP. Ellie's dad lives in Bristol and has her "
    "in the holidays, no issues there.",
    ["EDU-ATT"],
    [(NEG, "MH-ADULT", "'denies low mood'."),
     (NEG, "REL-CONF", "Separated parents, 'no issues there'.")])
add("Z010", "C", "orange",
    "Ellie still with CAMHS, doing the DBT skills group, no self-harm disclosed for 8 weeks. On a "
    "part-time timetable, mornings only, building up by a lesson a fortnight. No further violence "
    "at home since June.",
    ["MH-CHILD", "EDU-ATT"],
    [(HIST, "REL-PAR", "'No further violence at home since June' - over (conv 3)."),
     (CONV, "EDU-ATT", "Part-time timetable is EDU-ATT.")])
add("Z010", "C", "blue",
    "Nicola and Ellie use a 'time out' card when rows start and go to the cinema together on "
    "Saturdays.",
    ["REL-PAR"],
    [(CONV, "REL-PAR", "Blue box: parent and child managing their rows with a strategy counts as present (conv 3); coded on its own text even though the orange box says the violence is over (conv 1).")])

# ---------------------------------------------------------------- Z011
case("Z011", "Brynmoor", "2025-02-24", "2025-09-08")
add("Z011", "A", "yellow",
    "Dad (Huw) runs the rented hill farm, income down since the bluetongue movement restrictions; "
    "behind on the farm loan and 2 months' council tax. Says he's been 'very low' for months, GP "
    "prescribed antidepressants but he doesn't like taking them. Referred to the Farming Community "
    "Network and EHW to do a benefits check.",
    ["FIN", "MH-ADULT"])
add("Z011", "A", "blue",
    "Mum (Non) has good support from her parents on the next farm. Tenancy runs to 2030, no "
    "concerns re housing. Non says if they ever got into real difficulty they would sell the quad "
    "bikes. Seren (7) has eczema, Non manages it with the creams from the GP and it's under control.",
    ["PH"],
    [(NEG, "HOUS", "'no concerns re housing'."),
     (HYP, "FIN", "'if they ever got into real difficulty' - hypothetical."),
     (CONV, "PH", "Blue box: parent managing a child's eczema is PH present (conv 3).")])
add("Z011", "C", "yellow",
    "FCN caseworker still involved. Loan rescheduled over 5 years and Huw keeping up the new "
    "payments; council tax arrears cleared in June. Huw still low at times but is taking his "
    "medication now and has a GP review in Oct.",
    ["FIN", "MH-ADULT"],
    [(PART, "FIN", "Council tax arrears over, but the rescheduled loan is still being repaid with FCN support: FIN present.")])

# ---------------------------------------------------------------- Z012
case("Z012", "Tanhouse", "2025-06-25", "2026-01-12")
add("Z012", "A", "orange",
    "Third referral in 12 months. HV visit 12/6: bin bags of rubbish in the hall and kitchen, dog "
    "mess by the back door, Poppy (18 mths) in a heavily soiled nappy and dirty clothes. Cupboards "
    "nearly empty - mum (Shannon) said her UC has been sanctioned and she was waiting on a food "
    "parcel from the church. TAF meeting held 20/6.",
    ["SAFE-NEG", "FIN"],
    [(CONV, "FIN", "Empty cupboards are SAFE-NEG; UC sanction and food parcel are FIN; both described so both coded (conv 10, conv 5).")])
add("Z012", "A", "green",
    "Jack (3) not yet using sentences, ASQ by HV shows delay in communication and personal-social. "
    "Poppy's 12 month immunisations not done. No concerns re Shannon's mental health - she says "
    "she's fine and HV agrees.",
    ["EYD", "PH"],
    [(CONV, "EYD", "Under-5 speech/development delay (conv 9)."),
     (CONV, "PH", "Missed immunisations are PH."),
     (NEG, "MH-ADULT", "'No concerns re Shannon's mental health'.")])
add("Z012", "A", "yellow",
    "Shannon's partner Connor (not the children's dad) moved in in April; he smokes cannabis most "
    "evenings in the garden, says never around the kids. EHW to do a home conditions plan with "
    "Shannon.",
    ["SUB", "SAFE-NEG"],
    [(CONV, "SUB", "Connor lives in the household, so his cannabis use is coded; the 'never around the kids' claim does not negate the use."),
     (CONV, "SAFE-NEG", "A home conditions plan implies a current home-conditions need.")])
add("Z012", "C", "yellow",
    "Home conditions better but slip when Shannon is unwell, EHW still checking weekly. Shannon "
    "using the Tanhouse Food Club (£5/wk). Jack at Tiny Steps 15 hrs and his SALT groups have "
    "started. Poppy's jabs are now up to date. Connor moved out in August.",
    ["SAFE-NEG", "FIN", "EYD"],
    [(CONV, "SAFE-NEG", "Improved but still slipping and checked weekly: present."),
     (CONV, "FIN", "Food club membership is a food-poverty support like a food bank (conv 10)."),
     (HIST, "PH", "Jabs 'now up to date' - over."),
     (NOTC, "SUB", "Connor has moved out; no substance use described.")])

# ---------------------------------------------------------------- Z013
case("Z013", "Castlegate", "2025-04-28", "2026-01-19")
add("Z013", "A", "yellow",
    "Dad (Darren) on probation till Dec 25 for drink driving, attending. Says he hasn't drunk since "
    "his arrest in June 24 and goes to AA at St Mary's hall every Weds. Lily (11) very anxious "
    "about moving up to Marches High in Sept, seeing the school counsellor weekly.",
    ["CRIME", "SUB", "MH-CHILD"],
    [(CONV, "CRIME", "Adult on probation is CRIME (conv 7)."),
     (CONV, "SUB", "Drinking itself stopped in 2024, but ongoing weekly AA attendance is an ongoing service for alcohol, so SUB is present (conv 4 over conv 3)."),
     (CONV, "MH-CHILD", "Anxiety with weekly counselling.")])
add("Z013", "A", "green",
    "Lily fit and well, registered with GP + dentist. Darren works at the livestock market "
    "Tues/Thurs, UC tops up, no money worries.",
    [],
    [(CONV, "FIN", "UC named with 'no money worries' - not FIN (conv 5)."),
     (NOTC, "PH", "'fit and well' is good news.")])
add("Z013", "C", "green",
    "Probation finished in Dec. Darren still at AA most weeks. Lily settled at Marches High, "
    "stopped seeing the counsellor in Oct, says she loves drama club.",
    ["SUB"],
    [(HIST, "CRIME", "Probation finished - over."),
     (HIST, "MH-CHILD", "Counselling stopped in Oct, settled - over."),
     (CONV, "SUB", "Ongoing AA attendance (conv 4); green box, now managing (conv 3).")])

# ---------------------------------------------------------------- Z014
case("Z014", "Oakwell", "2025-11-10", "2026-04-20")
add("Z014", "A", "yellow",
    "Amelia (12) is being bullied on Snapchat by girls in her year, a photo of her was shared round "
    "a group chat. School have spoken to the other girls' parents. Amelia is crying most nights and "
    "begging not to go in, she missed 2 days last week. Mum (Gemma) now keeps her phone downstairs "
    "overnight.",
    ["SAFE-EXP", "MH-CHILD", "EDU-ATT"],
    [(OUT, "SAFE-EXP", "The other girls are outside the household, but Amelia being bullied is her need: SAFE-EXP (outside-household rule).")])
add("Z014", "A", "blue",
    "Gemma has read the online safety guides school sent and set up parental controls on Amelia's "
    "phone and the iPad. Amelia's brother Josh (16) doing his GCSEs, no concerns.",
    ["SAFE-EXP"],
    [(CONV, "SAFE-EXP", "Blue box: parent managing online safety with information = present (conv 3).")])
add("Z014", "C", "green",
    "The girls were moved to another form in Jan and no bullying reported since. School nurse still "
    "sees Amelia fortnightly about her worries, says she's much brighter and her attendance is back "
    "to normal.",
    ["MH-CHILD"],
    [(HIST, "SAFE-EXP", "'no bullying reported since' Jan - over."),
     (NOTC, "EDU-ATT", "'attendance back to normal' - over/good news."),
     (CONV, "MH-CHILD", "Still seen by the school nurse about worries: present.")])

# ---------------------------------------------------------------- Z015
case("Z015", "Brynmoor", "2025-07-07", "2026-01-26")
add("Z015", "A", "orange",
    "Connor (16) smoking cannabis daily, mum found pills in his room he said were 'for a party'. "
    "Arrested 3/7 for shoplifting from the Spar with two older lads, referred to YOS. Left school "
    "in June, no GCSEs passed, not in college or work.",
    ["SUB", "CRIME", "EDU-NEET"],
    [(CONV, "SUB", "Young person's own drug use (no exploitation described, so conv 12 does not apply)."),
     (NOTC, "SAFE-EXP", "Offending with older lads is not described as exploitation."),
     (CONV, "EDU-NEET", "16 and NEET: EDU-NEET only, no FIN (conv 11).")])
add("Z015", "A", "yellow",
    "Mum (Sharon) says Connor swears at her and punches doors if she asks him to be in by 10. "
    "Booked onto the Who's In Charge? course. Maddie (8) - no concerns, doing well at school.",
    ["REL-PAR"],
    [(CONV, "DA", "Child's aggression to parent is REL-PAR, not DA (conv 8).")])
add("Z015", "C", "yellow",
    "Connor seeing the young people's drug & alcohol worker fortnightly, down to weekends only. "
    "Started at Marches College in Sept (L1 brickwork), attendance good. YOS referral order "
    "completed Nov. Sharon says he's home by 10 now and they've agreed a text check-in.",
    ["SUB"],
    [(NOTC, "EDU-NEET", "Now at college - no longer NEET."),
     (HIST, "CRIME", "Referral order completed - over."),
     (CONV, "REL-PAR", "Improvement only, in a yellow box: 'now managing' counts only in blue/green boxes (conv 3), so not coded.")])

# ---------------------------------------------------------------- Z016
case("Z016", "Castlegate", "2025-08-21", "2026-02-23")
add("Z016", "A", "red",
    "Strategy meeting 19/8, s47 opened after Grace (14) disclosed she has been meeting a 23 yr old "
    "man she met on Instagram who gave her vodka and took her to a flat in Wrexley. Missing "
    "overnight 15-16/8, found by police. ICPC booked.",
    ["SAFE-EXP"],
    [(CONV, "SUB", "Alcohol given by the groomer is part of the exploitation, not Grace's substance misuse (by analogy with conv 12)."),
     (OUT, "CRIME", "The man is outside the household; police finding a missing child is not CRIME (conv 6, 7).")])
add("Z016", "A", "orange",
    "Grace's attendance 64% this term. CAMHS referral made for low mood and nightmares. Mum "
    "(Tracey) has been on antidepressants for anxiety for years, says she's coping ok.",
    ["EDU-ATT", "MH-CHILD", "MH-ADULT"],
    [(CONV, "MH-ADULT", "Ongoing antidepressant treatment codes MH-ADULT (conv 4); 'coping ok' does not negate it.")])
add("Z016", "C", "orange",
    "CP plan ended Jan, stepped down via CIN to EH. Man charged, on remand. Grace sees her CAMHS "
    "worker fortnightly and the Hafod Project exploitation worker weekly. Attendance up to 82% with "
    "a return-to-learn plan.",
    ["MH-CHILD", "SAFE-EXP", "EDU-ATT"],
    [(CONV, "SAFE-EXP", "Weekly exploitation worker is an ongoing service (conv 4)."),
     (CONV, "EDU-ATT", "82% with a return-to-learn plan still in place: present.")])

# ---------------------------------------------------------------- Z017
case("Z017", "Tanhouse", "2025-03-17", "2025-11-10")
add("Z017", "A", "yellow",
    "Oscar (7) has cerebral palsy, wheelchair user, EHCP with 1:1 at Tanhouse Primary, physio "
    "weekly. Ava (13) helps with Oscar's care every evening and at weekends, incl hoisting when "
    "dad (Mark) is on nights. Ava says she never sees her friends. Mark gets DLA for Oscar and "
    "Carer's Allowance. Referred Ava to Marches Young Carers.",
    ["PH", "EDU-SEND", "CARER"],
    [(CONV, "FIN", "DLA and Carer's Allowance named without a money problem: not FIN (conv 5)."),
     (CONV, "CARER", "CARER comes from Ava's described caring, not from Carer's Allowance (conv 5, 12).")])
add("Z017", "A", "orange",
    "House not adapted - Oscar is carried upstairs and the bathroom is too small for a hoist. OT "
    "says the property is unsuitable; HA has put them in band 1 for an adapted property. Ava has "
    "been late 9 times this term.",
    ["HOUS", "EDU-ATT"],
    [(CONV, "HOUS", "Property assessed as unsuitable, on the housing register: a housing need (read as HOUS though 'unsuitable' is not a listed term).")])
add("Z017", "C", "yellow",
    "Ava goes to young carers monthly and has a YC card at school. Moved to an adapted bungalow in "
    "Oct. Ava's lates stopped after the move. Oscar still has weekly physio.",
    ["CARER", "PH"],
    [(HIST, "HOUS", "Rehoused in adapted bungalow - over."),
     (HIST, "EDU-ATT", "Lates 'stopped' - over.")])

# ---------------------------------------------------------------- Z018
case("Z018", "Brynmoor", "2025-06-09", "2025-12-15")
add("Z018", "A", "yellow",
    "Kerry and the children (Tia 9, Mason 6) moved here from across the border in Wales in May "
    "after fleeing DA from her partner; he doesn't know where they are. Refuge place ended, now in "
    "a B&B in Castlegate as TA, all 3 in one room. No school places yet - out of school 5 weeks.",
    ["DA", "HOUS", "EDU-ATT"],
    [(CONV, "DA", "Fled a month before assessment and still hiding her address: the abuse's effects are current, not 'only the past, ended' - DA present."),
     (CONV, "EDU-ATT", "Children out of school with no place: attendance.")])
add("Z018", "A", "orange",
    "MARAC referral transferred from Wales to Castlegate MARAC. Kerry has a non-mol. Mason (6) "
    "wetting himself in the day, and both children clingy and tearful since the move, Mason having "
    "nightmares.",
    ["DA", "PH", "MH-CHILD"],
    [(CONV, "PH", "Daytime wetting at school age treated like bedwetting: PH (conv 9)."),
     (CONV, "MH-CHILD", "Clingy, tearful, nightmares after fleeing DA read as emotional wellbeing/trauma (MH-CHILD), not a sleep problem.")])
add("Z018", "C", None,
    "Closure visit. Family in a 2 bed HA flat in Tanhouse since Sept. Tia and Mason at Tanhouse "
    "Primary, attendance 97%. Kerry on week 6 of the Freedom Programme at the hub and still in "
    "touch with her IDVA. Mason's wetting has stopped, GP discharged him. Kerry has a Citizens "
    "Advice appt re a £1,100 council tax debt from her old address in Wales.",
    ["DA", "FIN"],
    [(HIST, "HOUS", "Rehoused - over."),
     (NOTC, "EDU-ATT", "97% attendance - good news."),
     (HIST, "PH", "Wetting 'stopped', discharged - over."),
     (CONV, "DA", "Freedom Programme ongoing (conv 4)."),
     (CONV, "(level)", "Unboxed: highest cue is Citizens Advice / IDVA (one extra service, yellow); no orange cue (conv 2).")],
    note_level="yellow")

# ---------------------------------------------------------------- Z019
case("Z019", "Castlegate", "2025-09-29", "2026-03-23")
add("Z019", "A", "green",
    "Evie (5) in reception, teacher says she struggles to sit still and with her sounds. SENCo "
    "has put her on SEN support for speech and language and she sees the school's SaLT assistant "
    "weekly. No concerns re housing, finances or health per dad (Pete).",
    ["EDU-SEND"],
    [(CONV, "EYD", "Speech and language at school age (reception) is EDU-SEND, not EYD (conv 9)."),
     (NEG, "HOUS", "'No concerns re housing, finances or health'."),
     (NEG, "FIN", "Negated in the same list."),
     (NEG, "PH", "Negated in the same list.")])
add("Z019", "A", "yellow",
    "Evie's mum Claire died in Feb 2024. Pete says he is coping. Evie asks about mummy a lot and "
    "has started wetting the bed again. Referred to the Marches children's bereavement service.",
    ["MH-CHILD", "PH"],
    [(NOTC, "MH-ADULT", "Pete 'says he is coping': no parental mental health need described."),
     (CONV, "MH-CHILD", "Bereavement: the death is in the past but the child's grief and the referral are current."),
     (CONV, "PH", "Bedwetting at school age (conv 9).")])
add("Z019", "C", "green",
    "Evie still on SEN support for speech, making good progress. Bereavement sesions finished in "
    "Jan, Pete says she talks about mum happily now. Bedwetting settled.",
    ["EDU-SEND"],
    [(HIST, "MH-CHILD", "Sessions finished, settled - over."),
     (HIST, "PH", "'Bedwetting settled' - over.")])

# ---------------------------------------------------------------- Z020
case("Z020", "Oakwell", "2025-03-31", "2025-10-13")
add("Z020", "A", "yellow",
    "Dad (Craig) has run up about £6k on credit cards through online betting, mum (Leanne) found "
    "out in March. Bailiff letter re council tax. Craig has self-excluded on GamStop and sees a "
    "gambling support counsellor. Parents arguing a lot and Leanne has asked him to sleep "
    "downstairs.",
    ["FIN", "REL-CONF"],
    [(CONV, "SUB", "Gambling debts are FIN, not SUB (conv 10)."),
     (NOTC, "EDU-EXC", "'self-excluded' from gambling is not a school exclusion."),
     (CONV, "REL-CONF", "Parental arguments, no abuse described (conv 8).")])
add("Z020", "A", "green",
    "Ollie (10) and Freya (8) at Oakwell CP, no concerns re attendance. Ollie has had 3 lunchtime "
    "detentions for answering back since Sept, head says it's nowhere near exclusion. Leanne says "
    "she's stressed but not depressed.",
    ["EDU-EXC"],
    [(NEG, "EDU-ATT", "'no concerns re attendance'."),
     (PART, "EDU-EXC", "Exclusion risk is negated, but current behaviour at school (detentions) is itself EDU-EXC - the negation does not reach it."),
     (NEG, "MH-ADULT", "'not depressed'.")])
add("Z020", "C", "blue",
    "Craig still with the gambling counsellor, paying the debts through a DMP at £120/month. Craig "
    "and Leanne are 4 sessions into 6 with Relate and say they're getting on better.",
    ["FIN", "REL-CONF"],
    [(CONV, "FIN", "Managing debt repayments (conv 3)."),
     (CONV, "REL-CONF", "Relate sessions ongoing (conv 4); improvement does not make it over.")])

# ---------------------------------------------------------------- Z021
case("Z021", "Tanhouse", "2025-07-01", "2026-01-05")
add("Z021", "A", "red",
    "PLO letter issued 30/6. Kayden (4) on CP plan since March. Both parents (Gary and Nikki) on "
    "methadone scripts, Nikki's last 3 tests positive for heroin. Kayden found wandering alone on "
    "the Tanhouse estate by a neighbour on 22/6.",
    ["SUB", "SAFE-NEG"],
    [(CONV, "SAFE-NEG", "A 4-year-old wandering alone is a supervision failure: SAFE-NEG.")])
add("Z021", "A", "orange",
    "Kayden attending 38% of his nursery sessions. Nursery have noticed speech delay, not referred "
    "yet. Gary on licence since his release in May (theft), living at home.",
    ["EYD", "CRIME"],
    [(CONV, "EYD", "Under-5 nursery take-up and speech (conv 9)."),
     (CONV, "CRIME", "Household adult on licence (conv 7).")])
add("Z021", "C", "red",
    "Kayden with his maternal aunt under s20 since Oct, parents agreed. Nikki still with Wyecross, "
    "script increased and tests negative for 6 wks. Kayden at nursery full time from his aunt's "
    "and SALT referral made in Nov. Supervised contact twice a week.",
    ["SUB", "EYD"],
    [(CONV, "SUB", "Ongoing script and service (conv 4); negative tests do not make it over."),
     (CONV, "EYD", "The child of the case is placed with an aunt but his SALT referral is still the family's need.")])

# ---------------------------------------------------------------- Z022
case("Z022", "Brynmoor", "2025-04-07", "2025-10-27")
add("Z022", "A", "yellow",
    "Finley (8) diagnosed autistic in 2023, on SEN support at Brynmoor Primary, SENCo reviews "
    "termly. No concerns re attendance. Meltdowns at home most evenings, hitting his brother Alfie "
    "(5) and mum (Sarah). Sarah is doing the Cygnet course at the hub. Finley eats about 5 foods, "
    "weight under the 2nd centile, paeds dietitian referral made.",
    ["EDU-SEND", "REL-PAR", "PH"],
    [(CONV, "EDU-SEND", "'diagnosed in 2023' dates the diagnosis; the SEN support is current, not historical."),
     (CONV, "DA", "Child hitting parent/sibling is REL-PAR, not DA (conv 8)."),
     (NEG, "EDU-ATT", "'No concerns re attendance'.")])
add("Z022", "A", "orange",
    "Dad (Steve) had a stroke in Dec, 10 weeks in rehab at the community hospital, home now but "
    "can't work or drive. company sick pay stopped, waiting on UC and PIP, mortgage 2 months behind. A neighbour "
    "has been dropping round food.",
    ["PH", "FIN"],
    [(NOTC, "HOUS", "Mortgage arrears with no possession action described are FIN, not HOUS."),
     (NOTC, "SAFE-NEG", "A neighbour bringing food is not a hungry child or empty fridge (conv 10).")])
add("Z022", "C", "yellow",
    "Steve's walking improving with physio at the surgery. PIP awarded and the mortgage arrears "
    "cleared from the backdated money. Finley still has meltdowns but shorter, Sarah uses the calm "
    "box and visual timetable from Cygnet. Dietitian still involved, weight now on the 2nd centile.",
    ["PH", "REL-PAR"],
    [(HIST, "FIN", "Arrears 'cleared' - over; PIP named alone is not FIN (conv 5)."),
     (CONV, "REL-PAR", "Meltdowns still happening: a current need, not just managing."),
     (NOTC, "EDU-SEND", "No school SEN need in this text (conv 1).")])

# ---------------------------------------------------------------- Z023
case("Z023", "Castlegate", "2025-05-06", "2025-12-08")
add("Z023", "A", None,
    "Call from PC Hughes (Castlegate NPT): second call-out this month for Ben (13) throwing stones "
    "at cars on the bypass with a group of lads. Mum (Rachel) says he's out till midnight and she "
    "can't stop him. Ben has had 2 suspensions from Marches High this year. Police say no concerns "
    "re exploitation, the group are his own age from the estate.",
    ["CRIME", "REL-PAR", "EDU-EXC"],
    [(NEG, "SAFE-EXP", "'no concerns re exploitation'."),
     (CONV, "CRIME", "Police call-out about a young person's behaviour (conv 7)."),
     (CONV, "(level)", "Unboxed: police call-out is the highest cue -> orange (conv 2).")],
    note_level="orange")
add("Z023", "C", "yellow",
    "Ben has a YOS prevention worker (Turnaround), 6 sessions left. Rachel says he's in by 9 on "
    "school nights now. No suspensions since March.",
    ["CRIME"],
    [(HIST, "EDU-EXC", "'No suspensions since March' - over."),
     (CONV, "REL-PAR", "Improvement only in a yellow box: not coded (conv 3)."),
     (CONV, "CRIME", "YOS prevention work ongoing (conv 4, 7).")])
add("Z023", "C", "blue",
    "Rachel and Ben have a written agreement about curfew and phone check-ins that they go over on "
    "Sunday nights.",
    ["REL-PAR"],
    [(CONV, "REL-PAR", "Blue box: family managing boundaries themselves (conv 3).")])

# ---------------------------------------------------------------- Z024
case("Z024", "Oakwell", "2025-01-13", "2025-10-20")
add("Z024", "A", "yellow",
    "Maisie (2) has global developmental delay, not walking yet, Portage visiting fortnightly. "
    "Under the paediatrician for hypotonia. Mum (Zara, 19) lives with her mum (Julie).",
    ["EYD", "PH"],
    [(CONV, "EYD", "Portage / under-5 development (conv 4, 9)."),
     (CONV, "PH", "Hypotonia under the paediatrician is a physical health condition.")])
add("Z024", "A", "green",
    "Flat is cold, Zara puts the heating on for an hour a day to save money, had fuel vouchers from "
    "the hub in Dec. No damp, no concerns re housing. Zara left college when she got pregnant and "
    "isn't working; she's picked up a leaflet for the hub's Step Up course.",
    ["FIN", "EDU-NEET"],
    [(NEG, "HOUS", "'No damp, no concerns re housing'."),
     (CONV, "FIN", "Fuel poverty and vouchers (conv 10)."),
     (CONV, "EDU-NEET", "Zara is 19 and not in education, employment or training: EDU-NEET (conv 11). FIN here comes from fuel poverty, not from her worklessness.")])
add("Z024", "C", "green",
    "Maisie walking with a frame. Portage finished when she started at Little Acorns with 1:1 "
    "inclusion funding. Paeds review every 6 months. Zara started Step Up in Sept. She gets the "
    "£15 monthly fuel top-up from the warm homes fund and is keeping a budget sheet.",
    ["EYD", "PH", "FIN"],
    [(PART, "EYD", "Portage over, but nursery 1:1 inclusion funding for the delay is ongoing: EYD present."),
     (CONV, "PH", "Walking with a frame, paeds review ongoing."),
     (NOTC, "EDU-NEET", "Now on a course - no longer NEET."),
     (CONV, "FIN", "Green box: managing fuel poverty with a monthly top-up (conv 3, 10).")])

# ---------------------------------------------------------------- Z025
case("Z025", "Tanhouse", "2025-08-11", "2026-02-02")
add("Z025", "A", "orange",
    "Dad (Jamie) ex-Army, PTSD diagnosed 2022, under the veterans' mental health service. Drinks "
    "heavily when the flashbacks are bad, 10+ pints in a session. Mum (Kelly) rang police 2/8 after "
    "he smashed the TV; no arrest, police did a welfare check. Kelly says he has never been violent "
    "or threatening to her or the kids and she isn't frightened of him, DASH standard.",
    ["MH-ADULT", "SUB"],
    [(NEG, "DA", "Kelly explicitly denies violence, threats or fear."),
     (CONV, "CRIME", "Police welfare check with no arrest is not CRIME (conv 7)."),
     (CONV, "MH-ADULT", "'diagnosed 2022' dates the diagnosis; the service involvement is current.")])
add("Z025", "A", "yellow",
    "Isaac (11) worries about his dad, school say he's distracted in class and he has asked to see "
    "the ELSA. Kelly works part-time at the vets.",
    ["MH-CHILD"],
    [(CONV, "FIN", "Part-time work is not FIN (conv 5).")])
add("Z025", "C", "yellow",
    "Jamie finished the veterans' residential programme in Nov, outpatient therapy ongoing. Now a "
    "few pints at weekends only and still seeing Wyecross. Isaac's ELSA sessions stopped at "
    "Christmas as he didn't need them any more.",
    ["MH-ADULT", "SUB"],
    [(PART, "MH-ADULT", "Residential programme finished, outpatient therapy ongoing: present."),
     (HIST, "MH-CHILD", "ELSA 'stopped ... didn't need them' - over.")])

# ---------------------------------------------------------------- Z026
case("Z026", "Brynmoor", "2025-10-13", "2026-07-20")
add("Z026", "A", "yellow",
    "Megan (16, Y11) is 14 wks pregnant and wants to keep the baby. Attendance 68% since Sept - "
    "severe sickness, admitted to hospital once for fluids. Mum (Lisa) is furious and they are "
    "barely speaking; Megan stays in her room. Midwife booked.",
    ["EDU-ATT", "PH", "REL-PAR"],
    [(CONV, "PH", "Severe pregnancy sickness with a hospital admission is a physical health need."),
     (CONV, "REL-PAR", "Parent-child relationship breakdown, not parental conflict (conv 8).")])
add("Z026", "A", "green",
    "Megan says she doesn't drink or use drugs and has never smoked. Baby's father is 18 and lives "
    "in Castlegate, she doesn't want him involved; school nurse has checked and no concerns re "
    "exploitation.",
    [],
    [(NEG, "SUB", "Denies alcohol and drugs."),
     (NEG, "SAFE-EXP", "'no concerns re exploitation'."),
     (OUT, "REL-CONF", "Baby's father is outside the household; no dispute described.")])
add("Z026", "C", "yellow",
    "Baby Rosie born 2 April, HV says all on track. Megan (17) missed most of her GCSEs and is not "
    "in college or work; says she'll look at college when Rosie is 1. Lisa and Megan are getting "
    "on better and Lisa helps with night feeds.",
    ["EDU-NEET"],
    [(NOTC, "EYD", "'HV says all on track' - good news."),
     (CONV, "EDU-NEET", "17 and NEET; future college plan does not negate it (conv 11)."),
     (CONV, "REL-PAR", "'getting on better' in a yellow box: improvement, no current need - not coded.")])

# ---------------------------------------------------------------- Z027
case("Z027", "Castlegate", "2025-11-17", "2026-04-27")
add("Z027", "A", None,
    "Referral from Castlegate CP SENCo: Jayden (7) coming in hungry most days, same uniform all "
    "week and smelling of urine. Has toast at breakfast club every morning and asks for seconds. "
    "Mum (Sophie) told the SENCo money is tight since her hours at the chicken factory were cut, "
    "she hasn't used a food bank. Jayden's dad is in prison, no contact. SENCo to complete an EHA "
    "with mum.",
    ["SAFE-NEG", "FIN"],
    [(CONV, "SAFE-NEG", "Hungry child and hygiene are SAFE-NEG (conv 10)."),
     (PART, "FIN", "'hasn't used a food bank' negates only the food bank; money tight after hours cut is a current money problem: FIN."),
     (OUT, "CRIME", "Dad in prison is outside the household (conv 6)."),
     (CONV, "PH", "Smelling of urine is read as hygiene/basic care, not a stated wetting problem."),
     (CONV, "(level)", "Unboxed: only school/SENCO cues -> green; an EHA to be done by the SENCo is not an early help worker (conv 2).")],
    note_level="green")
add("Z027", "C", "yellow",
    "Sophie now gets a UC top-up after a better-off calc from Citizens Advice, and uses the "
    "Castlegate community pantry each week. Jayden on free breakfast club; school say he's clean "
    "and fed. School nurse has referred him to the enuresis clinic as he is still wetting at night.",
    ["FIN", "PH"],
    [(CONV, "FIN", "Weekly community pantry = food-poverty support (conv 10); the UC top-up alone would not code (conv 5)."),
     (NEG, "SAFE-NEG", "'clean and fed' - good news."),
     (CONV, "PH", "Bedwetting at 7 (conv 9).")])

# ---------------------------------------------------------------- Z028
case("Z028", "Oakwell", "2025-03-24", "2025-08-26")
add("Z028", "A", "orange",
    "Nathan (15) permanently excluded from Oakwell Academy 12/3 for bringing a knife into school, "
    "now at the Oakwell PRU. Youth caution. Mum (Claire) says he carries it because a group from "
    "Castlegate are threatening him over a drug debt, police think he is being drawn into county "
    "lines.",
    ["EDU-EXC", "CRIME", "SAFE-EXP"],
    [(CONV, "CRIME", "Youth caution for a knife offence (conv 7)."),
     (OUT, "SAFE-EXP", "The group are outside the household; their effect on Nathan (county lines risk) is coded (conv 6).")])
add("Z028", "A", "yellow",
    "PRU attendance 55%. Claire works full time, out 7-7. Nathan's sister Amber (12) gets on well "
    "with him, no concerns re Amber. No concerns re home conditions.",
    ["EDU-ATT"],
    [(NEG, "SAFE-NEG", "'No concerns re home conditions'."),
     (CONV, "FIN", "Full-time work is not FIN (conv 5).")])
add("Z028", "C", None,
    "Closure summary. Nathan finished Y11 at the PRU, now 16, has a place on the Marches College "
    "foundation course for Sept but hasn't enrolled yet - EHW chasing with him. Youth caution now "
    "spent. Still open to the Hafod Project, no new intelligence since May.",
    ["EDU-NEET", "SAFE-EXP"],
    [(CONV, "EDU-NEET", "16, not yet enrolled: 'at risk of' NEET is EDU-NEET."),
     (HIST, "CRIME", "Caution 'spent' - over."),
     (CONV, "SAFE-EXP", "Still open to the exploitation project (conv 4) despite no new intelligence."),
     (CONV, "(level)", "Unboxed: EHW / one extra service -> yellow; no police call-out, YOS or CAMHS (conv 2).")],
    note_level="yellow")

# ---------------------------------------------------------------- Z029
case("Z029", "Brynmoor", "2025-06-23", "2026-01-12")
add("Z029", "A", "orange",
    "Possession notice from Marches Housing 2/6 - rent arrears £2,340 and hoarding in 3 rooms. "
    "Court 14/11. Mum (Denise) has depression, under CMHT. Kian (9)'s room is the only clear one, "
    "he sleeps on a bare mattress with no sheets.",
    ["HOUS", "FIN", "MH-ADULT", "SAFE-NEG"],
    [(CONV, "SAFE-NEG", "Child without bedding is basic care/home conditions: SAFE-NEG."),
     (CONV, "FIN", "Rent arrears are FIN alongside the possession notice (HOUS).")])
add("Z029", "A", "yellow",
    "Jordan (17) works at the garden centre, pays £50/wk board. He does all the shopping and takes "
    "Denise to her appointments as she won't go out alone.",
    ["CARER"],
    [(CONV, "CARER", "A 17-year-old with caring responsibilities for his mother."),
     (NOTC, "FIN", "Paying board is not a money problem.")])
add("Z029", "C", "orange",
    "Hearing 14/11 adjourned on terms - £5/wk off the arrears on top of rent, and a clear-out which "
    "the HA tenancy sustainment officer is supporting; 2 of the 3 rooms done. Denise still with "
    "CMHT. Kian has his own bed and bedding now.",
    ["HOUS", "FIN", "MH-ADULT"],
    [(NOTC, "SAFE-NEG", "Kian's bed and bedding - good news, no current need in this text."),
     (CONV, "HOUS", "Possession adjourned on terms, tenancy sustainment ongoing: present.")])

# ---------------------------------------------------------------- Z030
case("Z030", "Castlegate", "2025-01-06", "2025-10-20")
add("Z030", "A", "yellow",
    "Jacob (10) has an EHCP (autism), part-time timetable (mornings) since Sept due to "
    "dysregulation in the afternoons. Mum (Hannah) has bipolar disorder, stable on lithium, GP "
    "monitors her levels.",
    ["EDU-SEND", "EDU-ATT", "MH-ADULT"],
    [(CONV, "MH-ADULT", "'stable on lithium' is ongoing treatment (conv 4); stable is not over."),
     (CONV, "MH-CHILD", "'dysregulation' linked to autism is not coded as child mental health.")])
add("Z030", "A", "orange",
    "CAMHS neurodevelopmental team doing an ADHD assessment for Jacob. Hannah had a hospital "
    "admission in 2022, none since. Jacob's sister Mollie (14) does the school run when Hannah is "
    "unwell and has missed first lesson a lot this term.",
    ["EDU-SEND", "MH-CHILD", "CARER", "EDU-ATT"],
    [(CONV, "MH-CHILD", "A service name alone codes its area: CAMHS -> MH-CHILD, even for a neurodevelopmental assessment (taxonomy 'open to CAMHS' rule, conv 4)."),
     (CONV, "EDU-SEND", "ADHD assessment is EDU-SEND."),
     (HIST, "MH-ADULT", "Admission in 2022, none since; 'unwell' does not name a mental health need in this text."),
     (CONV, "EDU-ATT", "Mollie missing first lessons (lateness).")])
add("Z030", "C", "yellow",
    "Jacob full time since Sept with 1:1 in the afternoons. ADHD diagnosed in Aug, started on "
    "medication. Mollie has been referred to young carers and goes to the group.",
    ["EDU-SEND", "CARER"],
    [(HIST, "EDU-ATT", "Back full time - part-time timetable over."),
     (CONV, "PH", "ADHD medication is not coded as PH; ADHD and in-school 1:1 are EDU-SEND.")])

# ---------------------------------------------------------------- Z031
case("Z031", "Oakwell", "2025-02-03", "2025-08-04")
add("Z031", "A", None,
    "Duty call. Maternal gran (Pat) worried about Riley (6): says his mum Amy is 'back on the "
    "drugs' and Riley went to school in yesterday's clothes. Checked with Oakwell CP - attendance "
    "95%, Riley clean and well presented, no concerns. Spoke to Amy: denies using anything on top, "
    "says Pat is angry after a row about money. Amy is on a methadone script with the community "
    "drug team, daily pick-up, stable for 2 yrs. Gave Pat the family mediation leaflet.",
    ["SUB"],
    [(CONV, "SUB", "Denies using on top, but a methadone script is an ongoing treatment: SUB present (conv 4)."),
     (NEG, "SAFE-NEG", "School: clean, well presented, no concerns."),
     (OUT, "REL-CONF", "Row between mum and gran (outside the household) is not parental conflict (conv 6, 8)."),
     (CONV, "(level)", "Unboxed: community drug team = drug and alcohol service -> yellow, above the mediation leaflet signposting (blue) (conv 2).")],
    note_level="yellow")
add("Z031", "C", "blue",
    "Amy still on her script, reducing by 2ml a fortnight, says she's on track. Amy and Pat "
    "speaking again.",
    ["SUB"],
    [(CONV, "SUB", "Blue box: managing a reducing script (conv 3, 4).")])


# ================================================================ write
def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        w.writerows(rows)


def main():
    ids = [r["narrative_id"] for r in ROWS]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    write_csv(os.path.join(HERE, "narratives.csv"),
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
               "locality", "narrative"],
              [[r[k] for k in ("narrative_id", "triage_id", "case_id", "stage",
                               "date", "level", "locality", "narrative")]
               for r in ROWS])
    gold = []
    for r in ROWS:
        assert len(r["codes"]) == len(set(r["codes"])), r["narrative_id"]
        for c in r["codes"]:
            gold.append([r["narrative_id"], c, r["gold_level"]])
    write_csv(os.path.join(HERE, "gold.csv"), ["narrative_id", "code", "level"], gold)
    traps = OrderedDict((r["narrative_id"], r["traps"]) for r in ROWS if r["traps"])
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, ensure_ascii=False, indent=1).replace("\n", "\r\n") + "\r\n")

    # counts
    stages = Counter(r["stage"] for r in ROWS)
    boxes = Counter(r["level"] or "(note)" for r in ROWS)
    codes = Counter(g[1] for g in gold)
    print(f"cases: {len(CASES)}  narratives: {len(ROWS)}  "
          f"(assessment {stages['assessment']}, closure {stages['closure']})")
    print("boxes:", dict(sorted(boxes.items())))
    print(f"gold rows: {len(gold)}  narratives with no gold: "
          f"{sum(1 for r in ROWS if not r['codes'])}")
    print("codes:", ", ".join(f"{c} {n}" for c, n in sorted(codes.items())))
    print("gold levels:", dict(Counter(g[2] for g in gold)))
    print("trap entries:", sum(len(v) for v in traps.values()),
          "in", len(traps), "narratives")


if __name__ == "__main__":
    main()
