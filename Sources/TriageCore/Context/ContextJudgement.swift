/// What the context rules say about one span of text, kind by kind: a span can be both
/// negated and historical ("no previous DV"). ``NarrativeCoder`` folds this into one
/// status; evaluations against sets annotated per kind (NegEx) use it as it is.
public struct ContextJudgement: Sendable, Hashable {
    public var negation: TriggerEvidence?
    public var historical: TriggerEvidence?
    public var hypothetical: TriggerEvidence?

    /// The single status the coder would give: negated, then hypothetical, then historical.
    public var status: MentionStatus {
        if negation != nil { return .negated }
        if hypothetical != nil { return .hypothetical }
        if historical != nil { return .historical }
        return .present
    }
}

extension NarrativeCoder {
    /// Judges the span `scalars` (Unicode scalar offsets, end-exclusive) of `text` as if it
    /// were a term: triggers inside it are part of it, and every kind of trigger that
    /// reaches it is reported. Returns nil when the span covers no word.
    ///
    /// ```swift
    /// coder.judge("Extremities reveal no peripheral cyanosis or edema.", span: 45..<50)?.negation?.phrase  // "no"
    /// ```
    public func judge(_ text: String, span scalars: Range<Int>) -> ContextJudgement? {
        let tokenized = compiled.tokenizer.tokenize(text)
        let tokens = tokenized.tokens
        guard let first = tokens.firstIndex(where: { Int($0.end) > scalars.lowerBound && $0.isWordLike }),
            let last = tokens.lastIndex(where: { Int($0.start) < scalars.upperBound && $0.isWordLike }),
            first <= last
        else { return nil }
        let span = first..<(last + 1)
        var symbolized = SymbolizedTokens(tokenized, symbols: compiled.symbols)
        symbolized.mask([span])
        var stack: [(Int32, Int32)] = []
        var matches: [PhraseMatch] = []
        compiled.context.scan(symbolized, into: &matches, stack: &stack)
        let resolver = ContextResolver(
            text: tokenized, rules: compiled.lexicon.context, matches: matches, compiled: compiled)
        let reached = resolver.judgements(of: span)
        return ContextJudgement(negation: reached[.negation], historical: reached[.historical], hypothetical: reached[.hypothetical])
    }
}
