#!/usr/bin/env python3
"""Blind gold set Z (kinship care theme): narratives, gold codes and trap notes.

Written from /work/shared/taxonomy.md only. Python 3 standard library only.
Writes narratives.csv, gold.csv and traps.json (UTF-8, no BOM, CRLF) and prints counts.
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = {}      # case_id -> dict(locality, A date, C date)
ITEMS = []      # one dict per narrative, in order


def case(cid, locality, date_a, date_c):
    CASES[cid] = {"locality": locality, "A": date_a, "C": date_c}


def n(cid, stage, level, text, codes, traps=(), note_level=None):
    """One narrative. level = box level, or '' for an unboxed note (then note_level
    is the single level its codes take: the highest cue in its text, convention 2)."""
    ITEMS.append({"case": cid, "stage": stage, "level": level, "text": text,
                  "codes": list(codes), "traps": [dict(type=t, code=c, note=x) for t, c, x in traps],
                  "note_level": note_level})


# ---------------------------------------------------------------- Z001
case("Z001", "Hollinsbrook", "2025-02-10", "2025-07-15")
n("Z001", "A", "green",
  "Lacey (5) in Reception at St Aldhelm's, still having wee accidents in class most days and in pull ups at night. "
  "Teacher has asked Pauline to mention it to the GP. Pauline (63, gran, SGO) has seen GP about her own left knee - "
  "bone on bone, on the waiting list for a replacement, struggling with the stairs and the walk to school.",
  ["PH"],
  [("convention", "PH", "Conv 9: Lacey is 5 and at school, so wetting is PH, not EYD (EYD toileting is for under-5s)."),
   ("convention", "EYD", "Not coded: child is school age (5), see conv 9.")])
n("Z001", "A", "yellow",
  "Kayden (8) - 3 internal exclusions this half term for lashing out at other kids at dinner time, HT has said a "
  "reduced timetable is on the cards if it carries on. At home: meltdowns every bedtime, Pauline finding it hard to hold "
  "boundaries (\"I'm too old for this\"), she says she feels low most days and cries once the kids are in bed. "
  "Birth mum Shannon using heroin again per Pauline and has missed the last 2 supervised contacts - Kayden very unsettled "
  "for days after each no-show. EHW to do feelings work with Kayden and routines with Pauline.",
  ["EDU-EXC", "REL-PAR", "MH-ADULT", "MH-CHILD"],
  [("hypothetical", "EDU-ATT", "Reduced timetable only threatened 'if it carries on' - not in place."),
   ("outside", "SUB", "Birth mum's heroin use: she lives elsewhere (conv 6)."),
   ("partial", "MH-ADULT", "Kinship carer Pauline is the carer; 'feels low most days' is carer low mood.")])
n("Z001", "C", "blue",
  "Pauline using the bedtime routine and calm corner from our sessions, Kayden settling by 8pm most nights with the odd "
  "wobble. She goes to the kinship carers coffee morning at the library on Tuesdays.",
  ["REL-PAR"],
  [("convention", "REL-PAR", "Conv 3: blue box, family now managing the bedtime routine -> present."),
   ("not-coded", "CARER", "Conv 12: 'kinship carers' is not a young carer.")])

# ---------------------------------------------------------------- Z002
case("Z002", "Saltmere", "2025-03-04", "2025-09-22")
n("Z002", "A", "yellow",
  "No order in place - informal arrangement. Danielle (34) has had her nephew Ryan (14) since Jan when his dad was "
  "remanded. 2 bed flat with her own two (Mason 9, Evie 4) so Ryan is sleeping on the sofa. No money coming in for Ryan, "
  "Child Benefit still going to dad, she borrowed £500 off a man on the estate for uniform and food and he's charging "
  "her interest. Ryan hasnt been in school since the move, still on roll at Calder Rise Academy which is 2 buses away.",
  ["HOUS", "FIN", "EDU-ATT"],
  [("outside", "CRIME", "Dad on remand is outside the household (conv 6/7)."),
   ("partial", "HOUS", "Teenager on the sofa of a 2-bed with 4 people = overcrowding.")])
n("Z002", "A", "orange",
  "Ryan arrested 19/02 in Wyrecroft town centre at 1am with 2 older males, found with £300 cash, 2 phones and "
  "wraps of cocaine, released under investigation. He'd been missing from Danielle's for 2 nights before. Believed to be "
  "running for a county lines group, NRM referral made by police. Danielle very anxious, GP has started her on sertraline.",
  ["SAFE-EXP", "CRIME", "MH-ADULT"],
  [("convention", "SUB", "Conv 12: drugs found on an exploited child are SAFE-EXP and CRIME, not SUB."),
   ("convention", "CRIME", "Arrest of the young person himself, not a safeguarding pick-up.")])
n("Z002", "C", "yellow",
  "Ryan got a referral order in July, YOS worker sees him weekly. Back at Calder Rise Academy on a part time timetable "
  "(mornings only), to increase after half term. CB has now been transferred to Danielle and the loan is paid off.",
  ["CRIME", "EDU-ATT"],
  [("historical", "FIN", "Benefit transferred and loan paid off - over."),
   ("partial", "EDU-ATT", "Part-time timetable is EDU-ATT even though he is back in school.")])
n("Z002", "C", "orange",
  "Still in the 2 bed with Ryan on the sofa; housing have raised her banding for overcrowding but no offer yet. One "
  "missing episode in Aug - police found him at a friend's in Saltmere and brought him home. Exploitation concerns "
  "remain, discussed at the contextual safeguarding panel.",
  ["HOUS", "SAFE-EXP"],
  [("convention", "CRIME", "Conv 7: police finding a missing child is safeguarding, not CRIME.")])

# ---------------------------------------------------------------- Z003
case("Z003", "Wyrecroft", "2025-04-28", "2025-11-03")
n("Z003", "A", "green",
  "Ava (11), Y6 at Holmbury Juniors, moves up to Wyrecroft High in Sept. Very worried about the move - cries before "
  "school most mornings and asks Nan the same questions over and over at bedtime. School nurse offering 4 sessions on "
  "worries. No concerns re attendance.",
  ["MH-CHILD"],
  [("negated", "EDU-ATT", "'No concerns re attendance'.")])
n("Z003", "A", "yellow",
  "Ken (70) has COPD, on home oxygen 16hrs a day. Margaret (68) being seen at the memory clinic, GP thinks early "
  "dementia. Ava (11) does a lot at home – reminds Nan about her tablets, makes Grandad's dinner when Nan forgets, "
  "sorts out his oxygen tubing. Referral made to Wyrecroft Young Carers. They live on their pensions; the SGO allowance "
  "was cut by £60 a week at the annual review in Jan and they're now £480 behind on gas and electric.",
  ["PH", "CARER", "FIN"],
  [("convention", "PH", "Dementia is coded PH (illness), not MH-ADULT (see README judgement 6)."),
   ("partial", "FIN", "SGO allowance cut plus utility arrears = benefit/money problem (conv 5 satisfied).")])
n("Z003", "C", "blue",
  "Ava goes to young carers club every other Thursday and has a YC card for school. Energy company agreed £8 a week "
  "repayment and Margaret is keeping up with it.",
  ["CARER", "FIN"],
  [("convention", "FIN", "Conv 3: paying arrears off is 'now managing' in a blue box -> present.")])

# ---------------------------------------------------------------- Z004
case("Z004", "Calder Rise", "2025-01-20", "2025-06-30")
n("Z004", "A", "yellow",
  "Jade (22) has had a CAO for her brother Tyler (15) and sister Mia (9) since their mum died last March (overdose). "
  "Jade works part time at a supermarket and claims UC, says she budgets carefully and has no debts. Mia wets the bed "
  "most nights and has nightmares about mum, ends up in Jade's bed. Tyler won't talk about mum at all, is on his Xbox "
  "till 2-3am and Jade says she can't set rules 'because I'm his sister not his mum'. Late to school 23 times this term. "
  "Both referred to Little Lanterns bereavement service.",
  ["PH", "MH-CHILD", "REL-PAR", "EDU-ATT"],
  [("negated", "FIN", "UC named but 'no debts', budgets carefully (conv 5)."),
   ("historical", "SUB", "Mum's overdose: past, and mum not in household."),
   ("not-coded", "CARER", "Jade is an adult (22) kinship carer, not a young carer (conv 12)."),
   ("convention", "PH", "Conv 9: school-age bedwetting/nightmares -> PH; bereavement service -> MH-CHILD.")])
n("Z004", "C", "yellow",
  "Both kids having sessions at Little Lanterns. Tyler late 4 times this half term (was 23). Mia still wetting 2-3 "
  "nights a week, GP referred to the enuresis clinic. Jade's PIP claim for her back was refused and she wants to appeal - "
  "referred to the Calder Rise Money Advice Hub.",
  ["MH-CHILD", "EDU-ATT", "PH", "FIN"],
  [("partial", "EDU-ATT", "Lateness improved but still present (4 lates)."),
   ("convention", "FIN", "Conv 5: PIP refused and appeal = benefit problem, so FIN.")])

# ---------------------------------------------------------------- Z005
case("Z005", "Hollinsbrook", "2025-05-12", "2025-10-20")
n("Z005", "A", "green",
  "Leo (3) not taking up his funded hours – Sandra says he screams at the nursery door so she takes him home again. "
  "HV 3yr review: about 10 words, no 2 word phrases, SALT referral done. Rosie (10m) missed her 8, 12 and 16 week "
  "imms.",
  ["EYD", "PH"],
  [("convention", "EYD", "Conv 9: under-5 speech and nursery take-up -> EYD."),
   ("partial", "PH", "Missed immunisations -> PH.")])
n("Z005", "A", "orange",
  "Chloe (19, mum) still lives with Sandra. Drinking most days – vodka, Sandra has found bottles hidden in the kids' "
  "room. Sandra and Chloe row constantly about the drinking and about Chloe leaving Rosie's night feeds to Sandra. "
  "Rosie's dad Dean has a non-mol after he assaulted Chloe last summer and has been seen parked outside twice this "
  "month. Sandra's landlord has served a s21 citing 'disturbances'.",
  ["SUB", "REL-PAR", "DA", "HOUS"],
  [("partial", "SUB", "Birth mum lives in this household, so her drinking is coded (contrast Z001)."),
   ("convention", "REL-PAR", "Conv 8: rows between Sandra and her own daughter are parent-child -> REL-PAR, not REL-CONF; no abuse described so not DA."),
   ("convention", "DA", "Conv 6: ex-partner lives elsewhere but his effect on the household (non-mol, watching the house) is DA.")])
n("Z005", "C", "yellow",
  "Chloe engaging with Compass, says she's 4 weeks sober. Sandra and Chloe have done 2 family mediation sessions and are "
  "rowing less. S21 withdrawn after a meeting with the landlord – no housing concerns now. Dean not seen since July.",
  ["SUB", "REL-PAR"],
  [("convention", "SUB", "Conv 4: ongoing drug/alcohol service codes SUB."),
   ("partial", "REL-PAR", "'Rowing less' = still rowing, and mediation ongoing."),
   ("negated", "HOUS", "s21 withdrawn, 'no housing concerns now'."),
   ("historical", "DA", "'not seen since July' - conv 3 'no further ... since' is historical.")])
n("Z005", "C", "green",
  "Leo still sees SALT at the children's centre, now putting 2 words together, and goes to Little Acorns 15 hrs. Rosie "
  "caught up with all her imms at the GP in Aug.",
  ["EYD"],
  [("historical", "PH", "Imms caught up in Aug - over."),
   ("convention", "EYD", "Ongoing SALT for an under-5 (conv 4/9).")])

# ---------------------------------------------------------------- Z006
case("Z006", "Wyrecroft", "2025-03-17", "2025-09-08")
n("Z006", "A", "orange",
  "Zara (13) disclosed cutting to her form tutor; school nurse saw healing cuts on both forearms. Open to CAMHS since "
  "Feb, on the waiting list for trauma-focused therapy. Zara lived with years of DV before the SGO in 2022; dad is now "
  "serving 6 yrs. He's started sending letters for Zara through his mum – Priya hasn't passed them on and paternal gran "
  "now says she'll take Priya to court for contact.",
  ["MH-CHILD", "REL-CONF"],
  [("historical", "DA", "DV ended before the SGO in 2022; perpetrator in prison."),
   ("outside", "CRIME", "Dad serving a sentence is outside the household."),
   ("convention", "REL-CONF", "Contact dispute between kinship carer and paternal family -> REL-CONF (README judgement 3).")])
n("Z006", "A", "yellow",
  "Priya (38) and Sam (40) both work full time, no financial worries. At home Zara slams doors, screamed at Priya that "
  "she's \"not my mum\", won't hand her phone over at night. They'd like a parenting course for SGO carers. Nothing of "
  "concern with Zara's attendance.",
  ["REL-PAR"],
  [("negated", "FIN", "'no financial worries'."),
   ("negated", "EDU-ATT", "'Nothing of concern with ... attendance'.")])
n("Z006", "C", "orange",
  "Zara began trauma-focused CBT at CAMHS in June. One further cut in July, safety plan reviewed with her. Paternal "
  "gran's contact application was withdrawn in August. Priya & Sam finished the Understanding Trauma course; phone goes in "
  "the kitchen at 9pm and it mostly works.",
  ["MH-CHILD"],
  [("historical", "REL-CONF", "Contact application withdrawn - over."),
   ("convention", "REL-PAR", "Not coded: in an orange box 'now managing' does not count (conv 3 is for blue/green only); course finished.")])

# ---------------------------------------------------------------- Z007
case("Z007", "Saltmere", "2025-02-24", "2025-08-11")
n("Z007", "A", "",
  "Tel call from Bev (gran). Stacey (boys' mum) turned up drunk at the school gate yesterday pm and tried to take Kieran, "
  "school rang police who moved her on. Bev and Stacey not speaking now, rowing by text about when Stacey can see the "
  "boys. Bev asked about applying for an SGO - gave her the kinship advice line number. Also mentioned a council tax "
  "summons for £412 she can't pay, EHW to go through it with her on Thurs.",
  ["REL-CONF", "FIN"],
  [("outside", "SUB", "Stacey lives elsewhere: her drinking is not coded (conv 6)."),
   ("convention", "REL-CONF", "Rowing about contact between carer and birth mum -> REL-CONF."),
   ("convention", "", "Unboxed: highest cue is 'police' (orange) although it concerns Stacey; conv 2 read literally.")],
  note_level="orange")
n("Z007", "A", "yellow",
  "Callum (7) moderate hearing loss, 2 hearing aids, SEN support at Brookside Primary, SENCo applying for an EHC needs "
  "assessment. Twin Kieran has no additional needs. Since her hip op Bev (66) can't walk them in and the boys are late "
  "most days, she's been getting taxis she can't really afford.",
  ["EDU-SEND", "PH", "EDU-ATT", "FIN"],
  [("partial", "EDU-SEND", "Kieran has no additional needs (negated for him), but Callum's needs code EDU-SEND."),
   ("partial", "FIN", "Taxis she 'can't really afford' = money problem.")])
n("Z007", "C", "green",
  "Callum's EHCP finalised in May, named the hearing support base at Brookside. Bev still having physio at the surgery "
  "for her hip.",
  ["EDU-SEND", "PH"])
n("Z007", "C", "blue",
  "Bev got her SGO in June and now gets the allowance. Paying the council tax summons off at £30 a month, hasn't missed "
  "one. The boys have started Beavers on a Tuesday and love it.",
  ["FIN"],
  [("convention", "FIN", "Conv 3: paying off the summons = now managing (blue)."),
   ("not-coded", "", "Beavers: pure good news, no need stated.")])

# ---------------------------------------------------------------- Z008
case("Z008", "Calder Rise", "2025-09-15", "2026-02-16")
n("Z008", "A", "yellow",
  "Harley (16) left Calder Rise Academy in July with 2 GCSEs and never started his place at Wyre College. No SEN, he "
  "just 'hated school'. Sleeps till 2pm, out till the early hours, grandad Tony (61) says he's given up setting a time "
  "to be in. Tony lost his wife (Harley's nan) last year and admits to 6-8 cans a night; has agreed to a Compass "
  "referral. Tony was made redundant in March, now on UC and can't cover the gap between his housing element and the rent.",
  ["EDU-NEET", "REL-PAR", "SUB", "FIN"],
  [("negated", "EDU-SEND", "'No SEN'."),
   ("convention", "FIN", "Conv 11: FIN here is for the adult's worklessness and rent shortfall, not for Harley being NEET."),
   ("not-coded", "MH-ADULT", "Bereavement mentioned but no mental-health need described for Tony.")])
n("Z008", "C", "yellow",
  "Harley doing the Next Steps programme at the youth hub 3 days a wk, aiming to start Wyre College in Sept. Tony still "
  "seeing Compass, says he only drinks at weekends now. Tony started as a school caretaker (20 hrs) in Jan so money is "
  "ok now.",
  ["EDU-NEET", "SUB"],
  [("convention", "EDU-NEET", "Conv 4: ongoing NEET re-engagement programme codes EDU-NEET (at risk, not yet in college)."),
   ("historical", "FIN", "Tony back in work, 'money is ok now'.")])

# ---------------------------------------------------------------- Z009
case("Z009", "Hollinsbrook", "2025-06-02", "2025-12-01")
n("Z009", "A", "",
  "Strategy meeting today re Alfie (6) following his disclosure at school that mum's boyfriend hit him with a belt during "
  "contact on Sat. S47 to proceed, CP medical at Wyrecroft General tomorrow. Alfie and Riley (2) are looked after under "
  "s20, placed with maternal aunt Kerry as connected carer since April. Mum's contact suspended pending the S47, Kerry to "
  "supervise phone calls only. Kerry says Alfie has been very withdrawn and quiet since Sat. Kerry's own son Jack (11) "
  "has started wetting the bed again since the boys moved in.",
  ["MH-CHILD", "PH"],
  [("not-coded", "DA", "Assault by mum's boyfriend, who is outside this household; the taxonomy has no physical-abuse code (README judgement 7)."),
   ("convention", "PH", "Conv 9: Jack (11) bedwetting -> PH."),
   ("convention", "", "Unboxed: strategy meeting / S47 / s20 -> red.")],
  note_level="red")
n("Z009", "A", "yellow",
  "Kerry (29) approved as connected person foster carer, works 3 days as a hairdresser. Would like to drop her hours but "
  "worried she wouldn't manage on the fostering allowance. Riley (2) has very few words and isn't pointing yet, HV 2 yr "
  "review booked next week. Alfie hits Riley and has long tantrums when told no, Kerry struggling to manage it alongside "
  "her own son.",
  ["EYD", "REL-PAR"],
  [("hypothetical", "FIN", "Worry about managing if she dropped her hours - no current money problem.")])
n("Z009", "C", "red",
  "S47 concluded, ICPC not required. Children remain looked after (s20) with Kerry, SGO assessment underway and final "
  "hearing listed for Feb. Mum's contact restarted at the family centre, fully supervised.",
  [],
  [("not-coded", "", "Looked-after status, SGO assessment and supervised contact carry no issue code; no dispute described.")])
n("Z009", "C", "green",
  "Riley at Sunbeams nursery on 2 yr funding and goes to the SALT group at the children's centre. Jack has been dry at "
  "night for the last 6 weeks.",
  ["EYD"],
  [("historical", "PH", "Jack dry for 6 weeks - over.")])

# ---------------------------------------------------------------- Z010
case("Z010", "Wyrecroft", "2025-01-13", "2025-07-07")
n("Z010", "A", "yellow",
  "Ethan (10) ASD, EHCP, in the ARP at Larkfield Primary. Jean (72, gran, SGO) says his meltdowns at home are getting "
  "worse, he bit her hand last month when she switched his tablet off. Home visit: front room piled with bags and boxes, "
  "sink full of pots, no working smoke alarm, Ethan's bedding stained and smelly. Jean admits she's let things slide "
  "since her stroke in 2023, still has weakness in her left hand. Fire service safe and well check booked.",
  ["EDU-SEND", "REL-PAR", "SAFE-NEG", "PH"],
  [("convention", "REL-PAR", "Conv 8: child biting carer = child-to-parent violence -> REL-PAR, not DA."),
   ("partial", "PH", "Stroke was 2023 but the left-hand weakness is current."),
   ("not-coded", "", "ASD is coded EDU-SEND only and does not by itself give PH (README judgement 6); PH here is Jean's stroke weakness.")])
n("Z010", "C", "yellow",
  "Front room cleared and kitchen clean on the last 3 visits, new bedding from a local charity. Jean still needs "
  "prompting to keep on top of the washing. Ethan's annual review named Westbrook specialist school for Y7 from Sept, "
  "transition visits have started.",
  ["SAFE-NEG", "EDU-SEND"],
  [("partial", "SAFE-NEG", "Improved, but still needs prompting with laundry -> present.")])

# ---------------------------------------------------------------- Z011
case("Z011", "Saltmere", "2025-02-03", "2025-07-21")
n("Z011", "A", "orange",
  "Keisha (15) living with brother Marcus (24) since Xmas, no order, mum's whereabouts unknown. Attendance 61%. Police "
  "involved after school found Keisha messaging a 27 yr old man who'd sent her money and asked for photos, he is under "
  "investigation. Keisha calls him her boyfriend. Marcus works nights at the distribution centre so Keisha is alone in the "
  "flat overnight 4 nights a week.",
  ["EDU-ATT", "SAFE-EXP", "SAFE-NEG"],
  [("convention", "FIN", "Conv 5: working nights is not FIN."),
   ("outside", "CRIME", "The man under investigation is outside the household; police involvement is to safeguard Keisha."),
   ("partial", "SAFE-NEG", "15-year-old alone overnight = supervision -> SAFE-NEG.")])
n("Z011", "C", "orange",
  "Keisha still open to the exploitation team, finished online safety work with the EHW. Attendance up to 84% this term.",
  ["SAFE-EXP", "EDU-ATT"],
  [("partial", "EDU-ATT", "Improved, but 84% is still persistent absence (below 90%) -> present.")])
n("Z011", "C", "blue",
  "Marcus swapped to days in June so he is home evenings and overnight. Keisha has a Saturday job at the chippy.",
  [],
  [("not-coded", "SAFE-NEG", "Conv 1/3: this text states no need; the arrangement describes the supervision issue as solved."),
   ("not-coded", "", "Saturday job: good news.")])

# ---------------------------------------------------------------- Z012
case("Z012", "Calder Rise", "2025-04-07", "2025-10-13")
n("Z012", "A", "orange",
  "Lorraine (55) has SGOs for Brooke (12), Lily-Mae (7) and Noah (4), all in her 2 bed HA flat, she sleeps on the sofa. "
  "Black mould in the kids' room, repairs reported 5x. Noah keeps getting chest infections, GP has written to the HA. HA "
  "say no bigger property for at least 18 months. Lorraine's hours at the care home were cut in Jan, she's now £1,100 "
  "behind on rent and the HA served a notice seeking possession last week.",
  ["HOUS", "PH", "FIN"],
  [("not-coded", "CARER", "Lorraine works in a care home: an adult's job, not a young carer.")])
n("Z012", "A", "yellow",
  "Lily-Mae (7) diagnosed FASD last yr (birth mum drank in pregnancy), on SEN support at Fernhill Primary - can't sit "
  "still, forgets instructions. Brooke (12), Y7 at St Bede's, refusing school on Mondays after her weekends at dad's, 4 "
  "Mondays missed this half term. Brooke says she hates dad's new girlfriend and wants to stop going.",
  ["EDU-SEND", "EDU-ATT"],
  [("historical", "SUB", "Birth mum's drinking in pregnancy: past and outside the household."),
   ("not-coded", "PH", "FASD coded as EDU-SEND in its school context, not PH (README judgement 6)."),
   ("outside", "REL-CONF", "Brooke's dislike of dad's girlfriend: no dispute between adults described.")])
n("Z012", "A", "green",
  "Noah (4) starts Reception in Sept. Nursery keyworker says he isn't school ready – not toilet trained, only short "
  "phrases. Nursery doing a transition plan with Fernhill.",
  ["EYD"])
n("Z012", "C", "orange",
  "HA agreed a management transfer - moving to a 4 bed on Elm Rd in Nov, still in the 2 bed till then. Repayment plan "
  "£15/wk agreed and the possession claim adjourned. Lily-Mae's SENCo has applied for an EHCNA.",
  ["HOUS", "FIN", "EDU-SEND"],
  [("partial", "HOUS", "Move agreed but family still overcrowded until Nov -> present."),
   ("partial", "FIN", "Arrears still being repaid -> present (a need, not 'over').")])

# ---------------------------------------------------------------- Z013
case("Z013", "Hollinsbrook", "2025-03-31", "2025-07-14")
n("Z013", "A", "blue", "N/A", [],
  [("not-coded", "", "Box left as N/A.")])
n("Z013", "A", "orange",
  "Deacon (13) permanently excluded from Hollins Academy in March for bringing a knife in (says it was 'for protection' "
  "on the walk home). Now at The Bridge PRU, 3 hrs a day only. YOS - youth caution. On the ADHD pathway, paed appt in "
  "Sept.",
  ["EDU-EXC", "EDU-ATT", "CRIME", "EDU-SEND"],
  [("convention", "EDU-SEND", "Conv 4: 'on the ADHD pathway' -> EDU-SEND."),
   ("partial", "EDU-ATT", "3 hours a day = part-time timetable.")])
n("Z013", "A", "yellow",
  "Aunt Michelle and her wife Sophie have had Deacon on an SGO since 2021. Describe him as loving but 'explosive' – put "
  "his fist through his bedroom door and pushed Sophie into the wall when they took his phone. Sophie signed off work "
  "with stress by her GP for 4 wks.",
  ["REL-PAR", "MH-ADULT"],
  [("convention", "DA", "Conv 8: child-to-parent violence is REL-PAR, not DA; no police so no CRIME.")])
n("Z013", "C", "yellow",
  "Deacon full time at The Bridge since June, still on a behaviour report for swearing at staff, had a 1 day suspension "
  "in May. Youth caution programme completed. Sophie back at work. They've finished the NVR group and say there's been "
  "no physical aggression since April.",
  ["EDU-EXC"],
  [("historical", "CRIME", "Youth caution programme completed."),
   ("historical", "REL-PAR", "'no physical aggression since April' (conv 3)."),
   ("not-coded", "MH-ADULT", "Sophie back at work: no current need stated."),
   ("not-coded", "EDU-ATT", "Now full time.")])

# ---------------------------------------------------------------- Z014
case("Z014", "Wyrecroft", "2025-06-16", "2025-12-08")
n("Z014", "A", "green",
  "Poppy (18m) HV review – weight dropped from the 50th to below the 9th centile, dietitian referral made. Still having 3 "
  "bottles of milk overnight, Tina finding it hard to get her onto solids.",
  ["PH", "EYD"],
  [("partial", "EYD", "Weaning difficulty in an under-5 -> EYD; weight -> PH.")])
n("Z014", "A", "yellow",
  "Gary (52) and Tina (50) have an SGO for granddaughter Poppy. Tina has relapsing MS, wheelchair outdoors. Their son "
  "Josh (16) lifts Poppy in and out of the cot and helps Tina in the shower when Gary's on shift. Josh is in Y11 at "
  "Saltmere School, teachers say he's shattered and behind with coursework.",
  ["PH", "CARER"],
  [("convention", "FIN", "Conv 5: shift work is not FIN."),
   ("not-coded", "EDU-ATT", "Tiredness and late coursework: no attendance, exclusion or SEN issue described.")])
n("Z014", "C", "blue",
  "Josh has had a young carers assessment and uses the YC online chat. Tina's adult social care package starts next "
  "month (carers 3x a day) so Josh won't need to help with personal care any more.",
  ["CARER", "PH"],
  [("convention", "CARER", "Ongoing young-carer support (conv 4); 'carers 3x a day' are paid adults, conv 12."),
   ("convention", "PH", "Tina's care package for her disability is an ongoing service (conv 4).")])

# ---------------------------------------------------------------- Z015
case("Z015", "Saltmere", "2025-10-06", "2026-03-09")
n("Z015", "A", "yellow",
  "Rita (60), gran with SGO for Tyrese (12). Told me she's about £4k in debt – online slots and 2 catalogues – started "
  "after her husband passed. Enforcement agent letter for council tax arrears. Cupboards and fridge empty on my visit, "
  "Tyrese said he'd had crisps for tea last night. Food bank voucher given. Rita has self-excluded from the betting sites "
  "this week.",
  ["FIN", "SAFE-NEG"],
  [("convention", "SUB", "Conv 10: gambling debts are FIN, not SUB."),
   ("convention", "SAFE-NEG", "Conv 10: empty fridge/hungry child -> SAFE-NEG, food bank -> FIN: both.")])
n("Z015", "C", "yellow",
  "Rita working with a debt charity, DRO application is in. Still at the gambling support group on Weds. Food in the "
  "house every visit since Nov. Tyrese needs new glasses, has missed the optician appt twice.",
  ["FIN", "PH"],
  [("historical", "SAFE-NEG", "'Food in the house every visit since Nov' - resolved."),
   ("partial", "PH", "Missed optician appointments -> PH.")])

# ---------------------------------------------------------------- Z016
case("Z016", "Calder Rise", "2025-05-19", "2025-11-17")
n("Z016", "A", "",
  "School nurse drop-in. Grace (9) lives with her nan Carol since mum moved away with a new partner in the spring. Carol "
  "says Grace wakes about 3am most nights and can't get back off, teacher says she's yawning through lessons. Carol has "
  "booked the GP for Grace's eczema, flared up on her hands.",
  ["PH"],
  [("convention", "PH", "Conv 9: sleep problem at school age -> PH; eczema -> PH."),
   ("convention", "", "Unboxed: only universal cues (school nurse, GP, school) -> green.")],
  note_level="green")
n("Z016", "A", "yellow",
  "Grace very clingy, sobs at the classroom door and tells Carol she's scared she'll 'go away too'. Carol (64) has no "
  "order – mum agreed verbally to Grace living with her – so Carol can't sign consent for school trips or the dentist. "
  "EHW to help Carol get legal advice about a CAO or SGO.",
  ["MH-CHILD"],
  [("not-coded", "", "Carer's lack of legal status/parental responsibility has no code.")])
n("Z016", "C", "yellow",
  "Grace doing weekly ELSA sessions at school and going in more easily. Carol applied for a CAO, hearing in Jan; mum is "
  "now opposing it and there have been heated phone rows between them about where Grace should live.",
  ["MH-CHILD", "REL-CONF"],
  [("convention", "REL-CONF", "Court dispute and rows between carer and birth mum over residence -> REL-CONF.")])

# ---------------------------------------------------------------- Z017
case("Z017", "Hollinsbrook", "2025-01-27", "2025-06-23")
n("Z017", "A", "orange",
  "Kai (17) smoking weed every day. Neighbours have called police 3 times about him and his mates shouting and damaging "
  "cars outside the flats; the council have sent Denise an ASB warning letter saying her tenancy is at risk. Kai dropped "
  "out of his plumbing course before Christmas, not working.",
  ["SUB", "CRIME", "HOUS", "EDU-NEET"],
  [("convention", "HOUS", "A formal warning that the tenancy is at risk is a current risk, not an 'only if' hypothetical (contrast Z029)."),
   ("convention", "FIN", "Conv 11: Kai NEET -> EDU-NEET only.")])
n("Z017", "A", "yellow",
  "Denise (67) having chemo for breast cancer, wiped out most days. Skye (14) cooks tea, does the washing and goes with "
  "Denise to her hospital appts – 12 sessions of school missed for them. Denise tearful on visit, says she feels she's "
  "failing them both.",
  ["PH", "CARER", "EDU-ATT", "MH-ADULT"],
  [("partial", "MH-ADULT", "Carer tearful, feels she is failing -> low mood (README judgement 9).")])
n("Z017", "C", "orange",
  "Kai referred to ReSet (young people's substance service), went to 2 of 4 sessions. ASB complaints still coming in, "
  "council has now served a NOSP.",
  ["SUB", "CRIME", "HOUS"])
n("Z017", "C", "green",
  "Skye's attendance back up to 95%, school know about her caring and she has a time out card. Denise finished chemo in "
  "May, now on tamoxifen for 5 yrs.",
  ["CARER", "PH"],
  [("not-coded", "EDU-ATT", "Attendance back to 95%: good news, no need."),
   ("convention", "PH", "Ongoing tamoxifen treatment (conv 4); chemo itself over.")])

# ---------------------------------------------------------------- Z018
case("Z018", "Wyrecroft", "2025-06-09", "2025-11-24")
n("Z018", "A", "yellow",
  "Amira (6) and Yusuf (4) moved to aunt Nadia (31) in May after their mum was detained under the Mental Health Act, mum "
  "still an inpatient. Nadia has had no money for the children yet – Child Benefit claim taking 12 weeks – and has used "
  "the food bank twice. Yusuf not at nursery, Nadia didn't know about the 3-4 yr old funded hours.",
  ["FIN", "EYD"],
  [("outside", "MH-ADULT", "Mum's mental health: she is not in the household (conv 6)."),
   ("convention", "FIN", "Conv 10: food bank -> FIN; benefit delay.")])
n("Z018", "A", "green",
  "Amira settled at Oakfield Infants, quiet but has friends, no concerns about her learning. Per HV, Yusuf's speech is age "
  "appropriate in both Arabic and English.",
  [],
  [("negated", "EDU-SEND", "'no concerns about her learning'."),
   ("negated", "EYD", "Speech age appropriate.")])
n("Z018", "C", "green",
  "Yusuf started at Oakfield nursery in Sept, 15 hrs. Amira asking a lot of questions about mum so the school ELSA is "
  "doing feelings work with her.",
  ["MH-CHILD"],
  [("historical", "EYD", "Nursery take-up resolved (started in Sept).")])

# ---------------------------------------------------------------- Z019
case("Z019", "Saltmere", "2025-03-10", "2025-09-29")
n("Z019", "A", "orange",
  "Mum (Gemma) got 3 yrs in Feb; her council tenancy was ended last year for arrears. Chantelle (19) has taken on Bailey "
  "(11) and Tia (8) – they are in a B&B room in Wyrecroft as emergency TA, one room for the 3 of them, shared kitchen. "
  "Bailey's school is a 45 min bus ride away, he's missed 9 days since Feb.",
  ["HOUS", "EDU-ATT"],
  [("outside", "CRIME", "Mum in prison is outside the household."),
   ("historical", "FIN", "Mum's old rent arrears: past, and not this household's current money problem.")])
n("Z019", "A", "yellow",
  "Chantelle gave up her college course to look after her brother and sister. Her first UC payment had the advance "
  "taken off and she's struggling to buy food and school uniform. Tia wets the bed every night since mum went, Chantelle "
  "doing sheets at the launderette every other day.",
  ["EDU-NEET", "FIN", "PH"],
  [("convention", "EDU-NEET", "Chantelle (19) is a young person 16+ who left education and is not working (README judgement 11)."),
   ("not-coded", "CARER", "Conv 12: an adult sibling kinship carer is not a young carer."),
   ("partial", "FIN", "UC deduction and struggling to buy food = money problem (not just her NEET status, conv 11).")])
n("Z019", "C", "orange",
  "Moved into a 3 bed council house in Aug. Tia still wetting, GP has referred to the enuresis clinic. Bailey moved to "
  "Saltmere Primary, attendance 96% since.",
  ["PH"],
  [("historical", "HOUS", "Rehoused in Aug."),
   ("not-coded", "EDU-ATT", "96% attendance: good news.")])

# ---------------------------------------------------------------- Z020
case("Z020", "Calder Rise", "2025-11-10", "2026-04-20")
n("Z020", "A", "yellow",
  "Jake (15) not been in school since Oct half term. Says lads in his year call him names about his dad's suicide and "
  "share memes about it in a group chat. GP has referred to CAMHS for low mood, waiting list. Maureen (71) is in good "
  "health herself and otherwise coping well.",
  ["EDU-ATT", "SAFE-EXP", "MH-CHILD"],
  [("convention", "MH-CHILD", "Conv 4: awaiting CAMHS -> MH-CHILD."),
   ("partial", "SAFE-EXP", "Bullying by peers (in person and online) is the child's need -> SAFE-EXP."),
   ("negated", "PH", "Maureen 'in good health'."),
   ("historical", "", "Dad's suicide: past, and not a household member now.")])
n("Z020", "A", "green",
  "Maureen has her pension and gets Attendance Allowance – no money worries. Jake seen by Dr Farooq for recurring "
  "headaches, referred for an eye test.",
  ["PH"],
  [("negated", "FIN", "'no money worries'; conv 5 benefit name alone."),
   ("convention", "PH", "PH is from Jake's headaches, not from Attendance Allowance (conv 5).")])
n("Z020", "C", "yellow",
  "Jake on a reintegration timetable, 2 hours a day and building up. School dealt with the group chat – 2 boys "
  "suspended, no further name-calling reported. CAMHS assessed in Dec, low mood, 6 sessions of CBT started in Jan.",
  ["EDU-ATT", "MH-CHILD"],
  [("historical", "SAFE-EXP", "'no further name-calling reported' (conv 3)."),
   ("outside", "EDU-EXC", "The suspended boys are not in the household.")])

# ---------------------------------------------------------------- Z021
case("Z021", "Hollinsbrook", "2025-04-14", "2025-09-15")
n("Z021", "A", "orange",
  "Lewis (45) released on licence in Jan (burglary conviction 2022). He and partner Abbie (39) have cared for his nephew "
  "Charlie (9) since Charlie's nan died, no order. Probation aware. Police attended in March after a fight in the street "
  "outside involving Lewis, no charges. Charlie having panic attacks at school, class teacher has seen 3 this month.",
  ["CRIME", "MH-CHILD"],
  [("convention", "CRIME", "Conv 7: adult household member on licence -> CRIME.")])
n("Z021", "A", "",
  "Home visit, Abbie only (Lewis at work). She says they've been arguing most nights about his drinking - he's out with "
  "his brother 3 or 4 nights a week. No violence, she feels safe and says Lewis has never hurt her. Lewis has agreed to "
  "go to the Compass alcohol drop-in and I've referred them both to the Stronger Together couples course. Charlie was at "
  "football.",
  ["REL-CONF", "SUB"],
  [("negated", "DA", "'No violence', feels safe, never hurt her."),
   ("convention", "REL-CONF", "Conv 8: arguments between the two carers -> REL-CONF."),
   ("convention", "", "Unboxed: drug and alcohol service / couples course -> yellow.")],
  note_level="yellow")
n("Z021", "C", "yellow",
  "Lewis's licence ended in June. Still going to Compass every 2 weeks. Charlie sees the school counsellor weekly, panic "
  "attacks much less often. Lewis and Abbie finished the couples course and say they're talking more.",
  ["SUB", "MH-CHILD"],
  [("historical", "CRIME", "Licence ended in June."),
   ("not-coded", "REL-CONF", "Course finished, 'talking more': no current conflict described.")])

# ---------------------------------------------------------------- Z022
case("Z022", "Saltmere", "2025-05-27", "2025-11-10")
n("Z022", "A", "red",
  "Lola (16) has lived with aunt Leanne under an SGO since 2019. Leanne's partner Craig, who lives with them, assaulted "
  "Leanne in front of Lola on 3/5 – arrested and bailed not to return to the address. Strategy meeting held, S47 "
  "initiated re Lola. Lola is 18 wks pregnant and has missed her 12 and 16 wk midwife appts. She hasn't been in "
  "education or work since finishing Y11 last summer.",
  ["DA", "PH", "EDU-NEET"],
  [("convention", "CRIME", "Conv 7: partner's assault and arrest for the DV is DA only."),
   ("partial", "PH", "Missed antenatal appointments -> PH.")])
n("Z022", "A", "orange",
  "DASH high risk, heard at MARAC 20/5, IDVA allocated to Leanne. Leanne says Craig kept hold of all her bank cards and "
  "ran up £2,000 on credit cards in her name.",
  ["DA", "FIN"],
  [("partial", "FIN", "Debt in her name from economic abuse is a current money problem as well as DA.")])
n("Z022", "C", "orange",
  "Craig remanded in June after breaching his bail by coming to the house. Leanne on the Freedom Programme. Lola had a "
  "baby girl in Oct, both doing well, HV visiting.",
  ["DA"],
  [("convention", "CRIME", "Conv 7: breach of bail conditions protecting the victim -> DA only."),
   ("not-coded", "PH", "Birth, both well: good news.")])

# ---------------------------------------------------------------- Z023
case("Z023", "Calder Rise", "2025-02-17", "2025-08-04")
n("Z023", "A", "yellow",
  "Shirley (69) has heart failure - 2 hospital admissions since Xmas. When she's in, Dylan (10) and Macy (7) go to her "
  "sister Pat who is 78. Shirley worries about what would happen to them if she died, there's no plan in place. Dylan is "
  "anxious, gets up in the night to check Nan is breathing and won't go on sleepovers.",
  ["PH", "MH-CHILD"],
  [("not-coded", "CARER", "Dylan checking on Nan is described as anxiety; no caring tasks (README judgement 10)."),
   ("hypothetical", "", "'what would happen ... if she died' - hypothetical, no code.")])
n("Z023", "A", "green",
  "Macy (7) good attendance at St Luke's. Reading behind where school would expect, she's in a catch-up phonics group. "
  "No SEN identified.",
  [],
  [("negated", "EDU-SEND", "'No SEN identified'; a universal catch-up group is not SEN support."),
   ("not-coded", "EDU-ATT", "Good attendance: good news.")])
n("Z023", "C", "blue",
  "Shirley has written a letter of wishes – Pat and her son Gareth will step in if needed. She manages her own meds with a "
  "dosette box and goes to cardiac rehab twice a wk. Dylan's worry diary from the school nurse is helping and he's been on "
  "his first sleepover.",
  ["PH", "MH-CHILD"],
  [("convention", "PH", "Conv 3: managing her heart condition (blue) -> present."),
   ("convention", "MH-CHILD", "Conv 3: managing his worries with the worry diary (blue) -> present.")])

# ---------------------------------------------------------------- Z024
case("Z024", "Hollinsbrook", "2025-07-07", "2026-01-12")
n("Z024", "A", "orange",
  "Jasmine (6) and Kobe (3) have lived with maternal gran Yvonne under an SGO since 2024, following DV by dad (Marlon) "
  "towards mum. Marlon has supervised contact monthly under a court order. Before contact Jasmine hides under the table "
  "and has wet herself twice; after, night terrors for days. CAMHS referral not accepted, now on the waiting list for "
  "play therapy via the SGO support team. Yvonne has applied to vary the order to stop direct contact, Marlon's solicitor "
  "is contesting it.",
  ["MH-CHILD", "PH", "REL-CONF"],
  [("historical", "DA", "DV was towards mum before the SGO; mum is not in this household."),
   ("partial", "MH-CHILD", "CAMHS referral not accepted, but trauma signs and play therapy waiting list are present."),
   ("convention", "PH", "Conv 9: wetting and night terrors at school age -> PH."),
   ("convention", "REL-CONF", "Contested court application over contact -> REL-CONF.")])
n("Z024", "A", "green",
  "Kobe (3) at Little Stars 15 hrs, keyworker says he's meeting all his milestones. Yvonne (58) has high blood pressure, "
  "on amlodipine from the GP, well controlled.",
  ["PH"],
  [("negated", "EYD", "Meeting all milestones."),
   ("convention", "PH", "Conv 3/4: ongoing medication, managing (green) -> present.")])
n("Z024", "C", "orange",
  "Court varied the order in Oct - letterbox contact only now. Jasmine has started play therapy (10 sessions). Night "
  "terrors still about once a week.",
  ["MH-CHILD", "PH"],
  [("historical", "REL-CONF", "Court decided in Oct: dispute over.")])

# ---------------------------------------------------------------- Z025
case("Z025", "Wyrecroft", "2025-10-13", "2026-03-23")
n("Z025", "A", "yellow",
  "Aaliyah (23) has had an SGO for her brother Zayn (12) since their parents died. Zayn finding the move up to Wyrecroft "
  "High really hard, says he feels sick with worry every morning. SENCO has put him on SEN support and referred for an "
  "ASD assessment. Aaliyah has anxiety and panic attacks, GP prescribed propranolol.",
  ["MH-CHILD", "EDU-SEND", "MH-ADULT"],
  [("not-coded", "CARER", "Aaliyah is an adult sibling kinship carer (conv 12)."),
   ("convention", "MH-ADULT", "Kinship carer's anxiety -> MH-ADULT.")])
n("Z025", "A", "blue",
  "Aaliyah's ex (nothing to do with Zayn) was controlling, but no contact since 2023 and he's moved away. Her aunties help "
  "out with Zayn in the school holidays.",
  [],
  [("historical", "DA", "Controlling ex, no contact since 2023.")])
n("Z025", "C", "blue",
  "Aaliyah uses her breathing techniques and still takes a low dose of propranolol, one panic attack in the last 2 "
  "months. Zayn's ASD diagnosis came through in Feb, SEN support plan working and he likes the lunch club.",
  ["MH-ADULT", "EDU-SEND"],
  [("convention", "MH-ADULT", "Conv 3: managing with medication (blue) -> present.")])

# ---------------------------------------------------------------- Z026
case("Z026", "Saltmere", "2025-02-10", "2025-08-18")
n("Z026", "A", "orange",
  "Lucas (14) T1 diabetic, 2 admissions with DKA since Jan and 3 missed clinic appts. Diabetes team worried grandad "
  "Frank (74) can't supervise his insulin - Frank has macular degeneration and can't read the meter. Consultant has "
  "raised medical neglect concerns with the SGO support social worker.",
  ["PH", "SAFE-NEG"],
  [("convention", "SAFE-NEG", "Explicit medical neglect concern = basic care -> SAFE-NEG as well as PH (README judgement 8).")])
n("Z026", "A", "yellow",
  "Lucas attendance 78% - hospital and clinic days plus some days he says he's ill. Frank says he's a good lad but lately "
  "he goes out after tea without saying where and comes back after 10.",
  ["EDU-ATT", "REL-PAR"],
  [("not-coded", "SAFE-EXP", "Going out without saying where is a boundaries issue; no missing episode described.")])
n("Z026", "C", "blue",
  "Lucas has a glucose sensor now with alerts to Frank's phone in large text. He does his own insulin and there have been "
  "no admissions since March.",
  ["PH"],
  [("convention", "PH", "Conv 3: doing his own insulin = now managing (blue) -> present; 'no admissions since March' alone would be historical.")])

# ---------------------------------------------------------------- Z027
case("Z027", "Calder Rise", "2025-06-23", "2025-12-15")
n("Z027", "A", "orange",
  "Pam (62, gran) has a s21 from her private landlord who is selling up - has to be out by 14 Aug, homeless application "
  "made. Pam has been on antidepressants for years, says her mood is the lowest it's ever been, fleeting thoughts of 'not "
  "wanting to be here', no plans or intent. GP reviewing meds.",
  ["HOUS", "MH-ADULT"])
n("Z027", "A", "green",
  "Theo (2) HV 2 yr review done, no concerns. Amelia (5) in Reception at Calder Rise Primary, severe eczema, cracked and "
  "bleeding behind her knees, dermatology appt in Sept.",
  ["PH"],
  [("negated", "EYD", "Theo's review: no concerns.")])
n("Z027", "C", "orange",
  "In TA since Aug, a 2 bed flat in Saltmere, on the housing register band B. Amelia gets a taxi to school now it's 3 miles "
  "away but attendance has dropped to 88%. Pam on the Talking Therapies waiting list.",
  ["HOUS", "EDU-ATT", "MH-ADULT"],
  [("convention", "MH-ADULT", "Conv 4: awaiting a talking therapy service codes its area.")])

# ---------------------------------------------------------------- Z028
case("Z028", "Hollinsbrook", "2025-09-01", "2026-02-09")
n("Z028", "A", "yellow",
  "Summer (10) came to Hayley (36, aunt) in 2024 from foster care, SGO. Summer takes food and hides it in her room, lies "
  "about little things – Hayley finding this really hard, says she shouts more than she'd like. Summer is up till "
  "midnight most nights and won't settle unless Hayley sits with her.",
  ["REL-PAR", "PH"],
  [("not-coded", "SAFE-NEG", "Hiding food is a behaviour; no hunger or empty fridge described (conv 10)."),
   ("convention", "PH", "Conv 9: sleep problem at school age -> PH.")])
n("Z028", "A", "green",
  "Summer in Y5 at Fenwick Primary. Class teacher says she's doing well, no behaviour concerns in school, attendance good.",
  [],
  [("negated", "EDU-EXC", "'no behaviour concerns in school'.")])
n("Z028", "C", "",
  "Closing phone call with Hayley. She's found the kinship carers' WhatsApp group really helpful and meets up with two "
  "other SGO carers for coffee. Screens off at 8 now and Summer is asleep by 9.30 most nights, still wakes once or twice "
  "but settles herself. Hayley knows how to self-refer if things change.",
  ["PH"],
  [("convention", "PH", "Still waking at night but managing -> present; blue-level note so conv 3 applies."),
   ("convention", "", "Unboxed: only own network / self-help cues -> blue."),
   ("not-coded", "CARER", "Conv 12: kinship/SGO carers are not young carers.")],
  note_level="blue")

# ---------------------------------------------------------------- Z029
case("Z029", "Wyrecroft", "2025-06-23", "2025-10-27")
n("Z029", "A", "yellow",
  "Ellie (7) lives with paternal gran Angela (56) under a CAO. Dad Kyle (28) moved back in with them in April, he's on a "
  "methadone script through Compass. Angela thinks he's using on top, she found foil in the bathroom. Ellie happy to have "
  "her dad home.",
  ["SUB"],
  [("convention", "SUB", "Conv 4: methadone script; dad lives in the household so he is coded.")])
n("Z029", "A", "orange",
  "Police executed a drugs warrant at the house on 12/6 – Kyle arrested and bailed for possession with intent to supply. "
  "Ellie was home and very distressed, school say she's been crying in class since. Wyre Homes have written to Angela "
  "that the tenancy could be at risk if dealing from the property is proven.",
  ["CRIME", "MH-CHILD"],
  [("hypothetical", "HOUS", "'could be at risk if ... proven' - conditional (contrast Z017)."),
   ("convention", "SUB", "Not coded here: the text describes supply offending, not Kyle's use.")])
n("Z029", "C", "yellow",
  "Kyle moved into supported housing in Aug, still on his script, sees Ellie at Angela's on Saturdays. Ellie more settled "
  "and school have no concerns now.",
  [],
  [("outside", "SUB", "Kyle no longer lives in the household (conv 6)."),
   ("negated", "MH-CHILD", "'school have no concerns now'.")])

# ---------------------------------------------------------------- Z030
case("Z030", "Saltmere", "2025-03-24", "2025-09-01")
n("Z030", "A", "",
  "TAF meeting at Brindle Primary: Rose (gran, SGO), class teacher, SENCo, school nurse, EHW. Ashton (9) on a reduced "
  "timetable 9-12 since Feb after kicking a TA, 2 suspensions this school year. Paediatrician started him on methylphenidate "
  "for ADHD last month – appetite poor, lost 2kg. Rose says bedtimes are a battle, he's still up at 11. Rose asked about "
  "DLA, gave her the form. TAF plan: SENCo to apply for EHCNA, EHW to do bedtime routine work with Rose.",
  ["EDU-ATT", "EDU-EXC", "EDU-SEND", "PH", "REL-PAR"],
  [("convention", "FIN", "Conv 5: asking about DLA is not a money problem."),
   ("convention", "", "Unboxed: TAF plan -> orange (above EHW, SENCo, school nurse).")],
  note_level="orange")
n("Z030", "A", "yellow",
  "Rose (60) has had to drop a day at the bakery to collect Ashton at 12, about £300 a month down and behind on the water "
  "bill.",
  ["FIN"])
n("Z030", "C", "yellow",
  "Ashton back full time since Easter with a 1:1 in the afternoons, EHCNA agreed in May. Rose moved onto the water "
  "company's social tariff and the arrears were cleared by their hardship fund.",
  ["EDU-SEND"],
  [("historical", "FIN", "Arrears cleared (conv 3)."),
   ("not-coded", "EDU-ATT", "Back full time.")])

# ---------------------------------------------------------------- Z031
case("Z031", "Calder Rise", "2025-04-22", "2025-10-06")
n("Z031", "A", "yellow",
  "Reggie (11m) came to aunt Tasha (27) after a Family Group Conference in Feb, mum is in residential rehab. Reggie was "
  "born with NAS and is still under the paediatrician for his weight. Only takes smooth purees, gags on lumps. Tasha's "
  "own kids Kacey (6) and Jaxon (4) are jealous, Jaxon keeps hitting Reggie.",
  ["PH", "EYD", "REL-PAR"],
  [("outside", "SUB", "Mum in residential rehab is outside the household."),
   ("partial", "REL-PAR", "Child behaviour at home (sibling hitting) -> REL-PAR.")])
n("Z031", "A", "green",
  "Tasha's mum has Reggie 2 days a week so Tasha can work. HV visiting monthly for now.",
  [],
  [("not-coded", "", "Own network and routine HV visits: no need stated.")])
n("Z031", "C", "green",
  "Reggie (1y5m) walking and eating finger foods. Jaxon started Reception, still rough with Reggie at times, Tasha uses "
  "time out and it mostly works.",
  ["REL-PAR"],
  [("historical", "EYD", "Weaning resolved: finger foods."),
   ("convention", "REL-PAR", "Conv 3: green box, managing -> present.")])

# ---------------------------------------------------------------- Z032
case("Z032", "Hollinsbrook", "2025-05-27", "2025-11-03")
n("Z032", "A", "orange",
  "Hana (15) has lost a lot of weight since Easter, BMI 15.8. GP referred urgently to the CAMHS eating disorders team, "
  "seen weekly now. Hana came to her grandparents Bilal (64) and Samina (60) in 2022 after her parents divorced and mum "
  "moved abroad; dad (their son) is in prison.",
  ["MH-CHILD", "PH"],
  [("historical", "REL-CONF", "Parents' divorce in 2022, neither parent in the household."),
   ("outside", "CRIME", "Dad in prison is outside the household.")])
n("Z032", "A", "yellow",
  "Samina says every mealtime is a fight, Hana screams at her and locks herself in the bathroom. Bilal has Parkinson's and "
  "can't help much – Hana sorts his tablets and helps him get dressed before school.",
  ["REL-PAR", "PH", "CARER"])
n("Z032", "C", "orange",
  "Hana still with the CAMHS ED team, BMI up to 17.5, on a meal plan. Young carers assessment completed.",
  ["MH-CHILD", "PH", "CARER"],
  [("convention", "PH", "Conv 4: weight still under treatment (meal plan) -> PH."),
   ("convention", "CARER", "Young carers assessment implies the caring role (service implies the need).")])


# ---------------------------------------------------------------- output
def ids(item):
    tri = item["case"] + "-" + item["stage"]
    nid = tri + "-" + (item["level"] or "note")
    return nid, tri


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    nrows, grows, traps = [], [], {}
    seen = set()
    for it in ITEMS:
        nid, tri = ids(it)
        assert nid not in seen, nid
        seen.add(nid)
        c = CASES[it["case"]]
        stage = "assessment" if it["stage"] == "A" else "closure"
        nrows.append([nid, tri, it["case"], stage, c[it["stage"]], it["level"], c["locality"], it["text"]])
        glevel = it["level"] or it["note_level"]
        assert len(set(it["codes"])) == len(it["codes"]), nid
        if it["codes"]:
            assert glevel, nid
        for code in it["codes"]:
            grows.append([nid, code, glevel])
        if it["traps"]:
            traps[nid] = it["traps"]
    write_csv(os.path.join(HERE, "narratives.csv"),
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"], nrows)
    write_csv(os.path.join(HERE, "gold.csv"), ["narrative_id", "code", "level"], grows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, indent=1, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")

    print("cases:", len(CASES))
    print("narratives:", len(nrows), "(unboxed notes: %d)" % sum(1 for r in nrows if not r[5]))
    print("by stage:", dict(Counter(r[3] for r in nrows)))
    print("triages:", len({r[1] for r in nrows}))
    print("narratives with no gold rows:", sum(1 for it in ITEMS if not it["codes"]))
    print("gold rows:", len(grows))
    print("by code:", dict(sorted(Counter(g[1] for g in grows).items())))
    print("by level:", dict(Counter(g[2] for g in grows)))
    print("narratives with trap notes:", len(traps), "trap entries:", sum(len(v) for v in traps.values()))


if __name__ == "__main__":
    main()
