public import TriageCore
import Foundation

/// A self-contained HTML page for a ``CoverageReport``: `triage coverage --format html`.
///
/// No scripts and no external resources; every piece of text is escaped. Narrative text
/// appears only with `showText` (leftover examples are short windows).
public enum CoverageHTML {
    /// `text` with `& < > " '` escaped for HTML content and attribute values.
    public static func escape(_ text: String) -> String { ReportHTML.escape(text) }

    static func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }

    static func table(_ headers: [String], _ rows: [[String]], numeric: Set<Int> = []) -> String {
        var out = "<table><thead><tr>"
        for (i, header) in headers.enumerated() { out += "<th\(numeric.contains(i) ? " class=\"n\"" : "")>\(escape(header))</th>" }
        out += "</tr></thead><tbody>\n"
        for row in rows {
            out += "<tr>"
            // Cells arrive escaped (some hold markup such as a share bar).
            for (i, cell) in row.enumerated() { out += "<td\(numeric.contains(i) ? " class=\"n\"" : "")>\(cell)</td>" }
            out += "</tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    static func bar(_ share: Double) -> String {
        "<span class=\"bar\"><span style=\"width:\(String(format: "%.1f", share * 100))%\"></span></span> \(percent(share))"
    }

    static let css = """
        body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#222}
        h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ccc}
        table{border-collapse:collapse;margin:.5em 0}th,td{padding:.2em .6em;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
        th{background:#f4f4f4}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
        .bar{display:inline-block;width:8em;height:.7em;background:#eee;vertical-align:middle}
        .bar span{display:block;height:100%;background:#4a7bb7}
        .ex{color:#555;font-size:.92em}mark{background:#fff3a0}.muted{color:#777}code{font-size:.95em}
        """

    public static func render(_ report: CoverageReport, top: Int = 20, showText: Bool = false) -> String {
        let title = "Coverage of lexicon \(report.lexiconName) \(report.lexiconVersion)"
        var out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        out += "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
        out += "<title>\(escape(title))</title><style>\(css)</style></head><body>\n"
        out += "<h1>\(escape(title))</h1>\n"
        out += "<p>\(report.overall.total) narratives; \(report.overall.coded) (\(percent(report.overall.share))) have at least one present code. "
        out += "Token coverage: <strong>\(percent(report.tokenCoverage))</strong> of \(report.wordTokens) words are inside a term match.</p>\n"

        out += "<h2>Narratives with at least one present code</h2>\n"
        var shares = [["all"] + shareCells(report.overall)]
        for share in report.byLevel { shares.append([escape(share.group == "none" ? "no box (free text)" : "\(share.group) box")] + shareCells(share)) }
        for share in report.byStage { shares.append([escape("stage \(share.group)")] + shareCells(share)) }
        out += table(["Narratives", "Total", "Coded", "Share"], shares, numeric: [1, 2])

        out += "<h2>Codes</h2>\n"
        out += table(["Code", "Name", "Present in", "Found in", "Hits", "Present", "Negated", "Historical", "Hypothetical"],
                     report.codes.map { code in
                         [escape(code.code.rawValue), escape(code.name), "\(code.presentNarratives)", "\(code.foundNarratives)", "\(code.hits)"]
                             + statusCells(code.byStatus)
                     }, numeric: Set(2...8))

        let matched = report.termsByHits
        out += "<h2>Terms by hits (top \(min(top, matched.count)) of \(matched.count) that matched)</h2>\n"
        out += table(["Code", "Term", "Hits", "Present", "Negated", "Historical", "Hypothetical", "Narratives"],
                     matched.prefix(top).map { term in
                         [escape(term.code.rawValue), "<code>\(escape(term.term))</code>", "\(term.hits)"] + statusCells(term.byStatus) + ["\(term.narratives)"]
                     }, numeric: Set(2...7))

        let setAside = report.alwaysSetAside.sorted { $0.hits > $1.hits }
        out += "<h2>Always set aside (\(setAside.count)): matched but never as present</h2>\n"
        out += setAside.isEmpty ? "<p class=\"muted\">None.</p>\n" : table(
            ["Code", "Term", "Hits", "Negated", "Historical", "Hypothetical", "Most often set aside by"],
            setAside.map { term in
                [escape(term.code.rawValue), "<code>\(escape(term.term))</code>", "\(term.hits)", "\(term.byStatus.negated)",
                 "\(term.byStatus.historical)", "\(term.byStatus.hypothetical)", escape(term.topTrigger ?? "")]
            }, numeric: Set(2...5))

        let dead = report.deadTerms
        out += "<h2>Dead terms: \(dead.count) of \(report.terms.count) never matched</h2>\n"
        let byCode = Dictionary(grouping: dead, by: \.code)
        out += table(["Code", "Dead", "Terms"], report.codes.compactMap { code in
            guard let terms = byCode[code.code] else { return nil }
            return [escape(code.code.rawValue), "\(terms.count)", terms.map { "<code>\(escape($0.term))</code>" }.joined(separator: ", ")]
        }, numeric: [1])

        for (heading, list) in [("Leftover words", report.leftoverWords), ("Leftover phrases", report.leftoverPhrases)] {
            out += "<h2>\(heading) not covered by any term</h2>\n"
            out += list.isEmpty ? "<p class=\"muted\">None.</p>\n" : table(["Phrase", "Narratives", "Times", "Examples"], list.map { leftover in
                [
                    "<strong>\(escape(leftover.phrase))</strong>", "\(leftover.narratives)", "\(leftover.occurrences)",
                    leftover.examples.map { example in
                        "<div class=\"ex\">\(escape(example.narrativeID)): \(windowHTML(example.window))</div>"
                    }.joined(),
                ]
            }, numeric: [1, 2])
        }

        out += "<h2>Narratives with no present code (\(report.uncoded.count))</h2>\n"
        if report.uncoded.isEmpty {
            out += "<p class=\"muted\">None.</p>\n"
        } else if showText {
            out += table(["Narrative", "Text"], report.uncoded.map { [escape($0.id), escape($0.text)] })
        } else {
            out += "<p>\(report.uncoded.map { escape($0.id) }.joined(separator: ", "))</p>\n"
        }
        out += "</body></html>\n"
        return out
    }

    /// A window with its match marked, spaced as in the text.
    static func windowHTML(_ window: TextWindow) -> String {
        var out = escape(window.left)
        if !window.left.isEmpty && window.spaceBefore { out += " " }
        out += "<mark>\(escape(window.match))</mark>"
        if !window.right.isEmpty { out += (window.spaceAfter ? " " : "") + escape(window.right) }
        return out
    }

    static func shareCells(_ share: CoverageReport.NarrativeShare) -> [String] {
        ["\(share.total)", "\(share.coded)", bar(share.share)]
    }

    static func statusCells(_ counts: CoverageReport.StatusCounts) -> [String] {
        ["\(counts.present)", "\(counts.negated)", "\(counts.historical)", "\(counts.hypothetical)"]
    }
}
