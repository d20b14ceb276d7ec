/// One row of the NegEx annotated test set (Chapman et al.): a sentence, a target
/// condition in it, and the physicians' annotation.
public struct NegExRow: Sendable, Hashable {
    public enum Temporality: String, Sendable, Hashable {
        case recent = "Recent"
        case historical = "Historical"
        /// "Not particular": the set's nearest thing to hypothetical.
        case notParticular = "Not particular"
    }

    public var id: String
    public var condition: String
    public var sentence: String
    public var negated: Bool
    public var temporality: Temporality
    public var experiencer: String
    public var line: Int

    /// The condition's scalar range in the sentence: found case-insensitively, with any run
    /// of white space in the condition matching any run in the sentence; nil if absent.
    public var conditionSpan: Range<Int>? {
        let needle = condition.lowercased().split(whereSeparator: \.isWhitespace).map { Array($0.unicodeScalars) }
        let hay = Array(sentence.lowercased().unicodeScalars)
        guard !needle.isEmpty, sentence.lowercased().unicodeScalars.count == sentence.unicodeScalars.count else { return nil }
        func isSpace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }
        var start = 0
        while start < hay.count {
            var position = start
            var matched = true
            for (index, word) in needle.enumerated() {
                if index > 0 {
                    guard position < hay.count, isSpace(hay[position]) else { matched = false; break }
                    while position < hay.count, isSpace(hay[position]) { position += 1 }
                }
                guard position + word.count <= hay.count, Array(hay[position..<position + word.count]) == word else {
                    matched = false
                    break
                }
                position += word.count
            }
            if matched { return start..<position }
            start += 1
        }
        return nil
    }

    /// Parses the tab-separated file: a header line, then `id, condition, sentence,
    /// negation_status, temporality, experiencer`. Rows with fewer columns are skipped and
    /// returned as their line numbers.
    public static func parse(_ text: String) -> (rows: [NegExRow], skippedLines: [Int]) {
        var rows: [NegExRow] = []
        var skipped: [Int] = []
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() where index > 0 {
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.isEmpty { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                String($0).trimmingWhitespace()
            }
            guard columns.count >= 6, let temporality = Temporality(rawValue: columns[4]) else {
                skipped.append(index + 1)
                continue
            }
            var sentence = columns[2]
            if sentence.count >= 2, sentence.hasPrefix("\""), sentence.hasSuffix("\"") { sentence = String(sentence.dropFirst().dropLast()) }
            rows.append(NegExRow(
                id: columns[0], condition: columns[1], sentence: sentence, negated: columns[3].lowercased() == "negated",
                temporality: temporality, experiencer: columns[5], line: index + 1))
        }
        return (rows, skipped)
    }
}
