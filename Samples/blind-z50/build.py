#!/usr/bin/env python3
"""Hand-written blind gold set: parents' mental health and its effect on children.
Each entry: (narrative_id, date, locality, [gold codes], trap note, text).
Boxed ids are CASE-STAGE-level; unboxed notes are in UNBOXED with their gold level."""
import csv, json, os

A, B, C, D = "Ashcombe", "Brindle Heath", "Coldharbour", "Dunmere"
BOXED = []
def box(nid, date, loc, codes, note, text):
    BOXED.append((nid, date, loc, codes, note, text))

# Z01 - postnatal depression, baby weaning
box("Z01-A-green", "2025-01-14", A, ["EYD"], "older sibling's good attendance is good news, not coded",
    "Health visitor notes Mia (7 months) has not started on solids yet and Leanne is unsure how to begin weaning. Tyler (6) is settled at Ashcombe Primary and his attendance is good.")
box("Z01-A-yellow", "2025-01-14", A, ["MH-ADULT", "REL-PAR"], "the crying is mum's, not the child's",
    "Leanne was diagnosed with postnatal depression by her GP in December and started sertraline; she is on the waiting list for talking therapy. She says she cries most afternoons and cannot get Tyler to bed, bedtime is often after 10pm. EHW to support with routines.")
box("Z01-C-blue", "2025-06-20", A, ["MH-ADULT", "REL-PAR"], "blue box: managing with ongoing medication and a routine counts as present",
    "Leanne has finished six sessions of talking therapy and continues on sertraline, and says her mood is much brighter. Tyler has a bedtime chart on his door and is in bed by 8 most nights.")
box("Z01-C-green", "2025-06-20", A, [], "weaning need described as resolved (no further concerns)",
    "Mia now eats three small meals a day and the health visitor has no further concerns about weaning.")

# Z02 - dad with OCD and panic, son does the shopping
box("Z02-A-yellow", "2025-03-04", B, ["MH-ADULT", "CARER"], "child's wellbeing explicitly negated",
    "Craig has OCD and gets panic attacks when he leaves the flat, so Ellis (13) does the weekly shop and collects his dad's prescription. School say Ellis seems happy and settled and there are no concerns about his emotional wellbeing. Referral made to Brindle Heath Young Carers.")
box("Z02-A-orange", "2025-03-04", B, ["FIN", "HOUS", "MH-ADULT"], "",
    "Craig owes £1,400 in council tax and has had a court summons; he has not opened his post for months because of his anxiety. The landlord has served a section 21 notice.")
box("Z02-C-blue", "2025-09-10", B, ["CARER"], "blue: still caring on Saturdays, now managed",
    "Ellis goes to the young carers group every other week and says he enjoys it. He still does the Saturday shop, but Craig now goes to the chemist himself.")
box("Z02-C-green", "2025-09-10", B, ["MH-ADULT"], "housing resolved: rehoused, no further concerns (historical)",
    "Craig sees his GP monthly and is on the waiting list for CBT for his OCD. Housing: rehoused by a housing association in July on a secure tenancy, no further housing concerns.")

# Z03 - daughter self-harming, mum worried but well
box("Z03-A-orange", "2025-02-11", C, ["MH-CHILD"], "mum's worry is a reaction; her own mental health negated",
    "Anaya (15) told her form tutor she has been cutting her arms and has been referred to CAMHS, first appointment awaited. Mum Priya is very worried and has taken time off work to be with her; she reports no mental health difficulties of her own.")
box("Z03-A-yellow", "2025-02-11", C, ["EDU-ATT", "REL-PAR"], "parent-child arguments are REL-PAR, not REL-CONF; phone use is not online safety",
    "Anaya has missed 11 days this half-term, mostly Mondays, and says she cannot face the bus. Priya and Anaya argue most evenings about her being on her phone late at night. EHW to do joint work on how they talk to each other.")
box("Z03-C-yellow", "2025-07-15", C, ["MH-CHILD", "EDU-ATT"], "self-harm over, but ongoing CAMHS codes MH-CHILD; reduced timetable is EDU-ATT",
    "Anaya still sees her CAMHS practitioner every fortnight and reports no self-harm since April. She is on a reduced timetable of mornings only while she builds back up.")

# Z04 - dad's past depression, ordinary needs
box("Z04-A-green", "2025-04-02", D, ["EYD"], "dad's depression in 2021 is historical",
    "Noah (4) is due to start reception in September; nursery say his speech is behind, he uses single words and is hard to understand, and they have referred him to SALT. Dad Sam had a spell of depression in 2021 after being made redundant but says he has been well for three years and takes no medication.")
box("Z04-A-yellow", "2025-04-02", D, ["FIN"], "",
    "Sam has been out of work since the factory closed in January and the family rely on Universal Credit, which was cut by a sanction in March; they have used the food bank twice. Referral to a work coach made and Citizens Advice appointment booked about the sanction.")
box("Z04-C-green", "2025-10-08", D, ["EDU-SEND"], "speech at school age is EDU-SEND, not EYD",
    "Noah (5) has started reception at Dunmere Infants and is on SEN support for speech and language, with his SALT targets worked on in class.")
box("Z04-C-blue", "2025-10-08", D, [], "FIN over (no food bank, bills up to date); shift work is not FIN; low mood negated",
    "Sam started a warehouse job on night shifts in August; the family no longer need the food bank and are up to date with all their bills. No sign of the low mood he had a few years back.")

# Z05 - mum low mood, DA from partner, gran outside household
box("Z05-A-yellow", "2025-05-19", A, ["MH-ADULT"], "grandmother's dementia is outside the household; children doing well not coded",
    "Mum Jodie has low mood and is waiting for an assessment with Talking Minds; she has stopped going out except for the school run. Her own mum in Scotland has dementia and Jodie feels guilty that she cannot visit. Kai (8) and Lola (10) are doing well at school.")
box("Z05-A-orange", "2025-05-19", A, ["DA"], "police for a partner's assault is DA only, not CRIME",
    "Police came out in April after a neighbour heard shouting; partner Dean had pushed Jodie into a door and she had a bruised shoulder. Dean is on bail not to contact the home. DASH medium risk and Jodie has an IDVA.")
box("Z05-C-yellow", "2025-11-03", A, ["DA", "MH-ADULT"], "Freedom Programme codes DA",
    "Jodie goes to the Freedom Programme on Tuesdays. She has had her assessment with Talking Minds and has a start date for group CBT in January.")

# Z06 - mum with panic disorder, son refusing school out of worry for her
box("Z06-A-yellow", "2025-01-27", B, ["EDU-ATT", "MH-CHILD", "MH-ADULT"], "both the child's worry (with clear impact on him) and mum's panic are present",
    "Reuben (9) is refusing school most days; he says he has to stay home in case mum has another panic attack. He is tearful at the gate, clingy at bedtime and tells staff he worries about her all the time. Mum Gemma has panic disorder and takes propranolol prescribed by the GP.")
box("Z06-A-green", "2025-01-27", B, ["PH"], "",
    "Reuben's sister Isla (2) has not had her MMR as Gemma keeps forgetting the appointments. HV to offer a home visit for the immunisations.")
box("Z06-C-yellow", "2025-06-30", B, ["EDU-ATT", "MH-ADULT"], "attendance still being supported; 'no attacks at the gate' does not end mum's ongoing CBT",
    "Reuben's attendance is up to 91% with a soft start each morning with the learning mentor. Gemma is having CBT for panic and has had no attacks at the school gate for six weeks.")
box("Z06-C-blue", "2025-06-30", B, ["MH-CHILD"], "blue: child still worries but is managing (worry box)",
    "Reuben says he still worries about his mum sometimes but uses the worry box his teacher gave him, and goes into school without fuss.")

# Z07 - dad with PTSD and drinking, son NEET
box("Z07-A-orange", "2025-03-12", C, ["MH-ADULT", "SUB", "EDU-NEET"], "NEET alone does not add FIN",
    "Marcus has PTSD from his army service, with nightmares and angry outbursts; he drinks up to a bottle of vodka a day and has been referred to the drug and alcohol service. Jack (17) left college in November and is not working.")
box("Z07-A-yellow", "2025-03-12", C, ["REL-CONF"], "violence and fear negated: not DA",
    "Marcus and his wife Tanya argue loudly about his drinking and have talked about splitting up; there has been no violence and Tanya says she is not frightened of him.")
box("Z07-C-green", "2025-08-28", C, ["MH-ADULT"], "sober since May = stopped, SUB historical",
    "Marcus has been sober since May and goes to a veterans' peer group; he sees his GP about his PTSD and is on the waiting list for specialist veterans' therapy.")
box("Z07-C-yellow", "2025-08-28", C, ["EDU-NEET"], "at risk of NEET counts",
    "Jack has started a Level 1 construction course at Coldharbour College but his tutor is worried he will drop out before Christmas.")

# Z08 - mum's OCD, son's eczema, declined referral
box("Z08-A-green", "2025-02-20", D, ["PH", "MH-ADULT"], "",
    "Harvey (6) has severe eczema and sees the GP regularly; Mum Shona's OCD means she washes his hands over and over, which makes his skin crack and bleed. The school nurse has given advice on emollients.")
box("Z08-A-yellow", "2025-02-20", D, ["MH-ADULT"], "declined referral does not remove the need; neglect negated",
    "Shona was referred to the community mental health team for her OCD but they declined the referral as she did not meet their criteria; the GP has re-referred her to Step Forward talking therapies and she is waiting. The home is spotless and there are no concerns about basic care.")
box("Z08-C-green", "2025-09-18", D, ["PH", "MH-ADULT"], "green: eczema managed with treatment counts",
    "Harvey's eczema is under control with a new cream from the GP. Shona is two sessions into ERP therapy and says the hand-washing with Harvey has reduced.")

# Z09 - severe depression, toddler found alone
box("Z09-A-red", "2025-04-07", A, ["SAFE-NEG", "MH-ADULT"], "",
    "Strategy meeting held after Callum (3) was found alone in the street in his pyjamas at 7am while mum Kerry was asleep upstairs. Kerry has severe depression and told the duty social worker she has had thoughts of ending her life. Section 47 enquiry under way.")
box("Z09-A-orange", "2025-04-07", A, ["MH-ADULT", "HOUS", "FIN"], "",
    "Kerry is now open to the crisis team, who visit daily. The flat has had no working heating since February and there are rent arrears of £2,300; the housing association has served a notice seeking possession.")
box("Z09-C-orange", "2025-12-01", A, ["MH-ADULT"], "child doing well at nursery is good news, not EYD",
    "Kerry remains under the community mental health team and takes her medication as prescribed; her sister now stays three nights a week. Callum attends nursery 30 hours and his keyworker says he is a happy, chatty boy.")

# Z10 - mum with fibromyalgia and depression, teenage carer
box("Z10-A-yellow", "2025-06-02", B, ["PH", "MH-ADULT", "CARER"], "carer's own wellbeing negated",
    "Angela has fibromyalgia and depression and spends most days in bed. Chloe (14) cooks tea, helps her mum in the shower and looks after her brother Max (7) after school. Chloe says she is fine and does not want a fuss, and school have no worries about her.")
box("Z10-A-green", "2025-06-02", B, ["EDU-ATT", "PH"], "bedwetting at school age is PH",
    "Max is often late because Chloe has to drop him off first; he has been late 14 times this term. Max also wets the bed most nights and the school nurse is involved.")
box("Z10-C-blue", "2025-11-20", B, ["CARER"], "PIP alone is not FIN or PH",
    "Chloe goes to the young carers club on Thursdays and has a young carers card to show at school. Angela's PIP award has come through.")

# Z11 - past postnatal depression, new baby due
box("Z11-A-green", "2025-07-09", C, ["EYD"], "past PND resolved (historical); perinatal plan is hypothetical",
    "Ruth is 30 weeks pregnant. She had postnatal depression after Esme was born in 2022, which got better with treatment, and she is well at present. The midwife has a plan: if her mood drops after the birth she will be seen by the perinatal mental health team. Esme (3) is not yet toilet trained and Ruth would like some advice.")
box("Z11-A-yellow", "2025-07-09", C, ["REL-CONF"], "",
    "Partner Josh works away Monday to Friday and the couple have been arguing on the phone about chores and his hours away. Ruth has asked for a family support worker to help her get ready for the new baby.")
box("Z11-C-blue", "2026-01-14", C, [], "all mentions over or hypothetical: mood good, contact plan 'should she', toilet training achieved",
    "Baby Finn was born in October. Ruth says she is tired but happy and her mood has stayed good; she knows how to contact the perinatal team should she start to feel low. Esme is fully toilet trained.")

# Z12 - dad with anxiety, son suspended
box("Z12-A-orange", "2025-03-24", D, ["EDU-EXC", "EDU-SEND"], "",
    "Tyrese (11) has had a three-day suspension from Dunmere Academy for throwing a chair; it is his second this year and school are talking about a managed move. He is on the waiting list for an ADHD assessment.")
box("Z12-A-yellow", "2025-03-24", D, ["MH-ADULT", "REL-PAR"], "the anxiety is dad's",
    "Dad Leon has generalised anxiety and says calls from school set him off; he has started avoiding answering his phone. Mum Keisha works full time and deals with most school contact. Tyrese is defiant at home and slams doors when he is told no.")
box("Z12-C-yellow", "2025-10-22", D, ["EDU-EXC", "EDU-SEND"], "managed move ongoing codes EDU-EXC even with no suspensions since",
    "Tyrese has moved to Hillbrook School on a managed move and has had no suspensions since. He was diagnosed with ADHD in August, now takes medication and the SENCO has a support plan in place.")

# Z13 - mum in recovery with trauma, son anxious
box("Z13-A-orange", "2025-05-06", A, ["SUB", "MH-ADULT", "MH-CHILD"], "methadone script codes SUB despite no heroin use; child checking on mum is his anxiety, not caring",
    "Mum Stacey is on a methadone script with Ashcombe Recovery Service and says she has not used heroin for 18 months. She has complex trauma from her own childhood and is waiting for trauma therapy. Riley (10) has been referred to CAMHS for anxiety; he gets up in the night to check his mum is breathing.")
box("Z13-A-yellow", "2025-05-06", A, ["FIN"], "father outside household: his mental illness not coded",
    "Riley's dad lives in Leeds and has schizophrenia; contact is by phone only. Stacey owes around £700 to a doorstep lender.")
box("Z13-C-green", "2025-10-15", A, ["SUB", "MH-CHILD"], "CAMHS discharge, but green: worries still present and monitored by school nurse",
    "Stacey is on a reducing methadone script and collects it from the chemist daily. Riley was discharged from CAMHS after six sessions and the school nurse checks in with him monthly about his worries, which he says are much smaller now.")

# Z14 - dad with MS, mum low, overcrowded flat
box("Z14-A-green", "2025-02-05", B, ["PH", "MH-ADULT"], "",
    "Dad Piotr has multiple sclerosis and uses a wheelchair; the GP and MS nurse are involved. Mum Agata says she has been feeling low and tearful and her GP has started her on antidepressants.")
box("Z14-C-green", "2025-08-11", B, ["MH-ADULT"], "housing need over after the move",
    "The family moved to an adapted ground-floor bungalow in June. Agata is still on her antidepressants and says the move has lifted her mood.")

# Z15 - bereavement, grieving children, dad denies depression
box("Z15-A-yellow", "2025-09-01", C, ["MH-CHILD"], "dad denies depression (negated)",
    "Since their mum died in March, Ollie (12) and Freya (9) live with dad Gareth. Freya has nightmares and has been found crying in the school toilets; she has been referred to the Little Oak bereavement service. Gareth says he is coping and denies feeling depressed.")
box("Z15-A-green", "2025-09-01", C, ["EDU-ATT"], "",
    "Ollie's attendance has fallen to 88% since the bereavement and his head of year is keeping a close eye. Gareth finds it hard to get both children to school on time on his own.")
box("Z15-C-blue", "2026-02-09", C, ["MH-CHILD"], "blue: grief still present, being managed",
    "Freya still has some bad nights, but she and Gareth use the memory box they made with the bereavement worker and she talks about her mum more easily now.")

# Z16 - mum agoraphobic, 16-year-old son at home
box("Z16-A-yellow", "2025-04-14", D, ["EDU-NEET", "MH-ADULT", "CARER"], "",
    "Dean (16) left Dunmere Academy in the summer and has no college place or job; he spends most days at home with his mum Claire, who has agoraphobia and depression. He does the shopping and takes her to her appointments.")
box("Z16-C-yellow", "2025-12-08", D, ["CARER"], "apprenticeship: NEET over",
    "Dean started an apprenticeship at a garage in October. He still helps his mum with shopping and appointments and has had a young carer's assessment through the carers centre.")
box("Z16-C-blue", "2025-12-08", D, ["MH-ADULT"], "",
    "Claire has started online CBT and has walked to the corner shop on her own twice.")

# Z17 - dad PTSD after crash
box("Z17-A-green", "2025-06-16", A, ["PH", "MH-ADULT"], "child in the crash shows no distress (negated)",
    "Dad Wesley was hurt in a car crash in January and still has back pain and physio arranged by the GP. He has flashbacks and will not drive; the GP has diagnosed PTSD and referred him to talking therapies. Alfie (7) was in the car too but shows no signs of distress and school say he is his usual self.")
box("Z17-A-yellow", "2025-06-16", A, ["FIN"], "rent hypothetical ('if ... may struggle')",
    "Wesley is on statutory sick pay and the family are about £450 behind on gas and electricity. If the landlord's planned rent rise goes ahead they may struggle with the rent as well.")

# Z18 - mum with bipolar disorder, daughter asks questions
box("Z18-A-yellow", "2025-01-20", B, ["MH-ADULT", "EDU-SEND"], "child's single question with no stated effect on her is not MH-CHILD; past admission historical",
    "Mum Natalie has bipolar disorder and sees the community mental health team monthly; she is stable on lithium at present. Jasmine (10) has dyslexia and is on SEN support at school. Jasmine asked the EHW whether her mum will have to go into hospital again, like two years ago.")
box("Z18-A-green", "2025-01-20", B, ["PH"], "",
    "Jasmine has not seen a dentist for three years and has toothache; Natalie has been given details of an NHS dentist nearby.")
box("Z18-C-blue", "2025-07-07", B, ["MH-ADULT"], "dental need over; mum's bipolar managed with medication and a crisis plan",
    "Jasmine has been to the dentist, had two fillings and the toothache has gone. Natalie remains stable on lithium and has written a crisis plan with Jasmine so she knows who to call if mum becomes unwell.")

# Z19 - neglect, mum low after bereavement, son offending
box("Z19-A-red", "2025-03-03", C, ["SAFE-NEG", "MH-ADULT"], "grandmother's death is background, not a code",
    "The children have been on a child protection plan under neglect since February. Home conditions are poor: dog mess on the floors, no clean bedding and little food in the cupboards. Mum Tara says she has felt very low since her own mum died last year and cannot get motivated.")
box("Z19-A-orange", "2025-03-03", C, ["CRIME", "SUB"], "cannabis for his own use, no exploitation described: SUB not SAFE-EXP",
    "Tara's son Kieran (14) has been arrested twice for shoplifting and is working with the YOS. He was found with cannabis on him, which he says was for his own use.")
box("Z19-C-orange", "2025-09-15", C, ["SAFE-NEG", "MH-ADULT"], "orange box though text mentions child in need: box level wins",
    "CP plan stepped down to child in need in August. The house is much better with weekly help from the family support worker, though the children's room still has no curtains and the washing machine is broken. Tara is now on antidepressants and goes to a women's group.")
box("Z19-C-yellow", "2025-09-15", C, [], "referral order completed and cannabis stopped: both historical",
    "Kieran completed his referral order in July and has had no police contact since. He says he has stopped smoking weed.")

# Z20 - mum's health anxiety about toddler
box("Z20-A-green", "2025-05-28", D, ["MH-ADULT"], "the anxiety is mum's; toddler's development negated; coughs not a PH need",
    "Poppy (2) had her two-year review with the health visitor and is meeting all her milestones. Mum Katie has health anxiety and rings 111 several times a week about Poppy's coughs and rashes; the GP has talked with her about it.")
box("Z20-A-yellow", "2025-05-28", D, ["MH-ADULT", "EYD"], "",
    "Katie has been referred to Dunmere Talking Therapies for her anxiety. She also wants help finding a nursery place for Poppy's funded hours, as Poppy has never been left with anyone else.")
box("Z20-C-blue", "2025-12-11", D, ["MH-ADULT"], "nursery place taken up (achieved, no need stated)",
    "Poppy is settled at Little Acorns nursery three mornings a week. Katie uses the worry-time technique from her therapist and has cut her calls to 111 to about one a month.")

# Z21 - grandmother with dementia in the household
box("Z21-A-yellow", "2025-08-04", A, ["PH", "MH-ADULT", "CARER"], "grandmother lives in the household, so her dementia is PH",
    "Maternal grandmother Irene (78) moved in with the family in June and has dementia; she wanders at night. Mum Hayley says the broken nights are making her anxious and irritable and she has started seeing her GP about it. Ruby (13) sits with her nan after school until Hayley gets home.")
box("Z21-A-green", "2025-08-04", A, [], "uncle in prison lives elsewhere: not CRIME",
    "Ruby's brother Archie (5) has settled well into reception. Hayley's brother, who lives in Bristol, is serving a prison sentence and she visits him once a month.")
box("Z21-C-yellow", "2026-01-19", A, ["PH", "MH-ADULT"], "Ruby no longer cares: CARER historical",
    "Irene now goes to a day centre three days a week and a carer comes in each evening, so Ruby no longer looks after her. Hayley is on sertraline and sleeping better.")

# Z22 - mother and daughter both depressed
box("Z22-A-orange", "2025-02-17", B, ["MH-CHILD", "MH-ADULT"], "both parent and child named in one sentence",
    "Both Kayla (16) and her mum Donna have depression. Kayla is open to CAMHS after an overdose in January; Donna is waiting for a psychiatry appointment and says some days she cannot get out of bed to check on Kayla.")
box("Z22-A-yellow", "2025-02-17", B, ["EDU-NEET", "CRIME"], "adult household member on probation is CRIME; drink-driving does not itself show SUB",
    "Kayla dropped out of sixth form in December and is not working. Donna's partner Steve, who lives with them, is on probation for a drink-driving offence.")
box("Z22-C-yellow", "2025-09-22", B, ["MH-CHILD"], "NEET over (on a course); probation finished",
    "Kayla has started a hair and beauty course at college and still sees CAMHS monthly. Steve finished his probation in May.")

# Z23 - separated parents, contact dispute, anxious mum and son
box("Z23-A-yellow", "2025-04-22", C, ["REL-CONF", "MH-ADULT", "MH-CHILD"], "dad out of household but the contact dispute is the family's need; mum's shaking vs son's tummy aches",
    "Jamie (8) and Evie (6) live with mum Laura; their parents separated last autumn and disagree about contact, and dad Tom has applied to court. Laura has anxiety and says handovers leave her shaking. Jamie has started biting his nails until they bleed and says his tummy hurts before he sees his dad.")
box("Z23-A-green", "2025-04-22", C, ["PH"], "emotional wellbeing negated",
    "The GP has referred Evie for tests for coeliac disease. The school nurse has no concerns about Evie's emotional wellbeing.")
box("Z23-C-yellow", "2025-10-30", C, ["REL-CONF", "MH-CHILD"], "",
    "The parents are going to Coldharbour Family Mediation and have agreed handovers at the leisure centre. Jamie's tummy aches before contact have eased and he sees the school's ELSA weekly.")
box("Z23-C-blue", "2025-10-30", C, ["MH-ADULT"], "",
    "Laura does breathing exercises before handovers and says she is much calmer; her mum does the handover instead when Laura feels anxious.")

# Z24 - mum detained under the Mental Health Act
box("Z24-A-red", "2025-06-09", D, ["MH-ADULT", "PH"], "bedwetting at school age is PH",
    "Mum Bernadette was detained under the Mental Health Act after a psychotic episode in May, and Leo (11) and Kit (4) are staying with their aunt under section 20. Leo saw his mum being taken away by ambulance and has wet the bed most nights since.")
box("Z24-A-orange", "2025-06-09", D, ["EYD", "EDU-ATT"], "",
    "Kit is not registered with any nursery and has very little speech for his age. Leo has moved to a school near his aunt's and his attendance there is 70%.")
box("Z24-C-orange", "2025-12-15", D, ["MH-ADULT", "MH-CHILD"], "",
    "Bernadette was discharged from hospital in September and is supported by the early intervention in psychosis team; the children came home in November under a child in need plan. Leo is having play therapy for the trauma of seeing his mum's admission.")
box("Z24-C-green", "2025-12-15", D, ["EYD"], "",
    "Kit goes to Dunmere Nursery 15 hours a week and his speech therapist has given staff a programme to follow with him.")

# Z25 - dad's gambling debts, mum's panic attacks
box("Z25-A-yellow", "2025-07-21", A, ["FIN", "MH-ADULT"], "gambling debt is FIN not SUB; 'self-excluded' is not school exclusion",
    "Dad Ryan has built up about £6,000 of debt through online betting and has self-excluded from the gambling sites; mum Amy found out in June and has had panic attacks since. They are staying together and go to Gamblers Anonymous family sessions.")
box("Z25-A-green", "2025-07-21", A, [], "pure good news, no need stated",
    "Daisy (7) and Ben (5) attend school well and seem happy; school were not aware of anything difficult at home.")
box("Z25-C-blue", "2026-01-05", A, ["FIN"], "blue: paying off debt is managing; panic attacks over",
    "Ryan pays £150 a month into a debt management plan set up with StepChange. Amy has not had a panic attack since November.")

# Z26 - dad's depression, son exploited
box("Z26-A-orange", "2025-10-06", B, ["SAFE-EXP", "MH-ADULT"], "police finding a missing child is not CRIME; no drugs found on him",
    "Connor (15) has been reported missing three times since August and was found in another town with £400 in cash and two phones; police believe he is being used to run drugs. Dad Martin has depression and says he is worn out and does not know how to keep Connor safe.")
box("Z26-A-yellow", "2025-10-06", B, ["MH-ADULT", "REL-PAR"], "",
    "Martin's GP has increased his antidepressant dose. Connor will not come home by his curfew and swore at Martin when he took his phone away.")
box("Z26-C-orange", "2026-03-02", B, ["SAFE-EXP"], "missing episodes stopped, but exploitation work ongoing",
    "Connor has had no missing episodes since December and is engaging with the exploitation worker from the Safer Streets project; the NRM referral is still being considered.")

# Z27 - perinatal OCD
box("Z27-A-orange", "2025-09-08", C, ["MH-ADULT", "FIN"], "intrusive thoughts of harm: no risk to baby, not neglect or abuse",
    "Mum Hana has perinatal OCD with intrusive thoughts about harming baby Amir (4 months); she has never acted on them and is distressed by them. She is open to the perinatal mental health team, who are clear there is no risk to Amir. Dad Yusuf has taken unpaid leave to be at home and the family are now a month behind with the rent.")
box("Z27-A-green", "2025-09-08", C, ["REL-PAR"], "bonding support is parent-child relationship; feeding and weight are good news",
    "Amir is feeding well and gaining weight; the health visitor is visiting weekly to help Hana with bonding.")
box("Z27-C-blue", "2026-02-16", C, ["MH-ADULT"], "rent now up to date: FIN over",
    "Hana still has some intrusive thoughts but uses the strategies from the perinatal team and says they pass quickly. Yusuf is back at work and the rent is up to date.")

# Z28 - dad signed off with anxiety, possession notice, autistic daughter
box("Z28-A-orange", "2025-11-10", D, ["HOUS", "FIN", "MH-ADULT"], "",
    "The family were served a possession notice in October for rent arrears of £3,100. Dad Kofi has been signed off work with stress and anxiety.")
box("Z28-A-yellow", "2025-11-10", D, ["EDU-SEND", "REL-PAR"], "brother doing well not coded",
    "Ama (9) is autistic and has an EHCP; she finds change very hard and has meltdowns at home when routines slip. Her brother Kwame (13) is doing well at school.")
box("Z28-C-yellow", "2026-03-09", D, ["FIN"], "possession claim withdrawn, counselling finished: historical",
    "Kofi is back at work and the arrears are down to £900 under an agreement with the landlord, who has withdrawn the possession claim. Kofi finished six sessions of counselling through work and says he feels like himself again.")

# Unboxed case notes: (id, date, locality, stage, [codes], gold level, note, text)
UNBOXED = [
    ("ZV01", "2025-02-24", A, "assessment", ["MH-ADULT", "EDU-ATT"], "yellow", "cue: family support worker",
     "Phone call from mum Sophie, who says her low mood has come back since the baby arrived and she is struggling to get Tommy (6) to school; he has missed 8 days this month. Referred to a family support worker."),
    ("ZV02", "2025-03-31", B, "assessment", ["MH-ADULT", "EYD"], "green", "dad's long-term medication still an ongoing treatment; cue: HV",
     "Home visit. Dad Rob has taken sertraline for anxiety for years and says it keeps him well. Marley (4) is not yet talking in sentences and the HV has referred him to speech and language therapy."),
    ("ZV03", "2025-05-12", C, "assessment", ["DA", "MH-CHILD", "MH-ADULT"], "red", "previous relationship is history, but mum's PTSD is present; cue: strategy discussion/s47",
     "Strategy discussion today about Skye (13), who told her teacher that mum's new partner hits mum and that she is scared to go home; she is not sleeping and has been cutting her legs. Mum Carly has PTSD from a previous relationship. Section 47 enquiry to go ahead."),
    ("ZV04", "2025-06-23", D, "assessment", ["MH-ADULT"], "blue", "cue: information only, self-referral",
     "Mum Dawn asked for information about local support for her anxiety, which she describes as mild. Given leaflets and the Hub website; she will sign up for the online course herself."),
    ("ZV05", "2025-08-18", A, "assessment", ["MH-CHILD"], "orange", "mum's depression in remission (historical); grandad outside the household; cue: CAMHS",
     "CAMHS update: Owen (14) is still on the waiting list. Mum Jo's own depression is in remission and her GP has discharged her. Owen's grandad, who lives round the corner, has had a stroke and Owen has been visiting him a lot."),
    ("ZV06", "2025-10-13", B, "assessment", ["REL-PAR", "CRIME", "MH-ADULT"], "orange", "child-to-parent violence is REL-PAR plus CRIME, not DA; cue: police call-out",
     "Joint visit with police after last night's call-out: Tyler (15) smashed a window and threatened his mum with a knife during an argument. Mum Mel has depression and says she is frightened of him."),
    ("ZV07", "2025-11-24", C, "closure", ["MH-ADULT"], "green", "declined referral, but private counselling ongoing; child fine; cue: GP",
     "Mum Rachel rang to say her Talking Therapies referral was declined because she already sees a private counsellor, which she is happy with; the GP is aware. Evan (9) is fine and enjoying football."),
    ("ZV08", "2026-01-26", D, "assessment", ["CARER", "MH-ADULT"], "yellow", "child thinks about dad but anxiety negated: worry alone not MH-CHILD; cue: young carers service",
     "Young carers service assessment: Lily (11) helps her dad, who has severe depression, with his tablets and makes her own packed lunch. She says she thinks about him at school but does not feel anxious and enjoys her lessons."),
]

LEVELS = ["blue", "green", "yellow", "orange", "red"]

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    nrows, grows, traps = [], [], []
    for nid, date, loc, codes, note, text in BOXED:
        case, st, level = nid.split("-")
        stage = {"A": "assessment", "C": "closure"}[st]
        nrows.append([nid, f"{case}-{st}", case, stage, date, level, loc, text])
        grows += [[nid, c, level] for c in codes]
        if note:
            traps.append({"narrative_id": nid, "gold": codes, "note": note})
    for nid, date, loc, stage, codes, glevel, note, text in UNBOXED:
        nrows.append([nid, nid, nid, stage, date, "", loc, text])
        grows += [[nid, c, glevel] for c in codes]
        traps.append({"narrative_id": nid, "gold": codes, "gold_level": glevel, "note": note})
    def write(name, header, rows):
        with open(os.path.join(here, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(header)
            w.writerows(rows)
    write("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"], nrows)
    write("gold.csv", ["narrative_id", "code", "level"], grows)
    with open(os.path.join(here, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
    print(f"{len(nrows)} narratives, {len(grows)} gold rows, {len(traps)} trap notes")

if __name__ == "__main__":
    main()
