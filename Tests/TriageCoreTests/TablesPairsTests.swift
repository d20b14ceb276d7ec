import Testing
import TriageCore

/// Matched pairs and the exact McNemar test.
struct TablesPairsTests {
    @Test(arguments: [
        (1, 6, 0.125),  // 2 · (1 + 7) / 2^7
        (0, 5, 0.0625),  // 2 / 2^5
        (6, 1, 0.125),
        (2, 8, 0.109375),  // 2 · (1 + 10 + 45) / 2^10
        (3, 3, 1.0),
        (4, 5, 1.0),  // 2 · P(X ≤ 4 | 9) = 2 · 256/512 → capped at 1
        (0, 1, 1.0),
    ])
    func exactPValues(b: Int, c: Int, expected: Double) throws {
        let p = try #require(McNemar.exactPValue(b: b, c: c))
        #expect(abs(p - expected) < 1e-12)
    }

    @Test func noDiscordantPairsIsNotTestable() {
        #expect(McNemar.exactPValue(b: 0, c: 0) == nil)
    }

    @Test func largeSamplesNeitherOverflowNorUnderflow() throws {
        // 2 · P(X ≤ 500 | n = 2000) is about 1e-115, and 2^-2000 alone would underflow to zero.
        let p = try #require(McNemar.exactPValue(b: 500, c: 1500))
        #expect(p > 0 && p < 1e-100)
        let q = try #require(McNemar.exactPValue(b: 990, c: 1010))
        #expect(q > 0.6 && q < 0.7)  // normal approximation: z ≈ 0.43, p ≈ 0.67
    }

    static func triage(_ id: String, _ stage: Stage, _ date: String, _ issues: [(Code, Level)]) -> TriageObservation {
        TriageObservation(
            triageID: "\(id)-\(stage == .assessment ? "A" : "C")", caseID: id, stage: stage, date: date,
            presentIssues: Set(issues.map { ObservedIssue(code: $0.0, level: $0.1) }))
    }

    /// Four families: F1 resolves its orange DA and keeps FIN at blue; F2 keeps DA at orange;
    /// F3 has no issues at closure; F4 moves up from yellow to red. F5 has no closure; F6 no assessment.
    static let families: [TriageObservation] = [
        triage("F1", .assessment, "2021-01-10", [("DA", .orange), ("FIN", .yellow)]),
        triage("F1", .closure, "2021-06-10", [("FIN", .blue)]),
        triage("F2", .assessment, "2021-02-10", [("DA", .orange)]),
        triage("F2", .closure, "2021-07-10", [("DA", .orange), ("FIN", .yellow)]),
        triage("F3", .assessment, "2021-03-10", [("EDU-ATT", .yellow), ("FIN", .blue)]),
        triage("F3", .closure, "2021-08-10", []),
        triage("F4", .assessment, "2021-03-11", [("EDU-ATT", .yellow)]),
        triage("F4", .closure, "2021-09-11", [("SAFE-NEG", .red), ("EDU-ATT", .green)]),
        triage("F5", .assessment, "2021-04-10", [("FIN", .yellow)]),
        triage("F6", .closure, "2021-04-12", [("FIN", .yellow)]),
    ]

    @Test func matchesOnlyCasesWithAnAssessmentAndALaterClosure() {
        let pairs = PairedProgress.match(Self.families)
        #expect(pairs.map(\.assessment.caseID) == ["F1", "F2", "F3", "F4"])
        #expect(pairs.allSatisfy { $0.assessment.stage == .assessment && $0.closure.stage == .closure })
    }

    @Test func aClosureBeforeTheAssessmentIsNotAPair() {
        let triages = [
            Self.triage("G1", .closure, "2021-01-01", []), Self.triage("G1", .assessment, "2021-02-01", []),
        ]
        #expect(PairedProgress.match(triages).isEmpty)
    }

    @Test func aReReferralMakesTwoPairs() {
        let triages = [
            TriageObservation(triageID: "H1-A1", caseID: "H1", stage: .assessment, date: "2021-01-01"),
            TriageObservation(triageID: "H1-C1", caseID: "H1", stage: .closure, date: "2021-03-01"),
            TriageObservation(triageID: "H1-A2", caseID: "H1", stage: .assessment, date: "2021-09-01"),
            TriageObservation(triageID: "H1-C2", caseID: "H1", stage: .closure, date: "2021-12-01"),
        ]
        #expect(PairedProgress.match(triages).map { "\($0.assessment.triageID)>\($0.closure.triageID)" } == ["H1-A1>H1-C1", "H1-A2>H1-C2"])
    }

    @Test func pairedCountsByLevelAndCode() throws {
        let progress = PairedProgress(Self.families, codes: ["EDU-ATT", "DA", "FIN", "SAFE-NEG"])
        #expect(progress.pairs == .value(4))

        // Highest level: F1 orange→blue (down), F2 orange→orange (stayed), F3 yellow→none (down), F4 yellow→red (up).
        let movement = Dictionary(uniqueKeysWithValues: progress.movement.map { ($0.from, $0) })
        #expect(progress.movement.map(\.from) == [.yellow, .orange])
        #expect(movement[.orange]?.families == .value(2))
        #expect(movement[.orange]?.movedDown == .value(1))
        #expect(movement[.orange]?.stayed == .value(1))
        #expect(movement[.yellow]?.movedDown == .value(1))
        #expect(movement[.yellow]?.movedUp == .value(1))

        let levels = Dictionary(uniqueKeysWithValues: progress.levels.map { ($0.level, $0.change) })
        // Yellow: F1 (FIN) and F3, F4 had it; F2 gained it at closure. Resolved 3, appeared 1.
        let yellow = try #require(levels[.yellow])
        #expect(yellow.atAssessment == .value(3))
        #expect(yellow.resolved == .value(3))
        #expect(yellow.persisted == .value(0))
        #expect(yellow.appeared == .value(1))
        #expect(yellow.pValue == .value(0.625))  // 2 · (1 + 4) / 16
        // Orange: F1 resolved, F2 persisted; nothing appeared: p = 2 · ½ = 1.
        #expect(levels[.orange]?.pValue == .value(1))
        #expect(levels[.red]?.appeared == .value(1))
        // Nothing at green at assessment or blue changes… green appeared once (F4).
        #expect(levels[.green]?.appeared == .value(1))

        let codes = Dictionary(uniqueKeysWithValues: progress.codes.map { ($0.code, $0.change) })
        let fin = try #require(codes["FIN"])
        #expect(fin.resolved == .value(1))  // F3
        #expect(fin.persisted == .value(1))  // F1 (yellow → blue: the code persists)
        #expect(fin.appeared == .value(1))  // F2
        #expect(codes["EDU-ATT"]?.persisted == .value(1))  // F4
        #expect(codes["EDU-ATT"]?.resolved == .value(1))  // F3
        #expect(codes["SAFE-NEG"]?.pValue == .value(1))  // b = 0, c = 1
        // Sorted by families with the code at assessment: EDU-ATT 2, DA 2, FIN 2 (lexicon order), SAFE-NEG 0.
        #expect(progress.codes.map(\.code) == ["EDU-ATT", "DA", "FIN", "SAFE-NEG"])
    }

    @Test func suppressionWithholdsPValuesFromSmallCounts() {
        let progress = PairedProgress(Self.families, suppression: Suppression(threshold: 3))
        let yellow = progress.levels.first { $0.level == .yellow }!.change
        #expect(yellow.resolved == .value(3))
        #expect(yellow.appeared == .suppressed(threshold: 3))
        #expect(yellow.pValue == .withheld)
        #expect(progress.pairs == .value(4))
    }
}
