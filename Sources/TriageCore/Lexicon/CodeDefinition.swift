/// One code of a lexicon: its identity, default level, vocabulary and examples.
public struct CodeDefinition: Sendable, Hashable {
    public var code: Code
    public var name: String
    public var description: String
    /// The level given to this code's issues in an unboxed narrative with no level cue.
    public var defaultLevel: Level
    public var terms: [Term]
    /// Phrases that block this code's terms where they cover them ("prescribed drugs").
    public var exclusions: [LocatedPhrase]
    public var examples: [LexiconExample]
    public var location: SourceLocation?

    public init(
        code: Code, name: String, description: String = "", defaultLevel: Level, terms: [Term],
        exclusions: [LocatedPhrase] = [], examples: [LexiconExample] = [], location: SourceLocation? = nil
    ) {
        self.code = code
        self.name = name
        self.description = description
        self.defaultLevel = defaultLevel
        self.terms = terms
        self.exclusions = exclusions
        self.examples = examples
        self.location = location
    }
}

/// A phrase that implies a level for an unboxed narrative: "child protection plan" → red.
public struct LevelCue: Sendable, Hashable {
    public var phrase: LocatedPhrase
    public var level: Level

    public init(_ phrase: LocatedPhrase, level: Level) {
        self.phrase = phrase
        self.level = level
    }
}
