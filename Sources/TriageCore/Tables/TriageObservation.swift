/// A present issue of a triage: a code at the level it was identified at.
public struct ObservedIssue: Sendable, Hashable, Comparable {
    public var code: Code
    public var level: Level

    public init(code: Code, level: Level) {
        self.code = code
        self.level = level
    }

    public static func < (lhs: ObservedIssue, rhs: ObservedIssue) -> Bool {
        (lhs.code, lhs.level) < (rhs.code, rhs.level)
    }
}

/// One family's triage at one stage, reduced to what the report tables count: its ids,
/// stage, date, the carried dimensions (locality, worker…) and its present issues.
///
/// This is the report's only input, so a report can be fed from coded input files or
/// from a stored run alike.
///
/// ```swift
/// let triage = TriageObservation(
///     triageID: "C001-A", caseID: "C001", stage: .assessment, date: "2021-03-02",
///     dimensions: ["locality": "Ashcombe"],
///     presentIssues: [ObservedIssue(code: "FIN", level: .yellow)])
/// triage.has(.yellow)   // true
/// ```
public struct TriageObservation: Sendable, Hashable {
    public var triageID: String
    public var caseID: String
    public var stage: Stage
    /// ISO `YYYY-MM-DD`, or empty when unknown.
    public var date: String
    /// Extra columns by name (as the input spells them, e.g. `locality`).
    public var dimensions: [String: String]
    /// Every code with status `present` in any of the triage's narratives, with its level.
    public var presentIssues: Set<ObservedIssue>

    public init(
        triageID: String, caseID: String = "", stage: Stage, date: String = "", dimensions: [String: String] = [:],
        presentIssues: Set<ObservedIssue> = []
    ) {
        self.triageID = triageID
        self.caseID = caseID
        self.stage = stage
        self.date = date
        self.dimensions = dimensions
        self.presentIssues = presentIssues
    }

    /// True when the triage has at least one present issue at `level`.
    public func has(_ level: Level) -> Bool { presentIssues.contains { $0.level == level } }

    /// True when the triage has `code` present at any level.
    public func has(_ code: Code) -> Bool { presentIssues.contains { $0.code == code } }

    /// True when the triage has `code` present at `level`.
    public func has(_ code: Code, at level: Level) -> Bool { presentIssues.contains(ObservedIssue(code: code, level: level)) }

    /// The highest level with a present issue; nil when the triage identified none.
    public var highestLevel: Level? { presentIssues.map(\.level).max() }

    /// The codes present at any level.
    public var codes: Set<Code> { Set(presentIssues.map(\.code)) }
}
