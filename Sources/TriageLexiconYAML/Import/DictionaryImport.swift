public import TriageCore

/// An imported dictionary: the lexicon, and what could not be carried over.
public struct DictionaryImport: Sendable {
    public var lexicon: Lexicon
    /// Everything not carried over as it was, in file order.
    public var notes: [ImportNote]
    public var format: DictionaryFormat
    public var sourcePath: String
    /// Comments kept with terms (weights, other categories, the original wildcard): code → term index → text.
    public var termComments: [Code: [Int: String]]
    /// Comments kept above codes (the LIWC id, weighting, emptiness).
    public var codeComments: [Code: [String]]

    /// How many terms were imported.
    public var termCount: Int { lexicon.codes.reduce(0) { $0 + $1.terms.count } }

    /// How many notes of each kind, in the order of ``ImportNote/Kind``.
    public var noteCounts: [(kind: ImportNote.Kind, count: Int)] {
        ImportNote.Kind.allCases.compactMap { kind in
            let count = notes.filter { $0.kind == kind }.count
            return count == 0 ? nil : (kind, count)
        }
    }

    /// The lexicon as YAML in our format, including the shipped English context triggers,
    /// headed by a summary of what could not be carried over.
    public func yaml(includes: [String] = ["context/english.yaml"]) -> String {
        var header = [
            "Imported by `triage lexicon import` from \(sourcePath) (\(format.displayName)):",
            "\(lexicon.codes.count) code\(lexicon.codes.count == 1 ? "" : "s"), \(termCount) term\(termCount == 1 ? "" : "s").",
        ]
        if notes.isEmpty {
            header.append("Everything was carried over.")
        } else {
            header.append("Not carried over as written (see the comments below, and the import's warnings):")
            header += noteCounts.map { "  \($0.count) × \($0.kind.rawValue)" }
        }
        header.append("Review the codes' default levels, add examples, then run `triage lexicon lint` and `triage lexicon test`.")
        let writer = LexiconYAMLWriter(includes: includes, header: header, termComments: termComments, codeComments: codeComments)
        return writer.yaml(for: lexicon)
    }
}
