import Foundation
import TriageCore

/// Small, hand-made triages for the renderer tests, and golden-file helpers.
enum ReportFixtures {
    static func triage(
        _ id: String, _ stage: Stage, _ date: String, _ issues: [(Code, Level)], locality: String
    ) -> TriageObservation {
        TriageObservation(
            triageID: "\(id)-\(stage == .assessment ? "A" : "C")", caseID: id, stage: stage, date: date,
            dimensions: ["locality": locality],
            presentIssues: Set(issues.map { ObservedIssue(code: $0.0, level: $0.1) }))
    }

    /// Twelve assessment and nine closure triages over two localities; eight families paired.
    static let triages: [TriageObservation] = {
        var all: [TriageObservation] = []
        let assessment: [[(Code, Level)]] = [
            [("FIN", .yellow), ("DA", .orange)], [("FIN", .yellow), ("EDU-ATT", .green)], [("DA", .orange), ("MH-ADULT", .blue)],
            [("EDU-ATT", .yellow)], [("SAFE-NEG", .red), ("DA", .orange)], [("FIN", .blue), ("EDU-ATT", .yellow)],
            [("MH-ADULT", .green), ("FIN", .yellow)], [("EDU-ATT", .orange)], [("FIN", .yellow)], [("DA", .orange)],
            [("MH-ADULT", .yellow), ("EDU-ATT", .green)], [],
        ]
        for (i, issues) in assessment.enumerated() {
            let n = i + 1
            all.append(triage("R\(n < 10 ? "0" : "")\(n)", .assessment, "2021-0\(1 + i % 6)-1\(i % 9)", issues,
                              locality: n % 3 == 0 ? "Brookwell" : "Ashcombe"))
        }
        let closure: [[(Code, Level)]] = [
            [("FIN", .blue)], [("EDU-ATT", .green)], [("MH-ADULT", .blue)], [], [("SAFE-NEG", .orange)],
            [("FIN", .blue)], [("MH-ADULT", .green)], [("EDU-ATT", .yellow)], [("FIN", .yellow), ("DA", .blue)],
        ]
        for (i, issues) in closure.enumerated() {
            let n = i + 1
            // R01–R08 pair with their assessments; R20 closes a family assessed before the period.
            let id = n <= 8 ? "R0\(n)" : "R20"
            all.append(triage(id, .closure, "2021-\(n < 3 ? "0\(7 + n)" : "1\(n % 3)")-0\(1 + n % 8)", issues,
                              locality: n % 3 == 0 ? "Brookwell" : "Ashcombe"))
        }
        return all
    }()

    static let codes: [Code] = ["EDU-ATT", "MH-ADULT", "DA", "SAFE-NEG", "FIN", "CARER"]
    static let names: [Code: String] = [
        "EDU-ATT": "School attendance", "MH-ADULT": "Adult mental health", "DA": "Domestic abuse",
        "SAFE-NEG": "Neglect", "FIN": "Financial stability", "CARER": "Young carer",
    ]

    static func provenance(inputs: [String] = ["Samples/example.csv"]) -> ReportProvenance {
        ReportProvenance(
            lexiconName: "early-help", lexiconVersion: "1.0.0", lexiconHash: "9f2c4e0a7b1d3c5e8f6a2b4d6c8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c0d2e", inputs: inputs,
            runID: nil, narrativesRead: 48, recordsRejected: 1, generated: "2024-01-31")
    }

    static func report(_ options: ReportOptions = ReportOptions(), triages: [TriageObservation] = triages,
                       inputs: [String] = ["Samples/example.csv"]) throws -> ProgressReport {
        try ProgressReport(triages, options: options, codes: codes, names: names, provenance: provenance(inputs: inputs))
    }

    // MARK: Golden files

    static var snapshotDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    }

    /// The golden file `name`, read from the test bundle; with `RECORD_SNAPSHOTS=1` in the
    /// environment, `actual` is first written to the source tree and returned.
    static func snapshot(_ name: String, actual: String) throws -> String {
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try actual.write(to: snapshotDirectory.appendingPathComponent(name), atomically: true, encoding: .utf8)
            return actual
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Snapshots") else {
            throw SnapshotMissing(name: name)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    struct SnapshotMissing: Error, CustomStringConvertible {
        var name: String
        var description: String {
            "no golden file Snapshots/\(name); record it with RECORD_SNAPSHOTS=1 swift test --filter TriageReportTests"
        }
    }
}
