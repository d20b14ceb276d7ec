/// Decodes a dictionary file's bytes: UTF-8 (a byte-order mark is dropped), or, for the
/// older LIWC files saved on Windows, Windows-1252.
enum DictionaryText {
    /// The text, and whether it had to be read as Windows-1252.
    static func decode(_ bytes: [UInt8]) -> (text: String, windows1252: Bool) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return (text, false) }
        var scalars = String.UnicodeScalarView()
        for byte in body {
            if (0x80...0x9F).contains(byte), let mapped = windows1252[byte] {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return (String(scalars), true)
    }

    /// The line where the first byte that is not valid UTF-8 sits, for the note.
    static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var line = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            if length == 0 || index + length > bytes.count
                || bytes[(index + 1)..<(index + length)].contains(where: { $0 >> 6 != 0b10 })
            {
                return line
            }
            if byte == 0x0A { line += 1 }
            index += length
        }
        return line
    }

    /// The characters Windows-1252 puts at 0x80–0x9F (curly quotes, dashes, €).
    static let windows1252: [UInt8: Unicode.Scalar] = [
        0x80: "\u{20AC}", 0x82: "\u{201A}", 0x83: "\u{0192}", 0x84: "\u{201E}", 0x85: "\u{2026}", 0x86: "\u{2020}",
        0x87: "\u{2021}", 0x88: "\u{02C6}", 0x89: "\u{2030}", 0x8A: "\u{0160}", 0x8B: "\u{2039}", 0x8C: "\u{0152}",
        0x8E: "\u{017D}", 0x91: "\u{2018}", 0x92: "\u{2019}", 0x93: "\u{201C}", 0x94: "\u{201D}", 0x95: "\u{2022}",
        0x96: "\u{2013}", 0x97: "\u{2014}", 0x98: "\u{02DC}", 0x99: "\u{2122}", 0x9A: "\u{0161}", 0x9B: "\u{203A}",
        0x9C: "\u{0153}", 0x9E: "\u{017E}", 0x9F: "\u{0178}",
    ]

    /// `text` split into lines without their `\r\n`, `\n` or `\r` endings, numbered from 1.
    /// (A Swift `Character` holds `\r\n` as one, so splitting on `"\n"` alone would miss it.)
    static func lines(_ text: String) -> [(number: Int, text: Substring)] {
        var result: [(Int, Substring)] = []
        var number = 0
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for line in lines {
            number += 1
            result.append((number, line))
        }
        return result
    }
}
