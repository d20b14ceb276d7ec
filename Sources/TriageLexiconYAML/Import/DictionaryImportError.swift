public import TriageCore

/// Why a dictionary could not be imported at all (problems with parts of it are
/// ``ImportNote``s instead).
public enum DictionaryImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file holds nothing but white space.
    case empty(path: String)
    /// A LIWC `.dic` with no `%` line opening the category legend.
    case noLegend(path: String)
    /// A `.dicx` with no header row naming the categories.
    case noHeader(path: String)
    /// The file is not YAML, or not a mapping of categories.
    case invalidYAML(SourceLocation, String)
    /// Nothing usable was found: every note says why.
    case nothingImported(path: String, notes: [ImportNote])

    public var description: String {
        switch self {
        case .empty(let path):
            "\(path): error: the file is empty; give a LIWC .dic, LIWC-22 .dicx or quanteda YAML dictionary"
        case .noLegend(let path):
            "\(path): error: no '%' line opening the category legend; a LIWC .dic starts with '%', lines 'id<TAB>category', '%', then 'term<TAB>id id'. If this is another format, say so with --format"
        case .noHeader(let path):
            "\(path):1: error: no header row; a LIWC-22 .dicx starts with a row naming the term column and each category (DicTerm,cat1,cat2,…)"
        case .invalidYAML(let location, let problem):
            "\(location): error: \(problem); a quanteda dictionary is a YAML mapping of category names to lists of terms (or to further categories)"
        case .nothingImported(let path, let notes):
            (notes.map(\.description) + ["\(path): error: no category with a usable term was found; see the warnings above, or choose the format with --format"])
                .joined(separator: "\n")
        }
    }
}
