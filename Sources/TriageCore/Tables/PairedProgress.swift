/// An exact McNemar p-value as published.
public enum PValue: Sendable, Hashable {
    case value(Double)
    /// No discordant pairs: nothing changed either way, so there is nothing to test.
    case notTestable
    /// Derived from a suppressed count.
    case withheld
}

/// Paired change of one yes/no outcome (an issue at a level, or a code) across matched
/// families: present at assessment and gone at closure (resolved), present at both
/// (persisted), or absent at assessment and present at closure (appeared).
public struct PairedChange: Sendable, Hashable {
    /// Families with it at assessment (resolved + persisted).
    public var atAssessment: Count
    /// Families with it at assessment and not at closure.
    public var resolved: Count
    /// Families with it at both stages.
    public var persisted: Count
    /// Families with it at closure only.
    public var appeared: Count
    /// The exact McNemar test of resolved against appeared.
    public var pValue: PValue

    init(resolved: Int, persisted: Int, appeared: Int, suppression: Suppression) {
        atAssessment = suppression.count(resolved + persisted)
        self.resolved = suppression.count(resolved)
        self.persisted = suppression.count(persisted)
        self.appeared = suppression.count(appeared)
        if suppression.hides(resolved) || suppression.hides(appeared) {
            pValue = .withheld
        } else if let p = McNemar.exactPValue(b: resolved, c: appeared) {
            pValue = .value(p)
        } else {
            pValue = .notTestable
        }
    }
}

/// How matched families' highest level moved from assessment to closure, for the
/// families whose highest level at assessment was `from` (nil: no present issue).
public struct LevelMovement: Sendable, Hashable {
    /// The highest level at assessment; nil for families with no present issue.
    public var from: Level?
    /// Matched families whose highest level at assessment was `from`.
    public var families: Count
    /// Families whose highest level at closure is lower (or who have no issue left).
    public var movedDown: Count
    /// Families whose highest level at closure is the same.
    public var stayed: Count
    /// Families whose highest level at closure is higher.
    public var movedUp: Count
}

/// Paired change at one level.
public struct LevelPairs: Sendable, Hashable {
    public var level: Level
    public var change: PairedChange
}

/// Paired change of one code.
public struct CodePairs: Sendable, Hashable {
    public var code: Code
    public var name: String?
    public var change: PairedChange
}

/// A family's assessment triage matched with its later closure triage.
public struct MatchedPair: Sendable, Hashable {
    public var assessment: TriageObservation
    public var closure: TriageObservation
}

/// What the unpaired table cannot show: for families triaged at assessment and again at
/// closure, which issues resolved, persisted or appeared, and how their highest level moved.
public struct PairedProgress: Sendable, Hashable {
    /// Matched families.
    public var pairs: Count
    /// One row per highest level at assessment that occurs: none, then blue to red.
    public var movement: [LevelMovement]
    /// One row per level, blue to red.
    public var levels: [LevelPairs]
    /// One row per code present in any matched triage, most frequent at assessment first.
    public var codes: [CodePairs]

    /// Matches each case's assessment with the closure that follows it.
    ///
    /// A case's triages are taken in date order (assessment before closure on the same
    /// day or when dates are missing); each closure is paired with the latest assessment
    /// before it that is not yet paired. Triages with no case id are never paired.
    public static func match(_ triages: [TriageObservation]) -> [MatchedPair] {
        let byCase = Dictionary(grouping: triages.filter { !$0.caseID.isEmpty }, by: \.caseID)
        var pairs: [MatchedPair] = []
        for caseID in byCase.keys.sorted() {
            let ordered = byCase[caseID]!.sorted {
                ($0.date, $0.stage == .assessment ? 0 : 1, $0.triageID) < ($1.date, $1.stage == .assessment ? 0 : 1, $1.triageID)
            }
            var open: TriageObservation?
            for triage in ordered {
                switch triage.stage {
                case .assessment:
                    open = triage
                case .closure:
                    if let assessment = open {
                        pairs.append(MatchedPair(assessment: assessment, closure: triage))
                        open = nil
                    }
                }
            }
        }
        return pairs
    }

    /// Matches `triages` with ``match(_:)`` and counts the pairs.
    public init(_ triages: [TriageObservation], codes listed: [Code] = [], names: [Code: String] = [:], suppression: Suppression = .none) {
        self.init(pairs: Self.match(triages), codes: listed, names: names, suppression: suppression)
    }

    /// Counts already matched pairs; `listed` orders codes that tie, `names` labels them.
    public init(pairs matched: [MatchedPair], codes listed: [Code] = [], names: [Code: String] = [:], suppression: Suppression = .none) {
        pairs = suppression.count(matched.count)

        let starts: [Level?] = [nil] + Level.allCases.map(Optional.some)
        movement = starts.compactMap { from in
            let group = matched.filter { $0.assessment.highestLevel == from }
            guard !group.isEmpty else { return nil }
            func rank(_ level: Level?) -> Int { level.map { Level.allCases.firstIndex(of: $0)! + 1 } ?? 0 }
            let down = group.count { rank($0.closure.highestLevel) < rank(from) }
            let up = group.count { rank($0.closure.highestLevel) > rank(from) }
            return LevelMovement(
                from: from, families: suppression.count(group.count), movedDown: suppression.count(down),
                stayed: suppression.count(group.count - down - up), movedUp: suppression.count(up))
        }

        func change(_ test: (TriageObservation) -> Bool) -> (PairedChange, Int) {
            var resolved = 0, persisted = 0, appeared = 0
            for pair in matched {
                switch (test(pair.assessment), test(pair.closure)) {
                case (true, false): resolved += 1
                case (true, true): persisted += 1
                case (false, true): appeared += 1
                case (false, false): break
                }
            }
            return (PairedChange(resolved: resolved, persisted: persisted, appeared: appeared, suppression: suppression),
                    resolved + persisted)
        }
        levels = Level.allCases.map { level in LevelPairs(level: level, change: change { $0.has(level) }.0) }

        var found = Set<Code>()
        for pair in matched { found.formUnion(pair.assessment.codes); found.formUnion(pair.closure.codes) }
        let order = listed.filter(found.contains) + found.subtracting(listed).sorted()
        let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        let rows = order.map { code -> (CodePairs, Int) in
            let (paired, atAssessment) = change { $0.has(code) }
            return (CodePairs(code: code, name: names[code], change: paired), suppression.hides(atAssessment) ? 0 : atAssessment)
        }
        codes = rows.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : position[$0.0.code]! < position[$1.0.code]! }.map(\.0)
    }
}
