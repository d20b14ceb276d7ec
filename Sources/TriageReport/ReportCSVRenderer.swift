import Foundation
public import TriageCore

/// The report as one RFC 4180 CSV table: a `section` column says what each row is, and
/// rows leave empty the columns that do not apply to them.
///
/// Sections: `stages` (triages completed), `levels`, `codes`, `matrix` (a code at a
/// level; `detail` is the level), `pairs` (matched families), `pairs_movement`,
/// `pairs_levels`, `pairs_codes`, `breakdown` (`group` is the group's value) and
/// `provenance` (`item` is the label, `detail` the value). Counts are numbers or "<N"
/// when suppressed; percentages and `change_percent` are exact to two decimals and empty
/// when withheld or undefined.
public enum ReportCSVRenderer {
    /// The columns, in order.
    public static let header = [
        "section", "group", "item", "detail", "assessment_count", "assessment_percent", "closure_count", "closure_percent",
        "difference", "change_percent", "families", "moved_down", "stayed", "moved_up", "resolved", "persisted", "appeared",
        "p_value",
    ]

    /// A row by column name; unnamed columns are empty. Text from the data is guarded.
    struct Row {
        var cells: [String: String] = [:]
        subscript(_ column: String) -> String? {
            get { cells[column] }
            set { cells[column] = newValue }
        }
    }

    /// The whole report as CSV with CRLF line ends, header first.
    public static func render(_ report: ProgressReport) -> String {
        var rows: [Row] = []
        func stageRow(_ totals: StageTotals, group: String) -> Row {
            var row = Row()
            row["section"] = group.isEmpty ? "stages" : "breakdown"
            row["group"] = group
            row["item"] = "triages"
            row["assessment_count"] = "\(totals.assessment)"
            row["closure_count"] = "\(totals.closure)"
            return row
        }
        func levelRows(_ levels: [LevelRow], section: String, group: String) -> [Row] {
            levels.map { level in
                var row = figures(level.assessment, level.closure, level.difference, sentence: level.sentence)
                row["section"] = section
                row["group"] = group
                row["item"] = level.level.rawValue
                row["detail"] = level.level.meaning
                return row
            }
        }
        rows.append(stageRow(report.table.totals, group: ""))
        rows += levelRows(report.table.levels, section: "levels", group: "")
        for code in report.table.codes {
            var row = figures(code.assessment, code.closure, code.difference, sentence: code.difference.summary)
            row["section"] = "codes"
            row["item"] = code.code.rawValue
            row["detail"] = code.name ?? ""
            rows.append(row)
        }
        for code in report.table.matrix.codes {
            for level in Level.allCases {
                var row = Row()
                row["section"] = "matrix"
                row["item"] = code.rawValue
                row["detail"] = level.rawValue
                row["assessment_count"] = "\(report.table.matrix.count(.assessment, code, level))"
                row["closure_count"] = "\(report.table.matrix.count(.closure, code, level))"
                rows.append(row)
            }
        }
        var pairs = Row()
        pairs["section"] = "pairs"
        pairs["item"] = "families"
        pairs["families"] = "\(report.pairs.pairs)"
        rows.append(pairs)
        for movement in report.pairs.movement {
            var row = Row()
            row["section"] = "pairs_movement"
            row["item"] = movement.from?.rawValue ?? "none"
            row["families"] = "\(movement.families)"
            row["moved_down"] = "\(movement.movedDown)"
            row["stayed"] = "\(movement.stayed)"
            row["moved_up"] = "\(movement.movedUp)"
            rows.append(row)
        }
        for level in report.pairs.levels {
            var row = change(level.change)
            row["section"] = "pairs_levels"
            row["item"] = level.level.rawValue
            row["detail"] = level.level.meaning
            rows.append(row)
        }
        for code in report.pairs.codes {
            var row = change(code.change)
            row["section"] = "pairs_codes"
            row["item"] = code.code.rawValue
            row["detail"] = code.name ?? ""
            rows.append(row)
        }
        if let breakdown = report.breakdown {
            for group in breakdown.groups {
                rows.append(stageRow(group.totals, group: group.value))
                rows += levelRows(group.levels, section: "breakdown", group: group.value)
            }
        }
        for (label, value) in ReportWording.provenance(report) {
            var row = Row()
            row["section"] = "provenance"
            row["item"] = label
            row["detail"] = value
            rows.append(row)
        }

        var out = header.joined(separator: ",") + "\r\n"
        for row in rows {
            out += header.map { ReportCSVField.quoted(row[$0] ?? "") }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func figures(_ assessment: StageFigure, _ closure: StageFigure, _ difference: Difference, sentence: String) -> Row {
        var row = Row()
        row["assessment_count"] = "\(assessment.count)"
        row["assessment_percent"] = assessment.share.exact.map { ReportWording.decimal($0) } ?? ""
        row["closure_count"] = "\(closure.count)"
        row["closure_percent"] = closure.share.exact.map { ReportWording.decimal($0) } ?? ""
        row["difference"] = sentence
        row["change_percent"] = difference.exactPercent.map { ReportWording.decimal($0) } ?? ""
        return row
    }

    static func change(_ change: PairedChange) -> Row {
        var row = Row()
        row["assessment_count"] = "\(change.atAssessment)"
        row["resolved"] = "\(change.resolved)"
        row["persisted"] = "\(change.persisted)"
        row["appeared"] = "\(change.appeared)"
        if case .value(let p) = change.pValue { row["p_value"] = "\(p)" }
        return row
    }
}

/// One CSV field as RFC 4180 writes it, guarded against spreadsheet formula injection.
public enum ReportCSVField {
    /// `field` quoted when it holds a comma, quote or line break. A cell that would start
    /// with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'` (OWASP's
    /// advice for CSV injection) unless it is a plain number such as `-71.16`.
    public static func quoted(_ field: String) -> String {
        var value = field
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isNumber(value) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// True for `-12`, `-71.16`, `3.0517578125e-05`: what the renderer writes as numbers.
    static func isNumber(_ text: String) -> Bool {
        guard text.count <= 32, text.first == "-" else { return false }
        return Double(text) != nil && text.allSatisfy { $0.isASCII && ($0.isNumber || "-.e+".contains($0)) }
    }
}
