#!/usr/bin/env python3
"""Build blind gold set z110: families affected by imprisonment / licence / probation /
youth justice in four invented South Wales valleys towns.

Written blind from /work/shared/taxonomy.md only. Python 3 standard library only.
Writes narratives.csv, gold.csv, traps.json (UTF-8 without BOM, CRLF) and prints counts.

Each narrative is one tuple:
    (stage, level, text, [present codes], [(trap type, code, note), ...])
stage is "A" (assessment) or "C" (closure). level is the box (blue..red); for an unboxed
note it is "note:<level>", where <level> is the single highest cue in the note's text
(convention 2) and is the level given to all of that note's gold codes.
"""
import collections
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = []


def case(cid, locality, a_date, c_date, *items):
    CASES.append(dict(id=cid, locality=locality, dates={"A": a_date, "C": c_date}, items=items))


# ---------------------------------------------------------------------------
# Z001  dad on remand (outside the household); loss of his wage; Tyler bullied
case("Z001", "Cwmderwen", "2025-09-16", "2026-01-27",
     ("A", "yellow",
      "Lee (dad) remanded to HMP Maesgarn 14/08, trial listed for Feb at Crown Court. Lee was the "
      "only wage coming in (scaffolder). Kerry now claiming UC, still in the 5 wk wait, owes £310 on "
      "the gas & electric and has had 2 food bank parcels. EHW to help with a budget plan and a DAF "
      "application.",
      ["FIN"],
      [("outside", "CRIME", "Lee is on remand in prison, not a household member; remand is not "
        "licence/probation (conv 6, 7). Only the effect on the family (FIN) is coded."),
       ("convention", "FIN", "UC named together with a described money problem (arrears, food bank) "
        "-> FIN (conv 5, 10).")]),
     ("A", "orange",
      "Tyler (9): a group of Y5 boys have been calling him names about his dad being a 'junkie in "
      "jail'. He hit one of them on 9/9 and got a 2 day FTE. Since the police raid on the house in "
      "Aug (kids were home at the time) Tyler has nightmares, wets the bed most nights and won't "
      "sleep in his own room. GP has referred to CAMHS. Kerry asking for advice on what to tell him "
      "about prison.",
      ["EDU-EXC", "SAFE-EXP", "MH-CHILD", "PH"],
      [("outside", "SUB", "'junkie' is a taunt about dad, who is outside the household; no "
        "household drug use described (conv 6)."),
       ("not-coded", "CRIME", "The raid concerned dad's offending; he is now in custody (outside) and "
        "the raid is a past event. No household member offending."),
       ("convention", "PH", "Bedwetting at school age is PH, not EYD (conv 9)."),
       ("convention", "SAFE-EXP", "Name-calling by peers = bullying of the child (taxonomy: bullied "
        "by peers is SAFE-EXP).")]),
     ("C", "green",
      "Tyler dry most nights now, school nurse still checking in with him monthly about the "
      "bedwetting. Nightmares have stopped. No further exclusions since October.",
      ["PH"],
      [("historical", "MH-CHILD", "'Nightmares have stopped' - described as over (conv 3)."),
       ("historical", "EDU-EXC", "'No further exclusions since October' - over (conv 3)."),
       ("convention", "PH", "Green box, still being monitored by school nurse, 'dry most nights' = "
        "now managing -> present (conv 3, 9).")]),
     )

# Z002  mum home on licence; daughter's youth caution
case("Z002", "Pantyrhiw", "2025-10-07", "2026-03-10",
     ("A", "yellow",
      "Donna (mum) released on licence 2/9 after serving half of a 20 month sentence for supplying "
      "class A. Back living at the family home with Leah and Alfie. Licence conditions include a "
      "curfew and drug testing; probation officer (Gareth) and EHW to do joint visits. Donna says "
      "she's been clean for 8 months and all her tests so far are negative.",
      ["CRIME"],
      [("convention", "CRIME", "Household adult on licence -> CRIME (conv 7)."),
       ("historical", "SUB", "Use described as ended ('clean for 8 months', negative tests); drug "
        "testing is a licence condition, not a treatment service (conv 3, 4).")]),
     ("A", "orange",
      "Leah (14) refusing school since mum came home, 61% this half term. Rows most nights between "
      "Leah and Donna. Leah says she 'used to be the one looking after Alfie' while mum was away "
      "(did his tea and the school run at nan's) and now she gets told what to do. Leah was given a "
      "youth caution 18/9 for criminal damage at the bus station.",
      ["EDU-ATT", "REL-PAR", "CRIME"],
      [("historical", "CARER", "Leah's caring for Alfie was while mum was in prison ('used to'); "
        "not current."),
       ("convention", "CRIME", "Youth caution = youth justice (conv 7).")]),
     ("C", "yellow",
      "Donna still on licence until July, engaging well with probation, no positive tests. She and "
      "Leah are doing the Talking Teens course together on Tuesdays and both say there are fewer "
      "rows.",
      ["CRIME", "REL-PAR"],
      [("negated", "SUB", "'no positive tests' - no misuse described."),
       ("convention", "REL-PAR", "Parenting course ongoing and rows reduced but not ended (conv 4).")]),
     )

# Z003  older brother in prison (outside); Kai exploited
case("Z003", "Glynhafod", "2025-11-19", "2026-03-04",
     ("A", "yellow",
      "Nicola (mam) works nights at the care home 3 nights a wk - says money is ok - and Kai (13) is "
      "in the house with no adult overnight on those nights. Kai comes and goes as he likes and "
      "won't say where he's been; Nicola says she's 'given up' trying to keep him in.",
      ["SAFE-NEG", "REL-PAR"],
      [("not-coded", "FIN", "Shift work is not FIN and money is said to be ok (conv 5)."),
       ("convention", "SAFE-NEG", "13-year-old left with no adult overnight = supervision (neglect) "
        "area."),
       ("convention", "REL-PAR", "Boundaries / parent unable to set limits.")]),
     ("A", "orange",
      "Kai (13) found by police at 1am on 2/11 in Glynhafod park with 2 older males believed to be "
      "running drugs for a city line - he had £200 cash and a second phone. Police brought him home. "
      "Missing from home 3x in Oct. His brother Jordan (19) is serving 4 yrs at HMP Coedwen for "
      "robbery and used to knock about with the same group. CCE screening done, medium risk, "
      "strategy discussion held.",
      ["SAFE-EXP"],
      [("not-coded", "CRIME", "Police finding/returning a child is safeguarding, not CRIME (conv 7); "
        "no offence by Kai described."),
       ("outside", "CRIME", "Jordan is in prison, outside the household (conv 6).")]),
     ("C", "orange",
      "Kai arrested 12/02 with 14 wraps of crack cocaine hidden in his sock. Released under "
      "investigation; YOS doing an out of court disposal assessment. NRM referral made as likely "
      "CCE.",
      ["SAFE-EXP", "CRIME"],
      [("convention", "SUB", "Drugs found on an exploited child are SAFE-EXP and CRIME, not SUB "
        "(conv 12).")]),
     )

# Z004  dad on a community order (probation) at home; parental conflict not DA
case("Z004", "Blaencarreg", "2025-07-08", "2026-01-14",
     ("A", "yellow",
      "Craig (dad) on a 12 month community order for an assault outside the Miners Arms in May (on "
      "a man he didn't know, not a family member). 120 hrs unpaid work + an alcohol treatment "
      "requirement with Cwm Recovery. Says he has 'cut right down' to weekends only.",
      ["CRIME", "SUB"],
      [("convention", "CRIME", "Household adult on a community order/probation; offence not "
        "against a partner, so CRIME not DA (conv 7)."),
       ("partial", "SUB", "'Cut down' is not stopped; ATR is an ongoing treatment (conv 4).")]),
     ("A", "orange",
      "Jess and Craig split for 3 wks in June, constant arguing about money and Craig's drinking. "
      "Both say there has never been any violence, threats or control; DASH done, no DA indicators. "
      "Jess's hours at the bakery were cut and they're £640 behind with the rent. Ellie (11) is "
      "anxious and hides in her room when they row - school counsellor seeing her weekly.",
      ["REL-CONF", "SUB", "FIN", "MH-CHILD"],
      [("negated", "DA", "Violence/control explicitly denied, DASH no indicators -> REL-CONF only "
        "(conv 8)."),
       ("convention", "FIN", "Rent arrears with no notice or eviction threat = FIN, not HOUS.")]),
     ("C", "blue",
      "Jess & Craig using the relationship app the EHW suggested and say the arguments are far "
      "less. Rent arrears cleared in Dec.",
      ["REL-CONF"],
      [("convention", "REL-CONF", "Blue box, arguments reduced, couple managing with an app -> "
        "present (conv 3)."),
       ("historical", "FIN", "Arrears 'cleared' = over (conv 3).")]),
     )

# Z005  mum's partner moves in on licence; historical DA from children's father
case("Z005", "Cwmderwen", "2025-12-02", "2026-03-24",
     ("A", "blue",
      "Claire had support from women's aid in 2020-21 after DV from the children's dad. He moved to "
      "England and there's been no contact since 2021.",
      [],
      [("historical", "DA", "Past abuse, ended, no contact since 2021.")]),
     ("A", "yellow",
      "Mum's partner Dean moved in with the family in Nov on release from HMP Maesgarn - on licence "
      "until Aug 2026 (burglary). Osian (12) won't speak to Dean, says he 'isn't his dad', and "
      "stays at his nan's most weekends to get away from him. Claire feels caught in the middle.",
      ["CRIME", "REL-PAR"],
      [("convention", "CRIME", "Dean now lives in the household and is on licence (conv 7)."),
       ("convention", "REL-PAR", "Conflict between a child and the parent figure in the home is "
        "REL-PAR, not REL-CONF (conv 8).")]),
     ("C", "yellow",
      "Dean recalled to prison 3/3 for missing probation appointments. When he's released he will "
      "go to approved premises in Newport, not back to this address. Osian home every weekend again "
      "and much happier.",
      [],
      [("outside", "CRIME", "Dean recalled and will not return to the address: no longer a "
        "household member (conv 6, 7)."),
       ("not-coded", "REL-PAR", "Only good news about Osian; no current need stated (conv 3).")]),
     )

# Z006  dad serving 6 yrs (outside); Rhys on referral order, CPV with police
case("Z006", "Pantyrhiw", "2025-10-14", "2026-06-09",
     ("A", "yellow",
      "Tracey (mum) low since Rhys's dad got 6 years in 2023, GP has her on sertraline. Dad is at "
      "HMP Coedwen; Rhys refuses to visit him or talk about him.",
      ["MH-ADULT"],
      [("outside", "CRIME", "Dad is serving a sentence, outside the household (conv 6).")]),
     ("A", "orange",
      "Rhys (15) on a 9 month referral order with YOS for criminal damage/ASB (setting fire to the "
      "bins behind the Co-op). YOS worker sees him weekly. Police called to the house twice in Sept "
      "when Rhys lost his temper with Tracey, pushed her into the door frame and punched a hole in "
      "the wall.",
      ["CRIME", "REL-PAR"],
      [("convention", "DA", "Child-to-parent violence is REL-PAR (+ CRIME with police/YOS), never "
        "DA (conv 8).")]),
     ("C", "yellow",
      "Referral order completed in May, no police contact since. Rhys (16 now) finishes Y11 this "
      "month with no college or apprenticeship place for Sept - careers adviser appt booked.",
      ["EDU-NEET"],
      [("historical", "CRIME", "Order completed, no police contact since (conv 3)."),
       ("convention", "EDU-NEET", "16+ at risk of NEET; no FIN added (conv 11).")]),
     )

# Z007  dad sentenced (outside); s21 and temporary accommodation
case("Z007", "Blaencarreg", "2025-11-11", "2026-04-21",
     ("A", "yellow",
      "Harvey (10) and Lily (6) now have 2 buses from the hotel to Heol Fach Primary and are late "
      "most days - 23 lates since Sept, attendence 88%. Nia (10 mths) not sitting unaided yet and "
      "missed her 8 month review; HV has referred her to Portage.",
      ["EDU-ATT", "EYD"],
      [("convention", "EYD", "Under-5 development delay and a missed development review -> EYD, "
        "not PH (conv 9).")]),
     ("A", "orange",
      "Landlord served a s21 in Sept after Kerry-Ann fell £1,400 behind on the rent - Shaun (dad, "
      "3 yr sentence at HMP Coedwen since July) used to pay it from his wages. Family presented as "
      "homeless 3/11 and were placed in TA: one room at the Station Hotel in Glynhafod, 4 of them.",
      ["HOUS", "FIN"],
      [("outside", "CRIME", "Shaun is in prison, outside the household (conv 6); his absence's "
        "effect (FIN, HOUS) is coded.")]),
     ("C", "yellow",
      "Moved into a 3 bed HA house in Pantyrhiw on 20/01. Kerry-Ann paying £5 a week off the old "
      "rent arrears with help from the housing officer.",
      ["FIN"],
      [("historical", "HOUS", "Rehoused; TA/homelessness ended."),
       ("convention", "FIN", "Arrears still being repaid -> present.")]),
     )

# Z008  older sister remanded (outside); mum's cocaine use; neglect; young carer
case("Z008", "Cwmderwen", "2025-10-23", "2026-03-19",
     ("A", "yellow",
      "Lisa (mum) has agreed to a referral to Cwm Recovery, first appt 12/11. She admits to 'a bit "
      "of coke at the weekends' but denies using every day or drinking in the week.",
      ["SUB"],
      [("partial", "SUB", "The denial covers frequency only; admitted weekend cocaine use plus a "
        "drug service referral -> present.")]),
     ("A", "orange",
      "Chantelle (18, older sister) remanded to HMP Ashgrove on 2/10 charged with wounding - she had "
      "been living at home and did most of the looking after. Skye (12) now gets Tommy (8) up, "
      "dressed and to school and does the tea and the washing. Skye's attendance has dropped to 79%.",
      ["CARER", "EDU-ATT"],
      [("outside", "CRIME", "Chantelle is in custody on remand, so no longer a household member; "
        "remand is not licence/probation (conv 6, 7)."),
       ("convention", "CARER", "A child with caring responsibilities for a sibling.")]),
     ("A", "red",
      "Strategy meeting 9/10 after police found Tommy (8) walking to the garage alone at 11pm to buy "
      "food. No food in the flat, Lisa asleep and couldn't be woken, cocaine and empty bottles on "
      "the table. s47 completed, ICPC 30/10 - Skye and Tommy on CP plans, category neglect.",
      ["SAFE-NEG", "SUB"],
      [("not-coded", "CRIME", "Police found a child: safeguarding, not CRIME (conv 7)."),
       ("convention", "SAFE-NEG", "No food in the home / hungry child = SAFE-NEG (conv 10).")]),
     ("C", "red",
      "CP plans continue under neglect, review conference 14/3. Lisa engaging with Cwm Recovery, 4 "
      "negative tests. Home conditions better on most unannounced visits but food still running out "
      "towards the end of the week.",
      ["SAFE-NEG", "SUB"],
      [("convention", "SUB", "Ongoing drug service codes SUB even with negative tests (conv 4)."),
       ("partial", "SAFE-NEG", "Improved but food still running out -> present.")]),
     )

# Z009  ex-partner released on licence for ABH on mum: DA only
case("Z009", "Glynhafod", "2025-11-04", "2026-03-03",
     ("A", "yellow",
      "Cerys (7) anxious and wetting the bed again since she heard her dad is getting out. Gemma "
      "(mum) has started the Rise Up programme at Valleys Women's Aid.",
      ["MH-CHILD", "PH", "DA"],
      [("convention", "DA", "A domestic abuse recovery programme codes DA (conv 4, cf. Freedom "
        "Programme)."),
       ("convention", "PH", "Bedwetting at school age -> PH (conv 9).")]),
     ("A", "orange",
      "Gemma's ex, Ryan, due out on licence 20/11 after serving half of a 2 yr sentence for ABH on "
      "Gemma. Licence has an exclusion zone covering Glynhafod and a no contact condition. Gemma "
      "terrified he'll turn up - re-heard at MARAC 6/11, IDVA allocated, police marker on the "
      "address.",
      ["DA"],
      [("convention", "CRIME", "An ex-partner's offence against the adult victim, and his licence "
        "for it, are DA only; he is also outside the household (conv 6, 7).")]),
     ("C", "blue",
      "Gemma keeps her safety plan by the front door and has had a panic alarm fitted. Cerys has "
      "been dry at night for 6 weeks.",
      ["DA"],
      [("convention", "DA", "Blue box: mum managing her safety plan after DA -> present (conv 3)."),
       ("historical", "PH", "Dry for 6 weeks - described as over (conv 3).")]),
     )

# Z010  Ethan on YRO; dad in prison (outside); young carer for mum
case("Z010", "Blaencarreg", "2025-06-17", "2025-12-09",
     ("A", "yellow",
      "Ethan (17) left college in Jan, not working, in bed most of the day. Sharon (mum) on ESA and "
      "PIP; Ethan's dad (HMP Coedwen, fraud) used to give her £50 a wk and since he went in she's "
      "had to use the food bank 3 times.",
      ["EDU-NEET", "FIN"],
      [("outside", "CRIME", "Dad in prison, outside the household (conv 6)."),
       ("convention", "FIN", "FIN from the food bank (conv 10), not from Ethan's NEET status "
        "(conv 11); ESA/PIP alone would not code PH or FIN (conv 5).")]),
     ("A", "orange",
      "Ethan on a 12 month YRO with YOS after a conviction for affray (fight in Blaencarreg town "
      "centre). Smokes cannabis every day, says it 'chills him out', and has turned down the YP substance "
      "misuse worker twice.",
      ["CRIME", "SUB"],
      []),
     ("C", "yellow",
      "Ethan started the Pathways construction course 4 days a wk in Oct. YRO runs until June, YOS "
      "pleased with him.",
      ["CRIME"],
      [("historical", "EDU-NEET", "Now on a training course."),
       ("convention", "CRIME", "YRO/YOS still running (conv 7).")]),
     )

# Z011  dad home on licence; Logan called names at school
case("Z011", "Cwmderwen", "2025-06-24", "2026-02-17",
     ("A", "blue",
      "None identified.",
      [],
      []),
     ("A", "green",
      "Logan (11) told Mr Hughes (Y6) that kids are calling him 'jailbird' since his dad's court "
      "case was in the Valleys Echo. School dealing with it under the anti-bullying policy. Logan "
      "says he might not go to Bryncelyn in Sept if the same boys are going.",
      ["SAFE-EXP"],
      [("hypothetical", "EDU-ATT", "'might not go ... if' - no current absence."),
       ("convention", "SAFE-EXP", "Bullied by peers -> SAFE-EXP.")]),
     ("A", "yellow",
      "Paul (dad) home on licence since May (fraud), licence ends Jan 2026. Working again for his "
      "brother's firm. Angharad (mum) says money is fine and there are no rows at home.",
      ["CRIME"],
      [("convention", "CRIME", "Household adult on licence (conv 7)."),
       ("negated", "FIN", "'money is fine'."),
       ("negated", "REL-CONF", "'no rows at home'.")]),
     ("C", "green",
      "Bryncelyn transition worker still sees Logan fortnightly about the name calling; he says it "
      "has 'mostly stopped'.",
      ["SAFE-EXP"],
      [("partial", "SAFE-EXP", "'mostly stopped' and still being worked on - not over (conv 3).")]),
     )

# Z012  mum serving a short sentence (outside); dad gives up work
case("Z012", "Pantyrhiw", "2025-10-30", "2026-02-05",
     ("A", "green",
      "Jack (4) in the nursery class at Pantyrhiw Primary. He was dry before the move to dad's but "
      "is now wetting himself most days; school nurse and nursery teacher have a toileting plan.",
      ["EYD"],
      [("convention", "EYD", "Toileting in an under-5 is EYD, not PH (conv 9).")]),
     ("A", "yellow",
      "Poppy (9) and Jack (4) moved to live with dad, Darren, when mum (Stacey) got 16 weeks in Oct. "
      "Darren gave up his job at the warehouse to do the school runs, now on UC, £380 behind with "
      "council tax and says he can't afford the bus fare to visits.",
      ["FIN"],
      [("outside", "CRIME", "Stacey is in prison, outside the household (conv 6).")]),
     ("A", "orange",
      "Poppy very distressed, screaming at bedtime and lashing out at Darren (kicking, hitting), "
      "keeps saying she wants her mam. GP referred to CAMHS 3/11.",
      ["MH-CHILD", "REL-PAR"],
      [("convention", "DA", "Child hitting a parent is REL-PAR, not DA; no police so no CRIME "
        "(conv 8).")]),
     ("C", "green",
      "Poppy still waiting for CAMHS, school doing weekly ELSA. Bedtimes calmer. Stacey out since "
      "Dec, living at her mum's, has the kids every Saturday.",
      ["MH-CHILD"],
      [("convention", "MH-CHILD", "Awaiting CAMHS codes MH-CHILD (conv 4)."),
       ("historical", "REL-PAR", "'Bedtimes calmer' - no remaining need stated."),
       ("outside", "CRIME", "Stacey released but lives elsewhere; not on licence in this text "
        "and not a household member.")]),
     )

# Z013  dad on HDC tag at home with methadone; Welsh ALN terms
case("Z013", "Glynhafod", "2025-09-09", "2026-02-10",
     ("A", "green",
      "Riley (12) has an ADHD diagnosis and is on SEN support at Ysgol Bryn Tawel; the ALNCo is "
      "reviewing his IDP this term.",
      ["EDU-SEND"],
      [("convention", "EDU-SEND", "ALNCo/IDP are the Welsh equivalents of SENCO/SEN plan; 'SEN "
        "support' also named.")]),
     ("A", "orange",
      "Jamie (dad) released on HDC (tag) to the family home 5/9, on licence until June. On a "
      "methadone script, 60ml via the CDT, daily pick up. Brooke (15) self harming (cutting), open "
      "to CAMHS since Aug.",
      ["CRIME", "SUB", "MH-CHILD"],
      [("convention", "CRIME", "Household adult on HDC/licence (conv 7)."),
       ("convention", "SUB", "Methadone script -> SUB (conv 4).")]),
     ("C", "orange",
      "Brooke remains open to CAMHS, no cutting since Jan. Police have spoken to the man she met on "
      "Snapchat and it's with CID, but Brooke is still messaging him from a friend's phone.",
      ["MH-CHILD", "SAFE-EXP"],
      [("convention", "MH-CHILD", "Open to CAMHS codes MH-CHILD even though cutting has stopped "
        "(conv 4)."),
       ("outside", "CRIME", "The police investigation is of an outside adult; the family's need "
        "is SAFE-EXP (conv 6).")]),
     )

# Z014  older brother home on licence (household), then recalled (outside)
case("Z014", "Blaencarreg", "2025-08-12", "2026-04-14",
     ("A", "yellow",
      "Bailey (14) has been hanging round with Connor's mates, came home stinking of weed twice and "
      "Julie found a bag of cannabis in his school bag.",
      ["SUB"],
      [("not-coded", "SAFE-EXP", "No exploitation described, so conv 12 does not apply; a young "
        "person's own cannabis use is SUB."),
       ("not-coded", "CRIME", "No police or youth justice involvement described.")]),
     ("A", "orange",
      "Connor (20, Julie's eldest) moved back into the 2 bed flat on release on licence from HMP "
      "Maesgarn (cannabis supply) and is sleeping on the settee. Flat now overcrowded - Bailey (14) "
      "and Summer (10) sharing a room. Lads knocking the door late at night for Connor and police "
      "have been round twice looking for him.",
      ["CRIME", "HOUS"],
      [("convention", "CRIME", "Adult sibling living in the household on licence (conv 7).")]),
     ("C", "orange",
      "Connor recalled to prison in March after being stopped with cannabis in a car. Still "
      "overcrowded (Bailey and Summer share), Julie on the housing register for a 3 bed, band 2.",
      ["HOUS"],
      [("outside", "CRIME", "Connor recalled to custody: no longer a household member (conv 6).")]),
     )

# Z015  dad in prison (outside), visits upset autistic son; historical DA
case("Z015", "Cwmderwen", "2025-05-20", "2025-11-25",
     ("A", "yellow",
      "Ollie (8, autistic) goes to see dad at HMP Coedwen with nan once a month. Jade (mum) says the "
      "searches and the noise set off meltdowns and he's very anxious for days afterwards. Ollie has "
      "an EHCP from his old school in Bristol and is in the specialist class at Heol Fach.",
      ["MH-CHILD", "EDU-SEND"],
      [("outside", "CRIME", "Dad in prison, outside the household (conv 6)."),
       ("not-coded", "PH", "Autism named as context; the coded needs are the anxiety and the "
        "EHCP.")]),
     ("A", "orange",
      "DV from Ollie's dad, Kyle, in 2019 - police involved and MARAC at the time. Jade ended it "
      "before he was sentenced and has had no contact since. Jade on the GP waiting list for "
      "talking therapy for anxiety, having panic attacks most days.",
      ["MH-ADULT"],
      [("historical", "DA", "Abuse in 2019, relationship ended, no contact since.")]),
     ("C", "yellow",
      "Jade has started 6 sessions of talking therapy with Valleys Minds.",
      ["MH-ADULT"],
      [("convention", "MH-ADULT", "Ongoing therapy codes its area (conv 4).")]),
     )

# Z016  dad serving 8 yrs (outside); Kyra's youth caution, drinking, missing
case("Z016", "Glynhafod", "2025-12-09", "2026-04-28",
     ("A", "yellow",
      "Bethan (mum) says Kyra went downhill when her dad got 8 yrs last year. Kyra won't visit him "
      "or talk about it. Bethan works full time at the hospital and feels she has 'lost her'; they "
      "barely speak except to row.",
      ["REL-PAR"],
      [("outside", "CRIME", "Dad in prison, outside the household (conv 6)."),
       ("not-coded", "FIN", "Working full time is not FIN (conv 5).")]),
     ("A", "orange",
      "Kyra (15) had a youth caution in Oct for shoplifting with 2 friends. Police called to the "
      "house 18/11 when she came home drunk and smashed her bedroom window. Missing overnight twice "
      "in Nov, found by police at a party in Blaencarreg.",
      ["CRIME", "SUB", "SAFE-EXP", "REL-PAR"],
      [("convention", "CRIME", "Youth caution and a police call-out about a young person's "
        "behaviour (conv 7); the police finding her when missing is safeguarding and on its own "
        "would not be CRIME."),
       ("convention", "SUB", "Alcohol misuse by a young person."),
       ("convention", "REL-PAR", "Smashing her bedroom window at home = child behaviour at home; "
        "police involvement adds CRIME, not DA (conv 8)."),
       ("convention", "SAFE-EXP", "Missing episodes.")]),
     ("C", "yellow",
      "No police call outs since Dec. Kyra still goes missing overnight now and then, last time "
      "8/3, comes back by the morning.",
      ["SAFE-EXP"],
      [("historical", "CRIME", "'No police call outs since Dec' - over (conv 3)."),
       ("partial", "SAFE-EXP", "Missing episodes continue.")]),
     )

# Z017  mum home on licence with children returned from s20; buprenorphine
case("Z017", "Pantyrhiw", "2025-10-28", "2026-04-02",
     ("A", "red",
      "Lexi (6) and Jayden (3) were looked after under s20, placed with maternal nan as kinship "
      "foster carer, while Kayleigh (mum) was in prison. Kayleigh released on licence 1/10 (theft, "
      "possession of heroin) and the children went back to her 20/10 under a s17 CIN plan. She's on "
      "a buprenorphine script with the CDT, supervised consumption. All 3 in a 1 bed flat, Kayleigh "
      "sleeping on the sofa.",
      ["CRIME", "SUB", "HOUS"],
      [("convention", "CRIME", "Kayleigh lives with the children and is on licence (conv 7)."),
       ("not-coded", "CARER", "'Kinship foster carer' is an adult carer, not a young carer "
        "(conv 12)."),
       ("convention", "HOUS", "1 bed flat for a parent and 2 children = overcrowding.")]),
     ("A", "orange",
      "Lexi (6) wetting herself at school most days and clingy at drop off, crying for nan. Hides "
      "food in her bedroom even though there's plenty in the house. CAMHS referral accepted, on the "
      "waiting list.",
      ["PH", "MH-CHILD"],
      [("not-coded", "SAFE-NEG", "Food hiding is a behaviour; the text says there is plenty of food, "
        "so no current lack of food or care (conv 10)."),
       ("convention", "PH", "Wetting at school age -> PH, not EYD (conv 9).")]),
     ("C", "orange",
      "Kayleigh's licence ended 28/2. Still on buprenorphine, dose reducing. Moved to a 2 bed HA "
      "flat in Pantyrhiw in Jan.",
      ["SUB"],
      [("historical", "CRIME", "Licence ended."),
       ("historical", "HOUS", "Rehoused into a suitable flat."),
       ("convention", "SUB", "Ongoing script (conv 4).")]),
     )

# Z018  Dylan home on the community half of a DTO
case("Z018", "Blaencarreg", "2025-10-02", "2026-03-26",
     ("A", "yellow",
      "Sian (mum) says the house is 'walking on eggshells' - Dylan swears at her if she asks where "
      "he's going and slammed the back door off its hinges last week. Sian asking for a teen "
      "parenting course.",
      ["REL-PAR"],
      [("convention", "DA", "Aggression by a teenager towards a parent is REL-PAR, not DA; no "
        "police in this text so no CRIME (conv 8).")]),
     ("A", "orange",
      "Dylan (16) home since 28/9 on the community half of a DTO (robbery), YOS supervising, curfew "
      "7pm-7am. Not in any education or training; YOS trying to get him on to the construction "
      "course at Blaencarreg Training but nothing untill Jan.",
      ["CRIME", "EDU-NEET"],
      [("convention", "CRIME", "Young person living at home under YOS supervision (conv 7)."),
       ("convention", "EDU-NEET", "16+ NEET; no FIN (conv 11).")]),
     ("C", "yellow",
      "DTO ends 30/4, Dylan still seeing YOS weekly until then. On the construction course 3 days a "
      "wk.",
      ["CRIME"],
      [("historical", "EDU-NEET", "Now on a course.")]),
     )

# Z019  dad on remand then acquitted; lots of negation
case("Z019", "Cwmderwen", "2025-09-23", "2026-02-24",
     ("A", "green",
      "Mia (7) - school say she is doing well, no change in her attendance or behaviour since dad "
      "was remanded in Sept and her class teacher has no concerns. Rebecca has asked school to let "
      "her know if anything changes.",
      [],
      [("negated", "EDU-ATT", "No change / no concerns."),
       ("negated", "MH-CHILD", "No concerns raised."),
       ("hypothetical", "MH-CHILD", "'if anything changes'."),
       ("outside", "CRIME", "Dad on remand, outside the household.")]),
     ("A", "yellow",
      "Money very tight - Rebecca works 16 hrs at the Spar and is £450 behind on the car finance. "
      "She had a drink problem years ago (2016-18) and has been sober since. Worried she might "
      "'slip' with the stress of the trial; EHW will link her with a peer mentor if she wants one.",
      ["FIN"],
      [("historical", "SUB", "Drinking 2016-18, sober since."),
       ("hypothetical", "SUB", "'might slip', 'if she wants one'."),
       ("convention", "FIN", "FIN is coded for the described arrears, not for her part-time "
        "hours (conv 5).")]),
     ("C", "blue",
      "Rebecca's sister lent her the money to clear the car finance and Rebecca is paying her back "
      "£20 a week. School say Mia's happier since dad came home.",
      ["FIN"],
      [("convention", "FIN", "Blue box, still repaying a debt (now to her sister) through her own "
        "network = managing "
        "(conv 3)."),
       ("not-coded", "MH-CHILD", "Good news only, no need stated (conv 3)."),
       ("not-coded", "CRIME", "Dad home; no offence, licence or probation described.")]),
     )

# Z020  mum's partner on probation (household) and coercive: DA + CRIME
case("Z020", "Pantyrhiw", "2025-11-25", "2026-03-31",
     ("A", "yellow",
      "Freya (10) told her teacher 'Scott shouts at mam and takes her money'. When it kicks off "
      "Freya takes Noah (6) to her room and puts the telly up loud.",
      ["DA"],
      [("convention", "DA", "Shouting and taking mum's money as part of abuse = DA only, not "
        "REL-CONF (conv 8)."),
       ("not-coded", "CARER", "Protecting a sibling during an incident is not described as a "
        "caring role.")]),
     ("A", "orange",
      "Leanne disclosed that her partner Scott checks her phone, keeps her bank card and stops her "
      "seeing her sister. Scott lives at the address and is on probation (12 month community order "
      "for driving while disqualified). DASH medium, Leanne not ready to leave, IDVA offered.",
      ["DA", "CRIME"],
      [("convention", "CRIME", "Scott is a household member on probation for an offence not "
        "against Leanne -> CRIME as well as DA (conv 7)."),
       ("not-coded", "FIN", "Control of the bank card is economic abuse (DA), not a money "
        "problem.")]),
     ("C", "orange",
      "Scott arrested 19/1 for assaulting Leanne, bailed on condition he doesn't attend the "
      "address. Leanne has applied for a non-mol. EHW has let his probation officer know.",
      ["DA"],
      [("convention", "CRIME", "Arrest for assaulting the partner is DA only; Scott no longer lives "
        "at the address, so his probation is outside the household (conv 6, 7).")]),
     )

# Z021  both parents in prison; grandparents are kinship carers
case("Z021", "Blaencarreg", "2025-05-13", "2025-12-16",
     ("A", "green",
      "Cai (4) does 15 hrs at nursery. Nursery say his speech is well behind for his age (mostly "
      "pointing, a few single words) and he's still in nappies day and night.",
      ["EYD"],
      [("convention", "EYD", "Under-5 speech and toileting -> EYD (conv 9).")]),
     ("A", "yellow",
      "Mr & Mrs Price (maternal grandparents) have had Tia (13) and Cai (4) since both parents were "
      "sentenced in March (mum 3 yrs, dad 5 yrs, drug supply). SGO assessment under way. "
      "Grandparents on pension credit and say they're 'drowning' - uniform, food, the gas. Food "
      "bank twice in April.",
      ["FIN"],
      [("outside", "CRIME", "Both parents in prison, outside the household (conv 6)."),
       ("not-coded", "CARER", "Grandparents are kinship carers, not young carers (conv 12).")]),
     ("A", "orange",
      "Tia (13) scratching her arms, CAMHS triage 4/5 and now on the waiting list. Kids in her year "
      "call her mum a 'smackhead'.",
      ["MH-CHILD", "SAFE-EXP"],
      [("outside", "SUB", "The taunt is about mum, who is in prison; no household substance use "
        "(conv 6)."),
       ("convention", "SAFE-EXP", "Bullied by peers.")]),
     ("C", "yellow",
      "SGO granted Oct, kinship allowance now being paid and grandparents say money is no longer a "
      "worry; no food bank since the summer. Tia still on the CAMHS waiting list, scratching less.",
      ["MH-CHILD"],
      [("historical", "FIN", "'no longer a worry', no food bank since the summer."),
       ("partial", "MH-CHILD", "Scratching less, still awaiting CAMHS (conv 4).")]),
     )

# Z022  dad remanded for strangling mum (DA only); Jac's own offending
case("Z022", "Cwmderwen", "2025-09-25", "2026-03-12",
     ("A", "red",
      "Strategy meeting 22/9 after Wayne (dad) strangled Rhian in front of the children. Wayne "
      "remanded in custody. s47 underway; Rhian has an IDVA, MARAC 30/9.",
      ["DA"],
      [("convention", "CRIME", "A partner's offence against the adult victim is DA only (conv 7)."),
       ("not-coded", "MH-CHILD", "Children witnessed it, but no effect on them is described.")]),
     ("A", "orange",
      "Jac (15) arrested 3/10 for assaulting a boy outside the chippy, bailed, YOS aware. School "
      "counsellor says he's angry and withdrawn since what happened to his mam.",
      ["CRIME", "MH-CHILD"],
      [("convention", "CRIME", "Young person's own offending, arrest and YOS (conv 7).")]),
     ("C", "orange",
      "Wayne got 3 years with a restraining order protecting Rhian and the kids. Jac given a 6 "
      "month referral order for the assault, first YOS panel next week.",
      ["DA", "CRIME"],
      [("convention", "DA", "A protective order in force codes DA; Wayne's sentence is DA, not CRIME "
        "(conv 7)."),
       ("convention", "CRIME", "Jac's referral order (conv 7).")]),
     )

# Z023  dad on suspended sentence with supervision; gambling debts; PND
case("Z023", "Pantyrhiw", "2025-07-22", "2026-01-08",
     ("A", "green",
      "Ffion (4 mths) thriving. HV: Sophie's EPDS score was high, GP has started her on "
      "antidepressants for PND.",
      ["MH-ADULT"],
      [("not-coded", "EYD", "'thriving' - pure good news (conv 3).")]),
     ("A", "yellow",
      "Marc (dad) on a suspended sentence with a supervision requirement (probation) for stealing "
      "from his employer to cover gambling debts. He has self-excluded from the betting apps but "
      "still owes £6k on credit cards. Citizens Advice appt booked.",
      ["CRIME", "FIN"],
      [("convention", "FIN", "Gambling debts are FIN, not SUB (conv 10)."),
       ("convention", "CRIME", "Household adult under probation supervision (conv 7)."),
       ("not-coded", "EDU-EXC", "'self-excluded' refers to gambling, not school.")]),
     ("C", "yellow",
      "Citizens Advice helped Marc get a debt relief order in Dec. Supervision continues until Aug; "
      "no further offending.",
      ["FIN", "CRIME"],
      [("partial", "CRIME", "'no further offending' does not end the supervision, which is still "
        "running."),
       ("convention", "FIN", "A debt relief order in force is a current debt solution.")]),
     )

# Z024  dad home on licence; Kian's ASB and managed move
case("Z024", "Glynhafod", "2025-09-30", "2026-02-19",
     ("A", "yellow",
      "Gavin (dad) home on licence since Aug after 2 yrs inside. Kian and Gavin clash daily - Gavin "
      "'laying down the law' and Kian won't have it. Nia (mum) says she's stuck in the middle.",
      ["CRIME", "REL-PAR"],
      [("convention", "REL-PAR", "Parent-child conflict, not REL-CONF (conv 8)."),
       ("convention", "CRIME", "Household adult on licence (conv 7).")]),
     ("A", "orange",
      "Kian (14) on a managed move from Bryncelyn to Ysgol Bryn Tawel after 5 FTEs. Police called "
      "by neighbours 3 times about Kian and his mates throwing stones at cars on the Heol Las estate; "
      "the PCSO has done an ABC with him.",
      ["EDU-EXC", "CRIME"],
      [("convention", "CRIME", "Police call-outs about a young person's ASB (conv 7).")]),
     ("C", "yellow",
      "Gavin's licence ends 10/3. He takes Kian to the boxing gym twice a wk - fewer rows but still "
      "flashpoints over curfew. Managed move made permanent in Jan, no exclusions since.",
      ["CRIME", "REL-PAR"],
      [("historical", "EDU-EXC", "Managed move concluded, no exclusions since."),
       ("partial", "REL-PAR", "Fewer rows but still flashpoints.")]),
     )

# Z025  possession order after dad dealt from the property (outside now)
case("Z025", "Blaencarreg", "2025-11-18", "2026-05-05",
     ("A", "yellow",
      "Hayley has had no money of her own since Mark's arrest, he 'dealt with everything'. UC claim "
      "made, advance taken, and the deductions leave her about £80 short a month. Referred to "
      "Citizens Advice.",
      ["FIN"],
      [("outside", "CRIME", "Mark is in custody, outside the household.")]),
     ("A", "orange",
      "Council got a possession order on the tenancy in Oct on ASB grounds (Mark was dealing from "
      "the house before his arrest). Mark now serving 4 yrs. Hayley and the 3 kids in TA - a 2 bed "
      "flat above a takeaway in Blaencarreg, black mould in the kids' room.",
      ["HOUS"],
      [("outside", "CRIME", "The ASB/dealing was Mark's and is past; he is now in prison, outside "
        "the household (conv 6)."),
       ("convention", "HOUS", "Possession order, TA and damp.")]),
     ("C", "orange",
      "Still in TA, the damp has been treated. Hayley bidding on band 1. Mark's probation officer "
      "asked about a release address - Hayley has said he can't come back to hers.",
      ["HOUS"],
      [("outside", "CRIME", "Mark not returning to the household; release is future (conv 6).")]),
     )

# Z026  mum on remand then acquitted; 16-year-old carer leaves sixth form
case("Z026", "Cwmderwen", "2025-11-06", "2026-05-12",
     ("A", "green",
      "No concerns re Finley's (10) attendance but Louis (7) has been late 12 times since half term "
      "and is soiling at school - school nurse involved.",
      ["EDU-ATT", "PH"],
      [("partial", "EDU-ATT", "The negation covers Finley only; Louis's lateness is present."),
       ("convention", "PH", "Soiling at school age -> PH (conv 9).")]),
     ("A", "orange",
      "Toni (mum) remanded to HMP Ashgrove 1/11, trial in April. Morgan (16) has left sixth form to "
      "stay home and look after Finley and Louis. Family friend Jo stays over some nights; SW doing "
      "a viability assessment on Jo.",
      ["CARER", "EDU-NEET"],
      [("outside", "CRIME", "Toni on remand, outside the household (conv 6, 7)."),
       ("convention", "EDU-NEET", "16-year-old left education; no FIN from that alone (conv 11).")]),
     ("C", "yellow",
      "Toni found not guilty 15/4 and is home with the boys. UC and child benefit being moved back "
      "to her. £600 rent arrears built up while she was away - payment plan agreed with the HA.",
      ["FIN"],
      [("not-coded", "CRIME", "Acquitted; no offending, licence or probation."),
       ("convention", "FIN", "Rent arrears on a payment plan, benefits being transferred.")]),
     )

# Z027  dad home on licence, PTSD, cannabis
case("Z027", "Glynhafod", "2025-10-16", "2026-04-23",
     ("A", "green",
      "Harri (9) on the ADHD pathway, SENCo has him on SEN support. Takes 2 hrs to get off to sleep "
      "most nights.",
      ["EDU-SEND", "PH"],
      [("convention", "EDU-SEND", "On the ADHD pathway (conv 4)."),
       ("convention", "PH", "Sleep problem at school age -> PH (conv 9).")]),
     ("A", "yellow",
      "Rob (dad) home on licence since Sept (GBH outside a nightclub). Ex-army, PTSD diagnosis, on "
      "the waiting list for the veterans' mental health service. Smokes cannabis most evenings 'to "
      "take the edge off'.",
      ["CRIME", "MH-ADULT", "SUB"],
      [("convention", "CRIME", "Household adult on licence; offence not against a partner "
        "(conv 7).")]),
     ("C", "yellow",
      "Rob seen by the veterans' team, EMDR started. Still using cannabis but says it's less. "
      "Licence runs to June.",
      ["MH-ADULT", "SUB", "CRIME"],
      [("partial", "SUB", "Reduced, not stopped.")]),
     )

# Z028  adult son remanded (outside); mum NFA; Evie refusing school
case("Z028", "Pantyrhiw", "2025-11-13", "2026-03-17",
     ("A", "yellow",
      "Evie (14) has refused school since her brother Callum (22) was remanded 3 wks ago - 40% this "
      "half term. Says she's scared everyone at school knows and is crying most mornings.",
      ["EDU-ATT", "MH-CHILD"],
      [("outside", "CRIME", "Callum on remand, outside the household.")]),
     ("A", "orange",
      "Police searched the house 12/10 when Callum was arrested (he was living here) and found "
      "cannabis plants in the loft. Mum (Deb) interviewed under caution, NFA. Deb's anxiety is "
      "'through the roof', GP has put her citalopram up.",
      ["MH-ADULT"],
      [("not-coded", "CRIME", "Past search; Callum now in custody (outside); Deb NFA - no offending "
        "by a current household member (conv 6, 7)."),
       ("not-coded", "SUB", "Cannabis cultivation is an offence, not described use.")]),
     ("C", "blue",
      "Deb visits Callum at HMP Maesgarn every week and uses the family support worker at the "
      "visitors' centre. Evie doesn't go. Deb says she's coping better, still taking her "
      "citalopram.",
      ["MH-ADULT"],
      [("outside", "CRIME", "Callum remains in prison, outside the household."),
       ("convention", "MH-ADULT", "Blue box, coping while still on medication = now managing "
        "(conv 3, 4)."),
       ("not-coded", "-", "Prison visits and visitor-centre support are not an issue area.")]),
     )

# Z029  dad on probation with ATR; neglect; young carer
case("Z029", "Blaencarreg", "2025-12-04", "2026-06-16",
     ("A", "yellow",
      "Josh (12) gets Demi ready for school and makes her tea most nights when Steve has 'had a "
      "few'. Josh's attendance 84%, lots of lates.",
      ["CARER", "EDU-ATT", "SUB"],
      [("convention", "SUB", "Parent's current drinking affecting care.")]),
     ("A", "red",
      "On a s17 CIN plan since Nov. Steve (dad) is sole carer for Josh (12) and Demi (8). He's on an "
      "18 month community order (drunk & disorderly, criminal damage) with an alcohol treatment "
      "requirement. Home conditions poor - dog mess on the floors, no bedding on Demi's bed, very "
      "little food in.",
      ["CRIME", "SUB", "SAFE-NEG"],
      [("not-coded", "CARER", "'sole carer' is the parent (conv 12)."),
       ("convention", "CRIME", "Household adult on a community order (conv 7).")]),
     ("C", "red",
      "CIN plan continues. Steve completed the ATR and still goes to the Cwm Recovery group weekly. "
      "Home much cleaner, beds made up, food in the cupboards on every visit. Probation order runs "
      "to May 2027.",
      ["SUB", "CRIME"],
      [("historical", "SAFE-NEG", "Home conditions and food described as resolved."),
       ("convention", "SUB", "Ongoing recovery group (conv 4).")]),
     )

# Z030  dad in prison (outside); mum's new partner with a spent conviction
case("Z030", "Glynhafod", "2025-04-29", "2025-10-21",
     ("A", "green",
      "Amber (10) - dad has been at HMP Coedwen since 2024. School wellbeing check: no concerns, she "
      "enjoys her phone calls with dad. Kirsty (mum) claims help with travel costs for visits "
      "through the assisted prison visits scheme.",
      [],
      [("negated", "MH-CHILD", "'no concerns'."),
       ("not-coded", "FIN", "Help with visit travel costs named, but no money problem described "
        "(conv 5 by analogy)."),
       ("outside", "CRIME", "Dad in prison, outside the household.")]),
     ("A", "yellow",
      "Kirsty's new partner Dan moved in in Jan. Dan has a 2017 conviction for assault (pub fight), "
      "sentence and licence finished in 2019, no police contact since. Amber has been wetting the "
      "bed since Dan moved in and Kirsty would like some support with it.",
      ["PH"],
      [("historical", "CRIME", "Household member, but conviction and licence ended in 2019."),
       ("convention", "PH", "Bedwetting at school age (conv 9).")]),
     ("C", "green",
      "Amber seen at the enuresis clinic via the school nurse, using an alarm, wet nights down to "
      "1 a wk.",
      ["PH"],
      []),
     )

# --- unboxed case notes (level = highest cue in the text, convention 2) ---------

case("Z031", "Cwmderwen", "2025-08-05", "2026-01-13",
     ("A", "note:orange",
      "Home visit. Carly says Brandon (15) got a referral order from the youth court last week for "
      "carrying a knife; first YOS panel meeting 12/8. His older brother is in HMP Maesgarn for the "
      "same thing and Carly worries Brandon is copying him.",
      ["CRIME"],
      [("convention", "CRIME", "Brandon lives at home, referral order/YOS (conv 7)."),
       ("outside", "CRIME", "Older brother in prison is outside the household; it adds no code."),
       ("convention", "level", "Highest cue is YOS -> orange (conv 2).")]),
     ("C", "note:yellow",
      "Brandon's order finished in Dec, no further trouble. Carly going to the Steady Steps "
      "parenting group at the family centre - says it's helping her stop shouting at Brandon and "
      "they're talking more.",
      ["REL-PAR"],
      [("historical", "CRIME", "Order finished, no further trouble."),
       ("convention", "level", "Only cue is a parenting course -> yellow (conv 2).")]),
     )

case("Z032", "Pantyrhiw", "2025-12-11", "2026-02-26",
     ("A", "note:orange",
      "Call from the DSL at Ysgol Bryn Tawel. Seren (13) disclosed that mum's boyfriend Liam, who "
      "lives with them and is on licence for a burglary, hit mum on Saturday night. A neighbour rang "
      "the police, who attended. Seren very tearful, school counsellor seeing her this afternoon.",
      ["DA", "CRIME", "MH-CHILD"],
      [("convention", "DA", "The assault on mum is DA only (conv 7)."),
       ("convention", "CRIME", "Separately, Liam is a household member on licence for a non-DA "
        "offence -> CRIME (conv 7)."),
       ("convention", "level", "Police call-out is the highest cue -> orange (conv 2).")]),
     ("C", "note:orange",
      "MARAC 14/1. Liam recalled to prison for the assault and won't be coming back. Mum engaging "
      "with the IDVA and the women's group. Seren still sees the school counsellor weekly.",
      ["DA", "MH-CHILD"],
      [("outside", "CRIME", "Liam recalled and not returning - outside the household (conv 6, 7)."),
       ("convention", "level", "MARAC -> orange (conv 2).")]),
     )

case("Z033", "Blaencarreg", "2025-12-16", "2026-02-12",
     ("A", "note:green",
      "HV new birth visit. Alys (12 days), mum Chloe (19). Chloe and Alys share the box room at her "
      "mum's, very cramped, Chloe's on the housing waiting list. No cot yet - Chloe can't afford one "
      "till her UC comes through (claimed 2 wks ago, nothing paid yet). Alys's dad is in HMP "
      "Coedwen, due out on licence in Feb and plans to live with them. Chloe says her mood is good, "
      "no worries there. Gave her the info on the cot scheme to apply to herself.",
      ["HOUS", "FIN"],
      [("outside", "CRIME", "Dad still in prison; living with them is future/hypothetical "
        "(conv 6)."),
       ("negated", "MH-ADULT", "'mood is good, no worries there'."),
       ("convention", "FIN", "Benefit problem (UC not yet paid) and cannot afford a cot (conv 5)."),
       ("convention", "level", "HV is the highest cue -> green (conv 2).")]),
     ("C", "note:green",
      "HV 6-8 wk check. Alys gaining well, sleeping in a cot now. Her dad was released on licence "
      "3/2 and has moved in with Chloe and Alys at Chloe's mum's; sees his probation officer weekly. "
      "House still overcrowded - 5 adults and a baby in a 3 bed.",
      ["CRIME", "HOUS"],
      [("convention", "CRIME", "Dad now a household member on licence (conv 7)."),
       ("convention", "level", "Probation is not a listed cue; HV -> green (conv 2).")]),
     )


# ---------------------------------------------------------------------------
def main():
    narr_rows, gold_rows, traps = [], [], {}
    code_counts = collections.Counter()
    level_counts = collections.Counter()
    for c in CASES:
        for stage, level, text, codes, trap_list in c["items"]:
            stage_name = {"A": "assessment", "C": "closure"}[stage]
            triage = f"{c['id']}-{stage}"
            if level.startswith("note:"):
                box = ""
                gold_level = level.split(":", 1)[1]
                nid = f"{triage}-note"
            else:
                box = gold_level = level
                nid = f"{triage}-{level}"
            narr_rows.append([nid, triage, c["id"], stage_name, c["dates"][stage], box,
                              c["locality"], text])
            if len(set(codes)) != len(codes):
                raise SystemExit(f"duplicate code in {nid}")
            for code in codes:
                gold_rows.append([nid, code, gold_level])
                code_counts[code] += 1
                level_counts[gold_level] += 1
            if trap_list:
                traps[nid] = [dict(type=t, code=k, note=n) for t, k, n in trap_list]

    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality",
                    "narrative"])
        w.writerows(narr_rows)
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, indent=2, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")

    triages = {r[1] for r in narr_rows}
    notes = sum(1 for r in narr_rows if r[5] == "")
    no_gold = len({r[0] for r in narr_rows} - {g[0] for g in gold_rows})
    print(f"cases: {len(CASES)}  triages: {len(triages)}  narratives: {len(narr_rows)} "
          f"(unboxed notes: {notes}, with no gold rows: {no_gold})")
    print(f"gold rows: {len(gold_rows)}  narratives with traps: {len(traps)} "
          f"(trap entries: {sum(len(v) for v in traps.values())})")
    print("codes: " + ", ".join(f"{k} {v}" for k, v in sorted(code_counts.items())))
    print("gold levels: " + ", ".join(f"{k} {level_counts[k]}" for k in
                                      ["blue", "green", "yellow", "orange", "red"]))


if __name__ == "__main__":
    main()
