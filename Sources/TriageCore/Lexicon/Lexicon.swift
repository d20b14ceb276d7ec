/// A configurable code set: codes with their vocabularies, level cues, and the context
/// rules that tell present mentions from negated, historical and hypothetical ones.
///
/// A `Lexicon` is a plain value; ``CompiledLexicon`` turns it into automata for coding.
public struct Lexicon: Sendable, Hashable {
    public var name: String
    public var version: String
    public var description: String
    public var codes: [CodeDefinition]
    public var levelCues: [LevelCue]
    /// Phrases that block every term inside them ("in good spirits").
    public var ignore: [LocatedPhrase]
    public var context: ContextRules
    /// How to tell whose problem a mention is.
    public var experiencers: ExperiencerRules
    /// Whether a phrase term or exclusion also matches with its last word in the plural
    /// ("payment plan" finds "payment plans"; see ``CompiledLexicon``). Off unless the
    /// lexicon asks for it (`plurals: true`), so a plain term list matches as written.
    public var matchesPlurals: Bool
    /// Where the lexicon was read from (a path, or `shipped:NAME`).
    public var source: String

    public init(
        name: String, version: String, description: String = "", codes: [CodeDefinition],
        levelCues: [LevelCue] = [], ignore: [LocatedPhrase] = [], context: ContextRules = ContextRules(),
        experiencers: ExperiencerRules = ExperiencerRules(), matchesPlurals: Bool = false, source: String = ""
    ) {
        self.name = name
        self.version = version
        self.description = description
        self.codes = codes
        self.levelCues = levelCues
        self.ignore = ignore
        self.context = context
        self.experiencers = experiencers
        self.matchesPlurals = matchesPlurals
        self.source = source
    }

    /// The definition of `code`, if the lexicon has it.
    public func definition(of code: Code) -> CodeDefinition? {
        codes.first { $0.code == code }
    }
}
