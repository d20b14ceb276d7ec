/// Keyword-in-context lines: every place a term matches, with a few words either side,
/// the status its context gives it and the trigger that set it aside.
///
/// Two modes:
/// - **a pattern** (a lexicon-style term: a phrase, `stem*` or `/regex/`) is compiled as the
///   only term of a one-code lexicon that keeps the loaded lexicon's context rules and
///   ignore phrases, so a maintainer sees how the term would behave before adding it. With
///   a code, the pattern is tried as a term of that code (whose exclusions then apply).
///   Each line also lists the loaded lexicon's own mentions over the same words.
/// - **no pattern**: the lines are the loaded lexicon's own mentions, optionally only of one code.
///
/// In both modes a status filter keeps only the lines with one of the given statuses.
///
/// ```swift
/// let kwic = try KeywordInContext(pattern: "arrears", lexicon: lexicon, window: 4)
/// kwic.lines(id: "N1", text: "No rent arrears now, but council tax arrears of £300.")
/// // N1  No rent [arrears] now, but council      negated by "no"
/// // N1  now, but council tax [arrears] of £300. present
/// ```
public struct KeywordInContext: Sendable {
    /// One match and its context.
    public struct Line: Sendable, Hashable {
        public var narrativeID: String
        public var window: TextWindow
        /// The term that matched, as written (the pattern, or the lexicon's term).
        public var term: String
        /// The code the match counts for: the lexicon's code, or the code the pattern is
        /// tried under (nil when none was given).
        public var code: Code?
        public var status: MentionStatus
        /// The trigger that set the match aside; nil when present.
        public var trigger: TriggerEvidence?
        /// In pattern mode, the loaded lexicon's mentions that overlap the match.
        public var lexiconMentions: [Mention]
        /// Unicode scalar offsets of the match in its narrative.
        public var start: Int
        public var end: Int
    }

    /// The pattern's code when none is given.
    public static let patternCode: Code = "PATTERN"

    public let pattern: String?
    public let code: Code?
    public let statuses: Set<MentionStatus>
    public let window: Int
    private let lexiconCoder: NarrativeCoder
    private let patternCoder: NarrativeCoder?
    private let tokenizer = Tokenizer()

    /// - Parameters:
    ///   - pattern: a phrase, `stem*` or `/regex/`; nil to show the lexicon's own mentions.
    ///   - lexicon: the loaded lexicon (its context rules decide the statuses).
    ///   - code: with a pattern, the code it is tried under; without, the only code shown.
    ///   - statuses: the statuses to show; empty for all.
    ///   - window: words each side of the match.
    /// - Throws: ``LexiconError`` when the lexicon or the pattern is not valid.
    public init(
        pattern: String?, lexicon: Lexicon, code: Code? = nil, statuses: Set<MentionStatus> = [], window: Int = 6
    ) throws(LexiconError) {
        self.pattern = pattern
        self.code = code
        self.statuses = statuses
        self.window = max(0, window)
        lexiconCoder = NarrativeCoder(try CompiledLexicon(lexicon))
        if let pattern {
            patternCoder = NarrativeCoder(try CompiledLexicon(Self.patternLexicon(pattern, lexicon: lexicon, code: code)))
        } else {
            patternCoder = nil
        }
    }

    /// The one-term lexicon a pattern is tried in.
    public static func patternLexicon(_ pattern: String, lexicon: Lexicon, code: Code?) -> Lexicon {
        let trimmed = pattern.trimmingWhitespace()
        let term: Term = trimmed.count > 2 && trimmed.hasPrefix("/") && trimmed.hasSuffix("/")
            ? Term(.regex(String(trimmed.dropFirst().dropLast())))
            : .phrase(trimmed)
        let definition = code.flatMap { lexicon.definition(of: $0) }
        return Lexicon(
            name: "\(lexicon.name)+pattern", version: lexicon.version,
            codes: [CodeDefinition(
                code: code ?? patternCode, name: definition?.name ?? "pattern",
                defaultLevel: definition?.defaultLevel ?? .yellow, terms: [term],
                exclusions: definition?.exclusions ?? [])],
            ignore: lexicon.ignore, context: lexicon.context)
    }

    /// The lines of one narrative, in text order.
    public func lines(id: String, text: String, box: Level? = nil) -> [Line] {
        let coded = lexiconCoder.code(text, box: box)
        let mentions = coded.issues.flatMap(\.mentions)
        let tokenized = tokenizer.tokenize(text)
        var lines: [Line] = []
        if let patternCoder {
            for mention in patternCoder.code(text, box: box).issues.flatMap(\.mentions) {
                guard statuses.isEmpty || statuses.contains(mention.status) else { continue }
                let overlapping = mentions.filter { $0.tokens.overlaps(mention.tokens) }
                lines.append(line(mention, id: id, tokenized: tokenized, code: code, overlapping: overlapping))
            }
        } else {
            for mention in mentions {
                guard code == nil || mention.code == code else { continue }
                guard statuses.isEmpty || statuses.contains(mention.status) else { continue }
                lines.append(line(mention, id: id, tokenized: tokenized, code: mention.code, overlapping: []))
            }
        }
        return lines.sorted { $0.start < $1.start }
    }

    private func line(_ mention: Mention, id: String, tokenized: TokenizedText, code: Code?, overlapping: [Mention]) -> Line {
        Line(narrativeID: id, window: tokenized.window(around: mention.tokens, words: window), term: mention.term,
             code: code, status: mention.status, trigger: mention.trigger, lexiconMentions: overlapping,
             start: mention.start, end: mention.end)
    }
}
