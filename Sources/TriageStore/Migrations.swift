import GRDB

/// The store's schema, made by migrations `v1`, `v2`… Once shipped, a migration is never
/// edited: a change to the schema is a new migration. Migrations use SQL string literals
/// only, never the app's record types, so they stay valid whatever the code becomes.
///
/// Tables (`v1`):
/// - `narratives`: one row per distinct narrative content (`narrative_id` plus a content
///   hash of every field), so re-coding the same input stores nothing twice; `dimensions`
///   is a JSON object of the input's extra columns (`{"locality":"North"}`).
/// - `runs`: one row per `triage code` or `triage recode`, with the lexicon's name,
///   version and SHA-256, its counts, and `status` `incomplete` until it finishes.
/// - `run_inputs`: the files a run read, with their SHA-256.
/// - `run_narratives`: which narratives a run coded, in input order (`position`), and
///   where each was in its input (`source`, `line`).
/// - `run_issues`: one row per code found in a narrative (any status), with its level
///   and primary evidence (`term`, `term_start`, `term_end`: Unicode scalar offsets into
///   the narrative, end-exclusive, so `substr(text, term_start + 1, term_end - term_start)`
///   is the matched text).
/// - `run_evidence`: every mention behind each code, with the context trigger that set it
///   aside, if any.
/// - `rejects`: every input record a run could not use, with the reason.
/// - `dimension_names`: every dimension name seen, which the views pivot into columns.
///
/// Views: `coded_issues` (the latest complete run), `run_coded_issues` (every run), and
/// `narrative_dimensions`; see ``ViewBuilder``.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: v1)
            try ViewBuilder.rebuild(db, dimensionNames: [])
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
}
