public import TriageCore

/// Something in an imported dictionary that could not be carried over as it was, with
/// where it was written: the importer never drops anything silently.
public struct ImportNote: Sendable, Hashable, CustomStringConvertible {
    /// What kind of loss or repair a note reports, for summaries.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A line that does not have the format's shape; skipped or repaired as the message says.
        case malformedLine = "malformed line"
        /// A term naming a category the legend does not define.
        case unknownCategory = "unknown category"
        /// A category or term written twice.
        case duplicate = "duplicate"
        /// A term in several categories: a term belongs to one code here.
        case severalCategories = "term in several categories"
        /// A weight other than 1: lexicon terms all count fully.
        case weight = "weight"
        /// A wildcard our phrases cannot express, written as a regular expression instead.
        case wildcard = "wildcard as regular expression"
        /// A LIWC conditional or regular-expression feature with no equivalent.
        case unsupportedFeature = "unsupported feature"
        /// A term with no letters or numbers (":)"), which words cannot match.
        case unmatchable = "unmatchable term"
        /// A category left with no terms.
        case emptyCategory = "empty category"
        /// The file was not UTF-8 and was read in another encoding.
        case encoding = "encoding"
    }

    public var kind: Kind
    public var location: SourceLocation
    public var message: String

    public init(_ kind: Kind, _ message: String, at location: SourceLocation) {
        self.kind = kind
        self.location = location
        self.message = message
    }

    /// `path:line: warning: message`, the compiler's shape.
    public var description: String { "\(location): warning: \(message)" }
}
