#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import TriageCore

/// Reads narratives from JSON Lines: one JSON object per line, with the CSV's field names
/// (`narrative_id`, `narrative`, and optionally `triage_id`, `case_id`, `stage`, `date`,
/// `level`; any other key is a dimension).
///
/// The file is read in chunks and each line is parsed on its own with Foundation's
/// `JSONSerialization`, so memory stays flat. Ids may be numbers or booleans as well as
/// strings; the narrative must be a string. A line that is not a JSON object, or that
/// breaks a rule, is a rejection with its line number, and reading goes on. Blank lines are
/// skipped. A line longer than ``maxRecordBytes`` is skipped unread.
public final class NarrativeJSONLinesReader: NarrativeSource {
    static let fieldOrder = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "narrative"]
    static let knownKeys = Set(fieldOrder)

    public let path: String
    private let reader: ByteReader
    /// The largest field kept, in bytes.
    public let maxFieldBytes: Int
    /// The longest line parsed, in bytes (four fields' worth, for JSON escapes).
    public let maxRecordBytes: Int
    private let duplicates: DuplicateTracker?
    private var position = 0
    private var line = 0
    private var started = false

    /// Opens `path` (`-` for standard input).
    /// - Throws: ``InputError/cannotOpen(path:reason:)``.
    public init(path: String, maxFieldBytes: Int = 1 << 20, duplicates: DuplicateTracker? = DuplicateTracker()) throws(InputError) {
        self.path = path
        self.maxFieldBytes = max(maxFieldBytes, 1)
        maxRecordBytes = self.maxFieldBytes * 4 + 4096
        reader = try ByteReader(path: path, chunkSize: max(1 << 20, maxRecordBytes + 1))
        self.duplicates = duplicates
    }

    public var bytesRead: Int { reader.consumed }

    /// The next record or rejection; nil at the end of the input.
    /// - Throws: ``InputError/readFailed(path:reason:)`` when the file cannot be read further.
    public func next() throws(InputError) -> NarrativeReadResult? {
        while true {
            guard let lineRange = try nextLine() else { return nil }
            let location = SourceLocation(file: path, line: line)
            switch lineRange {
            case .tooLong(let bytes):
                return .rejected(.recordTooLong(location, bytes: bytes, limit: maxRecordBytes), record: "")
            case .bytes(let start, let end):
                let bytes = UnsafeBufferPointer(start: reader.base + start, count: end - start)
                if RecordText.trimASCII(bytes).isEmpty { continue }
                if let result = parse(bytes, location) { return result }
            }
        }
    }

    private enum Line {
        case bytes(Int, Int)
        case tooLong(Int)
    }

    /// The next line (without its line end), or nil at the end of the file.
    private func nextLine() throws(InputError) -> Line? {
        if !started {
            started = true
            while reader.end < 3 && reader.refill(keepFrom: 0) > 0 {}
            if reader.end >= 3 && reader.base[0] == 0xEF && reader.base[1] == 0xBB && reader.base[2] == 0xBF { position = 3 }
        }
        while true {
            if position < reader.end,
                let found = memchr(reader.base + position, Int32(UInt8(ascii: "\n")), reader.end - position)
            {
                let newline = reader.base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                let start = position
                position = newline + 1
                line += 1
                return .bytes(start, Self.dropCR(reader.base, start, newline))
            }
            if reader.atEOF {
                if let error = reader.readError { throw .readFailed(path: path, reason: error) }
                guard position < reader.end else { return nil }
                let start = position
                position = reader.end
                line += 1
                return .bytes(start, Self.dropCR(reader.base, start, reader.end))
            }
            if position == 0 && reader.isFull {
                // A line longer than the buffer: skip to its end without keeping it.
                var skipped = reader.end
                line += 1
                while true {
                    reader.refill(keepFrom: reader.end)
                    position = 0
                    if reader.end == 0 { break }
                    if let found = memchr(reader.base, Int32(UInt8(ascii: "\n")), reader.end) {
                        let newline = reader.base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                        skipped += newline
                        position = newline + 1
                        break
                    }
                    skipped += reader.end
                    position = reader.end
                }
                return .tooLong(skipped)
            }
            reader.refill(keepFrom: position)
            position = 0
        }
    }

    private static func dropCR(_ base: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        end > start && base[end - 1] == UInt8(ascii: "\r") ? end - 1 : end
    }

    /// One line: a record, a rejection, or nil for an identical repeat of an earlier narrative.
    private func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ location: SourceLocation) -> NarrativeReadResult? {
        func reject(_ error: InputError) -> NarrativeReadResult { .rejected(error, record: RecordText.display(bytes)) }
        if RecordText.hasNUL(bytes) { return reject(.nulByte(location, field: "")) }
        guard RecordText.string(validating: bytes) != nil else { return reject(.invalidUTF8(location, field: "")) }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            return reject(Self.syntaxError(error, location))
        }
        guard let fields = object as? [String: Any] else {
            return reject(.malformed(location, reason:
                "the line is \(Self.kind(of: object)), not a JSON object; write one object per line, such as {\"narrative_id\": \"N1\", \"narrative\": \"…\"}"))
        }
        var named: [String: Any] = [:]
        var dimensionKeys: [String] = []
        for (key, value) in fields {
            let name = key.trimmingCharacters().lowercased()
            if named[name] != nil { return reject(.malformed(location, reason: "key '\(name)' appears more than once; keep one")) }
            named[name] = value
            if !Self.knownKeys.contains(name) { dimensionKeys.append(name) }
        }
        for required in ["narrative_id", "narrative"] where named[required] == nil || named[required] is NSNull {
            return reject(.missingField(location, field: required))
        }
        if !(named["narrative"] is String) {
            return reject(.wrongType(location, field: "narrative", expected: "a string", found: Self.kind(of: named["narrative"] as Any)))
        }
        let sortedDimensions = dimensionKeys.sorted()
        var strings: [String: String] = [:]
        for name in Self.fieldOrder.filter({ named[$0] != nil }) + sortedDimensions {
            switch Self.text(of: named[name] as Any, name: name) {
            case .success(let text):
                if text.utf8.count > maxFieldBytes {
                    return reject(.fieldTooLong(location, field: name, bytes: text.utf8.count, limit: maxFieldBytes))
                }
                if text.utf8.contains(0) { return reject(.nulByte(location, field: name)) }
                strings[name] = text
            case .failure(let found):
                return reject(.wrongType(location, field: name, expected: "a string, number or boolean", found: found.name))
            }
        }
        func value(_ name: String) -> String { strings[name]?.trimmingCharacters() ?? "" }
        let result = RecordFields.check(
            narrativeID: value("narrative_id"), triageID: value("triage_id"), caseID: value("case_id"),
            stage: value("stage"), date: value("date"), level: value("level"), text: strings["narrative"] ?? "",
            dimensions: sortedDimensions.map { (name: $0, value: value($0)) }, location: location)
        switch result {
        case .failure(let error):
            return reject(error)
        case .success(let record):
            guard let duplicates else { return .record(record) }
            switch duplicates.check(record) {
            case .new: return .record(record)
            case .identical: return nil
            case .conflict(let first): return reject(.duplicateID(location, id: record.narrativeID, first: first))
            }
        }
    }

    /// A JSON value as field text: strings as they are, numbers and booleans written out,
    /// null as empty, and nested arrays or objects as compact JSON (dimensions only).
    private static func text(of value: Any, name: String) -> Result<String, TypeName> {
        switch value {
        case let string as String:
            return .success(string)
        case is NSNull:
            return .success("")
        case let number as NSNumber:
            if String(cString: number.objCType) == "c" { return .success(number.boolValue ? "true" : "false") }
            return .success(number.stringValue)
        default:
            guard !knownKeys.contains(name), JSONSerialization.isValidJSONObject(value),
                let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])
            else { return .failure(TypeName(kind(of: value))) }
            return .success(String(decoding: data, as: UTF8.self))
        }
    }

    /// The name of a JSON value's kind, for messages.
    struct TypeName: Error { var name: String; init(_ name: String) { self.name = name } }

    private static func kind(of value: Any) -> String {
        switch value {
        case is String: "a string"
        case is NSNull: "null"
        case let number as NSNumber: String(cString: number.objCType) == "c" ? "a boolean" : "a number"
        case is [Any]: "an array"
        case is [String: Any]: "an object"
        default: "a value of another kind"
        }
    }

    /// A JSON syntax error as a message, with the column when Foundation gives one.
    private static func syntaxError(_ error: any Error, _ location: SourceLocation) -> InputError {
        let detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
        var at = location
        if let range = detail.range(of: "around character ") {
            let digits = detail[range.upperBound...].prefix { $0.isNumber }
            if let offset = Int(digits) { at.column = offset + 1 }
        }
        let cleaned = detail.hasSuffix(".") ? String(detail.dropLast()) : detail
        return .malformed(at, reason: "the line is not valid JSON (\(cleaned)); fix the line or write it as one JSON object")
    }
}

