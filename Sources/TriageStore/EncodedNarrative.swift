public import TriageCore

/// A coded narrative made ready for the store: its content hash, its id's fingerprint and
/// its codes as JSON (see ``IssuesJSON``).
///
/// Encoding is the costly part of storing a narrative that is not SQLite, and it needs
/// nothing from the store: coding threads encode what they code, so the thread that
/// writes only runs SQLite (``RunBatch/add(_:)``).
public struct EncodedNarrative: Sendable {
    public let record: NarrativeRecord
    /// See ``ContentHash/narrative(_:)``.
    let contentHash: Int64
    /// See ``RunMembership/fingerprint(_:)``.
    let fingerprint: UInt32
    /// The JSON of its codes; empty when it has none (stored as NULL).
    let issues: [UInt8]
    /// Codes found with status `present`, and in any status.
    public let present: Int
    public let codes: Int

    /// Encodes `record` and what the coder found in it. `scratch` is reused from one call
    /// to the next, to hash the content and then build the codes' JSON without allocating:
    /// the JSON is copied out once, at its final size (built in a fresh array, it grew by
    /// doubling, five or six allocations a narrative; measured with callgrind). It is copied
    /// through a buffer pointer: `Array(scratch)` would share the scratch's storage, and the
    /// next narrative would then allocate a new scratch.
    public init(_ record: NarrativeRecord, _ coded: CodedNarrative, scratch: inout [UInt8]) {
        self.record = record
        contentHash = ContentHash.narrative(record, scratch: &scratch)
        fingerprint = RunMembership.fingerprint(record.narrativeID)
        scratch.removeAll(keepingCapacity: true)
        IssuesJSON.append(coded.issues, to: &scratch)
        issues = scratch.withUnsafeBufferPointer { Array($0) }
        var present = 0
        for issue in coded.issues where issue.status == .present { present += 1 }
        self.present = present
        codes = coded.issues.count
    }

    /// Encodes `record` and what ``NarrativeCoder/codeEvidence(_:box:scratch:)`` found in
    /// it: the same bytes as from its ``CodedNarrative``, with no string made per code.
    public init(_ record: NarrativeRecord, _ evidence: CompactEvidence, strings: IssuesJSON.Strings, scratch: inout [UInt8]) {
        self.record = record
        contentHash = ContentHash.narrative(record, scratch: &scratch)
        fingerprint = RunMembership.fingerprint(record.narrativeID)
        scratch.removeAll(keepingCapacity: true)
        IssuesJSON.append(evidence, strings: strings, to: &scratch)
        issues = scratch.withUnsafeBufferPointer { Array($0) }
        var present = 0
        for issue in evidence.issues where issue.status == .present { present += 1 }
        self.present = present
        codes = evidence.issues.count
    }
}
