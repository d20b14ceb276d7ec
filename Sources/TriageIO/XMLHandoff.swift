import Foundation

/// Results passed from the parser thread to the reader, a batch at a time, with a bound.
final class XMLHandoff: @unchecked Sendable {
    enum Item: Sendable {
        case result(NarrativeReadResult)
        /// Nothing more can be read.
        case fatal(InputError)
    }

    private let condition = NSCondition()
    private var queue: [[Item]] = []
    private var head = 0
    private var finished = false
    private var cancelled = false
    private var bytes = 0
    private let maxBatches = 4

    /// Queues a batch, waiting while the queue is full; false once the reader has gone.
    func put(_ batch: [Item]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queue.count - head >= maxBatches && !cancelled { condition.wait() }
        if cancelled { return false }
        queue.append(batch)
        condition.broadcast()
        return true
    }

    /// The next batch, waiting for one; nil when the parser has finished and all were taken.
    func take() -> [Item]? {
        condition.lock()
        defer { condition.unlock() }
        while queue.count == head && !finished { condition.wait() }
        guard head < queue.count else { return nil }
        let batch = queue[head]
        head += 1
        if head > 64 {
            queue.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return batch
    }

    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    func cancel() {
        condition.lock()
        cancelled = true
        queue.removeAll()
        head = 0
        condition.broadcast()
        condition.unlock()
    }

    var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }

    var bytesRead: Int {
        get {
            condition.lock()
            defer { condition.unlock() }
            return bytes
        }
        set {
            condition.lock()
            bytes = newValue
            condition.unlock()
        }
    }
}
