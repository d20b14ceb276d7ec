import Foundation
import TriageCore

/// The words and number formats every report format shares, so the formats agree.
enum ReportWording {
    static let title = "Early help triage: assessment and closure"

    /// Table 1's row label: "blue (self-help)".
    static func levelLabel(_ level: Level) -> String {
        "\(level.rawValue) (\(shortMeaning(level)))"
    }

    /// Table 1's short meanings: self-help, universal, extra, targeted, specialist.
    static func shortMeaning(_ level: Level) -> String {
        switch level {
        case .blue: "self-help"
        case .green: "universal"
        case .yellow: "extra"
        case .orange: "targeted"
        case .red: "specialist"
        }
    }

    /// "triages with blue issues (self-help)", as the published table words it.
    static func levelRowTitle(_ level: Level) -> String {
        "Triages with \(level.rawValue) issues (\(shortMeaning(level)))"
    }

    /// A highest level, or "none" for a family with no present issue.
    static func highestLabel(_ level: Level?) -> String {
        level.map(levelLabel) ?? "none identified"
    }

    /// An exact value rounded to `places` decimals without trailing zeros: 56.06, 58, 22.2.
    static func decimal(_ value: Double, places: Int = 2) -> String {
        var text = String(format: "%.\(places)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if text == "-0" { text = "0" }
        return text
    }

    /// A p-value for a table: "0.125", "<0.001", "–" not testable, "*" withheld.
    static func pValue(_ p: PValue) -> String {
        switch p {
        case .value(let value): value < 0.001 ? "<0.001" : String(format: "%.3f", value)
        case .notTestable: "–"
        case .withheld: "*"
        }
    }

    /// "132 triages at assessment and 81 at closure, dated 2021-01-04 to 2022-03-25."
    static func summary(_ report: ProgressReport) -> String {
        var text = "\(report.table.totals.assessment) triage\(plural(report.table.totals.assessment)) at assessment and "
            + "\(report.table.totals.closure) at closure"
        if let range = report.dateRange {
            text += range.lowerBound == range.upperBound ? ", dated \(range.lowerBound)" : ", dated \(range.lowerBound) to \(range.upperBound)"
        }
        return text + "."
    }

    static func plural(_ count: Count) -> String { count.value == 1 ? "" : "s" }

    /// The filter as one line, or nil with no filter.
    static func filters(_ report: ProgressReport) -> String? {
        let parts = report.options.filter.summary
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// The suppression rule in words, or nil with none.
    static func suppression(_ report: ProgressReport) -> String? {
        guard let n = report.options.suppression.threshold else { return nil }
        return "counts from 1 to \(n - 1) are shown as <\(n); percentages, differences and p-values derived from them are withheld (*)"
    }

    /// Provenance as label–value lines, in the order every format prints them.
    static func provenance(_ report: ProgressReport) -> [(label: String, value: String)] {
        let p = report.provenance
        var lines: [(String, String)] = [("Lexicon", "\(p.lexiconName) \(p.lexiconVersion)")]
        if let hash = p.lexiconHash { lines.append(("Lexicon SHA-256", hash)) }
        if let run = p.runID { lines.append(("Run", run)) }
        lines.append(("Input\(p.inputs.count == 1 ? "" : "s")", p.inputs.isEmpty ? "–" : p.inputs.joined(separator: ", ")))
        var narratives = "\(p.narrativesRead) read"
        if p.recordsRejected > 0 { narratives += ", \(p.recordsRejected) rejected" }
        if p.narrativesWithoutStage > 0 { narratives += ", \(p.narrativesWithoutStage) without a stage left out" }
        lines.append(("Narratives", narratives))
        if let range = report.dateRange { lines.append(("Dates", "\(range.lowerBound) to \(range.upperBound)")) }
        lines.append(("Filters", filters(report) ?? "none"))
        if let breakdown = report.breakdown { lines.append(("Breakdown", "by \(breakdown.dimension)")) }
        lines.append(("Suppression", report.options.suppression.threshold.map { "counts below \($0) shown as <\($0)" } ?? "none"))
        if let generated = p.generated { lines.append(("Generated", generated)) }
        return lines
    }

    /// How the tables are defined, for the notes under them.
    static let method = [
        "A triage is one family's triage at one stage. A triage counts at a level when at least one narrative "
            + "gives a present issue at that level; negated, historical and hypothetical mentions do not count.",
        "Percentages are of the triages completed at that stage. The difference is the relative change of the "
            + "percentage, (closure% − assessment%) / assessment%, rounded to a whole percent; where the two "
            + "percentages round to the same whole number it reads \"No change\".",
        "Matched pairs are families with an assessment triage and a later closure triage. McNemar p is the exact "
            + "two-sided test of resolved against appeared (– where nothing changed either way).",
    ]
}
