import Foundation
import Testing
import TriageCore
@testable import TriageStore

/// How schema v2 lays a run out: one `narratives` row per new narrative with its codes as
/// JSON, `run_references` for content an earlier run stored, and the views over them.
struct StoreLayoutTests {
    @Test func codesAreOneJSONValuePerNarrativeWithEvidenceOnlyWhenItSaysMore() throws {
        let dir = try TemporaryDirectory()
        let store = try TriageDatabase(path: dir.file("t.sqlite"))
        let coder = try StoreFixtures.coder()
        let run = try store.beginRun(StoreFixtures.plan())
        var batch = RunBatch(run: run.id)
        for record in [
            StoreFixtures.record("N1", "Rent arrears.", level: nil),
            StoreFixtures.record("N2", "Previously used a food bank; now rent arrears.", level: nil),
            StoreFixtures.record("N3", "No concerns about an eviction notice.", level: nil),
            StoreFixtures.record("N4", "All well.", level: nil),
        ] {
            batch.add(record, coder.code(record.text, box: record.level))
        }
        try store.write(batch, duplicate: StoreFixtures.duplicate)

        #expect(try store.query("SELECT narrative_id, issues FROM narratives ORDER BY id") == [
            ["N1", #"[["FIN","present","yellow","rent arrears",0,12]]"#],
            ["N2", #"[["FIN","present","yellow","rent arrears",33,45,[["food bank",18,27,"historical","historical","previously",0,10],["rent arrears",33,45,"present"]]]]"#],
            ["N3", #"[["HOUS","negated","orange","eviction notice",21,36,[["eviction notice",21,36,"negated","negation","no concerns about",0,17]]]]"#],
            ["N4", nil],
        ])
        // The views give one row per code and per mention, the implied mention included.
        #expect(try store.query("SELECT narrative_id, code, ordinal, status, term, term_start, term_end FROM run_issues ORDER BY narrative_id") == [
            ["\(RunNarratives.key(run: run.id.rawValue, position: 0))", "FIN", "0", "present", "rent arrears", "0", "12"],
            ["\(RunNarratives.key(run: run.id.rawValue, position: 1))", "FIN", "0", "present", "rent arrears", "33", "45"],
            ["\(RunNarratives.key(run: run.id.rawValue, position: 2))", "HOUS", "0", "negated", "eviction notice", "21", "36"],
        ])
        #expect(try store.query("""
            SELECT code, ordinal, term, term_start, term_end, status, trigger_kind, trigger_phrase, trigger_start, trigger_end
            FROM run_evidence ORDER BY narrative_id, code, ordinal
            """) == [
            ["FIN", "0", "rent arrears", "0", "12", "present", nil, nil, nil, nil],
            ["FIN", "0", "food bank", "18", "27", "historical", "historical", "previously", "0", "10"],
            ["FIN", "1", "rent arrears", "33", "45", "present", nil, nil, nil, nil],
            ["HOUS", "0", "eviction notice", "21", "36", "negated", "negation", "no concerns about", "0", "17"],
        ])
    }

    @Test func jsonStringsKeepQuotesBackslashesControlCharactersAndUnicode() throws {
        let dir = try TemporaryDirectory()
        let store = try TriageDatabase(path: dir.file("t.sqlite"))
        let text = "say \"hi\" \\ tab\there\nline \u{01}\u{1F} café 😀"
        var json: [UInt8] = []
        IssuesJSON.string(text, &json)
        let literal = String(decoding: json, as: UTF8.self).replacingOccurrences(of: "'", with: "''")
        #expect(try store.query("SELECT json_valid('[\(literal)]'), json_extract('[\(literal)]', '$[0]')") == [["1", text]])
    }

    @Test func aNarrativeAnEarlierRunStoredIsReferencedAndReadBackWithThisRunsPlaceAndCodes() throws {
        let dir = try TemporaryDirectory()
        let store = try TriageDatabase(path: dir.file("t.sqlite"))
        let first = try store.beginRun(StoreFixtures.plan(inputHash: "a"))
        var batch = RunBatch(run: first.id)
        for record in [StoreFixtures.record("N1", "Rent arrears.", line: 2), StoreFixtures.record("N2", "Food bank.", line: 3)] {
            batch.add(record, try StoreFixtures.coder().code(record.text, box: record.level))
        }
        try store.write(batch, duplicate: StoreFixtures.duplicate)
        try store.finish(first.id)

        // Run 2 has another lexicon (no HOUS, "debt" in FIN), N1 again on another line, and N3.
        var lexicon = StoreFixtures.lexicon(version: "2", extraFinanceTerm: "debt")
        lexicon.codes.removeAll { $0.code == "HOUS" }
        let coder = try StoreFixtures.coder(lexicon)
        let second = try store.beginRun(StoreFixtures.plan(lexicon, inputHash: "b"))
        batch = RunBatch(run: second.id)
        let records = [
            StoreFixtures.record("N3", "Debt and an eviction notice.", line: 5),
            StoreFixtures.record("N1", "Rent arrears.", line: 9),
            StoreFixtures.record("N1", "Rent arrears and debt.", line: 10),  // other content: a duplicate id
        ]
        for record in records { batch.add(record, coder.code(record.text, box: record.level)) }
        let outcome = try store.write(batch, duplicate: StoreFixtures.duplicate)
        try store.finish(second.id)

        #expect(outcome.duplicates.map(\.reason) == ["duplicate N1 first at in.csv:9"])
        #expect(try store.query("SELECT count(*) FROM narratives") == [["3"]])
        #expect(try store.query("SELECT run_id, position, source, line FROM run_references") == [["\(second.id)", "1", "in.csv", "9"]])
        let stored = try store.codedNarratives(run: second.id)
        #expect(stored.map(\.record.narrativeID) == ["N3", "N1"])
        #expect(stored.map { $0.record.location?.line } == [5, 9])
        #expect(stored.map { $0.issues.map(\.code.rawValue) } == [["FIN"], ["FIN"]])
        #expect(try store.codedNarratives(run: first.id).map { $0.record.location?.line } == [2, 3])
        #expect(try store.narratives(.run(second.id)).map(\.record.narrativeID) == ["N1", "N3"])
        #expect(try store.lastNarrativeKey(run: second.id) == RunNarratives.key(run: second.id.rawValue, position: 0))
        #expect(try store.query("SELECT run_id, narrative_id, code, status FROM coded_issues ORDER BY narrative_id") == [
            ["\(second.id)", "N1", "FIN", "present"], ["\(second.id)", "N3", "FIN", "present"],
        ])
        #expect(try store.query("SELECT run_id, count(*) FROM run_coded_issues GROUP BY run_id") == [
            ["\(first.id)", "2"], ["\(second.id)", "2"],
        ])
        #expect(try store.integrityCheck() == "ok")
    }

    /// A recode reads stored narratives back: their content hashes must match the stored
    /// ones, so the recode refers to them instead of storing them again.
    @Test func recodingStoredNarrativesAddsReferencesNotContent() throws {
        let dir = try TemporaryDirectory()
        let store = try TriageDatabase(path: dir.file("t.sqlite"))
        let coder = try StoreFixtures.coder()
        let first = try store.beginRun(StoreFixtures.plan(inputHash: "a"))
        var batch = RunBatch(run: first.id)
        for record in [
            StoreFixtures.record("N1", "Rent arrears.", dimensions: [("locality", "North"), ("worker", "W \"7\"")]),
            NarrativeRecord(narrativeID: "N2", triageID: "T2", caseID: "", stage: nil, date: "", level: nil,
                            text: "Food bank.", dimensions: [], location: SourceLocation(file: "in.csv", line: 3)),
        ] {
            batch.add(record, coder.code(record.text, box: record.level))
        }
        try store.write(batch, duplicate: StoreFixtures.duplicate)
        try store.finish(first.id)

        let recode = try store.beginRun(StoreFixtures.plan(inputHash: "b"))
        batch = RunBatch(run: recode.id)
        let stored = try store.narratives(.all).map(\.record)
        #expect(stored.map(\.location) == [nil, nil])
        for record in stored { batch.add(record, coder.code(record.text, box: record.level)) }
        let outcome = try store.write(batch, duplicate: StoreFixtures.duplicate)

        #expect(outcome.counts.coded == 2)
        #expect(try store.query("SELECT count(*) FROM narratives") == [["2"]])
        #expect(try store.query("SELECT count(*), count(source) FROM run_references WHERE run_id = \(recode.id)") == [["2", "0"]])
        #expect(try store.codedNarratives(run: recode.id).map(\.record.narrativeID) == ["N1", "N2"])
    }

    /// The fingerprints of a run's ids are kept between batches by one store value; another
    /// (or a new process resuming the run) reads them back from the store.
    @Test func duplicatesAndRepeatsAreFoundAcrossBatchesAndStoreValues() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let coder = try StoreFixtures.coder()
        let store = try TriageDatabase(path: path)
        let run = try store.beginRun(StoreFixtures.plan())
        func write(_ store: TriageDatabase, _ records: [NarrativeRecord]) throws -> BatchOutcome {
            var batch = RunBatch(run: run.id)
            for record in records { batch.add(record, coder.code(record.text, box: record.level)) }
            return try store.write(batch, duplicate: StoreFixtures.duplicate)
        }
        _ = try write(store, [StoreFixtures.record("N1", "Rent arrears.", line: 2), StoreFixtures.record("N2", "Food bank.", line: 3)])
        let sameValue = try write(store, [StoreFixtures.record("N1", "Other text.", line: 4)])
        #expect(sameValue.duplicates.map(\.reason) == ["duplicate N1 first at in.csv:2"])

        let other = try TriageDatabase(path: path)
        let otherValue = try write(other, [
            StoreFixtures.record("N2", "Food bank.", line: 5),  // an exact repeat: counted, not stored
            StoreFixtures.record("N2", "Food bank, again.", line: 6),
            StoreFixtures.record("N3", "Eviction notice.", line: 7),
        ])
        #expect(otherValue.duplicates.map(\.reason) == ["duplicate N2 first at in.csv:3"])
        #expect(otherValue.counts == RunCounts(read: 6, coded: 4, rejected: 2, issues: 3, codes: 3))
        // Back to the first value, whose fingerprints no longer match the run's count.
        let back = try write(store, [StoreFixtures.record("N3", "Changed.", line: 8)])
        #expect(back.duplicates.map(\.reason) == ["duplicate N3 first at in.csv:7"])
        #expect(try store.codedNarratives(run: run.id).map(\.record.narrativeID) == ["N1", "N2", "N3"])
        #expect(try store.rejects(run: run.id).map(\.line) == [4, 6, 8])
    }

    @Test func theLogIsCheckpointedAfterEachBatchSoItStaysSmall() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let store = try TriageDatabase(path: path)
        let coder = try StoreFixtures.coder()
        let run = try store.beginRun(StoreFixtures.plan())
        let text = String(repeating: "Family visited, rent arrears discussed. ", count: 50)  // 2 KB
        for batchIndex in 0..<20 {
            var batch = RunBatch(run: run.id)
            for index in 0..<200 {
                let record = StoreFixtures.record("N\(batchIndex)-\(index)", text, line: index + 2)
                batch.add(record, coder.code(record.text, box: record.level))
            }
            try store.write(batch, duplicate: StoreFixtures.duplicate)
            try #require(store.checkpointer).waitUntilIdle()
        }
        func size(_ file: String) throws -> Int {
            (try FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.intValue ?? 0
        }
        // 8 MB stored; the log is reused once checkpointed, so it holds about one batch.
        #expect(try size(path) > 8_000_000)
        #expect(try size(path + "-wal") < 2_000_000)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func aStoreFromSchemaV1IsUpgradedWhenEmptyAndRefusedWithAMessageWhenItHasRuns() throws {
        let dir = try TemporaryDirectory()
        for withRun in [false, true] {
            let path = dir.file("v1-\(withRun).sqlite")
            // Make a v1 store: v2's tables and views replaced by v1's, and v2 not yet applied.
            let run = """
                INSERT INTO runs (kind, status, started_at, lexicon_name, lexicon_version, lexicon_hash, lexicon_source)
                VALUES ('code', 'complete', '2024-01-01T00:00:00.000Z', 'x', '1', 'h', 'x');
                """
            try TriageDatabase(path: path).execute("""
                DROP VIEW coded_issues; DROP VIEW run_coded_issues; DROP VIEW narrative_dimensions;
                DROP VIEW run_evidence; DROP VIEW run_issues; DROP VIEW run_narratives;
                DROP TABLE run_references; DROP TABLE run_inputs; DROP TABLE rejects; DROP TABLE narratives;
                DROP TABLE runs; DROP TABLE dimension_names;
                \(Migrations.v1) \(Migrations.v1Views)
                DELETE FROM grdb_migrations WHERE identifier = 'v2';
                \(withRun ? run : "")
                """) {}
            if withRun {
                let error = #expect(throws: StoreError.self) { try TriageDatabase(path: path) }
                #expect(error == .olderSchema(path: path))
                #expect(error?.description.contains("code the inputs again into a new store") == true)
                #expect(throws: StoreError.olderSchema(path: path)) { try TriageDatabase(readingFrom: path) }
            } else {
                let store = try TriageDatabase(path: path)
                #expect(try store.query("SELECT identifier FROM grdb_migrations ORDER BY identifier") == [["v1"], ["v2"]])
                let begun = try store.beginRun(StoreFixtures.plan())
                var batch = RunBatch(run: begun.id)
                let record = StoreFixtures.record("N1", "Rent arrears.")
                batch.add(record, try StoreFixtures.coder().code(record.text, box: record.level))
                try store.write(batch, duplicate: StoreFixtures.duplicate)
                #expect(try store.codedNarratives(run: begun.id).map(\.record) == [record])
                #expect(try store.integrityCheck() == "ok")
            }
        }
    }
}
