import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How ``TriageDatabase/startRun(_:)`` went.
public enum RunStart: Sendable, Hashable {
    /// The same work (same ``Run/workKey``) is already complete: there is nothing to do.
    case alreadyComplete(Run)
    /// The same work was stopped part-way: carry on after `run.counts.read` records.
    case resumed(Run)
    /// A new run.
    case started(Run)

    /// The run to carry on with.
    public var run: Run {
        switch self {
        case .alreadyComplete(let run), .resumed(let run), .started(let run): run
        }
    }
}

extension TriageDatabase {
    /// Starts `plan`, unless the same work was done before: in one transaction, finds the
    /// latest run with the plan's work key; when complete, returns it untouched; when
    /// incomplete and its process has ended, takes it over for `plan.processID`; otherwise
    /// begins a new run.
    /// - Throws: ``StoreError/runInProgress(_:processID:)`` when the process coding the same
    ///   work is still running.
    public func startRun(_ plan: RunPlan) throws(StoreError) -> RunStart {
        guard let key = plan.workKey else { return .started(try beginRun(plan)) }
        let found = try writing { db -> (Run, resumed: Bool)? in
            let latest = try RunRow.fetchRuns(
                db, where: "id = (SELECT max(id) FROM runs WHERE work_key = ? AND status = 'complete')", arguments: [key]
            ).first
                ?? RunRow.fetchRuns(db, where: "id = (SELECT max(id) FROM runs WHERE work_key = ?)", arguments: [key]).first
            guard var run = latest else { return nil }
            if run.status == .complete { return (run, false) }
            if let pid = run.processID, pid != plan.processID, ProcessLiveness.isRunning(pid) {
                throw StoreError.runInProgress(run.id, processID: pid)
            }
            try db.execute(sql: "UPDATE runs SET process_id = ? WHERE id = ?",
                           arguments: [plan.processID.map { Int64($0) }, run.id.rawValue])
            run.processID = plan.processID
            return (run, true)
        }
        if let (run, resumed) = found { return resumed ? .resumed(run) : .alreadyComplete(run) }
        return .started(try beginRun(plan))
    }

    /// Starts a run: stores it as `incomplete` with its inputs, and returns it.
    public func beginRun(_ plan: RunPlan) throws(StoreError) -> Run {
        let started = Date()
        let id = try writing { db -> Int64 in
            try db.execute(
                sql: """
                    INSERT INTO runs (kind, status, started_at, lexicon_name, lexicon_version, lexicon_hash,
                        lexicon_source, work_key, process_id)
                    VALUES (?, 'incomplete', ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [plan.kind.rawValue, Timestamp.text(started), plan.lexicon.name, plan.lexicon.version,
                            plan.lexicon.hash, plan.lexicon.source, plan.workKey, plan.processID.map { Int64($0) }])
            let id = db.lastInsertedRowID
            for (position, input) in plan.inputs.enumerated() {
                try db.execute(
                    sql: "INSERT INTO run_inputs (run_id, position, path, format, sha256, bytes) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [id, position, input.path, input.format, input.sha256, input.bytes])
            }
            return id
        }
        guard let run = try run(RunID(id)) else { throw .noSuchRun(RunID(id)) }
        return run
    }

    /// Marks a run complete: from now on it is the latest complete run that `coded_issues` shows.
    public func finish(_ id: RunID) throws(StoreError) {
        let finished = Date()
        try writing { db in
            try db.execute(
                sql: "UPDATE runs SET status = 'complete', finished_at = ?, process_id = NULL WHERE id = ?",
                arguments: [Timestamp.text(finished), id.rawValue])
            if db.changesCount == 0 { throw StoreError.noSuchRun(id) }
        }
    }

    /// Every run, oldest first.
    public func runs() throws(StoreError) -> [Run] {
        try reading { db in try RunRow.fetchRuns(db, where: "1", arguments: []) }
    }

    /// The run with `id`, if there is one.
    public func run(_ id: RunID) throws(StoreError) -> Run? {
        try reading { db in try RunRow.fetchRuns(db, where: "id = ?", arguments: [id.rawValue]).first }
    }

    /// The complete run that finished last: the one the `coded_issues` view shows.
    public func latestCompleteRun() throws(StoreError) -> Run? {
        try reading { db in
            try RunRow.fetchRuns(
                db, where: "id = (SELECT id FROM runs WHERE status = 'complete' ORDER BY finished_at DESC, id DESC LIMIT 1)",
                arguments: []
            ).first
        }
    }

    /// The store's narrative count and highest narrative key, which identify what
    /// `triage recode` of the whole store would code.
    public func narrativeExtent() throws(StoreError) -> (count: Int, maxKey: Int64) {
        try reading { db in
            let row = try Row.fetchOne(db, sql: "SELECT count(*), coalesce(max(id), 0) FROM narratives")
            return (row?[0] ?? 0, row?[1] ?? 0)
        }
    }
}

/// `runs` and `run_inputs` rows, turned into ``Run`` values.
struct RunRow {
    static func fetchRuns(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [Run] {
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM runs WHERE \(condition) ORDER BY id", arguments: arguments)
        var runs: [Run] = []
        for row in rows {
            let id: Int64 = row["id"]
            let inputs = try Row.fetchAll(
                db, sql: "SELECT * FROM run_inputs WHERE run_id = ? ORDER BY position", arguments: [id]
            ).map { input in
                RunInput(path: input["path"], format: input["format"], sha256: input["sha256"], bytes: input["bytes"])
            }
            let processID: Int64? = row["process_id"]
            runs.append(Run(
                id: RunID(id),
                kind: RunKind(rawValue: row["kind"]) ?? .code,
                status: RunStatus(rawValue: row["status"]) ?? .incomplete,
                startedAt: Timestamp.date(row["started_at"]) ?? Date(timeIntervalSince1970: 0),
                finishedAt: (row["finished_at"] as String?).flatMap(Timestamp.date),
                lexicon: LexiconIdentity(
                    name: row["lexicon_name"], version: row["lexicon_version"], hash: row["lexicon_hash"],
                    source: row["lexicon_source"]),
                inputs: inputs,
                counts: RunCounts(read: row["read"], coded: row["coded"], rejected: row["rejected"], issues: row["issues"],
                                  codes: row["codes"]),
                workKey: row["work_key"],
                processID: processID.map { Int32(truncatingIfNeeded: $0) }))
        }
        return runs
    }
}

/// Whether the process that started a run is still running.
enum ProcessLiveness {
    static func isRunning(_ pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}

/// Times as the store writes them: ISO 8601 UTC with milliseconds, which sort as text
/// (`2024-03-01T09:30:00.250Z`). Written and read by hand rather than with
/// `ISO8601DateFormatter`, whose ICU data adds megabytes to a run's memory (measured).
enum Timestamp {
    static func text(_ date: Date) -> String {
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded(.down)
        var seconds = time_t((milliseconds / 1000).rounded(.down))
        let millisecond = Int(milliseconds - Double(seconds) * 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func digits(_ value: Int, _ count: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, count - text.count)) + text
        }
        return digits(Int(parts.tm_year) + 1900, 4) + "-" + digits(Int(parts.tm_mon) + 1, 2) + "-"
            + digits(Int(parts.tm_mday), 2) + "T" + digits(Int(parts.tm_hour), 2) + ":" + digits(Int(parts.tm_min), 2)
            + ":" + digits(Int(parts.tm_sec), 2) + "." + digits(millisecond, 3) + "Z"
    }

    /// Reads what ``text(_:)`` writes, with or without the fraction of a second; nil otherwise.
    static func date(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        func byte(_ index: Int, is expected: Character) -> Bool {
            index < bytes.count && bytes[index] == expected.asciiValue
        }
        guard let year = number(0..<4), byte(4, is: "-"), let month = number(5..<7), byte(7, is: "-"),
            let day = number(8..<10), byte(10, is: "T"), let hour = number(11..<13), byte(13, is: ":"),
            let minute = number(14..<16), byte(16, is: ":"), let second = number(17..<19)
        else { return nil }
        var index = 19
        var fraction = 0.0
        if byte(index, is: ".") {
            var scale = 0.1
            index += 1
            while index < bytes.count, let digit = number(index..<(index + 1)) {
                fraction += Double(digit) * scale
                scale /= 10
                index += 1
            }
        }
        guard byte(index, is: "Z"), index + 1 == bytes.count else { return nil }
        var parts = tm()
        parts.tm_year = Int32(year - 1900)
        parts.tm_mon = Int32(month - 1)
        parts.tm_mday = Int32(day)
        parts.tm_hour = Int32(hour)
        parts.tm_min = Int32(minute)
        parts.tm_sec = Int32(second)
        return Date(timeIntervalSince1970: Double(timegm(&parts)) + fraction)
    }
}
