import GRDB
import TriageCore

extension TriageDatabase {
    /// The narratives whose codes, statuses or levels differ between `runA` and `runB`.
    ///
    /// Both runs are read in `narrative_id` order and merged, so memory holds the changes
    /// only, not the runs.
    public func diff(runA: RunID, runB: RunID) throws(StoreError) -> RunDiff {
        for id in [runA, runB] where try run(id) == nil { throw .noSuchRun(id) }
        return try reading { db in
            var diff = RunDiff(runA: runA, runB: runB)
            var counts: [Code: CodeChangeCounts] = [:]
            var a = try IssueStream(db, run: runA)
            var b = try IssueStream(db, run: runB)
            var left = try a.next()
            var right = try b.next()
            while left != nil || right != nil {
                if let l = left, right == nil || l.id < right!.id {
                    diff.onlyInA += 1
                    left = try a.next()
                } else if let r = right, left == nil || r.id < left!.id {
                    diff.onlyInB += 1
                    right = try b.next()
                } else if let l = left, let r = right {
                    diff.compared += 1
                    compare(l, r, into: &diff, counts: &counts)
                    left = try a.next()
                    right = try b.next()
                }
            }
            diff.counts = counts.values.sorted { $0.code < $1.code }
            return diff
        }
    }

    private func compare(
        _ a: IssueStream.Narrative, _ b: IssueStream.Narrative, into diff: inout RunDiff,
        counts: inout [Code: CodeChangeCounts]
    ) {
        let codes = Set(a.issues.keys).union(b.issues.keys).sorted()
        for code in codes {
            var count = counts[code] ?? CodeChangeCounts(code: code)
            let before = a.issues[code], after = b.issues[code]
            if before?.status == .present { count.presentBefore += 1 }
            if after?.status == .present { count.presentAfter += 1 }
            var kind: CodeChange.Kind?
            switch (before, after) {
            case (nil, .some): kind = .added; count.added += 1
            case (.some, nil): kind = .removed; count.removed += 1
            case (.some(let x), .some(let y)) where x.status != y.status: kind = .status; count.status += 1
            case (.some(let x), .some(let y)) where x.level != y.level: kind = .level; count.level += 1
            default: break
            }
            counts[code] = count
            if let kind {
                diff.changes.append(CodeChange(narrativeID: a.id, code: code, kind: kind, before: before, after: after))
            }
        }
    }
}

/// One run's narratives with their codes, in `narrative_id` order.
struct IssueStream {
    struct Narrative {
        var id: String
        var issues: [Code: (status: MentionStatus, level: Level)]
    }

    private let cursor: RowCursor
    private var pending: (id: String, code: String?, status: String?, level: String?)?

    init(_ db: Database, run: RunID) throws {
        cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT n.narrative_id, i.value ->> 0 AS code, i.value ->> 1, i.value ->> 2
                FROM (\(RunNarratives.rows(run: ":run"))) rn
                JOIN narratives n ON n.id = rn.narrative_id
                LEFT JOIN json_each(rn.issues) i
                ORDER BY n.narrative_id, code
                """,
            arguments: ["run": run.rawValue])
        pending = try Self.fetch(cursor)
    }

    private static func fetch(_ cursor: RowCursor) throws -> (id: String, code: String?, status: String?, level: String?)? {
        guard let row = try cursor.next() else { return nil }
        return (row[0], row[1], row[2], row[3])
    }

    mutating func next() throws -> Narrative? {
        guard let first = pending else { return nil }
        var narrative = Narrative(id: first.id, issues: [:])
        var row: (id: String, code: String?, status: String?, level: String?)? = first
        while let current = row, current.id == first.id {
            if let code = current.code, let status = current.status.flatMap(MentionStatus.init(rawValue:)),
                let level = current.level.flatMap(Level.init(rawValue:))
            {
                narrative.issues[Code(rawValue: code)] = (status, level)
            }
            row = try Self.fetch(cursor)
        }
        pending = row
        return narrative
    }
}
