import Dispatch
import Foundation
import TriageCore
import TriageIO
import TriageStore

/// `triage code --no-store`: reads the inputs, codes the narratives on `jobs` threads in
/// chunks, and writes the coded rows (and the rejects) in input order, so the output is
/// the same byte for byte whatever the number of threads.
///
/// Each thread codes with its own ``CodingScratch`` straight to CSV bytes
/// (``NarrativeCoder/codeCompact(_:box:scratch:)`` and ``CodedRowFormatter``): no string
/// and no array is made per narrative or per row.
struct CSVCodingRun: Sendable {
    /// Records read before a chunk is handed to a thread.
    static let chunkSize = 2048

    /// Chunks read ahead while the lexicon compiles, beyond the pipeline's usual two per
    /// thread: reading starts at once, and coding as soon as the lexicon is ready.
    static let headStart = 8

    /// What codes and formats: made from the compiled lexicon.
    struct Engine: Sendable {
        let coder: NarrativeCoder
        let formatter: CodedRowFormatter

        init(_ compiled: CompiledLexicon) {
            coder = NarrativeCoder(compiled)
            formatter = CodedRowFormatter(compiled)
        }
    }

    let engine: Pending<Engine>
    let jobs: Int

    /// A run that codes with the lexicon being compiled on another thread (`compiled`):
    /// reading starts at once, coding when the lexicon is ready.
    init(compiled: Pending<CompiledLexicon>, jobs: Int) {
        engine = Pending { Engine(compiled.value) }
        self.jobs = max(1, jobs)
    }

    /// What the run did: counts, and the reject messages shown.
    struct Outcome {
        var counts = RunCounts()
        var messages = RejectMessages()
    }

    /// A coded chunk: its rows as CSV bytes and its counts.
    struct CodedChunk: Sendable {
        var rows: [UInt8] = []
        var coded = 0
        var issues = 0
        var codes = 0
    }

    func run(
        inputs: InputSet, output: OutputSink, rejects: RejectsFile, onProgress: @escaping (Int64, Int) -> Void
    ) throws -> Outcome {
        output.write(bytes: CodedRowFormatter.header)
        var outcome = Outcome()
        if jobs == 1 {
            let scratch = CodingScratch()
            var read = 0
            try inputs.readChunks(size: Self.chunkSize) { chunk, bytesDone in
                let coded = code(chunk, scratch: scratch)
                write(chunk, coded, output: output, rejects: rejects, outcome: &outcome)
                read += chunk.items.count
                onProgress(bytesDone, read)
            }
        } else {
            let delivery = Delivery(run: self, output: output, rejects: rejects)
            let pipeline = OrderedPipeline<CodedChunk>(
                jobs: jobs, limit: jobs * 2, headStart: Self.headStart, work: { chunk, scratch in code(chunk, scratch: scratch) },
                deliver: { chunk, coded in delivery.write(chunk, coded) })
            var read = 0
            try inputs.readChunks(size: Self.chunkSize) { chunk, bytesDone in
                try pipeline.submit(chunk)
                read += chunk.items.count
                onProgress(bytesDone, read)
            }
            try pipeline.finish()
            outcome = delivery.outcome
        }
        output.flush()
        return outcome
    }

    /// Codes a chunk's records to CSV bytes.
    func code(_ chunk: InputChunk, scratch: CodingScratch) -> CodedChunk {
        let engine = engine.value
        let coder = engine.coder, formatter = engine.formatter
        var coded = CodedChunk()
        coded.rows.reserveCapacity(chunk.records * 160)
        for item in chunk.items {
            guard case .record(let record) = item else { continue }
            let issues = coder.codeCompact(record.text, box: record.level, scratch: scratch)
            formatter.append(record, issues, to: &coded.rows)
            coded.coded += 1
            coded.codes += issues.count
            for issue in issues where issue.status == .present { coded.issues += 1 }
        }
        return coded
    }

    /// Writes a coded chunk: its rows, then its rejects, and adds up the counts.
    func write(_ chunk: InputChunk, _ coded: CodedChunk, output: OutputSink, rejects: RejectsFile, outcome: inout Outcome) {
        output.write(bytes: coded.rows)
        var rejected: [StoredReject] = []
        for item in chunk.items {
            if case .reject(let reject, let message) = item {
                outcome.messages.print(message)
                rejected.append(reject)
            }
        }
        if !rejected.isEmpty { rejects.write(rejected) }
        outcome.counts.read += chunk.items.count
        outcome.counts.coded += coded.coded
        outcome.counts.rejected += rejected.count
        outcome.counts.issues += coded.issues
        outcome.counts.codes += coded.codes
    }
}

/// Where a multi-threaded run's coded chunks are written, in input order.
///
/// `@unchecked Sendable`: only the pipeline's serial queue touches it until the pipeline
/// has finished, and only the caller afterwards.
final class Delivery: @unchecked Sendable {
    let run: CSVCodingRun
    let output: OutputSink
    let rejects: RejectsFile
    private(set) var outcome = CSVCodingRun.Outcome()

    init(run: CSVCodingRun, output: OutputSink, rejects: RejectsFile) {
        self.run = run
        self.output = output
        self.rejects = rejects
    }

    func write(_ chunk: InputChunk, _ coded: CSVCodingRun.CodedChunk) {
        run.write(chunk, coded, output: output, rejects: rejects, outcome: &outcome)
    }
}
