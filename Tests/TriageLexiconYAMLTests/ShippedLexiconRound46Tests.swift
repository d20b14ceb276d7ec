import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round forty-six (step-down from social care, SEND and autism, service families, a duty
    /// desk's shorthand): sent home early twice is an exclusion; late most Mondays and late to
    /// school 9x are attendance; an EPDS score in brackets is the mother's mood, whoever else
    /// the box names; toileting at school age is PH, not SEND; a need "ok" or "is fine" is
    /// negated, but a need "going ok but" is not; the category of a plan that "ended at" a
    /// review is past.
    @Test(arguments: [
        ("Kian (9) was sent home early twice this week for hitting.", "EDU-EXC", MentionStatus.present),
        ("Lily is late most Mondays.", "EDU-ATT", .present),
        ("Kacey (11) late to school 9x this term.", "EDU-ATT", .present),
        ("Bella (5m) gaining weight. Mum's mood low, HV did an EPDS (15).", "MH-ADULT", .present),
        ("Ava (3) isn't at any nursery.", "EYD", .present),
        ("Sch counsellor seeing Jade (13) weekly.", "MH-CHILD", .present),
        ("Mum says she is on edge constantly.", "MH-ADULT", .present),
        ("Weaning going ok but he still gags on lumps.", "EYD", .present),
        ("Mum's mental health is ok at the moment.", "MH-ADULT", .negated),
        ("Natalie's own mental health ok, her sister helps.", "MH-ADULT", .negated),
        ("CP plan ended at the review in May (neglect, 10 months).", "SAFE-NEG", .historical),
        ("Riley (8) in Year 3 still needs help with toileting at school.", "PH", .present),
        ("Dad has been given an attendance fine for Kai.", "EDU-ATT", .present),
        ("Ravi and Priya are going through a divorce and row most nights.", "REL-CONF", .present),
    ] as [(String, String, MentionStatus)])
    func roundFortySixStatuses(text: String, code: String, status: MentionStatus) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == status, "\(coded.issues.map { "\($0.code) \($0.status)" })")
    }

    @Test(arguments: [
        // A divorce long past is no conflict now; toileting at school age is not SEND.
        ("She has been drinking a bottle of wine a night since her divorce.", "REL-CONF"),
        ("Riley (8) in Year 3 still needs help with toileting at school.", "EDU-SEND"),
    ])
    func roundFortySixNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
