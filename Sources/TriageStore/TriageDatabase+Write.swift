import GRDB
public import TriageCore

extension TriageDatabase {
    /// Stores a batch in one transaction and adds it to the run's counts.
    ///
    /// A narrative whose content is already stored (from any run) is not stored again; the
    /// run refers to it. A `narrative_id` already in this run with different content is
    /// rejected: `duplicate` turns the record and where its id was first seen into the
    /// reject to store. An exact repeat within a run counts as coded and is stored once.
    /// - Returns: the rejects the store added, and the run's counts.
    @discardableResult
    public func write(
        _ batch: RunBatch, duplicate: @escaping @Sendable (NarrativeRecord, SourceLocation?) -> StoredReject
    ) throws(StoreError) -> BatchOutcome {
        let membership = self.membership
        defer { checkpointer?.request() }
        return try writing { db in
            var writer = try BatchWriter(db, run: batch.run, membership: membership)
            var duplicates: [StoredReject] = []
            var rejects: [StoredReject] = []
            try batch.bytes.withUnsafeBufferPointer { bytes in
                // The batch's columns are bound in place: no statement may keep them once
                // they are gone, whatever happens here.
                defer { writer.clearBindings() }
                for item in batch.items {
                    switch item {
                    case .rejected(let index):
                        let reject = batch.rejects[index]
                        try writer.reject(reject)
                        rejects.append(reject)
                    case .coded(let index):
                        if case .duplicate(let first) = try writer.code(batch.coded[index], bytes: bytes) {
                            let reject = duplicate(batch.records[batch.coded[index].record], first)
                            try writer.reject(reject)
                            duplicates.append(reject)
                            rejects.append(reject)
                        }
                    }
                }
            }
            try writer.commitCounts()
            if !batch.dimensionNames.isEmpty { try ViewBuilder.record(db, dimensionNames: batch.dimensionNames) }
            // Put back before the commit: were the commit to fail, the run's count in the
            // store would not match the fingerprints', and the next batch would reload them.
            membership.put(writer.membership)
            return BatchOutcome(rejects: rejects, duplicates: duplicates, counts: writer.counts)
        }
    }
}

/// Writes one batch. A narrative new to the store is one row in `narratives`, which is
/// also this run's record of it; one whose content another run stored is one row in
/// `run_references`. Statements are bound through ``RawStatement``.
struct BatchWriter {
    let run: Int64
    var counts: RunCounts
    private var delta = RunCounts()
    private(set) var membership: RunMembership.State
    private let insertNarrative: RawStatement
    private let findNarrative: RawStatement
    private let insertReference: RawStatement
    private let versions: RawStatement
    private let insertReject: RawStatement
    private let db: Database

    init(_ db: Database, run: RunID, membership cache: RunMembership) throws {
        self.db = db
        self.run = run.rawValue
        guard let row = try Row.fetchOne(db, sql: "SELECT read, coded, rejected, issues, codes FROM runs WHERE id = ?",
                                         arguments: [run.rawValue])
        else { throw StoreError.noSuchRun(run) }
        counts = RunCounts(read: row[0], coded: row[1], rejected: row[2], issues: row[3], codes: row[4])
        membership = try cache.take(db, run: run.rawValue, read: counts.read)
        insertNarrative = try RawStatement(db, sql: """
            INSERT INTO narratives (id, narrative_id, triage_id, case_id, stage, date, level, text, dimensions, content_hash,
                source, line, issues)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (narrative_id, content_hash) DO NOTHING
            """)
        findNarrative = try RawStatement(db, sql: "SELECT id FROM narratives WHERE narrative_id = ? AND content_hash = ?")
        insertReference = try RawStatement(db, sql: """
            INSERT INTO run_references (run_id, position, narrative_key, source, line, issues) VALUES (?, ?, ?, ?, ?, ?)
            """)
        // Every stored content of a narrative_id (one index look-up), each with where this
        // run read it, if it did: as the narrative it stored first, or as a reference.
        versions = try RawStatement(db, sql: """
            SELECT n.id, n.content_hash, n.source, n.line, r.position IS NOT NULL, r.source, r.line FROM narratives n
            LEFT JOIN run_references r ON r.run_id = ? AND r.narrative_key = n.id
            WHERE n.narrative_id = ?
            """)
        insertReject = try RawStatement(db, sql: """
            INSERT INTO rejects (run_id, position, source, line, reason, record) VALUES (?, ?, ?, ?, ?, ?)
            """)
    }

    /// The record's position in the run: its index among every record read.
    private var position: Int { counts.read + delta.read }

    mutating func reject(_ reject: StoredReject) throws {
        insertReject.bind(1, run)
        insertReject.bind(2, position)
        insertReject.bind(3, reject.source)
        insertReject.bind(4, reject.line)
        insertReject.bind(5, reject.reason)
        insertReject.bind(6, reject.record)
        try insertReject.execute()
        delta.read += 1
        delta.rejected += 1
    }

    enum Outcome {
        case stored
        /// The same content is already in the run: counted as coded, stored once.
        case repeated
        /// The id is already in the run with other content, first seen at `first`: not stored.
        case duplicate(first: SourceLocation?)
    }

    /// Stores a coded narrative, unless its id is already in the run. `bytes` are the
    /// batch's ``RunBatch/bytes``, which its columns are bound from in place.
    mutating func code(_ coded: RunBatch.Coded, bytes: UnsafeBufferPointer<UInt8>) throws -> Outcome {
        guard position < RunNarratives.positionLimit else {
            throw DatabaseError(resultCode: .SQLITE_FULL, message: "a run holds at most \(RunNarratives.positionLimit) records")
        }
        var stored: Int64?
        if membership.fingerprints.contains(coded.fingerprint) {
            switch try lookUp(coded.columns.narrativeID, of: bytes, hash: coded.contentHash) {
            case .inRun(sameContent: true, _):
                delta.read += 1
                delta.coded += 1
                return .repeated
            case .inRun(sameContent: false, let first):
                return .duplicate(first: first)
            case .notInRun(let key):
                stored = key
            }
        }
        if stored == nil, try !insert(coded.columns, of: bytes, hash: coded.contentHash, line: coded.line) {
            stored = try find(coded.columns.narrativeID, of: bytes, hash: coded.contentHash)
        }
        if let stored { try reference(stored, coded.columns, of: bytes, line: coded.line) }
        membership.fingerprints.insert(coded.fingerprint)
        delta.issues += coded.present
        delta.codes += coded.codes
        delta.read += 1
        delta.coded += 1
        return .stored
    }

    private enum Found {
        /// The run has this narrative_id; `first` is where it read it.
        case inRun(sameContent: Bool, first: SourceLocation?)
        /// The run does not have it; the store may hold the same content from another run.
        case notInRun(stored: Int64?)
    }

    /// What the store holds of `narrativeID`: asked only when the fingerprints say the run may have it.
    private func lookUp(_ narrativeID: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, hash: Int64) throws -> Found {
        versions.bind(1, run)
        versions.bindInPlace(2, bytes, narrativeID)
        defer { versions.clearBindings() }
        defer { versions.reset() }
        var stored: Int64?
        while try versions.step() {
            let key = versions.int64(0)
            let sameContent = versions.int64(1) == hash
            // Stored first by this run (columns 2, 3), or referred to by it (columns 5, 6).
            let column: Int32? = key >> 32 == run ? 2 : versions.int64(4) != 0 ? 5 : nil
            if let column {
                let source = versions.text(column)
                let line = versions.isNull(column + 1) ? 0 : Int(versions.int64(column + 1))
                return .inRun(sameContent: sameContent, first: source.map { SourceLocation(file: $0, line: line) })
            }
            if sameContent { stored = key }
        }
        return .notInRun(stored: stored)
    }

    /// Stores a narrative's content as this run's; false when another run stored the same content.
    private func insert(_ columns: RunBatch.TextColumns, of bytes: UnsafeBufferPointer<UInt8>, hash: Int64, line: Int?)
        throws -> Bool
    {
        let statement = insertNarrative
        statement.bind(1, RunNarratives.key(run: run, position: position))
        statement.bindInPlace(2, bytes, columns.narrativeID)
        statement.bindInPlace(3, bytes, columns.triageID)
        statement.bindInPlace(4, bytes, columns.caseID)
        statement.bindInPlace(5, bytes, columns.stage)
        statement.bindInPlace(6, bytes, columns.date)
        statement.bindInPlace(7, bytes, columns.level)
        statement.bindInPlace(8, bytes, columns.text)
        statement.bindInPlace(9, bytes, columns.dimensions)
        statement.bind(10, hash)
        statement.bindInPlace(11, bytes, columns.source)
        statement.bind(12, line)
        statement.bindInPlace(13, bytes, columns.issues)
        try statement.execute()
        return statement.changes > 0
    }

    /// The key of the stored content that ``insert(_:hash:issues:)`` found already there.
    private func find(_ narrativeID: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, hash: Int64) throws -> Int64 {
        findNarrative.bindInPlace(1, bytes, narrativeID)
        defer { findNarrative.clearBindings() }
        findNarrative.bind(2, hash)
        defer { findNarrative.reset() }
        guard try findNarrative.step() else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "a stored narrative could not be found again")
        }
        return findNarrative.int64(0)
    }

    /// Records that this run coded the content another run stored as `key`.
    private func reference(_ key: Int64, _ columns: RunBatch.TextColumns, of bytes: UnsafeBufferPointer<UInt8>, line: Int?)
        throws
    {
        insertReference.bind(1, run)
        insertReference.bind(2, position)
        insertReference.bind(3, key)
        insertReference.bindInPlace(4, bytes, columns.source)
        insertReference.bind(5, line)
        insertReference.bindInPlace(6, bytes, columns.issues)
        try insertReference.execute()
    }

    /// Unbinds the statements that bind a batch's columns in place (see ``RunBatch/bytes``).
    func clearBindings() {
        insertNarrative.clearBindings()
        insertReference.clearBindings()
    }

    mutating func commitCounts() throws {
        try db.execute(
            sql: """
                UPDATE runs SET read = read + ?, coded = coded + ?, rejected = rejected + ?, issues = issues + ?,
                    codes = codes + ? WHERE id = ?
                """,
            arguments: [delta.read, delta.coded, delta.rejected, delta.issues, delta.codes, run])
        counts.read += delta.read
        counts.coded += delta.coded
        counts.rejected += delta.rejected
        counts.issues += delta.issues
        counts.codes += delta.codes
        delta = RunCounts()
        membership.read = counts.read
    }
}
