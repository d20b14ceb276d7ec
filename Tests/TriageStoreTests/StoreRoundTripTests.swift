import Foundation
import Testing
import TriageCore
@testable import TriageStore

struct StoreRoundTripTests {
    @Test func codedNarrativesComeBackAsTheyWereStored() throws {
        let dir = try TemporaryDirectory()
        let store = try TriageDatabase(path: dir.file("t.sqlite"))
        let coder = try StoreFixtures.coder()
        let run = try store.beginRun(StoreFixtures.plan())
        let records = [
            StoreFixtures.record("N1", "Mum has rent arrears and an eviction notice.", line: 2,
                                 dimensions: [("locality", "North"), ("worker", "W \"7\"\n")]),
            StoreFixtures.record("N2", "No concerns about rent arrears.", level: nil, line: 3, dimensions: []),
            StoreFixtures.record("N3", "Family visited; all well. 😀", line: 4),
        ]
        var batch = RunBatch(run: run.id)
        for record in records { batch.add(record, coder.code(record.text, box: record.level)) }
        let outcome = try store.write(batch, duplicate: StoreFixtures.duplicate)
        try store.finish(run.id)

        #expect(outcome.counts == RunCounts(read: 3, coded: 3, rejected: 0, issues: 2, codes: 3))
        let stored = try store.codedNarratives(run: run.id)
        #expect(stored.map(\.record) == records)
        #expect(stored.map { $0.record.location?.line } == [2, 3, 4])
        #expect(stored[0].issues == [
            StoredIssue(code: "FIN", level: .yellow, status: .present, term: "rent arrears", start: 8, end: 20),
            StoredIssue(code: "HOUS", level: .yellow, status: .present, term: "eviction notice", start: 28, end: 43),
        ])
        #expect(stored[1].issues == [
            StoredIssue(code: "FIN", level: .yellow, status: .negated, term: "rent arrears", start: 18, end: 30),
        ])
        #expect(stored[2].issues.isEmpty)

        let finished = try #require(try store.run(run.id))
        #expect(finished.status == .complete)
        #expect(finished.finishedAt != nil)
        #expect(finished.lexicon == StoreFixtures.identity())
        #expect(finished.inputs == StoreFixtures.plan().inputs)
        #expect(try store.latestCompleteRun()?.id == run.id)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func evidenceKeepsEveryMentionWithItsTrigger() throws {
        let dir = try TemporaryDirectory()
        let store = try TriageDatabase(path: dir.file("t.sqlite"))
        let run = try store.beginRun(StoreFixtures.plan())
        let record = StoreFixtures.record("N1", "Previously used a food bank; now rent arrears.")
        var batch = RunBatch(run: run.id)
        batch.add(record, try StoreFixtures.coder().code(record.text, box: record.level))
        try store.write(batch, duplicate: StoreFixtures.duplicate)
        let rows = try store.query("""
            SELECT code, ordinal, term, status, trigger_kind, trigger_phrase FROM run_evidence ORDER BY code, ordinal
            """)
        #expect(rows == [
            ["FIN", "0", "food bank", "historical", "historical", "previously"],
            ["FIN", "1", "rent arrears", "present", nil, nil],
        ])
        #expect(try store.query("SELECT status, term FROM run_issues") == [["present", "rent arrears"]])
    }

    @Test func theSameNarrativeIsStoredOnceAcrossRuns() throws {
        let dir = try TemporaryDirectory()
        let store = try TriageDatabase(path: dir.file("t.sqlite"))
        let coder = try StoreFixtures.coder()
        let record = StoreFixtures.record("N1", "Rent arrears.")
        for hash in ["a", "b"] {
            let run = try store.beginRun(StoreFixtures.plan(inputHash: hash))
            var batch = RunBatch(run: run.id)
            batch.add(record, coder.code(record.text, box: record.level))
            try store.write(batch, duplicate: StoreFixtures.duplicate)
            try store.finish(run.id)
        }
        #expect(try store.query("SELECT count(*) FROM narratives") == [["1"]])
        #expect(try store.query("SELECT count(*) FROM run_narratives") == [["2"]])
    }

    @Test func readEqualsCodedPlusRejectedWithBadRowsAndDuplicates() throws {
        let dir = try TemporaryDirectory()
        let store = try TriageDatabase(path: dir.file("t.sqlite"))
        let coder = try StoreFixtures.coder()
        let run = try store.beginRun(StoreFixtures.plan())
        var batch = RunBatch(run: run.id)
        let first = StoreFixtures.record("N1", "Rent arrears.", line: 2)
        batch.add(first, coder.code(first.text))
        batch.reject(StoredReject(source: "in.csv", line: 3, reason: "row has 3 fields", record: "a,b,c"))
        batch.add(first, coder.code(first.text))  // an exact repeat: coded, stored once
        let clash = StoreFixtures.record("N1", "Different text.", line: 5)
        batch.add(clash, coder.code(clash.text))
        let outcome = try store.write(batch, duplicate: StoreFixtures.duplicate)

        #expect(outcome.counts.read == 4)
        #expect(outcome.counts.read == outcome.counts.coded + outcome.counts.rejected)
        #expect(outcome.counts.rejected == 2)
        #expect(outcome.duplicates.map(\.reason) == ["duplicate N1 first at in.csv:2"])
        #expect(outcome.rejects.map(\.line) == [3, 5])
        #expect(try store.rejects(run: run.id).map(\.line) == [3, 5])
        #expect(try store.codedNarratives(run: run.id).map(\.record.narrativeID) == ["N1"])
        let stored = try #require(try store.run(run.id))
        #expect(stored.counts == outcome.counts)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func recodeScopesPickTheLatestContentOfEachNarrative() throws {
        let dir = try TemporaryDirectory()
        let store = try TriageDatabase(path: dir.file("t.sqlite"))
        let coder = try StoreFixtures.coder()
        for (hash, text) in [("a", "Rent arrears."), ("b", "Rent arrears, corrected.")] {
            let run = try store.beginRun(StoreFixtures.plan(inputHash: hash))
            var batch = RunBatch(run: run.id)
            for record in [StoreFixtures.record("N1", text), StoreFixtures.record("N2", "Food bank.")] {
                batch.add(record, coder.code(record.text))
            }
            try store.write(batch, duplicate: StoreFixtures.duplicate)
            try store.finish(run.id)
        }
        let all = try store.narratives(.all)
        #expect(all.map(\.record.narrativeID) == ["N2", "N1"])
        #expect(all.map(\.record.text) == ["Food bank.", "Rent arrears, corrected."])
        #expect(try store.narratives(.run(RunID(1))).map(\.record.text) == ["Rent arrears.", "Food bank."])
        #expect(try store.narratives(.all, after: all[0].key).map(\.record.narrativeID) == ["N1"])
        #expect(try store.narrativeExtent().count == 3)
    }

    @Test func codedIssuesViewShowsTheLatestCompleteRunWithDimensionColumns() throws {
        let dir = try TemporaryDirectory()
        let store = try TriageDatabase(path: dir.file("t.sqlite"))
        let coder = try StoreFixtures.coder()
        let first = try store.beginRun(StoreFixtures.plan(inputHash: "a"))
        var batch = RunBatch(run: first.id)
        let record = StoreFixtures.record("N1", "Rent arrears.", dimensions: [("locality", "North"), ("status", "open")])
        batch.add(record, coder.code(record.text, box: record.level))
        try store.write(batch, duplicate: StoreFixtures.duplicate)
        #expect(try store.query("SELECT count(*) FROM coded_issues") == [["0"]])  // no complete run yet
        try store.finish(first.id)
        let second = try store.beginRun(StoreFixtures.plan(inputHash: "b"))  // incomplete: not shown

        #expect(try store.query("""
            SELECT run_id, narrative_id, triage_id, case_id, stage, date, level, code, status, box, locality, dim_status
            FROM coded_issues
            """) == [["\(first.id)", "N1", "T-N1", "C1", "assessment", "2024-03-01", "yellow", "FIN", "present", "yellow",
                      "North", "open"]])
        #expect(try store.query("SELECT count(*) FROM coded_issues i JOIN narratives n ON n.id = i.narrative_key AND n.text = 'Rent arrears.'") == [["1"]])
        #expect(try store.query("SELECT name, value FROM narrative_dimensions ORDER BY name") ==
            [["locality", "North"], ["status", "open"]])
        #expect(second.status == .incomplete)
    }
}
