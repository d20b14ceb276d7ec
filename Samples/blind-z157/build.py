#!/usr/bin/env python3
"""Blind gold set z157: children returning home to a parent (after foster care,
s20 or kinship/family arrangements) in an invented Hertfordshire town.
Localities (invented): Brayfield, Oakenhurst, Wickmere, Stansfold.

Each case is added with case(); each narrative with N(stage, box, text, codes,
traps, note_level). box is a level (blue/green/yellow/orange/red) or "note"
for an unboxed note, whose codes take note_level (convention 2).
Codes are the PRESENT codes only (the gold).
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = []


def N(stage, box, text, codes, traps=(), note_level=None):
    return dict(stage=stage, box=box, text=text, codes=list(codes),
                traps=[dict(type=t, code=c, note=n) for (t, c, n) in traps],
                note_level=note_level)


def case(cid, locality, a_date, c_date, items):
    CASES.append(dict(cid=cid, locality=locality, a_date=a_date,
                      c_date=c_date, items=items))


# ---------------------------------------------------------------- batch 1
case("Z001", "Brayfield", "2025-01-20", "2025-07-08", [
    N("A", "yellow",
      "Mason (8) and Evie (4) due home from their s20 foster placement in stages from 10/2 - tea visits, then weekend overnights, full return by half term. Leanne hasn't had both of them on her own for 14 months and admits she's 'terrified of getting bedtimes wrong'. EHW to do weekly sessions on routines and boundaries. Leanne still open to Hearthside Recovery, 5 months alcohol free, keyworker every other Tues.",
      ["REL-PAR", "SUB"],
      [("not-coded", "CARER", "'foster placement' is not CARER (conv 12); s20 itself has no code."),
       ("convention", "SUB", "Still open to the drug and alcohol service although 5 months alcohol free: ongoing service codes SUB (conv 4)."),
       ("not-coded", "MH-ADULT", "'terrified of getting bedtimes wrong' is parenting nerves, not a described mental health need.")]),
    N("A", "green",
      "Evie's 2-2.5yr review never happend - she moved placements twice that year. HV to do a developmental check at home once she's back. Foster carer says she still needs a nappy at night and her speech is 'babyish'. Reception place at Brayfield Primary agreed for Sept.",
      ["EYD"],
      [("convention", "EYD", "Under-5: missed development review, night toileting, speech -> EYD (conv 9).")]),
    N("C", "blue",
      "Leanne now 11 months without a drink, goes to the Sunday AA meeting at the Methodist hall and rings her sponsor when things get on top of her. Her sister Gemma does Tues/Thurs pickups.",
      ["SUB"],
      [("convention", "SUB", "Recovery still actively managed (AA, sponsor) in a blue box = now managing -> present (conv 3, 4); not merely 'stopped'.")]),
])

case("Z002", "Oakenhurst", "2025-02-10", "2025-10-13", [
    N("A", "orange",
      "Shannon left Jordan in Nov 24 after he assaulted her in front of the kids; he's been charged and is on bail with a condition not to contact her. Heard at MARAC 12/12, IDVA allocated. Riley (11) and Poppy (6) have been at maternal nan's since Oct under a family arrangement. Shannon is in a one bed refuge flat and the kids can't stay there - housing register application in, band B.",
      ["DA", "HOUS"],
      [("convention", "CRIME", "Jordan's assault charge and bail are offences against the adult victim: DA only, not CRIME (conv 7)."),
       ("not-coded", "CARER", "Nan caring for the children under a family arrangement is not CARER (conv 12).")]),
    N("A", "yellow",
      "Riley wetting the bed most nights since the move to nan's and won't talk about Jordan. Teacher says he's withdrawn and has cried in class twice this month. Referred to Rowan Family Centre's childrens DA recovery group (12 wks), starts March.",
      ["PH", "MH-CHILD", "DA"],
      [("convention", "PH", "Bedwetting at school age (11) -> PH (conv 9)."),
       ("convention", "DA", "Child's DA recovery group is an ongoing DA service -> DA (conv 4).")]),
    N("C", "blue",
      "Shannon got the keys to a 3 bed HA house in Wickmere in May, kids home since half term. She finished the Freedom Programme in July and has a safety app on her phone. Restraining order against Jordan runs till 2027 and she knows to ring 999 if he turns up.",
      ["DA"],
      [("historical", "HOUS", "Housing need resolved (keys in May)."),
       ("convention", "DA", "Order in force plus safety planning in a blue box = managing an ongoing risk -> present (conv 3).")]),
])

case("Z003", "Wickmere", "2025-03-17", "2026-02-09", [
    N("A", "red",
      "Tyler (15) accommodated s20 since March 24 when dad Dean was detained under the MHA. LAC review 14/3 agreed reunification over Easter, SW to step down to CIN on return. Dean is under the CMHT, has a monthly depot and sees his CPN every 2 wks, says he is 'in a much better place'.",
      ["MH-ADULT"],
      [("partial", "MH-ADULT", "Detention is past but CMHT, depot and CPN are ongoing treatment -> present (conv 4).")]),
    N("A", "orange",
      "Tyler on a 9 month referral order for a robbery at Wickmere bus station (Oct 24), YOS appts weekly. Reported missing from placement in Jan, found by police in a flat in Kettlebrook with two older males, CCE concerns taken to the exploitation panel.",
      ["CRIME", "SAFE-EXP"],
      [("convention", "CRIME", "CRIME comes from the referral order/YOS; police finding a missing child is safeguarding, not CRIME (conv 7).")]),
    N("C", "orange",
      "Referral order completed Dec 25 and YOS have closed, no new offences. Still flagged for CCE - went missing overnight on 18/1, found by police at a friend's in Stansfold. Return home interview done.",
      ["SAFE-EXP"],
      [("historical", "CRIME", "Referral order completed, no new offences."),
       ("convention", "CRIME", "Police locating him when missing is not CRIME (conv 7).")]),
])

case("Z004", "Stansfold", "2025-02-03", "2025-08-18", [
    N("A", "red",
      "Harvey (7) and Lola (2) placed with paternal grandparents as connected persons foster carers under an ICO since Aug 24. Final hearing approved a plan for a phased return to mum (Kerry-Ann) by July with a supervision order. Kerry-Ann on a 40ml methadone script, hair strand tests clear since Oct.",
      ["SUB"],
      [("convention", "SUB", "Methadone script -> SUB (conv 4) despite clear tests."),
       ("not-coded", "CARER", "Connected persons foster carers are not CARER (conv 12).")]),
    N("A", "yellow",
      "Harvey keeps asking when he can 'live with mummy properly'. 3 incidents at school after contact - threw a chair, kicked a TA - school have warned a suspension is next. SENCo has sent ADHD screening forms to grandparents and class teacher. He'll move from Stansfold Juniors to St Aldric's once home as its too far.",
      ["EDU-EXC", "EDU-SEND"],
      [("not-coded", "EDU-EXC", "The school move because of the return home is not a managed move; EDU-EXC comes from behaviour/risk of suspension."),
       ("not-coded", "MH-CHILD", "Asking when he can live with mum is not described as an emotional wellbeing concern.")]),
    N("C", "yellow",
      "Both kids home full time since 30/6. Kerry-Ann reduced to 25ml and still sees her Hearthside keyworker. EHW doing the Little Steps parenting programme one to one with her - bedtime is the main battle, Harvey often still up at 10pm.",
      ["SUB", "REL-PAR"],
      [("partial", "PH", "Late bedtime described as a boundaries battle -> REL-PAR, not a sleep problem (PH).")]),
])

case("Z005", "Brayfield", "2025-02-17", "2025-12-01", [
    N("A", "orange",
      "Chloe (16) in a semi-independent s20 placement since Oct 24 after months of rows with mum Nicola ended with Chloe pushing her down the stairs - police attended, NFA. Both want to try again; weekly family time at Nicola's going ok but they still row about curfew and Chloe's boyfriend. GP referred Chloe to CAMHS in Jan for low mood and cutting, on the waiting list.",
      ["REL-PAR", "MH-CHILD"],
      [("historical", "CRIME", "Single police attendance in Oct 24 with NFA; nothing current -> not CRIME."),
       ("convention", "DA", "Child-to-parent violence and parent-child rows are REL-PAR, not DA (conv 8)."),
       ("convention", "MH-CHILD", "Awaiting CAMHS -> MH-CHILD (conv 4).")]),
    N("C", "yellow",
      "Chloe moved home in April. Still NEET - left college Dec last year, on the Youth Hub list for the Jan employability course. She and Nicola did 4 sessions of family mediation; rows are less often but curfew is still a flashpoint.",
      ["EDU-NEET", "REL-PAR"],
      [("convention", "REL-CONF", "Mediation between parent and child is REL-PAR, not REL-CONF (conv 8).")]),
    N("C", "orange",
      "CAMHS saw Chloe 6 times and discharged her in Nov. She says she hasn't self harmed since August and doesn't want any more sessions.",
      [],
      [("historical", "MH-CHILD", "Discharged, no self-harm since August: issue described as over (conv 3).")]),
])

case("Z006", "Oakenhurst", "2025-01-13", "2025-06-30", [
    N("A", "red",
      "Kayden and Kiera (9) accomodated s20 in Nov 24 when mum Rachel had a manic episode and was admitted to the Elmbrook Unit. Rachel discharged 6/1 to the home treatment team, on lithium with monthly bloods. Plan - twins home over Feb half term, CIN plan to follow.",
      ["MH-ADULT"],
      [("not-coded", "PH", "Monthly bloods are lithium monitoring, not a physical health need.")]),
    N("A", "yellow",
      "Kiera told her foster carer she'll have to 'look after mum' when they go home and wants to be the one who gives Rachel her tablets. Referral to Turnstone Young Carers for a YC assessment.",
      ["CARER"],
      [("convention", "CARER", "'Foster carer' is not CARER; Kiera's own caring role is (conv 12).")]),
    N("C", "blue",
      "Kiera goes to Turnstone's Weds club and knows who to ring if mum gets poorly again. Rachel has a relapse signature plan and has shared it with school.",
      ["CARER", "MH-ADULT"],
      [("convention", "MH-ADULT", "Relapse plan = mental illness being managed, blue box -> present (conv 3)."),
       ("convention", "CARER", "Attends young carers club = managing -> present (conv 3, 4).")]),
])

case("Z007", "Wickmere", "2025-02-24", "2025-09-01", [
    N("A", "note",
      "Home visit with Lee. Alfie (5) coming home from foster care on 3/3 under the s20 rehab plan, SW still allocated. Lee still going to Hearthside weekly, showed me his breathalyser log (all 0.00). Flat v sparse - no bed for Alfie yet and fridge empty apart from milk and a jar of jam. UC not updated for Alfie, Lee has used the food bank at St Mark's twice this month.",
      ["SUB", "SAFE-NEG", "FIN"],
      [("convention", "SUB", "Weekly drug and alcohol service -> SUB (conv 4); clear breathalyser does not negate it."),
       ("convention", "SAFE-NEG", "Empty fridge/no bed -> SAFE-NEG; food bank + UC problem -> FIN (conv 10)."),
       ("convention", "SUB", "Unboxed: highest cue is s20 (red) -> all codes red (conv 2).")],
      note_level="red"),
    N("A", "green",
      "Alfie in Year R at Wickmere Primary, school agreed he stays on roll. Still having daytime wetting accidents most days; school nurse to see him and Lee together.",
      ["PH"],
      [("convention", "PH", "Alfie is 5 (not under-5, school age): wetting -> PH, not EYD (conv 9 read by analogy).")]),
    N("C", "blue",
      "Alfie has his own room now, bed and wardrobe from the local welfare fund. UC has included Alfie since April and Lee hasn't needed the food bank since May.",
      [],
      [("historical", "FIN", "UC fixed, no food bank since May: over (conv 3)."),
       ("historical", "SAFE-NEG", "Bed provided; no current basic-care need.")]),
])

case("Z008", "Stansfold", "2025-01-27", "2025-08-11", [
    N("A", "orange",
      "Hayley, Maisie (12) and Ollie (8) moved into Stansfold refuge from out of county in Jan after years of coercive control by Hayley's husband. Kids stayed 6 wks with Hayley's brother until a family room came up. Heard at MARAC in the home LA 5/2.",
      ["DA", "HOUS"],
      [("not-coded", "CARER", "Uncle looking after the children is not CARER (conv 12)."),
       ("convention", "HOUS", "Living in refuge = temporary accommodation -> HOUS.")]),
    N("A", "yellow",
      "Neither child in school since the move. In-year applications in for Stansfold Juniors and Oakenhurst Academy, no offers yet - EHW chasing via Fair Access. Maisie's EHCP (hearing impairment) needs to transfer across.",
      ["EDU-ATT", "EDU-SEND", "PH"],
      [("convention", "EDU-ATT", "Children out of school awaiting a place coded EDU-ATT (not attending)."),
       ("convention", "PH", "Hearing impairment is a disability -> PH as well as EDU-SEND for the EHCP.")]),
    N("C", "yellow",
      "Both kids started school after Easter. Family moved into a 2 bed council flat in July. Husband has put in a C100 for contact with Ollie - Hayley sees it as him trying to keep control and the IDVA is supporting her through court.",
      ["DA"],
      [("historical", "HOUS", "Moved into a council flat in July."),
       ("historical", "EDU-ATT", "Both in school since Easter."),
       ("convention", "REL-CONF", "Contact application described as continued control by the abuser -> DA only, not REL-CONF (conv 8).")]),
])

# ---------------------------------------------------------------- batch 2
case("Z009", "Brayfield", "2025-03-03", "2025-11-24", [
    N("A", "red",
      "Noah (10m) has lived with maternal gran under s20 (connected carer) since he was 3 wks old, after Jade's postpartum psychosis. Jade now well and under the perinatal mental health team, still on antipsychotic meds. Plan is for Noah to go home by his 1st birthday.",
      ["MH-ADULT"],
      [("convention", "MH-ADULT", "'Now well' but under the perinatal team and on medication -> present (conv 4).")]),
    N("A", "green",
      "HV 9-12m review: Noah's weight has dropped from the 50th to the 25th centile. Gran says he spits out anything lumpy and is still mostly on bottles. HV weighing fortnightly and giving weaning advice.",
      ["PH", "EYD"],
      [("partial", "EYD", "Weight drop -> PH; weaning difficulty in an under-5 -> EYD; both coded.")]),
    N("C", "blue",
      "Jade takes Noah to stay and play at the children's centre twice a week. Perinatal team discharged her in Oct; she's still on her meds and the GP reviews them every 3 months.",
      ["MH-ADULT"],
      [("convention", "MH-ADULT", "Discharged from specialist team but ongoing medication with GP review -> present (conv 3, 4).")]),
])

case("Z010", "Oakenhurst", "2025-01-06", "2025-10-27", [
    N("A", "red",
      "Jack (10), Ellie (7) and Mia (4) went home from foster care on 20/12 when the LA withdrew its care application, but they are now on CP plans under neglect. First core group 8/1. On last visit: dog mess on the kitchen floor, no sheets on the kids mattresses, only cereal in the cupboards.",
      ["SAFE-NEG"],
      [("not-coded", "CARER", "Foster care is not CARER (conv 12).")]),
    N("A", "orange",
      "Mum's partner Gaz (lives in) released from HMP Fenwick in Nov on licence for a burglary unrelated to the family; reports to probation weekly.",
      ["CRIME"],
      [("convention", "CRIME", "Household adult on licence/probation -> CRIME (conv 7).")]),
    N("C", "orange",
      "Gaz's licence ended in Oct and he is working for a scaffolding firm. No police involvement with the family this year.",
      [],
      [("historical", "CRIME", "Licence ended: over (conv 3)."),
       ("negated", "CRIME", "'No police involvement' is a negation.")]),
])

case("Z011", "Wickmere", "2025-04-14", "2025-12-15", [
    N("A", "orange",
      "Kai (13) came home to mum Sarah on 7/4 after his 3rd foster placement broke down, CIN plan. He was permanently excluded from Wickmere Park in Feb and is on a reduced timetable at the Beacon PRU (10am-12). Police brought him home twice last week after reports of him throwing stones at buses.",
      ["EDU-EXC", "EDU-ATT", "CRIME"],
      [("convention", "EDU-ATT", "Reduced/part-time timetable -> EDU-ATT alongside the exclusion (EDU-EXC)."),
       ("convention", "CRIME", "Police called about a young person's ASB -> CRIME (conv 7).")]),
    N("A", "yellow",
      "Kai has had an ADHD diagnosis since 2022 and an EHC needs assessment was agreed last month. Sarah says he's 'a different boy' on his medication but he has refused it since coming home, shouting matches every night about his Xbox.",
      ["EDU-SEND", "REL-PAR"],
      [("convention", "REL-PAR", "Parent-child shouting matches -> REL-PAR (conv 8).")]),
    N("C", "orange",
      "Kai full time at the PRU since Sept, no exclusions this term and no further police contact. Final EHCP names Oakenhurst Academy's ASD/ADHD resource base from Jan.",
      ["EDU-SEND"],
      [("negated", "EDU-EXC", "'no exclusions this term'."),
       ("negated", "CRIME", "'no further police contact'."),
       ("historical", "EDU-ATT", "Now full time: reduced timetable is over.")]),
])

case("Z012", "Stansfold", "2025-03-24", "2025-09-29", [
    N("A", "yellow",
      "Michael completed 12 wks residential rehab (cocaine and alcohol) in March and goes to Hearthside aftercare twice a week. Sophie (14) and Josh (11) moving back from their aunt Claire's over the Easter hols - private arrangement, no SW involvement.",
      ["SUB"],
      [("convention", "SUB", "Rehab completed but aftercare ongoing -> present (conv 4)."),
       ("not-coded", "CARER", "Aunt looking after the children is not CARER (conv 12).")]),
    N("A", "orange",
      "£2,300 rent arrears built up while Michael was using. HA served a Notice of Seeking Possession in Feb; he's trying to agree a payment plan with the income officer.",
      ["HOUS", "FIN"],
      [("historical", "SUB", "'while Michael was using' refers to the past; SUB not coded from this box.")]),
    N("C", "blue",
      "Michael pays £60 a month off the arrears and the HA have withdrawn the NOSP. Still goes to NA on Sundays. Josh manages his own asthma inhalers now.",
      ["FIN", "SUB", "PH"],
      [("historical", "HOUS", "NOSP withdrawn: possession risk over."),
       ("convention", "FIN", "Paying off arrears in a blue box -> FIN present (conv 3)."),
       ("convention", "PH", "Managing own asthma inhalers -> PH present (conv 3).")]),
])

case("Z013", "Brayfield", "2025-04-28", "2025-12-08", [
    N("A", "red",
      "CIN plan. Ruby (8) and Archie (6) returning home to mum Stacey under the reunification plan. Their sister Tegan (15) has chosen to stay on with her foster carers and is open to CAMHS for self harm.",
      [],
      [("outside", "MH-CHILD", "Tegan lives with foster carers, outside the household: her CAMHS/self-harm is not coded (conv 6).")]),
    N("A", "orange",
      "Stacey's ex Ryan is serving 4 yrs for GBH on her (sentenced Oct 24). No contact since his arrest; a victim liaison officer will let her know before his release date.",
      ["DA"],
      [("convention", "DA", "Abuse not ended as a risk: perpetrator's release pending and victim liaison service ongoing -> DA present (conv 4). Judgement call vs 'no contact since' historical."),
       ("outside", "CRIME", "Ryan's offence/prison sentence: he is outside the household and it is DA against Stacey, not CRIME (conv 6, 7).")]),
    N("A", "yellow",
      "Stacey having 'a couple of cans' most nights, says it helps her unwind and isnt a problem. EHW to refer her to Hearthside for a brief intervention. Ruby and Archie see Tegan every other Saturday at the family centre.",
      ["SUB"],
      [("partial", "SUB", "'isn't a problem' is minimisation, not a negation: nightly drinking with a referral is present."),
       ("not-coded", "REL-PAR", "Sibling contact with a child in care has no code.")]),
    N("C", "orange",
      "Ryan released on licence in Nov with an exclusion zone covering Brayfield. Police have given Stacey a panic alarm and she's back in touch with Safe Harbour outreach.",
      ["DA"],
      [("outside", "CRIME", "Ryan (on licence) is not a household member: no CRIME (conv 6, 7).")]),
])

case("Z014", "Oakenhurst", "2025-05-06", "2025-11-10", [
    N("A", "red",
      "Care proceedings concluding with a CAO to dad: Lily (2) moves from foster care to live with Reece (23) full time from 19/5. Mum Kayleigh still using crack, supervised contact monthly at the contact centre. SW has asked for EH support with routines as Reece hasn't had a toddler full time before.",
      ["REL-PAR"],
      [("outside", "SUB", "Kayleigh does not live in the household: her crack use is not coded (conv 6).")]),
    N("A", "yellow",
      "Reece works shifts at the Oakenhurst distribution centre; his mum has Lily on his lates until nursery starts. Lily has roughly 15 words at 26 months - foster carer has been using Makaton with her.",
      ["EYD"],
      [("convention", "FIN", "Working shifts is not FIN (conv 5).")]),
    N("C", "blue",
      "Reece has a bedtime routine that works, Lily sleeps 7 till 6. His sister babysits if he needs a break.",
      [],
      [("convention", "REL-PAR", "Pure good news with no need stated in this text -> not coded (conv 1, 3).")]),
])

case("Z015", "Wickmere", "2025-02-03", "2025-10-06", [
    N("A", "red",
      "Freya (12) accommodated s20 for 5 months after mum Claire's overdose in Sept 24. Claire is seeing a psychologist weekly and takes sertraline. LAC review agreed Freya home from 15/2.",
      ["MH-ADULT"],
      [("not-coded", "SUB", "An overdose (self-harm with medication) is not substance misuse.")]),
    N("A", "yellow",
      "Freya wants to stay at Oakenhurst Academy (her placement school) but it is 2 buses from Claire's. Claire can't cover the fares till the transport appeal is heard and is 3 months behind on council tax.",
      ["FIN"],
      [("not-coded", "EDU-ATT", "Choice of school/distance is not an attendance problem.")]),
    N("C", "yellow",
      "Freya moved to Wickmere Park in Sept in the end. A group of girls in her form keep sending her nasty messages in a group chat, HoY involved. She's had 4 days off this month saying she feels sick.",
      ["SAFE-EXP", "EDU-ATT"],
      [("convention", "SAFE-EXP", "Bullying by peers (online) -> SAFE-EXP for Freya (outside-household rule does not apply to the effect on the child)."),
       ("not-coded", "PH", "'saying she feels sick' reads as avoidance linked to the bullying, not an illness.")]),
])

case("Z016", "Stansfold", "2025-06-09", "2025-12-01", [
    N("A", "orange",
      "TAF plan agreed for Jayden (5) to return to mum Gemma from his great-aunt Pat's. Gemma has a mild learning disability; PAMS assessment says she can parent with support but needs prompting with routines, meals and keeping appointments. She's in a 1 bed flat and bidding for a 2 bed - Jayden would share her room until then.",
      ["PH", "REL-PAR", "HOUS"],
      [("convention", "PH", "Parent's learning disability coded PH: the PH row covers 'disability' of anyone in the family."),
       ("convention", "HOUS", "Parent and child sharing a 1-bed flat while bidding for a 2-bed -> overcrowding, HOUS.")]),
    N("A", "green",
      "Jayden in Y1 at Stansfold Infants. SENCo says his speech is well behind - SALT programme delivered by a TA 3x a week.",
      ["EDU-SEND"],
      [("convention", "EYD", "Speech and language for a school-age child -> EDU-SEND, not EYD (conv 9).")]),
    N("C", "yellow",
      "Moved into a 2 bed HA flat in Aug. FSW still visiting weekly to go through the meal planner and appointments calendar with Gemma - Jayden's dentist appt in Oct was missed.",
      ["REL-PAR", "PH"],
      [("historical", "HOUS", "Moved in Aug."),
       ("convention", "PH", "Missed dental appointment -> PH.")]),
])

# ---------------------------------------------------------------- batch 3
case("Z017", "Brayfield", "2025-05-27", "2025-11-24", [
    N("A", "orange",
      "Connor (17) left his foster placement in May to move back in with dad Steve. Smokes cannabis daily. Arrested in March for possession with intent to supply, on bail - YOS completing the pre-court assessment.",
      ["SUB", "CRIME"],
      [("convention", "SUB", "Conv 12 (drugs found on an exploited child) not applied: no exploitation described, and his own daily use is SUB."),
       ("convention", "CRIME", "Arrest/YOS for a household young person -> CRIME (conv 7).")]),
    N("A", "yellow",
      "Connor dropped out of the construction course at Brayfield College before Christmas, not working. Steve is on ESA and says money is 'tight but fine'.",
      ["EDU-NEET"],
      [("convention", "FIN", "ESA named without a described money problem is not FIN (conv 5); NEET alone does not add FIN (conv 11).")]),
    N("C", "note",
      "Closing note. Connor turned 18 in Nov. Youth caution in Aug for the possession, nothing since. Still smokes weed at weekends and has referred himself to the young people's drug and alcohol service. Started agency warehouse work in Oct.",
      ["SUB"],
      [("historical", "CRIME", "Youth caution in Aug, 'nothing since' -> over."),
       ("historical", "EDU-NEET", "Now in work."),
       ("convention", "SUB", "Unboxed: highest cue is the drug and alcohol service (yellow) (conv 2).")],
      note_level="yellow"),
    N("C", "yellow",
      "Steve and Connor getting on better - fewer rows about Connor's mates coming round late. Steve will ring the EHW if it flares up again.",
      ["REL-PAR"],
      [("partial", "REL-PAR", "Rows reduced but still happening -> present; the 'if it flares up' clause is hypothetical and adds nothing.")]),
])

case("Z018", "Oakenhurst", "2025-03-10", "2025-09-22", [
    N("A", "orange",
      "Nikola (9) and Filip (6) in s20 foster care since mum moved abroad and dad Tomasz couldn't cope. Tomasz gambled away their savings last yr and owes about £6k on credit cards and catalogues. Landlord has served a s21 notice expiring 30/4; plan is for the boys to come home once he is settled somewhere.",
      ["FIN", "HOUS"],
      [("convention", "SUB", "Gambling debts are FIN, not SUB (conv 10)."),
       ("outside", "REL-CONF", "Mum abroad: no conflict described, nothing coded for her.")]),
    N("A", "yellow",
      "Tomasz has self-excluded from all the betting apps and goes to a Gamblers Anonymous group on Mondays. Citizens Advice debt appt booked for 18/3.",
      ["FIN"],
      [("not-coded", "EDU-EXC", "'self-excluded' from betting apps is not school exclusion."),
       ("not-coded", "SUB", "Gambling support is not substance use (conv 10).")]),
    N("C", "yellow",
      "Boys home since June - 3 bed private let found through Housing Options, rent paid direct from UC. DRO application in with Citizens Advice, decision due Oct. Filip's new school (Oakenhurst Infants) say he is well behind with reading and the SENCo is assessing for dyslexia.",
      ["FIN", "EDU-SEND"],
      [("historical", "HOUS", "Housed since June."),
       ("convention", "FIN", "UC paid direct is not FIN by itself (conv 5); FIN comes from the pending Debt Relief Order.")]),
])

case("Z019", "Wickmere", "2025-04-07", "2025-10-20", [
    N("A", "orange",
      "Amy got a non-molestation order against ex-partner Liam in March after he strangled her; he was arrested and is RUI. Bella (7) lived with Amy's mum Sandra for 3 months while Amy was in refuge; they're now back in Amy's own house with the locks changed through the sanctuary scheme. IDVA allocated, Freedom Programme starting in May.",
      ["DA"],
      [("convention", "CRIME", "Liam's arrest for the assault on Amy is DA only (conv 7)."),
       ("historical", "HOUS", "Refuge stay is over; back in own home.")]),
    N("A", "green",
      "Bella back at Wickmere Primary. Sandra was her kinship carer and still does the school run. Only concern is nightmares most nights - school nurse is aware.",
      ["PH"],
      [("convention", "PH", "Sleep problem at school age -> PH (conv 9); not MH-CHILD as no emotional need is described."),
       ("not-coded", "CARER", "Kinship carer is not CARER (conv 12).")]),
    N("C", "blue",
      "Amy finished the Freedom Programme in Aug. Non-mol runs till March 26 and she would call 999 if Liam breached it. Bella sleeping through.",
      ["DA"],
      [("convention", "DA", "Order in force and safety plan, blue box -> managing, present (conv 3)."),
       ("historical", "PH", "Bella now sleeping through.")]),
])

case("Z020", "Stansfold", "2025-01-27", "2025-08-04", [
    N("A", "red",
      "CIN. Leo (10) came home to dad Gary in Dec after 18 months in foster care. His half-sisters (3 and 5) have an adoption plan and Leo has been told he'll get a goodbye visit in Feb. Since hearing he's been tearful and angry in class, sleeps with the light on and wakes at 2-3am most nights.",
      ["MH-CHILD", "PH"],
      [("outside", "REL-PAR", "Half-sisters in care are outside the household; their adoption plan and sibling contact have no code."),
       ("convention", "PH", "Night waking at school age -> PH (conv 9).")]),
    N("C", "green",
      "Goodbye visit happened in Feb, letterbox contact twice a yr now. School say Leo has been much more settled since Easter and is sleeping better.",
      [],
      [("historical", "MH-CHILD", "'much more settled since Easter': described as over."),
       ("historical", "PH", "Sleeping better: no current need stated.")]),
])

case("Z021", "Brayfield", "2025-05-12", "2025-11-17", [
    N("A", "note",
      "Legal planning meeting - LA staying in PLO pre-proceedings while Kelsey (4) and Rio (2) move back to mum Jodie from maternal nan's (kinship). Jodie says she stopped smoking weed in Jan, hair strand results due next wk. Jodie and both kids would be in a 1 bed flat with black mould in the bedroom, landlord ignoring her texts.",
      ["HOUS"],
      [("historical", "SUB", "'stopped ... in Jan' is historical (conv 3); a pending test is monitoring, not a service or treatment (conv 4 not triggered)."),
       ("convention", "HOUS", "Unboxed: PLO is the red cue -> HOUS red (conv 2).")],
      note_level="red"),
    N("A", "yellow",
      "Rio still in nappies, very few words, and hasn't been seen by a HV since he went to nan's. EHW linking in with HV and the nursery at St Aldric's.",
      ["EYD"],
      [("convention", "EYD", "Under-5 toileting and speech -> EYD (conv 9).")]),
    N("C", "orange",
      "Environmental health declared the flat unfit in Sept; family now in TA in Oakenhurst, 40 mins on the bus to St Aldric's. Kelsey late most mornings.",
      ["HOUS", "EDU-ATT"],
      []),
])

case("Z022", "Oakenhurst", "2025-06-02", "2026-01-12", [
    N("A", "orange",
      "Lacey (14) returned to mum Dawn from a childrens home on 19/5 after 7 months. While there she went missing 11 times and was linked to older men in Wickmere; police exploitation team involved and an NRM referral has been made. Dawn has had her change her phone number.",
      ["SAFE-EXP"],
      [("convention", "CRIME", "Police exploitation team safeguarding Lacey is not CRIME (conv 7).")]),
    N("C", "orange",
      "No missing episodes since Aug. Police exploitation team still check in monthly and EHW doing online safety work with Lacey and Dawn.",
      ["SAFE-EXP"],
      [("partial", "SAFE-EXP", "Missing episodes stopped, but ongoing exploitation/online safety work -> present (conv 4).")]),
])

case("Z023", "Wickmere", "2025-02-24", "2025-07-21", [
    N("A", "yellow",
      "Dylan (12) back home full time since Jan - the s20 short breaks foster arrangement ended when mum Lisa's MS relapse settled. He does most of the cooking and helps Lisa in and out of the shower. Referred to Turnstone Young Carers.",
      ["CARER", "PH"],
      [("convention", "CARER", "Foster arrangement is not CARER; Dylan's caring tasks are (conv 12)."),
       ("partial", "PH", "Relapse settled but MS is a current condition needing care -> PH present.")]),
    N("C", "blue",
      "Dylan goes to young carers group on Fridays. Lisa's MS is stable and her new PA does the showering now so Dylan doesn't have to.",
      ["CARER", "PH"],
      [("convention", "CARER", "Still attending young carers: managing -> present (conv 3, 4)."),
       ("convention", "PH", "Stable MS with PA support, blue box -> managing, present (conv 3).")]),
])

case("Z024", "Stansfold", "2025-03-17", "2025-09-08", [
    N("A", "yellow",
      "Harper (8) moved from foster care to dad Jamie and his partner in Feb - first time she's lived with him. Jamie and Harper's mum Chantelle can't agree contact and there have been shouting matches at handovers in front of Harper. Both agreed to mediation; no DA history on either side.",
      ["REL-CONF"],
      [("negated", "DA", "'no DA history on either side'."),
       ("convention", "REL-CONF", "Contact dispute between separated parents -> REL-CONF (conv 8).")]),
    N("C", "blue",
      "Parenting plan agreed after 3 mediation sessions, handovers now at the leisure centre, no rows since June. Harper manages her type 1 diabetes pump at lunch with a TA checking.",
      ["PH"],
      [("historical", "REL-CONF", "'no rows since June' = over (conv 3); the parenting plan is the resolution, no conflict still being managed."),
       ("convention", "PH", "Managing own diabetes pump -> PH present (conv 3).")]),
])

# ---------------------------------------------------------------- batch 4
case("Z025", "Brayfield", "2025-07-07", "2026-02-02", [
    N("A", "orange",
      "Return of Jessie (11) and Ethan (9) from foster care delayed - mum Natalie was evicted from her private let in May (possession order, rent arrears of £3,100) and is sofa surfing at a friend's. Homeless application accepted, waiting for TA big enough for the 3 of them.",
      ["HOUS", "FIN"],
      []),
    N("C", "note",
      "Closing summary. Natalie and the kids in a 3 bed HA house in Brayfield since Nov, children home since Christmas. She still pays £25 a month off the old arrears from the private let and has set up her own budget on a free app; her mum helps with after school pickups.",
      ["FIN"],
      [("historical", "HOUS", "Housed since Nov."),
       ("convention", "FIN", "Paying off old arrears = managing -> FIN present (conv 3); unboxed, only cue is the family's own network/self-help -> blue (conv 2).")],
      note_level="blue"),
    N("C", "green",
      "Ethan's asthma review done at the GP, inhalers now on repeat at the Brayfield surgery.",
      ["PH"],
      []),
])

case("Z026", "Oakenhurst", "2025-04-22", "2025-12-08", [
    N("A", "orange",
      "Priya has PTSD from DA by her ex-husband in 2021 (no contact since, he lives overseas). She had a breakdown last year and Arjun (7) was accommodated s20 for 4 months; he has been home since March. Priya is under the CMHT and has started EMDR.",
      ["MH-ADULT"],
      [("historical", "DA", "DA in 2021, no contact since: only the past (taxonomy historical example)."),
       ("partial", "MH-ADULT", "PTSD is current and treated, even though its cause is historical DA.")]),
    N("A", "green",
      "Arjun has an ASD diagnosis, on SEN support at Oakenhurst Infants; SENCo has applied for an EHC needs assessment.",
      ["EDU-SEND"],
      []),
    N("C", "note",
      "Letter from SENCo and GP update on file: EHCP issued in Nov. Priya completed EMDR in Sept, GP says she is well and has come off her medication.",
      ["EDU-SEND"],
      [("historical", "MH-ADULT", "Therapy completed, off medication: over (conv 3)."),
       ("convention", "EDU-SEND", "Unboxed: SENCO and GP are green cues -> green (conv 2).")],
      note_level="green"),
    N("C", "yellow",
      "FSW still visits fortnightly, mainly to help Priya manage Arjun's meltdowns after school - he hits and bites her when he's overwhelmed.",
      ["REL-PAR"],
      [("convention", "DA", "Child-to-parent violence -> REL-PAR, not DA (conv 8).")]),
])

case("Z027", "Wickmere", "2025-05-19", "2025-11-03", [
    N("A", "yellow",
      "Sam (6) came home to dad Rob from foster care 2 wks ago. Rob's drinking was the reason for the s20 in 2023; he's been dry 2 yrs and Hearthside closed him last summer. Contingency plan says Sam would go to his aunt if Rob relapsed. Current issue is bedtimes - Sam screams and kicks doors most nights and Rob gives in and lets him stay up.",
      ["REL-PAR"],
      [("historical", "SUB", "Dry 2 years, service closed: over (conv 3)."),
       ("hypothetical", "SUB", "'if Rob relapsed' contingency."),
       ("partial", "PH", "Bedtime refusal framed as behaviour/boundaries -> REL-PAR, not a sleep problem.")]),
    N("C", "yellow",
      "Bedtime routine has held since the EHW sessions finished in Aug, Sam in bed by 7.30. Rob starts night shifts in Jan and things might slip if no one covers the evenings - suggested he asks his brother.",
      [],
      [("historical", "REL-PAR", "Routine holding since Aug: need over; in a yellow box 'managing' is not itself coded (conv 3 applies to blue/green)."),
       ("hypothetical", "REL-PAR", "'might slip if no one covers' is hypothetical."),
       ("convention", "FIN", "Night shifts are not FIN (conv 5).")]),
])

case("Z028", "Stansfold", "2025-08-11", "2026-03-02", [
    N("A", "red",
      "Ava born 2/7 and placed with mum Courtney in a parent & baby foster placement; Courtney's son Kian (3) remains with foster carers in Wickmere. If the assessment at the placement is positive both children will go home with Courtney in Sept. Courtney prescribed buprenorphine through Hearthside.",
      ["SUB"],
      [("convention", "SUB", "Buprenorphine prescription via the drug service -> SUB (conv 4)."),
       ("not-coded", "CARER", "Foster carers are not CARER (conv 12).")]),
    N("A", "green",
      "Kian (3) missed his 1 yr and pre-school boosters while moving between placements, HV has booked catch ups at the GP. He had grommets fitted in Aug, audiology follow up in Nov.",
      ["PH"],
      [("partial", "EYD", "Missed immunisations and grommets are PH; no speech/development concern is stated, so no EYD.")]),
    N("C", "yellow",
      "All three home since Oct. Courtney still on bupe, slowly reducing. Kian started at the Lindens nursery in Jan but only makes 2 of his 5 sessions - Courtney says the bus times don't work with Ava's feeds.",
      ["SUB", "EYD"],
      [("convention", "EYD", "Poor nursery take-up for an under-5 -> EYD (conv 9).")]),
])

case("Z029", "Brayfield", "2025-09-15", "2026-03-23", [
    N("A", "orange",
      "Marcus (16) moved back to mum Tanya's from his grandparents' in Aug - he'd lived with them since he was 12 because of Tanya's violent ex, who she left in 2022 and hasn't seen since. In July police found Marcus in a trap house in Oakenhurst with 20 wraps of crack on him; NRM referral made and YOS involved.",
      ["SAFE-EXP", "CRIME"],
      [("convention", "SUB", "Drugs found on an exploited child -> SAFE-EXP and CRIME, not SUB (conv 12)."),
       ("historical", "DA", "Left the violent ex in 2022, not seen since.")]),
    N("A", "yellow",
      "Marcus hasn't enrolled anywhere since Y11 finished. Tanya lost her job at the care home in June; UC 5 wk wait and she's now behind on gas and electric.",
      ["EDU-NEET", "FIN"],
      [("convention", "FIN", "FIN from the adult's job loss and energy arrears, not from Marcus being NEET (conv 11).")]),
    N("C", "yellow",
      "Marcus on the L1 motor vehicle course at Brayfield College since Jan, attending most days. YOS work finished in Feb, no missing episodes since Sept. Tanya now part time at a supermarket but still £400 behind on the energy account; the £8/wk deduction from her UC leaves her short most weeks.",
      ["FIN"],
      [("historical", "CRIME", "YOS work finished."),
       ("historical", "SAFE-EXP", "No missing episodes since Sept, no current work described."),
       ("historical", "EDU-NEET", "Now on a college course.")]),
])

case("Z030", "Oakenhurst", "2025-10-06", "2026-04-13", [
    N("A", "yellow",
      "Kirsty and Dan back together after 2 yrs apart. Lottie (9) and Freddie (4) came back from Kirsty's sister's (private family arrangement) in Sept. The couple argue a lot about money and chores and the kids hear it - no violence, both deny any DA, no police history.",
      ["REL-CONF"],
      [("negated", "DA", "'no violence, both deny any DA'."),
       ("not-coded", "FIN", "Arguing about money is not a described money problem.")]),
    N("A", "green",
      "Freddie (4, summer born) in Reception at Oakenhurst Infants, still in pull-ups during the day. School nurse doing a continence plan with Kirsty.",
      ["EYD"],
      [("convention", "EYD", "Under-5 toileting -> EYD even though he is in Reception (conv 9).")]),
    N("C", "blue",
      "Kirsty and Dan finished 6 sessions of a reducing parental conflict course and now have a weekly 'money meeting' on Sunday nights so they don't row about it. Dan was a heavy drinker in his 20s but hasn't been for years.",
      ["REL-CONF"],
      [("convention", "REL-CONF", "Using a strategy to avoid rows, blue box -> managing, present (conv 3)."),
       ("historical", "SUB", "Drinking in his 20s, not for years.")]),
])

case("Z031", "Wickmere", "2025-11-10", "2026-05-18", [
    N("A", "note",
      "TAF meeting at Wickmere Primary. Skye (6) home with mum Louise since Sept after a year with her paternal grandparents. Louise 8 months sober, goes to an online mutual aid recovery group twice a week. Skye late 14 times last half term. House is freezing - Louise rationing the heating and living on the emergency credit on the prepay meter.",
      ["SUB", "EDU-ATT", "FIN"],
      [("convention", "SUB", "Ongoing recovery group -> SUB present (conv 4)."),
       ("convention", "FIN", "Fuel poverty -> FIN (conv 10); unboxed, TAF is the orange cue (conv 2).")],
      note_level="orange"),
    N("A", "yellow",
      "EHW to apply to the Household Support Fund for fuel vouchers and do some work on the morning routine with Louise.",
      ["FIN", "REL-PAR"],
      []),
    N("C", "green",
      "Skye late twice this half term, school happy with the improvment. Louise switched tariff and hasn't used emergency credit since Feb.",
      ["EDU-ATT"],
      [("partial", "EDU-ATT", "Lateness reduced but still occurring, green box -> present (conv 3)."),
       ("historical", "FIN", "No emergency credit since Feb.")]),
])

case("Z032", "Stansfold", "2025-07-14", "2026-01-19", [
    N("A", "orange",
      "Demi (14) home with dad Carl since June after 2 yrs in foster care; her brothers (10 and 12) stay in their long term placement and she sees them monthly. Demi was on a managed move to Stansfold High from her placement school and has had 2 suspensions there since for swearing at staff.",
      ["EDU-EXC"],
      [("outside", "REL-PAR", "Brothers in long-term foster care are outside the household; sibling contact is not coded.")]),
    N("C", "blue",
      "N/A",
      [],
      [("not-coded", "EDU-EXC", "Box says N/A: no gold rows.")]),
])


# ---------------------------------------------------------------- writer
LEVELS = ["blue", "green", "yellow", "orange", "red"]


def main():
    narr_rows, gold_rows, traps = [], [], {}
    for c in CASES:
        cid = c["cid"]
        for it in c["items"]:
            st = it["stage"]
            tid = f"{cid}-{st}"
            if it["box"] == "note":
                nid, level, glevel = f"{tid}-note", "", it["note_level"]
            else:
                nid, level, glevel = f"{tid}-{it['box']}", it["box"], it["box"]
            assert glevel in LEVELS, nid
            stage = "assessment" if st == "A" else "closure"
            date = c["a_date"] if st == "A" else c["c_date"]
            narr_rows.append([nid, tid, cid, stage, date, level, c["locality"], it["text"]])
            assert len(set(it["codes"])) == len(it["codes"]), nid
            for code in it["codes"]:
                gold_rows.append([nid, code, glevel])
            if it["traps"]:
                traps[nid] = it["traps"]
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(narr_rows)
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, indent=1, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")

    from collections import Counter
    print(f"cases {len(CASES)}, narratives {len(narr_rows)} "
          f"(boxed {sum(1 for r in narr_rows if r[5])}, notes {sum(1 for r in narr_rows if not r[5])}), "
          f"triages {len(set(r[1] for r in narr_rows))}, gold rows {len(gold_rows)}, "
          f"narratives with traps {len(traps)}, no-code narratives "
          f"{sum(1 for r in narr_rows if r[0] not in {g[0] for g in gold_rows})}")
    print("codes:", dict(sorted(Counter(g[1] for g in gold_rows).items())))
    print("levels:", dict(Counter(g[2] for g in gold_rows)))
    print("localities:", dict(Counter(r[6] for r in narr_rows)))


if __name__ == "__main__":
    main()
