#!/usr/bin/env python3
"""Blind gold set z15: young parents (16-21) and their babies/toddlers.

Every narrative, its gold codes and trap notes are written here by hand.
Coded only from /work/shared/taxonomy.md (codes, statuses, conventions 1-12).
Writes narratives.csv, gold.csv (CRLF, UTF-8, no BOM) and traps.json.

Box tuple: (stage 'A'/'C', level, narrative, [gold codes], [(trap_type, note)])
trap_type: negated | historical | hypothetical | lookalike | outside | met
           | convention (a coding decision note, not a trap)
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# (case_id, locality, assessment date, closure date or None, [boxes])
CASES = []

CASES.append(("Y001", "Brindle Moor", "2025-02-11", "2025-10-02", [
    ("A", "yellow",
     "Kacey (17) dropped out of her hair and beauty course at Brindle College in "
     "November when she was 30 weeks pregnant and has not been in college or work "
     "since. Lola is now 11 weeks. Kacey says she wants to go back in September; YPW "
     "to look at Care to Learn and a part-time re-engagement course with her.",
     ["EDU-NEET"],
     [("convention", "17-year-old mother is the parent; her NEET status is EDU-NEET only, no FIN (conv 11)")]),
    ("A", "orange",
     "Kacey and Lola share a bedroom with Kacey's brother Tyler (12) in her mum Dawn's "
     "two-bed flat. Dawn has told Kacey she must leave by Easter and has put it in "
     "writing; housing options have opened a homeless application. Kacey and Dawn are "
     "rowing most days, mainly about Lola crying in the night and waking Tyler.",
     ["HOUS", "REL-PAR"],
     [("convention", "rows between the young mum and her own mother = parent-child relationship, REL-PAR not REL-CONF")]),
    ("C", "blue",
     "Kacey got the keys to a one-bed housing association flat on Gorse Street in "
     "June. Rent is paid direct from her UC and she has set up £5 a week to clear "
     "the £140 she owes on a catalogue. Dawn pops in most days and they are getting "
     "on much better.",
     ["FIN"],
     [("met", "housing need met by new tenancy, HOUS not coded"),
      ("met", "getting on much better with Dawn: conflict described as over, REL-PAR not coded"),
      ("convention", "paying off catalogue debt = now managing in a blue box, FIN present (conv 3)")]),
]))

CASES.append(("Y002", "Fenwick Marsh", "2025-03-04", "2025-08-19", [
    ("A", "yellow",
     "Referral from the family nurse. Jordan (19) lost his warehouse job in January "
     "and hasn't found anything since; he lives with Shannon (18) and their daughter "
     "Ava (6 months) in a privately rented flat. The new UC claim is in its five-week "
     "wait, they have had two food bank parcels and the gas meter keeps running out.",
     ["EDU-NEET", "FIN"],
     [("convention", "19-year-old young parent out of work = EDU-NEET; FIN here for food bank and fuel, not for the NEET status")]),
    ("A", "orange",
     "Shannon told the FN that Jordan goes through her phone, has changed the "
     "passwords on her social media and won't let her meet friends unless he comes "
     "too. She says he has never hit her. DASH scored medium; IDVA referral made and "
     "Shannon given the number for the young people's domestic abuse service.",
     ["DA"],
     [("negated", "'never hit her' negates physical violence only; coercive control is present, DA coded")]),
    ("C", "yellow",
     "Jordan moved back to his mum's in May. Shannon goes to the Steady Ground group "
     "for young women who have been in controlling relationships every Thursday. Ava "
     "sees her dad on Sundays at his mum's house, which his mum arranges.",
     ["DA"],
     [("convention", "ongoing DA recovery group codes DA (conv 4)"),
      ("outside", "Jordan no longer in household; contact arranged without dispute, no REL-CONF")]),
]))

CASES.append(("Y003", "Castle Lees", "2025-04-07", "2026-01-15", [
    ("A", "red",
     "Mollie (16) is looked after under s20 and is in a parent-and-baby foster "
     "placement with Reuben (3 weeks). Reuben was made subject to a child protection "
     "plan at the ICPC on 2 April because his father Kai (22) assaulted Mollie twice "
     "during the pregnancy. Kai knows where the placement is and has been messaging "
     "Mollie on a new account.",
     ["DA"],
     [("lookalike", "'foster placement' / looked after is a level cue, not a code"),
      ("convention", "Kai's assaults on Mollie are DA only, not CRIME (conv 7)")]),
    ("C", "red",
     "Reuben remains on a CP plan after the review conference on 8 January. Mollie "
     "let Kai into the placement twice in December against the written agreement and "
     "he was arrested on the doorstep after shoving the foster carer. Mollie says she "
     "still loves him and wants him to be part of Reuben's life.",
     ["DA"],
     [("lookalike", "arrest is of a non-household partner for DV-related violence: DA only, no CRIME (conv 6, 7)"),
      ("lookalike", "'foster carer' is not CARER")]),
    ("C", "yellow",
     "Mollie started the Young Mums' Pathway at Castle Lees Adult Learning two "
     "mornings a week with Reuben in the crèche. She is still on sertraline, reviewed "
     "by the GP monthly, and says the low days are fewer.",
     ["MH-ADULT"],
     [("convention", "ongoing treatment codes MH-ADULT (conv 4)")]),
]))

CASES.append(("Y004", "Harrowby", "2025-05-06", "2025-11-27", [
    ("A", "orange",
     "Callum (17) is dad to Isla (4 months) and lives with her and her mum Paige (17) "
     "at Paige's mum's house. He is on a nine-month referral order with Harrowby YOS "
     "for criminal damage and has missed his last two appointments. He smokes "
     "cannabis most evenings in the garden and says it's the only thing that helps "
     "him switch off.",
     ["CRIME", "SUB"],
     []),
    ("A", "green",
     "Isla is exclusively breastfed and gaining well; the HV has no worries about her "
     "growth. She has missed her 8 and 12 week immunisations because Paige was "
     "worried about side effects; the HV has given her the leaflet and Paige will "
     "talk to the practice nurse.",
     ["PH"],
     [("lookalike", "'exclusively breastfed' is not EDU-EXC"),
      ("negated", "'no worries about her growth' negated")]),
    ("C", "yellow",
     "Callum completed his referral order in October. He is down to smoking cannabis "
     "at weekends and sees the young people's worker at Open Door drug and alcohol "
     "service every fortnight.",
     ["SUB"],
     [("historical", "referral order completed: CRIME historical, not coded")]),
]))

CASES.append(("Y005", "Fenwick Marsh", "2025-04-14", "2025-10-09", [
    ("A", "yellow",
     "Courtney (20) and Harley (8 months) moved into their first flat, in a converted "
     "house, in February. There is black mould across the bedroom wall and the "
     "landlord has not replied to her messages, so Harley's cot has been moved into "
     "the living room.",
     ["HOUS"],
     []),
    ("A", "orange",
     "Courtney owes about £640 on gas, electric and water and has had a council tax "
     "summons for £410. She took a UC advance when she moved and after the deductions "
     "and rent she has £58 a week. She keeps telling the HV she's 'failing' Harley; "
     "the GP has diagnosed postnatal depression and referred her to the perinatal "
     "mental health team.",
     ["FIN", "MH-ADULT"],
     []),
    ("C", "green",
     "The landlord treated the mould in June and put in an extractor fan, and the cot "
     "is back in the bedroom. If it comes back Courtney says she will go to the "
     "council's private housing team. She is still seen by the perinatal team and "
     "feels the sertraline is helping.",
     ["MH-ADULT"],
     [("met", "mould treated: HOUS historical"),
      ("hypothetical", "'if it comes back' HOUS hypothetical")]),
]))

CASES.append(("Y006", "Castle Lees", "2025-09-10", "2026-02-03", [
    ("A", "yellow",
     "Jade (17) and her son Mason (2) live with Jade's nan, who has MS and uses a "
     "wheelchair; Jade does nan's shopping, helps her wash and sorts her tablets. "
     "Mason's dad Rhys is serving a sentence at HMP Ashgrove for robbery and Jade "
     "takes Mason on a visit once a month.",
     ["CARER", "PH"],
     [("outside", "Rhys is in prison, outside the household: no CRIME"),
      ("convention", "17-year-old caring for her disabled nan is a young carer (CARER); caring for her own son would not be")]),
    ("A", "green",
     "Mason's 2-year review with the HV: he has about 10 words and mostly points and "
     "pulls Jade to what he wants. HV has referred him to speech and language therapy "
     "and suggested the Chatterbox session at the library. He has not taken up his "
     "funded two-year-old nursery place.",
     ["EYD"],
     []),
    ("C", "blue",
     "Jade's aunt now does nan's big shop on Saturdays, but Jade still gets nan up "
     "and dressed every morning before she drops Mason at Little Acorns, where he "
     "does 15 hours. Mason still sees the speech therapist once a month.",
     ["CARER", "EYD"],
     [("convention", "ongoing speech therapy codes EYD for an under-5 (conv 4, 9)")]),
]))

CASES.append(("Y007", "Harrowby", "2025-01-21", "2025-07-08", [
    ("A", "green",
     "Ellie (16) is in Year 11 at Harrowby Academy; her mum Tracey looks after baby "
     "Nova (5 months) in the day. Since the birth Ellie's attendance has dropped to "
     "71% and she is often late after broken nights. School has agreed a part-time "
     "timetable for mornings only until Easter.",
     ["EDU-ATT"],
     [("convention", "a 16-year-old mother still in Year 11: school attendance is EDU-ATT")]),
    ("A", "yellow",
     "Ellie and Tracey clash over who makes decisions for Nova; Tracey calls her 'my "
     "baby' in front of visitors and Ellie feels pushed out. Ellie told the school "
     "nurse she feels low most of the time and has stopped seeing her friends.",
     ["REL-PAR", "MH-ADULT"],
     [("convention", "Ellie is Nova's parent: her low mood is MH-ADULT; clash with her own mum is REL-PAR")]),
    ("C", "yellow",
     "Family mediation at Harrowby Family Hub has helped Ellie and Tracey agree who "
     "does Nova's bedtime and weekend routine, but they still fall out at weekends.",
     ["REL-PAR"],
     []),
]))

CASES.append(("Y008", "Brindle Moor", "2025-06-05", "2026-01-20", [
    ("A", "red",
     "Strategy meeting 3 June after Leo (10 weeks) was admitted with weight loss and "
     "a severe nappy rash; ward staff saw he was being fed only every six to seven "
     "hours and had been left in the same soiled sleepsuit. s47 enquiries are under "
     "way. Parents Amber (18) and Dean (20) have agreed Leo stays with the maternal "
     "grandparents meanwhile.",
     ["SAFE-NEG", "PH"],
     [("lookalike", "'fed' and 'feeding' here point to basic care, not weaning/EYD")]),
    ("A", "orange",
     "Dean was arrested in May for possession with intent to supply and police "
     "searched the flat; the case is pending. Amber says she didn't know the cannabis "
     "was there and doesn't use anything herself. Dean admits he smokes every day.",
     ["CRIME", "SUB"],
     [("negated", "Amber denies use; SUB is coded for Dean's admitted daily use")]),
    ("C", "red",
     "The ICPC decided the threshold for a CP plan was not met and Leo is on a child "
     "in need plan. He went home to Amber in October; she and Dean have split and "
     "argue over when Dean sees him. Leo's weight is on the 25th centile and the GP "
     "checks it monthly.",
     ["REL-CONF", "PH"],
     [("negated", "CP plan threshold not met (level wording, not a code)")]),
    ("C", "orange",
     "Dean pleaded guilty and has a community order with 12 months' probation. He now "
     "lives at his mum's. He says he has stopped smoking weed and his tests have all "
     "come back clear.",
     [],
     [("outside", "Dean has left the household: his probation is not CRIME for this family (conv 6)"),
      ("historical", "'stopped smoking weed', clear tests: SUB historical")]),
]))

CASES.append(("Y009", "Castle Lees", "2025-06-23", "2025-12-02", [
    ("A", "yellow",
     "Shanice (19) and Kyrie (14 months) live at Willow House, a supported "
     "mother-and-baby hostel. Her licence there ends in eight weeks and she has bid on "
     "over 40 properties without getting one.",
     ["HOUS"],
     []),
    ("C", "green",
     "Shanice and Kyrie moved into a council flat in August. Kyrie walked at 16 months "
     "and his repeat ASQ was in the typical range; the HV will only refer to speech "
     "therapy if he has fewer than ten words at his two-year review.",
     [],
     [("met", "housing need met: HOUS not coded"),
      ("met", "development now typical: EYD not coded"),
      ("hypothetical", "speech therapy referral only if fewer than ten words later: hypothetical")]),
    ("C", "blue",
     "Shanice fell £120 behind with her rent in October when she bought Kyrie's bed; "
     "she is paying an extra £10 a week and keeps her own budget sheet on her phone.",
     ["FIN"],
     [("convention", "paying back arrears = managing, FIN present in blue box")]),
]))

CASES.append(("Y010", "Harrowby", "2025-05-13", "2025-11-18", [
    ("A", "yellow",
     "Liam (21) has had sole care of Sienna (2) since her mum moved to Scotland in "
     "March. He says he feels low and 'running on empty', and he has missed two GP "
     "reviews for his asthma. Sienna's mum rings on Sundays and that goes fine.",
     ["MH-ADULT", "PH"],
     [("outside", "Sienna's mum is outside the household and there is no dispute: no REL-CONF")]),
    ("A", "green",
     "Sienna is nearly two and a half and still in nappies all day; Liam hasn't "
     "started potty training and nursery have offered to start it alongside him.",
     ["EYD"],
     [("lookalike", "'potty' is not SUB")]),
    ("C", "blue",
     "Liam goes to the Saturday dads' breakfast at the family hub and says talking to "
     "other dads keeps him going. He is still taking his antidepressants and has been "
     "to his asthma review.",
     ["MH-ADULT", "PH"],
     [("convention", "ongoing antidepressants and asthma care = now managing in blue box")]),
]))

CASES.append(("Y011", "Fenwick Marsh", "2025-02-19", "2025-09-30", [
    ("A", "orange",
     "Tia (18) lives at her mum Karen's with baby Rio (7 months) and her brothers Kane "
     "(14) and Alfie (9). Kane has been reported missing three times since Christmas; "
     "the last time police found him in Bristol with £300, two phones and wraps of "
     "cannabis. He was permanently excluded from Fenwick High in January and now "
     "goes to the PRU.",
     ["SAFE-EXP", "CRIME", "EDU-EXC"],
     [("convention", "drugs found on an exploited child: SAFE-EXP and CRIME, not SUB (conv 12)"),
      ("lookalike", "police finding a missing child is safeguarding; CRIME here is from the drugs found on him")]),
    ("A", "yellow",
     "Tia says she is on edge all the time about people knocking for Kane, and the GP "
     "has given her propranolol for anxiety. It's a two-bed terrace, so Tia and Rio "
     "share a room with Alfie and Kane sleeps on the sofa.",
     ["MH-ADULT", "HOUS"],
     []),
    ("C", "orange",
     "Kane is on a referral order with YOS for the drugs and still goes missing "
     "overnight about once a fortnight; he has a worker from the exploitation hub. He "
     "is only attending the PRU three days out of five.",
     ["CRIME", "SAFE-EXP", "EDU-ATT"],
     []),
]))

CASES.append(("Y012", "Brindle Moor", "2025-04-29", "2025-10-21", [
    ("A", "green",
     "Hannah (20) has twins, Ruby and Rose, now 4 months, born at 32 weeks. The "
     "neonatal outreach nurse visits both and Rose is on oxygen at night. Hannah keeps "
     "a careful feeding chart and the nurses say she copes really well.",
     ["PH"],
     []),
    ("A", "blue",
     "Hannah's mum Gail lives round the corner and has the twins every afternoon so "
     "Hannah can sleep. Gail drank heavily when Hannah was small but has been sober "
     "for three years.",
     [],
     [("outside", "Gail does not live in the household"),
      ("historical", "Gail's drinking ended three years ago: SUB historical")]),
    ("C", "yellow",
     "The lift in the block was mended in June but has been broken again since "
     "September, leaving Hannah carrying two babies and a buggy down seven floors. The "
     "housing officer is helping her apply for a transfer to a ground-floor flat on "
     "medical grounds.",
     ["HOUS"],
     [("lookalike", "'medical grounds' for the transfer is not a current PH need in this text")]),
]))

CASES.append(("Y013", "Castle Lees", "2025-06-10", "2025-12-16", [
    ("A", "yellow",
     "Ryan (18) and Chloe (17) split up in April; baby Ezra (9 months) lives with "
     "Chloe at her parents'. Ryan has Ezra every Saturday but Chloe's dad keeps "
     "cancelling at the last minute and the two of them have had words on the "
     "doorstep twice. Ryan has asked about mediation.",
     ["REL-CONF"],
     []),
    ("C", "blue",
     "Ryan and Chloe now sort handovers by text without her dad getting involved. "
     "They still disagree about Christmas and holidays but talk it through between "
     "themselves, and every Saturday for the last two months has gone ahead. Ryan "
     "says he'll go back to the mediation service if the cancelling starts again.",
     ["REL-CONF"],
     [("convention", "separated parents managing contact themselves = now managing, REL-CONF present in blue"),
      ("hypothetical", "'if the cancelling starts again'")]),
    ("C", "yellow",
     "Ryan was NEET when we met him. He started a Level 2 plastering course at "
     "Castle Lees College in September and his attendance there is 96%.",
     [],
     [("met", "NEET at referral, now on a course: EDU-NEET historical"),
      ("lookalike", "'attendance' at college, good news: no EDU-ATT")]),
]))

CASES.append(("Y014", "Harrowby", "2025-07-15", "2026-03-10", [
    ("A", "yellow",
     "Keeley (19) and Archie (3). Archie has Down's syndrome; Portage visit "
     "fortnightly and he uses about five signs and no words yet. The SENCO at his "
     "nursery has applied for an EHC needs assessment before he starts Reception.",
     ["PH", "EYD", "EDU-SEND"],
     [("convention", "under-5 speech/Portage = EYD (conv 9); EHC needs assessment via SENCO = EDU-SEND; disability = PH")]),
    ("A", "blue",
     "Keeley's partner Josh (22) works full time and does Archie's bath and bedtime. "
     "Keeley gets DLA for Archie and Carer's Allowance, and she has found a local "
     "parents' group online.",
     [],
     [("lookalike", "DLA and Carer's Allowance alone: no FIN, PH or CARER (conv 5)"),
      ("lookalike", "Keeley is a parent carer, not a young carer (conv 12)")]),
    ("C", "green",
     "Archie's EHCP was finalised in February; it names Harrowby Infants with a 1:1 "
     "from September. He now has about 20 signs.",
     ["EDU-SEND"],
     []),
]))

CASES.append(("Y015", "Fenwick Marsh", "2025-09-22", "2026-03-05", [
    ("A", "orange",
     "Police were called to the flat twice in August after neighbours heard "
     "screaming. The second time Brandon (19) had thrown a mug at Skye (17) while she "
     "was holding Cody. He was arrested and bailed not to contact her. Heard at MARAC "
     "on 4 September.",
     ["DA"],
     [("convention", "partner arrested for DV against the mother: DA only, not CRIME (conv 7)")]),
    ("C", "red",
     "At the March review Cody's CP plan ended and he steps down to a child in need "
     "plan. Brandon's trial for the assault is listed for May. Skye goes to the Steady "
     "Ground group on Tuesdays and her IDVA is preparing her to give evidence.",
     ["DA"],
     [("lookalike", "'trial for the assault' is DA, not CRIME (conv 7)")]),
    ("C", "yellow",
     "Skye re-enrolled at Fenwick College in January and Cody has a place in the "
     "college nursery. They share a bedroom with Skye's sister at her mum's, and Skye "
     "is on the housing register in band C.",
     ["HOUS"],
     [("met", "back at college: EDU-NEET not coded")]),
]))

CASES.append(("Y016", "Brindle Moor", "2025-03-17", "2025-08-28", [
    ("A", "green",
     "Megan (21) and Alfie (2 weeks). Alfie was readmitted on day 4 for phototherapy "
     "for jaundice and is home now, but he is still below his birth weight and the "
     "midwife is weighing him every other day.",
     ["PH"],
     []),
    ("A", "yellow",
     "Megan self-harmed and was under CAMHS at 15 but has had nothing to do with "
     "mental health services since she was 17. At the 10-day visit her EPDS score "
     "was high; she says she can't stop crying. The midwife has asked "
     "the FN to visit weekly.",
     ["MH-ADULT"],
     [("historical", "self-harm and CAMHS at 15: historical, and Megan is an adult parent - no MH-CHILD")]),
    ("C", "green",
     "Megan sees the GP monthly and is taking citalopram. Alfie is on the 50th "
     "centile and thriving.",
     ["MH-ADULT"],
     [("met", "Alfie's weight now fine: PH not coded")]),
]))

CASES.append(("Y017", "Castle Lees", "2025-06-04", "2025-12-09", [
    ("A", "yellow",
     "Connor (20) told the FN he owes about £2,000 on payday loans and betting apps, "
     "and he and Gemma (19) are two months behind with the rent. Connor says he "
     "doesn't drink or take drugs. Maisie is 6 months.",
     ["FIN"],
     [("convention", "gambling debts are FIN, not SUB (conv 10)"),
      ("negated", "denies drink and drugs")]),
    ("A", "orange",
     "The landlord served a section 21 notice on 2 June. The council's housing "
     "options team has accepted a prevention duty and is looking at other private "
     "lets with them.",
     ["HOUS"],
     []),
    ("C", "yellow",
     "Connor has signed up to the national self-exclusion scheme for gambling sites "
     "and is paying £60 a month into a debt plan set up with StepForward Money "
     "Advice.",
     ["FIN"],
     [("lookalike", "'self-exclusion' is not EDU-EXC")]),
]))

CASES.append(("Y018", "Harrowby", "2025-08-12", "2026-02-17", [
    ("A", "yellow",
     "Chantelle (17) is a care leaver living in supported lodgings with her son "
     "Tyrese (11 months). She hasn't been in education or training since Year 11 and "
     "her personal adviser is going through courses with her.",
     ["EDU-NEET"],
     [("lookalike", "care leaver / supported lodgings: not a code, no housing problem described")]),
    ("A", "blue",
     "Chantelle's older sister visits most weekends and babysits so Chantelle can go "
     "to the gym. The sister has depression herself but is a big support.",
     [],
     [("outside", "sister's depression: she lives elsewhere, no MH-ADULT")]),
    ("C", "yellow",
     "Chantelle started a traineeship at Harrowby Community Kitchen in January, four "
     "days a week. Tyrese's eczema is much better with the new cream but he is still "
     "reviewed by dermatology every three months.",
     ["PH"],
     [("met", "traineeship started: EDU-NEET not coded")]),
]))

CASES.append(("Y019", "Fenwick Marsh", "2025-05-20", "2025-11-04", [
    ("A", "orange",
     "Anonymous call to the front door: Lacey (18) seen taking ketamine at parties "
     "while baby Jaxon (8 months) was left with friends. Lacey admits using at "
     "weekends and has agreed to see Open Door. On our visit there were dirty nappies "
     "on the kitchen floor and no food in the cupboards.",
     ["SUB", "SAFE-NEG"],
     [("convention", "no food in the home without a food bank/voucher mention: SAFE-NEG only (conv 10)")]),
    ("C", "yellow",
     "Lacey says she hasn't used since July and her tests at Open Door are clear; she "
     "still goes every week for the relapse prevention group.",
     ["SUB"],
     [("convention", "use stopped but ongoing drug service support codes SUB (conv 4)")]),
    ("C", "green",
     "Flat clean and tidy on the last three visits, fridge stocked, and Jaxon has his "
     "own cot and clean clothes. He had his one-year review and jabs on time.",
     [],
     [("met", "home conditions now good: SAFE-NEG historical"),
      ("lookalike", "one-year review and jabs done on time, no need: no EYD/PH")]),
]))

CASES.append(("Y020", "Castle Lees", "2025-03-25", "2025-09-15", [
    ("A", "yellow",
     "Amy (19) finds it hard to keep Poppy (18 months) to any routine; her mum has "
     "written meal and nap times on the fridge but Amy doesn't stick to them and "
     "Poppy has no set bedtime.",
     ["REL-PAR"],
     []),
    ("A", "orange",
     "Amy's mum's partner Steve lives with them. He was arrested in March for "
     "assaulting a man outside a pub and is on bail. He drinks most days, and Amy says "
     "he shouts at her mum when he's had a drink; her mum has a bruise on her arm "
     "she won't talk about.",
     ["CRIME", "SUB", "DA"],
     [("convention", "Steve is a household member: assault on a stranger is CRIME; his abuse of Amy's mum is DA")]),
    ("C", "orange",
     "Steve moved out in June when Amy's mum ended it and he was given a suspended "
     "sentence for the pub assault. Amy's mum has a non-molestation order and the "
     "IDVA is still in touch with her.",
     ["DA"],
     [("outside", "Steve has left: his sentence and drinking are not coded (conv 6)"),
      ("convention", "non-mol order plus ongoing IDVA support: DA present")]),
]))

CASES.append(("Y021", "Brindle Moor", "2025-04-08", "2025-10-28", [
    ("A", "orange",
     "Stacey (20) has been on a methadone script from Brindle Recovery Service since "
     "she was 18 and is on a reducing dose, picking up daily from the chemist. Finn "
     "(6 weeks) spent ten days on the neonatal unit withdrawing and is still on oral "
     "morphine, which the outreach nurse is weaning down each week.",
     ["SUB", "PH"],
     [("lookalike", "morphine being 'weaned down' is PH, not EYD weaning")]),
    ("A", "green",
     "Stacey's partner Mike (24) says he has never used drugs; he works as a delivery "
     "driver and does most of the night feeds.",
     [],
     [("negated", "'never used drugs'"),
      ("lookalike", "working as a driver: not FIN (conv 5)")]),
    ("C", "orange",
     "Stacey is down to 20ml and still with the recovery service. Finn came off the "
     "morphine in May and is feeding well. Mike was arrested for drink driving in "
     "August and has lost his job; they are now claiming UC and are behind on the car "
     "finance.",
     ["SUB", "CRIME", "FIN"],
     [("met", "Finn off morphine: PH not coded"),
      ("convention", "Mike is a household adult: drink-driving arrest is CRIME; his job loss + arrears = FIN")]),
]))

CASES.append(("Y022", "Harrowby", "2025-03-18", "2025-09-23", [
    ("A", "red",
     "Precious (16) and Zion (4 months) were accommodated under s20 at Hawthorn Lodge "
     "mother-and-baby unit in February after her mum told her to leave. The unit's "
     "parenting assessment says she needs prompting to feed and change Zion and will "
     "leave him crying for long spells while she is on her phone; staff say she "
     "rarely talks to him or picks him up for a cuddle.",
     ["SAFE-NEG", "REL-PAR"],
     [("met", "told to leave home but now placed with Zion: HOUS not coded"),
      ("outside", "Precious's mum is outside the household: their falling out is not coded")]),
    ("A", "yellow",
     "Precious was in Year 11 at St Bede's and has not been back to school since "
     "Zion was born. The virtual school is arranging a tutor at the unit.",
     ["EDU-ATT"],
     [("convention", "16-year-old still of Year 11 school age not attending: EDU-ATT rather than EDU-NEET")]),
    ("C", "red",
     "Zion is on a child in need plan. He and Precious have moved to a parent-and-"
     "child foster placement, and the carers say Precious still needs reminding to "
     "do the night feeds. Her bond with him is now described as warm and playful.",
     ["SAFE-NEG"],
     [("met", "bond now warm: REL-PAR not coded"),
      ("lookalike", "'the carers' are foster carers, not CARER")]),
]))

CASES.append(("Y023", "Fenwick Marsh", "2025-06-18", "2025-11-25", [
    ("A", "green",
     "Nicole (18) has epilepsy and takes prescribed drugs for it. She had two "
     "seizures last month, one while she was holding Bella (5 months). Neurology "
     "have increased her dose and the FN has gone through safety plans such as "
     "changing Bella on the floor.",
     ["PH"],
     [("lookalike", "'prescribed drugs' for epilepsy is PH, not SUB")]),
    ("A", "yellow",
     "Nicole and Bella's dad Tom (19) are on and off. When they fall out he goes back "
     "to his mum's for a few days and they argue by text about money and who should "
     "be doing bath time. Nicole says there has never been any violence or "
     "name-calling.",
     ["REL-CONF"],
     [("negated", "no violence or name-calling: DA negated"),
      ("lookalike", "arguing 'about money' is not a money problem: no FIN")]),
    ("C", "blue",
     "Nicole is managing her epilepsy on the higher dose: she keeps a seizure diary "
     "on her phone and hasn't had a seizure since August.",
     ["PH"],
     [("convention", "epilepsy managed on medication = now managing, PH present in blue")]),
]))

CASES.append(("Y024", "Castle Lees", "2025-07-08", "2026-01-13", [
    ("A", "yellow",
     "Leah (17) lives with her mum Sharon, her sisters Maddie (11) and Grace (8) and "
     "her own baby Lily (10 months). Sharon has severe depression and some days "
     "doesn't get out of bed, so Leah gets the girls up, does their packed lunches "
     "and walks them to school before sorting Lily.",
     ["MH-ADULT", "CARER"],
     [("convention", "Leah caring for her sisters because her mum is ill = young carer; caring for Lily alone would not be")]),
    ("A", "orange",
     "Sharon is £2,300 behind with the rent and the housing association has served a "
     "notice seeking possession. There is often little food in the house; on two "
     "visits the girls said they'd had nothing since school dinner.",
     ["HOUS", "FIN", "SAFE-NEG"],
     [("convention", "hungry children = SAFE-NEG; rent arrears = FIN; possession notice = HOUS")]),
    ("A", "green",
     "Lily is meeting all her milestones and is still breastfed. Leah left Castle "
     "Lees College in March and isn't working.",
     ["EDU-NEET"],
     [("lookalike", "Lily's development is good news: no EYD")]),
    ("C", "orange",
     "The possession hearing was adjourned on terms and Sharon pays £15 a week "
     "towards the arrears through a Citizens Advice plan. There have been two food "
     "bank referrals since October.",
     ["HOUS", "FIN"],
     []),
    ("C", "yellow",
     "Sharon is back under the community mental health team and manages the school "
     "run three days a week; Leah still does the other two and goes to the young "
     "carers' group on Thursday evenings. Maddie has started seeing the school's "
     "wellbeing mentor because she worries about her mum all the time.",
     ["MH-ADULT", "CARER", "MH-CHILD"],
     [("convention", "Maddie (11) is a child of the household: her worry with a wellbeing mentor = MH-CHILD"),
      ("convention", "Sharon is the parent: MH-ADULT; Leah is both a young mum and a young carer")]),
]))

CASES.append(("Y025", "Brindle Moor", "2025-06-26", "2025-12-18", [
    ("A", "yellow",
     "Tayla (19) and Kai-Leigh (3). Kai-Leigh's dad is serving four years at HMP "
     "Ashgrove for dealing; Tayla has no contact with him and has told Kai-Leigh he "
     "is working away. Since Christmas Kai-Leigh hits Tayla and throws toys whenever "
     "she is told no.",
     ["REL-PAR"],
     [("outside", "dad in prison, outside household: no CRIME, no SUB"),
      ("convention", "a toddler hitting her mum is REL-PAR, not DA (conv 8)")]),
    ("A", "green",
     "Kai-Leigh has a place at Oak Tree Nursery but most weeks only comes to two of "
     "her five funded sessions. Staff say she is happy once she is there.",
     ["EYD"],
     [("lookalike", "poor nursery attendance for an under-5 is EYD (nursery take-up), not EDU-ATT")]),
    ("C", "blue",
     "Tayla is using the calm-down corner and reward chart from the parenting course "
     "and says the hitting has 'mostly stopped'.",
     ["REL-PAR"],
     [("convention", "'mostly stopped' with strategies in use = managing, REL-PAR present in blue")]),
]))

CASES.append(("Y026", "Harrowby", "2025-05-14", "2025-11-11", [
    ("A", "yellow",
     "Andreea (20) came from Romania last year and lives with her partner Florin (23) "
     "and their daughter Maria (7 months) in one room of a shared house, with damp "
     "round the window. Florin works cash-in-hand on building sites; some weeks there "
     "is no work and they have used the food bank twice.",
     ["HOUS", "FIN"],
     []),
    ("A", "green",
     "Maria hasn't had any immunisations since her 8-week ones because Andreea only "
     "registered with a GP last month. The HV has booked the catch-up jabs.",
     ["PH"],
     []),
    ("C", "green",
     "They moved to a two-bed flat with a private landlord in September. Maria is "
     "halfway through her catch-up immunisations, which should be finished by "
     "Christmas.",
     ["PH"],
     [("met", "moved to suitable flat: HOUS historical")]),
]))

CASES.append(("Y027", "Fenwick Marsh", "2025-11-19", "2026-04-14", [
    ("A", "yellow",
     "Evie (16) had Harper in October. Girls from her old year group have been "
     "posting photos of her and Harper in a group chat with nasty comments, and "
     "someone has set up a fake account in Evie's name. Police have given advice and "
     "Evie has blocked them all.",
     ["SAFE-EXP"],
     [("lookalike", "police advice to the victim is not CRIME (conv 7)")]),
    ("C", "blue",
     "School spoke to the other girls' parents and the group chat was closed down; "
     "nothing has been posted since January. Evie says she would go straight to the "
     "police if it started again.",
     [],
     [("historical", "bullying over since January: SAFE-EXP historical"),
      ("hypothetical", "'would go to the police if it started again'")]),
    ("C", "green",
     "Harper's 3-4 month HV review was fine. Evie has been feeling very low in the "
     "evenings and has seen her GP, who has referred her to talking therapies.",
     ["MH-ADULT"],
     [("convention", "16-year-old mother's low mood = MH-ADULT (she is the parent)")]),
]))

CASES.append(("Y028", "Castle Lees", "2025-05-27", "2025-10-07", [
    ("A", "green",
     "Ava-Rose (2) had six teeth taken out under general anaesthetic in April because "
     "of decay. She still goes to bed with a bottle of juice. The dentist wants to see "
     "her every three months.",
     ["PH"],
     []),
    ("A", "yellow",
     "Mum Jess (18) vapes constantly and smokes in the car with Ava-Rose; she says she "
     "has never touched drugs. Jess is on a Level 2 hairdressing apprenticeship but "
     "has missed a lot of days when Ava-Rose was sent home from nursery poorly, and "
     "the salon has given her a final warning.",
     ["EDU-NEET"],
     [("lookalike", "vaping and tobacco smoking are not SUB (conv 12)"),
      ("negated", "'never touched drugs'"),
      ("convention", "final warning on an apprenticeship = at risk of NEET, EDU-NEET present")]),
    ("C", "yellow",
     "Jess lost her apprenticeship in August and is getting employment support from "
     "the Castle Lees Youth Employment Hub. Ava-Rose now only has water at night.",
     ["EDU-NEET"],
     [("convention", "18-year-old NEET with employment support: EDU-NEET only, no FIN (conv 11)"),
      ("met", "juice bottle stopped: no PH stated")]),
]))


CASES.append(("Y029", "Harrowby", "2025-09-02", "2026-02-24", [
    ("A", "orange",
     "Kayla (17) has been reported missing by her mum four times since May, leaving "
     "Ruby-Mae (7 months) with her mum overnight. Police found her in a flat with two "
     "men in their thirties and have raised CSE concerns; she now has a worker from "
     "the Harbour Project.",
     ["SAFE-EXP"],
     [("lookalike", "police finding a missing young person is safeguarding, not CRIME (conv 7)")]),
    ("A", "yellow",
     "Kayla's mum Joanne is doing most of Ruby-Mae's care and says she can't keep "
     "doing nights around her hospital shifts. Kayla and Joanne shout at each other "
     "most days about Kayla going out.",
     ["REL-PAR"],
     [("lookalike", "Joanne's hospital shifts: not FIN, not PH"),
      ("convention", "young mum vs her own mum = parent-child, REL-PAR")]),
    ("C", "orange",
     "Kayla has had one missing episode since November, when she was found at a "
     "friend's house the next morning. Her Harbour Project worker still sees her every "
     "week.",
     ["SAFE-EXP"],
     []),
]))

# Unboxed case notes: (id, stage, date, locality, gold level from the level cues
# of convention 2, narrative, [gold codes], [traps])
UNBOXED = [
    ("U001", "assessment", "2025-03-12", "Fenwick Marsh", "green",
     "HV new birth visit. Destiny (18) and Kobe (12 days) live with Destiny's aunt. "
     "Kobe is still quite yellow and the GP has asked for a blood test for jaundice "
     "tomorrow. Destiny says she and Kobe's dad split up before the birth, there has "
     "been no contact since and there was never any violence.",
     ["PH"],
     [("lookalike", "'still quite yellow' (jaundice) is not a level word"),
      ("historical", "relationship ended before the birth, no contact since: no REL-CONF"),
      ("negated", "never any violence: DA negated"),
      ("convention", "cues: HV, GP only -> green")]),
    ("U002", "assessment", "2025-10-06", "Castle Lees", "yellow",
     "Young parents' worker home visit. Marcus (16) is in Year 11 at Castle Lees "
     "School and lives with his mum; his daughter Lexi (5 months) lives with her mum "
     "across town. He had a three-day suspension last week for swearing at a teacher "
     "and is now on report. Lexi's mum's family stopped him seeing Lexi after a row at "
     "her christening, and Marcus wants to try mediation.",
     ["EDU-EXC", "REL-CONF"],
     [("convention", "contact dispute between separated young parents = REL-CONF"),
      ("convention", "cues: young parents' worker, mediation -> yellow")]),
    ("U003", "assessment", "2025-11-20", "Brindle Moor", "orange",
     "TAF review. Abbie (19) lives with her son Theo (2), her mum and her sister "
     "Lauren (15). Lauren is open to CAMHS after cutting her arms in the summer. "
     "Theo's 2-year review with the HV found he has fewer than 20 words and he is on "
     "the waiting list for speech therapy. Abbie is doing well at work and says her "
     "own mood is fine.",
     ["MH-CHILD", "EYD"],
     [("negated", "Abbie's mood fine: no MH-ADULT"),
      ("convention", "Lauren (15) is a child of the household: CAMHS -> MH-CHILD"),
      ("convention", "cues: TAF, CAMHS -> orange")]),
    ("U004", "assessment", "2025-10-14", "Harrowby", "red",
     "Strategy discussion. Kyla (17) and Mia (6 weeks). Mia's dad Reece (19) came out "
     "of prison on licence in September and has moved back in with them, although his "
     "licence conditions say he must not live with children. Kyla has been drinking "
     "heavily at weekends and on Saturday left Mia overnight with a 13-year-old "
     "neighbour. s47 enquiries to be completed.",
     ["CRIME", "SUB", "SAFE-NEG"],
     [("convention", "adult on licence living in the household = CRIME (conv 7)"),
      ("convention", "cues: strategy discussion, s47 -> red")]),
    ("U005", "closure", "2026-02-09", "Castle Lees", "blue",
     "Closure phone call. Jodie (20) says things are going well. She is using a "
     "budgeting app her sister recommended and pays £20 a month off her catalogue "
     "debt. Her dad has Alfie-James on Mondays. Jodie said she would get back in "
     "touch if she fell behind with the rent again.",
     ["FIN"],
     [("hypothetical", "rent arrears only 'if she fell behind again'"),
      ("convention", "no service cue, own network and self-help -> blue; FIN present as now managing")]),
    ("U006", "assessment", "2025-09-17", "Harrowby", "green",
     "HV one-year review at home. Aria (12 months) says 'dada' but no other words and "
     "isn't pointing yet. HV gave Roxanne (18) ideas for talking to her during play "
     "and will review at 15 months. Aria's dad is in the Army and away until June; "
     "Roxanne says they video call every night.",
     ["EYD"],
     [("lookalike", "dad away with the Army, relationship fine: no REL-CONF"),
      ("convention", "cue: HV -> green")]),
    ("U007", "assessment", "2025-06-30", "Brindle Moor", "yellow",
     "Early help worker visit. Bethany (17) has an EHCP for dyslexia and autism and is "
     "on the childcare course at Brindle College; her annual review is next month and "
     "she wants crèche support for Jake written into the plan. Jake (10 months) wears "
     "a harness for hip dysplasia and is seen at the orthopaedic clinic every six "
     "weeks.",
     ["EDU-SEND", "PH"],
     [("convention", "17-year-old parent's EHCP at college = EDU-SEND"),
      ("convention", "cue: early help worker -> yellow")]),
    ("U008", "assessment", "2026-01-22", "Fenwick Marsh", "orange",
     "Note from housing officer. Reggie (21) and Amelia (19) and their son Oscar (2) "
     "have been served a possession notice by Castle Homes for £1,900 rent arrears, "
     "which built up after a mix-up over Reggie's earnings stopped their UC for three "
     "months. Amelia says there have been no arguments between them and the police "
     "have never been called to the flat.",
     ["HOUS", "FIN"],
     [("negated", "no arguments: REL-CONF negated"),
      ("negated", "police never called: no CRIME/DA, and not a level cue"),
      ("convention", "cue: possession notice -> orange")]),
]

LEVELS = ["blue", "green", "yellow", "orange", "red"]


def build():
    narr_rows, gold_rows, traps = [], [], {}

    def add(nid, tid, cid, stage, date, box, loc, text, codes, glevel, tr):
        narr_rows.append([nid, tid, cid, stage, date, box, loc, text])
        for c in codes:
            gold_rows.append([nid, c, glevel])
        traps[nid] = {
            "gold": codes,
            "gold_level": glevel if codes else None,
            "boxed": bool(box),
            "traps": [{"type": t, "note": n} for t, n in tr],
        }

    for cid, loc, adate, cdate, boxes in CASES:
        for st, lvl, text, codes, tr in boxes:
            stage = "assessment" if st == "A" else "closure"
            date = adate if st == "A" else cdate
            tid = "%s-%s" % (cid, st)
            nid = "%s-%s" % (tid, lvl)
            add(nid, tid, cid, stage, date, lvl, loc, text, codes, lvl, tr)
    for nid, stage, date, loc, glevel, text, codes, tr in UNBOXED:
        add(nid, nid, nid, stage, date, "", loc, text, codes, glevel, tr)

    # sort boxes of a triage blue..red, keep case order
    def key(r):
        return (0 if r[5] else 1, r[2], 0 if r[3] == "assessment" else 1,
                LEVELS.index(r[5]) if r[5] else 0)
    order = {r[0]: key(r) for r in narr_rows}
    narr_rows.sort(key=lambda r: order[r[0]])
    gold_rows.sort(key=lambda r: order[r[0]])

    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date",
                    "level", "locality", "narrative"])
        w.writerows(narr_rows)
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")

    # summary
    from collections import Counter
    cc = Counter(r[1] for r in gold_rows)
    tc = Counter(t["type"] for v in traps.values() for t in v["traps"])
    with_trap = sum(1 for v in traps.values()
                    if any(t["type"] != "convention" for t in v["traps"]))
    print("cases", len(CASES), "narratives", len(narr_rows),
          "boxed", len(narr_rows) - len(UNBOXED), "unboxed", len(UNBOXED))
    print("triages", len({r[1] for r in narr_rows if r[5]}),
          "gold rows", len(gold_rows),
          "no-code narratives", sum(1 for v in traps.values() if not v["gold"]))
    print("narratives with >=1 trap", with_trap)
    print("trap types", dict(sorted(tc.items())))
    print("codes", dict(sorted(cc.items())))
    print("gold levels", dict(Counter(r[2] for r in gold_rows)))


if __name__ == "__main__":
    build()
