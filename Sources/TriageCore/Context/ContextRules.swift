/// The kinds of context that set a mention aside.
public enum TriggerKind: String, Sendable, Hashable, CaseIterable, Codable {
    case negation, historical, hypothetical

    /// The status a mention gets when a trigger of this kind reaches it.
    public var status: MentionStatus {
        switch self {
        case .negation: .negated
        case .historical: .historical
        case .hypothetical: .hypothetical
        }
    }
}

/// Which way a trigger reaches: to terms after it ("no concerns re housing"), before it
/// ("DA: none known"), or both.
public enum TriggerDirection: String, Sendable, Hashable, CaseIterable, Codable {
    case forward, backward, both
}

/// A ConText-style trigger phrase.
public struct ContextTrigger: Sendable, Hashable {
    public var phrase: LocatedPhrase
    public var kind: TriggerKind
    public var direction: TriggerDirection
    /// How many words the trigger reaches, or `nil` for the rules' default scope.
    public var scope: Int?
    /// A word that negates only as the whole value of a label ("Missing episodes: N",
    /// "Young carer? N"), too common elsewhere to be a trigger anywhere.
    public var labelOnly: Bool

    public init(
        _ phrase: LocatedPhrase, kind: TriggerKind, direction: TriggerDirection, scope: Int? = nil, labelOnly: Bool = false
    ) {
        self.phrase = phrase
        self.kind = kind
        self.direction = direction
        self.scope = scope
        self.labelOnly = labelOnly
    }
}

/// Negation, historical and hypothetical triggers, pseudo-triggers and terminators,
/// as NegEx and ConText define them.
///
/// - A trigger sets aside a term within its scope: up to ``ContextTrigger/scope`` words
///   (or ``defaultScope``) in its direction, stopping at a sentence or clause boundary
///   (`.` `;` `:` a spaced dash, a line break, a bullet) or a terminator.
/// - A pseudo-trigger looks like a trigger but is not one ("not only", "no change in");
///   being longer, it wins where both match.
/// - A terminator ("but", "however", "although") ends any scope that reaches it; a forward
///   terminator ("and she", a new clause with its own subject) ends only the scopes of
///   triggers before it, not those of triggers after it that look back ("DV from her ex in
///   2019 and she has had no contact since").
public struct ContextRules: Sendable, Hashable {
    public var name: String
    public var version: String
    public var triggers: [ContextTrigger]
    public var pseudoTriggers: [LocatedPhrase]
    public var terminators: [LocatedPhrase]
    /// Terminators that end forward scopes only.
    public var forwardTerminators: [LocatedPhrase]
    /// Words a trigger reaches when it gives no scope of its own.
    public var defaultScope: Int
    /// Words a label may have for "Label: no concerns" to negate it.
    public var labelWords: Int

    public init(
        name: String = "none", version: String = "0", triggers: [ContextTrigger] = [],
        pseudoTriggers: [LocatedPhrase] = [], terminators: [LocatedPhrase] = [], forwardTerminators: [LocatedPhrase] = [],
        defaultScope: Int = 6, labelWords: Int = 4
    ) {
        self.name = name
        self.version = version
        self.triggers = triggers
        self.pseudoTriggers = pseudoTriggers
        self.terminators = terminators
        self.forwardTerminators = forwardTerminators
        self.defaultScope = defaultScope
        self.labelWords = labelWords
    }
}
