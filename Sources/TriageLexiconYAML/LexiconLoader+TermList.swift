import TriageCore

extension LexiconLoader {
    /// The context file a plain term list is given.
    static let defaultContextInclude = "context/english.yaml"

    /// Loads a plain term list: one `code<TAB>term` row per line (or `code,term` in a
    /// `.csv`), a trailing `*` for a stem, an optional third column with the code's default
    /// level, `#` comments and an optional `code,term` header. The list gets the shipped
    /// English context triggers, so its terms are negated, historical or hypothetical as a
    /// YAML lexicon's would be.
    func loadTermList(text: String, path: String) throws(LexiconError) -> ValidatedLexicon {
        var diagnostics: [LexiconDiagnostic] = []
        var order: [Code] = []
        var definitions: [Code: CodeDefinition] = [:]
        let separator: UInt8 = path.lowercased().hasSuffix(".csv") ? UInt8(ascii: ",") : UInt8(ascii: "\t")
        var lineNumber = 0
        for line in Self.lines(of: text) {
            lineNumber += 1
            if String(line).trimmingWhitespace().isEmpty || line.hasPrefix("#") { continue }
            let columns: [String]
            switch Self.fields(of: line, separator: separator) {
            case .success(let fields):
                columns = fields.map { $0.trimmingWhitespace() }
            case .failure(let unclosed):
                diagnostics.append(LexiconDiagnostic(.error,
                    "a quoted cell is not closed; end it with '\"' (a quote inside a quoted cell is written '\"\"')",
                    at: SourceLocation(file: path, line: lineNumber, column: unclosed.column)))
                continue
            }
            let location = SourceLocation(file: path, line: lineNumber, column: 1)
            if lineNumber == 1 && columns.first?.lowercased() == "code" { continue }
            guard columns.count >= 2, !columns[0].isEmpty else {
                diagnostics.append(LexiconDiagnostic(.error,
                    "expected 'code\(separator == UInt8(ascii: "\t") ? "<TAB>" : ",")term' (and optionally a level), found \(columns.count) column\(columns.count == 1 ? "" : "s")",
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
        let checks = lexicon.validationDiagnostics()
        let all = diagnostics + checks
        if all.contains(where: { $0.severity == .error }) { throw .invalid(all) }
        return ValidatedLexicon(checked: lexicon, warnings: checks)
    }
}

extension LexiconLoader {
    /// The cells of one term-list line, split at `separator` (a tab or a comma) on the
    /// line's UTF-8 bytes, as a spreadsheet writes them: a cell may be quoted (`"rent,
    /// council tax arrears"`), a quote inside a quoted cell is doubled, and spaces around a
    /// quoted cell are dropped. Fails with the 1-based column (in Characters) of a quote
    /// that is never closed.
    static func fields(of line: Substring, separator: UInt8) -> Result<[String], UnclosedQuote> {
        var line = line
        return line.withUTF8 { bytes in
            // Most lines have no quote: split them at the separator and nothing else.
            if !bytes.contains(UInt8(ascii: "\"")) {
                return .success(bytes.split(separator: separator, omittingEmptySubsequences: false)
                    .map { String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self) })
            }
            return quotedFields(of: bytes, separator: separator)
        }
    }

    /// ``fields(of:separator:)`` for a line with a quote in it.
    private static func quotedFields(of bytes: UnsafeBufferPointer<UInt8>, separator: UInt8) -> Result<[String], UnclosedQuote> {
        let quote = UInt8(ascii: "\"")
        var fields: [String] = []
        var cell: [UInt8] = []
        var quoted = false  // inside a quoted cell
        var wasQuoted = false  // the cell had a quoted part: blanks after it are dropped
        var opened = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == quote {
                    if index + 1 < bytes.count && bytes[index + 1] == quote {
                        cell.append(quote)
                        index += 2
                        continue
                    }
                    quoted = false
                } else {
                    cell.append(byte)
                }
            } else if byte == separator {
                fields.append(String(decoding: cell, as: UTF8.self))
                cell.removeAll(keepingCapacity: true)
                wasQuoted = false
            } else if byte == quote && !wasQuoted && cell.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                cell.removeAll(keepingCapacity: true)
                quoted = true
                wasQuoted = true
                opened = index
            } else if !(wasQuoted && (byte == 0x20 || byte == 0x09)) {
                cell.append(byte)
            }
            index += 1
        }
        if quoted {
            let before = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<opened]), as: UTF8.self)
            return .failure(UnclosedQuote(column: before.count + 1))
        }
        fields.append(String(decoding: cell, as: UTF8.self))
        return .success(fields)
    }

    /// A quoted cell left open, at a 1-based column of its line.
    struct UnclosedQuote: Error {
        var column: Int
    }

    /// The lines of `text`, split at every line break Swift knows (`\n`, `\r\n`, `\r`,
    /// vertical tab, form feed, U+0085, U+2028, U+2029), found in its UTF-8 bytes: a term
    /// list of thousands of lines splits without breaking the text into Characters.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            var breakLength = 0
            switch byte {
            case 0x0A, 0x0B, 0x0C:
                breakLength = 1
            case 0x0D:
                let next = utf8.index(after: index)
                breakLength = next != utf8.endIndex && utf8[next] == 0x0A ? 2 : 1
            case 0xC2:
                let next = utf8.index(after: index)
                if next != utf8.endIndex && utf8[next] == 0x85 { breakLength = 2 }
            case 0xE2:
                let second = utf8.index(after: index)
                if second != utf8.endIndex && utf8[second] == 0x80 {
                    let third = utf8.index(after: second)
                    if third != utf8.endIndex && (utf8[third] == 0xA8 || utf8[third] == 0xA9) { breakLength = 3 }
                }
            default:
                break
            }
            if breakLength == 0 {
                index = utf8.index(after: index)
                continue
            }
            lines.append(text[start..<index])
            index = utf8.index(index, offsetBy: breakLength)
            start = index
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }
}

extension String {
    func trimmingWhitespace() -> String {
        // Fast path: nothing to trim when both ends are visible ASCII.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return self }
        var s = Substring(self)
        while let first = s.first, first.isWhitespace { s.removeFirst() }
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return String(s)
    }


    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
