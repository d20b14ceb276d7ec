#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
        fields.map { CSVWriter.quoted(RecordText.display($0), guardFormulas: true) }.joined(separator: ",")
    }
}

/// A streaming RFC 4180 reader: quoted fields with `""` escapes and line breaks, a UTF-8
/// byte-order mark, CRLF, LF or CR line ends. Memory stays flat whatever the file size.
///
/// Rows are scanned in place in the read buffer: a field is a range of bytes, copied only
/// when it holds `""` escapes or when its row is bigger than the buffer (a giant field,
/// read byte by byte with everything past `maxFieldBytes` counted but dropped). Any byte
/// sequence is accepted: a row always ends at a line break outside quotes or at the end
/// of the file, and a quote left open at the end of the file makes the rest of the file
/// one row, flagged with the line where the quote opened.
public final class CSVReader {
    public let path: String
    let reader: ByteReader
    /// The largest field kept, in bytes; longer fields are reported with their size.
    public let maxFieldBytes: Int
    /// The most bytes kept for one row; past it, the row is reported as too long.
    let maxRowBytes: Int
    /// The most fields kept for one row (more are counted, not kept).
    static let maxFields = 10_000

    /// The next unread byte in the buffer.
    private var position = 0
    /// The line of the byte at ``position``.
    private var line = 1
    private var started = false

    // The current row.
    private var spans: UnsafeMutablePointer<FieldSpan>
    private var spanCapacity = 64
    /// How many fields the current row has (some may not be kept; see ``maxFields``).
    private(set) var fieldCount = 0
    /// The line the current row starts on.
    private(set) var rowLine = 0
    /// The line of a quote still open at the end of the file (the row then runs to the end).
    private(set) var unclosedQuoteLine: Int?
    /// The bytes of the row kept, when it went over ``maxRowBytes``.
    private(set) var rowOverflowBytes = 0
    /// Decoded fields (those with `""` escapes, and every field of a giant row).
    private var scratch: UnsafeMutablePointer<UInt8>
    private var scratchCapacity = 4096
    private var scratchCount = 0

    /// Opens `path` (`-` for standard input). Fields over `maxFieldBytes` are reported, not kept.
    /// - Throws: ``InputError/cannotOpen(path:reason:)``.
    public init(path: String, maxFieldBytes: Int = 1 << 20) throws(InputError) {
        self.path = path
        reader = try ByteReader(path: path)
        self.maxFieldBytes = max(maxFieldBytes, 1)
        maxRowBytes = max(self.maxFieldBytes * 4, 1 << 20)
        spans = .allocate(capacity: spanCapacity)
        scratch = .allocate(capacity: scratchCapacity)
    }

    /// As ``init(path:maxFieldBytes:)``, with the read buffer's size (tests use tiny ones).
    init(path: String, maxFieldBytes: Int, chunkSize: Int) throws(InputError) {
        self.path = path
        reader = try ByteReader(path: path, chunkSize: chunkSize)
        self.maxFieldBytes = max(maxFieldBytes, 1)
        maxRowBytes = max(self.maxFieldBytes * 4, 1 << 20)
        spans = .allocate(capacity: spanCapacity)
        scratch = .allocate(capacity: scratchCapacity)
    }

    deinit {
        spans.deallocate()
        scratch.deallocate()
    }

    /// Bytes read so far.
    public var bytesRead: Int { reader.consumed }

    /// The memory the reader holds on to: its read buffer, field scratch and field table.
    var retainedBytes: Int { reader.capacity + scratchCapacity + spanCapacity * MemoryLayout<FieldSpan>.stride }

    /// The next row, or nil at the end of the file.
    /// - Throws: ``InputError/unclosedQuote(_:)`` for a quote still open at the end of the file
    ///   (the rest of the file), ``InputError/readFailed(path:reason:)`` when reading fails.
    public func next() throws(InputError) -> CSVRow? {
        guard try advance() else { return nil }
        if let quoteLine = unclosedQuoteLine {
            throw .unclosedQuote(SourceLocation(file: path, line: quoteLine))
        }
        return currentRow
    }

    /// The current row, copied out.
    var currentRow: CSVRow {
        var fields: [[UInt8]] = []
        var oversized: [(index: Int, bytes: Int)] = []
        let kept = min(fieldCount, Self.maxFields)
        fields.reserveCapacity(kept)
        for index in 0..<kept {
            fields.append(Array(field(index)))
            if spans[index].oversized > 0 { oversized.append((index, spans[index].oversized)) }
        }
        return CSVRow(fields: fields, line: rowLine, oversizedFields: oversized)
    }

    /// The current row's fields as one CSV line (oversized fields left empty), for a rejects file.
    var currentRowAsCSV: String {
        var text = ""
        for index in 0..<min(fieldCount, Self.maxFields) {
            if index > 0 { text.append(",") }
            text.append(CSVWriter.quoted(RecordText.display(field(index)), guardFormulas: true))
        }
        return text
    }

    /// The bytes of field `index` of the current row; valid until the next ``advance()``.
    @inline(__always)
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let span = spans[index]
        let base = span.inScratch ? scratch : reader.base
        return UnsafeBufferPointer(start: base + span.start, count: span.end - span.start)
    }

    /// The size of field `index` when it went over ``maxFieldBytes`` (its bytes were dropped), else 0.
    @inline(__always)
    func oversizedBytes(_ index: Int) -> Int { spans[index].oversized }

    /// Moves to the next row; false at the end of the file.
    /// - Throws: ``InputError/readFailed(path:reason:)`` when reading fails.
    func advance() throws(InputError) -> Bool {
        fieldCount = 0
        scratchCount = 0
        unclosedQuoteLine = nil
        rowOverflowBytes = 0
        if !started { try start() }
        while true {
            switch scanInBuffer() {
            case .row:
                return true
            case .endOfFile:
                if let error = reader.readError { throw .readFailed(path: path, reason: error) }
                return false
            case .needMore:
                if position == 0 && reader.isFull {
                    // The row is bigger than the buffer: read it byte by byte, keeping what fits.
                    scanStreaming()
                    if let error = reader.readError { throw .readFailed(path: path, reason: error) }
                    return true
                }
                reader.refill(keepFrom: position)
                position = 0
            }
        }
    }

    /// Reads the first bytes and skips a UTF-8 byte-order mark.
    private func start() throws(InputError) {
        started = true
        while reader.end < 3 && reader.refill(keepFrom: 0) > 0 {}
        if reader.end >= 3 && reader.base[0] == 0xEF && reader.base[1] == 0xBB && reader.base[2] == 0xBF {
            position = 3
        }
    }

    private enum ScanOutcome { case row, needMore, endOfFile }

    // Byte values.
    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let lf = UInt8(ascii: "\n")
    private static let cr = UInt8(ascii: "\r")

    /// Scans one row inside the buffer from ``position``. Commits nothing but skipped blank
    /// lines unless the whole row (with its line end) is in the buffer or the file has ended.
    private func scanInBuffer() -> ScanOutcome {
        let p = reader.base
        let end = reader.end
        let eof = reader.atEOF
        var i = position
        // Blank lines.
        while i < end {
            let c = p[i]
            if c == Self.lf {
                i += 1
            } else if c == Self.cr {
                if i + 1 < end {
                    i += p[i + 1] == Self.lf ? 2 : 1
                } else if eof {
                    i += 1
                } else {
                    break
                }
            } else {
                break
            }
            line += 1
            position = i
        }
        if i >= end { return eof ? .endOfFile : .needMore }
        if p[i] == Self.cr { return .needMore }  // a CR at the end of the buffer

        fieldCount = 0
        scratchCount = 0
        rowLine = line
        var newlines = 0
        while true {
            // One field, starting at i.
            if i >= end {
                if !eof { return .needMore }
                addField(start: i, end: i, inScratch: false)  // after a trailing comma
                break
            }
            if p[i] == Self.quote {
                let quoteLine = line + newlines
                var j = i + 1
                var escaped = false
                var closed = false
                while true {
                    let stop = memchr(p + j, Int32(Self.quote), end - j)
                        .map { p.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? end
                    newlines += Self.countLineFeeds(p + j, stop - j)
                    j = stop
                    if j >= end { break }
                    if j + 1 < end {
                        if p[j + 1] == Self.quote {
                            escaped = true
                            j += 2
                            continue
                        }
                    } else if !eof {
                        return .needMore
                    }
                    j += 1
                    closed = true
                    break
                }
                if !closed {
                    if !eof { return .needMore }
                    // The quote is never closed: the rest of the file is this field.
                    unclosedQuoteLine = quoteLine
                    addDecodedField(rawStart: i, rawEnd: end)
                    i = end
                    break
                }
                if j < end, p[j] != Self.comma, p[j] != Self.lf, p[j] != Self.cr {
                    // Text after the closing quote: kept, as most readers do.
                    while j < end, p[j] != Self.comma, p[j] != Self.lf, p[j] != Self.cr { j += 1 }
                    escaped = true
                }
                if j >= end && !eof { return .needMore }
                if escaped {
                    addDecodedField(rawStart: i, rawEnd: j)
                } else {
                    addField(start: i + 1, end: j - 1, inScratch: false)
                }
                i = j
            } else {
                var j = i
                // Eight bytes at a time: the first comma, LF or CR, if any, in each word.
                while j + 8 <= end {
                    let x = UnsafeRawPointer(p + j).loadUnaligned(as: UInt64.self)
                    let found = Self.zeroBytes(x ^ 0x2C2C_2C2C_2C2C_2C2C) | Self.zeroBytes(x ^ 0x0A0A_0A0A_0A0A_0A0A)
                        | Self.zeroBytes(x ^ 0x0D0D_0D0D_0D0D_0D0D)
                    if found != 0 {
                        j += found.trailingZeroBitCount >> 3
                        break
                    }
                    j += 8
                }
                while j < end {
                    let c = p[j]
                    if c == Self.comma || c == Self.lf || c == Self.cr { break }
                    j += 1
                }
                if j >= end && !eof { return .needMore }
                addField(start: i, end: j, inScratch: false)
                i = j
            }
            // A delimiter, or the end of the file.
            if i >= end { break }
            let c = p[i]
            if c == Self.comma {
                i += 1
                continue
            }
            if c == Self.lf {
                i += 1
            } else if i + 1 < end {
                i += p[i + 1] == Self.lf ? 2 : 1
            } else if eof {
                i += 1
            } else {
                return .needMore
            }
            newlines += 1
            break
        }
        position = i
        line += newlines
        return .row
    }

    /// High bits set at the zero bytes of `x` (the lowest one exact; higher ones may be
    /// false after a true zero byte, which is all a first-match search needs).
    @inline(__always)
    static func zeroBytes(_ x: UInt64) -> UInt64 {
        (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }

    /// Reads a row too big for the buffer byte by byte from ``position`` (0), refilling as it
    /// goes and keeping each field's bytes up to the limits.
    private func scanStreaming() {
        enum State { case fieldStart, unquoted, quoted, quoteInQuoted }
        fieldCount = 0
        scratchCount = 0
        rowLine = line
        var state = State.fieldStart
        var fieldStart = 0
        var fieldBytes = 0
        var quoteLine = line
        var rowBytes = 0
        rowOverflowBytes = 0

        /// Adds `count` bytes to the field: bytes past the field's limit are counted, not
        /// kept, and the row limit bounds what is kept.
        func append(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
            let keptBefore = min(fieldBytes, maxFieldBytes)
            fieldBytes += count
            var take = min(count, maxFieldBytes - keptBefore)
            if take <= 0 { return }
            if scratchCount + take > maxRowBytes {
                rowOverflowBytes = 1  // a flag until the row ends; then its size
                take = maxRowBytes - scratchCount
                if take <= 0 { return }
            }
            if scratchCount + take > scratchCapacity {
                growScratch(to: min(max(scratchCapacity * 2, scratchCount + take), maxRowBytes))
            }
            (scratch + scratchCount).update(from: bytes, count: take)
            scratchCount += take
        }
        func append(_ byte: UInt8) {
            withUnsafePointer(to: byte) { append($0, 1) }
        }
        func endField() {
            if fieldBytes > maxFieldBytes {
                scratchCount = fieldStart
                pushSpan(FieldSpan(start: fieldStart, end: fieldStart, inScratch: true, oversized: fieldBytes))
            } else {
                pushSpan(FieldSpan(start: fieldStart, end: scratchCount, inScratch: true, oversized: 0))
            }
            fieldStart = scratchCount
            fieldBytes = 0
        }
        /// The next byte, or nil at the end of the file.
        func nextByte() -> UInt8? {
            if position >= reader.end {
                reader.refill(keepFrom: reader.end)
                position = 0
                if reader.end == 0 { return nil }
            }
            let byte = reader.base[position]
            position += 1
            rowBytes += 1
            return byte
        }
        func skipLineFeed() {
            if position >= reader.end {
                reader.refill(keepFrom: reader.end)
                position = 0
            }
            if position < reader.end && reader.base[position] == Self.lf { position += 1 }
        }

        while true {
            if state == .quoted {
                // Inside quotes: take everything up to the next quote at once.
                if position >= reader.end {
                    reader.refill(keepFrom: reader.end)
                    position = 0
                    if reader.end == 0 { break }
                }
                let start = reader.base + position
                let available = reader.end - position
                let found = memchr(start, Int32(Self.quote), available)
                let run = found.map { start.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? available
                line += Self.countLineFeeds(start, run)
                append(start, run)
                rowBytes += run
                position += run
                if found != nil {
                    position += 1
                    rowBytes += 1
                    state = .quoteInQuoted
                }
                continue
            }
            guard let byte = nextByte() else { break }
            switch state {
            case .fieldStart, .unquoted:
                if byte == Self.comma {
                    endField()
                    state = .fieldStart
                } else if byte == Self.lf || byte == Self.cr {
                    if byte == Self.cr { skipLineFeed() }
                    line += 1
                    endField()
                    finishStreamingRow(rowBytes)
                    return
                } else if byte == Self.quote && state == .fieldStart {
                    state = .quoted
                    quoteLine = line
                } else {
                    append(byte)
                    state = .unquoted
                }
            case .quoted:
                break  // read in bulk above
            case .quoteInQuoted:
                if byte == Self.quote {
                    append(byte)
                    state = .quoted
                } else if byte == Self.comma {
                    endField()
                    state = .fieldStart
                } else if byte == Self.lf || byte == Self.cr {
                    if byte == Self.cr { skipLineFeed() }
                    line += 1
                    endField()
                    finishStreamingRow(rowBytes)
                    return
                } else {
                    append(byte)
                    state = .unquoted
                }
            }
        }
        if state == .quoted { unclosedQuoteLine = quoteLine }
        endField()
        finishStreamingRow(rowBytes)
    }

    /// How many line feeds the `count` bytes at `start` hold.
    @inline(__always)
    private static func countLineFeeds(_ start: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
        var cursor = UnsafeRawPointer(start)
        var left = count
        var found = 0
        while left > 0, let hit = memchr(cursor, Int32(lf), left) {
            let skip = cursor.distance(to: UnsafeRawPointer(hit)) + 1
            found += 1
            cursor += skip
            left -= skip
        }
        return found
    }

    private func finishStreamingRow(_ rowBytes: Int) {
        if rowOverflowBytes > 0 { rowOverflowBytes = rowBytes }
    }

    /// Records a field that needs no decoding.
    @inline(__always)
    private func addField(start: Int, end: Int, inScratch: Bool) {
        let length = end - start
        if length > maxFieldBytes {
            pushSpan(FieldSpan(start: start, end: start, inScratch: inScratch, oversized: length))
        } else {
            pushSpan(FieldSpan(start: start, end: end, inScratch: inScratch, oversized: 0))
        }
    }

    /// Decodes a field that starts with a quote (`""` escapes, text after the closing quote) into scratch.
    private func addDecodedField(rawStart: Int, rawEnd: Int) {
        let p = reader.base
        let needed = scratchCount + (rawEnd - rawStart)
        if needed > scratchCapacity { growScratch(to: max(needed, scratchCapacity * 2)) }
        let start = scratchCount
        var k = rawStart + 1
        var quoted = true
        var out = scratchCount
        while k < rawEnd {
            let b = p[k]
            if quoted && b == Self.quote {
                if k + 1 < rawEnd && p[k + 1] == Self.quote {
                    scratch[out] = Self.quote
                    out += 1
                    k += 2
                } else {
                    quoted = false
                    k += 1
                }
                continue
            }
            scratch[out] = b
            out += 1
            k += 1
        }
        scratchCount = out
        if out - start > maxFieldBytes {
            scratchCount = start
            pushSpan(FieldSpan(start: start, end: start, inScratch: true, oversized: out - start))
        } else {
            pushSpan(FieldSpan(start: start, end: out, inScratch: true, oversized: 0))
        }
    }

    @inline(__always)
    private func pushSpan(_ span: FieldSpan) {
        if fieldCount < Self.maxFields {
            if fieldCount == spanCapacity {
                let bigger = UnsafeMutablePointer<FieldSpan>.allocate(capacity: spanCapacity * 2)
                bigger.moveInitialize(from: spans, count: spanCapacity)
                spans.deallocate()
                spans = bigger
                spanCapacity *= 2
            }
            spans[fieldCount] = span
        }
        fieldCount += 1
    }

    private func growScratch(to capacity: Int) {
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        bigger.update(from: scratch, count: scratchCount)
        scratch.deallocate()
        scratch = bigger
        scratchCapacity = capacity
    }
}

/// Where one field of the current row is: a range of the read buffer or of the scratch buffer.
struct FieldSpan {
    var start: Int
    var end: Int
    var inScratch: Bool
    /// The field's size when it went over the limit (its bytes are dropped), else 0.
    var oversized: Int
}
