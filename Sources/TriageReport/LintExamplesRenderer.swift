public import TriageCore

/// Renders `triage lexicon test` results like a test runner: each failure with where the
/// example is, its text, what was expected and what came out with the evidence, then a
/// closing line exactly `N passed, N failed`.
public enum LintExamplesRenderer {
    /// What a code came out as: `negated`, or `not found`.
    static func describe(_ status: MentionStatus?) -> String { status?.rawValue ?? "not found" }

    static func describe(_ expected: LexiconExample.Expectation) -> String {
        switch expected {
        case .absent: "absent (not found in any status)"
        case .notPresent: "not present (absent or set aside)"
        default: expected.rawValue
        }
    }

    /// A mention as evidence: `"rent arrears" (term 'rent arrears') negated by "no concerns re"`.
    static func evidence(_ mention: Mention) -> String {
        var text = "\"\(mention.text)\" (term '\(mention.term)') \(mention.status.rawValue)"
        if let trigger = mention.trigger { text += " by \(trigger.kind.rawValue) trigger '\(trigger.phrase)' (\"\(trigger.text)\")" }
        return text
    }

    /// The failures (and, with `verbose`, a line per passing example), then the counts.
    public static func text(_ results: [LexiconExampleRunner.Result], verbose: Bool = false, style: ANSIStyle = ANSIStyle(enabled: false)) -> String {
        var out = ""
        for result in results {
            let location = result.example.location.map { "\($0)" } ?? "(no location)"
            let name = "\(result.owner) example \(result.number)"
            if result.passed {
                if verbose { out += "\(style.apply("PASS", "1;32")) \(location): \(name)\n" }
                continue
            }
            out += "\(style.apply("FAIL", "1;31")) \(location): \(name)\n"
            out += "    text:     \(result.example.text.replacingNewlines())\n"
            if let level = result.example.level { out += "    box:      \(level.rawValue)\n" }
            for failure in result.failures {
                if failure.unknownCode {
                    out += "    expected: \(failure.code) \(describe(failure.expected)), but the lexicon has no code '\(failure.code)'\n"
                    continue
                }
                out += "    expected: \(failure.code) \(describe(failure.expected))\n"
                out += "    got:      \(failure.code) \(describe(failure.got))\n"
                for mention in failure.evidence { out += "    evidence: \(evidence(mention))\n" }
            }
            let others = result.coded.issues.filter { issue in !result.failures.contains { $0.code == issue.code } }
            if !others.isEmpty {
                out += "    also:     " + others.map { "\($0.code) \($0.status.rawValue)" }.joined(separator: ", ") + "\n"
            }
        }
        let failed = results.filter { !$0.passed }.count
        return out + "\(results.count - failed) passed, \(failed) failed\n"
    }
}

extension String {
    func replacingNewlines() -> String {
        String(map { $0.isNewline ? " " : $0 })
    }
}
