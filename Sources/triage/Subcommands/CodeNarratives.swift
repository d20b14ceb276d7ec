import ArgumentParser
import Foundation
import TriageCore
import TriageIO
import TriageStore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension TriageCommand {
    /// `triage code`: codes every narrative of the inputs as a run in the store.
    struct CodeNarratives: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "code",
            abstract: "Code every narrative of the inputs and store them as a run.",
            discussion: """
                Each INPUT is read in the format its extension says (or --input-format), '-' for \
                standard input. Narratives and their codes are stored as a run in the store (--db); \
                --out also writes one row per code found, with columns \
                \(CodedRowWriter.header.joined(separator: ",")). Coding the same inputs with the same \
                lexicon again adds nothing; a run that was stopped (even killed) carries on where it \
                stopped when the same command is run again. Records that cannot be used are reported on \
                standard error with file:line, written to the rejects CSV (source,line,reason,record) and \
                stored; the others are coded, and the exit status is then 2.
                """)

        @Argument(help: ArgumentHelp("The input files ('-' for standard input).", valueName: "input"))
        var inputs: [String]

        @OptionGroup var lexiconOptions: LexiconOptions

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: ArgumentHelp("Also write the coded rows as CSV here ('-' for standard output).", valueName: "path"))
        var out: String?

        @Option(help: ArgumentHelp(
            "Write rejected records here as CSV (default: triage-rejects.csv beside the store).", valueName: "path"))
        var rejects: String?

        @Option(name: .customLong("input-format"), help: ArgumentHelp(
            "The format of every input, when its extension does not say: \(NarrativeInputFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "format"))
        var inputFormat: String?

        @Flag(help: "Do not store the run: write the coded rows to --out (standard output by default) only.")
        var noStore = false

        @Option(help: .hidden)
        var batchSize = 2000

        @Option(help: ArgumentHelp(
            "Threads to code on (default: one per core). The output is the same whatever the number.", valueName: "n"))
        var jobs: Int?

        func validate() throws {
            if inputs.isEmpty { throw ValidationError("give at least one input file, or '-' for standard input") }
            if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input ('-') can be read only once") }
            if let inputFormat, NarrativeInputFormat(rawValue: inputFormat.lowercased()) == nil {
                throw ValidationError(
                    "unknown --input-format '\(inputFormat)'; use one of \(NarrativeInputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        }

        func run() throws {
            // Everything that can stop the run is checked before anything is written.
            let validated = try lexiconOptions.loadValidated()
            let jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
            // The lexicon compiles on another thread while the inputs are opened (and, for
            // a store, hashed) and the first chunks read.
            let compiled = Pending { CompiledLexicon(validated) }
            // With a store, so is the lexicon's hash, which names the run.
            let lexiconHash = Pending { [noStore] in noStore ? "" : ContentHash.lexicon(validated.lexicon) }
            let format = inputFormat.flatMap { NarrativeInputFormat(rawValue: $0.lowercased()) }
            // A store checks ids itself (exact repeats stored once, clashes rejected); without
            // one, a tracker shared by every input does.
            let inputs = try InputSet.open(
                self.inputs, format: format, hashing: !noStore, duplicates: noStore ? DuplicateTracker() : nil)
            let rejectsPath = rejects ?? storeOptions.defaultRejectsPath

            if noStore {
                let output: OutputSink
                do throws(InputError) {
                    if let out, out != "-" { output = try OutputSink(path: out, mode: 0o600) } else { output = OutputSink() }
                } catch {
                    Console.error(error.description)
                    throw ExitCode.failure
                }
                let rejectsFile = try RejectsFile(path: rejectsPath)
                let progress = RunProgress(total: inputs.totalBytes, unit: .bytes)
                let run = CSVCodingRun(compiled: compiled, jobs: jobs)
                let outcome = try run.run(inputs: inputs, output: output, rejects: rejectsFile) { bytes, read in
                    progress.update(done: bytes, narratives: read)
                }
                progress.clear()
                try finishMessages(outcome.messages, rejectsPath: rejectsPath)
                let counts = outcome.counts
                Console.error(progress.summary(counts: (counts.coded, counts.issues, counts.rejected), processed: counts.read))
                if counts.rejected > 0 { throw ExitCode(2) }
                return
            }

            let store = try storeOptions.open()
            let lexicon = validated.lexicon
            let identity = LexiconIdentity(
                name: lexicon.name, version: lexicon.version, hash: lexiconHash.value, source: lexicon.source)
            let plan = RunPlan(
                kind: .code, lexicon: identity, inputs: inputs.runInputs,
                workKey: ContentHash.workKey(kind: .code, lexicon: identity, inputs: inputs.runInputs),
                processID: getpid())
            let start = try storeCall { () throws(StoreError) in try store.startRun(plan) }
            var run = start.run
            switch start {
            case .alreadyComplete(let done):
                Console.error(
                    "nothing to do: run \(done.id) already coded these inputs with lexicon \(identity.name) "
                        + "\(identity.version) (\(RunProgress.grouped(done.counts.coded)) narratives, "
                        + "\(RunProgress.grouped(done.counts.issues)) issues, \(RunProgress.grouped(done.counts.rejected)) rejected)")
                if let out { try ExportWriter.write(run: done.id, from: store, to: out) }
                return
            case .resumed(let stopped):
                Console.error(
                    "resuming run \(stopped.id): \(RunProgress.grouped(stopped.counts.read)) records were stored before it stopped")
            case .started:
                break
            }
            let existing = start.isResume ? try storeCall { () throws(StoreError) in try store.rejects(run: run.id) } : []
            let sink = StoreSink(store: store, run: run, batchSize: batchSize,
                                 rejectsFile: try RejectsFile(path: rejectsPath, existing: existing))
            let progress = RunProgress(total: inputs.totalBytes, unit: .bytes)
            let coding = StoreCodingRun(compiled: compiled, jobs: jobs)
            try coding.run(inputs: inputs, into: sink, skipping: run.counts.read) { bytes, read in
                progress.update(done: bytes, narratives: read)
            }
            try storeCall { () throws(StoreError) in try store.finish(run.id) }
            progress.clear()
            run.counts = sink.counts
            try finishMessages(sink.messages, rejectsPath: rejectsPath)
            if let out { try ExportWriter.write(run: run.id, from: store, to: out) }
            Console.error(progress.summary(
                counts: (run.counts.coded, run.counts.issues, run.counts.rejected),
                processed: run.counts.read - start.run.counts.read, suffix: "; run \(run.id) in \(store.path)"))
            if run.counts.rejected > 0 { throw ExitCode(2) }
        }

        private func finishMessages(_ messages: RejectMessages, rejectsPath: String) throws {
            if messages.hidden > 0 {
                Console.error("… and \(RunProgress.grouped(messages.hidden)) more rejected records, not shown here")
            }
            if messages.shown > 0 { Console.error("rejected records are in \(rejectsPath)") }
        }
    }
}

extension RunStart {
    var isResume: Bool {
        if case .resumed = self { return true }
        return false
    }
}
