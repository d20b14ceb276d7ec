/// A lexicon's own test: a text and what some codes must come out as.
public struct LexiconExample: Sendable, Hashable {
    /// What a code must be for an example to pass.
    public enum Expectation: String, Sendable, Hashable, CaseIterable {
        case present, negated, historical, hypothetical
        /// The code must not be found at all, in any status.
        case absent
        /// The code must not be present (it may be found and set aside, or not found).
        case notPresent = "not-present"
    }

    public var text: String
    /// The box the text is written in, if any.
    public var level: Level?
    public var expectations: [Code: Expectation]
    public var location: SourceLocation?

    public init(text: String, level: Level? = nil, expectations: [Code: Expectation], location: SourceLocation? = nil) {
        self.text = text
        self.level = level
        self.expectations = expectations
        self.location = location
    }
}
