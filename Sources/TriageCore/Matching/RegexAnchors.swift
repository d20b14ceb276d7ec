import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Sets of words every match of a regular expression holds one of each, found by reading the
/// pattern: a narrative whose case-folded words lack a set cannot match, and the regular
/// expression (the costliest step of coding, by far) is not run on it.
///
/// Only what is certain is used. The pattern is read element by element; an element that
/// may be absent (`?`, `*`, `{0,…}`) or that is not plain letters is passed over. A run of
/// literal letters is a candidate (`\bmissed`, `attend[ae]nce` gives "attend"), and so is a
/// run of words joined by whitespace that must be there (`in\s+school` gives "in school",
/// looked for as two words side by side). A group is read the same way, each of its
/// alternatives giving its most telling candidate (`(?:under|dropped\s+(?:off|below))`
/// gives "under" or "dropped"). A candidate after `\b` or required whitespace must start a
/// word, and one before them must end a word (`\batt\b` is the word "att", not the start of
/// "attend"). A match holds one word of every candidate; those whose words all have three
/// letters or more are kept, the most telling first. A pattern with a top-level `|`, or with
/// no such candidate, has no anchors and always runs, as does one with escapes that name or
/// quote text (`\p{…}`, `\k<…>`, `\Q…\E`, `\x…`, back-references) or free-spacing mode
/// (`(?x)`), which this reading does not follow.
///
/// The words are looked for in the tokeniser's case-folded buffer (``TokenizedText/normalized``),
/// where every word is followed by a space: letters that stand side by side in a narrative
/// are always one word there, and words with only whitespace between them are one space
/// apart. (Case-insensitive matching that folds one letter into two, "ß" as "ss", is not
/// followed; narratives in English do not need it.)
///
/// ```swift
/// RegexAnchors.sets(in: #"\b(?:absent|missed)\s+\d+\s+days\b"#)   // [["\\babsent\\b", "\\bmissed\\b"], ["\\bdays\\b"]]
/// RegexAnchors.sets(in: #"\bin\s+school\s+\d+%"#)                  // [["\\bin school\\b"]]
/// ```
enum RegexAnchors {
    /// A run of words every match holds, and whether it must start or end a word.
    struct Needle: Hashable, Sendable, CustomStringConvertible {
        var text: String
        var atWordStart: Bool
        var atWordEnd: Bool

        /// The text with `\b` where it must start or end a word: `\bin school\b`.
        var description: String { (atWordStart ? "\\b" : "") + text + (atWordEnd ? "\\b" : "") }

        /// How much a narrative holding it tells: its letters, and a little for each edge
        /// that must be a word's.
        var weight: Int { text.count * 2 + (atWordStart ? 1 : 0) + (atWordEnd ? 1 : 0) }
    }

    /// The anchor sets of `pattern`, most telling first, each needle written as its
    /// ``Needle/description``: every match holds a needle of each set. Empty when there is
    /// none to rely on.
    static func sets(in pattern: String) -> [[String]] {
        needles(in: pattern).map { $0.map(\.description) }
    }

    /// The anchor sets of `pattern`, most telling first: every match holds a needle of each
    /// set. Empty when there is none to rely on.
    static func needles(in pattern: String) -> [[Needle]] {
        let chars = Array(pattern)  // free-spacing flags ("(?x)", "(?mx:") make the reader give up
        guard !PatternReader.hasTopLevelAlternation(chars, 0..<chars.count),
            let candidates = PatternReader(chars: chars).sequence(0..<chars.count, boundedBefore: false, boundedAfter: false)
        else { return [] }
        let kept = candidates.filter { Self.shortest($0) >= 3 }
        // Most telling first (stable for equal weights); a set that repeats one is dropped.
        var sets: [[Needle]] = []
        for set in kept.enumerated().sorted(by: { (weight($0.element), -$0.offset) > (weight($1.element), -$1.offset) }).map(\.element)
        where !sets.contains(set) {
            sets.append(set)
        }
        return sets
    }

    /// A set is as telling as its least telling needle.
    static func weight(_ set: [Needle]) -> Int { set.map(\.weight).min() ?? 0 }

    private static func shortest(_ set: [Needle]) -> Int { set.map(\.text.count).min() ?? 0 }

    /// An anchor needle as bytes, with the slots of its byte triples in a ``Signature``.
    struct Word: Sendable {
        let bytes: [UInt8]
        let slots: [Int]
        /// Whether the needle must start a word (no letter or digit just before it) and end
        /// one (none just after it).
        let atWordStart: Bool
        let atWordEnd: Bool

        init(_ bytes: [UInt8], atWordStart: Bool = false, atWordEnd: Bool = false) {
            self.bytes = bytes
            self.atWordStart = atWordStart
            self.atWordEnd = atWordEnd
            slots = bytes.count < 3 ? [] : (0..<(bytes.count - 2)).map { Signature.slot(bytes[$0], bytes[$0 + 1], bytes[$0 + 2]) }
        }

        /// Bit 0: it must start a word; bit 1: it must end one.
        var edges: UInt8 { (atWordStart ? 1 : 0) | (atWordEnd ? 2 : 0) }

        init(_ needle: Needle) {
            self.init(Array(needle.text.utf8), atWordStart: needle.atWordStart, atWordEnd: needle.atWordEnd)
        }
    }

    /// The anchor sets of `pattern` as ``Word``s.
    static func words(in pattern: String) -> [[Word]] {
        needles(in: pattern).map { $0.map(Word.init) }
    }

    /// Which triples of bytes a narrative's case-folded text holds, as 2,048 bits: a word with
    /// a triple the text lacks is not in it, found without searching. Filled once per
    /// narrative; many anchor words share first letters with the text's words, and a search
    /// for each was most of the prefilter's cost.
    ///
    /// A view of ``words`` 64-bit words the caller owns (the coder's scratch keeps them).
    struct Signature {
        static let words = 32
        let bits: UnsafeMutablePointer<UInt64>

        @inline(__always)
        static func slot(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
            Int(truncatingIfNeeded: ((UInt32(a) << 16 | UInt32(b) << 8 | UInt32(c)) &* 0x9E37_79B1) >> 21)
        }

        /// Records every triple of `text`'s bytes, forgetting the last text's.
        func fill(_ text: UnsafeBufferPointer<UInt8>) {
            bits.update(repeating: 0, count: Self.words)
            guard let base = text.baseAddress, text.count >= 3 else { return }
            for i in 0..<(text.count - 2) {
                let slot = Self.slot(base[i], base[i + 1], base[i + 2])
                bits[slot >> 6] |= 1 << UInt64(slot & 63)
            }
        }

        @inline(__always)
        func mayHold(_ word: Word) -> Bool {
            for slot in word.slots where !mayHold(slot: slot) { return false }
            return true
        }

        /// Whether the text has a triple in `slot`.
        @inline(__always)
        func mayHold(slot: Int) -> Bool {
            bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
        }
    }

    /// Whether a narrative's case-folded words (`normalized`, as the tokeniser writes them,
    /// with `signature` filled from them) may hold a match: true when they hold a word of
    /// every set (or there are no sets). One regex's check through ``RegexPrefilter``, the
    /// coder's path (for tests and one-off checks; the coder lays out all its regexes once).
    static func mayMatch(_ sets: [[Word]], in normalized: UnsafeBufferPointer<UInt8>, signature: Signature) -> Bool {
        let prefilter = RegexPrefilter([sets])
        var memo = [UInt8](repeating: 0, count: max(prefilter.needleCount, 1))
        return memo.withUnsafeMutableBufferPointer {
            prefilter.mayMatch(regex: 0, in: normalized, signature: signature, memo: $0.baseAddress!)
        }
    }

    /// Whether the `count` bytes at `base` hold the `length` bytes at `needle`, at a word's
    /// start or end when it must be (memchr for its first byte, then memcmp).
    static func contains(
        _ base: UnsafePointer<UInt8>, count: Int, needle: UnsafePointer<UInt8>, length: Int,
        atWordStart: Bool, atWordEnd: Bool
    ) -> Bool {
        let first = Int32(needle[0])
        var offset = 0
        while offset + length <= count {
            guard let hit = memchr(base + offset, first, count - offset) else { return false }
            let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            let end = at + length
            if end > count { return false }
            if memcmp(base + at, needle, length) == 0,
                !atWordStart || at == 0 || !isWordByte(base[at - 1]),
                !atWordEnd || end == count || !isWordByte(base[end])
            {
                return true
            }
            offset = at + 1
        }
        return false
    }

    /// An ASCII letter or digit of the case-folded buffer. Other bytes (the space after each
    /// word, an inner apostrophe, a byte of a letter beyond ASCII) may stand at a word's
    /// edge, which lets more narratives through, never fewer.
    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte &- 0x61 < 26 || byte &- 0x30 < 10
    }
}
