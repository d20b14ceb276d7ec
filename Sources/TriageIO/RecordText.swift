#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turning raw input bytes into text: checked for the readers, lenient for rejects files.
enum RecordText {
    /// Bytes as text for a rejects file or a message: invalid UTF-8 becomes U+FFFD and a NUL
    /// byte U+2400 (␀), so the rejects file stays valid UTF-8 text.
    static func display(_ bytes: some Collection<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.utf8.contains(0) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\0" ? "\u{2400}" : $0 }))
    }

    /// True when `bytes` holds a NUL byte.
    @inline(__always)
    static func hasNUL(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
        return memchr(base, 0, bytes.count) != nil
    }

    /// `bytes` without leading and trailing ASCII spaces, tabs and line breaks.
    @inline(__always)
    static func trimASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard let base = bytes.baseAddress else { return bytes }
        var start = 0
        var end = bytes.count
        while start < end && isSpace(base[start]) { start += 1 }
        while end > start && isSpace(base[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(start: base + start, count: end - start)
    }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }

    /// Valid UTF-8 bytes as a String, or nil.
    @inline(__always)
    static func string(validating bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.isEmpty { return "" }
        // Checked here (ASCII 8 bytes at a time), then decoded with nothing left to repair:
        // cheaper than the standard library's generic validating initialiser.
        guard isValidUTF8(bytes) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// True when `bytes` is well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(p)
        let n = bytes.count
        var i = 0
        @inline(__always) func continuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
        while i < n {
            while i + 8 <= n && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            if i >= n { break }
            let b0 = p[i]
            if b0 < 0x80 {
                i += 1
            } else if b0 < 0xC2 {
                return false
            } else if b0 < 0xE0 {
                guard i + 1 < n, continuation(p[i + 1]) else { return false }
                i += 2
            } else if b0 < 0xF0 {
                guard i + 2 < n else { return false }
                let b1 = p[i + 1]
                if b0 == 0xE0 && b1 < 0xA0 { return false }
                if b0 == 0xED && b1 > 0x9F { return false }
                guard continuation(b1), continuation(p[i + 2]) else { return false }
                i += 3
            } else if b0 < 0xF5 {
                guard i + 3 < n else { return false }
                let b1 = p[i + 1]
                if b0 == 0xF0 && b1 < 0x90 { return false }
                if b0 == 0xF4 && b1 > 0x8F { return false }
                guard continuation(b1), continuation(p[i + 2]), continuation(p[i + 3]) else { return false }
                i += 4
            } else {
                return false
            }
        }
        return true
    }

}

extension String {
    /// The string without leading and trailing white space (Unicode white space included).
    func trimmingCharacters() -> String {
        let utf8 = self.utf8
        guard let first = utf8.first, let last = utf8.last else { return self }
        // Fast path: nothing to trim.
        if first < 0x80 && last < 0x80 && !RecordText.isSpace(first) && !RecordText.isSpace(last) { return self }
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
