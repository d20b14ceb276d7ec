public import TriageCore

/// Writes a ``Lexicon`` in the YAML lexicon format that ``LexiconLoader`` reads (see the
/// README's "Lexicon files"), so that loading the text gives the same codes, terms,
/// routes, cues and examples back.
///
/// ```swift
/// let text = LexiconYAMLWriter(includes: ["context/english.yaml"]).yaml(for: lexicon)
/// // lexicon: mine
/// // version: 0.1.0
/// // include:
/// //   - context/english.yaml
/// // codes:
/// //   - id: FIN
/// //     ...
/// ```
///
/// Context rules are written out only with ``writesContext``; otherwise list the context
/// file under ``includes``. Source locations are not written.
public struct LexiconYAMLWriter: Sendable {
    /// Files for the `include:` list (paths relative to the written file).
    public var includes: [String]
    /// Writes the lexicon's context rules into the file too.
    public var writesContext: Bool
    /// Comment lines for the top of the file (without `#`).
    public var header: [String]
    /// Comments written after terms: code → term index → text.
    public var termComments: [Code: [Int: String]]
    /// Comment lines written above codes.
    public var codeComments: [Code: [String]]

    public init(
        includes: [String] = [], writesContext: Bool = false, header: [String] = [],
        termComments: [Code: [Int: String]] = [:], codeComments: [Code: [String]] = [:]
    ) {
        self.includes = includes
        self.writesContext = writesContext
        self.header = header
        self.termComments = termComments
        self.codeComments = codeComments
    }

    /// The YAML text of `lexicon`.
    public func yaml(for lexicon: Lexicon) -> String {
        var out = ""
        func line(_ text: String) { out += text + "\n" }
        func list(_ items: [String], indent: String) {
            for item in items { line("\(indent)- \(YAMLScalar.scalar(item))") }
        }
        for text in header { line(text.isEmpty ? "#" : "# " + YAMLScalar.comment(text)) }
        line("lexicon: \(YAMLScalar.scalar(lexicon.name))")
        line("version: \(YAMLScalar.scalar(lexicon.version))")
        if !lexicon.description.isEmpty { line("description: \(YAMLScalar.scalar(lexicon.description))") }
        if lexicon.matchesPlurals { line("plurals: true") }
        if !includes.isEmpty {
            line("include:")
            list(includes, indent: "  ")
        }
        let cues = lexicon.experiencers
        if !cues.isEmpty {
            line("experiencers:")
            line("  adult_age: \(cues.adultAge)")
            if let school = cues.schoolAge { line("  school_age: \(school)") }
            for who in Experiencer.allCases {
                let phrases = cues.cues.filter { $0.experiencer == who }.map(\.phrase.text)
                if phrases.isEmpty { continue }
                line("  \(who.rawValue):")
                list(phrases, indent: "    ")
            }
        }
        if !lexicon.levelCues.isEmpty {
            line("level_cues:")
            for level in Level.allCases.reversed() {
                let phrases = lexicon.levelCues.filter { $0.level == level }.map(\.phrase.text)
                if phrases.isEmpty { continue }
                line("  \(level.rawValue):")
                list(phrases, indent: "    ")
            }
        }
        if !lexicon.ignore.isEmpty {
            line("ignore:")
            list(lexicon.ignore.map(\.text), indent: "  ")
        }
        line("codes:")
        for definition in lexicon.codes {
            out += code(definition)
        }
        if writesContext { out += context(lexicon.context) }
        return out
    }

    /// `{child: MH-CHILD, parent: none}`, experiencers in their declared order.
    static func routes(_ routes: [Experiencer: Code?]) -> String {
        let entries = Experiencer.allCases.compactMap { who -> String? in
            guard let route = routes[who] else { return nil }
            return "\(who.rawValue): \(route.map { YAMLScalar.scalar($0.rawValue, flow: true) } ?? "none")"
        }
        return "{\(entries.joined(separator: ", "))}"
    }

    private func code(_ definition: CodeDefinition) -> String {
        var out = ""
        func line(_ text: String) { out += text + "\n" }
        for comment in codeComments[definition.code] ?? [] { line("  # " + YAMLScalar.comment(comment)) }
        line("  - id: \(YAMLScalar.scalar(definition.code.rawValue))")
        line("    name: \(YAMLScalar.scalar(definition.name))")
        if !definition.description.isEmpty { line("    description: \(YAMLScalar.scalar(definition.description))") }
        line("    default_level: \(definition.defaultLevel.rawValue)")
        if let who = definition.defaultExperiencer { line("    default_experiencer: \(who.rawValue)") }
        if definition.assignedWhenNonePresent { line("    when_none_present: true") }
        if !definition.routes.isEmpty { line("    routes: \(Self.routes(definition.routes))") }
        if !definition.yieldsTo.isEmpty {
            line("    yields_to:")
            for other in definition.yieldsTo { line("      - \(YAMLScalar.scalar(other.rawValue))") }
            if definition.yieldScope != .sentence { line("    yield_scope: \(definition.yieldScope.rawValue)") }
        }
        line(definition.terms.isEmpty ? "    terms: []" : "    terms:")
        let comments = termComments[definition.code] ?? [:]
        for (index, term) in definition.terms.enumerated() {
            var options: [String] = []
            if let routes = term.routes { options.append("routes: \(Self.routes(routes))") }
            if !term.yieldsTo.isEmpty {
                options.append("yields_to: [" + term.yieldsTo.map { YAMLScalar.scalar($0.rawValue, flow: true) }.joined(separator: ", ") + "]")
            }
            let entry: String
            switch term.pattern {
            case .phrase(let text) where options.isEmpty: entry = YAMLScalar.scalar(text)
            case .regex(let source) where options.isEmpty: entry = "regex: \(YAMLScalar.regex(source))"
            case .phrase(let text): entry = "{term: \(YAMLScalar.scalar(text, flow: true)), " + options.joined(separator: ", ") + "}"
            case .regex(let source): entry = "{regex: \(YAMLScalar.regex(source)), " + options.joined(separator: ", ") + "}"
            }
            line("      - \(entry)" + (comments[index].map { "   # " + YAMLScalar.comment($0) } ?? ""))
        }
        if !definition.exclusions.isEmpty {
            line("    exclusions:")
            for phrase in definition.exclusions { line("      - \(YAMLScalar.scalar(phrase.text))") }
        }
        if !definition.examples.isEmpty {
            line("    examples:")
            for example in definition.examples {
                line("      - text: \(YAMLScalar.doubleQuoted(example.text))")
                if let level = example.level { line("        level: \(level.rawValue)") }
                let expect = example.expectations.sorted { $0.key < $1.key }
                    .map { "\(YAMLScalar.scalar($0.key.rawValue, flow: true)): \($0.value.rawValue)" }
                line("        expect: {\(expect.joined(separator: ", "))}")
            }
        }
        return out
    }

    private func context(_ rules: ContextRules) -> String {
        var out = ""
        func line(_ text: String) { out += text + "\n" }
        line("context: \(YAMLScalar.scalar(rules.name))")
        line("default_scope: \(rules.defaultScope)")
        line("label_words: \(rules.labelWords)")
        for kind in TriggerKind.allCases {
            let triggers = rules.triggers.filter { $0.kind == kind }
            if triggers.isEmpty { continue }
            line("\(kind.rawValue):")
            for direction in TriggerDirection.allCases {
                let these = triggers.filter { $0.direction == direction }
                if these.isEmpty { continue }
                line("  \(direction.rawValue):")
                for trigger in these {
                    let phrase = YAMLScalar.scalar(trigger.phrase.text, flow: trigger.scope != nil)
                    line(trigger.scope.map { "    - {phrase: \(phrase), scope: \($0)}" } ?? "    - \(phrase)")
                }
            }
        }
        if !rules.pseudoTriggers.isEmpty {
            line("pseudo:")
            for phrase in rules.pseudoTriggers { line("  - \(YAMLScalar.scalar(phrase.text))") }
        }
        if !rules.terminators.isEmpty {
            line("terminators:")
            for phrase in rules.terminators { line("  - \(YAMLScalar.scalar(phrase.text))") }
        }
        if !rules.forwardTerminators.isEmpty {
            line("forward_terminators:")
            for phrase in rules.forwardTerminators { line("  - \(YAMLScalar.scalar(phrase.text))") }
        }
        return out
    }
}
