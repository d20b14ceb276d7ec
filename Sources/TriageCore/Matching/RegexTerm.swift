/// A regular-expression term, compiled once, matched case-insensitively over the
/// original text.
struct RegexTerm: @unchecked Sendable {
    // `Regex` values are immutable once built; sharing one across threads is safe.
    let regex: Regex<AnyRegexOutput>
    let codeIndex: Int32
    let termIndex: Int32

    init?(source: String, codeIndex: Int32, termIndex: Int32) {
        guard let regex = try? Regex(source) else { return nil }
        self.regex = regex.ignoresCase()
        self.codeIndex = codeIndex
        self.termIndex = termIndex
    }

    /// Why `source` does not compile, or nil when it does.
    static func compileProblem(_ source: String) -> String? {
        do {
            _ = try Regex(source)
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// The scalar ranges of every match in `text`.
    func matches(in text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        let scalars = text.unicodeScalars
        var lastIndex = text.startIndex
        var lastOffset = 0
        for match in text.matches(of: regex) where !match.range.isEmpty {
            let start = lastOffset + scalars.distance(from: lastIndex, to: match.range.lowerBound)
            let end = start + scalars.distance(from: match.range.lowerBound, to: match.range.upperBound)
            ranges.append(start..<end)
            lastIndex = match.range.upperBound
            lastOffset = end
        }
        return ranges
    }
}
