public import Foundation

/// Why the store could not do what was asked, and what to do about it.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// The database file could not be created or opened.
    case cannotOpen(path: String, reason: String)
    /// The file is not a triage store (another SQLite file, or not SQLite at all).
    case notAStore(path: String, reason: String)
    /// The store was written by a newer version of triage.
    case newerSchema(path: String)
    /// The store was written by an earlier development version of triage (schema v1),
    /// whose runs this version cannot read.
    case olderSchema(path: String)
    /// An input file could not be read to hash it.
    case unreadable(path: String, reason: String)
    /// No run has this id.
    case noSuchRun(RunID)
    /// A command needs a complete run and there is none.
    case noCompleteRun(path: String)
    /// Another process is coding the same work right now.
    case runInProgress(RunID, processID: Int32)
    /// SQLite failed: the message says which statement (never the values).
    case database(String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "\(path): error: cannot open the store: \(reason); check the directory exists and is writable, or choose another with --db"
        case .notAStore(let path, let reason):
            "\(path): error: not a triage store (\(reason)); choose another file with --db"
        case .newerSchema(let path):
            "\(path): error: the store was written by a newer version of triage; use that version, or another file with --db"
        case .olderSchema(let path):
            "\(path): error: the store was made by an earlier development version of triage, whose runs this version "
                + "cannot read; move it aside and code the inputs again into a new store, or choose another file with --db"
        case .unreadable(let path, let reason):
            "\(path): error: cannot read the input: \(reason); check the path and permissions"
        case .noSuchRun(let id):
            "error: there is no run \(id); `triage runs` lists the runs of this store"
        case .noCompleteRun(let path):
            "\(path): error: the store has no complete run yet; code some narratives first with `triage code INPUT`"
        case .runInProgress(let id, let pid):
            "error: run \(id) on the same inputs and lexicon is being coded by process \(pid); wait for it to finish, then run again"
        case .database(let message):
            "error: the store failed: \(message)"
        }
    }

    public var errorDescription: String? { description }
}
