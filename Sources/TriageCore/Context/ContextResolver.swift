/// Decides the status of spans of a narrative from the context triggers around them.
///
/// Built once per narrative from the trigger matches; then ``status(of:)`` answers for
/// each mention. The rule, after NegEx and ConText:
/// - a forward trigger reaches the words after it, a backward one the words before it,
///   up to its scope in words, and never across a clause or sentence boundary or a
///   terminator ("but", "however");
/// - a trigger that lies inside a term is part of the term, not a trigger
///   ("not in education, employment or training"), and no trigger runs into a term
///   (the caller masks terms before scanning for triggers);
/// - in "Label: value" shapes ("Housing: no concerns", "DA – none"), a negation
///   trigger (either direction) that opens the value negates the short label before the separator;
/// - a negation that opens a sentence before a separator ("N/A – CP plan ended", "Nil: …")
///   reaches the rest of that clause after it;
/// - where several triggers reach a mention, negation beats hypothetical beats historical,
///   and the nearest trigger of the winning kind is the evidence.
struct ContextResolver {
    struct FoundTrigger {
        var first: Int
        var end: Int
        var index: Int
        /// A negation that opens a sentence and is followed by a label separator ("N/A – …",
        /// "Nil: …"): it speaks for the whole sentence after the separator.
        var opensSentence = false
    }

    let text: TokenizedText
    let rules: ContextRules
    let triggers: [FoundTrigger]
    /// `barriers[i]`: boundary tokens and terminator starts before token `i`.
    let barriers: [Int32]
    /// `words[i]`: word and number tokens before token `i`.
    let words: [Int32]

    /// - Parameter matches: the context-trie matches, found with the terms masked out.
    init(text: TokenizedText, rules: ContextRules, matches: [PhraseMatch], compiled: CompiledLexicon) {
        self.text = text
        self.rules = rules
        let count = text.tokens.count
        var terminatorStarts = [Bool](repeating: false, count: count)
        var triggers: [FoundTrigger] = []
        for match in matches {
            let first = Int(match.first)
            let end = Int(match.end)
            var trigger: Int?
            var terminator = false
            for payload in compiled.context.payloads(at: match.node) {
                switch compiled.contextPayloads[Int(payload)] {
                case .trigger(let index): trigger = trigger ?? Int(index)
                case .terminator: terminator = true
                case .pseudo: trigger = nil; terminator = false
                }
            }
            if terminator { terminatorStarts[first] = true }
            if let trigger { triggers.append(FoundTrigger(first: first, end: end, index: trigger)) }
        }
        for i in triggers.indices where rules.triggers[triggers[i].index].kind == .negation {
            let first = triggers[i].first, end = triggers[i].end
            let atStart = first == 0 || text.tokens[first - 1].boundary == .sentence
            if atStart, end < count, text.tokens[end].isLabelSeparator { triggers[i].opensSentence = true }
        }
        self.triggers = triggers
        var barriers = [Int32](repeating: 0, count: count + 1)
        var words = [Int32](repeating: 0, count: count + 1)
        for (i, token) in text.tokens.enumerated() {
            let isBarrier = token.boundary >= .clause || terminatorStarts[i]
            barriers[i + 1] = barriers[i] + (isBarrier ? 1 : 0)
            words[i + 1] = words[i] + (token.isWordLike ? 1 : 0)
        }
        self.barriers = barriers
        self.words = words
    }

    /// The status of tokens `span` and the trigger that decided it.
    func status(of span: Range<Int>) -> (MentionStatus, TriggerEvidence?) {
        guard !triggers.isEmpty else { return (.present, nil) }
        let reached = judgements(of: span)
        for kind in [TriggerKind.negation, .hypothetical, .historical] {
            if let evidence = reached[kind] { return (kind.status, evidence) }
        }
        return (.present, nil)
    }

    /// Every kind of trigger that reaches tokens `span`, each with its nearest trigger.
    func judgements(of span: Range<Int>) -> [TriggerKind: TriggerEvidence] {
        var nearest: [TriggerKind: (distance: Int32, trigger: FoundTrigger)] = [:]
        func consider(_ found: FoundTrigger, _ kind: TriggerKind, distance: Int32) {
            if let current = nearest[kind], current.distance <= distance { return }
            nearest[kind] = (distance, found)
        }
        let a = span.lowerBound, b = span.upperBound
        for found in triggers {
            let trigger = rules.triggers[found.index]
            let scope = Int32(trigger.scope ?? rules.defaultScope)
            if trigger.direction != .backward, found.end <= a,
                barriers[a] == barriers[found.end], words[a] - words[found.end] <= scope
            {
                consider(found, trigger.kind, distance: words[a] - words[found.end])
            } else if found.opensSentence, found.end < a, barriers[a] == barriers[found.end + 1] {
                consider(found, trigger.kind, distance: words[a] - words[found.end])
            }
            if trigger.direction != .forward, found.first >= b,
                barriers[found.first] == barriers[b], words[found.first] - words[b] <= scope
            {
                consider(found, trigger.kind, distance: words[found.first] - words[b])
            } else if trigger.kind == .negation, found.first >= b + 1,
                isLabel(span, separator: found.first - 1)
            {
                consider(found, trigger.kind, distance: words[found.first] - words[b])
            }
        }
        return nearest.mapValues { evidence(for: $0.trigger) }
    }

    private func evidence(for found: FoundTrigger) -> TriggerEvidence {
        let trigger = rules.triggers[found.index]
        return TriggerEvidence(
            phrase: trigger.phrase.text,
            text: text.originalText(from: found.first, through: found.end - 1),
            kind: trigger.kind, start: Int(text.tokens[found.first].start), end: Int(text.tokens[found.end - 1].end))
    }

    /// True when `separator` is a label separator (":" or a spaced dash) right after a
    /// short label that contains `span`: "Substance misuse: nil".
    private func isLabel(_ span: Range<Int>, separator: Int) -> Bool {
        guard separator >= span.upperBound, text.tokens[separator].isLabelSeparator,
            barriers[separator] == barriers[span.upperBound]
        else { return false }
        var start = span.lowerBound
        while start > 0 && text.tokens[start - 1].boundary < .clause { start -= 1 }
        // A terminator starting the label would show in `barriers`; the label is short.
        return barriers[start] == barriers[span.lowerBound] && words[separator] - words[start] <= Int32(rules.labelWords)
    }
}
