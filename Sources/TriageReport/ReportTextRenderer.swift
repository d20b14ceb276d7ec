public import TriageCore

/// The report as aligned tables for a terminal, no line wider than 100 columns.
public struct ReportTextRenderer: Sendable {
    /// The widest line the renderer writes.
    public static let width = 100
    /// Colours for level names; off unless writing to a terminal.
    public let style: ANSIStyle

    /// A renderer that colours level names with `style`.
    public init(style: ANSIStyle = ANSIStyle(enabled: false)) {
        self.style = style
    }

    /// The whole report as terminal text.
    public func render(_ report: ProgressReport) -> String {
        var out = style.bold(ReportWording.title) + "\n"
        out += Self.wrap(ReportWording.summary(report), indent: "") + "\n"
        if let filters = ReportWording.filters(report) { out += Self.wrap("Filters: " + filters, indent: "  ") + "\n" }
        if let rule = ReportWording.suppression(report) { out += Self.wrap("Suppression: " + rule, indent: "  ") + "\n" }

        out += "\n" + style.bold("Triaged issues by level") + "\n"
        out += levelTable(report.table.levels, totals: report.table.totals)
        out += "\n" + style.bold("Issues by code") + " (triages with the code present at any level)\n"
        out += codeTable(report.table)
        out += "\n" + style.bold("Code × level") + " (triages with the code present at each level)\n"
        out += matrix(report.table)
        out += "\n" + pairs(report.pairs)
        if let breakdown = report.breakdown {
            out += "\n" + style.bold("By \(breakdown.dimension)") + "\n"
            for group in breakdown.groups {
                let heading = "\(Self.fit(group.value, 40)): \(group.totals.assessment) at assessment, \(group.totals.closure) at closure"
                out += "\n" + heading + "\n"
                out += levelTable(group.levels, totals: group.totals)
            }
        }
        out += "\n" + style.bold("Provenance") + "\n"
        for (label, value) in ReportWording.provenance(report) {
            out += Self.wrap("\(label): \(value)", indent: "  ") + "\n"
        }
        out += "\n" + style.bold("Notes") + "\n"
        for note in ReportWording.method { out += Self.wrap("- " + note, indent: "  ") + "\n" }
        if report.options.suppression.threshold != nil {
            out += Self.wrap("- * withheld: derived from a suppressed count.", indent: "  ") + "\n"
        }
        return out
    }

    func levelTable(_ rows: [LevelRow], totals: StageTotals) -> String {
        var table = TextTable(
            headers: ["Triages with issues", "Assessment", "%", "Closure", "%", "Difference"],
            alignments: [.left, .right, .right, .right, .right, .left])
        for row in rows {
            table.add([
                ReportWording.levelLabel(row.level), "\(row.assessment.count)", row.assessment.share.wholeText,
                "\(row.closure.count)", row.closure.share.wholeText, row.sentence,
            ])
        }
        table.add(["triages completed", "\(totals.assessment)", "", "\(totals.closure)", "", ""])
        return table.render { row, column, cell in
            column == 0 && row < rows.count ? style.level(cell, rows[row].level) : cell
        }
    }

    func codeTable(_ table: DifferenceTable) -> String {
        let rows = table.codes.map { row in
            [Self.fit(row.code.rawValue, 10), row.name ?? "", "\(row.assessment.count)", row.assessment.share.wholeText,
             "\(row.closure.count)", row.closure.share.wholeText, row.difference.summary]
        }
        return Self.table(
            headers: ["Code", "Issue", "Assessment", "%", "Closure", "%", "Difference"],
            alignments: [.left, .left, .right, .right, .right, .right, .left], rows: rows, shrinking: 1)
    }

    /// A table no wider than ``width``: the `shrinking` column is cut to the room the others leave.
    static func table(headers: [String], alignments: [TextTable.Alignment], rows: [[String]], shrinking column: Int) -> String {
        var others = 0
        for index in headers.indices where index != column {
            others += ([headers[index]] + rows.map { $0[index] }).map(\.count).max() ?? 0
        }
        let room = max(headers[column].count, width - others - 2 * (headers.count - 1))
        var table = TextTable(headers: headers, alignments: alignments)
        for var row in rows {
            row[column] = fit(row[column], room)
            table.add(row)
        }
        return table.render()
    }

    func matrix(_ table: DifferenceTable) -> String {
        let levels = Level.allCases
        let codes = table.matrix.codes.map { Self.fit($0.rawValue, 10) }
        let codeWidth = max(4, codes.map(\.count).max() ?? 0)
        let cell = 6
        let group = levels.count * (cell + 1) - 1
        func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
            let padding = String(repeating: " ", count: max(0, width - text.count))
            return right ? padding + text : text + padding
        }
        var lines: [String] = []
        lines.append(pad("", codeWidth) + "   " + pad("Assessment", group) + "   " + "Closure")
        lines.append(pad("Code", codeWidth) + "   " + levels.map { pad($0.rawValue, cell, right: true) }.joined(separator: " ")
            + "   " + levels.map { pad($0.rawValue, cell, right: true) }.joined(separator: " "))
        lines.append(String(repeating: "─", count: codeWidth) + "   " + String(repeating: "─", count: group) + "   "
            + String(repeating: "─", count: group))
        for (index, code) in table.matrix.codes.enumerated() {
            let a = levels.map { pad("\(table.matrix.count(.assessment, code, $0))", cell, right: true) }.joined(separator: " ")
            let c = levels.map { pad("\(table.matrix.count(.closure, code, $0))", cell, right: true) }.joined(separator: " ")
            lines.append(pad(codes[index], codeWidth) + "   " + a + "   " + c)
        }
        return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n") + "\n"
    }

    func pairs(_ pairs: PairedProgress) -> String {
        var out = style.bold("Matched pairs") + ": \(pairs.pairs) famil\(pairs.pairs.value == 1 ? "y" : "ies") "
            + "with an assessment and a later closure triage\n"
        guard pairs.pairs != .value(0) else { return out }
        out += "\nHow each family's highest level moved\n"
        var movement = TextTable(
            headers: ["Highest at assessment", "Families", "Moved down", "Stayed", "Moved up"],
            alignments: [.left, .right, .right, .right, .right])
        for row in pairs.movement {
            movement.add([ReportWording.highestLabel(row.from), "\(row.families)", "\(row.movedDown)", "\(row.stayed)", "\(row.movedUp)"])
        }
        out += movement.render()
        out += "\nIssues at each level, family by family\n"
        var levels = TextTable(
            headers: ["Level", "At assessment", "Resolved", "Persisted", "Appeared", "McNemar p"],
            alignments: [.left, .right, .right, .right, .right, .right])
        for row in pairs.levels {
            levels.add([ReportWording.levelLabel(row.level)] + Self.changeCells(row.change))
        }
        out += levels.render()
        if !pairs.codes.isEmpty {
            out += "\nIssues by code, family by family\n"
            out += Self.table(
                headers: ["Code", "Issue", "At assessment", "Resolved", "Persisted", "Appeared", "McNemar p"],
                alignments: [.left, .left, .right, .right, .right, .right, .right],
                rows: pairs.codes.map { [Self.fit($0.code.rawValue, 10), $0.name ?? ""] + Self.changeCells($0.change) },
                shrinking: 1)
        }
        return out
    }

    static func changeCells(_ change: PairedChange) -> [String] {
        ["\(change.atAssessment)", "\(change.resolved)", "\(change.persisted)", "\(change.appeared)", ReportWording.pValue(change.pValue)]
    }

    /// `text` on one line, cut to `width` characters with an ellipsis. Line breaks and tabs
    /// become spaces and other control characters (a terminal escape in a locality name,
    /// say) become "?", so text from the data cannot move the cursor or recolour the screen.
    static func fit(_ text: String, _ width: Int) -> String {
        let single: [Character] = text.map { character in
            if character.isNewline || character == "\t" { return " " }
            if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { return "?" }
            return character
        }
        return single.count <= width ? String(single) : String(single.prefix(width - 1)) + "…"
    }

    /// `text` wrapped at word boundaries to ``width`` columns; later lines start with `indent`.
    static func wrap(_ text: String, indent: String) -> String {
        var lines: [String] = []
        var line = ""
        for word in fit(text, Int.max / 2).split(separator: " ", omittingEmptySubsequences: true) {
            let prefix = lines.isEmpty ? "" : indent
            let candidate = line.isEmpty ? prefix + word : line + " " + word
            if candidate.count > width, !line.isEmpty {
                lines.append(line)
                line = indent + word
            } else {
                line = candidate
            }
            while line.count > width {
                lines.append(String(line.prefix(width)))
                line = indent + line.dropFirst(width)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
