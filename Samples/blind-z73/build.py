#!/usr/bin/env python3
"""Blind hand-written gold set: metropolitan borough early help triage export 2025-26.
Every narrative, its gold codes and trap notes are written by hand below."""
import csv, json, os

OUT = os.path.dirname(os.path.abspath(__file__))

# (case, stage, date, locality, [(box_level, text, [codes], [trap tags], note)])
# trap tags: negated, historical, hypothetical, outside, lookalike, met
CASES = [
 ("A", "2025-04-14", "Ashcombe", [
  ("green", "dad (Lee) main carer since mum left in jan. Tyler (4) at nursery mornings only - nursery say not toilet trained and only a handful of single words. hv referred to salt, waiting list 12 wks",
   ["EYD"], [], "father main carer; under-5 toileting and speech = EYD"),
  ("yellow", "Dad struggling for money since mum left, uc changed to a single claim and payment delayed 5 wks so using St Marks food bank. mum pays nothing twrds the kids. dad says she is drinking heavily again at her new flat - she is not in the household",
   ["FIN"], ["outside"], "mum's drinking is an adult who left the household: not SUB"),
  ("orange", "Kayden (14) * 2 fixed term exclusions this term for fighting, on report card, HT says perm ex risk * missing till 1am last thurs, police found him at retail park w older lads, dad thinks they are using him to carry stuff * community resolution for criminal damage at bus station in march",
   ["EDU-EXC", "SAFE-EXP", "CRIME"], ["lookalike"], "police finding a missing child is not CRIME; CRIME from the community resolution"),
 ]),
 ("C", "2025-07-18", "Ashcombe", [
  ("blue", "dad paying £15 a wk off council tax arrears thru an agreement, uc now right. hasnt needed the food bank since may",
   ["FIN"], ["historical"], "repaying arrears = now managing (blue); food bank use is over"),
  ("green", "Tyler dry in the day now, still in the nursery salt group for his speech, hv happy with progress. starts reception in sept",
   ["EYD"], [], "ongoing speech input for under-5"),
  ("yellow", "Kayden still on yos prevention programme until sept. no further exclusions since may and report card taken off",
   ["CRIME"], ["historical"], "YOS ongoing = CRIME; exclusions over"),
 ]),
 ("A", "2025-05-06", "Brackenhurst", [
  ("green", "Maternal nan (Pat) kinship carer for Ruby (7) and Mason (5) under an sgo since 2023. both at St Annes Primary, school report no concerns re attendance. Ruby wetting the bed most nights, school nurse has given advice",
   ["PH"], ["negated", "lookalike"], "kinship carer is not CARER; school-age bedwetting = PH; attendance negated"),
  ("yellow", "Pat (68) has copd and bad arthritis, finding school run hard and cant manage bedtimes - Mason hitting out, screaming, refusing to go up. Pat asking for parenting help. sgo allowance was cut and shes £340 behind on gas. birth mum Jade not in household, her heroin use is why kids are with Pat, no contact at present",
   ["PH", "REL-PAR", "FIN"], ["outside"], "birth mum's heroin use: person outside household, not SUB"),
 ]),
 ("C", "2025-11-20", "Brackenhurst", [
  ("blue", "Pat using the reward chart from incredible years, Mason settled by 8pm most nights now. gas arrears cleared with a hardship grant",
   ["REL-PAR"], ["historical"], "managing routines = REL-PAR blue; arrears cleared = historical"),
  ("green", "Ruby still wet some nights, gp referred to enuresis clinic, awaiting appt. Pat's copd reviewed by gp and on a new inhaler",
   ["PH"], [], ""),
 ]),
 ("A", "2025-06-10", "Millgate", [
  ("green", "Chantelle (17) had baby Maisie 8wks ago. hv visiting, Maisie gaining weight well and feeding fine. epds at 6wk check high, Chantelle says low and tearful most days, gp started sertraline",
   ["MH-ADULT"], ["lookalike"], "teenage parent's postnatal low mood = parent's MH; baby's weight is good news only"),
  ("yellow", "Chantelle left college in march when pregnant, not in education or training now, wants to go back to her childcare course - fsw to look at care to learn. overcrowded: Chantelle, baby and her sister (12) all in one bedroom at her mum Donna's 2 bed flat, on housing register band C",
   ["EDU-NEET", "HOUS"], [], "16+ NEET is EDU-NEET only, no FIN (conv 11)"),
  ("orange", "baby's dad Reece (19) not in household. arrested in may for assaulting Chantelle when she was 7 months pregnant, non mol in place, heard at MARAC 2/6. he has been messaging her from a new number",
   ["DA"], ["outside"], "ex-partner's arrest for the assault is DA only, not CRIME (conv 7)"),
 ]),
 ("C", "2026-01-15", "Millgate", [
  ("blue", "Chantelle has her safety plan and keeps a copy of the non mol in her bag. Reece still tries to get at her through mates now and then, she screenshots it and reports to police",
   ["DA"], [], "managing an ongoing DA risk counts in blue"),
  ("green", "Chantelle started the level 2 childcare course at Millgate College in jan, childminder paid through care to learn. mood better, still on sertraline with monthly gp reviews. says if the childminder falls through she might have to drop out again",
   ["MH-ADULT"], ["met", "hypothetical"], "back in education so NEET is over (drop-out only hypothetical); ongoing treatment = MH-ADULT"),
 ]),
 ("A", "2025-04-22", "Thornley Park", [
  ("yellow", "mum (Sophie) says ex Dean moved out in feb after years of controlling her - he had her bank card and checked her phone. he still has the kids alt weekends and uses handovers to put her down and quiz the kids about her. Sophie on waiting list for freedom programme",
   ["DA"], [], "adult who left household; his coercive control continues through contact"),
  ("orange", "Dean left over £2k debt in sophies name incl catalogue and rent arrears, landlord served a s21 last wk. sophie very low, says she cant see a way out but denies any thoughts of harming herself, gp appt booked. Dean drinks heavily but is not in the household",
   ["FIN", "HOUS", "MH-ADULT"], ["negated", "outside"], "denial of self-harm thoughts does not cancel low mood; Dean's drinking not SUB"),
  ("green", "Lily (8) and Alfie (6) at Thornley Park Primary, attendance 97%. Lily told her teacher she worries about mum all the time and doesnt want to go to dads, pastoral lead doing check ins",
   ["MH-CHILD"], ["lookalike"], "good attendance is not coded"),
 ]),
 ("C", "2025-12-03", "Thornley Park", [
  ("green", "new housing assoc tenancy since aug, no rent arrears. catalogue debts written off under a DRO so nothing owing now. Lily still sees the pastoral lead weekly for her worries, much more settled",
   ["MH-CHILD"], ["negated", "historical"], "HOUS and FIN over/negated"),
 ]),
 ("A", "2025-07-01", "Ashcombe", [
  ("yellow", "dad (Craig) on methadone script via Ashcombe drug and alcohol service for 3 yrs, says stable and his ua's are all clean. school have noticed he smells of alcohol at pick up some days, he says its from the night before",
   ["SUB"], ["lookalike"], "ua here = urine test, not unauthorised absence"),
  ("orange", "Ellie (13) open to camhs since may after cutting her arms, on waiting list for dbt group. missing overnight x1 in june, police found her at a friends in town, return interview - no exploitation concerns identified",
   ["MH-CHILD", "SAFE-EXP"], ["negated", "lookalike"], "missing episode itself is SAFE-EXP; police finding her is not CRIME"),
  ("green", "Ellie's attendance 89% - several ua's in the afternoons, school attendance officer monitoring",
   ["EDU-ATT"], [], "ua = unauthorised absence here"),
 ]),
 ("C", "2026-02-11", "Ashcombe", [
  ("blue", "Craig still on his script, reducing 5ml a month with his worker. no alcohol concerns from school since sept",
   ["SUB"], ["historical"], "ongoing script = SUB; alcohol concern over"),
  ("yellow", "Ellie finished dbt group in jan, camhs plan to discharge her in march. no further missing episodes since june, attendance now 94%",
   ["MH-CHILD"], ["historical"], "still open to CAMHS; missing is historical"),
 ]),
 ("A", "2025-09-08", "Brackenhurst", [
  ("green", "mum (Aisha) has ms, uses wheelchair outside the home, gp and district nurse involved. family in an adapted bungalow, no housing issues",
   ["PH"], ["negated"], ""),
  ("yellow", "Zain (11) doing a lot of the caring - sorts mums meds, cooks tea most nights and minds his sister (6) after school. late 14 times this term and looks shattered. referred to young carers. Aisha gets PIP and ESA and says money is ok",
   ["CARER", "EDU-ATT"], ["negated", "lookalike"], "benefit names with no money problem = no FIN (conv 5)"),
 ]),
 ("C", "2026-03-06", "Brackenhurst", [
  ("blue", "Zain goes to young carers club thursdays and has a young carers card for school. mums sister now does tea 3 nights a wk",
   ["CARER"], [], ""),
 ]),
 ("A", "2025-05-19", "Millgate", [
  ("yellow", "Connor (17) lives with dad (Martin), dad sole carer since mum moved to spain in 2022. Connor dropped out of sixth form in nov, not working or training, spends all day gaming in his room. rows with dad every day about it",
   ["EDU-NEET", "REL-PAR"], [], "parent-child rows = REL-PAR; no FIN for NEET"),
  ("orange", "Connor arrested april for possession with intent (cannabis), now on a referral order with yos. says he smokes cannabis every day. dad works night shifts as a hgv driver",
   ["CRIME", "SUB"], ["lookalike"], "shift work is not FIN (conv 5)"),
 ]),
 ("C", "2025-12-12", "Millgate", [
  ("yellow", "Connor started a construction traineeship through the youth hub in oct, going 4 days a wk. referral order till feb, yos worker says hes engaging. cannabis cut down to weekends only he says",
   ["CRIME", "SUB"], ["met"], "in training now so NEET is over"),
  ("blue", "dad and Connor have agreed house rules and rows are a lot less often, they go to the gym together",
   ["REL-PAR"], [], "managing relationship (blue)"),
 ]),
 ("A", "2025-08-04", "Thornley Park", [
  ("orange", "home conditions v poor - dog mess on floors, no food in the fridge on visit, school say kids (3, 5, 8) in the same clothes all week. severe damp and black mould in the kids room, landlord not responding to repair requests",
   ["SAFE-NEG", "HOUS"], [], "empty fridge = SAFE-NEG not FIN"),
  ("red", "strategy mtg 30/7 after Kacey (5) told her teacher she was left on her own in the flat overnight. s47 completed, ICPC booked 20/8 under neglect. sw allocated",
   ["SAFE-NEG"], [], ""),
  ("green", "Jordan (3) not taking up his funded nursery place, hv 2yr check missed x2. Kacey has bad tooth decay and no dentist",
   ["EYD", "PH"], [], ""),
 ]),
 ("C", "2026-01-22", "Thornley Park", [
  ("yellow", "stepped down from cp to eh in dec. home conditions better, fridge stocked on all visits, fsw doing weekly routines work with mum. some days kids still arrive at school unwashed",
   ["SAFE-NEG"], [], "CP plan ended but neglect need continues"),
  ("green", "Jordan now in nursery 15 hrs, nursery say his speech is behind and have referred to salt. Kacey had 4 teeth out under ga in nov and is now registered with a dentist",
   ["EYD"], ["historical"], "dental treatment done, no current PH need"),
 ]),
 ("A", "2025-09-22", "Ashcombe", [
  ("green", "Harvey (9) asd dx, on sen support at Brook Lane, senco applying for ehcp. really struggles with any change to routine. 2 half day suspensions this term for throwing chairs in class",
   ["EDU-SEND", "EDU-EXC"], ["lookalike"], "suspension = EDU-EXC; SENCO/EHCP application = EDU-SEND"),
  ("yellow", "meltdowns at home daily, he hits mum and his little brother, mum says she cant cope with his behaviour. referred to cygnet parenting course",
   ["REL-PAR"], ["lookalike"], "child-to-parent violence = REL-PAR, not DA (conv 8)"),
 ]),
 ("C", "2026-03-18", "Ashcombe", [
  ("green", "ehcp issued in feb, has 1:1 ta in class, settled at school",
   ["EDU-SEND"], [], ""),
  ("blue", "mum finished cygnet, using visual timetable and a calm box at home, meltdowns down to 1 or 2 a wk",
   ["REL-PAR"], [], "managing (blue)"),
 ]),
 ("A", "2025-06-30", "Brackenhurst", [
  ("yellow", "parents Gary and Michelle arguing a lot - michelle says gary gambled the rent money, now £1,200 rent arrears and a bailiff letter for council tax. Gary self-excluded from betting sites in may. DV - none, both say rows are verbal only and neither is scared of the other",
   ["FIN", "REL-CONF"], ["negated", "lookalike"], "gambling debts FIN not SUB; 'self-excluded' is not EDU-EXC; DA negated"),
  ("green", "Michelle on sertraline from gp for anxiety for years, says it is under control",
   ["MH-ADULT"], [], "managing with treatment counts in green"),
 ]),
 ("C", "2025-12-09", "Brackenhurst", [
  ("blue", "Gary goes to a gamcare group weekly. paying £60 a month extra off the rent arrears by agreement with landlord. still go to relate fortnightly and say they are getting on better",
   ["FIN", "REL-CONF"], ["lookalike"], "gambling support is not SUB"),
 ]),
 ("A", "2025-10-13", "Millgate", [
  ("green", "Freya (2) 2yr check - hv worried about speech, only 5 words. not in nursery, hv gave dad info on 2yr funding. Noah (7) quiet and withdrawn in class since mum left, school counsellor seeing him",
   ["EYD", "MH-CHILD"], [], ""),
  ("yellow", "dad (Tom) gave up his warehouse job to look after the kids after mum left in aug, now on uc, £280 behind on electric on a prepay meter, fsw applying to household support fund. mum Leanne back at her parents, she has bipolar and was admitted in sept - not in the household, dad takes kids to visit",
   ["FIN"], ["outside"], "mum's bipolar: adult who left the household, not MH-ADULT"),
 ]),
 ("C", "2026-03-02", "Millgate", [
  ("blue", "Noah talks to dad about mum now and uses a worry jar at bedtime, still sees the school counsellor every other wk. hsf grant cleared the electric and dad back at work school hours",
   ["MH-CHILD"], ["historical"], "FIN cleared and back in work"),
 ]),
 ("A", "2025-11-03", "Thornley Park", [
  ("yellow", "Amira (12) being bullied by a group of yr 8 girls, nasty snapchat messages, school aware. Amira refusing to go in some mornings, attendance 84%",
   ["SAFE-EXP", "EDU-ATT"], ["outside"], "bullies are outside the household but bullying is the child's need"),
  ("orange", "mum found Amira had been sending pics to a man she met online who said he was 16. police informed and investigating, ceop report done. Amira very anxious and tearful, gp referred to camhs",
   ["SAFE-EXP", "MH-CHILD"], ["outside"], "police investigating the offender outside household: not CRIME"),
 ]),
 ("C", "2026-03-25", "Thornley Park", [
  ("green", "Amira moved tutor group, no bullying since jan, attendance back to 96%. still on camhs waiting list, school nurse checks in monthly",
   ["MH-CHILD"], ["historical"], "awaiting CAMHS = MH-CHILD; bullying over"),
  ("blue", "mum has set up parental controls and phone stays downstairs overnight, Amira agreed to it",
   ["SAFE-EXP"], [], "managing online safety (blue)"),
 ]),
 ("A", "2025-08-18", "Ashcombe", [
  ("orange", "mum Grace + 3 kids in temp accom - one room in a b&b since fleeing dv in leeds in june, ex doesnt know where they are. all 4 share a double bed, no cooking facilities",
   ["HOUS", "DA"], [], "recently fled and in hiding: DA treated as a current risk"),
  ("yellow", "Grace's uc not moved over from old address, no money for 3 wks, using food bank vouchers. kids not on a school roll here yet, missed 6 wks",
   ["FIN", "EDU-ATT"], [], "children missing education coded as attendance"),
 ]),
 ("C", "2026-01-08", "Ashcombe", [
  ("blue", "Grace uses the food pantry at the community centre weekly (£5 shop) to make her money go further",
   ["FIN"], [], "food pantry = FIN managed (blue)"),
  ("yellow", "moved to a 2 bed ha flat in nov. kids at Ashcombe Junior since sept, attendance 95%. Grace doing the freedom programme at womens aid on weds",
   ["DA"], ["historical"], "Freedom Programme ongoing = DA; housing over"),
 ]),
 ("A", "2025-11-10", "Ashcombe", [
  ("yellow", "Kyle (18) main carer for baby Ava (10m) at his grans since Ava's mum Tia (17) moved out in sept to live with a new bf who is known for dealing. Kyle left his apprenticeship to look after Ava, no income except child benefit, uc claim pending. Tia is open to camhs herself",
   ["EDU-NEET", "FIN"], ["outside"], "teenage dad: NEET and household has no income; Tia's CAMHS and bf's dealing are outside household"),
  ("green", "Ava missed her 9-12m review and is behind on her jabs, hv rebooked",
   ["EYD", "PH"], [], "development check = EYD; immunisations = PH"),
 ]),
 ("C", "2026-03-20", "Ashcombe", [
  ("blue", "Kyle getting uc now, paying back his uc advance at £35 a mth, budget app on his phone, gran helps out",
   ["FIN"], [], "repaying advance = now managing"),
  ("green", "Ava caught up on jabs and had her review, cruising round the furniture. Kyle wants to go back to his apprenticeship in sept, connexions adviser helping",
   ["EDU-NEET"], ["historical"], "jabs/review done; still NEET"),
 ]),
 ("A", "2025-05-12", "Brackenhurst", [
  ("red", "icpc 8/5 - Leah (2) and Owen (6) on cp plans, emotional harm due to dv. mums partner Shane lives in the household, police called x4 since jan, last time he strangled mum. MARAC 14/5",
   ["DA"], ["lookalike"], "police call-outs for DV are DA, not CRIME"),
  ("orange", "mum (Kerry) drinking daily, says its to cope, referred to drug and alcohol service but didnt go. mum says Shane uses cocaine at weekends",
   ["SUB"], [], "Shane in household at this point"),
 ]),
 ("C", "2025-11-28", "Brackenhurst", [
  ("red", "cp plans continue. Shane remanded in sept for assault on Kerry, bail conditions not to contact her, non mol in place. Kerry on the freedom programme",
   ["DA"], ["lookalike"], "remand for assault on partner = DA only"),
  ("yellow", "Kerry engaging with drug and alcohol service, done a community detox, 6 wks sober. Shane's cocaine use no longer relevant as he's not in the home",
   ["SUB"], ["outside"], "Kerry's ongoing treatment = SUB; Shane now outside household"),
 ]),
 ("A", "2025-06-02", "Millgate", [
  ("orange", "dad (Marek) single carer for 3 kids since mum went back to poland. s8 possession notice for £3,400 rent arrears, court 24/6. lost his job at the factory in march",
   ["HOUS", "FIN"], [], "father main carer"),
  ("yellow", "eldest Kasia (15) minding her brothers (8 and 4) after school most days while dad at interviews, says she doesnt mind but behind with homework. Tomasz (4) speaks polish at home, nursery say english coming on well, no concerns",
   ["CARER"], ["negated"], "EAL is not speech delay; EYD negated"),
 ]),
 ("C", "2025-12-01", "Millgate", [
  ("yellow", "possession claim adjourned on terms, Marek paying £50 a wk extra off the arrears from his new job. citizens advice helped him at court",
   ["HOUS", "FIN"], [], "claim still live on terms"),
  ("blue", "Kasia goes to young carers group monthly, says she needs less help now dad works days",
   ["CARER"], [], ""),
 ]),
 ("A", "2025-10-06", "Thornley Park", [
  ("yellow", "grandad Dennis (71) kinship carer for Ella (13) since 2022. Ella's dad (Dennis's son) moved out in july after rows - he drinks heavily and has been in and out of prison. Ella upset he's gone, low, scratching her arms, gp referral to camhs sent",
   ["MH-CHILD"], ["outside", "historical"], "dad's drinking/prison: adult who left; rows ended"),
  ("green", "Dennis has type 2 diabetes and a heart condition, managing it with the gp",
   ["PH"], [], ""),
 ]),
 ("C", "2026-02-16", "Thornley Park", [
  ("orange", "Ella open to camhs, seen fortnightly. missing 2 nights in jan, found in city centre with adult men, nrm referral made, cse concerns",
   ["MH-CHILD", "SAFE-EXP"], [], ""),
 ]),
 ("A", "2025-08-26", "Ashcombe", [
  ("orange", "Reggie (15) arrested for robbing a phone with 2 other lads in july, RUI. yos involved. police called to the house 3 times over him smashing things up at home. fixed term ex x3 this yr from Ashcombe Academy",
   ["CRIME", "REL-PAR", "EDU-EXC"], [], "police call-outs about YP behaviour = CRIME"),
  ("yellow", "mum Tanya has pd (eupd dx), under cmht, says she cant control Reggie, he pushed her into the door last month. neighbours at no. 12 cause asb with parties, police called on them too",
   ["MH-ADULT", "REL-PAR"], ["outside", "lookalike"], "CPV = REL-PAR not DA; neighbours' ASB not CRIME"),
 ]),
 ("C", "2026-02-05", "Ashcombe", [
  ("yellow", "Reggie got a referral order in nov, sees yos twice a wk, going to boxing club. no police called to the house since oct",
   ["CRIME"], ["historical"], ""),
  ("blue", "Tanya uses her cmht crisis plan and knows the crisis line number",
   ["MH-ADULT"], [], "managing MH (blue)"),
 ]),
 ("A", "2025-04-28", "Millgate", [
  ("green", "Mia (16) mum to Leo (14m), both live with Mia's mum and stepdad. Mia in yr 11 at Millgate High, attendance 80% since Leo born, school offering flexible start",
   ["EDU-ATT"], [], "teenage parent who is still a pupil"),
  ("yellow", "Leo not walking, few sounds, hv referred to portage. Mia's mum doing most of Leo's care and lots of rows between Mia and her mum about it",
   ["EYD", "REL-PAR"], [], "rows between Mia and her own mum = parent-child REL-PAR"),
 ]),
 ("C", "2025-09-15", "Millgate", [
  ("blue", "Mia got 5 gcses, starting hair and beauty at college this month. she and her mum agreed a rota for Leo and they rarely row now",
   ["REL-PAR"], [], "managing relationship (blue); GCSEs good news"),
  ("green", "Leo walking now, portage finished july. hv says still some speech delay and is keeping an eye",
   ["EYD"], ["historical"], ""),
 ]),
 ("A", "2025-07-21", "Thornley Park", [
  ("yellow", "mum Claire and dad Steve split in may, Steve moved to his brothers. constant arguing over contact - he brings kids back late so she stops the next visit. no dv either way, Claire says he has never been aggressive. mediation offered. Steve lost his job and is behind on his own rent",
   ["REL-CONF"], ["negated", "outside"], "Steve's job/rent: adult outside household; DA negated"),
  ("green", "Claire low since the split, gp started her on citalopram. Ben (7) wetting the bed again since dad left",
   ["MH-ADULT", "PH"], [], ""),
 ]),
 ("C", "2026-01-19", "Thornley Park", [
  ("blue", "contact now arranged through a co-parenting app, schedule agreed at mediation and mostly sticking to it. Claire says if Steve ever started turning up at the house she would ring 101",
   ["REL-CONF"], ["hypothetical"], "managing (blue); DA only hypothetical"),
  ("green", "Claire still on citalopram, mood better. bedwetting stopped in oct",
   ["MH-ADULT"], ["historical"], ""),
 ]),
 ("A", "2025-11-24", "Ashcombe", [
  ("green", "Oscar (8) cerebral palsy, wheelchair user, physio and ot through the hospital. ehcp, ta support at Brook Lane Primary",
   ["PH", "EDU-SEND"], [], ""),
  ("yellow", "dad Luke is Oscar's full time parent carer and gets carers allowance. 1st floor flat no lift, dad carries Oscar up the stairs, on housing list for adapted property. sister Ruby (12) helps lift Oscar and does his bedtime most nights",
   ["HOUS", "CARER"], ["lookalike"], "'parent carer'/Carer's Allowance are not CARER; Ruby is"),
 ]),
 ("C", "2026-03-27", "Ashcombe", [
  ("yellow", "still waiting for an adapted property, ot done stairlift assessment. Ruby referred to young carers, on the waiting list",
   ["HOUS", "CARER"], [], ""),
 ]),
 ("A", "2026-01-12", "Brackenhurst", [
  ("blue", "mum (Stacey) says if she falls behind on the new council tax she will ring the council straight away. kids dad pays maintenance on time",
   [], ["hypothetical"], "hypothetical FIN only"),
  ("yellow", "Stacey's new partner moved in nov. school worried Kai (9) coming in hungry with no packed lunch, has taken food from other kids bags. Stacey says money ran out as partner not working yet, referred to food bank",
   ["SAFE-NEG", "FIN"], [], "hungry child + food bank = both (conv 10)"),
 ]),
 ("A", "2025-10-27", "Millgate", [
  ("yellow", "Kian (16) at college but attendance poor, tutor says at risk of being withdrawn. vapes constantly, mum worried about drugs but no evidence and kian denies it. mum works 2 jobs",
   ["EDU-ATT", "EDU-NEET"], ["negated", "lookalike"], "vaping not SUB; drugs denied; working two jobs not FIN"),
  ("green", "kian has asthma, missed his last 2 asthma reviews at the gp",
   ["PH"], [], ""),
 ]),
 ("C", "2026-03-09", "Millgate", [
  ("blue", "Kian started a plumbing apprenticeship in feb and loves it. carries his inhaler and went to his asthma review. mum to ring connexions should he want to leave",
   ["PH"], ["met", "hypothetical"], "managing own asthma = PH (blue); NEET risk over / only hypothetical"),
 ]),
 ("A", "2025-12-01", "Thornley Park", [
  ("orange", "dad (Wayne) main carer since mum left for a new partner in oct. wayne drinking most evenings, police welfare check 22/11 after neighbour heard kids crying late - wayne asleep drunk, kids (4 and 7) on their own downstairs",
   ["SUB", "SAFE-NEG"], ["lookalike"], "police welfare check is not CRIME"),
  ("yellow", "mum not in household and has said she doesnt want the kids living with her. Poppy (7) crying at school most days asking for mum",
   ["MH-CHILD"], ["outside"], ""),
 ]),
 ("C", "2026-03-23", "Thornley Park", [
  ("yellow", "wayne engaging with Thornley drug and alcohol service, on acamprosate, says he's cut right down. nan stays over fri and sat",
   ["SUB"], [], ""),
  ("green", "poppy sees the learning mentor weekly to talk about her feelings about mum going",
   ["MH-CHILD"], [], ""),
 ]),
]

# Unboxed notes: (stage, date, locality, text, codes, level, tags, note)
UNBOXED = [
 ("assessment", "2025-05-30", "Ashcombe", "phone call from mum - Jasmine (4) starts school sept but still in nappies and hardly talks, never been to nursery. hv aware, mum given info on school readiness sessions at childrens centre",
  ["EYD"], "green", [], "highest cue hv = green"),
 ("closure", "2025-09-10", "Brackenhurst", "closure note. dad and kids settled in the new tenancy, no arrears. dad still going to the parenting course mondays, says bedtimes much better. no further school exclusions for Jake since may",
  ["REL-PAR"], "yellow", ["negated", "historical"], "parenting course = yellow; exclusions over"),
 ("assessment", "2025-11-18", "Millgate", "strategy mtg today re Tyrese (14), found in a trap house in another county with £600 and cocaine wraps, arrested, being treated as county lines victim, nrm referral. mum Shanice had no idea, says he's been missing on and off since sept",
  ["SAFE-EXP", "CRIME"], "red", ["lookalike"], "drugs on exploited child = SAFE-EXP + CRIME, not SUB (conv 12)"),
 ("closure", "2026-02-27", "Thornley Park", "spoke to gran (kinship carer) - managing the kids well, using ideas from the sleep leaflet the library gave her and Harley (6) sleeping through most nights now. no other needs",
  ["PH"], "blue", ["lookalike"], "school-age sleep = PH; kinship carer not CARER; info acted on = blue"),
 ("assessment", "2026-03-04", "Ashcombe", "TAF mtg held, plan agreed. Roxanne (19) and baby Kobe (5m) in a mother and baby hostel since her mum threw her out. Roxanne says not using anything now, last used mdma 2023. hostel staff say Kobe's room clean and well organised",
  ["HOUS"], "orange", ["historical"], "TAF = orange; SUB historical"),
 ("assessment", "2025-06-16", "Brackenhurst", "fsw visit. mum Beata says Filip (11) diagnosed type 1 diabetes in may and she is scared of getting the insulin wrong. his brother Adam (14) does Filip's evening injections when mum on shift",
  ["PH", "CARER"], "yellow", ["lookalike"], "injections are medical not drugs; shift work not FIN"),
 ("assessment", "2025-10-01", "Millgate", "call from school - senco says Jack (13) is on the adhd pathway, waiting to see the paediatrician. 2 suspensions this term for walking out of lessons and swearing at staff, school worried it could end in perm ex, pastoral support plan started",
  ["EDU-SEND", "EDU-EXC"], "green", [], "ADHD pathway = EDU-SEND; suspensions/risk of exclusion = EDU-EXC; school/SENCO only = green"),
]

def main():
    nrows, grows, traps = [], [], {}
    # assign case ids: each case has A then (optionally) C
    case_no, prev_stage = 0, None
    for stage_letter, date, loc, boxes in CASES:
        if stage_letter == "A" or prev_stage != "A":
            case_no += 1
        prev_stage = stage_letter
        case = "MB%03d" % case_no
        tid = "%s-%s" % (case, stage_letter)
        stage = "assessment" if stage_letter == "A" else "closure"
        for level, text, codes, tags, note in boxes:
            nid = "%s-%s" % (tid, level)
            nrows.append([nid, tid, case, stage, date, level, loc, text])
            for c in codes:
                grows.append([nid, c, level])
            traps[nid] = {"tags": tags, "note": note, "codes": codes}
    for i, (stage, date, loc, text, codes, level, tags, note) in enumerate(UNBOXED, 1):
        nid = "MBV%02d" % i
        nrows.append([nid, nid, nid, stage, date, "", loc, text])
        for c in codes:
            grows.append([nid, c, level])
        traps[nid] = {"tags": tags, "note": note, "codes": codes, "inferred_level": level}
    def write(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(header)
            w.writerows(rows)
    write("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"], nrows)
    write("gold.csv", ["narrative_id", "code", "level"], grows)
    with open(os.path.join(OUT, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
    print(len(nrows), "narratives,", len(grows), "gold rows,", case_no + len(UNBOXED), "cases")

if __name__ == "__main__":
    main()
