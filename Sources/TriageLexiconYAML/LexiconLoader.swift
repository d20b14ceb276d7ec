public import TriageCore
import Yams

/// Reads lexicon files (YAML, or plain `code<TAB>term` lists) into ``Lexicon`` values,
/// following `include:` lines, and reports every problem at once with `file:line:col`.
///
/// The loader does no I/O of its own: it asks `read` for each file's text, so the CLI
/// can serve files from disk or from the lexicons shipped in the binary.
///
/// ```swift
/// let loader = LexiconLoader { path in try String(contentsOfFile: path, encoding: .utf8) }
/// let lexicon = try loader.load(path: "Lexicons/early-help.yaml")
/// ```
public struct LexiconLoader: Sendable {
    /// Returns the text of the file at `path`, or throws a message saying why it cannot.
    public typealias Reader = @Sendable (_ path: String) throws -> String

    private let read: Reader

    public init(read: @escaping Reader) {
        self.read = read
    }

    /// Loads the lexicon at `path` (YAML, or a `.tsv`/`.csv` term list).
    /// - Throws: ``LexiconError``: unreadable files, or every diagnostic found.
    public func load(path: String) throws(LexiconError) -> Lexicon {
        try loadValidated(path: path).lexicon
    }

    /// ``load(path:)``, keeping the checks' verdict, so that compiling the lexicon
    /// (``CompiledLexicon``) does not check it again.
    public func loadValidated(path: String) throws(LexiconError) -> ValidatedLexicon {
        let text = try readFile(path, includedFrom: nil)
        let lower = path.lowercased()
        if lower.hasSuffix(".tsv") || lower.hasSuffix(".csv") || lower.hasSuffix(".txt") {
            return try loadTermList(text: text, path: path)
        }
        return try loadValidatedYAML(text: text, path: path)
    }

    /// Loads a YAML lexicon from `text`, read from `path` (includes resolve against it).
    public func loadYAML(text: String, path: String) throws(LexiconError) -> Lexicon {
        try loadValidatedYAML(text: text, path: path).lexicon
    }

    func loadValidatedYAML(text: String, path: String) throws(LexiconError) -> ValidatedLexicon {
        var state = YAMLLexiconReader(path: path)
        state.readLexicon(text: text)
        var included: Set<String> = [path]
        var queue = state.includes
        var context: ContextRules?
        while !queue.isEmpty {
            let (includePath, location) = queue.removeFirst()
            let resolved = Self.resolve(includePath, relativeTo: location.file)
            guard included.insert(resolved).inserted else { continue }
            let includedText: String
            do {
                includedText = try readFile(resolved, includedFrom: location)
            } catch {
                state.diagnostics.append(LexiconDiagnostic(.error,
                    "included file '\(includePath)' cannot be read (looked for '\(resolved)'); fix the path, which is relative to this file",
                    at: location))
                continue
            }
            var part = YAMLLexiconReader(path: resolved)
            part.readLexicon(text: includedText)
            state.diagnostics += part.diagnostics
            state.codes += part.codes
            state.cues += part.cues
            state.ignore += part.ignore
            state.experiencers.cues += part.experiencers.cues
            state.plurals = state.plurals ?? part.plurals
            // Ages set by an included file hold unless the including file sets its own.
            state.experiencers.schoolAge = state.experiencers.schoolAge ?? part.experiencers.schoolAge
            if !state.setsAdultAge && part.setsAdultAge {
                state.experiencers.adultAge = part.experiencers.adultAge
                state.setsAdultAge = true
            }
            queue += part.includes
            if let rules = part.context {
                context = context.map { Self.merge($0, rules) } ?? rules
            }
        }
        if let school = state.experiencers.schoolAge, school >= state.experiencers.adultAge {
            state.diagnostics.append(LexiconDiagnostic(.error,
                "'school_age:' (\(school)) must be below 'adult_age:' (\(state.experiencers.adultAge)) once the included files are merged; set both in one file",
                at: SourceLocation(file: path, line: 1, column: 1)))
        }
        if let own = state.context { context = context.map { Self.merge($0, own) } ?? own }
        let lexicon = Lexicon(
            name: state.name ?? Self.baseName(path), version: state.version ?? "0",
            description: state.description ?? "", codes: state.codes, levelCues: state.cues,
            ignore: state.ignore, context: context ?? ContextRules(), experiencers: state.experiencers,
            matchesPlurals: state.plurals ?? false, source: path)
        let checks = lexicon.validationDiagnostics()
        let all = state.diagnostics + checks
        if all.contains(where: { $0.severity == .error }) { throw .invalid(all) }
        // The reader's warnings (an unknown key, say) come first, in file order, then the checks'.
        return ValidatedLexicon(checked: lexicon, warnings: state.diagnostics.filter { $0.severity != .error } + checks)
    }

    func readFile(_ path: String, includedFrom: SourceLocation?) throws(LexiconError) -> String {
        do {
            return try read(path)
        } catch {
            throw .unreadable(path: path, reason: "\(error)", includedFrom: includedFrom)
        }
    }

    /// `path` resolved against the folder of `file` (absolute paths stay as they are).
    static func resolve(_ path: String, relativeTo file: String) -> String {
        if path.hasPrefix("/") { return path }
        guard let slash = file.lastIndex(of: "/") else { return path }
        var parts = file[..<slash].split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for part in path.split(separator: "/").map(String.init) {
            if part == ".." && !parts.isEmpty && parts.last != ".." && parts.last != "" { parts.removeLast() }
            else if part != "." { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }

    static func baseName(_ path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.split(separator: ".").first.map(String.init) ?? file
    }

    static func merge(_ a: ContextRules, _ b: ContextRules) -> ContextRules {
        var merged = a
        merged.triggers += b.triggers
        merged.pseudoTriggers += b.pseudoTriggers
        merged.terminators += b.terminators
        merged.forwardTerminators += b.forwardTerminators
        return merged
    }
}
