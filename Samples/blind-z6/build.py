#!/usr/bin/env python3
"""Blind hand-coded gold set z6: families touched by the criminal justice system
and domestic abuse services. Every narrative, its gold codes and trap notes are
written by hand below. Standard library only.
Writes narratives.csv, gold.csv and traps.json next to this file."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# CASES: case_id -> locality, assessment date, closure date, boxes
# box = (stage 'A'/'C', level, text, [gold codes], [(trap_type, note), ...])
# trap types: negated, historical, hypothetical, outside_household, lookalike,
#             need_met, convention
CASES = []

def case(cid, loc, a_date, c_date, boxes):
    CASES.append(dict(cid=cid, loc=loc, dates={'A': a_date, 'C': c_date}, boxes=boxes))

case('J001', 'Ashbrook', '2025-02-10', '2025-07-14', [
 ('A', 'green',
  "Maisie (4) started at Little Acorns nursery in January but is only brought to 2 of her 3 sessions most weeks. HV says her speech is behind for her age – mainly single words and pointing – and has referred to SALT. Tyler (8) can now read a whole sentence on his own, which Mrs Patel at Hillcrest Primary is really pleased about.",
  ['EYD'],
  [('lookalike', "'sentence' is Tyler's reading, not a prison sentence"),
   ('convention', "Tyler's reading progress is good news with no need stated: not coded")]),
 ('A', 'yellow',
  "Craig (dad) got 3 years in November for a robbery and is at HMP Coldharbour. Since he went, Tyler has been tearful at bedtime, keeps asking if dad is 'locked up forever' and is wetting the bed most nights. Danielle has lost Craig's wage, has had to claim UC and owes £640 on the electric. EHW to do some direct work with Tyler about dad's absence and help Danielle with a budget.",
  ['MH-CHILD', 'PH', 'FIN'],
  [('outside_household', "Craig is in prison, outside the household: his robbery is not CRIME"),
   ('convention', "bedwetting at school age is PH (conv 9)")]),
 ('C', 'blue',
  "Danielle takes both children to HMP Coldharbour every other Saturday and claims the travel back through the assisted prison visits scheme. She set up a repayment plan with the energy company at £25 a month and hasn't missed a payment. Tyler's bedwetting stopped around Easter.",
  ['FIN'],
  [('historical', "bedwetting 'stopped around Easter': PH not coded"),
   ('outside_household', "prison visits to dad are not CRIME"),
   ('convention', "paying off arrears in a blue box = FIN present (conv 3)")]),
])

case('J002', 'Kelham Vale', '2025-03-03', '2025-09-22', [
 ('A', 'yellow',
  "Lee (Shannon's partner) was released from HMP Ravensmoor on licence in February and has moved back in with Shannon and Kaiden. He is tagged with a 7pm curfew and sees his probation officer every week. Kaiden and Lee are clashing at home – Kaiden won't do anything Lee asks and slammed his bedroom door off its hinges last week. Shannon feels stuck in the middle.",
  ['CRIME', 'REL-PAR'],
  [('convention', "adult on licence living in the household = CRIME (conv 7)")]),
 ('A', 'orange',
  "Kaiden (13) had a 5-day suspension from Brookmere Academy in February for fighting and the school have raised a managed move. On 21/2 police brought him home at 1am after finding him with a group of older lads on the Dunmore estate; Shannon thinks he is being used to carry things for them.",
  ['EDU-EXC', 'SAFE-EXP'],
  [('convention', "police bringing a child home is safeguarding, not CRIME (conv 7)")]),
 ('C', 'yellow',
  "Lee's licence ended in August without any recall and he is now working for a roofing firm. Kaiden has been on a managed move to Hollins Park School since June; settling, but two detentions this half term for answering back.",
  ['EDU-EXC'],
  [('historical', "licence ended in August: CRIME not coded")]),
])

case('J003', 'Stoneleigh', '2025-01-20', '2025-08-11', [
 ('A', 'orange',
  "Aisha fled with the children to her sister's after Marcus put his hands round her throat on 4/1. He was arrested and charged and is on bail not to contact her or enter Stoneleigh. DASH high risk, heard at MARAC on 15/1 and an IDVA from Safer Futures is allocated. Aisha and the children are now in temporary accommodation at the Grange hostel.",
  ['DA', 'HOUS'],
  [('convention', "partner's arrest, charge and bail for the assault on mum = DA only, not CRIME (conv 7)")]),
 ('A', 'yellow',
  "Zara (6) hides under the table whenever there is a knock at the door and her class teacher says she has gone very quiet and withdrawn. Aisha says she is on edge all the time and can't concentrate; the GP has started her on sertraline for anxiety.",
  ['MH-CHILD', 'MH-ADULT'],
  []),
 ('A', 'green',
  "Idris (2) is now registered with the health visiting team in the new area and his 2-year review is booked for February. No developmental concerns at his last check.",
  [],
  [('negated', "'no developmental concerns': EYD not coded")]),
 ('C', 'yellow',
  "Non-molestation order granted in April for 12 months. Marcus was convicted in June and given a community order which includes a probation-run perpetrator programme. Aisha has finished the Freedom Programme and still sees her IDVA monthly.",
  ['DA'],
  [('outside_household', "Marcus's conviction and probation are not CRIME for this household")]),
])

case('J004', 'Marshgate', '2025-04-07', '2025-11-03', [
 ('A', 'orange',
  "Kerry is on a 12-month community order for shoplifting with probation supervision. She is on a methadone script through Pathways and admits using heroin on top 'now and again'. Ellie (15) does most of the cooking and gets Jack to school most mornings. On the home visit there was very little food in and the kitchen floor was covered in dog mess.",
  ['CRIME', 'SUB', 'CARER', 'SAFE-NEG'],
  []),
 ('A', 'yellow',
  "Jack (10) is on 86% attendance at Marshgate Primary, nearly all Mondays. Ellie's attendance at Kelham High is good, but she told her head of year she is scared mum will 'go back to prison' and she isn't sleeping.",
  ['EDU-ATT', 'MH-CHILD', 'PH'],
  [('negated', "Ellie's attendance is good"),
   ('hypothetical', "mum 'going back to prison' is a fear, not an event"),
   ('convention', "sleep problems at school age = PH (conv 9)")]),
 ('C', 'yellow',
  "Kerry finished her community order in October. Still on methadone but reducing, and her last eight weekly tests have been clear of street drugs. Ellie has been linked with Marshgate Young Carers and goes to their Tuesday group.",
  ['SUB', 'CARER'],
  [('historical', "community order finished: CRIME not coded"),
   ('convention', "methadone script codes SUB even with clear tests (conv 4)")]),
])

case('J005', 'Ashbrook', '2025-05-12', '2025-12-01', [
 ('A', 'orange',
  "Reece (16) was arrested on 2/5 for a robbery at knifepoint and is on bail with a tag and a 7pm–7am curfew; open to Ashbrook YOS. Joanne has found £300 in cash and two phones that aren't his in his room and thinks he owes money to older males.",
  ['CRIME', 'SAFE-EXP'],
  []),
 ('A', 'yellow',
  "Reece left Brookmere Academy last July and hasn't started college, an apprenticeship or any training since. He says he'll 'sort something out' after the summer. Joanne works full time at the hospital.",
  ['EDU-NEET'],
  [('convention', "16+ NEET is EDU-NEET only; mum works, so no FIN (conv 11)")]),
 ('C', 'orange',
  "Referral order of 12 months given in September and YOS see Reece weekly. Exploitation concerns continue – NRM referral in October, and he was missing overnight twice in November, found both times by police in Marshgate.",
  ['CRIME', 'SAFE-EXP'],
  [('convention', "police finding him when missing is safeguarding; CRIME comes from the referral order")]),
])

case('J006', 'Kelham Vale', '2025-06-02', '2025-12-08', [
 ('A', 'yellow',
  "Gary was released on licence in May after serving half of a 4-year sentence for possession with intent to supply class A. He is back living with Leanne and the three children and reports to probation in Kelham every Tuesday. He says he has never used drugs himself and all his licence tests have been negative.",
  ['CRIME'],
  [('negated', "never used drugs, tests negative: SUB not coded"),
   ('lookalike', "drug supply offence is CRIME, not SUB")]),
 ('A', 'orange',
  "Callum (14) has been in two fights at Kelham High since his dad came home and was suspended for 2 days last week. Police were called to the house on 24/5 when Callum punched a hole in the door and shoved Leanne into the banister during a row about his phone; no further action.",
  ['EDU-EXC', 'REL-PAR', 'CRIME'],
  [('convention', "child-to-parent violence with police = REL-PAR + CRIME, not DA (conv 8)")]),
 ('C', 'orange',
  "Callum is open to YOS after a youth caution in September for assaulting Leanne. He still gets physical with her when he's told no, and Leanne has a safety plan for herself and the two younger ones. Gary remains on licence and is compliant; he has work as a delivery driver and the family haven't needed the food bank since.",
  ['CRIME', 'REL-PAR'],
  [('convention', "child-to-parent violence is REL-PAR, not DA, despite 'safety plan' (conv 8)"),
   ('historical', "food bank no longer needed: FIN not coded")]),
])

case('J007', 'Stoneleigh', '2025-02-24', '2025-07-07', [
 ('A', 'yellow',
  "Becky and Dean split up in October and can't agree on the children's time with him – he wants 50/50, she wants alternate weekends. Handovers in the Asda car park have turned into shouting matches in front of Lola (7) and Finley (4). Becky has applied for a child arrangements order and Dean keeps saying he'll 'go for custody'. Both were asked separately and neither describes any violence, threats or controlling behaviour.",
  ['REL-CONF'],
  [('negated', "no violence, threats or control: DA not coded"),
   ('lookalike', "'custody' means residence of the children, not prison")]),
 ('A', 'blue',
  "Becky works 20 hours at the garden centre, her hours fit round school and she has put money aside for the court fee. If the court case drags on she thinks she might need help with childcare costs. Her dad does the Wednesday pick-up.",
  [],
  [('convention', "good news about work and money with no need stated: nothing coded"),
   ('hypothetical', "'if the court case drags on ... might need help': FIN not coded")]),
 ('C', 'blue',
  "Child arrangements order made in June – alternate weekends and Wednesday tea with dad. Handovers now happen at Dean's mum's house; Becky says they're civil and the children know the plan from the calendar on the fridge.",
  ['REL-CONF'],
  [('convention', "separated parents now managing contact in a blue box = REL-CONF present (conv 3)")]),
])

case('J008', 'Marshgate', '2025-03-17', '2025-10-06', [
 ('A', 'orange',
  "Jordan (dad) was remanded to HMP Ravensmoor in February charged with burglary; trial listed for September. The tenancy is in his name only and the landlord has now served a section 21. Natalie is £1,100 behind on the rent since his wages stopped.",
  ['HOUS', 'FIN'],
  [('outside_household', "Jordan is on remand, outside the household: burglary charge not CRIME")]),
 ('A', 'yellow',
  "Natalie found out after the arrest that Jordan had been using cocaine heavily for months. She doesn't drink or use anything herself. Her anxiety has come back – panic attacks in the supermarket – and she is on the Talking Therapies waiting list via her GP. Poppy (11) cries in class when other children talk about their dads.",
  ['MH-ADULT', 'MH-CHILD'],
  [('outside_household', "Jordan's cocaine use: he is outside the household, SUB not coded (conv 6)"),
   ('negated', "Natalie doesn't drink or use")]),
 ('C', 'yellow',
  "Jordan was convicted in September and got 2½ years. Natalie has asked the landlord to put the tenancy in her name; the section 21 is on hold while he decides. She is on a payment plan and the arrears are down to £400.",
  ['HOUS', 'FIN'],
  [('outside_household', "Jordan's conviction is not CRIME for the household")]),
])

case('J009', 'Ashbrook', '2025-09-08', '2026-02-02', [
 ('A', 'orange',
  "Paul was arrested at the house on 14/8 after assaulting Tracey in front of Jade (14). He is on bail with conditions not to come to the address or contact Tracey. Since then Jade has been cutting her arms and was seen by the CAMHS crisis team on 1/9.",
  ['DA', 'MH-CHILD'],
  [('convention', "partner's arrest and bail for the assault on mum = DA only (conv 7)")]),
 ('A', 'yellow',
  "Jade is staying out until 11pm, swearing at Tracey and has twice thrown things at her when told to come in. Tracey struggles to put limits in place because Jade blames her for dad going. Jade is on a mornings-only timetable at St Aldhelm's for the next four weeks.",
  ['REL-PAR', 'EDU-ATT'],
  [('convention', "child throwing things at mum = REL-PAR, not DA; no police so no CRIME (conv 8)")]),
 ('C', 'orange',
  "Paul pleaded guilty in December and got a suspended sentence and a restraining order. He has since breached it twice by messaging Tracey on Instagram and police are investigating. Jade is still open to CAMHS with a review in March.",
  ['DA', 'MH-CHILD'],
  [('convention', "ex-partner's breach of a restraining order = DA only, not CRIME (conv 7)")]),
])

case('J010', 'Kelham Vale', '2025-04-28', '2025-10-13', [
 ('A', 'yellow',
  "Sarah has MS and uses a wheelchair when she goes out. Since her husband Rob was sent to prison in January, Ethan (12) has been helping her with her tablets, the shopping and getting dressed most mornings. He has been late to Kelham High 11 times this half term.",
  ['PH', 'CARER', 'EDU-ATT'],
  [('outside_household', "Rob is in prison: no CRIME")]),
 ('A', 'green',
  "Sarah gets PIP and ESA and says they have no money worries. Ethan speaks to his dad most evenings on the prison phone and has a visit booked for his birthday.",
  [],
  [('convention', "benefit names alone are not FIN, PH or CARER (conv 5)"),
   ('negated', "'no money worries'"),
   ('outside_household', "phone calls and visits to dad in prison are not CRIME")]),
 ('C', 'blue',
  "Sarah's MS has been more stable and a home carer now comes each morning, so Ethan no longer helps her get dressed, but he still collects her prescriptions and goes to Kelham Young Carers on Fridays.",
  ['PH', 'CARER'],
  [('lookalike', "'home carer' is an adult paid carer; CARER comes from Ethan's caring and the young carers group"),
   ('convention', "MS being managed in a blue box = PH present (conv 3)")]),
])

case('J011', 'Stoneleigh', '2025-06-16', '2025-12-15', [
 ('A', 'orange',
  "Gemma has a non-molestation order against her ex, Ryan, which runs until January. He breached it in May by waiting at Mia's school gate and was arrested. Heard at MARAC on 10/6. Ryan has now applied to the family court for contact with both children.",
  ['DA'],
  [('convention', "breach and arrest of the ex = DA only, not CRIME (conv 7)"),
   ('convention', "contact application by the abusive ex is part of the DA picture, not REL-CONF")]),
 ('A', 'yellow',
  "Alfie (3) has about 10 words and often doesn't respond to his name; Portage referral made. Gemma says she has been too anxious to leave the house, so Alfie has only been to his nursery sessions twice since Easter.",
  ['EYD', 'MH-ADULT'],
  []),
 ('C', 'yellow',
  "Contact with Ryan is now supervised fortnightly at the Harbour contact centre under an interim order. Mia (9) comes back unsettled and clingy and has told her teacher she's scared he'll 'take her away'. Gemma is doing the Freedom Programme on Thursday mornings.",
  ['DA', 'MH-CHILD'],
  [('convention', "Freedom Programme codes DA (conv 4); supervised contact after DA is not REL-CONF")]),
])

case('J012', 'Marshgate', '2025-07-21', '2026-01-19', [
 ('A', 'orange',
  "Kieran (17) came out of Ashfield YOI on 1/7 after a 6-month DTO and is serving the community part under YOS supervision. He's back home with Michelle and his brother Owen (11). He smokes cannabis every day and says it 'keeps him level'. He has no college or training place lined up for September.",
  ['CRIME', 'SUB', 'EDU-NEET'],
  []),
 ('A', 'green',
  "Owen's GP has referred him for an ADHD assessment and he has SEN support at Marshgate Primary for his reading.",
  ['EDU-SEND'],
  []),
 ('C', 'yellow',
  "Kieran's DTO finished in December. He's now at Marshgate College doing plastering four days a week and attends well. He has cut the cannabis down to weekends and sees the young people's drug worker at Turnaround every fortnight.",
  ['SUB'],
  [('historical', "DTO finished: CRIME not coded"),
   ('need_met', "now in college and attending well: EDU-NEET not coded")]),
])

case('J013', 'Ashbrook', '2025-05-19', '2025-11-24', [
 ('A', 'yellow',
  "Chantelle (mum) was released on licence in April to a hostel in Marshgate. Ruby (10) and Jake (7) live with maternal gran Pat, their kinship carer under an SGO, and see Chantelle at Pat's every Saturday. Pat (68) is exhausted, her knees are bad, and she can't get Jake to stay in bed – he's up and down till 10pm and kicks off when she insists.",
  ['PH', 'REL-PAR'],
  [('outside_household', "Chantelle is on licence but lives at a hostel, not in the household: no CRIME"),
   ('lookalike', "'kinship carer' is an adult: not CARER (conv 12)")]),
 ('A', 'green',
  "Ruby told the school nurse at Thornfield Primary that she feels sick with worry before the Saturday visits; the nurse is now seeing her weekly.",
  ['MH-CHILD'],
  []),
 ('C', 'green',
  "Chantelle's licence was revoked in October and she has been recalled to prison. Pat told the children with help from school. Ruby still sees the school nurse every week and Jake's teacher says he has been more settled.",
  ['MH-CHILD'],
  [('outside_household', "mum's recall: she is outside the household, no CRIME"),
   ('convention', "Jake 'more settled' is good news: not coded")]),
])

case('J014', 'Kelham Vale', '2025-10-06', '2026-03-09', [
 ('A', 'yellow',
  "Steve was stopped over the limit in August and is due in court in November; he's expecting to lose his licence. He was sacked from his job as a delivery driver as a result. Claire says he's drinking 6–8 cans most nights now he's home all day and they argue constantly about money. Asked on her own, Claire says Steve has never been violent or controlling and she isn't frightened of him.",
  ['CRIME', 'SUB', 'FIN', 'REL-CONF'],
  [('negated', "never violent or controlling: DA not coded"),
   ('lookalike', "'licence' here is a driving licence")]),
 ('C', 'yellow',
  "Claire and Steve have had four sessions of couple counselling through the Reducing Parental Conflict programme and say the rows are less frequent. They still owe £1,800 on a credit card they used while Steve was out of work.",
  ['REL-CONF', 'FIN'],
  [('historical', "Steve being out of work is past; FIN is from the current card debt")]),
 ('C', 'blue',
  "Steve had six sessions with Kelham Alcohol Service, keeps a drinks diary on his phone and says he's down to a few beers at the weekend. He started at a warehouse in January and is on a three-month probation period.",
  ['SUB'],
  [('lookalike', "'probation period' at work is not CRIME"),
   ('convention', "drinking being managed with a diary in a blue box = SUB present (conv 3)")]),
])

case('J015', 'Stoneleigh', '2025-08-18', '2026-02-23', [
 ('A', 'orange',
  "Anthony (dad) came home on HDC on 28/7 with a tag and a 7pm–7am curfew and is on licence until February. He and Lisa say things are calm between them and there have been no police call-outs to the address since he came home. Jayden (6) saw Anthony arrested in a dawn raid last year and still screams and hides if he sees a police car; school have referred him to CAMHS.",
  ['CRIME', 'MH-CHILD'],
  [('negated', "no police call-outs since he came home"),
   ('historical', "the arrest was last year; the trauma is current (MH-CHILD)")]),
 ('A', 'yellow',
  "Jayden has been sent home at lunchtime three times this term for kicking staff and had a one-day suspension on 10/7. The SENCO at Thornfield Primary is putting together a request for an EHC needs assessment.",
  ['EDU-EXC', 'EDU-SEND'],
  []),
 ('C', 'yellow',
  "The tag came off in January and Anthony's licence ends next week. Jayden has seen CAMHS twice and is on their waiting list for play therapy. EHCP issued naming Thornfield; no exclusions this term.",
  ['CRIME', 'MH-CHILD', 'EDU-SEND'],
  [('convention', "licence has not yet ended (ends next week): still an adult on licence, CRIME present"),
   ('negated', "no exclusions this term: EDU-EXC not coded")]),
])

case('J016', 'Marshgate', '2025-09-29', '2026-03-16', [
 ('A', 'orange',
  "The flat next door is being used to deal from and there are people on the landing at all hours; police have raided it twice. Rachel says one of the men offered Liam (13) £50 to 'hold a bag' and a neighbour has seen him getting into cars with them.",
  ['SAFE-EXP'],
  [('outside_household', "neighbours' dealing and the raids are not CRIME or SUB for this family")]),
 ('A', 'yellow',
  "Rachel has asked the council for a management transfer because of the ASB on the block and the housing officer is looking at it. Their own flat is well kept and the rent is up to date.",
  ['HOUS'],
  [('outside_household', "ASB is by others: no CRIME; its effect on the family is HOUS (conv 6)"),
   ('negated', "rent up to date: FIN not coded")]),
 ('C', 'green',
  "The transfer came through and the family moved to a house in Kelham Vale in February. Liam is on roll at Kelham High but has only been in four days since the move. Rachel says she will ring the police straight away should anyone from the old block turn up.",
  ['EDU-ATT'],
  [('need_met', "rehoused: HOUS not coded"),
   ('hypothetical', "'should anyone from the old block turn up': SAFE-EXP not coded on this box")]),
])

case('J017', 'Ashbrook', '2025-11-10', '2026-04-20', [
 ('A', 'yellow',
  "Kirsty's ex, Wayne, is serving 4 years for GBH on her and is due out on licence in the spring. Probation victim liaison have told her his licence will include an exclusion zone covering her road. She still has flashbacks and jumps at every knock, and has been re-referred to the IDVA service to safety plan before his release. If he is released to Ashbrook she says she would want to move.",
  ['DA', 'MH-ADULT'],
  [('outside_household', "Wayne's sentence and licence are not CRIME for this household"),
   ('hypothetical', "'would want to move' if he is released locally: HOUS not coded")]),
 ('A', 'green',
  "Freya (5) is in Reception at Hillcrest Primary and is making good progress with her phonics. Freya's dad (not Wayne) has her every other weekend and that arrangement works well.",
  [],
  [('convention', "good news only; contact that works well is not REL-CONF")]),
 ('C', 'blue',
  "Wayne was released in March to approved premises in Marshgate with an exclusion zone and has made no contact. Kirsty keeps her safety plan on her phone and has a video doorbell fitted through the sanctuary scheme.",
  ['DA'],
  [('convention', "safety plan and sanctuary measures in a blue box = DA managed, present (conv 3)"),
   ('outside_household', "Wayne's release on licence is not CRIME")]),
])

case('J018', 'Kelham Vale', '2025-12-01', '2026-05-11', [
 ('A', 'orange',
  "Tomasz was arrested on 9/11 for assaulting Agnieszka and has gone to stay at his brother's in Marshgate. A DVPO was granted for 28 days. DASH medium risk; IDVA support offered and accepted.",
  ['DA'],
  [('convention', "arrest for assault on partner = DA only (conv 7)")]),
 ('A', 'yellow',
  "Agnieszka has no money of her own – Tomasz still controls the only bank account and won't release anything. She has used Kelham food bank twice, the gas meter is on emergency credit and the children have been going to school hungry. Citizens Advice appointment booked to help her claim UC.",
  ['FIN', 'DA', 'SAFE-NEG'],
  [('convention', "food bank = FIN and hungry children = SAFE-NEG, both coded (conv 10); financial control = DA")]),
 ('A', 'green',
  "Nikola (9) and Zofia (6) attend St Mary's RC Primary with 96% and 98% attendance. Zofia goes to an EAL group twice a week.",
  [],
  [('lookalike', "EAL support is not SEND"),
   ('convention', "good attendance is not coded")]),
 ('C', 'blue',
  "Non-molestation order granted in February. Agnieszka keeps a copy in her handbag and the children know to go to the neighbour's if Tomasz comes to the house. She is paying £20 a month off her council tax arrears.",
  ['DA', 'FIN'],
  [('convention', "non-mol order and safety plan being managed = DA present in blue box (conv 3)")]),
])

case('J019', 'Stoneleigh', '2026-01-12', '2026-06-15', [
 ('A', 'yellow',
  "Since her dad's trial was reported in the Stoneleigh Echo in December, Bethany (15) has been called names by a group of girls at school and on Snapchat. Her dad left the family home in 2023. She has missed 9 days this term and says she can't face going in. GP has diagnosed anxiety and referred her to the school counsellor.",
  ['SAFE-EXP', 'EDU-ATT', 'MH-CHILD'],
  [('outside_household', "dad left in 2023: his trial is not CRIME for this household")]),
 ('A', 'green',
  "Nicola works part time at the library and says she is coping fine. She doesn't want Bethany's dad mentioned in the house. No concerns about home conditions or money; she says she would go to Citizens Advice if her hours were ever cut.",
  [],
  [('negated', "no concerns about home conditions or money: SAFE-NEG/FIN not coded"),
   ('hypothetical', "Citizens Advice only if her hours were cut: FIN not coded")]),
 ('C', 'blue',
  "Bethany still gets the odd nasty message from a girl at another school; she screenshots, blocks and reports, and Nicola has been through her privacy settings with her.",
  ['SAFE-EXP'],
  [('outside_household', "the sender is outside the household but the bullying of Bethany is the family's need (SAFE-EXP)")]),
])

case('J020', 'Marshgate', '2025-05-06', '2025-12-15', [
 ('A', 'red',
  "Unborn baby made subject to a child protection plan under emotional harm after repeated domestic abuse incidents between Dale and Shauna. Dale has been arrested twice this year for assaulting Shauna; both say they want to stay together. Pre-birth assessment under way.",
  ['DA'],
  [('convention', "arrests for assaulting partner = DA only, not CRIME (conv 7)")]),
 ('A', 'orange',
  "Dale was asked by conference to do the Choices perpetrator programme and has been to 3 of 24 sessions. He drinks heavily at weekends and both recent incidents happened after he'd been drinking.",
  ['DA', 'SUB'],
  []),
 ('A', 'yellow',
  "Shauna (19) is 28 weeks pregnant and has missed two antenatal appointments. The midwife says she is low in mood and tearful at appointments.",
  ['PH', 'MH-ADULT'],
  []),
 ('C', 'red',
  "Baby Kai was born in August and remains on a CP plan. Dale has done 20 of the 24 Choices sessions, but police were called on 30/11 after neighbours heard shouting and Dale was arrested for criminal damage to the flat door during an argument with Shauna.",
  ['DA'],
  [('convention', "criminal damage in a row with his partner is part of the abuse: DA only, not CRIME or REL-CONF (conv 7, 8)")]),
])

case('J021', 'Ashbrook', '2026-02-09', '2026-07-13', [
 ('A', 'yellow',
  "Leah and Shane separated in 2023. Shane is now serving 2 years at HMP Coldharbour for fraud and wants Archie (8) and Evie (5) to visit; Leah won't take them and they row about it every time he rings. Shane has started a court application from prison. Leah says there was never any abuse in the relationship, they 'just fell out of love'.",
  ['REL-CONF'],
  [('outside_household', "Shane's fraud sentence: he is outside the household, no CRIME"),
   ('negated', "never any abuse: DA not coded")]),
 ('A', 'green',
  "Archie is on the SEN register at Oakfield Juniors for dyslexia and gets small-group reading three times a week. He plays tag rugby for the school on Saturdays and loves it.",
  ['EDU-SEND'],
  [('lookalike', "'tag rugby' is not an electronic tag")]),
 ('C', 'blue',
  "Mediation took place by video link with the prison in May. They agreed monthly letters and two visits before Shane's release, and Leah says the phone calls are 'fine now'.",
  ['REL-CONF'],
  [('convention', "contact agreement being kept after mediation = REL-CONF managed, present in blue box (conv 3)")]),
])

case('J022', 'Kelham Vale', '2025-03-24', '2025-10-20', [
 ('A', 'orange',
  "Tyrese (15) was stopped by BTP at Kelham station on 3/3 carrying 14 wraps of crack cocaine and £400, sixty miles from home, the day after Denise reported him missing. Released under investigation; exploitation strategy meeting held. Denise says he was a 'lovely boy' until his older cousin got involved with a gang – the cousin was stabbed last year.",
  ['SAFE-EXP', 'CRIME'],
  [('convention', "drugs found on an exploited child = SAFE-EXP + CRIME, not SUB (conv 12)"),
   ('outside_household', "cousin's gang involvement and stabbing are not coded")]),
 ('A', 'yellow',
  "Tyrese has been on a part-time timetable at Kelham PRU since he was permanently excluded from Kelham High in January.",
  ['EDU-ATT', 'EDU-EXC'],
  []),
 ('C', 'orange',
  "Tyrese was given a referral order in August for possession with intent to supply and YOS supervise him. He is still linked to the same group and has had two missing episodes since August.",
  ['CRIME', 'SAFE-EXP'],
  []),
 ('C', 'yellow',
  "Denise says Tyrese is now smoking cannabis most days and she keeps finding grinders in his room; YOS have referred him to the Turnaround young people's substance service.",
  ['SUB', 'CRIME'],
  [('convention', "his own cannabis use is SUB (contrast conv 12); YOS involvement codes CRIME (service implies its area)")]),
])

case('J023', 'Stoneleigh', '2025-07-14', '2026-01-05', [
 ('A', 'orange',
  "Mark moved out in May because his licence conditions require him to live at approved premises. Hayley can't cover the £850 rent on her own, is £1,700 in arrears and the landlord has served a possession notice. There is black mould in both bedrooms.",
  ['HOUS', 'FIN'],
  [('outside_household', "Mark is on licence but lives elsewhere: no CRIME")]),
 ('A', 'green',
  "Hayley says she and Mark are 'still together, just apart' and they speak every day; he visits on Sundays for a few hours as agreed with his probation officer. Ollie (2) had his 2-year check with the HV and is on track.",
  [],
  [('outside_household', "Mark's probation: not a household member, no CRIME"),
   ('convention', "Ollie on track is good news: EYD not coded")]),
 ('C', 'orange',
  "Possession hearing adjourned to February on terms that Hayley pays the rent plus £50 a month off the arrears. The housing association treated the mould in November but it has come back in Ollie's room and he has been to A&E twice with wheezing.",
  ['HOUS', 'FIN', 'PH'],
  []),
])

case('J024', 'Marshgate', '2025-10-27', '2026-04-13', [
 ('A', 'orange',
  "Darren was arrested on 12/10 after a fight outside a pub in Marshgate town centre and is on bail to appear at crown court in December. He was diagnosed with PTSD after leaving the army and has stopped taking his medication. Michelle says he has never been violent at home.",
  ['CRIME', 'MH-ADULT'],
  [('negated', "never violent at home: DA not coded")]),
 ('A', 'yellow',
  "Summer (12) is Darren's 'calm person' – she sits with him through his flashbacks and stays off school on his bad days. Her attendance at Marshgate Academy is 84%.",
  ['CARER', 'EDU-ATT', 'MH-ADULT'],
  [('convention', "dad's flashbacks are described here, so MH-ADULT is coded on this box's own text (conv 1)")]),
 ('A', 'green',
  "N/A",
  [],
  []),
 ('C', 'yellow',
  "Darren was given a 12-month community order with unpaid work in December and is supervised by probation. He's back on his medication and sees the Veterans' Wellbeing Service every fortnight. Summer goes to the young carers group at Marshgate Youth Hub.",
  ['CRIME', 'MH-ADULT', 'CARER'],
  []),
])

case('J025', 'Ashbrook', '2025-06-23', '2025-12-08', [
 ('A', 'green',
  "Jodie and baby Esme (10 months). HV says Esme is meeting her milestones and is up to date with her immunisations. Jodie was in an abusive relationship in 2019 (ex-partner moved to Scotland, no contact since) and had a short custodial sentence in 2020 for shoplifting; no offending since.",
  [],
  [('historical', "DA in 2019, no contact since: not coded"),
   ('historical', "custodial sentence in 2020, no offending since: CRIME not coded"),
   ('lookalike', "'custodial' / 'sentence' are historical here")]),
 ('A', 'yellow',
  "Jodie's low mood has come back since Esme's dad Kyle went to prison in April. Some days she can't get out of bed, and at two visits the EHW found Esme still in last night's nappy with nothing made up for her feeds.",
  ['MH-ADULT', 'SAFE-NEG'],
  [('outside_household', "Kyle is in prison: no CRIME")]),
 ('C', 'green',
  "Jodie is on sertraline from the GP and describes her mood as 'up and down but better'. Esme has been clean, fed and well cared for at every visit since August.",
  ['MH-ADULT'],
  [('need_met', "basic care good at every visit since August: SAFE-NEG not coded")]),
])

case('J026', 'Kelham Vale', '2025-08-04', '2026-01-26', [
 ('A', 'orange',
  "Ian has disclosed that Sophie hit him and checked his phone for years. She moved out in July after police attended and arrested her. MARAC 30/7. She is now sending him 40+ messages a day and posting about him on Facebook.",
  ['DA'],
  [('convention', "male victim; partner's arrest is DA only (conv 7)")]),
 ('A', 'yellow',
  "Ian has cut his hours to do the school runs for Noah (8) and Grace (5) and is behind on council tax (£520) and water (£340); he has had a letter from the bailiffs. Noah has started wetting the bed again since his mum left.",
  ['FIN', 'PH'],
  [('lookalike', "'bailiffs' is debt (FIN), not bail"),
   ('convention', "bedwetting at school age = PH (conv 9)")]),
 ('C', 'yellow',
  "Contact with Sophie is at a contact centre until the final hearing. Ian gets very anxious before each session and has been referred to Talking Therapies. Sophie is due in court in February for breaching her bail conditions by turning up at his work.",
  ['DA', 'MH-ADULT'],
  [('convention', "ex-partner's bail breach against the victim = DA only, not CRIME; she is outside the household (conv 6, 7)")]),
])

case('J027', 'Stoneleigh', '2026-03-02', '2026-07-20', [
 ('A', 'yellow',
  "Tanya's partner Jason is at HMP Ravensmoor and may get parole in the summer; should he be released to Tanya's address, probation would first need to visit and assess the home. Tanya says there has never been any abuse between them. Her main worry is Riley (10), who refuses to go to bed, smashed his tablet in a temper last week and calls her names in front of his friends.",
  ['REL-PAR'],
  [('hypothetical', "possible parole and release to the address"),
   ('negated', "never any abuse: DA not coded"),
   ('outside_household', "Jason in prison: no CRIME")]),
 ('A', 'green',
  "Riley's asthma is well controlled with his inhalers, which he keeps in his school bag. Attendance 98%. School logged him as the 'perpetrator' in a playground scuffle last week and he lost his Golden Time.",
  ['PH', 'EDU-EXC'],
  [('lookalike', "'perpetrator' of a playground scuffle is behaviour at school, not DA"),
   ('convention', "asthma being managed in a green box = PH present (conv 3)")]),
 ('C', 'blue',
  "Tanya did a free online parenting course and uses a reward chart; Riley's meltdowns are down to about one a week. Jason's parole was refused in June.",
  ['REL-PAR'],
  [('outside_household', "Jason's parole refused: no CRIME")]),
])

case('J028', 'Marshgate', '2025-09-15', '2026-02-16', [
 ('A', 'orange',
  "Stacey is on police bail after a fight with a neighbour on 30/8, with conditions not to contact her or go onto the first-floor landing. The neighbour has complained to the council and the housing officer has issued a formal warning about the tenancy.",
  ['CRIME', 'HOUS'],
  [('convention', "offence by a household member against a non-partner = CRIME, not DA")]),
 ('A', 'yellow',
  "Brandon (13) has been brought home by police three times since the summer for throwing stones at buses with a group of friends, and has signed an acceptable behaviour contract. His sister Lily (4) has a nursery place at Marshgate Children's Centre but has only been taken five times since September.",
  ['CRIME', 'EYD'],
  [('convention', "police bringing him home for ASB (not safeguarding) = CRIME (conv 7)")]),
 ('C', 'yellow',
  "The neighbour moved out in January and the tenancy warning has been withdrawn. Stacey got a conditional discharge in December and there have been no further incidents. Brandon was arrested on 3/2 for shoplifting with the same group and YOS are assessing him for a youth caution.",
  ['CRIME'],
  [('historical', "tenancy warning withdrawn: HOUS not coded"),
   ('historical', "Stacey: no further incidents; CRIME comes from Brandon's arrest")]),
])

# Unboxed case notes: (id, stage, date, locality, text, codes, gold level, traps)
UNBOXED = [
 ('W001', 'assessment', '2026-03-16', 'Kelham Vale',
  "Strategy meeting 16/3. Kyle was recalled to prison after he turned up at the family home two days after his release, breaching the exclusion zone on his licence – he had been serving a sentence for assaulting mum (Demi). Police removed him. Demi says she let him in because he said he would hurt himself. Jayla (7) and Remi (4) to be subject of s47 enquiries.",
  ['DA'], 'red',
  [('outside_household', "Kyle is not a household member: his licence breach and recall are DA only, not CRIME (conv 6, 7)"),
   ('outside_household', "Kyle's threat to hurt himself is not MH-ADULT")]),
 ('W002', 'assessment', '2025-04-14', 'Ashbrook',
  "DASH scored 16, referral made to MARAC. Paige ended the relationship in January and her ex has since been driving past the house and following her to work. His cocaine use was behind a lot of the rows. Paige says her own drinking has crept up – 'a bottle of wine most nights to get to sleep'.",
  ['DA', 'SUB'], 'orange',
  [('outside_household', "ex-partner's cocaine use is not SUB (conv 6)"),
   ('convention', "past rows in an abusive relationship are DA, not REL-CONF (conv 8)")]),
 ('W003', 'closure', '2025-07-28', 'Kelham Vale',
  "EHW closing visit. Roxanne finished the Kelham Parenting Together course in June and uses time-out consistently; Tommy (6) still pushes the boundaries at bedtime but it is much better. Roxanne was on probation when we opened but her order ended in April. Citizens Advice are helping her with a £2,300 catalogue debt.",
  ['REL-PAR', 'FIN'], 'yellow',
  [('historical', "probation order ended in April: CRIME not coded")]),
 ('W004', 'assessment', '2025-11-05', 'Stoneleigh',
  "Police called to the address on 2/11 by Hannah after her son Cameron (15) punched her and smashed the TV when she took his Xbox controller. Cameron was arrested and released on bail. Hannah doesn't want him charged, she wants help for him. Cameron also helps look after his brother Max (9), who has cerebral palsy, every evening while Hannah works.",
  ['REL-PAR', 'CRIME', 'CARER', 'PH'], 'orange',
  [('convention', "child-to-parent violence with police = REL-PAR + CRIME, not DA (conv 8)")]),
 ('W005', 'assessment', '2025-10-01', 'Marshgate',
  "School nurse drop-in at Hillcrest Primary. Lacey (10) told the nurse she has been having nightmares and wetting the bed since her dad went to prison in the summer. Nurse gave mum advice about a bedwetting alarm and will see Lacey again in four weeks.",
  ['PH'], 'green',
  [('convention', "bedwetting and sleep problems at school age = PH (conv 9)"),
   ('outside_household', "dad in prison: no CRIME")]),
 ('W006', 'closure', '2026-05-18', 'Ashbrook',
  "Kelly uses the prison's email service so the girls can write to their dad, and has joined an online support group for families of prisoners that she found herself. She is keeping up her £15 a month off the water arrears.",
  ['FIN'], 'blue',
  [('outside_household', "dad in prison: no CRIME")]),
 ('W007', 'assessment', '2026-01-21', 'Marshgate',
  "Referral from probation. Scott is on licence until 2027 and lives with his partner Amy and their son Leo (3). Scott's drug tests on licence have all been negative. Amy says Leo only uses a handful of words and plays on his own; his funded nursery place hasn't been taken up. Early help worker allocated.",
  ['CRIME', 'EYD'], 'yellow',
  [('negated', "negative drug tests: SUB not coded"),
   ('convention', "adult on licence in the household = CRIME (conv 7)")]),
 ('W008', 'closure', '2026-06-22', 'Stoneleigh',
  "TAF review. The eviction notice was withdrawn in March after a DHP cleared the rent arrears. Jade (14) is still open to CAMHS for low mood. Dad's tag came off in May, his licence has now expired and there has been no further offending. Mum reports no incidents since the non-mol order lapsed.",
  ['MH-CHILD'], 'orange',
  [('historical', "eviction notice withdrawn, arrears cleared: HOUS/FIN not coded"),
   ('historical', "tag off, licence expired: CRIME not coded"),
   ('historical', "no incidents since the non-mol lapsed: DA not coded")]),
]

CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT",
         "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME",
         "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]
STAGE = {'A': 'assessment', 'C': 'closure'}


def main():
    nar_rows, gold_rows, traps = [], [], []
    for c in CASES:
        for stage, level, text, codes, tr in c['boxes']:
            assert level in LEVELS and all(k in CODES for k in codes), (c['cid'], level, codes)
            assert len(set(codes)) == len(codes)
            tid = f"{c['cid']}-{stage}"
            nid = f"{tid}-{level}"
            nar_rows.append([nid, tid, c['cid'], STAGE[stage], c['dates'][stage], level, c['loc'], text])
            gold_rows += [[nid, k, level] for k in codes]
            traps.append({'narrative_id': nid, 'gold': codes,
                          'traps': [{'type': t, 'note': n} for t, n in tr]})
    for nid, stage, date, loc, text, codes, glevel, tr in UNBOXED:
        assert glevel in LEVELS and all(k in CODES for k in codes)
        nar_rows.append([nid, nid, nid, stage, date, '', loc, text])
        gold_rows += [[nid, k, glevel] for k in codes]
        traps.append({'narrative_id': nid, 'gold': codes, 'gold_level': glevel,
                      'traps': [{'type': t, 'note': n} for t, n in tr]})
    ids = [r[0] for r in nar_rows]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, 'narratives.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\r\n')
        w.writerow(['narrative_id', 'triage_id', 'case_id', 'stage', 'date', 'level', 'locality', 'narrative'])
        w.writerows(nar_rows)
    with open(os.path.join(HERE, 'gold.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\r\n')
        w.writerow(['narrative_id', 'code', 'level'])
        w.writerows(gold_rows)
    with open(os.path.join(HERE, 'traps.json'), 'w', encoding='utf-8') as f:
        json.dump(traps, f, ensure_ascii=False, indent=1)
    print(f"{len(nar_rows)} narratives, {len(gold_rows)} gold rows, "
          f"{sum(1 for t in traps if t['traps'])} narratives with trap notes")


if __name__ == '__main__':
    main()
