/// Checks a lexicon for what the loader rejects (errors) and for what is legal but likely
/// wrong (warnings):
/// - a term inside a longer term of another code, which wins wherever it matches;
/// - a term written twice under one code;
/// - a wildcard stem shorter than ``Options/minimumStemLetters`` letters, with the corpus
///   words it matches when a corpus is given;
/// - a trigger reaching more than ``Options/maximumScope`` words, or context rules with no
///   terminators, so that scopes run to the end of the clause;
/// - a code with no terms, no examples, fewer than ``Options/minimumExamples`` examples, or
///   no example that is negated or set aside;
/// - an example that names a code the lexicon does not have.
///
/// ```swift
/// let diagnostics = LexiconLinter(lexicon).diagnostics()
/// // early-help.yaml:120:9: warning: term 'arrears' (FIN) is inside the longer term …
/// ```
public struct LexiconLinter: Sendable {
    public struct Options: Sendable, Hashable {
        /// Stems shorter than this many letters are reported.
        public var minimumStemLetters: Int
        /// Trigger scopes above this many words are reported.
        public var maximumScope: Int
        /// Codes with fewer examples than this are reported.
        public var minimumExamples: Int
        /// How many corpus words to list for a short stem.
        public var stemWordsShown: Int

        public init(minimumStemLetters: Int = 4, maximumScope: Int = 10, minimumExamples: Int = 3, stemWordsShown: Int = 10) {
            self.minimumStemLetters = minimumStemLetters
            self.maximumScope = maximumScope
            self.minimumExamples = minimumExamples
            self.stemWordsShown = stemWordsShown
        }
    }

    public let lexicon: Lexicon
    public let vocabulary: CorpusVocabulary?
    public let options: Options

    public init(_ lexicon: Lexicon, vocabulary: CorpusVocabulary? = nil, options: Options = Options()) {
        self.lexicon = lexicon
        self.vocabulary = vocabulary
        self.options = options
    }

    /// The loader's checks and the lint warnings, in file order (unlocated ones last).
    public func diagnostics() -> [LexiconDiagnostic] {
        let all = lexicon.validationDiagnostics() + shadowedTerms() + repeatedTerms() + shortStems()
            + unanchoredRegexes() + contextWarnings() + exampleWarnings()
        return Self.sorted(all)
    }

    /// Diagnostics in file order; those with no location keep their order, after the rest.
    public static func sorted(_ diagnostics: [LexiconDiagnostic]) -> [LexiconDiagnostic] {
        diagnostics.enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case (nil, nil): return a.offset < b.offset
            case (nil, _): return false
            case (_, nil): return true
            case (let x?, let y?):
                if x.file != y.file { return x.file < y.file }
                if x.line != y.line { return x.line < y.line }
                if x.column != y.column { return x.column < y.column }
                return a.offset < b.offset
            }
        }.map(\.element)
    }

    // MARK: Terms

    /// A phrase term's case-folded words, the last one possibly a stem.
    struct Shape {
        var code: Code
        var text: String
        var words: [String]
        var isStem: Bool
        var location: SourceLocation?

        /// Whether word `index` of this term can match the same text as word `other` of `b`.
        func word(_ index: Int, coMatches other: Int, of b: Shape) -> Bool {
            let x = words[index], y = b.words[other]
            let xStem = isStem && index == words.count - 1
            let yStem = b.isStem && other == b.words.count - 1
            switch (xStem, yStem) {
            case (false, false): return x == y
            case (true, false): return y.hasPrefix(x)
            case (false, true): return x.hasPrefix(y)
            case (true, true): return x.hasPrefix(y) || y.hasPrefix(x)
            }
        }

        var label: String { "'\(text)' (\(code)\(location.map { ", \($0)" } ?? ""))" }
    }

    func shapes() -> [Shape] {
        let tokenizer = Tokenizer()
        var shapes: [Shape] = []
        for definition in lexicon.codes {
            for term in definition.terms {
                guard case .phrase(let text) = term.pattern,
                    PhraseShape.problem(with: text, allowStem: true, tokenizer: tokenizer) == nil
                else { continue }
                let key = PhraseShape.key(text, tokenizer: tokenizer)
                let isStem = key.hasSuffix("*")
                let words = (isStem ? String(key.dropLast()) : key).split(separator: " ").map(String.init)
                guard !words.isEmpty else { continue }
                shapes.append(Shape(code: definition.code, text: text, words: words, isStem: isStem, location: term.location))
            }
        }
        return shapes
    }

    /// Terms that lie inside a longer term of another code: the longer one wins where it matches.
    func shadowedTerms() -> [LexiconDiagnostic] {
        let shapes = shapes()
        var byFirstWord: [String: [Int]] = [:]
        var stemFirst: [Int] = []
        for (index, shape) in shapes.enumerated() {
            if shape.isStem && shape.words.count == 1 { stemFirst.append(index) } else { byFirstWord[shape.words[0], default: []].append(index) }
        }
        var shadowedBy: [Int: [Int]] = [:]
        for (bIndex, b) in shapes.enumerated() where b.words.count >= 2 {
            for start in b.words.indices {
                let lastWordStem = b.isStem && start == b.words.count - 1
                var candidates = byFirstWord[b.words[start]] ?? []
                candidates += stemFirst
                if lastWordStem {
                    candidates += shapes.indices.filter { shapes[$0].words.count == 1 && shapes[$0].words[0].hasPrefix(b.words[start]) }
                }
                for aIndex in candidates where aIndex != bIndex {
                    let a = shapes[aIndex]
                    guard a.code != b.code, a.words.count < b.words.count, start + a.words.count <= b.words.count else { continue }
                    if a.words.indices.allSatisfy({ a.word($0, coMatches: start + $0, of: b) }),
                        shadowedBy[aIndex]?.contains(bIndex) != true
                    {
                        shadowedBy[aIndex, default: []].append(bIndex)
                    }
                }
            }
        }
        return shadowedBy.keys.sorted().map { aIndex in
            let a = shapes[aIndex]
            let longer = shadowedBy[aIndex]!
            let shown = longer.prefix(3).map { shapes[$0].label }.joined(separator: ", ")
            let more = longer.count > 3 ? " and \(longer.count - 3) more" : ""
            let subject = longer.count == 1 ? "the longer term \(shown), which wins" : "\(longer.count) longer terms of other codes: \(shown)\(more), which win"
            return LexiconDiagnostic(.warning,
                "term '\(a.text)' (\(a.code)) is inside \(subject) where \(longer.count == 1 ? "it matches" : "they match"), so \(a.code) is not coded there; check that is intended",
                at: a.location)
        }
    }

    /// The same phrase written twice under one code: the second copy never matches.
    func repeatedTerms() -> [LexiconDiagnostic] {
        var seen: [String: SourceLocation?] = [:]
        var diagnostics: [LexiconDiagnostic] = []
        for shape in shapes() {
            let key = "\(shape.code)\u{0}\(shape.words.joined(separator: " "))\(shape.isStem ? "*" : "")"
            if let first = seen[key] {
                diagnostics.append(LexiconDiagnostic(.warning,
                    "term '\(shape.text)' is written twice under '\(shape.code)' (first at \(first.map(\.description) ?? "?")); remove this copy",
                    at: shape.location))
            } else {
                seen[key] = shape.location
            }
        }
        return diagnostics
    }

    /// Wildcard stems short enough to match unrelated words.
    func shortStems() -> [LexiconDiagnostic] {
        shapes().compactMap { shape -> LexiconDiagnostic? in
            guard shape.isStem, let stem = shape.words.last, stem.count < options.minimumStemLetters else { return nil }
            var message = "stem '\(stem)*' in term '\(shape.text)' (\(shape.code)) has \(stem.count) letter\(stem.count == 1 ? "" : "s") and may match unrelated words; write the whole words, or a stem of at least \(options.minimumStemLetters) letters"
            if let vocabulary {
                let matched = vocabulary.words(startingWith: stem)
                if matched.isEmpty {
                    message += "; it matched no word of the corpus"
                } else {
                    let shown = matched.prefix(options.stemWordsShown).map { "\($0.word) (\($0.count))" }.joined(separator: ", ")
                    let more = matched.count > options.stemWordsShown ? ", …" : ""
                    message += "; in the corpus it matched \(matched.count) distinct word\(matched.count == 1 ? "" : "s"): \(shown)\(more)"
                }
            }
            return LexiconDiagnostic(.warning, message, at: shape.location)
        }
    }

    /// Regular expressions with no word every match must contain (``RegexAnchors``): each
    /// runs on every narrative, the costliest step of coding.
    func unanchoredRegexes() -> [LexiconDiagnostic] {
        lexicon.codes.flatMap { definition in
            definition.terms.compactMap { term -> LexiconDiagnostic? in
                guard case .regex(let source) = term.pattern, !source.isEmpty, RegexAnchors.sets(in: source).isEmpty
                else { return nil }
                return LexiconDiagnostic(.warning,
                    "regular expression /\(source)/ (\(definition.code)) has no word of three letters or more (or whole word of two) that every match must contain, so it runs on every narrative and slows coding; put a literal word outside optional groups, or write the phrases as terms",
                    at: term.location)
            }
        }
    }

    // MARK: Context

    func contextWarnings() -> [LexiconDiagnostic] {
        let rules = lexicon.context
        var diagnostics: [LexiconDiagnostic] = []
        for trigger in rules.triggers {
            if let scope = trigger.scope, scope > options.maximumScope {
                diagnostics.append(LexiconDiagnostic(.warning,
                    "\(trigger.kind.rawValue) trigger '\(trigger.phrase.text)' reaches \(scope) words; scopes over \(options.maximumScope) set aside words that have nothing to do with it; lower its scope",
                    at: trigger.phrase.location))
            }
        }
        let unscoped = rules.triggers.filter { $0.scope == nil }
        if rules.defaultScope > options.maximumScope && !unscoped.isEmpty {
            diagnostics.append(LexiconDiagnostic(.warning,
                "default_scope is \(rules.defaultScope) words, and \(unscoped.count) trigger\(unscoped.count == 1 ? " uses" : "s use") it; scopes over \(options.maximumScope) set aside unrelated words; lower default_scope",
                at: unscoped.first?.phrase.location))
        }
        if !rules.triggers.isEmpty && rules.terminators.isEmpty {
            let kinds = TriggerKind.allCases.filter { kind in rules.triggers.contains { $0.kind == kind } }.map(\.rawValue)
            diagnostics.append(LexiconDiagnostic(.warning,
                "the context rules have no terminators, so \(kinds.joined(separator: ", ")) triggers reach across 'but' and 'however' to the end of the clause; add terminators such as but, however, although",
                at: rules.triggers.first?.phrase.location))
        }
        return diagnostics
    }

    // MARK: Examples

    func exampleWarnings() -> [LexiconDiagnostic] {
        let known = Set(lexicon.codes.map(\.code))
        var diagnostics: [LexiconDiagnostic] = []
        for definition in lexicon.codes {
            let examples = definition.examples
            let id = definition.code
            if examples.isEmpty {
                diagnostics.append(LexiconDiagnostic(.warning,
                    "code '\(id)' has no examples; add at least \(options.minimumExamples) under 'examples:' (text and expect), one of them negated or set aside, so `triage lexicon test` can check it",
                    at: definition.location))
            } else {
                if examples.count < options.minimumExamples {
                    diagnostics.append(LexiconDiagnostic(.warning,
                        "code '\(id)' has \(examples.count) example\(examples.count == 1 ? "" : "s"); give it at least \(options.minimumExamples)",
                        at: definition.location))
                }
                let setAside = examples.contains { example in
                    guard let expected = example.expectations[id] else { return false }
                    return expected != .present
                }
                if !setAside {
                    diagnostics.append(LexiconDiagnostic(.warning,
                        "code '\(id)' has no example where it is negated, historical, hypothetical or absent; add one so a change that over-codes \(id) is caught",
                        at: definition.location))
                }
            }
            for example in examples {
                for code in example.expectations.keys.sorted() where !known.contains(code) {
                    diagnostics.append(LexiconDiagnostic(.warning,
                        "an example of '\(id)' expects code '\(code)', which the lexicon does not have; fix the code id",
                        at: example.location))
                }
            }
        }
        return diagnostics
    }
}
