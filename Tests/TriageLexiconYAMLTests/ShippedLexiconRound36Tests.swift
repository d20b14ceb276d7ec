import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round thirty-six (term precision across every gold set, again): a relationship someone
    /// was in or left is past; fussy eating is a toddler's EYD; dysregulation alone is no
    /// mental health need.
    @Test(arguments: [
        ("Stacey was in a violent relationship with Bella's dad.", "DA", MentionStatus.historical),
        ("Stacey left an abusive relationship with Noah's father.", "DA", .historical),
        ("Mum is in a violent relationship.", "DA", .present),
        ("Daisy (2) is a fussy eater.", "EYD", .present),
    ] as [(String, String, MentionStatus)])
    func roundThirtySixStatuses(text: String, code: String, status: MentionStatus) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == status, "\(coded.issues.map { "\($0.code) \($0.status)" })")
    }

    @Test(arguments: [
        ("Kai (9) is a fussy eater.", "EYD"),
        ("Kai (9) is a fussy eater.", "PH"),
        ("Ruby (8) becomes dysregulated in the afternoons.", "MH-CHILD"),
    ])
    func roundThirtySixNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
