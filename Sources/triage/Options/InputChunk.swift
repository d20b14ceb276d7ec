import TriageCore
import TriageIO
import TriageStore

/// A chunk of input, in input order: records to code and records rejected by the reader.
struct InputChunk: Sendable {
    enum Item: Sendable {
        case record(NarrativeRecord)
        case reject(StoredReject, message: String)
    }

    var items: [Item] = []
    /// How many of the items are records.
    var records = 0

    /// The rejects, in order, with their messages.
    var rejects: [(reject: StoredReject, message: String)] {
        items.compactMap { if case .reject(let reject, let message) = $0 { (reject, message) } else { nil } }
    }
}

extension InputSet {
    /// Reads every input in order into chunks of up to `size` records and rejects, and
    /// passes each to `body` with the input bytes read so far.
    ///
    /// The first `skip` records (stored by an earlier attempt of the run) are read and
    /// dropped; an input that cannot be read further counts as one record, as it did when
    /// its reject was stored.
    func readChunks(size: Int, skipping skip: Int = 0, _ body: (InputChunk, Int64) throws -> Void) throws {
        var chunk = InputChunk()
        chunk.items.reserveCapacity(size)
        var toSkip = skip
        var doneBytes: Int64 = 0
        for (index, source) in sources.enumerated() {
            reading: while true {
                let result: NarrativeReadResult?
                do throws(InputError) {
                    result = try source.next()
                } catch {
                    // Nothing more can be read from this input: one rejected record, then the next input.
                    if toSkip > 0 {
                        toSkip -= 1
                        break reading
                    }
                    chunk.items.append(.reject(Self.reject(error, source: source, record: ""), message: error.description))
                    break reading
                }
                guard let result else { break reading }
                if toSkip > 0 {
                    toSkip -= 1
                    continue
                }
                switch result {
                case .record(let record):
                    chunk.items.append(.record(record))
                    chunk.records += 1
                case .rejected(let error, let text):
                    chunk.items.append(.reject(Self.reject(error, source: source, record: text), message: error.description))
                }
                if chunk.items.count >= size {
                    try body(chunk, doneBytes + Int64(source.bytesRead))
                    chunk = InputChunk()
                    chunk.items.reserveCapacity(size)
                }
            }
            doneBytes += runInputs[index].bytes ?? Int64(source.bytesRead)
        }
        if !chunk.items.isEmpty { try body(chunk, doneBytes) }
    }

    static func reject(_ error: InputError, source: any NarrativeSource, record: String) -> StoredReject {
        let location = error.location
        return StoredReject(source: location?.file ?? source.path, line: location.flatMap { $0.line == 0 ? nil : $0.line },
                            reason: error.reason, record: record)
    }
}
