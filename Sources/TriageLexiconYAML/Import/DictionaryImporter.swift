public import TriageCore

/// Converts a LIWC or quanteda dictionary into a lexicon, with a note for everything that
/// could not be carried over.
///
/// ```swift
/// let result = try DictionaryImporter(format: .liwcDic).importDictionary(bytes: bytes, path: "wellbeing.dic")
/// try result.yaml().write(...)            // our YAML lexicon format
/// result.notes.forEach { print($0) }      // wellbeing.dic:14: warning: term 'kind*' is in 2 categories; …
/// ```
///
/// Categories become codes (nested quanteda keys as `parent/child`); each term is kept
/// under one code — the most specific of its categories, else the last listed — and the
/// others are noted; wildcards our phrases cannot express become regular expressions;
/// weights, LIWC conditional rules and unmatchable entries are noted, never dropped silently.
public struct DictionaryImporter: Sendable {
    public var format: DictionaryFormat
    /// The lexicon's name; the file's base name when nil.
    public var name: String?
    /// The default level given to every imported code.
    public var defaultLevel: Level

    public init(format: DictionaryFormat, name: String? = nil, defaultLevel: Level = .yellow) {
        self.format = format
        self.name = name
        self.defaultLevel = defaultLevel
    }

    /// Imports a dictionary file's bytes (UTF-8, or Windows-1252 with a note).
    /// - Parameter path: where the bytes were read from, for notes and the lexicon's name.
    /// - Throws: ``DictionaryImportError`` when nothing can be imported.
    public func importDictionary(bytes: [UInt8], path: String) throws(DictionaryImportError) -> DictionaryImport {
        let (text, windows1252) = DictionaryText.decode(bytes)
        var encodingNote: ImportNote?
        if windows1252 {
            encodingNote = ImportNote(.encoding,
                "the file is not UTF-8 (first at this line); read as Windows-1252 — check accented terms, and save it as UTF-8",
                at: SourceLocation(file: path, line: DictionaryText.firstInvalidLine(bytes)))
        }
        var result = try importDictionary(text: text, path: path)
        if let encodingNote { result.notes = Self.inFileOrder([encodingNote] + result.notes) }
        return result
    }

    /// Imports a dictionary from its text.
    public func importDictionary(text: String, path: String) throws(DictionaryImportError) -> DictionaryImport {
        if text.allSatisfy(\.isWhitespace) { throw .empty(path: path) }
        var builder = DictionaryBuilder(path: path, format: format)
        switch format {
        case .liwcDic: try LIWCDicReader.read(text, into: &builder)
        case .liwcDicx: try LIWCDicxReader.read(text, into: &builder)
        case .quantedaYAML: try QuantedaYAMLReader.read(text, into: &builder)
        }
        let (lexicon, termComments, codeComments) = builder.build(name: name ?? Self.baseName(path), defaultLevel: defaultLevel)
        if lexicon.codes.allSatisfy({ $0.terms.isEmpty }) {
            throw .nothingImported(path: path, notes: builder.notes)
        }
        return DictionaryImport(
            lexicon: lexicon, notes: Self.inFileOrder(builder.notes), format: format,
            sourcePath: path, termComments: termComments, codeComments: codeComments)
    }

    /// Notes by line; notes on one line keep the order they were made in.
    static func inFileOrder(_ notes: [ImportNote]) -> [ImportNote] {
        notes.enumerated().sorted { ($0.element.location.line, $0.offset) < ($1.element.location.line, $1.offset) }.map(\.element)
    }

    static func baseName(_ path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.split(separator: ".").first.map(String.init) ?? file
    }
}
