public import TriageCore

/// Formats coded narratives as the rows of ``CodedRowWriter`` (one row per code, with
/// its primary evidence) straight into bytes, from ``CompactIssue``s: the CSV text of
/// every code, level, status and term is made once, so a row costs a few copies.
///
/// The output is byte for byte what ``CodedRowWriter`` writes for the same narratives.
public struct CodedRowFormatter: Sendable {
    /// Every ready-made CSV field, back to back; a field is `pool[start..<end]` for its
    /// `(start, end)` in one of the tables below (one flat array: no per-field reference
    /// counting on the hot path).
    private let pool: [UInt8]
    private let codes: [Range<Int32>]
    private let terms: [Range<Int32>]
    private let levels: [Range<Int32>]
    private let statuses: [Range<Int32>]

    /// - Parameter compiled: the lexicon the issues were coded with (its codes and terms).
    public init(_ compiled: CompiledLexicon) {
        var pool: [UInt8] = []
        func add(_ text: String) -> Range<Int32> {
            let start = Int32(pool.count)
            Self.appendField(text, to: &pool)
            return start..<Int32(pool.count)
        }
        codes = compiled.lexicon.codes.map { add($0.code.rawValue) }
        terms = compiled.termDisplays.map { add($0) }
        levels = Level.allCases.map { add($0.rawValue) }
        statuses = MentionStatus.allCases.map { add($0.rawValue) }
        self.pool = pool
    }

    /// The header row.
    public static var header: [UInt8] { Array((CodedRowWriter.header.joined(separator: ",") + "\n").utf8) }

    /// Appends one row per issue of a narrative to `out`.
    public func append(_ record: NarrativeRecord, _ issues: UnsafeBufferPointer<CompactIssue>, to out: inout [UInt8]) {
        guard !issues.isEmpty else { return }
        let prefixStart = out.count
        Self.appendField(record.narrativeID, to: &out)
        out.append(0x2C)
        Self.appendField(record.triageID, to: &out)
        out.append(0x2C)
        Self.appendField(record.caseID, to: &out)
        out.append(0x2C)
        Self.appendField(record.stage?.rawValue ?? "", to: &out)
        out.append(0x2C)
        Self.appendField(record.date, to: &out)
        out.append(0x2C)
        let prefixEnd = out.count
        pool.withUnsafeBufferPointer { pool in
            @inline(__always) func put(_ range: Range<Int32>) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: pool[Int(range.lowerBound)..<Int(range.upperBound)]))
            }
            for (index, issue) in issues.enumerated() {
                if index > 0 {
                    // The record's fields again: copied from the first row, inside the buffer.
                    let length = prefixEnd - prefixStart
                    let at = out.count
                    out.append(contentsOf: repeatElement(0, count: length))
                    out.withUnsafeMutableBufferPointer { buffer in
                        guard let base = buffer.baseAddress else { return }
                        (base + at).update(from: base + prefixStart, count: length)
                    }
                }
                put(levels[Self.levelIndex(issue.level)])
                out.append(0x2C)
                put(codes[Int(issue.code)])
                out.append(0x2C)
                put(statuses[Self.statusIndex(issue.status)])
                out.append(0x2C)
                if issue.term >= 0 {
                    put(terms[Int(issue.term)])
                    out.append(0x2C)
                    Self.appendNumber(Int(issue.start), to: &out)
                    out.append(0x2C)
                    Self.appendNumber(Int(issue.end), to: &out)
                } else {
                    out.append(0x2C)  // no term, start or end
                    out.append(0x2C)
                }
                out.append(0x0A)
            }
        }
    }

    @inline(__always)
    private static func levelIndex(_ level: Level) -> Int {
        switch level {  // the order of `Level.allCases`, as the table is built
        case .blue: 0
        case .green: 1
        case .yellow: 2
        case .orange: 3
        case .red: 4
        }
    }

    @inline(__always)
    private static func statusIndex(_ status: MentionStatus) -> Int {
        switch status {  // the order of `MentionStatus.allCases`, as the table is built
        case .present: 0
        case .negated: 1
        case .historical: 2
        case .hypothetical: 3
        }
    }

    /// Appends a text field as ``CSVWriter`` writes it (quoted where needed, formula-guarded);
    /// plain fields, the usual case, are copied as they are.
    @inline(__always)
    static func appendField(_ text: String, to out: inout [UInt8]) {
        let plain = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            if let first = bytes.first,
                first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
                    || first == UInt8(ascii: "@") || first == 0x09 || first == 0x0D
            {
                return false
            }
            for byte in bytes where byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if plain != true { out.append(contentsOf: CSVWriter.quoted(text, guardFormulas: true).utf8) }
    }

    /// Appends a non-negative integer in decimal.
    @inline(__always)
    static func appendNumber(_ value: Int, to out: inout [UInt8]) {
        if value < 10 {
            out.append(UInt8(truncatingIfNeeded: 0x30 + max(value, 0)))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = value
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while n > 0 {
                buffer[count] = UInt8(truncatingIfNeeded: 0x30 + n % 10)
                n /= 10
                count += 1
            }
            for i in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[i]) }
        }
    }
}
