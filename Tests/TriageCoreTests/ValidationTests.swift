import Testing
@testable import TriageCore

struct ValidationTests {
    func errors(_ lexicon: Lexicon) -> [String] {
        lexicon.validationDiagnostics().filter { $0.severity == .error }.map(\.message)
    }

    func lexicon(_ codes: [CodeDefinition]) -> Lexicon {
        Lexicon(name: "x", version: "1", codes: codes)
    }

    @Test func sameTermUnderTwoCodesIsRejected() {
        let messages = errors(lexicon([
            CodeDefinition(code: "A", name: "A", defaultLevel: .yellow, terms: [.phrase("rent-arrears")]),
            CodeDefinition(code: "B", name: "B", defaultLevel: .yellow, terms: [.phrase("Rent arrears")]),
        ]))
        #expect(messages.count == 1)
        #expect(messages.first?.contains("under both 'A'") == true)
    }

    @Test func duplicateCodesEmptyTermsBadStemsAndRegexesAreRejected() {
        let messages = errors(lexicon([
            CodeDefinition(code: "A", name: "A", defaultLevel: .yellow, terms: [.phrase("  "), .phrase("tru*ant"), .phrase("t*")]),
            CodeDefinition(code: "A", name: "A", defaultLevel: .yellow, terms: [Term(.regex("(unclosed"))]),
        ]))
        #expect(messages.count == 5, "\(messages)")
        #expect(messages.contains { $0.contains("invalid regular expression /(unclosed/") })
        #expect(messages.contains { $0.contains("empty") })
        #expect(messages.contains { $0.contains("'*' may only end a term") })
        #expect(messages.contains { $0.contains("at least 2 letters") })
        #expect(messages.contains { $0.contains("duplicate code id 'A'") })
    }

    @Test func compilingAnInvalidLexiconThrowsEveryDiagnostic() {
        #expect(throws: LexiconError.self) {
            _ = try CompiledLexicon(lexicon([CodeDefinition(code: "A", name: "A", defaultLevel: .yellow, terms: [Term(.regex("["))])]))
        }
    }
}
