import Foundation
import Testing

@Suite(.serialized) struct QAKwicCLITests {
    let cli: QACLI

    init() throws {
        cli = try QACLI(files: ["lexicon.yaml": QAFixtures.lexicon(), "narratives.csv": QAFixtures.narratives])
    }

    @Test func aPatternShowsAlignedLinesWithStatusTriggerAndTheLexiconsOwnMatch() throws {
        let output = try cli.run(["kwic", "housing", "narratives.csv", "--lexicon", "lexicon.yaml", "--window", "3"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.line(0) == "N2  No concerns re [housing]. Gran does the  negated by \"no concerns re\"  lexicon: HOUS 'housing' negated")
        #expect(output.line(1) == "N3  No concerns re [housing], school run is  negated by \"no concerns re\"  lexicon: HOUS 'housing' negated")
        #expect(output.line(2) == "2 matches in 2 of 4 narratives: present 0, negated 2, historical 0, hypothetical 0")
    }

    @Test func aNewStemTermIsMarkedNotInLexicon() throws {
        let output = try cli.run(["kwic", "gran*", "narratives.csv", "--lexicon", "lexicon.yaml", "--window", "2"])
        #expect(output.status == 0)
        let lines = output.lines.filter { $0.contains("[") }
        try #require(lines.count == 2)
        #expect(lines.allSatisfy { $0.hasSuffix("(not in lexicon)") })
        #expect(lines[0].hasPrefix("N1  arrears and [gran] helps with  present"))
        // The match column is aligned: every '[' at the same offset.
        let columns = Set(lines.map { $0.distance(from: $0.startIndex, to: $0.firstIndex(of: "[")!) })
        #expect(columns.count == 1)
    }

    @Test func termsModeShowsTheLexiconsMatchesFilteredByCodeAndStatus() throws {
        let output = try cli.run(["kwic", "--terms", "narratives.csv", "--lexicon", "lexicon.yaml", "--code", "FIN", "--status", "present", "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let matches = try #require(json["matches"] as? [[String: Any]])
        #expect(matches.map { $0["term"] as? String } == ["rent arrears", "food bank"])
        #expect(matches.allSatisfy { $0["code"] as? String == "FIN" && $0["status"] as? String == "present" })
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["narratives"] as? Int == 4)
    }

    @Test func csvOutputGoesThroughTheCSVWriter() throws {
        let output = try cli.run(["kwic", "arrears", "narratives.csv", "--lexicon", "lexicon.yaml", "--format", "csv", "--code", "FIN"])
        #expect(output.status == 0)
        #expect(output.line(0) == "narrative_id,left,match,right,term,code,status,trigger,trigger_text,start,end,lexicon")
        #expect(output.line(1).hasPrefix("N1,Mum is in rent,arrears,and gran helps with the school,arrears,FIN,present,,,"))
    }

    @Test func badPatternsAndCodesAreArgumentErrors() throws {
        let stem = try cli.run(["kwic", "x*", "narratives.csv", "--lexicon", "lexicon.yaml"])
        #expect(stem.status == 64)
        #expect(stem.stderr.contains("a stem needs at least 2 letters"))
        let code = try cli.run(["kwic", "arrears", "narratives.csv", "--lexicon", "lexicon.yaml", "--code", "NOPE"])
        #expect(code.status == 64)
        #expect(code.stderr.contains("no code 'NOPE'"))
        #expect(try cli.run(["kwic", "--lexicon", "lexicon.yaml"]).status == 64)
    }
}
