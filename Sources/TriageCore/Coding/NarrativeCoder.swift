/// Codes narratives with a compiled lexicon: finds every term, decides each mention's
/// status from its context, assigns each code once with all its evidence, and gives
/// each code a level.
///
/// ```swift
/// let coder = NarrativeCoder(try CompiledLexicon(lexicon))
/// let coded = coder.code("No concerns about attendance but he was excluded twice")
/// // EDU-ATT negated (by "no concerns about"), EDU-EXC present
/// ```
///
/// For many narratives on one thread, pass a ``CodingScratch`` so that coding allocates
/// nothing per narrative; ``codeCompact(_:box:scratch:)`` also skips every string and
/// gives each code's primary evidence by number, for writers that need no more.
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
    ///     the highest present level cue, or else the highest default level of its present codes.
    public func code(_ text: String, box: Level? = nil) -> CodedNarrative {
        code(text, box: box, scratch: CodingScratch())
    }

    /// Codes one narrative using `scratch` for working memory (see ``CodingScratch``).
    public func code(_ text: String, box: Level? = nil, scratch: CodingScratch) -> CodedNarrative {
        withBytes(of: text) { bytes in
            let inferred = analyse(text, bytes: bytes, box: box, scratch: scratch)
            return materialize(bytes, box: box, inferred: inferred, scratch: scratch)
        }
    }

    /// Codes one narrative down to one ``CompactIssue`` per code, in lexicon order, with no
    /// text: the same codes, levels, statuses and primary evidence as ``code(_:box:)``.
    /// The result lives in `scratch` until its next use.
    public func codeCompact(_ text: String, box: Level? = nil, scratch: CodingScratch) -> UnsafeBufferPointer<CompactIssue> {
        withBytes(of: text) { bytes in
            _ = analyse(text, bytes: bytes, box: box, scratch: scratch)
        }
        var compact = scratch.compact
        compact.removeAll()
        for i in 0..<scratch.issues.count {
            let issue = scratch.issues[i]
            var row = CompactIssue(code: issue.code, level: issue.level, status: issue.status, term: -1, start: -1, end: -1)
            if let primary = primaryMention(of: issue, in: scratch) {
                let mention = scratch.mentions[Int(primary)]
                row.term = compiled.termOffsets[Int(mention.listed)] + mention.term
                row.start = mention.start
                row.end = mention.stop
            }
            compact.append(row)
        }
        scratch.compact = compact
        return compact.buffer
    }

    @inline(__always)
    private func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// The first mention with the issue's status (the evidence to show), or its first mention.
    private func primaryMention(of issue: FoundIssue, in scratch: CodingScratch) -> Int32? {
        guard issue.mentionCount > 0 else { return nil }
        let range = Int(issue.mentionStart)..<Int(issue.mentionStart + issue.mentionCount)
        for i in range where scratch.mentions[Int(scratch.ordered[i])].status == issue.status { return scratch.ordered[i] }
        return scratch.ordered[range.lowerBound]
    }

    // MARK: Analysis

    /// Codes the narrative into `scratch` (tokens, mentions, issues, cues, what was set
    /// aside) and returns the level inferred from present level cues.
    private func analyse(_ text: String, bytes: UnsafeBufferPointer<UInt8>, box: Level?, scratch s: CodingScratch) -> Level? {
        let lexicon = compiled.lexicon
        var symbolizer = Symbolizer(compiled, scratch: s)
        Tokenizer.tokenize(bytes, tokens: &s.tokens, normalized: &s.normalized, symbolizer: &symbolizer)
        symbolizer.store(in: s)
        compiled.terms.scan(s, bit: CompiledLexicon.TrieBit.terms, into: &s.termMatches)

        // Exclusions and ignore phrases: each blocks the terms of its own code (ignore: all codes).
        s.blocks.removeAll()
        s.setAside.removeAll()
        if !compiled.exclusionPayloads.isEmpty {
            compiled.exclusions.scan(s, bit: CompiledLexicon.TrieBit.exclusions, into: &s.exclusionMatches)
            for m in 0..<s.exclusionMatches.count {
                let match = s.exclusionMatches[m]
                for payload in compiled.exclusions.payloads(at: match.node) {
                    guard case .exclusion(let code, let index) = compiled.exclusionPayloads[Int(payload)] else { continue }
                    s.blocks.append(Block(code: code, first: match.first, end: match.end))
                    s.setAside.append(SetAside(reason: .exclusion(code: code, index: index), first: match.first, end: match.end))
                }
            }
        }

        // Terms.
        s.found.removeAll()
        for m in 0..<s.termMatches.count {
            let match = s.termMatches[m]
            for payload in compiled.terms.payloads(at: match.node) {
                guard case .term(let code, let index) = compiled.termPayloads[Int(payload)] else { continue }
                if !isBlocked(code, Int(match.first), Int(match.end), s) {
                    s.found.append(FoundTerm(code: code, term: index, first: match.first, end: match.end))
                }
                break
            }
        }
        if !compiled.regexTerms.isEmpty {
            addRegexMentions(text, scratch: s)
            let sorted = s.found.buffer.sorted { $0.first < $1.first }
            for (index, found) in sorted.enumerated() { s.found[index] = found }
        }

        // Level cues (scanned before the terms are masked: a cue may also be a term).
        compiled.cues.scan(s, bit: CompiledLexicon.TrieBit.cues, into: &s.cueMatches)

        // Experiencer cues (before masking: "mum" may sit inside no term, but may in one).
        let routing = !lexicon.experiencers.isEmpty
        if routing { compiled.subjects.scan(s, bit: CompiledLexicon.TrieBit.subjects, into: &s.subjectMatches) }

        // Context: triggers are found with the terms masked out.
        for f in 0..<s.found.count { compiled.mask(s, first: Int(s.found[f].first), end: Int(s.found[f].end)) }
        compiled.context.scan(s, bit: CompiledLexicon.TrieBit.context, into: &s.contextMatches)
        let resolver = ContextResolver(s, compiled: compiled, bytes: bytes)
        if routing { fillSentences(s) }
        let experiencers = routing ? ExperiencerResolver(s, bytes: bytes, compiled: compiled) : nil

        s.levelCues.removeAll()
        var inferred: Level?
        for m in 0..<s.cueMatches.count {
            let match = s.cueMatches[m]
            guard let payload = compiled.cues.payloads(at: match.node).first else { continue }
            let (status, trigger) = resolver.status(of: Int(match.first), end: Int(match.end))
            s.levelCues.append(FoundCue(cue: payload, first: match.first, end: match.end, status: status, trigger: trigger))
            if status == .present {
                let level = lexicon.levelCues[Int(payload)].level
                if inferred == nil || level > inferred! { inferred = level }
            }
        }

        // Mentions, with their status.
        let tokens = s.tokens.base
        s.mentions.removeAll()
        for f in 0..<s.found.count {
            let item = s.found[f]
            let (status, trigger) = resolver.status(of: Int(item.first), end: Int(item.end))
            s.mentions.append(FoundMention(
                code: item.code, listed: item.code, term: item.term, first: item.first, end: item.end,
                start: tokens[Int(item.first)].start, stop: tokens[Int(item.end) - 1].end,
                status: status, trigger: trigger, experiencer: nil, assumed: false, carried: false, routed: false, kept: true))
        }

        labelsTakeTheirValues(s, resolver: resolver)

        // One group of mentions per code, in lexicon order: by code, then as found.
        groupByCode(s, key: { $0.code })
        if let experiencers { applyRoutes(s, experiencers: experiencers) }
        applyYieldRules(s, sentencesFilled: routing)

        // One issue per code.
        s.issues.removeAll()
        var i = 0
        let ordered = s.ordered
        while i < ordered.count {
            let code = s.mentions[Int(ordered[i])].code
            var j = i
            var statuses: (present: Bool, negated: Bool, hypothetical: Bool, historical: Bool) = (false, false, false, false)
            while j < ordered.count, s.mentions[Int(ordered[j])].code == code {
                switch s.mentions[Int(ordered[j])].status {
                case .present: statuses.present = true
                case .negated: statuses.negated = true
                case .hypothetical: statuses.hypothetical = true
                case .historical: statuses.historical = true
                }
                j += 1
            }
            let status: MentionStatus = statuses.present ? .present
                : statuses.negated ? .negated : statuses.hypothetical ? .hypothetical : statuses.historical ? .historical : .present
            s.issues.append(FoundIssue(
                code: code, level: box ?? inferred ?? lexicon.codes[Int(code)].defaultLevel, status: status,
                mentionStart: Int32(i), mentionCount: Int32(j - i)))
            i = j
        }
        if box == nil && inferred == nil { giveOneDefaultLevel(s) }
        if let outcome = noneFoundIndex {
            var anyPresent = false
            for k in 0..<s.issues.count where s.issues[k].status == .present { anyPresent = true }
            if !anyPresent { addNoneFoundOutcome(index: outcome, level: box ?? inferred, scratch: s) }
        }
        return inferred
    }

    /// A code named as a label takes the word of its value where the value names the same
    /// code again, set aside: in "DA: Mum denies any DA" or "Substance use: no drug use
    /// known", the label is no claim of its own.
    private func labelsTakeTheirValues(_ s: CodingScratch, resolver: ContextResolver) {
        let count = s.mentions.count
        for f in 0..<count where s.mentions[f].status == .present {
            let label = s.mentions[f]
            guard let separator = resolver.labelSeparator(after: Int(label.first), end: Int(label.end)) else { continue }
            for g in (f + 1)..<count {
                let value = s.mentions[g]
                guard resolver.sameClause(separator + 1, Int(value.first)) else { break }
                if value.code == label.code {
                    if value.status != .present {
                        s.mentions[f].status = value.status
                        s.mentions[f].trigger = value.trigger
                    }
                    break
                }
            }
        }
    }

    /// Whether an exclusion (or ignore phrase) blocks a term of `code` at tokens `first..<end`:
    /// one that overlaps it does, unless the term holds the whole exclusion and more (a longer
    /// term is the more specific: "neither child is registered with a dentist" is a need
    /// though "is registered with a dentist" is an exclusion).
    private func isBlocked(_ code: Int32, _ first: Int, _ end: Int, _ s: CodingScratch) -> Bool {
        for b in 0..<s.blocks.count {
            let block = s.blocks[b]
            guard block.code == code || block.code < 0 else { continue }
            let blockFirst = Int(block.first), blockEnd = Int(block.end)
            guard blockFirst < end && first < blockEnd else { continue }
            let holdsIt = first <= blockFirst && blockEnd <= end && end - first > blockEnd - blockFirst
            if !holdsIt { return true }
        }
        return false
    }

    /// Sentence counts before each token (for experiencer cues and yield rules).
    private func fillSentences(_ s: CodingScratch) {
        let count = s.tokens.count
        s.sentences.resize(count + 1)
        let sentences = s.sentences.base
        let tokens = s.tokens.base
        sentences[0] = 0
        for i in 0..<count { sentences[i + 1] = sentences[i] &+ (tokens[i].boundary == .sentence ? 1 : 0) }
    }

    /// Orders the kept mentions into `s.ordered`: by `key`, ties in their current order.
    private func groupByCode(_ s: CodingScratch, key: (FoundMention) -> Int32) {
        var ordered = s.ordered
        ordered.removeAll()
        for m in 0..<s.mentions.count where s.mentions[m].kept { ordered.append(Int32(m)) }
        // Insertion sort: stable, and narratives have few mentions.
        if ordered.count > 1 {
            for i in 1..<ordered.count {
                let item = ordered[i]
                let itemKey = key(s.mentions[Int(item)])
                var j = i
                while j > 0, key(s.mentions[Int(ordered[j - 1])]) > itemKey {
                    ordered[j] = ordered[j - 1]
                    j -= 1
                }
                ordered[j] = item
            }
        }
        s.ordered = ordered
    }

    /// Notes whose problem each mention is, and moves (or sets aside) mentions that the
    /// lexicon routes elsewhere for that experiencer; each code's mentions then run in text order.
    private func applyRoutes(_ s: CodingScratch, experiencers: ExperiencerResolver) {
        let codes = compiled.lexicon.codes
        for o in 0..<s.ordered.count {
            let m = Int(s.ordered[o])
            var mention = s.mentions[m]
            let definition = codes[Int(mention.code)]
            let cued = experiencers.experiencer(of: Int(mention.first), end: Int(mention.end))
            mention.experiencer = cued?.who ?? definition.defaultExperiencer
            mention.assumed = cued == nil && mention.experiencer != nil
            mention.carried = cued?.carried ?? false
            // A route to none sets a mention aside only for someone its own sentence names: a
            // subject carried from an earlier sentence is too weak a reason to drop a need
            // ("Dad says Selam (10) chats at home. The SENCO has put her on SEN support.").
            if compiled.routesByExperiencer, let who = mention.experiencer, let route = mention.code == mention.listed ? definition.route(for: who, term: Int(mention.term)) : definition.route(for: who),
                route != nil || !mention.carried
            {
                if let target = route, let targetIndex = compiled.codeIndex[target] {
                    mention.routed = true
                    mention.code = targetIndex
                } else {
                    mention.kept = false
                    s.setAside.append(SetAside(reason: .route(code: mention.code, who: who), first: mention.first, end: mention.end))
                }
            }
            s.mentions[m] = mention
        }
        // The mentions in the order the routes met them, grouped by the code they now count for.
        dropSetAside(s)
        stableGroup(s)
        // Within each code, in text order (as the standard library sorts them).
        var i = 0
        while i < s.ordered.count {
            let code = s.mentions[Int(s.ordered[i])].code
            var j = i
            while j < s.ordered.count, s.mentions[Int(s.ordered[j])].code == code { j += 1 }
            if j - i > 1 {
                var group = UnsafeMutableBufferPointer(start: s.ordered.base + i, count: j - i)
                let mentions = s.mentions
                group.sort { mentions[Int($0)].start < mentions[Int($1)].start }
            }
            i = j
        }
    }

    /// Groups `s.ordered` by each mention's code, keeping the order within a code.
    private func stableGroup(_ s: CodingScratch) {
        let ordered = s.ordered
        guard ordered.count > 1 else { return }
        for i in 1..<ordered.count {
            let item = ordered[i]
            let itemCode = s.mentions[Int(item)].code
            var j = i
            while j > 0, s.mentions[Int(ordered[j - 1])].code > itemCode {
                ordered[j] = ordered[j - 1]
                j -= 1
            }
            ordered[j] = item
        }
    }

    /// Sets aside the mentions of codes that yield to another code present in the same
    /// sentence, or anywhere in the narrative for a code whose yield reaches that far (but
    /// not a mention about a child); and the mentions of terms that yield on their own to a
    /// code present anywhere in the narrative.
    private func applyYieldRules(_ s: CodingScratch, sentencesFilled: Bool) {
        var any = false
        var anyTerm = false
        for o in 0..<s.ordered.count {
            let mention = s.mentions[Int(s.ordered[o])]
            if !compiled.yieldTargets[Int(mention.code)].isEmpty { any = true }
            if mention.code == mention.listed, compiled.hasTermYields[Int(mention.listed)] { anyTerm = true }
        }
        if anyTerm { applyTermYields(s) }
        guard any else {
            if anyTerm { dropSetAside(s) }
            return
        }
        if !sentencesFilled { fillSentences(s) }
        let sentences = s.sentences.base
        var i = 0
        while i < s.ordered.count {
            let code = s.mentions[Int(s.ordered[i])].code
            var j = i
            while j < s.ordered.count, s.mentions[Int(s.ordered[j])].code == code { j += 1 }
            let stronger = compiled.yieldTargets[Int(code)]
            let anywhere = compiled.yieldsAcrossNarrative[Int(code)]
            if !stronger.isEmpty {
                // Whether a code this one yields to has a present mention (as they stand now)
                // in `sentence`, or anywhere before `token` when one is given.
                func strongerMention(in sentence: Int32, orBefore token: Int32?) -> Bool {
                    for o in 0..<s.ordered.count {
                        let other = s.mentions[Int(s.ordered[o])]
                        if other.kept, other.status == .present, stronger.contains(other.code),
                            sentences[Int(other.first)] == sentence || token.map({ other.first < $0 }) ?? false
                        {
                            return true
                        }
                    }
                    return false
                }
                for o in i..<j {
                    let m = Int(s.ordered[o])
                    let mention = s.mentions[m]
                    // A child named in the mention's own sentence, not one carried from before
                    // ("… strangled Paige in front of both children. He was arrested").
                    let aboutChild = !mention.carried && (mention.experiencer == .child || mention.experiencer == .schoolChild)
                    let earlier: Int32? = anywhere && !aboutChild ? mention.first : nil
                    if strongerMention(in: sentences[Int(mention.first)], orBefore: earlier) {
                        s.setAside.append(SetAside(reason: .yield(code: code, listed: mention.listed), first: mention.first, end: mention.end))
                        s.mentions[m].kept = false
                    }
                }
            }
            i = j
        }
        dropSetAside(s)
    }

    /// Sets aside each mention of a term that yields on its own (``Term/yieldsTo``) when a
    /// code it yields to has a present mention, not itself set aside, anywhere in the
    /// narrative. A mention routed to another code is no longer its term's to yield.
    private func applyTermYields(_ s: CodingScratch) {
        for o in 0..<s.ordered.count {
            let m = Int(s.ordered[o])
            let mention = s.mentions[m]
            guard mention.kept, mention.code == mention.listed, compiled.hasTermYields[Int(mention.listed)] else { continue }
            let targets = compiled.termYieldTargets[Int(compiled.termOffsets[Int(mention.listed)] + mention.term)]
            guard !targets.isEmpty else { continue }
            for p in 0..<s.ordered.count {
                let other = s.mentions[Int(s.ordered[p])]
                if other.kept, other.status == .present, targets.contains(other.code) {
                    s.setAside.append(SetAside(reason: .termYield(code: mention.code, listed: mention.listed, term: mention.term),
                                               first: mention.first, end: mention.end))
                    s.mentions[m].kept = false
                    break
                }
            }
        }
    }

    /// Removes from `ordered` the mentions a route or a yield rule set aside, keeping the order.
    private func dropSetAside(_ s: CodingScratch) {
        var ordered = s.ordered
        var kept = 0
        for o in 0..<ordered.count where s.mentions[Int(ordered[o])].kept {
            ordered[kept] = ordered[o]
            kept += 1
        }
        ordered.count = kept
        s.ordered = ordered
    }

    /// Free text with no level cue still takes one level for all its codes (convention 2):
    /// the highest default level of its present codes ("possession notice" with "stroke"
    /// is orange for both). With no present code, each keeps its own default.
    private func giveOneDefaultLevel(_ s: CodingScratch) {
        var highest: Level?
        for k in 0..<s.issues.count where s.issues[k].status == .present {
            let level = s.issues[k].level
            if highest.map({ level > $0 }) ?? true { highest = level }
        }
        guard let highest else { return }
        for k in 0..<s.issues.count { s.issues[k].level = highest }
    }

    /// Adds the lexicon's outcome code for a narrative with no present code ("21 no factors
    /// identified"): present, with no mentions, in lexicon order.
    private func addNoneFoundOutcome(index: Int, level: Level?, scratch s: CodingScratch) {
        for k in 0..<s.issues.count where Int(s.issues[k].code) == index {
            s.issues[k].status = .present
            return
        }
        let definition = compiled.lexicon.codes[index]
        let issue = FoundIssue(code: Int32(index), level: level ?? definition.defaultLevel, status: .present, mentionStart: 0, mentionCount: 0)
        var position = s.issues.count
        for k in 0..<s.issues.count where Int(s.issues[k].code) > index {
            position = k
            break
        }
        s.issues.append(issue)
        var k = s.issues.count - 1
        while k > position {
            s.issues[k] = s.issues[k - 1]
            k -= 1
        }
        s.issues[position] = issue
    }

    /// The longest regular-expression match, in words, that takes precedence over the
    /// shorter phrases of other codes inside it, as a longer phrase would.
    static let phraseLikeTokens = 8

    private func addRegexMentions(_ text: String, scratch s: CodingScratch) {
        let normalized = UnsafeBufferPointer(start: s.normalized.base, count: s.normalized.count)
        let prefilter = compiled.regexPrefilter
        s.presentNeedles.resize(prefilter.needleWords)
        s.candidateRegexes.resize(prefilter.regexWords)
        let present = s.presentNeedles.base
        let candidates = s.candidateRegexes.base
        prefilter.markNeedles(in: normalized, present: present)
        prefilter.markCandidates(present: present, candidates: candidates)
        for w in 0..<prefilter.regexWords {
            var bits = candidates[w]
            while bits != 0 {
                let r = w << 6 | bits.trailingZeroBitCount
                bits &= bits &- 1
                if prefilter.mayMatch(regex: r, present: present) {
                    addMatches(of: compiled.regexTerms[r], in: text, scratch: s)
                }
            }
        }
    }

    /// Adds the matches of one regex term that `text` may hold (its anchors are there).
    private func addMatches(of regex: RegexTerm, in text: String, scratch s: CodingScratch) {
        let tokens = s.tokens.base
        let count = s.tokens.count
        for range in regex.matches(in: text) {
            var first = -1
            for i in 0..<count where Int(tokens[i].end) > range.lowerBound && tokens[i].isWordLike {
                first = i
                break
            }
            var last = -1
            var i = count - 1
            while i >= 0 {
                if Int(tokens[i].start) < range.upperBound && tokens[i].isWordLike {
                    last = i
                    break
                }
                i -= 1
            }
            guard first >= 0, last >= 0, first <= last else { continue }
            let end = last + 1
            if isBlocked(regex.codeIndex, first, end, s) { continue }
            // Against the phrase terms it overlaps, the longest wins, as phrases do in the one
            // trie of every code ("has not had his jabs" over "jabs"; "arguments about his
            // phone" over "arguments"); a match inside one adds nothing. Another code's
            // phrase that only overlaps it stays, and so does one inside a long match (a
            // pattern spanning a clause, "police were called … his mum", is no phrase).
            let phraseLike = end - first <= Self.phraseLikeTokens
            var covers = true
            var overlapping = 0
            for f in 0..<s.found.count {
                let other = s.found[f]
                guard Int(other.first) < end, first < Int(other.end) else { continue }
                let inside = Int(other.first) >= first && Int(other.end) <= end && Int(other.end - other.first) < end - first
                if other.code != regex.codeIndex {
                    if Int(other.first) <= first && Int(other.end) >= end && Int(other.end - other.first) > end - first {
                        covers = false  // inside a longer phrase of another code
                        break
                    }
                    if inside && phraseLike { overlapping += 1 }
                    continue
                }
                overlapping += 1
                if !inside {
                    covers = false
                    break
                }
            }
            if !covers { continue }
            if overlapping > 0 {
                var kept = 0
                for f in 0..<s.found.count {
                    let other = s.found[f]
                    let inside = Int(other.first) >= first && Int(other.end) <= end
                    if other.code == regex.codeIndex && Int(other.first) < end && first < Int(other.end) { continue }
                    if other.code != regex.codeIndex && phraseLike && inside && Int(other.end - other.first) < end - first {
                        continue
                    }
                    s.found[kept] = other
                    kept += 1
                }
                s.found.count = kept
            }
            s.found.append(FoundTerm(code: regex.codeIndex, term: regex.termIndex, first: Int32(first), end: Int32(end)))
        }
    }
}
