import TriageCore

extension LexiconLoader {
    /// The context file a plain term list is given.
    static let defaultContextInclude = "context/english.yaml"

    /// Loads a plain term list: one `code<TAB>term` row per line (or `code,term` in a
    /// `.csv`), a trailing `*` for a stem, an optional third column with the code's default
    /// level, `#` comments and an optional `code,term` header. The list gets the shipped
    /// English context triggers, so its terms are negated, historical or hypothetical as a
    /// YAML lexicon's would be.
    func loadTermList(text: String, path: String) throws(LexiconError) -> Lexicon {
        var diagnostics: [LexiconDiagnostic] = []
        var order: [Code] = []
        var definitions: [Code: CodeDefinition] = [:]
        let separator: Character = path.lowercased().hasSuffix(".csv") ? "," : "\t"
        var lineNumber = 0
        // "\r\n" is one Character in Swift, so split on any line break, not on "\n".
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if String(line).trimmingWhitespace().isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: separator, omittingEmptySubsequences: false)
                .map { String($0).trimmingWhitespace().trimmingQuotes() }
            let location = SourceLocation(file: path, line: lineNumber, column: 1)
            if lineNumber == 1 && columns.first?.lowercased() == "code" { continue }
            guard columns.count >= 2, !columns[0].isEmpty else {
                diagnostics.append(LexiconDiagnostic(.error,
                    "expected 'code\(separator == "\t" ? "<TAB>" : ",")term' (and optionally a level), found \(columns.count) column\(columns.count == 1 ? "" : "s")",
                    at: location))
                continue
            }
            let code = Code(columns[0])
            if definitions[code] == nil {
                order.append(code)
                definitions[code] = CodeDefinition(code: code, name: columns[0], defaultLevel: .yellow, terms: [], location: location)
            }
            if columns.count >= 3, !columns[2].isEmpty {
                if let level = Level(rawValue: columns[2].lowercased()) {
                    definitions[code]!.defaultLevel = level
                } else {
                    diagnostics.append(LexiconDiagnostic(.error,
                        "unknown level '\(columns[2])'; use blue, green, yellow, orange or red, or leave the column empty",
                        at: SourceLocation(file: path, line: lineNumber)))
                }
            }
            definitions[code]!.terms.append(Term(.phrase(columns[1]), location: location))
        }
        let contextPath = Self.resolve(Self.defaultContextInclude, relativeTo: path)
        var contextReader = YAMLLexiconReader(path: contextPath)
        contextReader.readLexicon(text: try readFile(contextPath, includedFrom: SourceLocation(file: path)))
        diagnostics += contextReader.diagnostics
        let lexicon = Lexicon(
            name: Self.baseName(path), version: "list", codes: order.map { definitions[$0]! },
            context: contextReader.context ?? ContextRules(), source: path)
        let all = diagnostics + lexicon.validationDiagnostics()
        if all.contains(where: { $0.severity == .error }) { throw .invalid(all) }
        return lexicon
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let first = s.first, first.isWhitespace { s.removeFirst() }
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return String(s)
    }

    func trimmingQuotes() -> String {
        if count >= 2, hasPrefix("\""), hasSuffix("\"") {
            return String(dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
        }
        return self
    }

    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
