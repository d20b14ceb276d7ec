/// The triages completed at each stage.
public struct StageTotals: Sendable, Hashable {
    /// Triages completed at assessment.
    public var assessment: Count
    /// Triages completed at closure.
    public var closure: Count

    public init(assessment: Count, closure: Count) {
        self.assessment = assessment
        self.closure = closure
    }

    /// The triages completed at `stage`.
    public subscript(stage: Stage) -> Count {
        stage == .assessment ? assessment : closure
    }
}

/// One row of the level table: triages with at least one present issue at `level`.
public struct LevelRow: Sendable, Hashable {
    public var level: Level
    public var assessment: StageFigure
    public var closure: StageFigure
    /// The relative change of the share from assessment to closure.
    public var difference: Difference

    /// "17% increase in self-help".
    public var sentence: String { difference.sentence(for: level) }
}

/// One row of the issue table: triages with `code` present at any level.
public struct CodeRow: Sendable, Hashable {
    public var code: Code
    /// The code's name in the lexicon, when known.
    public var name: String?
    public var assessment: StageFigure
    public var closure: StageFigure
    public var difference: Difference
}

/// Triages with each code present at each level, per stage.
public struct CodeLevelMatrix: Sendable, Hashable {
    /// The codes in the issue table's order.
    public var codes: [Code]
    var cells: [Stage: [Code: [Level: Count]]]

    /// Triages at `stage` with `code` present at `level`.
    public func count(_ stage: Stage, _ code: Code, _ level: Level) -> Count {
        cells[stage]?[code]?[level] ?? .value(0)
    }
}

/// The assessment-versus-closure tables for one set of triages.
public struct DifferenceTable: Sendable, Hashable {
    /// Triages completed at each stage.
    public var totals: StageTotals
    /// One row per level, blue to red.
    public var levels: [LevelRow]
    /// One row per code, most frequent at assessment first.
    public var codes: [CodeRow]
    /// Triages with each code at each level, per stage.
    public var matrix: CodeLevelMatrix

    /// Counts `triages` as the taxonomy's table defines.
    /// - Parameters:
    ///   - codes: the codes to list even when absent (a lexicon's, in its order); codes
    ///     found but not listed are added after them.
    ///   - names: code names to show beside the codes.
    public init(
        _ triages: [TriageObservation], codes: [Code] = [], names: [Code: String] = [:], suppression: Suppression = .none
    ) {
        let byStage = Dictionary(grouping: triages, by: \.stage)
        let assessment = byStage[.assessment] ?? []
        let closure = byStage[.closure] ?? []
        totals = StageTotals(assessment: suppression.count(assessment.count), closure: suppression.count(closure.count))

        func row(_ test: (TriageObservation) -> Bool) -> (StageFigure, StageFigure, Difference, Int, Int) {
            let a = assessment.count(where: test)
            let c = closure.count(where: test)
            return (suppression.figure(a, of: assessment.count), suppression.figure(c, of: closure.count),
                    suppression.difference(assessment: (a, assessment.count), closure: (c, closure.count)), a, c)
        }
        levels = Level.allCases.map { level in
            let (a, c, difference, _, _) = row { $0.has(level) }
            return LevelRow(level: level, assessment: a, closure: c, difference: difference)
        }

        var listed = codes
        var seen = Set(codes)
        for code in triages.flatMap(\.codes).sorted() where !seen.contains(code) {
            listed.append(code)
            seen.insert(code)
        }
        let position = Dictionary(uniqueKeysWithValues: listed.enumerated().map { ($1, $0) })
        var rows: [(row: CodeRow, a: Int, c: Int)] = listed.map { code in
            let (a, c, difference, rawA, rawC) = row { $0.has(code) }
            return (CodeRow(code: code, name: names[code], assessment: a, closure: c, difference: difference), rawA, rawC)
        }
        // Most frequent at assessment first; suppressed counts sort together so the order
        // does not reveal them.
        func key(_ n: Int) -> Int { suppression.hides(n) ? 0 : n }
        rows.sort { lhs, rhs in
            if key(lhs.a) != key(rhs.a) { return key(lhs.a) > key(rhs.a) }
            if key(lhs.c) != key(rhs.c) { return key(lhs.c) > key(rhs.c) }
            return position[lhs.row.code]! < position[rhs.row.code]!
        }
        self.codes = rows.map(\.row)

        var cells: [Stage: [Code: [Level: Count]]] = [:]
        for (stage, group) in [(Stage.assessment, assessment), (.closure, closure)] {
            var counts: [ObservedIssue: Int] = [:]
            for triage in group {
                for issue in triage.presentIssues { counts[issue, default: 0] += 1 }
            }
            var byCode: [Code: [Level: Count]] = [:]
            for (issue, n) in counts { byCode[issue.code, default: [:]][issue.level] = suppression.count(n) }
            cells[stage] = byCode
        }
        matrix = CodeLevelMatrix(codes: self.codes.map(\.code), cells: cells)
    }
}
