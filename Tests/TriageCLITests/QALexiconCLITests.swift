import Foundation
import Testing

@Suite(.serialized) struct QALexiconCLITests {
    let cli: QACLI

    init() throws {
        cli = try QACLI(files: ["lexicon.yaml": QAFixtures.lexicon(), "narratives.csv": QAFixtures.narratives])
    }

    @Test func lintOfAGoodLexiconExitsZeroWithWarnings() throws {
        let output = try cli.run(["lexicon", "lint", "lexicon.yaml"])
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        #expect(output.lines.contains { $0.hasSuffix("lexicon.yaml:20:9: warning: term 'payday loan shark' (FIN) is inside") } == false)
        #expect(output.stdout.contains("0 errors, "))
        let strict = try cli.run(["lexicon", "lint", "lexicon.yaml", "--strict"])
        #expect(strict.status == (output.stdout.contains("0 errors, 0 warnings") ? 0 : 1))
    }

    @Test func lintReportsErrorsWithLocationsAndExitsOne() throws {
        try cli.write("broken.yaml", QAFixtures.lexicon(extraFINTerms: ["tr*uant", "housing"]))
        let output = try cli.run(["lexicon", "lint", "broken.yaml"])
        #expect(output.status == 1)
        #expect(output.stdout.contains("broken.yaml:23:9: error: term 'tr*uant' of code 'FIN': '*' may only end a term"), "\(output.stdout)")
        #expect(output.stdout.contains("error: term 'housing' is under both 'FIN'"))
        #expect(output.lines.contains("2 errors, 0 warnings"))
    }

    @Test func lintWarnsAboutShortStemsWithTheCorpusWordsTheyMatch() throws {
        try cli.write("stems.yaml", QAFixtures.lexicon(extraFINTerms: ["ban*", "hou*"]))
        let output = try cli.run(["lexicon", "lint", "stems.yaml", "--corpus", "narratives.csv"])
        #expect(output.status == 0, "\(output.stdout)")
        #expect(output.stdout.contains("stems.yaml:23:9: warning: stem 'ban*' in term 'ban*' (FIN) has 3 letters"))
        #expect(output.stdout.contains("in the corpus it matched 1 distinct word: bank (1)"))
        #expect(output.stdout.contains("stem 'hou*'"))
        #expect(output.stdout.contains("housing (2)"))
        #expect(try cli.run(["lexicon", "lint", "stems.yaml", "--strict"]).status == 1)
        let json = try cli.json(["lexicon", "lint", "stems.yaml", "--format", "json"])
        #expect(json["errors"] as? Int == 0)
        #expect((json["warnings"] as? Int ?? 0) >= 2)
    }

    @Test func testRunsTheExamplesAndEndsWithTheCounts() throws {
        let output = try cli.run(["lexicon", "test", "lexicon.yaml"])
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        #expect(output.lines.last(where: { !$0.isEmpty }) == "6 passed, 0 failed")
    }

    @Test func aFailingExampleIsReportedAndExitsOne() throws {
        let examples = """
                  - text: "Mum is in rent arrears of £900."
                    expect: {FIN: present}
                  - text: "No concerns re housing, but rent arrears are building up."
                    expect: {FIN: negated}
            """
        try cli.write("failing.yaml", QAFixtures.lexicon(finExamples: examples))
        let output = try cli.run(["lexicon", "test", "failing.yaml"])
        #expect(output.status == 1)
        let lines = output.lines.filter { !$0.isEmpty }
        #expect(lines.last == "4 passed, 1 failed")
        #expect(lines.contains { $0.hasPrefix("FAIL ") && $0.contains("failing.yaml:") && $0.hasSuffix(": FIN example 2") }, "\(output.stdout)")
        #expect(lines.contains("    text:     No concerns re housing, but rent arrears are building up."))
        #expect(lines.contains("    expected: FIN negated"))
        #expect(lines.contains("    got:      FIN present"))
        #expect(lines.contains("    evidence: \"rent arrears\" (term 'rent arrears') present"))
        #expect(lines.contains("    also:     HOUS negated"))
    }

    @Test func theShippedLexiconLintsWithoutErrors() throws {
        let output = try cli.run(["lexicon", "lint", "early-help"])
        #expect(output.status == 0, "\(output.stdout.split(separator: "\n").filter { $0.contains("error:") }.joined(separator: "\n"))")
        #expect(output.stdout.contains("0 errors, "))
    }
}
