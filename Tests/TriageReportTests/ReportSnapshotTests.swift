import Testing
import TriageCore
import TriageReport

/// Each format against its golden file (re-record with RECORD_SNAPSHOTS=1).
struct ReportSnapshotTests {
    static let extensions: [ReportFormat: String] = [.text: "txt", .csv: "csv", .md: "md", .json: "json", .html: "html"]

    @Test(arguments: ReportFormat.allCases)
    func fullReport(format: ReportFormat) throws {
        let report = try ReportFixtures.report(ReportOptions(breakdown: .column("locality")))
        let actual = ReportRenderer.render(report, as: format)
        let expected = try ReportFixtures.snapshot("report.\(Self.extensions[format]!)", actual: actual)
        #expect(actual == expected)
    }

    @Test(arguments: [ReportFormat.text, .json])
    func suppressedReport(format: ReportFormat) throws {
        let report = try ReportFixtures.report(ReportOptions(suppression: Suppression(threshold: 3)))
        let actual = ReportRenderer.render(report, as: format)
        let expected = try ReportFixtures.snapshot("report-suppressed.\(Self.extensions[format]!)", actual: actual)
        #expect(actual == expected)
    }
}
