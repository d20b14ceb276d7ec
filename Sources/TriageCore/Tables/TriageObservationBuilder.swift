/// Gathers coded narratives into one ``TriageObservation`` per triage.
///
/// A triage's narratives share its `triageID`; the first narrative that gives a stage,
/// case, date or dimension value sets it. Narratives with no stage cannot be placed at
/// assessment or closure and are counted in ``unstagedNarratives`` instead.
///
/// ```swift
/// var builder = TriageObservationBuilder()
/// builder.add(record, coder.code(record.text, box: record.level))
/// let triages = builder.observations   // in first-seen order
/// ```
public struct TriageObservationBuilder: Sendable {
    private var order: [String] = []
    private var byID: [String: TriageObservation] = [:]
    /// Narratives left out because they have no stage.
    public private(set) var unstagedNarratives = 0
    /// Narratives added to a triage.
    public private(set) var narratives = 0

    /// An empty builder.
    public init() {}

    /// Adds one coded narrative to its triage.
    public mutating func add(_ record: NarrativeRecord, _ coded: CodedNarrative) {
        add(triageID: record.triageID, caseID: record.caseID, stage: record.stage, date: record.date,
            dimensions: record.dimensions, presentIssues: coded.presentIssues.map { ObservedIssue(code: $0.code, level: $0.level) })
    }

    /// Adds one narrative's facts to its triage.
    public mutating func add(
        triageID: String, caseID: String, stage: Stage?, date: String, dimensions: [(name: String, value: String)],
        presentIssues: [ObservedIssue]
    ) {
        if byID[triageID] == nil {
            guard let stage else {
                unstagedNarratives += 1
                return
            }
            order.append(triageID)
            byID[triageID] = TriageObservation(triageID: triageID, caseID: caseID, stage: stage, date: date)
        }
        narratives += 1
        var triage = byID[triageID]!
        if triage.caseID.isEmpty { triage.caseID = caseID }
        if triage.date.isEmpty { triage.date = date }
        for (name, value) in dimensions where !value.isEmpty && triage.dimensions[name] == nil {
            triage.dimensions[name] = value
        }
        triage.presentIssues.formUnion(presentIssues)
        byID[triageID] = triage
    }

    /// One observation per triage, in the order triages were first seen.
    public var observations: [TriageObservation] { order.compactMap { byID[$0] } }
}
