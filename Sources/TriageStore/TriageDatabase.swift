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
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16000; PRAGMA temp_store = FILE")
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
        try Self.migrate(pool, path: path)
    }

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
