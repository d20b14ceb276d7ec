public import TriageCore

/// Why an input, or one record of it, could not be read: the place and what to do about it.
///
/// `description` has the compiler's shape, `path:line[:column]: error: message`, and the
/// message ends with what to do. The formats and their rules are written up in
/// `docs/input-formats.md`.
public enum InputError: Error, Sendable, Hashable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    /// Reading failed part way (an I/O error); the records before it were read.
    case readFailed(path: String, reason: String)
    /// A quote opened at this line is never closed: the rest of the file is one record.
    case unclosedQuote(SourceLocation)
    /// A field (or, with an empty field name, the whole line) is not valid UTF-8.
    case invalidUTF8(SourceLocation, field: String)
    /// A field (or, with an empty field name, the whole line) holds a NUL byte.
    case nulByte(SourceLocation, field: String)
    case wrongFieldCount(SourceLocation, expected: Int, found: Int)
    case missingColumns(SourceLocation, missing: [String], found: [String])
    /// The same column name twice in a header.
    case duplicateColumn(SourceLocation, name: String)
    case unknownStage(SourceLocation, value: String)
    case unknownLevel(SourceLocation, value: String)
    case invalidDate(SourceLocation, value: String)
    case emptyNarrative(SourceLocation)
    case emptyID(SourceLocation)
    /// A required value other than the narrative id is empty (a wide row's triage_id, say).
    case emptyField(SourceLocation, field: String)
    /// A required field (JSON key, XML attribute) is not there at all.
    case missingField(SourceLocation, field: String)
    /// A field holds the wrong kind of value (a JSON object where text belongs, say).
    case wrongType(SourceLocation, field: String, expected: String, found: String)
    /// A wide-CSV row or an XML triage with no text in any narrative.
    case noNarratives(SourceLocation)
    case fieldTooLong(SourceLocation, field: String, bytes: Int, limit: Int)
    /// A whole record (a JSON line, a CSV row) over its size limit; it is skipped unread.
    case recordTooLong(SourceLocation, bytes: Int, limit: Int)
    case duplicateID(SourceLocation, id: String, first: SourceLocation?)
    /// An XML document type declaration: refused, so no entity or DTD is ever loaded.
    case doctypeNotAllowed(SourceLocation)
    case malformed(SourceLocation, reason: String)

    /// Where the problem is.
    public var location: SourceLocation? {
        switch self {
        case .cannotOpen, .readFailed: nil
        case .unclosedQuote(let l), .invalidUTF8(let l, _), .nulByte(let l, _), .wrongFieldCount(let l, _, _),
            .missingColumns(let l, _, _), .duplicateColumn(let l, _), .unknownStage(let l, _), .unknownLevel(let l, _),
            .invalidDate(let l, _), .emptyNarrative(let l), .emptyID(let l), .emptyField(let l, _),
            .missingField(let l, _), .wrongType(let l, _, _, _), .noNarratives(let l), .fieldTooLong(let l, _, _, _),
            .recordTooLong(let l, _, _), .duplicateID(let l, _, _), .doctypeNotAllowed(let l), .malformed(let l, _):
            l
        }
    }

    /// The message without the location prefix: what is wrong and what to do.
    public var reason: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "cannot open input '\(path)': \(reason); check the path and permissions"
        case .readFailed(let path, let reason):
            "reading '\(path)' failed: \(reason); the records before this point were read — check the disk or copy the file and try again"
        case .unclosedQuote:
            "a quoted field opened on this line is never closed, so the rest of the file was read as one record; close the quote, or double any quote inside the field (\"\")"
        case .invalidUTF8(_, let field):
            field.isEmpty
                ? "the line is not valid UTF-8; re-save the file as UTF-8"
                : "field '\(field)' is not valid UTF-8; re-save the file as UTF-8"
        case .nulByte(_, let field):
            field.isEmpty
                ? "the line contains a NUL byte; remove it or re-export the file as text"
                : "field '\(field)' contains a NUL byte; remove it or re-export the file as text"
        case .wrongFieldCount(_, let expected, let found):
            "row has \(found) fields but the header has \(expected); quote fields that contain commas"
        case .missingColumns(_, let missing, let found):
            if found.isEmpty {
                "the input is empty: it has no header row; the first row must name the columns (at least \(missing.joined(separator: ", ")))"
            } else {
                "missing required column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")); the header has \(found.joined(separator: ", "))"
                    + (missing.contains("narrative") ? " (a wide CSV needs triage_id and columns named blue, green, yellow, orange or red instead)" : "")
            }
        case .duplicateColumn(_, let name):
            "column '\(name)' appears more than once in the header; rename or remove one of them"
        case .unknownStage(_, let value):
            "unknown stage '\(value)'; use assessment or closure"
        case .unknownLevel(_, let value):
            "unknown level '\(value)'; use blue, green, yellow, orange, red, or leave it empty for free text"
        case .invalidDate(_, let value):
            "date '\(value)' is not a date in the form YYYY-MM-DD (or DD/MM/YYYY); correct it or leave it empty"
        case .emptyNarrative:
            "the narrative is empty; remove the record or fill in the narrative"
        case .emptyID:
            "narrative_id is empty; give every narrative an id"
        case .emptyField(_, let field):
            "'\(field)' is empty; fill it in"
        case .missingField(_, let field):
            "required field '\(field)' is missing; add it"
        case .wrongType(_, let field, let expected, let found):
            "field '\(field)' is \(found) but must be \(expected); write it as \(expected)"
        case .noNarratives:
            "no narrative has any text (every level box is empty); fill in a box or remove the triage"
        case .fieldTooLong(_, let field, let bytes, let limit):
            "field '\(field)' is \(bytes) bytes, over the limit of \(limit); split the narrative or check for a missing closing quote"
        case .recordTooLong(_, let bytes, let limit):
            "the record is \(bytes) bytes, over the limit of \(limit), and was skipped unread; split it, or check for a missing line break or closing quote"
        case .duplicateID(_, let id, let first):
            "narrative_id '\(id)' was seen before\(first.map { " at \($0)" } ?? "") with different text; give each narrative its own id"
        case .doctypeNotAllowed:
            "the XML has a document type declaration (<!DOCTYPE …>), which is refused so that no external entity or DTD is ever loaded; remove the declaration and any entities it defines"
        case .malformed(_, let reason):
            reason
        }
    }

    public var description: String {
        "\(location.map { "\($0): " } ?? "")error: \(reason)"
    }
}
