#!/usr/bin/env python3
"""Blind gold set z147: children's health and health neglect (school nursing,
dental services, paediatric clinics) in an invented Lancashire coastal town
(Marrowby). Written from /work/shared/taxonomy.md only.

Every narrative is declared one at a time with its gold codes and trap notes.
Running this file writes narratives.csv, gold.csv and traps.json (UTF-8, CRLF).
Standard library only.
"""
import csv
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

LEVELS = ["blue", "green", "yellow", "orange", "red"]
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
LOCALITIES = ["Harrowsands", "Pellam Docks", "Kestle Moss", "Whinbarrow"]
STAGES = {"A": "assessment", "C": "closure"}

NARRATIVES = []   # dicts in output order
_CUR = {}


def case(case_id, locality, a_date, c_date):
    """Start a new case: locality and the assessment / closure dates."""
    assert locality in LOCALITIES, locality
    _CUR.clear()
    _CUR.update(case_id=case_id, locality=locality, A=a_date, C=c_date)


def _add(nid, stage, level, date, text, codes, traps, gold_level):
    for c in codes:
        assert c in CODES, (nid, c)
    assert len(set(codes)) == len(codes), (nid, codes)
    for t in traps:
        assert len(t) == 3, (nid, t)
    NARRATIVES.append(dict(
        narrative_id=nid,
        triage_id="%s-%s" % (_CUR["case_id"], stage),
        case_id=_CUR["case_id"],
        stage=STAGES[stage],
        date=date,
        level=level,
        locality=_CUR["locality"],
        narrative=text,
        codes=list(codes),
        gold_level=gold_level,
        traps=[dict(type=t[0], code=t[1], note=t[2]) for t in traps],
    ))


def box(stage, level, text, codes=(), traps=()):
    """A narrative written in a level box: all its codes take the box level."""
    assert level in LEVELS
    nid = "%s-%s-%s" % (_CUR["case_id"], stage, level)
    _add(nid, stage, level, _CUR[stage], text, codes, traps, level)


def note(stage, date, cue_level, text, codes=(), traps=()):
    """An unboxed case note: codes take the single highest level cue in the text
    (taxonomy convention 2); cue_level records that judgement."""
    assert cue_level in LEVELS
    nid = "%s-%s-note" % (_CUR["case_id"], stage)
    _add(nid, stage, "", date, text, codes, traps, cue_level)


# ---------------------------------------------------------------------------
# Batch 1: Z001-Z008
# ---------------------------------------------------------------------------

# Z001 - dental decay, WNB dental appointments, UC deduction
case("Z001", "Harrowsands", "2025-03-18", "2025-09-09")
box("A", "green",
    "School nurse referral - Tyler (7) has complained of toothache in class 3 times this half term, "
    "decay visible on his front teeth and he is chewing on one side. Family not registered with a dentist "
    "since they moved from Preston last year. Mia (4) in nursery 30 hrs, no concerns re her development. "
    "Leanne's mum lives round the corner and helps with pick ups.",
    ["PH"],
    [("negated", "EYD", "'no concerns re her development' for Mia (4): negated; nursery hours alone are not a need."),
     ("not-coded", "", "Grandmother helping with pick ups is family network, not an issue.")])
box("A", "yellow",
    "Tyler seen by Marrowby CDS 14/3 - 4 teeth to come out under GA, referral sent to Marrowby General. "
    "2 earlier dental appts were WNB. Leanne says she couldnt get there with the double buggy and had no bus fare, "
    "UC cut by £120 a month since Jan for an advance repayment and she is choosing between the gas and food some weeks. "
    "EHW to help with travel costs and get all 3 kids registered with a dentist.",
    ["PH", "FIN"],
    [("convention", "FIN", "UC named together with a deduction problem and fuel/food poverty: FIN (conv 5, conv 10)."),
     ("not-coded", "SAFE-NEG", "Choosing between gas and food is poverty (FIN); no hungry child or empty fridge is described (conv 10).")])
box("C", "green",
    "Tyler had 4 extractions under GA on 2/6, healed well. Still has 2 fillings to finish at CDS, next appt 15/9. "
    "All 3 children now registered at Shoreline Dental. Leanne brushing with the kids morning and night using the "
    "sticker chart the dental nurse gave them. The UC deduction ended in July.",
    ["PH"],
    [("convention", "PH", "Fillings still to be done at CDS = ongoing treatment (conv 4), green box 'now managing' (conv 3)."),
     ("historical", "FIN", "'The UC deduction ended in July': the money problem is over (conv 3).")])

# Z002 - NCMP obesity, sleep, screen time, weight-related bullying, parental low mood
case("Z002", "Pellam Docks", "2025-02-04", "2025-08-12")
box("A", "green",
    "NCMP measurement in Y6 - Kyle (10) BMI above 99.6th centile. SN home visit with mum Donna: Kyle has a TV and "
    "xbox in his room and is often on it till gone midnight on school nights, eats crisps and takeaway most evenings. "
    "Snores loudly, GP has referred to ENT ?sleep apnoea.",
    ["PH", "REL-PAR"],
    [("convention", "REL-PAR", "No bedtime boundaries / screens till midnight on school nights = routines and boundaries (REL-PAR)."),
     ("not-coded", "SAFE-NEG", "Takeaway diet is a weight issue (PH), not lack of food in the home.")])
box("A", "yellow",
    "Kyle getting called names about his size on the yard and in the class group chat, he has become withdrawn and "
    "told the SN he 'hates his body'. Donna (mum) struggling with low mood, takes sertraline, says some days she can't "
    "face cooking so they get chips. Referral made to Bayfit family healthy lifestyle programme (12 wks).",
    ["SAFE-EXP", "MH-CHILD", "MH-ADULT", "PH"],
    [("outside", "SAFE-EXP", "Name calling by peers is outside the household but is the child's need: bullying = SAFE-EXP."),
     ("convention", "PH", "Healthy lifestyle (weight) programme is an ongoing service for weight (conv 4).")])
box("C", "green",
    "Kyle has lost 3.2kg on Bayfit and does the Saturday swim session. Donna has kept to the bedtime plan - TV out of "
    "his room and Kyle in bed by 10 on school nights. Name calling stopped after school spoke to the parents involved. "
    "Donna still low, GP has upped her sertraline. ENT: tonsils to come out, on the waiting list.",
    ["PH", "REL-PAR", "MH-ADULT"],
    [("convention", "REL-PAR", "Green box: mum keeping to a bedtime plan is 'now managing' routines (conv 3)."),
     ("historical", "SAFE-EXP", "'Name calling stopped': bullying over, not coded (conv 3).")])

# Z003 - faltering growth in infancy, late weaning, damp flat
case("Z003", "Kestle Moss", "2025-05-07", "2025-11-19")
box("A", "green",
    "HV: Oliwia (9m) has dropped from 50th to below the 9th centile since her 4 month weigh. Weaning only started at "
    "8 months, she is still mostly on formula bottles and mum Aleksandra is worried about her choking on lumps. "
    "GP review done, bloods normal. HV weighing fortnightly.",
    ["PH", "EYD"],
    [("convention", "EYD", "Weaning of an under-5 = EYD; weight faltering = PH.")])
box("A", "yellow",
    "1 bed private rented flat above the launderette on Dock Rd, black mould round the bedroom window where Oliwia's "
    "cot is, landlord not answering. Oliwia has had 3 chest infections since Jan. Aleksandra has no family in the UK and "
    "limited English, dad Piotr works nights at the distribution centre. EHW referral for housing support and to "
    "introduce her to the Little Steps baby group.",
    ["HOUS", "PH"],
    [("convention", "FIN", "Dad working nights is not FIN (conv 5)."),
     ("not-coded", "", "Isolation and limited English are not codes in themselves.")])
note("A", "2025-05-21", "green",
     "HV clinic weigh today 6.82kg, no gain in 2 wks. Discussed with GP, plan is to refer to paeds dietitian if no gain "
     "by next weigh. Aleksandra asked lots of questions about portion sizes, given the finger food leaflet.",
     ["PH"],
     [("convention", "PH", "Unboxed: highest cue is HV/GP (universal) -> green (conv 2)."),
      ("hypothetical", "", "Dietitian referral only 'if no gain': hypothetical, not used as a level cue.")])
box("C", "green",
    "Oliwia's weight now tracking along the 25th centile, HV will keep weighing her monthly until 18 months. "
    "Family moved to a 2 bed housing association flat in Whinbarrow in Sept, no damp, and Aleksandra goes to "
    "Little Steps every Thurs.",
    ["PH"],
    [("convention", "PH", "Ongoing HV weight monitoring = managing the weight issue (conv 3/4)."),
     ("historical", "HOUS", "Rehoused to a flat with no damp: housing problem over.")])

# Z004 - asthma poorly managed, preventer not given, WNB clinic, parental alcohol, DA
case("Z004", "Whinbarrow", "2025-01-22", "2025-07-15")
box("A", "green",
    "Jordan (8) - 2 A&E attendances with asthma since Sept and one overnight admission to Ward 4 in Dec. SN found his "
    "school inhaler out of date and no spacer in school. Brown preventer not being given at home, mum Kerry says "
    "'he doesn't need it when he's well'. Both parents smoke in the house.",
    ["PH"],
    [("not-coded", "SUB", "Parents smoking tobacco indoors is not SUB (conv 12)."),
     ("convention", "SAFE-NEG", "Medication not given is coded PH; no hygiene/home conditions/food/supervision described, so no SAFE-NEG.")])
box("A", "yellow",
    "Attendence 86.4%, absences mostly coded 'chest' or 'tired'. Kerry says he coughs most nights and wakes her up. "
    "EHW to draw up an asthma action plan with Kerry and school.",
    ["EDU-ATT", "PH"],
    [])
box("A", "orange",
    "3 missed appts at the paediatric asthma clinic, consultant has written to GP re WNB. Dad Craig drinking most days "
    "- Kerry estimates 8-10 cans a night - and gets nasty with her when he's drunk, she says she is scared of him some "
    "nights. Police attended 24/1 after a neighbour reported shouting, DASH medium. Craig offered Inward House alcohol "
    "service, he declined.",
    ["PH", "SUB", "DA"],
    [("convention", "CRIME", "Police attending a DA incident between the parents is DA only (conv 7)."),
     ("convention", "SUB", "Declining the alcohol service does not negate the drinking, which is described as current.")])
box("C", "yellow",
    "Jordan on his preventer twice a day, Kerry keeps it next to the kettle so she doesn't forget. Clinic attended 11/6 "
    "and his asthma plan is in school. Craig started at Inward House in April, 4 sessions so far. Kerry now smokes in "
    "the yard only. No further police call outs since Jan.",
    ["PH", "SUB"],
    [("convention", "SUB", "Attending an alcohol service = ongoing service codes SUB (conv 4)."),
     ("not-coded", "SUB", "Smoking in the yard is tobacco, not SUB (conv 12)."),
     ("historical", "DA", "'No further police call outs since Jan': nothing current about DA is described.")])

# Z005 - head lice, hygiene, daytime wetting at school age, fuel debt
case("Z005", "Pellam Docks", "2025-10-06", "2026-03-24")
box("A", "green",
    "SN: all 3 girls (Skye 9, Paige 7, Lacey 5) have had live head lice on and off since Sept, Paige has sores on her "
    "neck and scalp from scratching. Uniforms often grubby and Skye told staff there is no hot water at home for baths. "
    "Lacey still having wetting accidents most days in reception.",
    ["SAFE-NEG", "PH"],
    [("convention", "SAFE-NEG", "Persistent head lice, grubby uniforms and no hot water = hygiene/home conditions (SAFE-NEG)."),
     ("convention", "PH", "Scalp sores are a physical health consequence (PH); Lacey (5) is school age, so wetting is PH not EYD (conv 9).")])
box("A", "yellow",
    "Mum Chantelle on UC, gas + elec on prepay and she is self disconnecting a few days most months, owes £600 on the "
    "gas meter (debt recovery at £10/wk). Used the Harbour Larder food bank twice since Sept. Referred to Citizens "
    "Advice Marrowby and the Warm Homes grant.",
    ["FIN"],
    [("convention", "SAFE-NEG", "Food bank and self-disconnection are FIN; no hungry child or empty fridge described (conv 10).")])
box("C", "yellow",
    "Citizens Advice got £480 of the gas debt written off through the supplier's hardship fund, Chantelle paying £5 a "
    "week on the rest. Boiler fixed by the Warm Homes grant so there's hot water now. Girls clear of lice at the last 2 "
    "checks and SN has closed. Lacey dry in the day since Xmas.",
    ["FIN"],
    [("convention", "FIN", "Remaining gas debt being repaid is a current debt."),
     ("historical", "SAFE-NEG", "Lice clear, SN closed, hot water restored: over."),
     ("historical", "PH", "'Lacey dry in the day since Xmas': over.")])

# Z006 - temporary accommodation after s21, missed baby check and immunisations, PND
case("Z006", "Kestle Moss", "2025-06-02", "2025-12-10")
box("A", "orange",
    "Family placed in TA at the Sandpiper guest house (one room, 5 of them) since the s21 eviction took effect 12/5. "
    "Shannon says baby Elsie (6wks) missed her 6-8 week check and the twins Freddie & Lola (2) never had their 1 year "
    "jabs, red books lost in the move. Archie (4) hasn't started the nursery place he was offered. HV visit booked.",
    ["HOUS", "PH", "EYD"],
    [("convention", "EYD", "Nursery place not taken up for a 4-year-old = EYD (conv 9)."),
     ("convention", "PH", "Missed 6-8 week baby check and missed immunisations = PH.")])
box("A", "yellow",
    "Shannon very tired and tearful, EPDS 17 at HV contact, she says she cries every day and can't see a way out. "
    "Partner Dean left when she was pregnant, no contact since. GP appt booked re PND and referral to perinatal "
    "mental health.",
    ["MH-ADULT"],
    [("historical", "REL-CONF", "Partner left, no contact since: relationship ended with no current conflict described.")])
box("C", "yellow",
    "Moved into a 3 bed council house on Ferry Lane 10/11. All 4 children caught up with jabs at the catch-up clinic. "
    "Archie started at Kestle Moss Nursery 3 days a week. Shannon on sertraline and seen monthly by the perinatal team, "
    "says she still has bad days.",
    ["MH-ADULT"],
    [("historical", "HOUS", "Rehoused into a council house: over."),
     ("historical", "PH", "Immunisations caught up: over."),
     ("not-coded", "EYD", "Archie now attending nursery: good news in a yellow box, no current need stated (conv 3).")])

# Z007 - severe eczema, missed dermatology, young carer for mum with MS
case("Z007", "Whinbarrow", "2025-01-13", "2025-06-30")
box("A", "green",
    "Harvey (11) eczema flaring over both arms and behind his knees, skin cracked and weeping, sent home twice this term "
    "as infected. Derm clinic appts at Marrowby General missed in Oct and Dec. Emollients not being used regularly, mum "
    "Gemma says they run out and she can't always get to the chemist.",
    ["PH"],
    [])
box("A", "yellow",
    "Gemma has MS, uses a wheelchair when out, gets PIP. Harvey does a lot at home - makes tea most nights, helps mum "
    "with her tablets and compression stockings, does the shop on his way home. Attendance 89%, he stays off when mum "
    "has a bad day. Referred to Marrowby Young Carers.",
    ["PH", "CARER", "EDU-ATT"],
    [("convention", "FIN", "PIP named with no money problem: not FIN (conv 5)."),
     ("convention", "PH", "PH is coded for mum's MS (physical health of anyone in the family), not from PIP.")])
note("A", "2025-02-05", "yellow",
     "Call from SN - Harvey's skin is much worse this week, he won't take his jumper off in PE and has been crying in the "
     "toilets, says boys in his class call him 'lizard skin' and he feels 'disgusting'. SN to ask GP to re-refer to derm. "
     "EHW to ring Gemma tomorrow.",
     ["PH", "SAFE-EXP", "MH-CHILD"],
     [("convention", "", "Unboxed: SN/GP are green cues, EHW is a yellow cue -> yellow (conv 2)."),
      ("outside", "SAFE-EXP", "Peers calling him names = bullying of the child (SAFE-EXP)."),
      ("convention", "MH-CHILD", "Crying in the toilets and feeling 'disgusting' = emotional wellbeing.")])
box("C", "yellow",
    "Harvey seen in derm clinic 4/4, now on wet wraps and a stronger steroid cream, skin much better. Prescriptions now "
    "delivered so the creams don't run out. Goes to Young Carers group on Weds. ASC have increased Gemma's care package "
    "for her MS to 2 calls a day so Harvey has less to do.",
    ["PH", "CARER"],
    [("convention", "CARER", "Still attending Young Carers and doing some caring: ongoing (conv 4).")])

# Z008 - type 1 diabetes, DKA, self-harm, CAMHS, conflict with dad
case("Z008", "Harrowsands", "2025-04-02", "2025-10-21")
box("A", "orange",
    "Ellie (14) T1 diabetic, 3 admissions with DKA since Sept, HbA1c 97. Diabetes specialist nurse thinks she is "
    "skipping insulin. Ellie told the school nurse she has been cutting the tops of her legs, CAMHS referral made and "
    "accepted 2/4. Dad Martin works 12 hr shifts at the port.",
    ["PH", "MH-CHILD"],
    [("convention", "FIN", "Dad working 12 hr shifts is not FIN (conv 5).")])
box("A", "yellow",
    "Ellie and Martin argue most nights about her blood sugars, he has taken her phone and she slammed the door on his "
    "hand last week. Attendance 78%, mostly missed mornings.",
    ["REL-PAR", "EDU-ATT"],
    [("convention", "DA", "Child-to-parent violence and parent-child arguments are REL-PAR, not DA or REL-CONF (conv 8).")])
box("C", "orange",
    "Ellie still open to CAMHS, seen fortnightly, last self harm 3 weeks ago. Now doing her own injections and carb "
    "counting with the Libre sensor, Martin gets the alerts on his phone. HbA1c down to 71. Attendance this half term 95%.",
    ["MH-CHILD", "PH"],
    [("convention", "MH-CHILD", "'Still open to CAMHS' codes MH-CHILD (conv 4)."),
     ("not-coded", "EDU-ATT", "95% attendance stated as good news with no need in this text (conv 1, conv 3).")])

# ---------------------------------------------------------------------------
# Batch 2: Z009-Z016
# ---------------------------------------------------------------------------

# Z009 - severe dental neglect, CP plans, heroin use, toddler not at nursery
case("Z009", "Pellam Docks", "2025-06-19", "2025-12-03")
box("A", "red",
    "Strategy meeting 19/6 after CDS referral: Connor (6) needed 8 teeth out under GA, in pain for months, 5 dental "
    "appts not brought. Lily (3) also has visible decay. Home conditions poor - dog mess on the floors, no bedding on "
    "the kids beds, hardly any food in the cupboards. Mum Jade using heroin, not engaging with Inward House. "
    "s47 - ICPC 10/7, both children on CP plans (neglect).",
    ["PH", "SAFE-NEG", "SUB"],
    [("convention", "SAFE-NEG", "Dog mess, no bedding and little food in the cupboards = home conditions/food (SAFE-NEG, conv 10)."),
     ("convention", "PH", "Untreated decay and WNB dental appointments = PH.")])
box("A", "orange",
    "Lily (3) not attending nursery, only using single words. HV unable to complete her 2 yr review after 3 no access "
    "visits.",
    ["EYD"],
    [("convention", "PH", "Missed 2-year HV development review is a development check (EYD), not a missed medical appointment (PH).")])
box("C", "red",
    "CP plan continues under neglect though home conditions better at the last 3 unannounced visits, beds made up and "
    "food in. Jade on a methadone script with Inward House, tests clear for heroin. Connor's follow-up at CDS attended. "
    "Lily started at Little Acorns 15 hrs, SALT referral done.",
    ["SAFE-NEG", "SUB", "PH", "EYD"],
    [("convention", "SAFE-NEG", "CP plan continuing under the neglect category: neglect is still a current concern although improved."),
     ("convention", "SUB", "Methadone script = ongoing treatment codes SUB even with clear tests (conv 4)."),
     ("convention", "EYD", "SALT referral for a 3-year-old = speech, EYD (conv 9).")])

# Z010 - restricted eating, constipation, ASD pathway, parent with LD, missed appts, arrears
case("Z010", "Kestle Moss", "2025-09-15", "2026-03-05")
box("A", "green",
    "Finn (6) only eats 4 foods (plain pasta, crisps, one yoghurt and custard creams), weight on the 2nd centile. Still "
    "in pull ups at school, chronic constipation on Movicol. Community paed has put him on the ASD pathway and the SENCO "
    "has him on SEN support.",
    ["PH", "EDU-SEND"],
    [("convention", "EYD", "Toileting at 6 (school age) is PH, not EYD (conv 9)."),
     ("convention", "EDU-SEND", "On the ASD pathway / SEN support = EDU-SEND (conv 4).")])
box("A", "yellow",
    "Mum Claire has a learning disability and finds letters hard, 2 paeds appts and the dietitian appt missed as she "
    "didn't understand them. Dad Lee lost his job at the caravan park in Oct, rent arrears now £1,100 and the HA has "
    "written to them. EHW to go through post with Claire each week.",
    ["PH", "FIN"],
    [("not-coded", "HOUS", "Rent arrears and a letter from the HA, but no notice or risk of losing the home stated: FIN only.")])
box("C", "green",
    "Finn diagnosed autistic 14/1, school applying for an EHCP assessment. Trying 2 new foods from the dietitian's list, "
    "weight holding on 2nd centile. Lee started work at the Co-op warehouse in Jan and they are paying £50/month extra "
    "off the arrears.",
    ["EDU-SEND", "PH", "FIN"],
    [("convention", "FIN", "Worklessness over, but arrears still being paid off = 'now managing' (conv 3).")])

# Z011 - NEET 16-year-old, obesity and pre-diabetes, anxiety, council tax arrears
case("Z011", "Whinbarrow", "2025-02-24", "2025-09-01")
box("A", "yellow",
    "Reece (16) dropped out of Marrowby College in Nov, not in education, work or training since. Sleeps in the day and "
    "games through the night. GP says BMI 42 and his HbA1c is in the pre-diabetes range, repeat bloods not done. Reece "
    "says he gets panicky and his heart races if he has to leave the house.",
    ["EDU-NEET", "PH", "MH-CHILD"],
    [("convention", "FIN", "A 16+ NEET young person is EDU-NEET only; no FIN from that (conv 11).")])
box("A", "green",
    "Mum Tracy has chronic back pain and hasn't worked since 2022, on ESA. Council tax summons for £740 recieved in Jan. "
    "Reece's older brother lives in Preston and is on probation - not part of the household.",
    ["PH", "FIN"],
    [("convention", "FIN", "FIN from the council tax summons and adult worklessness, not from ESA alone (conv 5, 11)."),
     ("outside", "CRIME", "Brother on probation lives elsewhere: outside the household (conv 6).")])
box("C", "yellow",
    "Reece goes to the Launchpad group at the Tidelines centre 2 mornings a week (for young people not in EET) and his "
    "PA is helping him apply for a college course in Sept. Bloods done - referred on to the adolescent weight clinic. "
    "Tracy has a payment plan with the council, £30 a month.",
    ["EDU-NEET", "PH", "FIN"],
    [("convention", "EDU-NEET", "Still not in EET - on a re-engagement group and applying for college: NEET need current."),
     ("convention", "FIN", "Council tax arrears still being repaid.")])

# Z012 - infant with no immunisations, coercive control, MARAC
case("Z012", "Harrowsands", "2025-07-08", "2026-01-20")
box("A", "orange",
    "HV 16 wk contact: Theo (4m) has had none of his primary immunisations. Sophie says her partner Jack won't let her "
    "take the pram out without him, checks her phone and takes her bank card. DASH high risk, MARAC 3/7, IDVA allocated.",
    ["PH", "DA"],
    [("convention", "FIN", "Partner taking her bank card is financial control within the abuse: DA only, no money problem stated.")])
box("A", "green",
    "Theo feeding well, on the 50th centile and meeting his milestones. Sophie says she wants to go back to work in the "
    "new year and if she can't sort childcare she might struggle with the rent.",
    [],
    [("not-coded", "EYD", "Pure good news about feeding and milestones: not coded (conv 3)."),
     ("hypothetical", "FIN", "'if she can't sort childcare she might struggle with the rent': hypothetical.")])
box("C", "yellow",
    "Jack moved out in Aug and there is a non-mol in place. Sophie doing the Freedom Programme at Tidelines on Mondays. "
    "Theo has had 2 of his 3 catch-up jabs at the GP, last one booked.",
    ["DA", "PH"],
    [("convention", "DA", "Freedom Programme and a non-mol in place = current DA work (conv 4)."),
     ("convention", "PH", "Immunisation catch-up not yet complete.")])

# Z013 - enuresis and soiling, acrimonious separation, child anxiety
case("Z013", "Pellam Docks", "2025-11-03", "2026-04-28")
box("A", "green",
    "Amelia (8) wetting the bed most nights and has soiled at school 4 times since Sept. School nurse starting enuresis "
    "assessment, GP ruled out a UTI.",
    ["PH"],
    [("convention", "EYD", "Bedwetting at school age is PH (conv 9).")])
box("A", "yellow",
    "Parents Nathan and Kirsty seperated over the summer, contact is a constant battle, they argue at handovers in front "
    "of Amelia and both have been to solicitors. Amelia anxious and clingy on Fridays before going to dad's and asks "
    "teachers who is picking her up. No DA disclosed by either parent.",
    ["REL-CONF", "MH-CHILD"],
    [("negated", "DA", "'No DA disclosed by either parent': negated; arguments between parents are REL-CONF (conv 8).")])
box("C", "yellow",
    "Parents completed 4 sessions at Coastline Family Mediation, handovers now done at school so they don't see each "
    "other, though still some arguing over text. Amelia dry 5 nights out of 7 with the alarm, SN reviewing monthly.",
    ["REL-CONF", "PH"],
    [("convention", "REL-CONF", "Mediation completed but arguing still going on: present.")])

# Z014 - epilepsy, morning medication missed, sibling young carer
case("Z014", "Kestle Moss", "2025-03-03", "2025-08-26")
box("A", "green",
    "Mason (9) epilepsy, on Keppra twice a day. School have called an ambulance twice since Jan after seizures in class, "
    "both times Stacey said the morning tablets were missed. Neurology letter says 2 appts were not brought. His drug "
    "chart at school hasn't been updated since 2023.",
    ["PH"],
    [("not-coded", "SUB", "'drug chart' is prescribed epilepsy medication, not substance use.")])
box("A", "yellow",
    "Stacey starts at the bakery at 5am so mornings are chaos, Logan (15) is supposed to give Mason his tablets and get "
    "him to school but often forgets or they both end up late for school. Logan also does Mason's bedtime and stays up "
    "with him after a seizure. Stacey's mum used to help but is now in a care home in Preston with dementia.",
    ["CARER", "REL-PAR", "EDU-ATT", "PH"],
    [("convention", "CARER", "A 15-year-old giving medication and doing bedtimes for a sibling = young carer."),
     ("convention", "REL-PAR", "Chaotic mornings with tablets and school run left to a sibling = routines (REL-PAR); lateness = EDU-ATT."),
     ("outside", "PH", "Grandmother's dementia: outside the household, not coded; PH is for Mason's seizures."),
     ("convention", "FIN", "Early shifts are not FIN (conv 5).")])
box("C", "green",
    "Mason's tablets in a dosette box, Stacey gives the morning dose before work and SN keeps a spare supply and an "
    "updated care plan in school. No seizures since June. Neurology 15/7 attended. Logan goes to Young Carers on Tuesdays.",
    ["PH", "CARER"],
    [("convention", "PH", "Epilepsy being managed with medication and a care plan (conv 3)."),
     ("convention", "CARER", "Attending Young Carers = ongoing service (conv 4).")])

# Z015 - restrictive eating, CAMHS eating disorder team, overcrowding
case("Z015", "Whinbarrow", "2025-09-10", "2026-02-18")
box("A", "orange",
    "Poppy (15) has lost 7kg in 3 months, BMI 15.8 and periods have stopped. GP urgent referral to the CAMHS eating "
    "disorder team, seen 12/9, weekly weigh-ins. School say she skips lunch and spends lunchtimes running laps of the field.",
    ["PH", "MH-CHILD"],
    [])
box("A", "yellow",
    "Family of 6 in a 2 bed terrace, Poppy shares a bedroom with her 3 younger sisters and has nowhere to do homework. "
    "On the housing register (band C), no bids successful yet.",
    ["HOUS"],
    [])
box("C", "orange",
    "Poppy still open to CAMHS ED team, weight slowly going up (BMI 17.1), periods not returned. Family still in the "
    "2 bed, Poppy revises at her nan's.",
    ["MH-CHILD", "PH", "HOUS"],
    [("convention", "HOUS", "'Family still in the 2 bed': overcrowding continues.")])

# Z016 - glue ear, hearing aids not worn, missed audiology, speech at school age, maternal depression
case("Z016", "Harrowsands", "2025-05-12", "2025-11-04")
box("A", "green",
    "Ava (5) in Reception, glue ear both sides, fitted with hearing aids in March but she isn't wearing them at home or "
    "school, mum says they keep getting lost. 3 audiology reviews missed. Class teacher worried about her speech, SENCO "
    "has referred to SALT. Head lice letter went round her class last week, mum checked Ava and she was clear.",
    ["PH", "EDU-SEND"],
    [("convention", "EYD", "Speech for a school-age child (Reception) is EDU-SEND, not EYD (conv 9)."),
     ("negated", "SAFE-NEG", "Head lice in the class, Ava checked and clear: negated / outside.")])
box("A", "yellow",
    "Mum Nicole has 4 kids under 7 and no car, the hospital is 2 buses away. She says she has 'given up' and feels like "
    "she's drowning, GP has started her on antidepressants. Ava's dad pays maintenance and has her alternate weekends, "
    "no issues there.",
    ["MH-ADULT"],
    [("not-coded", "FIN", "No car is not in itself a money problem."),
     ("negated", "REL-CONF", "Contact with Ava's dad: 'no issues there'.")])
box("C", "green",
    "Ava wearing her aids in school, teacher keeps them in a box in class overnight. Now on SALT caseload for 6 months. "
    "Nicole still on her meds, says she is 'more like herself', a friend from church drives them to audiology.",
    ["PH", "EDU-SEND", "MH-ADULT"],
    [("convention", "MH-ADULT", "Still on antidepressants = ongoing treatment (conv 4), green 'now managing'.")])

# ---------------------------------------------------------------------------
# Batch 3: Z017-Z024
# ---------------------------------------------------------------------------

# Z017 - asthma, vaping and cannabis, suspension, community resolution, overdue dentist
case("Z017", "Pellam Docks", "2025-10-14", "2026-04-07")
box("A", "orange",
    "Brandon (14) asthmatic, vaping heavily and smoking cannabis most weekends. Found with a bag of weed in his blazer at "
    "school, police attended and he got a community resolution. 3 day suspension in Oct. SN says his peak flow is poor "
    "and he has stopped using his preventer.",
    ["PH", "SUB", "CRIME", "EDU-EXC"],
    [("not-coded", "SUB", "Vaping is not SUB (conv 12); SUB is for his cannabis use."),
     ("convention", "CRIME", "Police attending about a young person's behaviour + community resolution = CRIME (conv 7); not exploitation, so conv 12 does not apply.")])
box("A", "green",
    "Mum Lisa says Brandon refuses to go to the asthma nurse at the GP and hasn't seen a dentist for over 2 yrs.",
    ["PH"],
    [])
box("C", "yellow",
    "Brandon engaging with Compass (young people's drug and alcohol service), says he is down to a joint once a week. "
    "Still vapes. Went to his asthma review and had 2 fillings done at the dentist.",
    ["SUB", "PH"],
    [("convention", "SUB", "Still using once a week and open to a drug service (conv 4)."),
     ("convention", "PH", "Asthma under review is a current condition.")])

# Z018 - baby-bottle decay, speech delay under 5, worklessness, arguments about money
case("Z018", "Kestle Moss", "2025-04-22", "2025-10-28")
box("A", "green",
    "HV: Lacey-Mai (3) still has a bottle of blackcurrant squash to go to sleep, front teeth brown and chipped. Not "
    "registered with a dentist. Speech hard to understand, ASQ below the cut off for communication.",
    ["PH", "EYD"],
    [("convention", "EYD", "Speech delay in an under-5 = EYD (conv 9).")])
box("A", "yellow",
    "Dad Ryan out of work since the chippy closed in Feb, family living on Kayleigh's part time wage and UC, they have "
    "had 2 food parcels from St Peter's this month. Kayleigh says they argue about money all the time and are 'hanging "
    "by a thread'.",
    ["FIN", "REL-CONF"],
    [("convention", "REL-CONF", "Arguments between the parents with no abuse described = REL-CONF (conv 8)."),
     ("convention", "SAFE-NEG", "Food parcels = FIN; no hungry child described (conv 10).")])
box("C", "green",
    "Lacey-Mai had 6 teeth out at Marrowby General 21/8, CDS reviewing every 3 months. Water only in a free flow cup at "
    "bedtime now. Started at Pebbles preschool in Sept, speech still behind and they are doing WellComm with her. "
    "Ryan still looking for work, has an interview at the Pleasure Beach next week.",
    ["PH", "EYD", "FIN"],
    [("convention", "FIN", "Father still out of work = household worklessness, current."),
     ("convention", "PH", "Three-monthly CDS reviews = ongoing dental care.")])

# Z019 - cerebral palsy, gastrostomy feeds not given, CIN plan, maternal alcohol, unsuitable flat
case("Z019", "Whinbarrow", "2025-08-11", "2026-02-02")
box("A", "red",
    "Lewis (4) has cerebral palsy and is gastrostomy fed. Dietitian says his weight has dropped from the 25th to the 2nd "
    "centile, feeds not being given as per plan, stoma site infected. 4 hospital appts missed inc orthopaedics. Strategy "
    "meeting 6/8, s47 outcome - child in need plan.",
    ["PH", "SAFE-NEG"],
    [("convention", "SAFE-NEG", "Feeds not given = a child not being fed (basic care/food), SAFE-NEG as well as PH (conv 10 read across).")])
box("A", "orange",
    "Mum Hayley drinking daily and has been seen drunk at nursery pick up; she did a detox with Inward House in 2022. "
    "They live in a 1st floor flat and Hayley carries Lewis and his chair up 2 flights, OT says the property is "
    "unsuitable and housing priority has been requested.",
    ["SUB", "HOUS"],
    [("historical", "SUB", "The 2022 detox is historical, but current daily drinking makes SUB present."),
     ("convention", "HOUS", "Property unsuitable for a disabled child = housing need.")])
box("C", "red",
    "CIN plan continues. Community children's nurses now do the lunchtime feed at nursery and Hayley uses a feed chart at "
    "home, weight back up to the 9th centile. Hayley back at Inward House, says she is 'cutting down'. Still in the 1st "
    "floor flat, offered a ground floor adapted bungalow, moving 4/3.",
    ["PH", "SUB", "HOUS"],
    [("not-coded", "SAFE-NEG", "Feeds now being given; the CIN plan's reason is not stated, so no neglect is coded from it (conv 1)."),
     ("convention", "HOUS", "Still living in the unsuitable flat until the move: present.")])

# Z020 - headaches, eyesight, missed HPV, low-level (blue/green)
case("Z020", "Harrowsands", "2025-01-28", "2025-06-17")
box("A", "green",
    "SN: Chloe (12) having headaches most days and squints at the board, failed the vision screen in school and mum "
    "hadn't taken her for an eye test. Has missed 9 days this yr with headaches. Also missed her HPV jab in school as "
    "the consent form never came back.",
    ["PH", "EDU-ATT"],
    [("convention", "EDU-ATT", "9 days missed through headaches is an attendance concern even though health-related."),
     ("convention", "PH", "Failed vision screen not followed up and missed HPV jab = PH.")])
box("A", "blue",
    "Mum Rachel given info on free NHS eye tests for under 16s, she will book Chloe in this week as the headaches are "
    "still happening. Rachel has returned the HPV consent and Chloe is on the catch-up list.",
    ["PH"],
    [("convention", "PH", "Blue box: headaches 'still happening' and the family acting on signposting = present (conv 3).")])
box("C", "blue",
    "Chloe has glasses now and wears them for school, headaches much less but still gets one at the end of the week "
    "sometimes. HPV done at the catch-up.",
    ["PH"],
    [("historical", "PH", "HPV jab done = over; PH stays for the ongoing headaches/glasses.")])
note("C", "2025-07-01", "blue",
     "Rachel rang - Chloe's headaches are back on Friday evenings, Rachel thinks it's her phone and is going to keep a "
     "headache diary and take the phone off her at 9pm herself. Nothing else she needs from us.",
     ["PH"],
     [("convention", "", "Unboxed, no service named; family acting itself -> blue (conv 2)."),
      ("not-coded", "REL-PAR", "Mum setting a phone limit is ordinary parenting, no parenting difficulty described.")])

# Z021 - CSE risk, missing episodes, STI, part-time timetable, suspensions
case("Z021", "Pellam Docks", "2025-10-20", "2026-04-14")
box("A", "orange",
    "Tia (15) missing from home 3 times in Oct, found by police in a flat in Blackpool with older men. Sexual health "
    "nurse says she has been treated for chlamydia and Tia has said she doesn't always know who she was with. CE "
    "screening tool - significant risk, going to CE panel 14/11.",
    ["SAFE-EXP", "PH"],
    [("convention", "CRIME", "Police finding a missing child is safeguarding, not CRIME (conv 7)."),
     ("outside", "SAFE-EXP", "Older men are outside the household; their effect on Tia is SAFE-EXP (conv 6).")])
box("A", "yellow",
    "On a part time timetable at Sandgate High (mornings only) since Sept after 2 suspensions for swearing at staff. "
    "Mum Dawn says she can't get Tia to come in at night and has stopped trying, they row constantly.",
    ["EDU-ATT", "EDU-EXC", "REL-PAR"],
    [("convention", "REL-PAR", "Parent-child rows and no boundaries at night = REL-PAR (conv 8).")])
note("A", "2025-10-30", "red",
     "Tia missing again overnight, Dawn reported at 11pm, police found her at 4am at the bus station in town. Return home "
     "interview booked with Harbour Project. Strategy meeting being held tomorrow.",
     ["SAFE-EXP"],
     [("convention", "", "Unboxed: strategy meeting is a red cue and outranks police (orange) -> red (conv 2)."),
      ("convention", "CRIME", "Police finding a missing child is not CRIME (conv 7).")])
box("C", "orange",
    "No missing episodes since January. Tia still seeing her Harbour Project CE worker every week. Back on a full "
    "timetable since Feb half term. Sexual health follow up test clear and she has the implant.",
    ["SAFE-EXP"],
    [("convention", "SAFE-EXP", "Still open to the CE service (conv 4) though missing episodes have stopped."),
     ("historical", "EDU-ATT", "Back on full timetable: over."),
     ("historical", "PH", "Test clear: the infection is over; contraception is not an illness.")])

# Z022 - soiling, hunger and unwashed clothes, lone father on nights, nursery not taken up
case("Z022", "Kestle Moss", "2025-11-17", "2026-05-12")
box("A", "green",
    "Jake (7) soiling at school most days and the other kids have started moving away from him. SN says his clothes are "
    "often the same all week and he arrives hungry, breakfast club staff give him toast.",
    ["PH", "SAFE-NEG"],
    [("convention", "SAFE-NEG", "Hungry child and same clothes all week = basic care/hygiene (conv 10)."),
     ("not-coded", "SAFE-EXP", "Peers moving away from him is not described as bullying.")])
box("A", "yellow",
    "Dad Sean on his own with Jake and Ella (3) since mum left in 2024, works nights at the frozen food factory. Jake's "
    "nan used to have them but she's moved to Spain. Sean says there's no time to shop or get the washing done. Ella's "
    "funded nursery place hasn't been taken up. EHW allocated.",
    ["SAFE-NEG", "EYD"],
    [("historical", "REL-CONF", "Mum left in 2024; no current conflict described."),
     ("convention", "FIN", "Night work is not FIN (conv 5)."),
     ("outside", "", "Nan in Spain is outside the household.")])
box("C", "blue",
    "Sean's sister helps with a weekly shop on Saturdays and he has a washing rota, says he's 'on top of' the kids' "
    "clothes and food now. Jake's soiling much better on Movicol.",
    ["SAFE-NEG", "PH"],
    [("convention", "SAFE-NEG", "Blue box: dad now managing food and clean clothes with his own network = present (conv 3)."),
     ("convention", "PH", "Soiling better but still on treatment (conv 3/4).")])

# Z023 - measles outbreak, unvaccinated children
case("Z023", "Whinbarrow", "2025-03-10", "2025-08-19")
box("A", "green",
    "Measles cases at St Aldhelm's. None of the 4 children (2-10 yrs) have had MMR, parents say they don't agree with "
    "vaccines. Oscar (6) was admitted with measles and pneumonia for 5 days last month and still has a cough. SN and GP "
    "have both talked through the risks, parents still declining for now. If there's another case in Oscar's class the "
    "unvaccinated children may be asked to stay off.",
    ["PH"],
    [("convention", "PH", "Unvaccinated children with parents declining = immunisation issue, present."),
     ("hypothetical", "EDU-ATT", "'If there's another case ... may be asked to stay off': hypothetical.")])
box("C", "green",
    "Parents agreed to MMR after seeing the practice nurse, all 4 have now had both doses at the catch-up clinic. "
    "Oscar fully recovered. Dad (self employed) lost 2 weeks work when Oscar was in hospital but says they're fine now.",
    [],
    [("historical", "PH", "Immunisations completed and Oscar recovered: over."),
     ("historical", "FIN", "Lost work in the past, 'fine now': no current money problem.")])

# Z024 - neonatal withdrawal, CP plan then PLO, no cot, fuel poverty, father on licence
case("Z024", "Harrowsands", "2025-08-27", "2026-03-11")
box("A", "red",
    "Baby Rio (7 wks) born at 36 wks, treated for withdrawal on the neonatal unit as mum Kirsty used street methadone "
    "and diazepam in pregnancy. Pre-birth ICPC, on a CP plan. Kirsty now on a prescribed script with Inward House. Slow "
    "weight gain, HV weighing weekly. Dad Aaron on licence after a burglary conviction.",
    ["PH", "SUB", "CRIME"],
    [("convention", "SUB", "Use in pregnancy is past, but the current script codes SUB (conv 4)."),
     ("convention", "CRIME", "Adult household member on licence = CRIME (conv 7).")])
box("A", "orange",
    "No cot at the flat on Marine Rd, Rio sleeping in the pram, and the electric meter had run out at the HV visit so no "
    "heating. Kirsty says money goes on paying off Aaron's debts to 'people he owes'.",
    ["SAFE-NEG", "FIN"],
    [("convention", "SAFE-NEG", "No cot / baby sleeping in a pram = basic care/home conditions."),
     ("convention", "FIN", "Meter run out and debts = FIN.")])
box("C", "red",
    "PLO pre-proceedings started in Dec after both parents' hair strand tests came back positive for cocaine. Rio now on "
    "the 25th centile, cot and bedding provided by the Tidelines baby bank. Fuel vouchers used 3 times since Nov.",
    ["SUB", "FIN"],
    [("not-coded", "PH", "Weight now on the 25th centile: good news, no need stated in this red box."),
     ("historical", "SAFE-NEG", "Cot and bedding now provided."),
     ("convention", "FIN", "Fuel vouchers = fuel poverty (conv 10).")])

# ---------------------------------------------------------------------------
# Batch 4: Z025-Z030
# ---------------------------------------------------------------------------

# Z025 - abdominal pain with no physical cause, school avoidance, CAMHS wait, anxious mum
case("Z025", "Kestle Moss", "2025-05-19", "2025-12-01")
box("A", "orange",
    "Grace (13) attendance 41%, complains of stomach pain every morning. Paeds did bloods and a scan, no physical cause "
    "found - ?functional abdominal pain/anxiety. On the CAMHS waiting list. Mum Helen has GAD and is under her GP, keeps "
    "Grace home 'to be on the safe side'. EWO involved, attendance panel in June.",
    ["EDU-ATT", "PH", "MH-CHILD", "MH-ADULT"],
    [("convention", "PH", "Stomach pain under paediatric investigation is a current physical symptom even with no cause found."),
     ("convention", "MH-CHILD", "On the CAMHS waiting list = MH-CHILD (conv 4).")])
box("C", "yellow",
    "Grace on a phased return, 3 days a week, seen by CAMHS twice. Says the tummy pain 'comes and goes'.",
    ["EDU-ATT", "MH-CHILD", "PH"],
    [("convention", "EDU-ATT", "Phased return / 3 days a week = part-time timetable.")])

# Z026 - infant eczema, reduced hours (blue/green)
case("Z026", "Whinbarrow", "2025-07-21", "2026-01-13")
box("A", "green",
    "HV: Noah (14m) has eczema on his cheeks and behind his knees, GP prescribed emollient and 1% hydrocortisone, mum "
    "Ayesha applying it 3 times a day. If it doesn't settle GP will refer to derm.",
    ["PH"],
    [("hypothetical", "", "Dermatology referral is hypothetical; the eczema itself is present.")])
box("A", "blue",
    "Dad Imran's hours at the takeaway have been cut and money is tight. HV gave Ayesha the Healthy Start leaflet and "
    "she has applied online herself.",
    ["FIN"],
    [("convention", "FIN", "Reduced hours with 'money is tight' is a described money problem (not just working shifts, conv 5).")])
box("C", "blue",
    "Noah's skin clear most days, Ayesha knows to step up the creams when he flares.",
    ["PH"],
    [("convention", "PH", "Blue box: mum managing the eczema flares herself = present (conv 3).")])
box("C", "green",
    "N/A",
    [],
    [("not-coded", "", "Empty box.")])

# Z027 - obesity and sleep apnoea, ADHD pathway, suspensions, child-to-parent violence
case("Z027", "Pellam Docks", "2025-10-01", "2026-03-30")
box("A", "orange",
    "Kayden (9) on the ADHD pathway, 2 fixed term suspensions for hitting staff. At home he punched mum Laura and smashed "
    "the TV, Laura rang police 6/10. TAF started with school, SN and EHW.",
    ["EDU-SEND", "EDU-EXC", "REL-PAR", "CRIME"],
    [("convention", "DA", "Child-to-parent violence is REL-PAR, plus CRIME because police were called (conv 8), not DA."),
     ("convention", "EDU-SEND", "'On the ADHD pathway' = EDU-SEND (conv 4).")])
box("A", "green",
    "Kayden's weight above the 99.6th centile. Laura says he snores and stops breathing in his sleep, GP has referred to "
    "the sleep clinic. Takes food from the cupboards at night.",
    ["PH"],
    [("not-coded", "SAFE-NEG", "Taking food at night is an eating/weight behaviour; no lack of food in the home is described.")])
box("A", "yellow",
    "Laura's ex (Kayden's dad) was violent to her, she left him in 2021 and he lives in Scotland now, no contact. She "
    "worries Kayden is 'turning into him'. Booked onto Triple P Stepping Stones at Tidelines.",
    ["REL-PAR"],
    [("historical", "DA", "DA by the ex ended in 2021, no contact since: historical."),
     ("convention", "REL-PAR", "Booked on a parenting course for the child's behaviour = REL-PAR.")])
note("C", "2026-02-10", "orange",
     "Laura rang in tears, Kayden kicked her in the legs and threw a chair at the window when his xbox was taken off him. "
     "Police attended, no arrest. TAF review brought forward to next week.",
     ["REL-PAR", "CRIME"],
     [("convention", "", "Unboxed: police attendance and TAF are orange cues -> orange (conv 2)."),
      ("convention", "DA", "Child-to-parent violence: REL-PAR + CRIME (police), not DA (conv 8).")])
box("C", "orange",
    "1 further suspension in Jan, now on a managed move to Hollybank Primary. Sleep study showed mild OSA, tonsils & "
    "adenoids out 12/2. Still on the weight management clinic list.",
    ["EDU-EXC", "PH"],
    [("convention", "EDU-EXC", "Managed move = EDU-EXC.")])

# Z028 - parent sectioned (bipolar), ADHD medication not collected, young carer
case("Z028", "Whinbarrow", "2025-09-03", "2026-02-24")
box("A", "orange",
    "Mum Amy was detained under s2 in Aug after a manic episode, home now and under the CMHT. While she was in hospital "
    "Zac's (11) ADHD meds weren't collected and he went 3 weeks without them - school saw a big change in his behaviour "
    "and he was sent home twice.",
    ["MH-ADULT", "EDU-SEND", "EDU-EXC"],
    [("convention", "PH", "ADHD medication is coded with the ADHD itself (EDU-SEND, conv 4), not PH."),
     ("convention", "EDU-EXC", "Being sent home for behaviour = informal exclusion / behaviour at school."),
     ("not-coded", "", "'s2' is the Mental Health Act, not a s47/s20 children's social care cue.")])
box("A", "yellow",
    "Leah (15) does most of the cooking and makes sure mum takes her lithium, she has missed school to stay with mum on "
    "bad days. Dad works away on the rigs Mon-Fri.",
    ["CARER", "EDU-ATT", "MH-ADULT"],
    [("convention", "MH-ADULT", "Mum's lithium = ongoing mental health treatment (conv 4)."),
     ("convention", "FIN", "Dad working away is not FIN (conv 5).")])
box("C", "yellow",
    "Zac's ADHD meds now on repeat and delivered by the pharmacy. Leah referred to Marrowby Young Carers and has a mentor "
    "at school. Amy stable, still seeing her CPN every 2 weeks.",
    ["EDU-SEND", "CARER", "MH-ADULT"],
    [("convention", "MH-ADULT", "'Stable' but still seen by a CPN = ongoing service (conv 4).")])

# Z029 - fled DA to refuge, children not registered with GP/dentist, not on a school roll
case("Z029", "Harrowsands", "2025-09-04", "2026-01-29")
box("A", "orange",
    "Sarah and 3 children (Ben 10, Ollie 7, Megan 2) came into the Marrowby refuge 2/9 after fleeing DA in Bolton, MARAC "
    "referral transferred. None of the kids registered with a GP or dentist, Ben has toothache and a swollen jaw, "
    "Megan's immunisation history unknown.",
    ["DA", "HOUS", "PH"],
    [("convention", "HOUS", "Living in a refuge after fleeing = homelessness / temporary accommodation.")])
box("A", "yellow",
    "Ben and Ollie not on a school roll since leaving Bolton, applications in for Gullhaven Primary. Ollie wetting the "
    "bed every night since they left.",
    ["EDU-ATT", "PH"],
    [("convention", "EDU-ATT", "School-age children not on a school roll = missing education, coded EDU-ATT."),
     ("convention", "PH", "Bedwetting at 7 = PH (conv 9).")])
box("C", "yellow",
    "Family moved from the refuge to a 2 bed HA flat in Whinbarrow in Dec. Boys at Gullhaven since Oct. Sarah doing the "
    "Freedom Programme. All registered with Whinbarrow Medical Centre, Ben had the abscess tooth out 1/11. Ollie still "
    "wet a couple of nights a week, SN seeing him.",
    ["DA", "PH"],
    [("convention", "DA", "Freedom Programme = DA (conv 4)."),
     ("historical", "HOUS", "Rehoused from the refuge: over."),
     ("historical", "EDU-ATT", "Boys on roll and at school: over.")])

# Z030 - period poverty, heavy periods, monthly absence
case("Z030", "Kestle Moss", "2025-11-25", "2026-05-19")
box("A", "green",
    "Jess (12) off school 1-2 days every month, told SN it's when her period comes as there are no pads at home and "
    "she's embarrassed. Periods heavy and painful, SN advised GP. Mum Nina says she couldn't afford them this month as "
    "the gas bill has gone up.",
    ["EDU-ATT", "PH", "FIN"],
    [("convention", "SAFE-NEG", "No pads because mum couldn't afford them = FIN (poverty), not SAFE-NEG; no hygiene neglect described.")])
box("C", "green",
    "Jess on the pill from GP for heavy periods, attendance 96% this half term, gets free products from the SN room. "
    "Nina says if the gas goes up again she'll ring CAB.",
    ["PH"],
    [("not-coded", "EDU-ATT", "96% attendance: good news with no need stated (conv 3)."),
     ("hypothetical", "FIN", "'if the gas goes up again she'll ring CAB': hypothetical."),
     ("not-coded", "FIN", "Free period products from school are a universal scheme; no money problem stated here.")])


# ---------------------------------------------------------------------------
# Write the files
# ---------------------------------------------------------------------------

def main():
    ncols = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
             "locality", "narrative"]
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(ncols)
        for n in NARRATIVES:
            w.writerow([n[c] for c in ncols])
    gold_rows = []
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for n in NARRATIVES:
            for c in n["codes"]:
                w.writerow([n["narrative_id"], c, n["gold_level"]])
                gold_rows.append((n["narrative_id"], c, n["gold_level"]))
    traps = {n["narrative_id"]: n["traps"] for n in NARRATIVES if n["traps"]}
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8",
              newline="") as f:
        f.write(json.dumps(traps, indent=1, ensure_ascii=False).replace("\n", "\r\n"))
        f.write("\r\n")

    cases = sorted({n["case_id"] for n in NARRATIVES})
    triages = sorted({n["triage_id"] for n in NARRATIVES})
    notes = [n for n in NARRATIVES if not n["level"]]
    print("narratives: %d (boxed %d, unboxed notes %d)" % (
        len(NARRATIVES), len(NARRATIVES) - len(notes), len(notes)))
    print("cases: %d, triages: %d" % (len(cases), len(triages)))
    print("gold rows: %d" % len(gold_rows))
    print("narratives with no gold rows: %d" % sum(1 for n in NARRATIVES if not n["codes"]))
    print("narratives with trap notes: %d (%d notes)" % (
        len(traps), sum(len(v) for v in traps.values())))
    cc = Counter(c for _, c, _ in gold_rows)
    print("codes: " + ", ".join("%s %d" % (c, cc[c]) for c in CODES))
    lc = Counter(l for _, _, l in gold_rows)
    print("gold levels: " + ", ".join("%s %d" % (l, lc[l]) for l in LEVELS))
    sc = Counter(n["stage"] for n in NARRATIVES)
    print("stages: " + ", ".join("%s %d" % kv for kv in sorted(sc.items())))
    loc = Counter(n["locality"] for n in NARRATIVES)
    print("localities: " + ", ".join("%s %d" % kv for kv in sorted(loc.items())))


if __name__ == "__main__":
    main()
