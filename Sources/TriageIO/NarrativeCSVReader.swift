public import TriageCore

/// What reading one input record gave: a narrative, or a rejection saying why.
public enum NarrativeReadResult: Sendable {
    case record(NarrativeRecord)
    /// A record that could not be used: the error (with file:line) and the record as text
    /// (a CSV row for CSV inputs, the line for JSON Lines, an XML fragment for XML).
    case rejected(InputError, record: String)
}

/// Reads narratives from a CSV with a header row, in one of two layouts.
///
/// **Long** (one row per narrative). Required columns: `narrative_id` and `narrative`.
/// Optional: `triage_id` (defaults to the narrative id), `case_id`, `stage`
/// (assessment/closure), `date` (YYYY-MM-DD, or DD/MM/YYYY which is rewritten as ISO),
/// `level` (the box; empty for free text). Every other column is carried as a dimension
/// (locality, worker…).
///
/// **Wide** (what triage tools export: one row per triage). Required: `triage_id` and at
/// least one level column named `blue`, `green`, `yellow`, `orange` or `red`. Optional:
/// `case_id`, `stage`, `date`; other columns are dimensions. Each level cell with text is
/// one narrative with id `<triage_id>-<level>`; empty cells are skipped.
///
/// The layout is detected from the header (level columns and no `narrative` column means
/// wide) unless given. Header problems throw before any record; a bad row is returned as
/// ``NarrativeReadResult/rejected(_:record:)`` and reading goes on. See `docs/input-formats.md`.
public final class NarrativeCSVReader {
    public static let requiredColumns = ["narrative_id", "narrative"]
    static let knownColumns: Set<String> = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "narrative"]
    static let wideIDColumns: Set<String> = ["triage_id", "case_id", "stage", "date"]
    /// Columns of the long layout that a wide CSV may not have.
    static let longOnlyColumns = ["narrative_id", "narrative", "level"]

    /// The two CSV layouts.
    public enum Layout: String, Sendable, CaseIterable {
        /// One row per narrative, with a `narrative` column.
        case long
        /// One row per triage, with one column per level box.
        case wide
    }

    private let csv: CSVReader
    /// The header's column names, trimmed and lower-cased (empty names become `column_N`).
    public let header: [String]
    /// The layout the header has (or the one asked for).
    public let layout: Layout
    private let duplicates: DuplicateTracker?

    private let narrativeIDColumn: Int
    private let narrativeColumn: Int
    private let triageColumn: Int?
    private let caseColumn: Int?
    private let stageColumn: Int?
    private let dateColumn: Int?
    private let levelColumn: Int?
    private let levelColumns: [(index: Int, level: Level)]
    private let dimensionColumns: [Int]
    /// Whether each column is one whose value is trimmed (all but narrative text).
    private let trimmed: [Bool]

    private var values: [String] = []
    private var pending: [NarrativeReadResult] = []
    private var pendingIndex = 0

    /// Opens `path` (`-` for standard input), reads its header and detects its layout.
    /// Narrative ids are checked for repeats within this input.
    /// - Throws: ``InputError`` when the file cannot be opened, has no header, or lacks a required column.
    public convenience init(path: String, maxFieldBytes: Int = 1 << 20) throws(InputError) {
        try self.init(path: path, maxFieldBytes: maxFieldBytes, layout: nil, duplicates: DuplicateTracker())
    }

    /// Opens `path` (`-` for standard input) in `layout` (nil: detect it from the header),
    /// checking narrative ids against `duplicates` (nil: no check).
    /// - Throws: ``InputError`` when the file cannot be opened, has no header, or lacks a required column.
    public convenience init(
        path: String, maxFieldBytes: Int, layout: Layout?, duplicates: DuplicateTracker?
    ) throws(InputError) {
        try self.init(csv: CSVReader(path: path, maxFieldBytes: maxFieldBytes), layout: layout, duplicates: duplicates)
    }

    /// Reads the header of `csv`.
    init(csv: CSVReader, layout: Layout?, duplicates: DuplicateTracker?) throws(InputError) {
        self.csv = csv
        self.duplicates = duplicates
        let path = csv.path
        guard try csv.advance() else {
            throw .missingColumns(SourceLocation(file: path, line: 1), missing: Self.requiredColumns, found: [])
        }
        let headerLocation = SourceLocation(file: path, line: csv.rowLine)
        if let quoteLine = csv.unclosedQuoteLine { throw .unclosedQuote(SourceLocation(file: path, line: quoteLine)) }
        var names: [String] = []
        var index: [String: Int] = [:]
        for i in 0..<min(csv.fieldCount, CSVReader.maxFields) {
            var name = RecordText.display(RecordText.trimASCII(csv.field(i))).trimmingCharacters().lowercased()
            if name.isEmpty { name = "column_\(i + 1)" }
            if index[name] != nil { throw .duplicateColumn(headerLocation, name: name) }
            index[name] = i
            names.append(name)
        }
        header = names
        let levels = names.enumerated().compactMap { item in Level(rawValue: item.element).map { (index: item.offset, level: $0) } }
        let resolved = layout ?? (index["narrative"] == nil && !levels.isEmpty ? .wide : .long)
        self.layout = resolved
        switch resolved {
        case .long:
            let missing = Self.requiredColumns.filter { index[$0] == nil }
            if !missing.isEmpty { throw .missingColumns(headerLocation, missing: missing, found: names) }
            narrativeIDColumn = index["narrative_id"] ?? 0
            narrativeColumn = index["narrative"] ?? 0
            levelColumn = index["level"]
            levelColumns = []
            dimensionColumns = names.indices.filter { !Self.knownColumns.contains(names[$0]) }
        case .wide:
            let longOnly = Self.longOnlyColumns.filter { index[$0] != nil }
            if !longOnly.isEmpty {
                throw .malformed(headerLocation, reason:
                    "a wide CSV has one column per level box, but this header also has \(longOnly.joined(separator: ", ")), "
                    + "which belong to the long layout; remove \(longOnly.count == 1 ? "it" : "them") or read the file as --input-format csv")
            }
            var missing: [String] = []
            if index["triage_id"] == nil { missing.append("triage_id") }
            if levels.isEmpty { missing.append("a level column (blue, green, yellow, orange or red)") }
            if !missing.isEmpty { throw .missingColumns(headerLocation, missing: missing, found: names) }
            narrativeIDColumn = index["triage_id"] ?? 0
            narrativeColumn = -1
            levelColumn = nil
            levelColumns = levels
            dimensionColumns = names.indices.filter { !Self.wideIDColumns.contains(names[$0]) && Level(rawValue: names[$0]) == nil }
        }
        triageColumn = index["triage_id"]
        caseColumn = index["case_id"]
        stageColumn = index["stage"]
        dateColumn = index["date"]
        let levelSet = Set(levelColumns.map(\.index))
        let narrativeColumn = narrativeColumn
        trimmed = names.indices.map { $0 != narrativeColumn && !levelSet.contains($0) }
        values.reserveCapacity(names.count)
    }

    public var path: String { csv.path }
    public var bytesRead: Int { csv.bytesRead }
    /// The largest field kept, in bytes.
    public var maxFieldBytes: Int { csv.maxFieldBytes }
    /// The names of the extra columns carried as dimensions.
    public var dimensionNames: [String] { dimensionColumns.map { header[$0] } }

    /// The next record or rejection; nil at the end of the input.
    /// - Throws: ``InputError/readFailed(path:reason:)`` when the file cannot be read further.
    public func next() throws(InputError) -> NarrativeReadResult? {
        while true {
            if pendingIndex < pending.count {
                let result = pending[pendingIndex]
                pendingIndex += 1
                return result
            }
            guard try csv.advance() else { return nil }
            switch layout {
            case .long:
                if let result = readLongRow() { return result }
            case .wide:
                pending.removeAll(keepingCapacity: true)
                pendingIndex = 0
                readWideRow()
            }
        }
    }

    // MARK: Rows

    /// The current row's problems that reject the whole row, if any.
    private func rowProblem(_ location: SourceLocation) -> InputError? {
        if let quoteLine = csv.unclosedQuoteLine { return .unclosedQuote(SourceLocation(file: csv.path, line: quoteLine)) }
        if csv.rowOverflowBytes > 0 { return .recordTooLong(location, bytes: csv.rowOverflowBytes, limit: csv.maxRowBytes) }
        if csv.fieldCount != header.count {
            return .wrongFieldCount(location, expected: header.count, found: csv.fieldCount)
        }
        return nil
    }

    /// Decodes column `column` of the current row onto `values`, or says why it cannot be.
    @inline(__always)
    private func decode(_ column: Int, _ location: SourceLocation, into values: inout [String]) -> InputError? {
        let oversized = csv.oversizedBytes(column)
        if oversized > 0 {
            return .fieldTooLong(location, field: header[column], bytes: oversized, limit: csv.maxFieldBytes)
        }
        var bytes = csv.field(column)
        if RecordText.hasNUL(bytes) { return .nulByte(location, field: header[column]) }
        let trim = trimmed[column]
        if trim { bytes = RecordText.trimASCII(bytes) }
        guard var value = RecordText.string(validating: bytes) else { return .invalidUTF8(location, field: header[column]) }
        // White space beyond ASCII (a no-break space, say) at either end: trim it as text.
        if trim, let first = bytes.first, let last = bytes.last, first >= 0x80 || last >= 0x80 {
            value = value.trimmingCharacters()
        }
        values.append(value)
        return nil
    }

    @inline(__always)
    private func value(_ column: Int?, _ values: [String]) -> String { column.map { values[$0] } ?? "" }

    /// The reusable array of decoded values, taken out of `self` so the row's work on it is
    /// local (no exclusivity checks); ``putBack(_:)`` returns it with its capacity.
    @inline(__always)
    private func takeValues() -> [String] {
        var taken: [String] = []
        swap(&taken, &values)
        taken.removeAll(keepingCapacity: true)
        return taken
    }

    @inline(__always)
    private func putBack(_ taken: inout [String]) { swap(&taken, &values) }

    /// One narrative per row.
    private func readLongRow() -> NarrativeReadResult? {
        let location = SourceLocation(file: csv.path, line: csv.rowLine)
        if let problem = rowProblem(location) { return .rejected(problem, record: csv.currentRowAsCSV) }
        var values = takeValues()
        defer { putBack(&values) }
        for column in 0..<header.count {
            if let problem = decode(column, location, into: &values) { return .rejected(problem, record: csv.currentRowAsCSV) }
        }
        let dimensions = dimensionColumns.isEmpty ? [] : dimensionColumns.map { (name: header[$0], value: values[$0]) }
        let result = RecordFields.check(
            narrativeID: values[narrativeIDColumn], triageID: value(triageColumn, values), caseID: value(caseColumn, values),
            stage: value(stageColumn, values), date: value(dateColumn, values), level: value(levelColumn, values),
            text: values[narrativeColumn], dimensions: dimensions, location: location)
        switch result {
        case .failure(let error):
            return .rejected(error, record: csv.currentRowAsCSV)
        case .success(let record):
            return tracked(record)
        }
    }

    /// One narrative per level cell with text; results go to `pending`.
    private func readWideRow() {
        let location = SourceLocation(file: csv.path, line: csv.rowLine)
        if let problem = rowProblem(location) {
            pending.append(.rejected(problem, record: csv.currentRowAsCSV))
            return
        }
        var values = takeValues()
        defer { putBack(&values) }
        // Row-level columns first: any problem there rejects the row once.
        var problem: InputError?
        for column in 0..<header.count {
            if trimmed[column] {
                if let error = decode(column, location, into: &values) {
                    problem = error
                    break
                }
            } else {
                values.append("")
            }
        }
        let triageID = values.count == header.count ? values[narrativeIDColumn] : ""
        let stageText = values.count == header.count ? value(stageColumn, values) : ""
        let dateText = values.count == header.count ? value(dateColumn, values) : ""
        if problem == nil {
            if triageID.isEmpty {
                problem = .emptyField(location, field: "triage_id")
            } else if !stageText.isEmpty, Stage(rawValue: stageText) ?? Stage(rawValue: stageText.lowercased()) == nil {
                problem = .unknownStage(location, value: stageText)
            } else if !dateText.isEmpty, ISODate.normalise(dateText) == nil {
                problem = .invalidDate(location, value: dateText)
            }
        }
        if let problem {
            pending.append(.rejected(problem, record: csv.currentRowAsCSV))
            return
        }
        let dimensions = dimensionColumns.isEmpty ? [] : dimensionColumns.map { (name: header[$0], value: values[$0]) }
        let caseID = value(caseColumn, values)
        var any = false
        for (column, level) in levelColumns {
            let oversized = csv.oversizedBytes(column)
            if oversized > 0 {
                any = true
                pending.append(.rejected(
                    .fieldTooLong(location, field: header[column], bytes: oversized, limit: csv.maxFieldBytes),
                    record: csv.currentRowAsCSV))
                continue
            }
            let bytes = csv.field(column)
            if RecordText.trimASCII(bytes).isEmpty { continue }
            if RecordText.hasNUL(bytes) {
                any = true
                pending.append(.rejected(.nulByte(location, field: header[column]), record: csv.currentRowAsCSV))
                continue
            }
            guard let text = RecordText.string(validating: bytes) else {
                any = true
                pending.append(.rejected(.invalidUTF8(location, field: header[column]), record: csv.currentRowAsCSV))
                continue
            }
            if RecordFields.isBlank(text) { continue }
            any = true
            let result = RecordFields.check(
                narrativeID: "\(triageID)-\(level.rawValue)", triageID: triageID, caseID: caseID, stage: stageText,
                date: dateText, level: level.rawValue, text: text, dimensions: dimensions, location: location)
            switch result {
            case .failure(let error):
                pending.append(.rejected(error, record: csv.currentRowAsCSV))
            case .success(let record):
                if let result = tracked(record) { pending.append(result) }
            }
        }
        if !any { pending.append(.rejected(.noNarratives(location), record: csv.currentRowAsCSV)) }
    }

    /// The record, a rejection when its id was seen with other text, or nil when it repeats one exactly.
    private func tracked(_ record: NarrativeRecord) -> NarrativeReadResult? {
        guard let duplicates else { return .record(record) }
        switch duplicates.check(record) {
        case .new:
            return .record(record)
        case .identical:
            return nil
        case .conflict(let first):
            return .rejected(
                .duplicateID(record.location ?? SourceLocation(file: csv.path), id: record.narrativeID, first: first),
                record: csv.currentRowAsCSV)
        }
    }
}
