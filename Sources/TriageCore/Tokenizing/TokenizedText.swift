/// A narrative split into tokens, with the case-folded form of every word kept in one
/// contiguous buffer so the matcher can look words up without allocating.
public struct TokenizedText: Sendable {
    /// The original text.
    public let text: String
    /// The original text's UTF-8 bytes.
    public let utf8: [UInt8]
    /// Every token in order.
    public var tokens: [Token]
    /// Case-folded bytes of word and number tokens, each followed by a space, addressed by
    /// ``Token/normalizedStart`` and ``Token/normalizedEnd`` (which leave the space out).
    public var normalized: [UInt8]

    /// The case-folded form of a token, as a `String` (for display and tests, not the hot path).
    public func normalizedText(of token: Token) -> String {
        String(decoding: normalized[Int(token.normalizedStart)..<Int(token.normalizedEnd)], as: UTF8.self)
    }

    /// The original text of a token.
    public func originalText(of token: Token) -> String {
        String(decoding: utf8[Int(token.byteStart)..<Int(token.byteEnd)], as: UTF8.self)
    }

    /// The original text from the start of token `first` to the end of token `last` (inclusive).
    public func originalText(from first: Int, through last: Int) -> String {
        String(decoding: utf8[Int(tokens[first].byteStart)..<Int(tokens[last].byteEnd)], as: UTF8.self)
    }
}
