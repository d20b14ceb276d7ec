#!/usr/bin/env python3
"""Blind gold set z103: rural health visiting / children's centre team, first person.

Written from /work/shared/taxonomy.md only (plus the devset README and the file
headers for format). Every narrative below is invented. Each entry holds the
narrative, its gold codes (status `present` only) and trap notes explaining the
decisions. Run: python3 build.py  -> writes narratives.csv, gold.csv, traps.json.
"""
import csv
import json
import os
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))

# case_id -> (locality, assessment date, closure date)
CASES = OrderedDict()
NARRATIVES = []  # dicts


def case(case_id, locality, a_date, c_date):
    CASES[case_id] = (locality, a_date, c_date)


def N(case_id, stage, level, text, codes, traps=(), note_level=None):
    """stage 'A' or 'C'; level = box level, or None for an unboxed note
    (then note_level = the single highest cue level in its text)."""
    NARRATIVES.append(dict(case_id=case_id, stage=stage, level=level, text=text,
                           codes=list(codes), traps=list(traps),
                           note_level=note_level))


# ---------------------------------------------------------------- Z001
case("Z001", "Ravensholme", "2025-04-08", "2025-09-16")
N("Z001", "A", "green",
  "6-8 wk check done at home. Isla (7 wks) is exclusively breastfed and back on her birth centile "
  "after a slow start. Mum (Kerry) scored 15 on the EPDS today and told me she cries most evenings, "
  "feels like she's 'going through the motions' with Isla and hasn't spoken to another adult apart "
  "from Dean for a fortnight. They're 11 miles out of Ravensholme, Dean takes the only car to the "
  "quarry and the bus runs twice a day. GP appt booked for Thurs, I've referred Kerry to the "
  "perinatal peer support group at the children's centre and will review in 2 wks.",
  ["MH-ADULT"],
  [("historical", "PH", "Isla 'back on her birth centile after a slow start': the weight dip is over (conv 3)."),
   ("not-coded", "EDU-EXC", "'exclusively breastfed' is a look-alike, not exclusion."),
   ("not-coded", None, "Rural isolation / one car / twice-daily bus is not itself a taxonomy area; it is context for the low mood.")])
N("Z001", "C", "blue",
  "Kerry still goes to the Tuesday group, drives herself now she's passed her test. Says the panicky "
  "feelings are rare now and she uses the breathing app when they come. Knows how to self-refer to "
  "Talking Therapies if things dip again.",
  ["MH-ADULT"],
  [("convention", "MH-ADULT", "Panicky feelings still occur ('rare now') and she manages them herself: 'now managing' in a blue box is present (conv 3). The self-referral clause alone would be hypothetical.")])
N("Z001", "C", "green",
  "Isla (5 mths) had her 8, 12 and 16 wk imms on time and her weight is tracking the 50th. Kerry asked "
  "me about starting solids so I went through the weaning leaflet with her and booked her onto the "
  "Introducing Solids session at Ravensholme CC.",
  ["EYD"],
  [("not-coded", "PH", "Imms on time and weight tracking: pure good news, no need stated (conv 3)."),
   ("convention", "EYD", "Weaning (an EYD term) being supported now by the HV/children's centre in a green box: coded present as universal help being used.")])

# ---------------------------------------------------------------- Z002
case("Z002", "Lower Brindle", "2025-05-13", "2025-11-04")
N("Z002", "A", "green",
  "2-2½ yr review at home. ASQ-3 below the cut off for communication and personal-social. Alfie "
  "(2y4m) has about 10 words, mostly points or pulls me to what he wants. Hearing screen at birth "
  "was clear. He isn't at nursery - Mum (Gemma) didn't know about the funded 2 yr old place, I've "
  "given her the code to apply.",
  ["EYD"],
  [("negated", "PH", "Hearing screen at birth was clear: no hearing problem stated.")])
N("Z002", "A", "orange",
  "Gemma told me Jordan has been drinking most days since he was laid off from the sawmill in Feb, "
  "8-10 cans a night. Last Saturday he punched the kitchen door and screamed in her face and she took "
  "both kids to her sister's in Kettleby overnight. Police weren't called. DASH done with me = medium "
  "risk, discussed with our safeguarding lead, IDVA referral made. Jordan has agreed to self-refer to "
  "the Brindle drug & alcohol service. The oil tank is nearly empty and they're heating one room with "
  "a plug-in heater.",
  ["SUB", "DA", "FIN"],
  [("not-coded", "CRIME", "Partner's violence towards Mum is DA only (conv 7); police were not called."),
   ("partial", "FIN", "FIN from the lost job (household worklessness) and the empty oil tank / heating one room (fuel poverty, conv 10).")])
N("Z002", "C", "yellow",
  "Jordan still seeing his key worker at the drug & alcohol service, Gemma says 10 wks without a drink. "
  "He's doing 3 days a week at the farm shop. Citizens Advice helped them get the UC sorted and a "
  "payment plan for the £380 oil bill, they're paying £30 a month. Alfie started at Little Acorns in "
  "Sept on his funded hours and is putting 2 words together.",
  ["SUB", "FIN"],
  [("convention", "SUB", "'10 wks without a drink' alone would read as over, but the ongoing key worker at the drug & alcohol service codes SUB (conv 4)."),
   ("convention", "FIN", "Still repaying the oil debt: a current debt (present)."),
   ("not-coded", "EYD", "Alfie starting nursery and joining words is reported as progress only; in a yellow box 'now managing' does not apply (conv 3) and no need is stated.")])

# ---------------------------------------------------------------- Z003
case("Z003", "Sedgecombe", "2025-02-19", "2025-08-27")
N("Z003", "A", "orange",
  "Unannounced visit after the midwife rang me worried. Baby Leo (3 wks) was asleep on the sofa wedged "
  "in between cushions while Mum (Shannon, 19) was upstairs in the shower. Dog mess on the kitchen "
  "floor, nappies spilling out of the bin, no clean bottles and only 2 scoops of formula left in the "
  "tin - Shannon said she'd been meaning to get more. Spoke to my named nurse and referral made to "
  "MASH same day.",
  ["SAFE-NEG"],
  [("convention", "SAFE-NEG", "Unsafe sleep (baby wedged on sofa, unsupervised), home conditions and almost no formula are all neglect/basic care (SAFE-NEG); no money problem is described so no FIN.")])
N("Z003", "A", "red",
  "Strategy meeting held this afternoon, s47 agreed. Shannon and Leo are staying with maternal aunt in Culverdale "
  "under a safety plan while the assesment is completed. Leo has dropped from the 25th to the 9th "
  "centile since birth - Shannon has been giving 2oz feeds 5-6 hourly. Partner Kyle (22), who stays "
  "most nights, has a conviction for ABH against a previous girlfriend in 2021; police report no "
  "call-outs to this address.",
  ["PH", "SAFE-NEG"],
  [("convention", "SAFE-NEG", "Baby underfed (2oz 5-6 hourly) = a hungry child / basic care (conv 10), alongside the weight drop (PH)."),
   ("historical", "CRIME", "Kyle's ABH conviction is from 2021 and ended; no current order or offending."),
   ("outside", "DA", "The ABH victim was a previous girlfriend outside this household; no abuse of Shannon described; 'no call-outs' negated.")])
N("Z003", "C", "yellow",
  "Stepped down from CIN in July. Shannon has her own HA flat in Sedgecombe, it's been clean every "
  "time I've called and Leo (6 mths) sleeps in his own cot. His weight is back on the 25th. She's "
  "halfway through the Baby Steps parenting course at the children's centre and asked if she can stay "
  "on for the young parents' group after.",
  ["REL-PAR"],
  [("convention", "REL-PAR", "An ongoing parenting course codes parenting capacity (conv 4)."),
   ("not-coded", "SAFE-NEG", "Clean flat and own cot are good news; 'now managing' only counts in blue/green boxes (conv 3)."),
   ("historical", "PH", "Weight back on the 25th: over.")])

# ---------------------------------------------------------------- Z004
case("Z004", "Culverdale", "2025-09-10", "2026-02-24")
N("Z004", "A", "yellow",
  "Dad (Marcus) is main carer for Ruby (14 mths) and Tyler (8) since Mum went back on nights at "
  "Hadleigh General. Marcus told me he's been signed off from the farm with depression since August "
  "and some days doesn't get dressed. Tyler has refused school on 9 days this half term - he gets very "
  "anxious in the mornings and cries at the gate. School have asked for an EHA, I'll do it jointly "
  "with our EHW.",
  ["MH-ADULT", "EDU-ATT", "MH-CHILD"],
  [("not-coded", "CARER", "Dad as 'main carer' is an adult; CARER is only a child who cares (conv 12)."),
   ("not-coded", "FIN", "Mum working nights and Dad signed off sick: no money problem described (conv 5).")])
N("Z004", "C", "blue",
  "Marcus is back at the farm on a phased return. He's still on sertraline and walks the dog every "
  "morning with Ruby in the sling, which he says 'keeps his head straight'.",
  ["MH-ADULT"],
  [("convention", "MH-ADULT", "Ongoing antidepressant and self-management in a blue box (conv 3, 4).")])
N("Z004", "C", "green",
  "Tyler's attendance since Christmas is 97% and school are happy. The school nurse runs a 'worry "
  "busters' group he goes to on Wednesdays. Ruby had her 1 yr imms in Oct.",
  ["MH-CHILD"],
  [("not-coded", "EDU-ATT", "97% with school happy is good news with no need stated in this text (conv 1, 3)."),
   ("historical", "PH", "Imms given in October: done."),
   ("convention", "MH-CHILD", "Ongoing school nurse worry group codes the child's emotional wellbeing (conv 4).")])

# ---------------------------------------------------------------- Z005
case("Z005", "Ravensholme", "2025-03-03", "2025-10-14")
N("Z005", "A", "orange",
  "At the 3-4 mth contact I asked the routine enquiry question while Ryan was at work. Mum (Chloe) said "
  "Ryan checks her phone, keeps her bank card and won't let her use the car. Two weeks ago he pinned "
  "her against the wall by her throat while she was holding Mia. DASH 16 = high risk. MARAC referal "
  "done today and police informed with Chloe's consent.",
  ["DA"],
  [("not-coded", "CRIME", "Partner's assault on Mum and police being informed are DA only (conv 7)."),
   ("not-coded", "FIN", "Keeping her bank card is economic abuse within DA, not a described debt or money problem.")])
N("Z005", "A", "yellow",
  "Chloe has no family round here, her parents are in Dumfries. She's got no money of her own and has "
  "been to the food bank at St Anne's twice. Mia (15 wks) is bottle fed, weight has dropped from the "
  "25th to the 9th centile. Referred to the Women's Aid outreach worker and I'm weighing Mia weekly.",
  ["FIN", "DA", "PH"],
  [("convention", "DA", "Women's Aid outreach is a DA service: the service implies the need (conv 4)."),
   ("convention", "FIN", "Food bank use is FIN (conv 10).")])
N("Z005", "C", "blue",
  "Ryan moved out in May, there's a non-mol in place till next May. Chloe finished the Freedom Programme "
  "in Sept, keeps her safety plan in her phone and has changed the locks. Her dad comes down from "
  "Dumfries every other weekend.",
  ["DA"],
  [("convention", "DA", "Non-molestation order in force and a live safety plan: the family is now managing DA (conv 3, blue). The finished Freedom Programme alone would be historical.")])

# ---------------------------------------------------------------- Z006
case("Z006", "Lower Brindle", "2025-06-02", "2025-12-09")
N("Z006", "A", "green",
  "Poppy (3y2m) is still in nappies day and night and screams if she's put on the potty. Mum (Leanne) "
  "asked for help so I've given her the ERIC toilet training pack and will ring in 3 wks. Poppy had 4 "
  "teeth out under GA in April because of decay and still goes to sleep with a bottle of juice.",
  ["EYD", "PH"],
  [("convention", "EYD", "Toileting for an under-5 is EYD (conv 9)."),
   ("convention", "PH", "The extractions are past, but the bedtime juice bottle is a current dental risk after decay: PH present.")])
N("Z006", "A", "yellow",
  "Poppy isn't using her funded hours - Leanne says the nursery in Brindle is full and the next one is in "
  "Kettleby, 7 miles and no bus. Referred to our CC outreach worker to help with an application and look "
  "at transport.",
  ["EYD"],
  [("convention", "EYD", "Nursery take-up (conv 9).")])
N("Z006", "C", "yellow",
  "Poppy now goes to Kettleby preschool 3 days a week, Leanne borrows her mum's car. Still very hard to "
  "settle - she clings and cries for 20 mins at drop off - and the preschool SENCo has started SEN "
  "support because she isn't yet playing alongside the other children. Dry in the day since Sept.",
  ["EYD", "EDU-SEND"],
  [("convention", "EDU-SEND", "SENCo involvement / SEN support is EDU-SEND even in a preschool; conv 9 moves only toileting, speech and nursery take-up of under-5s to EYD."),
   ("convention", "EYD", "Settling difficulty and not yet playing alongside peers are current early-years development needs."),
   ("partial", "EYD", "Toileting is over (dry since Sept); EYD is present for the settling and play needs only.")])

# ---------------------------------------------------------------- Z007
case("Z007", "Sedgecombe", "2025-01-21", "2025-07-08")
N("Z007", "A", "yellow",
  "Kayla (16) had baby Oscar 5 wks ago and lives with her mum Tracey and brother Jake (11). Kayla left "
  "Sedgecombe College in October at 30 wks pregnant and has no plans to go back. Oscar is feeding well "
  "on formula, 50th centile, Moses basket next to Kayla's bed. Referred to the Family Nurse Partnership.",
  ["EDU-NEET"],
  [("convention", "EDU-NEET", "16-year-old out of education with no plan: EDU-NEET only, no FIN (conv 11)."),
   ("not-coded", "PH", "Oscar feeding and weight are good news; safe sleep arrangement described positively.")])
N("Z007", "A", "orange",
  "Tracey has MS and uses a wheelchair indoors; her care package was cut in December. Jake makes tea "
  "most nights, helps her onto the toilet and has started doing Oscar's night bottles so Kayla can "
  "sleep. School say he's falling asleep in lessons and he's lost weight. Referred to ASC for a carers "
  "assessment and to the young carers service.",
  ["PH", "CARER"],
  [("convention", "CARER", "An 11-year-old doing personal care and baby care is a young carer.")])
N("Z007", "C", "yellow",
  "Jake goes to the Crossroads young carers club on Fridays. He still cooks the evening meal but "
  "Tracey's MS nurse has got agency carers doing the nights now. Kayla went back to college in April, "
  "2 days a week on the childcare course, and Oscar goes to the college creche.",
  ["CARER", "PH"],
  [("historical", "EDU-NEET", "Kayla back in college since April: the NEET status is over."),
   ("convention", "PH", "Tracey's MS care (MS nurse, night carers) is a current physical health need.")])

# ---------------------------------------------------------------- Z008
case("Z008", "Culverdale", "2025-07-15", "2026-01-13")
N("Z008", "A", "green",
  "Twins Archie and Freya, born at 32 wks, came home from the neonatal unit at Hadleigh 3 wks ago. Both "
  "on reflux meds, Freya on home oxygen overnight. Community neonatal nurse visits twice a week "
  "alongside my contacts.",
  ["PH"])
N("Z008", "A", "yellow",
  "Dad (Sam) gave up his job at the garage to help at home and Mum (Jess) is on SMP. They're £1,100 "
  "behind on the rent and the car failed its MOT so they have no way of getting to the twins' follow-up "
  "clinic at Hadleigh next week. Referred to Citizens Advice and applied for hospital travel costs.",
  ["FIN", "PH"],
  [("not-coded", "HOUS", "Rent arrears are FIN; no notice or threat to the tenancy is described."),
   ("convention", "PH", "A current risk of missing the twins' medical follow-up because of transport: PH (missed medical appointments)."),
   ("convention", "FIN", "SMP alone would not be FIN (conv 5); the arrears and Dad's worklessness are.")])
N("Z008", "C", "blue",
  "Sam is doing three mornings a week at the Culverdale garage. The landlord agreed £60 a month off "
  "the arrears and they've kept to it since October.",
  ["FIN"],
  [("convention", "FIN", "Paying off arrears = now managing, present in a blue box (conv 3).")])

# ---------------------------------------------------------------- Z009
case("Z009", "Lower Brindle", "2025-10-06", "2026-03-17")
N("Z009", "A", "orange",
  "Family are living in a static caravan on the farm where Dad (Piotr) works: Mum (Agnieszka), Piotr, "
  "Zofia (6) and Kacper (4 mths). Black mould on the wall by Kacper's cot and water running down the "
  "windows every morning. The farmer has given them written notice to be out by 30/11 as he's selling "
  "the field. Referred to district council housing options, homelessness prevention case opened.",
  ["HOUS"])
N("Z009", "A", "yellow",
  "Agnieszka (via Language Line) told me she feels very alone - no car, no bus stop within 2 miles, "
  "nearest Polish-speaking friend is in Hadleigh. GAD-7 score 17 and she cried for most of the visit. "
  "Referred to perinatal mental health with an interpreter. Zofia is in Yr 2 at Brindle Primary and her "
  "teacher has no worries about her.",
  ["MH-ADULT"],
  [("negated", "EDU-ATT", "Teacher has no worries about Zofia: nothing coded for school.")])
N("Z009", "C", "yellow",
  "Moved into a 2-bed housing association house in Brindle in January, dry and warm. Agnieszka still "
  "sees the perinatal team monthly and is on sertraline. Kacper has a viral wheeze and uses an inhaler "
  "with a spacer.",
  ["MH-ADULT", "PH"],
  [("historical", "HOUS", "Rehoused in January into a dry house: housing need over.")])

# ---------------------------------------------------------------- Z010
case("Z010", "Sedgecombe", "2025-04-22", "2025-10-28")
N("Z010", "A", "yellow",
  "Danielle and Liam sepperated in March after months of rows which the boys heard most nights. Both say "
  "there has never been any violence and nothing I've seen or heard suggests otherwise. Liam has Noah "
  "and Ethan every other weekend but they keep falling out at handovers in the Co-op car park. Offered "
  "family mediation, both accepted.",
  ["REL-CONF"],
  [("negated", "DA", "Violence explicitly denied and nothing suggests it; arguments between parents are REL-CONF (conv 8).")])
N("Z010", "A", "green",
  "Noah (4) starts Reception at Sedgecombe CE in Sept; nursery say he can't yet use the toilet on his own "
  "and has accidents most days. Ethan (7) has been wetting the bed since his dad moved out - Danielle "
  "will ask the school nurse about the enuresis clinic.",
  ["EYD", "PH"],
  [("convention", "EYD", "Under-5 toileting is EYD (conv 9)."),
   ("convention", "PH", "Bedwetting at school age (7) is PH (conv 9).")])
N("Z010", "C", "blue",
  "Mediation finished in July. Handovers are now at Liam's mum's house and they only message about the "
  "boys through a co-parenting app, which Danielle says stops it turning into an argument.",
  ["REL-CONF"],
  [("convention", "REL-CONF", "Mediation is over, but the parents are actively managing the separation conflict (app used so it doesn't become an argument): now managing, blue box (conv 3).")])

# ---------------------------------------------------------------- Z011
case("Z011", "Culverdale", "2025-05-28", "2026-01-20")
N("Z011", "A", "red",
  "ICPC 27/05: Bella (18 mths) and Kai (6) made subject to CP plans, category neglect. Mum (Stacey) "
  "tested positive for cocaine at Bella's paediatric appointment; she says it was a one-off at a party. "
  "Kai's attendance is 71% and school say he's often in without breakfast and asks staff for toast.",
  ["SAFE-NEG", "SUB", "EDU-ATT"],
  [("convention", "SUB", "A current positive test is a present concern; Mum's minimising ('one-off') is not a negation."),
   ("convention", "SAFE-NEG", "CP plan for neglect and a hungry child (conv 10).")])
N("Z011", "A", "orange",
  "Police came to the house on 10/05 after a neighbour complained about loud music at 3am, and "
  "Stacey's partner Craig was arrested for possession with intent to supply. He's on bail and still "
  "living at the address.",
  ["CRIME"],
  [("not-coded", "SUB", "Supplying drugs is offending (CRIME), not described misuse."),
   ("convention", "CRIME", "Offending by a household member (conv 7).")])
N("Z011", "A", "green",
  "Bella isn't walking yet at 18 mths and only bottom-shuffles - GP has referred to physio. She hasn't had "
  "her 1 yr imms and isn't registered with a dentist.",
  ["EYD", "PH"],
  [("convention", "EYD", "Motor delay of an under-5 is an early-years development need; the imms and dentist are PH.")])
N("Z011", "C", "yellow",
  "CP plans ended at the review conference in October, stepped down to EH. Stacey's hair strand test "
  "clear for 3 months and she still goes to the Tuesday recovery group. Kai's attendance this term is "
  "89%, just under the persistent absence line.",
  ["SUB", "EDU-ATT"],
  [("convention", "SUB", "Clear test is good news but the ongoing recovery group codes SUB (conv 4)."),
   ("historical", "SAFE-NEG", "CP plans ended in October; no current neglect described.")])
N("Z011", "C", "green",
  "Bella walking since Sept and her imms are all caught up. She's on the waiting list for an NHS dentist "
  "in Brindle.",
  ["PH"],
  [("historical", "EYD", "Walking since Sept: over."),
   ("convention", "PH", "Awaiting an NHS dentist: an awaited service codes its area (conv 4); imms catch-up itself is over.")])

# ---------------------------------------------------------------- Z012
case("Z012", "Lower Brindle", "2025-03-25", "2025-09-30")
N("Z012", "A", "yellow",
  "Mum (Naomi) had an emergency section with a big bleed and spent 2 days in ICU. Since coming home she "
  "has flashbacks, won't go near the hospital and cancelled her 6 wk GP check. Partner Chris says he's "
  "constantly checking on her and baby Orla and can't switch off at work. Referred Naomi to the maternal "
  "mental health service (birth trauma pathway).",
  ["MH-ADULT", "PH"],
  [("convention", "PH", "Cancelled postnatal GP check = missed medical appointment (PH)."),
   ("not-coded", "FIN", "Chris at work: nothing about money.")])
N("Z012", "A", "green",
  "Riley (6) has an EHCP for autism and goes to the resource base at Brindle Primary by taxi. Naomi says "
  "his sleep has got much worse since Orla came - he's up at 3am most nights.",
  ["EDU-SEND", "PH"],
  [("convention", "PH", "Sleep problems at school age are PH (conv 9).")])
N("Z012", "C", "blue",
  "Naomi finished her sessions with the MMHS in Aug. She drove past the hospital last week without a "
  "panic attack and uses the grounding techniques when a flashback comes. Riley is sleeping through most "
  "nights on melatonin.",
  ["MH-ADULT", "PH"],
  [("convention", "MH-ADULT", "Sessions finished, but flashbacks still come and she manages them: now managing (conv 3)."),
   ("convention", "PH", "Ongoing melatonin for sleep (conv 4).")])

# ---------------------------------------------------------------- Z013
case("Z013", "Sedgecombe", "2025-06-17", "2026-01-06")
N("Z013", "A", "orange",
  "Callum (15), Mum's eldest, was brought home by police twice in May after being found with older lads "
  "setting fires at the old quarry. He's had a youth caution and is now open to YOS. Mum (Jodie) says he "
  "smokes weed in his room most nights and she can't stop him.",
  ["CRIME", "SUB"],
  [("convention", "CRIME", "ASB by a young person, youth caution and YOS (conv 7)."),
   ("convention", "SUB", "Young person's cannabis use is misuse; conv 12 (drugs on an exploited child) does not apply.")])
N("Z013", "A", "yellow",
  "Jodie has baby Amelia (5 mths) and is exhausted. Callum swears at her, and when she took his phone "
  "last week he shoved her into the door frame and punched a hole in his bedroom door. Police not called. "
  "I'm booking Jodie onto the Parenting Teens course at the Sedgecombe hub.",
  ["REL-PAR"],
  [("not-coded", "DA", "Child-to-parent violence is REL-PAR, not DA (conv 8)."),
   ("negated", "CRIME", "No police involvement for this incident, so REL-PAR only (conv 8)."),
   ("not-coded", "MH-ADULT", "'Exhausted' is not described as a mental health difficulty.")])
N("Z013", "C", "yellow",
  "Callum finished with YOS in Nov and hasn't been in trouble since; he's doing a bricklaying course at "
  "college. Jodie says they still row about him coming in late, but she's using the stuff from the course "
  "and there's been no more pushing.",
  ["REL-PAR"],
  [("historical", "CRIME", "YOS finished, no trouble since: over (conv 3)."),
   ("convention", "REL-PAR", "Parent-child rows continue (conv 8); the pushing is over.")])

# ---------------------------------------------------------------- Z014
case("Z014", "Culverdale", "2025-09-23", "2026-03-10")
N("Z014", "A", "green",
  "2 yr review. Lily (2y3m) has a handful of words and a dummy in all day. Mum (Carly) says she's on "
  "YouTube on the tablet for a lot of the day. Went through Tiny Happy People ideas and we agreed Carly "
  "will try dropping the daytime dummy; review in 8 wks.",
  ["EYD"])
N("Z014", "A", "yellow",
  "Carly's eldest Brooke (13) has been off most Mondays and Fridays, atendance 78%. She showed Carly "
  "messages in her year group chat calling her names and telling her to kill herself. School have asked "
  "our family worker to get involved.",
  ["EDU-ATT", "SAFE-EXP"],
  [("convention", "SAFE-EXP", "Online bullying by peers is a need of the child (SAFE-EXP)."),
   ("not-coded", "MH-CHILD", "'kill herself' is in the peers' messages; Brooke's own mood or self-harm is not described.")])
N("Z014", "C", "yellow",
  "Brooke moved to Culverdale Academy on a managed move in January and has been in 93% of the time since. "
  "She still sees the school counsellor weekly about the group chat stuff, which has stopped. Lily "
  "(2y9m) is joining words now and starts Little Owls preschool after Easter.",
  ["EDU-EXC", "MH-CHILD"],
  [("convention", "EDU-EXC", "The managed move is the current school arrangement (taxonomy lists managed move under EDU-EXC)."),
   ("historical", "SAFE-EXP", "The group chat bullying 'has stopped'."),
   ("not-coded", "EYD", "Lily's speech progress and preschool start are reported as good news in a yellow box.")])

# ---------------------------------------------------------------- Z015
case("Z015", "Ravensholme", "2025-11-11", "2026-04-14")
N("Z015", "A", "yellow",
  "Cottage is off mains gas and the oil ran out a week ago. Mum (Sian) is burning logs on the open fire "
  "and the kids (Osian 4, Nia 5 mths) are sleeping in their coats under extra blankets. Single glazing, "
  "and the landlord still hasn't fixed the rotten bedroom window frame. Dad (Gareth) is a self-employed "
  "shearer with no work till spring. Nia was admitted with bronchiolitis last month and is still "
  "coughing. Applied to the community trust's fuel fund and referred to Warm Homes.",
  ["FIN", "HOUS", "PH"],
  [("not-coded", "SAFE-NEG", "Children in coats because the oil ran out is fuel poverty (FIN, conv 10), not neglect of care."),
   ("convention", "HOUS", "Landlord disrepair (rotten window frame).")])
N("Z015", "A", "blue", "N/A", [],
  [("not-coded", None, "Box says N/A: no codes.")])
N("Z015", "C", "blue",
  "Sian is paying back the £250 emergency oil loan at £25 a month and has joined the lane's oil buying "
  "club. Gareth is back shearing. Landlord replaced the window in Feb.",
  ["FIN"],
  [("convention", "FIN", "Repaying a debt = now managing (conv 3)."),
   ("historical", "HOUS", "Window replaced in Feb: over.")])

# ---------------------------------------------------------------- Z016 (unboxed notes)
case("Z016", "Sedgecombe", "2025-06-03", "2025-11-25")
N("Z016", "A", None,
  "Tel call from Tasha, 34 wks pregnant. She left her partner in Hadleigh a month ago and she and her 2 "
  "children are sleeping in one room at her mum's 2-bed flat. She's been told her case is going to MARAC "
  "on Thurs. Asked our family support worker to pick her up and I'll do the antenatal contact next wk.",
  ["HOUS", "DA"],
  [("convention", None, "Unboxed: highest cue is MARAC -> orange (conv 2)."),
   ("convention", "HOUS", "Mother and two children sharing one room = overcrowding.")],
  note_level="orange")
N("Z016", "C", None,
  "Closing summary. Tasha and the kids were offered a 3-bed council house in Sedgecombe in Oct. Jaxon "
  "born 14/7, well and breastfeeding. Tasha did the Freedom Programme with Women's Aid over the summer and "
  "has had no contact from the ex since June. Her anxiety came back after the birth and she's on the "
  "waiting list for the perinatal team.",
  ["MH-ADULT"],
  [("historical", "DA", "Freedom Programme completed and 'no contact since June': over (conv 3)."),
   ("historical", "HOUS", "Rehoused in October."),
   ("convention", "MH-ADULT", "Awaiting the perinatal mental health team codes the area (conv 4)."),
   ("convention", None, "Unboxed: highest cue is one extra service (Women's Aid / perinatal team) -> yellow (conv 2).")],
  note_level="yellow")

# ---------------------------------------------------------------- Z017
case("Z017", "Culverdale", "2025-02-04", "2025-07-22")
N("Z017", "A", "green",
  "Dad (Wayne) is bringing up Evie (3) and Harry (9 mths) on his own since their mum went to prison in "
  "January. Evie hasn't been to nursery since - it's 2 miles along the B road with no pavement and Wayne "
  "has no car. Harry's weight and imms are fine.",
  ["EYD"],
  [("outside", "CRIME", "Mum is in prison and outside the household: her offending is not coded (conv 6)."),
   ("negated", "PH", "Harry's weight and imms fine.")])
N("Z017", "A", "orange",
  "Evie has started hitting Harry and is very clingy, asking for Mummy all day. Wayne told me he lost his "
  "temper last week and smacked her leg and felt awful. He gave up his delivery job to look after them and "
  "is waiting on UC, and he's taken out a payday loan for the rent. Talked to our safeguarding lead - below "
  "CP threshold, so early help TAF agreed and referral to the Barnardo's service for children with a "
  "parent in prison.",
  ["REL-PAR", "MH-CHILD", "FIN"],
  [("convention", "REL-PAR", "Child's behaviour at home and Dad's physical chastisement are parenting issues."),
   ("convention", "MH-CHILD", "Evie's distress at separation from Mum and a support service for it.")])
N("Z017", "C", "yellow",
  "Evie sees the Barnardo's worker monthly to help with her feelings about Mum being away and they've set "
  "up video calls to the prison. The hitting has stopped. Wayne's UC is in payment but he's still paying "
  "off the loan at £50 a month. Evie is back at nursery - a mum from the village gives them a lift.",
  ["MH-CHILD", "FIN"],
  [("historical", "REL-PAR", "'The hitting has stopped'."),
   ("not-coded", "EYD", "Back at nursery: good news in a yellow box.")])

# ---------------------------------------------------------------- Z018
case("Z018", "Lower Brindle", "2025-07-01", "2025-12-02")
N("Z018", "A", "green",
  "Joint visit with the Smile4Life dental nurse: Jayden (3) has visible decay on his front teeth and "
  "screams when they're brushed. Mum (Laura) says he still has a bottle of milk in the night. He's also "
  "not had his pre-school booster, Laura isn't sure about vaccines after something she read online - gave "
  "her the NHS info and she'll speak to the practice nurse.",
  ["PH"])
N("Z018", "A", "yellow",
  "Laura's partner Kieran is on probation for stealing from a farm machinery yard last year and has to "
  "report in Hadleigh every week. Laura works evenings behind the bar at the Plough.",
  ["CRIME"],
  [("convention", "CRIME", "A household adult on probation is CRIME (conv 7)."),
   ("not-coded", "FIN", "Working evenings is not FIN (conv 5).")])
N("Z018", "C", "blue",
  "Kieran's probation order ends next month and he's kept every appointment. Jayden's had 2 fillings and "
  "is down to water at night.",
  ["CRIME"],
  [("convention", "CRIME", "The order is still running and being complied with: present (now managing) in a blue box."),
   ("historical", "PH", "Fillings done, milk bottle stopped: over.")])

# ---------------------------------------------------------------- Z019
case("Z019", "Sedgecombe", "2025-10-20", "2026-04-21")
N("Z019", "A", "orange",
  "Mum (Rachel) has bipolar disorder and stopped her lithium when she found out she was pregnant. Partner "
  "Ollie says for 3 days she's been 'buzzing', talking non-stop and spending on online shopping - £2,000 on "
  "credit cards this month. Crisis team visiting daily and the perinatal psychiatrist is coming tomorrow. "
  "Baby Theo (6 wks) being cared for by Ollie and his mum.",
  ["MH-ADULT", "FIN"],
  [("convention", "FIN", "New credit card debt from manic spending is a current money problem.")])
N("Z019", "A", "yellow",
  "Ollie's boss has given him 2 weeks' carer's leave. He's worried about the mortgage if Rachel can't go "
  "back to work but says they're fine for now. Referred him to the Carers Centre for support in his own "
  "right.",
  [],
  [("hypothetical", "FIN", "Mortgage worry only 'if Rachel can't go back'; 'fine for now'."),
   ("not-coded", "CARER", "Ollie is an adult carer; CARER is for a child who cares (conv 12).")])
N("Z019", "C", "green",
  "Rachel back on a mood stabiliser and seen by the perinatal team every 2 wks. Theo (6 mths) weaning well "
  "and sleeping in his cot in their room.",
  ["MH-ADULT"],
  [("not-coded", "EYD", "'Weaning well' is progress with no need or help described."),
   ("not-coded", "SAFE-NEG", "Safe sleep described positively; no concern.")])

# ---------------------------------------------------------------- Z020
case("Z020", "Culverdale", "2025-04-29", "2025-11-18")
N("Z020", "A", "green",
  "Visited the family at the Culverdale Lane site. Baby Mary (10 wks) wasn't registered with a GP as the "
  "surgery wanted proof of address - I rang the practice manager and she's now registered. Her 8 wk imms "
  "are overdue, practice nurse booked for Mon.",
  ["PH"])
N("Z020", "A", "yellow",
  "Johnny (11) and Patrick (9) are on roll at Culverdale Primary but have hardly been in since February half term when "
  "the family went over to Ireland for a funeral - attendance 58%. The Traveller Education Service are "
  "involved and doing a home visit with me next week.",
  ["EDU-ATT"])
N("Z020", "C", "green",
  "Mary had all her primary imms by Oct. Patrick back in school, 91% this term. Johnny moved up to Yr 7 at "
  "Sedgecombe High but hasn't been in since half term; the school are doing a home visit.",
  ["EDU-ATT"],
  [("historical", "PH", "Imms completed by October."),
   ("partial", "EDU-ATT", "Patrick's 91% is good news, but Johnny's non-attendance is present.")])

# ---------------------------------------------------------------- Z021
case("Z021", "Ravensholme", "2025-01-14", "2025-08-05")
N("Z021", "A", "yellow",
  "Kirsty (23) has a learning disability and lives with partner Dan, who works long shifts on the dairy "
  "farm, and Tilly (20 mths). Tilly isn't walking or saying any words yet; community paed has diagnosed "
  "global developmental delay and Portage started weekly visits in Jan. Kirsty finds it hard to keep to a "
  "routine - meals at odd times and Tilly often isn't in bed till gone midnight. I'm weighing Tilly monthly "
  "as she's dropped to the 2nd centile.",
  ["EYD", "REL-PAR", "PH"],
  [("convention", "PH", "PH is present from Tilly's weight drop; Mum's learning disability alone would be an arguable PH call."),
   ("convention", "REL-PAR", "Routines (meals, bedtime) are parenting capacity.")])
N("Z021", "C", "yellow",
  "Tilly (2y3m) is walking with a frame and started at the specialist nursery in Ravensholme 3 days a week "
  "with 1:1 support. Portage has closed. EHC needs assessment underway.",
  ["EDU-SEND", "PH"],
  [("convention", "EDU-SEND", "EHC needs assessment and 1:1 support = SEND, even under 5 (conv 9 only moves toileting/speech/nursery take-up to EYD)."),
   ("convention", "PH", "Walking with a frame = a current physical disability."),
   ("not-coded", "EYD", "No development, speech, toileting or take-up need is described here; Portage has closed.")])
N("Z021", "C", "blue",
  "Kirsty uses a picture timetable on the fridge for meals, bath and bed, and Tilly's usually asleep by 8.",
  ["REL-PAR"],
  [("convention", "REL-PAR", "Mum managing the routine herself: now managing in a blue box (conv 3).")])

# ---------------------------------------------------------------- Z022 (unboxed notes)
case("Z022", "Lower Brindle", "2025-05-20", "2025-10-07")
N("Z022", "A", None,
  "Call from Brindle Primary DSL - Maddie (7) told her teacher 'Daddy squeezed Mummy's neck and the baby "
  "was crying'. I rang Mum (Zoe), who said it was 'just an argument'. Strategy discussion held this "
  "afternoon with police and CSC, s47 to follow. I'm visiting baby Ava (4 wks) tomorrow jointly with the SW.",
  ["DA"],
  [("not-coded", "REL-CONF", "An 'argument' that is part of abuse is DA only (conv 8)."),
   ("not-coded", "CRIME", "Partner's violence towards Mum is DA only (conv 7)."),
   ("convention", None, "Unboxed: strategy discussion / s47 -> red (conv 2).")],
  note_level="red")
N("Z022", "C", None,
  "Closing to universal HV service. Ben moved out in June and only sees the girls at the contact centre, "
  "supervised. Zoe is halfway through the Freedom Programme and takes Ava to the Brindle stay and play. "
  "Maddie sees the school ELSA weekly because she gets very worried when Mum is out of sight.",
  ["DA", "MH-CHILD"],
  [("convention", "DA", "Ongoing Freedom Programme codes DA (conv 4)."),
   ("convention", "MH-CHILD", "Maddie's worry and weekly ELSA support."),
   ("convention", None, "Unboxed: HV/school are green, the Freedom Programme is one extra service -> yellow (conv 2).")],
  note_level="yellow")

# ---------------------------------------------------------------- Z023
case("Z023", "Sedgecombe", "2025-09-02", "2026-02-10")
N("Z023", "A", "orange",
  "Mason (12) was permanently excluded from Sedgecombe High in July for persistent disruption and swearing "
  "at staff and is now at the PRU in Hadleigh, an hour each way on the minibus. He's on the ADHD pathway "
  "and CAMHS have seen him once. Mum (Nicola) is worried he's being drawn in by older lads who deal in "
  "town - he goes out late on his bike and comes back with new trainers.",
  ["EDU-EXC", "EDU-SEND", "MH-CHILD", "SAFE-EXP"],
  [("convention", "EDU-EXC", "Permanent exclusion in July with the resulting PRU placement current: a recent exclusion still shaping his schooling is coded present."),
   ("convention", "EDU-SEND", "On the ADHD pathway (conv 4)."),
   ("convention", "MH-CHILD", "CAMHS involvement (conv 4)."),
   ("convention", "SAFE-EXP", "Current risk of criminal exploitation named by Mum.")])
N("Z023", "A", "green",
  "Baby Kacey (7 mths) wakes 4-5 times a night and will only settle on the breast. Nicola is shattered. "
  "Went through a sleep plan and the gradual retreat method with her.",
  ["PH"],
  [("convention", "PH", "Sleep is PH (taxonomy PH covers sleep); not EYD."),
   ("not-coded", "MH-ADULT", "'Shattered' = tired, not a mental health difficulty.")])
N("Z023", "C", "orange",
  "Mason's still at the PRU, on a part-time timetable of mornings only. ADHD diagnosed in Dec and he's "
  "started on medication. In January he was reported missing overnight and police found him in a car "
  "with older youths 20 miles away; referred to the county exploitation team.",
  ["EDU-ATT", "EDU-SEND", "SAFE-EXP"],
  [("not-coded", "CRIME", "Police finding a missing child is safeguarding, not CRIME (conv 7)."),
   ("not-coded", "EDU-EXC", "This text does not mention exclusion or behaviour; a PRU placement alone is not an EDU-EXC term (conv 1)."),
   ("convention", "EDU-ATT", "Part-time timetable."),
   ("convention", "EDU-SEND", "ADHD diagnosis and medication are coded as SEND, not PH.")])

# ---------------------------------------------------------------- Z024
case("Z024", "Culverdale", "2025-05-06", "2025-10-21")
N("Z024", "A", "yellow",
  "Mum (Hollie) has found out partner Josh has run up about £6k on betting apps and they're 2 months "
  "behind on council tax. She's having panic attacks. Josh has self-excluded through GAMSTOP and has a "
  "first appointment with GamCare on Weds.",
  ["FIN", "MH-ADULT"],
  [("not-coded", "SUB", "Gambling debts are FIN, not SUB (conv 10)."),
   ("not-coded", "EDU-EXC", "'self-excluded' from gambling is a look-alike.")])
N("Z024", "A", "green",
  "9-12 mth review for Finley (10 mths): waving, pulling to stand, babbling lots. No concerns re feeding, "
  "sleep or weight.",
  [],
  [("negated", "PH", "No concerns re feeding, sleep or weight."),
   ("not-coded", "EYD", "Development review all fine: good news only.")])
N("Z024", "C", "blue",
  "Josh still goes to his GamCare group on Wednesday nights and they're on a StepChange debt plan at £120 "
  "a month. Council tax is up to date.",
  ["FIN"],
  [("convention", "FIN", "Debt plan being paid = now managing (conv 3). The gambling support group has no code of its own (not SUB, conv 10).")])

# ---------------------------------------------------------------- Z025 (unboxed notes)
case("Z025", "Ravensholme", "2025-02-11", "2025-09-23")
N("Z025", "A", None,
  "HV visit with our nursery nurse. Oliver (2y6m) has no words, doesn't respond to his name, lines his cars "
  "up and gets very distressed with noise. Mum (Priya) says Dad (Arjun) thinks he's just a late talker. "
  "I've asked the GP to refer to the community paediatrician for an autism assessment and I've referred to "
  "Portage. Priya OK in herself, no low mood.",
  ["EYD", "EDU-SEND"],
  [("convention", "EYD", "Under-5 speech (no words) is EYD (conv 9)."),
   ("convention", "EDU-SEND", "Referral for an autism assessment is listed under EDU-SEND."),
   ("negated", "MH-ADULT", "'no low mood'."),
   ("convention", None, "Unboxed: HV/GP green, Portage yellow -> yellow (conv 2).")],
  note_level="yellow")
N("Z025", "C", None,
  "Oliver (3y1m) was diagnosed with autism in July. He's at Ravensholme nursery with inclusion funding and "
  "the SENCo is applying for an EHC needs assessment. Our family support worker helped Priya with the DLA "
  "form. Arjun says he's struggled with the diagnosis and has started counselling through work for low "
  "mood.",
  ["EDU-SEND", "MH-ADULT"],
  [("not-coded", "FIN", "DLA named with no money problem (conv 5)."),
   ("not-coded", "EYD", "Nursery is attended; the needs described are SEND (SENCo, EHC assessment)."),
   ("convention", None, "Unboxed: family support worker -> yellow (conv 2).")],
  note_level="yellow")

# ---------------------------------------------------------------- Z026
case("Z026", "Sedgecombe", "2025-08-19", "2026-02-17")
N("Z026", "A", "orange",
  "Landlord served a section 21 notice to end the tenancy on 15/10 as he's selling. Mum (Donna) has rung "
  "every letting agent in Sedgecombe - nothing under £900 pcm and her LHA is £650. Housing options have "
  "accepted a prevention duty. Lottie (2y1m) had her 1 yr imms last month after 3 cancelled apointments as "
  "Donna couldn't get there.",
  ["HOUS"],
  [("historical", "PH", "Imms were given last month; the missed appointments are over."),
   ("not-coded", "FIN", "The gap between LHA and market rents is an affordability barrier to rehousing (HOUS); no debt or benefit problem described.")])
N("Z026", "A", "yellow",
  "Donna has fibromyalgia and gets PIP. Kyle (12) does the shopping and gets Lottie dressed and fed before "
  "school; he's been late 14 times this term. Referred to the young carers service.",
  ["PH", "CARER", "EDU-ATT"],
  [("not-coded", "FIN", "PIP alone is not FIN (conv 5); PH comes from the fibromyalgia, not the benefit.")])
N("Z026", "C", "yellow",
  "Family moved into an adapted council bungalow in Sedgecombe in Nov. Kyle still goes to young carers on "
  "Tuesdays but does less at home now Donna has carers twice a day for her personal care. Lottie started "
  "at Sedgecombe nursery in Jan.",
  ["CARER", "PH"],
  [("historical", "HOUS", "Rehoused in November."),
   ("convention", "PH", "A twice-daily personal care package and an adapted home describe a current disability (PH) even though no condition is named."),
   ("not-coded", "EYD", "Nursery start is good news.")])

# ---------------------------------------------------------------- Z027
case("Z027", "Culverdale", "2025-06-10", "2026-03-03")
N("Z027", "A", "red",
  "Lacey (8 wks) on a CP plan, neglect, and the LA has started PLO pre-proceedings. A paramedic called by a "
  "neighbour found Mum (Gina) asleep and smelling of alcohol with Lacey alone on the bed beside her. Gina "
  "has agreed to daily breathalysers and is on the waiting list for the drug and alcohol service.",
  ["SUB", "SAFE-NEG"])
N("Z027", "A", "orange",
  "Gina's ex-partner (not Lacey's dad) got out of prison in May after serving 2 years for assaulting her and "
  "has been seen in the village. Gina is terrified. Assessed as high risk, MARAC on 19/06.",
  ["DA"],
  [("outside", "CRIME", "The ex is outside the household; his offending is not CRIME, its effect on Gina is DA (conv 6, 7).")])
N("Z027", "C", "blue",
  "Pre-proceedings ended in Jan with NFA. Gina is 8 months sober, goes to AA in Culverdale on Sundays and "
  "keeps her safety plan by the door. The ex is on licence with a condition not to enter Culverdale.",
  ["SUB", "DA"],
  [("convention", "SUB", "'8 months sober' alone would be over, but she is still attending AA (ongoing support, conv 4; now managing, conv 3)."),
   ("convention", "DA", "Live safety plan against the ex: now managing (conv 3)."),
   ("outside", "CRIME", "The ex on licence is outside the household (conv 6, 7).")])

# ---------------------------------------------------------------- Z028
case("Z028", "Ravensholme", "2025-10-14", "2026-03-24")
N("Z028", "A", "green",
  "Zara (2y5m) hears Urdu at home and English at nursery. Mum (Sana) worried she's behind with talking, but "
  "she has over 50 words across both languages and is joining two together. Reassured Sana this is typical "
  "for a bilingual child - no referral needed.",
  [],
  [("negated", "EYD", "Assessed as typical, no referral needed: the speech worry is negated.")])
N("Z028", "A", "yellow",
  "Dad (Imran) drives lorries and is away Mon-Fri. Sana told me that on bad days she has thoughts of not "
  "wanting to be here. No plan, and she says the children keep her going. Spoke to GP the same day - urgent "
  "appt arranged - and referred to the Mind perinatal project.",
  ["MH-ADULT"])
N("Z028", "C", "blue",
  "Sana says the dark thoughts went after a few weeks on medication, which she's still taking, and she's "
  "made friends at the Urdu-speaking mums' group at the CC.",
  ["MH-ADULT"],
  [("convention", "MH-ADULT", "Thoughts have gone, but the treatment is ongoing (conv 4).")])

# ---------------------------------------------------------------- Z029
case("Z029", "Lower Brindle", "2025-02-25", "2025-09-09")
N("Z029", "A", "green",
  "Dad (Neil) has epilepsy and his prescribed drugs were changed in Jan after two seizures, so he can't drive "
  "for a year and there's no other driver. They're 4 miles out of Brindle, no Sunday bus. Baby Ruby "
  "(14 wks) missed her 12 wk imms and her hip scan at Hadleigh.",
  ["PH"],
  [("not-coded", "SUB", "'prescribed drugs' for epilepsy is a look-alike, not substance misuse.")])
N("Z029", "A", "yellow",
  "Mum (Claire) is worried sick about money since Neil lost his delivery job - UC claim in but the first "
  "payment isn't till April. They've used the Brindle food bank twice. The fridge was almost empty when I "
  "visited and Claire admitted she's been skipping meals so the kids can eat.",
  ["FIN", "SAFE-NEG"],
  [("convention", "SAFE-NEG", "Empty fridge is SAFE-NEG and the food bank is FIN: both when both are described (conv 10)."),
   ("not-coded", "MH-ADULT", "'worried sick' is an idiom about money, not a described mental health need.")])
N("Z029", "C", "green",
  "Ruby's caught up her imms and the hip scan was normal. Neil's seizures are well controlled on the new "
  "tablets and he's hoping to get his licence back in Jan.",
  ["PH"],
  [("convention", "PH", "Neil's epilepsy managed on medication: now managing (conv 3). Ruby's items are over.")])

# ---------------------------------------------------------------- Z030
case("Z030", "Sedgecombe", "2025-07-08", "2025-12-30")
N("Z030", "A", "yellow",
  "Megan (20) and Tyler (21) aren't together but Tyler has Jasper (7 mths) every Saturday. They argue about "
  "money for nappies and milk and Megan has refused the handover twice. Megan says Tyler has never been "
  "violent or threatening. Referred them both to the co-parenting sessions at Hadleigh Family Hub.",
  ["REL-CONF"],
  [("negated", "DA", "Never violent or threatening."),
   ("not-coded", "FIN", "The dispute is about who pays; no shortage of money is described.")])
N("Z030", "A", "blue",
  "Megan says she would ring her mum or the police if Tyler ever turned up drunk for a handover. Her mum "
  "lives 2 doors away.",
  [],
  [("hypothetical", "SUB", "Only 'if Tyler ever turned up drunk'; he is also outside the household (conv 6)."),
   ("hypothetical", "DA", "No abuse described; a contingency only.")])
N("Z030", "C", "blue",
  "They finished the co-parenting sessions in Oct and both say they no longer argue about money - they split "
  "costs on a shared spreadsheet.",
  [],
  [("historical", "REL-CONF", "'no longer argue': the conflict is described as over (conv 3); contrast Z010-C-blue where managing is ongoing.")])

# ---------------------------------------------------------------- Z031 (unboxed notes)
case("Z031", "Culverdale", "2025-04-15", "2025-08-26")
N("Z031", "A", None,
  "CC drop-in. Beth came in upset with Charlie (4) and baby Elsie (3 mths). She said partner Mark has been "
  "controlling since Elsie was born - won't let her see friends, calls her useless in front of the kids. "
  "DASH standard risk. With her consent referred to the Culverdale DA outreach service and I'll see her "
  "here next week as her family support worker.",
  ["DA"],
  [("convention", None, "Unboxed: DA outreach service / family support worker -> yellow (conv 2).")],
  note_level="yellow")
N("Z031", "C", None,
  "Beth and the children moved in with her mum in Culverdale after Mark was arrested for assaulting her in "
  "June. He's on bail not to contact her, the IDVA is involved and it went to MARAC. Charlie (4) starts "
  "Reception next week and is still having daytime wee accidents at nursery.",
  ["DA", "EYD"],
  [("not-coded", "CRIME", "Partner's arrest for assaulting Mum is DA only (conv 7)."),
   ("convention", "EYD", "Charlie is 4 and at nursery: toileting is EYD (conv 9)."),
   ("not-coded", "HOUS", "Moving in with her mum is not described as homelessness or overcrowding."),
   ("convention", None, "Unboxed: arrest / MARAC -> orange (conv 2).")],
  note_level="orange")

# ---------------------------------------------------------------- Z032
case("Z032", "Ravensholme", "2025-11-25", "2026-04-21")
N("Z032", "A", "orange",
  "At the 6-8 wk visit Dad (Rhys) told me that since losing 40 ewes to bluetongue he's been drinking whisky "
  "every night, the farm overdraft is maxed out and he's thought about ending things. He holds a shotgun "
  "certificate - with his agreement his brother has taken the guns. Same-day GP; crisis team assessed him "
  "that evening and he's been referred to the rural mental health worker.",
  ["MH-ADULT", "SUB", "FIN"])
N("Z032", "A", "green",
  "Baby Elin (7 wks) well, breastfed and gaining. Mum (Ffion) EPDS 5. Rhys's mum lives in the farmhouse "
  "across the yard, has dementia, and Ffion pops over twice a day to do her tablets.",
  [],
  [("outside", "PH", "Grandmother lives in a separate house: outside the household (conv 6)."),
   ("not-coded", "CARER", "Ffion is an adult carer (conv 12)."),
   ("not-coded", "MH-ADULT", "EPDS 5 is a low score; no mood concern stated.")])
N("Z032", "C", "blue",
  "Rhys is still on antidepressants and has a monthly chat with his Farming Community Network volunteer. "
  "He says he hasn't had a drink since Feb. Guns still at his brother's.",
  ["MH-ADULT"],
  [("historical", "SUB", "'hasn't had a drink since Feb' is over (conv 3), and no alcohol service is ongoing."),
   ("convention", "MH-ADULT", "Ongoing antidepressants (conv 4).")])


# ======================================================================
LEVELS = ["blue", "green", "yellow", "orange", "red"]


def main():
    narr_rows, gold_rows, traps = [], [], OrderedDict()
    for n in NARRATIVES:
        loc, a_date, c_date = CASES[n["case_id"]]
        triage = "%s-%s" % (n["case_id"], n["stage"])
        stage = "assessment" if n["stage"] == "A" else "closure"
        date = a_date if n["stage"] == "A" else c_date
        if n["level"]:
            nid = "%s-%s" % (triage, n["level"])
            glevel = n["level"]
        else:
            nid = "%s-note" % triage
            glevel = n["note_level"]
        narr_rows.append([nid, triage, n["case_id"], stage, date, n["level"] or "", loc, n["text"]])
        for code in n["codes"]:
            gold_rows.append([nid, code, glevel])
        if n["traps"]:
            traps[nid] = [dict(type=t, code=c, note=x) for (t, c, x) in n["traps"]]

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

    print("cases:", len(CASES))
    print("narratives:", len(narr_rows),
          "(boxed %d, unboxed notes %d)" % (sum(1 for r in narr_rows if r[5]), sum(1 for r in narr_rows if not r[5])))
    print("triages: assessment %d, closure %d" % (
        len({r[1] for r in narr_rows if r[3] == "assessment"}), len({r[1] for r in narr_rows if r[3] == "closure"})))
    print("narratives with no gold rows:", sum(1 for r in narr_rows if r[0] not in {g[0] for g in gold_rows}))
    print("gold rows:", len(gold_rows))
    cc = Counter(g[1] for g in gold_rows)
    print("per code:", ", ".join("%s %d" % (k, cc[k]) for k in sorted(cc)))
    lc = Counter(g[2] for g in gold_rows)
    print("per level:", ", ".join("%s %d" % (k, lc[k]) for k in LEVELS))
    print("narratives with traps:", len(traps), "trap entries:", sum(len(v) for v in traps.values()))


if __name__ == "__main__":
    main()
