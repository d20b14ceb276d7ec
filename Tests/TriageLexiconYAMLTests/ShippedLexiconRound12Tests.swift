import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round twelve (forms, youth work, families and the justice system): phrasings the
    /// default lexicon now codes as present, in newly written sentences.
    @Test(arguments: [
        ("Mason and Mum (Kelly) argue most evenings.", "REL-PAR"),
        ("He and his dad still clash whenever the subject comes up.", "REL-PAR"),
        ("She was asked to leave by Mum's partner after a row.", "REL-PAR"),
        ("Dad (Lee) asked him to leave on Sunday.", "REL-PAR"),
        ("They row daily about him not getting up for college.", "REL-PAR"),
        ("A man he met on a game threatened to share the photos unless he paid.", "SAFE-EXP"),
        ("Someone pretending to be 15 has been messaging her.", "SAFE-EXP"),
        ("She came home with a phone that Mum didn't buy.", "SAFE-EXP"),
        ("There are no parental controls on the tablet.", "SAFE-EXP"),
        ("Dean is on a bricklaying course and his tutor says he could be withdrawn.", "EDU-NEET"),
        ("Sam will lose his apprenticeship if he is late again.", "EDU-NEET"),
        ("Jess (17) has moved into supported lodgings.", "HOUS"),
        ("Dad has been off sick with his back since May.", "PH"),
        ("Money is tight and Mum is living off her savings.", "FIN"),
        ("Tia (14) is left to look after her younger brothers most weekends.", "CARER"),
        ("Noah (12) helps his mum with her tablets every morning.", "CARER"),
        ("Bilal was found at the park with two bags of cannabis.", "CRIME"),
        ("Police arrested Craig for assaulting Jodie on Friday.", "DA"),
        ("He is bailed not to contact her.", "DA"),
        ("Her husband controls the only bank account.", "DA"),
        ("Steve's licence ends in March.", "CRIME"),
        ("Jo says she still has flashbacks most nights.", "MH-ADULT"),
        ("The young people's eating disorders service is seeing Maya (15).", "MH-CHILD"),
        // Shorthand, big households, neurodiversity.
        ("Rio (13) has constant rows with Jade (stepmum) over chores.", "REL-PAR"),
        ("Jax + M rowing most nights.", "REL-PAR"),
        ("Kane refuses to hand over his tablet at bedtime.", "REL-PAR"),
        ("Alfie (8) has hit his little brother several times.", "REL-PAR"),
        ("Police came after a row between Stacey and Wayne about the car.", "REL-CONF"),
        ("They still row about money most weekends.", "REL-CONF"),
        ("Ellie (12) helps her nan to wash and dress every morning.", "CARER"),
        ("Tom (14) helps with Amy's overnight feeds.", "CARER"),
        ("Late x12 this half term.", "EDU-ATT"),
        ("He is on a part-time return, one hour a day.", "EDU-ATT"),
        ("Ivy (2) uses only ten words.", "EYD"),
        ("Boys on the bus have been calling him racist names.", "SAFE-EXP"),
        ("She says her mood is very low and the children would be better off without her.", "MH-ADULT"),
        ("The OT has ordered a stairlift.", "PH"),
        ("Kitchen full of unwashed pots on every visit.", "SAFE-NEG"),
        // School liaison notes, rural and coastal families, a parent's serious mental illness.
        ("Her partner keeps hold of her bank card.", "DA"),
        ("Ruby (3) doesn't have a nursery place.", "EYD"),
        ("Jay (4) isn't registered with a GP yet.", "PH"),
        ("The children have not seen a dentist since they moved.", "PH"),
        ("Leah (9) is often late because the bus is unreliable.", "EDU-ATT"),
        ("They owe the landlord £600.", "FIN"),
        ("Dad hears voices and is paranoid about the neighbours.", "MH-ADULT"),
        ("Kim has a monthly depot and sees her care coordinator.", "MH-ADULT"),
        ("Sam (10) reminds her to take her tablets every night.", "CARER"),
        ("Ellis (12) collects his mum's prescriptions.", "CARER"),
        ("Tyler (14) cooks tea because Mum's mental health makes evenings hard.", "MH-ADULT"),
        // Case-system exports, parents with a learning disability, young parents.
        ("Darren kept control of all the money.", "DA"),
        ("His tutor is worried he'll drop out.", "EDU-NEET"),
        ("Shaun is six weeks sober and going to AA.", "SUB"),
        ("Harvey keeps an eye on his dad when Mum is at work.", "CARER"),
        ("Mum has a mild learning disability and finds letters hard.", "PH"),
        ("Alfie (2 weeks) is still below his birth weight.", "PH"),
        ("At the 10-day visit her EPDS score was high.", "MH-ADULT"),
        ("She still goes to the relapse prevention group every week.", "SUB"),
        ("The HV found him propped in his cot with a bottle.", "SAFE-NEG"),
        ("Rio (4 months) has dropped two centile lines.", "PH"),
        ("Men she calls friends have taken advantage of her.", "SAFE-EXP"),
    ])
    func roundTwelvePhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    /// Not a present need: form answers that say no, a test that came back clear, a move
    /// made permanent, a prisoner's offence, a work probation period, others' ASB.
    @Test(arguments: [
        ("Missing episodes: N", "SAFE-EXP"),
        ("Young carer? N – no caring tasks.", "CARER"),
        ("Any DV? No.", "DA"),
        ("DA: Mum says there has been no DA since she left.", "DA"),
        ("Bullying: stopped after the school stepped in.", "SAFE-EXP"),
        ("His drug test in May was clear.", "SUB"),
        ("The managed move was made permanent in June.", "EDU-EXC"),
        ("Dad got four years for burglary and is in HMP Northfell.", "CRIME"),
        ("Mum takes the girls to HMP Northfell every other Sunday.", "CRIME"),
        ("He has started at a depot on a six-month probation period.", "CRIME"),
        ("The family want to move because of the ASB on the estate.", "CRIME"),
        ("They have started couple counselling.", "MH-ADULT"),
        ("She keeps asking if dad will come home and is wetting the bed.", "MH-ADULT"),
        ("Leon completed his referral order in May.", "CRIME"),
        ("They are being harassed by neighbours.", "DA"),
        ("M's DA from an ex (2021), no contact, not a current issue.", "DA"),
        ("Kai has shouting matches with Dad about bedtime.", "REL-CONF"),
        ("Mia (8) is 'hungry to learn', her teacher says.", "SAFE-NEG"),
        ("Baby Rae's weight is right on her line.", "PH"),
        ("The arrears on the old flat were cleared by the council.", "FIN"),
        ("The village bus was withdrawn in June.", "MH-ADULT"),
        ("Dad looks after Ivy (6) three hours a day.", "EDU-ATT"),
        ("Mum has a learning disability and finds letters hard.", "EDU-SEND"),
        ("Ryan was NEET when we met him; he is now on a plastering course.", "EDU-NEET"),
        ("TAF agreed with the HV and the ASC worker.", "EDU-SEND"),
        ("Jade (7) was sent home from school with headlice.", "EDU-EXC"),
    ])
    func roundTwelveNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }

    /// "M" alone is shorthand for Mum; "Child M" is a child; F/D is Dad.
    @Test func shorthandForParents() throws {
        let coder = try Self.defaultCoder.get()
        let mum = coder.code("M (Shannon) low mood since Ava born, GP started sertraline.")
        #expect(mum.issue(Code("MH-ADULT"))?.status == .present, "\(mum.presentIssues.map(\.code))")
        #expect(mum.issue(Code("MH-CHILD"))?.status != .present, "\(mum.presentIssues.map(\.code))")
        let child = coder.code("Child M has low mood.")
        #expect(child.issue(Code("MH-CHILD"))?.status == .present, "\(child.presentIssues.map(\.code))")
        let dad = coder.code("Kai (7) settled. F/D low mood, GP appt booked.")
        #expect(dad.issue(Code("MH-ADULT"))?.status == .present, "\(dad.presentIssues.map(\.code))")
    }

    /// A question is no condition: the bedwetting in "keeps asking if …" is present.
    @Test func anIndirectQuestionIsNoCondition() throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code("Jamie keeps asking if his dad is coming back and has been wetting the bed.")
        #expect(coded.issue(Code("PH"))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    /// Parents arguing are still the parents' conflict, and a partner named first is no child.
    @Test func parentsArguingStayTheParentsConflict() throws {
        let coder = try Self.defaultCoder.get()
        for text in ["Mum and Dad argue about money most nights.", "Her partner and Mum row when he has been drinking."] {
            let coded = coder.code(text)
            #expect(coded.issue(Code("REL-PAR"))?.status != .present, "\(text): \(coded.presentIssues.map(\.code))")
        }
        let outside = coder.code("Connor (17) moved in after his mum asked him to leave.")
        #expect(outside.issue(Code("REL-PAR"))?.status != .present, "\(outside.presentIssues.map(\.code))")
    }
}
