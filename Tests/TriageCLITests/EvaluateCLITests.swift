import Foundation
import Testing

/// `triage evaluate` reads narratives in any input format, and scores the same narratives
/// the same way whatever the format.
struct EvaluateCLITests {
    static let gold = "narrative_id,code,level\nN1,FIN,yellow\nN3,SUB,orange\n"
    static let narratives = [
        ("N1", "yellow", "Mum is in rent arrears of £900 and has used the food bank."),
        ("N2", "green", "No concerns about housing; the family are settled."),
        ("N3", "orange", "Dad uses cannabis daily, and there is a history of domestic abuse."),
    ]

    static var csv: String {
        "narrative_id,level,narrative\n" + narratives.map { "\($0.0),\($0.1),\"\($0.2)\"" }.joined(separator: "\n") + "\n"
    }

    static var jsonl: String {
        narratives.map { #"{"narrative_id": "\#($0.0)", "level": "\#($0.1)", "narrative": "\#($0.2)"}"# }
            .joined(separator: "\n") + "\n"
    }

    @Test func jsonLinesScoreLikeCSV() throws {
        let cli = try QACLI(files: ["gold.csv": Self.gold, "n.csv": Self.csv, "n.jsonl": Self.jsonl, "n.txt": Self.jsonl])
        let fromCSV = try cli.run(["evaluate", "--gold", "gold.csv", "n.csv", "--json"])
        let fromJSONL = try cli.run(["evaluate", "--gold", "gold.csv", "n.jsonl", "--json"])
        let named = try cli.run(["evaluate", "--gold", "gold.csv", "n.txt", "--input-format", "jsonl", "--json"])
        #expect(fromCSV.status == 0, "\(fromCSV.stderr)")
        #expect(fromJSONL.status == 0, "\(fromJSONL.stderr)")
        #expect(named.status == 0, "\(named.stderr)")
        #expect(fromCSV.stdout.contains("\"FIN\""))
        #expect(fromJSONL.stdout == fromCSV.stdout)
        #expect(named.stdout == fromCSV.stdout)
    }

    @Test func anUnknownFormatIsRefused() throws {
        let cli = try QACLI(files: ["gold.csv": Self.gold, "n.csv": Self.csv])
        let result = try cli.run(["evaluate", "--gold", "gold.csv", "n.csv", "--input-format", "yaml"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("unknown --input-format 'yaml'"))
    }

    @Test func byTermListsEachTermsHitsWithAndWithoutTheGoldCode() throws {
        // A gold without N3's SUB: its cannabis is a false hit.
        let cli = try QACLI(files: ["gold.csv": Self.gold, "fin.csv": "narrative_id,code,level\nN1,FIN,yellow\n", "n.csv": Self.csv])
        let text = try cli.run(["evaluate", "--gold", "fin.csv", "n.csv", "--by-term", "5", "--no-errors"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Terms by false positives beyond true ones"))
        let rows = text.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        #expect(rows.contains("FIN rent arrears 1 0 1.000"), "\(rows)")
        #expect(rows.contains("SUB cannabis 0 1 0.000"), "\(rows)")
        // The false hit comes first.
        #expect(rows.firstIndex(of: "SUB cannabis 0 1 0.000") ?? 99 < rows.firstIndex(of: "FIN rent arrears 1 0 1.000") ?? 0)
        let json = try cli.run(["evaluate", "--gold", "gold.csv", "n.csv", "--by-term", "5", "--json"])
        #expect(json.stdout.contains("\"terms\""))
        let plain = try cli.run(["evaluate", "--gold", "gold.csv", "n.csv", "--json"])
        #expect(!plain.stdout.contains("\"terms\""))
        let bad = try cli.run(["evaluate", "--gold", "gold.csv", "n.csv", "--by-term", "0"])
        #expect(bad.status != 0 && bad.stderr.contains("--by-term must be 1 or more"))
    }
}

