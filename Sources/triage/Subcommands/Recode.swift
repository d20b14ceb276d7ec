import ArgumentParser
import TriageCore
import TriageStore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension TriageCommand {
    /// `triage recode`: codes the stored narratives again, as a new run, without the inputs.
    struct Recode: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "recode",
            abstract: "Code the stored narratives again with a lexicon, as a new run.",
            discussion: """
                Codes every narrative in the store (the latest stored text of each narrative_id), or \
                with --run the narratives of one run, without reading the inputs again. Compare the \
                result with `triage diff OLD NEW`. Like `triage code`, the same recode twice adds \
                nothing, and a stopped recode carries on when run again.
                """)

        @OptionGroup var lexiconOptions: LexiconOptions

        @OptionGroup var storeOptions: StoreOptions

        @Option(name: .customLong("run"), help: ArgumentHelp("Recode only the narratives of this run.", valueName: "id"))
        var runID: Int64?

        @Option(help: .hidden)
        var batchSize = 2000

        func validate() throws {
            if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
        }

        func run() throws {
            let compiled = try lexiconOptions.load()
            let store = try storeOptions.openExisting()
            let lexicon = compiled.lexicon
            let identity = LexiconIdentity(
                name: lexicon.name, version: lexicon.version, hash: ContentHash.lexicon(lexicon), source: lexicon.source)
            let scope: NarrativeScope
            let input: RunInput
            let total: Int
            if let runID {
                guard let source = try storeCall({ () throws(StoreError) in try store.run(RunID(runID)) }) else {
                    Console.error(StoreError.noSuchRun(RunID(runID)).description)
                    throw ExitCode.failure
                }
                scope = .run(source.id)
                input = RunInput(path: "run \(source.id)", format: "store", sha256: ContentHash.sha256("run \(source.id)"))
                total = source.counts.coded
            } else {
                let extent = try storeCall { () throws(StoreError) in try store.narrativeExtent() }
                scope = .all
                input = RunInput(path: "store", format: "store",
                                 sha256: ContentHash.sha256("all \(extent.count) \(extent.maxKey)"))
                total = extent.count
            }
            if total == 0 {
                Console.error("\(store.path): error: no narratives to recode; code some first with `triage code INPUT`")
                throw ExitCode.failure
            }
            let plan = RunPlan(
                kind: .recode, lexicon: identity, inputs: [input],
                workKey: ContentHash.workKey(kind: .recode, lexicon: identity, inputs: [input]), processID: getpid())
            let start = try storeCall { () throws(StoreError) in try store.startRun(plan) }
            var after: Int64 = 0
            switch start {
            case .alreadyComplete(let done):
                Console.error(
                    "nothing to do: run \(done.id) already recoded these narratives with lexicon \(identity.name) "
                        + "\(identity.version) (\(RunProgress.grouped(done.counts.coded)) narratives, "
                        + "\(RunProgress.grouped(done.counts.issues)) issues)")
                return
            case .resumed(let stopped):
                after = try storeCall { () throws(StoreError) in try store.lastNarrativeKey(run: stopped.id) }
                Console.error(
                    "resuming run \(stopped.id): \(RunProgress.grouped(stopped.counts.read)) narratives were stored before it stopped")
            case .started:
                break
            }
            let coder = ParallelCoder(NarrativeCoder(compiled))
            let sink = StoreSink(store: store, run: start.run, batchSize: batchSize, rejectsFile: nil)
            let progress = RunProgress(total: Int64(total), unit: .narratives)
            while true {
                let page = try storeCall { () throws(StoreError) in try store.narratives(scope, after: after, limit: batchSize) }
                guard let last = page.last else { break }
                let records = page.map(\.record)
                for encoded in coder.code(records) { try sink.add(encoded) }
                after = last.key
                progress.update(done: Int64(sink.recordsRead), narratives: sink.recordsRead - start.run.counts.read)
            }
            try sink.flush()
            try storeCall { () throws(StoreError) in try store.finish(start.run.id) }
            progress.clear()
            let counts = sink.counts
            Console.error(progress.summary(
                counts: (counts.coded, counts.issues, counts.rejected), processed: counts.read - start.run.counts.read,
                suffix: "; run \(start.run.id) in \(store.path)"))
        }
    }
}
