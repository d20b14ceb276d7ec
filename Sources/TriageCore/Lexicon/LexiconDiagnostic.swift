/// One problem found in a lexicon, with where it is and what to do about it.
///
/// Printed in the compiler's shape: `path:line:col: error: message`.
public struct LexiconDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: String

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public var description: String {
        "\(location.map { "\($0): " } ?? "")\(severity.rawValue): \(message)"
    }
}

/// Why a lexicon could not be loaded or compiled.
public enum LexiconError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The lexicon has errors; every one is listed (warnings too).
    case invalid([LexiconDiagnostic])
    /// A lexicon or included file could not be read.
    case unreadable(path: String, reason: String, includedFrom: SourceLocation?)
    /// `--lexicon NAME` names no shipped lexicon and no file.
    case unknownLexicon(name: String, shipped: [String])

    public var description: String {
        switch self {
        case .invalid(let diagnostics):
            let errors = diagnostics.filter { $0.severity == .error }.count
            return (diagnostics.map(\.description)
                + ["\(errors) error\(errors == 1 ? "" : "s") in the lexicon; see the lexicon format in README.md (\"Lexicon files\")."])
                .joined(separator: "\n")
        case .unreadable(let path, let reason, let includedFrom):
            let prefix = includedFrom.map { "\($0): error: " } ?? "error: "
            return "\(prefix)cannot read lexicon file '\(path)': \(reason). Check the path (includes are relative to the including file)."
        case .unknownLexicon(let name, let shipped):
            return "error: no lexicon file '\(name)' and no shipped lexicon of that name. Shipped lexicons: \(shipped.joined(separator: ", ")); or give a path to a .yaml, .tsv or .csv lexicon."
        }
    }

    /// The diagnostics of an ``invalid(_:)`` error, or none.
    public var diagnostics: [LexiconDiagnostic] {
        if case .invalid(let list) = self { return list }
        return []
    }
}
