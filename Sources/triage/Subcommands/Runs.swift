import ArgumentParser
import Foundation
import TriageReport
import TriageStore

extension TriageCommand {
    /// `triage runs`: the store's runs, oldest first.
    struct Runs: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "runs",
            abstract: "List the runs in the store, with their lexicon, inputs and counts.",
            discussion: """
                A run is `incomplete` while it codes, or when it was stopped; running the same command \
                again completes it. --json prints a list of objects with id, kind, status, started_at, \
                finished_at, lexicon {name, version, hash, source}, inputs [{path, format, sha256, bytes}], \
                read, coded, rejected, issues (codes found present) and codes (codes found in any status).
                """)

        @OptionGroup var storeOptions: StoreOptions

        @Flag(help: "Print JSON instead of a table.")
        var json = false

        func run() throws {
            let store = try storeOptions.openForReading()
            let runs = try storeCall { () throws(StoreError) in try store.runs() }
            if json {
                print(try RunJSON.render(runs.map(RunJSON.init)))
                return
            }
            if runs.isEmpty {
                print("No runs yet in \(store.path); code some narratives with `triage code INPUT`.")
                return
            }
            var table = TextTable(
                headers: ["run", "status", "kind", "started", "lexicon", "hash", "inputs", "read", "coded", "rejected", "issues"],
                alignments: [.right, .left, .left, .left, .left, .left, .left, .right, .right, .right, .right])
            for run in runs {
                table.add([
                    "\(run.id)", run.status.rawValue, run.kind.rawValue, RunJSON.minute(run.startedAt),
                    "\(run.lexicon.name) \(run.lexicon.version)", String(run.lexicon.hash.prefix(12)),
                    run.inputs.map { ($0.path as NSString).lastPathComponent }.joined(separator: " "),
                    RunProgress.grouped(run.counts.read), RunProgress.grouped(run.counts.coded),
                    RunProgress.grouped(run.counts.rejected), RunProgress.grouped(run.counts.issues),
                ])
            }
            print(table.render(), terminator: "")
        }
    }
}

/// A run as `triage runs --json` prints it.
struct RunJSON: Encodable {
    struct Lexicon: Encodable {
        var name, version, hash, source: String
    }

    struct Input: Encodable {
        var path, format: String
        var sha256: String?
        var bytes: Int64?
    }

    var id: Int64
    var kind: String
    var status: String
    var started_at: String
    var finished_at: String?
    var lexicon: Lexicon
    var inputs: [Input]
    var read, coded, rejected, issues, codes: Int

    init(_ run: Run) {
        id = run.id.rawValue
        kind = run.kind.rawValue
        status = run.status.rawValue
        started_at = Self.timestamp(run.startedAt)
        finished_at = run.finishedAt.map(Self.timestamp)
        lexicon = Lexicon(name: run.lexicon.name, version: run.lexicon.version, hash: run.lexicon.hash,
                          source: run.lexicon.source)
        inputs = run.inputs.map { Input(path: $0.path, format: $0.format, sha256: $0.sha256, bytes: $0.bytes) }
        read = run.counts.read
        coded = run.counts.coded
        rejected = run.counts.rejected
        issues = run.counts.issues
        codes = run.counts.codes
    }

    static func render(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// `2026-11-22 21:50` in UTC, for the table.
    static func minute(_ date: Date) -> String {
        let text = timestamp(date)
        return String(text.prefix(16)).replacingOccurrences(of: "T", with: " ")
    }
}
