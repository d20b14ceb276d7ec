/// Finds who each mention of a narrative concerns, from the lexicon's experiencer cues,
/// ages in brackets ("Kyle (15)", "Gran (Pat, 61)") and names seen with an age (see
/// ``ExperiencerRules``).
struct ExperiencerResolver {
    private var cues: [(token: Int, who: Experiencer)] = []
    private let sentence: [Int]
    private let words: [Int]
    /// How many words back a cue in the mention's own sentence may be.
    static let window = 8

    init(text: TokenizedText, matches: [PhraseMatch], compiled: CompiledLexicon) {
        let rules = compiled.lexicon.experiencers
        var sentence = [Int](repeating: 0, count: text.tokens.count + 1)
        for (i, token) in text.tokens.enumerated() {
            sentence[i + 1] = sentence[i] + (token.boundary == .sentence ? 1 : 0)
        }
        self.sentence = sentence
        var words = [Int](repeating: 0, count: text.tokens.count + 1)
        for (i, token) in text.tokens.enumerated() { words[i + 1] = words[i] + (token.isWordLike ? 1 : 0) }
        self.words = words
        var found: [(Int, Experiencer)] = []
        for match in matches {
            if let payload = compiled.subjects.payloads(at: match.node).first {
                found.append((Int(match.first), rules.cues[Int(payload)].experiencer))
            }
        }
        // Ages in brackets, and the names they follow.
        var names: [String: Experiencer] = [:]
        let tokens = text.tokens
        func isName(_ index: Int) -> Bool {
            index >= 0 && tokens[index].kind == .word && (text.originalText(of: tokens[index]).first?.isUppercase ?? false)
        }
        for (i, token) in tokens.enumerated() where token.kind == .number {
            let raw = text.normalizedText(of: token)
            let inner: Substring
            let name: Int
            if raw.hasPrefix("("), raw.hasSuffix(")") {
                inner = raw.dropFirst().dropLast()  // "Kyle (15)"
                name = i - 1
            } else if i >= 3, i + 1 < tokens.count, tokens[i + 1].boundary == .bracket, tokens[i - 1].boundary == .comma,
                tokens[i - 3].boundary == .bracket
            {
                inner = Substring(raw)  // "Gran (Pat, 61)"
                name = i - 2
            } else {
                continue
            }
            let digits = inner.prefix { $0.isNumber }
            guard !digits.isEmpty, digits.count <= 3, let value = Int(digits) else { continue }
            let unit = inner.dropFirst(digits.count)
            let who: Experiencer = (unit.hasPrefix("m") || value < rules.adultAge) ? .child : .parent
            found.append((i, who))
            if isName(name) { names[text.normalizedText(of: tokens[name])] = who }
        }
        if !names.isEmpty {
            for (i, token) in tokens.enumerated() where token.kind == .word {
                if let who = names[text.normalizedText(of: token)], i + 1 >= tokens.count || tokens[i + 1].kind != .number {
                    found.append((i, who))
                }
            }
        }
        cues = found.sorted { $0.0 < $1.0 }.map { (token: $0.0, who: $0.1) }
    }

    /// Who the mention at tokens `span` concerns, or nil when nothing says: the nearest cue
    /// up to ``window`` words before it in its sentence (or a cue inside the mention itself,
    /// as "CAMHS" is); else the last cue of an earlier sentence; else a cue further back in
    /// its own sentence.
    func experiencer(of span: Range<Int>) -> Experiencer? {
        let s = sentence[span.lowerBound]
        var near: Experiencer?
        var far: Experiencer?
        var earlier: Experiencer?
        for cue in cues {
            guard cue.token < span.upperBound else { break }
            if sentence[cue.token] < s {
                earlier = cue.who
            } else if words[span.lowerBound] - words[cue.token] <= Self.window {
                near = cue.who
            } else {
                far = cue.who
            }
        }
        return near ?? earlier ?? far
    }
}
