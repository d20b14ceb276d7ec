import Foundation
import Testing
import TriageStore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// End-to-end tests of `triage code`, `runs`, `export`, `recode` and `diff` with the store,
/// running the built binary.
@Suite(.enabled(if: StoreCLI.binary != nil, Comment(rawValue: StoreCLI.notBuilt)))
struct StoreCLITests {
    @Test func codeStoresARunAndTheSameCodeTwiceAddsNothing() throws {
        let dir = try StoreTestDirectory()
        try dir.write("in.csv", StoreCLIFixtures.csv(rows: 30))
        try dir.write("lex.yaml", StoreCLIFixtures.lexicon(version: "1"))
        let first = try StoreCLI.run(["code", "in.csv", "--lexicon", "lex.yaml", "--db", "t.sqlite", "--out", "out.csv"], in: dir)
        #expect(first.status == 0, Comment(rawValue: first.stderr))
        let summary = try #require(first.stderr.split(separator: "\n").last.map(String.init))
        #expect(summary.range(of: #"^30 narratives, \d+ issues, 0 rejected in [0-9.]+ s \([0-9,]+ narratives/s\); run 1 in t.sqlite$"#,
                              options: .regularExpression) != nil, Comment(rawValue: summary))
        #expect(first.stdout.isEmpty)

        let runs = try StoreCLI.runs(db: "t.sqlite", in: dir)
        #expect(runs.count == 1)
        let run = try #require(runs.first)
        #expect(run["id"] as? Int == 1)
        #expect(run["status"] as? String == "complete")
        #expect((run["read"] as? Int, run["coded"] as? Int, run["rejected"] as? Int) == (30, 30, 0))
        #expect((run["issues"] as? Int ?? 0) > 0)
        let lexicon = try #require(run["lexicon"] as? [String: Any])
        #expect(lexicon["name"] as? String == "cli-test")
        #expect(lexicon["version"] as? String == "1")
        #expect((lexicon["hash"] as? String)?.count == 64)
        let inputs = try #require(run["inputs"] as? [[String: Any]])
        #expect(inputs.map { $0["path"] as? String } == ["in.csv"])
        #expect((inputs.first?["sha256"] as? String)?.count == 64)

        let again = try StoreCLI.run(["code", "in.csv", "--lexicon", "lex.yaml", "--db", "t.sqlite"], in: dir)
        #expect(again.status == 0)
        #expect(again.stderr.contains("nothing to do: run 1 already coded these inputs"))
        #expect(try StoreCLI.runs(db: "t.sqlite", in: dir).count == 1)

        let export = try StoreCLI.run(["export", "--db", "t.sqlite"], in: dir)
        #expect(export.status == 0)
        #expect(export.stdout == (try dir.read("out.csv")))
        #expect(export.stdout.hasPrefix("narrative_id,triage_id,case_id,stage,date,level,code,status,term,start,end\n"))
        for file in ["t.sqlite", "out.csv"] { #expect(StoreCLI.mode(dir.file(file)) == 0o600, "\(file)") }
    }

    @Test func storedOutputEqualsTheNoStoreOutput() throws {
        let dir = try StoreTestDirectory()
        try dir.write("in.csv", StoreCLIFixtures.csv(rows: 50))
        try dir.write("lex.yaml", StoreCLIFixtures.lexicon(version: "1"))
        let direct = try StoreCLI.run(["code", "in.csv", "--lexicon", "lex.yaml", "--no-store"], in: dir)
        #expect(direct.status == 0)
        #expect(!dir.exists("triage.sqlite"))
        try StoreCLI.run(["code", "in.csv", "--lexicon", "lex.yaml"], in: dir)
        let export = try StoreCLI.run(["export"], in: dir)
        #expect(export.stdout == direct.stdout)
        #expect(direct.stdout.split(separator: "\n").count > 10)
    }

    @Test func rejectedRecordsAreCountedReportedAndWrittenToTheRejectsFile() throws {
        let dir = try StoreTestDirectory()
        try dir.write("lex.yaml", StoreCLIFixtures.lexicon(version: "1"))
        try dir.write("bad.csv", """
            narrative_id,narrative,level,date
            A1,Rent arrears of 900 pounds,yellow,2024-01-02
            A2,Confidential words,purple,2024-01-02
            A3,Another secret,red,2024-02-30
            A1,Sensitive different text,yellow,2024-01-02
            A4,Food bank,green,2024-01-03

            """)
        let result = try StoreCLI.run(["code", "bad.csv", "--lexicon", "lex.yaml", "--db", "t.sqlite"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.csv:3: error: unknown level 'purple'"))
        #expect(result.stderr.contains("bad.csv:4: error: date '2024-02-30'"))
        #expect(result.stderr.contains("bad.csv:5: error: narrative_id 'A1' was seen before at bad.csv:2 with different text"))
        for secret in ["Confidential", "secret", "Sensitive"] { #expect(!result.stderr.contains(secret)) }
        #expect(result.stderr.contains("3 rejected"))

        let run = try #require(try StoreCLI.runs(db: "t.sqlite", in: dir).first)
        let (read, coded, rejected) = (run["read"] as? Int ?? -1, run["coded"] as? Int ?? -1, run["rejected"] as? Int ?? -1)
        #expect((read, coded, rejected) == (5, 2, 3))
        #expect(read == coded + rejected)

        let rejects = try dir.read("triage-rejects.csv").split(separator: "\n")
        #expect(rejects.first == "source,line,reason,record")
        #expect(rejects.dropFirst().map { $0.split(separator: ",").prefix(2).joined(separator: ",") } ==
            ["bad.csv,3", "bad.csv,4", "bad.csv,5"])
        #expect(rejects[1].hasSuffix(",\"A2,Confidential words,purple,2024-01-02\""))
        #expect(StoreCLI.mode(dir.file("triage-rejects.csv")) == 0o600)

        // --rejects chooses the file.
        let other = try StoreCLI.run(["code", "bad.csv", "--lexicon", "lex.yaml", "--no-store", "--rejects", "r.csv"], in: dir)
        #expect(other.status == 2)
        #expect(try dir.read("r.csv").split(separator: "\n").first == "source,line,reason,record")
        #expect(try dir.read("r.csv").contains("bad.csv,3,"))
    }

    @Test func aMissingInputOrABadLexiconStopsBeforeAnythingIsWritten() throws {
        let dir = try StoreTestDirectory()
        try dir.write("in.csv", StoreCLIFixtures.csv(rows: 3))
        try dir.write("lex.yaml", StoreCLIFixtures.lexicon(version: "1"))
        try dir.write("broken.yaml", "lexicon: broken\ncodes:\n  - id: FIN\n    default_level: purple\n")
        let missing = try StoreCLI.run(["code", "in.csv", "gone.csv", "--lexicon", "lex.yaml", "--out", "out.csv"], in: dir)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("gone.csv"))
        let broken = try StoreCLI.run(["code", "in.csv", "--lexicon", "broken.yaml", "--out", "out.csv"], in: dir)
        #expect(broken.status == 1)
        for file in ["triage.sqlite", "out.csv", "triage-rejects.csv"] { #expect(!dir.exists(file), "\(file) was written") }
    }

    @Test func recodeWithAChangedLexiconAndDiffTheRuns() throws {
        let dir = try StoreTestDirectory()
        try dir.write("in.csv", StoreCLIFixtures.csv(rows: 40))
        try dir.write("v1.yaml", StoreCLIFixtures.lexicon(version: "1"))
        try dir.write("v2.yaml", StoreCLIFixtures.lexicon(version: "2", financeTerms: ["rent arrears", "food bank", "debt"], housing: false))
        #expect(try StoreCLI.run(["code", "in.csv", "--lexicon", "v1.yaml"], in: dir).status == 0)
        let recode = try StoreCLI.run(["recode", "--lexicon", "v2.yaml"], in: dir)
        #expect(recode.status == 0, Comment(rawValue: recode.stderr))
        #expect(recode.stderr.contains("40 narratives"))
        let again = try StoreCLI.run(["recode", "--lexicon", "v2.yaml"], in: dir)
        #expect(again.stderr.contains("nothing to do"))

        let runs = try StoreCLI.runs(db: "triage.sqlite", in: dir)
        #expect(runs.map { $0["kind"] as? String } == ["code", "recode"])
        #expect(runs.map { $0["coded"] as? Int } == [40, 40])

        let diff = try StoreCLI.run(["diff", "1", "2", "--json"], in: dir)
        #expect(diff.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(diff.stdout.utf8)) as? [String: Any])
        #expect(json["compared"] as? Int == 40)
        let codes = try #require(json["codes"] as? [[String: Any]])
        let hous = try #require(codes.first { $0["code"] as? String == "HOUS" })
        #expect((hous["removed"] as? Int ?? 0) > 0)
        #expect(hous["present_after"] as? Int == 0)
        let fin = try #require(codes.first { $0["code"] as? String == "FIN" })
        #expect((fin["added"] as? Int ?? 0) > 0)  // "debt" is a new FIN term
        let changes = try #require(json["changes"] as? [[String: Any]])
        #expect(changes.contains { $0["code"] as? String == "FIN" && $0["change"] as? String == "added" })
        #expect(changes.allSatisfy { $0["change"] as? String != "added" || $0["before"] == nil })

        let text = try StoreCLI.run(["diff", "1", "2"], in: dir)
        #expect(text.stdout.hasPrefix("run 1 → run 2: 40 narratives compared"))
        #expect(text.stdout.contains("HOUS"))
        let missingRun = try StoreCLI.run(["export", "--run", "9"], in: dir)
        #expect(missingRun.status == 1)
        #expect(missingRun.stderr.contains("there is no run 9"))
    }

    /// Kill -9 a run mid-way, run the same command again, and get what a clean run gives.
    @Test func aKilledRunIsCompletedByRunningItAgainAndEqualsACleanRun() throws {
        let rows = Int(ProcessInfo.processInfo.environment["TRIAGE_RESUME_ROWS"] ?? "") ?? 10_000
        let dir = try StoreTestDirectory()
        try dir.write("big.csv", StoreCLIFixtures.csv(rows: rows))
        try dir.write("lex.yaml", StoreCLIFixtures.lexicon(version: "1"))
        let arguments = ["code", "big.csv", "--lexicon", "lex.yaml", "--batch-size", "250"]

        let killed = try StoreCLI.start(arguments + ["--db", "killed.sqlite"], in: dir)
        // Watch the run through a read-only handle (which never waits for the writer), and
        // kill it once it has committed a few batches.
        var committed = 0
        var watcher: TriageDatabase?
        let deadline = Date().addingTimeInterval(300)
        while killed.process.isRunning && committed < 1000 && Date() < deadline {
            usleep(5_000)
            if watcher == nil { watcher = try? TriageDatabase(readingFrom: dir.file("killed.sqlite")) }
            committed = (try? watcher?.runs().first?.counts.read) ?? 0
        }
        try #require(killed.process.isRunning, "the run ended before it could be killed; raise TRIAGE_RESUME_ROWS")
        kill(killed.process.processIdentifier, SIGKILL)
        killed.process.waitUntilExit()
        #expect(killed.process.terminationReason == .uncaughtSignal)

        let stopped = try #require(try TriageDatabase(path: dir.file("killed.sqlite")).runs().first)
        #expect(stopped.status == .incomplete)
        #expect(stopped.counts.read >= 1000 && stopped.counts.read < rows)
        #expect(stopped.counts.read == stopped.counts.coded + stopped.counts.rejected)

        let resumed = try StoreCLI.run(arguments + ["--db", "killed.sqlite"], in: dir)
        #expect(resumed.status == 0, Comment(rawValue: resumed.stderr))
        #expect(resumed.stderr.contains("resuming run 1"))
        let clean = try StoreCLI.run(arguments + ["--db", "clean.sqlite"], in: dir)
        #expect(clean.status == 0)

        let store = try TriageDatabase(path: dir.file("killed.sqlite"))
        #expect(try store.integrityCheck() == "ok")
        let runs = try store.runs()
        #expect(runs.count == 1)
        #expect(runs.first?.status == .complete)
        #expect(runs.first?.counts == (try TriageDatabase(path: dir.file("clean.sqlite")).runs().first?.counts))
        #expect(runs.first?.counts.coded == rows)

        let resumedExport = try StoreCLI.run(["export", "--db", "killed.sqlite"], in: dir)
        let cleanExport = try StoreCLI.run(["export", "--db", "clean.sqlite"], in: dir)
        #expect(resumedExport.status == 0)
        #expect(resumedExport.stdout == cleanExport.stdout)
        #expect(resumedExport.stdout.split(separator: "\n").count > rows / 2)
    }

    @Test func runsAndExportWithoutAStoreSayWhatToDo() throws {
        let dir = try StoreTestDirectory()
        let runs = try StoreCLI.run(["runs"], in: dir)
        #expect(runs.status == 1)
        #expect(runs.stderr.contains("no store here"))
        #expect(!dir.exists("triage.sqlite"))
    }
}
