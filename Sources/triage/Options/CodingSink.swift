import ArgumentParser
import Dispatch
import Foundation
import TriageCore
import TriageIO
import TriageStore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Prints reject messages to standard error, the first `limit` of them, then a count.
struct RejectMessages {
    var limit = 50
    private(set) var shown = 0
    private(set) var hidden = 0

    mutating func print(_ message: String) {
        if shown < limit {
            Console.error(message)
            shown += 1
        } else {
            hidden += 1
        }
    }
}

/// The rejects CSV (`source,line,reason,record`), created owner-only: it holds narratives.
final class RejectsFile {
    let path: String
    private let sink: OutputSink
    private var csv: CSVWriter

    /// Creates (or empties) the file and writes the header, then `existing` rejects.
    init(path: String, existing: [StoredReject] = []) throws {
        do throws(InputError) {
            sink = try OutputSink(path: path, mode: 0o600)
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
        chmod(path, 0o600)
        self.path = path
        csv = CSVWriter(sink)
        csv.write(["source", "line", "reason", "record"])
        write(existing)
    }

    func write(_ rejects: [StoredReject]) {
        for reject in rejects {
            csv.write([reject.source, reject.line.map { "\($0)" } ?? "", reject.reason, reject.record], numeric: [1])
        }
        sink.flush()
    }
}

/// Codes into a store run, one transaction per batch. Batches are written by a
/// background writer while the next batch is coded, at most two batches ahead, in order;
/// so a run killed mid-way has stored a prefix of its records.
///
/// `@unchecked Sendable`: it is used from one thread at a time (a coding run's delivery
/// queue, then the caller once the run has finished).
final class StoreSink: @unchecked Sendable {
    let run: RunID
    let batchSize: Int
    private let writer: BackgroundWriter
    private var batch: RunBatch
    private var submitted: Int

    init(store: TriageDatabase, run: Run, batchSize: Int, rejectsFile: RejectsFile?) {
        self.run = run.id
        self.batchSize = batchSize
        writer = BackgroundWriter(store: store, counts: run.counts, rejectsFile: rejectsFile)
        batch = RunBatch(run: run.id, capacity: batchSize)
        submitted = run.counts.read
    }

    /// The run's counts as stored so far (all of them once ``flush()`` has returned).
    var counts: RunCounts { writer.counts }
    /// Records handed to the store so far, stored or not, for progress.
    var recordsRead: Int { submitted + batch.count }
    var messages: RejectMessages { writer.messages }

    func add(_ encoded: EncodedNarrative) throws {
        batch.add(encoded)
        if batch.count >= batchSize { try submit() }
    }

    func reject(_ reject: StoredReject, message: String) throws {
        writer.print(message)
        batch.reject(reject)
        if batch.count >= batchSize { try submit() }
    }

    /// Hands the batch to the writer, waiting only when two batches are already waiting.
    private func submit() throws {
        guard !batch.isEmpty else { return }
        submitted += batch.count
        try report { () throws(StoreError) in try writer.submit(batch) }
        batch = RunBatch(run: run, capacity: batchSize)
    }

    /// Stores everything pending and waits until it is committed.
    func flush() throws {
        try submit()
        try report { () throws(StoreError) in try writer.drain() }
    }

    private func report(_ body: () throws(StoreError) -> Void) throws {
        do throws(StoreError) {
            try body()
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
    }

    /// A narrative id already in the run with other content: rejected as ``InputError/duplicateID(_:id:first:)`` says.
    @Sendable static func duplicateReject(_ record: NarrativeRecord, first: SourceLocation?) -> StoredReject {
        let location = record.location ?? SourceLocation(file: "-")
        let error = InputError.duplicateID(location, id: record.narrativeID, first: first)
        return StoredReject(source: location.file, line: location.line == 0 ? nil : location.line, reason: error.reason,
                            record: recordCSV(record))
    }

    /// The record as one CSV line: the standard columns, then its dimensions.
    static func recordCSV(_ record: NarrativeRecord) -> String {
        let fields = [record.narrativeID, record.triageID, record.caseID, record.stage?.rawValue ?? "", record.date,
                      record.level?.rawValue ?? "", record.text] + record.dimensions.map(\.value)
        return fields.map { CSVWriter.quoted($0, guardFormulas: false) }.joined(separator: ",")
    }
}

/// Writes batches to the store on a serial background queue, in the order submitted.
///
/// `@unchecked Sendable`: the mutable state (counts, messages, the rejects file, the first
/// error) is only touched while holding `lock`; the rest is immutable and Sendable.
final class BackgroundWriter: @unchecked Sendable {
    private struct State {
        var counts: RunCounts
        var messages = RejectMessages()
        var error: StoreError?
        let rejectsFile: RejectsFile?
    }

    private let store: TriageDatabase
    private let lock = NSLock()
    private var state: State
    private let queue = DispatchQueue(label: "triage.store-writer")
    private let slots = DispatchSemaphore(value: 2)

    init(store: TriageDatabase, counts: RunCounts, rejectsFile: RejectsFile?) {
        self.store = store
        state = State(counts: counts, rejectsFile: rejectsFile)
    }

    var counts: RunCounts { lock.withLock { state.counts } }
    var messages: RejectMessages { lock.withLock { state.messages } }

    func print(_ message: String) {
        lock.withLock { state.messages.print(message) }
    }

    /// Queues `batch`; throws the error of an earlier batch, if any.
    func submit(_ batch: RunBatch) throws(StoreError) {
        if let error = lock.withLock({ state.error }) { throw error }
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            guard lock.withLock({ state.error == nil }) else { return }
            do throws(StoreError) {
                let outcome = try store.write(batch, duplicate: StoreSink.duplicateReject)
                lock.withLock {
                    for reject in outcome.duplicates { state.messages.print("\(reject.location): error: \(reject.reason)") }
                    state.rejectsFile?.write(outcome.rejects)
                    state.counts = outcome.counts
                }
            } catch {
                lock.withLock { state.error = error }
            }
        }
    }

    /// Waits for every queued batch; throws the first error.
    func drain() throws(StoreError) {
        queue.sync {}
        if let error = lock.withLock({ state.error }) { throw error }
    }
}
