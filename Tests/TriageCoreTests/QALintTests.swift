import Testing
import TriageCore

struct QALintTests {
    static func located(_ line: Int) -> TriageCore.SourceLocation { TriageCore.SourceLocation(file: "lex.yaml", line: line, column: 9) }

    static func example(_ code: Code, _ expectation: LexiconExample.Expectation) -> LexiconExample {
        LexiconExample(text: "x", expectations: [code: expectation])
    }

    static func fullExamples(_ code: Code) -> [LexiconExample] {
        [example(code, .present), example(code, .present), example(code, .negated)]
    }

    func warnings(_ lexicon: Lexicon, vocabulary: CorpusVocabulary? = nil) -> [String] {
        LexiconLinter(lexicon, vocabulary: vocabulary).diagnostics().filter { $0.severity == .warning }.map(\.message)
    }

    func lexicon(_ codes: [CodeDefinition], context: ContextRules = TestLexicon.context) -> Lexicon {
        Lexicon(name: "x", version: "1", codes: codes, context: context)
    }

    @Test func aTermInsideALongerTermOfAnotherCodeIsShadowed() {
        let messages = warnings(lexicon([
            CodeDefinition(code: "FIN", name: "F", defaultLevel: .yellow,
                           terms: [.phrase("arrears", location: Self.located(3)), .phrase("rent arrears")], examples: Self.fullExamples("FIN")),
            CodeDefinition(code: "HOUS", name: "H", defaultLevel: .yellow,
                           terms: [.phrase("rent arrears letter", location: Self.located(9)), .phrase("eviction")],
                           examples: Self.fullExamples("HOUS")),
        ]))
        let shadow = messages.filter { $0.contains("is inside") }
        #expect(shadow.count == 2, "\(messages)")
        #expect(shadow.contains { $0.hasPrefix("term 'arrears' (FIN) is inside the longer term 'rent arrears letter' (HOUS, lex.yaml:9:9)") })
        #expect(shadow.contains { $0.hasPrefix("term 'rent arrears' (FIN)") })
    }

    @Test func aRegexWithNoWordEveryMatchHoldsIsReported() {
        let messages = warnings(lexicon([
            CodeDefinition(code: "EDU-ATT", name: "A", defaultLevel: .yellow,
                           terms: [Term(.regex(#"\d+\s?%"#)), Term(.regex(#"\bmissed\s+\d+\s+days"#))],
                           examples: Self.fullExamples("EDU-ATT")),
        ]))
        let slow = messages.filter { $0.contains("runs on every narrative") }
        #expect(slow.count == 1, "\(messages)")
        #expect(slow.first?.hasPrefix("regular expression /\\d+\\s?%/ (EDU-ATT)") == true)
    }

    @Test func aTermInsideALongerTermOfTheSameCodeIsFine() {
        let messages = warnings(lexicon([
            CodeDefinition(code: "FIN", name: "F", defaultLevel: .yellow, terms: [.phrase("arrears"), .phrase("rent arrears")],
                           examples: Self.fullExamples("FIN")),
        ]))
        #expect(messages.isEmpty, "\(messages)")
    }

    @Test func aStemShadowedByALongerPhraseIsFound() {
        let messages = warnings(lexicon([
            CodeDefinition(code: "SUB", name: "S", defaultLevel: .yellow, terms: [.phrase("drug*")], examples: Self.fullExamples("SUB")),
            CodeDefinition(code: "CRIME", name: "C", defaultLevel: .yellow, terms: [.phrase("found with drugs")], examples: Self.fullExamples("CRIME")),
        ]))
        #expect(messages.contains { $0.hasPrefix("term 'drug*' (SUB) is inside the longer term 'found with drugs'") }, "\(messages)")
    }

    @Test func shortStemsAreReportedWithTheCorpusWordsTheyMatch() {
        var vocabulary = CorpusVocabulary()
        vocabulary.add("Adam has ADHD; mum is adamant. ADHD assessment.")
        let messages = warnings(lexicon([
            CodeDefinition(code: "EDU-SEND", name: "S", defaultLevel: .yellow, terms: [.phrase("ad*"), .phrase("dyslex*")],
                           examples: Self.fullExamples("EDU-SEND")),
        ]), vocabulary: vocabulary)
        #expect(messages.count == 1, "\(messages)")
        #expect(messages.first?.contains("stem 'ad*' in term 'ad*' (EDU-SEND) has 2 letters") == true)
        #expect(messages.first?.hasSuffix("in the corpus it matched 3 distinct words: adhd (2), adam (1), adamant (1)") == true)
    }

    @Test func wideScopesAndMissingTerminatorsAreReported() {
        var context = TestLexicon.context
        context.triggers.append(ContextTrigger(LocatedPhrase("denied"), kind: .negation, direction: .forward, scope: 25))
        context.terminators = []
        let messages = warnings(lexicon([
            CodeDefinition(code: "A", name: "A", defaultLevel: .yellow, terms: [.phrase("a thing")], examples: Self.fullExamples("A")),
        ], context: context))
        #expect(messages.contains { $0.hasPrefix("negation trigger 'denied' reaches 25 words") })
        #expect(messages.contains { $0.hasPrefix("the context rules have no terminators, so negation, historical, hypothetical triggers") })
        context.defaultScope = 12
        let wide = warnings(lexicon([CodeDefinition(code: "A", name: "A", defaultLevel: .yellow, terms: [.phrase("a thing")], examples: Self.fullExamples("A"))], context: context))
        #expect(wide.contains { $0.hasPrefix("default_scope is 12 words") })
    }

    @Test func codesWithoutTermsOrExamplesAreReported() {
        let messages = warnings(lexicon([
            CodeDefinition(code: "A", name: "A", defaultLevel: .yellow, terms: []),
            CodeDefinition(code: "B", name: "B", defaultLevel: .yellow, terms: [.phrase("bee")],
                           examples: [Self.example("B", .present), LexiconExample(text: "y", expectations: ["ZZZ": .absent])]),
        ]))
        #expect(messages.contains("code 'A' has no terms: it can never be found"))
        #expect(messages.contains { $0.hasPrefix("code 'A' has no examples") })
        #expect(messages.contains("code 'B' has 2 examples; give it at least 3"))
        #expect(messages.contains { $0.hasPrefix("code 'B' has no example where it is negated") })
        #expect(messages.contains { $0.hasPrefix("an example of 'B' expects code 'ZZZ'") })
    }

    @Test func aTermWrittenTwiceUnderOneCodeIsReported() {
        let messages = warnings(lexicon([
            CodeDefinition(code: "A", name: "A", defaultLevel: .yellow,
                           terms: [.phrase("Rent arrears", location: Self.located(2)), .phrase("rent-arrears", location: Self.located(3))],
                           examples: Self.fullExamples("A")),
        ]))
        #expect(messages == ["term 'rent-arrears' is written twice under 'A' (first at lex.yaml:2:9); remove this copy"])
    }

    @Test func errorsComeFromTheLoadersChecksAndEverythingIsInFileOrder() {
        let diagnostics = LexiconLinter(lexicon([
            CodeDefinition(code: "A", name: "A", defaultLevel: .yellow,
                           terms: [.phrase("zz*", location: Self.located(7)), .phrase("tr*uant", location: Self.located(4))],
                           examples: Self.fullExamples("A")),
        ])).diagnostics()
        #expect(diagnostics.map { $0.severity } == [LexiconDiagnostic.Severity.error, .warning])
        #expect(diagnostics.map { $0.location?.line } == [4, 7])
        #expect(diagnostics.first?.description.hasPrefix("lex.yaml:4:9: error: term 'tr*uant'") == true)
    }
}
