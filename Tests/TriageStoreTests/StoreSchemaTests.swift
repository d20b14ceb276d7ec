import Foundation
import Testing
import TriageCore
@testable import TriageStore

struct StoreSchemaTests {
    @Test func migrationsMakeTheTablesAndViewsOnceAndReopeningKeepsThem() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("t.sqlite")
        _ = try TriageDatabase(path: path)
        let store = try TriageDatabase(path: path)
        #expect(try store.query("SELECT identifier FROM grdb_migrations") == [["v1"]])
        let objects = try store.query("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY type, name")
        let names = Set(objects.compactMap { $0[1] })
        for name in ["narratives", "runs", "run_inputs", "run_narratives", "run_issues", "run_evidence", "rejects",
                     "dimension_names", "coded_issues", "run_coded_issues", "narrative_dimensions"] {
            #expect(names.contains(name), "missing \(name)")
        }
        #expect(try store.query("PRAGMA journal_mode") == [["wal"]])
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func aFileThatIsNotAStoreIsRefusedWithAMessage() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("notes.sqlite")
        try Data("these are not the droids\n".utf8 + Data(count: 200)).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try TriageDatabase(path: path) }
        #expect(error?.description.contains("not a triage store") == true)
        #expect(error?.description.contains("--db") == true)
    }

    @Test func aStoreInAMissingDirectorySaysWhere() throws {
        let error = #expect(throws: StoreError.self) { try TriageDatabase(path: "/nonexistent-dir-\(UUID())/t.sqlite") }
        #expect(error?.description.contains("cannot open the store") == true)
    }

    @Test func theStoreAndItsWALFilesAreOwnerOnly() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let old = umask(0o022)
        defer { umask(old) }
        let store = try TriageDatabase(path: path)
        _ = try store.beginRun(StoreFixtures.plan())
        for file in [path, path + "-wal", path + "-shm"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: file)
            let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
            #expect(mode == 0o600, "\(file) has mode \(String(mode, radix: 8))")
        }
    }

    @Test func lexiconHashFollowsWhatCodesNotWhereItWasWritten() {
        let base = StoreFixtures.lexicon()
        var moved = base
        moved.source = "elsewhere.yaml"
        moved.description = "reworded"
        moved.codes[0].location = SourceLocation(file: "x.yaml", line: 9)
        moved.codes[0].description = "new words"
        #expect(ContentHash.lexicon(moved) == ContentHash.lexicon(base))
        #expect(ContentHash.lexicon(StoreFixtures.lexicon(extraFinanceTerm: "debt")) != ContentHash.lexicon(base))
        #expect(ContentHash.lexicon(StoreFixtures.lexicon(version: "2")) != ContentHash.lexicon(base))
        var level = base
        level.codes[1].defaultLevel = .red
        #expect(ContentHash.lexicon(level) != ContentHash.lexicon(base))
        #expect(ContentHash.lexicon(base).count == 64)
    }

    @Test func fileHashIsSHA256() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("in.csv")
        try Data("abc".utf8).write(to: URL(fileURLWithPath: path))
        let (hash, bytes) = try ContentHash.file(path: path)
        #expect(hash == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(bytes == 3)
        #expect(throws: StoreError.self) { try ContentHash.file(path: dir.file("missing.csv")) }
    }

    @Test(arguments: [
        [(name: String, value: String)](),
        [("locality", "North")],
        [("a \"quoted\" name", "line\nbreak\ttab\\slash"), ("emoji", "😀 café"), ("ctl", "\u{01}\u{1F}")],
    ])
    func dimensionsRoundTripThroughJSON(_ dimensions: [(name: String, value: String)]) {
        let decoded = DimensionsJSON.decode(DimensionsJSON.encode(dimensions))
        #expect(decoded?.map(\.name) == dimensions.map(\.name))
        #expect(decoded?.map(\.value) == dimensions.map(\.value))
    }

    @Test func dimensionsJSONIsWhatSQLiteReads() throws {
        let dir = try TemporaryDirectory()
        let store = try TriageDatabase(path: dir.file("t.sqlite"))
        let json = DimensionsJSON.encode([("worker", "W \"7\"\n😀")]).replacingOccurrences(of: "'", with: "''")
        #expect(try store.query("SELECT json_valid('\(json)'), json_extract('\(json)', '$.worker')") == [["1", "W \"7\"\n😀"]])
    }
}
