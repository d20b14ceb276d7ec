import TriageCore
import TriageIO
import TriageStore

/// `triage code` into the store: reads the inputs, codes and encodes the narratives on
/// `jobs` threads in chunks (``EncodedNarrative``), and hands them and the rejects to the
/// store in input order, where a background writer stores them a batch per transaction.
///
/// Reading, coding and writing overlap: the reader never waits for SQLite unless the
/// writer is two batches behind, and the writer's thread only runs SQLite.
struct StoreCodingRun: Sendable {
    /// Records read before a chunk is handed to a thread.
    static let chunkSize = 1024

    /// What codes and encodes: made from the compiled lexicon.
    struct Engine: Sendable {
        let coder: NarrativeCoder
        let strings: IssuesJSON.Strings

        init(_ compiled: CompiledLexicon) {
            coder = NarrativeCoder(compiled)
            strings = IssuesJSON.Strings(compiled)
        }
    }

    let engine: Pending<Engine>
    let jobs: Int

    /// A run that codes with the lexicon being compiled on another thread (`compiled`),
    /// while the run opens and hashes its inputs and starts its run in the store.
    init(compiled: Pending<CompiledLexicon>, jobs: Int) {
        engine = Pending { Engine(compiled.value) }
        self.jobs = max(1, jobs)
    }

    /// Codes and encodes a chunk's records, in order.
    func code(_ chunk: InputChunk, scratch: CodingScratch) -> [EncodedNarrative] {
        let engine = engine.value
        let coder = engine.coder, strings = engine.strings
        var encoded: [EncodedNarrative] = []
        encoded.reserveCapacity(chunk.records)
        var hashing: [UInt8] = []
        for item in chunk.items {
            guard case .record(let record) = item else { continue }
            let evidence = coder.codeEvidence(record.text, box: record.level, scratch: scratch)
            encoded.append(EncodedNarrative(record, evidence, strings: strings, scratch: &hashing))
        }
        return encoded
    }

    /// Codes every record of `inputs` after the first `skip` into `sink`, and waits until
    /// the store has committed them all. `onProgress` is told the input bytes and the
    /// records read so far.
    func run(inputs: InputSet, into sink: StoreSink, skipping skip: Int, onProgress: @escaping (Int64, Int) -> Void) throws {
        let pipeline = OrderedPipeline<[EncodedNarrative]>(
            jobs: jobs, limit: jobs * 2, work: { chunk, scratch in code(chunk, scratch: scratch) },
            deliver: { chunk, encoded in
                var next = 0
                for item in chunk.items {
                    switch item {
                    case .record:
                        try sink.add(encoded[next])
                        next += 1
                    case .reject(let reject, let message):
                        try sink.reject(reject, message: message)
                    }
                }
            })
        var read = 0
        try inputs.readChunks(size: Self.chunkSize, skipping: skip) { chunk, bytesDone in
            try pipeline.submit(chunk)
            read += chunk.items.count
            onProgress(bytesDone, read)
        }
        try pipeline.finish()
        try sink.flush()
    }
}
