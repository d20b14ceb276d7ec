/// The classes of Unicode scalars the tokeniser tells apart.
enum CharacterClass: UInt8 {
    case letter, digit, apostrophe, dash, separator, period, comma, semicolon, colon
    case sentenceMark, openBracket, closeBracket, whitespace, newline, bullet
    case currency, percent, ampersand, ellipsis, other

    /// Classifies one scalar. ASCII takes a switch the compiler turns into a table (and
    /// inlines); the rest uses Unicode properties, out of line.
    @inline(__always)
    static func of(_ value: UInt32) -> CharacterClass {
        value < 0x80 ? ascii(value) : beyondASCII(value)
    }

    @inline(__always)
    static func ascii(_ value: UInt32) -> CharacterClass {
        switch value {
        case 0x61...0x7A, 0x41...0x5A: return .letter
        case 0x30...0x39: return .digit
        case 0x20, 0x09, 0x0B, 0x0C: return .whitespace
        case 0x0A, 0x0D: return .newline
        case 0x27, 0x60: return .apostrophe
        case 0x2D: return .dash
        case 0x2F, 0x5C, 0x2B, 0x5F, 0x3D, 0x7C, 0x7E: return .separator
        case 0x2E: return .period
        case 0x2C: return .comma
        case 0x3B: return .semicolon
        case 0x3A: return .colon
        case 0x21, 0x3F: return .sentenceMark
        case 0x28, 0x5B, 0x7B: return .openBracket
        case 0x29, 0x5D, 0x7D: return .closeBracket
        case 0x2A: return .bullet
        case 0x24: return .currency
        case 0x25: return .percent
        case 0x26: return .ampersand
        default: return .other
        }
    }

    @inline(never)
    static func beyondASCII(_ value: UInt32) -> CharacterClass {
        switch value {
        case 0x2019, 0x2018, 0x02BC, 0x00B4, 0x2032: return .apostrophe
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return .dash
        case 0x00A0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return .whitespace
        case 0x0085, 0x2028, 0x2029: return .newline
        case 0x2022, 0x25E6, 0x25AA, 0x25CF, 0x2023, 0x2043, 0x00B7, 0x25A0, 0x25A1, 0x27A2, 0x2713, 0x2714, 0x2756:
            return .bullet
        case 0x2026: return .ellipsis
        case 0x00A3, 0x20AC, 0x00A5: return .currency
        case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB, 0x2039, 0x203A: return .other
        case 0x2044, 0x2215: return .separator
        default:
            guard let scalar = Unicode.Scalar(value) else { return .other }
            return scalar.properties.isAlphabetic ? .letter : .other
        }
    }
}
