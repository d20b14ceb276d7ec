import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round thirty-two (a rural district's mix, Team Around the Family minutes, families new
    /// to a coastal city): phrasings the default lexicon now codes as present.
    @Test(arguments: [
        // EDU-SEND routes only a parent's diagnosis to none, not a parent chasing the EHCP.
        ("Mum is chasing the EHCP assessment for Leo.", "EDU-SEND"),
        ("They can't pay for taxis to school.", "FIN"),
        ("Jade has missed a few mornings of school.", "EDU-ATT"),
        // A longer term holding the whole exclusion "is registered with a dentist" stands.
        ("Neither child is registered with a dentist.", "PH"),
        ("Dad was stopped by police for drug driving in May and has a court date.", "CRIME"),
        // "have eased but still …" is no ended need.
        ("Chloe says the rows have eased but still flare up on Saturdays.", "REL-CONF"),
    ])
    func roundThirtyTwoPhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    @Test(arguments: [
        ("Mum (Holly) was diagnosed with ADHD as an adult.", "EDU-SEND", nil),
        ("His behaviour in school has never been an issue.", "EDU-EXC", MentionStatus.negated),
        ("Rachel was treated for depression years ago.", "MH-ADULT", .historical),
        ("She had postnatal depression after her first baby but has been well since.", "MH-ADULT", .historical),
        ("Olena says her anxiety has eased.", "MH-ADULT", .historical),
        ("Andrei is on an apprenticeship, so the NEET need is met.", "EDU-NEET", .historical),
        ("Registered with GP and dentist.", "PH", .historical),
        ("Agreed he will go back to the service should he start drinking again.", "SUB", .hypothetical),
        ("She knows she can ask the HV to refer her to the perinatal team.", "MH-ADULT", .hypothetical),
        ("She will be referred to the perinatal team if her mood drops.", "MH-ADULT", .hypothetical),
    ] as [(String, String, MentionStatus?)])
    func roundThirtyTwoNotPresent(text: String, code: String, status: MentionStatus?) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == status, "\(coded.issues.map { "\($0.code) \($0.status)" })")
    }
}
