import Dispatch
import Foundation
import TriageCore
import TriageStore

/// Codes and encodes a page of narratives on every core and returns them in order, ready
/// for the store (`triage recode`). Coding is pure (``NarrativeCoder`` is a Sendable
/// value), so pages split freely across threads; each part has its own ``CodingScratch``.
struct ParallelCoder: Sendable {
    let coder: NarrativeCoder
    let strings: IssuesJSON.Strings
    let workers: Int

    init(_ coder: NarrativeCoder, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.coder = coder
        strings = IssuesJSON.Strings(coder.compiled)
        self.workers = max(1, min(workers, 16))
    }

    func code(_ records: [NarrativeRecord]) -> [EncodedNarrative] {
        if workers == 1 || records.count < 32 { return encode(records[...]) }
        let parts = min(records.count, workers * 4)
        let size = (records.count + parts - 1) / parts
        let slots = Slots(count: parts)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let range = (part * size)..<min(records.count, (part + 1) * size)
            slots.set(part, encode(records[range]))
        }
        return slots.joined()
    }

    private func encode(_ records: ArraySlice<NarrativeRecord>) -> [EncodedNarrative] {
        let scratch = CodingScratch()
        var hashing: [UInt8] = []
        return records.map {
            EncodedNarrative($0, coder.codeEvidence($0.text, box: $0.level, scratch: scratch), strings: strings, scratch: &hashing)
        }
    }

    /// Results by part. `@unchecked Sendable`: every access holds `lock`.
    private final class Slots: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [[EncodedNarrative]]

        init(count: Int) { parts = Array(repeating: [], count: count) }

        func set(_ index: Int, _ coded: [EncodedNarrative]) { lock.withLock { parts[index] = coded } }

        func joined() -> [EncodedNarrative] { lock.withLock { parts.flatMap { $0 } } }
    }
}
