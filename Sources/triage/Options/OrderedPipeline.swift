import Dispatch
import Foundation
import TriageCore

/// Codes chunks of input on worker threads and hands them on in the order submitted.
///
/// `work` runs on one of `jobs` worker threads, each with a ``CodingScratch`` of its own;
/// a worker takes the next chunk waiting as soon as it is free, so a worker that the
/// system runs less than the others holds up no chunk but its own. `deliver` runs on one
/// serial queue, chunk after chunk in input order, so what it writes comes out the same
/// whatever the number of threads. At most `limit` chunks are coded or waiting at a time:
/// reading waits for the slowest stage, and memory stays flat; at the start, `headStart`
/// more may be read ahead (while the lexicon compiles). The first error `deliver`
/// throws stops delivery; ``submit(_:)`` and ``finish()`` throw it.
///
/// `@unchecked Sendable`: the mutable state (finished chunks, the next to deliver, the
/// first error) is only touched while holding `lock` or on the serial queue; the queue of
/// chunks waiting for a worker guards itself.
final class OrderedPipeline<Coded: Sendable>: @unchecked Sendable {
    typealias Work = @Sendable (InputChunk, CodingScratch) -> Coded
    typealias Deliver = @Sendable (InputChunk, Coded) throws -> Void

    private let deliver: Deliver
    private let waiting: ChunkQueue
    private let serial = DispatchQueue(label: "triage.deliver")
    private let group = DispatchGroup()
    private let slots: DispatchSemaphore
    private let lock = NSLock()
    private var finished: [Int: (InputChunk, Coded)] = [:]
    private var nextToDeliver = 0
    private var submitted = 0
    private var error: (any Error)?
    /// Delivered chunks whose slot is not given back: the head start, used up.
    private var headStartLeft: Int

    init(jobs: Int, limit: Int, headStart: Int = 0, work: @escaping Work, deliver: @escaping Deliver) {
        self.deliver = deliver
        let jobs = max(1, jobs)
        waiting = ChunkQueue()
        // Made empty and signalled: a semaphore must not end below the value it was made with.
        slots = DispatchSemaphore(value: 0)
        for _ in 0..<(max(jobs, limit) + max(0, headStart)) { slots.signal() }
        headStartLeft = max(0, headStart)
        for index in 0..<jobs {
            // The workers hold the queue, not the pipeline: when the pipeline goes, its
            // deinit closes the queue and they end.
            let waiting = waiting
            let thread = Thread { [weak self] in
                let scratch = CodingScratch()
                while let (sequence, chunk) = waiting.take() {
                    let coded = work(chunk, scratch)
                    self?.finish(sequence, chunk, coded)
                }
            }
            thread.name = "triage.code.\(index)"
            thread.start()
        }
    }

    deinit { waiting.close() }

    /// Hands a chunk to the workers, waiting while `limit` chunks are coded or waiting to
    /// be delivered; throws the first delivery error, if any.
    func submit(_ chunk: InputChunk) throws {
        if let error = lock.withLock({ error }) { throw error }
        slots.wait()
        let sequence = submitted
        submitted += 1
        group.enter()
        waiting.put(sequence, chunk)
    }

    /// A worker's coded chunk: delivered, with any chunks after it that were waiting for it.
    private func finish(_ sequence: Int, _ chunk: InputChunk, _ coded: Coded) {
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
                if headStartLeft > 0 { headStartLeft -= 1 } else { slots.signal() }
            }
            group.leave()
        }
    }

    /// Waits until every chunk is delivered and lets the workers go; throws the first
    /// delivery error.
    func finish() throws {
        group.wait()
        serial.sync {}
        waiting.close()
        if let error = lock.withLock({ error }) { throw error }
    }
}

/// Chunks waiting for a worker, first in first out; ``take()`` waits for one, and returns
/// nil once the queue is closed and empty.
///
/// `@unchecked Sendable`: every access holds `condition`.
final class ChunkQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [(Int, InputChunk)] = []
    private var head = 0
    private var closed = false

    func put(_ sequence: Int, _ chunk: InputChunk) {
        condition.lock()
        items.append((sequence, chunk))
        condition.signal()
        condition.unlock()
    }

    func take() -> (Int, InputChunk)? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !closed { condition.wait() }
        guard head < items.count else { return nil }
        let item = items[head]
        head += 1
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        }
        return item
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}
