public import TriageCore

/// Records read for a run and not yet stored: coded narratives and rejects, in input
/// order. ``TriageDatabase/write(_:duplicate:)`` stores a batch in one transaction, so a
/// run killed mid-way keeps every batch it committed and nothing of the next.
///
/// A narrative is added encoded for the store (its content hash, its codes as JSON; see
/// ``EncodedNarrative``), on the coding threads, so the thread that writes the batch only
/// runs SQLite.
public struct RunBatch: Sendable {
    /// A coded narrative, ready to store.
    struct Coded: Sendable {
        var record: NarrativeRecord
        /// See ``ContentHash/narrative(_:)``.
        var contentHash: Int64
        /// See ``RunMembership/fingerprint(_:)``.
        var fingerprint: UInt32
        /// Where its codes' JSON is in ``RunBatch/issueBytes``; empty when it has none.
        var issues: Range<Int>
        /// Codes found with status `present`, and in any status.
        var present: Int
        var codes: Int
    }

    enum Item: Sendable {
        case coded(Coded)
        case rejected(StoredReject)
    }

    public let run: RunID
    var items: [Item] = []
    /// The JSON of every narrative's codes, one after another (see ``IssuesJSON``).
    private(set) var issueBytes: [UInt8] = []
    /// Every dimension name of the batch's narratives, in the order first seen.
    private(set) var dimensionNames: [String] = []
    private var seenDimensionNames: Set<String> = []
    /// The bytes a content hash is taken of, reused from one narrative to the next.
    private var scratch: [UInt8] = []

    public init(run: RunID, capacity: Int = 0) {
        self.run = run
        items.reserveCapacity(capacity)
    }

    /// Adds a narrative and what the coder found in it.
    public mutating func add(_ record: NarrativeRecord, _ coded: CodedNarrative) {
        add(EncodedNarrative(record, coded, scratch: &scratch))
    }

    /// Adds a narrative encoded on another thread.
    public mutating func add(_ encoded: EncodedNarrative) {
        let record = encoded.record
        for dimension in record.dimensions where seenDimensionNames.insert(dimension.name).inserted {
            dimensionNames.append(dimension.name)
        }
        let start = issueBytes.count
        issueBytes.append(contentsOf: encoded.issues)
        items.append(.coded(Coded(
            record: record, contentHash: encoded.contentHash, fingerprint: encoded.fingerprint,
            issues: start..<issueBytes.count, present: encoded.present, codes: encoded.codes)))
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
