import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round forty-two (young parents, disabled children, front-door notes, older
    /// teenagers): weight lost in kilos or static, a heart op, D&V, falls and fractures are
    /// PH; restrictive eating is a child's mental health; a child who gets the siblings up,
    /// checks mum has taken her tablets or does a parent's personal care is a carer; a
    /// stranger online who keeps asking to meet up is SAFE-EXP; taking more than prescribed is
    /// SUB; an ended eviction, a course place that "will be withdrawn" and a nursery's
    /// "mornings only" are set aside.
    @Test(arguments: [
        ("Mia (16) has lost about 8kg since Christmas.", "PH", MentionStatus.present),
        ("Taylor's weight has been static for 3 wks.", "PH", .present),
        ("Luna (9m) has had D&V for 2 days.", "PH", .present),
        ("Jaxon is waiting for his heart op.", "PH", .present),
        ("Rachel is struggling with the stairs and has had 2 falls.", "PH", .present),
        ("Finley (10) has hemiplegic CP and wears AFOs.", "PH", .present),
        ("Amara is still on O2 at night.", "PH", .present),
        ("GP thinks Mia (16) has restrictive eating.", "MH-CHILD", .present),
        ("Ben (13) gets the twins up and onto the school bus most mornings.", "CARER", .present),
        ("Amelia (15) checks mum has taken her tablets.", "CARER", .present),
        ("Olivia (12) helps with his feeds and meds before school.", "CARER", .present),
        ("Kian (18) does most of the personal care for his mum.", "CARER", .present),
        ("Leah (16) takes mum to her appointments when dad is at work.", "CARER", .present),
        ("Ryan (17) has a 'friend' on Discord who keeps asking to meet up.", "SAFE-EXP", .present),
        ("GP is worried Angela is taking more than prescribed.", "SUB", .present),
        ("Jake (15) is at the PRU, mornings only.", "EDU-ATT", .present),
        ("Maya (17) is late to college 3-4 times a wk.", "EDU-ATT", .present),
        ("Erin moved into a supported flat for 18-25s.", "HOUS", .present),
        ("Alfie (8) hits out at mum most evenings.", "REL-PAR", .present),
    ] as [(String, String, MentionStatus)])
    func roundFortyTwoStatuses(text: String, code: String, status: MentionStatus) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == status, "\(coded.issues.map { "\($0.code) \($0.status)" })")
    }

    @Test(arguments: [
        ("College say she'll be withdrawn if she's not back by half term.", "MH-CHILD"),
        ("Eviction cancelled after a DHP and a repayment plan.", "HOUS"),
        ("Tyler (4) at nursery mornings only.", "EDU-ATT"),
        ("Isla's NG tube came out in October and she eats purees now.", "PH"),
    ])
    func roundFortyTwoNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
