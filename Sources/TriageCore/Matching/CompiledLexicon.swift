/// A lexicon compiled for coding: one symbol table shared by three phrase tries (terms
/// with exclusions, context triggers, level cues) and the compiled regex terms.
///
/// Build it once per lexicon and share it: it is an immutable, `Sendable` value.
///
/// ```swift
/// let compiled = try CompiledLexicon(lexicon)
/// let coded = NarrativeCoder(compiled).code("Mum is in rent arrears of £900")
/// ```
public struct CompiledLexicon: Sendable {
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
    }

    public let lexicon: Lexicon
    /// Warnings found while loading (errors stop compilation).
    public let warnings: [LexiconDiagnostic]
    let tokenizer = Tokenizer()
    let symbols: SymbolTable
    let terms: PhraseTrie
    let context: PhraseTrie
    let cues: PhraseTrie
    let termPayloads: [TermPayload]
    let contextPayloads: [ContextPayload]
    let regexTerms: [RegexTerm]

    /// Validates and compiles `lexicon`.
    /// - Throws: ``LexiconError/invalid(_:)`` listing every error (and warning) found.
    public init(_ lexicon: Lexicon) throws(LexiconError) {
        let diagnostics = lexicon.validationDiagnostics()
        if diagnostics.contains(where: { $0.severity == .error }) { throw .invalid(diagnostics) }
        self.lexicon = lexicon
        self.warnings = diagnostics

        var symbols = SymbolTable()
        let tokenizer = self.tokenizer
        func symbolize(_ text: String) -> [Int32] {
            let trimmed = text.trimmingWhitespace()
            let stem = trimmed.hasSuffix("*")
            let body = stem ? String(trimmed.dropLast()) : trimmed
            let tokenized = tokenizer.tokenize(body)
            let words = tokenized.tokens.filter(\.isWordLike)
            return words.enumerated().map { index, token in
                let bytes = Array(tokenized.normalized[Int(token.normalizedStart)..<Int(token.normalizedEnd)])
                return (stem && index == words.count - 1) ? symbols.addStem(bytes) : symbols.addWord(bytes)
            }
        }

        var termEntries: [PhraseTrie.Entry] = []
        var termPayloads: [TermPayload] = []
        var regexTerms: [RegexTerm] = []
        for (codeIndex, definition) in lexicon.codes.enumerated() {
            for (termIndex, term) in definition.terms.enumerated() {
                switch term.pattern {
                case .phrase(let text):
                    termEntries.append(.init(symbols: symbolize(text), payload: Int32(termPayloads.count)))
                    termPayloads.append(.term(code: Int32(codeIndex), term: Int32(termIndex)))
                case .regex(let source):
                    if let compiled = RegexTerm(source: source, codeIndex: Int32(codeIndex), termIndex: Int32(termIndex)) {
                        regexTerms.append(compiled)
                    }
                }
            }
            for (phraseIndex, exclusion) in definition.exclusions.enumerated() {
                termEntries.append(.init(symbols: symbolize(exclusion.text), payload: Int32(termPayloads.count)))
                termPayloads.append(.exclusion(code: Int32(codeIndex), phrase: Int32(phraseIndex)))
            }
        }
        for (phraseIndex, phrase) in lexicon.ignore.enumerated() {
            termEntries.append(.init(symbols: symbolize(phrase.text), payload: Int32(termPayloads.count)))
            termPayloads.append(.exclusion(code: -1, phrase: Int32(phraseIndex)))
        }

        var contextEntries: [PhraseTrie.Entry] = []
        var contextPayloads: [ContextPayload] = []
        let rules = lexicon.context
        for (index, trigger) in rules.triggers.enumerated() {
            contextEntries.append(.init(symbols: symbolize(trigger.phrase.text), payload: Int32(contextPayloads.count)))
            contextPayloads.append(.trigger(Int32(index)))
        }
        for (index, phrase) in rules.pseudoTriggers.enumerated() {
            contextEntries.append(.init(symbols: symbolize(phrase.text), payload: Int32(contextPayloads.count)))
            contextPayloads.append(.pseudo(Int32(index)))
        }
        for (index, phrase) in rules.terminators.enumerated() {
            contextEntries.append(.init(symbols: symbolize(phrase.text), payload: Int32(contextPayloads.count)))
            contextPayloads.append(.terminator(Int32(index)))
        }

        let cueEntries = lexicon.levelCues.enumerated().map { index, cue in
            PhraseTrie.Entry(symbols: symbolize(cue.phrase.text), payload: Int32(index))
        }

        self.symbols = symbols
        self.terms = PhraseTrie(entries: termEntries, symbolCount: symbols.symbolCount)
        self.context = PhraseTrie(entries: contextEntries, symbolCount: symbols.symbolCount)
        self.cues = PhraseTrie(entries: cueEntries, symbolCount: symbols.symbolCount)
        self.termPayloads = termPayloads
        self.contextPayloads = contextPayloads
        self.regexTerms = regexTerms
    }
}
