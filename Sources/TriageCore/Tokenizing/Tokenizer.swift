/// Splits narratives into tokens.
///
/// Built for text pasted from Word and case-management systems: curly quotes and
/// apostrophes, non-breaking spaces, en and em dashes, bullets, accented names and
/// emoji. It
/// - case-folds words (ASCII fast, other scripts through Unicode lower-case mappings)
///   and writes `’` as `'`;
/// - treats hyphens, slashes and dash variants between words as word separators, so
///   "rent-arrears" and "rent arrears" match alike and "DV/DA" is two words, but reads
///   note-takers' "w/" and "w/o" as the words "with" and "without";
/// - keeps numbers, percentages, `£` amounts and ages in brackets as single tokens
///   (`82%`, `£1,150`, `(7)`);
/// - emits punctuation tokens for sentence boundaries (`.` `!` `?`, line breaks,
///   bullets), clause boundaries (`;` `:` a spaced dash, `…`), commas and brackets.
///
/// Words such as "but" or "however" that end a context scope are ordinary words here;
/// the context rules list them as terminators.
///
/// ```swift
/// let t = Tokenizer().tokenize("No concerns re housing – rent-arrears £900")
/// // no · concerns · re · housing · – · rent · arrears · £900
/// ```
public struct Tokenizer: Sendable {
    public init() {}

    /// Tokenises `text`.
    public func tokenize(_ text: String) -> TokenizedText {
        let bytes = Array(text.utf8)
        var tokens = ScratchBuffer<Token>(capacity: bytes.count + 1)
        var normalized = ScratchBuffer<UInt8>(capacity: bytes.count * 4 + 16)
        defer {
            tokens.deallocate()
            normalized.deallocate()
        }
        bytes.withUnsafeBufferPointer { pointer in
            Tokenizer.tokenize(pointer, tokens: &tokens, normalized: &normalized)
        }
        return TokenizedText(text: text, utf8: bytes, tokens: Array(tokens.buffer), normalized: Array(normalized.buffer))
    }

    /// Tokenises `bytes` into reusable buffers, emptying them first; with a `symbolizer`,
    /// looks up each token's symbols as it is emitted.
    static func tokenize(
        _ bytes: UnsafeBufferPointer<UInt8>, tokens: inout ScratchBuffer<Token>, normalized: inout ScratchBuffer<UInt8>,
        symbolizer: inout some TokenSink
    ) {
        tokens.removeAll()
        normalized.removeAll()
        tokens.reserve(bytes.count + 1)
        normalized.reserve(bytes.count * 4 + 16)  // + 8 for the last eight-byte store
        var scanner = Scanner(bytes: bytes, tokens: tokens, normalized: normalized, sink: symbolizer)
        scanner.run()
        tokens = scanner.tokens
        normalized = scanner.normalized
        symbolizer = scanner.sink
    }

    /// Tokenises `bytes` into reusable buffers, emptying them first.
    static func tokenize(
        _ bytes: UnsafeBufferPointer<UInt8>, tokens: inout ScratchBuffer<Token>, normalized: inout ScratchBuffer<UInt8>
    ) {
        var none = NoTokenSink()
        tokenize(bytes, tokens: &tokens, normalized: &normalized, symbolizer: &none)
    }

    /// Whether `word` (case-folded bytes) is an abbreviation after which a full stop
    /// followed by a lower-case word or a number does not end the sentence ("approx. 20").
    @inline(__always)
    static func isAbbreviation(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 2, word.count <= 6 else { return false }
        var packed: UInt64 = 0
        for byte in word { packed = packed << 8 | UInt64(byte) }
        return abbreviations.contains(packed)
    }

    /// The abbreviations, each packed big-endian into a `UInt64` (at most 8 bytes).
    static let abbreviations: Set<UInt64> = Set(
        ["approx", "e.g", "i.e", "eg", "ie", "etc", "dr", "mr", "mrs", "ms", "st", "no", "vs", "yr", "yrs",
         "hrs", "mins", "wk", "wks", "appt", "appts", "inc", "incl", "dept", "re", "ref", "tel", "mob"]
            .map { $0.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) } })
}

/// Takes each token as the tokeniser emits it.
protocol TokenSink {
    /// Any token.
    mutating func add(_ token: Token, normalized: UnsafePointer<UInt8>)
    /// A word or number token.
    mutating func addWord(_ token: Token, normalized: UnsafePointer<UInt8>)
}

/// A sink that does nothing: plain tokenising.
struct NoTokenSink: TokenSink {
    @inline(__always) mutating func add(_ token: Token, normalized: UnsafePointer<UInt8>) {}
    @inline(__always) mutating func addWord(_ token: Token, normalized: UnsafePointer<UInt8>) {}
}

/// The tokeniser's cursor over UTF-8 bytes, counting Unicode scalars as it goes, writing
/// tokens and case-folded bytes into buffers sized by the caller (a token per byte at
/// most; four case-folded bytes per byte at most: `&` becomes "and" and its separator).
///
/// Each word or number's case-folded bytes are followed by a space, so that the buffer
/// reads as the narrative's words: a regular expression's anchors (``RegexAnchors``) are
/// looked for in it with their word boundaries and the spaces between their words.
struct Scanner<Sink: TokenSink> {
    let bytes: UnsafeBufferPointer<UInt8>
    var tokens: ScratchBuffer<Token>
    var normalized: ScratchBuffer<UInt8>
    /// Told of each token as it is emitted (a ``Symbolizer`` looks up its symbols).
    var sink: Sink
    var index = 0
    var scalarIndex = 0
    var atLineStart = true
    var afterSpace = true


    /// Decodes the scalar at `position`: its value and its length in bytes.
    @inline(__always)
    func decode(at position: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[position])
        if lead < 0x80 { return (lead, 1) }
        return decodeMultibyte(at: position, lead: lead)
    }

    func decodeMultibyte(at position: Int, lead: UInt32) -> (value: UInt32, length: Int) {
        let count = bytes.count
        @inline(__always) func continuation(_ offset: Int) -> UInt32? {
            let p = position + offset
            guard p < count, bytes[p] & 0xC0 == 0x80 else { return nil }
            return UInt32(bytes[p] & 0x3F)
        }
        if lead & 0xE0 == 0xC0, let b1 = continuation(1) {
            return (((lead & 0x1F) << 6) | b1, 2)
        }
        if lead & 0xF0 == 0xE0, let b1 = continuation(1), let b2 = continuation(2) {
            return (((lead & 0x0F) << 12) | (b1 << 6) | b2, 3)
        }
        if lead & 0xF8 == 0xF0, let b1 = continuation(1), let b2 = continuation(2), let b3 = continuation(3) {
            return (((lead & 0x07) << 18) | (b1 << 12) | (b2 << 6) | b3, 4)
        }
        return (0xFFFD, 1)  // Swift strings are valid UTF-8; this only guards odd input.
    }

    /// The class of the scalar at `position`, or `.whitespace` past the end.
    @inline(__always)
    func classAt(_ position: Int) -> CharacterClass {
        position < bytes.count ? CharacterClass.of(decode(at: position).value) : .whitespace
    }

    mutating func run() {
        let count = bytes.count
        while index < count {
            // Fast paths: a space, and a word starting with an ASCII letter.
            let lead = bytes[index]
            if lead == 0x20 {
                index += 1
                scalarIndex += 1
                afterSpace = true
                continue
            }
            if (lead | 0x20) &- 0x61 < 26 {
                scanWord(firstClass: .letter)
                atLineStart = false
                afterSpace = false
                continue
            }
            let (value, length) = decode(at: index)
            let cls = CharacterClass.of(value)
            switch cls {
            case .whitespace:
                advance(length)
                afterSpace = true
                continue
            case .newline:
                if !atLineStart { emitPunctuation(.sentence, length: length) }
                else { advance(length) }
                atLineStart = true
                afterSpace = true
                continue
            case .letter, .digit, .currency:
                scanWord(firstClass: cls)
            case .openBracket:
                if !scanBracketedAge() {
                    emitPunctuation(.bracket, length: length)
                }
            case .closeBracket:
                emitPunctuation(.bracket, length: length)
            case .period:
                scanPeriod()
            case .sentenceMark:
                emitPunctuation(.sentence, length: length)
            case .semicolon, .ellipsis:
                emitPunctuation(.clause, length: length)
            case .colon:
                let previous = index > 0 ? CharacterClass.of(UInt32(bytes[index - 1])) : .whitespace
                if previous == .digit && classAt(index + 1) == .digit {
                    advance(length)  // a time such as 10:30
                } else {
                    emitPunctuation(.clause, length: length, label: true)
                }
            case .comma:
                emitPunctuation(.comma, length: length)
            case .dash:
                let after = classAt(index + length)
                let spacedAfter = after == .whitespace || after == .newline
                if atLineStart && spacedAfter {
                    emitPunctuation(.sentence, length: length)
                } else if afterSpace && spacedAfter {
                    emitPunctuation(.clause, length: length, label: true)
                } else {
                    advance(length)  // a hyphen joining words: a separator
                }
            case .bullet:
                if atLineStart || value != 0x2A {
                    emitPunctuation(.sentence, length: length)
                } else {
                    advance(length)
                }
            case .ampersand:
                let start = normalized.count
                normalized.append(0x61)  // "and"
                normalized.append(0x6E)
                normalized.append(0x64)
                appendToken(kind: .word, byteStart: index, scalarStart: scalarIndex, length: length,
                    scalars: 1, normalizedStart: start, normalizedEnd: normalized.count)
                advance(length)
            case .apostrophe, .separator, .percent, .other:
                advance(length)
                continue
            }
            atLineStart = false
            afterSpace = false
        }
    }

    @inline(__always)
    mutating func advance(_ length: Int) {
        index += length
        scalarIndex += 1
    }

    @inline(__always)
    mutating func appendToken(
        kind: Token.Kind, boundary: Token.Boundary = .none, label: Bool = false,
        byteStart: Int, scalarStart: Int, length: Int, scalars: Int,
        normalizedStart: Int, normalizedEnd: Int
    ) {
        emit(Token(
            kind: kind, boundary: boundary, isLabelSeparator: label,
            byteStart: Int32(truncatingIfNeeded: byteStart), byteEnd: Int32(truncatingIfNeeded: byteStart + length),
            start: Int32(truncatingIfNeeded: scalarStart), end: Int32(truncatingIfNeeded: scalarStart + scalars),
            normalizedStart: Int32(truncatingIfNeeded: normalizedStart),
            normalizedEnd: Int32(truncatingIfNeeded: normalizedEnd)))
    }

    @inline(__always)
    mutating func emitWord(_ token: Token) {
        tokens.append(token)
        sink.addWord(token, normalized: normalized.base)
        normalized.base[normalized.count] = 0x20  // room was made for it (see `tokenize`)
        normalized.count += 1
    }

    @inline(__always)
    mutating func emit(_ token: Token) {
        tokens.append(token)
        sink.add(token, normalized: normalized.base)
        if token.kind != .punctuation { normalized.append(0x20) }
    }

    @inline(__always)
    mutating func emitPunctuation(_ boundary: Token.Boundary, length: Int, label: Bool = false) {
        appendToken(kind: .punctuation, boundary: boundary, label: label, byteStart: index,
            scalarStart: scalarIndex, length: length, scalars: 1,
            normalizedStart: normalized.count, normalizedEnd: normalized.count)
        advance(length)
    }

    /// A full stop: a sentence end, unless it sits inside a word ("no.14"), ends a known
    /// abbreviation before a lower-case word or a number, or starts an ellipsis.
    mutating func scanPeriod() {
        var end = index
        while end < bytes.count && bytes[end] == 0x2E { end += 1 }
        if end - index > 1 {
            let start = index
            let startScalar = scalarIndex
            appendToken(kind: .punctuation, boundary: .clause, byteStart: start, scalarStart: startScalar,
                length: end - start, scalars: end - start, normalizedStart: normalized.count,
                normalizedEnd: normalized.count)
            index = end
            scalarIndex += end - start
            return
        }
        let next = classAt(index + 1)
        if next == .letter || next == .digit {
            advance(1)  // inside a word or an abbreviation: "e.g", "no.14"
            return
        }
        if tokens.count > 0 {
            let last = tokens[tokens.count - 1]
            if last.kind == .word, last.byteEnd == Int32(truncatingIfNeeded: index) {
                // After an abbreviation, a lower-case word or a number goes on the sentence.
                // (What follows is looked at first: it is usually a capital, and then the
                // word need not be looked up.)
                var look = index + 1
                while look < bytes.count, CharacterClass.of(decode(at: look).value) == .whitespace {
                    look += decode(at: look).length
                }
                if look < bytes.count {
                    let value = decode(at: look).value
                    let isLower = (0x61...0x7A).contains(value)
                    if isLower || CharacterClass.of(value) == .digit,
                        Tokenizer.isAbbreviation(UnsafeBufferPointer(
                            start: normalized.base + Int(last.normalizedStart),
                            count: Int(last.normalizedEnd - last.normalizedStart)))
                    {
                        advance(1)
                        return
                    }
                }
            }
        }
        emitPunctuation(.sentence, length: 1)
    }

    /// Appends the lower-case mapping of a letter beyond ASCII. Kept out of line: the
    /// standard library's `Unicode.Scalar.Properties` has no size known at compile time,
    /// and inlined it made every call of ``scanWord(firstClass:)`` look up its type
    /// metadata and make room for it on the stack, for the rare word that needs it.
    @inline(never)
    static func appendLowercase(_ value: UInt32, to normalized: inout ScratchBuffer<UInt8>) {
        guard let scalar = Unicode.Scalar(value) else { return }
        for byte in scalar.properties.lowercaseMapping.utf8 { normalized.append(byte) }
    }

    /// An age or short figure in brackets, such as "(7)" or "(18m)", kept as one number token.
    mutating func scanBracketedAge() -> Bool {
        var p = index + 1
        let count = bytes.count
        guard p < count, CharacterClass.of(UInt32(bytes[p])) == .digit else { return false }
        while p < count, bytes[p] >= 0x30 && bytes[p] <= 0x39 { p += 1 }
        var letters = 0
        while p < count, letters < 3, CharacterClass.of(UInt32(bytes[p])) == .letter, bytes[p] < 0x80 {
            p += 1
            letters += 1
        }
        guard p < count, bytes[p] == 0x29, p - index <= 7 else { return false }
        let start = normalized.count
        for i in index...p {
            let b = bytes[i]
            normalized.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
        let length = p + 1 - index
        appendToken(kind: .number, byteStart: index, scalarStart: scalarIndex, length: length, scalars: length,
            normalizedStart: start, normalizedEnd: normalized.count)
        index = p + 1
        scalarIndex += length
        return true
    }

    /// Note-takers' "w/" and "w/o", read as the words "with" and "without" ("helping dad w/
    /// stairs", "dressed w/o a fight"); the scanner stands on the slash after a word "w".
    /// A "w/" joining words ("w/e", "w/c") is left alone.
    mutating func expandWithSlash() {
        let after = index + 1
        let count = bytes.count
        @inline(__always) func isLetter(_ p: Int) -> Bool { p < count && (bytes[p] | 0x20) &- 0x61 < 26 }
        let without = after < count && bytes[after] | 0x20 == 0x6F && !isLetter(after + 1)
        guard without || !isLetter(after) && !(after < count && bytes[after] &- 0x30 < 10) else { return }
        for byte in (without ? "ithout" : "ith").utf8 { normalized.append(byte) }
        let consumed = without ? 2 : 1
        index += consumed
        scalarIndex += consumed
    }

    /// "No." before a figure ("the flat above (no.14)") is the word "number", not the
    /// negation "no"; the scanner stands on the full stop after the word "no".
    mutating func expandNumberSign(normalizedStart: Int) {
        normalized.count = normalizedStart
        for byte in "number".utf8 { normalized.append(byte) }
    }

    /// A word or number: letters and digits, inner apostrophes, digit-grouping commas and
    /// decimal points, a leading currency sign and a trailing percent sign.
    mutating func scanWord(firstClass: CharacterClass) {
        let byteStart = index
        let scalarStart = scalarIndex
        let normalizedStart = normalized.count
        var previous = CharacterClass.whitespace
        let count = bytes.count
        guard let base = bytes.baseAddress else { return }
        // ASCII letters and digits, the bulk of every word, take a tight loop over local
        // state that writes straight into the case-folded buffer (sized by the caller).
        var i = index
        var out = normalized.base + normalized.count
        while true {
            let runStart = i
            // Eight bytes at a time while they are ASCII letters: case-fold all eight, keep
            // as many as lead the word (the rest of the store is overwritten later).
            while i + 8 <= count {
                let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let folded = x | 0x2020_2020_2020_2020
                let low = folded & 0x7F7F_7F7F_7F7F_7F7F
                let atLeastA = low &+ 0x1F1F_1F1F_1F1F_1F1F  // high bit: byte >= 0x61
                let pastZ = low &+ 0x0505_0505_0505_0505  // high bit: byte >= 0x7B
                let letters = atLeastA & ~pastZ & ~x & 0x8080_8080_8080_8080
                let others = ~letters & 0x8080_8080_8080_8080
                UnsafeMutableRawPointer(out).storeBytes(of: folded, as: UInt64.self)
                let n = others == 0 ? 8 : others.trailingZeroBitCount >> 3
                out += n
                i += n
                if n > 0 { previous = .letter }
                if n < 8 { break }
            }
            while i < count {
                let lead = base[i]
                let lower = lead | 0x20
                if lower &- 0x61 < 26 {  // A-Z, a-z
                    out.pointee = lower
                    out += 1
                    i += 1
                    previous = .letter
                    continue
                }
                if lead &- 0x30 < 10 {  // 0-9
                    out.pointee = lead
                    out += 1
                    i += 1
                    previous = .digit
                    continue
                }
                break
            }
            scalarIndex += i - runStart
            index = i
            normalized.count = out - normalized.base
            if i >= count { break }
            // The usual end of a word: an ASCII byte that can continue no word (only an
            // apostrophe, a full stop, a comma or a percent sign may, in some places, and a
            // dollar sign may start one).
            let stop = base[i]
            if stop < 0x80 && stop != 0x27 && stop != 0x60 && stop != 0x2E && stop != 0x2C && stop != 0x25 && stop != 0x24 {
                return finishWord()
            }
            let (value, length) = decode(at: index)
            let cls = CharacterClass.of(value)
            switch cls {
            case .letter:
                Self.appendLowercase(value, to: &normalized)
                previous = .letter
            case .currency where index == byteStart:
                for k in index..<index + length { normalized.append(bytes[k]) }
                previous = .currency
            case .apostrophe where previous == .letter && classAt(index + length) == .letter:
                normalized.append(0x27)
                previous = .apostrophe
            case .period, .comma:
                guard previous == .digit, classAt(index + length) == .digit else { return finishWord() }
                normalized.append(UInt8(truncatingIfNeeded: value))
                previous = cls
            case .percent where previous == .digit:
                normalized.append(0x25)
                index += length
                scalarIndex += 1
                return finishWord()
            default:
                return finishWord()
            }
            index += length
            scalarIndex += 1
            i = index
            out = normalized.base + normalized.count
        }
        finishWord()

        func finishWord() {
            if index - byteStart == 1, index < bytes.count, bytes[index] == 0x2F, bytes[byteStart] | 0x20 == 0x77 {
                expandWithSlash()
            } else if index - byteStart == 2, index + 1 < bytes.count, bytes[index] == 0x2E, bytes[index + 1] &- 0x30 < 10,
                bytes[byteStart] | 0x20 == 0x6E, bytes[byteStart + 1] | 0x20 == 0x6F
            {
                expandNumberSign(normalizedStart: normalizedStart)
            }
            let kind: Token.Kind = (firstClass == .letter) ? .word : .number
            emitWord(Token(
                kind: kind, boundary: .none, isLabelSeparator: false,
                byteStart: Int32(truncatingIfNeeded: byteStart), byteEnd: Int32(truncatingIfNeeded: index),
                start: Int32(truncatingIfNeeded: scalarStart), end: Int32(truncatingIfNeeded: scalarIndex),
                normalizedStart: Int32(truncatingIfNeeded: normalizedStart),
                normalizedEnd: Int32(truncatingIfNeeded: normalized.count)))
        }
    }
}
