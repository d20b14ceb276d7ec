extension NarrativeCoder {
    /// Builds the ``CodedNarrative`` of what ``analyse`` left in `scratch`: the text of
    /// every mention, trigger, cue and set-aside span, from the narrative's bytes.
    func materialize(_ bytes: UnsafeBufferPointer<UInt8>, box: Level?, inferred: Level?, scratch s: CodingScratch) -> CodedNarrative {
        let lexicon = compiled.lexicon
        let tokens = s.tokens.base
        func text(_ first: Int32, _ end: Int32) -> String {
            let from = Int(tokens[Int(first)].byteStart), to = Int(tokens[Int(end) - 1].byteEnd)
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
        }
        func evidence(_ index: Int32) -> TriggerEvidence? {
            guard index >= 0 else { return nil }
            let found = s.triggers[Int(index)]
            let trigger = lexicon.context.triggers[Int(found.index)]
            return TriggerEvidence(
                phrase: trigger.phrase.text, text: text(found.first, found.end), kind: trigger.kind,
                start: Int(tokens[Int(found.first)].start), end: Int(tokens[Int(found.end) - 1].end))
        }

        var issues: [CodedIssue] = []
        issues.reserveCapacity(s.issues.count)
        for i in 0..<s.issues.count {
            let issue = s.issues[i]
            let definition = lexicon.codes[Int(issue.code)]
            var mentions: [Mention] = []
            mentions.reserveCapacity(Int(issue.mentionCount))
            for o in Int(issue.mentionStart)..<Int(issue.mentionStart + issue.mentionCount) {
                let found = s.mentions[Int(s.ordered[o])]
                let listed = lexicon.codes[Int(found.listed)]
                mentions.append(Mention(
                    code: lexicon.codes[Int(found.code)].code, term: listed.terms[Int(found.term)].display,
                    text: text(found.first, found.end), start: Int(found.start), end: Int(found.stop),
                    status: found.status, trigger: evidence(found.trigger), tokens: Int(found.first)..<Int(found.end),
                    experiencer: found.experiencer, experiencerAssumed: found.assumed,
                    routedFrom: found.routed ? listed.code : nil))
            }
            issues.append(CodedIssue(code: definition.code, level: issue.level, status: issue.status, mentions: mentions))
        }

        var cues: [LevelCueMention] = []
        for c in 0..<s.levelCues.count {
            let found = s.levelCues[c]
            let cue = lexicon.levelCues[Int(found.cue)]
            cues.append(LevelCueMention(
                phrase: cue.phrase.text, text: text(found.first, found.end), level: cue.level,
                start: Int(tokens[Int(found.first)].start), end: Int(tokens[Int(found.end) - 1].end),
                status: found.status, trigger: evidence(found.trigger)))
        }

        var excluded: [ExcludedSpan] = []
        for e in 0..<s.setAside.count {
            let aside = s.setAside[e]
            let start = Int(tokens[Int(aside.first)].start), end = Int(tokens[Int(aside.end) - 1].end)
            let spanText = text(aside.first, aside.end)
            switch aside.reason {
            case .exclusion(let code, let index):
                excluded.append(ExcludedSpan(
                    phrase: code >= 0 ? lexicon.codes[Int(code)].exclusions[Int(index)].text : lexicon.ignore[Int(index)].text,
                    code: code >= 0 ? lexicon.codes[Int(code)].code : nil, text: spanText, start: start, end: end))
            case .route(let code, let who):
                let definition = lexicon.codes[Int(code)]
                excluded.append(ExcludedSpan(
                    phrase: "\(definition.code) does not apply to \(who.described)", code: definition.code,
                    text: spanText, start: start, end: end))
            case .yield(let code, _):
                let definition = lexicon.codes[Int(code)]
                let reach = definition.yieldScope == .narrative ? "in the same sentence or earlier" : "in the same sentence"
                excluded.append(ExcludedSpan(
                    phrase: "yields to \(definition.yieldsTo.map(\.rawValue).joined(separator: ", ")) \(reach)",
                    code: definition.code, text: spanText, start: start, end: end))
            case .termYield(let code, let listed, let term):
                let definition = lexicon.codes[Int(listed)]
                let written = definition.terms[Int(term)]
                excluded.append(ExcludedSpan(
                    phrase: "'\(written.display)' yields to \(written.yieldsTo.map(\.rawValue).joined(separator: ", ")) in the narrative",
                    code: lexicon.codes[Int(code)].code, text: spanText, start: start, end: end))
            }
        }
        return CodedNarrative(box: box, issues: issues, levelCues: cues, excluded: excluded, inferredLevel: box == nil ? inferred : nil)
    }
}
