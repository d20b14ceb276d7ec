#!/usr/bin/env python3
"""Blind gold set Z: large families in overcrowded rented housing (Lancashire /
Greater Manchester mill town, 2025-26). Written from /work/shared/taxonomy.md only.

Each narrative is written once, below, with its gold codes and trap notes.
Running this script writes narratives.csv, gold.csv and traps.json (UTF-8, CRLF).
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))


def B(box, text, codes, traps=(), level=None):
    """One narrative. box = level box (blue..red) or 'note' (unboxed; then
    `level` is the single highest cue level in the text, convention 2)."""
    return dict(box=box, text=" ".join(text.split()), codes=list(codes),
                traps=[dict(type=t, code=c, note=n) for (t, c, n) in traps],
                level=level)


CASES = [
    # ------------------------------------------------------------------ Z001
    dict(case="Z001", loc="Weaverside", a="2025-02-10", c="2025-08-28",
         A=[
             B("green", """HV home visit. Nevaeh (7 mths) still only on formula, Shannon unsure how to
               start solids as the older ones 'just ate what we ate' - weaning advice and leaflet given,
               8-12 month review booked for March. Freddie (3) has a funded 15 hrs at Little Acorns but
               has only been 4 times since Jan, mum can't get him there and do 3 school drop offs by 9.
               Routine enquiry re DA - nothing disclosed, no concerns.""",
               ["EYD"],
               [("negated", "DA", "Routine enquiry: nothing disclosed, no concerns.")]),
             B("yellow", """Overcrowded - 9 of them in a 3 bed private let on Hargreaves St: Tyler (15)
               and Kayden (13) on bunks in the box room, Lacey (11) in with Mason (8) and Ava-Rose (6),
               Freddie and the baby in with Shannon. Landlord hasn't replied to 3 requests about black
               mould in the back bedroom. Shannon on UC and hit by the benefit cap since Nov, approx
               £190/mth short, on emergency credit on the gas meter most weeks. Lacey (11) gets Freddie
               and Ava-Rose up, dressed and fed while mum does Nevaeh's feeds and takes Ava-Rose to
               school before going to her own - Lacey late 11 times this half term. Referred for EHW.""",
               ["HOUS", "FIN", "CARER", "EDU-ATT"],
               [("convention", "FIN", "Benefit cap described with a monthly shortfall and fuel "
                 "poverty (emergency credit): a money problem, so FIN (conv 5, 10)."),
                ("convention", "CARER", "Regular care of younger siblings in place of the parent "
                 "(getting up, dressing, feeding, school run) = young carer.")]),
         ],
         C=[
             B("blue", """Shannon doing a weekly meal plan and budget sheet from the credit union
               session and paying £8/wk off the gas arrears. Lacey goes to Weaverside Young Carers on
               Tuesdays after school and loves it - she still helps with the little ones in the mornings
               but mum does the school drop now.""",
               ["FIN", "CARER"],
               [("convention", "FIN", "Blue box, now managing arrears = present (conv 3)."),
                ("convention", "CARER", "Young carers group is an ongoing service (conv 4) and she "
                 "still helps each morning.")]),
             B("yellow", """Housing - still 9 in the 3 bed. On the council register (band B,
               overcrowding) and Shannon bids every week. Landlord treated the mould after EHW wrote to
               him but its already coming back on the back bedroom wall. Next door's teenage lad keeps
               letting fireworks off in the back alley, Shannon has reported him to the council ASB
               team.""",
               ["HOUS"],
               [("outside", "CRIME", "ASB is by a neighbour's son, outside the household (conv 6).")]),
         ]),
    # ------------------------------------------------------------------ Z002
    dict(case="Z002", loc="Bramleigh", a="2025-03-04", c="2025-12-15",
         A=[
             B("green", """HV 6-8 wk contact. Safa (8 wks) gaining well, breastfeeding going well, no
               concerns. Rukhsana scored 16 on the EPDS, tearful, says she can't stop worrying about the
               older boys and 'everything'. Discussed with GP same day, appt 6/3. Ibrahim (4) in
               Reception at Mill Brow Primary - no developmental concerns from school or family.""",
               ["MH-ADULT"],
               [("negated", "EYD", "Ibrahim: no developmental concerns."),
                ("not-coded", "EYD", "Baby feeding and gaining well: good news, no need stated (conv 3).")]),
             B("yellow", """10 people in a 3 bed terrace rented from Haworth Homes, overcrowded by 2
               bedrooms. Bilal (16) left Bramleigh College in Nov after 6 wks on the motor vehicle
               course, not working, in bed till 2pm most days. Aisha (17) does the primary pick ups for
               Hamza (7) and Zainab (9) and cooks tea most nights while mum is with the baby - college say
               she has missed 14 afternoon sessions. Imran works nights at the distribution centre.
               Family say the two-child limit means no child element for the 3 youngest and they are
               £640 behind with the rent.""",
               ["HOUS", "EDU-NEET", "CARER", "EDU-ATT", "FIN"],
               [("convention", "FIN", "Two-child limit described with rent arrears = money problem "
                 "(conv 5). Dad's night work is not FIN by itself (conv 5)."),
                ("convention", "EDU-NEET", "Bilal 16+, not in education/employment (conv 11); no FIN "
                 "from his NEET status (FIN is from the arrears)."),
                ("convention", "EDU-ATT", "Aisha (17) missing college sessions because of caring: "
                 "attendance code applies to college as well as school.")]),
         ],
         C=[
             B("green", """Rukhsana says her mood is 'much better', still on sertraline from the GP
               and has had 4 HV listening visits. Safa (9 mths) weaning well.""",
               ["MH-ADULT"],
               [("convention", "MH-ADULT", "Ongoing treatment codes its area (conv 4) and green box "
                 "now-managing (conv 3).")]),
             B("yellow", """Bilal (16) on a 12 wk pre-employment course with Horizons Youth Trust,
               Mon-Wed. It ends in Feb with no progression place lined up yet so he is at risk of being
               NEET again. Imran moved onto days in June and does the primary pick ups himself, Aisha
               doesn't have to any more. Rent arrears down to £150 on a £10/wk arrangement. Family know
               the two-child limit is going from April 2026 and are waiting to see what it means for
               their UC.""",
               ["EDU-NEET", "FIN"],
               [("partial", "EDU-NEET", "Current, stated risk of NEET (course ends, nothing lined "
                 "up): the code covers 'at risk of it'; not a conditional hypothetical."),
                ("historical", "CARER", "Aisha no longer does the pick ups."),
                ("hypothetical", "FIN", "Two-child limit change is future; FIN is coded from the "
                 "current arrears.")]),
         ]),
    # ------------------------------------------------------------------ Z003
    dict(case="Z003", loc="Cotton Fold", a="2025-02-18", c="2025-10-06",
         A=[
             B("green", """HV visit with Romanian interpreter. Luca (5 mths) has missed his 8 and 12
               week immunisations - the letters were in English and mum didn't know what they were.
               Rebooked at Cotton Fold Medical Centre for 25/2. Sara (3) has very few words in Romanian
               or English per mum and isn't in nursery. ASQ-3 next visit and HV to help Florentina apply
               for the funded place.""",
               ["PH", "EYD"],
               [("convention", "EYD", "Under-5 speech and nursery take-up = EYD (conv 9).")]),
             B("orange", """Landlord served a s21 on 3/2, two weeks after Marius complained to the
               council about no heating in the back bedroom. 8 in a 2 bed flat above the shop on Ribble
               St, kids sleeping 4 to a room on 2 sets of bunks. UC payments suspended for 5 wks in Jan
               after a missed journal appt, family living on cash from Marius's car wash work and
               borrowing off his cousin. Denisa (14) attendence 61% at Cotton Fold High - school say she
               is kept home to mind Luca when mum takes the others to appointments, dad says 'she helps,
               it's normal for us'. Housing Options + TAF booked.""",
               ["HOUS", "FIN", "EDU-ATT", "CARER"],
               [("not-coded", "EDU-EXC", "'suspended' refers to UC payments, not a school suspension."),
                ("convention", "CARER", "Kept off school to mind the baby: a caring role regardless "
                 "of how the family frames it.")]),
         ],
         C=[
             B("yellow", """Family moved in Aug to a 4 bed HA house in Bramleigh through the
               homelessness route. Denisa now at Bramleigh High, attendance since Sept 88% - she is
               still kept off now and then to look after Luca when he's poorly. Luca's imms are all up
               to date now.""",
               ["EDU-ATT", "CARER"],
               [("historical", "HOUS", "Rehoused in Aug; no housing need described now."),
                ("historical", "PH", "Immunisations now up to date: over (conv 3).")]),
         ]),
    # ------------------------------------------------------------------ Z004
    dict(case="Z004", loc="Hetherbank", a="2025-03-17", c="2025-11-20",
         A=[
             B("yellow", """Twins Archie & Alfie (2) - HV 2-2.5 yr review, Archie has about 5 words,
               Alfie none, both still on bottles through the night. Bedtime routine has gone for all 9
               kids, younger ones up till 11pm, Kerry-Ann says she 'gives in for a quiet life'. Lily-Mae
               (5) has 34 lates this yr at Hetherbank Primary.""",
               ["EYD", "REL-PAR", "EDU-ATT"]),
             B("orange", """Brandon (16) on a 9 month referral order (YOS) for criminal damage to a
               bus shelter. Police called to the house 14/3 after Brandon pushed Kerry-Ann into the door
               frame in a row over his phone - no injury, NFA. Kelsey (15) open to CAMHS for self-harm
               (cutting her thighs), last appt Feb. Dean (stepdad) is on licence until Aug and says he
               smokes 'a bit of weed' most nights to unwind.""",
               ["CRIME", "REL-PAR", "MH-CHILD", "SUB"],
               [("convention", "DA", "Son pushing mum is child-to-parent violence: REL-PAR plus "
                 "CRIME (police involved), not DA (conv 8)."),
                ("convention", "CRIME", "Referral order, police call-out about the YP and an adult on "
                 "licence: one CRIME code (conv 7).")]),
         ],
         C=[
             B("orange", """Brandon's referral order finishes in Dec, no new offences since April and
               the YOS worker says he's engaging well. Kelsey was discharged from CAMHS in Sept, no
               self-harm since the summer hols and she's cracking on with her GCSEs.""",
               ["CRIME"],
               [("historical", "MH-CHILD", "Discharged from CAMHS, no self-harm since summer: over."),
                ("partial", "CRIME", "Referral order still running (youth justice, conv 7) though no "
                 "new offences.")]),
             B("yellow", """Twins now 3 and at Busy Bees Pre-school on the 2yr funding; Alfie has his
               first SALT appt in Jan. Kerry-Ann finished the Incredible Years course, the bedtime
               reward chart works 'most nights' but the older ones still roll in after 10pm. Dean says
               he stopped the weed when his licence ended.""",
               ["EYD", "REL-PAR"],
               [("historical", "SUB", "Dean says he has stopped."),
                ("historical", "CRIME", "Licence has ended.")]),
         ]),
    # ------------------------------------------------------------------ Z005
    dict(case="Z005", loc="Weaverside", a="2025-01-27", c="2025-12-03",
         A=[
             B("yellow", """Hodan (mum) is type 2 diabetic, GP says her sugars are poorly controlled,
               and she's exhausted - Sumaya (9 mths) still wakes 3-4 times a night. Ayan (13) goes to all
               of mum's hospital appts to interpret and collects Yasmin (4) from nursery 3 afternoons a
               week, leaving school early to do it. Hibo (8) on the ASD pathway, SENCo has put her on
               SEN support at Weaverside Primary. Benefit cap - Hodan loses £260 a month, DHP
               application in.""",
               ["PH", "CARER", "EDU-ATT", "EDU-SEND", "FIN"],
               [("convention", "EDU-SEND", "ASD pathway = EDU-SEND (conv 4)."),
                ("convention", "EDU-ATT", "Leaving school early three afternoons a week = attendance."),
                ("convention", "FIN", "Benefit cap with a stated loss and a DHP claim (conv 5).")]),
             B("orange", """7 of them in a 2 bed flat on the 5th floor of Ashby House, lift broken for 6
               wks, Hodan carrying the buggy up 5 flights. Housing Options confirm statutory
               overcrowding, band A. Abdirahman (15) stop-searched twice near the precinct, nothing
               found, but police say he's been seen with older lads linked to dealing and Hodan found
               £200 in his coat she can't explain. TAF meeting 4/2.""",
               ["HOUS", "SAFE-EXP"],
               [("not-coded", "CRIME", "Stop-search with nothing found is not offending or a "
                 "call-out about his behaviour; the concern is exploitation (SAFE-EXP).")]),
         ],
         C=[
             B("orange", """Family moved to a 4 bed house on Clough Rd in Sept. Abdirahman - NRM
               referral made in April, open to the Complex Safeguarding team, no missing episodes since
               July. Ayan goes to Weaverside Young Carers fortnightly and a neighbour does the nursery
               pick ups now.""",
               ["SAFE-EXP", "CARER"],
               [("historical", "HOUS", "Rehoused in Sept."),
                ("convention", "CARER", "Young carers service ongoing (conv 4)."),
                ("partial", "SAFE-EXP", "Missing episodes are past but he remains open to Complex "
                 "Safeguarding: exploitation still current.")]),
         ]),
    # ------------------------------------------------------------------ Z006
    dict(case="Z006", loc="Cotton Fold", a="2025-04-08", c="2025-09-22",
         A=[
             B("yellow", """Nazia disclosed Tariq has run up about £4,000 on betting apps and 2 credit
               cards, and there's a final demand from the water company. They argue most nights about it
               and the kids hear. Nazia is clear there's no violence, he doesn't control her money or
               phone and she feels safe. Panic attacks since Christmas, on the Talking Therapies waiting
               list. 9 of them in a 3 bed but the family say space isn't an issue for them.""",
               ["FIN", "REL-CONF", "MH-ADULT"],
               [("negated", "DA", "No violence, no control, feels safe: arguments are REL-CONF (conv 8)."),
                ("convention", "SUB", "Gambling debts are FIN, not SUB (conv 10)."),
                ("negated", "HOUS", "Family say space isn't an issue; no overcrowding need stated.")]),
             B("blue", """Tariq has put a 5 year self-exclusion on all betting apps through GamStop
               and his brother is helping them draw up a budget. Ahmed (16) at college doing plumbing
               and works Saturdays at the cash & carry.""",
               ["FIN"],
               [("not-coded", "EDU-EXC", "'self-exclusion' is from gambling, not school."),
                ("not-coded", "EDU-NEET", "Ahmed in college and working: good news, no need."),
                ("convention", "FIN", "Blue box, family managing the gambling debts (conv 3, 10).")]),
         ],
         C=[
             B("green", """Nazia finished 8 sessions of Talking Therapies, panic attacks 'rare now', GP
               reviewing her propranolol next month. DRO approved for the credit cards and they're paying
               the water arrears at £20 a month. Tariq says no bets since March.""",
               ["MH-ADULT", "FIN"]),
         ]),
    # ------------------------------------------------------------------ Z007
    dict(case="Z007", loc="Hetherbank", a="2025-05-14", c="2026-01-19",
         A=[
             B("red", """ICPC 12/5 - all 5 children subject to CP plans, neglect and emotional harm.
               Jason (Marley's dad) assaulted Chantelle in the kitchen in front of Indie (4) and Marley
               (14 mths) on 28/4, arrested and charged, DVPO granted. Police found no food in the house
               apart from a box of cereal, dog mess on the kitchen floor, Marley in a soaked nappy and no
               working cooker.""",
               ["DA", "SAFE-NEG"],
               [("convention", "CRIME", "Partner's assault/arrest against the adult victim is DA only "
                 "(conv 7).")]),
             B("orange", """Referred to MARAC (meeting 20/5), IDVA allocated. Chantelle and the 5 kids
               in a 3 bed HA house with damp and mould in 2 bedrooms - Keanu (12) and Rocco (7) have
               moved into mum's room because of it. Keanu has been missing overnight twice since March,
               both times found by police in the town centre. Skye (9) attendance 79%, mum can't get 5
               kids to 3 different settings by 8.50 with no car.""",
               ["DA", "HOUS", "SAFE-EXP", "EDU-ATT"],
               [("convention", "CRIME", "Police finding a missing child is safeguarding, not CRIME "
                 "(conv 7).")]),
         ],
         C=[
             B("red", """RCPC 2/12: CP plans ended, stepped down to a child in need plan for 3 months.
               Home conditions better but SW still found the fridge empty at 2 of the last 5 unannounced
               visits and Chantelle is relying on the breakfast club to feed Indie and Rocco.""",
               ["SAFE-NEG"],
               [("convention", "SAFE-NEG", "Empty fridge / children fed at breakfast club = food in "
                 "the home (conv 10), not FIN (no food bank or money problem stated).")]),
             B("orange", """Jason remanded then sentenced to 14 months; non-mol in place till 2027.
               Chantelle on the Freedom Programme, week 8 of 12. Keanu - no missing episodes since
               June.""",
               ["DA"],
               [("convention", "CRIME", "Jason is outside the household and his offence is against "
                 "Chantelle: DA only (conv 6, 7)."),
                ("historical", "SAFE-EXP", "No missing episodes since June.")]),
         ]),
    # ------------------------------------------------------------------ Z008
    dict(case="Z008", loc="Bramleigh", a="2025-05-06", c="2025-12-09",
         A=[
             B("orange", """Police called by neighbours twice in April about shouting at the address.
               Craig drinking 8-10 cans most nights for over a year, Lauren says they only row when he's
               had a drink. Both say there has never been any violence and police recorded no offences.
               Craig has agreed to a referral to Horizon Recovery. Lauren 28 wks pregnant.""",
               ["SUB", "REL-CONF"],
               [("negated", "DA", "Never any violence; rows between parents = REL-CONF (conv 8)."),
                ("not-coded", "CRIME", "Police call-out about parents' shouting, no offence, not a "
                 "young person's behaviour (conv 7).")]),
             B("yellow", """Badly overcrowded - 8 (9 when the baby comes) in a 3 bed HA semi. Ellie
               (16) has the box room, Jack (14) and Riley (6) share a bunk bed with Poppy (11) on a camp
               bed in the same room, Esmae (4) and Theo (2) in with parents. Riley needed 4 stitches to
               his head in March when the top bunk slats gave way. Theo has not had his 2-2.5 yr review -
               2 DNAs.""",
               ["HOUS", "PH", "EYD"],
               [("convention", "EYD", "Missed 2-2.5 yr development review coded EYD (development "
                 "checks), not PH (judgement).")]),
         ],
         C=[
             B("blue", """Baby Oscar born in Aug so 9 in the 3 bed now; family on the HA transfer list
               for a 4 bed and bid weekly. Craig still sees his Horizon Recovery worker fortnightly and
               keeps his drinking to weekends. Lauren says they still bicker about his drinking but it
               doesn't get loud now.""",
               ["HOUS", "SUB", "REL-CONF"],
               [("convention", "SUB", "Ongoing drug & alcohol service + still drinking (conv 4); "
                 "blue box now-managing (conv 3).")]),
         ]),
    # ------------------------------------------------------------------ Z009
    dict(case="Z009", loc="Cotton Fold", a="2025-06-02", c="2026-02-11",
         A=[
             B("green", """Evie (9) has cerebral palsy and is a wheelchair user; physio and OT from the
               children's therapy team, missed her orthotics appt in May, rebooked. Family get DLA for
               Evie and Becky gets Carer's Allowance, no money problems reported.""",
               ["PH"],
               [("convention", "FIN", "Benefit names alone are not FIN; money problems negated (conv 5)."),
                ("convention", "CARER", "Becky is an adult carer: 'Carer's Allowance' is not CARER "
                 "(conv 5, 12).")]),
             B("yellow", """Jade (13) helps lift Evie in and out of the bath most evenings and sits up
               with her when she has seizures in the night so Becky can sleep. Callum (15) on a reduced
               timetable (mornings only) at Cotton Fold High since Jan because of anxiety, sees the
               school counsellor weekly. Overcrowded - 7 in a 3 bed private rented terrace with steep
               stairs and no downstairs loo, Becky carries Evie up to bed.""",
               ["CARER", "PH", "EDU-ATT", "MH-CHILD", "HOUS"],
               [("convention", "EDU-ATT", "Reduced / part-time timetable = EDU-ATT."),
                ("convention", "PH", "Evie's night seizures are a current physical health need in "
                 "this box's own text (conv 1).")]),
         ],
         C=[
             B("orange", """Still no adapted property - landlord refused a stairlift, OT has written in
               support of band A and the TAF meets monthly. Jade goes to the young carers group and Evie
               has a respite night once a month, so Jade isn't sitting up with her any more. Becky's
               back has gone from all the lifting, GP referred her to physio.""",
               ["HOUS", "CARER", "PH"],
               [("convention", "CARER", "Night-sitting stopped but the young carers group is an "
                 "ongoing service (conv 4)."),
                ("convention", "HOUS", "Family still awaiting rehousing to a suitable property.")]),
         ]),
    # ------------------------------------------------------------------ Z010
    dict(case="Z010", loc="Hetherbank", a="2025-11-04", c="2026-05-12",
         A=[
             B("green", """HV primary visit. Frankie (3 wks) born by c-section, bottle fed, back above
               birth weight. Kirsty EPDS 18, cries most days, says she's 'failing all of them'; GP
               informed. No space for a cot in the bedroom so Frankie is sleeping in the double bed with
               Kirsty and Lola (3). Safe sleep advice given and HV requested a Moses basket from Little
               Cherubs baby bank.""",
               ["MH-ADULT", "SAFE-NEG", "HOUS"],
               [("convention", "SAFE-NEG", "Newborn with no safe sleeping space (basic care) coded "
                 "SAFE-NEG (judgement)."),
                ("convention", "HOUS", "'No space for a cot' describes overcrowding.")]),
             B("yellow", """Alisha (15) hasn't been in school since Oct half term, says she 'can't face
               it'; GP referred to CAMHS, on the waiting list. Since Frankie was born Reece (12) has been
               getting Kai (8) and Lola up, giving them breakfast and walking them to school and nursery
               most mornings, and is late in himself most days.""",
               ["EDU-ATT", "MH-CHILD", "CARER"],
               [("convention", "MH-CHILD", "Awaiting CAMHS codes MH-CHILD (conv 4).")]),
         ],
         C=[
             B("green", """Kirsty on sertraline, EPDS 9 today, goes to the Hetherbank mums and babies
               group on Thursdays. Frankie sleeping in his own Moses basket now. Kirsty's mum comes
               round at half 7 so Reece isn't doing the mornings any more.""",
               ["MH-ADULT"],
               [("historical", "SAFE-NEG", "Baby now has his own sleeping space."),
                ("historical", "CARER", "Reece no longer does the mornings.")]),
             B("orange", """Alisha seen by CAMHS since Feb, 6 sessions of CBT so far. Back in school
               on a part-time timetable in the inclusion hub, 2 lessons a day.""",
               ["MH-CHILD", "EDU-ATT"]),
         ]),
    # ------------------------------------------------------------------ Z011
    dict(case="Z011", loc="Weaverside", a="2025-09-15", c="2026-03-02",
         A=[
             B("orange", """Tyrone (14) - 3 suspensions since Sept 2024 for fighting and swearing at
               staff, Weaverside High proposing a managed move. Police called 2/9 after Tyrone and 2
               mates threw stones at a bus on Bury Rd, window smashed.""",
               ["EDU-EXC", "CRIME"]),
             B("yellow", """Lee off work since hurting his back in May, smokes cannabis every day in
               the yard and says it helps the pain; Danielle doesn't use. Family on UC, benefit cap
               applied from July - £75 a wk short - and 2 months behind with rent (£1,240). Overcrowded,
               9 in a 3 bed with the 4 boys in one room on bunks and a cabin bed. Bonnie (1) not sitting
               unsupported yet, HV has referred to physio.""",
               ["PH", "SUB", "FIN", "HOUS", "EYD"],
               [("partial", "SUB", "Danielle doesn't use (negated for her); Lee's daily use is present."),
                ("convention", "EYD", "Under-5 motor delay at development review coded EYD.")]),
             B("blue", """N/A""", []),
         ],
         C=[
             B("orange", """Tyrone on a managed move to Moorfield Academy since Nov, 1 internal
               exclusion since. Youth caution in Oct for the bus, YOS doing a 6 wk prevention programme
               with him. Lee still has a smoke 'now and then'; he was awarded LCWRA in Dec so the benefit
               cap no longer applies, rent arrears on a £10/wk plan.""",
               ["EDU-EXC", "CRIME", "SUB", "FIN"],
               [("convention", "PH", "LCWRA is a benefit element: it does not imply PH (conv 5)."),
                ("convention", "FIN", "Rent arrears still being repaid: current money problem.")]),
         ]),
    # ------------------------------------------------------------------ Z012
    dict(case="Z012", loc="Bramleigh", a="2025-02-24", c="2025-09-29",
         A=[
             B("orange", """Family of 8 moved by the Home Office from a bridging hotel into council TA
               in Jan - 2 rooms at the Grange Lodge with a shared kitchen, Farhad (16) sleeping on the
               floor. Farhad not enrolled anywhere since arriving, on the ESOL waiting list at Bramleigh
               College. Nasir (dad) has flashbacks and panic, GP diagnosed PTSD and referred him to the
               refugee trauma service.""",
               ["HOUS", "EDU-NEET", "MH-ADULT"]),
             B("yellow", """Mariam (14) told her form tutor she has nightmares about the journey and is
               scared to go to sleep; school have referred her to the Bramleigh refugee youth project for
               counselling. Omid (11) says he's fine. Ali (2) only registered with a GP last month and
               has had no MMR or preschool boosters, HV booked catch-up imms.""",
               ["MH-CHILD", "PH"],
               [("convention", "PH", "School-age sleep problem is PH (conv 9); also Ali's missing "
                 "imms. Trauma/counselling gives MH-CHILD.")]),
         ],
         C=[
             B("yellow", """Family moved into a 4 bed private let through the council's resettlement
               team in July. Farhad doing ESOL and maths at Bramleigh College 3 days a week. Nasir has
               had 5 sessions of EMDR at the trauma service, says the flashbacks are less but still
               there.""",
               ["MH-ADULT"],
               [("historical", "HOUS", "Rehoused in July."),
                ("historical", "EDU-NEET", "Farhad now in education.")]),
             B("green", """Ali's catch-up imms complete and 2 yr review done, no concerns.""",
               [],
               [("historical", "PH", "Imms complete: over (conv 3)."),
                ("negated", "EYD", "2 yr review, no concerns.")]),
         ]),
    # ------------------------------------------------------------------ Z013
    dict(case="Z013", loc="Cotton Fold", a="2025-10-01", c="2026-04-14",
         A=[
             B("yellow", """School report Kaiden (9) and Summer (5) arriving without breakfast most
               days, Kaiden taking food from other kids' lunchboxes. Summer has had head lice since Sept
               and her uniform isn't being washed. Stacey says the washer broke in Aug and she can't
               afford another, uses the launderette when there's money. Her dad drops a food shop round
               every other Thurs when her UC runs out.""",
               ["SAFE-NEG", "FIN"],
               [("convention", "SAFE-NEG", "Hungry children, untreated lice, unwashed uniform = "
                 "neglect (conv 10)."),
                ("convention", "FIN", "Can't afford a washer, UC runs out before payday = money "
                 "problem; both codes when both are described (conv 10).")]),
             B("orange", """Overcrowded - 6 of them in a 2 bed flat, Demi (13) shares with Connor (11)
               and Kaiden, Summer and Archie (2) in with mum. Demi told the school nurse she feels
               'invisible' at home and has been cutting her arms, school nurse made an urgent CAMHS
               referral.""",
               ["HOUS", "MH-CHILD"]),
         ],
         C=[
             B("yellow", """Stacey got a new washing machine through the Household Support Fund in
               Nov, kids coming in clean and Summer's lice treated. Breakfast club still giving Kaiden
               and Summer toast as they come in hungry on Mondays.""",
               ["SAFE-NEG"],
               [("historical", "FIN", "Washer replaced via a past grant; no current money problem "
                 "stated."),
                ("partial", "SAFE-NEG", "Hygiene resolved but children still arrive hungry.")]),
             B("orange", """Demi open to CAMHS, seen every 2 wks, no self-harm reported since Jan.
               Still 6 in the 2 bed - Housing Options say band B and likely over a year's wait.""",
               ["MH-CHILD", "HOUS"],
               [("partial", "MH-CHILD", "Self-harm historical, but open to CAMHS (conv 4).")]),
         ]),
    # ------------------------------------------------------------------ Z014
    dict(case="Z014", loc="Hetherbank", a="2025-07-03", c="2026-01-28",
         A=[
             B("red", """Strategy meeting 3/7 after Isla (7) told her teacher 'Ryan hit mummy and held
               her by the neck'. S47 initiated. Gemma first denied it, now says Ryan takes her bank card
               and phone and decides who she sees. Ryan bailed to his mum's, conditions not to contact
               Gemma or come to the house.""",
               ["DA"],
               [("convention", "CRIME", "Partner's offence against the adult victim: DA only (conv 7).")]),
             B("orange", """Leah (15) missing overnight 3 times in June, returned by police each time -
               last time found in a car with 2 adult men in Moorgate. She has a new iPhone nobody in the
               family bought her. Freya (5) 81% attendance, Gemma says she can't get 5 to school and
               Teddy (8 mths) to baby clinic on her own.""",
               ["SAFE-EXP", "EDU-ATT"],
               [("convention", "CRIME", "Police returning a missing child is not CRIME (conv 7).")]),
         ],
         C=[
             B("orange", """Ryan charged with controlling and coercive behaviour, trial in March, bail
               conditions still in place. Gemma has started the Freedom Programme. Leah open to the
               Complex Safeguarding team, 1 missing episode in Sept, found within 3 hrs.""",
               ["DA", "SAFE-EXP"]),
         ]),
    # ------------------------------------------------------------------ Z015
    dict(case="Z015", loc="Weaverside", a="2025-04-22", c="2025-11-11",
         A=[
             B("yellow", """12 people in a 4 bed council house on Marsh Lane since Kayleigh (19) and her
               boyfriend moved back in when their flat fell through - they're on an airbed in the living
               room. Courtney (16) dropped out of her hair & beauty course in Oct, not working, 'wants a
               break'. Uniform for 5 kids at 3 different schools came to over £600 last Aug, Jo put it on
               Klarna and has now missed 3 payments.""",
               ["HOUS", "EDU-NEET", "FIN"]),
             B("green", """HV new birth visit: Bluebell (6 wks) feeding well. Jo says she's 'knackered,
               but it's baby number 9, we know the drill' and Gary does the weekend nights. Reggie (4)
               starts Reception in Sept - nursery say he's still in nappies all day and doesn't tell them
               when he needs the toilet.""",
               ["EYD"],
               [("not-coded", "PH", "Ordinary new-baby tiredness, coping, with support: no sleep or "
                 "health need described (judgement)."),
                ("not-coded", "MH-ADULT", "No emotional difficulty described.")]),
         ],
         C=[
             B("green", """Reggie (5) in Reception at Marsh Lane Primary, dry in the day since the
               summer but still wets the bed most nights - school nurse has given advice. Courtney
               started an apprenticeship at a day nursery in Sept.""",
               ["PH"],
               [("convention", "PH", "Bedwetting at school age is PH, not EYD (conv 9)."),
                ("historical", "EDU-NEET", "Courtney now in an apprenticeship.")]),
         ]),
    # ------------------------------------------------------------------ Z016
    dict(case="Z016", loc="Cotton Fold", a="2025-11-24", c="2026-06-08",
         A=[
             B("yellow", """Paul and Kelly-Marie struggling with the boys - Jordan (14) and Kian (13)
               share a bunk bed and fight most nights, Kian kicked a hole in the bedroom door last wk.
               No set teatime, kids eat when they want in front of the TV. Kelly-Marie says she's 'on
               her knees', hasn't had more than 3 hrs sleep a night since Star (4 mths) was born. Ronnie
               (3) at nursery 15 hrs, speech age appropriate.""",
               ["REL-PAR", "PH"],
               [("convention", "PH", "Parent's sustained sleep deprivation (3 hrs a night) coded PH "
                 "(sleep) (judgement)."),
                ("not-coded", "HOUS", "Sharing a bunk bed alone, with no overcrowding stated, is "
                 "not coded (judgement)."),
                ("not-coded", "EYD", "Ronnie: good news only.")]),
             B("orange", """Jordan (14) permanently excluded from Cotton Fold High on 12/11 for
               bringing a lock knife into school, now at the Riverbank PRU. Police interviewed him for
               possession of a bladed article and referred him to YOS for an out of court disposal.""",
               ["EDU-EXC", "CRIME"]),
         ],
         C=[
             B("orange", """Jordan still at Riverbank PRU full time, attendance 92%, YOS intervention
               (youth conditional caution) ends in July. Parents finished the Triple P group in March
               and teatimes are at the table most nights. Kian still has angry outbursts but hasn't
               damaged anything since Feb.""",
               ["EDU-EXC", "CRIME", "REL-PAR"],
               [("convention", "EDU-EXC", "Still placed at the PRU after a permanent exclusion: "
                 "ongoing consequence of exclusion (judgement)."),
                ("not-coded", "EDU-ATT", "92% at PRU is good news, no need stated.")]),
             B("blue", """Paul and Kelly-Marie say they work well as a team and back each other up with the kids,
               no arguments to speak of. No DA. Neither parent drinks or uses.""",
               [],
               [("negated", "REL-CONF", "No arguments to speak of; no conflict need stated."),
                ("negated", "DA", "'No DA'."),
                ("negated", "SUB", "Neither parent drinks or uses.")]),
         ]),
    # ------------------------------------------------------------------ Z017
    dict(case="Z017", loc="Hetherbank", a="2025-01-13", c="2025-07-21",
         A=[
             B("yellow", """3 bed private rent on Tanner St, black mould in all 3 bedrooms and the
               bathroom ceiling leaks when it rains. Patrick (10) and Orla (7) both asthmatic, Orla
               admitted to the Royal twice since Nov with wheeze. Landlord ignoring emails, EHW has
               contacted Environmental Health.""",
               ["HOUS", "PH"]),
             B("blue", """Sean off work since he fell off a ladder in Jan (broken wrist), self employed
               so no sick pay - Aoife's brother is lending them the rent till he's back. Roisin (10
               mths) had a chesty cough on and off, GP says it's viral.""",
               ["PH", "FIN"],
               [("convention", "FIN", "No income and borrowing for rent = money problem, managed "
                 "through own network (blue, conv 3).")]),
         ],
         C=[
             B("orange", """Landlord served a s21 in April, 3 wks after the council's improvement
               notice. Notice expired in June and he has applied for possession; Housing Options have
               accepted a prevention duty.""",
               ["HOUS"]),
             B("green", """Orla - no hospital admissions since March, on a brown preventer inhaler,
               asthma nurse review every 3 months. Sean back at work part time.""",
               ["PH"],
               [("convention", "PH", "Ongoing treatment for asthma (conv 4), green now-managing."),
                ("historical", "FIN", "Back at work; no money problem now stated.")]),
         ]),
    # ------------------------------------------------------------------ Z018
    dict(case="Z018", loc="Weaverside", a="2025-06-16", c="2026-01-12",
         A=[
             B("green", """Triplets Ada, Ezra and Noah (4) start Reception at Moss Lane Primary in
               Sept. Nursery say Noah has very little speech, doesn't respond to his name and lines his
               cars up for long periods; nursery SENCo has referred him onto the ASD pathway. Ada and
               Ezra on track. Rachel and Mark say they'll manage 3 lots of uniform, and if not the school
               has a pre-loved rail.""",
               ["EYD", "EDU-SEND"],
               [("convention", "EYD", "Under-5 speech = EYD (conv 9)."),
                ("convention", "EDU-SEND", "ASD pathway = EDU-SEND (conv 4), also for a nursery child."),
                ("hypothetical", "FIN", "Uniform costs only 'if not' - hypothetical.")]),
             B("yellow", """Rachel hasn't been out of the house on her own since Mabel (10 mths) was
               born, cries most evenings, PHQ-9 15 at the GP. Mark works 12 hr shifts 6 days at the
               depot. 6 of them in a 2 bed flat that's far too small - triplets in one room (bunk + cot
               bed), Harrison (7) sleeps in with Mabel and the parents.""",
               ["MH-ADULT", "HOUS"],
               [("convention", "FIN", "Working long shifts is not FIN (conv 5).")]),
         ],
         C=[
             B("green", """Rachel on citalopram from the GP and goes to the Mums Matter group at the
               children's centre - mood better but 'still some bad days'. Noah in Reception with SEN
               support, ASD assessment appt in March. Still 6 in the 2 bed, on the housing register.""",
               ["MH-ADULT", "EDU-SEND", "HOUS"]),
         ]),
    # ------------------------------------------------------------------ Z019
    dict(case="Z019", loc="Bramleigh", a="2025-08-26", c="2026-03-16",
         A=[
             B("orange", """Liam (17) arrested 19/8 in Oldfield with 20 wraps of crack and £400 cash,
               police believe he's running for a county line out of Merseyside. Missing 4 times since
               June, once for 3 days. Complex Safeguarding referral, NRM submitted. No evidence Liam uses
               drugs himself.""",
               ["SAFE-EXP", "CRIME"],
               [("convention", "SUB", "Drugs found on an exploited child: SAFE-EXP + CRIME, not SUB "
                 "(conv 12); own use negated.")]),
             B("yellow", """Kacey (15) gets Paisley (4) and Oakley (2) up, dressed and to
               nursery/childminder 4 mornings a week because Tanya starts at 6am at the care home. Kacey
               late 22 times this term at Bramleigh High. Tanya says she's 'running on empty' but won't
               drop any shifts.""",
               ["CARER", "EDU-ATT"],
               [("not-coded", "MH-ADULT", "'Running on empty' is a tiredness idiom, no mental health "
                 "or sleep need described (judgement)."),
                ("convention", "FIN", "Working shifts is not FIN (conv 5).")]),
         ],
         C=[
             B("orange", """Liam got a 12 month YRO in Jan, YOS and Complex Safeguarding working
               jointly, no missing episodes since Nov. His older cousin (lives in Liverpool) has been
               remanded over the same line.""",
               ["CRIME", "SAFE-EXP"],
               [("outside", "CRIME", "Cousin is outside the household; CRIME comes from Liam's YRO."),
                ("partial", "SAFE-EXP", "Missing episodes historical; open to Complex Safeguarding.")]),
             B("yellow", """Kacey referred to Bramleigh Young Carers, goes to their Weds group.
               Paisley now does breakfast club at school so Kacey only takes Oakley 2 days a wk. Lates
               down to 4 this half term.""",
               ["CARER", "EDU-ATT"],
               [("partial", "EDU-ATT", "Lateness reduced but still present.")]),
         ]),
    # ------------------------------------------------------------------ Z020
    dict(case="Z020", loc="Cotton Fold", a="2025-03-10", c="2025-10-27",
         A=[
             B("yellow", """Overcrowded - 11 in a 3 bed private let on Peel St: 4 boys in one room on 2
               sets of bunks, 4 girls in the other, Noor (1) in with parents. The kids are at 5
               different settings (Cotton Fold High, Bramleigh Girls, Peel St Primary, Little Stars
               nursery and a childminder) and Fouzia does all the drops on foot - no concerns about
               attendance from any of them. Idris (5) in Yr 1, SENCo applying for an EHC needs
               assessment for global delay.""",
               ["HOUS", "EDU-SEND"],
               [("negated", "EDU-ATT", "No attendance concerns from any setting."),
                ("not-coded", "REL-PAR", "Several settings at once is described as managed; no "
                 "need stated.")]),
             B("green", """Noor (1) 1 yr review - all areas fine. Maryam (3) speech hard to
               understand, HV referred to SALT drop-in. Khalid (type 1 diabetic) has lost some sight in
               his left eye and can't drive his taxi any more - family income roughly halved.""",
               ["EYD", "PH", "FIN"],
               [("convention", "FIN", "Loss of work and halved income = worklessness/money problem.")]),
         ],
         C=[
             B("green", """Maryam (4) finished a block of 6 SALT sessions, speech much clearer and
               discharged. Idris's EHCP issued in Sept, 1:1 in class mornings. Still 11 in the 3 bed -
               Fouzia bids every week for a 5 bed.""",
               ["EDU-SEND", "HOUS"],
               [("historical", "EYD", "SALT finished and discharged: over (conv 3).")]),
         ]),
    # ------------------------------------------------------------------ Z021
    dict(case="Z021", loc="Hetherbank", a="2025-09-08", c="2026-02-23",
         A=[
             B("yellow", """Michelle left Sonny and Ivy's dad (Wayne) in 2021 because of DV - no contact
               since the non-mol ended in 2022 apart from texts about the kids. Wayne drinks heavily and
               keeps missing contact; he and Michelle are now arguing by text about it and he says he'll
               take her to court. Michelle says the texts are rude but not threatening. Ivy (6) has
               started wetting the bed again since contact stopped. Dan (Rio's dad) lives with them, no
               concerns.""",
               ["REL-CONF", "PH"],
               [("historical", "DA", "DV ended in 2021; texts not threatening."),
                ("outside", "SUB", "Wayne's drinking: he is outside the household (conv 6)."),
                ("convention", "REL-CONF", "Contact dispute with the ex is a family relationship "
                 "need (REL-CONF)."),
                ("convention", "PH", "School-age bedwetting = PH (conv 9).")]),
             B("green", """Rio (6 mths) - eczema on his face and legs, GP prescribed emollients and 1%
               hydrocortisone, HV showed Michelle how to apply. Weaning started.""",
               ["PH"],
               [("not-coded", "EYD", "Weaning started with no difficulty described.")]),
         ],
         C=[
             B("yellow", """Michelle and Wayne are 2 sessions into 4 at Hetherbank Family Mediation and
               contact has restarted, alternate Saturdays at his mum's. Ivy still wets 2-3 nights a week,
               school nurse referred her to the enuresis clinic.""",
               ["REL-CONF", "PH"],
               [("convention", "REL-CONF", "Ongoing mediation codes its area (conv 4).")]),
         ]),
    # ------------------------------------------------------------------ Z022
    dict(case="Z022", loc="Weaverside", a="2025-02-03", c="2025-11-17",
         A=[
             B("red", """Child in need plan since Jan, SW Debbie R. Zoe drinking vodka daily, school say
               she smelt of drink at 2 meetings about Jacob (7). Amelia (16) does Maisie's
               (5 wks) night feeds on the nights Zoe has been drinking. Zoe denies any drug use, hair
               strand test clear.""",
               ["SUB", "CARER"],
               [("partial", "SUB", "Drug use negated but daily alcohol misuse is present."),
                ("convention", "CARER", "16-year-old doing a newborn's night feeds in place of the parent.")]),
             B("orange", """Amelia hasn't been into Weaverside Sixth Form since Maisie was born, sixth
               form say she'll be taken off roll if she doesn't come back by half term. Kyle (13)
               arrested for shoplifting from the Co-op with 2 friends on 3/1, released under
               investigation.""",
               ["EDU-ATT", "CRIME"],
               [("hypothetical", "EDU-NEET", "Being taken off roll only 'if she doesn't come back': "
                 "conditional, so not EDU-NEET; current non-attendance is EDU-ATT.")]),
         ],
         C=[
             B("orange", """CIN plan closed in Oct. Zoe 10 wks alcohol free, on acamprosate, sees her
               Weaverside Drug & Alcohol Service worker weekly. Amelia back at sixth form full time and
               not doing nights any more. Lottie (3) started nursery in Sept but only goes to 2 of her 5
               sessions.""",
               ["SUB", "EYD"],
               [("convention", "SUB", "Alcohol free but in ongoing treatment (conv 4)."),
                ("historical", "CARER", "Amelia no longer does nights."),
                ("historical", "EDU-ATT", "Amelia back full time.")]),
         ]),
    # ------------------------------------------------------------------ Z023
    dict(case="Z023", loc="Bramleigh", a="2025-01-20", c="2025-10-06",
         A=[
             B("yellow", """Claire (mum) died of breast cancer in Oct. Stephen now sole parent to 5,
               gave up his job at the depot to do the school and nursery runs, living on UC and
               bereavement support payment and £320 behind with council tax. Stephen describes low mood
               and says he 'can't grieve, there's no time'; GP offered antidepressants, he's declined for
               now. Claire's mum (lives across town) has dementia so can't help.""",
               ["FIN", "MH-ADULT"],
               [("outside", "PH", "Maternal gran's dementia: outside the household (conv 6)."),
                ("historical", "PH", "Claire's cancer - she has died; not a current household need.")]),
             B("orange", """Ellie-May (13) referred to CAMHS by the GP after telling a friend she wants
               to 'be with mum'; safety plan in place, school pastoral checking in daily. Josh (16) cooks
               tea most nights and takes Rosie (2) to nursery, and dropped out of his college course in
               Dec.""",
               ["MH-CHILD", "CARER", "EDU-NEET"]),
         ],
         C=[
             B("yellow", """Josh started Level 2 catering at Bramleigh College in Sept, still does tea 2
               nights a week. Ellie-May discharged by CAMHS in Aug, now sees the school counsellor
               weekly.""",
               ["CARER", "MH-CHILD"],
               [("historical", "EDU-NEET", "Josh back in education."),
                ("partial", "MH-CHILD", "CAMHS ended but school counselling ongoing (conv 4).")]),
             B("blue", """Stephen says his mood is 'better than it was', still has bad days, goes to a
               dads' bereavement group once a month and his sister has the kids Saturdays. Paying the
               council tax arrears at £25 a month.""",
               ["MH-ADULT", "FIN"],
               [("convention", "FIN", "Blue now-managing arrears (conv 3).")]),
         ]),
    # ------------------------------------------------------------------ Z024
    dict(case="Z024", loc="Cotton Fold", a="2025-01-29", c="2025-07-09",
         A=[
             B("yellow", """Shanice (17) is 30 wks pregnant, seeing the teenage pregnancy midwife, not
               in education or work since leaving college at Christmas. Currently 7 in a 3 bed, Marcus
               (14) sleeps on a sofa bed in the front room. Zion (18 mths) not walking yet, HV referred
               to the childrens physio.""",
               ["EDU-NEET", "HOUS", "EYD"],
               [("not-coded", "PH", "Pregnancy itself is not a need; under-5 motor delay coded EYD "
                 "(judgement).")]),
             B("orange", """Marcus (14) - 5 day suspension after a fight, his 3rd this year; Cotton
               Fold High say he's at risk of permanent exclusion. Police attended 20/1 after Marcus
               threw a chair at his dad Kofi during a row about his phone.""",
               ["EDU-EXC", "REL-PAR", "CRIME"],
               [("convention", "DA", "Child-to-parent violence with police = REL-PAR + CRIME, "
                 "not DA (conv 8).")]),
         ],
         C=[
             B("yellow", """Baby Amara born in April, Shanice and Amara share a room with Tiana (11).
               Shanice has a Care to Learn place for Sept to restart college. Marcus on a managed move to
               Hetherbank Academy since March, 1 suspension since. No further police involvement.""",
               ["EDU-NEET", "EDU-EXC"],
               [("convention", "EDU-NEET", "Not in education until Sept: still NEET now."),
                ("not-coded", "HOUS", "Room sharing stated without overcrowding (judgement)."),
                ("historical", "CRIME", "No further police involvement.")]),
         ]),
    # ------------------------------------------------------------------ Z025
    dict(case="Z025", loc="Weaverside", a="2025-10-13", c="2026-04-20",
         A=[
             B("yellow", """Cameron (14) diagnosed ADHD in the summer, on methylphenidate; school have
               requested an EHC needs assessment. Millie (12) being bullied on Snapchat by girls in her
               year, screenshots shown to school, she's asked to change form group.""",
               ["EDU-SEND", "SAFE-EXP"],
               [("convention", "SAFE-EXP", "Bullying of the child (online) = SAFE-EXP.")]),
             B("green", """Nova (8 wks) - reflux, GP prescribed Gaviscon, HV reviewing feeds. Arlo (3)
               missed his 2-2.5 yr review, rebooked at nursery. Jamie works 6 days at the tyre centre,
               Natalie's mum helps with the school run. No debts, family manage on the UC top up and
               Jamie's wage.""",
               ["PH", "EYD"],
               [("negated", "FIN", "No debts; UC top-up alone is not FIN (conv 5).")]),
         ],
         C=[
             B("yellow", """Cameron's EHCP finalised in Feb, 1:1 in core subjects. Millie moved forms
               and says the Snapchat stuff has stopped; school will put her forward for the counsellor
               if she gets anxious again. Nova's reflux has settled, off the Gaviscon.""",
               ["EDU-SEND"],
               [("historical", "SAFE-EXP", "Bullying has stopped."),
                ("hypothetical", "MH-CHILD", "Counsellor only 'if she gets anxious again'."),
                ("historical", "PH", "Reflux settled, off medication.")]),
         ]),
    # ------------------------------------------------------------------ Z026
    dict(case="Z026", loc="Bramleigh", a="2025-08-11", c="2026-02-02",
         A=[
             B("orange", """Section 21 served 1/8, expires 30/9 - landlord is selling up. Housing Options
               say a 4 bed is very unlikely and the family may have to go into TA. Leanne worried they'll
               be split across B&B rooms.""",
               ["HOUS"]),
             B("yellow", """Kieran (17) works full time at the warehouse and pays Leanne £50 a week
               board. Brooke (15) has missed 20 sessions this term, Leanne says it's migraines, GP appt
               booked. Benefit cap cut Leanne's UC by £180 a month from June and she's now £900 behind
               with the rent.""",
               ["EDU-ATT", "PH", "FIN"],
               [("not-coded", "EDU-NEET", "Kieran (17) is in full-time work.")]),
         ],
         C=[
             B("orange", """Family placed in TA in Oct - a 3 bed house on Rook St, 8 of them. Jenson
               (8) and Poppy (5) still at Bramleigh St Peter's which is now 2 buses away, both late most
               days. Benefit cap still applies, Leanne about £240 a month short.""",
               ["HOUS", "EDU-ATT", "FIN"]),
             B("blue", """Leanne's sister has Poppy and Blake on Fridays so she can do the big shop.
               Kieran still working and paying his board.""",
               [],
               [("not-coded", "EDU-NEET", "Kieran in work: good news only (conv 3).")]),
         ]),
    # ------------------------------------------------------------------ Z027
    dict(case="Z027", loc="Hetherbank", a="2025-05-19", c="2025-12-01",
         A=[
             B("orange", """Bailey (15) autistic, has an EHCP, not attended Hetherbank High since Nov
               (EBSA). CAMHS assessment for anxiety underway. EHCP review brought forward, LA looking at
               a specialist placement.""",
               ["EDU-ATT", "MH-CHILD", "EDU-SEND"]),
             B("yellow", """Phoebe (10) autistic, SEN support at school. Reuben (7) on the ADHD
               pathway, meltdowns at home most days - hits Donna and Olive (2) and throws things. Phoebe
               wakes at 3am most nights and Donna says she hasn't slept a full night in years.""",
               ["EDU-SEND", "REL-PAR", "PH"],
               [("convention", "REL-PAR", "Child hitting parent and sibling at home: REL-PAR, not DA "
                 "(conv 8)."),
                ("convention", "PH", "School-age sleep problem = PH (conv 9).")]),
         ],
         C=[
             B("yellow", """Reuben diagnosed ADHD in Sept, started on medication. Phoebe on melatonin and
               sleeping till 6 most nights. Donna and Wes did the Cygnet course; Reuben's meltdowns are
               weekly now, not daily.""",
               ["EDU-SEND", "PH", "REL-PAR"],
               [("convention", "PH", "Ongoing melatonin treatment for sleep (conv 4)."),
                ("partial", "REL-PAR", "Meltdowns reduced, not stopped.")]),
         ]),
    # ------------------------------------------------------ Z028 (unboxed notes)
    dict(case="Z028", loc="Weaverside", a="2025-03-11", c="2025-09-30",
         A=[
             B("note", """HV home visit. Sophie and the 6 kids: Riley-James (15), Kayla (13), Bobby
               (10), Ellis (7), Lyla (4) and Roman (10 wks). Roman slow to gain, dropped 2 centile lines,
               HV weighing weekly and has asked the GP to review. Lyla (4) not yet dry day or night.
               Sophie tearful throughout, says she feels low and can't cope with 6; HV will repeat the
               EPDS next week. Cupboards had food in and the house was tidy.""",
               ["PH", "EYD", "MH-ADULT"],
               [("convention", "level", "Unboxed: highest cue is HV/GP (universal) = green (conv 2)."),
                ("negated", "SAFE-NEG", "Food in cupboards, house tidy.")],
               level="green"),
         ],
         C=[
             B("note", """Closure - EHW. Sophie has had a Home-Start volunteer weekly since April and
               the GP started her on sertraline; she says she feels 'like herself again' most days.
               Roman (7 mths) now on the 25th centile and HV is happy. Lyla dry in the day, still in
               pull-ups at night. Riley-James sometimes walks Ellis to school on his way in - Sophie says
               he's a good lad and there's no worry about him taking on too much.""",
               ["MH-ADULT", "EYD"],
               [("convention", "level", "EHW and Home-Start (one extra service) = yellow (conv 2)."),
                ("historical", "PH", "Roman's weight now fine."),
                ("negated", "CARER", "Occasional help on his own way to school, explicitly not a "
                 "caring burden."),
                ("convention", "EYD", "Under-5 night-time toileting = EYD (conv 9).")],
               level="yellow"),
         ]),
    dict(case="Z029", loc="Cotton Fold", a="2025-06-04", c="2025-12-10",
         A=[
             B("note", """PPN from police: officers called to the Walsh house 2/6 at 23:10 - Rhys (15)
               kicked in the front door panel and threatened his dad Darren when told to be in by 10pm.
               No injuries, no arrest. Darren and Nicola say Rhys has been staying out late and his
               clothes smell of cannabis. Family of 9 in a 3 bed flat on the Clough estate, Rhys shares
               with 3 brothers; parents say it's far too small and he has nowhere to go to calm down.""",
               ["REL-PAR", "CRIME", "SUB", "HOUS"],
               [("convention", "CRIME", "Police call-out about a young person's behaviour = CRIME; "
                 "child-to-parent threats = REL-PAR not DA (conv 7, 8)."),
                ("convention", "SUB", "Clothes smelling of cannabis taken as current suspected YP "
                 "drug use (a risk) (judgement)."),
                ("convention", "level", "Police call-out = orange (conv 2).")],
               level="orange"),
         ],
         C=[
             B("note", """TAF closed today. Rhys (16) finished the YOS Turnaround programme in Oct and
               there's been no police contact since June. He's at Cotton Fold College doing electrical
               and goes most days. Still rows with Darren about coming in late but no more damage or
               threats. Family still in the 3 bed flat, on the register band B for overcrowding.""",
               ["REL-PAR", "HOUS"],
               [("historical", "CRIME", "YOS programme finished, no police contact since June."),
                ("convention", "level", "Highest cue in the text is TAF / YOS = orange, even though "
                 "both are now ended (conv 2 read literally)."),
                ("convention", "REL-PAR", "Parent-child arguments = REL-PAR (conv 8).")],
               level="orange"),
         ]),
    dict(case="Z030", loc="Bramleigh", a="2025-10-20", c="2026-03-26",
         A=[
             B("note", """Notes from ICPC 17/10 - all 6 children made subject to CP plans under
               neglect: Jake (15), Macie (13), Tommy (11), Ava (6), Ollie (4), Kai (3 mths). 7 of them in
               a 2 bed flat, Tommy, Ava and Ollie sleep on one mattress on the living room floor. No food
               in the fridge at the SW visit, dog mess on the landing. Agata drinking cider daily, denies
               drugs. Macie (13) often up in the night with Kai. Kai's 8 and 12 wk imms missed.""",
               ["SAFE-NEG", "HOUS", "SUB", "CARER", "PH"],
               [("convention", "level", "CP plan = red (conv 2)."),
                ("partial", "SUB", "Drugs denied; daily drinking present.")],
               level="red"),
         ],
         C=[
             B("note", """Closure visit with FSW. Agata 3 months sober and still goes to Step Forward
               weekly. All the kids have beds now from the furniture bank and the fridge was full today.
               Macie goes to the young carers group on Tuesdays and Agata does the night feeds herself
               now. Kai up to date with his imms.""",
               ["SUB", "CARER"],
               [("convention", "level", "FSW / drug and alcohol service / young carers = yellow (conv 2)."),
                ("convention", "SUB", "Sober but in ongoing treatment (conv 4)."),
                ("convention", "CARER", "Night feeds stopped but young carers group ongoing (conv 4)."),
                ("historical", "SAFE-NEG", "Beds and food now in place."),
                ("historical", "PH", "Imms up to date."),
                ("not-coded", "FIN", "Furniture bank mentioned without a money problem described.")],
               level="yellow"),
         ]),
]


def build():
    narr_rows, gold_rows, traps = [], [], {}
    for case in CASES:
        cid = case["case"]
        for stage_letter, stage, date, boxes in (("A", "assessment", case["a"], case["A"]),
                                                 ("C", "closure", case["c"], case["C"])):
            tid = f"{cid}-{stage_letter}"
            for b in boxes:
                if b["box"] == "note":
                    nid, box_level, gold_level = f"{tid}-note", "", b["level"]
                else:
                    nid, box_level, gold_level = f"{tid}-{b['box']}", b["box"], b["box"]
                narr_rows.append([nid, tid, cid, stage, date, box_level, case["loc"], b["text"]])
                assert len(set(b["codes"])) == len(b["codes"]), nid
                for code in b["codes"]:
                    gold_rows.append([nid, code, gold_level])
                if b["traps"]:
                    traps[nid] = b["traps"]

    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(header)
            w.writerows(rows)

    write("narratives.csv",
          ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"],
          narr_rows)
    write("gold.csv", ["narrative_id", "code", "level"], gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, indent=1, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")

    cases = {r[2] for r in narr_rows}
    triages = {r[1] for r in narr_rows}
    coded = {g[0] for g in gold_rows}
    print(f"cases {len(cases)}, triages {len(triages)}, narratives {len(narr_rows)} "
          f"(assessment {sum(r[3] == 'assessment' for r in narr_rows)}, "
          f"closure {sum(r[3] == 'closure' for r in narr_rows)}, "
          f"unboxed {sum(r[5] == '' for r in narr_rows)})")
    print(f"gold rows {len(gold_rows)}; narratives with no gold rows "
          f"{len(narr_rows) - len(coded)}; narratives with traps {len(traps)}")
    print("by box:", dict(Counter(r[5] or 'note' for r in narr_rows)))
    print("by gold level:", dict(Counter(g[2] for g in gold_rows)))
    for code, n in sorted(Counter(g[1] for g in gold_rows).items()):
        print(f"  {code:9s} {n}")


if __name__ == "__main__":
    build()
