/// What a report shows, chosen by the user.
public struct ReportOptions: Sendable, Hashable {
    /// Which triages are counted.
    public var filter: TriageFilter
    /// What the level table is also broken down by, if anything.
    public var breakdown: BreakdownDimension?
    /// Statistical disclosure control for publication.
    public var suppression: Suppression

    public init(filter: TriageFilter = TriageFilter(), breakdown: BreakdownDimension? = nil, suppression: Suppression = .none) {
        self.filter = filter
        self.breakdown = breakdown
        self.suppression = suppression
    }
}

/// The whole assessment-versus-closure report: the level and issue tables, the code ×
/// level matrix, matched pairs, an optional breakdown, and the provenance.
///
/// ```swift
/// let report = try ProgressReport(triages, options: ReportOptions(breakdown: .column("locality")),
///                                 provenance: provenance)
/// report.table.levels[0].sentence   // "17% increase in self-help"
/// ```
public struct ProgressReport: Sendable, Hashable {
    public var provenance: ReportProvenance
    public var options: ReportOptions
    /// The first and last triage dates in the report, when any triage has a date.
    public var dateRange: ClosedRange<String>?
    /// The level and issue tables and the code × level matrix.
    public var table: DifferenceTable
    /// Families followed from assessment to closure.
    public var pairs: PairedProgress
    /// The level table per group, when asked for.
    public var breakdown: Breakdown?

    /// Filters `triages` and counts them.
    /// - Parameters:
    ///   - codes: codes to list even when absent (the lexicon's, in its order).
    ///   - names: code names to show beside the codes.
    /// - Throws: ``ReportError`` when a `--where` key or `--by` column is carried by no triage.
    public init(
        _ triages: [TriageObservation], options: ReportOptions = ReportOptions(), codes: [Code] = [],
        names: [Code: String] = [:], provenance: ReportProvenance
    ) throws(ReportError) {
        let keys = TriageFilter.keys(in: triages)
        for condition in options.filter.conditions where !keys.contains(TriageFilter.normalised(condition.key)) {
            throw .unknownFilterKey(condition.key, available: keys)
        }
        if case .column(let name)? = options.breakdown, !keys.contains(TriageFilter.normalised(name)) {
            throw .unknownDimension(name, available: keys)
        }
        let included = triages.filter(options.filter.includes)
        self.provenance = provenance
        self.options = options
        let dates = included.map(\.date).filter { !$0.isEmpty }
        if let first = dates.min(), let last = dates.max() { dateRange = first...last } else { dateRange = nil }
        table = DifferenceTable(included, codes: codes, names: names, suppression: options.suppression)
        pairs = PairedProgress(included, codes: codes, names: names, suppression: options.suppression)
        breakdown = options.breakdown.map { Breakdown(included, by: $0, suppression: options.suppression) }
    }
}
