public import TriageCore

/// What reading one input record gave: a narrative, or a rejection saying why.
public enum NarrativeReadResult: Sendable {
    case record(NarrativeRecord)
    /// A record that could not be used: the error (with file:line) and the record as CSV text.
    case rejected(InputError, record: String)
}

/// Reads narratives from a CSV with a header row.
///
/// Required columns: `narrative_id` and `narrative`. Optional: `triage_id` (defaults to
/// the narrative id), `case_id`, `stage` (assessment/closure), `date` (YYYY-MM-DD, or
/// DD/MM/YYYY which is rewritten as ISO), `level` (the box; empty for free text). Every
/// other column is carried as a dimension (locality, worker…).
public final class NarrativeCSVReader {
    public static let requiredColumns = ["narrative_id", "narrative"]
    static let knownColumns: Set<String> = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "narrative"]

    private let csv: CSVReader
    public let header: [String]
    private let index: [String: Int]
    private let dimensionColumns: [Int]

    /// Opens `path` (`-` for standard input) and reads its header.
    /// - Throws: ``InputError`` when the file cannot be opened or lacks a required column.
    public init(path: String, maxFieldBytes: Int = 1 << 20) throws(InputError) {
        csv = try CSVReader(path: path, maxFieldBytes: maxFieldBytes)
        guard let headerRow = try csv.next() else {
            throw .missingColumns(SourceLocation(file: path, line: 1), missing: Self.requiredColumns, found: [])
        }
        header = headerRow.fields.map { String(decoding: $0, as: UTF8.self).trimmingCharacters().lowercased() }
        var index: [String: Int] = [:]
        for (i, name) in header.enumerated() where index[name] == nil { index[name] = i }
        self.index = index
        let missing = Self.requiredColumns.filter { index[$0] == nil }
        if !missing.isEmpty {
            throw .missingColumns(SourceLocation(file: path, line: headerRow.line), missing: missing, found: header)
        }
        let names = header
        dimensionColumns = names.indices.filter { !Self.knownColumns.contains(names[$0]) && !names[$0].isEmpty }
    }

    public var path: String { csv.path }
    public var bytesRead: Int { csv.bytesRead }
    /// The names of the extra columns carried as dimensions.
    public var dimensionNames: [String] { dimensionColumns.map { header[$0] } }

    /// The next record or rejection; nil at the end of the input.
    /// - Throws: ``InputError/unclosedQuote(_:)`` when the rest of the file is one open quote.
    public func next() throws(InputError) -> NarrativeReadResult? {
        guard let row = try csv.next() else { return nil }
        let location = SourceLocation(file: csv.path, line: row.line)
        if row.fields.count != header.count {
            return .rejected(.wrongFieldCount(location, expected: header.count, found: row.fields.count), record: row.asCSV)
        }
        if let (fieldIndex, bytes) = row.oversizedFields.first {
            return .rejected(.fieldTooLong(location, field: header[fieldIndex], bytes: bytes, limit: 1 << 20), record: row.asCSV)
        }
        var values: [String] = []
        values.reserveCapacity(row.fields.count)
        for (i, bytes) in row.fields.enumerated() {
            if bytes.contains(0) { return .rejected(.nulByte(location, field: header[i]), record: row.asCSV) }
            guard let value = String(validating: bytes, as: UTF8.self) else {
                return .rejected(.invalidUTF8(location, field: header[i]), record: row.asCSV)
            }
            values.append(value)
        }
        switch RecordFields.record(from: values, columns: index, dimensionColumns: dimensionColumns,
                                   header: header, location: location) {
        case .success(let record): return .record(record)
        case .failure(let error): return .rejected(error, record: row.asCSV)
        }
    }
}

/// Turns named field values into a ``NarrativeRecord``, checking each one.
public enum RecordFields {
    /// Validates and builds a record from `values` laid out as `columns` says.
    public static func record(
        from values: [String], columns: [String: Int], dimensionColumns: [Int], header: [String],
        location: SourceLocation
    ) -> Result<NarrativeRecord, InputError> {
        func value(_ name: String) -> String {
            columns[name].map { values[$0].trimmingCharacters() } ?? ""
        }
        let id = value("narrative_id")
        if id.isEmpty { return .failure(.emptyID(location)) }
        let text = columns["narrative"].map { values[$0] } ?? ""
        if text.trimmingCharacters().isEmpty { return .failure(.emptyNarrative(location)) }
        var stage: Stage?
        let stageText = value("stage").lowercased()
        if !stageText.isEmpty {
            guard let parsed = Stage(rawValue: stageText) else { return .failure(.unknownStage(location, value: value("stage"))) }
            stage = parsed
        }
        var level: Level?
        let levelText = value("level").lowercased()
        if !levelText.isEmpty {
            guard let parsed = Level(rawValue: levelText) else { return .failure(.unknownLevel(location, value: value("level"))) }
            level = parsed
        }
        var date = value("date")
        if !date.isEmpty {
            guard let iso = ISODate.normalise(date) else { return .failure(.invalidDate(location, value: date)) }
            date = iso
        }
        let dimensions = dimensionColumns.map { (name: header[$0], value: values[$0].trimmingCharacters()) }
        return .success(NarrativeRecord(
            narrativeID: id, triageID: value("triage_id"), caseID: value("case_id"), stage: stage, date: date,
            level: level, text: text, dimensions: dimensions, location: location))
    }
}

/// Dates as the inputs write them.
public enum ISODate {
    /// `YYYY-MM-DD` as it is, or `DD/MM/YYYY` rewritten as ISO; nil when neither or out of range.
    public static func normalise(_ text: String) -> String? {
        let parts: [Substring]
        let year: Int, month: Int, day: Int
        if text.contains("-") {
            parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
                parts[1].count == 2, parts[2].count == 2 else { return nil }
            (year, month, day) = (y, m, d)
        } else if text.contains("/") {
            parts = text.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2])
            else { return nil }
            (year, month, day) = (y, m, d)
        } else {
            return nil
        }
        let daysInMonth = [31, (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1900...2100).contains(year), (1...12).contains(month), day >= 1, day <= daysInMonth[month - 1] else { return nil }
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }
}

extension String {
    /// The string without leading and trailing white space.
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while let first = s.first, first.isWhitespace { s.removeFirst() }
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return String(s)
    }
}
