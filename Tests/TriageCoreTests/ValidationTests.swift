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

/// Phrases of ASCII letters and spaces are checked without the tokeniser; the answer must
/// be the one the tokeniser gives.
@Suite struct PhraseShapeFastPathTests {
    /// The tokeniser's answer, as ``PhraseShape/check(_:allowStem:tokenizer:)`` computed it
    /// before the fast path.
    func slow(_ text: String) -> (problem: String?, key: String) {
        let tokenizer = Tokenizer()
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty { return ("it is empty; remove it or write the words to match", "") }
        let stem = trimmed.hasSuffix("*")
        let body = stem ? String(trimmed.dropLast()) : trimmed
        let words = tokenizer.tokenize(body)
        let wordTokens = words.tokens.filter(\.isWordLike)
        if wordTokens.isEmpty { return ("it has no words or numbers to match", "") }
        if stem {
            guard let last = body.last, !last.isWhitespace else { return ("'*' must follow a stem directly, as in 'truan*'", "") }
            let stemText = words.normalizedText(of: wordTokens[wordTokens.count - 1])
            if stemText.count < 2 { return ("the stem before '*' is '\(stemText)'; a stem needs at least 2 letters", "") }
        }
        return (nil, wordTokens.map { words.normalizedText(of: $0) }.joined(separator: " ") + (stem ? "*" : ""))
    }

    @Test(arguments: [
        "rent arrears", "Rent  Arrears", "DV", "truan*", "school refus*", "a*", "x y*", "domestic  *", "  Food Bank ",
        "NEET", "mum's drinking", "rent-arrears", "£900 debt", "self harm*", "café", "no. 10", "A B C D E",
    ])
    func agreesWithTheTokeniser(_ text: String) {
        let fast = PhraseShape.check(text, allowStem: true, tokenizer: Tokenizer())
        let expected = slow(text)
        #expect(fast.problem == expected.problem, "\(text)")
        #expect(fast.key == expected.key, "\(text)")
    }

    @Test func randomLetterAndSpacePhrasesAgree() {
        var generator = SplitMix(seed: 11)
        let alphabet = Array("abcXYZ ") + [" ", " "]
        for _ in 0..<500 {
            let length = Int.random(in: 1...12, using: &generator)
            var text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            if Bool.random(using: &generator) { text += "*" }
            let fast = PhraseShape.check(text, allowStem: true, tokenizer: Tokenizer())
            let expected = slow(text)
            #expect(fast.problem == expected.problem && fast.key == expected.key, "'\(text)'")
        }
    }
}
