/// One code of a lexicon: its identity, default level, vocabulary and examples.
public struct CodeDefinition: Sendable, Hashable {
    public var code: Code
    public var name: String
    public var description: String
    /// The level given to this code's issues in an unboxed narrative with no level cue.
    public var defaultLevel: Level
    public var terms: [Term]
    /// Phrases that block this code's terms where they overlap them ("prescribed drugs"),
    /// except a term that holds the whole phrase and more: the longer term is the more specific.
    public var exclusions: [LocatedPhrase]
    public var examples: [LexiconExample]
    /// Codes this one gives way to: a mention of this code is set aside when a present
    /// mention of one of them is in the same sentence (a partner's arrest for assaulting mum
    /// is DA, not CRIME: taxonomy conventions 7 and 8).
    public var yieldsTo: [Code]
    /// How far ``yieldsTo`` reaches: the mention's sentence (the default), or the whole
    /// narrative for a mention not about a child (a partner arrested two sentences after
    /// the assault is still DA; a teenager's arrest stays CRIME).
    public var yieldScope: YieldScope
    /// Where a mention goes when it concerns someone else: `[.child: "MH-CHILD"]` on
    /// MH-ADULT recodes a child's anxiety; a nil target sets the mention aside.
    public var routes: [Experiencer: Code?]
    /// The route for a mention concerning `who`: nil when the code keeps it, `.some(nil)`
    /// when it is set aside. A school-age child without a route of its own takes the
    /// child's.
    public func route(for who: Experiencer) -> Code?? {
        Self.route(for: who, in: routes)
    }

    /// The route for a mention of term `term` (an index into ``terms``) concerning `who`:
    /// the term's own routes when it has them, else the code's.
    public func route(for who: Experiencer, term: Int) -> Code?? {
        guard terms.indices.contains(term), let own = terms[term].routes else { return route(for: who) }
        return Self.route(for: who, in: own)
    }

    static func route(for who: Experiencer, in routes: [Experiencer: Code?]) -> Code?? {
        if let route = routes[who] { return route }
        if who == .schoolChild { return routes[.child] }
        return nil
    }

    /// Every code this one's mentions may be routed to, by the code's routes or a term's.
    public var routeTargets: [Code] {
        (routes.values.compactMap { $0 } + terms.flatMap { ($0.routes ?? [:]).values.compactMap { $0 } })
    }

    /// Whether the code or any of its terms routes mentions by experiencer.
    public var hasRoutes: Bool { !routes.isEmpty || terms.contains { $0.routes?.isEmpty == false } }
    /// Whose problem a mention is taken to be when no experiencer cue says: `.parent` on
    /// a code whose terms usually describe adults ("alcohol misuse in the home"); nil keeps
    /// such a mention under this code.
    public var defaultExperiencer: Experiencer?
    /// True for an outcome code that no term finds, assigned when a narrative has no
    /// present code at all (the CIN census's 21 "no factors identified").
    public var assignedWhenNonePresent: Bool
    public var location: SourceLocation?

    public init(
        code: Code, name: String, description: String = "", defaultLevel: Level, terms: [Term],
        exclusions: [LocatedPhrase] = [], examples: [LexiconExample] = [], yieldsTo: [Code] = [],
        yieldScope: YieldScope = .sentence, routes: [Experiencer: Code?] = [:], defaultExperiencer: Experiencer? = nil, assignedWhenNonePresent: Bool = false,
        location: SourceLocation? = nil
    ) {
        self.code = code
        self.name = name
        self.description = description
        self.defaultLevel = defaultLevel
        self.terms = terms
        self.exclusions = exclusions
        self.examples = examples
        self.yieldsTo = yieldsTo
        self.yieldScope = yieldScope
        self.routes = routes
        self.defaultExperiencer = defaultExperiencer
        self.assignedWhenNonePresent = assignedWhenNonePresent
        self.location = location
    }
}

/// How far a code's ``CodeDefinition/yieldsTo`` reaches.
public enum YieldScope: String, Sendable, Hashable, CaseIterable {
    /// A present mention of the stronger code in the same sentence.
    case sentence
    /// A present mention of the stronger code anywhere in the narrative, unless the
    /// yielding mention is about a child.
    case narrative
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
