/// What `triage coverage` found: how much of a corpus a lexicon codes, how each of its
/// terms behaves, and the vocabulary it does not cover.
///
/// Built by ``CoverageAnalyzer``; rendered by `TriageReport`'s coverage renderers.
public struct CoverageReport: Sendable {
    /// Mention counts by status.
    public struct StatusCounts: Sendable, Hashable {
        public var present = 0
        public var negated = 0
        public var historical = 0
        public var hypothetical = 0

        public init() {}

        /// The count for `status`.
        public subscript(status: MentionStatus) -> Int {
            get {
                switch status {
                case .present: present
                case .negated: negated
                case .historical: historical
                case .hypothetical: hypothetical
                }
            }
            set {
                switch status {
                case .present: present = newValue
                case .negated: negated = newValue
                case .historical: historical = newValue
                case .hypothetical: hypothetical = newValue
                }
            }
        }

        /// Every status's count.
        public var total: Int { present + negated + historical + hypothetical }
        /// The mentions set aside (not present).
        public var setAside: Int { negated + historical + hypothetical }
    }

    /// Narratives and how many have at least one present code, for one group.
    public struct NarrativeShare: Sendable, Hashable {
        /// The group: a level box (`blue`…`red`, `none` for free text), a stage, or `all`.
        public var group: String
        public var total: Int
        /// Narratives with at least one present code.
        public var coded: Int

        public init(group: String, total: Int, coded: Int) {
            self.group = group
            self.total = total
            self.coded = coded
        }

        /// `coded / total`, 0 for an empty group.
        public var share: Double { total == 0 ? 0 : Double(coded) / Double(total) }
    }

    /// A narrative with no present code.
    public struct UncodedNarrative: Sendable, Hashable {
        public var id: String
        /// The narrative; renderers print it only when asked (`--show-text`).
        public var text: String
    }

    /// One code's mentions over the corpus.
    public struct CodeStats: Sendable, Hashable {
        public var code: Code
        public var name: String
        /// Mentions of the code's terms, in any status.
        public var hits: Int { byStatus.total }
        public var byStatus: StatusCounts
        /// Narratives where the code is present.
        public var presentNarratives: Int
        /// Narratives where the code was found in any status.
        public var foundNarratives: Int
    }

    /// One lexicon term's mentions over the corpus.
    public struct TermStats: Sendable, Hashable {
        public var code: Code
        /// The term as written in the lexicon (`truan*`, `/regex/`).
        public var term: String
        public var location: SourceLocation?
        public var hits: Int { byStatus.total }
        public var byStatus: StatusCounts
        /// Narratives with at least one mention of the term.
        public var narratives: Int
        /// The trigger phrase that set the term aside most often, if any did.
        public var topTrigger: String?

        /// True when the term matched and every mention was set aside.
        public var isAlwaysSetAside: Bool { hits > 0 && byStatus.present == 0 }
    }

    /// An example of a leftover phrase: its narrative and a few words either side.
    public struct LeftoverExample: Sendable, Hashable {
        public var narrativeID: String
        public var window: TextWindow
    }

    /// A word or phrase that no term covers.
    public struct Leftover: Sendable, Hashable {
        /// The case-folded words, separated by single spaces.
        public var phrase: String
        /// 1 for a word, 2 or 3 for a phrase.
        public var words: Int
        public var occurrences: Int
        public var narratives: Int
        /// Up to two examples, from different narratives where there are two.
        public var examples: [LeftoverExample]
    }

    public var lexiconName: String
    public var lexiconVersion: String
    /// All narratives read, and those with at least one present code.
    public var overall: NarrativeShare
    /// By level box, in level order, then `none` (free text); only groups with narratives.
    public var byLevel: [NarrativeShare]
    /// By stage (`assessment`, `closure`, then `unknown`); only groups with narratives.
    public var byStage: [NarrativeShare]
    /// Narratives with no present code, in input order.
    public var uncoded: [UncodedNarrative]
    /// Word tokens (letters; numbers and punctuation left out) in the corpus.
    public var wordTokens: Int
    /// Word tokens inside a match of any term, in any status.
    public var coveredWordTokens: Int
    /// Codes in lexicon order.
    public var codes: [CodeStats]
    /// Every term, in lexicon order.
    public var terms: [TermStats]
    /// Leftover words, most narratives first.
    public var leftoverWords: [Leftover]
    /// Leftover two- and three-word phrases, most narratives first.
    public var leftoverPhrases: [Leftover]

    /// The share of word tokens covered by any term: LIWC's "dictionary words".
    public var tokenCoverage: Double { wordTokens == 0 ? 0 : Double(coveredWordTokens) / Double(wordTokens) }
    /// Terms that never matched, in lexicon order.
    public var deadTerms: [TermStats] { terms.filter { $0.hits == 0 } }
    /// Terms that matched but were always negated, historical or hypothetical.
    public var alwaysSetAside: [TermStats] { terms.filter(\.isAlwaysSetAside) }
    /// Terms by hits, most first (ties in lexicon order); dead terms left out.
    public var termsByHits: [TermStats] {
        terms.enumerated().filter { $0.element.hits > 0 }
            .sorted { $0.element.hits != $1.element.hits ? $0.element.hits > $1.element.hits : $0.offset < $1.offset }
            .map(\.element)
    }
}
