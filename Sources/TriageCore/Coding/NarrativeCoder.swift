/// Codes narratives with a compiled lexicon: finds every term, decides each mention's
/// status from its context, assigns each code once with all its evidence, and gives
/// each code a level.
///
/// ```swift
/// let coder = NarrativeCoder(try CompiledLexicon(lexicon))
/// let coded = coder.code("No concerns about attendance but he was excluded twice")
/// // EDU-ATT negated (by "no concerns about"), EDU-EXC present
/// ```
public struct NarrativeCoder: Sendable {
    public let compiled: CompiledLexicon

    public init(_ compiled: CompiledLexicon) {
        self.compiled = compiled
    }

    /// Codes one narrative.
    /// - Parameters:
    ///   - text: the narrative.
    ///   - box: the level box it was written in; nil for free text, whose codes then take
    ///     the highest present level cue, or else each code's default level.
    public func code(_ text: String, box: Level? = nil) -> CodedNarrative {
        let tokenized = compiled.tokenizer.tokenize(text)
        var symbolized = SymbolizedTokens(tokenized, symbols: compiled.symbols)
        return code(tokenized, symbolized: &symbolized, box: box)
    }

    func code(_ tokenized: TokenizedText, symbolized: inout SymbolizedTokens, box: Level?) -> CodedNarrative {
        let lexicon = compiled.lexicon
        var stack: [(Int32, Int32)] = []
        var termMatches: [PhraseMatch] = []
        compiled.terms.scan(symbolized, into: &termMatches, stack: &stack)

        // Terms and exclusions.
        var found: [(code: Int32, term: String, span: Range<Int>)] = []
        var excluded: [ExcludedSpan] = []
        var excludedSpans: [Range<Int>] = []
        for match in termMatches {
            let span = Int(match.first)..<Int(match.end)
            var term: (Int32, Int32)?
            var exclusion: (Int32, Int32)?
            for payload in compiled.terms.payloads(at: match.node) {
                switch compiled.termPayloads[Int(payload)] {
                case .term(let code, let index): term = term ?? (code, index)
                case .exclusion(let code, let index): exclusion = exclusion ?? (code, index)
                }
            }
            if let (code, index) = exclusion {
                let phrase = code >= 0 ? lexicon.codes[Int(code)].exclusions[Int(index)].text : lexicon.ignore[Int(index)].text
                excluded.append(ExcludedSpan(
                    phrase: phrase, code: code >= 0 ? lexicon.codes[Int(code)].code : nil,
                    text: tokenized.originalText(from: span.lowerBound, through: span.upperBound - 1),
                    start: Int(tokenized.tokens[span.lowerBound].start), end: Int(tokenized.tokens[span.upperBound - 1].end)))
                excludedSpans.append(span)
            } else if let (code, index) = term {
                found.append((code, lexicon.codes[Int(code)].terms[Int(index)].display, span))
            }
        }
        if !compiled.regexTerms.isEmpty {
            found += regexMentions(tokenized, existing: found, excludedSpans: excludedSpans)
            found.sort { $0.span.lowerBound < $1.span.lowerBound }
        }

        // Level cues (scanned before the terms are masked: a cue may also be a term).
        var cueMatches: [PhraseMatch] = []
        compiled.cues.scan(symbolized, into: &cueMatches, stack: &stack)

        // Context: triggers are found with the terms masked out.
        let termSpans = found.map(\.span)
        symbolized.mask(termSpans)
        var contextMatches: [PhraseMatch] = []
        compiled.context.scan(symbolized, into: &contextMatches, stack: &stack)
        let resolver = ContextResolver(
            text: tokenized, rules: lexicon.context, matches: contextMatches, compiled: compiled)

        var cues: [LevelCueMention] = []
        for match in cueMatches {
            guard let payload = compiled.cues.payloads(at: match.node).first else { continue }
            let cue = lexicon.levelCues[Int(payload)]
            let span = Int(match.first)..<Int(match.end)
            let (status, trigger) = resolver.status(of: span)
            cues.append(LevelCueMention(
                phrase: cue.phrase.text,
                text: tokenized.originalText(from: span.lowerBound, through: span.upperBound - 1),
                level: cue.level, start: Int(tokenized.tokens[span.lowerBound].start),
                end: Int(tokenized.tokens[span.upperBound - 1].end), status: status, trigger: trigger))
        }
        let inferred = cues.filter { $0.status == .present }.map(\.level).max()

        // One issue per code, in lexicon order.
        var byCode: [Int32: [Mention]] = [:]
        for item in found {
            let (status, trigger) = resolver.status(of: item.span)
            let definition = lexicon.codes[Int(item.code)]
            byCode[item.code, default: []].append(Mention(
                code: definition.code, term: item.term,
                text: tokenized.originalText(from: item.span.lowerBound, through: item.span.upperBound - 1),
                start: Int(tokenized.tokens[item.span.lowerBound].start),
                end: Int(tokenized.tokens[item.span.upperBound - 1].end),
                status: status, trigger: trigger, tokens: item.span))
        }
        let issues = byCode.keys.sorted().map { codeIndex -> CodedIssue in
            let mentions = byCode[codeIndex]!
            let definition = lexicon.codes[Int(codeIndex)]
            return CodedIssue(
                code: definition.code, level: box ?? inferred ?? definition.defaultLevel,
                status: Self.aggregateStatus(mentions.map(\.status)), mentions: mentions)
        }
        return CodedNarrative(box: box, issues: issues, levelCues: cues, excluded: excluded, inferredLevel: box == nil ? inferred : nil)
    }

    /// A code's status from its mentions: present if any is; else negated, hypothetical, historical.
    static func aggregateStatus(_ statuses: [MentionStatus]) -> MentionStatus {
        for status in [MentionStatus.present, .negated, .hypothetical, .historical] where statuses.contains(status) {
            return status
        }
        return .present
    }

    private func regexMentions(
        _ tokenized: TokenizedText, existing: [(code: Int32, term: String, span: Range<Int>)], excludedSpans: [Range<Int>]
    ) -> [(code: Int32, term: String, span: Range<Int>)] {
        var result: [(code: Int32, term: String, span: Range<Int>)] = []
        let tokens = tokenized.tokens
        for regex in compiled.regexTerms {
            for range in regex.matches(in: tokenized.text) {
                guard let first = tokens.firstIndex(where: { Int($0.end) > range.lowerBound && $0.isWordLike }),
                    let last = tokens.lastIndex(where: { Int($0.start) < range.upperBound && $0.isWordLike }),
                    first <= last
                else { continue }
                let span = first..<(last + 1)
                if excludedSpans.contains(where: { $0.overlaps(span) }) { continue }
                if existing.contains(where: { $0.code == regex.codeIndex && $0.span.overlaps(span) }) { continue }
                if result.contains(where: { $0.code == regex.codeIndex && $0.span.overlaps(span) }) { continue }
                let term = compiled.lexicon.codes[Int(regex.codeIndex)].terms[Int(regex.termIndex)].display
                result.append((regex.codeIndex, term, span))
            }
        }
        return result
    }
}
