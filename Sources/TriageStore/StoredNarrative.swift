public import TriageCore

/// A code found in a stored narrative, with its primary evidence.
public struct StoredIssue: Sendable, Hashable {
    public var code: Code
    public var level: Level
    public var status: MentionStatus
    /// The lexicon term of the primary mention (as written in the lexicon).
    public var term: String
    /// Unicode scalar offsets of the primary mention in the narrative, end-exclusive.
    public var start: Int
    public var end: Int

    public init(code: Code, level: Level, status: MentionStatus, term: String, start: Int, end: Int) {
        self.code = code
        self.level = level
        self.status = status
        self.term = term
        self.start = start
        self.end = end
    }

    /// The issue as the store keeps it: its primary mention's term and offsets.
    public init(_ issue: CodedIssue) {
        let mention = issue.primaryMention
        self.init(code: issue.code, level: issue.level, status: issue.status, term: mention?.term ?? "",
                  start: mention?.start ?? 0, end: mention?.end ?? 0)
    }
}

/// A narrative of a run with the codes the run gave it, in lexicon order.
public struct StoredNarrative: Sendable, Hashable {
    /// The narrative; `location` is where the run read it (nil for a recode).
    public var record: NarrativeRecord
    public var issues: [StoredIssue]

    public init(record: NarrativeRecord, issues: [StoredIssue]) {
        self.record = record
        self.issues = issues
    }
}

/// An input record a run could not use.
public struct StoredReject: Sendable, Hashable {
    /// The input's path.
    public var source: String
    /// The line the record started on; nil when unknown.
    public var line: Int?
    /// What was wrong and what to do, without the location.
    public var reason: String
    /// The record as written in the input (CSV text), or empty when it could not be read.
    public var record: String

    public init(source: String, line: Int?, reason: String, record: String) {
        self.source = source
        self.line = line
        self.reason = reason
        self.record = record
    }

    /// `source:line`, as messages show it.
    public var location: SourceLocation { SourceLocation(file: source, line: line ?? 0) }
}
