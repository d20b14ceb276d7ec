extension Lexicon {
    /// Every problem the loader rejects a lexicon for, all at once, in file order.
    ///
    /// Errors: a duplicate or empty code id, an empty term, a term with no words, a `*`
    /// anywhere but the end of a term or after fewer than two letters, an invalid regular
    /// expression, the same term under two codes, an empty trigger, cue or exclusion, a
    /// scope below 1.
    public func validationDiagnostics() -> [LexiconDiagnostic] {
        var diagnostics: [LexiconDiagnostic] = []
        let tokenizer = Tokenizer()
        var seenCodes: [Code: SourceLocation?] = [:]
        var termOwner: [String: (Code, SourceLocation?)] = [:]
        termOwner.reserveCapacity(codes.reduce(0) { $0 + $1.terms.count })

        func error(_ message: String, _ location: SourceLocation?) {
            diagnostics.append(LexiconDiagnostic(.error, message, at: location))
        }

        if codes.isEmpty { error("the lexicon has no codes; add at least one under 'codes:'", nil) }
        let routedTo = Set(codes.lazy.filter(\.hasRoutes).flatMap(\.routeTargets))
        let known = Set(codes.map(\.code))
        for definition in codes {
            let id = definition.code.rawValue
            if id.trimmingWhitespace().isEmpty {
                error("a code has an empty id; give every code an 'id:' such as FIN", definition.location)
            } else if let first = seenCodes[definition.code] {
                error("duplicate code id '\(id)' (first defined at \(first.map(\.description) ?? "?")); give each code its own id or merge the two",
                    definition.location)
            } else {
                seenCodes[definition.code] = definition.location
            }
            let reachedByRoute = routedTo.contains(definition.code)
            if definition.terms.isEmpty && !definition.assignedWhenNonePresent && !reachedByRoute {
                diagnostics.append(LexiconDiagnostic(.warning, "code '\(id)' has no terms: it can never be found", at: definition.location))
            }
            for term in definition.terms {
                switch term.pattern {
                case .phrase(let text):
                    let shape = PhraseShape.check(text, allowStem: true, tokenizer: tokenizer)
                    if let problem = shape.problem {
                        error("term '\(text)' of code '\(id)': \(problem)", term.location)
                        continue
                    }
                    let key = shape.key
                    if let (owner, location) = termOwner[key], owner != definition.code {
                        error("term '\(text)' is under both '\(owner)' (\(location.map(\.description) ?? "?")) and '\(id)'; a term may belong to one code only: keep it under one, or make the two phrases differ",
                            term.location)
                    } else {
                        termOwner[key] = (definition.code, term.location)
                    }
                case .regex(let source):
                    if source.isEmpty {
                        error("empty regular expression under code '\(id)'; remove it or write a pattern", term.location)
                    } else if let problem = RegexTerm.compileProblem(source) {
                        error("invalid regular expression /\(source)/ under code '\(id)': \(problem)", term.location)
                    }
                }
            }
            for case let (_, target?) in definition.routes where !known.contains(target) {
                error("code '\(id)' routes to '\(target)', which is not a code of this lexicon; fix the id", definition.location)
            }
            for term in definition.terms {
                for case let (_, target?) in term.routes ?? [:] where !known.contains(target) {
                    error("term '\(term.display)' of code '\(id)' routes to '\(target)', which is not a code of this lexicon; fix the id",
                        term.location)
                }
                for other in term.yieldsTo where !known.contains(other) || other == definition.code {
                    error(other == definition.code
                        ? "term '\(term.display)' of code '\(id)' yields to its own code; remove '\(other)' from its yields_to"
                        : "term '\(term.display)' of code '\(id)' yields to '\(other)', which is not a code of this lexicon; fix the id or remove it",
                        term.location)
                }
            }
            for other in definition.yieldsTo where !known.contains(other) {
                error("code '\(id)' yields to '\(other)', which is not a code of this lexicon; fix the id or remove it", definition.location)
            }
            for exclusion in definition.exclusions {
                if let problem = PhraseShape.problem(with: exclusion.text, allowStem: true, tokenizer: tokenizer) {
                    error("exclusion '\(exclusion.text)' of code '\(id)': \(problem)", exclusion.location)
                }
            }
        }
        for cue in experiencers.cues {
            if let problem = PhraseShape.problem(with: cue.phrase.text, allowStem: true, tokenizer: tokenizer) {
                error("experiencer cue '\(cue.phrase.text)': \(problem)", cue.phrase.location)
            }
        }
        for phrase in ignore {
            if let problem = PhraseShape.problem(with: phrase.text, allowStem: true, tokenizer: tokenizer) {
                error("ignore phrase '\(phrase.text)': \(problem)", phrase.location)
            }
        }
        for cue in levelCues {
            if let problem = PhraseShape.problem(with: cue.phrase.text, allowStem: true, tokenizer: tokenizer) {
                error("level cue '\(cue.phrase.text)': \(problem)", cue.phrase.location)
            }
        }
        diagnostics += context.validationDiagnostics(tokenizer: tokenizer)
        return diagnostics
    }
}

extension ContextRules {
    func validationDiagnostics(tokenizer: Tokenizer) -> [LexiconDiagnostic] {
        var diagnostics: [LexiconDiagnostic] = []
        if defaultScope < 1 {
            diagnostics.append(LexiconDiagnostic(.error, "default scope \(defaultScope) is below 1; a trigger must reach at least one word", at: nil))
        }
        for trigger in triggers {
            if let problem = PhraseShape.problem(with: trigger.phrase.text, allowStem: false, tokenizer: tokenizer) {
                diagnostics.append(LexiconDiagnostic(.error, "\(trigger.kind.rawValue) trigger '\(trigger.phrase.text)': \(problem)", at: trigger.phrase.location))
            }
            if let scope = trigger.scope, scope < 1 {
                diagnostics.append(LexiconDiagnostic(.error, "trigger '\(trigger.phrase.text)' has scope \(scope); give a scope of 1 or more words", at: trigger.phrase.location))
            }
        }
        for phrase in pseudoTriggers + terminators + forwardTerminators {
            if let problem = PhraseShape.problem(with: phrase.text, allowStem: false, tokenizer: tokenizer) {
                diagnostics.append(LexiconDiagnostic(.error, "'\(phrase.text)': \(problem)", at: phrase.location))
            }
        }
        return diagnostics
    }
}

/// How phrases are written in lexicons: whole words, with an optional trailing `*`.
enum PhraseShape {
    /// What is wrong with a phrase, or nil when it is well formed.
    static func problem(with text: String, allowStem: Bool, tokenizer: Tokenizer) -> String? {
        check(text, allowStem: allowStem, tokenizer: tokenizer).problem
    }

    /// What is wrong with a phrase (nil when it is well formed) and, when nothing is,
    /// its normalised form (see ``key(_:tokenizer:)``), from one tokenisation.
    static func check(_ text: String, allowStem: Bool, tokenizer: Tokenizer) -> (problem: String?, key: String) {
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty { return ("it is empty; remove it or write the words to match", "") }
        var stars = 0
        for byte in trimmed.utf8 where byte == UInt8(ascii: "*") { stars += 1 }
        if stars > 0 {
            if !allowStem { return ("'*' wildcards are not allowed here; write the whole words", "") }
            if stars > 1 || !trimmed.hasSuffix("*") {
                return ("'*' may only end a term (a stem such as 'truan*'); split it into separate terms", "")
            }
        }
        let body = stars > 0 ? String(trimmed.dropLast()) : trimmed
        if let plain = plainWords(body, stem: stars > 0) { return plain }
        let words = tokenizer.tokenize(body)
        let wordTokens = words.tokens.filter(\.isWordLike)
        if wordTokens.isEmpty { return ("it has no words or numbers to match", "") }
        if stars > 0 {
            guard let last = body.last, !last.isWhitespace else { return ("'*' must follow a stem directly, as in 'truan*'", "") }
            let stem = words.normalizedText(of: wordTokens[wordTokens.count - 1])
            if stem.count < 2 { return ("the stem before '*' is '\(stem)'; a stem needs at least 2 letters", "") }
        }
        return (nil, wordTokens.map { words.normalizedText(of: $0) }.joined(separator: " ") + (stars > 0 ? "*" : ""))
    }

    /// ``check(_:allowStem:tokenizer:)`` for the usual phrase, ASCII letters and spaces
    /// only, without the tokeniser (which would split and fold it the same way); nil for
    /// any other phrase.
    private static func plainWords(_ body: String, stem: Bool) -> (problem: String?, key: String)? {
        guard var key = plainKey(body) else { return nil }
        if key.isEmpty { return ("it has no words or numbers to match", "") }
        if stem {
            if body.utf8.last == 0x20 { return ("'*' must follow a stem directly, as in 'truan*'", "") }
            let lastWord = key.split(separator: 0x20).last ?? []
            if lastWord.count < 2 {
                return ("the stem before '*' is '\(String(decoding: lastWord, as: UTF8.self))'; a stem needs at least 2 letters", "")
            }
            key.append(UInt8(ascii: "*"))
        }
        return (nil, String(decoding: key, as: UTF8.self))
    }

    /// The words of a phrase made of ASCII letters and spaces only, case-folded and joined
    /// by single spaces, as the tokeniser would split and fold them (empty when it has no
    /// words); nil for any other phrase.
    static func plainKey(_ body: String) -> [UInt8]? {
        var body = body
        return body.withUTF8 { bytes in
            var key: [UInt8] = []
            key.reserveCapacity(bytes.count + 1)
            var inWord = false
            for byte in bytes {
                if byte == 0x20 {
                    inWord = false
                    continue
                }
                guard (byte | 0x20) &- 0x61 < 26 else { return nil }
                if !inWord {
                    if !key.isEmpty { key.append(0x20) }
                    inWord = true
                }
                key.append(byte | 0x20)
            }
            return key
        }
    }

    /// The normalised form of a phrase, for detecting the same term written twice.
    static func key(_ text: String, tokenizer: Tokenizer) -> String {
        let trimmed = text.trimmingWhitespace()
        let stem = trimmed.hasSuffix("*")
        let body = stem ? String(trimmed.dropLast()) : trimmed
        let tokenized = tokenizer.tokenize(body)
        return tokenized.tokens.filter(\.isWordLike).map { tokenized.normalizedText(of: $0) }.joined(separator: " ")
            + (stem ? "*" : "")
    }
}

extension String {
    /// The string without leading and trailing white space (no Foundation needed).
    func trimmingWhitespace() -> String {
        // Fast path: nothing to trim when both ends are visible ASCII.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return self }
        var s = Substring(self)
        while let first = s.first, first.isWhitespace { s.removeFirst() }
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return String(s)
    }
}
