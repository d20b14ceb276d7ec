import ArgumentParser
import TriageCore
import TriageIO
import TriageStore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension TriageCommand {
    /// `triage export`: a stored run's codes as CSV, in the columns of `triage code --out`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write a stored run's codes as CSV, one row per code found.",
            discussion: """
                Columns: \(CodedRowWriter.header.joined(separator: ",")), the same as `triage code --out`; \
                narratives in input order, codes in lexicon order. Without --run, the latest complete run.
                """)

        @OptionGroup var storeOptions: StoreOptions

        @Option(name: .customLong("run"), help: ArgumentHelp("The run to export (see `triage runs`); default: the latest complete run.", valueName: "id"))
        var runID: Int64?

        @Option(help: ArgumentHelp("Write here instead of standard output (created owner-only).", valueName: "path"))
        var out: String?

        func run() throws {
            let store = try storeOptions.openForReading()
            let id: RunID
            if let runID {
                id = RunID(runID)
            } else {
                guard let latest = try storeCall({ () throws(StoreError) in try store.latestCompleteRun() }) else {
                    Console.error(StoreError.noCompleteRun(path: store.path).description)
                    throw ExitCode.failure
                }
                id = latest.id
            }
            try ExportWriter.write(run: id, from: store, to: out ?? "-")
        }
    }
}

/// Writes a stored run in the columns of ``CodedRowWriter``, page by page.
enum ExportWriter {
    static func write(run: RunID, from store: TriageDatabase, to path: String) throws {
        let sink: OutputSink
        do throws(InputError) {
            sink = path == "-" ? OutputSink() : try OutputSink(path: path, mode: 0o600)
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
        if path != "-" { chmod(path, 0o600) }
        var csv = CSVWriter(sink)
        csv.write(CodedRowWriter.header)
        try storeCall { () throws(StoreError) in
            try store.forEachCodedNarrative(run: run) { page in
                for narrative in page {
                    let record = narrative.record
                    for issue in narrative.issues {
                        csv.write([
                            record.narrativeID, record.triageID, record.caseID, record.stage?.rawValue ?? "", record.date,
                            issue.level.rawValue, issue.code.rawValue, issue.status.rawValue, issue.term,
                            "\(issue.start)", "\(issue.end)",
                        ], numeric: [9, 10])
                    }
                }
            }
        }
        sink.flush()
    }
}
