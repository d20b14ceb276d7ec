public import TriageCore

/// The formats `triage report` writes.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Aligned tables for a terminal, at most 100 columns wide.
    case text
    /// RFC 4180 CSV, one row per figure row, cells guarded against formula injection.
    case csv
    /// GitHub-flavoured Markdown tables.
    case md
    /// JSON with the shape documented in the README.
    case json
    /// One self-contained HTML page with a chart, printable on A4.
    case html
}

/// Renders a ``ProgressReport`` in any ``ReportFormat``.
///
/// ```swift
/// let html = ReportRenderer.render(report, as: .html)
/// ```
public enum ReportRenderer {
    /// The report as `format`; `style` colours level names in text output at a terminal.
    public static func render(_ report: ProgressReport, as format: ReportFormat, style: ANSIStyle = ANSIStyle(enabled: false)) -> String {
        switch format {
        case .text: ReportTextRenderer(style: style).render(report)
        case .csv: ReportCSVRenderer.render(report)
        case .md: ReportMarkdownRenderer.render(report)
        case .json: ReportJSONRenderer.render(report)
        case .html: ReportHTMLRenderer.render(report)
        }
    }
}
