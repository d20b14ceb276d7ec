import Dispatch
import Foundation
import TriageCore

/// Codes a chunk of narratives on every core and returns the results in order. Coding is
/// pure (``NarrativeCoder`` is a Sendable value), so chunks split freely across threads;
/// each part has its own ``CodingScratch``.
struct ParallelCoder: Sendable {
    /// Records read before a chunk is coded.
    static let chunk = 1024

    let coder: NarrativeCoder
    let workers: Int

    init(_ coder: NarrativeCoder, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.coder = coder
        self.workers = max(1, min(workers, 16))
    }

    func code(_ records: [NarrativeRecord]) -> [CodedNarrative] {
        if workers == 1 || records.count < 32 {
            let scratch = CodingScratch()
            return records.map { coder.code($0.text, box: $0.level, scratch: scratch) }
        }
        let parts = min(records.count, workers * 4)
        let size = (records.count + parts - 1) / parts
        let slots = Slots(count: parts)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let range = (part * size)..<min(records.count, (part + 1) * size)
            let scratch = CodingScratch()
            slots.set(part, records[range].map { coder.code($0.text, box: $0.level, scratch: scratch) })
        }
        return slots.joined()
    }

    /// Results by part. `@unchecked Sendable`: every access holds `lock`.
    private final class Slots: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [[CodedNarrative]]

        init(count: Int) { parts = Array(repeating: [], count: count) }

        func set(_ index: Int, _ coded: [CodedNarrative]) { lock.withLock { parts[index] = coded } }

        func joined() -> [CodedNarrative] { lock.withLock { parts.flatMap { $0 } } }
    }
}
