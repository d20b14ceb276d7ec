import GRDB
public import TriageCore

/// Which stored narratives `triage recode` codes.
public enum NarrativeScope: Sendable, Hashable {
    /// Every narrative in the store, the latest stored content of each `narrative_id`.
    case all
    /// The narratives one run coded.
    case run(RunID)
}

/// A stored narrative with its key in the store, for recoding in key order.
public struct KeyedNarrative: Sendable, Hashable {
    /// `narratives.id`: increases as narratives are stored.
    public var key: Int64
    public var record: NarrativeRecord
}

extension TriageDatabase {
    /// Every narrative of `run` with its codes, in input order. For large runs, prefer
    /// ``forEachCodedNarrative(run:pageSize:_:)``, which holds one page at a time.
    public func codedNarratives(run: RunID) throws(StoreError) -> [StoredNarrative] {
        var all: [StoredNarrative] = []
        try forEachCodedNarrative(run: run) { all += $0 }
        return all
    }

    /// Calls `body` with the narratives of `run` and their codes, in input order, a page
    /// at a time; each page is read in its own short transaction.
    public func forEachCodedNarrative(
        run: RunID, pageSize: Int = 2000, _ body: ([StoredNarrative]) throws -> Void
    ) throws(StoreError) {
        guard try self.run(run) != nil else { throw .noSuchRun(run) }
        var cursor = -1
        while true {
            let after = cursor
            let (page, last) = try reading { db -> ([StoredNarrative], Int?) in
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT p.position, p.source, p.line, \(NarrativeRows.columns) FROM (\(RunNarratives.page)) p
                        JOIN narratives n ON n.id = p.narrative_key
                        ORDER BY p.position
                        """,
                    arguments: ["run": run.rawValue, "after": after, "last": RunNarratives.positionLimit - 1, "limit": pageSize])
                guard let last = rows.last?["position"] as Int? else { return ([], nil) }
                var issues: [Int: [StoredIssue]] = [:]
                let issueRows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT p.position, i.value ->> 0, i.value ->> 2, i.value ->> 1, i.value ->> 3, i.value ->> 4,
                            i.value ->> 5
                        FROM (\(RunNarratives.page)) p
                        JOIN json_each(p.issues) i
                        ORDER BY p.position, i.key
                        """,
                    arguments: ["run": run.rawValue, "after": after, "last": last, "limit": pageSize])
                while let row = try issueRows.next() {
                    issues[row[0], default: []].append(StoredIssue(
                        code: Code(rawValue: row[1]), level: Level(rawValue: row[2]) ?? .blue,
                        status: MentionStatus(rawValue: row[3]) ?? .present, term: row[4], start: row[5], end: row[6]))
                }
                let page = rows.map { row in
                    StoredNarrative(record: NarrativeRows.record(row), issues: issues[row["position"]] ?? [])
                }
                return (page, last)
            }
            guard let last else { return }
            do {
                try body(page)
            } catch let error as StoreError {
                throw error
            } catch {
                throw .database("\(error)")
            }
            cursor = last
        }
    }

    /// Stored narratives in `scope` with a key above `after`, in key order, `limit` at most.
    /// `triage recode` pages through them, and resumes after the last key it committed.
    public func narratives(_ scope: NarrativeScope, after: Int64 = 0, limit: Int = 2000) throws(StoreError) -> [KeyedNarrative] {
        try reading { db in
            let rows: [Row]
            switch scope {
            case .all:
                rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT \(NarrativeRows.columns) FROM narratives n WHERE n.id > ? AND NOT EXISTS (
                            SELECT 1 FROM narratives m WHERE m.narrative_id = n.narrative_id AND m.id > n.id)
                        ORDER BY n.id LIMIT ?
                        """,
                    arguments: [after, limit])
            case .run(let run):
                rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT \(NarrativeRows.columns) FROM narratives n WHERE n.id > :after AND (n.id >> 32 = :run
                            OR EXISTS (SELECT 1 FROM run_references r WHERE r.run_id = :run AND r.narrative_key = n.id))
                        ORDER BY n.id LIMIT :limit
                        """,
                    arguments: ["after": after, "run": run.rawValue, "limit": limit])
            }
            return rows.map { row in KeyedNarrative(key: row["id"], record: NarrativeRows.record(row)) }
        }
    }

    /// The highest narrative key `run` has stored: where a recode resumes.
    public func lastNarrativeKey(run: RunID) throws(StoreError) -> Int64 {
        try reading { db in
            try Int64.fetchOne(
                db, sql: "SELECT coalesce(max(narrative_id), 0) FROM (\(RunNarratives.rows(run: "?")))",
                arguments: [run.rawValue, run.rawValue, run.rawValue]) ?? 0
        }
    }

    /// The records `run` rejected, in input order.
    public func rejects(run: RunID) throws(StoreError) -> [StoredReject] {
        try reading { db in
            try Row.fetchAll(
                db, sql: "SELECT source, line, reason, record FROM rejects WHERE run_id = ? ORDER BY position",
                arguments: [run.rawValue]
            ).map { row in StoredReject(source: row[0], line: row[1], reason: row[2], record: row[3]) }
        }
    }
}

/// `narratives` rows turned into ``NarrativeRecord`` values.
enum NarrativeRows {
    /// The columns of `narratives n` a record is made of (with `source` and `line`, when
    /// selected too, as its location).
    static let columns = "n.id, n.narrative_id, n.triage_id, n.case_id, n.stage, n.date, n.level, n.text, n.dimensions"

    static func record(_ row: Row) -> NarrativeRecord {
        let stage: String? = row["stage"]
        let level: String? = row["level"]
        let source: String? = row["source"]
        let line: Int? = row["line"]
        return NarrativeRecord(
            narrativeID: row["narrative_id"], triageID: row["triage_id"], caseID: row["case_id"] ?? "",
            stage: stage.flatMap(Stage.init(rawValue:)), date: row["date"] ?? "",
            level: level.flatMap(Level.init(rawValue:)), text: row["text"],
            dimensions: DimensionsJSON.decode(row["dimensions"]) ?? [],
            location: source.map { SourceLocation(file: $0, line: line ?? 0) })
    }
}
