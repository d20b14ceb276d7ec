import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Everything the parser thread owns. Made on the reader's thread, then used only on the
/// parser thread (hence `@unchecked Sendable`).
final class XMLParseJob: @unchecked Sendable {
    let path: String
    let reader: ByteReader
    let prolog: XMLPrologGuard
    let maxFieldBytes: Int
    let handoff: XMLHandoff

    init(path: String, reader: ByteReader, prolog: XMLPrologGuard, maxFieldBytes: Int, handoff: XMLHandoff) {
        self.path = path
        self.reader = reader
        self.prolog = prolog
        self.maxFieldBytes = maxFieldBytes
        self.handoff = handoff
    }

    func run() {
        let stream = XMLFeedStream(reader: reader, prolog: prolog, handoff: handoff)
        let parser = XMLParser(stream: stream)
        parser.shouldResolveExternalEntities = false
        parser.externalEntityResolvingPolicy = .never
        parser.shouldProcessNamespaces = false
        let delegate = XMLNarrativeDelegate(path: path, maxFieldBytes: maxFieldBytes, handoff: handoff)
        parser.delegate = delegate
        _ = parser.parse()
        delegate.finish(stream: stream)
        handoff.finish()
    }
}

/// Feeds the parser from a ``ByteReader``, a chunk at a time, watching the prolog.
final class XMLFeedStream: InputStream {
    private let reader: ByteReader
    private var prolog: XMLPrologGuard
    private let handoff: XMLHandoff
    private var position = 0
    private var status = Stream.Status.notOpen
    /// Where a DOCTYPE was found after the first chunk (the stream then ends).
    private(set) var doctype: (line: Int, column: Int)?
    /// The read error that ended the stream, if any.
    var readError: String? { reader.readError }

    init(reader: ByteReader, prolog: XMLPrologGuard, handoff: XMLHandoff) {
        self.reader = reader
        self.prolog = prolog
        self.handoff = handoff
        super.init(data: Data())
        handoff.bytesRead = reader.consumed
    }

    override func open() { status = .open }
    override func close() { status = .closed }
    override var streamStatus: Stream.Status { status }
    override var hasBytesAvailable: Bool { position < reader.end || !reader.atEOF }
    override var streamError: (any Error)? { nil }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        if doctype != nil || handoff.isCancelled { return 0 }
        if position >= reader.end {
            reader.refill(keepFrom: reader.end)
            position = 0
            handoff.bytesRead = reader.consumed
            if reader.end == 0 { return 0 }
            if prolog.verdict == .undecided {
                prolog.scan(UnsafeBufferPointer(start: reader.base, count: reader.end))
                if case .doctype(let line, let column) = prolog.verdict {
                    doctype = (line, column)
                    return 0
                }
            }
        }
        let count = min(length, reader.end - position)
        buffer.update(from: reader.base + position, count: count)
        position += count
        return count
    }

    override func getBuffer(
        _ buffer: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>, length len: UnsafeMutablePointer<Int>
    ) -> Bool { false }
}
