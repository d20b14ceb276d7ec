/// The level table for each group of a dimension.
public struct Breakdown: Sendable, Hashable {
    /// One group: its value, its triages completed per stage, and its level rows.
    public struct Group: Sendable, Hashable {
        /// The group's value: "Ashcombe", "2021-03", "2021-Q1", or "(not recorded)".
        public var value: String
        public var totals: StageTotals
        public var levels: [LevelRow]
    }

    /// What the groups are groups of.
    public var dimension: BreakdownDimension
    /// Groups in order of their values (so months and quarters run in time order), with
    /// "(not recorded)" last.
    public var groups: [Group]

    /// Groups `triages` by `dimension` and counts each group as the level table does.
    public init(_ triages: [TriageObservation], by dimension: BreakdownDimension, suppression: Suppression = .none) {
        self.dimension = dimension
        let grouped = Dictionary(grouping: triages) { dimension.group(of: $0) }
        let values = grouped.keys.sorted { lhs, rhs in
            let l = lhs == BreakdownDimension.notRecorded, r = rhs == BreakdownDimension.notRecorded
            if l != r { return r }
            return lhs.lowercased() != rhs.lowercased() ? lhs.lowercased() < rhs.lowercased() : lhs < rhs
        }
        groups = values.map { value in
            let table = DifferenceTable(grouped[value]!, suppression: suppression)
            return Group(value: value, totals: table.totals, levels: table.levels)
        }
    }
}
