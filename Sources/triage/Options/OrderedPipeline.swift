import Dispatch
import Foundation
import TriageCore

/// Codes chunks of input on worker threads and hands them on in the order submitted.
///
/// `work` runs on one of `jobs` worker lanes (serial queues, chunks dealt round-robin), each
/// with a ``CodingScratch`` of its own, so at most `jobs` chunks are coded at once;
/// `deliver` runs on one serial queue, chunk after chunk in input order, so what it
/// writes comes out the same whatever the number of threads. At most `limit` chunks are
/// coded or waiting at a time: reading waits for the slowest stage, and memory stays flat.
/// The first error `deliver` throws stops delivery; ``submit(_:)`` and ``finish()`` throw it.
///
/// `@unchecked Sendable`: the mutable state (finished chunks, the next to deliver, the
/// first error) is only touched while holding `lock` or on the serial queue, and each
/// lane's scratch only on its lane.
final class OrderedPipeline<Coded: Sendable>: @unchecked Sendable {
    typealias Work = @Sendable (InputChunk, CodingScratch) -> Coded
    typealias Deliver = @Sendable (InputChunk, Coded) throws -> Void

    private let work: Work
    private let deliver: Deliver
    private let lanes: [DispatchQueue]
    private let scratches: [CodingScratch]
    private let serial = DispatchQueue(label: "triage.deliver")
    private let group = DispatchGroup()
    private let slots: DispatchSemaphore
    private let lock = NSLock()
    private var finished: [Int: (InputChunk, Coded)] = [:]
    private var nextToDeliver = 0
    private var submitted = 0
    private var error: (any Error)?

    init(jobs: Int, limit: Int, work: @escaping Work, deliver: @escaping Deliver) {
        self.work = work
        self.deliver = deliver
        let jobs = max(1, jobs)
        lanes = (0..<jobs).map { DispatchQueue(label: "triage.code.\($0)") }
        scratches = (0..<jobs).map { _ in CodingScratch() }
        slots = DispatchSemaphore(value: max(jobs, limit))
    }

    /// Hands a chunk to a worker, waiting while `limit` chunks are coded or waiting to be
    /// delivered; throws the first delivery error, if any.
    func submit(_ chunk: InputChunk) throws {
        if let error = lock.withLock({ error }) { throw error }
        slots.wait()
        let sequence = submitted
        submitted += 1
        group.enter()
        let lane = sequence % lanes.count
        lanes[lane].async { [self] in
            let coded = work(chunk, scratches[lane])
            serial.async { [self] in
                finished[sequence] = (chunk, coded)
                while let (next, done) = finished.removeValue(forKey: nextToDeliver) {
                    if lock.withLock({ error == nil }) {
                        do {
                            try deliver(next, done)
                        } catch {
                            lock.withLock { self.error = error }
                        }
                    }
                    nextToDeliver += 1
                    slots.signal()
                }
                group.leave()
            }
        }
    }

    /// Waits until every chunk is delivered; throws the first delivery error.
    func finish() throws {
        group.wait()
        serial.sync {}
        if let error = lock.withLock({ error }) { throw error }
    }
}
