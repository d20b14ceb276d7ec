public import TriageCore
import Foundation

/// Renders keyword-in-context lines: `triage kwic`.
///
/// Text lines are aligned on the match: the left context right-aligned, the match in
/// brackets, the right context, then the status, the trigger that set the match aside and
/// the code it counts for.
public enum KwicRenderer {
    /// Counts of lines by status.
    public static func summary(_ lines: [KeywordInContext.Line], narratives: Int) -> String {
        var counts: [MentionStatus: Int] = [:]
        for line in lines { counts[line.status, default: 0] += 1 }
        let matched = Set(lines.map(\.narrativeID)).count
        let parts = MentionStatus.allCases.map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: ", ")
        return "\(lines.count) match\(lines.count == 1 ? "" : "es") in \(matched) of \(narratives) narrative\(narratives == 1 ? "" : "s"): \(parts)\n"
    }

    /// What a line's status says: `present`, or `negated by "no concerns re"`.
    static func verdict(_ line: KeywordInContext.Line) -> String {
        guard let trigger = line.trigger else { return line.status.rawValue }
        return "\(line.status.rawValue) by \"\(trigger.phrase)\""
    }

    /// The loaded lexicon's mentions over a pattern match: `FIN rent arrears (present)`.
    static func lexiconNote(_ line: KeywordInContext.Line) -> String {
        line.lexiconMentions.map { "\($0.code) '\($0.term)' \($0.status.rawValue)" }.joined(separator: "; ")
    }

    /// Aligned lines, then the summary.
    public static func text(_ lines: [KeywordInContext.Line], narratives: Int, patternMode: Bool, style: ANSIStyle = ANSIStyle(enabled: false)) -> String {
        let idWidth = lines.map(\.narrativeID.count).max() ?? 0
        let leftWidth = lines.map(\.window.left.count).max() ?? 0
        let tailWidth = lines.map(\.window.matchAndRight.count).max() ?? 0
        let verdictWidth = lines.map { verdict($0).count }.max() ?? 0
        var out = ""
        for line in lines {
            let id = line.narrativeID.padding(toLength: idWidth, withPad: " ", startingAt: 0)
            let left = String(repeating: " ", count: leftWidth - line.window.left.count) + line.window.left
            let match = "[" + line.window.match + "]"
            let tail = line.window.matchAndRight
            let right = String(tail.dropFirst(match.count)) + String(repeating: " ", count: tailWidth - tail.count)
            let verdictText = verdict(line)
            let verdictPadding = String(repeating: " ", count: verdictWidth - verdictText.count)
            var row = "\(style.dim(id))  \(left) \(style.status(match, line.status))\(right)  \(style.status(verdictText, line.status))\(verdictPadding)"
            if let code = line.code { row += "  \(code)" }
            if patternMode {
                let note = lexiconNote(line)
                row += "  " + (note.isEmpty ? style.dim("(not in lexicon)") : "lexicon: \(note)")
            }
            out += row.trimmingTrailingSpaces() + "\n"
        }
        return out + summary(lines, narratives: narratives)
    }

    public static let csvHeader = [
        "narrative_id", "left", "match", "right", "term", "code", "status", "trigger", "trigger_text", "start", "end", "lexicon",
    ]
    public static let csvNumericColumns: Set<Int> = [9, 10]

    /// CSV rows (written through `CSVWriter` by the CLI).
    public static func csvRows(_ lines: [KeywordInContext.Line]) -> [[String]] {
        lines.map { line in
            [line.narrativeID, line.window.left, line.window.match, line.window.right, line.term, line.code?.rawValue ?? "",
             line.status.rawValue, line.trigger?.phrase ?? "", line.trigger?.text ?? "", "\(line.start)", "\(line.end)", lexiconNote(line)]
        }
    }

    /// JSON: `{"matches": [...], "summary": {...}}`.
    public static func json(_ lines: [KeywordInContext.Line], narratives: Int, pattern: String?) -> String {
        var counts: [String: Int] = [:]
        for status in MentionStatus.allCases { counts[status.rawValue] = 0 }
        for line in lines { counts[line.status.rawValue, default: 0] += 1 }
        let matches: [[String: Any]] = lines.map { line in
            [
                "narrative_id": line.narrativeID, "left": line.window.left, "match": line.window.match, "right": line.window.right,
                "term": line.term, "code": line.code?.rawValue ?? NSNull(), "status": line.status.rawValue,
                "trigger": line.trigger.map { ["phrase": $0.phrase, "text": $0.text, "kind": $0.kind.rawValue] as [String: Any] } ?? NSNull(),
                "start": line.start, "end": line.end,
                "lexicon": line.lexiconMentions.map { ["code": $0.code.rawValue, "term": $0.term, "status": $0.status.rawValue] },
            ]
        }
        let object: [String: Any] = [
            "pattern": pattern ?? NSNull(),
            "matches": matches,
            "summary": ["matches": lines.count, "narratives": narratives, "narratives_matched": Set(lines.map(\.narrativeID)).count,
                        "by_status": counts] as [String: Any],
        ]
        return JSONText.render(object)
    }
}
