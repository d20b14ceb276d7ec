/// Splits narratives into tokens.
///
/// Built for text pasted from Word and case-management systems: curly quotes and
/// apostrophes, non-breaking spaces, en and em dashes, bullets, accented names and
/// emoji. It
/// - case-folds words (ASCII fast, other scripts through Unicode lower-case mappings)
///   and writes `’` as `'`;
/// - treats hyphens, slashes and dash variants between words as word separators, so
///   "rent-arrears" and "rent arrears" match alike and "DV/DA" is two words;
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
    /// Abbreviations after which a full stop followed by a lower-case word or a number
    /// does not end the sentence ("approx. 20 words").
    static let abbreviations: Set<[UInt8]> = Set(
        ["approx", "e.g", "i.e", "eg", "ie", "etc", "dr", "mr", "mrs", "ms", "st", "no", "vs", "yr", "yrs",
         "hrs", "mins", "wk", "wks", "appt", "appts", "inc", "incl", "dept", "re", "ref", "tel", "mob"]
            .map { Array($0.utf8) })

    public init() {}

    /// Tokenises `text`.
    public func tokenize(_ text: String) -> TokenizedText {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 4)
        var normalized: [UInt8] = []
        normalized.reserveCapacity(bytes.count)
        var scanner = Scanner(bytes: bytes)
        scanner.run(into: &tokens, normalized: &normalized)
        return TokenizedText(text: text, utf8: bytes, tokens: tokens, normalized: normalized)
    }
}

/// The tokeniser's cursor over UTF-8 bytes, counting Unicode scalars as it goes.
struct Scanner {
    let bytes: [UInt8]
    var index = 0
    var scalarIndex = 0
    var atLineStart = true
    var afterSpace = true

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// Decodes the scalar at `position`: its value and its length in bytes.
    @inline(__always)
    func decode(at position: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[position])
        if lead < 0x80 { return (lead, 1) }
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

    mutating func run(into tokens: inout [Token], normalized: inout [UInt8]) {
        let count = bytes.count
        while index < count {
            let (value, length) = decode(at: index)
            let cls = CharacterClass.of(value)
            switch cls {
            case .whitespace:
                advance(length)
                afterSpace = true
                continue
            case .newline:
                if !atLineStart { emitPunctuation(.sentence, length: length, into: &tokens, normalized: normalized) }
                else { advance(length) }
                atLineStart = true
                afterSpace = true
                continue
            case .letter, .digit, .currency:
                scanWord(firstClass: cls, into: &tokens, normalized: &normalized)
            case .openBracket:
                if !scanBracketedAge(into: &tokens, normalized: &normalized) {
                    emitPunctuation(.bracket, length: length, into: &tokens, normalized: normalized)
                }
            case .closeBracket:
                emitPunctuation(.bracket, length: length, into: &tokens, normalized: normalized)
            case .period:
                scanPeriod(into: &tokens, normalized: normalized)
            case .sentenceMark:
                emitPunctuation(.sentence, length: length, into: &tokens, normalized: normalized)
            case .semicolon, .ellipsis:
                emitPunctuation(.clause, length: length, into: &tokens, normalized: normalized)
            case .colon:
                let previous = index > 0 ? CharacterClass.of(UInt32(bytes[index - 1])) : .whitespace
                if previous == .digit && classAt(index + 1) == .digit {
                    advance(length)  // a time such as 10:30
                } else {
                    emitPunctuation(.clause, length: length, into: &tokens, normalized: normalized, label: true)
                }
            case .comma:
                emitPunctuation(.comma, length: length, into: &tokens, normalized: normalized)
            case .dash:
                let spacedAfter = [.whitespace, .newline].contains(classAt(index + length))
                if atLineStart && spacedAfter {
                    emitPunctuation(.sentence, length: length, into: &tokens, normalized: normalized)
                } else if afterSpace && spacedAfter {
                    emitPunctuation(.clause, length: length, into: &tokens, normalized: normalized, label: true)
                } else {
                    advance(length)  // a hyphen joining words: a separator
                }
            case .bullet:
                if atLineStart || value != 0x2A {
                    emitPunctuation(.sentence, length: length, into: &tokens, normalized: normalized)
                } else {
                    advance(length)
                }
            case .ampersand:
                let start = normalized.count
                normalized.append(contentsOf: [0x61, 0x6E, 0x64])  // "and"
                appendToken(kind: .word, byteStart: index, scalarStart: scalarIndex, length: length,
                    scalars: 1, normalizedStart: start, normalizedEnd: normalized.count, into: &tokens)
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

    mutating func appendToken(
        kind: Token.Kind, boundary: Token.Boundary = .none, label: Bool = false,
        byteStart: Int, scalarStart: Int, length: Int, scalars: Int,
        normalizedStart: Int, normalizedEnd: Int, into tokens: inout [Token]
    ) {
        tokens.append(Token(
            kind: kind, boundary: boundary, isLabelSeparator: label,
            byteStart: Int32(byteStart), byteEnd: Int32(byteStart + length),
            start: Int32(scalarStart), end: Int32(scalarStart + scalars),
            normalizedStart: Int32(normalizedStart), normalizedEnd: Int32(normalizedEnd)))
    }

    mutating func emitPunctuation(
        _ boundary: Token.Boundary, length: Int, into tokens: inout [Token], normalized: [UInt8],
        label: Bool = false
    ) {
        appendToken(kind: .punctuation, boundary: boundary, label: label, byteStart: index,
            scalarStart: scalarIndex, length: length, scalars: 1,
            normalizedStart: normalized.count, normalizedEnd: normalized.count, into: &tokens)
        advance(length)
    }

    /// A full stop: a sentence end, unless it sits inside a word ("no.14"), ends a known
    /// abbreviation before a lower-case word, or starts an ellipsis.
    mutating func scanPeriod(into tokens: inout [Token], normalized: [UInt8]) {
        var end = index
        while end < bytes.count && bytes[end] == 0x2E { end += 1 }
        if end - index > 1 {
            let start = index
            let startScalar = scalarIndex
            appendToken(kind: .punctuation, boundary: .clause, byteStart: start, scalarStart: startScalar,
                length: end - start, scalars: end - start, normalizedStart: normalized.count,
                normalizedEnd: normalized.count, into: &tokens)
            index = end
            scalarIndex += end - start
            return
        }
        let next = classAt(index + 1)
        if next == .letter || next == .digit {
            advance(1)  // inside a word or an abbreviation: "e.g", "no.14"
            return
        }
        if let last = tokens.last, last.kind == .word,
            Tokenizer.abbreviations.contains(Array(normalized[Int(last.normalizedStart)..<Int(last.normalizedEnd)])),
            last.byteEnd == Int32(index)
        {
            var look = index + 1
            while look < bytes.count, CharacterClass.of(decode(at: look).value) == .whitespace {
                look += decode(at: look).length
            }
            if look < bytes.count {
                let value = decode(at: look).value
                let isLower = (0x61...0x7A).contains(value)
                if isLower || CharacterClass.of(value) == .digit {
                    advance(1)
                    return
                }
            }
        }
        emitPunctuation(.sentence, length: 1, into: &tokens, normalized: normalized)
    }

    /// An age or short figure in brackets, such as "(7)" or "(18m)", kept as one number token.
    mutating func scanBracketedAge(into tokens: inout [Token], normalized: inout [UInt8]) -> Bool {
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
        for b in bytes[index...p] { normalized.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
        let length = p + 1 - index
        appendToken(kind: .number, byteStart: index, scalarStart: scalarIndex, length: length, scalars: length,
            normalizedStart: start, normalizedEnd: normalized.count, into: &tokens)
        index = p + 1
        scalarIndex += length
        return true
    }

    /// A word or number: letters and digits, inner apostrophes, digit-grouping commas and
    /// decimal points, a leading currency sign and a trailing percent sign.
    mutating func scanWord(firstClass: CharacterClass, into tokens: inout [Token], normalized: inout [UInt8]) {
        let byteStart = index
        let scalarStart = scalarIndex
        let normalizedStart = normalized.count
        var previous = CharacterClass.whitespace
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                // ASCII fast path.
                if lead >= 0x61 && lead <= 0x7A {
                    normalized.append(lead); previous = .letter; index += 1; scalarIndex += 1; continue
                }
                if lead >= 0x41 && lead <= 0x5A {
                    normalized.append(lead | 0x20); previous = .letter; index += 1; scalarIndex += 1; continue
                }
                if lead >= 0x30 && lead <= 0x39 {
                    normalized.append(lead); previous = .digit; index += 1; scalarIndex += 1; continue
                }
            }
            let (value, length) = decode(at: index)
            let cls = CharacterClass.of(value)
            switch cls {
            case .letter:
                if let scalar = Unicode.Scalar(value) {
                    normalized.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                }
                previous = .letter
            case .currency where index == byteStart:
                normalized.append(contentsOf: bytes[index..<index + length])
                previous = .currency
            case .apostrophe where previous == .letter && classAt(index + length) == .letter:
                normalized.append(0x27)
                previous = .apostrophe
            case .period, .comma:
                guard previous == .digit, classAt(index + length) == .digit else { return finishWord() }
                normalized.append(UInt8(value))
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
        }
        finishWord()

        func finishWord() {
            let kind: Token.Kind = (firstClass == .letter) ? .word : .number
            tokens.append(Token(
                kind: kind, boundary: .none, isLabelSeparator: false,
                byteStart: Int32(byteStart), byteEnd: Int32(index),
                start: Int32(scalarStart), end: Int32(scalarIndex),
                normalizedStart: Int32(normalizedStart), normalizedEnd: Int32(normalized.count)))
        }
    }
}
