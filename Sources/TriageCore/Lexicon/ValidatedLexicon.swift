/// A lexicon that ``Lexicon/validationDiagnostics()`` found no error in, with the warnings
/// it found: what ``CompiledLexicon`` compiles without checking it again. (The checks
/// tokenise every phrase; a 5,000-term list was checked twice per start before.)
///
/// ```swift
/// let checked = try ValidatedLexicon(lexicon)
/// let compiled = CompiledLexicon(checked)
/// ```
public struct ValidatedLexicon: Sendable {
    /// The lexicon.
    public private(set) var lexicon: Lexicon
    /// Every warning the checks found.
    public let warnings: [LexiconDiagnostic]

    /// Checks `lexicon`.
    /// - Throws: ``LexiconError/invalid(_:)`` listing every error (and warning) found.
    public init(_ lexicon: Lexicon) throws(LexiconError) {
        let diagnostics = lexicon.validationDiagnostics()
        if diagnostics.contains(where: { $0.severity == .error }) { throw .invalid(diagnostics) }
        self.init(checked: lexicon, warnings: diagnostics)
    }

    /// A lexicon its loader has just checked, and the warnings found: for loaders in this
    /// package, which report the checks' diagnostics with their own.
    package init(checked lexicon: Lexicon, warnings: [LexiconDiagnostic]) {
        self.lexicon = lexicon
        self.warnings = warnings.filter { $0.severity != .error }
    }

    /// Where the lexicon was read from: relabelling it changes no check.
    public var source: String {
        get { lexicon.source }
        set { lexicon.source = newValue }
    }
}
