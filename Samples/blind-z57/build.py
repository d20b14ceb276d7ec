#!/usr/bin/env python3
"""Hand-written blind gold set: cost-of-living squeeze. Stdlib only.
Writes narratives.csv, gold.csv, traps.json (CRLF, UTF-8, no BOM)."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# (case, locality, assessment date, closure date,
#  [(stage A/C, box level, narrative, [present codes], trap note or "")])
CASES = [
("K001", "Ashbury", "2025-03-10", "2025-09-22", [
 ("A", "yellow", "UC dropped to £212 this month because of the earnings taper and a £340 advance is still being clawed back. Leanne is behind on gas and electric and the prepayment meter ran out twice last week. Referral made to Citizens Advice.", ["FIN"], ""),
 ("A", "orange", "Section 21 notice served on 14 March, landlord says he is selling up. Leanne and three children in a one-bed flat, the children sleep in her room.", ["HOUS"], ""),
 ("C", "blue", "Leanne pays £15 a fortnight off the energy debt under a repayment plan and tops the meter up herself. The family moved into a two-bed housing association flat in August and the tenancy is secure.", ["FIN"], "housing now resolved (historical); paying off debt = now managing in blue"),
]),
("K002", "Mill Vale", "2025-01-20", "2025-07-03", [
 ("A", "green", "Marek works four nights a week at the bakery. On those nights Zofia (14) puts Kuba (6) to bed, gets him up, does his breakfast and walks him to school.", ["CARER"], "night shifts not FIN"),
 ("A", "orange", "Marek owes £2,300 in council tax and a liability order has been granted; enforcement agent letters are arriving. He used a payday loan to make January's rent.", ["FIN"], ""),
 ("C", "blue", "Council tax arrears were cleared with a hardship award in May and Marek says he has no other debts now. Zofia goes to the young carers group on Thursdays and still does Kuba's school run twice a week.", ["CARER"], "arrears cleared = historical"),
]),
("K003", "Crossgate", "2025-02-11", "2025-08-14", [
 ("A", "yellow", "Dean has run up about £6,000 on credit cards and loans through online betting, which Chantelle found out about in February. Rent is two months behind. Dean says he has self-excluded from the betting apps.", ["FIN"], "gambling debt is FIN not SUB; 'self-excluded' is not EDU-EXC"),
 ("A", "orange", "Rows between Chantelle and Dean about money happen most evenings and the children hear them. Chantelle says he has never been violent and she is not frightened of him. The landlord has now issued a possession notice for the arrears.", ["REL-CONF", "HOUS"], "DA negated"),
]),
("K004", "Eastholme", "2025-01-08", "2025-06-30", [
 ("A", "green", "Yusuf (2) has had bronchiolitis twice this winter and the GP thinks the mould in the children's bedroom is making it worse. His immunisations are all up to date.", ["PH", "HOUS"], "immunisations up to date = good news, not coded separately"),
 ("A", "yellow", "Aisha works 12 hours a week as a care assistant; Omar lost his job at the car wash in January and the new UC claim is in the five-week wait. The family has been to the food bank twice.", ["FIN"], "'care assistant' is not CARER"),
 ("C", "orange", "Still in the same two-bed flat, six of them. Environmental health served an improvement notice on the landlord but the mould is back in the bedroom. Family bidding on the register in the overcrowding band.", ["HOUS"], ""),
]),
("K005", "Ashbury", "2025-02-03", "2025-07-21", [
 ("A", "yellow", "Reece (17) dropped out of college in November and has not had work or training since; he spends most days in his room. Mum Joanne works full-time as a school cook and says money is fine.", ["EDU-NEET"], "16+ NEET is EDU-NEET only; FIN negated; 'school cook' not education"),
 ("A", "orange", "Reece was arrested in January for shoplifting with two older lads; youth caution given and a YOS worker allocated.", ["CRIME"], ""),
 ("C", "yellow", "Reece started a pre-apprenticeship course at the Ashbury Skills Hub but has only attended four of the first ten sessions and the tutor is worried he will drop out. YOS intervention completed in June.", ["EDU-NEET"], "at risk of NEET; YOS completed = historical"),
]),
("K006", "Mill Vale", "2025-04-07", "2025-10-13", [
 ("A", "yellow", "Gemma's UC was sanctioned for four weeks after she missed a work coach appointment when her bus didn't turn up. She is £180 short this month and has borrowed from a man on the estate who charges interest weekly.", ["FIN"], ""),
 ("A", "orange", "Gemma says she has felt low for months and has had thoughts of not wanting to wake up; GP has referred her to the crisis team today. The lender has been knocking at the door demanding money.", ["MH-ADULT", "FIN"], "lender outside household but debt is family's"),
 ("C", "yellow", "Sanction overturned on mandatory reconsideration and backdated. The illegal money lending team are involved and the lender has stopped calling. Gemma still owes £600 on a catalogue and is paying it down with the debt adviser.", ["FIN"], ""),
]),
("K007", "Crossgate", "2025-01-27", "2025-06-16", [
 ("A", "green", "Kayleigh left her ex-partner in 2022 after years of controlling behaviour; no contact since and he lives in Scotland. She and the girls are settled in their council flat.", [], "DA historical; housing good news"),
 ("A", "yellow", "Electric is on a prepayment meter and Kayleigh has been rationing it, heating only the front room. School gave a fuel voucher from its hardship fund.", ["FIN"], ""),
 ("A", "orange", "Lily (8) told her teacher there is no food at home and she has been hiding toast from breakfast club in her bag. DSL did a home visit: the fridge and cupboards were empty.", ["SAFE-NEG"], "empty fridge / hungry child = SAFE-NEG, no food bank mentioned so not FIN"),
 ("C", "green", "Family now registered with the Crossgate food pantry and the girls get free breakfast at school. Kayleigh has been moved onto a social tariff for the electric.", ["FIN"], "now managing in green"),
]),
("K008", "Eastholme", "2025-03-24", "2025-09-08", [
 ("A", "orange", "After the eviction in March the council placed the family in a hotel room, five of them in one room with no kitchen. Housing officer says the placement could last months.", ["HOUS"], ""),
 ("A", "yellow", "Nadia (13) attendance has fallen to 61% since the move as the hotel is two buses from Eastholme Academy. She tells the school nurse she feels anxious and cries at night.", ["EDU-ATT", "MH-CHILD"], ""),
 ("C", "green", "Nadia has a council bus pass and attendance is 91%, still just under the school's target; head of year keeps an eye on it. She says the worry has eased and she no longer needs the school nurse.", ["EDU-ATT"], "MH-CHILD described as over"),
]),
("K009", "Ashbury", "2025-05-12", "2025-11-17", [
 ("A", "green", "Dad Stuart gets PIP and ESA for a spinal condition and has a blue badge. He says the household budget is steady and the bills are paid on time.", ["PH"], "benefit names with no money problem: not FIN"),
 ("A", "yellow", "Connor (12) helps Stuart get dressed in the mornings and does the shopping after school; he has not told anyone at school. Referral made to Ashbury Young Carers.", ["CARER"], ""),
 ("C", "blue", "Connor goes to the young carers club and still does the weekly shop, but an evening care package means he no longer helps Stuart dress.", ["CARER"], "part of caring ended, part continues"),
]),
("K010", "Mill Vale", "2025-02-17", "2025-10-06", [
 ("A", "green", "Ellie (19) and baby Harper (8 weeks) live in a one-room bedsit with a shared bathroom; Ellie says it is damp and too small for the cot. HV visiting, Harper gaining weight well.", ["HOUS"], "'gaining weight well' is not a PH need"),
 ("A", "yellow", "Ellie scored high on the EPDS at the six-week check and says she feels overwhelmed most days; referred to the perinatal mental health team.", ["MH-ADULT"], ""),
 ("C", "yellow", "Ellie accepted a one-bed council flat and moved in September. She is behind on water charges and repaying a UC budgeting advance, and the EH worker is helping her set up a budget.", ["FIN"], "housing resolved = historical"),
]),
("K011", "Crossgate", "2025-01-13", "2025-06-09", [
 ("A", "yellow", "Sharon has been drinking most evenings since losing her cleaning job in December; she says it helps her unwind. The household relies on UC and is behind on the water bill.", ["SUB", "FIN"], ""),
 ("A", "orange", "Police did a welfare check in January after neighbours heard Kian (10) crying at 11pm; Sharon was asleep on the sofa and Kian had been on his own for hours. Kian's dad has had no contact since his release from prison in 2020.", ["SAFE-NEG"], "police welfare check is not CRIME; dad's offending historical and outside household"),
 ("C", "yellow", "Sharon is engaging with Crossgate Recovery Service and is three weeks alcohol-free. Still out of work, sees her work coach fortnightly. No further lone-care incidents since February.", ["SUB", "FIN"], "ongoing service codes SUB; supervision issue historical"),
]),
("K012", "Eastholme", "2025-03-03", "2025-09-29", [
 ("A", "green", "Priya works rotating shifts as a hospital porter and Ravi does evenings at a takeaway. Arjun (9) is on the ADHD assessment waiting list through the school SENCO.", ["EDU-SEND"], "shift work not FIN"),
 ("A", "yellow", "Arjun has had two suspensions this term for throwing chairs. School mentioned a part-time timetable could be considered if things do not improve.", ["EDU-EXC"], "part-time timetable hypothetical -> not EDU-ATT"),
 ("A", "orange", "At home Arjun hits Priya when screen time ends and has kicked a hole in a door. Police attended once in March when Ravi could not calm him.", ["REL-PAR", "CRIME"], "child-to-parent violence: REL-PAR + CRIME (police), not DA"),
]),
("K013", "Ashbury", "2025-06-02", "2025-12-08", [
 ("A", "green", "Donna has type 2 diabetes looked after by the practice nurse. She has been skipping meals herself so the children can eat.", ["PH", "FIN"], "parent going without = food poverty (FIN); children are fed so not SAFE-NEG"),
 ("A", "yellow", "UC housing costs were paid to the wrong landlord for two months and Donna is now £780 in rent arrears. School referred the family to the community larder.", ["FIN"], "rent arrears alone are FIN, not HOUS"),
 ("C", "blue", "Arrears were cleared once the UC error was put right. Donna still shops at the larder on Fridays and tops up the meter little and often.", ["FIN"], "arrears historical; larder use = now managing"),
]),
("K014", "Mill Vale", "2025-04-22", "2025-11-03", [
 ("A", "blue", "The family has rented the same house privately for six years. If the landlord sells, as he has hinted, they would struggle to find anything affordable in the area. No notice has been served.", [], "hypothetical housing"),
 ("A", "green", "Olivia (3) does 30 hours at Little Acorns nursery; her keyworker is worried about her speech as she uses single words only. Nursery has referred to SALT.", ["EYD"], ""),
 ("A", "yellow", "James is on a zero-hours contract as a delivery driver and his hours fell from 40 to 12 a week after Christmas. The family has missed two rent payments.", ["FIN"], "zero-hours plus a money problem -> FIN"),
]),
("K015", "Crossgate", "2025-02-24", "2025-08-18", [
 ("A", "orange", "Rachel disclosed that partner Lee takes her bank card and makes her account for every pound she spends; he has pushed her against the wall twice. DASH medium risk, IDVA referral made.", ["DA"], "economic control is DA, not FIN"),
 ("A", "yellow", "Rachel has £3,400 of catalogue and credit card debt in her name and no money for nappies until UC day.", ["FIN"], ""),
 ("C", "blue", "Lee moved out in July and there is a non-molestation order in place; Rachel has her own account and knows how to report a breach.", ["DA"], "safety plan in blue = now managing"),
]),
("K016", "Eastholme", "2025-01-06", "2025-07-14", [
 ("A", "yellow", "Gary was made redundant from the packaging plant in October and has not found work; he says he feels useless and has stopped going out. Referred to the Eastholme Works employment coach.", ["FIN", "MH-ADULT"], ""),
 ("A", "green", "Tyler (16) finished Year 11 in July and has not started college or a job; the school careers adviser has offered him a meeting.", ["EDU-NEET"], "16+ NEET only; no FIN from his own text"),
 ("C", "green", "Gary is taking antidepressants from the GP and has started part-time at a garden centre. Tyler is enrolled on a level 2 plumbing course and attending.", ["MH-ADULT"], "worklessness and NEET now over"),
]),
("K017", "Ashbury", "2025-05-19", "2025-12-01", [
 ("A", "green", "Jack (6) has asthma and is using his reliever two or three times a day; GP has increased his preventer. The flat's window frames are rotten and the bedrooms are cold.", ["PH", "HOUS"], ""),
 ("A", "orange", "Hayley complained to the landlord about the damp and he replied with a section 21 notice; the council's private sector housing team is treating it as a revenge eviction.", ["HOUS"], ""),
 ("C", "yellow", "Section 21 withdrawn after council enforcement and repairs finished in August. Hayley's discretionary housing payment ended in September and she is now £200 behind on the rent.", ["FIN"], "eviction risk historical"),
]),
("K018", "Mill Vale", "2025-02-10", "2025-08-25", [
 ("A", "orange", "Wayne was released on licence in January after a sentence for burglary and is back living at home; probation visit monthly.", ["CRIME"], "adult on licence = CRIME"),
 ("A", "yellow", "Wayne cannot find work because of his record. The family lives on UC and has £1,100 of energy debt being taken through the prepay meter.", ["FIN"], ""),
 ("C", "yellow", "Wayne started a warehouse job through the probation employment scheme; licence ends in December. Supplier's hardship fund wrote off the energy debt.", ["CRIME"], "energy debt written off = historical"),
]),
("K019", "Crossgate", "2025-03-17", "2025-10-20", [
 ("A", "green", "Nan Pat is kinship carer for Ellis (8) and Lacey (5) under a special guardianship order; she is 68 and has arthritis in both knees.", ["PH"], "kinship carer is not CARER"),
 ("A", "yellow", "Pat's pension credit stopped when the children moved in because the claim was not updated; she is living off savings and using the food bank.", ["FIN"], ""),
 ("A", "orange", "The children's mum, who lives elsewhere, turned up drunk at the school gate last week; Pat has asked school not to release the children to her.", [], "person outside household: drinking not SUB"),
 ("C", "green", "Pat has a knee replacement date. Lacey is on SEN support for speech sounds and sees the school speech therapist. Pension credit reinstated and backdated.", ["PH", "EDU-SEND"], "school-age speech -> EDU-SEND; benefit problem resolved"),
]),
("K020", "Eastholme", "2025-05-05", "2025-11-24", [
 ("A", "orange", "Kyle (15) has twice been found in another town with cash and a second phone; reported missing overnight on 3 May and found by police at a train station. NRM referral being discussed.", ["SAFE-EXP"], "police finding missing child is not CRIME"),
 ("A", "yellow", "Eight people in a three-bed council house; Kyle sleeps on the sofa. Family on the transfer list.", ["HOUS"], ""),
 ("C", "red", "Kyle is on a child in need plan with the exploitation team; no missing episodes since July but he is still seen with older males from out of area.", ["SAFE-EXP"], "missing episodes historical; exploitation risk present"),
]),
("K021", "Ashbury", "2025-07-07", "2026-01-12", [
 ("A", "yellow", "Some weeks Sophie gets 10 hours, some weeks 35, and UC changes every month so she never knows what is coming in. She is £500 into her overdraft and using buy-now-pay-later for the weekly shop.", ["FIN"], ""),
 ("C", "blue", "Sophie keeps a buffer for low-hour months with a budgeting app and the overdraft is down to £120. Leo's skin is much better on the new cream.", ["FIN", "PH"], "both now managing in blue"),
]),
("K022", "Mill Vale", "2025-02-05", "2025-08-04", [
 ("A", "yellow", "Tom and Jade separated in January after years of arguing and are now disputing contact; the boys are handed over in a supermarket car park. No violence from either of them.", ["REL-CONF"], "DA negated"),
 ("A", "green", "Since the split Jade and the two boys live at her mum's two-bed flat and all three share one room. Jade's sister covers childcare on her late shifts at the supermarket.", ["HOUS"], "late shifts not FIN"),
 ("C", "yellow", "Four mediation sessions done and a written parenting plan agreed, though handovers are still tense.", ["REL-CONF"], ""),
]),
("K023", "Crossgate", "2025-02-19", "2025-09-15", [
 ("A", "yellow", "The prepayment gas meter was off for four days in February so there was no heating or hot water. Lorraine panics when the meter starts beeping and has seen the GP about her anxiety.", ["FIN", "MH-ADULT"], ""),
 ("A", "green", "Brandon (18) has been out of work since his zero-hours job at the cinema ended; he looks at job adverts on his phone but has not signed on.", ["EDU-NEET"], "18-year-old treated as young person 16+: EDU-NEET only"),
 ("C", "blue", "Lorraine has a fuel bank card and tops up weekly; she says her anxiety is under control with the tablets.", ["FIN", "MH-ADULT"], "now managing in blue"),
]),
("K024", "Eastholme", "2025-04-14", "2025-10-27", [
 ("A", "yellow", "Fiona has MS and uses a wheelchair. Her PIP was cut from enhanced to standard at reassessment and she has lost £300 a month; mandatory reconsideration lodged.", ["PH", "FIN"], ""),
 ("A", "green", "Ollie (14) cooks the tea most nights and helps Fiona move from bed to chair; school know and he can leave class to phone home.", ["CARER"], ""),
]),
("K025", "Ashbury", "2025-05-27", "2025-12-15", [
 ("A", "orange", "Amara told the school counsellor she has been cutting her arms; CAMHS referral accepted and first appointment awaited. Girls in her form have been sharing edited photos of her in a group chat.", ["MH-CHILD", "SAFE-EXP"], ""),
 ("C", "yellow", "Amara is on a part-time timetable building to full days. School dealt with the group chat and the girls involved were moved to another form; no further incidents.", ["EDU-ATT"], "bullying resolved = historical"),
]),
("K026", "Mill Vale", "2025-03-31", "2025-10-06", [
 ("A", "yellow", "Mason (15) is smoking cannabis most days in the park and mum Kerry found a grinder in his room. Kerry vapes but does not drink or use drugs.", ["SUB"], "mum's vaping not SUB, and negated"),
 ("A", "orange", "Mason was permanently excluded from Mill Vale High in March for bringing a knife into school; police informed and youth justice referral made.", ["EDU-EXC", "CRIME"], ""),
 ("C", "orange", "Referral order with YOS runs until February. The young people's drug service sees Mason weekly and he says he now smokes at weekends only.", ["CRIME", "SUB"], ""),
]),
("K027", "Crossgate", "2025-05-14", "2025-11-10", [
 ("A", "orange", "Possession hearing listed for 12 June over £2,900 rent arrears with Crossgate Homes; the family of five could be made homeless.", ["HOUS", "FIN"], ""),
 ("A", "blue", "Tanya's brother has said they could stay with him if it came to it. The children attend St Anne's well.", [], "hypothetical; good news"),
 ("C", "yellow", "Possession order suspended on terms; Tanya pays an extra £8 a week off the arrears by direct deduction and the tenancy sustainment officer visits monthly.", ["HOUS", "FIN"], "suspended order = ongoing eviction risk"),
]),
("K028", "Eastholme", "2025-09-01", "2026-02-16", [
 ("A", "yellow", "Becky works days at a nursery and evening shifts in a bar to keep on top of the bills; Jaxon (9) and Ruby-Mae (7) are left on their own until 11pm three nights a week.", ["SAFE-NEG"], "'nursery' is her workplace, not EYD; shifts not FIN"),
 ("A", "green", "School say Ruby-Mae often comes in unwashed uniform and has had head lice for weeks.", ["SAFE-NEG"], ""),
 ("C", "yellow", "Becky gave up the bar work after a pay rise and a neighbour sits with the children on her one late evening. She has £700 on a credit card from Christmas and is paying the minimum; EH worker helped her apply to the Household Support Fund.", ["FIN"], "supervision issue now over"),
]),
("K029", "Ashbury", "2025-08-11", "2026-02-02", [
 ("A", "yellow", "Family of six recently granted refugee status and given 28 days to leave Home Office accommodation; no move-on address yet.", ["HOUS"], ""),
 ("A", "green", "Hamid taught maths in Afghanistan and wants to work; he is waiting for the first UC payment and the family uses the mosque food bank weekly. Maryam (4) goes to stay-and-play and the HV says her development is on track.", ["FIN"], "EYD good news not coded"),
 ("C", "green", "Maryam has started nursery and is picking up English quickly. Hamid attends ESOL and a weekly job club while looking for work.", ["FIN"], "EAL is not speech delay; job club = employment support"),
]),
("K030", "Mill Vale", "2025-03-06", "2025-10-01", [
 ("A", "green", "Stacey is 30 weeks pregnant. She had postnatal depression after her first baby in 2019 but has been well since and takes no medication.", [], "MH-ADULT historical; pregnancy not PH"),
 ("A", "yellow", "Liam lost his labouring job in April; the couple argue about money and Stacey has taken a £400 loan from a doorstep lender.", ["FIN", "REL-CONF"], ""),
 ("C", "green", "Baby Rosie born in July and feeding well; Stacey's EPDS at six weeks was low and her mood is good. Liam is back in work and the doorstep loan was repaid in September.", [], "all good news / resolved"),
]),
]

# unboxed notes: (id, stage, date, locality, narrative, codes, gold level, trap)
NOTES = [
("U001", "assessment", "2025-11-04", "Ashbury", "Phone call from Mum: electric has gone onto emergency credit and she has no money until Friday. Family support worker arranged a fuel voucher through the council.", ["FIN"], "yellow", ""),
("U002", "assessment", "2025-12-09", "Crossgate", "Home visit. Fridge and cupboards empty apart from half a loaf; the children (3 and 6) said they had not had any tea. Mum tearful, said UC was late. Food bank referral made and EH worker will revisit tomorrow.", ["SAFE-NEG", "FIN"], "yellow", "both food codes; 'tearful' alone not MH-ADULT"),
("U003", "assessment", "2025-10-20", "Mill Vale", "Police called to the flat on Saturday after Jordan (16) smashed a door during a row with Dad about him not looking for work; no charges. Jordan has not been in college since October.", ["REL-PAR", "CRIME", "EDU-NEET"], "orange", "child-to-parent: REL-PAR + CRIME; NEET not FIN"),
("U004", "assessment", "2026-01-14", "Eastholme", "Strategy meeting held and s47 enquiry started after Ava (2) was found alone on the landing. Family living in a badly overcrowded one-bed flat with mice in the kitchen.", ["SAFE-NEG", "HOUS"], "red", ""),
("U005", "assessment", "2025-06-23", "Crossgate", "Signposted Dad to an online benefits calculator and the water company's social tariff; he will apply himself. He is two months behind with the water bill.", ["FIN"], "blue", ""),
("U006", "closure", "2025-09-30", "Ashbury", "GP letter: Mum's depression is stable on medication and she is waiting for talking therapy. The family's homelessness in 2023 ended when they were given a council tenancy.", ["MH-ADULT"], "green", "housing historical"),
("U007", "assessment", "2026-02-10", "Eastholme", "HV contact: Lily-Rose (2y 3m) not walking steadily yet and has very few words. Mum says she can't afford the bus to the toddler group since her hours were cut and she is behind on her phone contract.", ["EYD", "FIN"], "green", ""),
("U008", "assessment", "2025-08-05", "Mill Vale", "TAF meeting. Dad's online gambling has left £11,000 of debt; he is seeing a gambling support service. No concerns about the children's health or school attendance.", ["FIN"], "orange", "gambling debt FIN not SUB; negated health/attendance"),
("U009", "assessment", "2025-11-26", "Crossgate", "Mum says if the agency stops giving her shifts over Christmas she might need a food bank referral, but for now she is managing. Kai (4) loves nursery.", [], "", "hypothetical only; no gold rows"),
]

def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)

nar, gold, traps = [], [], {}
for case, loc, adate, cdate, boxes in CASES:
    for st, lvl, text, codes, trap in boxes:
        nid = f"{case}-{st}-{lvl}"
        stage, date = ("assessment", adate) if st == "A" else ("closure", cdate)
        nar.append([nid, f"{case}-{st}", case, stage, date, lvl, loc, text])
        gold += [[nid, c, lvl] for c in codes]
        if trap:
            traps[nid] = trap
for nid, stage, date, loc, text, codes, glvl, trap in NOTES:
    nar.append([nid, nid, nid, stage, date, "", loc, text])
    gold += [[nid, c, glvl] for c in codes]
    if trap:
        traps[nid] = trap

write_csv("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"], nar)
write_csv("gold.csv", ["narrative_id", "code", "level"], gold)
with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
    json.dump(traps, f, indent=1, ensure_ascii=False)
print(f"{len(nar)} narratives, {len(gold)} gold rows, {len(traps)} trap notes")
