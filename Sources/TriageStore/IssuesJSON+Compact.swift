public import TriageCore

extension IssuesJSON {
    /// A lexicon's strings as the JSON of ``IssuesJSON`` writes them (quoted and escaped),
    /// made once per run, so that encoding a narrative's codes from
    /// ``NarrativeCoder/codeEvidence(_:box:scratch:)`` only copies bytes.
    public struct Strings: Sendable {
        /// Every string, quoted, one after another: appending one copies a slice of this
        /// one buffer (no array per string to retain and release).
        private let pool: [UInt8]
        /// Where each string ends in `pool`: codes, then terms, then each trigger's kind and
        /// phrase, then the mention statuses and the levels in declaration order.
        private let ends: [Int32]
        private let termBase: Int
        private let triggerBase: Int
        private let statusBase: Int
        private let levelBase: Int

        public init(_ compiled: CompiledLexicon) {
            let lexicon = compiled.lexicon
            var pool: [UInt8] = []
            var ends: [Int32] = []
            func add(_ text: String) {
                IssuesJSON.string(text, &pool)
                ends.append(Int32(pool.count))
            }
            lexicon.codes.forEach { add($0.code.rawValue) }
            termBase = ends.count
            compiled.termDisplays.forEach(add)
            triggerBase = ends.count
            for trigger in lexicon.context.triggers {
                add(trigger.kind.rawValue)
                add(trigger.phrase.text)
            }
            statusBase = ends.count
            MentionStatus.allCases.forEach { add($0.rawValue) }
            levelBase = ends.count
            Level.allCases.forEach { add($0.rawValue) }
            self.pool = pool
            self.ends = ends
        }

        @inline(__always)
        private func append(_ index: Int, to out: inout [UInt8]) {
            let start = index == 0 ? 0 : Int(ends[index - 1])
            let end = Int(ends[index])
            pool.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<end])) }
        }

        func appendCode(_ code: Int, to out: inout [UInt8]) { append(code, to: &out) }
        func appendTerm(_ term: Int, to out: inout [UInt8]) { append(termBase + term, to: &out) }
        func appendTriggerKind(_ trigger: Int, to out: inout [UInt8]) { append(triggerBase + 2 * trigger, to: &out) }
        func appendTriggerPhrase(_ trigger: Int, to out: inout [UInt8]) { append(triggerBase + 2 * trigger + 1, to: &out) }
        func append(_ status: MentionStatus, to out: inout [UInt8]) {
            let ordinal = switch status {
            case .present: 0
            case .negated: 1
            case .historical: 2
            case .hypothetical: 3
            }
            append(statusBase + ordinal, to: &out)
        }
        func append(_ level: Level, to out: inout [UInt8]) {
            let ordinal = switch level {
            case .blue: 0
            case .green: 1
            case .yellow: 2
            case .orange: 3
            case .red: 4
            }
            append(levelBase + ordinal, to: &out)
        }
    }

    /// Appends the JSON of `evidence`, byte for byte what ``append(_:to:)`` writes for the
    /// same narrative's ``CodedNarrative/issues``; nothing when there are none.
    static func append(_ evidence: CompactEvidence, strings: Strings, to out: inout [UInt8]) {
        let issues = evidence.issues
        guard !issues.isEmpty else { return }
        out.append(UInt8(ascii: "["))
        for index in 0..<issues.count {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            let issue = issues[index]
            let mentions = evidence.mentions(of: index)
            var primary: Int? = mentions.isEmpty ? nil : 0  // as CodedIssue.primaryMention chooses
            for m in 0..<mentions.count where mentions[m].status == issue.status {
                primary = m
                break
            }
            out.append(UInt8(ascii: "["))
            strings.appendCode(Int(issue.code), to: &out)
            out.append(UInt8(ascii: ","))
            strings.append(issue.status, to: &out)
            out.append(UInt8(ascii: ","))
            strings.append(issue.level, to: &out)
            out.append(UInt8(ascii: ","))
            if let primary {
                termAndOffsets(mentions[primary], strings, &out)
            } else {
                out.append(contentsOf: "\"\",0,0".utf8)
            }
            let implied = mentions.count == 1 && mentions[0].trigger < 0 && mentions[0].status == issue.status
            if !implied {
                out.append(contentsOf: ",[".utf8)
                for m in 0..<mentions.count {
                    let mention = mentions[m]
                    if m > 0 { out.append(UInt8(ascii: ",")) }
                    out.append(UInt8(ascii: "["))
                    termAndOffsets(mention, strings, &out)
                    out.append(UInt8(ascii: ","))
                    strings.append(mention.status, to: &out)
                    if mention.trigger >= 0 {
                        out.append(UInt8(ascii: ","))
                        strings.appendTriggerKind(Int(mention.trigger), to: &out)
                        out.append(UInt8(ascii: ","))
                        strings.appendTriggerPhrase(Int(mention.trigger), to: &out)
                        out.append(UInt8(ascii: ","))
                        integer(Int(mention.triggerStart), &out)
                        out.append(UInt8(ascii: ","))
                        integer(Int(mention.triggerEnd), &out)
                    }
                    out.append(UInt8(ascii: "]"))
                }
                out.append(UInt8(ascii: "]"))
            }
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "]"))
    }

    /// `"term",start,end` of a mention: a code's primary mention and each of its evidence.
    @inline(__always)
    private static func termAndOffsets(_ mention: CompactMention, _ strings: Strings, _ out: inout [UInt8]) {
        strings.appendTerm(Int(mention.term), to: &out)
        out.append(UInt8(ascii: ","))
        integer(Int(mention.start), &out)
        out.append(UInt8(ascii: ","))
        integer(Int(mention.end), &out)
    }
}
