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
        let scratch = CodingScratch()
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { bytes -> ContextJudgement? in
            Tokenizer.tokenize(bytes, tokens: &scratch.tokens, normalized: &scratch.normalized)
            let tokens = scratch.tokens.buffer
            guard let first = tokens.firstIndex(where: { Int($0.end) > scalars.lowerBound && $0.isWordLike }),
                let last = tokens.lastIndex(where: { Int($0.start) < scalars.upperBound && $0.isWordLike }),
                first <= last
            else { return nil }
            compiled.symbolize(scratch)
            compiled.mask(scratch, first: first, end: last + 1)
            compiled.context.scan(scratch, bit: CompiledLexicon.TrieBit.context, into: &scratch.contextMatches)
            let resolver = ContextResolver(scratch, compiled: compiled, bytes: bytes)
            let reached = resolver.judgements(of: first, end: last + 1)
            func evidence(_ index: Int32) -> TriggerEvidence? {
                guard index >= 0 else { return nil }
                let found = scratch.triggers[Int(index)]
                let trigger = compiled.lexicon.context.triggers[Int(found.index)]
                let from = Int(tokens[Int(found.first)].byteStart), to = Int(tokens[Int(found.end) - 1].byteEnd)
                return TriggerEvidence(
                    phrase: trigger.phrase.text, text: String(decoding: bytes[from..<to], as: UTF8.self), kind: trigger.kind,
                    start: Int(tokens[Int(found.first)].start), end: Int(tokens[Int(found.end) - 1].end))
            }
            return ContextJudgement(
                negation: evidence(reached.negation), historical: evidence(reached.historical),
                hypothetical: evidence(reached.hypothetical))
        }
    }
}
