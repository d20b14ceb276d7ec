/// One token of a narrative: a word, a number, or a punctuation mark that bounds
/// phrases and context scopes.
///
/// Offsets are kept twice: in UTF-8 bytes (for slicing the original bytes fast) and in
/// Unicode scalars (code points), end-exclusive, so Python's `text[start:end]` returns
/// the token's original text.
public struct Token: Sendable, Hashable, BitwiseCopyable {
    /// What a token is.
    public enum Kind: UInt8, Sendable, Hashable, BitwiseCopyable {
        /// Letters, possibly with digits and inner apostrophes: `jayden's`, `x2`.
        case word
        /// Starts with a digit or `£`/`$`/`€`, or is an age in brackets: `82%`, `£1,150`, `(7)`, `2yr`.
        case number
        /// A punctuation mark: never part of a phrase; see ``Boundary`` for its strength.
        case punctuation
    }

    /// How strongly a punctuation token separates what is before it from what is after.
    public enum Boundary: UInt8, Sendable, Hashable, Comparable, BitwiseCopyable {
        /// Not a boundary (words and numbers).
        case none = 0
        /// A bracket: breaks phrases, does not end a context scope.
        case bracket = 1
        /// A comma: breaks phrases; context scopes run on through lists.
        case comma = 2
        /// `;`, `:`, a spaced dash ` – `, an ellipsis: ends a context scope.
        case clause = 3
        /// `.`, `!`, `?`, a line break or a bullet: ends a context scope.
        case sentence = 4

        public static func < (lhs: Boundary, rhs: Boundary) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var kind: Kind
    public var boundary: Boundary
    /// True for a `:` (or a spaced dash) that separates a label from its value: "Housing: no concerns".
    public var isLabelSeparator: Bool
    /// UTF-8 byte offsets into the original text, end-exclusive.
    public var byteStart: Int32
    public var byteEnd: Int32
    /// Unicode scalar offsets into the original text, end-exclusive.
    public var start: Int32
    public var end: Int32
    /// Offsets of the case-folded form in ``TokenizedText/normalized``.
    public var normalizedStart: Int32
    public var normalizedEnd: Int32

    /// True for words and numbers, the tokens that count towards a context scope.
    @inlinable public var isWordLike: Bool { kind != .punctuation }
}
