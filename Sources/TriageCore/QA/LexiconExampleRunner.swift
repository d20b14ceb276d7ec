/// Runs a lexicon's own examples: codes each example's text (in its box, if it gives one)
/// and checks every code it names against what it expects.
///
/// ```swift
/// let results = LexiconExampleRunner(compiled).run()
/// let failed = results.filter { !$0.passed }
/// print("\(results.count - failed.count) passed, \(failed.count) failed")
/// ```
public struct LexiconExampleRunner: Sendable {
    /// One expectation an example did not meet.
    public struct Failure: Sendable, Hashable {
        public var code: Code
        public var expected: LexiconExample.Expectation
        /// What the code came out as: its status, or nil when it was not found.
        public var got: MentionStatus?
        /// The mentions of the code, with the triggers that set them aside.
        public var evidence: [Mention]
        /// True when the lexicon has no such code.
        public var unknownCode: Bool
    }

    /// One example and how it went.
    public struct Result: Sendable, Hashable {
        /// The code the example is written under.
        public var owner: Code
        /// Its position among the owner's examples, from 1.
        public var number: Int
        public var example: LexiconExample
        /// What the text was coded as (every code found, in any status).
        public var coded: CodedNarrative
        public var failures: [Failure]

        public var passed: Bool { failures.isEmpty }
    }

    public let compiled: CompiledLexicon
    private let coder: NarrativeCoder

    public init(_ compiled: CompiledLexicon) {
        self.compiled = compiled
        coder = NarrativeCoder(compiled)
    }

    /// Every example of every code, in lexicon order.
    public func run() -> [Result] {
        compiled.lexicon.codes.flatMap { definition in
            definition.examples.enumerated().map { index, example in
                check(example, owner: definition.code, number: index + 1)
            }
        }
    }

    /// Codes one example and checks it.
    public func check(_ example: LexiconExample, owner: Code, number: Int = 1) -> Result {
        let coded = coder.code(example.text, box: example.level)
        let known = Set(compiled.lexicon.codes.map(\.code))
        var failures: [Failure] = []
        for (code, expected) in example.expectations.sorted(by: { $0.key < $1.key }) {
            let issue = coded.issue(code)
            let got = issue?.status
            if !known.contains(code) {
                failures.append(Failure(code: code, expected: expected, got: got, evidence: [], unknownCode: true))
            } else if !Self.meets(expected, got) {
                failures.append(Failure(code: code, expected: expected, got: got, evidence: issue?.mentions ?? [], unknownCode: false))
            }
        }
        return Result(owner: owner, number: number, example: example, coded: coded, failures: failures)
    }

    /// True when a code found with status `got` (nil: not found) meets `expected`.
    public static func meets(_ expected: LexiconExample.Expectation, _ got: MentionStatus?) -> Bool {
        switch expected {
        case .present: got == .present
        case .negated: got == .negated
        case .historical: got == .historical
        case .hypothetical: got == .hypothetical
        case .absent: got == nil
        case .notPresent: got != .present
        }
    }
}
