/// Writes strings as YAML scalars: plain where YAML reads them back unchanged as
/// strings, double-quoted (escaped) otherwise.
enum YAMLScalar {
    /// Words YAML 1.1 reads as booleans or null when plain.
    static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"]
    static let indicators: Set<Character> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`"]
    static let flowIndicators: Set<Character> = [",", "[", "]", "{", "}"]

    /// `text` as a scalar; `flow` for one inside `[ ]` or `{ }`.
    static func scalar(_ text: String, flow: Bool = false) -> String {
        isPlainSafe(text, flow: flow) ? text : doubleQuoted(text)
    }

    static func isPlainSafe(_ text: String, flow: Bool) -> Bool {
        guard let first = text.first, let last = text.last else { return false }
        if first.isWhitespace || last.isWhitespace || indicators.contains(first) || last == ":" { return false }
        if reserved.contains(text.lowercased()) || looksNumeric(text) { return false }
        if text.contains(": ") || text.contains(" #") { return false }
        for scalar in text.unicodeScalars where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
            || scalar.value == 0xFEFF || scalar.value == 0x2028 || scalar.value == 0x2029 {
            return false
        }
        if flow && text.contains(where: { flowIndicators.contains($0) }) { return false }
        return true
    }

    /// Numbers, dates, times and the like, which YAML may not read back as strings.
    static func looksNumeric(_ text: String) -> Bool {
        if Double(text) != nil { return true }
        let lower = text.lowercased()
        if [".inf", "-.inf", "+.inf", ".nan"].contains(lower) || lower.hasPrefix("0x") || lower.hasPrefix("0o") { return true }
        guard let first = text.first, first.isNumber || first == "+" || first == "-" || first == "." else { return false }
        return text.allSatisfy { $0.isNumber || "_:.-+eE ".contains($0) }
    }

    /// A double-quoted scalar with `\` escapes.
    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar.value == 0xFEFF
                    || scalar.value == 0x2028 || scalar.value == 0x2029
                {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16, uppercase: true)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A regular expression: single-quoted (backslashes stay as written), or double-quoted
    /// when it holds characters single quotes cannot.
    static func regex(_ source: String) -> String {
        if source.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) }) {
            return doubleQuoted(source)
        }
        return "'" + source.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// A comment's text on one line.
    static func comment(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
