public import TriageCore

/// The report as one self-contained HTML page: inline CSS and SVG, no scripts and no
/// network access (a Content-Security-Policy forbids any), readable on screen and
/// printable on A4. Every string from the data is escaped.
public enum ReportHTMLRenderer {
    /// The whole report as one HTML document.
    public static func render(_ report: ProgressReport) -> String {
        let table = report.table
        var body = "<header>\n<h1>\(ReportHTML.escape(ReportWording.title))</h1>\n"
        body += "<p class=\"lead\">\(ReportHTML.escape(ReportWording.summary(report)))</p>\n"
        if let filters = ReportWording.filters(report) {
            body += "<p class=\"note\">Filters: \(ReportHTML.escape(filters))</p>\n"
        }
        if let rule = ReportWording.suppression(report) {
            body += "<p class=\"note\">Suppression: \(ReportHTML.escape(rule)).</p>\n"
        }
        body += "</header>\n"

        body += "<section>\n<h2>Key findings</h2>\n<ul class=\"findings\">\n"
        for row in table.levels {
            body += "<li>\(swatch(row.level))<strong>\(ReportHTML.escape(row.sentence))</strong>: "
                + "\(ReportHTML.escape(row.assessment.share.wholeText)) of triages at assessment had "
                + "\(row.level.rawValue) issues, \(ReportHTML.escape(row.closure.share.wholeText)) at closure.</li>\n"
        }
        body += "</ul>\n</section>\n"

        body += "<section>\n<h2>Triaged issues by level</h2>\n<figure>\n"
        body += ReportChartSVG.render(table.levels, totals: table.totals)
        body += "<figcaption>Percentage of triages completed with at least one issue at each level: hatched bars at "
            + "assessment, solid bars at closure.</figcaption>\n</figure>\n"
        body += levelTable(table.levels, totals: table.totals, caption: "Table 1. Triaged issues at assessment and closure")
        body += "</section>\n"

        body += "<section>\n<h2>Issues by code</h2>\n"
        body += ReportHTML.table(
            caption: "Table 2. Triages with each issue present at any level", headers: ["Issue", "Code", "Assessment", "%", "Closure", "%", "Difference"],
            numeric: [2, 3, 4, 5],
            rows: table.codes.map { row in
                [row.name ?? row.code.rawValue, row.code.rawValue, "\(row.assessment.count)", row.assessment.share.wholeText,
                 "\(row.closure.count)", row.closure.share.wholeText, row.difference.summary]
            })
        body += matrix(table)
        body += "</section>\n"

        body += pairs(report.pairs)

        if let breakdown = report.breakdown {
            body += "<section>\n<h2>By \(ReportHTML.escape(breakdown.dimension.description))</h2>\n"
            for group in breakdown.groups {
                body += levelTable(
                    group.levels, totals: group.totals,
                    caption: "\(breakdown.dimension): \(group.value) (\(group.totals.assessment) at assessment, \(group.totals.closure) at closure)")
            }
            body += "</section>\n"
        }

        body += "<section class=\"provenance\">\n<h2>Provenance</h2>\n<dl>\n"
        for (label, value) in ReportWording.provenance(report) {
            body += "<dt>\(ReportHTML.escape(label))</dt><dd>\(ReportHTML.escape(value))</dd>\n"
        }
        body += "</dl>\n<h2>Notes</h2>\n<ul class=\"notes\">\n"
        for note in ReportWording.method { body += "<li>\(ReportHTML.escape(note))</li>\n" }
        if report.options.suppression.threshold != nil { body += "<li>* withheld: derived from a suppressed count.</li>\n" }
        body += "</ul>\n</section>\n"

        return """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(ReportHTML.escape(ReportWording.title))</title>
            <style>
            \(css)
            </style>
            </head>
            <body>
            <main>
            \(body)</main>
            </body>
            </html>

            """
    }

    static func swatch(_ level: Level) -> String {
        "<span class=\"swatch\" style=\"background:\(ReportPalette.fill(level))\" aria-hidden=\"true\"></span>"
    }

    static func levelTable(_ rows: [LevelRow], totals: StageTotals, caption: String) -> String {
        ReportHTML.table(
            caption: caption, headers: ["Triaged issues", "Assessment", "%", "Closure", "%", "Difference"], numeric: [1, 2, 3, 4],
            rows: rows.map { row in
                [swatch(row.level) + ReportHTML.escape(ReportWording.levelRowTitle(row.level)), "\(row.assessment.count)",
                 row.assessment.share.wholeText, "\(row.closure.count)", row.closure.share.wholeText, row.sentence]
            } + [["Triages completed", "\(totals.assessment)", "", "\(totals.closure)", "", ""]],
            rawColumns: [0])
    }

    static func matrix(_ table: DifferenceTable) -> String {
        var out = "<table class=\"matrix\">\n<caption>Table 3. Triages with each issue present at each level</caption>\n<thead>\n"
        out += "<tr><td></td>" + Stage.allCases.map { "<th scope=\"colgroup\" colspan=\"\(Level.allCases.count)\">\($0 == .assessment ? "Assessment" : "Closure")</th>" }.joined() + "</tr>\n"
        out += "<tr><th scope=\"col\">Code</th>"
        for _ in Stage.allCases {
            out += Level.allCases.map { "<th scope=\"col\" class=\"num\">\(swatch($0))\($0.rawValue)</th>" }.joined()
        }
        out += "</tr>\n</thead>\n<tbody>\n"
        for code in table.matrix.codes {
            out += "<tr><th scope=\"row\">\(ReportHTML.escape(code.rawValue))</th>"
            for stage in Stage.allCases {
                out += Level.allCases.map { level in
                    let count = table.matrix.count(stage, code, level)
                    return "<td class=\"num\(count == .value(0) ? " zero" : "")\">\(ReportHTML.escape(count.description))</td>"
                }.joined()
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    static func pairs(_ pairs: PairedProgress) -> String {
        var out = "<section>\n<h2>Matched pairs</h2>\n"
        out += "<p>\(ReportHTML.escape(pairs.pairs.description)) famil\(pairs.pairs.value == 1 ? "y" : "ies") with an "
            + "assessment and a later closure triage. These tables follow the same families from assessment to closure.</p>\n"
        guard pairs.pairs != .value(0) else { return out + "</section>\n" }
        out += ReportHTML.table(
            caption: "Table 4. How each family's highest level moved", headers: ["Highest at assessment", "Families", "Moved down", "Stayed", "Moved up"],
            numeric: [1, 2, 3, 4],
            rows: pairs.movement.map { row in
                [ReportWording.highestLabel(row.from), "\(row.families)", "\(row.movedDown)", "\(row.stayed)", "\(row.movedUp)"]
            })
        out += ReportHTML.table(
            caption: "Table 5. Issues at each level, family by family",
            headers: ["Level", "At assessment", "Resolved", "Persisted", "Appeared", "McNemar p"], numeric: [1, 2, 3, 4, 5],
            rows: pairs.levels.map { [swatch($0.level) + ReportHTML.escape(ReportWording.levelLabel($0.level))]
                + ReportTextRenderer.changeCells($0.change).map(ReportHTML.escape) },
            rawColumns: Set(0...5))
        if !pairs.codes.isEmpty {
            out += ReportHTML.table(
                caption: "Table 6. Issues by code, family by family",
                headers: ["Issue", "Code", "At assessment", "Resolved", "Persisted", "Appeared", "McNemar p"], numeric: [2, 3, 4, 5, 6],
                rows: pairs.codes.map { [$0.name ?? $0.code.rawValue, $0.code.rawValue] + ReportTextRenderer.changeCells($0.change) })
        }
        return out + "</section>\n"
    }

    static let css = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; background: \(ReportPalette.page); color: \(ReportPalette.text);
          font: 16px/1.45 "Segoe UI", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
        h1 { font-size: 1.6rem; margin: 0 0 .4rem; }
        h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; border-bottom: 2px solid \(ReportPalette.outline); padding-bottom: .2rem; }
        .lead { font-size: 1.05rem; margin: 0 0 .3rem; }
        .note { color: \(ReportPalette.muted); margin: .2rem 0; }
        .findings { padding-left: 0; list-style: none; }
        .findings li { margin: .3rem 0; }
        .swatch { display: inline-block; width: .8em; height: .8em; margin-right: .4em; vertical-align: -.05em;
          border: 1px solid \(ReportPalette.outline); }
        figure { margin: 0 0 1rem; }
        .chart { width: 100%; max-width: 680px; height: auto; display: block; }
        figcaption { color: \(ReportPalette.muted); font-size: .9rem; }
        table { border-collapse: collapse; width: 100%; margin: .8rem 0 1.2rem; font-variant-numeric: tabular-nums; }
        caption { text-align: left; font-weight: bold; padding: .3rem 0; }
        th, td { border-bottom: 1px solid \(ReportPalette.rule); padding: .3rem .5rem; text-align: left; vertical-align: top; }
        thead th { background: \(ReportPalette.headerBackground); border-bottom: 2px solid \(ReportPalette.outline); }
        tbody th { font-weight: normal; }
        .num { text-align: right; white-space: nowrap; }
        .matrix td, .matrix th { padding: .2rem .35rem; font-size: .85rem; }
        .matrix .zero { color: \(ReportPalette.muted); }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
        dt { font-weight: bold; }
        dd { margin: 0; overflow-wrap: anywhere; }
        .notes { color: \(ReportPalette.text); font-size: .9rem; }
        @page { size: A4; margin: 14mm 12mm; }
        @media print {
          body { font-size: 10pt; }
          main { max-width: none; padding: 0; }
          h1 { font-size: 16pt; }
          h2 { font-size: 12pt; margin: 5mm 0 2mm; break-after: avoid; }
          table { font-size: 8.5pt; margin: 2mm 0 4mm; }
          th, td { padding: .15rem .4rem; }
          .matrix td, .matrix th { font-size: 8pt; padding: .1rem .3rem; }
          figcaption { font-size: 9pt; }
          table, figure, dl { break-inside: avoid; }
          .chart { max-width: 150mm; }
        }
        """
}
