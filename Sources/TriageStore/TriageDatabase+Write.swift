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
        try writing { db in
            var writer = try BatchWriter(db, run: batch.run)
            var duplicates: [StoredReject] = []
            var rejects: [StoredReject] = []
            var dimensionNames: [String] = []
            var seenNames: Set<String> = []
            for item in batch.items {
                switch item {
                case .rejected(let reject):
                    try writer.reject(reject)
                    rejects.append(reject)
                case .coded(let record, let coded):
                    for dimension in record.dimensions where seenNames.insert(dimension.name).inserted {
                        dimensionNames.append(dimension.name)
                    }
                    if case .duplicate(let first) = try writer.code(record, coded) {
                        let reject = duplicate(record, first)
                        try writer.reject(reject)
                        duplicates.append(reject)
                        rejects.append(reject)
                    }
                }
            }
            try writer.commitCounts()
            if !dimensionNames.isEmpty { try ViewBuilder.record(db, dimensionNames: dimensionNames) }
            return BatchOutcome(rejects: rejects, duplicates: duplicates, counts: writer.counts)
        }
    }
}

/// Writes one batch with cached prepared statements.
struct BatchWriter {
    let db: Database
    let run: Int64
    var counts: RunCounts
    private var delta = RunCounts()

    init(_ db: Database, run: RunID) throws {
        self.db = db
        self.run = run.rawValue
        guard let row = try Row.fetchOne(db, sql: "SELECT read, coded, rejected, issues, codes FROM runs WHERE id = ?",
                                         arguments: [run.rawValue])
        else { throw StoreError.noSuchRun(run) }
        counts = RunCounts(read: row[0], coded: row[1], rejected: row[2], issues: row[3], codes: row[4])
    }

    /// The record's position in the run: its index among every record read.
    private var position: Int { counts.read + delta.read }

    mutating func reject(_ reject: StoredReject) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO rejects (run_id, position, source, line, reason, record) VALUES (?, ?, ?, ?, ?, ?)
            """)
        statement.setUncheckedArguments([run, position, reject.source, reject.line, reject.reason, reject.record])
        try statement.execute()
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

    /// Stores a coded narrative, unless its id is already in the run.
    mutating func code(_ record: NarrativeRecord, _ coded: CodedNarrative) throws -> Outcome {
        let hash = ContentHash.narrative(record)
        // Every stored content of this narrative_id (one index look-up), each with where this
        // run read it, if it did.
        let versions = try db.cachedStatement(sql: """
            SELECT n.id, n.content_hash, rn.narrative_id IS NOT NULL, rn.source, rn.line FROM narratives n
            LEFT JOIN run_narratives rn ON rn.run_id = ? AND rn.narrative_id = n.id
            WHERE n.narrative_id = ?
            """)
        versions.setUncheckedArguments([run, record.narrativeID])
        var existing: Int64?
        let rows = try Row.fetchCursor(versions)
        while let row = try rows.next() {
            let sameContent = (row[1] as String) == hash
            if row[2] as Bool {
                if sameContent {
                    delta.read += 1
                    delta.coded += 1
                    return .repeated
                }
                let source: String? = row[3]
                let line: Int? = row[4]
                return .duplicate(first: source.map { SourceLocation(file: $0, line: line ?? 0) })
            }
            if sameContent { existing = row[0] }
        }
        let key = try existing ?? insertNarrative(record, hash: hash)
        let member = try db.cachedStatement(sql: """
            INSERT INTO run_narratives (run_id, position, narrative_id, source, line) VALUES (?, ?, ?, ?, ?)
            """)
        member.setUncheckedArguments([run, position, key, record.location?.file, record.location.map { $0.line }])
        try member.execute()

        let issue = try db.cachedStatement(sql: """
            INSERT INTO run_issues (run_id, narrative_id, code, ordinal, status, level, term, term_start, term_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let evidence = try db.cachedStatement(sql: """
            INSERT INTO run_evidence (run_id, narrative_id, code, ordinal, term, term_start, term_end, status,
                trigger_kind, trigger_phrase, trigger_start, trigger_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (ordinal, coded) in coded.issues.enumerated() {
            let stored = StoredIssue(coded)
            issue.setUncheckedArguments([run, key, stored.code.rawValue, ordinal, stored.status.rawValue,
                                         stored.level.rawValue, stored.term, stored.start, stored.end])
            try issue.execute()
            for (index, mention) in coded.mentions.enumerated() {
                evidence.setUncheckedArguments([
                    run, key, stored.code.rawValue, index, mention.term, mention.start, mention.end,
                    mention.status.rawValue, mention.trigger?.kind.rawValue, mention.trigger?.phrase,
                    mention.trigger?.start, mention.trigger?.end,
                ])
                try evidence.execute()
            }
            if coded.status == .present { delta.issues += 1 }
            delta.codes += 1
        }
        delta.read += 1
        delta.coded += 1
        return .stored
    }

    /// Stores a narrative's content and returns its `narratives.id`.
    private func insertNarrative(_ record: NarrativeRecord, hash: String) throws -> Int64 {
        let insert = try db.cachedStatement(sql: """
            INSERT INTO narratives (narrative_id, triage_id, case_id, stage, date, level, text, dimensions, content_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insert.setUncheckedArguments([
            record.narrativeID, record.triageID, record.caseID.isEmpty ? nil : record.caseID, record.stage?.rawValue,
            record.date.isEmpty ? nil : record.date, record.level?.rawValue, record.text,
            DimensionsJSON.encode(record.dimensions), hash,
        ])
        try insert.execute()
        return db.lastInsertedRowID
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
    }
}
