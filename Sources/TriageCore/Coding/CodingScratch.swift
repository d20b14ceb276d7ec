/// Working memory for coding narratives one after another on one thread.
///
/// Coding a narrative needs a dozen short lists (tokens, symbols, matches, triggers,
/// mentions); a scratch keeps them from one narrative to the next, so that once they
/// have grown to fit, coding allocates nothing. Give each thread its own:
///
/// ```swift
/// let scratch = CodingScratch()
/// for record in records {
///     let coded = coder.code(record.text, box: record.level, scratch: scratch)
/// }
/// ```
///
/// Not `Sendable`: a scratch belongs to one thread at a time.
public final class CodingScratch {
    // Tokens.
    var tokens = ScratchBuffer<Token>(capacity: 256)
    var normalized = ScratchBuffer<UInt8>(capacity: 1024)

    // Symbols: the exact word symbol per token (-1 in no phrase, -2 punctuation or masked),
    // the stem symbols of token `i` at `stems[stemStart[i]..<stemStart[i + 1]]`, and which
    // tries (``CompiledLexicon/TrieBit``) have a phrase starting with the token.
    var words = ScratchBuffer<Int32>(capacity: 256)
    var stemStart = ScratchBuffer<Int32>(capacity: 256)
    var stems = ScratchBuffer<Int32>(capacity: 64)
    var starts = ScratchBuffer<UInt8>(capacity: 256)
    /// The tokens whose `starts` is not zero, in order: the only places a scan tries.
    var candidates = ScratchBuffer<Int32>(capacity: 64)

    // Phrase matches, one list per trie, and the trie walk's stack.
    var termMatches = ScratchBuffer<PhraseMatch>(capacity: 32)
    var exclusionMatches = ScratchBuffer<PhraseMatch>(capacity: 8)
    var cueMatches = ScratchBuffer<PhraseMatch>(capacity: 8)
    var subjectMatches = ScratchBuffer<PhraseMatch>(capacity: 16)
    var contextMatches = ScratchBuffer<PhraseMatch>(capacity: 16)
    var stack = ScratchBuffer<TrieStep>(capacity: 16)
    /// The regex prefilter's bits (``RegexPrefilter``): which anchor needles the narrative
    /// holds, and which regexes may match.
    var presentNeedles = ScratchBuffer<UInt64>(capacity: 32)
    var candidateRegexes = ScratchBuffer<UInt64>(capacity: 16)

    // Exclusion blocks and terms found.
    var blocks = ScratchBuffer<Block>(capacity: 8)
    var found = ScratchBuffer<FoundTerm>(capacity: 32)

    // Context: triggers found, and per-token prefix counts of barriers, words and sentences.
    var triggers = ScratchBuffer<FoundTrigger>(capacity: 16)
    var terminatorStarts = ScratchBuffer<Bool>(capacity: 256)
    var barriers = ScratchBuffer<Int32>(capacity: 256)
    /// The same with forward terminators counted too (filled only when one is found).
    var forwardBarriers = ScratchBuffer<Int32>(capacity: 256)
    var forwardTerminatorStarts = ScratchBuffer<Int32>(capacity: 4)
    var wordCounts = ScratchBuffer<Int32>(capacity: 256)
    var sentences = ScratchBuffer<Int32>(capacity: 256)

    // Experiencer cues, level cues, mentions and issues.
    var experiencerCues = ScratchBuffer<FoundExperiencer>(capacity: 16)
    var levelCues = ScratchBuffer<FoundCue>(capacity: 8)
    var mentions = ScratchBuffer<FoundMention>(capacity: 32)
    var ordered = ScratchBuffer<Int32>(capacity: 32)
    var issues = ScratchBuffer<FoundIssue>(capacity: 16)
    var setAside = ScratchBuffer<SetAside>(capacity: 8)
    var compact = ScratchBuffer<CompactIssue>(capacity: 16)
    var compactMentions = ScratchBuffer<CompactMention>(capacity: 32)
    var compactMentionStarts = ScratchBuffer<Int32>(capacity: 17)

    public init() {}

    /// The case-folded text of token `index` (for the few words read as strings: names,
    /// reporting verbs).
    func normalizedText(_ index: Int) -> String {
        let token = tokens[index]
        return String(decoding: UnsafeBufferPointer(
            start: normalized.base + Int(token.normalizedStart), count: Int(token.normalizedEnd - token.normalizedStart)),
            as: UTF8.self)
    }

    deinit {
        tokens.deallocate(); normalized.deallocate()
        words.deallocate(); stemStart.deallocate(); stems.deallocate(); starts.deallocate(); candidates.deallocate()
        termMatches.deallocate(); exclusionMatches.deallocate(); cueMatches.deallocate()
        subjectMatches.deallocate(); contextMatches.deallocate(); stack.deallocate(); presentNeedles.deallocate(); candidateRegexes.deallocate()
        blocks.deallocate(); found.deallocate()
        triggers.deallocate(); terminatorStarts.deallocate(); barriers.deallocate(); forwardBarriers.deallocate(); forwardTerminatorStarts.deallocate(); wordCounts.deallocate()
        sentences.deallocate()
        experiencerCues.deallocate(); levelCues.deallocate(); mentions.deallocate(); ordered.deallocate()
        issues.deallocate(); setAside.deallocate(); compact.deallocate()
        compactMentions.deallocate(); compactMentionStarts.deallocate()
    }
}

/// One step of a trie walk: a node reached after the tokens before `at`.
struct TrieStep: BitwiseCopyable {
    var node: Int32
    var at: Int32
}

/// An exclusion or ignore phrase's tokens, blocking one code's terms (code -1: every code's).
struct Block: BitwiseCopyable {
    var code: Int32
    var first: Int32
    var end: Int32
}

/// A term found at tokens `first..<end` for code `code`; `term` is its index in the code's terms.
struct FoundTerm: BitwiseCopyable {
    var code: Int32
    var term: Int32
    var first: Int32
    var end: Int32
}

/// A context trigger found at tokens `first..<end`: `index` in the rules' triggers.
struct FoundTrigger: BitwiseCopyable {
    var first: Int32
    var end: Int32
    var index: Int32
    /// A negation that opens a sentence and is followed by a label separator ("N/A – …",
    /// "Nil: …"): it speaks for the whole sentence after the separator. A forward
    /// hypothetical that opens a sentence ("If …", "Should …"): it speaks for the rest of
    /// its clause.
    var opensSentence: Bool
    /// Right after a label separator (``Token/isLabelSeparator``) or a question mark
    /// ("Young carer? N"): a negation here may speak for the label before it.
    var afterLabel: Bool
}

/// An experiencer cue at token `token`.
struct FoundExperiencer: BitwiseCopyable {
    var token: Int32
    var who: Experiencer
}

/// A level cue at tokens `first..<end`, with its status and the trigger that decided it (or -1).
struct FoundCue: BitwiseCopyable {
    var cue: Int32
    var first: Int32
    var end: Int32
    var status: MentionStatus
    var trigger: Int32
}

/// A mention with its status: `code` is the code it counts for (after routing), `listed`
/// the code whose term it is, `trigger` an index into the found triggers (or -1).
struct FoundMention: BitwiseCopyable {
    var code: Int32
    var listed: Int32
    var term: Int32
    var first: Int32
    var end: Int32
    /// Unicode scalar offsets.
    var start: Int32
    var stop: Int32
    var status: MentionStatus
    var trigger: Int32
    var experiencer: Experiencer?
    /// True when no cue said whose it is and `experiencer` is the code's default.
    var assumed: Bool
    /// True when `experiencer` was carried from an earlier sentence's cue.
    var carried: Bool
    /// True when an experiencer route moved the mention from `listed` to `code`.
    var routed: Bool
    /// False once a route or a yield rule has set the mention aside.
    var kept: Bool
}

/// One code of a narrative: its mentions are `ordered[mentionStart..<mentionStart + mentionCount]`.
struct FoundIssue: BitwiseCopyable {
    var code: Int32
    var level: Level
    var status: MentionStatus
    var mentionStart: Int32
    var mentionCount: Int32
}

/// Why a span was set aside, in the order the coder met them.
struct SetAside: BitwiseCopyable {
    enum Reason: BitwiseCopyable {
        /// An exclusion (`code` ≥ 0, `index` in its exclusions) or ignore phrase (`code` -1).
        case exclusion(code: Int32, index: Int32)
        /// A route that sends the code's mentions for `who` nowhere.
        case route(code: Int32, who: Experiencer)
        /// A code yielding to a stronger code in the same sentence (or the narrative).
        case yield(code: Int32, listed: Int32)
        /// A term yielding on its own to a code present in the narrative.
        case termYield(code: Int32, listed: Int32, term: Int32)
    }
    var reason: Reason
    var first: Int32
    var end: Int32
}

/// One row of coding output without any text: a code (by index in the lexicon), its
/// level and status, and its primary evidence — the term (by ``CompiledLexicon`` term id,
/// -1 for none) and its Unicode scalar offsets.
public struct CompactIssue: Sendable, Hashable, BitwiseCopyable {
    public var code: Int32
    public var level: Level
    public var status: MentionStatus
    public var term: Int32
    public var start: Int32
    public var end: Int32
}
