public import TriageCore

/// The report as GitHub-flavoured Markdown: headings, tables and notes. Text from the
/// data is escaped so it cannot open links, emphasis, HTML or table cells.
public enum ReportMarkdownRenderer {
    /// The whole report as Markdown.
    public static func render(_ report: ProgressReport) -> String {
        var out = "# \(ReportWording.title)\n\n"
        out += escape(ReportWording.summary(report)) + "\n"
        if let filters = ReportWording.filters(report) { out += "\nFilters: " + escape(filters) + "\n" }
        if let rule = ReportWording.suppression(report) { out += "\nSuppression: " + escape(rule) + "\n" }

        out += "\n## Triaged issues by level\n\n"
        out += levelTable(report.table.levels, totals: report.table.totals)
        out += "\n## Issues by code\n\nTriages with the code present at any level.\n\n"
        out += table(
            ["Code", "Issue", "Assessment", "%", "Closure", "%", "Difference"], right: [2, 3, 4, 5],
            report.table.codes.map { row in
                [row.code.rawValue, row.name ?? "", "\(row.assessment.count)", row.assessment.share.wholeText,
                 "\(row.closure.count)", row.closure.share.wholeText, row.difference.summary]
            })
        for stage in Stage.allCases {
            out += "\n## Code × level at \(stage.rawValue)\n\nTriages with the code present at each level.\n\n"
            out += table(
                ["Code"] + Level.allCases.map(\.rawValue), right: Set(1...Level.allCases.count),
                report.table.matrix.codes.map { code in
                    [code.rawValue] + Level.allCases.map { "\(report.table.matrix.count(stage, code, $0))" }
                })
        }

        let pairs = report.pairs
        out += "\n## Matched pairs\n\n\(pairs.pairs) famil\(pairs.pairs.value == 1 ? "y" : "ies") with an assessment and a later closure triage.\n"
        if pairs.pairs != .value(0) {
            out += "\n### How each family's highest level moved\n\n"
            out += table(
                ["Highest at assessment", "Families", "Moved down", "Stayed", "Moved up"], right: [1, 2, 3, 4],
                pairs.movement.map { row in
                    [ReportWording.highestLabel(row.from), "\(row.families)", "\(row.movedDown)", "\(row.stayed)", "\(row.movedUp)"]
                })
            out += "\n### Issues at each level, family by family\n\n"
            out += table(
                ["Level", "At assessment", "Resolved", "Persisted", "Appeared", "McNemar p"], right: [1, 2, 3, 4, 5],
                pairs.levels.map { [ReportWording.levelLabel($0.level)] + ReportTextRenderer.changeCells($0.change) })
            if !pairs.codes.isEmpty {
                out += "\n### Issues by code, family by family\n\n"
                out += table(
                    ["Code", "Issue", "At assessment", "Resolved", "Persisted", "Appeared", "McNemar p"], right: [2, 3, 4, 5, 6],
                    pairs.codes.map { [$0.code.rawValue, $0.name ?? ""] + ReportTextRenderer.changeCells($0.change) })
            }
        }

        if let breakdown = report.breakdown {
            out += "\n## By \(escape(breakdown.dimension.description))\n"
            for group in breakdown.groups {
                out += "\n### \(escape(group.value))\n\n"
                out += "\(group.totals.assessment) at assessment, \(group.totals.closure) at closure.\n\n"
                out += levelTable(group.levels, totals: group.totals)
            }
        }

        out += "\n## Provenance\n\n"
        for (label, value) in ReportWording.provenance(report) { out += "- \(label): \(escape(value))\n" }
        out += "\n## Notes\n\n"
        for note in ReportWording.method { out += "- \(escape(note))\n" }
        if report.options.suppression.threshold != nil { out += "- \\* withheld: derived from a suppressed count.\n" }
        return out
    }

    static func levelTable(_ rows: [LevelRow], totals: StageTotals) -> String {
        table(
            ["Triaged issues", "Assessment", "%", "Closure", "%", "Difference"], right: [1, 2, 3, 4],
            rows.map { row in
                [ReportWording.levelRowTitle(row.level), "\(row.assessment.count)", row.assessment.share.wholeText,
                 "\(row.closure.count)", row.closure.share.wholeText, row.sentence]
            } + [["Triages completed", "\(totals.assessment)", "", "\(totals.closure)", "", ""]])
    }

    /// A pipe table; every cell is escaped.
    static func table(_ headers: [String], right: Set<Int>, _ rows: [[String]]) -> String {
        var out = "| " + headers.map(escape).joined(separator: " | ") + " |\n"
        out += "|" + headers.indices.map { right.contains($0) ? "---:|" : "---|" }.joined() + "\n"
        for row in rows { out += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
        return out
    }

    /// Text safe in Markdown: punctuation that could start markup is backslash-escaped,
    /// `<`, `>` and `&` become entities, and line breaks become spaces.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "!", "{", "}": out += "\\" + String(character)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r", "\r\n", "\t": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
