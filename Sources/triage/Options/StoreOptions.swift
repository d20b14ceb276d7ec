import ArgumentParser
import Foundation
import TriageStore

/// `--db PATH`, shared by every command that reads or writes the store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The SQLite store (created owner-only when missing).", valueName: "path"))
    var db: String = TriageDatabase.defaultPath

    /// Opens (or creates) the store, printing the error to standard error on failure.
    func open() throws -> TriageDatabase {
        do throws(StoreError) {
            return try TriageDatabase(path: db)
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
    }

    /// Opens an existing store to add to it (`triage recode`); a missing file is an error.
    func openExisting() throws -> TriageDatabase {
        try requireFile()
        return try open()
    }

    /// Opens an existing store read-only, so it never waits for a run that is coding.
    func openForReading() throws -> TriageDatabase {
        try requireFile()
        do throws(StoreError) {
            return try TriageDatabase(readingFrom: db)
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
    }

    private func requireFile() throws {
        guard FileManager.default.fileExists(atPath: db) else {
            Console.error("\(db): error: no store here; code some narratives first with `triage code INPUT`, or choose a store with --db")
            throw ExitCode.failure
        }
    }

    /// The default rejects file: `triage-rejects.csv` in the store's directory.
    var defaultRejectsPath: String {
        let directory = (db as NSString).deletingLastPathComponent
        return directory.isEmpty ? "triage-rejects.csv" : directory + "/triage-rejects.csv"
    }
}

/// Runs a store call, printing its error to standard error and exiting 1 on failure.
func storeCall<T>(_ body: () throws(StoreError) -> T) throws -> T {
    do throws(StoreError) {
        return try body()
    } catch {
        Console.error(error.description)
        throw ExitCode.failure
    }
}
