public import TriageCore
import Foundation

/// The CSV form of a ``CoverageReport``, one long table a spreadsheet can filter by its
/// `section` column: `narratives` (coded in `present`, total in `narratives`), `tokens` (covered words in `hits`),
/// `code`, `term` (`detail` says `dead` or `always set aside`), `leftover` (occurrences in `hits`).
///
/// Returns rows, not text: the CLI writes them through `CSVWriter`, which quotes fields and
/// guards against formula injection. Narrative text is never included (leftover examples
/// are short windows in `detail`).
public enum CoverageCSV {
    public static let header = [
        "section", "code", "item", "hits", "present", "negated", "historical", "hypothetical", "narratives", "detail",
    ]
    /// The columns that hold numbers (written unguarded).
    public static let numericColumns: Set<Int> = [3, 4, 5, 6, 7, 8]

    public static func rows(_ report: CoverageReport) -> [[String]] {
        var rows: [[String]] = []
        func shareRow(_ share: CoverageReport.NarrativeShare, _ label: String) {
            rows.append(["narratives", "", label, "", "\(share.coded)", "", "", "", "\(share.total)",
                         "share with a present code \(String(format: "%.3f", share.share))"])
        }
        shareRow(report.overall, "all")
        for share in report.byLevel { shareRow(share, "box \(share.group)") }
        for share in report.byStage { shareRow(share, "stage \(share.group)") }
        rows.append(["tokens", "", "word tokens", "\(report.coveredWordTokens)", "", "", "", "", "",
                     "\(report.coveredWordTokens) of \(report.wordTokens) words inside a term match: token coverage \(String(format: "%.4f", report.tokenCoverage))"])
        for code in report.codes {
            let s = code.byStatus
            rows.append(["code", code.code.rawValue, code.name, "\(code.hits)", "\(s.present)", "\(s.negated)", "\(s.historical)",
                         "\(s.hypothetical)", "\(code.presentNarratives)", "narratives where present"])
        }
        for term in report.terms {
            let s = term.byStatus
            let detail = term.hits == 0 ? "dead" : term.isAlwaysSetAside ? "always set aside\(term.topTrigger.map { " (most often by \"\($0)\")" } ?? "")" : ""
            rows.append(["term", term.code.rawValue, term.term, "\(term.hits)", "\(s.present)", "\(s.negated)", "\(s.historical)",
                         "\(s.hypothetical)", "\(term.narratives)", detail])
        }
        for leftover in report.leftoverWords + report.leftoverPhrases {
            rows.append(["leftover", "", leftover.phrase, "\(leftover.occurrences)", "", "", "", "", "\(leftover.narratives)",
                         leftover.examples.map { "\($0.narrativeID): \($0.window.line)" }.joined(separator: " | ")])
        }
        return rows
    }
}
