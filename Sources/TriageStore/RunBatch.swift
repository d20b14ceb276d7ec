public import TriageCore

/// Records read for a run and not yet stored: coded narratives and rejects, in input
/// order. ``TriageDatabase/write(_:duplicate:)`` stores a batch in one transaction, so a
/// run killed mid-way keeps every batch it committed and nothing of the next.
///
/// A narrative is added encoded for the store (its content hash, its codes as JSON; see
/// ``EncodedNarrative``), on the coding threads, so the thread that writes the batch only
/// runs SQLite.
public struct RunBatch: Sendable {
    /// A coded narrative, ready to store: plain values only, so that the writer's thread
    /// reads the batch without retaining and releasing a record's strings (the records
    /// themselves are kept in ``records``, for the rare reject that needs one).
    struct Coded: Sendable {
        /// Its record's index in ``RunBatch/records``.
        var record: Int
        /// The line it was read from, if known.
        var line: Int?
        /// See ``ContentHash/narrative(_:)``.
        var contentHash: Int64
        /// See ``RunMembership/fingerprint(_:)``.
        var fingerprint: UInt32
        /// Where its text columns are in ``RunBatch/bytes``.
        var columns: TextColumns
        /// Codes found with status `present`, and in any status.
        var present: Int
        var codes: Int
    }

    /// Where a coded narrative's text columns are in ``RunBatch/bytes`` (UTF-8), so the
    /// writer binds them in place; nil for NULL.
    struct TextColumns: Sendable {
        var narrativeID: Range<Int>
        var triageID: Range<Int>
        var caseID: Range<Int>?
        var stage: Range<Int>?
        var date: Range<Int>?
        var level: Range<Int>?
        var text: Range<Int>
        var dimensions: Range<Int>
        var source: Range<Int>?
        /// Its codes' JSON (see ``IssuesJSON``); nil when it has none.
        var issues: Range<Int>?
    }

    /// A record of the batch, in input order: an index into ``coded`` or ``rejects``.
    enum Item: Sendable {
        case coded(Int)
        case rejected(Int)
    }

    public let run: RunID
    var items: [Item] = []
    var coded: [Coded] = []
    /// The coded narratives' records, as ``Coded/record`` says.
    var records: [NarrativeRecord] = []
    var rejects: [StoredReject] = []
    /// The text columns of every coded narrative, UTF-8, one after another (see
    /// ``TextColumns``). The writer binds them to SQLite without a copy (`SQLITE_STATIC`):
    /// bound as Swift strings, SQLite copied each into a buffer it allocated and freed, six
    /// or more a narrative, on the writer's thread (measured with callgrind).
    private(set) var bytes: [UInt8] = []
    /// Every dimension name of the batch's narratives, in the order first seen.
    private(set) var dimensionNames: [String] = []
    private var seenDimensionNames: Set<String> = []
    /// The bytes a content hash is taken of, reused from one narrative to the next.
    private var scratch: [UInt8] = []

    public init(run: RunID, capacity: Int = 0) {
        self.run = run
        items.reserveCapacity(capacity)
        coded.reserveCapacity(capacity)
        records.reserveCapacity(capacity)
        bytes.reserveCapacity(capacity * Self.bytesPerNarrative)
    }

    /// Room reserved in ``bytes`` per narrative of `capacity`: a typical narrative's columns.
    private static let bytesPerNarrative = 512

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
        let columns = TextColumns(
            narrativeID: append(record.narrativeID), triageID: append(record.triageID),
            caseID: record.caseID.isEmpty ? nil : append(record.caseID), stage: record.stage.map { append($0.rawValue) },
            date: record.date.isEmpty ? nil : append(record.date), level: record.level.map { append($0.rawValue) },
            text: append(record.text),
            dimensions: append(record.dimensions.isEmpty ? "{}" : DimensionsJSON.encode(record.dimensions)),
            source: record.location.map { append($0.file) },
            issues: encoded.issues.isEmpty ? nil : append(encoded.issues))
        items.append(.coded(coded.count))
        coded.append(Coded(
            record: records.count, line: record.location?.line, contentHash: encoded.contentHash,
            fingerprint: encoded.fingerprint, columns: columns, present: encoded.present, codes: encoded.codes))
        records.append(record)
    }

    /// Appends a column's UTF-8 to ``bytes``; returns where it is.
    private mutating func append(_ text: String) -> Range<Int> { append(text.utf8) }

    private mutating func append(_ utf8: some Collection<UInt8>) -> Range<Int> {
        let start = bytes.count
        bytes.append(contentsOf: utf8)
        return start..<bytes.count
    }

    /// Adds a record that could not be used.
    public mutating func reject(_ reject: StoredReject) {
        items.append(.rejected(rejects.count))
        rejects.append(reject)
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
