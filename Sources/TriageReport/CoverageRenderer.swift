public import TriageCore
import Foundation

/// Renders a ``CoverageReport`` for the terminal.
///
/// Narrative text is shown only with `showText` (ids otherwise); leftover examples are
/// short windows of a few words.
public struct CoverageRenderer: Sendable {
    /// How many rows each ranked section shows (terms, leftovers, dead terms per code, ids).
    public var top: Int
    /// Print the text of narratives with no present code, not just their ids.
    public var showText: Bool
    public var style: ANSIStyle

    public init(top: Int = 20, showText: Bool = false, style: ANSIStyle = ANSIStyle(enabled: false)) {
        self.top = max(1, top)
        self.showText = showText
        self.style = style
    }

    /// `text` cut to `limit` characters with an ellipsis (long regex terms).
    static func short(_ text: String, _ limit: Int = 48) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    static func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }

    static func count(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (i, c) in digits.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return String(out.reversed())
    }

    public func render(_ report: CoverageReport) -> String {
        var out = style.bold("Coverage of lexicon \(report.lexiconName) \(report.lexiconVersion) over \(Self.count(report.overall.total)) narratives") + "\n\n"
        out += narratives(report) + "\n"
        out += "Token coverage: \(Self.percent(report.tokenCoverage)) of \(Self.count(report.wordTokens)) words are inside a term match (\(Self.count(report.coveredWordTokens)) words; LIWC's \"dictionary words\").\n\n"
        out += codes(report) + "\n"
        out += terms(report) + "\n"
        out += setAside(report) + "\n"
        out += dead(report) + "\n"
        out += leftovers("Leftover words", report.leftoverWords) + "\n"
        out += leftovers("Leftover phrases", report.leftoverPhrases) + "\n"
        out += uncoded(report)
        return out
    }

    func narratives(_ report: CoverageReport) -> String {
        var table = TextTable(headers: ["Narratives", "Total", "Coded", "Share"], alignments: [.left, .right, .right, .right])
        func add(_ label: String, _ share: CoverageReport.NarrativeShare) {
            table.add([label, Self.count(share.total), Self.count(share.coded), Self.percent(share.share)])
        }
        add("all", report.overall)
        for share in report.byLevel { add(share.group == "none" ? "no box (free text)" : "\(share.group) box", share) }
        for share in report.byStage { add("stage \(share.group)", share) }
        return style.bold("Narratives with at least one present code") + "\n" + table.render()
    }

    func codes(_ report: CoverageReport) -> String {
        var table = TextTable(
            headers: ["Code", "Present in", "Found in", "Hits", "Present", "Negated", "Historical", "Hypothetical"],
            alignments: [.left] + Array(repeating: .right, count: 7))
        for code in report.codes {
            let s = code.byStatus
            table.add([code.code.rawValue, Self.count(code.presentNarratives), Self.count(code.foundNarratives), Self.count(code.hits),
                       Self.count(s.present), Self.count(s.negated), Self.count(s.historical), Self.count(s.hypothetical)])
        }
        return style.bold("Codes (hits are mentions; present in / found in count narratives)") + "\n" + table.render()
    }

    func terms(_ report: CoverageReport) -> String {
        let matched = report.termsByHits
        var table = TextTable(
            headers: ["Code", "Term", "Hits", "Present", "Negated", "Historical", "Hypothetical", "Narratives"],
            alignments: [.left, .left] + Array(repeating: .right, count: 6))
        for term in matched.prefix(top) {
            let s = term.byStatus
            table.add([term.code.rawValue, Self.short(term.term), Self.count(term.hits), Self.count(s.present), Self.count(s.negated),
                       Self.count(s.historical), Self.count(s.hypothetical), Self.count(term.narratives)])
        }
        let title = "Terms by hits (top \(min(top, matched.count)) of \(Self.count(matched.count)) that matched)"
        return style.bold(title) + "\n" + (matched.isEmpty ? "  (no term matched)\n" : table.render())
    }

    func setAside(_ report: CoverageReport) -> String {
        let terms = report.alwaysSetAside
        let title = style.bold("Always set aside: \(terms.count) term\(terms.count == 1 ? "" : "s") matched but never as present")
        guard !terms.isEmpty else { return title + "\n  (none)\n" }
        var table = TextTable(
            headers: ["Code", "Term", "Hits", "Negated", "Historical", "Hypothetical", "Most often set aside by"],
            alignments: [.left, .left, .right, .right, .right, .right, .left])
        for term in terms.sorted(by: { $0.hits > $1.hits }).prefix(top) {
            let s = term.byStatus
            table.add([term.code.rawValue, Self.short(term.term), Self.count(term.hits), Self.count(s.negated), Self.count(s.historical),
                       Self.count(s.hypothetical), term.topTrigger.map { "\"\($0)\"" } ?? ""])
        }
        return title + "\n" + table.render()
    }

    func dead(_ report: CoverageReport) -> String {
        let dead = report.deadTerms
        var out = style.bold("Dead terms: \(Self.count(dead.count)) of \(Self.count(report.terms.count)) never matched") + "\n"
        guard !dead.isEmpty else { return out + "  (none)\n" }
        let byCode = Dictionary(grouping: dead, by: \.code)
        let width = report.codes.map(\.code.rawValue.count).max() ?? 4
        for code in report.codes.map(\.code) {
            guard let terms = byCode[code] else { continue }
            let total = report.terms.filter { $0.code == code }.count
            let shown = terms.prefix(top).map(\.term).joined(separator: ", ")
            let more = terms.count > top ? ", … (\(terms.count - top) more)" : ""
            out += "  \(code.rawValue.padding(toLength: width, withPad: " ", startingAt: 0))  \(terms.count) of \(total): \(shown)\(more)\n"
        }
        return out
    }

    func leftovers(_ title: String, _ leftovers: [CoverageReport.Leftover]) -> String {
        var out = style.bold("\(title) not covered by any term (stop words and numbers left out), by narratives") + "\n"
        guard !leftovers.isEmpty else { return out + "  (none)\n" }
        let width = max(leftovers.map(\.phrase.count).max() ?? 0, 6)
        out += "  " + "Narratives".padding(toLength: 11, withPad: " ", startingAt: 0) + "Times  " + "Phrase\n"
        for leftover in leftovers {
            let n = Self.count(leftover.narratives), t = Self.count(leftover.occurrences)
            out += "  " + String(repeating: " ", count: max(0, 10 - n.count)) + n + " " + String(repeating: " ", count: max(0, 5 - t.count)) + t
                + "  " + style.bold(leftover.phrase.padding(toLength: width, withPad: " ", startingAt: 0)).trimmingTrailingSpaces() + "\n"
            for example in leftover.examples {
                out += String(repeating: " ", count: 21) + style.dim("\(example.narrativeID): ") + example.window.line + "\n"
            }
        }
        return out
    }

    func uncoded(_ report: CoverageReport) -> String {
        let list = report.uncoded
        var out = style.bold("Narratives with no present code: \(Self.count(list.count))") + "\n"
        guard !list.isEmpty else { return out + "  (none)\n" }
        if showText {
            for narrative in list { out += "  \(narrative.id): \(narrative.text.replacingOccurrences(of: "\n", with: " "))\n" }
        } else {
            let shown = list.prefix(max(top, 50)).map(\.id).joined(separator: ", ")
            let more = list.count > max(top, 50) ? ", … (\(list.count - max(top, 50)) more; --format json lists all)" : ""
            out += "  \(shown)\(more)\n  (ids only; --show-text prints their text)\n"
        }
        return out
    }
}
