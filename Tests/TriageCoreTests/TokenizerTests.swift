import Testing
@testable import TriageCore

struct TokenizerTests {
    let tokenizer = Tokenizer()

    func words(_ text: String) -> [String] {
        let t = tokenizer.tokenize(text)
        return t.tokens.filter(\.isWordLike).map { t.normalizedText(of: $0) }
    }

    /// Python's text[start:end] on Unicode scalars.
    func slice(_ text: String, _ start: Int32, _ end: Int32) -> String {
        let scalars = Array(text.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[Int(start)..<Int(end)]))
    }

    @Test func offsetsAreUnicodeScalarsOnAccentedAndEmojiText() {
        let text = "Zoë 👍🏽 said “Mum’s rent‑arrears” — £1,150 (7)"
        let t = tokenizer.tokenize(text)
        for token in t.tokens {
            #expect(slice(text, token.start, token.end) == t.originalText(of: token))
        }
        #expect(words(text) == ["zoë", "said", "mum's", "rent", "arrears", "£1,150", "(7)"])
        let zoe = t.tokens[0]
        #expect(zoe.start == 0 && zoe.end == 3)
    }

    @Test(arguments: [
        ("rent-arrears", ["rent", "arrears"]),
        ("rent–arrears", ["rent", "arrears"]),
        ("DV/DA", ["dv", "da"]),
        ("self‐harm", ["self", "harm"]),
        ("drug & alcohol", ["drug", "and", "alcohol"]),
        ("attendance 82%", ["attendance", "82%"]),
        ("£900.50 owed", ["£900.50", "owed"]),
        ("Jayden (9) late", ["jayden", "(9)", "late"]),
        ("didn’t", ["didn't"]),
        ("approx. 20 words", ["approx", "20", "words"]),
        ("CAFÉ", ["café"]),
        ("helping dad w/ stairs", ["helping", "dad", "with", "stairs"]),
        ("dressed W/O a fight", ["dressed", "without", "a", "fight"]),
        ("w/e 12 May", ["w", "e", "12", "may"]),
        ("mum w/3 kids", ["mum", "w", "3", "kids"]),
        ("lives w/", ["lives", "with"]),
        ("the flat above (no.14)", ["the", "flat", "above", "number", "14"]),
        ("No.37 next door. No. Not again", ["number", "37", "next", "door", "no", "not", "again"]),
    ])
    func normalisesWords(text: String, expected: [String]) {
        #expect(words(text) == expected)
    }

    @Test func marksSentenceAndClauseBoundaries() {
        let t = tokenizer.tokenize("No DV. Housing: fine; rent – ok\n• bullet, list")
        let boundaries = t.tokens.filter { $0.kind == .punctuation }.map(\.boundary)
        #expect(boundaries == [.sentence, .clause, .clause, .clause, .sentence, .sentence, .comma])
        #expect(t.tokens.first { $0.boundary == .clause }?.isLabelSeparator == true)
    }

    @Test func nonBreakingSpacesAndTimesAreNotBoundaries() {
        #expect(words("rent\u{00A0}arrears at 10:30") == ["rent", "arrears", "at", "10", "30"])
        let t = tokenizer.tokenize("at 10:30")
        #expect(!t.tokens.contains { $0.boundary == .clause })
    }

    @Test func emptyAndSymbolOnlyTextGiveNoWords() {
        #expect(tokenizer.tokenize("").tokens.isEmpty)
        #expect(words("🙂 ✨ …").isEmpty)
    }
}
