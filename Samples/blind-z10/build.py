#!/usr/bin/env python3
"""Blind hand-coded gold set (rural and coastal early help), set z10.

Every narrative, its gold codes and its trap notes are written by hand below.
Running this script writes narratives.csv, gold.csv and traps.json (UTF-8, no BOM, CRLF).
Only the Python standard library is used.
"""
import csv
import json
import os

OUT = os.path.dirname(os.path.abspath(__file__))

# case_id -> (locality, assessment date, closure date)
CASE_INFO = {
    "Z001": ("Wrenmoor", "2025-04-22", "2025-10-14"),
    "Z002": ("Skelby Sands", "2025-11-10", "2026-04-16"),
    "Z003": ("Greyholm", "2025-07-08", "2026-02-19"),
    "Z004": ("Wrenmoor", "2025-10-06", "2026-03-12"),
    "Z005": ("Skelby Sands", "2025-12-01", "2026-05-21"),
    "Z006": ("Ashcombe Vale", "2025-09-24", "2026-01-29"),
    "Z007": ("Greyholm", "2025-05-16", "2025-11-27"),
    "Z008": ("Wrenmoor", "2025-07-21", "2026-02-05"),
    "Z009": ("Skelby Sands", "2025-04-03", "2025-10-09"),
    "Z010": ("Ashcombe Vale", "2025-06-11", "2026-01-15"),
    "Z011": ("Greyholm", "2025-09-30", "2026-03-04"),
    "Z012": ("Wrenmoor", "2025-02-10", "2025-09-18"),
    "Z013": ("Ashcombe Vale", "2025-06-02", "2026-01-08"),
    "Z014": ("Greyholm", "2025-11-04", "2026-04-28"),
    "Z015": ("Skelby Sands", "2026-01-20", "2026-05-28"),
    "Z016": ("Wrenmoor", "2025-07-15", "2026-01-22"),
    "Z017": ("Greyholm", "2025-03-18", "2026-01-13"),
    "Z018": ("Skelby Sands", "2025-10-20", "2026-03-26"),
    "Z019": ("Ashcombe Vale", "2025-05-07", "2025-12-03"),
    "Z020": ("Wrenmoor", "2025-03-05", "2025-11-19"),
    "Z021": ("Skelby Sands", "2025-09-15", "2026-02-24"),
    "Z022": ("Ashcombe Vale", "2025-06-25", "2025-12-10"),
    "Z023": ("Greyholm", "2025-08-12", "2026-02-10"),
    "Z024": ("Wrenmoor", "2025-10-01", "2026-04-09"),
    "Z025": ("Skelby Sands", "2025-11-18", "2026-04-22"),
    "Z026": ("Ashcombe Vale", "2025-04-29", "2026-03-18"),
    "Z027": ("Greyholm", "2025-09-22", "2026-02-26"),
}

ROWS = []   # narratives.csv rows (dicts)
GOLD = []   # (narrative_id, code, level)
TRAPS = {}  # narrative_id -> list of {kind, phrase, note}


def _add(nid, tid, cid, stage, date, level, loc, text, codes, gold_level, traps):
    ROWS.append(dict(narrative_id=nid, triage_id=tid, case_id=cid, stage=stage,
                     date=date, level=level, locality=loc, narrative=text))
    for c in codes:
        GOLD.append((nid, c, gold_level))
    if traps:
        TRAPS[nid] = [dict(kind=k, phrase=p, note=n) for (k, p, n) in traps]


def B(case, st, lvl, text, codes, traps=()):
    """A boxed narrative: st is 'A' or 'C'; every code takes the box level."""
    loc, adate, cdate = CASE_INFO[case]
    stage = "assessment" if st == "A" else "closure"
    date = adate if st == "A" else cdate
    tid = "%s-%s" % (case, st)
    _add("%s-%s" % (tid, lvl), tid, case, stage, date, lvl, loc, text, codes, lvl, traps)


def U(nid, loc, stage, date, text, gold_level, codes, traps=()):
    """An unboxed note: level column empty; gold level = highest cue in the text."""
    _add(nid, nid, nid, stage, date, "", loc, text, codes, gold_level, traps)


# ---------------------------------------------------------------- Z001
# Hill farm, father hurt when the quad bike rolled.
B("Z001", "A", "blue",
  "Gareth's brother drives up from the valley most weekends to help with the lambing and "
  "rounding up strays, and the family get a lot of support from the chapel.",
  [], [("lookalike", "rounding up strays", "sheep, not a missing child: no SAFE-EXP"),
       ("good-news", "a lot of support from the chapel", "own network, no need stated: nothing to code")])
B("Z001", "A", "green",
  "Dad (Gareth) broke his pelvis when the quad bike rolled over on the top field in March; he is "
  "still on crutches and the GP is reviewing his pain relief. Isla (7) is at Wrenmoor CE Primary, "
  "attendance 97% and school say she is settled. Her teacher would put her forward for ELSA "
  "sessions if she became upset about her dad.",
  ["PH"], [("good-news", "attendance 97%", "good attendance, no need stated: no EDU-ATT"),
           ("hypothetical", "would put her forward for ELSA", "only if she became upset: no MH-CHILD")])
B("Z001", "A", "yellow",
  "Since the accident Gareth hasn't been able to work the farm and the contractor's bills are "
  "mounting; they are three months behind on the feed merchant account and the heating oil tank "
  "ran dry for a week in April because they couldn't pay for a fill. Mum (Rhian) says she is "
  "running on empty, she is tearful most days and the GP has started her on sertraline. EHW to "
  "help with a hardship grant application to a farming charity.",
  ["FIN", "MH-ADULT"], [("lookalike", "running on empty", "a figure of speech, not the fuel issue on its own")])
B("Z001", "C", "blue",
  "Gareth is back on the quad doing light jobs and does his physio exercises every morning before "
  "feeding. Rhian says her mood is much better; she still takes the sertraline and walks with the "
  "Tuesday group from the village hall.",
  ["PH", "MH-ADULT"], [("convention", "does his physio exercises", "blue box: now managing counts as present (PH)")])

# ---------------------------------------------------------------- Z002
# Static caravan on a holiday park, out-of-season let ending.
B("Z002", "A", "orange",
  "Family of four living in a static caravan at Dunefield Holiday Park on an out-of-season let. "
  "The park shuts for February and the site manager has given them written notice to leave by "
  "31 January 2026; Housing Options have accepted a homelessness duty. The caravan has a cracked "
  "window and black mould round the frames, and Kayden (2) has had three chest infections since October.",
  ["HOUS", "PH"], [("lookalike", "cracked window", "not crack cocaine: no SUB")])
B("Z002", "A", "yellow",
  "Mum (Shannon) works zero-hours cleaning the lodges and Dad has had no work since the amusement "
  "arcade closed for the season in September. They have been to the Skelby food bank four times "
  "since October and the gas bottles for the heater cost about £40 a week. Kayden (2) isn't using "
  "his funded nursery place because there is no bus from the park into town. EHW to link the "
  "family with Citizens Advice and ask about a travel bursary.",
  ["FIN", "EYD"], [("convention", "zero-hours", "zero-hours work alone is not FIN; FIN here comes from food bank and worklessness")])
B("Z002", "C", "green",
  "Family moved out of the caravan into a two-bed housing association flat on Harbour Road in "
  "February 2026; the flat is dry and the tenancy is secure. Kayden (2) now goes to Little Shells "
  "nursery 15 hours a week and his keyworker is still doing daily talking games with him as he only "
  "has a few words.",
  ["EYD"], [("met", "the flat is dry and the tenancy is secure", "housing need now met: no HOUS")])
B("Z002", "C", "blue",
  "Shannon is paying £15 a week off the gas supplier's debt on a plan Citizens Advice helped her "
  "set up. They haven't needed the food bank since March.",
  ["FIN"], [("historical", "haven't needed the food bank since March", "food bank use is over; FIN is present from the repayment plan")])

# ---------------------------------------------------------------- Z003
# Fishing family, father's hand crushed in a winch.
B("Z003", "A", "green",
  "Jack (6) in Year 1 at Greyholm Primary has been wetting the bed most nights since Dad's accident "
  "and the school nurse has given Mum an enuresis pack. Ellie's attendance at Greyholm Academy is "
  "95% with no concerns from school.",
  ["PH"], [("convention", "wetting the bed", "bedwetting at school age is PH, not EYD"),
           ("negated", "no concerns from school", "no EDU code for Ellie")])
B("Z003", "A", "yellow",
  "Dad (Colin) crushed his right hand in the winch on the Mary Ellen in June and lost two fingers; "
  "he can't go to sea and is waiting for surgery at the county hospital, 60 miles away. Ellie (12) "
  "cuts up his food, helps him get dressed and minds Jack after school while Mum is on shift at the "
  "fish processing plant. Referred to Coastline Young Carers.",
  ["PH", "CARER"], [])
B("Z003", "C", "blue",
  "Ellie goes to the young carers' club on Thursdays and says it's the one break she gets. She still "
  "does Dad's buttons in the mornings but Mum does the rest now.",
  ["CARER"], [])
B("Z003", "C", "green",
  "Colin had his hand operation in January 2026 and goes to hand physio at the GP surgery; he is "
  "back mending pots and nets on the quay but won't go out on the boat until spring. Jack (6) is "
  "dry most nights using the alarm from the school nurse.",
  ["PH"], [("lookalike", "mending pots and nets", "lobster pots and fishing nets: no SUB, no online safety")])

# ---------------------------------------------------------------- Z004
# Upland hamlet, bus withdrawn, teenager offending, older sister NEET.
B("Z004", "A", "orange",
  "Tyler (15) attendance at Wrenmoor High is 61%. The only bus from Hollin Top was suspended in "
  "September and Mum doesn't drive, so if he misses the 7.10 he stays at home. In August he was "
  "arrested with older lads for criminal damage to a hay barn and YOS gave him a referral order. "
  "TAF plan agreed with school, YOS and the council transport team.",
  ["EDU-ATT", "CRIME"], [("lookalike", "bus from Hollin Top was suspended", "the bus, not the pupil: no EDU-EXC")])
B("Z004", "A", "yellow",
  "Chloe (17) left Ashcombe College in October when the bus fares went up and isn't working or "
  "studying; she says she'd love an apprenticeship at the vets. Mum is on UC and PIP, has no debts "
  "and budgets carefully.",
  ["EDU-NEET"], [("convention", "on UC and PIP", "benefit names alone: no FIN, no PH"),
                 ("negated", "has no debts", "no FIN"),
                 ("convention", "isn't working or studying", "16+ NEET is EDU-NEET only, no FIN")])
B("Z004", "C", "yellow",
  "Tyler now gets a council taxi to school and his attendance is up to 84% this half term, though "
  "he still misses most Mondays. He completed his referral order in February 2026 and there has "
  "been no further offending.",
  ["EDU-ATT"], [("historical", "completed his referral order in February 2026", "offending over: no CRIME")])

# ---------------------------------------------------------------- Z005
# Seafront HMO, mother drinking, daughter anxious.
B("Z005", "A", "orange",
  "Mum (Leanne) and Poppy (10) share one room in an HMO above the chip shop on the seafront, with a "
  "bathroom shared by five other adults. Police came twice in November to fights between other "
  "tenants and there have been needles left in the shared hallway. Leanne is drinking most days, "
  "is open to Seaview Recovery and takes antidepressants for depression.",
  ["HOUS", "SUB", "MH-ADULT"],
  [("outside", "fights between other tenants", "other tenants' behaviour and police visits: no CRIME"),
   ("outside", "needles left in the shared hallway", "other residents' drug use: not the family's SUB")])
B("Z005", "A", "yellow",
  "Poppy says she hates going home and feels sick with worry every morning; school describe her as "
  "anxious and withdrawn in class and have referred her to the Mental Health Support Team. She has "
  "missed 9 days this term.",
  ["MH-CHILD", "EDU-ATT"], [])
B("Z005", "C", "yellow",
  "Leanne says she has cut down to weekends only and still goes to Seaview Recovery every week. "
  "Housing have offered them a one-bed flat in Skelby but they are still in the HMO room until the "
  "move next month.",
  ["SUB", "HOUS"], [])

# ---------------------------------------------------------------- Z006
# Three generations in one farmhouse; grandad with dementia.
B("Z006", "A", "green",
  "Three generations live in the farmhouse at Lower Combe: Mum, Dad, Harry (9), Sophie (4) and "
  "Grandad Bill (81), who has vascular dementia and is seen by the memory clinic. Sophie started at "
  "the pre-school in the village hall in September and staff find her speech hard to understand; "
  "the HV has referred her to speech and language therapy.",
  ["PH", "EYD"], [("convention", "Grandad Bill (81)", "grandad lives in the household, so his illness is PH")])
B("Z006", "A", "yellow",
  "Harry sits with Grandad while Mum and Dad are out at milking, makes him cups of tea and stops him "
  "wandering off down the lane. The head of the two-class village school says Harry is often late "
  "after nights when Grandad has been up and about. Referred to Ashcombe Young Carers.",
  ["CARER", "EDU-ATT"], [])
B("Z006", "C", "blue",
  "Grandad Bill now goes to the day centre in Combe St Mary three days a week and a paid carer comes "
  "in at milking times, so Harry is no longer left in charge of him. Harry stopped going to young "
  "carers in December as he said he didn't need it any more.",
  ["PH"], [("lookalike", "a paid carer comes in", "an adult paid carer is not CARER"),
           ("historical", "no longer left in charge of him", "caring role over: no CARER"),
           ("convention", "day centre", "blue box: grandad's dementia managed with a day centre is PH present")])

# ---------------------------------------------------------------- Z007
# Isolated cottage, coercive control and assault.
B("Z007", "A", "red",
  "Strategy meeting held on 14 May 2025 after Maisie (8) told her teacher that Dad had pushed Mum "
  "down the stairs; s47 enquiry under way. Mum (Kirsty) says he keeps the car keys, her phone and "
  "all the money, and with the nearest bus stop 4 miles away she has no way of getting out. Dad was "
  "arrested for the assault and bailed not to return to the cottage.",
  ["DA"], [("convention", "arrested for the assault", "partner's offence against the adult victim is DA only, not CRIME"),
           ("convention", "all the money", "economic control is part of the abuse: DA, not FIN")])
B("Z007", "A", "orange",
  "Heard at MARAC on 20 May and an IDVA from Harbour Lights has been allocated. Since the incident "
  "Maisie has started wetting the bed again and wakes screaming most nights; GP has referred her to CAMHS.",
  ["DA", "PH", "MH-CHILD"], [])
B("Z007", "C", "orange",
  "Non-molestation order granted in July. Dad breached it in September by turning up at the school "
  "gate and was arrested again. Kirsty is doing the Freedom Programme in Skelby. Maisie is still on "
  "the CAMHS waiting list and her first appointment will be a 90-minute drive away.",
  ["DA", "MH-CHILD"], [("convention", "arrested again", "breach of a non-mol order is DA only, not CRIME")])

# ---------------------------------------------------------------- Z008
# New baby on a remote farm, postnatal depression.
B("Z008", "A", "green",
  "Baby Arlo was born on 2 June 2025 and the HV did the new birth visit at the farm. Beth is "
  "breastfeeding and Arlo is gaining weight well. Beth scored high on the mood questionnaire at her "
  "6-week check and the GP has diagnosed postnatal depression and started medication.",
  ["MH-ADULT"], [("good-news", "gaining weight well", "no need stated: no PH or EYD")])
B("Z008", "A", "blue",
  "Beth is using the sleep and mood tips from the HV's leaflet and takes Arlo out in the pram along "
  "the top road every day, which she says lifts her low mood. Her mum lives in the next village and "
  "comes over twice a week.",
  ["MH-ADULT"], [("outside", "Her mum lives in the next village", "grandmother is outside the household and has no need: nothing to code")])
B("Z008", "C", "green",
  "Beth says the medication is helping and the GP reviews her every three months. Arlo (8 months) has "
  "had all his jabs and is enjoying finger foods; his 9-12 month review is booked. HV would only step "
  "up his weight checks should he drop down the centiles.",
  ["MH-ADULT"], [("good-news", "had all his jabs", "immunisations up to date: no PH"),
                 ("lookalike", "enjoying finger foods", "normal weaning, no need: no EYD"),
                 ("hypothetical", "should he drop down the centiles", "no PH")])

# ---------------------------------------------------------------- Z009
# Seaside town, county lines.
B("Z009", "A", "red",
  "Jordan (14) was found by British Transport Police at Skelby station with 20 wraps of crack cocaine "
  "and £300 in cash after being missing for three days. Strategy meeting held, s47 started and an NRM "
  "referral made; he is thought to be running drugs for a line from the city.",
  ["SAFE-EXP", "CRIME"], [("convention", "20 wraps of crack cocaine", "drugs on an exploited child: SAFE-EXP and CRIME, not SUB"),
                          ("lookalike", "£300 in cash", "not a money problem: no FIN")])
B("Z009", "A", "orange",
  "Jordan was permanently excluded from Skelby Academy in March after a fight with another pupil and "
  "is now at the PRU on a part-time timetable of 10 hours a week. Mum (Donna) says she has no control "
  "over him; he comes and goes as he likes and punched a hole in the kitchen door when she took his phone.",
  ["EDU-EXC", "EDU-ATT", "REL-PAR"], [("convention", "punched a hole in the kitchen door", "child's violence at home is REL-PAR, not DA")])
B("Z009", "C", "red",
  "Jordan is now looked after under s20 and lives with foster carers in Ashcombe, well away from the "
  "seafront. No missing episodes since he was placed on 2 September. He is still on the youth justice "
  "caseload for the possession charge.",
  ["CRIME"], [("lookalike", "foster carers", "foster carers are not CARER"),
              ("negated", "No missing episodes since", "no SAFE-EXP")])

# ---------------------------------------------------------------- Z010
# Tiny village primary, autism assessment, long trips to the child development centre.
B("Z010", "A", "green",
  "Oscar (6) goes to Little Ashcombe Primary, which has 28 pupils. The SENCO has him on SEN support "
  "for his speech and sensory needs and the school nurse has referred him to the community "
  "paediatrician for an autism assessment.",
  ["EDU-SEND"], [("convention", "his speech", "speech for a school-age child is EDU-SEND, not EYD")])
B("Z010", "A", "yellow",
  "Mum (Hannah) finds Oscar's meltdowns at home very hard; when his routine changes he bites her and "
  "hits his baby sister. She has been offered a place on the Cygnet parenting course but it runs in "
  "Skelby, 40 minutes away, and she has nobody to have the baby. Hannah says if it carries on she'll "
  "have to see the GP about her own nerves.",
  ["REL-PAR"], [("convention", "he bites her", "child-to-parent violence is REL-PAR, not DA"),
                ("hypothetical", "if it carries on she'll have to see the GP", "no MH-ADULT")])
B("Z010", "C", "yellow",
  "Oscar was diagnosed with autism in November 2025 after three trips to the child development "
  "centre at the county hospital. School have asked the local authority for an EHC needs assessment.",
  ["EDU-SEND"], [])
B("Z010", "C", "blue",
  "Hannah did the Cygnet course online and uses a picture timetable at home every day; she says "
  "Oscar's meltdowns are down to about one a week and bedtimes are calmer.",
  ["REL-PAR"], [])

# ---------------------------------------------------------------- Z011
# Harbour village, mother's anxiety, dental decay, twice-weekly bus.
B("Z011", "A", "yellow",
  "Mum (Jade) has panic attacks and rarely leaves the house. Lily (8) and Mason have not seen a "
  "dentist since 2023 and both have visible decay; the practice is in Skelby and the bus only runs on "
  "Tuesdays and Fridays. Jade says she feels excluded by the other mums at the school gate.",
  ["MH-ADULT", "PH"], [("lookalike", "feels excluded by the other mums", "not a school exclusion: no EDU-EXC")])
B("Z011", "A", "green",
  "Mason (4) started in Reception at Greyholm Primary in September and is not yet toilet trained; he "
  "wears pull-ups in class and the teacher has asked the school nurse for advice.",
  ["EYD"], [("convention", "Mason (4)", "under-5 toileting is EYD even in Reception")])
B("Z011", "C", "yellow",
  "Jade is having CBT with Talking Therapies by video call and has managed the bus to Skelby twice "
  "with the family support worker. Both children saw the dentist in January 2026; Lily had two "
  "fillings and has a follow-up in March.",
  ["MH-ADULT", "PH"], [])

# ---------------------------------------------------------------- Z012
# Oil-heated farm cottage, fuel debt, child's asthma.
B("Z012", "A", "yellow",
  "The farm cottage is heated by oil and in January the family couldn't afford a delivery; they ran "
  "a calor gas heater in the living room and all huddled in there in the evenings. Dad (Rob) is a farm "
  "worker on the minimum wage and owes £1,200 on a credit card he used for the last oil fill. Ava (9) "
  "has asthma and has been to A&E twice this winter.",
  ["FIN", "PH"], [])
B("Z012", "A", "green",
  "The practice nurse has reviewed Ava's asthma plan and school keep a spare inhaler for her. No "
  "concerns about Ava's attendance or learning.",
  ["PH"], [("negated", "No concerns about Ava's attendance", "no EDU-ATT")])
B("Z012", "C", "blue",
  "Rob has joined the village oil-buying club and pays £60 a month into a budget plan with the "
  "supplier, and he is clearing the credit card at £50 a month.",
  ["FIN"], [("convention", "clearing the credit card at £50 a month", "blue box: repaying debt is FIN present")])

# ---------------------------------------------------------------- Z013
# Farming parents separating, father in a caravan on the yard.
B("Z013", "A", "yellow",
  "Parents separated in the spring. Dad (Owen) has moved into the caravan on the yard and Mum stays in "
  "the farmhouse with the three children. They argue loudly about the farm and money in front of the "
  "children; neither parent nor the children report any violence or threats. Referred to the family "
  "mediation service.",
  ["REL-CONF"], [("negated", "neither parent nor the children report any violence", "no DA"),
                 ("lookalike", "moved into the caravan on the yard", "Dad's caravan is his own arrangement, no housing need described: no HOUS")])
B("Z013", "A", "green",
  "Freya (11) in Year 6 at Ashcombe St Peter's has become tearful and quiet since the separation, and "
  "her class teacher checks in with her every morning. Elliot (7) and Nell (3) are settled and school "
  "and pre-school have no worries about them.",
  ["MH-CHILD"], [("negated", "have no worries about them", "no codes for Elliot and Nell")])
B("Z013", "C", "blue",
  "Parents agreed a written parenting plan at mediation and hand the children over at the school "
  "gate; Owen moved into a rented cottage in the next village in December.",
  ["REL-CONF"], [("convention", "written parenting plan", "blue box: separation now managed counts as REL-CONF present")])

# ---------------------------------------------------------------- Z014
# Harbour village, 17-year-old out of work after the crab season.
B("Z014", "A", "yellow",
  "Kieran (17) lost his seasonal job on the crab boats when the season finished and hasn't been in "
  "work or college since October. He smokes cannabis every day in his bedroom and Mum (Tracey) says "
  "they row about it constantly. Referred to Wavelength, the young people's drug and alcohol service.",
  ["EDU-NEET", "SUB", "REL-PAR"], [("convention", "lost his seasonal job", "16+ NEET: EDU-NEET only, no FIN")])
B("Z014", "A", "green",
  "Tracey works in the harbour café and keeps on top of the bills herself. Kieran's sister Amber (13) "
  "is doing well at school. Tracey vapes but doesn't drink.",
  [], [("lookalike", "Tracey vapes", "vaping is not SUB"),
       ("negated", "doesn't drink", "no SUB"),
       ("good-news", "doing well at school", "no need stated")])
B("Z014", "C", "yellow",
  "Kieran started a deckhand apprenticeship through the harbour training scheme in February 2026. He "
  "still sees his Wavelength worker monthly and says he only smokes weed at weekends now.",
  ["SUB"], [("met", "started a deckhand apprenticeship", "no longer NEET: no EDU-NEET")])

# ---------------------------------------------------------------- Z015
# Winter let in a holiday cottage, section 21, seasonal worklessness.
B("Z015", "A", "orange",
  "The family rent a holiday cottage on a winter let that ends at Easter, and in January 2026 the "
  "landlord served a section 21 notice because he wants it back for summer visitors. Dad (Ryan) only "
  "works in the season at the pleasure park; he has had no work since November and they are £800 "
  "behind with the rent. Housing Options are involved.",
  ["HOUS", "FIN"], [])
B("Z015", "A", "green",
  "Both children go to Skelby Sands Infants and attend well. Alfie (6) has eczema that flares up in "
  "the winter and the GP has prescribed creams. School would only look at attendance if the family "
  "ended up in a B&B.",
  ["PH"], [("hypothetical", "would only look at attendance if", "no EDU-ATT")])
B("Z015", "C", "yellow",
  "The family went into temporary accommodation at a B&B in Skelby on 10 April 2026, all four sharing "
  "one room. The arrears on the holiday cottage were cleared with a Discretionary Housing Payment.",
  ["HOUS"], [("historical", "arrears on the holiday cottage were cleared", "no FIN")])

# ---------------------------------------------------------------- Z016
# Remote estate farmhouse, neglect, father on licence.
B("Z016", "A", "red",
  "Kacey (6) and Ben (4) have been on child protection plans under neglect since the ICPC on 3 July "
  "2025. There is dog mess on the kitchen floor, both children have head lice and wear the same "
  "clothes all week. The roof leaks into their bedroom and the estate has not repaired it. Ben has "
  "very few words and isn't going to his funded nursery place.",
  ["SAFE-NEG", "HOUS", "EYD"], [("convention", "head lice", "hygiene is SAFE-NEG, not PH")])
B("Z016", "A", "orange",
  "Dad (Darren) is on licence after a prison sentence for stealing farm machinery and reports weekly "
  "to probation in Skelby, a two-hour round trip with no car. Mum (Stacey) says she has 'a few cans' "
  "most nights to get to sleep; the social worker counted more than 30 empties by the back door.",
  ["CRIME", "SUB"], [("convention", "on licence", "an adult on licence or probation is CRIME")])
B("Z016", "C", "red",
  "CP plan continues under neglect because the children are still left on their own in the evenings "
  "when both parents go to the pub. Kitchen clean at the last three unannounced visits. Stacey is "
  "attending the Wrenmoor alcohol service and has cut down. The estate repaired the roof in October.",
  ["SAFE-NEG", "SUB"], [("historical", "repaired the roof in October", "no HOUS"),
                        ("lookalike", "go to the pub", "going to the pub is not itself SUB; SUB comes from the alcohol service")])

# ---------------------------------------------------------------- Z017
# Fishing bereavement, mother's PTSD, nan next door.
B("Z017", "A", "yellow",
  "Mum (Gemma) has PTSD since she was on the boat when her brother drowned in 2024; she gets "
  "flashbacks and won't go near the harbour. Referred to Talking Therapies. Noah (10) has become "
  "clingy and cries about his uncle, and school have put him in their bereavement group.",
  ["MH-ADULT", "MH-CHILD"], [("convention", "drowned in 2024", "the death is past but its effects are current")])
B("Z017", "A", "green",
  "Nan (Gemma's mum) lives alone in the next cottage along the harbour and has COPD; Gemma pops in "
  "every day. Gemma worries that if Nan gets worse Noah will end up looking after her. Noah's "
  "attendance at Greyholm Primary is 98%.",
  [], [("outside", "lives alone in the next cottage", "nan is outside the household: no PH"),
       ("lookalike", "Gemma pops in every day", "an adult helping her mother is not CARER"),
       ("hypothetical", "if Nan gets worse Noah will end up looking after her", "no CARER")])
B("Z017", "C", "blue",
  "Gemma finished 12 sessions of trauma-focused therapy in December 2025 and uses her grounding "
  "exercises when she has to walk past the harbour. Noah has made a memory box about his uncle with "
  "Gemma.",
  ["MH-ADULT"], [("convention", "uses her grounding exercises", "blue box: now managing counts (MH-ADULT)"),
                 ("good-news", "made a memory box", "no need stated for Noah: no MH-CHILD")])

# ---------------------------------------------------------------- Z018
# Seaside town, online grooming, self-harm.
B("Z018", "A", "orange",
  "Mia (13) had been sending images to a man she met on Snapchat who said he was 16; police are "
  "involved and her phone has been seized. Mia has been cutting her arms and is open to CAMHS. She "
  "went missing overnight once and police found her in the amusement arcade.",
  ["SAFE-EXP", "MH-CHILD"], [("convention", "police found her", "police safeguarding a missing child is not CRIME"),
                             ("outside", "a man she met on Snapchat", "the offender is outside the household; the effect is SAFE-EXP")])
B("Z018", "C", "orange",
  "There has been no further contact from the man. Mia is still open to CAMHS and has not self-harmed "
  "since January 2026.",
  ["MH-CHILD"], [("negated", "no further contact from the man", "no SAFE-EXP"),
                 ("convention", "still open to CAMHS", "ongoing CAMHS codes MH-CHILD though self-harm has stopped")])
B("Z018", "C", "blue",
  "Mum (Carly) has put parental controls on Mia's phone and they look through her apps together on "
  "Sunday evenings.",
  ["SAFE-EXP"], [])

# ---------------------------------------------------------------- Z019
# Farm worker's back injury, council tax arrears.
B("Z019", "A", "yellow",
  "Dad (Lee) hurt his back lifting bales in 2024 and hasn't worked since; he is on ESA and takes "
  "co-codamol as the GP prescribed. The family is £640 behind on council tax and has had a letter "
  "from the bailiffs.",
  ["PH", "FIN"], [("lookalike", "co-codamol as the GP prescribed", "prescribed medication: no SUB"),
                  ("lookalike", "lifting bales", "hay bales, not bail: no CRIME")])
B("Z019", "A", "green",
  "Daisy (14) and Sam (12) are both at Ashcombe High with attendance over 95%. Daisy is in the young "
  "farmers and helps with the calves at the weekends.",
  [], [("lookalike", "helps with the calves", "farm chores, not caring for a person: no CARER"),
       ("good-news", "attendance over 95%", "no need stated")])
B("Z019", "C", "green",
  "Lee's pain clinic appointment has come through and he is doing physio at the GP surgery. The "
  "council tax arrears are on a payment plan at £30 a month.",
  ["PH", "FIN"], [])

# ---------------------------------------------------------------- Z020
# Eating disorder, 75-minute drive to CAMHS.
B("Z020", "A", "orange",
  "Grace (15) has lost a lot of weight and is restricting her eating; the GP referred her to the CAMHS "
  "eating disorder team in Kendleby, a 75-minute drive each way. Mum (Sarah) gave up her job at the "
  "agricultural merchants to take her twice a week; the fuel alone is about £80 a week and they have "
  "gone into their overdraft.",
  ["MH-CHILD", "PH", "FIN"], [])
B("Z020", "A", "yellow",
  "Grace's attendance has dropped to 70% because of appointments and tiredness, and school have "
  "offered her a part-time timetable for this half term.",
  ["EDU-ATT"], [])
B("Z020", "C", "orange",
  "Grace is still with the CAMHS eating disorder team, fortnightly by video and monthly in person. "
  "Her weight is stable and she is back at school full time.",
  ["MH-CHILD"], [("met", "back at school full time", "attendance need met: no EDU-ATT"),
                 ("good-news", "Her weight is stable", "no PH")])

# ---------------------------------------------------------------- Z021
# Seafront flat, boy cautioned for ASB, suspensions, ADHD.
B("Z021", "A", "orange",
  "Police have been called three times since June about Callum (14) and his mates throwing stones at "
  "the pier windows and being abusive to staff in the arcade; he was given a youth caution in August. "
  "The upstairs neighbours have also had police round for dealing drugs.",
  ["CRIME"], [("outside", "upstairs neighbours", "neighbours' drug dealing: no SUB, no CRIME for them")])
B("Z021", "A", "yellow",
  "Callum is on report at Skelby Academy for swearing at staff and has had two suspensions this term. "
  "He was assessed for ADHD in Year 4 and did not meet the threshold.",
  ["EDU-EXC"], [("historical", "assessed for ADHD in Year 4 and did not meet the threshold", "no EDU-SEND")])
B("Z021", "C", "yellow",
  "After a second referral from school in October, Callum is now on the ADHD pathway. He goes to the "
  "boxing club at the community centre twice a week.",
  ["EDU-SEND"], [])
B("Z021", "C", "green",
  "No police call-outs since September. Callum still has a weekly session with the behaviour mentor "
  "at school and has had no more suspensions.",
  ["EDU-EXC"], [("negated", "No police call-outs since September", "no CRIME"),
                ("convention", "weekly session with the behaviour mentor", "green box: behaviour at school still being managed is EDU-EXC")])

# ---------------------------------------------------------------- Z022
# Seasonal fruit pickers in tied mobile home.
B("Z022", "A", "yellow",
  "The family came from Romania and live in a mobile home on Hartley's fruit farm, where Dad (Andrei) "
  "picks strawberries from May to October; the home goes with the job and they will have to leave "
  "when the season ends. Ioana (8) started at Ashcombe Primary in May with little English and has "
  "EAL support. Andrei says if he can't find winter work they may need the food bank.",
  ["HOUS"], [("lookalike", "EAL support", "English as an additional language is not SEND"),
             ("hypothetical", "if he can't find winter work they may need the food bank", "no FIN"),
             ("convention", "picks strawberries from May to October", "seasonal work alone is not FIN")])
B("Z022", "A", "green",
  "Ioana's brother Luca (3) isn't registered with a GP and has missed his pre-school boosters. He "
  "isn't taking up a nursery place.",
  ["PH", "EYD"], [])
B("Z022", "C", "yellow",
  "Andrei has year-round work at the packhouse and the family have rented a two-bed flat in Ashcombe "
  "since October, but his wages weren't paid for three weeks and they now owe the landlord £450.",
  ["FIN"], [("met", "rented a two-bed flat in Ashcombe", "tied-home risk is over; arrears are FIN, no eviction risk stated")])

# ---------------------------------------------------------------- Z023
# Trawlerman away for weeks, toddler's speech.
B("Z023", "A", "green",
  "Dad (Stuart) is away on the trawler for three weeks at a time. Mum (Lauren) says Archie (2) only "
  "says a handful of words; the HV did his 2-year check and referred him to the Early Language group "
  "at the children's centre.",
  ["EYD"], [])
B("Z023", "A", "blue",
  "Lauren's sister lives in the same street and has the children when Lauren needs a break. Lauren has "
  "downloaded a talking-games app the HV recommended and plays it with Archie at bathtime.",
  ["EYD"], [])
B("Z023", "C", "green",
  "Archie went to the Early Language group for 8 weeks and now has about 50 words. His nursery "
  "keyworker does a short talking session with him each day as he is still behind with his speech.",
  ["EYD"], [])

# ---------------------------------------------------------------- Z024
# Herd culled for TB, father's suicidal thoughts, daughter self-harming.
B("Z024", "A", "orange",
  "Dad (Martin) told the GP he has thought about ending his life since the herd was culled for TB in "
  "August. The farm has lost most of its income and the bank is pressing for repayments on a £40k "
  "loan. GP referred him to the crisis team, Mum has taken the shotgun out of the house and a rural "
  "support charity is involved.",
  ["MH-ADULT", "FIN"], [])
B("Z024", "A", "yellow",
  "Jess (13) has been self-harming since she found out about her dad and is waiting for the school "
  "counsellor. She misses the school bus most mornings because she is helping with the remaining "
  "stock, so she is either late or doesn't go in at all.",
  ["MH-CHILD", "EDU-ATT"], [("lookalike", "helping with the remaining stock", "farm work, not caring for a person: no CARER")])
B("Z024", "C", "yellow",
  "Martin sees the community mental health nurse monthly and says the dark thoughts have eased. The "
  "loan was restructured with help from the rural support charity and the repayments are now affordable.",
  ["MH-ADULT"], [("met", "repayments are now affordable", "money need met: no FIN")])
B("Z024", "C", "green",
  "Jess sees the school counsellor weekly and hasn't self-harmed since November; attendance is 93%.",
  ["MH-CHILD"], [("historical", "hasn't self-harmed since November", "MH-CHILD is present through the ongoing counselling")])

# ---------------------------------------------------------------- Z025
# Grandmother raising two grandchildren in a seaside flat.
B("Z025", "A", "yellow",
  "Nan (Pauline, 64) has had Ruby (9) and Kai (6) on a special guardianship order since 2023 because "
  "of their mum's heroin use; mum now lives in Bristol and has no contact. Pauline is a kinship carer "
  "on Pension Credit and is struggling with the cost of school uniform and the electric meter; she "
  "has used the food bank twice this month.",
  ["FIN"], [("outside", "their mum's heroin use", "birth mother outside the household and in the past: no SUB"),
            ("lookalike", "kinship carer", "an adult kinship carer is not CARER")])
B("Z025", "A", "green",
  "Kai (6) has seen the school nurse because he still wets the bed most nights.",
  ["PH"], [])
B("Z025", "C", "blue",
  "Pauline now gets a kinship allowance and the Household Support Fund paid for new uniform. She is "
  "paying back the £200 she borrowed from her son at £20 a week.",
  ["FIN"], [])

# ---------------------------------------------------------------- Z026
# Village cottage, new partner works away, bedtime battles.
B("Z026", "A", "yellow",
  "Mum (Zoe) lives with her new partner Aaron and her two children. She left her ex-husband in 2019 "
  "after years of domestic abuse; he lives in Scotland and there has been no contact since. Aaron "
  "works away on wind farm maintenance and Zoe struggles with Evie (10), who refuses to go to bed and "
  "screams at her when the iPad is taken away.",
  ["REL-PAR"], [("historical", "left her ex-husband in 2019 after years of domestic abuse", "ended, no contact: no DA"),
                ("convention", "screams at her", "parent-child conflict is REL-PAR")])
B("Z026", "A", "green",
  "Evie's teacher says she is falling asleep in class and comes in most days without having had "
  "breakfast; school have given her a place at breakfast club.",
  ["PH", "SAFE-NEG"], [("convention", "falling asleep in class", "sleep problem at school age is PH"),
                       ("convention", "without having had breakfast", "a hungry child is SAFE-NEG")])
B("Z026", "C", "blue",
  "Zoe sticks to the bedtime routine from the parenting course and the iPad goes in the kitchen at 8pm.",
  ["REL-PAR"], [])
B("Z026", "C", "yellow",
  "Aaron's contract ended in February 2026 and he hasn't worked since. They are two months behind "
  "with the rent on the cottage and have put in a claim for UC.",
  ["FIN"], [])

# ---------------------------------------------------------------- Z027
# Wheelchair user moving to a distant secondary; brother helps care.
B("Z027", "A", "green",
  "Leo (11) has cerebral palsy and uses a wheelchair. He has an EHCP and a one-to-one at Greyholm "
  "Primary and the physio visits school every fortnight.",
  ["PH", "EDU-SEND"], [])
B("Z027", "A", "yellow",
  "Leo has missed the first two weeks of Year 7 because his accessible transport to Kendleby Academy, "
  "14 miles away, still hasn't been agreed. He needs turning every three hours at night. Mum (Alison) "
  "calls herself a parent carer, and Leo's brother Finn (14) helps lift him into the bath and pushes "
  "his chair to the shop.",
  ["EDU-ATT", "PH", "CARER"], [("lookalike", "calls herself a parent carer", "parent carer is not CARER; CARER is from Finn")])
B("Z027", "C", "green",
  "Leo now goes to Kendleby Academy in an accessible taxi and his attendance is 97%. Finn still helps "
  "with Leo's bath at weekends and goes to the young carers' group at school.",
  ["CARER"], [("met", "attendance is 97%", "transport sorted: no EDU-ATT")])

# ---------------------------------------------------------------- unboxed notes
# Level = highest cue in the text (taxonomy convention 2).
U("ZV01", "Skelby Sands", "assessment", "2025-08-19",
  "Home visit to the HMO on Marine Parade. Paul and his son Riley (12) live in one room with a kettle "
  "and a microwave and no cooker. Paul was arrested last week for drink-driving and has lost his "
  "licence; he says he has been drinking to cope since Riley's mum died. Riley is late for school most "
  "mornings.",
  "orange", ["HOUS", "SUB", "CRIME", "EDU-ATT"],
  [("convention", "arrested last week for drink-driving", "household adult's own offence: CRIME; arrest is an orange cue")])
U("ZV02", "Wrenmoor", "closure", "2025-11-06",
  "Phone call with Mum. The young carers service still sees Amelia (11) every fortnight because she "
  "helps with her dad's stoma bags. His chemotherapy finished in March and the scans are clear.",
  "yellow", ["CARER", "PH"],
  [("historical", "chemotherapy finished in March and the scans are clear", "cancer treatment over; PH is present from the stoma care")])
U("ZV03", "Greyholm", "assessment", "2025-10-14",
  "School nurse drop-in. Ethan (13) says a group of Year 10 boys pick on him on the school bus every "
  "day and film him for TikTok. He has been saying he feels ill to avoid the bus and has missed four "
  "days this month.",
  "green", ["SAFE-EXP", "EDU-ATT"],
  [("outside", "a group of Year 10 boys", "the bullies are outside the household; the bullying is SAFE-EXP for Ethan"),
   ("lookalike", "saying he feels ill", "not an illness: no PH")])
U("ZV04", "Ashcombe Vale", "assessment", "2025-12-02",
  "Strategy meeting today after Lacey (15) said she has been meeting a 24-year-old man who buys her "
  "cigarettes and drives her to parties in Skelby. She has been missing from home twice this month. "
  "s47 enquiry to follow.",
  "red", ["SAFE-EXP"],
  [("lookalike", "buys her cigarettes", "tobacco is not SUB"),
   ("outside", "a 24-year-old man", "the adult is outside the household; the effect is SAFE-EXP")])
U("ZV05", "Wrenmoor", "closure", "2026-02-17",
  "Letter from the GP: Mum (Hayley) continues on sertraline for anxiety, last reviewed in February 2026, "
  "and says it is manageable. No concerns raised about the children.",
  "green", ["MH-ADULT"],
  [("negated", "No concerns raised about the children", "nothing to code for the children")])
U("ZV06", "Skelby Sands", "assessment", "2025-12-29",
  "A neighbour rang the police after hearing shouting from the caravan. Officers did a welfare check "
  "and found Toni and her partner arguing about money; both said there has never been any violence and "
  "officers saw no injuries, no further action. Toni says the row was over the £310 gas bill they "
  "can't pay. She would ring the police herself if it ever turned physical.",
  "orange", ["REL-CONF", "FIN"],
  [("negated", "there has never been any violence", "no DA"),
   ("hypothetical", "if it ever turned physical", "no DA"),
   ("convention", "welfare check", "police welfare check is not CRIME, but a police call-out is an orange cue")])
U("ZV07", "Greyholm", "closure", "2026-01-27",
  "TAF review. Isaac (3) has a hearing loss and wears hearing aids; his audiology checks are now done at "
  "the outreach clinic in Greyholm so none have been missed. Speech therapy carries on at nursery.",
  "orange", ["PH", "EYD"],
  [("negated", "none have been missed", "no missed appointments, but the hearing loss is PH")])
U("ZV08", "Ashcombe Vale", "assessment", "2025-10-21",
  "Gave Dad (Simon) information on how to appeal the council's transport decision after the village "
  "bus was withdrawn; he will send the appeal himself. Mollie (10) has missed 11 days since September "
  "on mornings when Simon has to leave for milking at 5am and can't take her.",
  "blue", ["EDU-ATT"],
  [("lookalike", "bus was withdrawn", "the bus, not the child: no MH-CHILD")])
U("ZV09", "Skelby Sands", "assessment", "2025-11-25",
  "Citizens Advice appointment booked for Jo about the £2,300 she owes the energy company on the "
  "holiday-let flat she rents all year; she now heats it with the log burner only. Her son Reece (17) "
  "has been out of work since the caravan park shut for the winter.",
  "yellow", ["FIN", "EDU-NEET"],
  [("convention", "Reece (17)", "a 16-17 year old out of work is EDU-NEET; FIN comes from Jo's energy debt")])
U("ZV10", "Wrenmoor", "closure", "2026-03-31",
  "Follow-up call. Mum says Tom has been in every day since the new minibus route started; no money "
  "worries and nothing from school.",
  "", [],
  [("negated", "no money worries", "no FIN"),
   ("good-news", "in every day since the new minibus route started", "no need stated: no EDU-ATT")])
U("ZV11", "Greyholm", "assessment", "2025-06-09",
  "Police call-out to the flat above the chandlery last night: Stacy's partner Dean smashed her phone "
  "and held her against the wall, and he was arrested. DASH completed, medium risk. Ella (7) and Josh "
  "(4) were in bed upstairs.",
  "orange", ["DA"],
  [("convention", "he was arrested", "partner's assault on the adult victim is DA only, not CRIME")])


# ---------------------------------------------------------------- write
def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    hdr = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
    write_csv(os.path.join(OUT, "narratives.csv"), hdr, [[r[h] for h in hdr] for r in ROWS])
    write_csv(os.path.join(OUT, "gold.csv"), ["narrative_id", "code", "level"], GOLD)
    with open(os.path.join(OUT, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(TRAPS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("narratives %d, gold rows %d, narratives with traps %d"
          % (len(ROWS), len(GOLD), len(TRAPS)))


if __name__ == "__main__":
    main()
