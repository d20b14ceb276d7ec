/// One entry of a code's vocabulary.
public struct Term: Sendable, Hashable {
    /// How a term is matched.
    public enum Pattern: Sendable, Hashable {
        /// Whole words, case-insensitive; a trailing `*` on the last word matches any word
        /// that starts with that stem (`truan*` → truant, truanting, truancy).
        case phrase(String)
        /// A regular expression over the original text, case-insensitive.
        case regex(String)
    }

    public var pattern: Pattern
    /// Where this term's mentions go when they concern someone else, in place of its
    /// code's ``CodeDefinition/routes`` (nil: the code's). "ADHD" under EDU-SEND routes a
    /// parent's to none, while "Mum is chasing the EHCP" stays the child's SEND.
    public var routes: [Experiencer: Code?]?
    /// Codes this term's mentions give way to, wherever in the narrative one of them is
    /// present: a bare "rows" under REL-CONF is set aside when the narrative has a present
    /// REL-PAR mention, since the rows are then the parent and child's (convention 8).
    /// Empty for most terms; a code's own ``CodeDefinition/yieldsTo`` applies as well.
    public var yieldsTo: [Code]
    /// Where the term was written, for diagnostics.
    public var location: SourceLocation?

    public init(_ pattern: Pattern, routes: [Experiencer: Code?]? = nil, yieldsTo: [Code] = [], location: SourceLocation? = nil) {
        self.pattern = pattern
        self.routes = routes
        self.yieldsTo = yieldsTo
        self.location = location
    }

    /// A phrase term.
    public static func phrase(_ text: String, location: SourceLocation? = nil) -> Term {
        Term(.phrase(text), location: location)
    }

    /// The term as a lexicon maintainer wrote it (regexes shown as `/…/`).
    public var display: String {
        switch pattern {
        case .phrase(let text): text
        case .regex(let source): "/\(source)/"
        }
    }
}

/// A phrase with where it was written: exclusions, level cues, triggers.
public struct LocatedPhrase: Sendable, Hashable {
    public var text: String
    public var location: SourceLocation?

    public init(_ text: String, location: SourceLocation? = nil) {
        self.text = text
        self.location = location
    }
}
