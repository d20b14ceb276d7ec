#!/usr/bin/env python3
"""Blind gold set Z139: families where a parent (and sometimes a child) is Deaf,
hard of hearing, blind or partially sighted.

All narratives are invented. Coded by hand from /work/shared/taxonomy.md only.
Each narrative is written once below with its gold codes and trap notes; running
this script writes narratives.csv, gold.csv and traps.json (UTF-8, CRLF).

Helpers:
  case(cid, locality, assessment_date, closure_date)  - start a case
  box(stage, level, text, codes, traps)               - a boxed narrative; codes take the box level
  note(stage, level, text, codes, traps)              - an unboxed note; `level` is the single
                                                        highest cue in its text (convention 2)
  stage: "A" (assessment) or "C" (closure)
  traps: list of (type, code, note)
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = []      # narrative rows
GOLD = []      # (narrative_id, code, level)
TRAPS = {}     # narrative_id -> [ {type, code, note} ]
_CUR = {}


def case(cid, locality, a_date, c_date):
    _CUR.clear()
    _CUR.update(cid=cid, loc=locality, A=a_date, C=c_date)


def _add(stage, box_level, gold_level, text, codes, traps, suffix):
    cid = _CUR["cid"]
    tid = "%s-%s" % (cid, stage)
    nid = "%s-%s" % (tid, suffix)
    ROWS.append({
        "narrative_id": nid, "triage_id": tid, "case_id": cid,
        "stage": "assessment" if stage == "A" else "closure",
        "date": _CUR[stage], "level": box_level, "locality": _CUR["loc"],
        "narrative": " ".join(text.split()),
    })
    for c in codes:
        GOLD.append((nid, c, gold_level))
    if traps:
        TRAPS[nid] = [{"type": t, "code": c, "note": n} for (t, c, n) in traps]


def box(stage, level, text, codes, traps=()):
    _add(stage, level, level, text, codes, traps, level)


def note(stage, level, text, codes, traps=()):
    _add(stage, "", level, text, codes, traps, "note")


# ---------------------------------------------------------------------------
# Cases (appended in batches)
# ---------------------------------------------------------------------------

# ---- batch 1: Z001-Z008 ----------------------------------------------------

case("Z001", "Brackenhurst", "2025-04-14", "2025-09-22")
box("A", "blue",
    """Lorna is Deaf (BSL is her first language) and very independant - uses the
    video relay service to ring school and the GP herself and goes to Brackenhurst
    Deaf club on Thursdays. Her sister Kim, also Deaf, lives round the corner and
    has the kids Sat mornings.""",
    ["PH"],
    [("convention", "PH", "Lorna's deafness is a current disability of a household member; PH covers disability of anyone in the family. Self-managed, blue box."),
     ("outside", "PH", "Sister Kim is outside the household; her deafness would not code on its own (conv 6).")])
box("A", "yellow",
    """Ellie (12) has been interpreting for mum at hospital appts since Jan, incl.
    when the consultant went through Jack's (6) grommets op, and she reads out any
    letters in English Lorna isn't sure of. Ellie told her form tutor she is
    'always tired' and behind on homework. YC referral done; EHW to show Lorna how
    to request an NHS interpreter through the hospital text service.""",
    ["CARER", "PH"],
    [("convention", "CARER", "A hearing child interpreting and reading letters for a parent on a regular basis is a caring responsibility."),
     ("partial", "PH", "PH comes from Jack's grommets operation; the text of this box does not itself state mum's deafness."),
     ("not-coded", "MH-CHILD", "'Always tired' and behind on homework is not described as low mood or anxiety.")])
box("C", "blue",
    """Lorna has booked her own BSL interpreters for the last 3 hospital appts.
    Ellie hasn't interpreted since June and says she's 'just a normal kid again'.""",
    ["PH"],
    [("historical", "CARER", "Interpreting described as stopped since June (conv 3: over = historical)."),
     ("convention", "PH", "A BSL interpreter booked for a named adult is a disability access service that implies her deafness (service implies need); in a blue box she is now managing it (conv 3).")])

case("Z002", "Sallowmere", "2025-08-26", "2026-01-12")
box("A", "yellow",
    """Martin (dad) is registered severely sight impaired with RP. Kerry's anxiety
    is bad in the mornings so Reece (14) walks Tia (9) to school every day, does
    most of the shopping and collects Kerry's prescriptions. Reece says he 'doesn't
    mind' but has given up football training. Young carers referral accepted.""",
    ["PH", "MH-ADULT", "CARER"])
box("A", "orange",
    """Reece arrested 12/08 with 2 older boys for criminal damage at the rec,
    released under investigation. YOS prevention worker to make contact. At home
    he is staying out past midnight and ignores the times Martin and Kerry set.""",
    ["CRIME", "REL-PAR"],
    [("not-coded", "SAFE-EXP", "Out late with older boys but no missing episode or exploitation is described.")])
box("C", "yellow",
    """YOS prevention work finished in Dec, no further arrests. Reece goes to young
    carers group fortnightly and is back at football. Martin's guide dog retires in
    March and he is on the waiting list for a new one.""",
    ["CARER", "PH"],
    [("historical", "CRIME", "YOS work finished, no further arrests: over."),
     ("convention", "CARER", "Ongoing young carers group codes CARER (conv 4)."),
     ("convention", "PH", "A guide dog is an aid that exists only for sight impairment of its owner, a named household member: service/aid implies the need (conv 4 by analogy).")])

case("Z003", "Tolland Cross", "2025-09-29", "2026-02-16")
box("A", "orange",
    """Aisha is hard of hearing and wears 2 hearing aids. Seen alone by HV with a
    booked interpreter (Imran usually 'interprets' for her). She disclosed Imran
    takes her hearing aid batteries and her phone when he's angry, controls all the
    money and tells professionals what she has 'said'. DASH high risk, MARAC
    referral sent.""",
    ["PH", "DA"],
    [("not-coded", "FIN", "Control of money is economic abuse (DA); no debt, arrears or benefit problem is described.")])
box("A", "red",
    """Strategy meeting 04/09 after Zara (7) told her teacher daddy 'pushed mummy
    into the door'. S47 completed; Imran arrested and bailed not to contact Aisha
    or attend the address. ICPC 25/09 - Zara and Yusuf (3) on CP plans, category
    emotional abuse.""",
    ["DA"],
    [("convention", "CRIME", "Partner's arrest and bail for an assault on the adult victim is DA only (conv 7).")])
box("C", "orange",
    """CP plans ended 2/2, stepped down. Non-mol in place until Jan 27. Aisha doing
    the Freedom Programme with a palantypist. Yusuf started at Little Acorns
    nursery and HV says his speech is coming on nicely.""",
    ["DA", "PH"],
    [("convention", "DA", "Non-molestation order and Freedom Programme are ongoing DA measures (conv 4)."),
     ("convention", "PH", "A palantypist booked for Aisha is a hearing-access service for her: implies the need, same rule as a BSL interpreter."),
     ("not-coded", "EYD", "Starting nursery and speech 'coming on nicely' is good news; no delay or need is stated in this box (conv 3, conv 1).")])

case("Z004", "Westby Vale", "2025-09-22", "2026-02-09")
box("A", "yellow",
    """Gary has diabetic retinopathy, partially sighted and can't read standard
    print. 3 DNAs at the diabetic eye clinic this yr as appt letters go unread.
    Kyle (15) now reads all the post and bills for him. Kyle is in Yr 11,
    predicted 5s/6s, school report no issues with his attendance or behaviour.""",
    ["PH", "CARER"],
    [("negated", "EDU-ATT", "'no issues with his attendance'."),
     ("negated", "EDU-EXC", "'no issues with his ... behaviour'.")])
box("A", "orange",
    """Gary says he has 'a few cans' most nights; Kyle says it's 8+ and he has found
    his dad asleep on the kitchen floor twice this month. Referred to Harbour
    Recovery. TAF mtg 3/10 with school, GP and Harbour.""",
    ["SUB"])
box("C", "blue",
    """Gary keeps his own diabetes appts now using a talking calendar, no DNAs since
    Nov. Still seeing Harbour fortnightly and says he only drinks at weekends.
    Kyle has stopped doing the post and knows he can go back to the young carers
    group if things slip.""",
    ["PH", "SUB"],
    [("convention", "PH", "Managing his own diabetes appointments = now managing in a blue box (conv 3); the DNAs are over but the condition is current."),
     ("convention", "SUB", "Ongoing drug and alcohol service and still drinking (conv 4)."),
     ("historical", "CARER", "'Kyle has stopped doing the post'."),
     ("hypothetical", "CARER", "Young carers group only 'if things slip'.")])

case("Z005", "Brackenhurst", "2025-07-07", "2025-12-15")
box("A", "green",
    """Sam and Priya are both Deaf, BSL at home. Oscar (2) is hearing - HV 2yr
    review found good BSL but only 4-5 spoken words. HV suggests nursery for more
    spoken English, 2yr funded place applied for. Hearing grandparents visit on
    Sundays.""",
    ["PH", "EYD"])
box("A", "yellow",
    """Priya (Deaf) had her PIP stopped at reassessment - scored 0 for
    communicating verbally, which she disputes. Household income down approx
    £420/mth and 2 months behind with council tax. EHW helping with the mandatory
    reconsideration.""",
    ["FIN", "PH"],
    [("convention", "FIN", "A benefit problem and arrears are described, so FIN (conv 5)."),
     ("convention", "PH", "PH is from '(Deaf)', not from the PIP claim (conv 5).")])
box("C", "blue",
    """Oscar at Sunflower nursery 15 hrs since Sept and his keyworker is still doing
    extra talk time with him daily, lots of new spoken words. MR overturned the
    PIP decision, backpay came through and council tax is up to date.""",
    ["EYD"],
    [("convention", "EYD", "Ongoing extra speech support at nursery for an under-5 = now managing in blue (conv 3, conv 9)."),
     ("historical", "FIN", "Decision overturned, arrears cleared: over.")])

case("Z006", "Sallowmere", "2025-10-06", "2026-03-09")
box("A", "yellow",
    """Finley (8) has had 2 one-day suspensions this half term for hitting staff
    and is on a behaviour report. Dee has missed 3 school meetings - they're
    arranged by paper letter at a days notice and the walk means crossing the dual
    carriageway. She says she feels 'shut out' of his schooling. EHW to go to
    meetings with her and ask school to email instead of sending paper.""",
    ["EDU-EXC"],
    [("not-coded", "PH", "No impairment of Dee is stated in this box; access to school meetings has no code of its own (conv 1).")])
box("A", "orange",
    """Dee (blind since birth) very low since her mum died in May - 'what's the
    point some days'. GP appt booked and talking therapies referral made.
    Finley's behaviour at home escalating: he kicked Dee and smashed her phone on
    15/9, she rang police who attended and gave words of advice. He's waiting for
    an ADHD assessment with community paeds.""",
    ["MH-ADULT", "PH", "REL-PAR", "CRIME", "EDU-SEND"],
    [("convention", "REL-PAR", "Child-to-parent violence is REL-PAR, not DA (conv 8)."),
     ("convention", "CRIME", "Police attended about the child's behaviour: conv 8 adds CRIME where police are involved, even at 8."),
     ("convention", "EDU-SEND", "Awaiting an ADHD assessment codes EDU-SEND (taxonomy: assessment for ASD/ADHD; conv 4)."),
     ("convention", "DA", "Not DA: the violence is from an 8-year-old child to his parent (conv 8).")])
box("C", "yellow",
    """Dee finished 6 sessions of talking therapy in Jan and says she no longer
    feels low; she has joined a parents' peer group. Reward chart working at home
    but Finley still lashes out when he's tired. EHCP needs assessment agreed. No
    suspensions since November.""",
    ["REL-PAR", "EDU-SEND"],
    [("historical", "MH-ADULT", "Therapy finished and 'no longer feels low'."),
     ("historical", "EDU-EXC", "'No suspensions since November'."),
     ("convention", "EDU-SEND", "EHCP needs assessment agreed.")])

case("Z007", "Westby Vale", "2025-06-09", "2025-12-01")
box("A", "green",
    """Lily (15) has bilateral cochlear implants and an EHCP; Teacher of the Deaf
    visits Westby Academy each half term. Mum Hannah is hard of hearing herself and
    lipreads. Dad Tom works nights 4 on 4 off, family say money is fine.""",
    ["PH", "EDU-SEND"],
    [("negated", "FIN", "'money is fine'; shift work is not FIN (conv 5).")])
box("A", "orange",
    """Lily told the ToD she's been mimicked and called names in a year group chat
    and has been cutting her arms for about 2 months. Urgent CAMHS referral 2/6.
    Not been in school since May half term, attendance 61%.""",
    ["SAFE-EXP", "MH-CHILD", "EDU-ATT", "EDU-SEND"],
    [("convention", "SAFE-EXP", "Bullying by peers is a need of the child (taxonomy: outside-household rule)."),
     ("convention", "EDU-SEND", "Teacher of the Deaf is her ongoing SEND service: the service name codes its area (conv 4).")])
note("C", "orange",
    """Closing summary. Lily still seeing CAMHS every 2 wks, no self harm
    since July. Back in school full time since Sept with a quiet room pass; school
    dealt with the group chat and she says the name calling has stopped. Parents
    agree to closure.""",
    ["MH-CHILD"],
    [("convention", "MH-CHILD", "Unboxed: ongoing CAMHS sessions code MH-CHILD (conv 4) and CAMHS is the highest cue -> orange (conv 2)."),
     ("historical", "EDU-ATT", "'Back in school full time since Sept'."),
     ("historical", "SAFE-EXP", "Name calling 'has stopped'.")])

case("Z008", "Tolland Cross", "2025-04-28", "2025-09-15")
box("A", "yellow",
    """Parents separated Feb. Nathan (Deaf, BSL) says Chloe is stopping contact
    and that Poppy (10) and Alfie (5) are 'losing their signing'. Chloe says
    handovers end in shouting matches on the doorstep. Both agreed to mediation,
    BSL interpreter to be booked.""",
    ["REL-CONF", "PH"],
    [("not-coded", "DA", "Contact dispute and shouting at handovers, no abuse described: REL-CONF not DA.")])
box("A", "green",
    """Alfie (5, Reception) having wetting accidents most days in school, school
    nurse seeing him. Poppy settled, goes to Deaf club youth night with her dad.""",
    ["PH"],
    [("convention", "PH", "Alfie is 5 and of school age: daytime wetting coded PH by conv 9 (school-age toileting/bedwetting), not EYD (under-5s)."),
     ("partial", "PH", "PH is from Alfie's wetting only; going to a Deaf club youth night is not an impairment of Poppy.")])
box("C", "blue",
    """3 mediation sessions done and child arrangements written down - alternate
    weekends and Weds tea. Handovers now at Nana Pat's so they don't have to meet,
    no rows since.""",
    ["REL-CONF"],
    [("convention", "REL-CONF", "Separated parents now managing contact through an agreed arrangement that keeps them apart: now managing in a blue box (conv 3).")])

# ---- batch 2: Z009-Z017 ----------------------------------------------------

case("Z009", "Brackenhurst", "2025-11-03", "2026-04-13")
box("A", "orange",
    """Shona (bipolar, under CMHT) was in the Larchfield unit for 3 weeks in Oct.
    Jade (16) looked after Cody (11) the whole time and now manages Shona's
    tablets. Shona is also partially sighted with cataracts, on the waiting list
    for surgery. TAF set up.""",
    ["MH-ADULT", "CARER", "PH"])
box("A", "yellow",
    """Jade left Brackenhurst College at half term and isn't working or studying,
    says she needs to be at home for mum. Careers adviser visiting next wk.
    Cody's attendance 93%, school haven't raised any concerns.""",
    ["EDU-NEET", "CARER"],
    [("convention", "FIN", "16+ NEET is EDU-NEET only; no household worklessness described (conv 11)."),
     ("negated", "EDU-ATT", "'school haven't raised any concerns' about Cody's attendance.")])
box("C", "yellow",
    """Jade started a traineeship in Feb and goes to the 16-25 young carers group.
    Shona stable, CPN visits monthly. 1st cataract op done, 2nd eye due in May.""",
    ["CARER", "MH-ADULT", "PH"],
    [("historical", "EDU-NEET", "Started a traineeship in Feb: no longer NEET."),
     ("convention", "MH-ADULT", "'Stable' but with ongoing CPN input: ongoing service codes the area (conv 4).")])

case("Z010", "Sallowmere", "2025-05-12", "2025-11-17")
note("A", "orange",
    """Home visit 12/05 with Lee and Stacey. Lee has industrial deafness and wears
    aids. Lost his job at the depot in Feb, now on UC with a £230/mth advance
    deduction. £1,100 rent arrears and the HA has served a section 8 notice. Mason
    (14) had a 5 day suspension for fighting and school are talking about a managed
    move. EHW allocated.""",
    ["PH", "FIN", "HOUS", "EDU-EXC"],
    [("convention", "HOUS", "Unboxed: a section 8 (possession) notice and a managed move are orange cues; EHW is only yellow -> orange for all codes (conv 2)."),
     ("convention", "FIN", "Arrears, UC deduction and job loss: money problem described (conv 5).")])
box("C", "yellow",
    """Arrears down to £310, repayment plan agreed and the HA withdrew the notice.
    Lee doing a Restart course 2 days a wk. Mason moved to Tolland Cross High on a
    managed move in Sept, settling ok.""",
    ["FIN", "EDU-EXC"],
    [("historical", "HOUS", "Notice withdrawn; the remaining arrears are FIN, not HOUS."),
     ("convention", "EDU-EXC", "A managed move in progress codes EDU-EXC (taxonomy: covers managed move).")])

case("Z011", "Westby Vale", "2025-07-14", "2025-12-08")
box("A", "red",
    """ICPC 10/07 - Ruby (4) and Ben (9) made subject to CP plans under neglect.
    Mum Jo is Deaf; her partner Rob drinks heavily, has locked Jo's phone so she
    can't text or video call anyone, and 'interprets' for her at the GP. Police
    attended 3 times in June after neighbours heard shouting.""",
    ["SAFE-NEG", "PH", "SUB", "DA"],
    [("convention", "CRIME", "Police attending a domestic incident is DA only (conv 7)."),
     ("convention", "DA", "Isolating Jo by locking her phone and controlling her communication is coercive control."),
     ("convention", "SAFE-NEG", "CP plan under the category of neglect states current neglect.")])
box("A", "orange",
    """No food in the fridge on 2 unannounced visits, dog mess on the kitchen floor,
    Ruby left in the same nappy all day. Ruby not at nursery despite 30 hrs
    entitlement.""",
    ["SAFE-NEG", "EYD"],
    [("convention", "FIN", "Empty fridge is SAFE-NEG; no food bank/voucher/poverty described so no FIN (conv 10)."),
     ("convention", "EYD", "Under-5 nursery take-up (conv 9).")])
box("A", "yellow",
    """Ben (9) late most days - 14 lates and 88% this term. He tells his teacher
    he has to 'tell mum what people say' when anyone comes to the door.""",
    ["EDU-ATT", "CARER"],
    [("partial", "CARER", "Relaying what callers say for his mum is a caring (communication) responsibility."),
     ("not-coded", "PH", "This box does not state mum's deafness (conv 1).")])
box("C", "orange",
    """CP plans ended 20/11, stepped down to EH. Rob left in Sept and a non-mol order
    was granted; Jo says he's drinking at his brother's. Jo has her own phone back
    and sees an IDVA weekly. Ruby at nursery 30 hrs and nearly dry in the day.""",
    ["DA", "EYD"],
    [("outside", "SUB", "Rob no longer lives in the household; his drinking is not coded (conv 6)."),
     ("historical", "SAFE-NEG", "CP plans ended; no current neglect described."),
     ("convention", "EYD", "Under-5 still toilet training ('nearly dry') (conv 9).")])

case("Z012", "Tolland Cross", "2025-08-04", "2026-01-19")
box("A", "green",
    """Efua seen at 6-8 wk check, EPDS 15, GP started sertraline. Baby Kofi feeding
    well, 50th centile. Kwame (dad) is blind and has a guide dog.""",
    ["MH-ADULT", "PH"],
    [("not-coded", "EYD", "Baby feeding well: good news, no need stated (conv 3).")])
box("A", "yellow",
    """Family of 5 in a 2 bed 4th floor flat (twins 7 and the baby). Lift out of
    order for weeks at a time and Kwame can't safely manage 4 flights with the
    guide dog and the pram. On housing register Band C, EHW supporting a medical
    priority request.""",
    ["HOUS", "PH"],
    [("convention", "PH", "Guide dog implies Kwame's sight impairment (same aid rule as Z002-C-yellow).")])
box("C", "yellow",
    """Medical priority awarded (Band A), bidding on ground floor 3 beds. Efua still
    on sertraline and feeling much better.""",
    ["HOUS", "MH-ADULT"],
    [("convention", "MH-ADULT", "Ongoing antidepressant treatment codes the area (conv 4).")])

case("Z013", "Brackenhurst", "2025-12-01", "2026-05-18")
box("A", "yellow",
    """Harvey (16) profoundly deaf, BSL user. Mum Michelle only has basic signs and
    says they 'can't have a proper conversation'; he stays in his room gaming and
    they argue most nights about him not getting up. EHW to look for a family sign
    course.""",
    ["PH", "REL-PAR"],
    [("convention", "REL-PAR", "Parent-child communication breakdown and arguments between parent and child (conv 8).")])
box("A", "orange",
    """Harvey dropped out of Westby Deaf College in Nov, not in any education or
    training. Michelle found cannabis in his room and thinks he's smoking daily.
    TAF set up with the college, Deaf CAMHS and the young people's substance
    misuse service.""",
    ["EDU-NEET", "SUB", "MH-CHILD"],
    [("convention", "MH-CHILD", "Deaf CAMHS is part of his TAF: the service name codes its area (taxonomy; conv 4)."),
     ("convention", "SUB", "Cannabis use by a young person is SUB (not tobacco/vaping, conv 12).")])
box("C", "yellow",
    """Harvey on the 'Step Up' programme 3 days a wk with a BSL interpreter. Says
    he's cut down to weekends only. Might need to look at supported lodgings if
    things at home break down again.""",
    ["PH", "SUB"],
    [("not-coded", "EDU-NEET", "On a training programme 3 days a week: not NEET and no risk stated."),
     ("convention", "PH", "BSL interpreter provided for Harvey implies his deafness (interpreter rule)."),
     ("convention", "SUB", "Reduced but continuing cannabis use is present."),
     ("hypothetical", "HOUS", "Supported lodgings only 'if things at home break down'.")])

case("Z014", "Sallowmere", "2025-09-08", "2026-02-02")
note("A", "green",
    """Phone call with Kirsty. She has MS and optic neuritis has left her with poor
    vision. Son Dylan (13) helps with her meds, cooking and getting in the shower
    most days. School nurse has flagged Dylan as a possible young carer. Kirsty
    gets PIP and ESA and says they manage fine on money.""",
    ["PH", "CARER"],
    [("convention", "CARER", "Unboxed: only cue is the school nurse -> green (conv 2); 'young carer' here is a description, not a young carers service."),
     ("negated", "FIN", "PIP/ESA named but 'manage fine on money' (conv 5).")])
box("C", "yellow",
    """Dylan goes to Sallowmere Young Carers Thursday club. OT has been out to
    Kirsty - shower seat and perching stool fitted.""",
    ["CARER", "PH"],
    [("convention", "PH", "OT adaptations for Kirsty are an ongoing service for her physical condition (conv 4).")])

case("Z015", "Westby Vale", "2025-10-13", "2026-03-23")
box("A", "orange",
    """Sophie drinking daily, usually wine from lunchtime. Maisie (6) told school
    mummy 'falls asleep on the sofa and we can't wake her up'. Theo (3) has
    moderate hearing loss; 3 missed audiology appts. Referred to Harbour Recovery,
    TAF with school, HV and sensory support.""",
    ["SUB", "SAFE-NEG", "PH"],
    [("partial", "SAFE-NEG", "Young children left unsupervised while their mother cannot be woken is a supervision (neglect) concern."),
     ("convention", "PH", "Hearing loss and missed medical appointments.")])
box("A", "green",
    """Theo at Little Acorns 15 hrs; staff put his hearing aids in each morning as
    they're often not in when he arrives. Keyworker says very few words, mostly
    pointing. Sophie's dad (Deaf, lives in Tolland Cross) signs with Theo at
    weekends.""",
    ["PH", "EYD"],
    [("outside", "PH", "Grandad's deafness is outside the household (conv 6); PH is from Theo's hearing aids."),
     ("convention", "EYD", "Under-5 speech delay (conv 9).")])
box("C", "yellow",
    """Sophie at Harbour weekly, 7 weeks alcohol free (her report and bloods).
    Theo's aids are in every day now, SALT review in April.""",
    ["SUB", "PH", "EYD"],
    [("convention", "SUB", "Abstinent but still in treatment: ongoing service codes SUB (conv 4)."),
     ("convention", "EYD", "SALT review for an under-5 (conv 4, conv 9).")])

case("Z016", "Tolland Cross", "2025-06-16", "2025-12-08")
box("A", "yellow",
    """Grace is registered blind. School send everything on paper or through an
    app that doesn't work with her phone's accessibility settings, so she never got
    the letters about Josh's (12) attendance or the fixed penalty warning. Josh at
    84%. EHW meeting school about accessible comms.""",
    ["PH", "EDU-ATT"])
box("A", "green",
    """Grace's PIP claim was refused in May, she is appealing with Citizens Advice,
    tribunal in Nov.""",
    ["FIN"],
    [("convention", "PH", "PIP alone never implies PH (conv 5); her sight is not mentioned in this box (conv 1)."),
     ("convention", "FIN", "A refused claim under appeal is a benefit problem (conv 5).")])
box("A", "orange",
    """N/A - no police, CAMHS or housing involvement.""",
    [],
    [("negated", "CRIME", "Box says N/A; 'no police ... involvement'."),
     ("negated", "HOUS", "'no ... housing involvement'.")])
box("C", "blue",
    """School email Grace in plain text now and ring her about any absence. Josh up
    to 92% this half term. Tribunal allowed the appeal and PIP in payment.""",
    ["EDU-ATT"],
    [("convention", "EDU-ATT", "Attendance still below expected and being managed with school phoning about absences: now managing (conv 3)."),
     ("historical", "FIN", "Appeal allowed and benefit in payment: over.")])

case("Z017", "Brackenhurst", "2025-10-20", "2026-04-27")
box("A", "green",
    """Samir (9) on SEN support, SENCo has referred him for ASD assessment. Amira is
    Deaf and says school have never booked an interpreter for meetings - she relies
    on scribbled notes.""",
    ["EDU-SEND", "PH"])
box("A", "yellow",
    """Amira feels very isolated since moving from Kirkmoor, all her Deaf friends
    are there. Having panic attacks on the bus. EHW to link her with the local Deaf
    club and a Deaf-led wellbeing service.""",
    ["MH-ADULT"],
    [("not-coded", "PH", "'Her Deaf friends' and a Deaf club do not state Amira's own deafness in this box; signing/Deaf community alone does not code PH."),
     ("partial", "MH-ADULT", "Isolation alone has no code; MH-ADULT is from the panic attacks.")])
box("C", "blue",
    """Amira at the Deaf club most Fridays and has made friends; says the panic
    attacks are 'much less' and she uses breathing exercises. Samir's ASD
    diagnosis confirmed, school reviewed his support at a meeting with a BSL
    interpreter for Amira.""",
    ["MH-ADULT", "EDU-SEND", "PH"],
    [("convention", "MH-ADULT", "Fewer panic attacks, self-managed: now managing in blue (conv 3)."),
     ("convention", "PH", "BSL interpreter booked for Amira implies her deafness (interpreter rule)."),
     ("convention", "EDU-SEND", "ASD diagnosis and school support plan ongoing.")])

# ---- batch 3: Z018-Z025 ----------------------------------------------------

case("Z018", "Sallowmere", "2025-10-27", "2026-01-12")
box("A", "red",
    """Strategy meeting 22/10 re Kayla (14): 3 missing episodes in 2 weeks, last
    time found by police in a car with 2 adult men in Westby. S47 initiated, CSE
    screening tool high risk.""",
    ["SAFE-EXP"],
    [("convention", "CRIME", "Police finding a missing child is safeguarding, not CRIME (conv 7); the adult men are outside the household (conv 6).")])
box("A", "orange",
    """Paul drinks 6-8 cans a day and isn't using his glaucoma eye drops, his sight is
    getting worse. Leanne says her depression is 'the worst it's been' and she
    can't cope with Kayla. No food in the house at the visit and Jordan (8) said he
    hadn't had any tea the night before. Food bank voucher given.""",
    ["SUB", "PH", "MH-ADULT", "REL-PAR", "SAFE-NEG", "FIN"],
    [("convention", "SAFE-NEG", "No food in the house and a child who went without tea (conv 10)."),
     ("convention", "FIN", "Food bank voucher: both codes when both are described (conv 10)."),
     ("convention", "REL-PAR", "'Can't cope with Kayla' describes parenting capacity.")])
box("C", "red",
    """Stepped up to CSC 9/01 - Kayla now on a CP plan (CSE), SW allocated. EH
    closing.""",
    ["SAFE-EXP"])

case("Z019", "Westby Vale", "2025-04-07", "2025-09-29")
box("A", "green",
    """Connor (11) lives with his maternal gran Bev under an SGO. Bev is hard of
    hearing, one hearing aid. Connor on ADHD meds from the paediatrician and has
    SEN support at school. Kinship allowance in payment, no money worries. Connor's
    mum uses heroin and lives in Tolland Cross, no contact.""",
    ["PH", "EDU-SEND"],
    [("convention", "CARER", "Bev is a kinship carer: 'carer' alone is not CARER (conv 12)."),
     ("outside", "SUB", "Mother's heroin use: she is outside the household and has no contact (conv 6)."),
     ("negated", "FIN", "'no money worries'."),
     ("convention", "PH", "PH from Bev's hearing loss; ADHD medication is treated as part of EDU-SEND (ADHD sits there in the taxonomy), not PH.")])
box("A", "yellow",
    """Bev finding Connor hard at home - slamming doors, swearing at her, won't go
    to bed till gone 11. Referred to Triple P.""",
    ["REL-PAR"],
    [("not-coded", "PH", "Refusing to go to bed is a boundaries/routine issue (REL-PAR), not a sleep problem under conv 9.")])
box("C", "yellow",
    """Bev completed Triple P, bedtimes better but still daily rows over his phone.
    She will ask school about an EHCP if things get harder once he starts at
    Westby Academy.""",
    ["REL-PAR"],
    [("hypothetical", "EDU-SEND", "EHCP only 'if things get harder'; no current SEN support is mentioned in this box (conv 1).")])

case("Z020", "Tolland Cross", "2025-09-15", "2026-01-19")
note("A", "orange",
    """Kai (14) given a youth caution in Aug for shoplifting, YOS worker allocated.
    Carl and Nadia are both Deaf and were upset that the police interview went
    ahead with Kai interpreting for them. School say his behaviour in lessons is
    getting worse, 2 internal exclusions this half term.""",
    ["CRIME", "PH", "EDU-EXC"],
    [("convention", "CRIME", "Youth caution and YOS: CRIME (conv 7); unboxed, YOS/police -> orange (conv 2)."),
     ("not-coded", "CARER", "A single occasion on which police let Kai interpret; no ongoing caring role is described."),
     ("convention", "EDU-EXC", "Internal exclusions and behaviour in lessons.")])
note("C", "yellow",
    """Closure visit 19/01. No further offending by Kai since the summer and no
    exclusions since Nov. Carl and Nadia (both Deaf) said having the same BSL
    interpreter at every meeting made a big difference. EHW closing.""",
    ["PH"],
    [("historical", "CRIME", "'No further offending since the summer'."),
     ("historical", "EDU-EXC", "'No exclusions since Nov'."),
     ("convention", "PH", "Unboxed: the only cue is the EHW -> yellow (conv 2).")])

case("Z021", "Sallowmere", "2025-11-17", "2026-04-20")
box("A", "orange",
    """Lewis (10) not in school since 6/10, panics in the car at the gate. CAMHS
    referral accepted, 14 wk wait. Dad Stuart has PTSD from his army service and
    hearing loss, struggles with noise and crowds.""",
    ["EDU-ATT", "MH-CHILD", "MH-ADULT", "PH"],
    [("convention", "MH-CHILD", "Awaiting CAMHS codes MH-CHILD (conv 4).")])
box("A", "yellow",
    """Gemma says she and Stuart are arguing a lot about Lewis being off. No
    violence, she feels safe at home. DV from her ex in 2016, no contact since. EHW
    to do joint parenting sessions with them both.""",
    ["REL-CONF", "REL-PAR"],
    [("negated", "DA", "'No violence, she feels safe'."),
     ("historical", "DA", "DV from ex in 2016, no contact since."),
     ("convention", "REL-PAR", "Planned parenting sessions: a service codes its area even when awaited (conv 4, cf. 'awaiting a CAMHS appointment').")])
box("C", "orange",
    """Lewis had 6 sessions of CBT with CAMHS. On a part time timetable (mornings)
    since Feb, building up. Stuart got new hearing aids through the veterans'
    service.""",
    ["MH-CHILD", "EDU-ATT", "PH"],
    [("convention", "EDU-ATT", "Part-time timetable is EDU-ATT.")])

case("Z022", "Westby Vale", "2025-12-15", "2026-05-11")
box("A", "orange",
    """Kayleigh (19) is Deaf, baby Mia 4 months. Partner Jordan checks her phone,
    stops her seeing her Deaf friends and pushed her into a wall on 20/11. Police
    attended, Jordan arrested and bailed. MARAC 12/12.""",
    ["PH", "DA"],
    [("convention", "CRIME", "Arrest for an assault on his partner is DA only (conv 7).")])
box("A", "green",
    """Mia's weight dropped from 50th to 9th centile; HV weighing weekly and GP
    review booked. Kayleigh is breastfeeding and wants to carry on.""",
    ["PH"],
    [("convention", "EYD", "Infant weight is listed under PH; no development, speech, toileting or weaning issue is described, so not EYD.")])
box("C", "orange",
    """Jordan charged with assault and a non-mol order granted to 2027. Kayleigh
    seeing an IDVA with a BSL interpreter. Mia back up to the 25th centile, HV
    monthly.""",
    ["DA", "PH"],
    [("convention", "PH", "Ongoing HV weight monitoring and a BSL interpreter for Kayleigh both give PH (coded once).")])

case("Z023", "Tolland Cross", "2025-05-27", "2025-11-24")
box("A", "green",
    """Dad Mark has Usher syndrome - born deaf and now losing his sight. Mum Leah is
    his carer and gets Carer's Allowance. Leah says Isaac (13) and Ava (8) don't
    help with Mark's personal care.""",
    ["PH"],
    [("negated", "CARER", "Children 'don't help with Mark's personal care'."),
     ("convention", "CARER", "Leah is an adult carer; Carer's Allowance never implies CARER (conv 5, conv 12)."),
     ("convention", "FIN", "Benefit named with no money problem (conv 5).")])
box("A", "yellow",
    """Isaac has started refusing to go out with his dad and is rude to him at home;
    Leah thinks he's embarrassed. Isaac told the EHW he has to guide Mark everywhere
    on Saturdays while Leah works. Young carers assessment offered.""",
    ["REL-PAR", "CARER"],
    [("convention", "CARER", "Coded on this box's own text although the green box negated caring (conv 1).")])
box("C", "blue",
    """Mark now has a deafblind communicator-guide 6 hrs a week through adult social
    care, so Isaac doesn't have to guide on Saturdays any more. Isaac and Mark go to
    the football together. Leah knows Ava can have a young carers assessment too if
    she starts helping her dad more.""",
    ["PH"],
    [("historical", "CARER", "Isaac no longer guides."),
     ("hypothetical", "CARER", "Ava: assessment only 'if she starts helping'."),
     ("not-coded", "REL-PAR", "Going to football together is good news; no need stated (conv 3)."),
     ("convention", "PH", "Deafblind communicator-guide service for Mark: now managing in blue (conv 3).")])

case("Z024", "Brackenhurst", "2025-07-21", "2025-12-01")
note("A", "orange",
    """Ms Okafor rang EH duty. She is partially sighted and has been served a s21
    eviction notice by her private landlord, expiring 30/09. 3 children (2, 6 and
    9). She has asked Citizens Advice for help and may need a food bank referral if
    moving costs eat into her UC.""",
    ["PH", "HOUS"],
    [("convention", "HOUS", "Unboxed: eviction notice (orange) outranks Citizens Advice (yellow) -> orange for both codes (conv 2)."),
     ("hypothetical", "FIN", "Food bank only 'if moving costs eat into her UC'; Citizens Advice is sought about the eviction, no money problem is described.")])
box("C", "yellow",
    """Family moved into TA (Sallowmere Court) in Oct - one room for 4, shared
    kitchen. Housing options officer bidding for them. Chidi (2) started nursery on
    2yr funding and HV still keeping an eye on his speech.""",
    ["HOUS", "EYD"])

case("Z025", "Sallowmere", "2025-11-10", "2026-04-06")
box("A", "green",
    """Whole family Deaf, BSL at home. Niamh (7) at Sallowmere Primary with a 1:1
    TA who only has Level 1 BSL; parents want the Westby resource base. EHCP annual
    review due Jan.""",
    ["PH", "EDU-SEND"])
box("A", "yellow",
    """Black mould in both bedrooms and Niamh's asthma worse this winter, 2 A&E
    visits. Landlord ignoring texts. EHW to contact enviromental health.""",
    ["HOUS", "PH"])
box("C", "yellow",
    """Landlord treated the mould and fitted extractor fans after the EH letter, no
    damp since. Niamh's asthma review with the practice nurse in May. EHCP amended
    - she moves to the resource base in Sept with BSL fluent staff.""",
    ["PH", "EDU-SEND"],
    [("historical", "HOUS", "Mould treated, 'no damp since'."),
     ("convention", "PH", "Ongoing asthma review (conv 4).")])

# ---- batch 4: Z026-Z033 ----------------------------------------------------

case("Z026", "Westby Vale", "2025-06-23", "2025-12-15")
box("A", "orange",
    """Erin (15) met a 23 yr old man online who sent her money and asked for
    pictures. Police investigating, his phone seized. Erin still calls him her
    'boyfriend'. Her attendance has dropped to 89%, mostly Mondays.""",
    ["SAFE-EXP", "EDU-ATT"],
    [("outside", "CRIME", "The offender is outside the household; the police investigation is into him, not a family member (conv 6, conv 7).")])
box("A", "yellow",
    """Mum Sarah has been blind since a car accident in 2012 and drinks most
    evenings. Erin does the cooking and cleaning and helps her mum up to bed when
    she's had too much.""",
    ["PH", "SUB", "CARER"],
    [("convention", "PH", "The accident is in the past but the blindness is current ('has been blind since').")])
box("C", "blue",
    """Nil at this level.""",
    [])
box("C", "yellow",
    """Erin goes to young carers fortnightly and sees the CSE worker weekly; the man
    has been charged. Sarah turned down Harbour Recovery but says she's cut down.""",
    ["CARER", "SAFE-EXP", "SUB"],
    [("convention", "SUB", "Declined the service but still drinking ('cut down'): present."),
     ("outside", "CRIME", "The man's charge is not a household member's offence (conv 6).")])

case("Z027", "Brackenhurst", "2025-08-11", "2026-02-23")
box("A", "orange",
    """Dave has run up about £7k on online casinos and payday loans; bailiff letters
    coming and council tax at enforcement. Owen (13) reads the post for Tina (Deaf,
    English is her second language) and has been hiding the red letters because
    Dave told him to. Referred to StepChange and a gambling support service.""",
    ["FIN", "CARER", "PH"],
    [("convention", "SUB", "Gambling debts are FIN, not SUB (conv 10)."),
     ("convention", "CARER", "Regularly reading the post for a Deaf parent is a caring responsibility.")])
box("A", "yellow",
    """Tina says she and Dave row constantly about money and she has thought about
    leaving him. No violence or threats she says, she feels safe.""",
    ["REL-CONF"],
    [("negated", "DA", "'No violence or threats', 'she feels safe'.")])
box("C", "blue",
    """Debt management plan £85/mth, payments up to date. Dave has self-excluded
    from gambling sites. Tina gets her post translated by a BSL video service now
    and Owen no longer reads it.""",
    ["FIN", "PH"],
    [("convention", "FIN", "Paying a debt management plan = now managing in blue (conv 3)."),
     ("not-coded", "EDU-EXC", "'Self-excluded from gambling sites' is not a school exclusion."),
     ("convention", "PH", "BSL translation service for Tina implies her deafness (interpreter rule), now managing."),
     ("historical", "CARER", "'Owen no longer reads it'.")])

case("Z028", "Sallowmere", "2025-09-29", "2026-01-26")
box("A", "green",
    """School have been using Lucy (8) to pass messages to her Deaf parents about
    trips and parents evening. Lucy told the school nurse she worries about
    'getting it wrong' and mum and dad missing things.""",
    ["PH", "CARER", "MH-CHILD"],
    [("convention", "CARER", "Acting as the school's messenger to Deaf parents is a regular communication/caring role."),
     ("partial", "MH-CHILD", "Worry disclosed to the school nurse about her role is treated as a current emotional wellbeing (anxiety) need.")])
box("C", "blue",
    """Joe and Anna text the class teacher directly now through the school SMS
    system and school agreed Lucy won't be used as a messenger. School nurse says
    Lucy is much happier.""",
    [],
    [("historical", "CARER", "School agreed Lucy won't be used as messenger: role ended."),
     ("not-coded", "MH-CHILD", "'Much happier': good news, no current need stated (conv 3)."),
     ("not-coded", "PH", "Texting the teacher does not state any impairment (conv 1).")])

case("Z029", "Westby Vale", "2025-04-22", "2025-10-06")
box("A", "yellow",
    """Arjun (4) has significant speech and language delay and isn't toilet trained
    yet. Portage visiting weekly; nursery SENCo has put in an EHCP request. Dad
    Ravi lost his sight to glaucoma 5 yrs ago and does nursery drop off with his
    guide dog.""",
    ["EYD", "EDU-SEND", "PH"],
    [("convention", "EYD", "Under-5 speech and toileting, Portage (conv 9)."),
     ("convention", "EDU-SEND", "EHCP request via SENCo codes EDU-SEND whatever the age."),
     ("convention", "PH", "Sight loss began 5 years ago but is current.")])
box("C", "green",
    """EHCP issued in Aug, Arjun started Reception at Westby Primary with 1:1
    support. Dry in the day now.""",
    ["EDU-SEND"],
    [("historical", "EYD", "'Dry in the day now': toileting need over.")])

case("Z030", "Tolland Cross", "2025-08-18", "2026-03-02")
box("A", "orange",
    """Beth's new partner Craig moved in in July; he is on licence after a prison
    sentence for burglary. Beth is partially sighted (keratoconus) and says Craig
    'helps with everything'. Ella (7) has started wetting the bed since he moved in
    and told school she doesn't like him.""",
    ["CRIME", "PH"],
    [("convention", "CRIME", "A household adult on licence is CRIME (conv 7)."),
     ("convention", "PH", "School-age bedwetting is PH (conv 9); also Beth's sight.")])
box("A", "yellow",
    """Beth smokes cannabis daily 'to relax', never in front of the kids she says.
    Also vapes. Referred to Harbour, not engaged yet.""",
    ["SUB"],
    [("convention", "SUB", "Cannabis is SUB; vaping alone would not be (conv 12).")])
box("C", "yellow",
    """Craig's licence ends in April, Probation say he has complied. Beth still
    using cannabis and hasn't engaged with Harbour. Ella's bedwetting improving, GP
    referred her to the enuresis clinic.""",
    ["CRIME", "SUB", "PH"],
    [("convention", "CRIME", "Still on licence until April (conv 7).")])

case("Z031", "Brackenhurst", "2025-03-03", "2025-08-11")
note("A", "green",
    """HV visit 03/03. Dad Marcus is Deaf and used the VRS interpreter on my tablet.
    Freya (9 months) thriving, immunisations up to date. Mum Alice has an eczema
    flare, seeing GP. No concerns re mood, EPDS 4.""",
    ["PH"],
    [("negated", "MH-ADULT", "'No concerns re mood, EPDS 4'."),
     ("partial", "PH", "Up-to-date immunisations are good news; PH comes from Marcus's deafness and Alice's eczema."),
     ("convention", "PH", "Unboxed: HV and GP only -> green (conv 2).")])
box("C", "blue",
    """Alice's eczema under control with the new cream, she orders her own repeats.
    Knows to go back to the GP if her mood dips when she stops breastfeeding.""",
    ["PH"],
    [("hypothetical", "MH-ADULT", "Only 'if her mood dips'."),
     ("convention", "PH", "Condition being self-managed with ongoing treatment: now managing in blue (conv 3).")])

case("Z032", "Sallowmere", "2025-05-19", "2025-10-20")
box("A", "yellow",
    """Chloe (14) goes to her nan's (blind, lives alone on the next street) every day
    after school to sort her tablets and tea, and sleeps over there when mum Laura
    works nights. School say Chloe is tired and not handing homework in. Laura says
    money's fine. Young carers referral made.""",
    ["CARER"],
    [("outside", "PH", "Nan is outside the household: her blindness is not coded (conv 6)."),
     ("convention", "CARER", "Chloe's caring is her own need even though the person cared for lives elsewhere."),
     ("negated", "FIN", "'money's fine'; night shifts are not FIN (conv 5).")])
box("C", "yellow",
    """Nan has carers 3x a day through adult social care now. Chloe just visits at
    weekends for tea and still goes to young carers every other week. School
    think her attendance could dip again if nan goes back into hospital.""",
    ["CARER"],
    [("convention", "CARER", "Ongoing young carers service (conv 4); nan's paid carers are not CARER (conv 12)."),
     ("hypothetical", "EDU-ATT", "Attendance 'could dip ... if'; no current attendance problem is stated.")])

case("Z033", "Westby Vale", "2026-02-16", "2026-07-13")
box("A", "red",
    """Tyler (15) found in a flat in Westby with 20 wraps of crack and £600 cash. NRM
    referral, strategy meeting 3/2, now on a child in need plan.""",
    ["SAFE-EXP", "CRIME"],
    [("convention", "SUB", "Drugs found on an exploited child are SAFE-EXP and CRIME, not SUB (conv 12).")])
box("A", "orange",
    """Tyler missing overnight 4 times since Christmas. Leona is Deaf and says when
    police bring him home they talk to Tyler and leave, nobody tells her anything.
    DA from Tyler's dad ended in 2019, he is in prison now.""",
    ["SAFE-EXP", "PH"],
    [("convention", "CRIME", "Police returning a missing child is safeguarding, not CRIME (conv 7)."),
     ("historical", "DA", "Ended in 2019."),
     ("outside", "CRIME", "Tyler's dad is in prison, outside the household (conv 6).")])
box("A", "yellow",
    """Tyler permanently excluded from Westby Academy in Jan, now at the PRU 3
    mornings a week.""",
    ["EDU-EXC", "EDU-ATT"],
    [("convention", "EDU-ATT", "Three mornings a week is a part-time timetable.")])
box("C", "orange",
    """Tyler on a 9 month referral order with YOS for possession with intent. No
    missing episodes since April. Attending the PRU full time.""",
    ["CRIME"],
    [("historical", "SAFE-EXP", "'No missing episodes since April'; no current exploitation described."),
     ("historical", "EDU-ATT", "Now full time."),
     ("not-coded", "EDU-EXC", "Attending a PRU full time: no exclusion, behaviour or risk of exclusion is described in this box.")])

# ---------------------------------------------------------------------------
# Write outputs
# ---------------------------------------------------------------------------
def main():
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        cols = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
        w.writerow(cols)
        for r in ROWS:
            w.writerow([r[c] for c in cols])
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for g in GOLD:
            w.writerow(g)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(TRAPS, indent=1, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")

    cases = sorted({r["case_id"] for r in ROWS})
    triages = sorted({r["triage_id"] for r in ROWS})
    notes = [r for r in ROWS if not r["level"]]
    coded = {g[0] for g in GOLD}
    print("cases %d, triages %d, narratives %d (%d unboxed notes), gold rows %d, "
          "narratives without gold %d, trap entries %d"
          % (len(cases), len(triages), len(ROWS), len(notes), len(GOLD),
             len(ROWS) - len(coded), sum(len(v) for v in TRAPS.values())))
    counts = {}
    for _, c, _l in GOLD:
        counts[c] = counts.get(c, 0) + 1
    print("codes: " + ", ".join("%s %d" % (c, counts[c]) for c in sorted(counts)))
    lv = {}
    for _, _c, l in GOLD:
        lv[l] = lv.get(l, 0) + 1
    print("gold levels: " + ", ".join("%s %d" % (l, lv.get(l, 0))
                                      for l in ["blue", "green", "yellow", "orange", "red"]))


if __name__ == "__main__":
    main()
