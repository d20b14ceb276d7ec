import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The anchors (``RegexAnchors``) of a lexicon's regex terms, laid out flat once per lexicon:
/// every distinct needle once, and each regex's sets as lists of needle numbers. Per
/// narrative a needle is looked for at most once, however many regexes share it ("his",
/// "missed", "school"), and the look-up walks a few contiguous buffers instead of an array
/// per word.
///
/// Immutable after `init`; the buffers it owns are freed with it.
final class RegexPrefilter: @unchecked Sendable {
    /// Every needle's bytes, one after another; needle `n`'s are at
    /// `bytes[byteStart[n]..<byteStart[n + 1]]`.
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    private let byteStart: UnsafeMutableBufferPointer<Int32>
    /// Needle `n`'s slots in a ``RegexAnchors/Signature``, at `slots[slotStart[n]..<slotStart[n + 1]]`.
    private let slots: UnsafeMutableBufferPointer<UInt16>
    private let slotStart: UnsafeMutableBufferPointer<Int32>
    /// Bit 0: needle `n` must start a word; bit 1: it must end one.
    private let edges: UnsafeMutableBufferPointer<UInt8>
    /// Regex `r`'s sets are `setStart[regexStart[r]..<regexStart[r + 1]]`; set `k`'s needles
    /// are `setNeedles[setStart[k]..<setStart[k + 1]]`.
    private let regexStart: UnsafeMutableBufferPointer<Int32>
    private let setStart: UnsafeMutableBufferPointer<Int32>
    private let setNeedles: UnsafeMutableBufferPointer<Int32>
    /// How many distinct needles there are: the size of a narrative's memo.
    let needleCount: Int

    /// Lays out the anchor sets of each regex, in order.
    init(_ anchors: [[[RegexAnchors.Word]]]) {
        struct Key: Hashable {
            let bytes: [UInt8]
            let edges: UInt8
        }
        var numbers: [Key: Int32] = [:]
        var words: [RegexAnchors.Word] = []
        var regexStart: [Int32] = [0]
        var setStart: [Int32] = [0]
        var setNeedles: [Int32] = []
        for sets in anchors {
            for set in sets {
                for word in set {
                    let key = Key(bytes: word.bytes, edges: word.edges)
                    let number: Int32
                    if let known = numbers[key] {
                        number = known
                    } else {
                        number = Int32(words.count)
                        numbers[key] = number
                        words.append(word)
                    }
                    setNeedles.append(number)
                }
                setStart.append(Int32(setNeedles.count))
            }
            regexStart.append(Int32(setStart.count - 1))
        }
        needleCount = words.count
        var byteStart: [Int32] = [0]
        var slotStart: [Int32] = [0]
        var allBytes: [UInt8] = []
        var allSlots: [UInt16] = []
        var edges: [UInt8] = []
        for word in words {
            allBytes.append(contentsOf: word.bytes)
            byteStart.append(Int32(allBytes.count))
            allSlots.append(contentsOf: word.slots.map { UInt16($0) })
            slotStart.append(Int32(allSlots.count))
            edges.append(word.edges)
        }
        func copy<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(array.count, 1))
            _ = buffer.initialize(from: array)
            return buffer
        }
        bytes = copy(allBytes)
        self.byteStart = copy(byteStart)
        slots = copy(allSlots)
        self.slotStart = copy(slotStart)
        self.edges = copy(edges)
        self.regexStart = copy(regexStart)
        self.setStart = copy(setStart)
        self.setNeedles = copy(setNeedles)
    }

    deinit {
        bytes.deallocate()
        byteStart.deallocate()
        slots.deallocate()
        slotStart.deallocate()
        edges.deallocate()
        regexStart.deallocate()
        setStart.deallocate()
        setNeedles.deallocate()
    }

    /// Whether regex `regex` may match the narrative whose case-folded words are `normalized`
    /// (with `signature` filled from them): true when they hold a needle of every set of
    /// its anchors, or it has none. `memo` has ``needleCount`` bytes, zeroed for each
    /// narrative: 0 not looked for yet, 1 held, 2 not held.
    @inline(__always)
    func mayMatch(
        regex: Int, in normalized: UnsafeBufferPointer<UInt8>, signature: RegexAnchors.Signature,
        memo: UnsafeMutablePointer<UInt8>
    ) -> Bool {
        var k = Int(regexStart[regex])
        let lastSet = Int(regexStart[regex + 1])
        while k < lastSet {
            var j = Int(setStart[k])
            let end = Int(setStart[k + 1])
            var any = false
            while j < end {
                let n = Int(setNeedles[j])
                var state = memo[n]
                if state == 0 {
                    state = holds(n, normalized, signature) ? 1 : 2
                    memo[n] = state
                }
                if state == 1 {
                    any = true
                    break
                }
                j += 1
            }
            if !any { return false }
            k += 1
        }
        return true
    }

    /// Whether `normalized` holds needle `n` where it may stand.
    private func holds(_ n: Int, _ normalized: UnsafeBufferPointer<UInt8>, _ signature: RegexAnchors.Signature) -> Bool {
        for s in Int(slotStart[n])..<Int(slotStart[n + 1]) where !signature.mayHold(slot: Int(slots[s])) {
            return false
        }
        let start = Int(byteStart[n])
        let length = Int(byteStart[n + 1]) - start
        guard length > 0, let base = normalized.baseAddress, length <= normalized.count else { return false }
        let edge = edges[n]
        return RegexAnchors.contains(
            base, count: normalized.count, needle: bytes.baseAddress! + start, length: length,
            atWordStart: edge & 1 != 0, atWordEnd: edge & 2 != 0)
    }
}
