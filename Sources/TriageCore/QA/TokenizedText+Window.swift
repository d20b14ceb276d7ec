/// A stretch of a narrative around a match: words to the left, the match, words to the right.
public struct TextWindow: Sendable, Hashable {
    /// Up to the window's number of words before the match (white space collapsed).
    public var left: String
    public var match: String
    /// Up to the window's number of words after the match.
    public var right: String

    /// True when the text has white space between the left context and the match.
    public var spaceBefore: Bool
    /// True when the text has white space between the match and the right context
    /// (false before a full stop or comma).
    public var spaceAfter: Bool

    public init(left: String, match: String, right: String, spaceBefore: Bool = true, spaceAfter: Bool = true) {
        self.left = left
        self.match = match
        self.right = right
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
    }

    /// The match in brackets and the right context, spaced as in the text: `[arrears]. Gran`.
    public var matchAndRight: String {
        "[\(match)]" + (right.isEmpty ? "" : (spaceAfter ? " " : "") + right)
    }

    /// The window as one line: `left [match] right`.
    public var line: String {
        (left.isEmpty ? "" : left + (spaceBefore ? " " : "")) + matchAndRight
    }
}

extension TokenizedText {
    /// The text around tokens `span`: up to `words` word or number tokens on each side,
    /// with the punctuation between them, line breaks and runs of spaces written as one space.
    public func window(around span: Range<Int>, words: Int) -> TextWindow {
        guard !span.isEmpty, span.upperBound <= tokens.count else { return TextWindow(left: "", match: "", right: "") }
        var first = span.lowerBound
        var counted = 0
        var index = span.lowerBound - 1
        while index >= 0 && counted < words {
            if tokens[index].isWordLike {
                counted += 1
                first = index
            }
            index -= 1
        }
        var last = span.upperBound - 1
        counted = 0
        index = span.upperBound
        while index < tokens.count && counted < words {
            if tokens[index].isWordLike { counted += 1 }
            last = index
            index += 1
        }
        let left = first < span.lowerBound ? slice(from: tokens[first].byteStart, to: tokens[span.lowerBound].byteStart) : ""
        let match = slice(from: tokens[span.lowerBound].byteStart, to: tokens[span.upperBound - 1].byteEnd)
        let right = last >= span.upperBound ? slice(from: tokens[span.upperBound - 1].byteEnd, to: tokens[last].byteEnd) : ""
        let matchStart = Int(tokens[span.lowerBound].byteStart), matchEnd = Int(tokens[span.upperBound - 1].byteEnd)
        let before = String(decoding: utf8[max(0, matchStart - 4)..<matchStart], as: UTF8.self).last?.isWhitespace ?? false
        let after = String(decoding: utf8[matchEnd..<min(utf8.count, matchEnd + 4)], as: UTF8.self).first?.isWhitespace ?? false
        return TextWindow(left: left, match: match, right: right, spaceBefore: before, spaceAfter: after)
    }

    /// Original bytes `start..<end` as one line with white space collapsed and trimmed.
    private func slice(from start: Int32, to end: Int32) -> String {
        guard start < end else { return "" }
        return Self.collapsingWhitespace(String(decoding: utf8[Int(start)..<Int(end)], as: UTF8.self))
    }

    static func collapsingWhitespace(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace || character.isNewline {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(character)
            }
        }
        return out
    }
}
