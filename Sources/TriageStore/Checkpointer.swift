import Foundation
import GRDBSQLite

/// Copies committed pages from the write-ahead log into the database file on a background
/// queue, through a connection of its own, so the thread that stores batches never waits
/// for it. (SQLite's automatic checkpoint, turned off in ``TriageDatabase``, runs inside a
/// commit, with two fsyncs: a fifth or more of the writer's time on the benchmark, measured.)
///
/// A passive checkpoint neither waits for nor blocks readers and writers; what it cannot
/// copy yet is copied by the next one, or when the store is closed.
final class Checkpointer: @unchecked Sendable {
    /// `@unchecked Sendable`: `connection` is only touched on `queue`, `requested` only
    /// while holding `lock`.
    private let path: String
    private let queue = DispatchQueue(label: "triage.store-checkpoint")
    private let lock = NSLock()
    private var requested = false
    private var connection: OpaquePointer?

    init(path: String) {
        self.path = path
    }

    /// Starts a checkpoint soon, unless one is already waiting to start.
    func request() {
        let start: Bool = lock.withLock {
            defer { requested = true }
            return !requested
        }
        guard start else { return }
        queue.async { [self] in
            lock.withLock { requested = false }
            checkpoint()
        }
    }

    /// Waits until the checkpoints requested so far have run (for tests).
    func waitUntilIdle() {
        queue.sync {}
    }

    /// Runs on `queue`. Failures are left for the next checkpoint, or the one SQLite runs
    /// when the store is closed: a checkpoint only moves pages the log already holds.
    private func checkpoint() {
        if connection == nil {
            var handle: OpaquePointer?
            // A read makes the new connection find the log (until then it is not in WAL mode).
            guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK,
                sqlite3_exec(handle, "SELECT count(*) FROM sqlite_master", nil, nil, nil) == SQLITE_OK
            else {
                sqlite3_close(handle)
                return
            }
            connection = handle
        }
        sqlite3_wal_checkpoint_v2(connection, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
    }

    /// Each queued checkpoint holds the checkpointer, so none is queued or running (but
    /// perhaps returning, on `queue`) once it is released.
    deinit {
        if let connection { sqlite3_close(connection) }
    }
}
