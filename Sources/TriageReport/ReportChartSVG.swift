import Foundation
public import TriageCore

/// The grouped bar chart of the HTML report: for each level, the percentage of triages
/// with issues at that level at assessment (hatched) beside closure (solid), in the
/// level's colour, each bar labelled with its value and stage.
public enum ReportChartSVG {
    static let width = 680.0
    static let height = 330.0
    static let left = 44.0
    static let right = 12.0
    static let top = 46.0
    static let bottom = 62.0
    static let barWidth = 38.0
    static let barGap = 8.0

    /// Inline SVG (no external references) for `rows` and `totals`.
    public static func render(_ rows: [LevelRow], totals: StageTotals) -> String {
        let plotHeight = height - top - bottom
        let groupWidth = (width - left - right) / Double(max(rows.count, 1))
        func y(_ percent: Double) -> Double { top + plotHeight * (1 - min(max(percent, 0), 100) / 100) }
        func number(_ value: Double) -> String { ReportWording.decimal(value, places: 1) }

        var description = rows.map { row in
            "\(row.level.rawValue): \(row.assessment.share.wholeText) at assessment, \(row.closure.share.wholeText) at closure"
        }.joined(separator: "; ")
        description += "."
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(number(width)) \(number(height))" role="img" \
            aria-labelledby="chart-title chart-desc" class="chart" font-family="inherit">
            <title id="chart-title">Percentage of triages with issues at each level, assessment and closure</title>
            <desc id="chart-desc">\(ReportHTML.escape(description))</desc>
            <defs>

            """
        for level in Level.allCases {
            svg += """
                <pattern id="hatch-\(level.rawValue)" patternUnits="userSpaceOnUse" width="7" height="7" \
                patternTransform="rotate(45)"><rect width="7" height="7" fill="\(ReportPalette.page)"/>\
                <rect width="4" height="7" fill="\(ReportPalette.fill(level))"/></pattern>

                """
        }
        svg += """
            <pattern id="hatch-legend" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">\
            <rect width="7" height="7" fill="\(ReportPalette.page)"/><rect width="4" height="7" fill="\(ReportPalette.muted)"/></pattern>
            </defs>

            """
        // Legend.
        svg += """
            <rect x="\(number(left))" y="12" width="16" height="16" fill="url(#hatch-legend)" stroke="\(ReportPalette.outline)"/>
            <text x="\(number(left + 22))" y="25" font-size="13" fill="\(ReportPalette.text)">Assessment (\(totals.assessment) triages)</text>
            <rect x="\(number(left + 250))" y="12" width="16" height="16" fill="\(ReportPalette.muted)" stroke="\(ReportPalette.outline)"/>
            <text x="\(number(left + 272))" y="25" font-size="13" fill="\(ReportPalette.text)">Closure (\(totals.closure) triages)</text>

            """
        // Axis and grid.
        for tick in stride(from: 0.0, through: 100, by: 25) {
            svg += """
                <line x1="\(number(left))" y1="\(number(y(tick)))" x2="\(number(width - right))" y2="\(number(y(tick)))" \
                stroke="\(ReportPalette.rule)" stroke-width="1"/>
                <text x="\(number(left - 6))" y="\(number(y(tick) + 4))" font-size="11" text-anchor="end" \
                fill="\(ReportPalette.muted)">\(Int(tick))%</text>

                """
        }
        // Bars.
        for (index, row) in rows.enumerated() {
            let center = left + groupWidth * (Double(index) + 0.5)
            let bars: [(Stage, StageFigure, Double)] = [
                (.assessment, row.assessment, center - barGap / 2 - barWidth),
                (.closure, row.closure, center + barGap / 2),
            ]
            for (stage, figure, x) in bars {
                let mid = x + barWidth / 2
                let label: String
                if let percent = figure.share.exact {
                    let fill = stage == .assessment ? "url(#hatch-\(row.level.rawValue))" : ReportPalette.fill(row.level)
                    let barTop = y(percent)
                    svg += """
                        <rect x="\(number(x))" y="\(number(barTop))" width="\(number(barWidth))" \
                        height="\(number(max(y(0) - barTop, 0)))" fill="\(fill)" stroke="\(ReportPalette.outline)" stroke-width="1.2"/>

                        """
                    label = figure.share.wholeText
                    svg += "<text x=\"\(number(mid))\" y=\"\(number(barTop - 5))\" font-size=\"12\" font-weight=\"bold\" "
                        + "text-anchor=\"middle\" fill=\"\(ReportPalette.text)\">\(ReportHTML.escape(label))</text>\n"
                } else {
                    label = figure.share.wholeText
                    svg += "<text x=\"\(number(mid))\" y=\"\(number(y(0) - 5))\" font-size=\"12\" text-anchor=\"middle\" "
                        + "fill=\"\(ReportPalette.text)\">\(ReportHTML.escape(label))</text>\n"
                }
                svg += "<text x=\"\(number(mid))\" y=\"\(number(y(0) + 14))\" font-size=\"10\" text-anchor=\"middle\" "
                    + "fill=\"\(ReportPalette.muted)\">\(stage == .assessment ? "assess." : "closure")</text>\n"
            }
            svg += "<text x=\"\(number(center))\" y=\"\(number(y(0) + 32))\" font-size=\"13\" font-weight=\"bold\" "
                + "text-anchor=\"middle\" fill=\"\(ReportPalette.text)\">\(row.level.rawValue)</text>\n"
            svg += "<text x=\"\(number(center))\" y=\"\(number(y(0) + 48))\" font-size=\"11\" text-anchor=\"middle\" "
                + "fill=\"\(ReportPalette.muted)\">\(row.level.meaning)</text>\n"
        }
        svg += "<line x1=\"\(number(left))\" y1=\"\(number(y(0)))\" x2=\"\(number(width - right))\" y2=\"\(number(y(0)))\" "
            + "stroke=\"\(ReportPalette.outline)\" stroke-width=\"1.5\"/>\n"
        return svg + "</svg>\n"
    }
}
