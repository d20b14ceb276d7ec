/// What a report is broken down by: a carried column, or the month or quarter of the
/// triage date.
public enum BreakdownDimension: Sendable, Hashable, CustomStringConvertible {
    /// A carried column such as `locality` or `worker`.
    case column(String)
    /// The calendar month of the date: `2021-03`.
    case month
    /// The calendar quarter of the date: `2021-Q1` (January to March).
    case quarter

    /// `month`, `quarter`, or a column name.
    public init(_ name: String) {
        switch TriageFilter.normalised(name) {
        case "month": self = .month
        case "quarter": self = .quarter
        case let other: self = .column(other)
        }
    }

    public var description: String {
        switch self {
        case .column(let name): name
        case .month: "month"
        case .quarter: "quarter"
        }
    }

    /// The label of a triage with no value for the dimension.
    public static let notRecorded = "(not recorded)"

    /// The group `triage` falls in.
    public func group(of triage: TriageObservation) -> String {
        switch self {
        case .column(let name):
            let value = TriageFilter.value(of: name, in: triage) ?? ""
            return value.isEmpty ? Self.notRecorded : value
        case .month:
            guard triage.date.count >= 7 else { return Self.notRecorded }
            return String(triage.date.prefix(7))
        case .quarter:
            let parts = triage.date.split(separator: "-")
            guard parts.count >= 2, let month = Int(parts[1]), (1...12).contains(month) else { return Self.notRecorded }
            return "\(parts[0])-Q\((month - 1) / 3 + 1)"
        }
    }
}
