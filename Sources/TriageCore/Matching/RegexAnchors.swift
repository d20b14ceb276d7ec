import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Sets of words every match of a regular expression holds one of each, found by reading the
/// pattern: a narrative whose case-folded words lack a set cannot match, and the regular
/// expression (the costliest step of coding, by far) is not run on it.
///
/// Only what is certain is used. The pattern's top level is read element by element; an
/// element that may be absent (`?`, `*`, `{0,…}`) or that is not plain letters is passed
/// over. A literal run of letters (`\bmissed`, `attend[ae]nce` gives "attend") or a group of
/// alternatives made only of letters and `\s` (`(?:absent|missed)`, `(?:sixth\s+form|course)`)
/// is a candidate: each alternative gives its longest word. A match holds a word of every
/// candidate; those whose words all have three letters or more are kept, the most telling
/// (longest shortest word) first. A pattern with a top-level `|`, or with no such candidate,
/// has no anchors and always runs, as does one with escapes that name or quote text
/// (`\p{…}`, `\k<…>`, `\Q…\E`, `\x…`) or free-spacing mode (`(?x)`), which this reading
/// does not follow.
///
/// ```swift
/// RegexAnchors.sets(in: #"\b(?:absent|missed)\s+\d+\s+days\b"#)   // [["absent", "missed"], ["days"]]
/// RegexAnchors.sets(in: #"(?:^|\s)\d+%\s+(?:school\s+)?attend[ae]nce"#)   // [["attend"]]
/// ```
enum RegexAnchors {
    /// The anchor sets of `pattern`, lower-cased, most telling first: every match holds a
    /// word of each set. Empty when there is none to rely on.
    static func sets(in pattern: String) -> [[String]] {
        if pattern.contains("(?x") || pattern.contains("(?ix") || pattern.contains("(?xi") { return [] }
        let chars = Array(pattern.lowercased())
        var candidates: [[String]] = []
        var i = 0
        var run = ""  // the literal letters read so far at the top level
        func endRun(droppingLast: Bool = false) {
            var word = run
            if droppingLast && !word.isEmpty { word.removeLast() }
            if word.count >= 3 { candidates.append([word]) }
            run = ""
        }
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "a"..."z":
                run.append(c)
                i += 1
                if i < chars.count, isOptionalQuantifier(chars, at: i) { endRun(droppingLast: true) }
            case "|":
                return []  // a top-level alternation: nothing is certain
            case "(":
                endRun()
                guard let close = closingParen(chars, from: i) else { return [] }
                let body = String(chars[(i + 1)..<close])
                i = close + 1
                if i < chars.count, isOptionalQuantifier(chars, at: i) { continue }
                if let words = alternativeWords(body) { candidates.append(words) }
            case "[":
                endRun()
                guard let close = closingBracket(chars, from: i) else { return [] }
                i = close + 1
            case "\\":
                endRun()
                // \b, \s, \d, \. are no letters of a word; escapes that carry text are not read.
                if i + 1 < chars.count, "kpqxnuce0123456789".contains(chars[i + 1]) { return [] }
                i += 2
            default:
                endRun()
                i += 1
            }
        }
        endRun()
        let kept = candidates.filter { shortest($0) >= 3 }
        // Most telling first (stable for equal lengths); a set that repeats one is dropped.
        var sets: [[String]] = []
        for set in kept.enumerated().sorted(by: { (shortest($0.element), -$0.offset) > (shortest($1.element), -$1.offset) }).map(\.element)
        where !sets.contains(set) {
            sets.append(set)
        }
        return sets
    }

    /// An anchor word, with the slots of its letter triples in a ``Signature``.
    struct Word: Sendable {
        let bytes: [UInt8]
        let slots: [Int]

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            slots = bytes.count < 3 ? [] : (0..<(bytes.count - 2)).map { Signature.slot(bytes[$0], bytes[$0 + 1], bytes[$0 + 2]) }
        }
    }

    /// The anchor sets of `pattern` as ``Word``s.
    static func words(in pattern: String) -> [[Word]] {
        sets(in: pattern).map { $0.map { Word(Array($0.utf8)) } }
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
            for slot in word.slots where bits[slot >> 6] & (1 << UInt64(slot & 63)) == 0 { return false }
            return true
        }
    }

    /// Whether a narrative's case-folded words (`normalized`, as the tokeniser writes them,
    /// with `signature` filled from them) may hold a match: true when they hold a word of
    /// every set (or there are no sets).
    static func mayMatch(_ sets: [[Word]], in normalized: UnsafeBufferPointer<UInt8>, signature: Signature) -> Bool {
        if sets.isEmpty { return true }
        guard let base = normalized.baseAddress, normalized.count > 0 else { return false }
        let count = normalized.count
        for set in sets {
            var any = false
            for word in set where !word.bytes.isEmpty && word.bytes.count <= count {
                if signature.mayHold(word) && contains(base, count: count, word.bytes) {
                    any = true
                    break
                }
            }
            if !any { return false }
        }
        return true
    }

    /// Whether the `count` bytes at `base` contain `needle` (memchr for its first byte, then memcmp).
    private static func contains(_ base: UnsafePointer<UInt8>, count: Int, _ needle: [UInt8]) -> Bool {
        let first = Int32(needle[0])
        var offset = 0
        return needle.withUnsafeBufferPointer { needleBytes -> Bool in
            let needleBase = UnsafeRawPointer(needleBytes.baseAddress!)
            while offset + needle.count <= count {
                let start = UnsafeRawPointer(base + offset)
                guard let hit = memchr(start, first, count - offset) else { return false }
                let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                if at + needle.count > count { return false }
                if memcmp(UnsafeRawPointer(base + at), needleBase, needle.count) == 0 { return true }
                offset = at + 1
            }
            return false
        }
    }

    private static func shortest(_ words: [String]) -> Int { words.map(\.count).min() ?? 0 }

    /// Whether the quantifier at `i` lets the element before it be absent.
    private static func isOptionalQuantifier(_ chars: [Character], at i: Int) -> Bool {
        switch chars[i] {
        case "?", "*": return true
        case "{": return i + 1 < chars.count && chars[i + 1] == "0"
        default: return false
        }
    }

    /// The longest word of each alternative of a group body, when every alternative is made
    /// only of letters, spaces and `\s` (with `+`, `*` or `?` after it); nil otherwise.
    private static func alternativeWords(_ body: String) -> [String]? {
        var text = Substring(body)
        if text.hasPrefix("?:") { text = text.dropFirst(2) } else if text.hasPrefix("?") { return nil }
        var words: [String] = []
        for alternative in text.split(separator: "|", omittingEmptySubsequences: false) {
            let spaced = String(alternative).replacingOccurrences(of: "\\s+", with: " ")
                .replacingOccurrences(of: "\\s*", with: " ").replacingOccurrences(of: "\\s?", with: " ")
                .replacingOccurrences(of: "\\s", with: " ")
            guard !spaced.isEmpty, spaced.allSatisfy({ ("a"..."z").contains($0) || $0 == " " }) else { return nil }
            guard let longest = spaced.split(separator: " ").max(by: { $0.count < $1.count }) else { return nil }
            words.append(String(longest))
        }
        return words.isEmpty ? nil : words
    }

    private static func closingParen(_ chars: [Character], from start: Int) -> Int? {
        var depth = 0
        var i = start
        while i < chars.count {
            switch chars[i] {
            case "\\": i += 1
            case "[": guard let close = closingBracket(chars, from: i) else { return nil }; i = close
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return i }
            default: break
            }
            i += 1
        }
        return nil
    }

    private static func closingBracket(_ chars: [Character], from start: Int) -> Int? {
        var i = start + 1
        if i < chars.count, chars[i] == "^" { i += 1 }
        if i < chars.count, chars[i] == "]" { i += 1 }  // a leading ] is literal
        while i < chars.count {
            if chars[i] == "\\" { i += 2; continue }
            if chars[i] == "]" { return i }
            i += 1
        }
        return nil
    }
}
