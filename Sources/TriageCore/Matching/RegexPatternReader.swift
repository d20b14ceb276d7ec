/// Reads a regular expression's pattern (ICU syntax) for ``RegexAnchors``: the runs of words
/// every match holds, with whether each must start or end a word.
///
/// A needle's edge is a word's when the pattern puts `\b`, required whitespace or a required
/// character that is no letter, digit or underscore (`-`, `'`, `,`, `\.`, `\W`) beside it.
/// That holds in the tokeniser's case-folded buffer too: letters and digits that stand side
/// by side in a narrative are one word there, followed by a space, and the only other
/// characters kept inside a word (an inner apostrophe, a currency sign, a decimal point) are
/// no letter or digit. What the reader cannot be sure of, it leaves out: an optional element,
/// a character class, a repeated group, a look-around.
struct PatternReader {
    typealias Needle = RegexAnchors.Needle

    let chars: [Character]

    /// Whether `range` holds a `|` outside every group and class.
    static func hasTopLevelAlternation(_ chars: [Character], _ range: Range<Int>) -> Bool {
        !alternatives(chars, range).dropFirst().isEmpty
    }

    /// `range` split at its top-level `|`s.
    static func alternatives(_ chars: [Character], _ range: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        var depth = 0
        var i = range.lowerBound
        while i < range.upperBound {
            switch chars[i] {
            case "\\": i += 1
            case "[": i = closingBracket(chars, from: i) ?? range.upperBound
            case "(": depth += 1
            case ")": depth -= 1
            case "|" where depth == 0:
                parts.append(start..<i)
                start = i + 1
            default: break
            }
            i += 1
        }
        parts.append(start..<range.upperBound)
        return parts
    }

    /// The candidate sets of the sequence in `range` (which has no top-level `|`): every match
    /// of it holds a needle of each. `boundedBefore` and `boundedAfter` say whether what
    /// precedes and follows the sequence is no letter or digit. Nil when the pattern has an
    /// element this reading does not follow (an escape that names or quotes text).
    func sequence(_ range: Range<Int>, boundedBefore: Bool, boundedAfter: Bool) -> [[Needle]]? {
        var candidates: [[Needle]] = []
        var run = ""  // letters, with one space for required whitespace between words
        var runStart = false  // whether the run starts a word
        var pending = boundedBefore  // whether what comes next follows a character no letter or digit
        var i = range.lowerBound
        let end = range.upperBound

        /// Ends the run: `wordEnd` when what follows it is no letter or digit; a trailing
        /// space (required whitespace) ends a word in any case. Sets `pending` for what comes
        /// next to `next`, or to true after a trailing space when `next` is nil.
        func closeRun(wordEnd: Bool, next: Bool?) {
            var text = run
            var atEnd = wordEnd
            let trailingSpace = text.hasSuffix(" ")
            if trailingSpace {
                text.removeLast()
                atEnd = true
            }
            if !text.isEmpty {
                candidates.append([Needle(text: text, atWordStart: runStart, atWordEnd: atEnd)])
            }
            if run.isEmpty {
                pending = next ?? pending
            } else {
                pending = next ?? trailingSpace
            }
            run = ""
        }

        while i < end {
            let c = chars[i]
            if let letter = Self.asciiLetter(c) {
                let q = Self.quantifier(chars, at: i + 1, end: end)
                if run.isEmpty { runStart = pending }
                if q.optional {
                    closeRun(wordEnd: false, next: false)
                } else if q.present {
                    run.append(letter)
                    closeRun(wordEnd: false, next: false)
                } else {
                    run.append(letter)
                }
                i = q.next
                continue
            }
            switch c {
            case "\\":
                guard i + 1 < end else { return nil }
                let e = chars[i + 1]
                let q = Self.quantifier(chars, at: i + 2, end: end)
                switch e {
                case "s":
                    if q.optional {
                        if run.isEmpty || run.hasSuffix(" ") { closeRun(wordEnd: true, next: nil) } else { closeRun(wordEnd: false, next: false) }
                    } else if run.isEmpty {
                        pending = true
                    } else if !run.hasSuffix(" ") {
                        run.append(" ")
                    }
                case "b":
                    closeRun(wordEnd: true, next: true)
                case "W":
                    closeRun(wordEnd: !q.optional, next: !q.optional)
                case "B", "d", "D", "w", "S", "h", "H", "v", "V", "R", "n", "t", "r", "f", "a", "e", "A", "z", "Z", "G":
                    closeRun(wordEnd: false, next: false)
                default:
                    // An escaped character that is no letter or digit stands for itself.
                    guard let scalar = e.unicodeScalars.first, e.unicodeScalars.count == 1, scalar.isASCII,
                        !Self.isWordCharacter(e)
                    else { return nil }  // \p, \k, \Q, \x, \u, \N, \c, back-references: not followed
                    closeRun(wordEnd: !q.optional, next: !q.optional)
                }
                i = q.next
            case " ":
                let q = Self.quantifier(chars, at: i + 1, end: end)
                if q.optional {
                    if run.isEmpty || run.hasSuffix(" ") { closeRun(wordEnd: true, next: nil) } else { closeRun(wordEnd: false, next: false) }
                } else if run.isEmpty {
                    pending = true
                } else if !run.hasSuffix(" ") {
                    run.append(" ")
                }
                i = q.next
            case "[":
                guard let close = Self.closingBracket(chars, from: i) else { return nil }
                closeRun(wordEnd: false, next: false)
                i = Self.quantifier(chars, at: close + 1, end: end).next
            case "(":
                guard let close = Self.closingParen(chars, from: i), close < end else { return nil }
                let q = Self.quantifier(chars, at: close + 1, end: end)
                guard let body = groupBody(i, close) else { return nil }
                let before = run.isEmpty ? pending : run.hasSuffix(" ")
                closeRun(wordEnd: false, next: false)
                i = q.next
                guard let body, !q.optional else { continue }  // a look-around or flags; or optional
                let repeats = q.repeats
                let after = !repeats && followsWithBoundary(from: q.next, end: end)
                let parts = Self.alternatives(chars, body)
                var chosen: [[Needle]] = []
                for part in parts {
                    guard let sets = sequence(part, boundedBefore: before && !repeats, boundedAfter: after) else { return nil }
                    if parts.count == 1 {
                        chosen.append(contentsOf: sets)
                    } else if let best = sets.max(by: { Self.rank($0) < Self.rank($1) }) {
                        chosen.append(best)
                    } else {
                        chosen = []
                        break
                    }
                }
                if parts.count == 1 {
                    candidates.append(contentsOf: chosen)
                } else if chosen.count == parts.count {
                    var union: [Needle] = []
                    for needle in chosen.joined() where !union.contains(needle) { union.append(needle) }
                    candidates.append(union)
                }
            case "^":
                closeRun(wordEnd: false, next: true)
                i += 1
            case "$":
                closeRun(wordEnd: true, next: false)
                i += 1
            case ")":
                return nil  // unbalanced
            default:
                // Any character ("."), a quantifier out of place, or a literal: a literal that
                // is no letter, digit or underscore ("-", "'", ",", "’") ends a word when it
                // must be there.
                let q = Self.quantifier(chars, at: i + 1, end: end)
                let wordBreak = c != "." && c != "{" && c != "}" && c != "*" && c != "+" && c != "?" && !Self.isWordCharacter(c)
                closeRun(wordEnd: wordBreak && !q.optional, next: wordBreak && !q.optional)
                i = q.next
            }
        }
        closeRun(wordEnd: boundedAfter, next: nil)
        return candidates
    }

    /// The body of the group opened at `open` and closed at `close`: nil (outer) when the
    /// group's flags ask for free-spacing mode; nil (inner) for a group that matches no text
    /// (a look-around, a comment, flags alone).
    private func groupBody(_ open: Int, _ close: Int) -> Range<Int>?? {
        let start = open + 1
        guard start < close, chars[start] == "?" else { return .some(start..<close) }
        guard start + 1 < close else { return .some(nil) }
        switch chars[start + 1] {
        case ":", ">": return .some((start + 2)..<close)
        case "=", "!", "#": return .some(nil)
        case "<":
            guard start + 2 < close else { return .some(nil) }
            if chars[start + 2] == "=" || chars[start + 2] == "!" { return .some(nil) }
            // A named group: (?<name>…)
            var k = start + 2
            while k < close, chars[k] != ">" { k += 1 }
            return .some((k + 1)..<close)
        default:
            // Flags: (?i) or (?i-m:…)
            var k = start + 1
            while k < close, chars[k] != ":" {
                if chars[k] == "x" { return nil }
                k += 1
            }
            return .some(k < close ? (k + 1)..<close : nil)
        }
    }

    /// Whether what comes at `i` is surely no letter or digit: `\b`, required whitespace,
    /// `\W`, the end, or a required literal that is no letter, digit or underscore.
    private func followsWithBoundary(from i: Int, end: Int) -> Bool {
        guard i < end else { return false }
        let c = chars[i]
        if c == "\\" {
            guard i + 1 < end else { return false }
            let e = chars[i + 1]
            let q = Self.quantifier(chars, at: i + 2, end: end)
            if e == "b" { return true }
            if e == "s" || e == "W" { return !q.optional }
            guard e.unicodeScalars.count == 1, e.unicodeScalars.first!.isASCII, !Self.isWordCharacter(e) else { return false }
            return !q.optional
        }
        if c == "$" { return true }
        if "()[]{}|.*+?^".contains(c) || Self.isWordCharacter(c) { return false }
        return !Self.quantifier(chars, at: i + 1, end: end).optional
    }

    /// How good a set of needles is as a group alternative's anchor: one whose words all tell
    /// enough to be looked for (``RegexAnchors/isTelling(_:)``), then the most telling.
    private static func rank(_ set: [Needle]) -> (Int, Int) {
        (set.allSatisfy(RegexAnchors.isTelling) ? 1 : 0, RegexAnchors.weight(set))
    }

    private static func asciiLetter(_ c: Character) -> Character? {
        guard let ascii = c.asciiValue, (ascii | 0x20) &- 0x61 < 26 else { return nil }
        return Character(Unicode.Scalar(ascii | 0x20))
    }

    /// A character a regular expression's `\w` matches: a letter, a mark, a digit or `_`.
    private static func isWordCharacter(_ c: Character) -> Bool {
        c == "_" || c.isLetter || c.isNumber || c.unicodeScalars.contains { scalar in
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return false
            }
        }
    }

    /// The quantifier at `i`, if any: whether it lets the element be absent, whether it
    /// lets it repeat, and where the next element starts (after a lazy `?` or possessive `+`).
    private static func quantifier(_ chars: [Character], at i: Int, end: Int) -> (present: Bool, optional: Bool, repeats: Bool, next: Int) {
        guard i < end else { return (false, false, false, i) }
        var optional = false
        var repeats = false
        var next = i
        switch chars[i] {
        case "?": optional = true; next = i + 1
        case "*": optional = true; repeats = true; next = i + 1
        case "+": repeats = true; next = i + 1
        case "{":
            var k = i + 1
            var low = ""
            while k < end, chars[k].isASCII, chars[k].wholeNumberValue != nil { low.append(chars[k]); k += 1 }
            guard !low.isEmpty else { return (false, false, false, i) }
            var high = low
            if k < end, chars[k] == "," {
                k += 1
                high = ""
                while k < end, chars[k].isASCII, chars[k].wholeNumberValue != nil { high.append(chars[k]); k += 1 }
            }
            guard k < end, chars[k] == "}" else { return (false, false, false, i) }
            optional = Int(low) == 0
            repeats = high.isEmpty || (Int(high) ?? 0) > 1
            next = k + 1
        default:
            return (false, false, false, i)
        }
        if next < end, chars[next] == "?" || chars[next] == "+" { next += 1 }
        return (true, optional, repeats, next)
    }

    static func closingParen(_ chars: [Character], from start: Int) -> Int? {
        var depth = 0
        var i = start
        while i < chars.count {
            switch chars[i] {
            case "\\": i += 1
            case "[":
                guard let close = closingBracket(chars, from: i) else { return nil }
                i = close
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

    /// The `]` that closes the class opened at `start`, past nested classes (`[a-z&&[^x]]`).
    static func closingBracket(_ chars: [Character], from start: Int) -> Int? {
        var i = start + 1
        if i < chars.count, chars[i] == "^" { i += 1 }
        if i < chars.count, chars[i] == "]" { i += 1 }  // a leading ] is literal
        var depth = 1
        while i < chars.count {
            switch chars[i] {
            case "\\": i += 1
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return i }
            default: break
            }
            i += 1
        }
        return nil
    }
}
