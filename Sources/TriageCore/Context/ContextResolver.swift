/// Decides the status of spans of a narrative from the context triggers around them.
///
/// Set up once per narrative from the trigger matches (``prepare(_:compiled:)``); then
/// ``status(of:end:)`` answers for each mention. The rule, after NegEx and ConText:
/// - a forward trigger reaches the words after it, a backward one the words before it,
///   up to its scope in words, and never across a clause or sentence boundary or a
///   terminator ("but", "however");
/// - a trigger that lies inside a term is part of the term, not a trigger
///   ("not in education, employment or training"), and no trigger runs into a term
///   (the caller masks terms before scanning for triggers);
/// - in "Label: value" shapes ("Housing: no concerns", "DA – none", "Bullying: stopped in
///   May"), a trigger (either direction) that opens the value reaches the short label
///   before the separator;
/// - a label-only negation ("N") negates the short label before it when it is the label's
///   whole value ("Missing episodes: N", "Young carer? N – none identified"); a question
///   mark ends a label as a colon does;
/// - a negation that opens a sentence before a separator ("N/A – CP plan ended", "Nil: …")
///   reaches the rest of that clause after it;
/// - a forward hypothetical trigger that opens a sentence ("Should money get tight, Mum
///   says she will go to Citizens Advice") reaches the rest of its clause, whatever its
///   scope: the condition governs the main clause after it;
/// - where several triggers reach a mention, negation beats hypothetical beats historical,
///   and the nearest trigger of the winning kind is the evidence.
///
/// It works on a ``CodingScratch``: the triggers found and, per token, how many barriers
/// (boundary tokens and terminator starts) and words come before it.
struct ContextResolver {
    let scratch: CodingScratch
    let compiled: CompiledLexicon
    /// The narrative's UTF-8 bytes, which the tokens point into.
    let bytes: UnsafeBufferPointer<UInt8>

    /// Reads the context matches into triggers and fills the prefix counts.
    init(_ scratch: CodingScratch, compiled: CompiledLexicon, bytes: UnsafeBufferPointer<UInt8>) {
        self.scratch = scratch
        self.compiled = compiled
        self.bytes = bytes
        let count = scratch.tokens.count
        let tokens = scratch.tokens.base
        scratch.terminatorStarts.resize(count)
        let terminatorStarts = scratch.terminatorStarts.base
        terminatorStarts.update(repeating: false, count: count)
        // Forward terminators are few and rare: their starts are kept as a short list.
        scratch.forwardTerminatorStarts.removeAll()
        scratch.triggers.removeAll()
        let matches = scratch.contextMatches
        let triggerShapes = compiled.triggerShapes
        for m in 0..<matches.count {
            let match = matches[m]
            // A phrase may be listed more than once ("stopped" looks forward and backward, a
            // phrase may be two kinds): each listing is a trigger. A pseudo-trigger cancels all.
            var terminator = false
            var forwardTerminator = false
            var pseudo = false
            let payloads = compiled.context.payloads(at: match.node)
            for payload in payloads {
                switch compiled.contextPayloads[Int(payload)] {
                case .trigger: break
                case .terminator: terminator = true
                case .forwardTerminator: forwardTerminator = true
                case .pseudo: pseudo = true
                }
            }
            if pseudo || Self.overlapsPseudo(match, scratch: scratch, compiled: compiled) { continue }
            if terminator { terminatorStarts[Int(match.first)] = true }
            if forwardTerminator { scratch.forwardTerminatorStarts.append(match.first) }
            for payload in payloads {
                guard case .trigger(let trigger) = compiled.contextPayloads[Int(payload)] else { continue }
                let first = Int(match.first), end = Int(match.end)
                let atStart = first == 0 || tokens[first - 1].boundary == .sentence
                let afterLabel = first > 0 && isLabelEnd(first - 1)
                if triggerShapes[Int(trigger)].labelOnly {
                    // Only as a label's whole value: "Missing episodes: N".
                    guard afterLabel, end == count || tokens[end].kind == .punctuation else { continue }
                }
                var opens = false
                switch triggerShapes[Int(trigger)].kind {
                case .negation: opens = atStart && end < count && tokens[end].isLabelSeparator
                case .hypothetical: opens = atStart && triggerShapes[Int(trigger)].direction != .backward
                case .historical: break
                }
                scratch.triggers.append(FoundTrigger(
                    first: match.first, end: match.end, index: trigger, opensSentence: opens, afterLabel: afterLabel))
            }
        }
        scratch.barriers.resize(count + 1)
        scratch.wordCounts.resize(count + 1)
        let barriers = scratch.barriers.base
        let words = scratch.wordCounts.base
        barriers[0] = 0
        words[0] = 0
        for i in 0..<count {
            let token = tokens[i]
            let isBarrier = token.boundary >= .clause || terminatorStarts[i]
            barriers[i + 1] = barriers[i] &+ (isBarrier ? 1 : 0)
            words[i + 1] = words[i] &+ (token.kind != .punctuation ? 1 : 0)
        }
        // Forward scopes also stop at forward terminators: their own prefix counts.
        let forwardStarts = scratch.forwardTerminatorStarts
        if forwardStarts.count > 0 {
            scratch.forwardBarriers.resize(count + 1)
            let forward = scratch.forwardBarriers.base
            forward[0] = 0
            var next = 0
            for i in 0..<count {
                var extra: Int32 = 0
                while next < forwardStarts.count, Int(forwardStarts[next]) == i {
                    extra = 1
                    next += 1
                }
                forward[i + 1] = forward[i] &+ (barriers[i + 1] &- barriers[i]) &+ extra
            }
        }
    }

    /// Whether a pseudo-trigger starts inside `match` and runs past it: "she is not coping"
    /// finds "is not" first, but "not coping" says what she feels, and is no negation.
    static func overlapsPseudo(_ match: PhraseMatch, scratch: CodingScratch, compiled: CompiledLexicon) -> Bool {
        guard match.end - match.first > 1 else { return false }
        var stack = scratch.stack
        defer { scratch.stack = stack }
        let trie = compiled.context.view
        for position in Int(match.first + 1)..<Int(match.end) {
            guard let inner = compiled.context.longestMatch(at: position, in: scratch, trie: trie, stack: &stack),
                inner.end > match.end
            else { continue }
            for payload in compiled.context.payloads(at: inner.node) {
                if case .pseudo = compiled.contextPayloads[Int(payload)] { return true }
            }
        }
        return false
    }

    /// The status of tokens `first..<end` and the trigger that decided it (an index into
    /// the scratch's triggers, or -1).
    @inline(__always)
    func status(of first: Int, end: Int) -> (MentionStatus, Int32) {
        guard scratch.triggers.count > 0 else { return (.present, -1) }
        let reached = judgements(of: first, end: end)
        if reached.negation >= 0 { return (.negated, reached.negation) }
        if reached.hypothetical >= 0 { return (.hypothetical, reached.hypothetical) }
        if reached.historical >= 0 { return (.historical, reached.historical) }
        return (.present, -1)
    }

    /// The nearest trigger of each kind that reaches a span (indices into the scratch's triggers, or -1).
    struct Reached {
        var negation: Int32 = -1
        var historical: Int32 = -1
        var hypothetical: Int32 = -1
    }

    /// Every kind of trigger that reaches tokens `a..<b`, each with its nearest trigger.
    func judgements(of a: Int, end b: Int) -> Reached {
        var reached = Reached()
        var distances = (negation: Int32.max, historical: Int32.max, hypothetical: Int32.max)
        @inline(__always) func consider(_ index: Int32, _ kind: TriggerKind, distance: Int32) {
            switch kind {
            case .negation:
                if reached.negation < 0 || distance < distances.negation { reached.negation = index; distances.negation = distance }
            case .historical:
                if reached.historical < 0 || distance < distances.historical { reached.historical = index; distances.historical = distance }
            case .hypothetical:
                if reached.hypothetical < 0 || distance < distances.hypothetical {
                    reached.hypothetical = index
                    distances.hypothetical = distance
                }
            }
        }
        let barriers = scratch.barriers.base
        let forward = scratch.forwardTerminatorStarts.count > 0 ? scratch.forwardBarriers.base : barriers
        let words = scratch.wordCounts.base
        let triggers = scratch.triggers
        // A span that itself opens with a bare negative word ("no cot", "not in EET") states
        // an absence: a determiner "no" before it, or a bare negative word a comma before it,
        // lists another absence ("No carpets, no cooker and no cot", "has never worked, not
        // in any education"), and does not deny this one ("never go without tea" does).
        let opensNegative = bareNegative(at: a) != nil
        compiled.triggerShapes.withUnsafeBufferPointer { shapes in
            for t in 0..<triggers.count {
                let found = triggers[t]
                let shape = shapes[Int(found.index)]
                let first = Int(found.first), end = Int(found.end)
                if shape.labelOnly {
                    if first >= b + 1, isLabel(a, b, separator: first - 1) { consider(Int32(t), shape.kind, distance: words[first] - words[b]) }
                    continue
                }
                if opensNegative, shape.kind == .negation, end <= a, end - first == 1, let word = bareNegative(at: first),
                    word == Self.determinerNo || hasComma(from: end, to: a)
                { continue }
                if shape.kind == .negation, end - first == 1, closesOnAParticiple(trigger: first, before: a) { continue }
                if shape.direction != .backward, end <= a, forward[a] == forward[end], words[a] - words[end] <= shape.scope {
                    consider(Int32(t), shape.kind, distance: words[a] - words[end])
                } else if found.opensSentence, end < a,
                    forward[a] == forward[shape.kind == .hypothetical ? end : end + 1]
                {
                    consider(Int32(t), shape.kind, distance: words[a] - words[end])
                }
                if shape.direction != .forward, first >= b, barriers[first] == barriers[b], words[first] - words[b] <= shape.scope {
                    consider(Int32(t), shape.kind, distance: words[first] - words[b])
                } else if found.afterLabel, first >= b + 1, isLabel(a, b, separator: first - 1) {
                    consider(Int32(t), shape.kind, distance: words[first] - words[b])
                }
            }
        }
        return reached
    }

    /// Token `index` packed big-endian into a `UInt64` when it is one of the bare negative
    /// words "no", "not", "never", "nothing", "without" or "nil"; nil otherwise.
    func bareNegative(at index: Int) -> UInt64? {
        let token = scratch.tokens[index]
        guard token.kind == .word else { return nil }
        let start = Int(token.normalizedStart), count = Int(token.normalizedEnd) - start
        guard count >= 2, count <= 7 else { return nil }
        var packed: UInt64 = 0
        for k in 0..<count { packed = packed << 8 | UInt64(scratch.normalized[start + k]) }
        return Self.bareNegatives.contains(packed) ? packed : nil
    }

    /// Whether the trigger at `trigger` is a bare "not" whose participle a comma closes
    /// before token `a`: "not admitted, Home Treatment Team now visiting daily" negates the
    /// admission, not the team.
    func closesOnAParticiple(trigger: Int, before a: Int) -> Bool {
        let participle = trigger + 1, comma = trigger + 2
        guard comma < a, bareNegative(at: trigger) == Self.not, scratch.tokens[comma].boundary == .comma else { return false }
        let token = scratch.tokens[participle]
        let start = Int(token.normalizedStart), end = Int(token.normalizedEnd)
        return token.kind == .word && end - start > 3
            && scratch.normalized[end - 2] == 0x65 && scratch.normalized[end - 1] == 0x64  // "…ed"
    }

    /// Whether a comma lies among tokens `start..<end`.
    func hasComma(from start: Int, to end: Int) -> Bool {
        for i in start..<end where scratch.tokens[i].boundary == .comma { return true }
        return false
    }

    static func packed(_ word: String) -> UInt64 { word.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) } }

    /// The bare negative words, each packed big-endian (see ``bareNegative(at:)``).
    static let bareNegatives: Set<UInt64> = Set(["no", "not", "never", "nothing", "without", "nil"].map(packed))
    static let determinerNo = packed("no")
    static let not = packed("not")

    /// True when token `index` can end a label: a label separator (":" or a spaced dash)
    /// or a question mark ("Any DA? No").
    func isLabelEnd(_ index: Int) -> Bool {
        let token = scratch.tokens[index]
        if token.isLabelSeparator { return true }
        return token.boundary == .sentence && Int(token.byteStart) < bytes.count && bytes[Int(token.byteStart)] == 0x3F
    }

    /// The label separator right after tokens `a..<b` when they lie in a short label
    /// ("DA: …", "Young carer? …"), or nil.
    func labelSeparator(after a: Int, end b: Int) -> Int? {
        guard b < scratch.tokens.count, isLabelEnd(b), isLabel(a, b, separator: b) else { return nil }
        return b
    }

    /// Whether tokens `i` and `j` lie in one clause.
    func sameClause(_ i: Int, _ j: Int) -> Bool { scratch.barriers[i] == scratch.barriers[j] }

    /// True when `separator` ends a label (see ``isLabelEnd(_:)``, checked by the caller)
    /// right after a short label that contains tokens `a..<b`: "Substance misuse: nil".
    private func isLabel(_ a: Int, _ b: Int, separator: Int) -> Bool {
        let tokens = scratch.tokens.base
        let barriers = scratch.barriers.base
        let words = scratch.wordCounts.base
        guard separator >= b, barriers[separator] == barriers[b] else { return false }
        var start = a
        while start > 0 && tokens[start - 1].boundary < .clause { start -= 1 }
        // A terminator starting the label would show in `barriers`; the label is short.
        return barriers[start] == barriers[a] && words[separator] - words[start] <= Int32(compiled.lexicon.context.labelWords)
    }
}
