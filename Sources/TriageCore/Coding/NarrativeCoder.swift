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
    /// The code assigned when nothing else is present (``CodeDefinition/assignedWhenNonePresent``).
    private let noneFoundIndex: Int?

    public init(_ compiled: CompiledLexicon) {
        self.compiled = compiled
        noneFoundIndex = compiled.lexicon.codes.firstIndex { $0.assignedWhenNonePresent }
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

        // Exclusions and ignore phrases: each blocks the terms of its own code (ignore: all codes).
        var blocks: [(code: Int32, span: Range<Int>)] = []
        var excluded: [ExcludedSpan] = []
        if !compiled.exclusionPayloads.isEmpty {
            var exclusionMatches: [PhraseMatch] = []
            compiled.exclusions.scan(symbolized, into: &exclusionMatches, stack: &stack)
            for match in exclusionMatches {
                let span = Int(match.first)..<Int(match.end)
                for payload in compiled.exclusions.payloads(at: match.node) {
                    guard case .exclusion(let code, let index) = compiled.exclusionPayloads[Int(payload)] else { continue }
                    blocks.append((code, span))
                    excluded.append(ExcludedSpan(
                        phrase: code >= 0 ? lexicon.codes[Int(code)].exclusions[Int(index)].text : lexicon.ignore[Int(index)].text,
                        code: code >= 0 ? lexicon.codes[Int(code)].code : nil,
                        text: tokenized.originalText(from: span.lowerBound, through: span.upperBound - 1),
                        start: Int(tokenized.tokens[span.lowerBound].start), end: Int(tokenized.tokens[span.upperBound - 1].end)))
                }
            }
        }
        func isBlocked(_ code: Int32, _ span: Range<Int>) -> Bool {
            blocks.contains { ($0.code == code || $0.code < 0) && $0.span.overlaps(span) }
        }

        // Terms.
        var found: [(code: Int32, term: String, span: Range<Int>)] = []
        for match in termMatches {
            let span = Int(match.first)..<Int(match.end)
            for payload in compiled.terms.payloads(at: match.node) {
                guard case .term(let code, let index) = compiled.termPayloads[Int(payload)] else { continue }
                if !isBlocked(code, span) {
                    found.append((code, lexicon.codes[Int(code)].terms[Int(index)].display, span))
                }
                break
            }
        }
        if !compiled.regexTerms.isEmpty {
            found += regexMentions(tokenized, existing: found, isBlocked: isBlocked)
            found.sort { $0.span.lowerBound < $1.span.lowerBound }
        }

        // Level cues (scanned before the terms are masked: a cue may also be a term).
        var cueMatches: [PhraseMatch] = []
        compiled.cues.scan(symbolized, into: &cueMatches, stack: &stack)

        // Experiencer cues (before masking: "mum" may sit inside no term, but may in one).
        var experiencers: ExperiencerResolver?
        if !lexicon.experiencers.isEmpty {
            var subjectMatches: [PhraseMatch] = []
            compiled.subjects.scan(symbolized, into: &subjectMatches, stack: &stack)
            experiencers = ExperiencerResolver(text: tokenized, matches: subjectMatches, compiled: compiled)
        }

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
        if let experiencers { applyRoutes(to: &byCode, experiencers: experiencers, excluded: &excluded) }
        applyYieldRules(to: &byCode, tokens: tokenized, excluded: &excluded)
        var issues = byCode.keys.sorted().map { codeIndex -> CodedIssue in
            let mentions = byCode[codeIndex]!
            let definition = lexicon.codes[Int(codeIndex)]
            return CodedIssue(
                code: definition.code, level: box ?? inferred ?? definition.defaultLevel,
                status: Self.aggregateStatus(mentions.map(\.status)), mentions: mentions)
        }
        if let outcome = noneFoundIndex, !issues.contains(where: { $0.status == .present }) {
            addNoneFoundOutcome(lexicon.codes[outcome], index: outcome, level: box ?? inferred, to: &issues)
        }
        return CodedNarrative(box: box, issues: issues, levelCues: cues, excluded: excluded, inferredLevel: box == nil ? inferred : nil)
    }

    /// Notes whose problem each mention is, and moves (or sets aside) mentions that the
    /// lexicon routes elsewhere for that experiencer.
    private func applyRoutes(to byCode: inout [Int32: [Mention]], experiencers: ExperiencerResolver, excluded: inout [ExcludedSpan]) {
        let codes = compiled.lexicon.codes
        var result: [Int32: [Mention]] = [:]
        for codeIndex in byCode.keys.sorted() {
            let definition = codes[Int(codeIndex)]
            for var mention in byCode[codeIndex]! {
                mention.experiencer = experiencers.experiencer(of: mention.tokens) ?? definition.defaultExperiencer
                if compiled.routesByExperiencer, let who = mention.experiencer, let route = definition.routes[who] {
                    guard let target = route, let targetIndex = compiled.codeIndex[target] else {
                        excluded.append(ExcludedSpan(
                            phrase: "\(definition.code) does not apply to a \(who.rawValue)", code: definition.code,
                            text: mention.text, start: mention.start, end: mention.end))
                        continue
                    }
                    mention.routedFrom = definition.code
                    mention.code = target
                    result[targetIndex, default: []].append(mention)
                } else {
                    result[codeIndex, default: []].append(mention)
                }
            }
        }
        for key in result.keys { result[key]!.sort { $0.start < $1.start } }
        byCode = result
    }

    /// Adds the lexicon's outcome code for a narrative with no present code ("21 no factors
    /// identified"): present, with no mentions, in lexicon order.
    private func addNoneFoundOutcome(_ definition: CodeDefinition, index: Int, level: Level?, to issues: inout [CodedIssue]) {
        if let existing = issues.firstIndex(where: { $0.code == definition.code }) {
            issues[existing].status = .present
            return
        }
        let position = issues.firstIndex { (compiled.codeIndex[$0.code].map(Int.init) ?? 0) > index } ?? issues.count
        issues.insert(
            CodedIssue(code: definition.code, level: level ?? definition.defaultLevel, status: .present, mentions: []),
            at: position)
    }

    /// Sets aside the mentions of codes that yield to another code present in the same sentence.
    private func applyYieldRules(to byCode: inout [Int32: [Mention]], tokens: TokenizedText, excluded: inout [ExcludedSpan]) {
        let codes = compiled.lexicon.codes
        guard byCode.keys.contains(where: { !codes[Int($0)].yieldsTo.isEmpty }) else { return }
        var sentence = [Int](repeating: 0, count: tokens.tokens.count + 1)
        for (i, token) in tokens.tokens.enumerated() {
            sentence[i + 1] = sentence[i] + (token.boundary == .sentence ? 1 : 0)
        }
        for codeIndex in byCode.keys.sorted() where !codes[Int(codeIndex)].yieldsTo.isEmpty {
            let others = Set(codes[Int(codeIndex)].yieldsTo)
            let strongerSentences = Set(byCode.filter { others.contains(codes[Int($0.key)].code) }
                .flatMap { $0.value.filter { $0.status == .present }.map { sentence[$0.tokens.lowerBound] } })
            guard !strongerSentences.isEmpty else { continue }
            var kept: [Mention] = []
            for mention in byCode[codeIndex]! {
                if strongerSentences.contains(sentence[mention.tokens.lowerBound]) {
                    excluded.append(ExcludedSpan(
                        phrase: "yields to \(codes[Int(codeIndex)].yieldsTo.map(\.rawValue).joined(separator: ", ")) in the same sentence",
                        code: mention.code, text: mention.text, start: mention.start, end: mention.end))
                } else {
                    kept.append(mention)
                }
            }
            byCode[codeIndex] = kept.isEmpty ? nil : kept
        }
    }

    /// A code's status from its mentions: present if any is; else negated, hypothetical, historical.
    static func aggregateStatus(_ statuses: [MentionStatus]) -> MentionStatus {
        for status in [MentionStatus.present, .negated, .hypothetical, .historical] where statuses.contains(status) {
            return status
        }
        return .present
    }

    private func regexMentions(
        _ tokenized: TokenizedText, existing: [(code: Int32, term: String, span: Range<Int>)],
        isBlocked: (Int32, Range<Int>) -> Bool
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
                if isBlocked(regex.codeIndex, span) { continue }
                if existing.contains(where: { $0.code == regex.codeIndex && $0.span.overlaps(span) }) { continue }
                if result.contains(where: { $0.code == regex.codeIndex && $0.span.overlaps(span) }) { continue }
                let term = compiled.lexicon.codes[Int(regex.codeIndex)].terms[Int(regex.termIndex)].display
                result.append((regex.codeIndex, term, span))
            }
        }
        return result
    }
}
