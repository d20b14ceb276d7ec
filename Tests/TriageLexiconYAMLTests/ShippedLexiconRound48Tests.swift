import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round forty-eight (large families, adoptive families, home conditions, chronic pain and
    /// prescribed drugs): a child who gets two named siblings up or cooks tea most nights is a
    /// carer (a parent who does is not); a parent "down to a couple of cans" or who has "cut
    /// down to weekends" is still drinking (SUB).
    @Test(arguments: [
        ("Kacey (15) gets Paisley (4) and Oakley (2) up most mornings.", "CARER", MentionStatus.present),
        ("Lily (12) cooks tea most nights since Mum's op.", "CARER", .present),
        ("Dad says he has cut down to weekends only.", "SUB", .present),
        ("Mum is down to a couple of cans on a Saturday.", "SUB", .present),
    ] as [(String, String, MentionStatus)])
    func roundFortyEightStatuses(text: String, code: String, status: MentionStatus) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == status, "\(coded.issues.map { "\($0.code) \($0.status)" })")
    }

    @Test(arguments: [
        ("Mum cooks tea most nights and works days.", "CARER"),
    ])
    func roundFortyEightNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
