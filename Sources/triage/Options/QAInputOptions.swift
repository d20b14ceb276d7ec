import ArgumentParser
import Foundation
import TriageCore
import TriageIO
import TriageStore

/// Where the QA commands read narratives: INPUT files (`--input-format`), or a store
/// (`--db PATH [--run ID]`).
struct QAInputOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The format of every INPUT, when its extension does not say: \(NarrativeInputFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
        valueName: "format"))
    var inputFormat: String?

    @Option(help: ArgumentHelp("Read the narratives stored in this triage store instead of INPUT files.", valueName: "path"))
    var db: String?

    @Option(help: ArgumentHelp("With --db, only the narratives of this run (default: every stored narrative, latest version of each).", valueName: "id"))
    var run: Int64?
}

/// Reads the narratives the QA commands work on, from INPUT files or a store.
enum QAInputs {
    /// How many records were read and rejected.
    struct Counts {
        var read = 0
        var rejected = 0

        /// Exit status 2 when records were rejected (after the output is written).
        func exitIfRejected() throws {
            if rejected > 0 {
                Console.error("\(rejected) of \(read) records rejected; the report covers the others.")
                throw ExitCode(2)
            }
        }
    }

    static func validate(inputs: [String], source store: QAInputOptions) throws {
        if let format = store.inputFormat, NarrativeInputFormat(rawValue: format.lowercased()) == nil {
            throw ValidationError("unknown --input-format '\(format)'; use one of \(NarrativeInputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if store.inputFormat != nil && store.db != nil { throw ValidationError("--input-format is for INPUT files, not --db") }
        if store.db != nil && !inputs.isEmpty { throw ValidationError("give INPUT files or --db, not both") }
        if store.db == nil && inputs.isEmpty { throw ValidationError("give at least one INPUT file (or --db PATH)") }
        if store.run != nil && store.db == nil { throw ValidationError("--run needs --db") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input ('-') can be read only once") }
    }

    /// Calls `body` with every narrative; rejected records are reported on standard error.
    static func forEach(inputs: [String], source store: QAInputOptions, _ body: (NarrativeRecord) -> Void) throws -> Counts {
        if let db = store.db { return try forEachStored(db, run: store.run.map { RunID($0) }, body) }
        let format = store.inputFormat.flatMap { NarrativeInputFormat(rawValue: $0.lowercased()) }
        return try forEach(inputs: inputs, format: format, body)
    }

    /// Calls `body` with every narrative of the INPUT files; rejected records are reported on standard error.
    static func forEach(inputs: [String], format: NarrativeInputFormat? = nil, _ body: (NarrativeRecord) -> Void) throws -> Counts {
        var counts = Counts()
        for path in inputs {
            do throws(InputError) {
                let reader = try NarrativeInput.open(path: path, format: format)
                while let result = try reader.next() {
                    counts.read += 1
                    switch result {
                    case .record(let record): body(record)
                    case .rejected(let error, _):
                        counts.rejected += 1
                        Console.error(error.description)
                    }
                }
            } catch {
                Console.error(error.description)
                if counts.read == 0 { throw ExitCode.failure }
                counts.rejected += 1
            }
        }
        return counts
    }

    private static func forEachStored(_ path: String, run: RunID?, _ body: (NarrativeRecord) -> Void) throws -> Counts {
        guard FileManager.default.fileExists(atPath: path) else {
            Console.error("error: no triage store at '\(path)'; give the path of a store that 'triage code --db' wrote")
            throw ExitCode.failure
        }
        var counts = Counts()
        do throws(StoreError) {
            let database = try TriageDatabase(path: path)
            if let run, try database.run(run) == nil { throw StoreError.noSuchRun(run) }
            var after: Int64 = 0
            while true {
                let page = try database.narratives(run.map { .run($0) } ?? .all, after: after)
                guard let last = page.last else { break }
                for keyed in page {
                    counts.read += 1
                    body(keyed.record)
                }
                after = last.key
            }
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
        return counts
    }
}
