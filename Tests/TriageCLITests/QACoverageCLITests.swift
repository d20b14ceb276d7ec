import Foundation
import Testing

@Suite(.serialized) struct QACoverageCLITests {
    let cli: QACLI

    init() throws {
        cli = try QACLI(files: [
            "lexicon.yaml": QAFixtures.lexicon(),
            "lexicon-plus.yaml": QAFixtures.lexicon(extraFINTerms: ["school run"]),
            "narratives.csv": QAFixtures.narratives,
        ])
    }

    @Test func textReportShowsSharesTermsDeadAndSetAsideTermsAndLeftovers() throws {
        let output = try cli.run(["coverage", "narratives.csv", "--lexicon", "lexicon.yaml"])
        #expect(output.status == 0, "\(output.stderr)")
        let text = output.stdout
        #expect(text.contains("Coverage of lexicon qa-test 0.1 over 4 narratives"))
        #expect(text.contains("Token coverage: "))
        #expect(text.contains("Dead terms: 2 of 6 never matched"))  // "arrears" only ever inside "rent arrears"
        #expect(text.contains("FIN   2 of 4: arrears, payday loan shark"))
        #expect(text.contains("Always set aside: 1 term matched but never as present"))
        #expect(text.range(of: #"HOUS\s+housing\s+2\s+2\s+0\s+0\s+"no concerns re""#, options: .regularExpression) != nil, "\(text)")
        #expect(text.contains("school run"))
        #expect(text.contains("N1: and gran helps with the [school run]."))  // five words either side
        #expect(text.contains("Narratives with no present code: 2"))
        #expect(text.contains("N2, N3"))
        // Narrative text of uncoded narratives only with --show-text.
        #expect(!text.contains("N2: No concerns re housing."))
        let shown = try cli.run(["coverage", "narratives.csv", "--lexicon", "lexicon.yaml", "--show-text"])
        #expect(shown.stdout.contains("N2: No concerns re housing. Gran does the school run on Mondays."))
    }

    @Test func jsonHasTheDocumentedKeys() throws {
        let json = try cli.json(["coverage", "narratives.csv", "--lexicon", "lexicon.yaml", "--format", "json"])
        let narratives = try #require(json["narratives"] as? [String: Any])
        #expect(narratives["total"] as? Int == 4)
        #expect(narratives["coded"] as? Int == 2)
        let uncoded = try #require(narratives["uncoded"] as? [[String: Any]])
        #expect(uncoded.map { $0["id"] as? String } == ["N2", "N3"])
        #expect(uncoded.allSatisfy { $0["text"] == nil })
        let coverage = try #require(json["token_coverage"] as? Double)
        #expect(coverage > 0 && coverage < 1)
        let codes = try #require(json["codes"] as? [String: [String: Any]])
        #expect(codes["FIN"]?["hits"] as? Int == 2)
        #expect(codes["HOUS"]?["negated"] as? Int == 2)
        let terms = try #require(json["terms"] as? [[String: Any]])
        let housing = try #require(terms.first { $0["term"] as? String == "housing" })
        #expect(housing["code"] as? String == "HOUS")
        #expect(housing["hits"] as? Int == 2 && housing["negated"] as? Int == 2 && housing["present"] as? Int == 0)
        #expect(housing["top_trigger"] as? String == "no concerns re")
        let dead = try #require(json["dead_terms"] as? [[String: Any]])
        #expect(dead.map { $0["term"] as? String } == ["arrears", "payday loan shark"])
        #expect((dead.last?["location"] as? String)?.hasSuffix("lexicon.yaml:22:9") == true)
        let setAside = try #require(json["always_set_aside"] as? [[String: Any]])
        #expect(setAside.map { $0["term"] as? String } == ["housing"])
        let leftovers = try #require(json["leftovers"] as? [[String: Any]])
        let schoolRun = try #require(leftovers.first { $0["phrase"] as? String == "school run" })
        #expect(schoolRun["narratives"] as? Int == 3)
        let examples = try #require(schoolRun["examples"] as? [[String: Any]])
        #expect(examples.count == 2)
        #expect(examples.first?["id"] as? String == "N1")
    }

    @Test func aLeftoverPhraseDisappearsOnceAddedAsATerm() throws {
        func leftoverPhrases(_ lexicon: String) throws -> [String] {
            let json = try cli.json(["coverage", "narratives.csv", "--lexicon", lexicon, "--format", "json"])
            return (json["leftovers"] as? [[String: Any]] ?? []).compactMap { $0["phrase"] as? String }
        }
        #expect(try leftoverPhrases("lexicon.yaml").contains("school run"))
        let after = try leftoverPhrases("lexicon-plus.yaml")
        #expect(!after.contains("school run"))
        #expect(!after.contains("school") && !after.contains("run"))
    }

    @Test func csvIsOneLongTable() throws {
        let output = try cli.run(["coverage", "narratives.csv", "--lexicon", "lexicon.yaml", "--format", "csv"])
        #expect(output.status == 0)
        #expect(output.lines.first == "section,code,item,hits,present,negated,historical,hypothetical,narratives,detail")
        #expect(output.lines.contains("term,HOUS,housing,2,0,2,0,0,2,\"always set aside (most often by \"\"no concerns re\"\")\""))
        #expect(output.lines.contains("term,FIN,payday loan shark,0,0,0,0,0,0,dead"))
        #expect(output.lines.contains("narratives,,all,,2,,,,4,share with a present code 0.500"))
    }

    @Test func htmlIsSelfContainedAndEscapesNarrativeText() throws {
        let output = try cli.run(["coverage", "narratives.csv", "--lexicon", "lexicon.yaml", "--format", "html", "--out", "report.html", "--show-text"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.isEmpty)
        let html = try String(contentsOfFile: cli.path("report.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("&lt;b&gt;today&lt;/b&gt;"))  // N3's text, shown with --show-text
        #expect(html.contains("N1: and gran helps with the <mark>school run</mark>.</div>"))
        #expect(!html.contains("<b>today"))
        #expect(!html.contains("<script") && !html.contains("http"))
        let attributes = try FileManager.default.attributesOfItem(atPath: cli.path("report.html"))
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func rejectedRecordsGiveExitStatusTwo() throws {
        try cli.write("bad.csv", "narrative_id,narrative\nA,\"Rent arrears.\"\nB,\"x\",extra\n")
        let output = try cli.run(["coverage", "bad.csv", "--lexicon", "lexicon.yaml", "--format", "json"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("bad.csv:3"))
        #expect(output.stdout.contains("\"total\" : 1"))
    }

    @Test func readsTheNarrativesOfAStore() throws {
        let coded = try cli.run(["code", "narratives.csv", "--lexicon", "lexicon.yaml", "--db", "store.sqlite"])
        #expect(coded.status == 0, "\(coded.stderr)")
        let json = try cli.json(["coverage", "--db", "store.sqlite", "--run", "1", "--lexicon", "lexicon.yaml", "--format", "json"])
        let narratives = try #require(json["narratives"] as? [String: Any])
        #expect(narratives["total"] as? Int == 4)
        #expect(narratives["coded"] as? Int == 2)
        let kwic = try cli.run(["kwic", "housing", "--db", "store.sqlite", "--lexicon", "lexicon.yaml"])
        #expect(kwic.lines.contains("2 matches in 2 of 4 narratives: present 0, negated 2, historical 0, hypothetical 0"))
        let missingRun = try cli.run(["coverage", "--db", "store.sqlite", "--run", "99"])
        #expect(missingRun.status == 1)
        #expect(missingRun.stderr.contains("99"))
        let missingStore = try cli.run(["coverage", "--db", "nowhere.sqlite"])
        #expect(missingStore.status == 1)
        #expect(missingStore.stderr.contains("no triage store at 'nowhere.sqlite'"))
        #expect(!FileManager.default.fileExists(atPath: cli.path("nowhere.sqlite")))
    }

    @Test func argumentsAreChecked() throws {
        #expect(try cli.run(["coverage", "--lexicon", "lexicon.yaml"]).status == 64)
        #expect(try cli.run(["coverage", "narratives.csv", "--top", "0"]).status == 64)
        #expect(try cli.run(["coverage", "narratives.csv", "--db", "x.sqlite"]).status == 64)
        #expect(try cli.run(["coverage", "narratives.csv", "--input-format", "pdf"]).status == 64)
        let missing = try cli.run(["coverage", "missing.csv", "--lexicon", "lexicon.yaml"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("missing.csv"))
    }
}
