#!/usr/bin/env python3
"""Blind hand-written gold set z14: families where a parent has a learning
disability/difficulty or low literacy. Written from /work/shared/taxonomy.md only.

Writes narratives.csv, gold.csv (CRLF, UTF-8, no BOM) and traps.json.
Each box: (stage, level, text, gold_codes, traps). A trap is (kind, note), kind in
negated / historical / hypothetical / lookalike / outside / convention / met.
"""
import csv, json, os

OUT = os.path.dirname(os.path.abspath(__file__))

# case_id -> (locality, assessment_date, closure_date or None, [boxes])
CASES = []

def case(cid, loc, adate, cdate, boxes):
    CASES.append((cid, loc, adate, cdate, boxes))

A, C = "assessment", "closure"

case("P001", "Harrowby", "2025-01-14", "2025-06-20", [
 (A, "yellow",
  "Donna (28) has a mild learning disability and told me her letters 'go in the drawer' because she can't work out what they want. Her UC was stopped for four weeks over Christmas after she missed a Jobcentre appointment she never knew about, and the electric key is now £60 in debt. EHW to go through the post with Donna weekly and refer to Citizens Advice.",
  ["PH", "FIN"],
  [("convention", "parent's learning disability is the adult's disability (PH), not EDU-SEND")]),
 (A, "orange",
  "A man called Gaz, who doesn't live at the flat but was given a key by Donna's partner Lee, has had people coming and going at all hours since November. Police have visited twice after complaints from neighbours and believe the flat is being used to deal from (cuckooing). Donna says she is frightened of him. Housing officer has written to say the tenancy is at risk.",
  ["SAFE-EXP", "HOUS"],
  [("outside", "Gaz is outside the household: his dealing is not SUB or CRIME; police visits are not about a household member"),
   ("convention", "cuckooing = effect of outsiders on the family -> SAFE-EXP")]),
 (C, "green",
  "Ava (5 months) is now following the 25th centile and the HV has gone down to monthly weighs, as she was slow to gain at the start. Lee changed the locks in March and Gaz hasn't been back, no police contact since.",
  ["PH"],
  [("historical", "cuckooing ended in March -> no SAFE-EXP"),
   ("met", "baby weight now managed with ongoing HV weighs: green box 'now managing' -> PH present")]),
])

case("P002", "Milldene", "2025-02-03", "2025-07-11", [
 (A, "yellow",
  "Kayden (13) reads all the post for his dad Steve, phones the council for him and tops up the gas key at the shop. He told me he doesn't get time for homework and he has been late to Milldene Academy 11 times this half term. Referral made to Milldene Young Carers.",
  ["CARER", "EDU-ATT"], []),
 (A, "green",
  "Millie (9) is on SEN support for reading and the SENCO has started her in a small phonics group. Steve says he feels excluded at parents' evening because everything is on sheets of paper, so school now send him easy read letters with pictures and the class teacher talks things through at the door.",
  ["EDU-SEND"],
  [("lookalike", "'feels excluded' is the father's feeling, not school exclusion (EDU-EXC)"),
   ("convention", "easy read letters for the father are an adjustment; no disability stated in this box, not EDU-SEND/PH")]),
 (C, "blue",
  "Kayden goes to the young carers club on Tuesdays and calls it 'the one night that's mine'. His aunt Carol has helped Steve set up direct debits so Kayden doesn't have to deal with the bills any more.",
  ["CARER"],
  [("met", "bills handed back to adults; no money problem stated -> no FIN")]),
])

case("P003", "Eastcote Vale", "2025-02-17", "2025-08-29", [
 (A, "red",
  "Jade (19) is 30 weeks pregnant and has a learning disability; her advocate from Voices Together comes to every meeting. Strategy meeting on 12/02/25 agreed a pre-birth assessment because of concerns about Jade's capacity to parent on her own, and a PAMS parenting assessment starts at 34 weeks. The baby's father is not involved and Jade doesn't want him to be.",
  ["PH", "REL-PAR"],
  [("convention", "pregnancy itself is not PH; PH is for Jade's learning disability")]),
 (C, "green",
  "Baby Kaci born 14 April weighing 3.2kg. Formula fed, feeding well and back over her birth weight by day 10. Jade and her mum take her to the baby clinic at the family hub every other week. HV had no concerns at the 6-8 week review.",
  [],
  [("negated", "'no concerns' at the review"),
   ("lookalike", "weight/feeding mentioned only as good news; no need stated -> no PH")]),
 (C, "yellow",
  "The PAMS assessment concluded that Jade can care for Kaci with support from her mum and ongoing help, and CSC closed the case in July. Jade goes to the Little Steps parenting group on Thursdays with her advocate.",
  ["REL-PAR"],
  [("historical", "CSC involvement closed in July")]),
])

case("P004", "Brackenmoor", "2025-03-20", "2025-10-02", [
 (A, "orange",
  "Unannounced home visit 18/03/25: dog mess on the stairs, sink piled with dishes, no sheets on the children's beds and a strong smell of urine in Leo's room. Jasmine (7) has been sent home from school with headlice three weeks running. TAF meeting arranged with school, the HV and the adult social care worker for Gavin and Tracey.",
  ["SAFE-NEG"],
  [("convention", "headlice is hygiene (SAFE-NEG), not PH"),
   ("convention", "an adult social care worker alone codes nothing; no disability described in this box")]),
 (A, "yellow",
  "Leo (3) has a funded nursery place but has never started - Tracey says she didn't understand the letter and thought she would have to pay. He uses a handful of single words and is still in nappies day and night. EHW to go with Tracey to look round Little Acorns.",
  ["EYD"],
  [("lookalike", "'thought she would have to pay' is a misunderstanding, not a money problem -> no FIN")]),
 (C, "yellow",
  "Home conditions are much better in the weeks the support worker has been, but slip when she misses a visit - last Tuesday there was no clean bedding again and the washing was piled in the bath. Picture cleaning rota on the fridge; EHW still prompting.",
  ["SAFE-NEG"], []),
])

case("P005", "Harrowby", "2025-04-07", "2025-09-19", [
 (A, "yellow",
  "Sharon left school at 14 and reads very little; she has never been assessed for a learning disability and doesn't think she has one. Two women she calls friends come round on payday and 'borrow' money that never comes back - in March she was left with £12 for the week and went to St Mark's food bank. Referral to Citizens Advice for a benefits check.",
  ["FIN", "SAFE-EXP"],
  [("negated", "no learning disability -> low literacy alone is not PH"),
   ("convention", "'friends' taking money = financial exploitation by outsiders -> SAFE-EXP; food bank -> FIN")]),
 (A, "orange",
  "Caitlin (16) dropped out of her course at Harrowby College in February and hasn't been in work or training since. She was arrested in April for shoplifting in town with two older girls and now has a YOS worker.",
  ["EDU-NEET", "CRIME"],
  [("convention", "16+ NEET is EDU-NEET only, not FIN")]),
 (C, "blue",
  "The 'friends' still knock on payday but Sharon now leaves her bank card at her sister's that day so she can't be talked into lending. She says she feels more in control.",
  ["SAFE-EXP"],
  [("met", "blue box, family managing an ongoing risk -> SAFE-EXP present")]),
])

case("P006", "Milldene", "2025-03-03", "2025-09-26", [
 (A, "yellow",
  "Kerry has a learning disability and found the PIP review form 'impossible'; her PIP stopped in January because it was never sent back. Ryan works nights at the distribution centre and sleeps in the day. They are £240 behind on the water. EHW to help with the mandatory reconsideration.",
  ["PH", "FIN"],
  [("lookalike", "working nights / sleeping in the day is shift work, not FIN and not a sleep problem (PH)")]),
 (A, "orange",
  "The private landlord served a section 21 notice in February, two weeks after Ryan reported black mould in both bedrooms. Ethan (8) has asthma and has been using his blue inhaler most nights. Housing Options appointment on 10 March.",
  ["HOUS", "PH"],
  [("convention", "mould/disrepair in a rented home is HOUS, not SAFE-NEG")]),
 (C, "green",
  "Ethan was diagnosed with autism in July and school have written an SEN support plan with the SENCO. The family moved into a housing association house in August and the new bedrooms are dry.",
  ["EDU-SEND"],
  [("historical", "housing problem resolved by the move -> no HOUS")]),
])

case("P007", "Eastcote Vale", "2025-05-12", "2025-11-14", [
 (A, "orange",
  "Leanne's partner Dean lives with her and keeps hold of her bank card, handing her £10 a day; he checks her phone and won't let her see her sister. DASH medium risk and referral made to the IDVA service. Police attended on 4 May after neighbours heard shouting and a door slam.",
  ["DA"],
  [("convention", "partner controlling money is economic abuse (DA), not FIN"),
   ("convention", "police attending a DA incident is DA only, not CRIME")]),
 (A, "yellow",
  "Chloe (12) gets the twins (4) up, dressed and to nursery most mornings and makes their tea. She told her form tutor she never gets any time for herself. Referral to Eastcote Young Carers.",
  ["CARER"],
  [("lookalike", "twins attending nursery is not an EYD need")]),
 (C, "yellow",
  "Dean moved out in August when Leanne got a non-molestation order. She is on week 6 of the Freedom Programme at the family hub and says she is starting to recognise the signs.",
  ["DA"],
  [("met", "perpetrator has left but the Freedom Programme is ongoing -> DA present (convention 4)")]),
])

case("P008", "Brackenmoor", "2025-01-27", "2025-07-04", [
 (A, "green",
  "Angela has used a wheelchair since her stroke in 2023 and the district nurse visits twice a week for a pressure sore. Colin is her main carer and gets Carer's Allowance.",
  ["PH"],
  [("lookalike", "Colin is an adult carer: not CARER; Carer's Allowance implies neither FIN nor CARER")]),
 (A, "yellow",
  "Josh (15) helps his mum on and off the toilet while Colin is at his day centre, and has missed 18 sessions this term to stay at home with her (attendance 81%). Referral to Brackenmoor Young Carers and EHW allocated.",
  ["CARER", "EDU-ATT"], []),
 (C, "blue",
  "Angela now has a personal assistant during the day, so Josh stays in school. He still helps her in the evenings and goes to the young carers group on Fridays.",
  ["CARER"],
  [("lookalike", "a paid personal assistant is not CARER")]),
])

case("P009", "Harrowby", "2025-04-28", "2025-10-17", [
 (A, "yellow",
  "Natalie has a learning disability and has had low mood since Harley was born; the GP started her on sertraline in March. On bad days she stays in bed until lunchtime. EHW visiting weekly.",
  ["PH", "MH-ADULT"],
  [("lookalike", "prescribed sertraline is treatment, not SUB")]),
 (A, "red",
  "Harley (5 months) has dropped two centile lines. Strategy meeting held 25/04/25 after the HV found him propped in his pram with a bottle of cold milk left over from the night before; child in need plan agreed.",
  ["PH", "SAFE-NEG"], []),
 (C, "green",
  "Harley had his catch-up immunisations in August and is back on his centile. Natalie takes him to the library baby group on Mondays.",
  [],
  [("historical", "missed immunisations and weight loss both resolved -> no PH"),
   ("lookalike", "baby group is ordinary good news")]),
])

case("P010", "Milldene", "2025-05-06", "2026-01-23", [
 (A, "yellow",
  "Zain (14) has had two suspensions from Milldene Academy since September, one for swearing at a teacher and one for a fight. Tariq only found out about the second when Zain told him, as Tariq struggles to read and the letter sat unopened. School will phone Tariq from now on.",
  ["EDU-EXC"],
  [("convention", "father's low literacy has no code (not PH, not EDU-SEND)")]),
 (A, "orange",
  "Zain was reported missing overnight on 19 April. Police found him at 2am in Harrowby with two older lads and £300 in cash and brought him home, no offence recorded. Police have shared county lines concerns and an NRM referral has been made.",
  ["SAFE-EXP"],
  [("convention", "police finding a missing child is safeguarding, not CRIME; no drugs found")]),
 (C, "orange",
  "Zain started a managed move to Hollins Park School in November. No missing episodes since the summer, but the exploitation team still see him weekly and he is seeing the school counsellor for low mood.",
  ["EDU-EXC", "SAFE-EXP", "MH-CHILD"],
  [("historical", "missing episodes over, but exploitation work ongoing keeps SAFE-EXP")]),
])

case("P011", "Eastcote Vale", "2025-07-16", "2026-02-06", [
 (A, "red",
  "Strategy meeting 14/07/25 after police executed a warrant at the flat and found crack cocaine in Reece's (17) bedroom. Reece says the men using the flat made him hold it for them. Section 47 enquiry under way.",
  ["SAFE-EXP", "CRIME"],
  [("convention", "drugs found on an exploited child are SAFE-EXP + CRIME, not SUB")]),
 (A, "orange",
  "Kirsty has a learning disability and is open to the ASC learning disability team. Men she calls her friends have been using her flat since the spring and she says she is too scared to tell them to leave. Housing have served a notice seeking possession because of drug dealing at the address.",
  ["PH", "SAFE-EXP", "HOUS"],
  [("outside", "the dealing is by outsiders: not SUB, not CRIME")]),
 (C, "orange",
  "Kirsty moved to a new flat on a management transfer in December and her old contacts don't have the address. Reece (17) has a YOS worker until his referral order ends in June and is not in any education, training or work.",
  ["CRIME", "EDU-NEET"],
  [("historical", "housing and cuckooing resolved by the move -> no HOUS / SAFE-EXP")]),
])

case("P012", "Brackenmoor", "2025-06-09", "2025-12-05", [
 (A, "yellow",
  "Becky has a learning disability and owes about £1,100 across three catalogues and a doorstep lender who calls every Friday. She runs out of money by the middle of the month. Agreed to a StepChange referral with her advocate there.",
  ["PH", "FIN"], []),
 (A, "green",
  "Lacey (7) needs four fillings; her dental check was in May but Becky missed the follow-up appointment. Lacey is small for her age but the school nurse says her growth is fine.",
  ["PH"],
  [("negated", "'growth is fine' - no weight/growth concern")]),
 (C, "blue",
  "Becky is paying £20 a month through a debt management plan and the doorstep lender has stopped calling. Her mum Joan lives with them and helps her plan the big shop.",
  ["FIN"],
  [("met", "blue box, paying off debt = now managing -> FIN present")]),
])

case("P013", "Harrowby", "2025-02-24", "2025-08-08", [
 (A, "yellow",
  "Kian (9) hits and kicks Stacey when she says no to the tablet, and she had bruises on her arm at the visit. She is exhausted and wants help. EHW to do one-to-one parenting sessions at home using Triple P.",
  ["REL-PAR"],
  [("convention", "child-to-parent violence is REL-PAR, not DA; no police so no CRIME"),
   ("lookalike", "'exhausted' is not MH-ADULT")]),
 (A, "green",
  "Kian is on the ADHD pathway and the SENCO at Harrowby Juniors has him on SEN support with movement breaks. His dad is serving a sentence at HMP Fenwick and Kian phones him on Sundays.",
  ["EDU-SEND"],
  [("outside", "father in prison is outside the household -> not CRIME")]),
 (C, "blue",
  "Stacey uses the calm box and sand timer from the sessions. Kian still has meltdowns over screen time but they are shorter, and he hasn't hit her since July.",
  ["REL-PAR"],
  [("historical", "hitting stopped in July; meltdowns continue so REL-PAR stays")]),
])

case("P014", "Milldene", "2025-06-30", "2025-12-12", [
 (A, "green",
  "Mason (7 months) is still only having milk - Courtney was frightened he would choke so she hasn't started solids. HV did a weaning visit at home with picture cards and will come back in a fortnight.",
  ["EYD"], []),
 (A, "yellow",
  "Courtney has a learning difficulty and gets muddled with dates; she has missed three of Mason's weigh-ins this month. She and Jordan have been arguing a lot about who does the night feeds and Jordan stayed at his brother's for a week. Jordan's old foster carer still gives them lifts.",
  ["PH", "REL-CONF"],
  [("lookalike", "foster carer is not CARER")]),
 (C, "blue",
  "Mason eats the same meals as the rest of the family now, no more just milk, and Courtney and Jordan batch cook together at weekends.",
  [],
  [("historical", "weaning difficulty over ('no more just milk') -> no EYD")]),
])

case("P015", "Eastcote Vale", "2025-09-08", "2026-02-20", [
 (A, "yellow",
  "Rachel's UC has been sanctioned for eight weeks for missing a work coach appointment that was posted in her online journal, which she can't use. The gas meter is empty most of the week and school gave her a food bank voucher. On the visit the children were clean and warm and there was bread, milk and fruit in the kitchen.",
  ["FIN"],
  [("convention", "poverty with children well cared for: FIN only, not SAFE-NEG")]),
 (A, "green",
  "Rachel has a mild learning disability. The GP surgery has put a flag on her record so reception phone her instead of texting. Noah (4) has his pre-school booster booked for next week.",
  ["PH"],
  [("lookalike", "booster booked, not missed -> not an immunisation need (PH is for Rachel's LD)")]),
 (C, "yellow",
  "The sanction ended in November and the work coach now sees Rachel face to face with her advocate. She can still only afford to top up the gas twice a week; referral made to the Warm Homes fund.",
  ["FIN"],
  [("historical", "sanction over; fuel poverty continues")]),
])

case("P016", "Brackenmoor", "2025-08-18", "2026-01-30", [
 (A, "orange",
  "Kayleigh (15) told the school nurse she has been cutting her arms for about two months. Referred to CAMHS, assessment booked for 3 September.",
  ["MH-CHILD"], []),
 (A, "yellow",
  "Wayne has a learning disability and relies on Kayleigh to cook the tea, read his post and phone the GP for him. She says she is 'the mum really'. Young carers assessment requested.",
  ["PH", "CARER"], []),
 (C, "blue",
  "Wayne's support worker now reads his post with him on Mondays. Kayleigh still cooks most nights but says she doesn't mind, and she has made friends at the young carers group.",
  ["CARER"],
  [("convention", "no disability named in this box -> a support worker alone gives no PH (convention 1)")]),
])

case("P017", "Harrowby", "2025-10-06", "2026-03-13", [
 (A, "green",
  "Liam (5) is in Reception at St Anne's. His speech is hard to understand and the SENCO has referred him to speech and language therapy; he is on SEN support.",
  ["EDU-SEND"],
  [("convention", "speech for a school-age child (Reception, aged 5) is EDU-SEND, not EYD")]),
 (A, "yellow",
  "Gemma has Down's syndrome and a learning disability, and adult social care fund ten hours a week of support. Her epilepsy is controlled with medication but she had a seizure in August; Paul worries about what would happen if she had one while on her own with Isla (9 months).",
  ["PH"],
  [("lookalike", "epilepsy medication is not SUB"),
   ("hypothetical", "Paul's worry about supervision 'if she had one' -> not SAFE-NEG")]),
 (C, "green",
  "Liam's speech is clearer and SALT discharged him in January; school are keeping him on SEN support for phonics.",
  ["EDU-SEND"],
  [("met", "SALT discharged but SEN support continues -> EDU-SEND present")]),
])

case("P018", "Milldene", "2025-09-22", "2026-03-27", [
 (A, "yellow",
  "Kevin has run up around £3,000 in payday loans through online betting. He says he hasn't gambled since he signed up to GamStop in August. Michelle has a learning disability and didn't know about the loans until the bailiff letters arrived.",
  ["FIN", "PH"],
  [("convention", "gambling debts are FIN, not SUB"),
   ("historical", "gambling itself stopped in August; the debt is current")]),
 (A, "orange",
  "Bailiffs came to the door on 15 September and the landlord has served a possession notice over £1,400 of rent arrears. Michelle has asked Kevin to leave and they argue about the debts every day.",
  ["HOUS", "FIN", "REL-CONF"], []),
 (A, "green",
  "Tia (11) asked her teacher whether the family will lose the house and has been tearful in class; the school ELSA sees her weekly.",
  ["MH-CHILD"],
  [("hypothetical", "the child's question about losing the house is not a stated housing risk in this box -> no HOUS")]),
 (C, "green",
  "Tia finished her ELSA sessions at Christmas and says she feels 'loads better'.",
  [],
  [("historical", "emotional support ended, need over -> no MH-CHILD")]),
])

case("P019", "Eastcote Vale", "2025-08-11", "2026-02-13", [
 (A, "orange",
  "Police brought Mia (2) home on 9 August after a neighbour found her in the car park in just a nappy; Hayley was asleep on the sofa and hadn't noticed the front door was open. No arrests. TAF plan agreed with the HV, nursery admissions and the ASC worker.",
  ["SAFE-NEG"],
  [("convention", "police returning a child is safeguarding, not CRIME")]),
 (A, "green",
  "Mia's 2-year check is booked with the HV. Hayley has asked for help with potty training because Mia screams whenever she is put on it.",
  ["EYD"], []),
 (C, "green",
  "Mia started at Tiny Feet nursery on her funded 2-year place in January. Nursery are still working on toilet training with her and she has accidents most days.",
  ["EYD"], []),
])

case("P020", "Brackenmoor", "2025-10-13", "2026-04-10", [
 (A, "orange",
  "Tasha drinks every day, around a litre of vodka, and has been referred to Brackenmoor Recovery. Lily called the police on 2 October when Tasha was too drunk to stand and she couldn't wake her.",
  ["SUB"],
  [("convention", "police call-out about an adult's drinking, no offence -> not CRIME")]),
 (A, "yellow",
  "Lily (14) has refused school since September, attendance 54%. She says she has to stay home to keep an eye on her mum because of the drinking. Sean has a learning disability and says he feels out of his depth.",
  ["EDU-ATT", "CARER", "SUB", "PH"], []),
 (C, "yellow",
  "Lily is attending 88% this term with her key worker meeting her at the gate each morning, and still goes to the young carers group fortnightly. Tasha relapsed in February after eight weeks sober and is back in touch with Brackenmoor Recovery.",
  ["EDU-ATT", "CARER", "SUB"],
  [("lookalike", "'eight weeks sober' is not a resolved SUB: she relapsed")]),
])

case("P021", "Harrowby", "2025-07-21", "2026-01-16", [
 (A, "yellow",
  "Freya (16) has an EHCP for moderate learning difficulties and left Harrowby High in July. Her college place fell through because the application wasn't finished and she is at home all day. Mark has been out of work since the factory closed in March.",
  ["EDU-NEET", "EDU-SEND", "FIN"],
  [("convention", "the young person's learning difficulty with an EHCP is EDU-SEND (child), unlike a parent's; FIN from the father's worklessness, not from Freya being NEET")]),
 (A, "blue",
  "Claire's sister works at the college and has offered to sit down with Freya and do the application together. Claire says she doesn't read well herself so she is glad of the help.",
  [],
  [("convention", "Claire's reading is low literacy, no code; no NEET need stated in this box")]),
 (C, "green",
  "Freya started the Foundation Learning course at Harrowby College in January with her EHCP, and the college SENCO has been in touch with Claire.",
  ["EDU-SEND"],
  [("historical", "NEET over now she is at college -> no EDU-NEET")]),
])

case("P022", "Milldene", "2025-11-03", "2026-04-24", [
 (A, "orange",
  "Aimee (22) has a learning disability. Since the summer she has sent over £900 of her UC and PIP to a man she met on a gaming app, who she calls her friend but has never met, and she took out a £500 loan for him. Adult safeguarding referral made to ASC and police informed.",
  ["PH", "SAFE-EXP", "FIN"],
  [("outside", "the man is outside the household: no CRIME; effect on family is SAFE-EXP")]),
 (A, "green",
  "Theo (4 months) is on the 50th centile and up to date with his immunisations. HV contacts going well.",
  [],
  [("lookalike", "centile and immunisations mentioned as good news only -> no PH")]),
 (C, "yellow",
  "The man has been blocked on every app and Aimee hasn't sent him anything since December. The lender wrote the loan off after a complaint, but she only has £80 a month left after bills and has used the food bank twice. EHW helping with a Household Support Fund application.",
  ["FIN"],
  [("historical", "exploitation ended in December -> no SAFE-EXP"),
   ("historical", "loan written off, but food bank use is current -> FIN")]),
])

case("P023", "Eastcote Vale", "2025-10-20", "2026-03-06", [
 (A, "red",
  "Skye (3) and Rio (6 weeks) are on child protection plans under the category of neglect. PLO letter issued 10 October and an independent parenting assessment has been commissioned. Both parents have learning disabilities and are supported by an advocate.",
  ["SAFE-NEG", "REL-PAR", "PH"], []),
 (A, "orange",
  "Rio was admitted to Eastcote General for three days at 4 weeks old when his weight fell below the 2nd centile; his bottles were being made up with too much water so he was going hungry.",
  ["PH", "SAFE-NEG"], []),
 (C, "yellow",
  "Skye now goes to nursery three mornings a week and is starting to put two words together; the Portage worker still visits monthly.",
  ["EYD"], []),
])

case("P024", "Brackenmoor", "2025-04-14", "2025-10-31", [
 (A, "yellow",
  "Callum (13) is being called names at school about his mum and was pushed into a wall in the corridor last week. Head of year has put an anti-bullying plan in place and checks in with him every day.",
  ["SAFE-EXP"], []),
 (A, "orange",
  "Rob has PTSD from his time in the army and has been open to the community mental health team since 2024; in March police detained him under s136 during a crisis. Joanne has a learning disability and says she doesn't know what to do when he gets like that.",
  ["MH-ADULT", "PH"],
  [("convention", "s136 detention is a mental health safeguarding power, not CRIME")]),
 (C, "blue",
  "Callum says the name-calling stopped after the two boys were moved into a different form.",
  [],
  [("historical", "bullying stopped -> no SAFE-EXP")]),
])

case("P025", "Harrowby", "2025-11-17", None, [
 (A, "yellow",
  "Poppy (8) and Alfie (6) have lived with Dave since their mum Kelly left in 2024. Kelly and Dave shout at each other on the doorstep at every handover and Kelly says she might go to court to get the children back. Mediation offered through Family Mediation North.",
  ["REL-CONF"],
  [("hypothetical", "court application is only a possibility")]),
 (A, "green",
  "Dave has a learning disability; the school sends him easy read letters and the office rings him the day before any trip. Alfie had a dental check in October with no problems.",
  ["PH"],
  [("negated", "dental check 'no problems' -> not a PH need for Alfie"),
   ("convention", "father's learning disability is PH, not EDU-SEND")]),
])

case("P026", "Milldene", "2025-05-19", "2026-04-17", [
 (A, "orange",
  "Family of six in a two-bed flat above a takeaway: three children share one room and baby Kai sleeps in with Sarah and Dan. The council has accepted a homelessness duty because of overcrowding and they are in band B.",
  ["HOUS"], []),
 (A, "yellow",
  "Ellie (10) changes Kai's nappies, does some of the night bottles and walks the younger ones to school. Sarah calls her 'my right hand'. Sarah can't read well and Ellie reads out the letters from the council.",
  ["CARER"],
  [("convention", "Sarah's low literacy has no code")]),
 (C, "orange",
  "The family moved into a four-bed house on the Brookside estate in March. Dan was arrested in April for driving while disqualified and is on bail.",
  ["CRIME"],
  [("historical", "overcrowding resolved by the move -> no HOUS")]),
])

case("P027", "Eastcote Vale", "2025-12-01", "2026-05-15", [
 (A, "green",
  "Dylan (12) has epilepsy and has missed his last two neurology appointments because the hospital had an old address. GP has updated his details.",
  ["PH"], []),
 (A, "yellow",
  "Paula has a learning disability and type 2 diabetes. She relies on Dylan to remind her to take her tablets and to read her blood sugar numbers off the meter for her. EHW and the practice nurse to set up a dosette box with alarms.",
  ["PH", "CARER"], []),
 (C, "green",
  "Dylan was seen in clinic in February and his seizures are well controlled on his current dose. Paula uses the dosette box on her own now.",
  ["PH"],
  [("met", "Dylan no longer prompting his mum -> no CARER; his epilepsy is ongoing and managed -> PH")]),
 (C, "blue", "N/A", [], []),
])

case("P028", "Brackenmoor", "2025-09-15", "2026-03-20", [
 (A, "green",
  "Aisha (7) has missed 14 days since Easter, nine of them in June for a family wedding abroad, and her attendance is 86%. Imran signed the leave form without realising the school had refused it, and a penalty notice was issued. School now explain letters to him at pick-up.",
  ["EDU-ATT"],
  [("convention", "Imran's difficulty with letters has no code")]),
 (A, "yellow",
  "Imran and Nadia can't pay the £160 penalty on top of £450 council tax arrears, and a summons has arrived. Referral to Citizens Advice.",
  ["FIN"], []),
 (C, "green",
  "Aisha's attendance is 98% this year and the attendance lead has taken her off monitoring.",
  [],
  [("historical", "attendance need over, monitoring ended -> no EDU-ATT")]),
])

case("P029", "Harrowby", "2025-06-02", "2025-12-19", [
 (A, "orange",
  "Laura (26) is 20 weeks pregnant. Her two older children were adopted in 2019 after care proceedings and she has had no contact since. She has a learning disability. Her partner Jason lives with her and is on probation for a burglary last year.",
  ["PH", "CRIME"],
  [("historical", "2019 care proceedings/adoption are past -> no SAFE-NEG/REL-PAR"),
   ("convention", "household adult on probation -> CRIME")]),
 (A, "red",
  "A pre-birth child and family assessment is under way and an ICPC will be held at 30 weeks. Laura is very anxious that she will 'lose this one too' and has been referred to the perinatal mental health team.",
  ["MH-ADULT"], []),
 (C, "red",
  "Baby Harper was born on 3 November and is on a child in need plan. Laura and Jason are doing a parenting assessment at home with daily visits from the family support team.",
  ["REL-PAR"], []),
])

case("P030", "Milldene", "2025-03-31", "2025-11-07", [
 (A, "orange",
  "Riley (15) was given a community resolution in March for throwing eggs at buses with friends, and police have been to the house twice about him. The neighbours at number 14 also play loud music late at night and the family have complained to the council.",
  ["CRIME"],
  [("outside", "neighbours' ASB is outside the household -> not coded")]),
 (A, "yellow",
  "Riley is on report at Milldene Academy for disrupting lessons and had a two-day suspension in February. His dad Gary has a learning disability and says he can't make sense of the school's behaviour points app.",
  ["EDU-EXC", "PH"], []),
 (C, "yellow",
  "No suspensions since February and his behaviour points have dropped to almost none, but Riley is on a part-time timetable, mornings only, while school build his hours back up.",
  ["EDU-ATT"],
  [("historical", "suspensions and behaviour issues over -> no EDU-EXC; part-time timetable is EDU-ATT")]),
])

# Unboxed case notes: (id, stage, date, locality, text, codes, inferred level, traps)
UNBOXED = [
 ("Q001", A, "2025-03-12", "Milldene",
  "Call from Tina's advocate at Speak Up Milldene: Tina has a learning disability and has had a letter saying her ESA is moving over to UC. She is worried her money might stop if she fills the forms in wrong. EHW to visit on Friday to go through it with her.",
  ["PH"], "yellow",
  [("hypothetical", "money 'might stop if' -> no FIN yet; ESA/UC names alone are not FIN"),
   ("convention", "level: EHW = yellow cue")]),
 ("Q002", A, "2025-06-04", "Eastcote Vale",
  "Strategy meeting today re Ollie (4 months): his weight has dropped three weeks running and the HV found that his parents, who both have learning disabilities, have been sleeping through his night feeds. Section 47 enquiry to proceed.",
  ["PH", "SAFE-NEG"], "red",
  [("convention", "level: strategy meeting / s47 = red cue")]),
 ("Q003", A, "2025-10-01", "Brackenmoor",
  "School nurse drop-in: Maisie (13) says she lies awake most nights because her mum comes home loud and drunk from the pub. Maisie denies any self-harm. School nurse will see her again next week.",
  ["SUB", "PH"], "green",
  [("negated", "'denies any self-harm' -> no MH-CHILD"),
   ("convention", "sleep problem at school age is PH; level: school nurse only = green")]),
 ("Q004", C, "2026-01-20", "Harrowby",
  "Phone call with Mr Price: he has read the easy read cost of living leaflet and applied for the Warm Home Discount himself. He says they are managing, but the electric is still tight most months.",
  ["FIN"], "blue",
  [("convention", "level: information acted on by the family itself = blue")]),
 ("Q005", A, "2025-11-18", "Milldene",
  "Police call-out 16/11/25 after neighbours reported shouting. Jamie (15) had pushed his dad Mike, who has a learning disability, into the door during a row about his phone. No arrest; police have referred to early help.",
  ["REL-PAR", "CRIME", "PH"], "orange",
  [("convention", "child-to-parent violence: REL-PAR + CRIME (police involved), not DA; level: police call-out = orange")]),
 ("Q006", C, "2026-02-27", "Eastcote Vale",
  "Check-in visit: home clean and cupboards full, children in school, Mum says there's nothing she needs at the moment. The family were known for rent arrears in 2023 but these were cleared that year.",
  [], "",
  [("historical", "rent arrears cleared in 2023 -> no FIN"),
   ("negated", "nothing needed; good news only")]),
 ("Q007", A, "2025-07-09", "Brackenmoor",
  "Portage home visit: Ellis (2) says two words and doesn't point or wave yet; paediatric review booked for August. Mum has low literacy so the Portage worker uses photos to show her each activity.",
  ["EYD"], "yellow",
  [("convention", "mum's low literacy has no code; level: Portage = yellow")]),
 ("Q008", C, "2026-03-05", "Harrowby",
  "TAF review: the multi-agency plan continues. Dad's adult social care support worker now helps him with budgeting and the gas arrears are down to £90. Shannon (16) has started an apprenticeship at a hair salon.",
  ["FIN"], "orange",
  [("lookalike", "Shannon (16) is in an apprenticeship -> not EDU-NEET"),
   ("convention", "level: TAF plan = orange")]),
 ("Q009", A, "2026-01-28", "Milldene",
  "Shelley, who has a learning disability, told her advocate that her ex-partner Carl still has a key, lets himself in and takes her phone and bank card. DASH high risk; referral to MARAC on 12 February.",
  ["DA", "PH"], "orange",
  [("convention", "ex-partner's actions against the adult victim are DA only, not CRIME/FIN; level: MARAC = orange")]),
]

LEVELS = ["blue", "green", "yellow", "orange", "red"]


def build():
    nrows, grows, traps = [], [], {}
    for cid, loc, adate, cdate, boxes in CASES:
        for stage, level, text, codes, tr in boxes:
            st = "A" if stage == A else "C"
            date = adate if stage == A else cdate
            assert date, (cid, stage)
            tid = f"{cid}-{st}"
            nid = f"{tid}-{level}"
            nrows.append([nid, tid, cid, stage, date, level, loc, text])
            for c in codes:
                grows.append([nid, c, level])
            traps[nid] = {"codes": codes, "level": level,
                          "traps": [{"kind": k, "note": n} for k, n in tr]}
    for nid, stage, date, loc, text, codes, glevel, tr in UNBOXED:
        nrows.append([nid, nid, nid, stage, date, "", loc, text])
        for c in codes:
            grows.append([nid, c, glevel])
        traps[nid] = {"codes": codes, "level": glevel or None,
                      "traps": [{"kind": k, "note": n} for k, n in tr]}

    def write(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(header)
            w.writerows(rows)

    write("narratives.csv",
          ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"],
          nrows)
    write("gold.csv", ["narrative_id", "code", "level"], grows)
    with open(os.path.join(OUT, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(traps, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return nrows, grows, traps


if __name__ == "__main__":
    n, g, t = build()
    withtrap = sum(1 for v in t.values() if any(x["kind"] in ("negated", "historical", "hypothetical", "lookalike", "outside", "met") for x in v["traps"]))
    print(f"narratives {len(n)}, gold rows {len(g)}, narratives with a trap {withtrap}")
