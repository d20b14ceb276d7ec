import TriageCore

/// Collects a dictionary's categories and terms as a reader finds them, then turns them
/// into a lexicon, noting everything that cannot be carried over.
struct DictionaryBuilder {
    struct Category {
        /// The code it becomes: the category name, nested names joined by `/`.
        var path: String
        /// A longer label when the dictionary gives one ("Function Words").
        var label: String?
        var location: SourceLocation
        /// Comments written above the code.
        var comments: [String] = []
    }

    struct Entry {
        var text: String
        var categories: [Int]
        var location: SourceLocation
        var comments: [String]
    }

    let path: String
    let format: DictionaryFormat
    private(set) var categories: [Category] = []
    private var categoryByPath: [String: Int] = [:]
    private var entries: [Entry] = []
    private var entryByText: [String: Int] = [:]
    var notes: [ImportNote] = []

    init(path: String, format: DictionaryFormat) {
        self.path = path
        self.format = format
    }

    func location(line: Int) -> SourceLocation { SourceLocation(file: path, line: line) }

    mutating func note(_ kind: ImportNote.Kind, _ message: String, line: Int) {
        notes.append(ImportNote(kind, message, at: location(line: line)))
    }

    /// The category at `path`, added if new (a second definition is noted and merged).
    @discardableResult
    mutating func category(_ path: String, label: String? = nil, line: Int) -> Int {
        if let existing = categoryByPath[path] {
            note(.duplicate, "category '\(path)' is defined again (first at line \(categories[existing].location.line)); its terms are merged into one code", line: line)
            return existing
        }
        categories.append(Category(path: path, label: label, location: location(line: line)))
        categoryByPath[path] = categories.count - 1
        return categories.count - 1
    }

    /// The index of an existing category by its path, if any.
    func categoryIndex(_ path: String) -> Int? { categoryByPath[path] }

    mutating func commentOnCategory(_ index: Int, _ comment: String) {
        categories[index].comments.append(comment)
    }

    /// Adds `text` to `categories` (a term written twice has its categories merged, noted).
    mutating func add(_ text: String, to categories: [Int], line: Int, comments: [String] = []) {
        let trimmed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let key = trimmed.lowercased()
        if let existing = entryByText[key] {
            let before = entries[existing].categories
            let added = categories.filter { !before.contains($0) }
            // Listing a term under a second key is how quanteda puts it in two categories.
            if format != .quantedaYAML || added.isEmpty { note(.duplicate, "term '\(trimmed)' is written again (first at line \(entries[existing].location.line))\(added.isEmpty ? "" : "; its categories are merged")", line: line) }
            entries[existing].categories += added
            entries[existing].comments += comments
            return
        }
        entryByText[key] = entries.count
        entries.append(Entry(text: trimmed, categories: categories, location: location(line: line), comments: comments))
    }

    /// The lexicon, and the comments to write after terms and above codes.
    mutating func build(name: String, defaultLevel: Level) -> (Lexicon, terms: [Code: [Int: String]], codes: [Code: [String]]) {
        let tokenizer = Tokenizer()
        var termsByCategory = [[Term]](repeating: [], count: categories.count)
        var comments = [[Int: String]](repeating: [:], count: categories.count)
        var seenKeys: [String: (category: Int, line: Int)] = [:]
        for entry in entries {
            guard let kept = keptCategory(entry.categories) else { continue }
            var termComments = entry.comments
            if entry.categories.count > 1 {
                let others = entry.categories.filter { $0 != kept }.map { categories[$0].path }
                note(.severalCategories,
                    "term '\(entry.text)' is in \(entry.categories.count) categories; kept under '\(categories[kept].path)' (the most specific, else the last), not under \(others.map { "'\($0)'" }.joined(separator: ", ")): a term belongs to one code",
                    line: entry.location.line)
                termComments.append("also in \(others.joined(separator: ", ")) (not carried over)")
            }
            let conversion = GlobPattern.convert(entry.text, questionMarkIsWildcard: format == .quantedaYAML)
            let pattern: Term.Pattern
            switch conversion {
            case .unmatchable:
                note(.unmatchable, "term '\(entry.text)' has no letters or numbers, which words cannot match; skipped", line: entry.location.line)
                continue
            case .phrase(let text):
                pattern = .phrase(text)
            case .regex(let source):
                note(.wildcard, "term '\(entry.text)' uses a wildcard that lexicon phrases cannot express (only a trailing '*' after 2 or more letters); written as the regular expression /\(source)/, which matches the original text", line: entry.location.line)
                termComments.append("was \(entry.text)")
                pattern = .regex(source)
            }
            let key = GlobPattern.key(conversion, tokenizer: tokenizer)
            if let first = seenKeys[key] {
                note(.duplicate, "term '\(entry.text)' matches the same words as a term at line \(first.line) (under '\(categories[first.category].path)'); kept once", line: entry.location.line)
                continue
            }
            seenKeys[key] = (kept, entry.location.line)
            if !termComments.isEmpty { comments[kept][termsByCategory[kept].count] = termComments.joined(separator: "; ") }
            termsByCategory[kept].append(Term(pattern, location: entry.location))
        }
        var codes: [CodeDefinition] = []
        var termNotes: [Code: [Int: String]] = [:]
        var codeNotes: [Code: [String]] = [:]
        for (index, category) in categories.enumerated() {
            let code = Code(category.path)
            var above = category.comments
            if termsByCategory[index].isEmpty {
                note(.emptyCategory, "category '\(category.path)' has no terms of its own (none listed, or all kept under other categories); written with no terms", line: category.location.line)
                above.append("no terms: none listed, or all kept under other categories")
            }
            let label = category.label ?? category.path.split(separator: "/").last.map(String.init) ?? category.path
            codes.append(CodeDefinition(
                code: code, name: label, description: "\(format.displayName) category '\(category.path)'",
                defaultLevel: defaultLevel, terms: termsByCategory[index], location: category.location))
            if !comments[index].isEmpty { termNotes[code] = comments[index] }
            if !above.isEmpty { codeNotes[code] = above }
        }
        let lexicon = Lexicon(name: name, version: "0.1.0", description: "", codes: codes, source: path)
        return (lexicon, termNotes, codeNotes)
    }

    /// The one category a term is kept under: the deepest path (`a/b/c` over `a`), ties
    /// to the last listed (LIWC lists a term's categories from general to specific).
    private func keptCategory(_ indices: [Int]) -> Int? {
        var best: Int?
        var bestDepth = -1
        for index in indices {
            let depth = categories[index].path.split(separator: "/").count
            if depth >= bestDepth {
                best = index
                bestDepth = depth
            }
        }
        return best
    }
}
