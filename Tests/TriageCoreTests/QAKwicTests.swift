import Testing
import TriageCore

struct QAKwicTests {
    @Test func aPatternIsTriedWithTheLexiconsContextRules() throws {
        let kwic = try KeywordInContext(pattern: "arrears", lexicon: TestLexicon.lexicon, window: 3)
        let lines = kwic.lines(id: "N1", text: "No council tax arrears now. Rent arrears of £300 since May.")
        #expect(lines.count == 2)
        #expect(lines[0].status == .negated)
        #expect(lines[0].trigger?.phrase == "no")
        #expect(lines[0].window.left == "No council tax")
        #expect(lines[0].window.match == "arrears")
        #expect(lines[0].window.right == "now. Rent arrears")
        #expect(lines[0].code == nil)
        #expect(lines[0].lexiconMentions.map(\.code) == ["FIN"])  // the lexicon's own "arrears"
        #expect(lines[1].status == .present && lines[1].trigger == nil)
        #expect(lines[1].lexiconMentions.map(\.term) == ["rent arrears"])
    }

    @Test func aStemPatternMatchesEveryWordItStarts() throws {
        let kwic = try KeywordInContext(pattern: "evict*", lexicon: TestLexicon.lexicon, window: 2)
        let lines = kwic.lines(id: "N1", text: "Eviction notice served; if evicted they will go to gran.")
        #expect(lines.map(\.window.match) == ["Eviction", "evicted"])
        #expect(lines.map(\.status) == [.present, .hypothetical])
        #expect(lines[0].lexiconMentions.map(\.term) == ["eviction notice"])
        #expect(lines[1].lexiconMentions.isEmpty)
    }

    @Test func statusFilterKeepsOnlyThoseStatuses() throws {
        let kwic = try KeywordInContext(pattern: "arrears", lexicon: TestLexicon.lexicon, statuses: [.negated])
        let lines = kwic.lines(id: "N1", text: "No arrears. Arrears of £300.")
        #expect(lines.map(\.status) == [.negated])
    }

    @Test func withACodeThePatternGetsThatCodeAndItsExclusions() throws {
        let kwic = try KeywordInContext(pattern: "drugs", lexicon: TestLexicon.lexicon, code: "SUB")
        let lines = kwic.lines(id: "N1", text: "Takes prescribed drugs. Dad uses drugs daily.")
        #expect(lines.count == 1)
        #expect(lines.first?.code == "SUB")
        #expect(lines.first?.window.match == "drugs")
    }

    @Test func withoutAPatternTheLinesAreTheLexiconsOwnMatches() throws {
        let kwic = try KeywordInContext(pattern: nil, lexicon: TestLexicon.lexicon, code: "HOUS", window: 2)
        let lines = kwic.lines(id: "N1", text: "No concerns re housing. Rent arrears and an eviction notice.")
        #expect(lines.map(\.term) == ["housing", "eviction notice"])
        #expect(lines.map(\.status) == [.negated, .present])
        #expect(lines.allSatisfy { $0.code == "HOUS" && $0.lexiconMentions.isEmpty })
    }

    @Test func aRegexPatternWorks() throws {
        let kwic = try KeywordInContext(pattern: #"/s\.?\s?47/"#, lexicon: TestLexicon.lexicon, window: 1)
        let lines = kwic.lines(id: "N1", text: "Strategy meeting held, S47 started.")
        #expect(lines.count == 1)
        #expect(lines.first?.term == #"/s\.?\s?47/"#)
    }

    @Test func anInvalidPatternIsAnError() {
        #expect(throws: LexiconError.self) {
            _ = try KeywordInContext(pattern: "x*", lexicon: TestLexicon.lexicon)
        }
    }

    @Test func theWindowStopsAtTheEdgesOfTheNarrative() {
        let text = Tokenizer().tokenize("One two three four five six seven")
        let window = text.window(around: 3..<4, words: 10)
        #expect(window == TextWindow(left: "One two three", match: "four", right: "five six seven"))
        let multiline = Tokenizer().tokenize("Line one\n\n  arrears   here")
        #expect(multiline.window(around: 3..<4, words: 2).line == "Line one [arrears] here")
    }
}
