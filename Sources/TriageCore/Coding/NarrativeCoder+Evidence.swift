/// One mention of a code without any text: the term (by ``CompiledLexicon`` term id,
/// see ``CompiledLexicon/termDisplays``), its Unicode scalar offsets and status, and the
/// context trigger that gave the status (by index in the lexicon's
/// ``ContextRules/triggers``, -1 for none) with its offsets.
public struct CompactMention: Sendable, Hashable, BitwiseCopyable {
    public var term: Int32
    public var start: Int32
    public var end: Int32
    public var status: MentionStatus
    public var trigger: Int32
    public var triggerStart: Int32
    public var triggerEnd: Int32
}

/// What ``NarrativeCoder/codeEvidence(_:box:scratch:)`` found: a ``CompactIssue`` per
/// code, in lexicon order, and each code's mentions in the order
/// ``CodedIssue/mentions`` lists them. It lives in the scratch until its next use.
public struct CompactEvidence {
    public let issues: UnsafeBufferPointer<CompactIssue>
    let mentions: UnsafeBufferPointer<CompactMention>
    /// Issue `i`'s mentions are `mentions[starts[i]..<starts[i + 1]]`.
    let starts: UnsafeBufferPointer<Int32>

    /// The mentions of issue `index`.
    public func mentions(of index: Int) -> UnsafeBufferPointer<CompactMention> {
        UnsafeBufferPointer(rebasing: mentions[Int(starts[index])..<Int(starts[index + 1])])
    }
}

extension NarrativeCoder {
    /// Codes one narrative down to numbers: ``codeCompact(_:box:scratch:)``'s row per code,
    /// and every mention behind it with its status and trigger, as ``code(_:box:)`` would
    /// give them, without making a string. For writers that keep all the evidence (the
    /// store), on many threads at once.
    public func codeEvidence(_ text: String, box: Level? = nil, scratch s: CodingScratch) -> CompactEvidence {
        let issues = codeCompact(text, box: box, scratch: s)
        var mentions = s.compactMentions
        var starts = s.compactMentionStarts
        mentions.removeAll()
        starts.removeAll()
        let tokens = s.tokens.base
        for i in 0..<s.issues.count {
            starts.append(Int32(truncatingIfNeeded: mentions.count))
            let issue = s.issues[i]
            for o in Int(issue.mentionStart)..<Int(issue.mentionStart + issue.mentionCount) {
                let found = s.mentions[Int(s.ordered[o])]
                var mention = CompactMention(
                    term: compiled.termOffsets[Int(found.listed)] + found.term, start: found.start, end: found.stop,
                    status: found.status, trigger: -1, triggerStart: -1, triggerEnd: -1)
                if found.trigger >= 0 {
                    let trigger = s.triggers[Int(found.trigger)]
                    mention.trigger = trigger.index
                    mention.triggerStart = tokens[Int(trigger.first)].start
                    mention.triggerEnd = tokens[Int(trigger.end) - 1].end
                }
                mentions.append(mention)
            }
        }
        starts.append(Int32(truncatingIfNeeded: mentions.count))
        s.compactMentions = mentions
        s.compactMentionStarts = starts
        return CompactEvidence(issues: issues, mentions: mentions.buffer, starts: starts.buffer)
    }
}
