import Foundation
import GRDB

/// Which `narrative_id`s a run has stored, as 32-bit fingerprints kept between batches, so
/// storing a narrative needs no look-up when its id is new to the run (nearly always).
///
/// A fingerprint seen before means "maybe": the writer then asks the store, which answers
/// exactly (an exact repeat, a duplicate id, or a fingerprint clash). The fingerprints are a
/// cache of what the store holds: they are rebuilt from it when the run, or its count of
/// records, is not the one they were left at (another process, a resumed run, a failed
/// batch). About 8 MB for a million narratives.
final class RunMembership: @unchecked Sendable {
    /// `@unchecked Sendable`: `state` is only touched while holding `lock`.
    private let lock = NSLock()
    private var state: State?

    struct State {
        var run: Int64
        /// The run's `read` count the fingerprints describe.
        var read: Int
        var fingerprints: Set<UInt32>
    }

    /// The fingerprint of a `narrative_id`: stable within a process only, like the cache.
    static func fingerprint(_ narrativeID: String) -> UInt32 {
        UInt32(truncatingIfNeeded: narrativeID.hashValue)
    }

    /// Takes the run's fingerprints out of the cache (which is left empty until ``put(_:)``),
    /// reading them from the store when the cache does not describe `read` records of `run`.
    func take(_ db: Database, run: Int64, read: Int) throws -> State {
        let cached: State? = lock.withLock {
            defer { state = nil }
            return state
        }
        if let cached, cached.run == run, cached.read == read { return cached }
        var fingerprints = Set<UInt32>()
        if read > 0 {
            let ids = try RawStatement(db, sql: """
                SELECT n.narrative_id FROM (\(RunNarratives.rows(run: "?1"))) rn JOIN narratives n ON n.id = rn.narrative_id
                """)
            ids.bind(1, run)
            defer { ids.reset() }
            while try ids.step() {
                if let id = ids.text(0) { fingerprints.insert(Self.fingerprint(id)) }
            }
        }
        return State(run: run, read: read, fingerprints: fingerprints)
    }

    /// Puts back fingerprints once their batch is committed.
    func put(_ state: State) {
        lock.withLock { self.state = state }
    }
}
