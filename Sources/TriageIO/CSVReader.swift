import TriageCore

/// One CSV row: its fields as bytes (not yet decoded) and the line it started on.
public struct CSVRow: Sendable {
    public var fields: [[UInt8]]
    /// 1-based line on which the row starts.
    public var line: Int
    /// Fields that went over the size limit (their bytes were dropped).
    public var oversizedFields: [(index: Int, bytes: Int)] = []

    /// The row written back as one CSV line, for a rejects file.
    public var asCSV: String {
        fields.map { CSVWriter.quoted(String(decoding: $0, as: UTF8.self), guardFormulas: true) }.joined(separator: ",")
    }
}

/// A streaming RFC 4180 reader: quoted fields with `""` escapes and line breaks, a UTF-8
/// byte-order mark, CRLF or LF line ends. Memory stays flat whatever the file size.
///
/// A row that cannot be read (an unclosed quote) throws with the line where it began;
/// rows after a bad row can still be read where the file allows.
public final class CSVReader {
    public let path: String
    private let reader: ByteReader
    private var position = 0
    private var line = 1
    private var started = false
    private let maxFieldBytes: Int
    private var fields: [[UInt8]] = []
    private var field: [UInt8] = []

    /// Opens `path` (`-` for standard input). Fields over `maxFieldBytes` are reported, not kept.
    public init(path: String, maxFieldBytes: Int = 1 << 20) throws(InputError) {
        self.path = path
        self.reader = try ByteReader(path: path)
        self.maxFieldBytes = maxFieldBytes
    }

    /// Bytes read so far.
    public var bytesRead: Int { reader.consumed }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    /// The next row, or nil at the end of the file.
    public func next() throws(InputError) -> CSVRow? {
        fields.removeAll(keepingCapacity: true)
        field.removeAll(keepingCapacity: true)
        var state = State.fieldStart
        var rowLine = line
        var quoteLine = line
        var oversized: [(Int, Int)] = []
        var fieldBytes = 0
        var sawAnything = false

        @inline(__always) func append(_ byte: UInt8) {
            fieldBytes += 1
            if fieldBytes <= maxFieldBytes { field.append(byte) }
        }
        func endField() {
            if fieldBytes > maxFieldBytes {
                oversized.append((fields.count, fieldBytes))
                field.removeAll(keepingCapacity: true)
            }
            fields.append(field)
            field.removeAll(keepingCapacity: true)
            fieldBytes = 0
        }

        while true {
            if position >= reader.count {
                let (more, _) = reader.refill(keepFrom: reader.count)
                position = 0
                if !more { break }
            }
            if !started {
                started = true
                if reader.count >= 3, reader.byte(at: 0) == 0xEF, reader.byte(at: 1) == 0xBB, reader.byte(at: 2) == 0xBF {
                    position = 3
                    continue
                }
            }
            let byte = reader.byte(at: position)
            position += 1
            switch state {
            case .fieldStart, .unquoted:
                switch byte {
                case UInt8(ascii: ","):
                    endField()
                    state = .fieldStart
                    sawAnything = true
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                    if byte == UInt8(ascii: "\r") { skipLineFeed() }
                    line += 1
                    if !sawAnything && state == .fieldStart && field.isEmpty {
                        rowLine = line  // a blank line: skip it
                        quoteLine = line
                        continue
                    }
                    endField()
                    return CSVRow(fields: fields, line: rowLine, oversizedFields: oversized)
                case UInt8(ascii: "\"") where state == .fieldStart:
                    state = .quoted
                    quoteLine = line
                    sawAnything = true
                default:
                    append(byte)
                    state = .unquoted
                    sawAnything = true
                }
            case .quoted:
                if byte == UInt8(ascii: "\"") {
                    state = .quoteInQuoted
                } else {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    append(byte)
                }
            case .quoteInQuoted:
                switch byte {
                case UInt8(ascii: "\""):
                    append(byte)
                    state = .quoted
                case UInt8(ascii: ","):
                    endField()
                    state = .fieldStart
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                    if byte == UInt8(ascii: "\r") { skipLineFeed() }
                    line += 1
                    endField()
                    return CSVRow(fields: fields, line: rowLine, oversizedFields: oversized)
                default:
                    // A stray character after a closing quote: keep it, as most readers do.
                    append(byte)
                    state = .unquoted
                }
            }
        }
        // End of file.
        if state == .quoted {
            throw .unclosedQuote(SourceLocation(file: path, line: quoteLine))
        }
        if !sawAnything && field.isEmpty { return nil }
        endField()
        return CSVRow(fields: fields, line: rowLine, oversizedFields: oversized)
    }

    private func skipLineFeed() {
        if position >= reader.count {
            let (more, _) = reader.refill(keepFrom: reader.count)
            position = 0
            if !more { return }
        }
        if reader.byte(at: position) == UInt8(ascii: "\n") { position += 1 }
    }
}
