/// Which triages a report covers: a date range and conditions on carried columns.
///
/// Conditions on the same key are alternatives (`locality=Ashcombe` or
/// `locality=Brookwell`); conditions on different keys must all hold. Values compare
/// without regard to case or surrounding spaces. The key `stage` selects a stage.
///
/// ```swift
/// let filter = TriageFilter(from: "2021-04-01", to: "2021-06-30",
///                           conditions: [FilterCondition(key: "locality", value: "Ashcombe")])
/// filter.includes(triage)
/// ```
public struct TriageFilter: Sendable, Hashable {
    /// The first date included (ISO `YYYY-MM-DD`); triages with no date are then left out.
    public var from: String?
    /// The last date included (ISO `YYYY-MM-DD`); triages with no date are then left out.
    public var to: String?
    /// `--where KEY=VALUE` conditions.
    public var conditions: [FilterCondition]

    public init(from: String? = nil, to: String? = nil, conditions: [FilterCondition] = []) {
        self.from = from
        self.to = to
        self.conditions = conditions
    }

    /// True when nothing is filtered.
    public var isEmpty: Bool { from == nil && to == nil && conditions.isEmpty }

    /// True when `triage` is in the report.
    public func includes(_ triage: TriageObservation) -> Bool {
        if from != nil || to != nil {
            if triage.date.isEmpty { return false }
            if let from, triage.date < from { return false }
            if let to, triage.date > to { return false }
        }
        var byKey: [String: [String]] = [:]
        for condition in conditions { byKey[Self.normalised(condition.key), default: []].append(Self.normalised(condition.value)) }
        for (key, values) in byKey {
            let actual = Self.normalised(Self.value(of: key, in: triage) ?? "")
            if !values.contains(actual) { return false }
        }
        return true
    }

    /// The value `triage` has for `key`: a carried column, or `stage`, `case_id`, `triage_id`.
    static func value(of key: String, in triage: TriageObservation) -> String? {
        switch key {
        case "stage": return triage.stage.rawValue
        case "case_id": return triage.caseID
        case "triage_id": return triage.triageID
        default:
            if let value = triage.dimensions[key] { return value }
            return triage.dimensions.first { normalised($0.key) == key }?.value
        }
    }

    static func normalised(_ text: String) -> String {
        var s = Substring(text)
        while let first = s.first, first.isWhitespace { s.removeFirst() }
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return s.lowercased()
    }

    /// The keys `--where` accepts for these triages: the built-in ones and every carried column.
    public static func keys(in triages: [TriageObservation]) -> [String] {
        var dimensions = Set<String>()
        for triage in triages { dimensions.formUnion(triage.dimensions.keys.map(normalised)) }
        return ["stage", "case_id", "triage_id"] + dimensions.sorted()
    }

    /// A readable account of the filter for a report's provenance: "from 2021-04-01; locality = Ashcombe".
    public var summary: [String] {
        var parts: [String] = []
        if let from { parts.append("from \(from)") }
        if let to { parts.append("to \(to)") }
        for condition in conditions { parts.append("\(condition.key) = \(condition.value)") }
        return parts
    }
}

/// One `--where KEY=VALUE` condition.
public struct FilterCondition: Sendable, Hashable {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }

    /// Parses `KEY=VALUE`; nil when there is no `=` or the key is empty.
    public init?(parsing text: String) {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let key = TriageFilter.normalised(String(text[..<equals]))
        guard !key.isEmpty else { return nil }
        self.init(key: key, value: String(text[text.index(after: equals)...]))
    }
}
