import Testing
import TriageCore

/// Level and code tables, suppression, filters and breakdowns.
struct TablesReportTests {
    static func triage(
        _ id: String, _ stage: Stage, _ date: String, _ issues: [(Code, Level)], locality: String = "North", worker: String = "A"
    ) -> TriageObservation {
        TriageObservation(
            triageID: "\(id)-\(stage == .assessment ? "A" : "C")", caseID: id, stage: stage, date: date,
            dimensions: ["locality": locality, "worker": worker],
            presentIssues: Set(issues.map { ObservedIssue(code: $0.0, level: $0.1) }))
    }

    static let provenance = ReportProvenance(lexiconName: "test", lexiconVersion: "1", inputs: ["test.csv"])

    /// Ten assessment triages and eight closure triages over two localities and two quarters.
    static let triages: [TriageObservation] = {
        var all: [TriageObservation] = []
        for i in 1...10 {
            let issues: [(Code, Level)] = i <= 6 ? [("FIN", .yellow), ("DA", .orange)] : [("EDU-ATT", .green)]
            all.append(triage("K\(i)", .assessment, i <= 5 ? "2021-02-0\(i)" : "2021-05-0\(i - 5)", issues,
                              locality: i % 2 == 0 ? "North" : "South"))
        }
        for i in 1...8 {
            let issues: [(Code, Level)] = i <= 2 ? [("FIN", .yellow)] : (i <= 6 ? [("FIN", .blue)] : [])
            all.append(triage("K\(i)", .closure, "2021-08-0\(i)", issues, locality: i % 2 == 0 ? "North" : "South"))
        }
        return all
    }()

    @Test func levelTableCountsTriagesWithAPresentIssueAtEachLevel() throws {
        let table = DifferenceTable(Self.triages)
        #expect(table.totals == StageTotals(assessment: .value(10), closure: .value(8)))
        let rows = Dictionary(uniqueKeysWithValues: table.levels.map { ($0.level, $0) })
        let yellow = try #require(rows[.yellow])
        #expect(yellow.assessment.count == .value(6))
        #expect(yellow.assessment.share == .percent(exact: 60, whole: 60))
        #expect(yellow.closure.count == .value(2))
        #expect(yellow.closure.share == .percent(exact: 25, whole: 25))
        #expect(yellow.sentence == "58% decrease in need at extra help level")
        #expect(rows[.blue]?.sentence == "Not comparable: 0% at assessment")
        #expect(rows[.red]?.sentence == "No change in need at specialist help level")
        #expect(table.levels.map(\.level) == Level.allCases)
    }

    @Test func codeTableIsSortedByAssessmentCountAndListsAbsentCodes() {
        let table = DifferenceTable(Self.triages, codes: ["EDU-ATT", "CARER", "DA", "FIN"], names: ["FIN": "Money"])
        // FIN and DA tie at assessment (6); FIN has more at closure.
        #expect(table.codes.map(\.code) == ["FIN", "DA", "EDU-ATT", "CARER"])
        #expect(table.codes[0].name == "Money")
        #expect(table.codes[0].closure.count == .value(6))
        #expect(table.codes[3].assessment.count == .value(0))
        #expect(table.matrix.count(.closure, "FIN", .blue) == .value(4))
        #expect(table.matrix.count(.closure, "FIN", .yellow) == .value(2))
        #expect(table.matrix.count(.assessment, "CARER", .red) == .value(0))
    }

    @Test func suppressionShowsSmallCountsAsLessThanNAndWithholdsWhatDerivesFromThem() throws {
        let table = DifferenceTable(Self.triages, suppression: Suppression(threshold: 5))
        let rows = Dictionary(uniqueKeysWithValues: table.levels.map { ($0.level, $0) })
        let yellow = try #require(rows[.yellow])
        #expect(yellow.assessment.count == .value(6))
        #expect(yellow.assessment.share == .percent(exact: 60, whole: 60))
        #expect(yellow.closure.count == .suppressed(threshold: 5))
        #expect(yellow.closure.count.description == "<5")
        #expect(yellow.closure.share == .withheld)
        #expect(yellow.difference == .withheld)
        // Zero is shown, and its share with it.
        #expect(rows[.red]?.assessment.count == .value(0))
        #expect(rows[.red]?.assessment.share == .percent(exact: 0, whole: 0))
        #expect(table.matrix.count(.closure, "FIN", .yellow) == .suppressed(threshold: 5))
    }

    @Test func suppressedTotalsWithholdEveryShareAtThatStage() {
        let few = Self.triages.filter { $0.stage == .assessment || $0.caseID == "K1" }
        let table = DifferenceTable(few, suppression: Suppression(threshold: 3))
        #expect(table.totals.closure == .suppressed(threshold: 3))
        #expect(table.levels.allSatisfy { $0.closure.share == .withheld || $0.closure.count == .value(0) })
        #expect(table.levels.allSatisfy { $0.difference == .withheld })
    }

    @Test func filtersByDateRangeAndColumn() throws {
        let options = ReportOptions(filter: TriageFilter(
            from: "2021-02-01", to: "2021-05-31", conditions: [FilterCondition(parsing: "locality=north")!]))
        let report = try ProgressReport(Self.triages, options: options, provenance: Self.provenance)
        // Assessments K2, K4 (Feb) and K6, K8, K10 (May) in North; closures are in August.
        #expect(report.table.totals == StageTotals(assessment: .value(5), closure: .value(0)))
        #expect(report.dateRange == "2021-02-02"..."2021-05-05")
    }

    @Test func conditionsOnOneKeyAreAlternatives() throws {
        let filter = TriageFilter(conditions: [
            FilterCondition(key: "locality", value: "North"), FilterCondition(key: "locality", value: " SOUTH "),
            FilterCondition(key: "stage", value: "closure"),
        ])
        let report = try ProgressReport(Self.triages, options: ReportOptions(filter: filter), provenance: Self.provenance)
        #expect(report.table.totals == StageTotals(assessment: .value(0), closure: .value(8)))
    }

    @Test func unknownColumnsAreErrorsThatListTheKnownOnes() {
        let error = #expect(throws: ReportError.self) {
            try ProgressReport(Self.triages, options: ReportOptions(filter: TriageFilter(conditions: [
                FilterCondition(key: "localty", value: "North"),
            ])), provenance: Self.provenance)
        }
        #expect(error?.description == "error: --where: no column 'localty' in the inputs; use one of: stage, case_id, triage_id, locality, worker")
        #expect(throws: ReportError.unknownDimension("team", available: ["stage", "case_id", "triage_id", "locality", "worker"])) {
            try ProgressReport(Self.triages, options: ReportOptions(breakdown: BreakdownDimension("team")), provenance: Self.provenance)
        }
    }

    @Test func whereNeedsKeyEqualsValue() {
        #expect(FilterCondition(parsing: "locality") == nil)
        #expect(FilterCondition(parsing: "=North") == nil)
        #expect(FilterCondition(parsing: "Locality=North West") == FilterCondition(key: "locality", value: "North West"))
    }

    @Test func breakdownByLocality() throws {
        let report = try ProgressReport(Self.triages, options: ReportOptions(breakdown: .column("locality")), provenance: Self.provenance)
        let groups = try #require(report.breakdown).groups
        #expect(groups.map(\.value) == ["North", "South"])
        #expect(groups[0].totals == StageTotals(assessment: .value(5), closure: .value(4)))
        // North: K2, K4, K6 have DA at orange at assessment.
        #expect(groups[0].levels.first { $0.level == .orange }?.assessment.count == .value(3))
    }

    @Test(arguments: [
        ("month", ["2021-02", "2021-05", "2021-08"]),
        ("quarter", ["2021-Q1", "2021-Q2", "2021-Q3"]),
        ("Worker", ["A"]),
    ])
    func breakdownByTime(dimension: String, groups: [String]) throws {
        let report = try ProgressReport(
            Self.triages, options: ReportOptions(breakdown: BreakdownDimension(dimension)), provenance: Self.provenance)
        #expect(report.breakdown?.groups.map(\.value) == groups)
    }

    @Test func triagesWithoutAValueAreGroupedLast() {
        var triages = Self.triages
        triages.append(TriageObservation(triageID: "X-A", stage: .assessment))
        let breakdown = Breakdown(triages, by: .quarter)
        #expect(breakdown.groups.last?.value == "(not recorded)")
        #expect(breakdown.groups.last?.totals.assessment == .value(1))
    }

    @Test func builderGathersATriagesNarrativesAndSkipsThoseWithoutAStage() {
        var builder = TriageObservationBuilder()
        builder.add(triageID: "T1", caseID: "C1", stage: .assessment, date: "2021-01-01",
                    dimensions: [("locality", "North")], presentIssues: [ObservedIssue(code: "FIN", level: .yellow)])
        builder.add(triageID: "T1", caseID: "C1", stage: .assessment, date: "2021-01-01",
                    dimensions: [("locality", "North")], presentIssues: [])
        builder.add(triageID: "T1", caseID: "C1", stage: .assessment, date: "2021-01-01",
                    dimensions: [("locality", "North")], presentIssues: [ObservedIssue(code: "DA", level: .orange)])
        builder.add(triageID: "T2", caseID: "C2", stage: nil, date: "", dimensions: [], presentIssues: [])
        #expect(builder.observations.count == 1)
        #expect(builder.observations[0].presentIssues.count == 2)
        #expect(builder.observations[0].highestLevel == .orange)
        #expect(builder.unstagedNarratives == 1)
        #expect(builder.narratives == 3)
    }
}
