public import TriageCore

/// Records read for a run and not yet stored: coded narratives and rejects, in input
/// order. ``TriageDatabase/write(_:duplicate:)`` stores a batch in one transaction, so a
/// run killed mid-way keeps every batch it committed and nothing of the next.
public struct RunBatch: Sendable {
    enum Item: Sendable {
        case coded(NarrativeRecord, CodedNarrative)
        case rejected(StoredReject)
    }

    public let run: RunID
    var items: [Item] = []

    public init(run: RunID, capacity: Int = 0) {
        self.run = run
        items.reserveCapacity(capacity)
    }

    /// Adds a narrative and what the coder found in it.
    public mutating func add(_ record: NarrativeRecord, _ coded: CodedNarrative) {
        items.append(.coded(record, coded))
    }

    /// Adds a record that could not be used.
    public mutating func reject(_ reject: StoredReject) {
        items.append(.rejected(reject))
    }

    /// Records in the batch: each counts as one read.
    public var count: Int { items.count }
    public var isEmpty: Bool { items.isEmpty }
}

/// What storing a batch found, beyond what the batch held.
public struct BatchOutcome: Sendable {
    /// Every reject the batch stored, in input order: the batch's own and the duplicates.
    public var rejects: [StoredReject]
    /// Records rejected by the store: a `narrative_id` already in the run with other content.
    public var duplicates: [StoredReject]
    /// The run's counts after the batch.
    public var counts: RunCounts
}
