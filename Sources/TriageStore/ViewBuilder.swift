import Foundation
import GRDB

/// The views analysts query with plain SQL. They are rebuilt (not migrated) whenever a
/// run brings a dimension name the store has not seen, so each dimension becomes a column.
///
/// - `run_coded_issues`: one row per code found, in any status, in every run: `run_id`,
///   `narrative_id`, `triage_id`, `case_id`, `stage`, `date`, `level` (the issue's level),
///   `code`, `status`, `box` (the level box the narrative was written in, NULL for free
///   text), `term`, `term_start`, `term_end`, `narrative_key` (`narratives.id`, to join the
///   text or the evidence), `dimensions` (JSON), then one column per
///   dimension (`locality`, `worker`…; a name that clashes with a column above gets a
///   `dim_` prefix).
/// - `coded_issues`: the same columns for the latest complete run only (the complete run
///   that finished last).
/// - `narrative_dimensions`: `narrative_key` (`narratives.id`), `narrative_id`, `name`,
///   `value`: one row per dimension of each stored narrative.
///
/// ```sql
/// SELECT locality, code, count(*) FROM coded_issues WHERE status = 'present' GROUP BY 1, 2;
/// ```
enum ViewBuilder {
    static let fixedColumns: Set<String> = [
        "run_id", "narrative_id", "triage_id", "case_id", "stage", "date", "level", "code", "status", "box", "term",
        "term_start", "term_end", "narrative_key", "dimensions",
    ]

    /// The SQL column names for `names`: clashes prefixed with `dim_`, case-insensitive
    /// duplicates and names SQLite's JSON paths cannot quote left out.
    static func columns(for names: [String]) -> [(name: String, column: String)] {
        var used = Set(fixedColumns)
        var result: [(name: String, column: String)] = []
        for name in names where !name.isEmpty && !name.contains("\"") {
            var column = name.lowercased()
            if used.contains(column) { column = "dim_" + column }
            guard used.insert(column).inserted else { continue }
            result.append((name, column))
        }
        return result
    }

    static func rebuild(_ db: Database, dimensionNames: [String]) throws {
        let pivot = columns(for: dimensionNames).map { name, column in
            ",\n    json_extract(n.dimensions, '$.\"\(name.replacingOccurrences(of: "'", with: "''"))\"') AS \"\(column)\""
        }.joined()
        let columns = """
            SELECT rn.run_id, n.narrative_id, n.triage_id, n.case_id, n.stage, n.date, i.value ->> 2 AS level,
                i.value ->> 0 AS code, i.value ->> 1 AS status, n.level AS box, i.value ->> 3 AS term,
                i.value ->> 4 AS term_start, i.value ->> 5 AS term_end, n.id AS narrative_key, n.dimensions\(pivot)
            """
        let latest = "SELECT id FROM runs WHERE status = 'complete' ORDER BY finished_at DESC, id DESC LIMIT 1"
        try db.execute(sql: """
            DROP VIEW IF EXISTS coded_issues;
            DROP VIEW IF EXISTS run_coded_issues;
            DROP VIEW IF EXISTS narrative_dimensions;
            CREATE VIEW run_coded_issues AS
            \(columns)
            FROM run_narratives rn
            JOIN json_each(rn.issues) i
            JOIN narratives n ON n.id = rn.narrative_id;
            CREATE VIEW coded_issues AS
            \(columns)
            FROM (\(RunNarratives.rows(run: latest))) rn
            JOIN json_each(rn.issues) i
            JOIN narratives n ON n.id = rn.narrative_id;
            CREATE VIEW narrative_dimensions AS
            SELECT n.id AS narrative_key, n.narrative_id, d.key AS name, d.value AS value
            FROM narratives n, json_each(n.dimensions) d;
            """)
    }

    /// Rebuilds the views when `names` holds a dimension not yet recorded.
    static func record(_ db: Database, dimensionNames names: [String]) throws {
        var added = false
        let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO dimension_names (name) VALUES (?)")
        for name in names {
            try insert.execute(arguments: [name])
            if db.changesCount > 0 { added = true }
        }
        if added {
            let all = try String.fetchAll(db, sql: "SELECT name FROM dimension_names ORDER BY id")
            try rebuild(db, dimensionNames: all)
        }
    }
}
