import TriageCore

/// Turns a dictionary entry written with wildcards into a lexicon term.
///
/// A trailing `*` after a stem of two or more letters is a lexicon stem (`anxi*`). Any
/// other wildcard — `*` inside or before a word, quanteda's `?` for one character, a
/// stem shorter than two letters — has no phrase form and becomes a regular expression
/// over the original text (`un*paid` → `\bun\w*paid\b`).
enum GlobPattern {
    enum Conversion: Equatable {
        case phrase(String)
        case regex(String)
        /// The entry has no letters or numbers (":)"), so no words can match it.
        case unmatchable
    }

    /// Characters that mean something in a regular expression.
    static let regexSpecials: Set<Character> = ["\\", "^", "$", ".", "|", "?", "*", "+", "(", ")", "[", "]", "{", "}"]

    /// - Parameter questionMarkIsWildcard: quanteda globs use `?` for one character; LIWC's do not.
    static func convert(_ raw: String, questionMarkIsWildcard: Bool) -> Conversion {
        let text = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard text.contains(where: { $0.isLetter || $0.isNumber }) else { return .unmatchable }
        let isWildcard: (Character) -> Bool = { $0 == "*" || (questionMarkIsWildcard && $0 == "?") }
        let wildcards = text.filter(isWildcard)
        if wildcards.isEmpty { return .phrase(text) }
        if wildcards == "*", text.hasSuffix("*") {
            let stem = text.dropLast().split(separator: " ").last ?? ""
            if stem.filter({ $0.isLetter || $0.isNumber }).count >= 2, stem.last.map({ !$0.isWhitespace }) ?? false {
                return .phrase(text)
            }
        }
        return .regex(regex(for: text, isWildcard: isWildcard))
    }

    /// The glob as a regular expression: `*` is any run of word characters, `?` one, spaces
    /// any white space, word boundaries at both ends.
    static func regex(for text: String, isWildcard: (Character) -> Bool) -> String {
        func isWordEdge(_ c: Character?) -> Bool { c.map { $0.isLetter || $0.isNumber || isWildcard($0) } ?? false }
        var out = isWordEdge(text.first) ? "\\b" : ""
        for c in text {
            if c == "*" && isWildcard(c) {
                out += "\\w*"
            } else if isWildcard(c) {
                out += "\\w"
            } else if c == " " {
                out += "\\s+"
            } else if regexSpecials.contains(c) {
                out += "\\\(c)"
            } else {
                out.append(c)
            }
        }
        if isWordEdge(text.last) { out += "\\b" }
        return out
    }

    /// The form used to find the same term written twice: words case-folded as the
    /// matcher sees them (hyphens and slashes are spaces), a trailing `*` kept.
    static func key(_ conversion: Conversion, tokenizer: Tokenizer) -> String {
        switch conversion {
        case .unmatchable: return ""
        case .regex(let source): return "/\(source)/"
        case .phrase(let text):
            let stem = text.hasSuffix("*")
            let tokenized = tokenizer.tokenize(stem ? String(text.dropLast()) : text)
            return tokenized.tokens.filter(\.isWordLike).map { tokenized.normalizedText(of: $0) }.joined(separator: " ")
                + (stem ? "*" : "")
        }
    }
}
