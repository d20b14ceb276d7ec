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
/// letters or more, or are whole words of two (`\bMS\b`), are kept, the most telling first. A pattern with a top-level `|`, or with
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
        let kept = candidates.filter { $0.allSatisfy(Self.isTelling) }
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

    /// Whether a needle tells enough to be looked for: three letters or more, or a whole
    /// word of two ("\\bMS\\b", "\\bME\\b", which a pattern may hold as its only rare word
    /// beside common ones such as "has" or "his").
    static func isTelling(_ needle: Needle) -> Bool {
        let length = needle.text.count
        return length >= 3 || length == 2 && needle.atWordStart && needle.atWordEnd
    }

    /// An anchor needle as bytes.
    struct Word: Sendable {
        let bytes: [UInt8]
        /// Whether the needle must start a word (no letter or digit just before it) and end
        /// one (none just after it).
        let atWordStart: Bool
        let atWordEnd: Bool

        init(_ bytes: [UInt8], atWordStart: Bool = false, atWordEnd: Bool = false) {
            self.bytes = bytes
            self.atWordStart = atWordStart
            self.atWordEnd = atWordEnd
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

    /// Whether a narrative's case-folded words (`normalized`, as the tokeniser writes them)
    /// may hold a match: true when they hold a word of every set (or there are no sets). One
    /// regex's check through ``RegexPrefilter``, the coder's path (for tests and one-off
    /// checks; the coder lays out all its regexes once).
    static func mayMatch(_ sets: [[Word]], in normalized: UnsafeBufferPointer<UInt8>) -> Bool {
        let prefilter = RegexPrefilter([sets])
        var present = [UInt64](repeating: 0, count: max(prefilter.needleWords, 1))
        return present.withUnsafeMutableBufferPointer {
            prefilter.markNeedles(in: normalized, present: $0.baseAddress!)
            return prefilter.mayMatch(regex: 0, present: $0.baseAddress!)
        }
    }
}
