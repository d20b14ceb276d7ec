/// Reads a LIWC `.dic`: `%`, a legend of `id<TAB>category` lines, `%`, then one
/// `term<TAB>id id …` line per term.
///
/// Tolerant of the files found in the wild: spaces instead of tabs, Windows line ends,
/// blank lines, text before the legend, a legend never closed, category names in place
/// of ids, undefined ids, terms with no category, LIWC2007 conditional entries
/// (`like	(02 134)131/125`). Each irregularity is a note with its line number; the rest is
/// imported.
enum LIWCDicReader {
    static func read(_ text: String, into builder: inout DictionaryBuilder) throws(DictionaryImportError) {
        let lines = DictionaryText.lines(text)
        guard let open = lines.firstIndex(where: { $0.text.trimmed == "%" }) else {
            throw .noLegend(path: builder.path)
        }
        for line in lines[..<open] where !line.text.trimmed.isEmpty {
            builder.note(.malformedLine, "text before the '%' that opens the category legend is ignored", line: line.number)
        }
        var ids: [String: Int] = [:]
        var names: [String: Int] = [:]
        // The legend runs to the second '%'; when there is none, while lines look like "id name".
        let close = lines[(open + 1)...].firstIndex { $0.text.trimmed == "%" }
        if close == nil {
            builder.note(.malformedLine, "the category legend is not closed by a second '%' line; it is read while lines look like 'id<TAB>category', the rest as terms", line: lines[open].number)
        }
        var index = open + 1
        while index < (close ?? lines.count) {
            let (number, raw) = lines[index]
            let line = raw.trimmed
            let fields = Self.fields(raw)
            if close == nil, !line.isEmpty, fields.count < 2 || Int(fields[0]) == nil { break }
            index += 1
            if line.isEmpty { continue }
            guard fields.count >= 2 else {
                builder.note(.malformedLine, "legend line '\(line)' is not 'id<TAB>category'; skipped", line: number)
                continue
            }
            let id = fields[0]
            var name = fields[1]
            var label = fields.count > 2 ? fields[2...].joined(separator: " ") : nil
            if let paren = name.firstIndex(of: "("), paren > name.startIndex {  // "function (Function Words)"
                label = String(name[paren...])
                name = String(name[..<paren]).trimmed
            }
            label = label?.trimming("()").trimmed
            if let existing = ids[id] {
                builder.note(.duplicate, "category id \(id) is defined again (first as '\(builder.categories[existing].path)'); this line is skipped", line: number)
                continue
            }
            let category = builder.category(name, label: (label?.isEmpty ?? true) ? nil : label, line: number)
            ids[id] = category
            names[name.lowercased()] = category
            builder.commentOnCategory(category, "LIWC category \(id)")
        }
        if close != nil { index += 1 }
        if ids.isEmpty { throw .nothingImported(path: builder.path, notes: builder.notes) }
        // The terms.
        while index < lines.count {
            let (number, raw) = lines[index]
            index += 1
            let line = raw.trimmed
            if line.isEmpty { continue }
            if line == "%" {
                builder.note(.malformedLine, "a third '%' line is ignored", line: number)
                continue
            }
            let term: String
            let tokens: [String]
            if raw.contains("\t") {
                let parts = raw.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
                term = String(parts[0]).trimmed
                tokens = parts.count > 1 ? parts[1].split(whereSeparator: \.isWhitespace).map(String.init) : []
            } else {
                // No tab: the trailing words that name categories are the ids.
                let words = raw.split(whereSeparator: \.isWhitespace).map(String.init)
                var split = words.count
                while split > 1, Self.looksLikeCategory(words[split - 1], ids: ids) { split -= 1 }
                term = words[..<split].joined(separator: " ")
                tokens = Array(words[split...])
                if !tokens.isEmpty {
                    builder.note(.malformedLine, "no tab between the term and its categories; read as term '\(term)' with categories \(tokens.joined(separator: " "))", line: number)
                }
            }
            if term.isEmpty {
                builder.note(.malformedLine, "line has categories but no term; skipped", line: number)
                continue
            }
            var categories: [Int] = []
            var conditional: [String] = []
            for token in tokens {
                if let category = ids[token] ?? names[token.lowercased()] {
                    if !categories.contains(category) { categories.append(category) }
                } else if token.contains(where: { "()/<>".contains($0) }) {
                    conditional.append(token)
                } else {
                    builder.note(.unknownCategory, "term '\(term)' names category '\(token)', which the legend does not define; that category is dropped", line: number)
                }
            }
            if !conditional.isEmpty {
                builder.note(.unsupportedFeature,
                    "term '\(term)' has the LIWC conditional rule '\(conditional.joined(separator: " "))', which lexicons cannot express; only its plain categories are kept",
                    line: number)
            }
            if term.hasPrefix("<") || term.contains("(?") {
                builder.note(.unsupportedFeature, "term '\(term)' looks like a LIWC-22 regular-expression or special entry; imported as written, check it", line: number)
            }
            if categories.isEmpty {
                builder.note(.unknownCategory, "term '\(term)' has no category it can be kept under; skipped", line: number)
                continue
            }
            builder.add(term, to: categories, line: number)
        }
    }

    /// A line's fields, split on tabs (or on white space when it has none).
    static func fields(_ line: Substring) -> [String] {
        let parts = line.contains("\t") ? line.split(separator: "\t") : line.split(whereSeparator: \.isWhitespace)
        return parts.map { String($0).trimmed }.filter { !$0.isEmpty }
    }

    /// True for a word that can only be a category id (names are not guessed here: "my
    /// family 3" keeps "family" in the term).
    static func looksLikeCategory(_ word: String, ids: [String: Int]) -> Bool {
        ids[word] != nil || word.allSatisfy(\.isNumber)
    }
}

extension StringProtocol {
    /// Without leading and trailing white space.
    var trimmed: String {
        var s = Substring(self)
        while let first = s.first, first.isWhitespace { s.removeFirst() }
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return String(s)
    }

    /// Without leading and trailing characters from `set`.
    func trimming(_ set: String) -> String {
        var s = Substring(self)
        while let first = s.first, set.contains(first) { s.removeFirst() }
        while let last = s.last, set.contains(last) { s.removeLast() }
        return String(s)
    }
}
