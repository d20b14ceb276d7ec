import Foundation
import Testing

/// A narrative id that comes back, in the same input or another: an exact repeat is coded
/// once, a repeat with other text is rejected naming where the id was first read; with
/// or without a store, and whatever the number of threads.
struct CodeDuplicatesCLITests {
    static let files = [
        "a.csv": "narrative_id,narrative\nN1,Mum is in rent arrears.\nN2,Dad uses cannabis daily.\nN1,Mum is in rent arrears.\n",
        "b.csv": "narrative_id,narrative\nN2,Something else entirely about school.\nN3,No concerns about housing.\n",
    ]

    @Test func withoutAStoreOneTrackerSpansEveryInput() throws {
        let cli = try QACLI(files: Self.files)
        for jobs in ["1", "2"] {
            let result = try cli.run(["code", "a.csv", "b.csv", "--no-store", "--jobs", jobs,
                                      "--out", "out.csv", "--rejects", "rejects.csv"])
            #expect(result.status == 2, "\(result.stderr)")
            #expect(result.stderr.contains("b.csv:2: error: narrative_id 'N2' was seen before at a.csv:3 with different text"),
                    "\(result.stderr)")
            let out = try String(contentsOfFile: cli.path("out.csv"), encoding: .utf8)
            // N1 once (its exact repeat skipped), N2 from a.csv only, N3 coded with nothing present.
            let ids = out.split(separator: "\n").dropFirst().map { $0.prefix { $0 != "," } }
            #expect(ids.filter { $0 == "N1" }.count == 1, "\(out)")
            #expect(ids.filter { $0 == "N2" }.count == 1, "\(out)")
            let rejects = try String(contentsOfFile: cli.path("rejects.csv"), encoding: .utf8)
            #expect(rejects.split(separator: "\n").count == 2, "\(rejects)")
            #expect(rejects.contains("Something else entirely"))
        }
    }

    @Test func withAStoreTheStoreChecksIds() throws {
        let cli = try QACLI(files: Self.files)
        let result = try cli.run(["code", "a.csv", "b.csv", "--db", "s.sqlite", "--rejects", "rejects.csv"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("b.csv:2: error: narrative_id 'N2' was seen before at a.csv:3 with different text"),
                "\(result.stderr)")
        // Five records read: four coded (the exact repeat of N1 counts as coded, stored once), one rejected.
        #expect(result.stderr.contains("4 narratives"), "\(result.stderr)")
        #expect(result.stderr.contains("1 rejected"), "\(result.stderr)")
        let export = try cli.run(["export", "--db", "s.sqlite", "--out", "-"])
        let ids = export.stdout.split(separator: "\n").dropFirst().map { $0.prefix { $0 != "," } }
        #expect(ids.filter { $0 == "N1" }.count == 1, "\(export.stdout)")
        #expect(!export.stdout.contains("Something else"))
    }
}
