/// Codes a corpus narrative by narrative and gathers what ``CoverageReport`` shows:
/// shares of coded narratives, hits per code and term by status, dead and always set-aside
/// terms, token coverage and the leftover vocabulary.
///
/// Feed it narratives one at a time (it keeps counts, not the corpus), then ask for the report:
///
/// ```swift
/// var analyzer = CoverageAnalyzer(compiled)
/// analyzer.add(id: "N1", text: "Mum is in rent arrears", box: .yellow, stage: .assessment)
/// let report = analyzer.report(top: 20)
/// report.tokenCoverage  // 0.4: "rent arrears" covers 2 of the 5 words
/// ```
///
/// Words inside any term match count as covered, whatever the match's status. Words of
/// context triggers, level cues, exclusions and ignore phrases are known to the lexicon:
/// they are not covered, but they are never offered as leftovers either.
public struct CoverageAnalyzer: Sendable {
    /// How leftovers are chosen.
    public struct Options: Sendable, Hashable {
        /// A leftover must occur in at least this many narratives.
        public var minimumNarratives: Int
        /// Words each side of a leftover in its examples.
        public var exampleWords: Int

        public init(minimumNarratives: Int = 2, exampleWords: Int = 5) {
            self.minimumNarratives = max(1, minimumNarratives)
            self.exampleWords = max(0, exampleWords)
        }
    }

    private struct TermKey: Hashable {
        var code: Code
        var term: String
    }

    private struct Group {
        var total = 0
        var coded = 0

        mutating func add(coded isCoded: Bool) {
            total += 1
            if isCoded { coded += 1 }
        }
    }

    private struct NGram {
        var occurrences = 0
        var narratives = 0
        var lastNarrative = -1
        var examples: [CoverageReport.LeftoverExample] = []
    }

    public let compiled: CompiledLexicon
    public let options: Options
    private let coder: NarrativeCoder
    /// Codes the lexicon's context and cue vocabulary, to keep it out of the leftovers.
    private let knownCoder: NarrativeCoder?
    private let tokenizer = Tokenizer()
    private let termIndex: [TermKey: Int]
    private let codeIndex: [Code: Int]
    /// Codes given when nothing else is present ("no factors identified"): a narrative
    /// with only such a code is not one the lexicon's vocabulary covered.
    private let fallbackCodes: Set<Code>

    private var narratives = 0
    private var coded = 0
    private var levels: [String: Group] = [:]
    private var stages: [String: Group] = [:]
    private var uncoded: [CoverageReport.UncodedNarrative] = []
    private var wordTokens = 0
    private var coveredWordTokens = 0
    private var codeStats: [CoverageReport.CodeStats]
    private var termStats: [CoverageReport.TermStats]
    private var termTriggers: [[String: Int]]
    private var ngrams: [String: NGram] = [:]

    /// An analyzer for `compiled`, with `options` for the leftovers.
    public init(_ compiled: CompiledLexicon, options: Options = Options()) {
        self.compiled = compiled
        self.options = options
        coder = NarrativeCoder(compiled)
        knownCoder = Self.knownVocabularyCoder(compiled.lexicon)
        var termIndex: [TermKey: Int] = [:]
        var terms: [CoverageReport.TermStats] = []
        var codeIndex: [Code: Int] = [:]
        var codes: [CoverageReport.CodeStats] = []
        for definition in compiled.lexicon.codes {
            if codeIndex[definition.code] == nil {
                codeIndex[definition.code] = codes.count
                codes.append(.init(code: definition.code, name: definition.name, byStatus: .init(),
                                   presentNarratives: 0, foundNarratives: 0))
            }
            for term in definition.terms {
                let key = TermKey(code: definition.code, term: term.display)
                if termIndex[key] == nil { termIndex[key] = terms.count }
                terms.append(.init(code: definition.code, term: term.display, location: term.location,
                                   byStatus: .init(), narratives: 0, topTrigger: nil))
            }
        }
        self.termIndex = termIndex
        self.codeIndex = codeIndex
        fallbackCodes = Set(compiled.lexicon.codes.filter(\.assignedWhenNonePresent).map(\.code))
        codeStats = codes
        termStats = terms
        termTriggers = Array(repeating: [:], count: terms.count)
    }

    /// Adds one narrative of the corpus.
    public mutating func add(_ record: NarrativeRecord) {
        add(id: record.narrativeID, text: record.text, box: record.level, stage: record.stage)
    }

    /// Adds one narrative: codes it and counts what it finds.
    /// - Parameters:
    ///   - box: the level box it was written in (nil for free text).
    ///   - stage: assessment or closure, when known.
    public mutating func add(id: String, text: String, box: Level?, stage: Stage?) {
        let narrative = coder.code(text, box: box)
        let ordinal = narratives
        narratives += 1
        let isCoded = narrative.presentIssues.contains { !fallbackCodes.contains($0.code) }
        if isCoded { coded += 1 } else { uncoded.append(.init(id: id, text: text)) }
        levels[box?.rawValue ?? "none", default: Group()].add(coded: isCoded)
        stages[stage?.rawValue ?? "unknown", default: Group()].add(coded: isCoded)

        let tokenized = tokenizer.tokenize(text)
        var covered = [Bool](repeating: false, count: tokenized.tokens.count)
        var termsSeen = Set<Int>()
        for issue in narrative.issues {
            guard let c = codeIndex[issue.code] else { continue }
            codeStats[c].foundNarratives += 1
            if issue.status == .present { codeStats[c].presentNarratives += 1 }
            for mention in issue.mentions {
                codeStats[c].byStatus[mention.status] += 1
                if let t = termIndex[TermKey(code: mention.code, term: mention.term)] {
                    termStats[t].byStatus[mention.status] += 1
                    termsSeen.insert(t)
                    if let trigger = mention.trigger { termTriggers[t][trigger.phrase, default: 0] += 1 }
                }
                for i in mention.tokens where i < covered.count { covered[i] = true }
            }
        }
        for t in termsSeen { termStats[t].narratives += 1 }

        var known = covered
        if let knownCoder {
            for issue in knownCoder.code(text).issues {
                for mention in issue.mentions {
                    for i in mention.tokens where i < known.count { known[i] = true }
                }
            }
        }
        for (i, token) in tokenized.tokens.enumerated() where token.kind == .word {
            wordTokens += 1
            if covered[i] { coveredWordTokens += 1 }
        }
        countLeftovers(tokenized, known: known, id: id, ordinal: ordinal)
    }

    /// Counts the uncovered words and 2–3-word phrases of one narrative.
    private mutating func countLeftovers(_ tokenized: TokenizedText, known: [Bool], id: String, ordinal: Int) {
        let tokens = tokenized.tokens
        var runStart = 0
        var words: [String] = []
        var ignorable: [Bool] = []
        func flush(_ end: Int) {
            // Tokens runStart..<end are consecutive uncovered words.
            for n in 1...3 where words.count >= n {
                for start in 0...(words.count - n) {
                    if ignorable[start] || ignorable[start + n - 1] { continue }
                    let phrase = n == 1 ? words[start] : words[start..<(start + n)].joined(separator: " ")
                    record(phrase, span: (runStart + start)..<(runStart + start + n), tokenized: tokenized, id: id, ordinal: ordinal)
                }
            }
            words.removeAll(keepingCapacity: true)
            ignorable.removeAll(keepingCapacity: true)
        }
        for (i, token) in tokens.enumerated() {
            if token.kind == .word && !known[i] {
                if words.isEmpty { runStart = i }
                let word = tokenized.normalizedText(of: token)
                words.append(word)
                ignorable.append(StopWords.isIgnorable(word))
            } else if !words.isEmpty {
                flush(i)
            }
        }
        if !words.isEmpty { flush(tokens.count) }
    }

    private mutating func record(_ phrase: String, span: Range<Int>, tokenized: TokenizedText, id: String, ordinal: Int) {
        var entry = ngrams[phrase] ?? NGram()
        entry.occurrences += 1
        if entry.lastNarrative != ordinal {
            entry.narratives += 1
            entry.lastNarrative = ordinal
            if entry.examples.count < 2 {
                entry.examples.append(.init(narrativeID: id, window: tokenized.window(around: span, words: options.exampleWords)))
            }
        }
        ngrams[phrase] = entry
    }

    /// The report so far.
    /// - Parameter top: how many leftover words and how many leftover phrases to keep.
    public func report(top: Int) -> CoverageReport {
        var terms = termStats
        for t in terms.indices {
            terms[t].topTrigger = termTriggers[t].max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        }
        let levelOrder = Level.allCases.map(\.rawValue) + ["none"]
        let stageOrder = Stage.allCases.map(\.rawValue) + ["unknown"]
        let (words, phrases) = leftovers(top: top)
        return CoverageReport(
            lexiconName: compiled.lexicon.name, lexiconVersion: compiled.lexicon.version,
            overall: .init(group: "all", total: narratives, coded: coded),
            byLevel: levelOrder.compactMap { name in levels[name].map { .init(group: name, total: $0.total, coded: $0.coded) } },
            byStage: stageOrder.compactMap { name in stages[name].map { .init(group: name, total: $0.total, coded: $0.coded) } },
            uncoded: uncoded, wordTokens: wordTokens, coveredWordTokens: coveredWordTokens,
            codes: codeStats, terms: terms, leftoverWords: words, leftoverPhrases: phrases)
    }

    /// The top leftover words and phrases, a phrase left out where a longer leftover phrase
    /// holds it every time it occurs.
    private func leftovers(top: Int) -> (words: [CoverageReport.Leftover], phrases: [CoverageReport.Leftover]) {
        let minimum = options.minimumNarratives
        var candidates: [String: CoverageReport.Leftover] = [:]
        for (phrase, entry) in ngrams where entry.narratives >= minimum {
            let count = phrase.split(separator: " ").count
            candidates[phrase] = .init(phrase: phrase, words: count, occurrences: entry.occurrences,
                                       narratives: entry.narratives, examples: entry.examples)
        }
        var subsumed = Set<String>()
        for (phrase, leftover) in candidates where leftover.words == 3 {
            let parts = phrase.split(separator: " ")
            for sub in [parts[0..<2], parts[1..<3]] {
                let key = sub.joined(separator: " ")
                if let shorter = candidates[key], shorter.occurrences == leftover.occurrences { subsumed.insert(key) }
            }
        }
        let ranked = candidates.values.filter { !subsumed.contains($0.phrase) }.sorted {
            if $0.narratives != $1.narratives { return $0.narratives > $1.narratives }
            if $0.occurrences != $1.occurrences { return $0.occurrences > $1.occurrences }
            return $0.phrase < $1.phrase
        }
        return (Array(ranked.filter { $0.words == 1 }.prefix(top)), Array(ranked.filter { $0.words > 1 }.prefix(top)))
    }

    /// A coder whose one code holds every phrase the lexicon knows besides its terms.
    private static func knownVocabularyCoder(_ lexicon: Lexicon) -> NarrativeCoder? {
        let rules = lexicon.context
        var phrases = rules.triggers.map(\.phrase) + rules.pseudoTriggers + rules.terminators + rules.forwardTerminators
        phrases += lexicon.levelCues.map(\.phrase) + lexicon.ignore
        for definition in lexicon.codes { phrases += definition.exclusions }
        guard !phrases.isEmpty else { return nil }
        let known = Lexicon(
            name: "known", version: lexicon.version,
            codes: [CodeDefinition(code: "KNOWN", name: "known", defaultLevel: .blue,
                                   terms: phrases.map { Term.phrase($0.text) })])
        return (try? CompiledLexicon(known)).map(NarrativeCoder.init)
    }
}
