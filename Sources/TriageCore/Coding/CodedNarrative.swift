/// The trigger that set a mention aside: what the lexicon says and what the text says.
public struct TriggerEvidence: Sendable, Hashable {
    /// The trigger as written in the context rules ("no concerns re").
    public var phrase: String
    /// The trigger as written in the narrative.
    public var text: String
    public var kind: TriggerKind
    /// Unicode scalar offsets in the narrative, end-exclusive.
    public var start: Int
    public var end: Int
}

/// One occurrence of a term in a narrative, with the status its context gives it.
public struct Mention: Sendable, Hashable {
    public var code: Code
    /// The lexicon term that matched, as written in the lexicon (`truan*`, `/regex/`).
    public var term: String
    /// The matched text as written in the narrative.
    public var text: String
    /// Unicode scalar offsets in the narrative, end-exclusive: Python's `text[start:end]`.
    public var start: Int
    public var end: Int
    public var status: MentionStatus
    /// Why the mention was set aside; nil when present.
    public var trigger: TriggerEvidence?
    /// Token indices `first..<end` of the mention.
    public var tokens: Range<Int>
    /// Whose problem the mention is, when the lexicon has experiencer cues and one applies.
    public var experiencer: Experiencer? = nil
    /// True when nothing in the text said whose it is, and ``experiencer`` is the one the
    /// lexicon assumes for the code (its `default_experiencer`).
    public var experiencerAssumed = false
    /// The code the lexicon lists the term under, when an experiencer route moved it.
    public var routedFrom: Code? = nil
}

/// A code found in a narrative: at most one per code, with all its evidence.
public struct CodedIssue: Sendable, Hashable {
    public var code: Code
    public var level: Level
    /// `present` when at least one mention is present; otherwise the strongest reason
    /// the mentions were set aside (negated, then hypothetical, then historical).
    public var status: MentionStatus
    public var mentions: [Mention]

    /// The first mention with the issue's status: the evidence to show.
    public var primaryMention: Mention? {
        mentions.first { $0.status == status } ?? mentions.first
    }
}

/// A level cue found in a narrative: "child protection plan" → red.
public struct LevelCueMention: Sendable, Hashable {
    public var phrase: String
    public var text: String
    public var level: Level
    public var start: Int
    public var end: Int
    public var status: MentionStatus
    public var trigger: TriggerEvidence?
}

/// Text where an exclusion or ignore phrase blocked terms ("prescribed drugs").
public struct ExcludedSpan: Sendable, Hashable {
    public var phrase: String
    /// The code whose exclusion it is; nil for a lexicon-wide ignore phrase.
    public var code: Code?
    public var text: String
    public var start: Int
    public var end: Int
}

/// Everything the coder found in one narrative.
public struct CodedNarrative: Sendable, Hashable {
    /// The level box the narrative was written in, if any.
    public var box: Level?
    /// One entry per code found, in any status, in lexicon order.
    public var issues: [CodedIssue]
    public var levelCues: [LevelCueMention]
    public var excluded: [ExcludedSpan]
    /// For an unboxed narrative, the highest present level cue, if any.
    public var inferredLevel: Level?

    /// The issues identified: the codes with status `present`.
    public var presentIssues: [CodedIssue] { issues.filter { $0.status == .present } }

    /// The issue for `code`, in any status.
    public func issue(_ code: Code) -> CodedIssue? { issues.first { $0.code == code } }
}
