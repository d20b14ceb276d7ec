import Testing
import TriageCore

struct QACoverageTests {
    static let corpus: [(id: String, text: String, box: Level?, stage: Stage?)] = [
        ("N1", "Mum is in rent arrears and helps with the school run.", .yellow, .assessment),
        ("N2", "No concerns re housing. Gran does the school run on Mondays.", .green, .assessment),
        ("N3", "No concerns re housing, school run is fine.", nil, .closure),
        ("N4", "He was excluded twice this term.", .yellow, nil),
    ]

    func report(_ lexicon: Lexicon = TestLexicon.lexicon, minimumNarratives: Int = 2) throws -> CoverageReport {
        var analyzer = CoverageAnalyzer(try CompiledLexicon(lexicon), options: .init(minimumNarratives: minimumNarratives))
        for item in Self.corpus { analyzer.add(id: item.id, text: item.text, box: item.box, stage: item.stage) }
        return analyzer.report(top: 50)
    }

    @Test func sharesOfCodedNarrativesOverallByBoxAndStage() throws {
        let report = try report()
        #expect(report.overall.total == 4)
        #expect(report.overall.coded == 2)  // N1 (FIN), N4 (EDU-EXC); N2, N3 only negated housing
        #expect(report.uncoded.map(\.id) == ["N2", "N3"])
        let byLevel = Dictionary(uniqueKeysWithValues: report.byLevel.map { ($0.group, $0) })
        #expect(report.byLevel.map(\.group) == ["green", "yellow", "none"])
        #expect(byLevel["yellow"]?.coded == 2 && byLevel["yellow"]?.total == 2)
        #expect(byLevel["green"]?.coded == 0)
        #expect(report.byStage.map(\.group) == ["assessment", "closure", "unknown"])
        #expect(report.byStage.map(\.coded) == [1, 0, 1])
    }

    @Test func aNarrativeWithOnlyTheNothingFoundCodeIsUncoded() throws {
        // A lexicon with a fallback code ("no factors identified", as CIN-21) gives it to
        // N2 and N3; they are still narratives the vocabulary did not cover.
        var lexicon = TestLexicon.lexicon
        lexicon.codes.append(CodeDefinition(code: "NONE", name: "No factors identified", defaultLevel: .blue,
                                            terms: [], assignedWhenNonePresent: true))
        let coder = NarrativeCoder(try CompiledLexicon(lexicon))
        #expect(coder.code(Self.corpus[1].text).presentIssues.map(\.code) == ["NONE"])
        let report = try report(lexicon)
        #expect(report.overall.coded == 2)
        #expect(report.uncoded.map(\.id) == ["N2", "N3"])
    }

    @Test func termHitsAreCountedByStatus() throws {
        let report = try report()
        let housing = try #require(report.terms.first { $0.code == "HOUS" && $0.term == "housing" })
        #expect(housing.hits == 2 && housing.byStatus.negated == 2 && housing.byStatus.present == 0)
        #expect(housing.narratives == 2)
        let arrears = try #require(report.terms.first { $0.term == "rent arrears" })
        #expect(arrears.byStatus.present == 1)
        let fin = try #require(report.codes.first { $0.code == "FIN" })
        #expect(fin.hits == 1 && fin.presentNarratives == 1)
        let hous = try #require(report.codes.first { $0.code == "HOUS" })
        #expect(hous.hits == 2 && hous.presentNarratives == 0 && hous.foundNarratives == 2)
    }

    @Test func aTermThatIsAlwaysNegatedIsReportedWithItsTrigger() throws {
        let report = try report()
        let setAside = report.alwaysSetAside
        #expect(setAside.map(\.term) == ["housing"])
        #expect(setAside.first?.topTrigger == "no concerns re")
    }

    @Test func aTermThatNeverMatchesIsDead() throws {
        let report = try report()
        let dead = report.deadTerms.map { "\($0.code):\($0.term)" }
        #expect(dead.contains("EDU-ATT:truan*"))
        #expect(dead.contains("SUB:drugs"))
        #expect(!dead.contains("FIN:rent arrears"))
        #expect(!dead.contains("HOUS:housing"))
        #expect(report.deadTerms.count + report.termsByHits.count == report.terms.count)
    }

    @Test func tokenCoverageIsTheShareOfWordsInsideTermMatches() throws {
        var analyzer = CoverageAnalyzer(try CompiledLexicon(TestLexicon.lexicon))
        // 6 words ("£900" is a number, not a word); "rent arrears" covers 2.
        analyzer.add(id: "A", text: "Mum is in rent arrears of £900 now.", box: nil, stage: nil)
        let report = analyzer.report(top: 10)
        #expect(report.wordTokens == 7)
        #expect(report.coveredWordTokens == 2)
        #expect(abs(report.tokenCoverage - 2.0 / 7.0) < 1e-9)
    }

    @Test func setAsideMatchesStillCountAsCovered() throws {
        var analyzer = CoverageAnalyzer(try CompiledLexicon(TestLexicon.lexicon))
        analyzer.add(id: "A", text: "No rent arrears.", box: nil, stage: nil)
        #expect(analyzer.report(top: 10).coveredWordTokens == 2)
    }

    @Test func leftoversAreUncoveredWordsAndPhrasesRankedByNarratives() throws {
        let report = try report()
        let phrases = report.leftoverPhrases.map(\.phrase)
        #expect(phrases.first == "school run")
        let schoolRun = try #require(report.leftoverPhrases.first)
        #expect(schoolRun.narratives == 3 && schoolRun.occurrences == 3 && schoolRun.words == 2)
        #expect(schoolRun.examples.map(\.narrativeID) == ["N1", "N2"])
        #expect(schoolRun.examples.first?.window.match == "school run")
        #expect(schoolRun.examples.first?.window.left == "arrears and helps with the")  // five words
        let words = report.leftoverWords.map(\.phrase)
        #expect(words.prefix(2) == ["run", "school"])
        // Stop words, trigger words ("no", "concerns") and covered words are not leftovers.
        for word in ["the", "with", "no", "concerns", "housing", "arrears", "re"] { #expect(!words.contains(word), "\(word)") }
    }

    @Test func aLeftoverPhraseDisappearsOnceItIsAddedAsATerm() throws {
        let before = try report()
        #expect(before.leftoverPhrases.contains { $0.phrase == "school run" })
        var lexicon = TestLexicon.lexicon
        lexicon.codes[0].terms.append(.phrase("school run"))
        let after = try report(lexicon)
        #expect(!after.leftoverPhrases.contains { $0.phrase == "school run" })
        #expect(!after.leftoverWords.contains { $0.phrase == "school" || $0.phrase == "run" })
        #expect(after.terms.first { $0.term == "school run" }?.hits == 3)
        #expect(after.tokenCoverage > before.tokenCoverage)
    }

    @Test func numbersAndStopWordsAreNotLeftoversAndPhrasesDoNotEndInStopWords() throws {
        var analyzer = CoverageAnalyzer(try CompiledLexicon(TestLexicon.lexicon))
        for id in ["A", "B"] { analyzer.add(id: id, text: "Seen 3 times by the play worker at 10:30 in the play park.", box: nil, stage: nil) }
        let report = analyzer.report(top: 50)
        let all = (report.leftoverWords + report.leftoverPhrases).map(\.phrase)
        #expect(!all.contains("3") && !all.contains("the") && !all.contains("times by"))
        #expect(!all.contains { $0.hasSuffix(" the") || $0.hasPrefix("the ") || $0.hasSuffix(" by") })
        #expect(all.contains("play worker") && all.contains("play park"))
    }

    @Test func aShorterPhraseAlwaysInsideALongerOneIsLeftOut() throws {
        var analyzer = CoverageAnalyzer(try CompiledLexicon(TestLexicon.lexicon))
        for id in ["A", "B"] { analyzer.add(id: id, text: "She has a strong support network.", box: nil, stage: nil) }
        analyzer.add(id: "C", text: "Wider support plan agreed.", box: nil, stage: nil)
        let phrases = analyzer.report(top: 50).leftoverPhrases.map(\.phrase)
        #expect(phrases.contains("strong support network"))
        #expect(!phrases.contains("strong support"))
        #expect(!phrases.contains("support network"))
    }

    @Test func phrasesDoNotCrossPunctuationOrCoveredWords() throws {
        var analyzer = CoverageAnalyzer(try CompiledLexicon(TestLexicon.lexicon))
        for id in ["A", "B"] { analyzer.add(id: id, text: "Kitchen, garden. Kitchen debt garden", box: nil, stage: nil) }
        let phrases = analyzer.report(top: 50).leftoverPhrases.map(\.phrase)
        #expect(phrases.isEmpty, "\(phrases)")
    }

    @Test func minimumNarrativesFiltersRareLeftovers() throws {
        let strict = try report(minimumNarratives: 4)
        #expect(strict.leftoverWords.isEmpty && strict.leftoverPhrases.isEmpty)
        let loose = try report(minimumNarratives: 1)
        #expect(loose.leftoverWords.contains { $0.phrase == "fine" })
    }
}
