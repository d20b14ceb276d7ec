import Testing
import TriageCore

struct QAExampleRunnerTests {
    static func lexicon(examples: [LexiconExample]) -> Lexicon {
        var lexicon = TestLexicon.lexicon
        lexicon.codes[3].examples = examples  // FIN
        return lexicon
    }

    @Test func passingAndFailingExamples() throws {
        let examples = [
            LexiconExample(text: "Mum is in rent arrears.", expectations: ["FIN": .present]),
            LexiconExample(text: "No rent arrears.", expectations: ["FIN": .negated, "HOUS": .absent]),
            LexiconExample(text: "No concerns re debt but housing is overcrowded.", expectations: ["FIN": .present]),
        ]
        let results = LexiconExampleRunner(try CompiledLexicon(Self.lexicon(examples: examples))).run()
        #expect(results.map(\.passed) == [true, true, false])
        let failure = try #require(results[2].failures.first)
        #expect(failure.code == "FIN" && failure.expected == .present && failure.got == .negated)
        #expect(failure.evidence.first?.trigger?.phrase == "no concerns re")
        #expect(results[2].owner == "FIN" && results[2].number == 3)
    }

    @Test func anExampleInABoxTakesThatLevel() throws {
        let example = LexiconExample(text: "Rent arrears.", level: .red, expectations: ["FIN": .present])
        let result = LexiconExampleRunner(try CompiledLexicon(Self.lexicon(examples: [example]))).run()[0]
        #expect(result.coded.issue("FIN")?.level == .red)
    }

    @Test(arguments: [
        (LexiconExample.Expectation.absent, nil as MentionStatus?, true),
        (.absent, .negated, false),
        (.notPresent, nil, true),
        (.notPresent, .historical, true),
        (.notPresent, .present, false),
        (.hypothetical, .hypothetical, true),
        (.present, nil, false),
    ])
    func expectationsMeanWhatTheySay(expected: LexiconExample.Expectation, got: MentionStatus?, meets: Bool) {
        #expect(LexiconExampleRunner.meets(expected, got) == meets)
    }

    @Test func anExampleNamingAnUnknownCodeFails() throws {
        let example = LexiconExample(text: "Rent arrears.", expectations: ["NOPE": .absent])
        let result = LexiconExampleRunner(try CompiledLexicon(Self.lexicon(examples: [example]))).run()[0]
        #expect(!result.passed)
        #expect(result.failures.first?.unknownCode == true)
    }
}
