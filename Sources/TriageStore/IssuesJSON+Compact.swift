public import TriageCore

extension IssuesJSON {
    /// A lexicon's strings as the JSON of ``IssuesJSON`` writes them (quoted and escaped),
    /// made once per run, so that encoding a narrative's codes from
    /// ``NarrativeCoder/codeEvidence(_:box:scratch:)`` only copies bytes.
    public struct Strings: Sendable {
        let codes: [[UInt8]]
        let terms: [[UInt8]]
        let triggerKinds: [[UInt8]]
        let triggerPhrases: [[UInt8]]

        public init(_ compiled: CompiledLexicon) {
            func quoted(_ text: String) -> [UInt8] {
                var out: [UInt8] = []
                IssuesJSON.string(text, &out)
                return out
            }
            let lexicon = compiled.lexicon
            codes = lexicon.codes.map { quoted($0.code.rawValue) }
            terms = compiled.termDisplays.map(quoted)
            triggerKinds = lexicon.context.triggers.map { quoted($0.kind.rawValue) }
            triggerPhrases = lexicon.context.triggers.map { quoted($0.phrase.text) }
        }
    }

    /// The quoted status and level names, by raw value.
    private static let statuses: [MentionStatus: [UInt8]] = Dictionary(
        uniqueKeysWithValues: MentionStatus.allCases.map { ($0, Array("\"\($0.rawValue)\"".utf8)) })
    private static let levels: [Level: [UInt8]] = Dictionary(
        uniqueKeysWithValues: Level.allCases.map { ($0, Array("\"\($0.rawValue)\"".utf8)) })

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
            out.append(contentsOf: strings.codes[Int(issue.code)])
            out.append(UInt8(ascii: ","))
            out.append(contentsOf: statuses[issue.status]!)
            out.append(UInt8(ascii: ","))
            out.append(contentsOf: levels[issue.level]!)
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
                    out.append(contentsOf: statuses[mention.status]!)
                    if mention.trigger >= 0 {
                        out.append(UInt8(ascii: ","))
                        out.append(contentsOf: strings.triggerKinds[Int(mention.trigger)])
                        out.append(UInt8(ascii: ","))
                        out.append(contentsOf: strings.triggerPhrases[Int(mention.trigger)])
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
        out.append(contentsOf: strings.terms[Int(mention.term)])
        out.append(UInt8(ascii: ","))
        integer(Int(mention.start), &out)
        out.append(UInt8(ascii: ","))
        integer(Int(mention.end), &out)
    }
}
