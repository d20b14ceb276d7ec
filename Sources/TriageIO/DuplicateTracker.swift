public import TriageCore

/// Remembers every narrative id read in one run, across all its inputs, to catch an id
/// that comes back with different text.
///
/// Share one tracker between the sources of a run (``NarrativeInputOptions/duplicates``).
/// An id seen again with **different** text is rejected as ``InputError/duplicateID(_:id:first:)``,
/// naming where it was first seen. An id seen again with **identical** text is the same
/// narrative exported twice: it is skipped (not coded twice) and counted in
/// ``identicalDuplicates``, so callers can say how many were skipped.
///
/// Memory stays small: each distinct id is kept once, as a 64-bit hash with a 64-bit hash
/// of its text and its first place (24 bytes, in fixed blocks that never move), and found
/// through an open-addressing index of 8-byte slots (part of the id's hash and the entry's
/// number), at most three quarters full: about 40 MB for a million ids, and no more than
/// a quarter of that is ever copied at once. Two different ids share a hash with odds of
/// about 1 in 40 million in a million-id run, which would show as a false duplicate
/// rejection, never as a narrative silently dropped. Pass no tracker
/// (``NarrativeInputOptions/duplicates`` nil) when a store checks ids itself.
public final class DuplicateTracker {
    /// One distinct id: its hash (never 0), its text's hash, and where it was first seen
    /// (source index + 1 in the high 16 bits, line in the low 48; 0 when unknown).
    private struct Entry {
        var id: UInt64
        var text: UInt64
        var place: UInt64
    }

    /// Entries in blocks of `blockSize`, each allocated once at full size, so that adding
    /// an id never copies the ones before it.
    private var blocks: [[Entry]] = []
    private static let blockShift = 16
    private static let blockSize = 1 << blockShift
    /// The index: 0 for an empty slot, else the id hash's high 32 bits (which also say
    /// where the slot belongs), then the entry's number + 1 in the low 32 bits.
    private var slots: [UInt64]
    private var mask: Int
    private var used = 0
    private var files: [String] = []
    private var fileIndex: [String: Int] = [:]
    private var lastFile: String?
    private var lastFileIndex = 0

    /// How many records were skipped as identical repeats of a narrative already read.
    public private(set) var identicalDuplicates = 0
    /// Where the first identical repeat was, for a summary line.
    public private(set) var firstIdenticalDuplicate: SourceLocation?
    /// How many distinct narrative ids have been seen.
    public var count: Int { used }

    public init() {
        slots = Array(repeating: 0, count: 1024)
        mask = 1023
    }

    /// What reading a record again means.
    public enum Outcome: Sendable, Equatable {
        /// A new id: use the record.
        case new
        /// The same id with the same text as before: skip the record.
        case identical(first: SourceLocation?)
        /// The same id with different text: reject the record.
        case conflict(first: SourceLocation?)
    }

    /// Notes `record` and says whether its id was seen before.
    public func check(_ record: NarrativeRecord) -> Outcome {
        var key = FastHash.hash(record.narrativeID, seed: 0x5eed)
        if key == 0 { key = 1 }
        let tag = key & 0xFFFF_FFFF_0000_0000
        var index = Self.home(tag) & mask
        while true {
            let slot = slots[index]
            if slot == 0 { break }
            if slot & 0xFFFF_FFFF_0000_0000 == tag {
                let number = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
                let entry = blocks[number >> Self.blockShift][number & (Self.blockSize - 1)]
                if entry.id == key {
                    let first = location(entry.place)
                    if entry.text == FastHash.hash(record.text, seed: 0x7e47) {
                        identicalDuplicates += 1
                        if firstIdenticalDuplicate == nil { firstIdenticalDuplicate = record.location }
                        return .identical(first: first)
                    }
                    return .conflict(first: first)
                }
            }
            index = (index + 1) & mask
        }
        guard used < Int(UInt32.max) else { return .new }  // past 4 billion ids, no more are remembered
        if used & (Self.blockSize - 1) == 0 {
            var block: [Entry] = []
            block.reserveCapacity(Self.blockSize)
            blocks.append(block)
        }
        blocks[blocks.count - 1].append(Entry(
            id: key, text: FastHash.hash(record.text, seed: 0x7e47), place: place(record.location)))
        used += 1
        slots[index] = tag | UInt64(used)
        if used * 4 > slots.count * 3 { grow() }
        return .new
    }

    private func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        for slot in old where slot != 0 {
            // The slot's place comes from its tag: growing never reads the entries.
            var index = Self.home(slot) & mask
            while slots[index] != 0 { index = (index + 1) & mask }
            slots[index] = slot
        }
    }

    /// Where a slot with this tag (the id hash's high 32 bits, in place) starts probing.
    @inline(__always)
    private static func home(_ tagged: UInt64) -> Int {
        Int(truncatingIfNeeded: tagged >> 32)
    }

    private func place(_ location: SourceLocation?) -> UInt64 {
        guard let location else { return 0 }
        let index: Int
        if let lastFile, lastFile == location.file {
            index = lastFileIndex
        } else if let known = fileIndex[location.file] {
            index = known
        } else {
            index = files.count
            files.append(location.file)
            fileIndex[location.file] = index
        }
        lastFile = location.file
        lastFileIndex = index
        guard index < 0xFFFF, location.line >= 0 else { return 0 }
        return UInt64(index + 1) << 48 | UInt64(min(location.line, (1 << 48) - 1))
    }

    private func location(_ place: UInt64) -> SourceLocation? {
        let index = Int(place >> 48) - 1
        guard index >= 0, index < files.count else { return nil }
        return SourceLocation(file: files[index], line: Int(place & ((1 << 48) - 1)))
    }
}
