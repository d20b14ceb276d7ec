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
struct CSVCodingRun {
    /// Records read before a chunk is handed to a thread.
    static let chunkSize = 2048

    let coder: NarrativeCoder
    let formatter: CodedRowFormatter
    let jobs: Int

    init(coder: NarrativeCoder, jobs: Int) {
        self.coder = coder
        formatter = CodedRowFormatter(coder.compiled)
        self.jobs = max(1, jobs)
    }

    /// What the run did: counts, and the reject messages shown.
    struct Outcome {
        var counts = RunCounts()
        var messages = RejectMessages()
    }

    /// A chunk of input: records to code and rejects, in input order.
    struct Chunk: Sendable {
        enum Item: Sendable {
            case record(NarrativeRecord)
            case reject(StoredReject, message: String)
        }
        var items: [Item] = []
        var records = 0
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
            let pipeline = OrderedPipeline(run: self, output: output, rejects: rejects, limit: jobs * 2)
            var read = 0
            try inputs.readChunks(size: Self.chunkSize) { chunk, bytesDone in
                pipeline.submit(chunk)
                read += chunk.items.count
                onProgress(bytesDone, read)
            }
            outcome = pipeline.finish()
        }
        output.flush()
        return outcome
    }

    /// Codes a chunk's records to CSV bytes.
    func code(_ chunk: Chunk, scratch: CodingScratch) -> CodedChunk {
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
    func write(_ chunk: Chunk, _ coded: CodedChunk, output: OutputSink, rejects: RejectsFile, outcome: inout Outcome) {
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

/// Codes chunks on worker threads and writes them in the order submitted.
///
/// `@unchecked Sendable`: the mutable state (finished chunks, the next to write, the idle
/// scratches, the outcome) is only touched while holding `lock`, or on the serial writer
/// queue for the output and rejects; the run is an immutable Sendable value.
final class OrderedPipeline: @unchecked Sendable {
    private let run: CSVCodingRun
    private let output: OutputSink
    private let rejects: RejectsFile
    private let workers = DispatchQueue(label: "triage.code", attributes: .concurrent)
    private let writer = DispatchQueue(label: "triage.write")
    private let group = DispatchGroup()
    private let slots: DispatchSemaphore
    private let lock = NSLock()
    private var idle: [CodingScratch] = []
    private var finished: [Int: (CSVCodingRun.Chunk, CSVCodingRun.CodedChunk)] = [:]
    private var nextToWrite = 0
    private var submitted = 0
    private var outcome = CSVCodingRun.Outcome()

    init(run: CSVCodingRun, output: OutputSink, rejects: RejectsFile, limit: Int) {
        self.run = run
        self.output = output
        self.rejects = rejects
        slots = DispatchSemaphore(value: limit)
    }

    /// Hands a chunk to a worker, waiting while `limit` chunks are coded or waiting to be written.
    func submit(_ chunk: CSVCodingRun.Chunk) {
        slots.wait()
        let sequence = submitted
        submitted += 1
        group.enter()
        workers.async { [self] in
            let scratch = lock.withLock { idle.popLast() } ?? CodingScratch()
            let coded = run.code(chunk, scratch: scratch)
            lock.withLock { idle.append(scratch) }
            writer.async { [self] in
                finished[sequence] = (chunk, coded)
                while let (next, rows) = finished.removeValue(forKey: nextToWrite) {
                    run.write(next, rows, output: output, rejects: rejects, outcome: &outcome)
                    nextToWrite += 1
                    slots.signal()
                }
                group.leave()
            }
        }
    }

    /// Waits until every chunk is written, and returns the counts.
    func finish() -> CSVCodingRun.Outcome {
        group.wait()
        return writer.sync { outcome }
    }
}

extension InputSet {
    /// Reads every input in order into chunks of up to `size` records and rejects, and
    /// passes each to `body` with the input bytes read so far.
    func readChunks(size: Int, _ body: (CSVCodingRun.Chunk, Int64) throws -> Void) throws {
        var chunk = CSVCodingRun.Chunk()
        chunk.items.reserveCapacity(size)
        var doneBytes: Int64 = 0
        for (index, source) in sources.enumerated() {
            reading: while true {
                let result: NarrativeReadResult?
                do throws(InputError) {
                    result = try source.next()
                } catch {
                    chunk.items.append(.reject(Self.reject(error, source: source, record: ""), message: error.description))
                    break reading
                }
                guard let result else { break reading }
                switch result {
                case .record(let record):
                    chunk.items.append(.record(record))
                    chunk.records += 1
                case .rejected(let error, let text):
                    chunk.items.append(.reject(Self.reject(error, source: source, record: text), message: error.description))
                }
                if chunk.items.count >= size {
                    try body(chunk, doneBytes + Int64(source.bytesRead))
                    chunk = CSVCodingRun.Chunk()
                    chunk.items.reserveCapacity(size)
                }
            }
            doneBytes += runInputs[index].bytes ?? Int64(source.bytesRead)
        }
        if !chunk.items.isEmpty { try body(chunk, doneBytes) }
    }
}
