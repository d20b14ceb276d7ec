public import Foundation

/// A run's number in the store: `triage runs` lists them, `--run ID` chooses one.
public struct RunID: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public init(_ rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { "\(rawValue)" }
    public static func < (lhs: RunID, rhs: RunID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Whether a run got to its end. An incomplete run was stopped (or is still going) and
/// is completed by running the same command again.
public enum RunStatus: String, Sendable, CaseIterable, Hashable {
    case complete, incomplete
}

/// What a run coded: input files (`triage code`) or narratives already stored (`triage recode`).
public enum RunKind: String, Sendable, CaseIterable, Hashable {
    case code, recode
}

/// The lexicon a run coded with: its name, version and content hash.
public struct LexiconIdentity: Sendable, Hashable {
    public var name: String
    public var version: String
    /// SHA-256 (hex) of the resolved lexicon; see ``ContentHash/lexicon(_:)``.
    public var hash: String
    /// Where it was read from: a path, or `shipped:NAME`.
    public var source: String

    public init(name: String, version: String, hash: String, source: String) {
        self.name = name
        self.version = version
        self.hash = hash
        self.source = source
    }
}

/// One input of a run, with the SHA-256 of its bytes (nil for standard input).
public struct RunInput: Sendable, Hashable {
    public var path: String
    public var format: String
    public var sha256: String?
    public var bytes: Int64?

    public init(path: String, format: String, sha256: String? = nil, bytes: Int64? = nil) {
        self.path = path
        self.format = format
        self.sha256 = sha256
        self.bytes = bytes
    }
}

/// A run's counts; `read == coded + rejected` always holds, batch by batch.
public struct RunCounts: Sendable, Hashable {
    /// Records read from the inputs (or stored narratives, for a recode).
    public var read = 0
    /// Records coded (an exact repeat of a narrative already in the run counts, once stored).
    public var coded = 0
    /// Records rejected, each with a row in `rejects`.
    public var rejected = 0
    /// Issues identified: codes found with status `present`.
    public var issues = 0
    /// Codes found in any status: the rows of `triage export`.
    public var codes = 0

    public init(read: Int = 0, coded: Int = 0, rejected: Int = 0, issues: Int = 0, codes: Int = 0) {
        self.read = read
        self.coded = coded
        self.rejected = rejected
        self.issues = issues
        self.codes = codes
    }
}

/// A stored run as `triage runs` lists it.
public struct Run: Sendable, Hashable, Identifiable {
    public var id: RunID
    public var kind: RunKind
    public var status: RunStatus
    public var startedAt: Date
    public var finishedAt: Date?
    public var lexicon: LexiconIdentity
    public var inputs: [RunInput]
    public var counts: RunCounts
    /// What identifies the same work done again: a hash of the lexicon and the inputs'
    /// hashes. Nil when an input cannot be identified (standard input).
    public var workKey: String?
    /// The process that started the run, so a second process does not resume it while it runs.
    public var processID: Int32?
}

/// What a new run will do, for ``TriageDatabase/beginRun(_:)``.
public struct RunPlan: Sendable, Hashable {
    public var kind: RunKind
    public var lexicon: LexiconIdentity
    public var inputs: [RunInput]
    public var workKey: String?
    public var processID: Int32?

    public init(kind: RunKind, lexicon: LexiconIdentity, inputs: [RunInput], workKey: String?, processID: Int32? = nil) {
        self.kind = kind
        self.lexicon = lexicon
        self.inputs = inputs
        self.workKey = workKey
        self.processID = processID
    }
}
