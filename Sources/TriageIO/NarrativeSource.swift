public import TriageCore

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

/// The input formats `triage code` reads.
public enum NarrativeInputFormat: String, CaseIterable, Sendable {
    case csv

    /// The format a path's extension implies, if any.
    public static func inferred(from path: String) -> NarrativeInputFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") { return .csv }
        return nil
    }
}

/// Opens inputs by format.
public enum NarrativeInput {
    /// Opens `path` as `format` (or by its extension; CSV when neither says).
    public static func open(path: String, format: NarrativeInputFormat? = nil) throws(InputError) -> any NarrativeSource {
        switch format ?? NarrativeInputFormat.inferred(from: path) ?? .csv {
        case .csv: return try NarrativeCSVReader(path: path)
        }
    }
}
