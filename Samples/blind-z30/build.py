#!/usr/bin/env python3
"""Build a blind, hand-coded gold set (domestic-abuse voice) for early-help triage coding.

Everything below is written by hand from /work/shared/taxonomy.md only.
Writes narratives.csv, gold.csv and traps.json into this script's folder.

Each boxed narrative: (stage 'A'/'C', box level, text, [gold codes], [(trap type, note), ...])
Each unboxed note: (id, locality, date, stage, gold level, text, [gold codes], [traps])
Trap types: negated, historical, hypothetical, outside-household, need-met,
            look-alike, convention (a taxonomy convention decides the code).
"""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT",
         "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME",
         "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]
LOCALITIES = ["Marrowfield", "Fennick Cross", "Pellbrook", "Stannerdale"]

CASES = []   # (case_id, locality, assessment date, closure date or None, [boxes])
NOTES = []   # unboxed notes


def case(cid, loc, a_date, c_date, boxes):
    CASES.append((cid, loc, a_date, c_date, boxes))


def note(nid, loc, date, stage, level, text, codes, traps):
    NOTES.append((nid, loc, date, stage, level, text, codes, traps))

# ---------------------------------------------------------------- batch 1: Z001-Z007

case("Z001", "Marrowfield", "2025-02-03", "2025-07-11", [
    ("A", "orange",
     "Jodie was given a Clare's Law disclosure by police on 28/01 after her sister used the right to ask: "
     "her partner Ryan, who stays at the house most nights, has previous convictions for assaulting two "
     "former partners. Jodie says Ryan goes through her phone, made her delete her male contacts and sulks "
     "for days if she goes out with friends. No physical violence reported. DASH 9 (medium) and Jodie "
     "agreed to an IDVA referral.",
     ["DA"],
     [("negated", "'no physical violence reported' does not cancel the coercive control described"),
      ("historical", "Ryan's convictions against former partners are past offending, not CRIME"),
      ("outside-household", "the sister who applied is not coded")]),
    ("A", "green",
     "Evie (3y 8m) has a funded place at Little Acorns but has only been taken in a handful of times since "
     "September. HV review: still in nappies in the day and very few clear words; HV to see her again in 8 "
     "weeks. Mason (7) is in Y2 at Holm Lane Primary and his teacher has no worries about his attendance or "
     "learning.",
     ["EYD"],
     [("negated", "Mason: no attendance or learning worries, no EDU code")]),
    ("C", "blue",
     "Jodie ended things with Ryan in March, a few weeks after the disclosure, and he has since moved to the "
     "coast; nothing from him since April. She completed the Freedom Programme in June and says she would use "
     "the right to ask again before getting serious with anyone new.",
     [],
     [("historical", "relationship ended, no contact, programme completed: DA is over"),
      ("hypothetical", "would use right to ask with a future partner")]),
])

case("Z002", "Fennick Cross", "2025-03-10", "2025-09-19", [
    ("A", "orange",
     "Nadia and Lee separated in October 2024. Since then Lee has sent her over 200 messages, waited outside "
     "her work twice and been seen parked opposite the house late at night. Police have attended three times; "
     "Lee was arrested on 02/03 for stalking and bailed not to contact Nadia or enter Brackley Road. DASH "
     "scored high and the case was heard at MARAC on 20/03.",
     ["DA"],
     [("convention", "conv. 7: ex-partner's stalking arrest and bail are DA only, not CRIME"),
      ("look-alike", "'separated' here is post-separation abuse, not REL-CONF")]),
    ("A", "yellow",
     "Kayla (14) has missed 11 days at Oakhurst Academy since January, mostly Mondays, and the attendance "
     "officer is involved. She has told the school counsellor she feels anxious all the time and does not "
     "like leaving Mum in the house on her own.",
     ["EDU-ATT", "MH-CHILD"],
     []),
    ("C", "blue",
     "Nadia keeps a log of any contact in the way the IDVA showed her, and has the panic alarm and doorbell "
     "camera from the sanctuary scheme. A stalking protection order was made against Lee in July; no breaches "
     "so far. She feels safer but still varies her route to work.",
     ["DA"],
     [("convention", "conv. 3: in a blue box the family now managing the risk (order, alarm, log) is present; "
                     "'no breaches' does not make it historical")]),
])

case("Z003", "Pellbrook", "2025-01-20", "2025-05-30", [
    ("A", "yellow",
     "Sam and Becky split up in August and cannot agree arrangements for Ollie (9); two handovers at the "
     "school gate turned into shouting matches that staff had to break up. Seen separately, both say there "
     "has never been violence or controlling behaviour and neither is frightened of the other. Ollie's "
     "teacher says he has become withdrawn and tearful in class. Referral to family mediation accepted.",
     ["REL-CONF", "MH-CHILD"],
     [("negated", "no violence or control, neither frightened: conflict, not DA (conv. 8)")]),
    ("C", "green",
     "Handovers now happen at Ollie's gran's instead of at school. Sam and Becky have a parenting plan agreed "
     "in mediation and keep all messages about Ollie to a co-parenting app, which they say stops things "
     "flaring up. Ollie goes to the school nurse's weekly drop-in to talk through his worries.",
     ["REL-CONF", "MH-CHILD"],
     [("convention", "conv. 3: green box, parents now managing the conflict through plan and app = present")]),
    ("C", "blue", "N/A", [], []),
])

case("Z004", "Stannerdale", "2025-04-07", "2025-10-03", [
    ("A", "orange",
     "Tyler (15) has punched holes in his bedroom door and on 29/03 shoved Mum (Gemma) into the banister when "
     "she took his phone off him. A neighbour rang police; Tyler was arrested and has since had a youth "
     "caution. Gemma says she is scared of him when he loses his temper. Tyler's dad has not been in touch "
     "for years and there is no history of DA with him.",
     ["REL-PAR", "CRIME"],
     [("convention", "conv. 8: child-to-parent violence is REL-PAR (+CRIME with police/youth caution), not DA"),
      ("negated", "no DA history with Tyler's father, who is outside the household")]),
    ("A", "yellow",
     "Brookfield High have suspended Tyler twice this year for fighting and he is now on a part-time "
     "timetable, mornings only. The SENCO has referred him for an ADHD assessment.",
     ["EDU-EXC", "EDU-ATT", "EDU-SEND"],
     []),
    ("C", "yellow",
     "Tyler has finished the YOS intervention linked to his caution, and he and Gemma are on session 6 of 8 of "
     "a child-to-parent violence programme. Gemma reports one incident in August when he threw a mug at the "
     "wall; he has not hurt her since the spring.",
     ["REL-PAR"],
     [("historical", "YOS intervention finished: CRIME is over"),
      ("convention", "CPV programme and the mug incident are REL-PAR, not DA")]),
])

case("Z005", "Marrowfield", "2025-05-12", "2025-11-14", [
    ("A", "orange",
     "Amira and her three children were placed at Marrowfield refuge on 02/05 after fleeing her husband in "
     "another county; he had strangled her in front of the children. He is on remand and the MARAC in their "
     "home area has been told about the move. Arabic interpreter used at every visit.",
     ["DA", "HOUS"],
     [("convention", "conv. 7/6: husband (outside household) on remand is DA only, not CRIME"),
      ("convention", "refuge place = temporary accommodation after fleeing, HOUS")]),
    ("A", "yellow",
     "Yusuf (10) and Maryam (8) have been out of school since the move and in-year admission forms are in. "
     "Zain (3) has no nursery place yet. Amira is on a spousal visa with no recourse to public funds and is "
     "living on £40 a week from the refuge's hardship fund.",
     ["EDU-ATT", "EYD", "FIN"],
     []),
    ("C", "orange",
     "Family moved out of the refuge into temporary accommodation in Pellbrook in September and are waiting "
     "for a permanent offer. The husband was convicted in August and the court made a restraining order; "
     "Amira still sees her IDVA every fortnight. Her destitution DV concession came through, so she can now "
     "claim UC.",
     ["HOUS", "DA"],
     [("need-met", "concession granted, UC now claimable: money problem resolved, no FIN"),
      ("convention", "conv. 5: benefit name alone is not FIN"),
      ("convention", "husband's conviction is DA only (outside household)")]),
])

case("Z006", "Pellbrook", "2025-02-24", "2025-07-18", [
    ("A", "yellow",
     "Greenway Primary has had three Operation Encompass notifications for Lily (6) since November, and Lily "
     "told her teacher that Daddy shouts at Mummy and breaks things. Mum (Shannon, 26 weeks pregnant) agreed "
     "to an early help assessment and told the EHW that Dean controls all the money: she has to ask him for "
     "cash for nappies and he checks every receipt.",
     ["DA"],
     [("convention", "Operation Encompass notifications are DA, not CRIME"),
      ("look-alike", "money control is economic abuse (DA); no debt or poverty described, so no FIN"),
      ("look-alike", "pregnancy is not PH")]),
    ("A", "orange",
     "EHW went through the DASH with Shannon: 15 ticks, including threats to kill and recent escalation. "
     "Dean was arrested on 20/02 for assault and released under investigation. Referred on to MARAC and an "
     "IDVA made contact the same day.",
     ["DA"],
     [("convention", "conv. 7: partner's arrest for assault is DA only")]),
    ("C", "red",
     "Stepped up to children's social care in June after Dean assaulted Shannon while she was holding the new "
     "baby. Strategy meeting held 10/07 and s47 enquiries under way. Shannon and the children are staying "
     "with her mum in Fennick Cross, where there is plenty of room, and she does not want rehousing; Dean has "
     "bail conditions not to approach them.",
     ["DA"],
     [("negated", "staying with her mum, plenty of room, no rehousing wanted: no HOUS")]),
])

case("Z007", "Stannerdale", "2025-06-02", "2025-10-24", [
    ("A", "green",
     "New birth visit: Freya is 12 days old, feeding well and back to her birth weight. Chloe scored 14 on the "
     "EPDS and says she cries most days; HV has booked her in with the GP.",
     ["MH-ADULT"],
     [("look-alike", "'back to her birth weight' is good news, no PH")]),
    ("A", "yellow",
     "At the routine enquiry Chloe told the HV that a partner she had in 2019 (not Freya's dad) was violent to "
     "her; she has had no contact with him for over five years and does not feel at risk. She describes Joe "
     "as supportive and nothing of concern came up about him. Chloe asked for help with the anxiety she still "
     "carries and has been referred to Talking Therapies.",
     ["MH-ADULT"],
     [("historical", "DA by a 2019 ex-partner, ended, no contact"),
      ("negated", "nothing of concern about current partner")]),
    ("C", "green",
     "Chloe is having weekly Talking Therapies sessions and her EPDS is down to 8. Freya's 3-4 month contact "
     "was unremarkable and Joe has gone back to work.",
     ["MH-ADULT"],
     [("look-alike", "'gone back to work' is not FIN; Freya's contact unremarkable, no EYD")]),
])
# ---------------------------------------------------------------- batch 2: Z008-Z015

case("Z008", "Fennick Cross", "2025-03-17", "2025-08-29", [
    ("A", "orange",
     "Rachel was granted a without-notice non-molestation order and an occupation order on 06/03 after her "
     "ex-husband Craig assaulted her in front of the boys; he is now excluded from the house. He has breached "
     "the non-mol twice by messaging her and was arrested after the second breach. DASH high; heard at MARAC "
     "13/03.",
     ["DA"],
     [("convention", "conv. 7: breach of a non-mol and the arrest are DA only, not CRIME")]),
    ("A", "yellow",
     "Since Craig left, Rachel has found two credit cards and a loan taken out in her name without her "
     "knowledge; she owes about £7,800 and the mortgage is two months behind. Referred to the Moneywise debt "
     "charity and to the bank's economic abuse team. Harry (11) has started wetting the bed again since the "
     "assault and the GP is aware.",
     ["FIN", "DA", "PH"],
     [("convention", "conv. 9: bedwetting at school age is PH"),
      ("look-alike", "mortgage arrears are FIN; no possession notice, so no HOUS")]),
    ("C", "yellow",
     "Craig sees the boys at a supervised contact centre under a child arrangements order. He is on a "
     "probation order and has to attend the Building Safer Families perpetrator programme. Rachel pays £60 a "
     "month into her debt management plan; the bank wrote off one card as fraud and the mortgage arrears were "
     "cleared in July.",
     ["DA", "FIN"],
     [("convention", "conv. 6/7: Craig is outside the household, so his probation order is not CRIME; "
                     "the perpetrator programme codes DA"),
      ("look-alike", "child arrangements order in a DA context is not REL-CONF"),
      ("historical", "mortgage arrears cleared, but the debt plan keeps FIN present")]),
])

case("Z009", "Pellbrook", "2025-04-28", "2025-10-31", [
    ("A", "orange",
     "Police went to the flat twice in April after a neighbour reported shouting. Both times officers found a "
     "verbal argument between Dom and Kerry about money, with no injuries and no offences, and each of them, "
     "spoken to on their own, said they are not afraid of or controlled by the other. Passed to EH through "
     "the domestic incident notification route.",
     ["REL-CONF"],
     [("convention", "conv. 8: arguments between parents, not abuse: REL-CONF, not DA"),
      ("negated", "no offences, not afraid or controlled: no DA, no CRIME"),
      ("look-alike", "'domestic incident notification' wording")]),
    ("A", "yellow",
     "The couple owe £430 on electricity and the prepayment meter has run out twice in the last month, once "
     "overnight with Poppy (18 months) in the house. Poppy has eczema on her arms and legs; HV advised "
     "emollients and a GP review. Citizens Advice referral made for a fuel voucher and debt advice.",
     ["FIN", "PH"],
     []),
    ("C", "blue",
     "Dom and Kerry finished the online Arguing Better course and now go through the budget together every "
     "Sunday, which they say has cut down the rows. They are paying £10 a week off the electricity debt on "
     "top of their usage.",
     ["REL-CONF", "FIN"],
     [("convention", "conv. 3: blue box, now managing the conflict and the debt = present")]),
])

case("Z010", "Marrowfield", "2025-01-13", "2025-06-06", [
    ("A", "orange",
     "Lisa drinks most days ('a bottle of wine, sometimes more') and before Christmas police found her "
     "collapsed in the street and took her to A&E. She missed her first appointment at Marrowfield Recovery. "
     "Jade (12) does most of the cooking and gets her brother Kai (7) ready for school when Lisa has been "
     "drinking; school have made a young carers referral.",
     ["SUB", "CARER"],
     [("convention", "conv. 7: police finding Lisa collapsed is a welfare response, not CRIME")]),
    ("A", "green",
     "Lisa's partner Gary works away Monday to Friday. Asked separately, Lisa and Jade both said there is no "
     "violence or shouting at home. Jade's older sister Kerry-Ann (19) lives with her boyfriend in "
     "Stannerdale and is being supported through MARAC after he assaulted her; Lisa is worried sick about her.",
     [],
     [("negated", "no violence or shouting at home"),
      ("outside-household", "Kerry-Ann's MARAC: she lives elsewhere, not coded"),
      ("look-alike", "'worried sick' is not MH-ADULT; working away is not FIN")]),
    ("C", "blue",
     "Kerry-Ann has left her boyfriend and moved back in with Lisa and the children; she has her own IDVA and "
     "a non-molestation order against him. Lisa says having her home has helped her stay off the drink and "
     "she still sees her recovery worker every fortnight.",
     ["DA", "SUB"],
     [("convention", "Kerry-Ann is now a household member, so her DA is the family's (contrast A-green)"),
      ("convention", "conv. 3/4: ongoing recovery worker, managing = SUB present")]),
])

case("Z011", "Fennick Cross", "2025-07-07", "2025-12-12", [
    ("A", "orange",
     "Dad (Marcus) disclosed that his partner Tasha has hit him with a phone charger, smashed his work laptop "
     "and says she will tell social services he hurts the children if he tries to leave. Police attended on "
     "30/06; Tasha was arrested and bailed to her mother's address. DASH high, MARAC 10/07. Marcus had not "
     "reported it before because he did not think it counted when it happened to a man.",
     ["DA"],
     [("convention", "conv. 7: partner's arrest for the abuse is DA only"),
      ("look-alike", "'did not think it counted' is not a negation")]),
    ("A", "yellow",
     "Ruby (3) is not toilet trained and is on the waiting list for speech and language therapy. Noah (5) has "
     "been hitting other children in Reception and was sent home early twice last week.",
     ["EYD", "EDU-EXC"],
     [("look-alike", "Noah 'hitting' at school is behaviour at school (EDU-EXC), not DA"),
      ("convention", "conv. 9: under-5 toileting and speech are EYD")]),
    ("C", "yellow",
     "The children live with Marcus under an interim child arrangements order and Tasha sees them at a "
     "contact centre. Marcus meets a worker from Harbour Men's Support every fortnight. Ruby now has monthly "
     "SALT sessions at nursery.",
     ["DA", "EYD"],
     [("look-alike", "child arrangements order after DA is not REL-CONF")]),
])

case("Z012", "Pellbrook", "2025-01-08", "2025-06-27", [
    ("A", "orange",
     "Hayley's ex-partner Connor came out of prison in December after a sentence for assaulting her; he is on "
     "licence with an exclusion zone covering Pellbrook. Since then she has had calls and texts from withheld "
     "numbers she is sure are him, and her car tyres were slashed on 02/01. Probation and police are aware and "
     "the case has been re-referred to MARAC. Hayley has PTSD and says the panic attacks are back most days.",
     ["DA", "MH-ADULT"],
     [("convention", "conv. 6/7: ex-partner on licence is outside the household: DA only, not CRIME"),
      ("look-alike", "'panic attacks' is MH-ADULT, not an assault")]),
    ("A", "green",
     "Sanctuary scheme visit done: locks upgraded on all doors and windows and a fire-retardant letterbox "
     "fitted. The housing association say they would support a management move if the risk goes up.",
     ["DA"],
     [("hypothetical", "management move only if the risk rises: no HOUS")]),
    ("C", "orange",
     "Connor was recalled to prison in May for going into Hayley's road in breach of his licence. The housing "
     "association has now accepted Hayley for a management transfer out of the area because of the risk and "
     "she is on the priority list. She is having weekly trauma-focused CBT.",
     ["DA", "HOUS", "MH-ADULT"],
     [("convention", "recall of an ex-partner is DA only, not CRIME")]),
])

case("Z013", "Stannerdale", "2025-04-22", "2025-10-10", [
    ("A", "orange",
     "Dawn had a black eye at the visit, which she put down to a cupboard door. A neighbour has told the PCSO "
     "she hears Dawn's partner Steve shouting and things being thrown most weekends. Dawn would not do a DASH "
     "today. Steve, who lives at the address, is also due in court next month for shoplifting and carrying a "
     "knife.",
     ["DA", "CRIME"],
     [("negated", "Dawn's explanation is not a negation of the DA risk described"),
      ("convention", "conv. 7: Steve's shoplifting/knife charge is other offending by a household member = CRIME")]),
    ("A", "yellow",
     "Reece (17) dropped out of college in January and has no job or training; he spends most of the day "
     "gaming in his room. Referred to the Pathways NEET adviser. Dawn gets ESA and PIP for her fibromyalgia "
     "and says money is not a problem.",
     ["EDU-NEET", "PH"],
     [("convention", "conv. 11: NEET young person is EDU-NEET only"),
      ("convention", "conv. 5: ESA/PIP alone not FIN; fibromyalgia itself is PH"),
      ("negated", "money not a problem")]),
    ("C", "orange",
     "Steve was given a community order with unpaid work for the shoplifting and knife offences and is still "
     "living with Dawn. In August Dawn disclosed that he had pushed her down the stairs; DASH high and MARAC "
     "referral made. She is not ready to end the relationship. Reece started a Level 1 construction course at "
     "Stannerdale College in September.",
     ["CRIME", "DA"],
     [("need-met", "Reece now in college: no EDU-NEET")]),
])

case("Z014", "Marrowfield", "2025-08-04", "2026-01-16", [
    ("A", "yellow",
     "Courtney (19) lives with her partner Jake and baby Isla (7 months). At the HV visit Jake answered every "
     "question for her, and on a walk afterwards Courtney said he 'keeps tabs' on her phone and does not like "
     "her mum coming round. HV did a DASH (standard) and referred her to the young people's DA worker. Isla "
     "only started solids at 6½ months; HV gave weaning advice.",
     ["DA", "EYD"],
     []),
    ("C", "blue",
     "Courtney left Jake in October and is back living at her mum's with Isla. Jake has made no attempt at "
     "contact since November and Courtney has decided she no longer needs the young people's DA worker. Isla "
     "is eating three meals a day.",
     [],
     [("historical", "relationship ended, no contact, worker no longer needed: DA over"),
      ("need-met", "weaning established, no EYD"),
      ("look-alike", "living at her mum's by choice, no housing need stated")]),
])

case("Z015", "Pellbrook", "2025-09-15", "2026-02-06", [
    ("A", "green",
     "Aisha (10) told her teacher she does not like going home when Dad has been drinking, because he shouts "
     "at Mum and once pushed Mum into the fridge. The DSL spoke to Mum, who confirmed this and said she has "
     "been thinking about leaving. Aisha's brother Bilal (13) has refused to go to school on four days this "
     "month because boys in his year keep making comments about his family.",
     ["DA", "SUB", "EDU-ATT", "SAFE-EXP"],
     [("convention", "Dad lives in the household, so his drinking is SUB"),
      ("convention", "comments by boys in his year = bullying, SAFE-EXP for Bilal")]),
    ("A", "orange",
     "Police DA officer visited after the school's referral. Imran was arrested for assaulting Samira on 12/09 "
     "and bailed not to return home. DASH high and MARAC referral sent.",
     ["DA"],
     [("convention", "conv. 7: arrest for the DV is DA only")]),
    ("C", "yellow",
     "Samira is in week 5 of 12 of the Freedom Programme at the children's centre. Imran has been charged and "
     "his bail conditions continue; his brother says he is drinking heavily where he is staying. Aisha has a "
     "monthly check-in with the school counsellor after six sessions in the autumn. Bilal's school dealt with "
     "the boys involved, the comments have stopped and he is in every day.",
     ["DA", "MH-CHILD"],
     [("outside-household", "Imran now lives elsewhere: his drinking is not SUB"),
      ("historical", "bullying stopped and attendance back: no SAFE-EXP, no EDU-ATT")]),
])
# ---------------------------------------------------------------- batch 3: Z016-Z023

case("Z016", "Stannerdale", "2025-05-19", "2025-11-21", [
    ("A", "yellow",
     "After the police call-out in April (Liam threw a chair across the kitchen during a row with Sophie; "
     "nobody was hurt), Liam self-referred to the Changing Course voluntary perpetrator programme and Sophie "
     "is being offered a partner support worker. They want to stay together. Liam has been low and irritable "
     "since losing his job in February, is on antidepressants from his GP and is still looking for work; "
     "Sophie says money is tight.",
     ["DA", "MH-ADULT", "FIN"],
     [("convention", "conv. 7/8: call-out for the chair incident is DA only; the row is part of abuse, "
                     "so no REL-CONF and no CRIME"),
      ("convention", "conv. 11: adult worklessness is FIN")]),
    ("C", "yellow",
     "Liam is on session 20 of 24 of Changing Course. Sophie reports no violence or threats since April and "
     "says home feels calmer; her partner support worker still rings fortnightly.",
     ["DA"],
     [("negated", "'no violence since April' does not end DA while the programme and partner support run "
                  "(conv. 4)")]),
    ("C", "blue",
     "Liam started at the distribution centre in October and has come off his antidepressants with his GP's "
     "agreement.",
     [],
     [("historical", "back in work and off medication: FIN and MH-ADULT over")]),
])

case("Z017", "Fennick Cross", "2025-02-10", "2025-08-08", [
    ("A", "yellow",
     "Ellie (8) has nightmares and hides under the table when she hears raised voices, even on the TV. Mum "
     "(Gina) links this to what Ellie saw before her dad Kevin went to prison in 2022 for offences against "
     "Gina; there has been no contact since and Gina says she feels safe now. Ellie has a place on the Little "
     "Oaks recovery group for children who have lived with DA, starting next month.",
     ["MH-CHILD", "DA"],
     [("historical", "the abuse itself ended in 2022, no contact"),
      ("convention", "conv. 4: a current/awaited DA recovery service codes DA (cf. Freedom Programme)"),
      ("outside-household", "Kevin in prison: not CRIME")]),
    ("A", "orange",
     "Jack (6) is being sent out of class most days for kicking and biting staff; Ridgeway Infants excluded "
     "him for two days in January and have talked about a part-time timetable if things do not improve. The "
     "GP has referred him to the community paediatrician for an ADHD/ASD assessment.",
     ["EDU-EXC", "EDU-SEND"],
     [("hypothetical", "part-time timetable only if things do not improve: no EDU-ATT")]),
    ("C", "orange",
     "Jack was diagnosed with ASD in July and an EHC needs assessment is under way. No further exclusions "
     "since January, but he starts a managed move to the resource base at Fennick Cross Primary in September. "
     "Ellie finished the Little Oaks group in June and Gina says the nightmares have stopped.",
     ["EDU-SEND", "EDU-EXC"],
     [("negated", "'no further exclusions' but the managed move still codes EDU-EXC"),
      ("historical", "Ellie's group finished and nightmares stopped: no MH-CHILD, no DA")]),
])

case("Z018", "Marrowfield", "2025-06-16", "2025-12-05", [
    ("A", "orange",
     "Maisie (14) has been reported missing three times since May and each time police found her at the flat "
     "of a 19-year-old man she calls her boyfriend. He has given her a phone and vapes. Police have served him "
     "with a Child Abduction Warning Notice.",
     ["SAFE-EXP"],
     [("look-alike", "'boyfriend' here is grooming/exploitation, not domestic abuse"),
      ("convention", "conv. 7: police finding a missing child is safeguarding, not CRIME"),
      ("convention", "conv. 12: vapes are not SUB")]),
    ("A", "yellow",
     "Maisie's parents Paul and Tanya separated last year and are at odds over how to handle this: Paul "
     "blames Tanya for being too soft and they end up rowing whenever they meet. Both say there was never any "
     "abuse between them. Maisie lives with Tanya.",
     ["REL-CONF"],
     [("negated", "never any abuse: REL-CONF, not DA")]),
    ("C", "blue",
     "Paul and Tanya still find it hard to talk without it becoming a row, so they now keep to a shared app "
     "for anything about Maisie. No missing episodes since August and Maisie has cut contact with the man, "
     "who has been charged over offences against another girl.",
     ["REL-CONF"],
     [("historical", "no missing episodes since August, contact cut: SAFE-EXP over"),
      ("outside-household", "the man's charges are not CRIME for this family")]),
])

case("Z019", "Pellbrook", "2025-10-06", "2026-03-13", [
    ("A", "orange",
     "Home conditions poor on the joint visit with the HV: dog mess on the landing, no sheets on the "
     "children's mattresses and almost no food in the cupboards. Breakfast club staff say Kian (7) asks for "
     "extra toast most mornings. Stacey has had two food bank vouchers this month. Lacey (4) has a nursery "
     "place but has not started, and Leo (9 months) missed his development review.",
     ["SAFE-NEG", "FIN", "EYD"],
     [("convention", "conv. 10: empty cupboards/hungry child = SAFE-NEG and food bank = FIN, both")]),
    ("A", "yellow",
     "Stacey says she has been in a very dark place since her mum died in the summer and has not been to her "
     "GP. The children's dad, whom she split from in 2021, was never violent; he drinks heavily but lives with "
     "his new partner in Marrowfield and has the children at his mother's most Sundays, which Stacey is happy "
     "with.",
     ["MH-ADULT"],
     [("negated", "dad never violent: no DA"),
      ("outside-household", "dad's heavy drinking: outside the household, not SUB (conv. 6)"),
      ("historical", "split in 2021, contact agreed: no REL-CONF")]),
    ("C", "yellow",
     "Home conditions are much better, but Stacey still needs the EHW's weekly help with a cleaning and "
     "shopping plan because things slip when her mood dips. She is on sertraline from the GP and uses the "
     "community pantry each week. Lacey now goes to nursery four mornings a week.",
     ["SAFE-NEG", "MH-ADULT", "FIN"],
     [("need-met", "Lacey now at nursery: no EYD")]),
])

case("Z020", "Stannerdale", "2025-03-03", "2025-09-12", [
    ("A", "orange",
     "Since moving in last year the family have been targeted by the neighbours at no. 14: eggs thrown, racist "
     "abuse shouted over the fence and the car window smashed. Police have attended four times and the "
     "neighbours' son has been arrested; the housing association has an ASB injunction against them. Ewa has "
     "applied for a management transfer as she no longer feels safe in the house.",
     ["HOUS"],
     [("outside-household", "neighbours' offending and arrest: not CRIME for this family (conv. 6)"),
      ("look-alike", "'abuse' from neighbours and an ASB injunction are not DA"),
      ("convention", "their effect on the family (transfer application) is HOUS")]),
    ("A", "yellow",
     "Piotr had a stroke last year and uses a wheelchair. Kasia (13) helps him wash and dress before school "
     "most days and has been late 14 times this term; school has referred her to Stannerdale Young Carers.",
     ["PH", "CARER", "EDU-ATT"],
     []),
    ("C", "blue",
     "Family moved in August to an adapted ground-floor flat in Pellbrook through the transfer and have had no "
     "trouble with the new neighbours. Carers now come in twice a day for Piotr, so Kasia no longer helps with "
     "his personal care, and she has not been late since the move.",
     ["PH"],
     [("need-met", "transfer done: no HOUS"),
      ("historical", "Kasia no longer caring, no lateness: no CARER, no EDU-ATT"),
      ("look-alike", "adult 'carers' coming in is not CARER (conv. 12)")]),
])

case("Z021", "Marrowfield", "2025-09-01", "2026-02-20", [
    ("A", "red",
     "Strategy meeting 28/08 after Ross threw a bottle at Jess that narrowly missed Tommy (4). Following s47 "
     "enquiries an ICPC was held and Tommy and his sister Lola (1) are on child protection plans under "
     "emotional abuse. Ross, who lived with them, was arrested for ABH on Jess and is bailed to his brother's "
     "address.",
     ["DA"],
     [("convention", "conv. 7: partner's ABH arrest is DA only")]),
    ("A", "orange",
     "Jess smokes cannabis every day 'to cope' and has been referred to Marrowfield Recovery Service. Nursery "
     "say Tommy flinches when adults raise their voices, clings to staff at drop-off and has few words for his "
     "age; the nursery SENCO has started a speech plan.",
     ["SUB", "MH-CHILD", "EYD"],
     [("look-alike", "'smokes' cannabis is SUB (only tobacco/vaping is excluded, conv. 12)"),
      ("convention", "conv. 9: under-5 speech is EYD even with SENCO involved")]),
    ("C", "orange",
     "The CP plans ended in January and the case stepped down to EH. CPS took no further action against Ross. "
     "Jess says the relationship is over, but Ross still messages her several times a day and turned up drunk "
     "at nursery in January demanding to take Tommy; Jess has applied for a non-molestation order. She is down "
     "to cannabis at weekends and still sees her recovery worker.",
     ["DA", "SUB"],
     [("historical", "CP plans ended: does not change the box level or add anything"),
      ("outside-household", "Ross's drunkenness is not SUB; only Jess's cannabis is"),
      ("look-alike", "'relationship is over' but post-separation abuse continues")]),
])

case("Z022", "Fennick Cross", "2025-11-03", "2026-04-17", [
    ("A", "orange",
     "Kirsty rang police on 26/10 after her partner Ana locked her and baby Ivy (10 months) out of the flat "
     "overnight. Kirsty says Ana tracks her location through her phone and kept hold of her bank card. DASH "
     "medium; IDVA referral accepted. Ana has moved to a friend's. Kirsty has since found letters showing "
     "£1,100 council tax arrears and a court summons she knew nothing about.",
     ["DA", "FIN"],
     []),
    ("C", "yellow",
     "Kirsty has an arrangement with the council to pay £45 a month off the council tax. Ana has not been "
     "back; Kirsty goes to the monthly LGBTQ+ DA support group at the Rainbow Centre.",
     ["FIN", "DA"],
     [("negated", "'has not been back' does not end DA while she attends the support group (conv. 4)")]),
    ("C", "green",
     "Ivy (15 months) is walking and saying a few words; the HV has no concerns and has stopped the extra "
     "visits she was doing for her late sitting.",
     [],
     [("need-met", "development delay resolved, extra visits stopped: no EYD")]),
])

case("Z023", "Pellbrook", "2025-05-05", "2025-11-07", [
    ("A", "yellow",
     "Since Claire left Darren in 2023 he has made four anonymous referrals to children's services about her "
     "care of the girls, none substantiated, and keeps posting about her on Facebook. At handovers he films "
     "her on his phone and makes comments about her weight. Her solicitor has suggested a non-molestation "
     "order but Claire has not decided.",
     ["DA"],
     [("look-alike", "handover behaviour is post-separation harassment (DA), not REL-CONF (conv. 8)"),
      ("hypothetical", "non-mol only suggested")]),
    ("A", "green",
     "Ava (11) has type 1 diabetes and does her own carb counting and pump changes, with the school nurse "
     "keeping an overview. Both girls are happy at Pellbrook Juniors.",
     ["PH"],
     [("convention", "conv. 3: green box, managing a condition = PH present")]),
    ("C", "yellow",
     "A non-molestation order was granted in August for 12 months and Darren now arranges contact only "
     "through a monitored app. Claire still sees the outreach worker from Pellbrook Women's Centre every few "
     "weeks.",
     ["DA"],
     []),
])
# ---------------------------------------------------------------- batch 4: Z024-Z030

case("Z024", "Stannerdale", "2025-02-17", "2025-08-15", [
    ("A", "orange",
     "Holly (15) has been cutting her arms and told the school nurse she sometimes wishes she was not here. "
     "Urgent CAMHS referral accepted and the crisis team saw her on 12/02.",
     ["MH-CHILD"],
     []),
    ("A", "yellow",
     "Holly's attendance is 61% this term as she refuses most mornings. Her parents Mark and Joanne "
     "separated in December and argue over whether she should change schools; Joanne says there was never "
     "any violence, 'just a lot of bickering'.",
     ["EDU-ATT", "REL-CONF"],
     [("negated", "never any violence: REL-CONF, not DA")]),
    ("C", "green",
     "Holly is on a part-time timetable at the Stannerdale Academy inclusion base and goes to every session. "
     "Her CAMHS care coordinator sees her fortnightly; no self-harm since May. Mark and Joanne now come to "
     "reviews together and are civil with each other.",
     ["EDU-ATT", "MH-CHILD"],
     [("historical", "no self-harm since May, but CAMHS ongoing keeps MH-CHILD"),
      ("look-alike", "parents civil at reviews: good news, no REL-CONF stated as a need"),
      ("look-alike", "inclusion base is not an exclusion")]),
])

case("Z025", "Marrowfield", "2025-07-21", "2026-01-09", [
    ("A", "orange",
     "Police referral: Zara (12) had been sending images to an adult man she met through a gaming app, and "
     "when she tried to stop he threatened to share them. Police have seized the devices. Zara is very "
     "distressed and the school counsellor is seeing her weekly.",
     ["SAFE-EXP", "MH-CHILD"],
     [("outside-household", "the man's offending is not CRIME for the family")]),
    ("A", "green",
     "Mum (Priya) left an abusive marriage in 2018 and has had no contact with Zara's father since; he lives "
     "abroad. Priya works full time as a pharmacist and has good support from her sister.",
     [],
     [("historical", "DA ended 2018, no contact"),
      ("look-alike", "'pharmacist' is not SUB")]),
    ("C", "blue",
     "Zara and Priya go through her phone and app settings together every Sunday evening, as agreed in her "
     "safety plan. The man has been charged.",
     ["SAFE-EXP"],
     [("convention", "conv. 3: blue box, now managing online safety = SAFE-EXP present"),
      ("outside-household", "the man's charge is not CRIME")]),
])

case("Z026", "Fennick Cross", "2025-04-14", "2025-10-17", [
    ("A", "orange",
     "Dad (Shane) was released on licence in March after a prison sentence for burglary and has a curfew at "
     "the family home; his probation officer is part of the TAF. Brandon (17) left sixth form in October and "
     "is not working or in training.",
     ["CRIME", "EDU-NEET"],
     [("convention", "conv. 7: household adult on licence = CRIME"),
      ("convention", "conv. 11: Brandon NEET is EDU-NEET only, no FIN")]),
    ("A", "yellow",
     "Shane and Leanne have been arguing a lot since he came home, mostly about him wanting to go out and her "
     "fear that he will fall back in with old friends. Leanne is clear he has never been violent or "
     "controlling and she is not scared of him. Referred to the Reducing Parental Conflict practitioner. "
     "Leanne works 16 hours at the chemist and their UC is being paid with no problems.",
     ["REL-CONF"],
     [("negated", "never violent or controlling: no DA"),
      ("convention", "conv. 5: UC paid without problems is not FIN"),
      ("look-alike", "'chemist' is not SUB")]),
    ("C", "yellow",
     "Shane's licence runs until December; he is working on a building site through a probation employment "
     "scheme. Shane and Leanne have had four RPC sessions and say they argue less. Brandon has started an "
     "apprenticeship with a local garage.",
     ["CRIME", "REL-CONF"],
     [("need-met", "Brandon in an apprenticeship: no EDU-NEET")]),
])

case("Z027", "Pellbrook", "2025-10-13", "2026-03-27", [
    ("A", "red",
     "Pre-birth assessment under s47 following a MARAC referral: Bethany (24 weeks pregnant) was kicked in the "
     "stomach by her partner Aaron in September. Aaron has been remanded in custody.",
     ["DA"],
     [("convention", "conv. 7: partner's remand for the assault is DA only")]),
    ("A", "yellow",
     "Bethany has missed two antenatal appointments and her booking bloods; the midwife is arranging a home "
     "visit. She has been sleeping on a friend's sofa since leaving the flat, which was in Aaron's name.",
     ["PH", "HOUS"],
     []),
    ("C", "yellow",
     "Baby Oscar was born in January, healthy, and the HV new birth visit went well. Bethany and Oscar are in "
     "a mother-and-baby supported housing unit in Pellbrook while she bids for a council flat. Aaron was "
     "sentenced to three years and a restraining order was made; Bethany still sees her IDVA.",
     ["HOUS", "DA"],
     [("look-alike", "healthy birth and good new birth visit: no PH or EYD"),
      ("convention", "Aaron's sentence is DA only (outside household)")]),
])

case("Z028", "Stannerdale", "2025-08-18", "2026-02-13", [
    ("A", "orange",
     "Angela has MS, uses a wheelchair and relies on her partner Neil for personal care. She told the district "
     "nurse that when Neil is angry he leaves her in bed all day, and that he takes her PIP; she is now £600 "
     "behind on the rent. Adult safeguarding and police informed, DASH high, MARAC 28/08.",
     ["DA", "PH", "FIN"],
     [("convention", "conv. 5: PIP alone is not PH; MS itself is PH and rent arrears are FIN")]),
    ("A", "yellow",
     "Callum (13) helps Mum with transfers and her medication when Neil is out, and has been late to school "
     "nine times this term. Referred to Stannerdale Young Carers.",
     ["CARER", "EDU-ATT"],
     [("look-alike", "'her medication' is prescribed medicine, not SUB")]),
    ("C", "orange",
     "Neil moved out in October under an occupation order. Angela now has three care calls a day from an "
     "agency, and the rent arrears were cleared with a DHP. Callum still goes to young carers on Wednesdays, "
     "though school say he is now on time every day.",
     ["DA", "PH", "CARER"],
     [("historical", "rent arrears cleared: no FIN; lateness stopped: no EDU-ATT"),
      ("look-alike", "agency 'care calls' are not CARER; Callum's young carers group is")]),
])

case("Z029", "Marrowfield", "2025-01-27", "2025-07-25", [
    ("A", "yellow",
     "Natalie and the children (Finn 9, Rosie 6) came to Marrowfield from a refuge in 2023 after fleeing her "
     "ex; she has heard nothing from him since and the non-mol ran out last year without any problems. Their "
     "council flat has black mould in both bedrooms, reported three times, and Rosie's asthma has got worse "
     "over the winter. Finn gets SEN support at Marrowfield Juniors for dyslexia.",
     ["HOUS", "PH", "EDU-SEND"],
     [("historical", "fled DA and refuge in 2023, order expired, no contact: no DA")]),
    ("C", "green",
     "The council treated the mould in March and fitted extractor fans, and it has not come back. Rosie's "
     "asthma was reviewed by the practice nurse and she takes her preventer inhaler every day.",
     ["PH"],
     [("need-met", "mould treated and not returned: no HOUS"),
      ("convention", "conv. 3: managing asthma in a green box = PH present")]),
    ("C", "blue",
     "Finn's SEN support carries on and Natalie uses the reading apps the SENCO suggested with him at home.",
     ["EDU-SEND"],
     []),
])

case("Z030", "Pellbrook", "2025-06-09", "2025-12-19", [
    ("A", "orange",
     "Fifth police call-out to the address this year. On 01/06 Dwayne, who lives there, held Rochelle by the "
     "throat; he was arrested and charged, but Rochelle then withdrew her statement. Police issued a DVPN and "
     "a DVPO was granted for 28 days. Heard at MARAC 05/06.",
     ["DA"],
     [("convention", "conv. 7: household partner's arrest and charge for the DV is DA only, not CRIME"),
      ("look-alike", "withdrawn statement is not a negation")]),
    ("A", "yellow",
     "Rochelle says she drinks most evenings to get through and takes diazepam she buys online; referred to "
     "the drug and alcohol service. Reggie (8) is on 88% attendance with a lot of late marks and often comes "
     "in wearing dirty uniform, with head lice that keep coming back. Tia (5) is on 96% with no worries. "
     "School also receive Operation Encompass notifications for both children.",
     ["SUB", "EDU-ATT", "SAFE-NEG", "DA"],
     [("negated", "Tia: no worries, not coded"),
      ("convention", "Operation Encompass = DA")]),
    ("C", "orange",
     "The DVPO ran out and Dwayne moved back in during August. Rochelle says things are 'better' but police "
     "came out again on 02/11 after neighbours heard screaming; no arrest. Still a MARAC repeat case. Rochelle "
     "has stopped the diazepam and is on an alcohol reduction plan with her recovery worker.",
     ["DA", "SUB"],
     [("historical", "diazepam stopped, but alcohol reduction ongoing keeps SUB"),
      ("negated", "'no arrest' and 'better' do not negate DA")]),
])
# ---------------------------------------------------------------- batch 5: unboxed notes (no level box)
# Gold level = highest level cue in the text (taxonomy convention 2).

note("ZV01", "Fennick Cross", "2025-03-14", "assessment", "orange",
     "Call from the IDVA: Sarah has gone into a refuge out of county with her two boys after a high-risk MARAC "
     "on Tuesday. The boys are out of school until places are found in the new area.",
     ["DA", "HOUS", "EDU-ATT"],
     [("convention", "cue: MARAC -> orange")])

note("ZV02", "Pellbrook", "2025-05-20", "assessment", "green",
     "HV 6-8 week check for baby Theo. Routine DA enquiry done with Mum on her own, nothing disclosed. Weight "
     "on the 50th centile and breastfeeding going well. Mum mentioned that her sister is in a violent "
     "relationship and is staying with their parents for now.",
     [],
     [("negated", "routine enquiry, nothing disclosed"),
      ("outside-household", "sister's violent relationship: not the household"),
      ("look-alike", "weight and feeding are good news, no PH/EYD")])

note("ZV03", "Stannerdale", "2025-06-03", "assessment", "orange",
     "Out-of-hours note: police called at 1am after Jordan (16) smashed the TV and threatened his dad with a "
     "kitchen knife during an argument about money for cannabis. Jordan arrested and kept in overnight. He "
     "already has a YOS worker from a referral order in the spring; EHW to liaise.",
     ["REL-PAR", "CRIME", "SUB"],
     [("convention", "conv. 8: child-to-parent violence with police/YOS = REL-PAR + CRIME, not DA"),
      ("convention", "young person's cannabis use = SUB"),
      ("convention", "cue: police call-out, arrest, YOS -> orange")])

note("ZV04", "Marrowfield", "2025-11-24", "assessment", "orange",
     "DSL log: Operation Encompass notification for Harvey (Y4). Police were at the house last night and Dad "
     "was arrested for assaulting Mum. Harvey quiet and tired this morning; DSL spoke with him and let his "
     "class teacher know.",
     ["DA"],
     [("convention", "conv. 7: Dad's arrest for assaulting Mum is DA only, not CRIME"),
      ("convention", "cue: police call-out/arrest -> orange"),
      ("look-alike", "'tired' on one morning is not PH")])

note("ZV05", "Marrowfield", "2025-09-22", "closure", "yellow",
     "Danielle is on week 3 of the Freedom Programme at Marrowfield Family Hub. She left Warren in 2024 and "
     "he has had no contact since, but she says she wants to understand why she stayed so long.",
     ["DA"],
     [("historical", "the relationship ended in 2024, no contact"),
      ("convention", "conv. 4: ongoing Freedom Programme codes DA"),
      ("convention", "cue: one extra service -> yellow")])

note("ZV06", "Pellbrook", "2025-10-15", "assessment", "orange",
     "TAF review. Actions: housing officer to chase the repair to the leaking bedroom ceiling; school to keep "
     "monitoring Lewis's attendance (79%, persistent absence); Mum to see the GP about her back pain. Mum and "
     "Dad both said they are getting on well and there have been no arguments or police involvement at home "
     "this year.",
     ["HOUS", "EDU-ATT", "PH"],
     [("negated", "no arguments, no police: no REL-CONF, no DA/CRIME"),
      ("convention", "cue: multi-agency TAF -> orange")])

note("ZV07", "Stannerdale", "2025-11-04", "closure", "red",
     "Strategy meeting today about Demi (13), who told her form tutor that Mum's boyfriend, who lives with "
     "them, hits Mum and slapped Demi when she tried to stop him. Agreed to proceed under s47. Mum says she "
     "will ask him to leave.",
     ["DA"],
     [("hypothetical", "'will ask him to leave' does not end the DA"),
      ("convention", "cue: strategy meeting, s47 -> red")])

note("ZV08", "Marrowfield", "2026-02-02", "assessment", "yellow",
     "EHW home visit. Nan (Brenda) has Skye (7) and Logan (5) under a special guardianship order; their mum is "
     "in a refuge in another area and sees them at a contact centre once a month. Brenda is finding Logan's "
     "tantrums hard going and has booked onto a ten-week parenting course at the family hub.",
     ["REL-PAR"],
     [("outside-household", "mum in a refuge elsewhere: no DA, no HOUS for this household"),
      ("look-alike", "kinship/special guardian is not CARER (conv. 12)"),
      ("convention", "cue: EHW and parenting course -> yellow")])

note("ZV09", "Pellbrook", "2025-07-30", "assessment", "green",
     "Call from the school nurse: Jasmine (14) told her she feels anxious and low because Mum is drinking more "
     "since Christmas and is often asleep on the sofa in the afternoons. Jasmine has been skipping lunch and "
     "has lost weight. School nurse will see her weekly.",
     ["MH-CHILD", "PH", "SUB"],
     [("convention", "cue: school nurse only -> green")])


# ---------------------------------------------------------------- writer

def build():
    nar_rows, gold_rows, traps = [], [], []
    for cid, loc, a_date, c_date, boxes in CASES:
        for stage_letter, level, text, codes, trap_list in boxes:
            stage = "assessment" if stage_letter == "A" else "closure"
            date = a_date if stage_letter == "A" else c_date
            tid = f"{cid}-{stage_letter}"
            nid = f"{tid}-{level}"
            nar_rows.append([nid, tid, cid, stage, date, level, loc, text])
            for c in codes:
                gold_rows.append([nid, c, level])
            traps.append({"narrative_id": nid, "gold_codes": codes,
                          "traps": [{"type": t, "note": n} for t, n in trap_list]})
    for nid, loc, date, stage, level, text, codes, trap_list in NOTES:
        nar_rows.append([nid, nid, nid, stage, date, "", loc, text])
        for c in codes:
            gold_rows.append([nid, c, level])
        traps.append({"narrative_id": nid, "gold_level": level, "gold_codes": codes,
                      "traps": [{"type": t, "note": n} for t, n in trap_list]})

    # sanity
    for r in gold_rows:
        assert r[1] in CODES, r
        assert r[2] in LEVELS, r
    for r in nar_rows:
        assert r[6] in LOCALITIES, r

    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(nar_rows)
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")

    real = {"negated", "historical", "hypothetical", "outside-household", "need-met", "look-alike"}
    with_traps = sum(1 for t in traps if any(x["type"] in real for x in t["traps"]))
    print(f"narratives {len(nar_rows)} (boxed {len(nar_rows) - len(NOTES)}, unboxed {len(NOTES)}), "
          f"cases {len(CASES)}, gold rows {len(gold_rows)}, narratives with a trap (not counting convention notes) {with_traps}")


if __name__ == "__main__":
    build()
