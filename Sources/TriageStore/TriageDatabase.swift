import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The SQLite store of narratives, runs, their codes and their rejects.
///
/// One file, created owner-only (0600) because it holds narratives about children, in WAL
/// mode so readers never block the writer; a second process that writes at the same time
/// waits for the first (busy timeout) rather than failing. The schema is made by
/// ``Migrations`` and documented there; analysts query the views built by ``ViewBuilder``.
///
/// ```swift
/// let store = try TriageDatabase(path: "triage.sqlite")
/// let run = try store.beginRun(plan)
/// var batch = RunBatch(run: run.id)
/// batch.add(record, coder.code(record.text, box: record.level))
/// try store.write(batch)
/// try store.finish(run.id)
/// ```
public struct TriageDatabase: Sendable {
    /// `./triage.sqlite`, the store every command uses unless given `--db`.
    public static let defaultPath = "triage.sqlite"

    let writer: any DatabaseWriter
    /// The narrative ids of the run being written, kept between batches.
    let membership = RunMembership()
    /// Checkpoints the write-ahead log after each batch, off the writing thread; nil when read-only.
    let checkpointer: Checkpointer?
    /// The database file.
    public let path: String

    /// Opens the store at `path`, creating it (mode 0600) and its schema when needed.
    /// - Parameter busyTimeout: how long a write waits for another process's write, in seconds.
    /// - Throws: ``StoreError`` when the file cannot be created or is not a triage store.
    public init(path: String, busyTimeout: Double = 60) throws(StoreError) {
        self.path = path
        try Self.createOwnerOnly(path)
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.label = "triage-store"
        config.prepareDatabase { db in
            // WAL with synchronous=NORMAL never corrupts the file when a process is killed;
            // it may lose the last transaction on power loss, which a rerun redoes.
            // 16 KiB pages (for a new file: SQLite ignores this once a file has pages) hold
            // forty narratives each, and halve the cost of writing them out. Checkpoints are
            // left to the Checkpointer.
            try db.execute(sql: """
                PRAGMA page_size = 16384; PRAGMA synchronous = NORMAL; PRAGMA temp_store = FILE;
                PRAGMA wal_autocheckpoint = 0; \(Self.cacheSize)
                """)
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notAStore(path: path, reason: "not an SQLite database")
        } catch {
            throw .cannotOpen(path: path, reason: Self.message(error))
        }
        writer = pool
        checkpointer = Checkpointer(path: path)
        try Self.migrate(pool, path: path)
        // SQLite turns a cache size in KiB into pages with the page size it knows: for a new
        // file, 4 KiB until the first write, so set it again now pages are 16 KiB.
        do {
            try pool.writeWithoutTransaction { db in try db.execute(sql: Self.cacheSize) }
        } catch {
            throw .cannotOpen(path: path, reason: Self.message(error))
        }
    }

    /// At most 8 MiB of pages cached per connection: appends touch few pages, and more cache
    /// only adds to the memory a run takes.
    private static let cacheSize = "PRAGMA cache_size = -8192"

    /// Opens an existing store for reading only: no write lock is ever taken, so listing,
    /// exporting and comparing runs never waits for a run that is coding.
    /// - Throws: ``StoreError`` when there is no store at `path` or it is not one.
    public init(readingFrom path: String) throws(StoreError) {
        self.path = path
        guard access(path, F_OK) == 0 else {
            throw .cannotOpen(path: path, reason: "no such file")
        }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(60)
        config.label = "triage-store-reader"
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: config)
            try pool.read { db in
                let migrator = Migrations.migrator
                if try migrator.hasBeenSuperseded(db) { throw StoreError.newerSchema(path: path) }
                try Self.refuseV1WithRuns(db, path: path)
                guard try migrator.hasCompletedMigrations(db) else {
                    throw StoreError.notAStore(path: path, reason: "its schema is missing or older; open it once with `triage code` to upgrade it")
                }
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notAStore(path: path, reason: "not an SQLite database")
        } catch {
            throw .cannotOpen(path: path, reason: Self.message(error))
        }
        writer = pool
        checkpointer = nil
    }

    private static func migrate(_ pool: DatabasePool, path: String) throws(StoreError) {
        let migrator = Migrations.migrator
        do {
            try pool.write { db in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                let ours = Set(["grdb_migrations", "narratives", "runs"])
                if !tables.isEmpty && !Set(tables).isSuperset(of: ours) {
                    throw StoreError.notAStore(path: path, reason: "it has other tables")
                }
                if try migrator.hasBeenSuperseded(db) { throw StoreError.newerSchema(path: path) }
                try refuseV1WithRuns(db, path: path)
            }
            try migrator.migrate(pool)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notAStore(path: path, reason: "not an SQLite database")
        } catch {
            throw .cannotOpen(path: path, reason: message(error))
        }
    }

    /// A schema `v1` store that holds runs cannot be converted (see ``Migrations``).
    private static func refuseV1WithRuns(_ db: Database, path: String) throws {
        guard try db.tableExists("grdb_migrations") else { return }
        let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        if applied == ["v1"], try Int.fetchOne(db, sql: "SELECT count(*) FROM runs") ?? 0 > 0 {
            throw StoreError.olderSchema(path: path)
        }
    }

    /// Creates an empty file with mode 0600 when none exists, so SQLite (which gives its
    /// `-wal` and `-shm` files the database's mode) never makes a world-readable store.
    private static func createOwnerOnly(_ path: String) throws(StoreError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd >= 0 {
            close(fd)
            return
        }
        if errno == EEXIST { return }
        throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }

    /// Runs `body` in a read; GRDB's errors become ``StoreError``.
    func reading<T>(_ body: @Sendable (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(Self.message(error))
        }
    }

    /// Runs `body` in one write transaction; GRDB's errors become ``StoreError``.
    func writing<T>(_ body: @Sendable (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(Self.message(error))
        }
    }

    /// GRDB's message (which names the statement but never its argument values).
    static func message(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? "\(error.resultCode)"
        }
        return "\(error)"
    }

    /// `PRAGMA integrity_check` and `PRAGMA foreign_key_check`: "ok" when the file is sound
    /// and every row refers to rows that exist; otherwise the problems, one a line.
    public func integrityCheck() throws(StoreError) -> String {
        try reading { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            let keys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
                "\(row[0] as String? ?? "?") row \(row[1] as Int64? ?? 0) refers to a missing \(row[2] as String? ?? "?") row"
            }
            if integrity == ["ok"] && keys.isEmpty { return "ok" }
            return (integrity.filter { $0 != "ok" } + keys).joined(separator: "\n")
        }
    }
}
