import TriageCore

/// A stream of narratives from one input, whatever its format.
public protocol NarrativeSource: AnyObject {
    /// The input's path (`-` for standard input).
    var path: String { get }
    /// Bytes read so far, for progress.
    var bytesRead: Int { get }
    /// The next record or rejection; nil at the end of the input.
    /// - Throws: an ``InputError`` only when nothing more can be read from the input.
    func next() throws(InputError) -> NarrativeReadResult?
}

extension NarrativeCSVReader: NarrativeSource {}

/// The input formats `triage code` reads (see `docs/input-formats.md`).
public enum NarrativeInputFormat: String, CaseIterable, Sendable {
    /// CSV, one row per narrative — or, detected from the header, one row per triage (wide).
    case csv
    /// CSV with one row per triage and one column per level box, whatever the header says.
    case wideCSV = "wide-csv"
    /// JSON Lines: one JSON object per line, with the CSV's field names.
    case jsonl
    /// XML: `<triages><triage …><narrative level="…">…</narrative></triage></triages>`.
    case xml

    /// The format a path's extension implies, if any: `.csv`, `.jsonl`/`.ndjson`, `.xml`.
    public static func inferred(from path: String) -> NarrativeInputFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") { return .csv }
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return .jsonl }
        if lower.hasSuffix(".xml") { return .xml }
        return nil
    }
}

/// How inputs are read: the size limit of one field and the duplicate check shared by a run.
public struct NarrativeInputOptions {
    /// The default limit of one field (a narrative, an id): 1 MiB.
    public static let defaultMaxFieldBytes = 1 << 20

    /// The largest field kept, in bytes; longer ones are rejected without being held in memory.
    public var maxFieldBytes: Int
    /// The ids seen so far in the run; pass the same tracker to every input of a run so that
    /// an id repeated across inputs is caught. Nil turns the check off.
    public var duplicates: DuplicateTracker?

    /// Options with a fresh duplicate tracker (ids are checked within this input only).
    public init(maxFieldBytes: Int = NarrativeInputOptions.defaultMaxFieldBytes, duplicates: DuplicateTracker? = DuplicateTracker()) {
        self.maxFieldBytes = maxFieldBytes
        self.duplicates = duplicates
    }
}

/// Opens inputs by format.
public enum NarrativeInput {
    /// Opens `path` (`-` for standard input) as `format`, or as its extension says, or as
    /// CSV when neither says. Header and document-level problems throw here, before any record.
    ///
    /// To check narrative ids across every input of a run, open them all with options that
    /// share one ``DuplicateTracker``:
    /// ```swift
    /// let options = NarrativeInputOptions(duplicates: DuplicateTracker())
    /// let sources = try paths.map { try NarrativeInput.open(path: $0, options: options) }
    /// ```
    /// - Throws: ``InputError`` when the input cannot be opened or its header or prolog is unusable.
    public static func open(
        path: String, format: NarrativeInputFormat? = nil, options: NarrativeInputOptions = NarrativeInputOptions()
    ) throws(InputError) -> any NarrativeSource {
        switch format ?? NarrativeInputFormat.inferred(from: path) ?? .csv {
        case .csv:
            return try NarrativeCSVReader(
                path: path, maxFieldBytes: options.maxFieldBytes, layout: nil, duplicates: options.duplicates)
        case .wideCSV:
            return try NarrativeCSVReader(
                path: path, maxFieldBytes: options.maxFieldBytes, layout: .wide, duplicates: options.duplicates)
        case .jsonl:
            return try NarrativeJSONLinesReader(
                path: path, maxFieldBytes: options.maxFieldBytes, duplicates: options.duplicates)
        case .xml:
            return try NarrativeXMLReader(path: path, maxFieldBytes: options.maxFieldBytes, duplicates: options.duplicates)
        }
    }
}
