import TriageCore

/// The codes a run found in a narrative, as the `issues` column of `narratives` and
/// `run_references` (and of the `run_narratives` view) keeps them: one JSON array per
/// narrative, so storing a narrative is one row however many codes it has. The
/// `run_issues` and `run_evidence` views turn it back into rows.
///
/// Each code, in lexicon order, is `[code, status, level, term, term_start, term_end]`
/// (its primary mention), followed by its evidence `[[term, start, end, status,
/// trigger_kind, trigger_phrase, trigger_start, trigger_end], …]` only when the evidence
/// says more than the primary mention does: more than one mention, a context trigger, or
/// none at all. A mention without a trigger stops after `status`.
///
/// ```json
/// [["FIN","present","yellow","rent arrears",8,20],
///  ["HOUS","historical","orange","eviction notice",40,55,[["eviction notice",40,55,"historical","historical","previously",29,39]]]]
/// ```
public enum IssuesJSON {
    /// Appends the JSON of `issues` to `out`; nothing when there are none (which the store
    /// keeps as NULL).
    static func append(_ issues: [CodedIssue], to out: inout [UInt8]) {
        guard !issues.isEmpty else { return }
        out.append(UInt8(ascii: "["))
        for index in issues.indices {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            encode(issues[index], into: &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    private static func encode(_ issue: CodedIssue, into out: inout [UInt8]) {
        // Fields are read in place (`mentions[index].term`): copies of whole Mentions, with
        // all their strings, showed in perf profiles of this function.
        let mentions = issue.mentions
        let status = issue.status
        var primary = mentions.isEmpty ? nil : 0  // as CodedIssue.primaryMention chooses
        for index in mentions.indices where mentions[index].status == status {
            primary = index
            break
        }
        out.append(UInt8(ascii: "["))
        string(issue.code.rawValue, &out)
        comma(&out)
        string(status.rawValue, &out)
        comma(&out)
        string(issue.level.rawValue, &out)
        comma(&out)
        if let primary {
            string(mentions[primary].term, &out)
            comma(&out)
            integer(mentions[primary].start, &out)
            comma(&out)
            integer(mentions[primary].end, &out)
        } else {
            out.append(contentsOf: "\"\",0,0".utf8)  // no primary mention: an empty term
        }
        if !evidenceIsImplied(issue) {
            out.append(contentsOf: ",[".utf8)
            for index in mentions.indices {
                if index > 0 { comma(&out) }
                out.append(UInt8(ascii: "["))
                string(mentions[index].term, &out)
                comma(&out)
                integer(mentions[index].start, &out)
                comma(&out)
                integer(mentions[index].end, &out)
                comma(&out)
                string(mentions[index].status.rawValue, &out)
                if mentions[index].trigger != nil {
                    comma(&out)
                    string(mentions[index].trigger?.kind.rawValue ?? "", &out)
                    comma(&out)
                    string(mentions[index].trigger?.phrase ?? "", &out)
                    comma(&out)
                    integer(mentions[index].trigger?.start ?? 0, &out)
                    comma(&out)
                    integer(mentions[index].trigger?.end ?? 0, &out)
                }
                out.append(UInt8(ascii: "]"))
            }
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "]"))
    }

    /// True when the issue's one mention is its primary mention, with no trigger: the
    /// issue's own term, offsets and status say everything the evidence would.
    static func evidenceIsImplied(_ issue: CodedIssue) -> Bool {
        issue.mentions.count == 1 && issue.mentions[0].trigger == nil && issue.mentions[0].status == issue.status
    }

    @inline(__always)
    private static func comma(_ out: inout [UInt8]) { out.append(UInt8(ascii: ",")) }

    /// A JSON string: quotes, backslashes and control characters escaped; other UTF-8 as is.
    static func string(_ text: String, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                escape(byte, &out)
                start = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func escape(_ byte: UInt8, _ out: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
        case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
        case UInt8(ascii: "\n"): out.append(contentsOf: #"\n"#.utf8)
        case UInt8(ascii: "\r"): out.append(contentsOf: #"\r"#.utf8)
        case UInt8(ascii: "\t"): out.append(contentsOf: #"\t"#.utf8)
        default:
            let digits = Array("0123456789abcdef".utf8)
            out.append(contentsOf: #"\u00"#.utf8)
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
    }

    /// A decimal integer.
    static func integer(_ value: Int, _ out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[index]) }
        }
    }
}
