/// A lexicon compiled for coding: one symbol table shared by three phrase tries (terms
/// with exclusions, context triggers, level cues) and the compiled regex terms.
///
/// Build it once per lexicon and share it: it is an immutable, `Sendable` value.
///
/// ```swift
/// let compiled = try CompiledLexicon(lexicon)
/// let coded = NarrativeCoder(compiled).code("Mum is in rent arrears of £900")
/// ```
public final class CompiledLexicon: Sendable {
    /// What a term-trie match stands for.
    enum TermPayload: Sendable, Hashable {
        case term(code: Int32, term: Int32)
        /// An exclusion of a code, or (code -1) a global ignore phrase.
        case exclusion(code: Int32, phrase: Int32)
    }

    /// What a context-trie match stands for.
    enum ContextPayload: Sendable, Hashable {
        case trigger(Int32)
        case pseudo(Int32)
        case terminator(Int32)
        case forwardTerminator(Int32)
    }

    public let lexicon: Lexicon
    /// Warnings found while loading (errors stop compilation).
    public let warnings: [LexiconDiagnostic]
    let tokenizer = Tokenizer()
    let symbols: SymbolTable
    let terms: PhraseTrie
    /// Exclusions and ignore phrases: scanned apart from terms, so that an exclusion
    /// blocks only its own code's terms (an ignore phrase blocks every code's).
    let exclusions: PhraseTrie
    let exclusionPayloads: [TermPayload]
    let context: PhraseTrie
    let cues: PhraseTrie
    /// Experiencer cues ("mum", "YP", "son").
    let subjects: PhraseTrie
    /// Whether any code routes mentions by experiencer.
    let routesByExperiencer: Bool
    /// Each code's index in the lexicon.
    let codeIndex: [Code: Int32]
    let termPayloads: [TermPayload]
    let contextPayloads: [ContextPayload]
    let regexTerms: [RegexTerm]
    /// The regex terms' anchors, laid out for the prefilter (``RegexPrefilter``).
    let regexPrefilter: RegexPrefilter

    /// Which tries (``TrieBit``) have a phrase whose first word is each symbol, at index
    /// `symbol + 1` (index 0, for "no symbol", is 0): a token none of whose symbols starts
    /// a phrase of a trie is skipped by that trie's scan.
    let startBits: [UInt8]
    /// The first term id of each code: code `c`'s term `t` has id `termOffsets[c] + t`.
    let termOffsets: [Int32]
    /// Every term as written in the lexicon, by term id.
    public let termDisplays: [String]
    /// Each context trigger's kind (0 negation, 1 historical, 2 hypothetical), direction and scope in words.
    let triggerShapes: [TriggerShape]
    /// Codes that yield to others: for each code, the indices of the codes it yields to.
    let yieldTargets: [[Int32]]
    /// For each code, whether its yield reaches across the narrative (``YieldScope/narrative``).
    let yieldsAcrossNarrative: [Bool]
    /// Terms that yield on their own (``Term/yieldsTo``): for each term id, the indices of
    /// the codes it yields to (empty for most).
    let termYieldTargets: [[Int32]]
    /// For each code, whether any of its terms yields on its own.
    let hasTermYields: [Bool]

    /// The bits of ``startBits``, one per trie.
    enum TrieBit {
        static let terms: UInt8 = 1
        static let exclusions: UInt8 = 2
        static let cues: UInt8 = 4
        static let subjects: UInt8 = 8
        static let context: UInt8 = 16
    }

    /// A context trigger's reach, without its text.
    struct TriggerShape: Sendable {
        var kind: TriggerKind
        var direction: TriggerDirection
        var scope: Int32
        /// Negates only as a label's whole value (``ContextTrigger/labelOnly``).
        var labelOnly: Bool
    }

    /// Validates and compiles `lexicon`.
    /// - Throws: ``LexiconError/invalid(_:)`` listing every error (and warning) found.
    public convenience init(_ lexicon: Lexicon) throws(LexiconError) {
        self.init(try ValidatedLexicon(lexicon))
    }

    /// Compiles a lexicon already checked.
    public init(_ validated: ValidatedLexicon) {
        let lexicon = validated.lexicon
        self.lexicon = lexicon
        self.warnings = validated.warnings

        var symbols = SymbolTable()
        let tokenizer = Tokenizer()
        /// The symbol sequences of a phrase: one, or two when the phrase has commas (with
        /// and without them), since commas in text are optional where a term writes them.
        func symbolize(_ text: String) -> [[Int32]] {
            let trimmed = text.trimmingWhitespace()
            let stem = trimmed.hasSuffix("*")
            let body = stem ? String(trimmed.dropLast()) : trimmed
            if let key = PhraseShape.plainKey(body), !key.isEmpty {
                // The usual phrase, ASCII letters and spaces: split and folded as the
                // tokeniser would, without it.
                let words = key.split(separator: 0x20)
                return [words.indices.map { index in
                    let word = Array(words[index])
                    return (stem && index == words.count - 1) ? symbols.addStem(word) : symbols.addWord(word)
                }]
            }
            let tokenized = tokenizer.tokenize(body)
            let kept = tokenized.tokens.filter { $0.isWordLike || $0.boundary == .comma }
            let lastWord = kept.lastIndex(where: \.isWordLike)
            var withCommas: [Int32] = []
            for (index, token) in kept.enumerated() {
                if !token.isWordLike {
                    if !withCommas.isEmpty && index < (lastWord ?? 0) { withCommas.append(symbols.commaSymbol) }
                    continue
                }
                let bytes = Array(tokenized.normalized[Int(token.normalizedStart)..<Int(token.normalizedEnd)])
                withCommas.append((stem && index == lastWord) ? symbols.addStem(bytes) : symbols.addWord(bytes))
            }
            let withoutCommas = withCommas.filter { $0 != symbols.commaSymbol }
            return withoutCommas == withCommas ? [withCommas] : [withCommas, withoutCommas]
        }

        var termEntries: [PhraseTrie.Entry] = []
        var termPayloads: [TermPayload] = []
        var regexTerms: [RegexTerm] = []
        var exclusionEntries: [PhraseTrie.Entry] = []
        var exclusionPayloads: [TermPayload] = []
        // Plural forms (``Lexicon/matchesPlurals``), added once every phrase as written is
        // in, and only where no phrase is written so: a plural written as a term of its own
        // keeps its own code.
        var pluralCandidates: [(String, Int32)] = []
        var pluralExclusions: [(String, Int32)] = []
        for (codeIndex, definition) in lexicon.codes.enumerated() {
            for (termIndex, term) in definition.terms.enumerated() {
                switch term.pattern {
                case .phrase(let text):
                    for sequence in symbolize(text) { termEntries.append(.init(symbols: sequence, payload: Int32(termPayloads.count))) }
                    if lexicon.matchesPlurals, let plural = PluralForm.phrase(text) {
                        pluralCandidates.append((plural, Int32(termPayloads.count)))
                    }
                    termPayloads.append(.term(code: Int32(codeIndex), term: Int32(termIndex)))
                case .regex(let source):
                    if let compiled = RegexTerm(source: source, codeIndex: Int32(codeIndex), termIndex: Int32(termIndex)) {
                        regexTerms.append(compiled)
                    }
                }
            }
            for (phraseIndex, exclusion) in definition.exclusions.enumerated() {
                for sequence in symbolize(exclusion.text) { exclusionEntries.append(.init(symbols: sequence, payload: Int32(exclusionPayloads.count))) }
                if lexicon.matchesPlurals, let plural = PluralForm.phrase(exclusion.text) {
                    pluralExclusions.append((plural, Int32(exclusionPayloads.count)))
                }
                exclusionPayloads.append(.exclusion(code: Int32(codeIndex), phrase: Int32(phraseIndex)))
            }
        }
        func addPlurals(_ plurals: [(String, Int32)], to entries: inout [PhraseTrie.Entry]) {
            guard !plurals.isEmpty else { return }
            var written = Set(entries.map(\.symbols))
            for (text, payload) in plurals {
                for sequence in symbolize(text) where written.insert(sequence).inserted {
                    entries.append(.init(symbols: sequence, payload: payload))
                }
            }
        }
        addPlurals(pluralCandidates, to: &termEntries)
        addPlurals(pluralExclusions, to: &exclusionEntries)
        for (phraseIndex, phrase) in lexicon.ignore.enumerated() {
            for sequence in symbolize(phrase.text) { exclusionEntries.append(.init(symbols: sequence, payload: Int32(exclusionPayloads.count))) }
            exclusionPayloads.append(.exclusion(code: -1, phrase: Int32(phraseIndex)))
        }

        var contextEntries: [PhraseTrie.Entry] = []
        var contextPayloads: [ContextPayload] = []
        let rules = lexicon.context
        for (index, trigger) in rules.triggers.enumerated() {
            for sequence in symbolize(trigger.phrase.text) { contextEntries.append(.init(symbols: sequence, payload: Int32(contextPayloads.count))) }
            contextPayloads.append(.trigger(Int32(index)))
        }
        for (index, phrase) in rules.pseudoTriggers.enumerated() {
            for sequence in symbolize(phrase.text) { contextEntries.append(.init(symbols: sequence, payload: Int32(contextPayloads.count))) }
            contextPayloads.append(.pseudo(Int32(index)))
        }
        for (index, phrase) in rules.terminators.enumerated() {
            for sequence in symbolize(phrase.text) { contextEntries.append(.init(symbols: sequence, payload: Int32(contextPayloads.count))) }
            contextPayloads.append(.terminator(Int32(index)))
        }
        for (index, phrase) in rules.forwardTerminators.enumerated() {
            for sequence in symbolize(phrase.text) { contextEntries.append(.init(symbols: sequence, payload: Int32(contextPayloads.count))) }
            contextPayloads.append(.forwardTerminator(Int32(index)))
        }

        let cueEntries = lexicon.levelCues.enumerated().flatMap { index, cue in
            symbolize(cue.phrase.text).map { PhraseTrie.Entry(symbols: $0, payload: Int32(index)) }
        }

        let subjectEntries = lexicon.experiencers.cues.enumerated().flatMap { index, cue in
            symbolize(cue.phrase.text).map { PhraseTrie.Entry(symbols: $0, payload: Int32(index)) }
        }

        self.symbols = symbols
        var startBits = [UInt8](repeating: 0, count: Int(symbols.symbolCount) + 1)
        for (entries, bit) in [(termEntries, TrieBit.terms), (exclusionEntries, TrieBit.exclusions), (cueEntries, TrieBit.cues),
                               (subjectEntries, TrieBit.subjects), (contextEntries, TrieBit.context)] {
            for entry in entries {
                if let first = entry.symbols.first { startBits[Int(first) + 1] |= bit }
            }
        }
        self.startBits = startBits
        var termOffsets: [Int32] = []
        var termDisplays: [String] = []
        for definition in lexicon.codes {
            termOffsets.append(Int32(termDisplays.count))
            termDisplays.append(contentsOf: definition.terms.map(\.display))
        }
        self.termOffsets = termOffsets
        self.termDisplays = termDisplays
        self.triggerShapes = rules.triggers.map {
            TriggerShape(kind: $0.kind, direction: $0.direction, scope: Int32($0.scope ?? rules.defaultScope), labelOnly: $0.labelOnly)
        }
        self.yieldTargets = lexicon.codes.map { definition in
            definition.yieldsTo.isEmpty ? [] : lexicon.codes.indices.filter { definition.yieldsTo.contains(lexicon.codes[$0].code) }.map { Int32($0) }
        }
        self.yieldsAcrossNarrative = lexicon.codes.map { $0.yieldScope == .narrative }
        let codeIndex = Dictionary(lexicon.codes.enumerated().map { ($1.code, Int32($0)) }, uniquingKeysWith: { a, _ in a })
        self.termYieldTargets = lexicon.codes.flatMap { definition in
            definition.terms.map { term in term.yieldsTo.compactMap { codeIndex[$0] } }
        }
        self.hasTermYields = lexicon.codes.map { $0.terms.contains { !$0.yieldsTo.isEmpty } }
        self.terms = PhraseTrie(entries: termEntries, symbolCount: symbols.symbolCount)
        self.exclusions = PhraseTrie(entries: exclusionEntries, symbolCount: symbols.symbolCount)
        self.exclusionPayloads = exclusionPayloads
        self.context = PhraseTrie(entries: contextEntries, symbolCount: symbols.symbolCount)
        self.cues = PhraseTrie(entries: cueEntries, symbolCount: symbols.symbolCount)
        self.subjects = PhraseTrie(entries: subjectEntries, symbolCount: symbols.symbolCount)
        self.routesByExperiencer = lexicon.codes.contains(where: \.hasRoutes) && !lexicon.experiencers.isEmpty
        self.codeIndex = codeIndex
        self.termPayloads = termPayloads
        self.contextPayloads = contextPayloads
        self.regexTerms = regexTerms
        self.regexPrefilter = RegexPrefilter(regexTerms.map(\.anchors))
    }
}
