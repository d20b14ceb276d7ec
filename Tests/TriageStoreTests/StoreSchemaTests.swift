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
        #expect(try store.query("SELECT identifier FROM grdb_migrations ORDER BY identifier") == [["v1"], ["v2"]])
        let objects = try store.query("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY type, name")
        let types = Dictionary(objects.map { ($0[1] ?? "", $0[0] ?? "") }, uniquingKeysWith: { first, _ in first })
        for table in ["narratives", "run_references", "runs", "run_inputs", "rejects", "dimension_names"] {
            #expect(types[table] == "table", "missing table \(table)")
        }
        for view in ["run_narratives", "run_issues", "run_evidence", "coded_issues", "run_coded_issues", "narrative_dimensions"] {
            #expect(types[view] == "view", "missing view \(view)")
        }
        #expect(try store.query("PRAGMA page_size") == [["16384"]])
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

    /// The lexicon hash writes terms without reflection; what it writes must be what
    /// reflection writes, so a field added to `Term` is hashed too (or this fails).
    @Test func termsAreWrittenAsReflectionWritesThem() {
        var lexicon = StoreFixtures.lexicon()
        lexicon.codes[0].terms.append(Term(.regex("debt(s)?"), location: SourceLocation(file: "x.yaml", line: 3)))
        var shortcut = ""
        CanonicalText.append(lexicon, to: &shortcut)
        #expect(shortcut == CanonicalText.reflecting(lexicon))
        #expect(shortcut.contains("Term{pattern=Pattern.regex(8:debt(s)?;)routes=nil;yieldsTo=[]}"))
        // A term with routes of its own is written (and hashed) with them.
        lexicon.codes[0].terms.append(Term(.phrase("adhd"), routes: [.parent: nil, .child: "FIN"]))
        var routed = ""
        CanonicalText.append(lexicon, to: &routed)
        #expect(routed == CanonicalText.reflecting(lexicon))
        #expect(ContentHash.lexicon(lexicon) != ContentHash.lexicon({ var l = lexicon; l.codes[0].terms[3].routes = nil; return l }()))
        // So is a term that yields on its own.
        lexicon.codes[0].terms.append(Term(.phrase("rows"), yieldsTo: ["FIN"]))
        var yielding = ""
        CanonicalText.append(lexicon, to: &yielding)
        #expect(yielding == CanonicalText.reflecting(lexicon))
        #expect(ContentHash.lexicon(lexicon) != ContentHash.lexicon({ var l = lexicon; l.codes[0].terms[4].yieldsTo = []; return l }()))
    }

    @Test func timestampsAreISO8601UTCWithMillisecondsBothWays() throws {
        #expect(Timestamp.text(Date(timeIntervalSince1970: 1_709_285_400.25)) == "2024-03-01T09:30:00.250Z")
        #expect(Timestamp.text(Date(timeIntervalSince1970: 946_684_799.999)) == "1999-12-31T23:59:59.999Z")
        #expect(Timestamp.date("2024-03-01T09:30:00.250Z") == Date(timeIntervalSince1970: 1_709_285_400.25))
        #expect(Timestamp.date("2024-03-01T09:30:00Z") == Date(timeIntervalSince1970: 1_709_285_400))
        let now = Date()
        let roundTrip = try #require(Timestamp.date(Timestamp.text(now)))
        #expect(abs(roundTrip.timeIntervalSince(now)) < 0.001)
        for bad in ["", "2024-03-01", "2024-03-01T09:30:00", "2024-03-01T09:30:00.25Zx", "2024-3-01T09:30:00Z"] {
            #expect(Timestamp.date(bad) == nil, "\(bad)")
        }
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

    /// Reference values published for XXH64 with seed 0.
    @Test(arguments: [
        ("", 0xEF46_DB37_51D8_E999 as UInt64), ("a", 0xD24E_C4F1_A98C_6E5B), ("abc", 0x44BC_2CF5_AD77_0999),
        ("Nobody inspects the spammish repetition", 0xFBCE_A83C_8A37_8BF1),
    ])
    func xxh64MatchesTheReferenceValues(_ text: String, _ expected: UInt64) {
        #expect(Array(text.utf8).withUnsafeBytes { XXH64.hash($0) } == expected)
    }

    /// Every length from 0 to 100 (each tail path, and one to three 32-byte stripes) against
    /// values from an independent implementation of the specification.
    @Test(arguments: [
        (0, 0xEF46_DB37_51D8_E999 as UInt64), (1, 0xE934_A84A_DB05_2768), (3, 0xE5C7_BB45_33BC_65DD),
        (4, 0xFFCE_D860_4453_CC1E), (7, 0x14CC_643F_630C_72D2), (8, 0x884A_1736_14B8_1B8D), (9, 0x67D8_5784_A7C7_8C5B),
        (31, 0xC346_D2B5_9B4D_8EE1), (32, 0xCBF5_9C51_16FF_32B4), (33, 0x0C53_5D1A_CAFB_8EAD), (63, 0xE26A_A9E2_A95F_8E4F),
        (64, 0xF7C6_7301_DB67_13F0), (100, 0x6AC1_E580_3216_6597),
    ])
    func xxh64OfEveryTailLength(_ count: Int, _ expected: UInt64) {
        let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0) }
        #expect(bytes.withUnsafeBytes { XXH64.hash($0) } == expected)
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
