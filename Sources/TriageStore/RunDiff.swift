public import TriageCore

/// How one code of one narrative differs between two runs.
public struct CodeChange: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable, Hashable {
        /// Found in run B only.
        case added
        /// Found in run A only.
        case removed
        /// Found in both with another status (and perhaps another level).
        case status
        /// Found in both with the same status and another level.
        case level
    }

    public var narrativeID: String
    public var code: Code
    public var kind: Kind
    /// The code's status and level in run A (nil when added).
    public var before: (status: MentionStatus, level: Level)?
    /// The code's status and level in run B (nil when removed).
    public var after: (status: MentionStatus, level: Level)?

    public static func == (lhs: CodeChange, rhs: CodeChange) -> Bool {
        lhs.narrativeID == rhs.narrativeID && lhs.code == rhs.code && lhs.kind == rhs.kind
            && lhs.before?.status == rhs.before?.status && lhs.before?.level == rhs.before?.level
            && lhs.after?.status == rhs.after?.status && lhs.after?.level == rhs.after?.level
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(narrativeID)
        hasher.combine(code)
        hasher.combine(kind)
    }
}

/// Changes of one code across all narratives.
public struct CodeChangeCounts: Sendable, Hashable {
    public var code: Code
    public var added = 0
    public var removed = 0
    public var status = 0
    public var level = 0
    /// Narratives where the code is present in run A, and in run B.
    public var presentBefore = 0
    public var presentAfter = 0

    public init(code: Code) { self.code = code }
}

/// What changed between two runs over the narratives both coded (matched by `narrative_id`):
/// the question a lexicon maintainer asks before publishing a change.
public struct RunDiff: Sendable, Hashable {
    public var runA: RunID
    public var runB: RunID
    /// Narratives both runs coded.
    public var compared = 0
    /// Narratives only run A, or only run B, coded (not compared).
    public var onlyInA = 0
    public var onlyInB = 0
    /// Every change, by narrative id then code.
    public var changes: [CodeChange] = []
    /// Per code, in code order: every code that either run found in a compared narrative.
    public var counts: [CodeChangeCounts] = []

    /// Narratives with at least one change.
    public var changedNarratives: Int {
        var count = 0
        var last: String?
        for change in changes where change.narrativeID != last {
            count += 1
            last = change.narrativeID
        }
        return count
    }
}
