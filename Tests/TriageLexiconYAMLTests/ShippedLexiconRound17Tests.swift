import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round seventeen (a month of family workers' boxes, closures, domestic abuse):
    /// phrasings the default lexicon now codes as present, and two that are not needs.
    @Test(arguments: [
        ("Kieran (16) left school in July without a college place.", "EDU-NEET"),
        ("Louis (8) has refused to go into school since half term.", "EDU-ATT"),
        ("Grace (15) is still only in school in the mornings.", "EDU-ATT"),
        ("Louis (8) is scared something will happen to Mum.", "MH-CHILD"),
        ("Because of her fatigue Grace misses afternoons.", "PH"),
        ("Pete is three months behind with his rent.", "FIN"),
    ])
    func roundSeventeenPhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    @Test(arguments: [
        ("Evie (3) is not toilet trained. Her hearing test was normal.", "PH"),
        ("Jordan completed his probation order in January.", "CRIME"),
    ])
    func roundSeventeenNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
