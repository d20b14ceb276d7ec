import Foundation
import TriageCore

/// Reads narratives from XML, streaming, with FoundationXML's `XMLParser` (libxml2):
///
/// ```xml
/// <triages>
///   <triage id="T1" case="C1" stage="assessment" date="2024-03-01" locality="North">
///     <narrative level="yellow">Attendance 82% this term…</narrative>
///     <narrative>Free text note, no box.</narrative>
///   </triage>
/// </triages>
/// ```
///
/// A `<triage>` has `id` (required), `case`, `stage`, `date`; its other attributes are
/// dimensions. A `<narrative>` has an optional `level` (none: free text) and an optional
/// `id` (default `<triage id>-<level>`, or `<triage id>-text`, `-text-2`… for free text);
/// its other attributes are dimensions too. Narrative text is trimmed of surrounding
/// white space; CDATA sections are text.
///
/// Safety: a document type declaration is refused before the parser sees it (so no DTD or
/// entity, external or internal, is ever loaded or expanded), and the parser is also set
/// never to resolve external entities. The document must be UTF-8 (or another encoding
/// that keeps ASCII as ASCII, declared in the XML declaration).
///
/// The parser runs on its own thread and hands results over in small batches, so memory
/// stays flat. A well-formedness error after the root element has started is one
/// rejection (with line and column) covering the rest of the document; the narratives
/// before it are kept. Problems before the root element throw.
public final class NarrativeXMLReader: NarrativeSource {
    public let path: String
    private let handoff: XMLHandoff
    private let duplicates: DuplicateTracker?
    private var batch: [XMLHandoff.Item] = []
    private var batchIndex = 0
    private var done = false

    /// Opens `path` (`-` for standard input), checks its prolog and starts parsing.
    /// - Throws: ``InputError/cannotOpen(path:reason:)``; ``InputError/doctypeNotAllowed(_:)``
    ///   for a document type declaration; ``InputError/malformed(_:reason:)`` for a document
    ///   that is not UTF-8 (UTF-16 or UTF-32).
    public init(path: String, maxFieldBytes: Int = 1 << 20, duplicates: DuplicateTracker? = DuplicateTracker()) throws(InputError) {
        self.path = path
        self.duplicates = duplicates
        let reader = try ByteReader(path: path)
        while reader.end < 4 && reader.refill(keepFrom: 0) > 0 {}
        if let error = reader.readError { throw .readFailed(path: path, reason: error) }
        let start = SourceLocation(file: path, line: 1, column: 1)
        if reader.end >= 2 {
            let (b0, b1) = (reader.base[0], reader.base[1])
            if (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE) || b0 == 0 || b1 == 0 {
                throw .malformed(start, reason: "the XML is UTF-16 or UTF-32; re-save it as UTF-8")
            }
        }
        var prolog = XMLPrologGuard()
        prolog.scan(UnsafeBufferPointer(start: reader.base, count: reader.end))
        if case .doctype(let line, let column) = prolog.verdict {
            throw .doctypeNotAllowed(SourceLocation(file: path, line: line, column: column))
        }
        handoff = XMLHandoff()
        let job = XMLParseJob(
            path: path, reader: reader, prolog: prolog, maxFieldBytes: max(maxFieldBytes, 1), handoff: handoff)
        let thread = Thread { job.run() }
        thread.name = "triage-xml"
        thread.stackSize = 8 << 20
        thread.start()
    }

    deinit {
        handoff.cancel()
    }

    public var bytesRead: Int { handoff.bytesRead }

    /// The next record or rejection; nil at the end of the input.
    /// - Throws: ``InputError`` when the document cannot be read at all (no `<triages>` root,
    ///   a DOCTYPE after a long prolog, a read error).
    public func next() throws(InputError) -> NarrativeReadResult? {
        while true {
            if batchIndex == batch.count {
                if done { return nil }
                guard let next = handoff.take() else {
                    done = true
                    return nil
                }
                batch = next
                batchIndex = 0
                continue
            }
            let item = batch[batchIndex]
            batchIndex += 1
            switch item {
            case .fatal(let error):
                done = true
                batch = []
                batchIndex = 0
                throw error
            case .result(let result):
                guard case .record(let record) = result, let duplicates else { return result }
                switch duplicates.check(record) {
                case .new:
                    return result
                case .identical:
                    continue
                case .conflict(let first):
                    return .rejected(
                        .duplicateID(record.location ?? SourceLocation(file: path), id: record.narrativeID, first: first),
                        record: XMLFragment.narrative(record))
                }
            }
        }
    }
}
