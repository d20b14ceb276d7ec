import GRDB

/// The store's schema, made by migrations `v1`, `v2`… Once shipped, a migration is never
/// edited: a change to the schema is a new migration. Migrations use SQL string literals
/// only, never the app's record types, so they stay valid whatever the code becomes.
///
/// Tables (since `v2`):
/// - `narratives`: one row per distinct narrative content (`narrative_id` plus
///   `content_hash`, an XXH64 of every field as a signed integer), so re-coding
///   the same input stores nothing twice; `dimensions` is a JSON object of the input's extra
///   columns (`{"locality":"North"}`). The row is also the first run's coding of it: its
///   `id` is `(run_id << 32) | position` in that run, `source` and `line` where that run
///   read it, and `issues` the codes it found, as JSON (NULL when none; see ``IssuesJSON``).
///   So storing a new narrative is one row.
/// - `run_references`: a run's narratives whose content an earlier run stored:
///   `narrative_key` is their `narratives.id`, with the same `source`, `line` and `issues`.
/// - `runs`: one row per `triage code` or `triage recode`, with the lexicon's name,
///   version and SHA-256, its counts, and `status` `incomplete` until it finishes.
/// - `run_inputs`: the files a run read, with their SHA-256.
/// - `rejects`: every input record a run could not use, with the reason.
/// - `dimension_names`: every dimension name seen, which the views pivot into columns.
///
/// Views with the columns `v1` had as tables:
/// - `run_narratives`: which narratives each run coded, in input order (`position`),
///   where each was in its input (`source`, `line`), and its codes (`issues`); its
///   `narrative_id` is the `narratives.id` key.
/// - `run_issues`: one row per code found in a narrative (any status): `run_id`,
///   `narrative_id` (the key), `code`, `ordinal` (lexicon order), `status`, `level` and
///   primary evidence (`term`, `term_start`, `term_end`: Unicode scalar offsets into the
///   narrative, end-exclusive, so `substr(text, term_start + 1, term_end - term_start)` is
///   the matched text).
/// - `run_evidence`: every mention behind each code (`ordinal`, `term`, `term_start`,
///   `term_end`, `status`), with the context trigger that set it aside, if any
///   (`trigger_kind`, `trigger_phrase`, `trigger_start`, `trigger_end`).
///
/// And for analysts: `coded_issues` (the latest complete run), `run_coded_issues` (every
/// run), and `narrative_dimensions`; see ``ViewBuilder``.
///
/// `v1`, never released, stored four rows or more per narrative; `v2` replaces its tables
/// when it holds no run, and otherwise the store is refused with
/// ``StoreError/olderSchema(path:)``, which says to code the inputs again into a new store.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: v1)
            try db.execute(sql: v1Views)
        }
        migrator.registerMigration("v2") { db in
            // TriageDatabase refuses a v1 store that holds runs before migrating; this
            // guards any other way in.
            guard try Int.fetchOne(db, sql: "SELECT count(*) FROM runs") == 0 else {
                throw DatabaseError(resultCode: .SQLITE_ERROR, message: "a v1 store with runs cannot be converted")
            }
            try db.execute(sql: v2)
            let names = try String.fetchAll(db, sql: "SELECT name FROM dimension_names ORDER BY id")
            try ViewBuilder.rebuild(db, dimensionNames: names)
        }
        return migrator
    }

    static let v1 = """
        CREATE TABLE narratives (
            id INTEGER PRIMARY KEY,
            narrative_id TEXT NOT NULL,
            triage_id TEXT NOT NULL,
            case_id TEXT,
            stage TEXT CHECK (stage IN ('assessment', 'closure')),
            date TEXT,
            level TEXT CHECK (level IN ('blue', 'green', 'yellow', 'orange', 'red')),
            text TEXT NOT NULL,
            dimensions TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(dimensions)),
            content_hash TEXT NOT NULL,
            UNIQUE (narrative_id, content_hash)
        );

        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('code', 'recode')),
            status TEXT NOT NULL CHECK (status IN ('complete', 'incomplete')),
            started_at TEXT NOT NULL,
            finished_at TEXT,
            lexicon_name TEXT NOT NULL,
            lexicon_version TEXT NOT NULL,
            lexicon_hash TEXT NOT NULL,
            lexicon_source TEXT NOT NULL,
            work_key TEXT,
            process_id INTEGER,
            read INTEGER NOT NULL DEFAULT 0,
            coded INTEGER NOT NULL DEFAULT 0,
            rejected INTEGER NOT NULL DEFAULT 0,
            issues INTEGER NOT NULL DEFAULT 0,
            codes INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX runs_by_work_key ON runs (work_key);

        CREATE TABLE run_inputs (
            run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            path TEXT NOT NULL,
            format TEXT NOT NULL,
            sha256 TEXT,
            bytes INTEGER,
            PRIMARY KEY (run_id, position)
        ) WITHOUT ROWID;

        CREATE TABLE run_narratives (
            run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            narrative_id INTEGER NOT NULL REFERENCES narratives (id),
            source TEXT,
            line INTEGER,
            PRIMARY KEY (run_id, position),
            UNIQUE (run_id, narrative_id)
        ) WITHOUT ROWID;

        CREATE TABLE run_issues (
            run_id INTEGER NOT NULL,
            narrative_id INTEGER NOT NULL,
            code TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('present', 'negated', 'historical', 'hypothetical')),
            level TEXT NOT NULL CHECK (level IN ('blue', 'green', 'yellow', 'orange', 'red')),
            term TEXT NOT NULL,
            term_start INTEGER NOT NULL,
            term_end INTEGER NOT NULL,
            PRIMARY KEY (run_id, narrative_id, code),
            FOREIGN KEY (run_id, narrative_id) REFERENCES run_narratives (run_id, narrative_id) ON DELETE CASCADE
        ) WITHOUT ROWID;

        CREATE TABLE run_evidence (
            run_id INTEGER NOT NULL,
            narrative_id INTEGER NOT NULL,
            code TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            term TEXT NOT NULL,
            term_start INTEGER NOT NULL,
            term_end INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('present', 'negated', 'historical', 'hypothetical')),
            trigger_kind TEXT CHECK (trigger_kind IN ('negation', 'historical', 'hypothetical')),
            trigger_phrase TEXT,
            trigger_start INTEGER,
            trigger_end INTEGER,
            PRIMARY KEY (run_id, narrative_id, code, ordinal)
        ) WITHOUT ROWID;

        CREATE TABLE rejects (
            run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            source TEXT NOT NULL,
            line INTEGER,
            reason TEXT NOT NULL,
            record TEXT NOT NULL,
            PRIMARY KEY (run_id, position)
        ) WITHOUT ROWID;

        CREATE TABLE dimension_names (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE
        );
        """

    /// The views `v1` made (as ``ViewBuilder`` made them then, with no dimension columns).
    static let v1Views = """
        CREATE VIEW run_coded_issues AS
        SELECT i.run_id, n.narrative_id, n.triage_id, n.case_id, n.stage, n.date, i.level, i.code, i.status,
            n.level AS box, i.term, i.term_start, i.term_end, n.id AS narrative_key, n.dimensions
        FROM run_issues i
        JOIN narratives n ON n.id = i.narrative_id;
        CREATE VIEW coded_issues AS
        SELECT i.run_id, n.narrative_id, n.triage_id, n.case_id, n.stage, n.date, i.level, i.code, i.status,
            n.level AS box, i.term, i.term_start, i.term_end, n.id AS narrative_key, n.dimensions
        FROM run_issues i
        JOIN narratives n ON n.id = i.narrative_id
        WHERE i.run_id = (SELECT id FROM runs WHERE status = 'complete' ORDER BY finished_at DESC, id DESC LIMIT 1);
        CREATE VIEW narrative_dimensions AS
        SELECT n.id AS narrative_key, n.narrative_id, d.key AS name, d.value AS value
        FROM narratives n, json_each(n.dimensions) d;
        """

    /// `v1`'s tables replaced: one row per new narrative, its codes as JSON.
    static let v2 = """
        DROP VIEW IF EXISTS coded_issues;
        DROP VIEW IF EXISTS run_coded_issues;
        DROP VIEW IF EXISTS narrative_dimensions;
        DROP TABLE run_evidence;
        DROP TABLE run_issues;
        DROP TABLE run_narratives;
        DROP TABLE narratives;

        CREATE TABLE narratives (
            id INTEGER PRIMARY KEY,
            narrative_id TEXT NOT NULL,
            triage_id TEXT NOT NULL,
            case_id TEXT,
            stage TEXT CHECK (stage = 'assessment' OR stage = 'closure'),
            date TEXT,
            level TEXT CHECK (level = 'blue' OR level = 'green' OR level = 'yellow' OR level = 'orange' OR level = 'red'),
            text TEXT NOT NULL,
            dimensions TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(dimensions)),
            content_hash INTEGER NOT NULL,
            source TEXT,
            line INTEGER,
            issues TEXT,
            UNIQUE (narrative_id, content_hash)
        );

        CREATE TABLE run_references (
            run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            narrative_key INTEGER NOT NULL REFERENCES narratives (id),
            source TEXT,
            line INTEGER,
            issues TEXT,
            PRIMARY KEY (run_id, position),
            UNIQUE (run_id, narrative_key)
        ) WITHOUT ROWID;

        CREATE VIEW run_narratives AS
        SELECT id >> 32 AS run_id, id & 4294967295 AS position, id AS narrative_id, source, line, issues FROM narratives
        UNION ALL
        SELECT run_id, position, narrative_key, source, line, issues FROM run_references;

        CREATE VIEW run_issues AS
        SELECT rn.run_id, rn.narrative_id, i.value ->> 0 AS code, i.key AS ordinal, i.value ->> 1 AS status,
            i.value ->> 2 AS level, i.value ->> 3 AS term, i.value ->> 4 AS term_start, i.value ->> 5 AS term_end
        FROM run_narratives rn
        JOIN json_each(rn.issues) i;

        CREATE VIEW run_evidence AS
        SELECT rn.run_id, rn.narrative_id, i.value ->> 0 AS code, e.key AS ordinal, e.value ->> 0 AS term,
            e.value ->> 1 AS term_start, e.value ->> 2 AS term_end, e.value ->> 3 AS status, e.value ->> 4 AS trigger_kind,
            e.value ->> 5 AS trigger_phrase, e.value ->> 6 AS trigger_start, e.value ->> 7 AS trigger_end
        FROM run_narratives rn
        JOIN json_each(rn.issues) i
        JOIN json_each(coalesce(i.value -> 6, json_array(json_array(i.value ->> 3, i.value ->> 4, i.value ->> 5,
            i.value ->> 1)))) e;
        """
}
