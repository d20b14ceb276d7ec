import Foundation
import Testing

/// End to end: the built `triage` binary on the shipped samples, with the current default
/// lexicon file, reproduces Table 1 of the 2020 "Early Help – One year on" report.
struct SampleReportTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `triage` executable built beside this test bundle.
    static var executable: URL {
        get throws {
            var directory = Bundle.module.bundleURL.deletingLastPathComponent()
            for _ in 0..<3 {
                let candidate = directory.appendingPathComponent("triage")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                directory = directory.deletingLastPathComponent()
            }
            throw Missing(what: "the triage executable next to \(Bundle.module.bundleURL.path); build it with swift build")
        }
    }

    struct Missing: Error, CustomStringConvertible {
        var what: String
        var description: String { "cannot find \(what)" }
    }

    /// Runs `triage` with `arguments` in the package root; returns standard output, standard error and the status.
    static func triage(_ arguments: [String]) throws -> (out: String, err: String, status: Int32) {
        let process = Process()
        process.executableURL = try executable
        process.arguments = arguments
        process.currentDirectoryURL = root
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self), process.terminationStatus)
    }

    static let lexicon = ["--lexicon", "Lexicons/early-help.yaml"]

    @Test func tableOneSampleReproducesTableOne() throws {
        let result = try Self.triage(["report", "Samples/table1-triages.csv", "--format", "json"] + Self.lexicon)
        #expect(result.status == 0, "\(result.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let stages = try #require(object["stages"] as? [String: [String: Int]])
        #expect(stages["assessment"]?["triages"] == 132)
        #expect(stages["closure"]?["triages"] == 81)

        let levels = try #require(object["levels"] as? [[String: Any]])
        let byLevel = Dictionary(uniqueKeysWithValues: levels.compactMap { row in (row["level"] as? String).map { ($0, row) } })
        // Table 1: count and percent at assessment, at closure, and the difference.
        let table: [(String, Int, Double, Int, Double, String)] = [
            ("blue", 74, 56.06, 53, 65.43, "17% increase in self-help"),
            ("green", 76, 57.58, 47, 58.02, "No change in universal help"),
            ("yellow", 113, 85.61, 20, 24.69, "71% decrease in need at extra help level"),
            ("orange", 95, 71.97, 18, 22.22, "69% decrease in need at targeted help level"),
        ]
        for (level, a, aPercent, c, cPercent, difference) in table {
            let row = try #require(byLevel[level])
            let assessment = try #require(row["assessment"] as? [String: Any])
            let closure = try #require(row["closure"] as? [String: Any])
            #expect(assessment["count"] as? Int == a, "\(level) at assessment")
            #expect(assessment["percent"] as? Double == aPercent, "\(level) % at assessment")
            #expect(closure["count"] as? Int == c, "\(level) at closure")
            #expect(closure["percent"] as? Double == cPercent, "\(level) % at closure")
            #expect(row["difference"] as? String == difference)
        }
        // Red is not in Table 1; the sample states 9 at assessment and 2 at closure.
        let red = try #require(byLevel["red"])
        #expect((red["assessment"] as? [String: Any])?["count"] as? Int == 9)
        #expect((red["closure"] as? [String: Any])?["count"] as? Int == 2)
        // 64 of the 81 closures follow an assessment in the sample.
        #expect((object["pairs"] as? [String: Any])?["families"] as? Int == 64)
    }

    @Test func tableOneSampleTextShowsTheWholeNumbers() throws {
        let result = try Self.triage(["report", "Samples/table1-triages.csv"] + Self.lexicon)
        #expect(result.status == 0, "\(result.err)")
        for line in [
            "blue (self-help)             74  56%       53  65%  17% increase in self-help",
            "green (universal)            76  58%       47  58%  No change in universal help",
            "yellow (extra)              113  86%       20  25%  71% decrease in need at extra help level",
            "orange (targeted)            95  72%       18  22%  69% decrease in need at targeted help level",
            "triages completed           132            81",
        ] {
            #expect(result.out.contains(line), "missing: \(line)")
        }
        #expect(result.out.split(separator: "\n").allSatisfy { $0.count <= 100 })
    }

    @Test func localitiesSampleBreaksDownByLocalityAndQuarter() throws {
        let byLocality = try Self.triage(["report", "Samples/localities.csv", "--by", "locality", "--format", "json"] + Self.lexicon)
        #expect(byLocality.status == 0, "\(byLocality.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(byLocality.out.utf8)) as? [String: Any])
        let groups = try #require((object["breakdown"] as? [String: Any])?["groups"] as? [[String: Any]])
        #expect(groups.compactMap { $0["value"] as? String } == ["Ashcombe", "Brookwell", "Castlegate", "Dunmore"])
        let byQuarter = try Self.triage(["report", "Samples/localities.csv", "--by", "quarter", "--format", "csv"] + Self.lexicon)
        #expect(byQuarter.status == 0)
        #expect(byQuarter.out.contains("\r\nbreakdown,2021-Q2,triages,"))
        #expect(byQuarter.out.contains("\r\nbreakdown,2022-Q1,triages,"))
    }

    @Test func filtersAndSuppressionOnTheCommandLine() throws {
        let result = try Self.triage([
            "report", "Samples/localities.csv", "--where", "locality=Dunmore", "--from", "2021-07-01", "--to", "2021-12-31",
            "--suppress", "5", "--format", "md",
        ] + Self.lexicon)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("Filters: from 2021-07-01; to 2021-12-31; locality = Dunmore"))
        #expect(result.out.contains("<5"))
    }

    @Test(arguments: [
        (["--where", "localty=Dunmore"], "no column 'localty'"),
        (["--by", "team"], "no column 'team'"),
        (["--from", "31/02/2021"], "is not a date"),
        (["--suppress", "1"], "2 or more"),
        (["--where", "Dunmore"], "is not KEY=VALUE"),
    ])
    func badArgumentsExit64WithAMessage(arguments: [String], message: String) throws {
        let result = try Self.triage(["report", "Samples/localities.csv"] + arguments + Self.lexicon)
        #expect(result.status == 64)
        #expect(result.err.contains(message), "\(result.err)")
    }
}

/// `triage report --db`: the same tables from a stored run as from the input file.
struct StoredRunReportTests {
    @Test func aStoredRunReportsTheSameTablesAsItsInput() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("triage-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("store.sqlite").path

        let coded = try SampleReportTests.triage(["code", "Samples/localities.csv", "--db", db] + SampleReportTests.lexicon)
        #expect(coded.status == 0, "\(coded.err)")
        let stored = try SampleReportTests.triage(["report", "--db", db, "--format", "json"] + SampleReportTests.lexicon)
        #expect(stored.status == 0, "\(stored.err)")
        let direct = try SampleReportTests.triage(["report", "Samples/localities.csv", "--format", "json"] + SampleReportTests.lexicon)

        func tables(_ json: String) throws -> [String: Any] {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            return object.filter { $0.key != "provenance" }
        }
        #expect(NSDictionary(dictionary: try tables(stored.out)) == NSDictionary(dictionary: try tables(direct.out)))
        let provenance = try #require(
            (try JSONSerialization.jsonObject(with: Data(stored.out.utf8)) as? [String: Any])?["provenance"] as? [String: Any])
        #expect((provenance["run"] as? String)?.hasPrefix("1 in ") == true)
        #expect(provenance["inputs"] as? [String] == ["Samples/localities.csv"])
        #expect(try SampleReportTests.triage(["report", "--db", db, "--run", "99"] + SampleReportTests.lexicon).status == 1)
    }

    @Test func inputsAndRunTogetherAreABadArgument() throws {
        let result = try SampleReportTests.triage(["report", "Samples/localities.csv", "--run", "1"] + SampleReportTests.lexicon)
        #expect(result.status == 64)
        #expect(result.err.contains("either INPUT files or --run"))
    }
}
